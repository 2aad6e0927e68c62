"""Which of many words occur in a text, in one native pass.

Guards ask of every text whether it holds any of a few dozen (or a few thousand) words
before doing the work those words call for: the `pii` guard's "date of birth" and
"passport", the `toxicity` lexicon. Asking with `word in text` costs a pass over the text
per word (about a microsecond per kilobyte each in CPython); these compile the words once
and answer for all of them in one pass.

- `LiteralSet(words).found(text)`: the words that occur in `text.lower()`, exactly
  (Hyperscan: ASCII text is scanned as it is, case-insensitively; other text lower-cased
  and encoded as UTF-8, where a substring is still a substring). Without Hyperscan,
  substring searches.
- `WordGate(phrases).any(text)`: whether some phrase occurs in `text.lower()` as whole
  words: not glued to an ASCII letter or digit on either side, the spaces inside a phrase
  standing for any run of characters other than ASCII letters and digits. A superset of
  whole-word matching under any tokenisation that never splits a run of ASCII letters
  and digits and splits on spaces and punctuation, for callers that confirm what it lets
  through. One RE2 regular expression (a DFA: linear, no backtracking; Hyperscan takes
  seconds to compile a few thousand patterns with word edges, RE2 milliseconds). Without
  RE2 every text is let through.
- `CharSets(*sets).found(text)`: which sets of characters `text` has a character of, in
  one Hyperscan pass over its UTF-8 (Python's `re` tries a pattern led by a character
  class at every position). Without Hyperscan, one regex search a set.
- `Triggers(*patterns)`: which of a few byte patterns match a text (`found`) and where
  their matches end (`ends`), in one Hyperscan pass over its Latin-1 bytes (other
  characters read as `?`). For the "is there anything to do here" questions that would
  otherwise cost a pass each (or a class-led regex stepping through every character).
  Without Hyperscan (or past a limit of match ends in one text) every pattern is
  reported as matching, at no place (`ends` None): callers then do the full work, as if
  each trigger were there.

Each is scanned by `_hsmatch` (the matcher's own scan linked to the system's libhs: hits
kept in C, no Python call per hit, ~0.2 us for a short text against the binding's ~1 us,
and none of the ends the binding's library misses: see `hscache`) when it is built, else
by the `hyperscan` binding.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any

from secproxy.guards import hscache

_hs: Any
try:  # Hyperscan is optional: substring searches stand in for it elsewhere
    import hyperscan as _hs
except ImportError:  # pragma: no cover - depends on the platform
    _hs = None
_native: Any
try:
    from secproxy.guards import _hsmatch as _native
except ImportError:  # built without libhs's headers: the binding scans
    _native = None
_re2: Any
try:  # RE2 is optional: without it the gate lets every text through
    import re2

    _re2 = re2
except ImportError:  # pragma: no cover - depends on the platform
    _re2 = None

_EDGE = rb"[^a-z0-9]"
"""Not an ASCII letter or digit (the gate's texts are lower-cased)."""
_GATE_MEMORY = 64 << 20
"""RE2's memory for the gate's DFA: a lexicon of a few thousand terms needs more than
the default 8 MiB to stay a DFA on long texts."""


def _escaped(word: str) -> bytes:
    """`word` for Hyperscan: its UTF-8 bytes, each written `\\xHH` (a byte there)."""
    return b"".join(b"\\x%02x" % b for b in word.encode("utf-8", "surrogatepass"))


def _checked(words: Iterable[str]) -> tuple[str, ...]:
    out = tuple(dict.fromkeys(words))
    for w in out:
        if not w.strip() or w != w.lower():
            raise ValueError(f"literal {w!r} must be non-blank and lower-case")
    return out


def _compile(expressions: list[bytes], flags: int) -> tuple[Any, bool]:
    """A block-mode database of `expressions` (ids in order, one flag set for all), and
    whether it is `_hsmatch`'s (else the binding's)."""
    ids = list(range(len(expressions)))
    if _native is not None:
        db = hscache.native(expressions, ids, [flags] * len(expressions))
        if db is not None:
            return db, True
    db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
    db.compile(expressions=expressions, ids=ids, elements=len(expressions),
               flags=[flags] * len(expressions))
    return db, False


def _scratch(local: threading.local, db: Any, native: bool) -> Any:
    """This thread's scratch space for `db` (Hyperscan scratch space is per thread)."""
    scratch = getattr(local, "scratch", None)
    if scratch is None:
        scratch = local.scratch = _native.Scratch(db) if native else _hs.Scratch(db)
    return scratch


class LiteralSet:
    """Lower-case words, compiled once; `found(text)` says which occur (see the module)."""

    __slots__ = ("_db", "_local", "_native", "_order", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words: tuple[str, ...] = _checked(words)
        self._local = threading.local()
        self._db: Any = None
        self._native = False
        # The database holds the words sorted (its hits are positions in that order):
        # the same words in another order, such as a set's, which differs from process
        # to process, are then one database, kept once in `hscache`'s cache.
        self._order = tuple(sorted(range(len(self.words)), key=self.words.__getitem__))
        if _hs is not None and self.words:
            self._db, self._native = _compile(
                [_escaped(self.words[i]) for i in self._order],
                _hs.HS_FLAG_CASELESS | _hs.HS_FLAG_SINGLEMATCH)

    def found(self, text: str) -> list[str]:
        """The words of the set in `text` (in the set's order)."""
        if not text or not self.words:
            return []
        if self._db is None:
            lower = text.lower()
            return [w for w in self.words if w in lower]
        data = (text.encode("ascii") if text.isascii()
                else text.lower().encode("utf-8", "surrogatepass"))
        scratch = _scratch(self._local, self._db, self._native)
        if self._native:
            hits = _native.Hits()
            self._db.scan(data, scratch, hits)
            if not hits:
                return []
            words, order = self.words, self._order
            return [words[i] for i in sorted(order[j] for j in hits.ends_by_id())]
        hit: list[int] = []
        self._db.scan(data, match_event_handler=lambda i, *_: hit.append(i), scratch=scratch)
        return [self.words[i] for i in sorted(self._order[j] for j in hit)]

    def any(self, text: str) -> bool:
        """Whether any word of the set is in `text`."""
        return bool(self.found(text))


class WordGate:
    """Lower-case phrases, compiled once; `any(text)` says whether one may occur as whole
    words (see the module)."""

    __slots__ = ("_rx", "phrases")

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases: tuple[str, ...] = _checked(phrases)
        self._rx: Any = None
        if _re2 is not None and self.phrases:
            gap = _EDGE + b"+"
            # RE2 reads `\\xHH` as a code point: words go as UTF-8 with punctuation
            # escaped.
            alternatives = b"|".join(gap.join(re.escape(w).encode("utf-8", "surrogatepass")
                                              for w in p.split()) for p in self.phrases)
            options = _re2.Options()
            options.max_mem = _GATE_MEMORY
            options.never_capture = True
            self._rx = _re2.compile(b"(?:^|" + _EDGE + b")(?:" + alternatives + b")(?:"
                                    + _EDGE + b"|$)", options)

    def any(self, text: str) -> bool:
        """Whether some phrase may be in `text` as whole words (True without RE2)."""
        if not text or not self.phrases:
            return False
        if self._rx is None:
            return True
        return self._rx.search(text.lower().encode("utf-8", "surrogatepass")) is not None


class CharSets:
    """Sets of characters, compiled once; `found(text)` says which sets have a character
    in `text`, in one pass (Hyperscan over the text's UTF-8). Python's `re` steps through
    a text one position at a time for a pattern led by a character class (some 10 ns a
    character: 40 us for 4 KB); a text holding none of the characters, the usual answer,
    then costs an encoding and a scan of a few microseconds. Without Hyperscan, one
    regex search a set."""

    __slots__ = ("_db", "_local", "_native", "_regexes")

    def __init__(self, *sets: Iterable[str]) -> None:
        classes = [sorted({ord(c) for c in chars}) for chars in sets]
        if not all(classes):
            raise ValueError("every character set must hold a character")
        self._local = threading.local()
        self._db: Any = None
        self._native = False
        self._regexes: list[re.Pattern[str]] = []
        if _hs is not None:
            self._db, self._native = _compile([_hs_class(cps) for cps in classes],
                                              _hs.HS_FLAG_UTF8 | _hs.HS_FLAG_SINGLEMATCH)
        else:
            self._regexes = [re.compile("[" + "".join(re.escape(chr(cp)) for cp in cps) + "]")
                             for cps in classes]

    def found(self, text: str) -> set[int]:
        """The indices of the sets with a character in `text`."""
        if self._db is None:
            return {i for i, rx in enumerate(self._regexes) if rx.search(text)}
        scratch = _scratch(self._local, self._db, self._native)
        # Valid UTF-8 for Hyperscan's UTF-8 mode: a lone surrogate (no character of any
        # set) becomes `?`.
        data = text.encode("utf-8", "replace")
        if self._native:
            hits = _native.Hits()
            self._db.scan(data, scratch, hits)
            return set(hits.ends_by_id()) if hits else set()
        hit: set[int] = set()
        self._db.scan(data, match_event_handler=lambda i, *_: hit.add(i), scratch=scratch)
        return hit


def _hs_class(cps: list[int]) -> bytes:
    """A Hyperscan UTF-8 class of the code points `cps` (sorted), as ranges."""
    out = []
    start = prev = cps[0]
    for cp in (*cps[1:], -2):
        if cp == prev + 1:
            prev = cp
            continue
        out.append(f"\\x{{{start:x}}}" if start == prev else f"\\x{{{start:x}}}-\\x{{{prev:x}}}")
        start = prev = cp
    return ("[" + "".join(out) + "]").encode()


class Triggers:
    """Byte patterns (Hyperscan syntax, ASCII), compiled once; see the module."""

    __slots__ = ("_db", "_every", "_local", "_twin", "count", "limit")

    def __init__(self, *patterns: bytes, every: Iterable[int] = (), limit: int = 1024
                 ) -> None:
        """`every`: indices of the patterns whose every match end `ends` reports (the
        others report their first only). Past `limit` ends in one text the scan stops
        and `ends` answers None, as without Hyperscan: a flood of matches costs a
        callback each, and the callers' own full search is then the cheaper way."""
        self.count = len(patterns)
        self.limit = limit
        self._every = frozenset(every)
        self._local = threading.local()
        self._db: Any = None
        self._twin: Any = None
        if _hs is not None:
            # With its `_hsmatch` twin (compiled once per machine, like the database).
            self._db, twin = hscache.build_twinned(
                list(patterns), list(range(len(patterns))),
                [0 if i in self._every else _hs.HS_FLAG_SINGLEMATCH
                 for i in range(len(patterns))], twin=True)
            self._twin = twin if _native is not None else None

    def ends(self, text: str) -> list[list[int]] | None:
        """For each pattern, where its matches in `text` end (in order); None without
        Hyperscan (every pattern may match anywhere)."""
        if self._db is None:
            return None
        data = text.encode("latin-1", "replace")
        if self._twin is not None:
            hits = _native.Hits(self.limit)
            if self._twin.scan(data, _scratch(self._local, self._twin, True), hits):
                return None
            if not hits:
                return [[] for _ in range(self.count)]
            got = hits.ends_by_id()
            return [got.get(i, []) for i in range(self.count)]
        scratch = _scratch(self._local, self._db, False)
        out: list[list[int]] = [[] for _ in range(self.count)]
        left = [self.limit]

        def on_match(i: int, _start: int, end: int, _flags: int, _ctx: object) -> bool:
            out[i].append(end)
            left[0] -= 1
            return left[0] < 0  # True stops the scan

        try:
            self._db.scan(data, match_event_handler=on_match, scratch=scratch)
        except _hs.ScanTerminated:
            return None
        return out

    def found(self, text: str) -> list[bool]:
        """For each pattern, whether it matches in `text` (all True without Hyperscan)."""
        got = self.ends(text)
        return [True] * self.count if got is None else [bool(e) for e in got]
