"""Many regular expressions over one text in (about) one pass: a multi-pattern scanner
any guard family can compile once per snapshot and share between requests.

`MultiScanner(rules)` takes `ScanRule`s (or `(id, pattern)` pairs) written in Python `re`
syntax (compiled with `re.ASCII`, so `\\w`, `\\d`, `\\s` and case folding are ASCII, as in
Hyperscan). `finditer(text)` yields `(id, match)` for every match of every rule, exactly
the matches `re.finditer` would give rule by rule; `scan(text)` the same as `(id, start,
end)`; `prefilter(text)` the candidates alone, for callers with their own confirmation;
`first_candidate(texts)` which of many short texts is the first with a candidate (one
pass over them all), and `shortest` the length below which no ASCII text has one.

Two stages, so that most rules never run their regular expression on a text:

1. a prefilter tells which rules *may* match and where their matches can start
   (`windows`). With Hyperscan (the `hyperscan` package) every rule is compiled into one
   database in prefilter mode (lookarounds and back-references relaxed, long counted
   repeats loosened: it matches a superset); one pass over the text reports, per rule,
   the first place a match can end (or, for `every` rules, each place), and the rule's
   longest match bounds where it can start. Without Hyperscan, a pure-Python prefilter
   looks for the literal strings that every match of a rule must contain (derived from
   the rule's parse tree); rules with no such literal always run.
2. the candidates run their compiled `re` pattern inside their windows only — at the
   places their `anchor` (a fast case-sensitive search of the lower-cased text) says a
   match can start, when they have one.

Patterns should open with a literal where they can: `re` finds a literal at C speed but
tries a pattern that opens with a lookbehind or a class at every position.

With `_hsmatch` built, a scanner scans its database's twin (`hscache`: the same database
for the system's libhs, compiled once per machine, loaded from the cache after): hits
kept in C, no Python call per hit (~1 us less a text). Where the binding's library
misses ends libhs finds (`hscache.binding_sound`), the twin is made with the database
and scanned from the first text; elsewhere it is made in a thread once the scanner has
scanned `TWIN_AFTER` texts (~0.5 s for the secret formats on a fresh machine), the
binding scanning until then with the same hits.

Hyperscan reads bytes: a text goes to it encoded as Latin-1 with `?` in place of other
characters, so byte offsets are character offsets. A rule whose match must contain a
character outside Latin-1 at a place where its pattern excludes `?` is missed by the
prefilter; the secret formats this serves are ASCII.

Patterns must not match the empty string, look at most 64 characters past a match, and
keep their quantifiers bounded: the prefilter keeps the cost of the confirming `re` pass
proportional to what is found, but a pattern that backtracks badly still backtracks
badly on a text that contains its literals.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any, Literal

from secproxy.guards import hscache

_hs: Any
try:  # Hyperscan is optional: the scanner falls back to literals on other platforms
    import hyperscan as _hs
except ImportError:  # pragma: no cover - depends on the platform
    _hs = None

Engine = Literal["auto", "hyperscan", "literal"]

_native: Any
try:
    from secproxy.guards import _hsmatch as _native
except ImportError:  # built without libhs's headers: the binding scans
    _native = None

TWIN_AFTER = 32
"""Texts a scanner scans with a sound binding before its twin is made (see the module): a
scanner built for a few texts (a test's, a command's) does not pay its compile."""

_UNBOUNDED = 1 << 30
"""Pattern widths at or above this are treated as unbounded."""

_MIN_LITERAL = 3
"""Literals shorter than this select too much text to be worth testing for."""

_RELAX_ABOVE = 64
"""Hyperscan gets `{m,n}` counted repeats over this as `{min(m, 64),}`: a superset that
compiles several times faster (the confirming `re` pass counts exactly)."""

_LOOKAHEAD = 64
"""How far past a match its pattern may look ahead: confirming a match that starts by
`hi` reads the text up to `hi` + the pattern's width + this."""

_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}

_COUNTED = re.compile(r"(?<!\\)\{(\d+)(,?)(\d*)\}")


def has_hyperscan() -> bool:
    """Whether the Hyperscan engine is available here."""
    return _hs is not None


@dataclass(frozen=True, slots=True)
class ScanRule:
    """One pattern for a `MultiScanner`."""

    id: int
    pattern: str
    anchor: str | None = None
    """A pattern matched against the lower-cased text (ASCII case folding) such that
    every match of `pattern` starts where a match of `anchor` starts: the confirming pass
    tries `pattern` only there. For patterns that open with a case-insensitive keyword,
    which `re` otherwise tries at every position."""
    every: bool = False
    """Have the prefilter report every place a match can end, and confirm only around
    them — for rules that often have a candidate in a text but few per text (keyword
    assignments). Not for rules whose prefilter can match at every position of a long
    run, which would report each one."""


Window = tuple[int, int]
"""`(lo, hi)`: a match can start at an offset from `lo` to `hi`."""


class Prefiltered:
    """One text after the prefilter: the candidate rules and where their matches can
    start (`windows`), and `matches(id)` to confirm them."""

    __slots__ = ("_low", "_scanner", "text", "windows")

    def __init__(self, scanner: MultiScanner, text: str, windows: dict[int, list[Window]]):
        self._scanner = scanner
        self.text = text
        self.windows = windows
        self._low: str | None = None

    @property
    def low(self) -> str:
        """The text lower-cased, offset for offset."""
        if self._low is None:
            low = self.text.lower()
            self._low = low if len(low) == len(self.text) else self.text.translate(_ASCII_LOWER)
        return self._low

    def matches(self, rule_id: int) -> Iterator[re.Match[str]]:
        """The matches of rule `rule_id`, in order, as `re.finditer` finds them."""
        wins = self.windows.get(rule_id)
        if not wins:
            return
        sc = self._scanner
        rx, anchor, width = sc._regex[rule_id], sc._anchor.get(rule_id), sc._width[rule_id]
        text, n = self.text, len(self.text)
        pos = 0
        for lo, hi in wins:
            pos = max(pos, lo)
            if pos > hi:
                continue
            end = n if width < 0 else min(n, hi + width + _LOOKAHEAD)
            if anchor is None:
                while pos <= hi:
                    m = rx.search(text, pos, end)
                    if m is None or m.start() > hi:
                        break
                    yield m
                    pos = m.end() if m.end() > m.start() else m.start() + 1
                continue
            low = self.low
            while pos <= hi:
                a = anchor.search(low, pos, end)
                if a is None or a.start() > hi:
                    break
                m = rx.match(text, a.start(), end)
                if m is None:
                    pos = a.start() + 1
                    continue
                yield m
                pos = m.end() if m.end() > m.start() else m.start() + 1


class MultiScanner:
    """Compiled rules; see the module docstring."""

    __slots__ = ("_always", "_anchor", "_db", "_engine", "_every", "_joinable", "_literals",
                 "_local", "_regex", "_scans", "_twin", "_width", "shortest")

    shortest: int
    """No ASCII text shorter than this has a candidate: `prefilter` finds no rule in it
    (0 when any text may have one)."""

    def __init__(self, rules: Iterable[ScanRule | tuple[int, str]], *, flags: int = 0,
                 engine: Engine = "auto") -> None:
        """Compile `rules` (`ScanRule`s or `(id, pattern)` pairs); `flags` are `re` flags
        applied to every pattern (IGNORECASE, DOTALL, MULTILINE are honoured by both
        engines). Raises `re.error` for a pattern that does not compile, ValueError for
        one that matches the empty string."""
        self._regex: dict[int, re.Pattern[str]] = {}
        self._anchor: dict[int, re.Pattern[str]] = {}
        self._width: dict[int, int] = {}
        every = set()
        anchored = False
        for rule in rules:
            if not isinstance(rule, ScanRule):
                rule = ScanRule(*rule)
            if rule.id in self._regex:
                raise ValueError(f"rule id {rule.id} given twice")
            rx = re.compile(rule.pattern, flags | re.ASCII)
            if rx.match(""):
                raise ValueError(f"rule {rule.id} matches the empty string")
            self._regex[rule.id] = rx
            if rule.anchor is not None:
                self._anchor[rule.id] = re.compile(rule.anchor, re.ASCII)
            if rule.every:
                every.add(rule.id)
            tree = _sre_parse.parse(rule.pattern, flags | re.ASCII)
            hi = tree.getwidth()[1]
            self._width[rule.id] = hi if hi < _UNBOUNDED else -1
            anchored = anchored or _anchored(tree)
        self._every = frozenset(every)
        if engine == "auto":
            engine = "hyperscan" if _hs is not None else "literal"
        if engine == "hyperscan" and _hs is None:
            raise ValueError("the hyperscan engine is not installed here")
        self._engine: str = engine
        self._db: Any = None
        self._twin: Any = None
        self._scans = 0
        self._local = threading.local()
        self._literals: list[tuple[str, tuple[int, ...]]] = []
        self._always: tuple[int, ...] = ()
        self._joinable = not anchored
        if engine == "hyperscan":
            self._db, self._twin = _compile_hyperscan(self._regex, self._every, flags)
            self.shortest = min((_shortest(rx.pattern, flags) for rx in self._regex.values()),
                                default=0)
        else:
            self._literals, self._always = _literal_index(self._regex, flags)
            self.shortest = 1 if self._always else min(
                (len(lit) for lit, _ in self._literals), default=0)

    @property
    def engine(self) -> str:
        """`hyperscan` or `literal`: the prefilter in use."""
        return self._engine

    def __len__(self) -> int:
        return len(self._regex)

    def prefilter(self, text: str) -> Prefiltered:
        """The rules that may match `text` and where."""
        if self._db is not None:
            return Prefiltered(self, text, self._hyperscan_windows(text))
        low = text.lower()
        whole = [(0, len(text))]
        found: dict[int, list[Window]] = dict.fromkeys(self._always, whole)
        for literal, ids in self._literals:
            if literal in low:
                for rule_id in ids:
                    found[rule_id] = whole
        return Prefiltered(self, text, found)

    def first_candidate(self, texts: Sequence[str]) -> int:
        """The index of the first of `texts` that may have a candidate: `prefilter` finds
        no rule in any text before it (`len(texts)`: in none). One Hyperscan pass over
        the texts joined by newlines, for many short texts (the parts of a request)
        that mostly have none. A match inside one text is a match of the joined text
        ending inside it (no pattern looks for the start or end of the text, a newline is
        no word character, and Hyperscan's prefilter drops lookarounds), and each rule
        reports its earliest end, so no text before the one holding the earliest end
        reported has a candidate. Without Hyperscan, for one text, or with a pattern
        that looks for the start or end of a text: 0."""
        if self._db is None or not self._joinable or len(texts) < 2:
            return 0
        joined = "\n".join(texts)
        data = joined.encode("latin-1", "replace")
        twin = self._twin
        if twin is not None:
            hits = _native.Hits()
            twin.scan(data, self._scratch(twin), hits)
            got = hits.pairs()
            end = min(e for _, e in got) if got else len(joined) + 1
            return self._first_holding(texts, end, len(joined))
        self._count()
        earliest = [len(joined) + 1]

        def on_match(_id: int, _start: int, end: int, _flags: int, _ctx: object) -> None:
            earliest[0] = min(earliest[0], end)

        self._db.scan(data, match_event_handler=on_match, scratch=self._scratch(self._db))
        return self._first_holding(texts, earliest[0], len(joined))

    @staticmethod
    def _first_holding(texts: Sequence[str], end: int, size: int) -> int:
        """The index of the text of `texts` joined by newlines (`size` characters) whose
        span holds `end`, or of the next one (`len(texts)` when `end` is past them)."""
        if end > size:
            return len(texts)
        start = 0
        for i, text in enumerate(texts):
            start += len(text) + 1
            if end <= start:
                return i
        return len(texts) - 1

    def finditer(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """Every match of every rule: `(id, match)`, rule by rule (in id order), each
        rule's matches in order."""
        pf = self.prefilter(text)
        for rule_id in sorted(pf.windows):
            yield from ((rule_id, m) for m in pf.matches(rule_id))

    def scan(self, text: str) -> Iterator[tuple[int, int, int]]:
        """Every match of every rule as `(id, start, end)`."""
        for rule_id, m in self.finditer(text):
            yield rule_id, m.start(), m.end()

    def _scratch(self, db: Any) -> Any:
        """This thread's scratch space for `db` (the database or its twin): Hyperscan
        scratch space is per thread."""
        spaces = getattr(self._local, "spaces", None)
        if spaces is None:
            spaces = self._local.spaces = {}
        scratch = spaces.get(id(db))
        if scratch is None:
            scratch = spaces[id(db)] = (_hs.Scratch(db) if db is self._db
                                        else _native.Scratch(db))
        return scratch

    def _count(self) -> None:
        """Counts a text scanned by the binding; at `TWIN_AFTER`, has the twin made."""
        self._scans += 1
        if self._scans == TWIN_AFTER and _native is not None:
            threading.Thread(target=self._make_twin, args=(hscache.cache_dir(),),
                             daemon=True, name="secproxy-hs-twin").start()

    def _make_twin(self, folder: Any) -> None:
        self._twin = hscache.twin(self._db, folder)

    def _hyperscan_windows(self, text: str) -> dict[int, list[Window]]:
        data = text.encode("latin-1", "replace")
        twin = self._twin
        if twin is not None:
            hits = _native.Hits()
            twin.scan(data, self._scratch(twin), hits)
            return self._windows(hits.ends_by_id() if hits else {}, len(text))
        self._count()
        scratch = self._scratch(self._db)
        ends: dict[int, list[int]] = {}

        def on_match(rule_id: int, _start: int, end: int, _flags: int, _ctx: object) -> None:
            got = ends.get(rule_id)
            if got is None:
                ends[rule_id] = [end]
            else:
                got.append(end)

        self._db.scan(data, match_event_handler=on_match, scratch=scratch)
        return self._windows(ends, len(text))

    def _windows(self, ends: dict[int, list[int]], n: int) -> dict[int, list[Window]]:
        """Each rule's windows in a text of `n` characters from where its matches may
        end (`ends`, by rule, in order)."""
        out: dict[int, list[Window]] = {}
        for rule_id, got in ends.items():
            width = self._width[rule_id]
            if rule_id not in self._every:
                out[rule_id] = [(0 if width < 0 else max(0, got[0] - width), n)]
                continue
            out[rule_id] = _merged(got, width)
        return out


def _merged(ends: list[int], width: int) -> list[Window]:
    """The windows of an `every` rule whose matches end at `ends` (in order, as Hyperscan
    reports a pattern's ends) and span at most `width` characters (-1: unbounded): from
    `width` before each end to it, overlapping ones merged."""
    if width < 0:
        return [(0, ends[-1])]
    wins: list[Window] = []
    lo, hi = max(0, ends[0] - width), ends[0]
    for end in ends:
        if end - width > hi:
            wins.append((lo, hi))
            lo = end - width
        hi = end
    wins.append((lo, hi))
    return wins


def _compile_hyperscan(regex: dict[int, re.Pattern[str]], every: frozenset[int],
                       flags: int) -> tuple[Any, Any]:
    """The rules' database for the binding and, where the binding is not sound, its twin
    for `_hsmatch` (else None: made later, `MultiScanner._count`)."""
    hs_flags = _hs.HS_FLAG_PREFILTER
    if flags & re.IGNORECASE:
        hs_flags |= _hs.HS_FLAG_CASELESS
    if flags & re.DOTALL:
        hs_flags |= _hs.HS_FLAG_DOTALL
    if flags & re.MULTILINE:
        hs_flags |= _hs.HS_FLAG_MULTILINE
    ids = sorted(regex)
    return hscache.build_twinned(
        [relax(regex[i].pattern).encode("ascii") for i in ids], ids,
        [hs_flags | (0 if i in every else _hs.HS_FLAG_SINGLEMATCH) for i in ids])


def _shortest(pattern: str, flags: int) -> int:
    """The fewest characters a match of `pattern` as Hyperscan's prefilter compiles it
    can span: the width of the loosened pattern (lookarounds are zero-wide), or 0 when it
    refers back to a group, which the prefilter may match by anything."""
    tree = _sre_parse.parse(relax(pattern), flags | re.ASCII)
    backref = (_sre_parse.GROUPREF, _sre_parse.GROUPREF_EXISTS)
    if any(op is ref for op, _ in _items(tree) for ref in backref):
        return 0
    return int(tree.getwidth()[0])


def _anchored(tree: Any) -> bool:
    """Whether a pattern (`tree`: parsed) looks for the start or end of the text (or of a
    line), where the text's place in a longer one changes what it matches; word
    boundaries do not."""
    return any(op is _sre_parse.AT and av not in _BOUNDARIES for op, av in _items(tree))


_BOUNDARIES = (_sre_parse.AT_BOUNDARY, _sre_parse.AT_NON_BOUNDARY)


def _items(node: Any) -> Iterator[tuple[Any, Any]]:
    """Every `(op, av)` of a parse tree, nested ones included."""
    for op, av in node.data:
        yield op, av
        for part in av if isinstance(av, tuple | list) else (av,):
            if isinstance(part, _sre_parse.SubPattern):
                yield from _items(part)
            elif isinstance(part, list):  # a branch's alternatives
                for alt in part:
                    if isinstance(alt, _sre_parse.SubPattern):
                        yield from _items(alt)


def relax(pattern: str, cap: int = _RELAX_ABOVE) -> str:
    """`pattern` with counted repeats above `cap` loosened to at least `min(m, cap)`."""

    def loosen(m: re.Match[str]) -> str:
        lo = int(m.group(1))
        hi = lo if not m.group(2) else (int(m.group(3)) if m.group(3) else None)
        if hi is not None and hi <= cap:
            return m.group(0)
        return f"{{{min(lo, cap)},}}"

    return _COUNTED.sub(loosen, pattern)


def _literal_index(regex: dict[int, re.Pattern[str]], flags: int
                   ) -> tuple[list[tuple[str, tuple[int, ...]]], tuple[int, ...]]:
    by_literal: dict[str, list[int]] = {}
    always = []
    for rule_id, rx in regex.items():
        lits = required_literals(rx.pattern, flags)
        if lits is None:
            always.append(rule_id)
            continue
        for lit in lits:
            by_literal.setdefault(lit, []).append(rule_id)
    return [(lit, tuple(ids)) for lit, ids in by_literal.items()], tuple(always)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased strings at least one of which every match of `pattern` contains
    (ignoring case), or None when no useful set exists."""
    tree = _sre_parse.parse(pattern, flags | re.ASCII)
    got = _seq_literals(list(tree))
    if got is None or min(len(s) for s in got) < _MIN_LITERAL:
        return None
    return frozenset(got)


def _char(item: tuple[Any, Any]) -> str | None:
    """The one character (lower-cased) an item matches, ignoring case; else None."""
    op, av = item
    if op is _sre_parse.LITERAL:
        return chr(av).lower()
    if op is _sre_parse.IN:
        chars = {chr(v).lower() for o, v in av if o is _sre_parse.LITERAL}
        if len(chars) == 1 and all(o is _sre_parse.LITERAL for o, _ in av):
            return chars.pop()
    return None


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two literal sets (longer shortest literal, then fewer)."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(len(s) for s in a), -len(a))
    kb = (min(len(s) for s in b), -len(b))
    return a if ka >= kb else b


def _seq_literals(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    best: set[str] | None = None
    run = ""
    for item in items:
        ch = _char(item)
        if ch is not None:
            run += ch
            continue
        if run:
            best = _better(best, {run})
            run = ""
        op, av = item
        inner: set[str] | None = None
        if op is _sre_parse.SUBPATTERN:
            inner = _seq_literals(list(av[-1]))
        elif op is _sre_parse.BRANCH:
            alts = [_seq_literals(list(alt)) for alt in av[1]]
            if all(a is not None for a in alts):
                inner = set().union(*alts)  # type: ignore[arg-type]
        elif op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT,
                    getattr(_sre_parse, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            inner = _seq_literals(list(av[2]))
        elif op is _sre_parse.ATOMIC_GROUP:
            inner = _seq_literals(list(av))
        best = _better(best, inner)
    if run:
        best = _better(best, {run})
    return best
