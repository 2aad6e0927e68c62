"""The normaliser: the views of a content that every guard scans.

The engine makes one `Normaliser` per config snapshot and hands its `views` to the guards
stage as the `Viewer`; `GuardContext.views` calls it once per slot and every guard
shares the result. The views of a text are:

- `raw`: the text as it arrived (always first);
- `fold` (`secproxy.guards.folding`): invisible characters removed, NFKC, diacritics,
  look-alike letters, markdown emphasis inside words (`ig**no**re`), a hyphen at a line
  break inside a word, punctuation noise inside words in alternating case (`ReKe_NiNg`),
  leetspeak and spaced letters (of any script: `З.а.б.у.д.ь`) undone, lowercase, with an
  index back
  to the raw characters — only when it differs from the raw text by more than case;
- `clean`: the same characters folded with their case kept (`folding.clean`) and letters
  spaced out one by one joined, for the guards of case-sensitive formats (secrets,
  PII, patterns: `AKIA…`, `ghp_…` read in the folded view are lower case), made only
  for a text that holds characters used to hide such a format (`evasive`: invisible
  ones, full-width and other compatibility forms of ASCII letters and digits,
  look-alike letters beside ASCII ones) or a spaced-out run of eight letters or more;
  the guards of words (injection, toxicity, tool abuse) read `fold` instead;
- one decoded view per encoded run (`secproxy.guards.decoding`): base64, hex, url, html,
  escape, tags, variation_selectors, rot13, carrying the span of the raw text it was
  decoded from (rot13 keeps positions, so its view maps one to one). A decoded text is
  normalised again, so nested encodings come out as `base64+url`, `url+base64+fold`…,
  down to `max_depth` decodes. Runs are also looked for in the text with its characters
  folded and its case kept (`folding.clean`), so base64 split by zero-width characters
  or written in full-width letters decodes too.

Bounds: `max_depth` decodes deep, `max_decoded_chars` decoded characters in all, at most
`max_views` views and a fixed number of decode attempts per text. Whatever the input,
`views` returns (hostile input costs time linear in its size, and never raises).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from secproxy.guards import View
from secproxy.guards.decoding import DECODERS, Budget, decode_runs, rot13_view
from secproxy.guards.folding import (
    ARABIC_MARKS,
    SPACED,
    TRIGGERS,
    Folded,
    emphasised,
    fold_and_clean,
    fold_tables,
    joined_runs,
)

__all__ = ["DECODERS", "NormaliseOptions", "NormaliseSpec", "Normaliser"]


@cache
def _evasive_chars() -> re.Pattern[str]:
    """Characters a format is hidden with (see `evasive`), as one class."""
    t = fold_tables()
    chars = set(t.lookalike) & {chr(c) for c in range(0x100, 0x10000)}
    for c, got in t.always.items():
        if ord(c) < 0x100 or ord(c) >= 0x10000:
            continue
        if got == "" and not 0x300 <= ord(c) < 0x370 and ord(c) not in ARABIC_MARKS:
            # invisible, not a diacritic (Latin or Arabic)
            chars.add(c)
        elif unicodedata.decomposition(c).startswith("<") and any(
                x.isascii() and x.isalnum() for x in got):  # full-width, circled, styled
            chars.add(c)
    body = "".join(sorted(re.escape(c) for c in chars))
    return re.compile(f"[{body}\U0001D400-\U0001D7FF\U0001F100-\U0001F1FF\U000E0000-"
                      f"\U000E007F\U000E0100-\U000E01EF]")


def evasive(text: str) -> bool:
    """Whether `text` (not ASCII) holds a character a secret or an identifier can be
    hidden with from a case-sensitive scan: an invisible one (zero-width, bidi, tags,
    variation selectors), a compatibility form of an ASCII letter or digit (full-width
    `ＡＫＩＡ`, circled, mathematical), a look-alike letter (Cyrillic `А` in `АKIА…`).
    Plain accented or non-Latin text has none: no `clean` view is made for it."""
    return _evasive_chars().search(text) is not None


def _clean_view(text: str, cleaned: Folded | None, ends: list[list[int]] | None
                ) -> View | None:
    """The `clean` view: `cleaned` (the text's characters folded, case kept) with letters
    spaced out one by one joined again (`folding.joined_runs`), mapped back to the raw
    text; None when neither applies."""
    base = cleaned.text if cleaned is not None else text
    joined = None if cleaned is None and ends is not None and not ends[SPACED] \
        else joined_runs(base)
    if joined is None:
        return None if cleaned is None else View(cleaned.text, "clean", index=cleaned.index)
    if cleaned is None:
        return View(joined[0], "clean", index=[*joined[1], len(text)])
    back = cleaned.index
    return View(joined[0], "clean", index=[*(back[i] for i in joined[1]), back[len(base)]])


class NormaliseSpec(Protocol):
    """The normaliser's settings, as the config's `guards.normalise` section has them."""

    @property
    def fold(self) -> bool: ...
    @property
    def max_depth(self) -> int: ...
    @property
    def max_decoded_chars(self) -> int: ...
    @property
    def max_views(self) -> int: ...
    @property
    def decoders(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class NormaliseOptions:
    """Settings for a normaliser made outside a config (tests, tools)."""

    fold: bool = True
    """Make the folded view."""
    max_depth: int = 3
    """Decodes deep: 1 decodes what the raw text encodes, 2 also what that encodes…"""
    max_decoded_chars: int = 256 * 1024
    """Decoded characters made for one text, all views together."""
    max_views: int = 32
    """Views of one text, the raw one included."""
    decoders: Sequence[str] = DECODERS
    """Which decoders run (`DECODERS`)."""


class Normaliser:
    """Makes the views of a text (see the module)."""

    __slots__ = ("decoders", "fold", "max_decoded_chars", "max_depth", "max_views")

    def __init__(self, settings: NormaliseSpec | None = None):
        s = settings if settings is not None else NormaliseOptions()
        unknown = set(s.decoders) - set(DECODERS)
        if unknown:
            raise ValueError(f"unknown decoders {', '.join(sorted(unknown))} "
                             f"(known: {', '.join(DECODERS)})")
        self.fold = s.fold
        self.max_depth = max(0, s.max_depth)
        self.max_decoded_chars = max(0, s.max_decoded_chars)
        self.max_views = max(1, s.max_views)
        self.decoders = frozenset(s.decoders)

    def warm(self) -> None:
        """Load the folding tables now (a few ms from the cache, ~100 ms to build) rather
        than on the first non-ASCII text."""
        fold_tables()

    def views(self, text: str) -> tuple[View, ...]:
        """The views of `text`: raw first, then folded and decoded ones."""
        raw = View(text)
        if not text:
            return (raw,)
        ends = TRIGGERS.ends(text)  # one pass: what folding and decoding have to look at
        if ends is not None and self._plain(text, ends):
            return (raw,)
        out = [raw]
        self._expand(text, out, 0, "", None, Budget(self.max_decoded_chars), [ends])
        return tuple(out)

    def _plain(self, text: str, ends: list[list[int]]) -> bool:
        """Whether `text` has nothing to fold or decode: ASCII with no
        trigger of the one pass (leetspeak, spaced letters, base64 and hex runs, rot13's
        cues) and none of the characters the other decoders start from, and no rot13
        view either. Most tool arguments and short texts: their one view is made without
        the machinery of the others (the same answer, `_expand` gives nothing for them)."""
        if not text.isascii() or "%" in text or "&" in text or "\\" in text or any(ends) or (
                emphasised(text)):
            return False
        return "rot13" not in self.decoders or self.max_depth == 0 or (
            len(text) > self.max_decoded_chars or rot13_view(text, ends) is None)

    def _expand(self, text: str, out: list[View], depth: int, how: str,
                span: tuple[int, int] | None, budget: Budget,
                scanned: list[list[list[int]] | None] | None = None) -> None:
        """Add the folded and decoded views of `text`, itself the view `how` of the raw
        span `span` (None: `text` is the raw text); `scanned`: `[TRIGGERS.ends(text)]`
        when the caller made it."""
        # one pass: what folding and decoding have to look at
        ends = TRIGGERS.ends(text) if scanned is None else scanned[0]
        folded, cleaned = fold_and_clean(text, ends)
        if self.fold and len(out) < self.max_views:
            if folded is not None:
                if span is None:
                    out.append(View(folded.text, "fold", index=folded.index))
                elif budget.take(len(folded.text)):
                    out.append(View(folded.text, f"{how}+fold", span=span))
            if span is None and len(out) < self.max_views:
                view = _clean_view(text, cleaned if cleaned is not None and evasive(text)
                                   else None, ends)
                if view is not None:
                    out.append(view)
        if depth >= self.max_depth:
            return
        seen = {text}
        self._decode(text, None, out, depth, how, span, budget, seen, ends)
        # Runs broken up by invisible characters or written in full-width letters decode
        # from the text with its characters folded (case kept), mapped back by its index.
        if cleaned is not None:
            self._decode(cleaned.text, cleaned.index, out, depth, how, span, budget, seen)

    def _decode(self, text: str, index: Sequence[int] | None, out: list[View], depth: int,
                how: str, span: tuple[int, int] | None, budget: Budget, seen: set[str],
                ends: list[list[int]] | None = None) -> None:
        """Add a view for each run `text` decodes (and their views); `index` maps
        `text`'s positions to the view's own when `text` is its cleaned form."""
        for got in decode_runs(text, self.decoders, budget, ends):
            if len(out) >= self.max_views:
                return
            if got.text in seen or (got.how == "reversed" and how.endswith("reversed")) or (
                    not budget.take(len(got.text))):
                continue  # (backwards twice is the text itself)
            seen.add(got.text)
            name = f"{how}+{got.how}" if how else got.how
            if span is not None:
                where: tuple[int, int] | None = span
            elif index is not None:
                where = (index[got.start], index[got.end])
            elif got.how == "rot13" and (got.start, got.end) == (0, len(text)):
                where = None  # same length and positions: the view maps one to one
            else:
                where = (got.start, got.end)
            out.append(View(got.text, name, span=where))
            self._expand(got.text, out, depth + 1, name, where or (0, len(text)), budget)
