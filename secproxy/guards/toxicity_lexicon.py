"""The `toxicity` guard's lexicons: terms, frames and script terms, read from
`data/toxicity/<lang>.txt` and compiled once per choice of languages and categories.

A file holds terms (`term <TAB> category <TAB> weight`; `stem+` also with each ending
of the last `@suffixes` line; several words make a phrase matched word by word),
frames (`toxicity_frames`) and, in a file whose first directive is `@match substring`
(Chinese, Japanese, Korean, Arabic, Hindi: scripts written without spaces between
words, or with particles and clitics glued to them), terms that are matched as
substrings instead of whole words. A later `@match words` line turns the terms after it
back to whole words: a language's romanisation ("kos omak", "bhenchod", "nmsl") is
written in Latin letters with spaces, where a substring would match inside other words.
An `@ordinary` line lists ordinary words that hold a script term ("시발점", a starting
point; "操作", an operation): the term inside one of them is not said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from secproxy.guards.literals import LiteralSet, WordGate
from secproxy.guards.toxicity_frames import Frame, parse_frames

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "ko", "ar", "hi")
"""Languages with a lexicon."""
CATEGORIES = ("profanity", "insult", "threat", "harassment", "hate", "sexual", "self_harm",
              "violence")
_COMMON = frozenset(
    "i you he she we they it me him her us them my your a an the to of in on at for and or "
    "not is are was be will go die where know live want end going should find hope life dead "
    "house piece back watch beat hurt make bring country nobody ich du er sie wir es die der "
    "das und zu bist mach bring bringe je tu il on te me le la les de et ne vais sais va yo tú "
    "el los que y vete voy io ti di che e eu você o os se vai ik je jij het en maak ben я ты "
    "тебя".split())
"""Words too common to stand for a phrase: its anchor is its longest other word."""


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry."""

    text: str
    category: str
    weight: float


@dataclass(frozen=True)
class Lexicon:
    """Terms, frames and script terms of the chosen languages, ready to match."""

    terms: dict[str, Term]
    """Words (inflections expanded) and phrases (words joined by one space), lower case."""
    anchors: dict[str, tuple[str, ...]]
    """word → the terms to look for when it is in a text (a word stands for itself; a
    phrase is looked for when its least common word is there)."""
    frames: tuple[Frame, ...] = ()
    substrings: dict[str, Term] = field(default_factory=dict)
    """Terms of the scripts matched as substrings, lower case."""
    holders: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Script term → the `@ordinary` words that hold it, lower case."""
    gate: WordGate = field(init=False, compare=False, repr=False)
    """Every term as whole words, looked for in one pass before a text is cut into
    words: most texts hold none, and then nothing else is done with them."""
    literal_gate: LiteralSet = field(init=False, compare=False, repr=False)
    """The words of each frame's anchor part, as substrings (a frame is tried only near
    one of them), `TRIPLES` (stretched letters) and the script terms: one pass finds
    them all."""
    frames_of: dict[str, tuple[Frame, ...]] = field(init=False, compare=False, repr=False)
    """anchor word → the frames it stands for."""
    edges: dict[str, tuple[bool, bool]] = field(init=False, compare=False, repr=False)
    """anchor word → whether an occurrence must begin a word and end one (a stem need
    not end one, a compound's head need not begin one)."""
    masked: dict[str, Term] = field(init=False, compare=False, repr=False)
    """Each single-word term with one run of one to three inner letters starred
    ("f**k", "b*tch", "a**hole") → the term (the weightiest, when two share a mask); a
    strong four-letter curse also starred to its end after one or two letters ("f***",
    "sh**")."""
    reach: re.Pattern[str] = field(init=False, compare=False, repr=False)
    """From a place in a text: the rest of its run of ASCII letters and digits, then as
    many more such runs as the gates' longest match can hold (a term, a frame anchor, a
    masked word), with what lies between them. A match that touches a word lies within
    that many runs of it on either side (`toxicity.score` reads stretched letters)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "gate", WordGate(self.terms))
        frames_of: dict[str, list[Frame]] = {}
        edges: dict[str, tuple[bool, bool]] = {}
        for frame in self.frames:
            anchor = frame.anchor
            for literal in anchor.literals:
                frames_of.setdefault(literal, []).append(frame)
                begins, ends = literal not in anchor.heads, literal in anchor.words
                was = edges.get(literal, (True, True))
                edges[literal] = (begins and was[0], ends and was[1])
        object.__setattr__(self, "edges", edges)
        object.__setattr__(self, "masked", _masks(self.terms))
        object.__setattr__(self, "frames_of", {k: tuple(v) for k, v in frames_of.items()})
        object.__setattr__(self, "literal_gate", LiteralSet(
            [*frames_of, *TRIPLES, *self.substrings]))
        most = max([_MASKED_RUNS, *(len(_ALNUM_RUN.findall(k))
                                    for k in (*self.terms, *frames_of))])
        object.__setattr__(self, "reach", re.compile(
            rf"[A-Za-z0-9]*(?:[^A-Za-z0-9]+[A-Za-z0-9]+){{0,{most}}}[^A-Za-z0-9]*"))


def _masks(terms: dict[str, Term]) -> dict[str, Term]:
    masked: dict[str, Term] = {}
    for key, term in terms.items():
        if " " in key or not 4 <= len(key) <= 16 or not key.isalpha():
            continue
        for at in range(1, len(key) - 1):
            for run in (1, 2, 3):
                if at + run >= len(key):
                    break
                mask = key[:at] + "*" * run + key[at + run:]
                known = masked.get(mask)
                if known is None or known.weight < term.weight:
                    masked[mask] = term
        if len(key) == 4 and term.category == "profanity" and term.weight >= _TAIL_MASKED:
            for mask in (key[0] + "***", key[:2] + "**"):
                known = masked.get(mask)
                if known is None or known.weight < term.weight:
                    masked[mask] = term
    return masked


_TAIL_MASKED = 0.4
"""The weight from which a four-letter curse (`profanity`) is recognised starred to its
end: "f***" and "sh**" are curses, but a weaker one so blanked ("p***", "d***") may be
any word."""


_ALNUM_RUN = re.compile(r"[a-z0-9]+")
_MASKED_RUNS = 11
"""Runs of letters and digits a masked word can span: `toxicity._masked_terms` reads
words of at most 20 characters ("a$$h0l3", "f*u*c*k"), ten runs at most."""
TRIPLES = tuple(c * 3 for c in "abcdefghijklmnopqrstuvwxyz")
"""A letter three times: a word may be stretched ("fuuuck")."""
_ELIDED = frozenset("l d j t m s n c qu jusqu lorsqu puisqu un dell nell sull dall all "
                    "quell".split())
"""French and Italian words that elide into the next one ("l'", "qu'", "dell'")."""
_ELISION = re.compile("'(?:" + "|".join(
    rf"(?<=\s(?:{'|'.join(sorted(w for w in _ELIDED if len(w) == n))})')"
    for n in sorted({len(w) for w in _ELIDED})) + r")(?=\S{3})")
"""The first apostrophe of a word that begins with an elided word, before three more
characters of it (led by the apostrophe: a literal search, not a step per character)."""
_ASCII_PUNCT = b"!\"#$%&()+,-./:;<=>?@[\\]^_`{|}~\t\n\r\x0b\x0c"
_PUNCT = bytes.maketrans(_ASCII_PUNCT, b" " * len(_ASCII_PUNCT))
_WIDE_PUNCT = ("«", "»", "“", "”", "„", "—", "–", "…", "¿", "¡", "。", "，", "、", "！", "？")


def words(text: str) -> list[str]:
    """The lower-case words of `text` (inner apostrophes and stars kept: "i'll", "f*ck")."""
    lower = text.lower().replace("’", "'")
    for p in _WIDE_PUNCT:
        if p in lower:
            lower = lower.replace(p, " ")
    # ASCII punctuation to spaces at C speed: UTF-8 bytes below 0x80 are never part of a
    # multibyte character, so translating the encoded text is safe.
    spaced = " " + lower.encode("utf-8", "surrogatepass").translate(_PUNCT).decode(
        "utf-8", "surrogatepass") + " "
    if "'" not in spaced and "*" not in spaced:
        return spaced.split()
    for edge in (" '", "' ", " *", "* "):
        while edge in spaced:
            spaced = spaced.replace(edge, " ")
    # French and Italian elide an article or pronoun into the next word: "d'abruti" is
    # "d'" and "abruti" (English contractions, "i'll", "y'all", stay whole).
    if "'" in spaced:
        spaced = _ELISION.sub("' ", spaced)
    return spaced.split()


def pattern(term: str) -> str:
    """A term as a regular expression: its words with any non-word gap between them (an
    elided word's apostrophe is its gap)."""
    out = ""
    for w in term.split():
        if out and not out.endswith("['’]"):
            out += r"[\W_]+"
        out += re.escape(w).replace("'", "['’]")
    return out


def parse_lexicon(source: str, name: str = "lexicon") -> list[Term]:
    """The terms of one lexicon file (see `data/toxicity/en.txt` for the format)."""
    suffixes: list[str] = []
    terms = []
    for number, line in enumerate(source.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#") or line.split("\t")[0] in (
                "@class", "@frame", "@match", "@ordinary"):
            continue
        fields = line.split("\t")
        if fields[0] == "@suffixes":
            suffixes = fields[1].split() if len(fields) > 1 else []
            continue
        try:
            text, category, weight = fields[0], fields[1], float(fields[2])
        except (IndexError, ValueError):
            raise ValueError(f"{name}:{number}: expected term, category and weight") from None
        if category not in CATEGORIES:
            raise ValueError(f"{name}:{number}: unknown category {category!r}")
        if text.endswith("+"):
            stem = text[:-1].lower()
            terms += [Term(stem + s, category, weight) for s in ["", *suffixes]]
        else:
            terms.append(Term(text.lower(), category, weight))
    return terms


_ARABIC_FOLD = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ة", "ه"), ("ى", "ي"))


def fold_arabic(text: str) -> str:
    """`text` with Arabic's alef forms as bare alef, ta marbuta as ha and alef maqsura as
    ya, as people write them in a chat ("اعرف" for "أعرف", "غبيه" for "غبية"): one letter
    for one, so a span of the result is the same span of `text`. `text` itself when it
    holds none of them."""
    out = text
    for variant, letter in _ARABIC_FOLD:
        if variant in out:
            # str.replace, not str.translate: ten times faster on non-ASCII text
            out = out.replace(variant, letter)
    return out


def glued(text: str, at: int) -> bool:
    """Whether the Arabic word at `at` is the end of a longer word: an Arabic letter
    stands before it, other than one و or ف that begins a word ("وانت", and you).
    "يا" ends عقليا and حاليا (mentally, currently), "انت" ends كانت (she was)."""
    if at == 0 or not _arabic_letter(text[at - 1]):
        return False
    return not (text[at - 1] in "وف" and (at == 1 or not _arabic_letter(text[at - 2])))


def _arabic_letter(c: str) -> bool:
    return "\u0620" <= c <= "\u064a" or c in "\u0671\u067e\u0686\u06a4\u06af"


def _sections(source: str) -> list[tuple[bool, str]]:
    """(substring, text) of each part of a lexicon file between its `@match` lines:
    whether its terms are matched as substrings (`@match substring`) or as whole words
    (`@match words`, and a file's lines before any `@match`). Each part keeps the file's
    line numbers (the other parts' lines blank), for `parse_lexicon`'s errors."""
    lines = source.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("@match")]
    out = []
    for begin, end in zip([0, *starts], [*starts, len(lines)], strict=True):
        if begin == end:
            continue  # nothing before a first @match on the first line
        substring = begin in starts and lines[begin].split("\t")[1:2] == ["substring"]
        part = [""] * begin + lines[begin:end]
        out.append((substring, "\n".join(part)))
    return out


@lru_cache(maxsize=16)
def load_lexicon(languages: tuple[str, ...], categories: tuple[str, ...]) -> Lexicon:
    """The lexicon of `languages` restricted to `categories` (cached: built once)."""
    terms: dict[str, Term] = {}
    substrings: dict[str, Term] = {}
    anchors: dict[str, list[str]] = {}
    frames: list[Frame] = []
    ordinary: set[str] = set()
    folder = resources.files("secproxy.guards").joinpath("data", "toxicity")
    for lang in languages:
        source = folder.joinpath(f"{lang}.txt").read_text("utf-8")
        ordinary.update(w.lower() for line in source.splitlines()
                        if line.startswith("@ordinary\t") for w in line.split("\t")[1].split())
        frames += [f for f in parse_frames(source, f"{lang}.txt", CATEGORIES)
                   if f.category in categories]
        for substring, part in _sections(source):
            chosen = [t for t in parse_lexicon(part, f"{lang}.txt") if t.category in categories]
            if substring:
                for term in chosen:
                    # Each term also as `fold_arabic` writes it: `toxicity.score` reads
                    # Arabic text that way too.
                    for key in {term.text, fold_arabic(term.text)}:
                        known = substrings.get(key)
                        if known is None or known.weight < term.weight:
                            substrings[key] = term
            else:
                _add_words(chosen, terms, anchors)
    holders = {k: held for k in substrings if (held := tuple(w for w in ordinary if k in w))}
    return Lexicon(terms, {a: tuple(ts) for a, ts in anchors.items()}, tuple(frames),
                   substrings, holders)


def _add_words(chosen: list[Term], terms: dict[str, Term], anchors: dict[str, list[str]]) -> None:
    """`chosen` into the whole-word `terms`, each under its anchor word (`_COMMON`'s
    words are no anchor when the term has another)."""
    for term in chosen:
        key = " ".join(words(term.text))
        known = terms.get(key)
        if known is not None and known.weight >= term.weight:
            continue
        terms[key] = term
        parts = key.split()
        anchor = max(parts, key=lambda p: (p not in _COMMON, len(p)))
        anchors.setdefault(anchor, [])
        if key not in anchors[anchor]:
            anchors[anchor].append(key)
