"""The `encoding` family: findings for the evasion itself, category `evasion`.

The normaliser (`secproxy.guards.normalise`) lets every guard see through invisible
characters, look-alikes and encodings; this guard says that they were there, since
hiding text from a filter is a signal of its own. Kinds and their severities:

- `tag_characters` (high; critical when they spell words): Unicode tag characters, which
  draw nothing and spell ASCII to a model. Emoji subdivision flags (🏴 + `gbeng` + cancel)
  are not findings.
- `bidi_control` (high for overrides, which reorder what is shown; medium for embeddings
  and isolates in text with no right-to-left letters). Direction marks in Arabic or
  Hebrew text, and isolates there, are not findings.
- `zero_width` (medium; high from three on): invisible characters inside words. A
  joiner in an emoji sequence or in Persian or Indic text, a BOM at the start, are not.
- `variation_selectors` (high): runs of selectors that spell bytes.
- `homoglyphs` (medium; high from three words): words mixing Latin letters with
  look-alikes from other scripts (`pаypal` with a Cyrillic `а`), or made only of
  look-alikes in mostly Latin text. A Greek letter after an acronym (`TNFα`) and the
  micro sign are not.
- `spaced_letters` (low), `leetspeak` (low; not reported unless listed in `kinds`).
- `base64_payload`, `hex_payload` (low for a short token, medium for text): encoded runs
  that decode to readable text. Images, hashes, keys and UUIDs do not decode to text;
  JWTs, `Basic` credentials and `data:` URIs declare their encoding and are not findings.
- `url_encoded`, `html_entities`, `unicode_escapes` (medium): at least `min_encoded`
  ASCII letters or digits encoded, which no encoder needs to do (`%69gnore`). A URL with
  `%20`, UTF-8 in a path, `&amp;`, `\\u00e9` in JSON are not findings.
- `rot13` (medium), `nested_encoding` (high: an encoding inside another).

Settings: `kinds` (the kinds reported; default all but `leetspeak`) and `min_encoded`
(default 3).

Default action: `log` (`registry.DEFAULT_ACTIONS`). An encoding is evidence, not harm:
the guards that judge what the text says read the decoded views and block on their own
findings. For a stricter stance, add a second guard of this family with
`kinds: [tag_characters, bidi_control, variation_selectors]` and `action: block`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from secproxy.content import Slot
from secproxy.guards import BaseGuard, GuardContext, GuardSettingsError, Hit, View
from secproxy.guards.folding import (
    BIDI_CONTROLS,
    BIDI_MARKS,
    ZERO_WIDTH,
    fold_tables,
    has_astral,
    leet_tokens,
    mixed_script_words,
    spaced_runs,
)
from secproxy.model import Severity

KINDS = ("tag_characters", "bidi_control", "zero_width", "variation_selectors", "homoglyphs",
         "spaced_letters", "leetspeak", "base64_payload", "hex_payload", "url_encoded",
         "html_entities", "unicode_escapes", "rot13", "nested_encoding")
DEFAULT_KINDS = tuple(k for k in KINDS if k != "leetspeak")
CATEGORY = "evasion"

Found = tuple[str, tuple[int, int], Severity, str]
"""(kind, span, severity, message)."""

_INVISIBLE = re.compile("[" + "".join(c for c in ZERO_WIDTH if ord(c) < 0x10000)
                        + BIDI_MARKS + BIDI_CONTROLS + "]+")
_TAG_RUN = re.compile("[\U000e0000-\U000e007f]+")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_OVERRIDES = frozenset("\u202d\u202e")
_JOINERS = frozenset("\u200c\u200d\u200e\u200f\u061c")
_ALNUM_PCT = re.compile(r"%(?:3[0-9]|4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa])")
_NUMERIC_ENTITY = re.compile(r"&#(?:([0-9]{1,8})|[xX]([0-9A-Fa-f]{1,7}));?")
_ESCAPE = re.compile(r"\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2}))")
_FLAG = "\U0001f3f4"
_MAX_PER_KIND = 20
"""Hits of one kind in one slot: past that, one more would tell nothing new."""


def _ascii_alnum(cp: int) -> bool:
    return 0x30 <= cp <= 0x39 or 0x41 <= cp <= 0x5A or 0x61 <= cp <= 0x7A


def _word(text: str, start: int, end: int) -> tuple[int, int]:
    """`start:end` widened to the word around it (bounded)."""
    while start > 0 and end - start < 128 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and end - start < 128 and not text[end].isspace():
        end += 1
    return start, end


def invisible(text: str) -> Iterator[Found]:
    """Zero-width characters inside words, bidi controls and tag characters."""
    rtl = None
    hidden = 0
    words: list[tuple[int, int]] = []
    for m in _INVISIBLE.finditer(text):
        run, start, end = m.group(), m.start(), m.end()
        controls = [c for c in run if c in BIDI_CONTROLS]
        if controls:
            if rtl is None:
                rtl = _RTL.search(text) is not None
            if any(c in _OVERRIDES for c in controls):
                yield ("bidi_control", (start, end), Severity.HIGH,
                       "bidi override reorders the text shown")
            elif not rtl:
                yield ("bidi_control", (start, end), Severity.MEDIUM,
                       "bidi embedding or isolate in text with no right-to-left letters")
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not start and run == "\ufeff":
            continue
        near_ascii = (before.isascii() and before.isalnum()) or (after.isascii()
                                                                 and after.isalnum())
        splits = [c for c in run if c not in BIDI_CONTROLS and (
            near_ascii if c in _JOINERS else (before.isalnum() or after.isalnum()))]
        if splits:
            hidden += len(splits)
            span = _word(text, start, end)
            if not words or words[-1] != span:
                words.append(span)
    severity = Severity.HIGH if hidden >= 3 else Severity.MEDIUM
    for span in words[:_MAX_PER_KIND]:
        yield ("zero_width", span, severity, "invisible characters inside a word")
    if has_astral(text):
        for m in _TAG_RUN.finditer(text):
            run = m.group()
            spelt = "".join(chr(ord(c) - 0xE0000) for c in run if 0x20 <= ord(c) - 0xE0000 < 0x7F)
            flag = m.start() and text[m.start() - 1] == _FLAG and run[-1] == "\U000e007f" and (
                len(spelt) <= 7 and spelt.isalnum() and spelt.lower() == spelt)
            if flag:
                continue
            severity = Severity.CRITICAL if " " in spelt.strip() else Severity.HIGH
            yield ("tag_characters", m.span(), severity,
                   f"invisible tag characters spelling {len(spelt)} characters")


def homoglyphs(text: str) -> Iterator[Found]:
    """Words mixing Latin letters with look-alikes, or made of look-alikes in mostly
    Latin text."""
    if text.isascii():
        return
    tables = fold_tables()
    if tables.any_lookalike.search(text) is None:
        return
    spans = {_word(text, s, e) for s, e in mixed_script_words(text)}
    ascii_chars = len(text.encode("ascii", "ignore"))
    if ascii_chars >= 4 * (len(text) - ascii_chars):
        for m in tables.any_lookalike.finditer(text):
            spans.add(_word(text, m.start(), m.end()))
    flagged = []
    for start, end in sorted(spans):
        word = text[start:end].strip(".,;:!?\"'()[]{}<>")
        if len(word) >= 3 and _deceptive(word, tables.lookalike):
            flagged.append((start, end))
    severity = Severity.HIGH if len(flagged) >= 3 else Severity.MEDIUM
    for span in flagged[:_MAX_PER_KIND]:
        yield ("homoglyphs", span, severity, "look-alike letters from another script")


def _deceptive(word: str, lookalike: Mapping[str, str]) -> bool:
    looks = [i for i, c in enumerate(word) if c in lookalike]
    if not looks:
        return False
    latin = [c for c in word if c.isascii() and c.isalpha()]
    if not latin:
        # Only look-alikes (and other letters): deceptive when every letter is one.
        return all(c in lookalike or not c.isalpha() for c in word)
    if len(looks) >= 2:
        return True
    i = looks[0]
    left, right = word[:i], word[i + 1:]

    def lower_latin(s: str) -> bool:
        return len(s) >= 2 and s.isascii() and s.isalpha() and s.islower()

    if not left:
        return lower_latin(right[:2])  # іgnore
    if not right:
        return lower_latin(left[-2:])  # a look-alike after an acronym (TNFα) is not
    return left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and (
        right[:1].isalpha())  # inside a Latin word: pаssword


def _decoded(text: str, view: View, min_encoded: int) -> Iterator[Found]:
    parts = [p for p in view.how.split("+") if p != "fold"]
    span = view.span or (0, len(text))
    if len(parts) >= 2:
        yield ("nested_encoding", span, Severity.HIGH,
               f"nested encodings ({' then '.join(parts)})")
        return
    how = parts[0]
    run = text[span[0]:span[1]]
    before = text[max(0, span[0] - 10):span[0]]
    if how == "base64":
        if run.startswith("eyJ") or before.endswith((".", "Basic ", "base64,")) or (
                text[span[1]:span[1] + 1] == "."):
            return  # a JWT, Basic credentials or a data: URI: the encoding is declared
        words = len(view.text.split())
        yield ("base64_payload", span, Severity.MEDIUM if words >= 3 else Severity.LOW,
               f"base64 that decodes to {len(view.text)} characters of text")
    elif how == "hex":
        words = len(view.text.split())
        yield ("hex_payload", span, Severity.MEDIUM if words >= 2 else Severity.LOW,
               f"hex that decodes to {len(view.text)} characters of text")
    elif how == "url":
        n = len(_ALNUM_PCT.findall(run))
        if n >= min_encoded:
            yield ("url_encoded", span, Severity.MEDIUM,
                   f"URL-encoding of {n} letters or digits")
    elif how == "html":
        n = sum(_ascii_alnum(int(m.group(1) or m.group(2), 10 if m.group(1) else 16))
                for m in _NUMERIC_ENTITY.finditer(run))
        if n >= min_encoded:
            yield ("html_entities", span, Severity.MEDIUM,
                   f"HTML entities for {n} letters or digits")
    elif how == "escape":
        n = sum(_ascii_alnum(int(next(g for g in m.groups() if g), 16))
                for m in _ESCAPE.finditer(run))
        if n >= min_encoded:
            yield ("unicode_escapes", span, Severity.MEDIUM,
                   f"escapes for {n} letters or digits")
    elif how == "rot13":
        yield ("rot13", span, Severity.MEDIUM, "rot13 text")
    elif how == "variation_selectors":
        yield ("variation_selectors", span, Severity.HIGH,
               f"variation selectors spelling {len(view.text)} characters")


@dataclass
class EncodingGuard(BaseGuard):
    """Reports the evasion tricks in a content (see the module)."""

    family: str = "encoding"
    kinds: frozenset[str] = field(default=frozenset(DEFAULT_KINDS))
    min_encoded: int = 3

    def configure(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - {"kinds", "min_encoded"}
        if unknown:
            raise GuardSettingsError(f"family encoding takes `kinds` and `min_encoded` "
                                     f"(got {', '.join(sorted(unknown))})")
        kinds = settings.get("kinds", DEFAULT_KINDS)
        if not isinstance(kinds, list | tuple) or not all(isinstance(k, str) for k in kinds):
            raise GuardSettingsError("kinds must be a list of kind names")
        bad = sorted(set(kinds) - set(KINDS))
        if bad:
            raise GuardSettingsError(f"kinds: unknown {', '.join(bad)} (known: {', '.join(KINDS)})")
        min_encoded = settings.get("min_encoded", 3)
        if not isinstance(min_encoded, int) or isinstance(min_encoded, bool) or min_encoded < 1:
            raise GuardSettingsError("min_encoded must be a whole number of at least 1")
        self.kinds = frozenset(kinds)
        self.min_encoded = min_encoded

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        hits: dict[tuple[int, tuple[int, int], str], Hit] = {}
        for i, slot in enumerate(slots):
            text = slot.text
            if not text:
                continue
            for kind, span, severity, message in self._found(text, ctx.views(i, text)):
                if kind in self.kinds and (i, span, kind) not in hits:
                    hits[(i, span, kind)] = Hit(CATEGORY, message, severity, i, span,
                                                kind=kind)
        return list(hits.values())

    def _found(self, text: str, views: Sequence[View]) -> Iterator[Found]:
        if not text.isascii():
            yield from invisible(text)
            yield from homoglyphs(text)
        if any(v.how == "fold" for v in views):
            if "spaced_letters" in self.kinds:
                for start, end, joined, _ in spaced_runs(text):
                    if sum(c.isalpha() for c in joined) >= 6:
                        yield ("spaced_letters", (start, end), Severity.LOW,
                               f"letters spaced out: {joined[:40]!r}")
            if "leetspeak" in self.kinds:
                for start, end, letters in leet_tokens(text):
                    yield ("leetspeak", (start, end), Severity.LOW, f"leetspeak for {letters!r}")
        for view in views[1:]:
            if view.how not in ("fold", "tags"):
                yield from _decoded(text, view, self.min_encoded)
