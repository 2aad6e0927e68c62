"""The toxicity guard: whole words only, phrases, the length-damped score, languages,
settings, the lexicon files, and what the engine does with its findings."""

from __future__ import annotations

import base64
import random
import subprocess
import sys
import textwrap

import pytest

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.content import Role, Slot
from secproxy.engine import Engine
from secproxy.guards import GuardContext, GuardSettingsError, View, toxicity
from secproxy.guards.toxicity import (
    CATEGORIES,
    LANGUAGES,
    ToxicityGuard,
    load_lexicon,
    parse_lexicon,
    score,
)
from secproxy.guards.toxicity_lexicon import words
from secproxy.model import Action, Decision, Severity, Surface


def guard(**settings: object) -> ToxicityGuard:
    g = ToxicityGuard("toxicity")
    g.configure(settings)
    return g


def kinds(text: str, g: ToxicityGuard | None = None) -> list[tuple[str, str]]:
    g = g or guard()
    hits = g.inspect([Slot(Role.USER, text)], GuardContext(Action(Surface.LLM)))
    return [(h.kind, text[h.span[0]:h.span[1]]) for h in hits if h.span]


@pytest.mark.parametrize("text", [
    "The class will assess the Scunthorpe cocktail menu in Essex.",
    "Charles Dickens wrote about a shitake... no, shiitake mushroom and spicy dishes.",
    "Use kill -9 to kill the child process, then assassinate the zombie threads.",
    "Analyse the therapist's notes; the pass rate was high.",
    "Die Verbindung ist fertig, wo die Daten liegen.",
    "Summa cum laude, she graduated; the pros and cons were weighed.",
])
def test_innocent_words_that_contain_or_resemble_terms(text: str) -> None:
    assert kinds(text) == []


def test_phrases_beat_their_words_and_spans_cover_them() -> None:
    text = "Fuck you, you idiot."
    assert kinds(text) == [("insult", "Fuck you"), ("insult", "you idiot")]
    assert kinds("I’ll kill you tomorrow") == [("threat", "I’ll kill you")]
    assert kinds("please   kill\nyourself") == [("self_harm", "kill\nyourself")]
    # Overlapping terms: the weightier one counts, once.
    assert kinds("You can't hide from me.") == [("threat", "can't hide from me")]


@pytest.mark.parametrize(("text", "found", "unread"), [
    # Nothing else in the text wakes a gate: only the stretched word read squeezed does,
    # beside other runs of letters ("zzzz", "aaaah", "www") far from and near it.
    ("build passed at zzzz o'clock, what a fuuuuucking mess", ("profanity", "fuuuuucking"),
     "fuuuuucking"),
    ("the a$$hooole left the meeting, aaaah", ("insult", "a$$hooole"), "a$$hooole"),
    ("you absolute idiooooot", ("insult", "idiooooot"), "idiooooot"),
    ("wwwww " * 40 + "you absolute idiooooot " + "see www.example.com " * 40,
     ("insult", "idiooooot"), "idiooooot"),
    # Squeezed, "yaaa**" reads "ya**", which makes the masked words be looked for in the
    # whole text, far from the run too: without the stars, "4$$hole" is not read.
    ("4$$hole " + "ok " * 20 + "yaaa** end", ("insult", "4$$hole"), "**"),
])
def test_stretched_words_are_read_among_other_runs(text: str, found: tuple[str, str],
                                                   unread: str) -> None:
    lexicon = load_lexicon(LANGUAGES, CATEGORIES)
    got = score(text, lexicon)
    assert [(t.category, text[s:e]) for s, e, t in got.found] == [found]
    assert score(text.replace(unread, " "), lexicon).found == []


def test_runs_of_letters_alone_score_nothing() -> None:
    lexicon = load_lexicon(LANGUAGES, CATEGORIES)
    for text in ("aaaa" * 1000, "aaabbbccc " * 500, "the log said hmmm, zzz and www.example.com"):
        assert score(text, lexicon).found == []


@pytest.mark.parametrize(("text", "cut"), [
    ("Espèce d'abruti, i'll see", ["espèce", "d'", "abruti", "i'll", "see"]),
    # An elided word is cut off only before three characters or more.
    ("qu'il l'ok jusqu'à dell'idiota un'altra",
     ["qu'il", "l'ok", "jusqu'à", "dell'", "idiota", "un'", "altra"]),
    # At the word's first apostrophe only, and only at the start of a word.
    ("l'''abc x'yz d'abord's", ["l'", "''abc", "x'yz", "d'", "abord's"]),
    ("«l'homme» d’abord", ["l'", "homme", "d'", "abord"]),
])
def test_words_cut_elided_articles_and_pronouns(text: str, cut: list[str]) -> None:
    assert words(text) == cut


def test_one_curse_in_a_long_text_is_not_toxic_but_two_in_a_short_one_are() -> None:
    lexicon = load_lexicon(LANGUAGES, CATEGORIES)
    filler = " ".join(["the build passed and the report is ready"] * 40)
    assert score(f"{filler} shit happens {filler}", lexicon).score < 1.0
    assert score("shit, this fucking build", lexicon).score < 1.0  # swearing at a thing
    short = score("shit, you fucking idiot", lexicon)
    assert short.score >= 1.0 and short.categories == ["insult", "profanity"]  # aimed
    damped = score(f"shit, you fucking idiot {filler}", lexicon)
    assert damped.score < short.score
    assert score(f"{filler} kill yourself {filler}", lexicon).score >= 1.0


@pytest.mark.parametrize(("text", "kind"), [
    ("Ich bring dich um!", "threat"),
    ("Du bist ein Vollidiot und ein Arschloch", "insult"),
    ("Je vais te tuer, compris ?", "threat"),
    ("Ferme ta gueule, connard", "insult"),
    ("Te voy a matar", "threat"),
    ("Eres un gilipollas y un cabrón", "insult"),
    ("Ti ammazzo", "threat"),
    ("Vaffanculo, stronzo", "insult"),
    ("Vou te matar", "threat"),
    ("Vai se foder, otário", "insult"),
    ("Ik maak je af", "threat"),
    ("Hou je bek, klootzak", "insult"),
    ("Я тебя убью", "threat"),
    ("Иди нахуй, мудак", "insult"),
])
def test_each_language_has_threats_and_insults(text: str, kind: str) -> None:
    found = kinds(text)
    assert found and found[0][0] == kind, found


def test_settings_threshold_categories_languages() -> None:
    assert kinds("that idiot") == []  # 0.4, said about someone absent
    assert kinds("that idiot", guard(threshold=0.3)) == [("insult", "idiot")]
    assert kinds("you are an idiot") == [("insult", "you are an idiot")]  # aimed: double
    assert kinds("Je vais te tuer", guard(languages=["en"])) == []
    assert kinds("I will kill you", guard(categories=["insult", "hate"])) == []
    for bad, message in (({"threshold": 0}, "threshold"), ({"threshold": "high"}, "threshold"),
                         ({"languages": ["xx"]}, "unknown xx"),
                         ({"categories": []}, "non-empty"), ({"words": []}, "takes")):
        with pytest.raises(GuardSettingsError, match=message):
            guard(**bad)


def test_hits_carry_score_severity_and_views() -> None:
    g = guard()
    raw = "I w1ll kill you"
    hits = g.inspect([Slot(Role.USER, raw)], GuardContext(
        Action(Surface.LLM), viewer=lambda t: (View(t), View("I will kill you", "leet",
                                                                 range(len(t) + 1)))))
    assert [(h.kind, h.span, h.severity) for h in hits] == [("threat", (0, 15), Severity.HIGH)]
    assert hits[0].category == "toxicity" and "score 1.00" in hits[0].message


def test_many_occurrences_end_in_one_hit_without_span() -> None:
    hits = guard().inspect([Slot(Role.USER, "idiot moron " * 40)],
                           GuardContext(Action(Surface.LLM)))
    assert len(hits) == 33 and hits[-1].span is None
    assert all(h.span for h in hits[:-1])


def test_lexicon_files_parse_and_use_known_categories() -> None:
    lexicon = load_lexicon(LANGUAGES, CATEGORIES)
    assert {t.category for t in lexicon.terms.values()} == set(CATEGORIES)
    assert all(0 < t.weight <= 1 for t in lexicon.terms.values())
    terms = parse_lexicon("@suffixes\ts ed\nbad+\tinsult\t0.5\n# comment\n", "x")
    assert [t.text for t in terms] == ["bad", "bads", "baded"]
    for broken in ("bad\tinsult\n", "bad\tnasty\t0.5\n", "bad\tinsult\tmuch\n"):
        with pytest.raises(ValueError, match="x:1"):
            parse_lexicon(broken, "x")


MEGABYTES = """
from secproxy.content import Role, Slot
from secproxy.guards import GuardContext
from secproxy.guards.toxicity import ToxicityGuard
from secproxy.model import Action, Surface
g = ToxicityGuard("toxicity")
g.configure({})
# A quarter megabyte of dense hits is enough to show the work grows with the text, not
# with its square (at 25,000 hits a quadratic pass would run for minutes); the plain
# runs are a megabyte each.
for text in ("you idiot " * 25_000, "fuck you " * 28_000, "a" * 1_000_000, "x " * 500_000):
    g.inspect([Slot(Role.USER, text)], GuardContext(Action(Surface.LLM)))
print("done")
"""


def test_megabytes_of_terms_finish_within_a_deadline() -> None:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(MEGABYTES)],
                            capture_output=True, text=True, timeout=50, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"


async def test_engine_logs_by_default_and_blocks_when_told() -> None:
    prompt = Action(Surface.LLM, content="Listen, I will kill you if the build fails again")
    logging = Engine(load_config(text="guards: {use: [{name: tox, family: toxicity}]}", env={}),
                     guard_factory=configured_guards)
    v = await logging.decide(prompt, audit=False)
    assert v.decision is Decision.ALLOW and v.logged
    assert [f.category for f in v.findings] == ["toxicity"]
    blocking = Engine(load_config(
        text="guards: {use: [{name: tox, family: toxicity, action: block}]}", env={}),
        guard_factory=configured_guards)
    v = await blocking.decide(Action(Surface.LLM, content=prompt.content), audit=False)
    assert v.decision is Decision.BLOCK and v.category == "toxicity"
    clean = await blocking.decide(Action(Surface.LLM, content="kill the stale worker"),
                                  audit=False)
    assert clean.decision is Decision.ALLOW


def _squeezed_as_it_was(text: str, keep: int, runs: list[tuple[int, int]]
                        ) -> tuple[str, list[int]]:
    """`toxicity._squeezed` as it was: the text and its index made together."""
    out: list[str] = []
    index: list[int] = []
    at = 0
    for start, end in runs:
        out.append(text[at:start] + text[start] * keep)
        index += range(at, start + keep)
        at = end
    out.append(text[at:])
    index += range(at, len(text) + 1)
    return "".join(out), index


def test_a_squeezed_reading_and_its_index_are_what_they_were() -> None:
    """The squeezed text, and the index made only for a reading that scores higher, as
    both were made together: texts with runs at their start, end and middle, side by
    side, and a base64 payload's (whose squeezed readings score nothing)."""
    lexicon = load_lexicon(LANGUAGES, CATEGORIES)
    payload = base64.b64encode(random.Random(3).randbytes(3000)).decode()
    texts = ["aaa", "xaaay", "fuuuuck yoooou", "zzzz o'clock, a fuuuuucking mess aaaah",
             "AAAAbbbCCC", "wwwww " * 40 + "you absolute idiooooot", payload]
    squeezed = 0
    for text in texts:
        runs = toxicity._runs(text, toxicity._literals(text, lexicon))
        assert runs
        for keep in (1, 2):
            was, index = _squeezed_as_it_was(text, keep, runs)
            assert toxicity._squeezed(text, keep, runs) == was
            assert toxicity._squeezed_index(len(text), keep, runs) == index
            squeezed += was != text
    assert squeezed
    assert score(payload, lexicon).found == []
