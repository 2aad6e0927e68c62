"""Decoders: encoded runs found cheaply in a text and decoded within bounds.

`decode_runs(text, decoders, budget)` yields each run of `text` that decodes to
something readable: base64 (standard and URL-safe, at least 16 characters, decoding to
mostly printable UTF-8), hex (at least 8 bytes, contiguous or spaced `49 67 6e`),
URL-encoding (`%xx` runs), HTML entities (named and numeric), escapes (`\\uXXXX`,
`\\U…`, `\\u{…}`, `\\xXX`), Unicode tag characters and variation selectors that spell
ASCII or bytes, and rot13. Binary (images, hashes, keys) does not decode to text and is
skipped after a short prefix.

Finding candidates costs little on text that has none: one `bytes.translate` to a class
string and substring searches, and regexes that start with a literal (`%`, `&`, `\\`).
rot13 has no syntax to find, so a rot13 view of a whole text is made only when the text
names it (`rot13`, `caesar`) or reads like rot13'd English (two of its common words, `gur`
`naq` `lbh`…): never for every text (nor is a backwards view: only for a text with two
of reversed English's common words, `eht` `dna` `uoy`…), which would double every guard's work for
nothing and hand word-list guards garbage to match. Every decoder is bounded by the
shared `Budget` (decoded characters and decode attempts) and never raises.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.entities import html5
from urllib.parse import unquote

from secproxy.guards.folding import (
    B64_RUN,
    BINARY_RUN,
    HEX_PAIRS,
    MORSE_RUN,
    REVERSED_CUES,
    REVERSED_HINTED,
    ROT13_HINTED,
    ROT13_NAMED,
    TRIGGERS,
    has_astral,
)
from secproxy.guards.literals import LiteralSet
from secproxy.guards.unpacking import packed, packed_runs, textual, unpack

DECODERS = ("base64", "base32", "hex", "url", "html", "escape", "tags", "variation_selectors",
            "rot13", "reversed", "binary", "morse", "compressed")
"""Every decoder, by the name its views carry in `View.how`."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """One decoded run."""

    how: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Budget:
    """What decoding may still spend for one text (shared by nested decodes)."""

    chars: int
    """Decoded characters left."""
    attempts: int = 256
    """Decode attempts left (a text of many short candidates costs no more)."""

    def take(self, n: int) -> bool:
        """Spend `n` characters if there are that many left."""
        if n > self.chars:
            return False
        self.chars -= n
        return True


_B64 = bytearray(b" " * 256)
for _c in b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_":
    _B64[_c] = ord("b")
_B64[ord("=")] = ord("=")
B64_CLASSES = bytes(_B64)
_RUN = b"b" * 16
_RUN_END = re.compile(rb"b*=*")
_RUN_REST = re.compile(r"[A-Za-z0-9+/\-_]*=*")
"""`_RUN_END` on the text itself, for runs whose start the normaliser's one pass gives."""
_PAIRS_RUN = b"bb bb bb bb bb bb bb bb"
"""Eight spaced pairs, as the shortest run of spaced hex reads in `B64_CLASSES`."""
_HEX = re.compile(r"[0-9A-Fa-f]+")
_HEX_SPACED = re.compile(r"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}[ :]){7,}[0-9A-Fa-f]{2}(?![0-9A-Za-z])")
_HEX_SPACED_HINT = re.compile(r"[2-7][0-9A-Fa-f][ :][2-7][0-9A-Fa-f][ :][2-7][0-9A-Fa-f][ :]")
_PAIRS = bytearray(b"#" * 256)
for _c in b"0123456789ABCDEFabcdef":
    _PAIRS[_c] = ord("x")
_PAIRS[ord(" ")] = _PAIRS[ord(":")] = ord(":")
_HEX_PAIRS = bytes(_PAIRS)
"""Hex digits as `x`, the separators of spaced hex as `:`, the rest `#`."""
_PCT = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")  # literal-led: searched by memchr
_URL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                       "-._~!$&'()*+,;=:@/?#[]%")
_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?")
_BARE_NAMES = "|".join(sorted((k for k in html5 if not k.endswith(";")), key=len, reverse=True))
_REFERENCE = re.compile(
    rf"&(?:#[0-9]|#[xX][0-9A-Fa-f]|[A-Za-z][A-Za-z0-9]{{1,31}};|(?:{_BARE_NAMES}))")
"""Anything `html.unescape` would change: a numeric reference, a name ended by `;`, or
one of the names HTML reads without it (`&copy`, `&amp`). A text without one has no
entity to decode, however many `&name` runs it holds (a form body or a query string:
`a=1&b=2&…`, every pair a candidate of `_ENTITY`, unescaped one by one in Python)."""
_ESCAPE = re.compile(r"\\(?:u\{[0-9A-Fa-f]{1,6}\}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2})")
_TAG_RUN = re.compile("[\U000e0000-\U000e007f]+")
_VS_RUN = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]{4,}")
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_ROT13_NAMED = re.compile(r"(?i)\brot[ -]?13\b|\bcaesar")
_ROT13_WORDS = (" gur ", " naq ", " lbh ", " vf ", " vg ", " nyy ", " guvf ", " jvgu ",
                " gung ", " lbhe ", "vtaber", "cerivbhf", "vafgehpgvba", "flfgrz", "cebzcg")
_ROT13_HINTS = (" gur ", " naq ", " lbh ", "Gur ")
_ROT13_NAMES = ("rot13", "rot 13", "rot-13", "caesar")
_ROT13_CUES = LiteralSet((*_ROT13_NAMES, " gur ", " naq ", " lbh ", "gur "))
"""The names and hints in one set (case-insensitive: the hints are then confirmed with
their case), names first."""
_REVERSED = ("eht", "dna", "uoy", "ruoy", "siht", "taht", "htiw", "erongi", "snoitcurtsni",
             "tpmorp", "metsys", "drowssap", "terces", "eveirter", "laever", "dnes",
             "lla", "ot", "fo", "si", "ti", "ni", "no", "rof", "era", "nac", "em")
_REVERSED_WORDS = re.compile(r"(?i)(?<![a-z])(" + "|".join(_REVERSED) + ")(?![a-z])")
"""Common English words written backwards; two distinct ones of the first sixteen
(which no language writes forwards) and three in all make a text read backwards."""
_REVERSED_STRONG = frozenset(_REVERSED[:16])
_READ_BACKWARDS = re.compile(REVERSED_CUES)
"""A text that says it is to be read backwards: read so, in any language."""
_B32 = re.compile(r"[A-Z2-7]{16,}")
_BINARY = re.compile(r"(?<![01])(?:[01]{8}[ ,]?){4,}(?![01])")
_MORSE = re.compile(r"(?<![.\-])[.\-]{1,7}(?:(?: {1,3}| ?/ ?)[.\-]{1,7}){5,}")
_MORSE_CODE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
    "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
    "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
    "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0",
    ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",", "..--..": "?",
    "-.-.--": "!", "---...": ":", ".----.": "'", "-..-.": "/", ".--.-.": "@"}
_MORSE_WORD = re.compile(r" ?/ ?| {3}")
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/=.")
"""The characters of a token (a key, an identifier) that escapes may stand among."""
_GAP = 16
"""Characters between two entities or escapes of the same run."""
_PREFIX = 32
"""Base64 characters decoded first, to drop binary before decoding a long run."""


def readable(text: str) -> bool:
    """Mostly printable text with at least two letters or digits."""
    if not text:
        return False
    bad = len(_UNPRINTABLE.findall(text))
    return bad * 20 <= len(text) and sum(c.isalnum() for c in text[:64]) >= 2


def _binary(data: bytes) -> bool:
    """Whether `data` cannot decode to `readable` text: a control byte is a control
    character of the text (never inside a UTF-8 sequence) and the text has no more
    characters than `data` has bytes, so too many of them settle it without decoding
    (most hashes, keys and images: a decode error is raised, and caught, otherwise)."""
    return not textual(data)


def _utf8(data: bytes, final: bool = True) -> str | None:
    try:
        if final:  # the same answer as an incremental decoder's, without making one
            return data.decode("utf-8")
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return None


def _unpacked(data: bytes, budget: Budget) -> tuple[str, str] | None:
    """(how, text) of the compressed stream `data` starts with (`unpacking.unpack`),
    within `budget`; None when it holds no readable text."""
    got = unpack(data, budget.chars)
    if got is None:
        return None
    text = got[1].decode("utf-8", "replace")
    return (got[0], text) if readable(text) else None


def _base64(run: str, budget: Budget, compressed: bool = True) -> tuple[str, str] | None:
    core = run.rstrip("=")
    urlsafe = "-" in core or "_" in core
    if urlsafe and ("+" in core or "/" in core):
        return None  # both alphabets: a path or an identifier, not base64
    if len(core) % 4 == 1:
        core = core[:-1]
    decode = base64.urlsafe_b64decode if urlsafe else base64.b64decode
    try:
        head = decode(core[:_PREFIX] + "=" * (-len(core[:_PREFIX]) % 4))
        if compressed and packed(head):
            # base64 of gzip (`H4sI…`), of a zip or a tar.gz: what it holds
            limit = budget.chars * 4 // 3 * 4
            body = core[:limit - limit % 4] if len(core) > limit else core
            got = _unpacked(decode(body + "=" * (-len(body) % 4)), budget)
            if got is not None:
                return (f"base64+{got[0]}", got[1])
        if _binary(head):
            return None
        text = _utf8(head, final=False)
        if text is None or not readable(text):
            return None
        limit = budget.chars * 4 // 3
        body = core[:limit - limit % 4] if len(core) > limit else core
        text = _utf8(decode(body + "=" * (-len(body) % 4)))
    except (binascii.Error, ValueError):
        return None
    if text is None or not readable(text):
        return None
    return ("base64", text)


def _base32(core: str, budget: Budget) -> str | None:
    """A run of base32's alphabet (`core`: without its padding) decoded, if readable."""
    core = core[:budget.chars * 8 // 5]
    core = core[:len(core) - len(core) % 8] if len(core) % 8 in (1, 3, 6) else core
    try:
        data = base64.b32decode(core + "=" * (-len(core) % 8))
    except (binascii.Error, ValueError):
        return None
    if _binary(data):
        return None
    text = _utf8(data)
    return text if text is not None and readable(text) else None


def _hex(digits: str, budget: Budget, compressed: bool = True) -> tuple[str, str] | None:
    digits = digits[:2 * budget.chars]
    digits = digits[:len(digits) - len(digits) % 2]
    try:
        data = bytes.fromhex(digits)
    except ValueError:
        return None
    if compressed and packed(data):
        got = _unpacked(data, budget)
        if got is not None:
            return (f"hex+{got[0]}", got[1])
    if _binary(data):
        return None
    text = _utf8(data)
    return ("hex", text) if text is not None and readable(text) else None


def _run_starts(classes: bytes) -> Iterator[int]:
    """Where each run of 16 base64 characters or more starts (`classes`: the text
    translated by `B64_CLASSES`)."""
    pos = 0
    while True:
        at = classes.find(_RUN, pos)
        if at < 0:
            return
        yield at
        pos = _RUN_END.match(classes, at).end()  # type: ignore[union-attr]


def _pieces(run: str, at: int, budget: Budget, compressed: bool) -> Iterator[Decoded]:
    """The base64 among the `/`-separated pieces of a run that did not decode as a
    whole (a URL path's segments), each piece of 16 characters or more tried once."""
    offset = 0
    for piece in run.split("/"):
        start, offset = offset, offset + len(piece) + 1
        if len(piece.rstrip("=")) < len(_RUN) or budget.attempts <= 0:
            continue
        budget.attempts -= 1
        decoded = _base64(piece, budget, compressed)
        if decoded is not None:
            yield Decoded(decoded[0], at + start, at + start + len(piece), decoded[1])


def _runs(text: str, budget: Budget, ends: list[list[int]] | None,
          decoders: frozenset[str] = frozenset(DECODERS)) -> Iterator[Decoded]:
    """Base64, base32 and hex runs (`ends`: `folding.TRIGGERS.ends(text)`)."""
    if ends is None:
        ends = TRIGGERS.ends(text)
    runs = ends is None or bool(ends[B64_RUN])
    pairs = ends is None or bool(ends[HEX_PAIRS])
    if not (runs or pairs):
        return
    compressed = "compressed" in decoders
    # The one pass gives where each run starts (it ends 16 characters in); without it,
    # a class string is searched (`bytes.find` of 16 `b`s steps through the letters and
    # digits of a text that are most of it, some 1.5 ns a byte).
    classes = None
    if ends is None:
        classes = text.encode("ascii", "replace").translate(B64_CLASSES)
        starts: Iterable[int] = _run_starts(classes) if runs else ()
    else:
        starts = [end - len(_RUN) for end in ends[B64_RUN]]
    pos = 0
    for at in starts:
        if budget.attempts <= 0:
            break
        if at < pos:
            continue
        end = _RUN_REST.match(text, at).end()  # type: ignore[union-attr]
        pos = end
        budget.attempts -= 1
        run = text[at:end]
        core = run.rstrip("=")
        if core[:2] in ("0x", "0X") and _HEX.fullmatch(core, 2):
            core = core[2:]  # a hex literal
        if len(core) % 2 == 0 and _HEX.fullmatch(core):
            got = _hex(core, budget, compressed)
            if got is not None:
                yield Decoded(got[0], at, end, got[1])
            continue
        decoded = _base64(run, budget, compressed) if "base64" in decoders else None
        if decoded is not None:
            yield Decoded(decoded[0], at, end, decoded[1])
        elif "base32" in decoders and _B32.fullmatch(core):
            text32 = _base32(core, budget)
            if text32 is not None:
                yield Decoded("base32", at, end, text32)
        elif "/" in core and "base64" in decoders:
            # `/` is a base64 character and a path's separator: in `/p/QUtJQV…=` the run
            # takes in the segment before, and no longer decodes; its pieces may.
            yield from _pieces(run, at, budget, compressed)
    # Hex bytes spaced out (`49 67 6e 6f`): text bytes start with a digit 2-7.
    if budget.attempts <= 0 or not pairs:
        return
    if classes is None:
        classes = text.encode("ascii", "replace").translate(B64_CLASSES)
    if _PAIRS_RUN not in classes:
        return
    # The hint's shape found with a byte-string search on the text's classes (a regex
    # led by a character class would step through every character in Python's `re`).
    spaced = text.encode("ascii", "replace").translate(_HEX_PAIRS)
    pos = 0
    while budget.attempts > 0:
        at = spaced.find(b"xx:xx:xx:", pos)
        if at < 0:
            break
        if _HEX_SPACED_HINT.match(text, at) is None:
            pos = at + 1
            continue
        m = _HEX_SPACED.search(text, max(pos, at - 12), at + 40)
        m = _HEX_SPACED.match(text, m.start()) if m is not None else None
        if m is None:
            pos = at + 3
            continue
        pos = m.end()
        budget.attempts -= 1
        got = _hex(re.sub("[ :]", "", m.group()), budget, compressed)
        if got is not None:
            yield Decoded(got[0], m.start(), m.end(), got[1])


def _clusters(pattern: re.Pattern[str], text: str, budget: Budget
              ) -> Iterator[tuple[int, int, int]]:
    """Runs of `pattern`'s matches at most `_GAP` apart on one line: (start, end, count)."""
    start = end = -1
    count = 0
    for m in pattern.finditer(text):
        if start >= 0 and m.start() - end <= _GAP and "\n" not in text[end:m.start()]:
            end = m.end()
            count += 1
            continue
        if start >= 0:
            yield start, end, count
            budget.attempts -= 1
            if budget.attempts <= 0:
                return
        start, end, count = m.start(), m.end(), 1
    if start >= 0:
        yield start, end, count


def _url(text: str, budget: Budget) -> Iterator[Decoded]:
    n = len(text)
    done = 0
    for start, end, _ in _clusters(_PCT, text, budget):
        if start < done:
            continue  # inside the word an earlier run took whole
        # The whole URL-ish word around the escapes, within bounds.
        while start > done and text[start - 1] in _URL_CHARS and end - start < 4096:
            start -= 1
        while end < n and text[end] in _URL_CHARS and end - start < 4096:
            end += 1
        done = end
        chunk = text[start:end][:3 * budget.chars]
        decoded = unquote(chunk, errors="replace")
        if decoded != chunk:
            yield Decoded("url", start, end, decoded)


def _html(text: str, budget: Budget) -> Iterator[Decoded]:
    if _REFERENCE.search(text) is None:
        return  # every run would decode to itself
    for start, end, count in _clusters(_ENTITY, text, budget):
        chunk = text[start:end][:8 * budget.chars]
        decoded = html.unescape(chunk)
        if decoded != chunk and (count >= 2 or any(c.isalnum() for c in decoded)):
            yield Decoded("html", start, end, decoded)


def _unescape(chunk: str) -> str:
    """`chunk` with its escapes decoded: `\\x` runs as UTF-8 bytes (Latin-1 when they are
    not UTF-8), `\\u` surrogate pairs joined; an escape that is no character is kept."""
    out: list[str] = []
    pending = bytearray()
    last = 0

    def flush() -> None:
        if pending:
            got = _utf8(bytes(pending))
            out.append(got if got is not None else pending.decode("latin-1"))
            pending.clear()

    for m in _ESCAPE.finditer(chunk):
        if m.start() > last:
            flush()
            between = chunk[last:m.start()]
            if between.endswith("\\") and not between.endswith("\\\\"):
                # A JSON string's escaped backslash before an escape (`\\u0052`, what a
                # tool result holding `\u0052` carries): one escape written twice.
                between = between[:-1]
            out.append(between)
        last = m.end()
        body = m.group()[2:].strip("{}")
        if m.group()[1] == "x":
            pending.append(int(body, 16))
            continue
        flush()
        cp = int(body, 16)
        if 0xDC00 <= cp <= 0xDFFF and out and len(out[-1]) == 1 and (
                0xD800 <= ord(out[-1]) <= 0xDBFF):
            high = ord(out.pop())
            cp = 0x10000 + ((high - 0xD800) << 10) + (cp - 0xDC00)
        out.append(chr(cp) if cp <= 0x10FFFF else m.group())
    flush()
    out.append(chunk[last:])
    # A lone surrogate cannot be encoded again downstream: make it a replacement char.
    return "".join(out).encode("utf-8", "replace").decode("utf-8")


def _escapes_ascii(text: str, start: int, end: int) -> bool:
    """Whether an escape in `text[start:end]` stands for an ASCII letter or digit."""
    for m in _ESCAPE.finditer(text, start, end):
        body = m.group()[2:].strip("{}")
        try:
            c = chr(int(body, 16))
        except (ValueError, OverflowError):
            continue
        if c.isascii() and c.isalnum():
            return True
    return False


def _escapes(text: str, budget: Budget) -> Iterator[Decoded]:
    n = len(text)
    done = 0
    for start, end, _ in _clusters(_ESCAPE, text, budget):
        if start < done:
            continue  # inside the token an earlier run took whole
        if _escapes_ascii(text, start, end):
            # The whole token around the escapes, within bounds: `\u0041KI\u0041Z3MH…`
            # escapes two letters of a key, whose rest is written as it is. (No encoder
            # escapes an ASCII letter; `Schei\u00dfe` is JSON's way with `ß`, and its
            # view stays the escape's own.)
            while start > done and text[start - 1] in _TOKEN_CHARS and end - start < 4096:
                start -= 1
            while end < n and text[end] in _TOKEN_CHARS and end - start < 4096:
                end += 1
            done = end
        chunk = text[start:end][:6 * budget.chars]
        decoded = _unescape(chunk)
        if decoded != chunk:
            yield Decoded("escape", start, end, decoded)


def _tags(text: str) -> Iterator[Decoded]:
    for m in _TAG_RUN.finditer(text):
        decoded = "".join(chr(ord(c) - 0xE0000) for c in m.group()
                          if 0x20 <= ord(c) - 0xE0000 < 0x7F)
        if decoded:
            yield Decoded("tags", m.start(), m.end(), decoded)


def _variation_selectors(text: str) -> Iterator[Decoded]:
    for m in _VS_RUN.finditer(text):
        data = bytes(ord(c) - 0xFE00 if ord(c) < 0xFE10 else ord(c) - 0xE0100 + 16
                     for c in m.group())
        decoded = _utf8(data)
        if decoded is not None and readable(decoded):
            yield Decoded("variation_selectors", m.start(), m.end(), decoded)


def rot13_view(text: str, ends: list[list[int]] | None = None) -> Decoded | None:
    """A rot13 view of `text` when it names rot13 (or Caesar), or reads like rot13'd
    English: one of its commonest words is there (`gur`, `naq`, `lbh`: "the", "and",
    "you"), or, in a short text, `r` and `g` outnumber `e` and `t` (their images, the
    commonest letters); and then two of its common words are there. Only substring
    searches run on a long clean text (a few microseconds for 4 KB)."""
    # One pass for every cue (the name regex, case-insensitive and led by a word
    # boundary, would visit every character; each hint is a pass of its own): the
    # normaliser's (`folding.TRIGGERS`, `ends`), or a pass of its own.
    if ends is None:
        ends = TRIGGERS.ends(text)
    if ends is None:
        cues = _ROT13_CUES.found(text)
        name_cue = bool(cues) and cues[0] in _ROT13_NAMES
        hint_cue = bool(cues) and cues[-1] not in _ROT13_NAMES
    else:
        name_cue, hint_cue = bool(ends[ROT13_NAMED]), bool(ends[ROT13_HINTED])
    named = name_cue and _ROT13_NAMED.search(text) is not None
    if named and len(text) > _ROT13_WHOLE and not (
            hint_cue and any(w in text for w in _ROT13_HINTS)):
        # A long text that names rot13 (an article about encodings, a README) is not
        # rot13 itself: what it says is rot13 is near the name. Reading all of it
        # backwards through rot13 made gibberish that the word guards took for words.
        names = list(_ROT13_NAMED.finditer(text))
        start = max(0, names[0].start() - _ROT13_BEFORE)
        end = min(len(text), names[-1].end() + _ROT13_AFTER)
        if end - start > 4 * (_ROT13_BEFORE + _ROT13_AFTER):
            end = min(len(text), names[0].end() + _ROT13_AFTER)
        return Decoded("rot13", start, end, codecs.encode(text[start:end], "rot13"))
    if not named:
        hinted = hint_cue and any(w in text for w in _ROT13_HINTS)
        if not hinted and (len(text) > 1024 or not _rot13_letters(text)):
            return None
        low = f" {text.lower()} "
        if sum(w in low for w in _ROT13_WORDS) < 2:
            return None
    return Decoded("rot13", 0, len(text), codecs.encode(text, "rot13"))


_ROT13_WHOLE = 1024
"""A text that names rot13 is read through it whole up to this length; a longer one,
around where it names it (`_ROT13_BEFORE` characters before the first name, `_ROT13_AFTER`
after the last)."""
_ROT13_BEFORE = 256
_ROT13_AFTER = 768

_NOT_RGET = bytes(c for c in range(256) if c not in b"rget")


def _rot13_letters(text: str) -> bool:
    """Whether `r` and `g` outnumber `e` and `t` in `text`: the four letters kept in one
    pass over its bytes (Latin-1, `?` for the rest: the same counts), then counted in
    what is left, not four passes over the text."""
    kept = text.encode("latin-1", "replace").translate(None, _NOT_RGET)
    rg = kept.count(b"r") + kept.count(b"g")
    return rg > len(kept) - rg


def decode_runs(text: str, decoders: frozenset[str], budget: Budget,
                ends: list[list[int]] | None = None) -> Iterator[Decoded]:
    """Every run of `text` that one of `decoders` decodes to readable text, in the order
    found, within `budget` (the caller spends `budget.chars` on what it keeps); `ends`
    is `folding.TRIGGERS.ends(text)` when the caller has it."""
    if budget.chars <= 0 or budget.attempts <= 0:
        return
    if "base64" in decoders or "hex" in decoders or "base32" in decoders:
        for got in _runs(text, budget, ends, decoders):
            if got.how.partition("+")[0] in decoders:
                yield got
    if "compressed" in decoders and not text.isascii():
        yield from _packed(text, budget)
    if "url" in decoders and "%" in text:
        yield from _url(text, budget)
    if "html" in decoders and "&" in text:
        yield from _html(text, budget)
    if "escape" in decoders and "\\" in text:
        yield from _escapes(text, budget)
    if not text.isascii() and has_astral(text):
        if "tags" in decoders:
            yield from _tags(text)
        if "variation_selectors" in decoders:
            yield from _variation_selectors(text)
    if "binary" in decoders and (ends[BINARY_RUN] if ends is not None else "0" in text):
        yield from _binary_runs(text, budget)
    if "morse" in decoders and (ends[MORSE_RUN] if ends is not None else "-" in text):
        yield from _morse(text, budget)
    if "rot13" in decoders and len(text) <= budget.chars:
        rot = rot13_view(text, ends)
        if rot is not None:
            yield rot
    if "reversed" in decoders and len(text) <= budget.chars:
        back = reversed_view(text, ends)
        if back is not None:
            yield back


def _packed(text: str, budget: Budget) -> Iterator[Decoded]:
    """Compressed streams and archives in `text` read byte for byte (a gzip body the
    egress proxy read as Latin-1; `\\u001f\\u008b…` in JSON): what each holds, to the
    text's end (where a stream ends is not kept)."""
    for at, how, got in packed_runs(text, lambda: budget.chars):
        budget.attempts -= 1
        if readable(got):
            yield Decoded(how, at, len(text), got)
        if budget.attempts <= 0:
            return


_OWN_ATTEMPTS = 64
"""Runs the binary and Morse decoders try per text, apart from `Budget.attempts` (which
base64 decoys ahead of them could spend)."""


def _binary_runs(text: str, budget: Budget) -> Iterator[Decoded]:
    """Runs of four or more 8-bit binary bytes (`01101001 01100111…`) that are text (a
    stray byte that is no UTF-8 is read as U+FFFD, which `readable` counts)."""
    for n, m in enumerate(_BINARY.finditer(text)):
        if n >= _OWN_ATTEMPTS:
            return
        bits = re.sub("[ ,]", "", m.group())[:8 * budget.chars]
        data = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8))
        if _binary(data):
            continue
        got = data.decode("utf-8", "replace")
        if readable(got):
            yield Decoded("binary", m.start(), m.end(), got)


def _morse(text: str, budget: Budget) -> Iterator[Decoded]:
    """Runs of Morse letters that spell words: six valid letters at least, three of them
    different (a row of dashes is a rule, not a message), and more valid letters than
    invalid ones; an invalid letter is read as a space (a unit of noise added to the run
    does not hide the rest)."""
    for n, m in enumerate(_MORSE.finditer(text)):
        if n >= _OWN_ATTEMPTS:
            return
        words = []
        valid = invalid = 0
        for word in _MORSE_WORD.split(m.group().strip()):
            letters = []
            for code in word.split():
                letter = _MORSE_CODE.get(code)
                if letter is None:
                    invalid += 1
                    letter = " "
                else:
                    valid += 1
                letters.append(letter)
            words.append("".join(letters))
        got = " ".join(" ".join(words).split())
        if (valid >= 6 and valid > invalid and len(set(got.replace(" ", ""))) >= 3
                and budget.chars >= len(got)):
            yield Decoded("morse", m.start(), m.end(), got)


def reversed_view(text: str, ends: list[list[int]] | None = None) -> Decoded | None:
    """`text` read backwards, when it is written backwards: two distinct common English
    words reversed that no language writes forwards (`eht`, `dna`, `uoy`, `erongi`…) and
    three reversed common words in all. Without a cue of the one pass, nothing runs."""
    if ends is None:
        ends = TRIGGERS.ends(text)
    if ends is not None and not ends[REVERSED_HINTED]:
        return None
    if _READ_BACKWARDS.search(text) is not None:
        return Decoded("reversed", 0, len(text), text[::-1])
    strong: set[str] = set()
    count = 0
    for m in _REVERSED_WORDS.finditer(text):  # (no longer than the decode budget)
        count += 1
        word = m.group(1).lower()
        if word in _REVERSED_STRONG:
            strong.add(word)
        if len(strong) >= 2 and count >= 3:
            return Decoded("reversed", 0, len(text), text[::-1])
    return None

