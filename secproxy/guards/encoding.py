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
  joiner or direction mark in emoji, Persian, Indic or right-to-left text, a zero-width
  space in Thai or Japanese, a BOM at the start, a soft hyphen, are not findings.
- `variation_selectors` (high): runs of selectors that spell bytes.
- `homoglyphs` (medium; high from three words): words mixing Latin letters with
  look-alikes from other scripts (`pаypal` with a Cyrillic `а`), or made only of
  look-alikes in mostly Latin text. A Greek letter after an acronym (`TNFα`) and the
  micro sign are not.
- `styled_letters` (medium): sentences of full-width, circled or maths Latin letters,
  or code in them (full-width brackets and quotes between the letters); short
  full-width words and digits in Chinese or Japanese text are typesetting.
- `spaced_letters` (low: when the letters, with the words after them, make a payload as
  below; letter-spaced greetings and headings are typography), `leetspeak` (low; not
  reported unless listed in `kinds`).
- `base64_payload`, `base32_payload`, `hex_payload`, `binary_payload`, `morse_code`,
  `rot13`, `reversed_text` (written backwards), `url_encoded`, `html_entities`,
  `unicode_escapes` (high): encoded text that carries instructions, commands, code or
  asks for secrets, or tells someone to act on accounts, orders or security settings,
  or whose carrier asks for it to be decoded and acted on (`encoding_payloads`).
  Encoded data that says nothing of the kind (a fixture, a note, a tutorial's example, a
  rot13 spoiler, an image, a hash, a JWT, `Basic` credentials, a `data:` URI) is not
  a finding; with `payloads: all` every readable encoded text is (low). Inside a URL,
  URL-encoding counts only when it encodes ASCII letters or digits (at least
  `min_encoded`: `%69gnore`), which no encoder needs to do: a URL with `%20` or UTF-8 in
  its path, `&amp;`, `\\u00e9` in JSON are never findings.
- `nested_encoding` (high): an encoding inside another.

Settings: `kinds` (the kinds reported; default all but `leetspeak`), `min_encoded`
(default 3) and `payloads` (`risky`, the default, or `all`).

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
from secproxy.guards.encoding_payloads import ASKS_TO_DECODE, risky
from secproxy.guards.folding import (
    BIDI_CONTROLS,
    BIDI_MARKS,
    ZERO_WIDTH,
    fold_tables,
    has_astral,
    leet_tokens,
    mixed_script_words,
    spaced_runs,
    word_bounds,
)
from secproxy.guards.literals import CharSets
from secproxy.model import Severity

KINDS = ("tag_characters", "bidi_control", "zero_width", "variation_selectors", "homoglyphs",
         "styled_letters", "spaced_letters", "leetspeak", "base64_payload", "hex_payload",
         "url_encoded", "html_entities", "unicode_escapes", "rot13", "nested_encoding",
         "base32_payload", "reversed_text", "binary_payload", "morse_code")
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
_SOFT_HYPHEN = "\u00ad"
_NO_SPACES = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
"""Thai, Lao, Myanmar, Khmer, kana and CJK: scripts that write no spaces."""
_STYLED = "".join(map(chr, (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B),
                             *range(0x24B6, 0x24EA))))
"""Full-width and circled Latin letters (maths letters are astral: looked for apart)."""
_PRESENT = CharSets([c for c in ZERO_WIDTH if ord(c) < 0x10000] + list(BIDI_MARKS)
                    + list(BIDI_CONTROLS), _STYLED)
"""Whether a text has invisible characters (set 0) or styled letters (set 1): one pass
instead of two regex scans led by a character class."""
_STYLED_RUN = re.compile(
    "(?:[\uff21-\uff3a\uff41-\uff5a\u24b6-\u24e9\U0001d400-\U0001d7ff]"
    "[\\s\u3000\uff01-\uff20\uff3b-\uff40\uff5b-\uff65!-/:-@\\[-`{-~]{0,4}){8,}")
_MAX_PER_KIND = 20
"""Hits of one kind in one slot: past that, one more would tell nothing new."""
_MAX_SPACED_CHECKS = 64
"""Spaced-out runs of one slot tested for a payload (each a regex pass over ~100
characters: 3,000 of them in a 64 KB text took 300 ms)."""


def _ascii_alnum(cp: int) -> bool:
    return 0x30 <= cp <= 0x39 or 0x41 <= cp <= 0x5A or 0x61 <= cp <= 0x7A


def _word(text: str, start: int, end: int) -> tuple[int, int]:
    """`start:end` widened to the word around it (bounded: 64 characters each way, so
    that in a text with no spaces the next run falls inside it, not past it)."""
    low = max(0, start - 64)
    while start > low and not text[start - 1].isspace():
        start -= 1
    high = min(len(text), end + 64)
    while end < high and not text[end].isspace():
        end += 1
    return start, end


def invisible(text: str) -> Iterator[Found]:
    """Zero-width characters inside words, bidi controls and tag characters."""
    rtl = None
    hidden = 0
    words: list[tuple[int, int]] = []
    runs = _INVISIBLE.finditer(text) if 0 in _PRESENT.found(text) else ()
    for m in runs:
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
        # Inside a word: a joiner or direction mark between two ASCII letters (Persian,
        # Indic and emoji text join on purpose, right-to-left text marks numbers); any
        # other invisible character beside a letter or digit, except a zero-width space
        # in the scripts that write no spaces (a line-break hint there). Soft hyphens are
        # typography (they are folded away for the other guards all the same).
        latin_pair = before.isascii() and before.isalpha() and after.isascii() and (
            after.isalpha())
        splits = [c for c in run if c not in BIDI_CONTROLS and c != _SOFT_HYPHEN and (
            latin_pair if c in _JOINERS else (before.isalnum() or after.isalnum()) and not (
                c == "\u200b" and _NO_SPACES.match(before or after)))]
        if splits:
            hidden += len(splits)
            if words and start < words[-1][1]:
                continue  # inside the word (or its bounded stretch) found last
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


def styled(text: str) -> Iterator[Found]:
    """Latin text written in full-width, circled or maths letters: a sentence of them
    reads as plain text to a model and matches no filter. Full-width digits and short
    words in Chinese or Japanese text are ordinary typesetting and are not findings."""
    if 1 not in _PRESENT.found(text) and not has_astral(text):
        return
    for m in _STYLED_RUN.finditer(text):
        letters = sum(1 for c in m.group() if not c.isspace() and c.isalpha())
        words = len(m.group().replace("\u3000", " ").split())
        # Code needs no spaces: full-width brackets, quotes and slashes between the
        # letters (`＜ｓｃｒｉｐｔ＞ｆｅｔｃｈ（＇…`) make a run as readable as a sentence.
        symbols = sum(1 for c in m.group() if "\uff01" <= c <= "\uff0f" or (
            "\uff1a" <= c <= "\uff20") or "\uff3b" <= c <= "\uff40" or "\uff5b" <= c <= "\uff5e")
        if letters >= 10 and (words >= 2 or symbols >= 3):
            yield ("styled_letters", m.span(), Severity.MEDIUM,
                   f"{letters} letters in full-width or styled forms")


def homoglyphs(text: str) -> Iterator[Found]:
    """Words mixing Latin letters with look-alikes, or made of look-alikes in mostly
    Latin text."""
    if text.isascii():
        return
    tables = fold_tables()
    if tables.any_lookalike.search(text) is None:
        return
    # An escape's letter glued to a word (`\nМожешь` in JSON) is not part of it.
    spans = {(start + 1, end) if start and text[start - 1] == "\\" and text[start] in "ntrbfv"
             else (start, end) for start, end in mixed_script_words(text)}
    ascii_chars = len(text.encode("ascii", "ignore"))
    if ascii_chars >= 4 * (len(text) - ascii_chars):
        for m in tables.any_lookalike.finditer(text):
            spans.add(word_bounds(text, m.start(), tables.lookalike))
    flagged = []
    for start, end in sorted(spans):
        if end - start >= 3 and _deceptive(text[start:end], tables.lookalike):
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


_PACKING = frozenset({"gzip", "zlib", "bzip2", "xz", "tar", "zip"})
"""Compression and archives (`unpacking`): a way to send bytes, not to hide words — what
they hold is judged by the guards that read it; base64 of a gzip is base64's finding."""


def _decoded(text: str, view: View, min_encoded: int, every: bool) -> Iterator[Found]:
    """The finding for one decoded view: an encoding inside another always; otherwise a
    payload (`risky` decoded text, or any readable text when `every`)."""
    parts: list[str] = []
    for part in view.how.split("+"):
        if part in ("rot13", "reversed") and parts[-1:] == [part]:
            parts.pop()  # twice is the text itself, not an encoding in another
        elif part != "fold" and part not in _PACKING:
            parts.append(part)
    if not parts:
        return
    span = view.span or (0, len(text))
    if len(parts) >= 2:
        yield ("nested_encoding", span, Severity.HIGH,
               f"nested encodings ({' then '.join(parts)})")
        return
    how = parts[0]
    if how == "variation_selectors":
        yield ("variation_selectors", span, Severity.HIGH,
               f"variation selectors spelling {len(view.text)} characters")
        return
    # The carrier's own words before the run (and, for rot13, which is decoded in place,
    # the words around and inside it) may ask for it to be decoded and acted on.
    in_place = how in ("rot13", "reversed")
    carrier = text[max(0, span[0] - 160):min(span[1], span[0] + 8192) + 160 if in_place
                   else span[0]]
    danger = risky(view.text) or ASKS_TO_DECODE.search(carrier) is not None
    if not (danger or every):
        return
    if how in ("url", "html", "escape"):
        kind, n = _encoded_alnum(how, text[span[0]:span[1]])
        # Encoding letters or digits is evasion (no encoder needs it); encoding other
        # text counts when it hides a payload, and, for URL-encoding, outside a URL
        # (UTF-8 in a path or query is how URLs carry it).
        url_like = how == "url" and ("://" in text[max(0, span[0] - 64):span[1]] or (
            "=" in text[span[0]:span[1]]))
        if n >= min_encoded or (danger and not url_like):
            yield (kind, span, Severity.HIGH if danger else Severity.LOW,
                   f"{n} letters or digits encoded" + (", hiding instructions or commands"
                                                       if danger else ""))
        return
    severity = Severity.HIGH if danger else Severity.LOW
    what = "instructions or commands" if danger else f"{len(view.text)} characters of text"
    run = text[span[0]:span[1]]
    before = text[max(0, span[0] - 10):span[0]]
    if how == "base64":
        if run.startswith("eyJ") or before.endswith((".", "Basic ")) or (
                text[span[1]:span[1] + 1] == "."):
            return  # a JWT or Basic credentials (what they hold is the secrets guard's)
        if not danger and before.endswith("base64,"):
            return  # a data: URI declares its encoding
        yield ("base64_payload", span, severity, f"base64 that decodes to {what}")
    elif how == "hex":
        yield ("hex_payload", span, severity, f"hex that decodes to {what}")
    elif how == "rot13":
        yield ("rot13", span, severity, f"rot13 of {what}")
    elif how == "base32":
        yield ("base32_payload", span, severity, f"base32 that decodes to {what}")
    elif how == "binary":
        yield ("binary_payload", span, severity, f"8-bit binary that decodes to {what}")
    elif how == "morse":
        yield ("morse_code", span, severity, f"Morse code that spells {what}")
    elif how == "reversed" and danger:  # backwards prose that says nothing risky: a game
        yield ("reversed_text", span, severity, f"{what} written backwards")


def _encoded_alnum(how: str, run: str) -> tuple[str, int]:
    """The kind of a character encoding and how many ASCII letters or digits it encodes
    in `run` (which no encoder needs to: `%69gnore`)."""
    if how == "url":
        return "url_encoded", len(_ALNUM_PCT.findall(run))
    if how == "html":
        return "html_entities", sum(
            _ascii_alnum(int(m.group(1) or m.group(2), 10 if m.group(1) else 16))
            for m in _NUMERIC_ENTITY.finditer(run))
    if how == "escape":
        return "unicode_escapes", sum(_ascii_alnum(int(next(g for g in m.groups() if g), 16))
                                      for m in _ESCAPE.finditer(run))
    return "", 0


@dataclass
class EncodingGuard(BaseGuard):
    """Reports the evasion tricks in a content (see the module)."""

    family: str = "encoding"
    kinds: frozenset[str] = field(default=frozenset(DEFAULT_KINDS))
    min_encoded: int = 3
    payloads: str = "risky"

    def configure(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - {"kinds", "min_encoded", "payloads"}
        if unknown:
            raise GuardSettingsError(f"family encoding takes `kinds`, `min_encoded` and "
                                     f"`payloads` (got {', '.join(sorted(unknown))})")
        payloads = settings.get("payloads", "risky")
        if payloads not in ("risky", "all"):
            raise GuardSettingsError("payloads must be `risky` or `all`")
        self.payloads = payloads
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
            yield from styled(text)
        if any(v.how == "fold" for v in views):
            if "spaced_letters" in self.kinds:
                checked = 0
                for start, end, joined, _ in spaced_runs(text):
                    # Letter-spacing is also typography ("T H A N K   Y O U", a spaced
                    # heading): spaced letters count when they, with the words after
                    # them, make a payload (or with `payloads: all`). The payload test
                    # is a regex pass over a sentence: a text of thousands of spaced runs
                    # has its first _MAX_SPACED_CHECKS tested (the joined words are in
                    # the folded view the injection guard reads, all of them).
                    if sum(c.isalpha() for c in joined) < 6:
                        continue
                    if self.payloads != "all":
                        checked += 1
                        if checked > _MAX_SPACED_CHECKS:
                            break
                        if not risky(f"{joined} {text[end:end + 80]}"):
                            continue
                    yield ("spaced_letters", (start, end), Severity.LOW,
                           f"letters spaced out: {joined[:40]!r}")
            if "leetspeak" in self.kinds:
                for start, end, letters in leet_tokens(text):
                    yield ("leetspeak", (start, end), Severity.LOW, f"leetspeak for {letters!r}")
        for view in views[1:]:
            if view.how not in ("fold", "clean", "tags"):
                yield from _decoded(text, view, self.min_encoded, self.payloads == "all")
