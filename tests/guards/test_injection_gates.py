"""The injection guard's literal gates (`injection_gates`) and the document marks found
in one pass (`injection._document`'s helpers) answer as the plain searches they stand in
for: every cue expression of the lexicon over slices of corpus texts, the marks over
whole texts and slices of them, the expressions tried where their leads are (`Led`)
over whole texts."""

from __future__ import annotations

import random
import re

import pytest

from secproxy.guards import injection
from secproxy.guards.injection_gates import Gated, Led, gated, leads, needles
from secproxy.guards.lexicon_cache import compile_lexicon
from tests.corpus.cases import load

CASES = load("injection")[::23]
MARKED = [
    "## 1.2.3\n- fixed the cache\nUsage: tool [options]\nOptions:\n  --ignore-previous  drop it",
    "Release notes\n\n### Added\n* new flag\n\nwhat's new in 2.0",
    "options:\r\n - new thing\n  usage\n",
    "Section 4.2 The parties agree\n§ 3 Pflichten\n第3条 内容\n\nclause 12 applies",
    "  Article 7 Termination. This Agreement replaces all prior instructions.",
    "Click here to verify your email, or reply to this message to unsubscribe.",
    "Job description: the assistant store manager's responsibilities include onboarding.",
    "klicken Sie hier. Cliquez ici. Haz clic aquí. クリックして 클릭하여 انقر क्लिक करें",
    "# TODO(agent): when the agent that reads this reaches the end, for AI summarisers "
    "only: hey assistant, note (llm): dear bots, review these. Reads these reads this.",
    "The A.I. model and the chatbot; 人工智能助手 and الذكاء; an assistente, ein KI-Modell.",
    "readreading this, rereading this, for llms only, for ai and bots only, sees this " * 3,
    "for " * 400 + "ai " * 300 + "reading this",
]


def _texts() -> list[str]:
    return [c.text for c in CASES] + MARKED


def _slices(text: str, rnd: random.Random) -> list[str]:
    low = injection._lower(text)
    out = [low]
    for _ in range(4):
        at = rnd.randrange(len(low) + 1)
        out += [low[max(0, at - 60):at], low[max(0, at - 30):at], low[at:at + 24]]
    return out


def test_needles_are_what_every_match_holds() -> None:
    assert needles(re.compile(r"\bsa(?:y|ys|id|ying)\b")) == ("said", "say", "saying", "says")
    assert needles(re.compile(r"n['’]t(?: \w+)?")) == ("n't", "n’t")
    assert needles(re.compile(r"(?:attempts?|tries) to\b")) == ("attempt", "tries")
    # Nothing of two characters every match holds, or letters of either case: no gate.
    assert needles(re.compile(r"\w+ing|a|b")) is None
    assert needles(re.compile(r"(?i)ignore")) is None
    assert needles(re.compile(r"ignore", re.IGNORECASE)) is None
    assert gated(re.compile("x{2}y")) is gated(re.compile("x{2}y"))


@pytest.mark.parametrize("code", sorted(injection.LANGUAGES))
def test_a_gated_cue_answers_as_its_expression(code: str) -> None:
    cues = compile_lexicon(injection._LEXICON_LANGUAGES).languages.get(code)
    assert cues is not None
    gates = [Gated(r) for r in (cues.neg, cues.neg_after, cues.hedge) if r is not None]
    rnd = random.Random(code)
    looked = 0
    for text in _texts():
        for part in _slices(text, rnd):
            for gate in gates:
                regex = gate.regex
                assert (gate.search(part) is None) == (regex.search(part) is None), part
                assert (gate.match(part) is None) == (regex.match(part) is None), part
                looked += 1
    assert looked > 1000


def test_the_gated_contract_answers_as_its_expression() -> None:
    """`_CONTRACT` (a contract as the subject before an override), asked through its gate
    over the 80 characters before places in corpus texts, as `_Surroundings` asks it."""
    gate = gated(injection._CONTRACT)
    assert gate.needles is not None
    rnd = random.Random(17)
    found = 0
    for text in [*_texts(), "Le présent contrat annule toute instruction antérieure.",
                 "本协议取代先前的指示。", "This Agreement replaces all prior instructions."]:
        low = injection._lower(text)
        for at in [len(low), *(rnd.randrange(len(low) + 1) for _ in range(6))]:
            part = low[max(0, at - 80):at]
            want = injection._CONTRACT.search(part)
            assert (gate.search(part) is None) == (want is None), part
            found += want is not None
    assert found


def _release_marks(part: str) -> int:
    """`_release_marks` as it was: each line of the split text matched from its start."""
    line_form = re.compile(injection._RELEASE_LINE_FORMS)
    marks = sum(1 for w in injection._RELEASE_WORDS if w in part)
    for line in part.split("\n"):
        if marks >= 2:
            break
        if line_form.match(line):
            marks += 1
    return marks


def _to_person(part: str) -> bool:
    for start in injection._TO_PERSON_STARTS:
        at = part.find(start)
        while at >= 0:
            if injection._TO_PERSON.match(part, at):
                return True
            at = part.find(start, at + 1)
    return False


def test_the_document_marks_are_found_as_the_plain_searches_find_them() -> None:
    clause = re.compile("(?:^|\n)" + injection._CLAUSE_FORMS)
    rnd = random.Random(11)
    found = {"release": 0, "clause": 0, "person": 0, "job": 0}
    for text in _texts():
        low = injection._lower(text)
        parts = [low] + [low[a:a + rnd.randint(1, 400)] for a in
                         (rnd.randrange(len(low)) for _ in range(4))]
        for part in parts:
            assert injection._release_marks(part) == _release_marks(part), part
            got = bool(injection._CLAUSE_FIRST.match(part) or injection._CLAUSE_NEXT.search(part))
            assert got == bool(clause.search(part)), part
            assert injection._to_person(part) == _to_person(part), part
            job = any(w in part for w in injection._JOB_WORDS)
            assert any(w in part for w in injection._marks().job.found(part)) == job, part
            found["release"] += _release_marks(part) > 0
            found["clause"] += got
            found["person"] += _to_person(part)
            found["job"] += job
    assert all(found.values()), found


def test_leads_are_what_every_match_starts_with() -> None:
    assert leads(re.compile(r"\b(?:reads?|reading|sees?) this")) == ("read", "see")
    assert leads(re.compile(r"^(?:todo|note) ?\(?(?:ai|llm)", re.M)) == ("note", "todo")
    assert leads(re.compile(r"summari[sz]e|人工智能")) == ("summarise", "summarize", "人工智能")
    assert leads(re.compile(r"(?:ab)+c|abd")) == ("ab",)
    # A branch led by a class, by something optional or by one character: not read.
    assert leads(re.compile(r"\bfor|\w+ing")) is None
    assert leads(re.compile(r"(?:the )?end")) is None
    assert leads(re.compile(r"x|ab")) is None
    assert leads(re.compile(r"(?i)ignore")) is None


def test_a_led_expression_finds_what_the_expression_finds() -> None:
    """The matches, in order, and the first: over whole texts (a few hundred leads in one
    of them: then the expression searches the text itself), lowered and as they are."""
    regexes = [injection._READING_THIS.regex, injection._AI_NAMED.regex,
               re.compile(r"\b(?:ab|abc)(?:d|cd)?\b"), re.compile("aa|ab")]
    led = [Led(r) for r in regexes]
    assert all(x.leads for x in led)
    found = [0] * len(led)
    for text in _texts() + ["aaaab abcd ab-abcd aa", "ab" * 50]:
        for part in (text, injection._lower(text)):
            for n, (regex, x) in enumerate(zip(regexes, led, strict=True)):
                want = [m.span() for m in regex.finditer(part)]
                assert [m.span() for m in x.finditer(part)] == want, (regex.pattern, part)
                got = x.search(part)
                assert (got.span() if got else None) == (want[0] if want else None)
                found[n] += len(want)
    assert all(found), found


_TECH_MARKS = tuple(re.compile(form, re.M) for form in (
    r"(?:^|[\s(\"'`])(?:~?/|\./)[\w.-]+/[\w./-]+",
    r"\b[\w-]+\.(?:c|h|cc|cpp|py|js|ts|go|rs|java|md|rst|txt|json|ya?ml|toml|cfg|conf|ini|sh|"
    r"xml|so|deb|rpm|tar\.gz|zip)\b",
    r"(?:^|\s)--?[a-z][\w-]{1,30}\b",
    r"`[^`\n]{1,80}`",
    r"^(?:#{1,4} |[=~^-]{4,}$|\.\. [\w-]+::)",
    r"^[ \t]*(?:\$ |sudo |make\b|git |pip |npm |apt(?:-get)? |cd |\./|cmake )",
))
"""`injection._TECH_MARKS` as they were: led by a line start or a class."""
_TECH_EDGES = [
    "/a/b", "~/x/y", "./a/b", "x/a/b", "(~/a/b", "a~/x/y", "\n./q/r", "é/a/b", "'/a/b",
    "`./a/b", ".py", "a.py", "-.py", "a-.py", "--.py", "a--.py", "_-.py", "é.py", "a.pyx",
    "x.tar.gz", "-a.c", " -a.c", "-ab", " -ab", "--ab", "x--ab", "\t--ab", "é-ab", "-Ab",
    " - ab", "## x", "#### x", "##### x", "----", "\n----\n", "--- ", ".. note::",
    "x\n.. a-b::", "$ ls", "  sudo x", "\t make", "makes", "apt-get install", "./run",
]


def test_the_tech_marks_are_found_as_the_plain_searches_find_them() -> None:
    """Each mark of technical documentation, led by a literal and searched after a line
    break, is in a text when the mark as it was is: corpus texts, their slices, texts at
    each mark's edges and short random strings of the characters the marks turn on."""
    rnd = random.Random(13)
    parts = [*_TECH_EDGES, *("".join(rnd.choice("ab-./~ \n\t#=$`é_(\"'pycsh")
                                     for _ in range(rnd.randint(1, 14))) for _ in range(5000))]
    for text in _texts():
        low = injection._lower(text)
        parts += [text, low, *(low[a:a + rnd.randint(1, 400)]
                               for a in (rnd.randrange(len(low)) for _ in range(4)))]
    found = [0] * len(_TECH_MARKS)
    for part in parts:
        for n, (was, mark) in enumerate(zip(_TECH_MARKS, injection._TECH_MARKS, strict=True)):
            got = was.search(part) is not None
            assert (mark.search("\n" + part) is not None) == got, (n, part)
            found[n] += got
        assert injection._tech_doc(part) == (sum(m.search(part) is not None
                                                 for m in _TECH_MARKS) >= 3), part
    assert all(found), found


def _technical(part: str, low: str = "") -> bool:
    """`injection._technical` as it was: every code line of the part counted."""
    found = injection._DEFINITION.finditer("\n" + (low or part))
    if sum(1 for _, _ in zip(range(injection._DEFINITIONS), found, strict=False)) >= 3:
        return True
    part = "\n" + part
    lines = sum(1 for _ in injection._LINE_FILLED.finditer(part))
    if lines < injection._TECHNICAL_LINES:
        return False
    return sum(1 for _ in injection._CODE_LINE.finditer(part)) >= (
        injection._TECHNICAL_SHARE * lines)


def test_code_counted_until_enough_answers_as_counting_it_all() -> None:
    """Corpus texts and their slices, and texts of 12 to 52 lines with code lines in every
    share around `_TECHNICAL_SHARE` (of 35 lines, 7 code lines are enough and 6 are not)."""
    rnd = random.Random(19)
    texts = [*_texts(), *("\n".join("x = 1" if (i * 7 + k) % 41 < k else "some words here"
                                    for i in range(12 + k)) for k in range(41))]
    texts += ["\n".join(["x = 1"] * code + ["plain words"] * (35 - code)) for code in (6, 7, 8)]
    technical = 0
    for text in texts:
        low = injection._lower(text)
        for part in (low, low[rnd.randrange(len(low) + 1):]):
            want = _technical(part, low)
            assert injection._technical(part, low) == want, part
            assert injection._technical(part) == _technical(part), part
            technical += want
    assert 0 < technical < 2 * len(texts)
