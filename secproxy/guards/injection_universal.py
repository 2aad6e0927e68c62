"""The universal injection rules' own matches, searched no further than one can end.

`injection.scan` locates each universal rule Hyperscan found (`Lexicon.universal`: the
first end of the rule's loosened expression, `injection_rules._hs_expression`) with the
rule's `re`, from that end back by the rule's width and on for its further matches. On
its own that search reads to the text's end: over a long text it was the dearest part of
the injection guard (`{secret_file}[\\s\\S]{0,80}{url}` loosened to `[\\s\\S]*` fires at a
`.env` with any URL after it, and `re` then tries its 25 alternatives at every byte left,
~170 ns a byte, up to 11 ms per 64 KB: 17 % of the guard's time on bench/guards.py's 64 KB texts).

`Universal` holds each rule again, not loosened, in a database of its own (Hyperscan's
prefilter mode: it reports every end a match of the rule can have, and may report more),
scanned once per text that fired the rule. Its last end bounds the search: `re` reads up
to that end plus the most any attempt of the rule reads from its start (`reach`), and
keeps the matches starting before that end — the very matches the search to the text's
end finds (the argument is `UniversalMatches.spans`'s). A rule with no end there has no
match, and is not searched. The databases are compiled once per machine (~10 s, kept by
`hscache`, with their libhs twins where the binding misses ends libhs finds: those are
scanned), in a thread of their own once `START_AFTER` texts
have fired a universal rule; until they are there, and for a rule Hyperscan refuses, the
search reads to the text's end as before.
"""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from secproxy.guards import hscache
from secproxy.guards.injection_rules import Lexicon, Rule
from secproxy.guards.native import injection_match

try:
    import hyperscan as _hs  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - a dependency; injection_rules reports it
    _hs = None  # type: ignore[assignment]

_native: Any = None
try:
    from secproxy.guards import _match as _native
except ImportError:  # pragma: no cover - built without a C compiler: hits kept in Python
    pass
_libhs: Any = None
try:  # the databases' twins (`hscache`), scanned with the system's libhs
    from secproxy.guards import _hsmatch as _libhs
except ImportError:  # built without libhs's headers: the binding scans
    pass

_BUDGET_DIVISOR = 8
"""A text in which a rule reports more ends than a byte in this many (plus 64) is
searched to its end for it, as before: keeping that many ends would cost more than the
search spares."""


def reach(pattern: bytes) -> int | None:
    """The most bytes an attempt of `pattern` at a position reads from there on: the
    widest match, a lookahead counted as if it consumed its text, plus the one byte a
    word boundary or `$` peeks at past the last one consumed. None when unbounded (a
    repeat without an upper bound, a group reference) or not understood."""
    try:
        width = _width(_parser.parse(pattern).data)
    except (re.error, OverflowError):
        return None
    return None if width is None else width + 1


def _width(items: Any) -> int | None:
    total = 0
    for op, av in items:
        if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
            total += 1
        elif op is _sre.AT:
            continue
        elif op is _sre.BRANCH:
            widths = [_width(branch.data) for branch in av[1]]
            if None in widths:
                return None
            total += max((w for w in widths if w is not None), default=0)
        elif op is _sre.SUBPATTERN:
            got = _width(av[-1].data)
            if got is None:
                return None
            total += got
        elif op is _sre.ATOMIC_GROUP:
            got = _width(av.data)
            if got is None:
                return None
            total += got
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            _, high, body = av
            got = _width(body.data)
            if got is None or high >= _sre.MAXREPEAT:
                return None
            total += high * got
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            direction, body = av
            if direction < 0:
                continue  # a lookbehind reads before the position, never past it
            got = _width(body.data)
            if got is None:
                return None
            total += got
        else:  # a group reference, a conditional: not bounded here
            return None
    return total


@dataclass(frozen=True, slots=True)
class Universal:
    """A lexicon's universal rules, not loosened, for their ends (see the module)."""

    databases: dict[int, Any]
    """Per rule index: a database of the rule alone (id: the index), in Hyperscan's
    prefilter mode (every end a match can have): a text scans those of the rules it
    fired only (all 35 in one database cost ten times the one that fired over a 64 KB
    text)."""
    reaches: dict[int, int]
    """Per rule index in `databases`: `reach` of its expression."""


START_AFTER = 8
"""Texts firing a universal rule a lexicon sees before its `Universal` is made (`start`):
a command or a test that scans a few does not pay the compile."""
_UNIVERSAL: dict[int, tuple[Lexicon, Universal]] = {}
_LOCK = threading.Lock()
_STARTED: dict[int, tuple[Lexicon, threading.Thread]] = {}
_FIRED: dict[int, tuple[Lexicon, int]] = {}


def universal(lex: Lexicon) -> Universal | None:
    """The lexicon's `Universal` once made (`start`), None until then."""
    got = _UNIVERSAL.get(id(lex))
    return got[1] if got is not None and got[0] is lex else None


def start(lex: Lexicon) -> threading.Thread | None:
    """Makes the lexicon's `Universal` in a thread of its own (at most once per lexicon;
    join the thread returned to wait). None when it is made already."""
    if universal(lex) is not None or _hs is None:
        return None
    return hscache.start_once(_STARTED, _LOCK, lex, _make, (lex,), "secproxy-universal-ends")


def _fired(lex: Lexicon) -> None:
    """One more text fired a universal rule of `lex` while it has no `Universal`: made
    from the `START_AFTER`th on."""
    got = _FIRED.get(id(lex))
    count = got[1] + 1 if got is not None and got[0] is lex else 1
    _FIRED[id(lex)] = (lex, count)
    if count >= START_AFTER:
        start(lex)


def _make(lex: Lexicon) -> None:
    made = build(lex)
    with _LOCK:
        _UNIVERSAL[id(lex)] = (lex, made)


def build(lex: Lexicon) -> Universal:
    """The lexicon's `Universal`, compiled here (or loaded from `hscache`'s cache). A
    rule Hyperscan refuses, or whose reach is unbounded, has none: its search reads to
    the text's end."""
    databases, reaches = {}, {}
    for i, rule in enumerate(lex.rules):
        if rule.regex is None:
            continue
        got = reach(rule.regex.pattern)
        if got is None:
            continue
        try:
            databases[i] = hscache.build([rule.regex.pattern], [i], [_hs.HS_FLAG_PREFILTER])
        except _hs.error:
            continue
        reaches[i] = got
    return Universal(databases, reaches)


DIRECT_UP_TO = 256
"""Bytes of text up to which a rule's matches are searched for directly: the search of a
short text costs less than the scan of the rule's database that would bound it (a
command line with a universal hit: ~4 us against ~18)."""


class UniversalMatches:
    """One text's universal rule matches (`spans`), bounded by `Universal`'s ends when
    the lexicon has them."""

    def __init__(self, lex: Lexicon, data: bytes):
        self.lex = lex
        self.data = data
        self.bounded = universal(lex)
        if self.bounded is None:
            _fired(lex)

    def _last(self, database: Any) -> int | None:
        """Where the last match of `database`'s rule may end in the text, -1 for nowhere;
        None for a text with too many ends to keep (`_BUDGET_DIVISOR`)."""
        data = self.data
        budget = len(data) // _BUDGET_DIVISOR + 64
        twin = hscache.made_twin(database) if _libhs is not None else None
        if twin is not None:  # made with the database (`hscache.build`) or since
            ends = _libhs.Hits(budget)
            if twin.scan(data, injection_match.scratch(twin), ends):
                return None
            return max((end for _, end in ends.pairs()), default=-1)
        space = injection_match.scratch(database)
        if _native is not None:
            hits = _native.Hits(budget)
            try:
                database.scan(data, match_event_handler=hits, scratch=space)
            except _hs.ScanTerminated:
                return None
            return max((end for _, end in hits.pairs()), default=-1)
        last, left = [-1], [budget]

        def on(rid: int, start: int, end: int, flags: int, context: object) -> bool:
            last[0] = max(last[0], end)
            left[0] -= 1
            return left[0] < 0
        try:
            database.scan(data, match_event_handler=on, scratch=space)
        except _hs.ScanTerminated:
            return None
        return last[0]

    def spans(self, index: int, rule: Rule, end: int, limit: int) -> list[tuple[int, int]]:
        """The first `limit` matches of universal rule `index` (`rule`) from `end` back by
        its width on: `rule.regex.finditer(data, max(0, end - rule.width))`'s first
        `limit` spans, without reading the text past where its last match can end.

        Why the same: every match of the rule ends where its `Universal` database reports
        an end (prefilter mode finds every end, maybe more), so at or before `last`, the
        last one, and starts before it (no rule matches empty: Hyperscan refuses such
        expressions). An attempt at a position p reads the text up to p + `reach` at most
        (`reach`'s bound, lookaheads and a boundary's peek included), so with the text
        cut at `last + reach` every attempt at a position up to `last` goes as in the
        whole text (and Python's `re` tries each such position: its shortest match is
        shorter than `reach`). The search cut there therefore finds the same matches in
        the same order while they start before `last`; past that, in the whole text, no
        attempt succeeds, while in the cut one an attempt may (a word or a lookahead
        ended early by the cut): the spans stop at the first match starting at `last` or
        later. No end reported: no match."""
        regex = rule.regex
        assert regex is not None
        data = self.data
        lo = max(0, end - rule.width)
        bounded = self.bounded
        database = (bounded.databases.get(index)
                    if bounded is not None and len(data) > DIRECT_UP_TO else None)
        last = self._last(database) if database is not None else None
        if bounded is None or database is None or last is None:
            return [m.span() for m in itertools.islice(regex.finditer(data, lo), limit)]
        out: list[tuple[int, int]] = []
        if last < 0:
            return out
        for m in regex.finditer(data, lo, min(len(data), last + bounded.reaches[index])):
            if m.start() >= last:
                break
            out.append(m.span())
            if len(out) >= limit:
                break
        return out


__all__ = ["START_AFTER", "Universal", "UniversalMatches", "build", "reach", "start",
           "universal"]
