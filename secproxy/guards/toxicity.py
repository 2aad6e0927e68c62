"""The `toxicity` family: a weighted, multilingual lexicon score per slot.

Lexicons (`data/toxicity/<lang>.txt`: English, German, French, Spanish, Italian,
Portuguese, Dutch, Russian) give each term a category (`profanity`, `insult`, `threat`,
`hate`, `sexual`, `self_harm`, `violence`) and a weight. No maintained lexicon package
with per-term categories in these languages exists on PyPI under a permissive licence,
so these are our own.

A slot's text is cut into words (whole words only: "class", "assess", "Scunthorpe" and
"cocktail" contain nothing), unless it holds no term as whole words at all (one pass of
an RE2 automaton, `literals.WordGate`: most texts); single-word terms are looked up in
one set intersection, phrases ("kill yourself", "ich bring dich um") only when their
least common word is present; spans are found by regular expression only in a text that
has some term.
An insult in a text with a second-person word ("you", "du", "tu", "ты"…) counts double,
and so does a hateful description in a text naming a group of people ("immigrants",
"women", "those people"…): aimed words hurt more than words said about a thing.
The score is `max(strongest term, sum of weights / sqrt(max(1, words / 20)))`: the sum
is damped in long texts, so one curse in a long document is not toxic but two in a
short reply are, while a term of weight 1 (a threat, a slur, "kill yourself") is
enough anywhere. A slot at or over `threshold` yields one hit per term occurrence (kind:
its category), so `sanitize` can mask the words; at most `MAX_HITS` per slot, then one
hit without span (which blocks).

Settings: `threshold` (default 0.8: one insult aimed at someone, a curse and an insult
in a short reply, or any strong term), `categories` (default all), `languages` (default
all). The default action is `log` (registry): a lexicon cannot tell using a word from
mentioning it (a moderator's question, a quoted message, a lyric, a log), so refusing
by default would block legitimate work; an operator opts into `block` for surfaces where
that is wanted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from secproxy.content import Slot
from secproxy.guards import BaseGuard, GuardContext, GuardSettingsError, Hit
from secproxy.guards.literals import WordGate
from secproxy.model import Severity

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru")
"""Languages with a lexicon."""
CATEGORIES = ("profanity", "insult", "threat", "hate", "sexual", "self_harm", "violence")
MAX_HITS = 32
"""Hits reported per slot at most."""

_TOKEN = re.compile(r"\w+(?:[*'’]+\w+)*")
_COMMON = frozenset(
    "i you he she we they it me him her us them my your a an the to of in on at for and or "
    "not is are was be will go die where know live want end going should find hope life dead "
    "house piece back watch beat hurt make bring country nobody ich du er sie wir es die der "
    "das und zu bist mach bring bringe je tu il on te me le la les de et ne vais sais va yo tú "
    "el los que y vete voy io ti di che e eu você o os se vai ik je jij het en maak ben я ты "
    "тебя".split())
"""Words too common to stand for a phrase: its anchor is its longest other word."""


def _pattern(term: str) -> str:
    """A term as a regular expression: its words with any non-word gap between them."""
    return r"[\W_]+".join(re.escape(w).replace("'", "['’]") for w in term.split())


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry."""

    text: str
    category: str
    weight: float


@dataclass(frozen=True)
class Lexicon:
    """Terms of the chosen languages, ready to match."""

    terms: dict[str, Term]
    """Words (inflections expanded) and phrases (words joined by one space), lower case."""
    anchors: dict[str, tuple[str, ...]]
    """word → the terms to look for when it is in a text (a word stands for itself; a
    phrase is looked for when its least common word is there)."""
    gate: WordGate = field(init=False, compare=False, repr=False)
    """Every term as whole words, looked for in one pass before a text is cut into
    words: most texts hold none, and then nothing else is done with them."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "gate", WordGate(self.terms))


_ASCII_PUNCT = b"!\"#$%&()+,-./:;<=>?@[\\]^_`{|}~\t\n\r\x0b\x0c"
_PUNCT = bytes.maketrans(_ASCII_PUNCT, b" " * len(_ASCII_PUNCT))
_WIDE_PUNCT = ("«", "»", "“", "”", "„", "—", "–", "…", "¿", "¡", "。", "，", "、", "！", "？")


def _words(text: str) -> list[str]:
    """The lower-case words of `text` (inner apostrophes and stars kept: "i'll", "f*ck")."""
    lower = text.lower().replace("’", "'")
    for p in _WIDE_PUNCT:
        if p in lower:
            lower = lower.replace(p, " ")
    # ASCII punctuation to spaces at C speed: UTF-8 bytes below 0x80 are never part of a
    # multibyte character, so translating the encoded text is safe.
    spaced = " " + lower.encode("utf-8", "surrogatepass").translate(_PUNCT).decode(
        "utf-8", "surrogatepass") + " "
    if "'" in spaced or "*" in spaced:
        for edge in (" '", "' ", " *", "* "):
            while edge in spaced:
                spaced = spaced.replace(edge, " ")
    return spaced.split()


def parse_lexicon(source: str, name: str = "lexicon") -> list[Term]:
    """The terms of one lexicon file (see `data/toxicity/en.txt` for the format)."""
    suffixes: list[str] = []
    terms = []
    for number, line in enumerate(source.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
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


@lru_cache(maxsize=16)
def load_lexicon(languages: tuple[str, ...], categories: tuple[str, ...]) -> Lexicon:
    """The lexicon of `languages` restricted to `categories` (cached: built once)."""
    terms: dict[str, Term] = {}
    anchors: dict[str, list[str]] = {}
    folder = resources.files("secproxy.guards").joinpath("data", "toxicity")
    for lang in languages:
        for term in parse_lexicon(folder.joinpath(f"{lang}.txt").read_text("utf-8"),
                                  f"{lang}.txt"):
            if term.category not in categories:
                continue
            key = " ".join(_words(term.text))
            known = terms.get(key)
            if known is not None and known.weight >= term.weight:
                continue
            terms[key] = term
            parts = key.split()
            anchor = max(parts, key=lambda p: (p not in _COMMON, len(p)))
            anchors.setdefault(anchor, [])
            if key not in anchors[anchor]:
                anchors[anchor].append(key)
    return Lexicon(terms, {a: tuple(ts) for a, ts in anchors.items()})


_ADDRESSEE = frozenset(
    "you your you're youre yourself u ur du dich dir dein deine toi t'es tu te ton ta tes vous "
    "tú eres ti sei você voce jij jou ты тебя тебе твой".split())
"""Second-person words: an insult with one of them is aimed at someone."""
_GROUPS = frozenset(
    "immigrants migrants foreigners refugees muslims jews gays women blacks disabled "
    "religion ausländer flüchtlinge migranten immigrés étrangers inmigrantes extranjeros "
    "immigrati stranieri imigrantes estrangeiros buitenlanders мигранты приезжие people "
    "leute gens gente".split())
"""Words naming a group of people: hateful descriptions of one weigh more."""


@lru_cache(maxsize=1024)
def _matcher(keys: frozenset[str]) -> re.Pattern[str]:
    """One regex for the terms a text may hold: at each position the longest term that
    starts there (group 1), matched inside a lookahead so that terms may overlap and
    `score` keeps the weightiest of overlapping ones."""
    alternatives = "|".join(_pattern(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf"(?=(?<![\w*'’])({alternatives})(?![\w*'’]))", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Scored:
    """A text's score and the term occurrences behind it."""

    score: float
    found: list[tuple[int, int, Term]]
    """(start, end, term) of each occurrence, in text order."""

    @property
    def categories(self) -> list[str]:
        weight: dict[str, float] = {}
        for _, _, term in self.found:
            weight[term.category] = weight.get(term.category, 0.0) + term.weight
        return sorted(weight, key=lambda c: -weight[c])


def _count(tokens: list[str], parts: list[str], anchor: str) -> int:
    """How often the words `parts` follow each other in `tokens` (found from `anchor`)."""
    if len(parts) == 1:
        return tokens.count(anchor)
    offset, n, count, at = parts.index(anchor), len(parts), 0, -1
    while True:
        try:
            at = tokens.index(anchor, at + 1)
        except ValueError:
            return count
        if at >= offset and tokens[at - offset:at - offset + n] == parts:
            count += 1


def score(text: str, lexicon: Lexicon) -> Scored:
    """The toxicity score of `text` under `lexicon`."""
    # A term's words are whole words of the text, so the gate finds it (it finds a
    # superset: its word edges are cruder than `_words`' and it ignores the weights).
    if not lexicon.gate.any(text.replace("’", "'") if "’" in text else text):
        return Scored(0.0, [])
    tokens = _words(text)
    present = lexicon.anchors.keys() & set(tokens)
    if not present:
        return Scored(0.0, [])
    keys = frozenset(k for a in present for k in lexicon.anchors[a]
                     if _count(tokens, k.split(), a))
    if not keys:
        return Scored(0.0, [])
    found: list[tuple[int, int, Term]] = []
    words = set(tokens)
    # Aimed at someone (an insult with "you") or at a group (a slur with "immigrants"),
    # the same words weigh double.
    boost = {"insult": not _ADDRESSEE.isdisjoint(words), "hate": not _GROUPS.isdisjoint(words)}
    candidates = []
    for m in _matcher(keys).finditer(text):
        term = lexicon.terms.get(" ".join(_words(m.group(1))))
        if term is not None:
            if boost.get(term.category):
                term = Term(term.text, term.category, min(1.0, term.weight * 2))
            candidates.append((m.start(1), m.end(1), term))
    # Of overlapping terms the weightiest counts ("fuck you" is one insult, not a curse
    # and an insult; "can't hide from me" outweighs "you can't hide").
    taken = bytearray(len(text))
    for start, end, term in sorted(candidates, key=lambda c: (-c[2].weight, c[0] - c[1])):
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            found.append((start, end, term))
    found.sort(key=lambda f: f[0])
    if not found:
        return Scored(0.0, [])
    total = sum(t.weight for _, _, t in found)
    strongest = max(t.weight for _, _, t in found)
    return Scored(max(strongest, total / math.sqrt(max(1.0, len(tokens) / 20))), found)


def _choice(settings: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    raw = settings.get(key, list(allowed))
    if not isinstance(raw, list | tuple) or not raw or not all(isinstance(x, str) for x in raw):
        raise GuardSettingsError(f"toxicity {key} must be a non-empty list")
    unknown = [x for x in raw if x not in allowed]
    if unknown:
        raise GuardSettingsError(f"toxicity {key}: unknown {', '.join(unknown)} "
                                 f"(known: {', '.join(allowed)})")
    return tuple(x for x in allowed if x in raw)


@dataclass
class ToxicityGuard(BaseGuard):
    """Scores each slot against the lexicons; see the module docstring."""

    family: str = "toxicity"
    threshold: float = 0.8
    lexicon: Lexicon = field(default_factory=lambda: load_lexicon(LANGUAGES, CATEGORIES),
                             repr=False)

    def configure(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - {"threshold", "categories", "languages"}
        if unknown:
            raise GuardSettingsError(f"family toxicity takes threshold, categories and "
                                     f"languages (got {', '.join(sorted(unknown))})")
        threshold = settings.get("threshold", 0.8)
        if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not (
                0 < threshold <= 100):
            raise GuardSettingsError("toxicity threshold must be a number in (0, 100]")
        self.threshold = float(threshold)
        self.lexicon = load_lexicon(_choice(settings, "languages", LANGUAGES),
                                    _choice(settings, "categories", CATEGORIES))

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        hits: list[Hit] = []
        seen: set[tuple[int, int, int, str]] = set()
        for index, slot in enumerate(slots):
            if not slot.text:
                continue
            for view in ctx.views(index, slot.text):
                scored = score(view.text, self.lexicon)
                if scored.score >= self.threshold:
                    self._hits(index, view.origin, scored, hits, seen)
        return hits

    def _hits(self, index: int, origin: Any, scored: Scored, hits: list[Hit],
              seen: set[tuple[int, int, int, str]]) -> None:
        strong = any(t.weight >= 1.0 and t.category in ("threat", "hate", "self_harm")
                     for _, _, t in scored.found)
        severity = Severity.HIGH if strong or scored.score >= 2 * self.threshold else (
            Severity.MEDIUM)
        message = (f"toxic language ({', '.join(scored.categories)}; score "
                   f"{scored.score:.2f} >= {self.threshold:g})")
        count = 0
        for start, end, term in scored.found:
            span = origin(start, end)
            key = (index, span[0], span[1], term.category)
            if key in seen:
                continue
            seen.add(key)
            if count == MAX_HITS:
                hits.append(Hit("toxicity", message + ", more than shown", severity, index,
                                kind=scored.categories[0]))
                return
            count += 1
            hits.append(Hit("toxicity", message, severity, index, span, kind=term.category))
