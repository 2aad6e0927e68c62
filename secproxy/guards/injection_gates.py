"""Literal gates for the injection guard's cue expressions: what a match must contain.

The context cues (`Language.neg`, `hedge`…: "not", "for example", "such as", forty-odd
branches each) are searched over a few dozen characters before every signal, and
Python's `re` tries each branch at each position: ~28 us for English's hedge over 60
characters. `needles(regex)` works out from the expression's syntax a few strings one of
which every match contains (the longest literal run of each branch, a small character
class or an alternation of literals spelled out); `Gated(regex).search(s)` then answers
None at once when `s` holds none of them — what `regex.search(s)` answers too — and asks
`regex` otherwise. An expression it cannot read (case-insensitive, a branch with no
literal of two characters) is always asked.

The frame's expressions searched over a whole text (`Led`: `\\b(?:reads?|reading|…) this`,
`\\b(?:ai|llm|assistant|…)\\b`) cost more: led by an alternation, `re` tries every branch
at every position (~0.27 ms for 4 KB). `leads(regex)` works out the strings every match
starts with; `Led(regex).finditer(s)` finds where they occur (`str.find`) and tries the
expression there only: the matches `regex.finditer(s)` yields, in a few microseconds.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from secproxy.guards.literals import LiteralSet

_MOST_SPELLED = 16
"""The most strings a run of literals and small classes is spelled out into."""
_SMALL_CLASS = 4
"""The most characters of a class (`['’]`) spelled out as alternatives."""
_SHORTEST = 2
"""Needles shorter than this gate nothing worth the look: the expression is asked."""
_ONE_PASS_FROM = 8
"""From this many needles on they are looked for in one pass (`LiteralSet`: ~3 us for
60 characters and a hundred needles, a substring search each ~11 us)."""


def _spelled(item: tuple[Any, Any]) -> list[str] | None:
    """The strings a single item matches when it is a literal, a small class of literals
    or an alternation of literal strings; None otherwise."""
    op, av = item
    if op is _c.LITERAL:
        return [chr(av)]
    if op is _c.IN:
        chars = []
        for sub, value in av:
            if sub is not _c.LITERAL:
                return None
            chars.append(chr(value))
        return chars if 0 < len(chars) <= _SMALL_CLASS else None
    if op is _c.BRANCH:
        out: list[str] = []
        for branch in av[1]:
            word = ""
            for sub in branch:
                got = _spelled(sub)
                if got is None or len(got) != 1:
                    return None
                word += got[0]
            if not word:
                return None
            out.append(word)
        return out if len(out) <= _MOST_SPELLED else None
    if op is _c.SUBPATTERN:
        _, add, remove, body = av
        if add or remove or len(body) != 1:
            return None
        return _spelled(body[0])
    return None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two needle sets: the longer shortest needle, then fewer."""
    if a is None:
        return b
    if b is None:
        return a
    ka, kb = min(map(len, a)), min(map(len, b))
    if ka != kb:
        return a if ka > kb else b
    return a if len(a) <= len(b) else b


def _required(seq: Any) -> frozenset[str] | None:
    """Strings one of which every match of the item sequence `seq` contains, or None."""
    best: frozenset[str] | None = None
    run: list[str] = [""]
    for item in list(seq) + [(None, None)]:
        spelled = _spelled(item) if item[0] is not None else None
        if spelled is not None and len(run) * len(spelled) <= _MOST_SPELLED:
            run = [a + b for a in run for b in spelled]
            continue
        if all(len(s) >= _SHORTEST for s in run):
            best = _better(best, frozenset(run))
        run = [""] if spelled is None else list(spelled)
        op, av = item
        inner: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            _, add, remove, body = av
            if add & _c.SRE_FLAG_IGNORECASE:
                return None
            inner = _required(body)
        elif op is _c.BRANCH:
            parts = [_required(branch) for branch in av[1]]
            if all(p is not None for p in parts):
                inner = frozenset().union(*parts)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _required(av[2])
        best = _better(best, inner)
    return best


def _parsed(regex: re.Pattern[str]) -> Any:
    """`regex`'s parse tree, or None when it is not read: bytes, or case-insensitive."""
    if not isinstance(regex.pattern, str) or regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):  # pragma: no cover - it compiled once
        return None
    return None if parsed.state.flags & re.IGNORECASE else parsed


def needles(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `regex` contains; None when the expression
    is not read (bytes, case-insensitive, or no needle of `_SHORTEST` characters)."""
    parsed = _parsed(regex)
    if parsed is None:
        return None
    got = _required(parsed)
    if not got or min(map(len, got)) < _SHORTEST:
        return None
    return tuple(sorted(got))


class Gated:
    """`regex` behind its needles: `search` and `match` answer as the expression's do."""

    __slots__ = ("_one_pass", "needles", "regex")

    def __init__(self, regex: re.Pattern[str]):
        self.regex = regex
        self.needles = needles(regex)
        self._one_pass: LiteralSet | None = None
        if self.needles is not None and len(self.needles) >= _ONE_PASS_FROM:
            try:
                self._one_pass = LiteralSet(self.needles)
            except ValueError:  # a needle with a capital or blank: searched one by one
                pass

    def _may(self, text: str) -> bool:
        found = self.needles
        if found is None:
            return True
        if self._one_pass is not None:
            # Its words are a superset of the needles `text` holds (they are lower-case:
            # `text.lower()` keeps them, a scan without case finds them).
            return self._one_pass.any(text)
        for needle in found:
            if needle in text:
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        """`regex.search(text)`."""
        return self.regex.search(text) if self._may(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        """`regex.match(text)`."""
        return self.regex.match(text) if self._may(text) else None


def _starts(seq: Any) -> frozenset[str] | None:
    """Strings one of which every match of the item sequence `seq` starts with (after the
    zero-width assertions before it), or None."""
    items = list(seq)
    while items and items[0][0] is _c.AT:
        items.pop(0)
    if not items:
        return None
    op, av = items[0]
    if _spelled(items[0]) is not None:
        run = [""]
        for item in items:
            spelled = _spelled(item)
            if spelled is None or len(run) * len(spelled) > _MOST_SPELLED:
                break
            run = [a + b for a in run for b in spelled]
        return frozenset(run)
    if op is _c.SUBPATTERN:
        _, add, remove, body = av
        return None if add or remove else _starts(body)
    if op is _c.BRANCH:
        parts = [_starts(branch) for branch in av[1]]
        if any(p is None for p in parts):
            return None
        return frozenset().union(*parts)  # type: ignore[arg-type]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _starts(av[2])
    return None


def leads(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `regex` starts with, none the start of
    another; None when the expression is not read (bytes, case-insensitive, a branch
    not led by a literal of `_SHORTEST` characters)."""
    parsed = _parsed(regex)
    if parsed is None:
        return None
    got = _starts(parsed)
    if not got or min(map(len, got)) < _SHORTEST:
        return None
    return tuple(sorted(w for w in got if not any(w != v and w.startswith(v) for v in got)))


_TRIED_PER = 16
"""Past one start in this many characters the expression searches the text itself: a
try costs about what `re` spends on that many positions."""


class Led:
    """`regex` tried only where one of its `leads` occurs (see the module): `finditer`
    and `search` answer as the expression's do."""

    __slots__ = ("_one_pass", "leads", "regex")

    def __init__(self, regex: re.Pattern[str]):
        self.regex = regex
        self.leads = leads(regex)
        self._one_pass: LiteralSet | None = None
        if self.leads is not None:
            try:
                self._one_pass = LiteralSet(self.leads)
            except ValueError:  # a lead with a capital or blank: searched for each
                pass

    def _tried(self, text: str) -> list[int] | None:
        """Where a lead occurs in `text`, in order; None past `_TRIED_PER`."""
        if self.leads is None:
            return None
        # (A substring search costs ~1 ns a character, found or not: only the leads the
        # one pass found, a superset of those in `text`, are searched for.)
        present = self.leads if self._one_pass is None else self._one_pass.found(text)
        most = len(text) // _TRIED_PER
        out: list[int] = []
        for lead in present:
            at = text.find(lead)
            while at >= 0:
                out.append(at)
                if len(out) > most:
                    return None
                at = text.find(lead, at + 1)
        out.sort()
        return out

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`regex.finditer(text)`."""
        tried = self._tried(text)
        if tried is None:
            yield from self.regex.finditer(text)
            return
        match, after = self.regex.match, 0
        for at in tried:
            if at < after:
                continue  # inside the last match: `re` goes on from its end
            m = match(text, at)
            if m is not None:
                yield m
                after = m.end()

    def search(self, text: str) -> re.Match[str] | None:
        """`regex.search(text)`."""
        return next(self.finditer(text), None)


_GATED: dict[int, tuple[re.Pattern[str], Gated]] = {}
_LOCK = threading.Lock()


def gated(regex: re.Pattern[str]) -> Gated:
    """`regex`'s `Gated` (worked out once per expression, kept)."""
    got = _GATED.get(id(regex))
    if got is None or got[0] is not regex:
        with _LOCK:
            got = _GATED[id(regex)] = (regex, Gated(regex))
    return got[1]


__all__ = ["Gated", "Led", "gated", "leads", "needles"]
