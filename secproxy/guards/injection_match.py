"""The injection family's matcher: one text's class hits and rule matches.

`injection.scan` builds a `Matcher` per view of a text (its lowercased UTF-8 bytes) and
asks it for the universal rules found (`first_stage`), the class rules worth evaluating
(`second_stage`) and where each of those matches (`matches`); see `injection_rules` for
the two Hyperscan stages and the positional arithmetic. Everything here is per-hit work,
kept apart from the scoring so that it can be compiled: `setup.py` builds this module
with mypyc when it can (`secproxy.guards.native` loads the compiled build only when it
was made from this very source, else this file), and the two give the same answers.
"""

from __future__ import annotations

import bisect
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secproxy.guards import GuardSettingsError, hscache, injection_window
from secproxy.guards.injection_rules import (
    CLAUSE_ENDS,
    SPACES,
    Lexicon,
    Rule,
    Step,
    build_lexicon,
    data_folder,
    new_scratch,
    scripts,
)

try:
    import hyperscan as _hs  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - a dependency; injection_rules reports it
    _hs = None  # type: ignore[assignment]

_match: Any = None
try:
    # `_hsmatch` is `_match` plus a Hyperscan scan of its own (built where libhs's
    # headers are): its Hits and Codes serve the binding's scans as `_match`'s do.
    from secproxy.guards import _hsmatch

    _match = _hsmatch
except ImportError:
    try:
        from secproxy.guards import _match as _plain

        _match = _plain
    except ImportError:  # installed without a C compiler: the hits are collected here
        pass

NATIVE: Any = None if os.environ.get("SECPROXY_MATCH_NATIVE") == "0" else _match
"""The C hit handler (`_hsmatch` or `_match`: Hyperscan's hits kept without a Python
call per hit), None to collect them in Python (no build, `SECPROXY_MATCH_NATIVE=0`, or a
test setting it): the same hits either way."""
LIBHS: bool = os.environ.get("SECPROXY_MATCH_LIBHS") != "0"
"""Whether the matcher scans with `_hsmatch`'s own scan where it has the database's twin
(`hscache.twin`: the same database for the system's libhs; hits appended in C, no Python
call per hit), else through the binding. False (`SECPROXY_MATCH_LIBHS=0`, a test): the
binding always. The same hits in the same order either way (tests compare them)."""

REPEATS_FROM = 256
"""From this many stem hits in one text on, a hit whose surroundings are the same bytes
as an earlier hit's of the same stem is skipped — as far either side as anything its
rules and weights look at reaches (`_repeat_span`: the longest rule's reach, the widest
class entry, the cues before a match), so it would only find again what was found, at
another place. A flood of one phrase (a megabyte of `ignore `) costs its distinct
stretches, not its length, while anything written differently — the one real
instruction in the flood — is still looked at. Texts with fewer hits (all of a few
kilobytes) are matched in full. (Not looked at: whether the place lies inside a code
fence opened a kilobyte or more before; matches past `MATCHES_PER_RULE` were not looked
at before either.)"""
_SMALL_SPAN = 32
"""Bytes either side compared first: surroundings differing this near differ."""
CHUNKED_FROM = 262144
"""From this size on (bytes), a text's anchor stems are looked for block by block
(`_BLOCK` bytes), and a block that repeats an earlier one byte for byte, with its
surroundings as far as `REPEATS_FROM` compares them, is skipped: its hits would only
repeat, at another place, hits already looked at. A megabyte flood of one phrase costs a
few of its blocks. Not from 64 KiB on: block by block, an ordinary 64 KiB page cost 40 %
more (56 vs 40 ms of CPU on bench/guards.py's texts), while a flood under 256 KiB costs
at most ~0.3 s matched in full with `REPEATS_FROM`'s skip (0.04–0.06 s by blocks)."""
_BLOCK = 4096
_OVERLAP = 256
"""More than the longest stem, in bytes."""
SPAN_BITS = 32
"""A confirmed span is one number, `start << SPAN_BITS | end` (`span`): sorted as the
tuple (start, end) would be, without a tuple per span (texts under 4 GiB)."""
_END = (1 << SPAN_BITS) - 1
_MARKERS: dict[int, tuple[Lexicon, Any]] = {}
_SPANS: dict[int, tuple[Lexicon, int]] = {}


def _repeat_span(lex: Lexicon) -> int:
    """How far either side of a stem hit its surroundings are compared (see
    `REPEATS_FROM`), in bytes: a rule's reach from its anchor and the slack `matches`
    adds, the widest entry and a word's tail, and the 400 bytes `_quoted` looks back."""
    got = _SPANS.get(id(lex))
    if got is None or got[0] is not lex:
        reach = max((r.reach for r in lex.rules), default=0)
        width = max((e.width for e in lex.entries), default=0)
        got = _SPANS[id(lex)] = (lex, max(reach + 64 + width + 64, 400 + width + 64))
    return got[1]


def _markers(lex: Lexicon) -> Any:
    """A database of the marked languages' function words (id: position in
    `Lexicon.marked`, one report each), for texts scanned block by block; None if
    Hyperscan refuses it."""
    got = _MARKERS.get(id(lex))
    if got is None or got[0] is not lex:
        try:
            built = hscache.build([lex.markers[m].pattern for m in lex.marked],
                                  list(range(len(lex.marked))), _hs.HS_FLAG_SINGLEMATCH)
        except _hs.error:
            built = None
        got = _MARKERS[id(lex)] = (lex, built)
    return got[1]

_local = threading.local()
_TAIL_LETTERS = 24
"""The most letters of a word's rest after a stem that a span takes in (`_word_end`)."""


def _word_end(data: bytes, at: int) -> int:
    """Where the rest of a word from `at` ends (ASCII letters and digits, or two-byte
    letters: Latin, Greek, Cyrillic, Arabic; at most `_TAIL_LETTERS`), so that a span
    covers whole words in languages written with spaces. A loop over the bytes, not a
    regular expression: it runs at every span confirmed, and the call cost more than
    the match."""
    size = len(data)
    for _ in range(_TAIL_LETTERS):
        if at >= size:
            break
        c = data[at]
        if 0x30 <= c <= 0x39 or 0x61 <= c <= 0x7a:
            at += 1
        elif 0xc2 <= c <= 0xdf and at + 1 < size and 0x80 <= data[at + 1] <= 0xbf:
            at += 2
        else:
            break
    return at


def scratch(database: Any) -> Any:
    """This thread's Hyperscan scratch space for `database` (the binding's or a twin)."""
    spaces = getattr(_local, "scratch", None)
    if spaces is None:
        spaces = _local.scratch = {}
    got = spaces.get(id(database))
    if got is None or got[0] is not database:
        made = _match.Scratch(database) if _match is not None and isinstance(
            database, getattr(_match, "Database", ())) else new_scratch(database)
        got = spaces[id(database)] = (database, made)
    return got[1]


TWINS_AFTER = 32
"""Texts a lexicon matches before its databases' twins are made (`start_twins`): a
process that matches a few (a command, a test building a lexicon of its own) does not
pay their first compile, ~15 s of CPU for the full lexicon."""
_TWINS_STARTED: dict[int, tuple[Lexicon, threading.Thread]] = {}
_TWINS_LOCK = threading.Lock()
_REBUILT: list[bool] = []
"""Whether `_make_twins` built the shipped lexicon again in this process (once at most)."""


_MADE_TWINS: dict[int, tuple[Any, Any]] = hscache._TWINS
"""`hscache.made_twin`'s table, read here: a call into that module (not compiled) for
each of a text's scans cost more than the rest of a short text's first stage."""


def _twin(database: Any) -> Any:
    """`database`'s twin for `_hsmatch`'s scan, None while it is being made or when it
    has none (the binding scans it): `hscache.made_twin(database)`."""
    got = _MADE_TWINS.get(id(database))
    return got[1] if got is not None and got[0] is database else None


def start_twins(lex: Lexicon) -> threading.Thread | None:
    """Makes the twins of the lexicon's databases (`hscache.twin`) in a thread of their
    own: compiled once per machine (~15 s for the full lexicon), loaded in well under a
    second after. Until each is made the binding scans its database, with the same
    hits. Returns the thread (join it to wait), None when there is nothing to make."""
    if _match is None or not hasattr(_match, "Database"):
        return None
    # The cache as it is now: a later change of $SECPROXY_CACHE_DIR (a test's) is not
    # this lexicon's.
    return hscache.start_once(_TWINS_STARTED, _TWINS_LOCK, lex, _make_twins,
                              (lex, hscache.cache_dir()), "secproxy-hs-twins")


def _make_twins(lex: Lexicon, folder: Path) -> None:
    if not hscache.noted(lex.anchors, folder) and not _REBUILT:
        # A lexicon its own cache kept from before `hscache` noted its databases'
        # sources: built once more (its databases load from hscache's cache, and are
        # noted on the way). Seconds of CPU, once per machine; a lexicon of other files
        # (a test's) gains nothing and loses nothing.
        _REBUILT.append(True)
        shipped = data_folder()
        names = ("universal", *lex.languages)
        try:
            build_lexicon(tuple(lex.languages),
                          {n: shipped.joinpath(f"{n}.yaml").read_text("utf-8") for n in names})
        except (GuardSettingsError, OSError, UnicodeDecodeError):
            return
    found = _window_entries(lex)
    databases = [lex.anchors, lex.universal, *lex.common.values()]
    if found is not None:
        databases.append(found.database)
        if found.exact is not None:
            databases.append(found.exact)
    for database in databases:
        hscache.twin(database, folder)  # kept there; `_twin` reads it once made


@dataclass(frozen=True, slots=True)
class _WindowEntries:
    """The class entries confirmed by a search in a window around their stem's hit
    (those the stem does not open), as Hyperscan databases reporting where each of
    their matches may end: a window holding no such end holds no match, and the
    search (the dearest part of a scan: most windows hold none) is skipped."""

    database: Any
    """Ids: entry indexes; Hyperscan's prefilter mode, so it finds every end the
    entry's `re` can have, and may find more."""
    unsure: frozenset[int]
    """Entries Hyperscan refused: always searched."""
    markers: Any
    """The marked languages' function words (`Lexicon.markers`), id: the language's
    position in `Lexicon.marked`, with where each match starts: whether one lies near a
    hit is then a lookup, not a search of the text around it; None if refused."""
    exact: Any = None
    """Ids: entry indexes; each entry's expression without its assertions
    (`injection_window.exact_form`) in Hyperscan's exact mode: a window holding no end
    of theirs holds nothing the entry's search could find (`Matcher._confirm`). Tighter
    than `database` (whose prefilter mode loosens repeats and alternations): on
    bench/guards.py's texts it closes about half the windows `database` leaves open.
    None if Hyperscan refuses them all."""
    exact_unsure: frozenset[int] = frozenset()
    """Entries `exact` lacks (not translated, or refused): searched as before."""
    reach: dict[int, int] | None = None
    """Per entry: how far past a match's end its assertions read
    (`injection_window.reach`, -1: unbounded)."""


_WINDOW_ENTRIES: dict[int, tuple[Lexicon, _WindowEntries | None]] = {}
_WINDOW_LOCK = threading.Lock()


def _window_entries(lex: Lexicon) -> _WindowEntries | None:
    """The lexicon's `_WindowEntries` (compiled once per lexicon, kept by `hscache`);
    None when Hyperscan refuses them all."""
    return hscache.per_object(_WINDOW_ENTRIES, _WINDOW_LOCK, lex, _window_entries_of)


_WINDOW_STARTED: dict[int, tuple[Lexicon, threading.Thread]] = {}
_WINDOW_START_LOCK = threading.Lock()
"""Not `_WINDOW_LOCK`, which the making holds."""


def _window_entries_made(lex: Lexicon) -> _WindowEntries | None:
    """The lexicon's `_WindowEntries` once made; None until then (or when Hyperscan
    refuses them all), their making started in a thread of its own at the first ask
    (`start_window_entries`). Their first compile on a machine takes seconds of CPU
    (~6 s for the full lexicon: the first scan of a text with a windowed stem in a
    fresh `secproxy serve` held its event loop, every surface with it, that long);
    until they are made every window is searched: the same matches, found slower."""
    got = _WINDOW_ENTRIES.get(id(lex))
    if got is not None and got[0] is lex:
        return got[1]
    start_window_entries(lex)
    return None


def start_window_entries(lex: Lexicon) -> threading.Thread | None:
    """Makes the lexicon's `_WindowEntries` in a thread of its own (at most once per
    lexicon; join the thread returned to wait). None when they are made already."""
    got = _WINDOW_ENTRIES.get(id(lex))
    if got is not None and got[0] is lex:
        return None
    return hscache.start_once(_WINDOW_STARTED, _WINDOW_START_LOCK, lex, _window_entries,
                              (lex,), "secproxy-window-entries")


def _window_entries_of(lex: Lexicon) -> _WindowEntries | None:
    return _build_window_entries(
        lex, sorted({code >> 1 for codes in lex.stems for code in codes if not code & 1}))


def _build_window_entries(lex: Lexicon, wanted: list[int]) -> _WindowEntries | None:
    markers = None
    if lex.marked:
        try:
            markers = hscache.build([lex.markers[m].pattern for m in lex.marked],
                                    list(range(len(lex.marked))),
                                    _hs.HS_FLAG_SOM_LEFTMOST)
        except _hs.error:
            pass
    database, unsure = _entries_database(
        {i: lex.entries[i].pattern for i in wanted}, _hs.HS_FLAG_PREFILTER)
    if database is None:
        return None
    forms = {i: injection_window.exact_form(lex.entries[i].pattern) for i in wanted}
    exact, exact_unsure = _entries_database(
        {i: form for i, form in forms.items() if form is not None}, 0)
    return _WindowEntries(
        database, frozenset(unsure), markers, exact,
        frozenset(exact_unsure) | {i for i, form in forms.items() if form is None},
        {i: injection_window.reach(lex.entries[i].pattern) for i in wanted})


def _entries_database(patterns: dict[int, bytes], flags: int) -> tuple[Any, list[int]]:
    """One database of `patterns` (ids: their keys) and the ids Hyperscan refused (each
    tried alone once the whole is refused); None when it refuses them all."""
    wanted = list(patterns)
    try:
        return hscache.build([patterns[i] for i in wanted], wanted,
                             [flags] * len(wanted)), []
    except _hs.error:
        pass
    ok, unsure = [], []
    for i in wanted:
        try:
            hscache.build([patterns[i]], [i], [flags])
            ok.append(i)
        except _hs.error:
            unsure.append(i)
    if not ok:
        return None, unsure
    return hscache.build([patterns[i] for i in ok], ok, [flags] * len(ok)), unsure


class _Plan:
    """What the matcher looks up per stem hit, derived once per lexicon: each stem's
    entry codes with their class and its language, each entry's class, width and
    confirming expression (compiled at first use, as `Entry.regex`)."""

    # The attributes' types are written out: the lexicon's are unknown to the compiled
    # build (it does not follow imports), which would otherwise box every number.
    def __init__(self, lex: Lexicon):
        entries = lex.entries
        self.entries = entries
        self.entry_cls: tuple[int, ...] = tuple(e.cls for e in entries)
        self.entry_width: tuple[int, ...] = tuple(e.width for e in entries)
        self.regexes: list[re.Pattern[bytes] | None] = [None] * len(entries)
        self.stem_len: tuple[int, ...] = tuple(lex.stem_len)
        self.code_bits: int = (2 * len(entries) + 1).bit_length()
        """Bits of an entry code (`Lexicon.stems`), below a hit's end in `Matcher.seen`."""
        self.hit_bits: int = self.code_bits + len(lex.stems).bit_length()
        """Bits of a stem and an entry code, below a hit's end in `Matcher.pending`."""
        self.codes: tuple[tuple[tuple[int, int, str], ...], ...] = tuple(
            tuple((code, code >> 1, lex.lang_of[entries[code >> 1].cls]) for code in codes)
            for codes in lex.stems)
        """Per stem: (entry code, entry, language of the entry's class)."""
        self.by_class: tuple[tuple[tuple[int, int], ...], ...] = tuple(
            tuple((entries[code >> 1].cls, code) for code in codes) for codes in lex.stems)
        """Per stem: (class, entry code)."""
        self.packer: Any = _match.Codes(self.by_class) if _match is not None else None
        """`by_class` for the C hit handler (`_match.Codes`)."""
        self.calls: frozenset[int] = _calls(lex)
        self.anchored: dict[int, tuple[tuple[int, str, int], ...]] = {
            ci: tuple((ri, lex.rules[ri].lang, lex.rules[ri].reach) for ri in rules)
            for ci, rules in lex.by_anchor.items() if rules}
        """Per anchor class: its rules, (index, language, reach)."""
        class_needs = [-1] * len(lex.classes)
        for e in entries:
            class_needs[e.cls] &= e.scripts
        self.rule_needs = tuple(_rule_needs(r, class_needs) for r in lex.rules)
        """Per rule: the script groups a text must hold for it to match (those every
        entry of every class of one of its steps needs: `Entry.scripts`)."""
        self.rule_classes = tuple(frozenset(c for order in r.orders for step in order
                                            for c in step.classes) for r in lex.rules)
        self._gates: dict[int, tuple[frozenset[int], frozenset[int]]] = {}
        self.unmarked: frozenset[str] = frozenset(
            {"universal", *(set(lex.languages) - set(lex.marked))})
        """The languages whose rules may match any text (`Matcher.present`)."""
        self.uses: int = 0
        """Matchers made with the plan, up to `TWINS_AFTER`."""

    def gate(self, present: int) -> tuple[frozenset[int], frozenset[int]]:
        """For a text holding the script groups `present`: the class rules it cannot
        match (a step of theirs needs a script it lacks — a Chinese rule in an English
        text), and the classes the others use (hits of any other class are not worth
        confirming)."""
        got = self._gates.get(present)
        if got is None:
            blocked = frozenset(i for i, need in enumerate(self.rule_needs)
                                if need & ~present)
            live = frozenset(c for i, classes in enumerate(self.rule_classes)
                             if i not in blocked for c in classes)
            if len(self._gates) >= _GATES:
                self._gates.clear()
            got = self._gates[present] = (blocked, live)
        return got

    def regex(self, entry: int) -> re.Pattern[bytes]:
        got = self.regexes[entry] = self.entries[entry].regex
        return got


_GATES = 256
"""Script sets whose `_Plan.gate` is kept (then they are worked out again)."""


def _rule_needs(rule: Rule, class_needs: list[int]) -> int:
    """The script groups a text must hold for `rule` to match: those one of its steps
    needs (any class of a step will do, so those its classes all need)."""
    need = 0
    for step in rule.orders[0] if rule.orders else ():
        shared = -1
        for c in step.classes:
            shared &= class_needs[c]
        need |= max(shared, 0)
    return need


_PLANS: dict[int, tuple[Lexicon, _Plan]] = {}
_PLAN_LOCK = threading.Lock()


def _plan(lex: Lexicon) -> _Plan:
    """The lexicon's `_Plan` (made once per lexicon)."""
    # `per_object`'s own first look, here: a call into that module (not compiled) cost
    # more than the rest of a short text's Matcher.
    got = _PLANS.get(id(lex))
    if got is not None and got[0] is lex:
        return got[1]
    return hscache.per_object(_PLANS, _PLAN_LOCK, lex, _Plan)


_MIDDLE = 128
"""Bytes either side of the middle of a hit's wide surroundings that group them in
`_Looked`."""


class _Looked:
    """The wide surroundings of the stem hits looked at (`REPEATS_FROM`): the set of
    (stem, `data[at - span:at + span]`) the matcher keeps, without copying and hashing
    each hit's two kilobytes (~1.7 us a hit: 2 ms of a 64 KB page's 14, where most hits
    repeat their near surroundings and few their wide ones). The stretches are grouped
    by stem, length and the bytes about their middle — what equal stretches share — and
    a group's stretches are copied and hashed only once a second one joins it."""

    def __init__(self, data: bytes, span: int):
        self.data = data
        self.span = span
        self.first: dict[tuple[int, int, bytes], int] = {}
        """Per group, where its first hit lies (its stretch not copied yet)."""
        self.stretches: dict[tuple[int, int, bytes], set[bytes]] = {}
        """Per group of two hits or more, their stretches."""

    def _group(self, sid: int, lo: int, hi: int) -> tuple[int, int, bytes]:
        mid = lo + ((hi - lo) >> 1)
        return (sid, hi - lo, self.data[max(lo, mid - _MIDDLE):min(hi, mid + _MIDDLE)])

    def add(self, sid: int, at: int) -> bool:
        """Notes the surroundings of stem `sid`'s hit ending at `at`; whether the same
        bytes were noted before (for that stem)."""
        data, span = self.data, self.span
        lo = at - span
        if lo < 0:
            lo = 0
        hi = at + span
        if hi > len(data):
            hi = len(data)
        key = self._group(sid, lo, hi)
        first = self.first.get(key)
        if first is None:
            self.first[key] = at
            return False
        got = self.stretches.get(key)
        if got is None:
            got = self.stretches[key] = {data[max(0, first - span):first + span]}
        stretch = data[lo:hi]
        if stretch in got:
            return True
        got.add(stretch)
        return False


class Matcher:
    """One text's class hits and rule matches (byte offsets in `data`)."""

    def __init__(self, lex: Lexicon, data: bytes):
        self.lex = lex
        self.plan = _plan(lex)
        self.data = data
        self.entry_ends: dict[int, list[int]] | None = None
        """Where each window-searched entry may end (`_WindowEntries`), found at the
        first such search."""
        self.unsure: frozenset[int] | None = None
        """Entries searched whatever `entry_ends` says (None: all of them)."""
        self.exact_ends: Any = None
        """Where each window-searched entry's `exact_form` ends (`_WindowEntries.exact`),
        found at the first window search: a window holding none is not searched. The
        C handler's `Ends` (`Hits.by_id`: `ei in ends`, `ends.within(ei, lo, hi)`), an
        empty dict when they are not known."""
        self.exact_unsure: frozenset[int] | None = None
        """Entries whose windows `exact_ends` does not decide (None: all of them)."""
        self.reach: dict[int, int] = {}
        """`_WindowEntries.reach`, once `exact_ends` are known."""
        self.marks: dict[str, list[tuple[int, int]]] | None = None
        """Each marked language's function words in the text, (end, start) in order of
        their ends (found at the first look for one)."""
        self.spaced = data.translate(SPACES)
        """What the stems are looked for in (see `SPACES`)."""
        self.spans: dict[int, set[int]] = {}
        """Each class's confirmed spans (`SPAN_BITS`)."""
        self.seen: set[int] = set()
        """The stem hits confirmed, as `end << _Plan.code_bits | entry code`."""
        self.pending: dict[int, list[int]] = {}
        """Second-stage stem hits not yet confirmed, per class, sorted: confirmed only for
        a rule whose every class was seen near its anchor's hit. Each is one number,
        `end << _Plan.hit_bits | stem << _Plan.code_bits | entry code` (ordered as the
        tuple (end, stem, code) would be, without a tuple per hit)."""
        self.by_start: dict[int, list[int]] = {}
        """Each class's confirmed spans, sorted (made at the first look, then kept)."""
        self.ends: dict[int, list[int]] = {}
        """Sorted ends of each class's confirmed spans (likewise)."""
        self.tails: dict[int, int] = {}
        """Where the entry's own match ends, for the confirmed spans that `_add` widened
        to the end of a word (the lowest such end of any class with that span): the
        next step of a rule may start there. An entry ending in a prefix (ar
        `ملاحظة لل` before `مساعد`) or in a space (de `du wirst jetzt `) takes in the
        next word, which would otherwise never join the class that matches it."""
        self.present: set[str] = set(self.plan.unmarked)
        """The languages whose rules may match: those without function-word markers, and
        those whose markers occur."""
        self.blocked, self.live = self.plan.gate(scripts(data))
        """The class rules that cannot match this text (they need characters it lacks),
        and the classes the others use (`_Plan.gate`)."""
        native = NATIVE
        self.native: Any = native if native is not None and self.plan.packer is not None \
            else None
        """The C hit handler's module (`NATIVE`), or None: hits collected in Python."""
        self.own_scan: bool = LIBHS and self.native is not None and hasattr(
            self.native, "Database")
        """Whether databases with a twin are scanned by `_hsmatch` (`LIBHS`)."""
        if self.own_scan and self.plan.uses < TWINS_AFTER:
            self.plan.uses += 1
            if self.plan.uses == TWINS_AFTER:
                start_twins(lex)

    def _view(self, lo: int, hi: int) -> bytes:
        return self.spaced[lo:hi] if lo or hi < len(self.data) else self.spaced

    def _scan(self, database: Any, lo: int, hi: int, out: list[tuple[int, int]]) -> None:
        native = self.native
        twin = _twin(database) if self.own_scan else None
        if twin is not None:
            hits = native.Hits()
            twin.scan(self.spaced, scratch(twin), hits, lo, hi)
            out.extend(hits.pairs())
            return
        if native is not None:
            hits = native.Hits()
            hits.offset = lo
            database.scan(self._view(lo, hi), match_event_handler=hits,
                          scratch=scratch(database))
            out.extend(hits.pairs())
            return
        append = out.append
        if lo:
            def on(sid: int, start: int, end: int, flags: int, context: object) -> None:
                append((sid, end + lo))
        else:
            def on(sid: int, start: int, end: int, flags: int, context: object) -> None:
                append((sid, end))
        database.scan(self._view(lo, hi), match_event_handler=on, scratch=scratch(database))

    def _scan_distinct(self, database: Any, out: list[tuple[int, int]],
                       present: set[str]) -> bool:
        """The anchor stems of a long text, block by block, each distinct block once: a
        block whose bytes and surroundings repeat an earlier block's (a flood of one
        phrase) is skipped (see `CHUNKED_FROM`); the languages whose function words occur
        go to `present`. False, doing nothing, for a text too short to need it."""
        lex, data = self.lex, self.spaced
        size = len(data)
        if size < CHUNKED_FROM or max(lex.stem_len, default=0) >= _OVERLAP:
            return False
        first = len(lex.stems) + len(lex.rules)
        if lex.marked:
            markers = _markers(lex)
            if markers is None:
                return False

            def mark(i: int, start: int, end: int, flags: int, context: object) -> None:
                present.add(lex.marked[i])
            markers.scan(data, match_event_handler=mark, scratch=scratch(markers))
        span = _repeat_span(lex)
        blocks: set[bytes] = set()
        got: list[tuple[int, int]] = []
        for lo in range(0, size, _BLOCK):
            hi = min(size, lo + _BLOCK)
            key = data[max(0, lo - _OVERLAP - span):hi + _OVERLAP + span]
            if lo and key in blocks:
                continue
            blocks.add(key)
            got.clear()
            # From a stem's length before the block (a stem ending in it) to a few bytes
            # after (what follows a stem's end decides a word boundary there).
            self._scan(database, max(0, lo - _OVERLAP), min(size, hi + 8), got)
            out.extend(h for h in got if (lo < h[1] or not lo) and h[1] <= hi and h[0] < first)
        return True

    def _confirm(self, sid: int, code: int, end: int) -> None:
        """One stem hit checked by its entry's expression: at the one place the entry
        starts when the stem opens it, else in a window around it."""
        key = end << self.plan.code_bits | code
        seen = self.seen
        if key in seen:
            return
        seen.add(key)
        plan = self.plan
        ei = code >> 1
        regex = plan.regexes[ei]
        if regex is None:
            regex = plan.regex(ei)
        data = self.data
        if code & 1:
            m = regex.match(data, end - plan.stem_len[sid])
            if m is not None:
                self._add(plan.entry_cls[ei], m.start(), m.end())
            return
        width = plan.entry_width[ei]
        lo = end - width - 1
        if lo < 0:
            lo = 0
        hi = end + width + 1
        if hi > len(data):
            hi = len(data)
        exact = self.exact_ends
        if exact is None:
            exact = self._load_exact()
        sure = self.exact_unsure
        if sure is None:
            self._search_gated(ei, regex, lo, hi)
            return
        if ei not in sure and not exact.within(ei, lo, hi):
            # No end of the entry's form without its assertions in the window: nothing
            # there the search could find.
            return
        found: list[int] = []
        for m in regex.finditer(data, lo, hi):
            a, b = m.span()
            if b > a:
                found.append(a)
                found.append(b)
        if not found:
            return
        # What the search finds is what it found when `entry_ends` gated the windows
        # (`_search_gated`), as long as that gate was open: it was, when a match ends
        # far enough before the window's end that its assertions read nothing the
        # window cut off (a match of the whole text, so a prefilter end); else ask it.
        r = self.reach.get(ei, -1)
        if (r < 0 or found[1] + r > hi) and not self._may_end(ei, lo, hi):
            return
        cls = plan.entry_cls[ei]
        for k in range(0, len(found), 2):
            self._add(cls, found[k], found[k + 1])

    def _search_gated(self, ei: int, regex: re.Pattern[bytes], lo: int, hi: int) -> None:
        """Entry `ei` searched in lo..hi when the prefilter's ends (`entry_ends`) leave
        the window open."""
        ends = self.entry_ends
        unsure = self.unsure
        if ends is not None and unsure is not None:
            # `_may_end`, inline (the usual case once the ends are known).
            got = ends.get(ei)
            if got is None:
                if ei not in unsure:
                    return
            else:
                i = _after(got, lo)
                if i >= len(got) or got[i] > hi:
                    return
        elif not self._may_end(ei, lo, hi):
            return
        cls = self.plan.entry_cls[ei]
        for m in regex.finditer(self.data, lo, hi):
            a, b = m.span()
            if b > a:
                self._add(cls, a, b)

    def _marked(self, lang: str, marker: re.Pattern[bytes], lo: int, hi: int) -> bool:
        """Whether `marker` (language `lang`'s function words) matches within lo..hi:
        `marker.search(data, lo, hi)`, answered from one scan of the text."""
        marks = self.marks
        if marks is None:
            marks = self.marks = {}
            found = _window_entries_made(self.lex)
            if found is not None and found.markers is not None:
                marked = self.lex.marked

                def on(i: int, start: int, end: int, flags: int, context: object) -> None:
                    got = marks.get(marked[i])
                    if got is None:
                        marks[marked[i]] = [(end, start)]
                    else:
                        got.append((end, start))
                found.markers.scan(self.data, match_event_handler=on,
                                   scratch=scratch(found.markers))
            else:
                marks[""] = []  # no database: search
        if "" in marks:
            return marker.search(self.data, lo, hi) is not None
        got = marks.get(lang)
        if not got:
            return False
        i = bisect.bisect_right(got, (lo, 1 << 62))
        while i < len(got) and got[i][0] <= hi:
            if got[i][1] >= lo:
                return True
            # Its leftmost start lies before lo; a shorter word may end there too.
            if marker.search(self.data, lo, got[i][0]) is not None:
                return True
            i += 1
        return False

    def _load_ends(self) -> dict[int, list[int]]:
        """Where each window-searched entry may end in the text (`entry_ends`, found
        once); `unsure` stays None when they are not known (no database, or a text too
        dense with them): every window is then searched."""
        found = _window_entries_made(self.lex)
        if found is None:
            self.entry_ends = {}
            return self.entry_ends
        ends = self._ends_in(found.database, len(self.data) // 16 + 64)
        if ends is None:
            # A text dense with such ends (a flood of one phrase) is searched as
            # before: the lookups would cost more than the searches they spare.
            self.entry_ends = {}
            return self.entry_ends
        self.entry_ends = ends
        self.unsure = found.unsure
        return ends

    def _load_exact(self) -> Any:
        """Where each window-searched entry's `exact_form` ends in the text
        (`exact_ends`, found once); `exact_unsure` stays None when they are not known
        (no database, or a text too dense with them): `entry_ends` decides then."""
        found = _window_entries_made(self.lex)
        ends = None
        # Only the twin's scan (the system's libhs): the binding's library misses some
        # ends of these expressions (`a[\t\n\x0b\x0c\r\x20]{1,3}…link` in a text with
        # a line break before `a link`), and a missed end would skip a window holding a
        # match. Until the twin is made, the prefilter's ends gate the windows.
        twin = _twin(found.exact) if found is not None and found.exact is not None \
            and self.own_scan else None
        if twin is not None:
            hits = self.native.Hits(len(self.data) // 2 + 256)
            if not twin.scan(self.data, scratch(twin), hits):
                ends = hits.by_id()
        if ends is None:
            self.exact_ends = {}
            return self.exact_ends
        self.exact_ends = ends
        assert found is not None and found.reach is not None
        self.exact_unsure = found.exact_unsure
        self.reach = found.reach
        return ends

    def _ends_in(self, database: Any, budget: int) -> dict[int, list[int]] | None:
        """Each id's ends in the text, in order; None when there are more than
        `budget` (the scan stops there)."""
        twin = _twin(database) if self.own_scan else None
        if twin is not None:
            hits = self.native.Hits(budget)
            if twin.scan(self.data, scratch(twin), hits):
                return None
            got: dict[int, list[int]] = hits.ends_by_id()
            return got
        if self.native is not None:
            hits = self.native.Hits(budget)
            try:
                database.scan(self.data, match_event_handler=hits,
                              scratch=scratch(database))
            except _hs.ScanTerminated:
                return None
            got = hits.ends_by_id()
            return got
        ends: dict[int, list[int]] = {}
        left = [budget]

        def on(eid: int, start: int, end: int, flags: int, context: object) -> bool:
            got = ends.get(eid)
            if got is None:
                ends[eid] = [end]
            else:
                got.append(end)
            left[0] -= 1
            return left[0] < 0
        try:
            database.scan(self.data, match_event_handler=on, scratch=scratch(database))
        except _hs.ScanTerminated:
            return None
        return ends

    def _may_end(self, entry: int, lo: int, hi: int) -> bool:
        """Whether a match of `entry` may end in lo+1..hi (see `_WindowEntries`)."""
        ends = self.entry_ends
        if ends is None:
            ends = self._load_ends()
        unsure = self.unsure
        if unsure is None:  # no database: search
            return True
        got = ends.get(entry)
        if got is None:
            return entry in unsure
        i = _after(got, lo)
        return i < len(got) and got[i] <= hi

    def _add(self, cls: int, start: int, end: int) -> None:
        data = self.data
        stop = _word_end(data, end) if end and data[end - 1] < 0xe0 else end
        if cls in self.plan.calls and (data[stop:stop + 1] == b"(" or (
                start and data[start - 1:start] in (b".", b"_"))):
            # `mailer.send(`, `envoyerRapport(`: a function named after the verb, not an order.
            return
        span = start << SPAN_BITS | stop
        if stop != end:
            tails = self.tails
            low = tails.get(span)
            if low is None or end < low:
                tails[span] = end
        got = self.spans.get(cls)
        if got is None:
            got = self.spans[cls] = set()
        elif span in got:
            return
        got.add(span)
        # The sorted copies grow with the set (sorting them again at each look made a
        # text confirming hits window after window quadratic).
        hits = self.by_start.get(cls)
        if hits is not None:
            hits.insert(_after(hits, span), span)
        ends = self.ends.get(cls)
        if ends is not None:
            ends.insert(_after(ends, stop), stop)

    def first_stage(self) -> dict[int, int]:
        """Anchor classes over the whole text; the universal rules found, with where
        their first match ends."""
        found: list[tuple[int, int]] = []
        lex = self.lex
        raw: dict[int, int] = {}

        twin = _twin(lex.universal) if self.own_scan else None
        if twin is not None:
            hits = self.native.Hits()
            twin.scan(self.data, scratch(twin), hits)
            for rid, end in hits.pairs():
                raw[rid] = end
        else:
            def on(rid: int, start: int, end: int, flags: int, context: object) -> None:
                raw[rid] = end
            lex.universal.scan(self.data, match_event_handler=on,
                               scratch=scratch(lex.universal))
        n, m = len(lex.stems), len(lex.stems) + len(lex.rules)
        present = self.present
        if not self._scan_distinct(lex.anchors, found, present):
            self._scan(lex.anchors, 0, len(self.data), found)
            for sid, _ in found:
                if sid >= m:
                    present.add(lex.marked[sid - m])
        data = self.data
        near: dict[tuple[int, bytes], int] = {}
        looked: _Looked | None = None
        codes_of = self.plan.codes
        todo: dict[int, tuple[int, ...]] = {}
        for k, (sid, end) in enumerate(found):
            if sid < n:
                if k >= REPEATS_FROM:
                    # A text this full of stems: a stem whose surroundings repeat a
                    # stretch already looked at is not looked at again (see REPEATS_FROM).
                    # The wide surroundings are compared only where the near ones repeat.
                    first = near.setdefault(
                        (sid, data[max(0, end - _SMALL_SPAN):end + _SMALL_SPAN]), end)
                    if first != end:
                        if looked is None:
                            looked = _Looked(data, _repeat_span(lex))
                        if first >= 0:
                            looked.add(sid, first)
                            near[(sid, data[max(0, end - _SMALL_SPAN):end + _SMALL_SPAN])] = -1
                        if looked.add(sid, end):
                            continue
                codes = todo.get(sid)
                if codes is None:
                    codes = todo[sid] = self._live_codes(codes_of[sid], present)
                for code in codes:
                    self._confirm(sid, code, end)
        return raw

    def _live_codes(self, codes: tuple[tuple[int, int, str], ...], present: set[str]
                    ) -> tuple[int, ...]:
        """The entry codes of one anchor stem worth confirming at its hits: those of the
        languages present and of the classes a rule the text can match uses (`gate`),
        less the window-searched entries with no possible end anywhere in the text
        (their search would find nothing, see `_may_end`)."""
        alive, cls = self.live, self.plan.entry_cls
        live = [(code, ei) for code, ei, lang in codes if lang in present and cls[ei] in alive]
        if not any(code & 1 == 0 for code, _ in live):
            return tuple(code for code, _ in live)
        exact = self.exact_ends
        if exact is None:
            exact = self._load_exact()
        sure = self.exact_unsure
        if sure is not None:
            # An entry whose form without its assertions ends nowhere in the text
            # matches nowhere in it.
            return tuple(code for code, ei in live if code & 1 or ei in exact or ei in sure)
        ends = self.entry_ends
        if ends is None:
            ends = self._load_ends()
        unsure = self.unsure
        if unsure is None:
            return tuple(code for code, _ in live)
        return tuple(code for code, ei in live if code & 1 or ei in ends or ei in unsure)

    def second_stage(self, languages: frozenset[str]) -> list[int]:
        """The other classes of each language with anchor hits, in windows around them;
        returns the class rules to evaluate."""
        lex = self.lex
        windows: dict[str, list[tuple[int, int]]] = {}
        todo: list[int] = []
        anchored, present, blocked = self.plan.anchored, self.present, self.blocked
        for ci, spans in list(self.spans.items()):
            if ci not in anchored:
                continue
            lang = lex.lang_of[ci]
            marker = lex.markers.get(lang)
            if marker is not None:
                # Latin-script languages share stems: a hit counts for this language only
                # with one of its function words nearby.
                spans = {x for x in spans if self._marked(
                    lang, marker, max(0, (x >> SPAN_BITS) - 160), (x & _END) + 160)}
                self.by_start.pop(ci, None)
                self.ends.pop(ci, None)
                if not spans:
                    del self.spans[ci]
                    continue
                self.spans[ci] = spans
            reach: dict[str, int] = {}
            for ri, rlang, rreach in anchored[ci]:
                if rlang in languages and rlang in present and ri not in blocked:
                    todo.append(ri)
                    if reach.get(rlang, -1) < rreach:
                        reach[rlang] = rreach
            for lang, r in reach.items():
                windows.setdefault(lang, []).extend(
                    ((x >> SPAN_BITS) - r, (x & _END) + r) for x in spans)
        pending = self.pending
        hit_bits, code_bits = self.plan.hit_bits, self.plan.code_bits
        native = self.native
        if native is not None:
            hits = native.Hits()
            for lang, around in windows.items():
                database = lex.common.get(lang)
                if database is not None:
                    twin = _twin(database) if self.own_scan else None
                    if twin is not None:
                        space = scratch(twin)
                        for lo, hi in _merge(around, len(self.data)):
                            twin.scan(self.spaced, space, hits, lo, hi)
                        continue
                    for lo, hi in _merge(around, len(self.data)):
                        hits.offset = lo
                        database.scan(self._view(lo, hi), match_event_handler=hits,
                                      scratch=scratch(database))
            # Sorted in C, before the numbers become ints.
            self.plan.packer.pack_sorted(hits, hit_bits, code_bits, pending)
        else:
            found: list[tuple[int, int]] = []
            for lang, around in windows.items():
                database = lex.common.get(lang)
                if database is not None:
                    for lo, hi in _merge(around, len(self.data)):
                        self._scan(database, lo, hi, found)
            by_class = self.plan.by_class
            for sid, end in found:
                hit = end << hit_bits | sid << code_bits
                for cls, code in by_class[sid]:
                    got = pending.get(cls)
                    if got is None:
                        pending[cls] = [hit | code]
                    else:
                        got.append(hit | code)
            for got in pending.values():
                got.sort()
        return list(dict.fromkeys(todo))

    def _near(self, c: int, lo: int, hi: int) -> bool:
        """Whether class `c` has a hit (confirmed or not) ending in lo..hi."""
        got = self.spans.get(c)
        if got:
            ends = self.ends.get(c)
            if ends is None:
                ends = self.ends[c] = sorted([x & _END for x in got])
            i = _at_least(ends, lo)
            if i < len(ends) and ends[i] <= hi:
                return True
        hits = self.pending.get(c)
        if not hits:
            return False
        shift = self.plan.hit_bits
        i = _at_least(hits, lo << shift)
        return i < len(hits) and hits[i] >> shift <= hi

    def _sorted(self, c: int) -> list[int]:
        hits = self.by_start.get(c)
        if hits is None:
            hits = self.by_start[c] = sorted(self.spans.get(c, ()))
        return hits

    def matches(self, rule: Rule, limit: int) -> list[tuple[int, int]]:
        """Where `rule`'s classes follow each other within its gaps (the first `limit`,
        anchor hit by anchor hit, so that a text flooded with matches costs little)."""
        spans, pending = self.spans, self.pending
        needs: tuple[frozenset[int], ...] = rule.needs
        for need in needs:
            if not any(c in spans or c in pending for c in need):
                return []
        r: int = rule.reach
        anchor: int = rule.anchor
        out: set[tuple[int, int]] = set()
        seen = self.seen
        bits, shift = self.plan.code_bits, self.plan.hit_bits
        mask = (1 << bits) - 1
        for x in self._sorted(anchor):
            lo, hi = (x >> SPAN_BITS) - r, (x & _END) + r + 64
            for need in needs:
                for c in need:
                    if self._near(c, lo, hi):
                        break
                else:
                    break
            else:
                for need in needs:
                    for c in need:
                        hits = pending.get(c)
                        if not hits:
                            continue
                        i = _at_least(hits, lo << shift)
                        size = len(hits)
                        while i < size:
                            hit = hits[i]
                            end = hit >> shift
                            if end > hi:
                                break
                            code = hit & mask
                            if (end << bits | code) not in seen:
                                self._confirm((hit >> bits) & ((1 << (shift - bits)) - 1),
                                              code, end)
                            i += 1
                # A class every order needs with no confirmed hit starting in the window
                # leaves that step's list empty in every order: no chain to look for.
                if self._each_starts_in(needs, lo, hi):
                    self._chain_at(rule, lo, hi, limit, out)
                    if len(out) >= limit:
                        break
        return sorted(out)[:limit]

    def _each_starts_in(self, needs: tuple[frozenset[int], ...], lo: int, hi: int) -> bool:
        """Whether each need has a class with a confirmed hit starting in lo..hi."""
        for need in needs:
            for c in need:
                hits = self._sorted(c)
                i = _at_least(hits, lo << SPAN_BITS)
                if i < len(hits) and hits[i] >> SPAN_BITS <= hi:
                    break
            else:
                return False
        return True

    def _chain_at(self, rule: Rule, lo: int, hi: int, limit: int,
                  out: set[tuple[int, int]]) -> None:
        """The matches of `rule` among the confirmed spans starting in lo..hi."""
        local: dict[int, list[int]] = {}
        for steps in rule.orders:
            lists = []
            for step in steps:
                classes: tuple[int, ...] = step.classes
                if len(classes) == 1:
                    c = classes[0]
                    got = local.get(c)
                    if got is None:
                        got = local[c] = _window(self._sorted(c), lo, hi)
                else:
                    got = sorted(x for c in classes for x in _window(self._sorted(c), lo, hi))
                if not got:
                    break
                lists.append(got)
            else:
                out.update(_chains(steps, lists, limit, self.data,
                                   CLAUSE_ENDS.get(rule.clause), self.tails))


_CALL_VERBS = ("sendv", "collectv", "exv", "embedv")
"""The verb classes whose words name functions in code (`send(…)`, `obj.export(…)`,
`read_secret()`): a hit followed by a call's parenthesis or following a `.` or `_` is no
verb of a sentence."""
_CALL_CLASSES: dict[int, tuple[Lexicon, frozenset[int]]] = {}
"""Per lexicon (kept, so that its id is not reused): its `_CALL_VERBS` classes."""


def _calls(lex: Lexicon) -> frozenset[int]:
    """The indices of `lex`'s `_CALL_VERBS` classes in every language."""
    got = _CALL_CLASSES.get(id(lex))
    if got is None:
        got = _CALL_CLASSES[id(lex)] = (lex, frozenset(
            i for i, name in enumerate(lex.classes) if name.rsplit(".", 1)[-1] in _CALL_VERBS))
    return got[1]


def _at_least(hits: list[int], x: int) -> int:
    """The index of the first of `hits` (sorted) not below `x`: `bisect.bisect_left`,
    written out so that the compiled build compares the numbers unboxed (it runs at
    every look-up of a hit near another)."""
    lo, hi = 0, len(hits)
    while lo < hi:
        mid = (lo + hi) >> 1
        if hits[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _after(hits: list[int], x: int) -> int:
    """The index of the first of `hits` (sorted) above `x` (`bisect.bisect_right`)."""
    lo, hi = 0, len(hits)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < hits[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _window(hits: list[int], lo: int, hi: int) -> list[int]:
    """The spans starting in lo..hi (`hits` sorted)."""
    return hits[_at_least(hits, lo << SPAN_BITS):
                _at_least(hits, (hi + 1) << SPAN_BITS)]


def _merge(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        lo, hi = max(0, lo), min(size, hi)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _chains(steps: tuple[Step, ...], lists: list[list[int]],
            limit: int, data: bytes = b"", clause: re.Pattern[bytes] | None = None,
            tails: dict[int, int] | None = None) -> list[tuple[int, int]]:
    """Matches of one order of classes, given each step's hits sorted: a hit of each
    step starting at most its gap after the previous hit's end — from where the
    previous entry's own match ended, if `tails` has its span widened past it — (and,
    with `clause`, no end of a sentence or line in `data` between them). Returns
    (start, end) pairs."""
    out = []
    if tails is None:
        tails = {}
    for x in lists[0]:
        end = _extend(steps, lists, 1, x, data, clause, tails)
        if end is not None:
            out.append((x >> SPAN_BITS, end))
            if len(out) >= limit:
                break
    return out


def _extend(steps: tuple[Step, ...], lists: list[list[int]], k: int, last: int,
            data: bytes, clause: re.Pattern[bytes] | None, tails: dict[int, int]
            ) -> int | None:
    """Where a chain whose step k-1 is the span `last` ends, taking steps k on
    (`_chains`); None if it cannot be finished."""
    end: int = last & _END
    if k == len(lists):
        return end
    hits = lists[k]
    gap: int = steps[k].gap
    start: int = tails.get(last, end) if tails else end
    i = _at_least(hits, start << SPAN_BITS)  # the first hit starting at `start` or later
    while i < len(hits) and hits[i] >> SPAN_BITS <= end + gap:
        if clause is not None and clause.search(data, start, hits[i] >> SPAN_BITS):
            i += 1
            continue
        got = _extend(steps, lists, k + 1, hits[i], data, clause, tails)
        if got is not None:
            # A step inside the previous one's word tail may end before it.
            return got if got >= end else end
        i += 1
    return None
