"""Frames for the `toxicity` guard: abuse said in a shape rather than a fixed phrase.

A lexicon lists "i will kill you"; people write "I'm going to hurt you", "I swear I'll
burn your shop down", "ich werde dich finden und umbringen". A frame is a few word
classes in order, each within a few words of the one before: `me ~4 harm ~2 you` (a
first-person subject, a verb of harm, a second-person object) covers all the English
ones, and `group ~4 vermin` ("immigrants are vermin", "those people are all
parasites") the dehumanising descriptions. Classes are lists of words, a word ending
in `*` standing for every word it begins (`umbring*`, `убь*`), so verb forms and case
endings need not be listed one by one, and one beginning with `*` for every word it
ends (`*idiot`: the compounds "Vollidiot", "Riesenidiot"). A frame of one class is the
class's words wherever they are.

Lexicon files declare them beside their terms:

    @class  <TAB> name <TAB> word word stem* ...
    @frame  <TAB> category <TAB> weight <TAB> class [~gap] class [~gap] class ...

An element that names no class of the file is a literal word or stem, or several
joined by `|`. A gap says how
many words later the next element may come (default 3); `^` before an element makes it
the anchor (the part looked for first; otherwise the part with the fewest short and
common words). A frame does not match when a
negation ("not", "never", "nicht", "jamais", "не"…) lies within it ("I would never
hurt you", "immigrants are not criminals"), nor when an apology or a worry comes just
before it ("sorry I hurt you").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

DEFAULT_GAP = 3
NEGATIONS = frozenset(
    "not never don't dont won't wont wouldn't wouldnt didn't can't cannot couldn't isn't "
    "aren't shouldn't no nobody nicht nie niemals kein keine keiner keinen ne pas jamais "
    "personne nunca jamás jamas nadie non mai nessuno não nao niet nooit geen не никогда "
    "ни нельзя".split())
"""Words that turn a frame into its opposite when they lie inside it."""

COMMON = frozenset(
    "you your will would going want make made all everyone everybody people there their "
    "them they this that what when where with have know live work life home find keep "
    "never stop just like could should must need good time about from into will back "
    "where report reports end here over down done sure die the der das und following "
    "dich sind alle werden wird machen leben nicht nous vous sont tout monde vais vie "
    "tu te son todos vida vamos voy sono tutti vita sono você vida zijn leven iedereen "
    "tell donde dónde hacer dove questa questo questi quella quelli onde mundo essa esta "
    "esses estes aquela deveria devia weet terug niemand keiner sais personne solltest "
    "leute menschen gens gente gars types tipos personas persone pessoas mensen nessuno "
    "dovresti ninguém ninguem deberías deberias люди никто "
    "тебя ты все жизнь".split())
"""Words too frequent to look for a frame by (its anchor is another part)."""
SOFTENERS = frozenset("sorry if whether afraid worried scared apologize apologise".split())
"""Words just before a frame that make it an apology or a worry, not a threat ("sorry I
hurt you", "afraid I'll hurt you")."""

WINDOW = 160
"""Characters each side of a frame's anchor word in which the frame is looked for (a
frame spans a dozen words at most)."""
_WORD_EDGE = re.compile(r"\W")
_TOKEN = re.compile(r"[\w\u0900-\u0963\u0966-\u0DFF]+(?:[*'’]+[\w\u0900-\u0963\u0966-\u0DFF]+)*")
"""A word: letters and digits, and the Indic scripts' vowel signs and viramas (marks,
which a regular word class leaves out: "पता" would be three words), not their dandas (।, ॥)."""


@dataclass(frozen=True, slots=True)
class WordClass:
    """Words (exact) and stems (a word beginning with one belongs too)."""

    words: frozenset[str]
    stems: tuple[str, ...]
    heads: tuple[str, ...] = ()
    """Endings: a word ending in one belongs too (the head of a compound: `*idiot` is
    "Vollidiot", "Riesenidiot")."""

    def has(self, token: str) -> bool:
        return (token in self.words or bool(self.stems) and token.startswith(self.stems)
                or bool(self.heads) and token.endswith(self.heads))

    @property
    def literals(self) -> tuple[str, ...]:
        """Every word, stem and head, as text that occurs in any text the class matches
        in."""
        return (*self.words, *self.stems, *self.heads)


def word_class(members: Iterable[str]) -> WordClass:
    """A class of `members` (lower case; `stem*` for a stem)."""
    words, stems, heads = set(), [], []
    for m in members:
        m = m.lower().replace("’", "'")
        if m.endswith("*") and len(m) > 1:
            stems.append(m[:-1])
        elif m.startswith("*") and len(m) > 1:
            heads.append(m[1:])
        elif m:
            words.add(m)
    return WordClass(frozenset(words), tuple(sorted(stems)), tuple(sorted(heads)))


@dataclass(frozen=True, slots=True)
class Frame:
    """Word classes in order, each within `gaps[i]` words after the one before."""

    text: str
    """The frame as written in its file, for messages and tests."""
    category: str
    weight: float
    parts: tuple[WordClass, ...]
    gaps: tuple[int, ...]
    """Gap before each part after the first (len(parts) - 1 entries)."""
    anchored: int | None = None
    """The part marked `^` in the file as the one to look for first, if any."""

    @property
    def negative(self) -> bool:
        """Whether a part is a negation ("you can't hide", "nobody likes you"): then a
        negation inside it is the frame's own."""
        return any(not NEGATIONS.isdisjoint(p.words) for p in self.parts)

    @property
    def anchor(self) -> WordClass:
        """The part to look for first: the one with the smallest share of short or common words
        (a verb of harm rather than "you" or "will"), so that a frame is tried only near
        its rarest part."""
        if self.anchored is not None:
            return self.parts[self.anchored]

        def commonness(part: WordClass) -> tuple[float, int]:
            literals = part.literals
            return (sum(len(w) < 4 or w in COMMON for w in literals) / len(literals),
                    -min(map(len, literals)))
        return min(self.parts, key=commonness)


def parse_frames(source: str, name: str, categories: Sequence[str]) -> list[Frame]:
    """The frames of one lexicon file (its `@class` and `@frame` lines)."""
    classes: dict[str, WordClass] = {}
    frames = []
    for number, line in enumerate(source.splitlines(), 1):
        fields = line.strip().split("\t")
        if fields[0] == "@class":
            if len(fields) != 3 or not fields[2].split():
                raise ValueError(f"{name}:{number}: expected @class, name and words")
            classes[fields[1]] = word_class(fields[2].split())
        elif fields[0] == "@frame":
            try:
                category, weight, shape = fields[1], float(fields[2]), fields[3].split()
            except (IndexError, ValueError):
                raise ValueError(f"{name}:{number}: expected @frame, category, weight and "
                                 "elements") from None
            if category not in categories:
                raise ValueError(f"{name}:{number}: unknown category {category!r}")
            parts: list[WordClass] = []
            gaps: list[int] = []
            gap = DEFAULT_GAP
            anchor = None
            for element in shape:
                if re.fullmatch(r"~\d+", element):
                    gap = int(element[1:])
                    continue
                if parts:
                    gaps.append(gap)
                gap = DEFAULT_GAP
                if element.startswith("^"):
                    element, anchor = element[1:], len(parts)
                parts.append(_element(element, classes))
            if not parts:
                raise ValueError(f"{name}:{number}: a frame needs an element")
            frames.append(Frame(fields[3], category, weight, tuple(parts), tuple(gaps),
                                anchored=anchor))
    return frames


def _element(element: str, classes: dict[str, WordClass]) -> WordClass:
    """A frame element: class names and literal words joined by `|`, as one class."""
    pieces = [classes.get(p) or word_class([p]) for p in element.split("|")]
    if len(pieces) == 1:
        return pieces[0]
    return WordClass(frozenset().union(*(p.words for p in pieces)),
                     tuple(sorted({s for p in pieces for s in p.stems})),
                     tuple(sorted({h for p in pieces for h in p.heads})))


def tokens_with_spans(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The lower-case words of `text` with their character spans."""
    lower = text.lower().replace("’", "'")
    if len(lower) != len(text):  # a letter whose lower case is longer: one at a time
        return ([m.group().lower().replace("’", "'") for m in _TOKEN.finditer(text)],
                [m.span() for m in _TOKEN.finditer(text)])
    matches = list(_TOKEN.finditer(lower))
    return [m.group() for m in matches], [m.span() for m in matches]


class Positions:
    """Where each class's words are in one text's words (computed once per class)."""

    __slots__ = ("_at", "_memo", "_vocabulary")

    def __init__(self, words: Sequence[str]) -> None:
        self._at: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            self._at.setdefault(w, []).append(i)
            if "'" in w:
                # An elided article or pronoun ("j'espère", "l'immigré", "t'as") leaves
                # the word after it to be matched as well.
                tail = w.rsplit("'", 1)[1]
                if tail:
                    self._at.setdefault(tail, []).append(i)
        self._vocabulary = self._at.keys()
        self._memo: dict[int, list[int]] = {}

    def of(self, part: WordClass) -> list[int]:
        key = id(part)
        got = self._memo.get(key)
        if got is None:
            hits = part.words & self._vocabulary
            if part.stems:
                hits |= {w for w in self._vocabulary if w.startswith(part.stems)}
            if part.heads:
                hits |= {w for w in self._vocabulary if w.endswith(part.heads)}
            got = self._memo[key] = sorted({i for w in hits for i in self._at[w]})
        return got


def match(frame: Frame, words: Sequence[str], where: Positions) -> list[tuple[int, int]]:
    """(first, last) word index of each non-overlapping place `frame` matches in
    `words` (`where`: their positions)."""
    positions = []
    for part in frame.parts:
        got = where.of(part)
        if not got:
            return []
        positions.append(got)
    out: list[tuple[int, int]] = []
    after = -1
    for first in positions[0]:
        if first <= after:
            continue
        last = _extend(first, 1, frame.gaps, positions)
        if last is None or first and words[first - 1] in SOFTENERS:
            continue
        if frame.negative or NEGATIONS.isdisjoint(words[first:last + 1]):
            out.append((first, last))
            after = last
    return out


def _extend(at: int, k: int, gaps: Sequence[int], positions: Sequence[list[int]]
            ) -> int | None:
    """The last word index of the frame's parts `k`… placed after the word `at`."""
    if k == len(positions):
        return at
    candidates = positions[k]
    for i in range(bisect_right(candidates, at), len(candidates)):
        nxt = candidates[i]
        if nxt > at + gaps[k - 1]:
            return None
        end = _extend(nxt, k + 1, gaps, positions)
        if end is not None:
            return end
    return None


def _is_word(char: str) -> bool:
    return char.isalnum() or char in "_'’*"


def windows(text: str, anchors: list[str], edges: Mapping[str, tuple[bool, bool]]
             ) -> list[tuple[int, int]]:
    """Spans of `text` within `WINDOW` characters of an occurrence of an anchor as a
    word (or the start of one, for a stem), merged and cut at word edges (the whole text
    when lower-casing changes its length)."""
    lower = text.lower()
    if len(lower) != len(text):
        return [(0, len(text))]
    spans = []
    for anchor in anchors:
        begins, ends = edges[anchor]
        at = lower.find(anchor)
        while at >= 0:
            after = at + len(anchor)
            # An apostrophe before a word is an edge (French and Italian elide: j'espère).
            if not (begins and at and lower[at - 1].isalnum() or ends and after < len(lower)
                    and _is_word(lower[after])):
                spans.append((max(0, at - WINDOW), min(len(text), after + WINDOW)))
            at = lower.find(anchor, at + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    out = []
    for start, end in merged:
        # A window that begins or ends inside a word drops that piece of a word.
        if start:
            m = _WORD_EDGE.search(text, start)
            start = m.end() if m and m.end() <= end else start
        if end < len(text):
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            end = cut if cut > start else end
        out.append((start, end))
    return out
