"""Folding: text as a keyword matcher should read it, with a map back to the original.

`fold(text)` undoes the tricks that keep a word from matching while it still reads the
same to a model or a person: invisible characters (zero-width, bidi controls, Unicode
tag characters, variation selectors, soft hyphens) are removed; compatibility forms are
normalised (NFKC, one character at a time so positions survive: full-width, mathematical
and circled letters, ligatures); Latin letters lose their diacritics and combining marks
(Zalgo); look-alike letters from other scripts become the Latin letter they imitate
(Unicode's confusables data, `data/confusables.tsv`) inside words that mix them with
Latin letters, or anywhere in a text that is mostly Latin; leetspeak is read back inside
word-like runs that mix letters with digits or `@`/`$` (`p4ssw0rd`), and beside such
words more loosely (`53nd 7h3`, `73ll1n9`: `_loose_leet`); letters spaced out one by
one (`i g n o r e`, `i.g.n.o.r.e`, `З.а.б.у.д.ь`, `逐 字 透 露`) are joined; markdown
emphasis inside a word (`ig**no**re`), a hyphen at a line break inside a word
(`instru-⏎cciones`) and punctuation noise inside the words of a text in alternating
case (`ReKe_NiNg`, `InStRu.CtIeS`) are removed. The result is lowercase.

It answers None when nothing but case or cosmetic characters (typographic spaces,
full-width punctuation, an emoji's variation selector) would change, so clean text
costs a few microseconds: ASCII text is checked with `bytes.translate` and substring
searches, never a per-character loop. `Folded.index[i]` is the position in the original
text of the folded text's character `i` (one entry more than the text: the end).

This module also answers the questions the `encoding` guard asks about the same
characters (`mixed_script_words`, `leet_tokens`, `spaced_runs`).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sys
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from secproxy.guards import hscache
from secproxy.guards.literals import CharSets, Triggers

ZERO_WIDTH = ("\u200b\u200c\u200d\u2060\ufeff\u180e\u2061\u2062\u2063\u2064\u034f\u00ad"
              "\u115f\u1160\u3164\uffa0\u17b4\u17b5\u206a\u206b\u206c\u206d\u206e\u206f"
              "\ufff9\ufffa\ufffb\U0001d173\U0001d174\U0001d175\U0001d176\U0001d177"
              "\U0001d178\U0001d179\U0001d17a\U0001bca0\U0001bca1\U0001bca2\U0001bca3")
"""Characters that draw nothing (and the Hangul fillers that draw a blank)."""
BIDI_MARKS = "\u200e\u200f\u061c"
"""Direction marks: invisible, and ordinary in right-to-left text."""
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Embeddings, overrides and isolates: they reorder what is shown."""
TAGS = range(0xE0000, 0xE0080)
VARIATION_SELECTORS = (*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0))
COMBINING = (*range(0x300, 0x370), *range(0x1AB0, 0x1B00), *range(0x1DC0, 0x1E00),
             *range(0x20D0, 0x2100), *range(0xFE20, 0xFE30))
"""Combining marks that decorate Latin letters (accents, Zalgo); dropped after one."""
ARABIC_MARKS = (*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, *range(0x6D6, 0x6DD),
                *range(0x6DF, 0x6E5), 0x6E7, 0x6E8, *range(0x6EA, 0x6EE), 0x640)
"""Arabic vowel signs (fatha, damma, kasra, tanween, shadda, sukun), Quranic annotation
marks and the tatweel that stretches a word (`مـــلـــغـــاة`): the lexicons spell words
without them, as most writers do, so `معلّقة` and `سابقاً` are read as `معلقة`, `سابقا`."""

LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
SEPARATORS = " .-_*"
"""What letters spaced out one by one are separated by."""

# ASCII character classes for the fast paths: a letter, a digit leetspeak reads as a
# letter, another digit, a leet symbol, whitespace, a separator; every other byte '#'.
_CLASS = bytearray(b"#" * 256)
for _c in b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
    _CLASS[_c] = ord("a")
for _c in b"013457":
    _CLASS[_c] = ord("1")
for _c in b"2689":
    _CLASS[_c] = ord("2")
for _c in b"@$":
    _CLASS[_c] = ord("@")
for _c in b" \t.-_*":
    _CLASS[_c] = ord(" ")  # whitespace and the separators of spaced letters
CLASSES = bytes(_CLASS)
_LEET_SEARCH = bytes.maketrans(b"#@", b" 1")
"""`CLASSES` bytes with a leet symbol read as a leet digit and every non-token byte as
a space: token runs are then found with byte-string searches."""
_LEET_TOUCH = re.compile(rb"1(?:(?=a)|(?<=a1))")
"""A leet character beside a letter (led by a literal, which `re` searches fast)."""
_SPACED_TRIGGER = b" a a "
"""Two letters alone between separators, as inside any run of four spaced letters."""
_TOKEN = frozenset(b"a12@")
_SPACED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9](?:[ .\-_*]{1,3}[A-Za-z0-9](?![A-Za-z0-9])){3,}")
_SPACED_PART = re.compile(r"([A-Za-z0-9])|[ .\-_*]{1,3}")
_SEPARATORS = " .-_*"
"""What separates spaced letters (`_SPACED`)."""
_MAX_TOKEN = 24

REVERSED_CUES = (
    "(?i)read (?:this |it |the (?:text|line|message) )?backwards|rückwärts lesen|lies (?:das |es )?"
    "rückwärts|(?:lis|lisez) (?:ceci |ça |cela )?à l'envers|(?:lee|léelo|lea) (?:esto )?al "
    "revés|(?:leggi|leggilo) (?:questo )?al contrario|(?:leia|lê) (?:isto )?de trás para frente|"
    "lees (?:dit )?achterstevoren|(?:читай|прочитай|прочти) (?:это )?(?:задом наперёд|"
    "задом наперед|наоборот)|倒着读|反着读|逆から読|거꾸로 읽|اقرأ (?:هذا |النص )?بالعكس|"
    "उल्टा पढ़")
"""A text saying it is to be read backwards ("Read this backwards and do it: …"), in the
13 languages: what follows is then read reversed, whatever its language."""
_EDGE = rb"(?:^|[^A-Za-z0-9@$])"
_END = rb"(?:[^A-Za-z0-9@$]|$)"
_LEET_CHAR = rb"[013457@$]"
_IN_TOKEN = rb"[A-Za-z013457@$]*"
TRIGGERS = Triggers(
    # Tokens (whole runs of letters, digits, `@` and `$`, without the digits leetspeak
    # never uses) that `_read_leet` can accept: a leet character between letters or
    # letters between leet characters; leet digits before four letters (`1gnore`);
    # letters before leet characters that hold `@` or `$`.
    _EDGE + _IN_TOKEN + rb"(?:[A-Za-z]" + _LEET_CHAR + rb"+[A-Za-z]|" + _LEET_CHAR
    + rb"[A-Za-z]+" + _LEET_CHAR + rb")" + _IN_TOKEN + _END,
    _EDGE + rb"[013457]+[A-Za-z]{4,}" + _END,
    _EDGE + rb"[A-Za-z]+[013457@$]*[@$][013457@$]*" + _END,
    rb"[ \t.\-_*][A-Za-z][ \t.\-_*][A-Za-z][ \t.\-_*]",  # _SPACED_TRIGGER
    # for `decoding`: where each base64 or hex run (16 characters of base64's alphabets
    # at least) starts, eight spaced hex pairs
    rb"(?:^|[^A-Za-z0-9+/\-_])[A-Za-z0-9+/\-_]{16}",
    rb"[0-9A-Fa-f]{2}(?:[ :][0-9A-Fa-f]{2}){7}",
    # and rot13: the text names it, or has one of rot13'd English's commonest words
    rb"(?i)rot13|rot 13|rot-13|caesar",
    rb"(?i)gur | naq | lbh ",
    # and a text written backwards: one of reversed English's common words
    rb"(?i)(?:^|[^a-z])(?:eht|dna|uoy|ruoy|siht|taht|htiw|erongi|snoitcurtsni|tpmorp|"
    rb"metsys|drowssap|terces|eveirter|laever|dnes)(?:[^a-z]|$)|" + REVERSED_CUES.encode(),
    # and bytes written as 8-bit binary, and Morse code (`.. --. -. ---`)
    rb"[01]{8}[ ,]?[01]{8}[ ,]?[01]{8}",
    rb"(?:^|[^.\-])[.\-]{1,6}(?: {1,3}| ?/ ?)[.\-]{1,6}(?: {1,3}| ?/ ?)[.\-]{1,6}(?: {1,3}| ?/ ?)"
    rb"[.\-]{1,6}(?: {1,3}| ?/ ?)[.\-]{1,6}(?: {1,3}| ?/ ?)[.\-]{1,6}",
    # and, for `fold`, case alternating letter by letter (`HoUd`), a word cut by a hyphen
    # at a line break (`instru-\ncciones`, or `-\\n` in JSON), marks inside the words of
    # another script (`ВыВ.еДи`, `сКр-ЫтЫе`; a character outside Latin-1 reads as `?` here)
    rb"[A-Z][a-z][A-Z][a-z]|[a-z][A-Z][a-z][A-Z]",
    rb"[A-Za-z?\x80-\xff]-(?:\r?\n|\\n|\\r\\n)",
    rb"\?\?[._*'~]\?\?|\?\?-\?\?[^\n]{0,40}\?\?-\?\?[^\n]{0,40}\?\?-\?\?",
    # and four characters outside Latin-1 spaced out one by one (led by a literal, so
    # that ASCII text costs the pass nothing more)
    rb"\?[ .\-_*]{1,3}\?[ .\-_*]{1,3}\?[ .\-_*]{1,3}\?",
    every=(0, 1, 2, 4))
"""One pass over a text saying where leetspeak tokens may end (patterns 0-2), whether
letters may be spaced out (`SPACED`) and whether the decoders have runs to look at
(`B64_RUN`: where each ends its first 16 characters; `HEX_PAIRS`) and cues to rot13
(`ROT13_NAMED`, `ROT13_HINTED`), to text written backwards (`REVERSED_HINTED`), to
8-bit binary and Morse code (`BINARY_RUN`, `MORSE_RUN`), and whether `fold` may have
alternating case (`ALTERNATING`, `NOISY_WIDE`), a word cut at a line break
(`LINE_BREAK`) or letters of other scripts spaced out (`SPACED_WIDE`) to look at:
most texts have none of them, and then no class string
is made and no token is looked at. The normaliser makes it once per text for both
(`ends` arguments); callers without it get it made. A text of more than 1,024 runs (or
leetspeak tokens) is searched in full, as without Hyperscan."""
SPACED, B64_RUN, HEX_PAIRS, ROT13_NAMED, ROT13_HINTED, REVERSED_HINTED = 3, 4, 5, 6, 7, 8
BINARY_RUN, MORSE_RUN = 9, 10
ALTERNATING, LINE_BREAK, NOISY_WIDE, SPACED_WIDE = 11, 12, 13, 14
_MANY_ENDS = 256
"""Past this many token ends the touch-by-touch loop is cheaper than sorting them."""


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text and where each of its characters came from."""

    text: str
    index: Sequence[int]
    """`index[i]`: position in the original of character `i`; `len(text) + 1` entries (a
    `range` when folding kept every position)."""


@dataclass(frozen=True, slots=True)
class FoldTables:
    """The per-character tables, built once per machine (`fold_tables()`).

    Regex character classes hold only BMP characters: with one astral character in it
    a class is matched range by range, a hundred times slower; astral characters (maths
    letters, tags, emoji) are looked up one by one, and only in a text that has some
    (`has_astral`, from the string's storage width)."""

    always: dict[str, str]
    """Character -> replacement ('' removes it), whatever surrounds it."""
    lookalike: dict[str, str]
    """Non-Latin look-alikes -> the ASCII letter or digit, folded in mixed-script words
    (or anywhere in a mostly ASCII text)."""
    cosmetic: frozenset[str]
    """Entries of `always` whose folding alone does not make a folded view."""
    any_always: re.Pattern[str]
    """A BMP character of `always`."""
    latin1: bytes
    """`bytes.translate` table of the one-to-one foldings within Latin-1 (`é` -> `e`)."""
    latin1_all: bytes
    """`latin1` and the Latin-1 look-alikes (`×`), for a mostly ASCII text."""
    latin1_significant: re.Pattern[str]
    """A Latin-1 character whose one-to-one folding matters (not NBSP)."""
    latin1_other: re.Pattern[str]
    """A Latin-1 character `always` removes or expands (soft hyphen, `¼`)."""
    latin1_not_significant: bytes
    """`bytes.translate` deletions leaving the Latin-1 bytes of `latin1_significant`:
    whether a text has one is a translation, not a regex scan led by a class."""
    latin1_not_other: bytes
    """The same for `latin1_other`."""
    any_lookalike: re.Pattern[str]
    adjacent: re.Pattern[str]
    """An ASCII letter next to a BMP look-alike: where a mixed-script word is."""
    present: CharSets
    """Whether a text has a BMP character of `always` (set 0) or a BMP look-alike (set
    1): one pass, so that a text without any (English with typographic quotes and
    dashes, most text in other scripts) is not scanned by the class-led regexes above."""


def _char_class(chars: set[str]) -> str:
    """A regex character class of `chars`, as ranges."""
    cps = sorted(map(ord, chars))
    out = []
    start = prev = cps[0]
    for cp in (*cps[1:], -2):
        if cp == prev + 1:
            prev = cp
            continue
        out.append(re.escape(chr(start)) if start == prev
                   else f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
        start = prev = cp
    return "[" + "".join(out) + "]"


def _strip_marks(c: str) -> str:
    """A Latin letter without its diacritics (`é` -> `e`), else the character itself."""
    base = unicodedata.normalize("NFD", c)
    if len(base) > 1 and base[0].isascii() and base[0].isalpha() and all(
            unicodedata.combining(m) for m in base[1:]):
        return base[0]
    return c


def _load_confusables(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            cp, target = line.split("\t")
            out[chr(int(cp, 16))] = target
    return out


_TABLES_MAGIC = b"secproxy fold tables 1\n"


@cache
def fold_tables() -> FoldTables:
    """The tables, once per process: from the cache directory (`hscache.cache_dir()`)
    when it holds the ones made from the same confusables, Unicode database and code
    (this module's source), else built (~100 ms of CPU, walking every code point) and
    kept there for the next process."""
    text = resources.files("secproxy.guards").joinpath("data/confusables.tsv").read_text(
        encoding="utf-8")
    h = hashlib.sha256(_TABLES_MAGIC)
    h.update(f"{sys.version_info[:2]}|{unicodedata.unidata_version}|".encode())
    h.update(Path(__file__).read_bytes() + text.encode("utf-8"))
    path = hscache.cache_dir() / f"fold-{h.hexdigest()}.tables"
    stored = hscache.read_sealed(path, _TABLES_MAGIC)
    if stored is not None:
        with contextlib.suppress(Exception):  # another layout: built again
            return _from_stored(*stored)
    tables = _build_tables(_load_confusables(text))
    hscache.write_sealed(path, _TABLES_MAGIC, _stored(tables))
    return tables


def _stored(t: FoldTables) -> tuple[object, ...]:
    """`t` as plain values (`_from_stored`'s arguments)."""
    return (t.always, t.lookalike, tuple(t.cosmetic), t.latin1, t.latin1_all,
            t.latin1_significant.pattern, t.latin1_other.pattern, t.latin1_not_significant,
            t.latin1_not_other, t.any_always.pattern, t.any_lookalike.pattern,
            t.adjacent.pattern)


def _from_stored(always: dict[str, str], lookalike: dict[str, str], cosmetic: tuple[str, ...],
                 latin1: bytes, latin1_all: bytes, significant: str, other: str,
                 not_significant: bytes, not_other: bytes, any_always: str, any_lookalike: str,
                 adjacent: str) -> FoldTables:
    return FoldTables(
        latin1=latin1, latin1_all=latin1_all, latin1_significant=re.compile(significant),
        latin1_other=re.compile(other), latin1_not_significant=not_significant,
        latin1_not_other=not_other, always=always, lookalike=lookalike,
        cosmetic=frozenset(cosmetic), any_always=re.compile(any_always),
        any_lookalike=re.compile(any_lookalike), adjacent=re.compile(adjacent),
        present=_present(always, lookalike))


def _present(always: dict[str, str], lookalike: dict[str, str]) -> CharSets:
    return CharSets([c for c in always if ord(c) < 0x10000],
                    [c for c in lookalike if ord(c) < 0x10000])


def _build_tables(confusables: dict[str, str]) -> FoldTables:
    """The tables from Unicode's database and `confusables` (see `FoldTables`)."""
    # Greek mu is the micro sign of every unit (5 μm); folding it to `u` reads wrong.
    # (Its capital is no unit's: `Μostre`, with a Greek `Μ`, folds to `mostre`.)
    for keep in "\u00b5\u03bc":
        confusables.pop(keep, None)
    always: dict[str, str] = {}
    cosmetic: set[str] = set()
    lookalike: dict[str, str] = {}

    def latin(x: str) -> str:
        if x.isascii():
            return x
        stripped = _strip_marks(x)
        if stripped != x:
            return stripped
        got = confusables.get(x) or confusables.get(x.lower())
        if got is not None and unicodedata.name(x, "").startswith("LATIN"):
            return got
        return x

    for c in filter(unicodedata.decomposition, map(chr, range(0xA0, 0x30000))):
        nfkc = unicodedata.normalize("NFKC", c)
        if 0x1D400 <= ord(c) <= 0x1D7FF:  # styled maths letters: fold even the Greek ones
            folded = "".join(confusables.get(x, latin(x)) for x in nfkc)
        else:
            folded = "".join(latin(x) for x in nfkc)
        if folded != c:
            always[c] = folded
            if not any(x.isascii() and x.isalnum() for x in folded):
                cosmetic.add(c)
    # The decimal digits of other scripts (Arabic-Indic ٤, Persian ۴, Devanagari ४, Bengali,
    # Thai…) have no compatibility decomposition, so NFKC keeps them: a card or phone
    # number written in them reads as ASCII digits in the folded view.
    for c in map(chr, range(0x660, 0x1FBFA)):
        digit = unicodedata.decimal(c, -1)
        if digit >= 0 and c not in always:
            always[c] = str(digit)
    for c, target in confusables.items():
        if c in always:
            continue
        if unicodedata.name(c, "").startswith("LATIN"):
            always[c] = target
        else:  # in the case of the letter it stands for (`clean` keeps case)
            lookalike[c] = target.upper() if c.isupper() and len(target) == 1 else target
    for c in (*ZERO_WIDTH, *BIDI_MARKS, *BIDI_CONTROLS, *map(chr, TAGS),
              *map(chr, VARIATION_SELECTORS), *map(chr, COMBINING), *map(chr, ARABIC_MARKS)):
        always[c] = ""
    # 'İ'.lower() is two characters; folding it first keeps lowercasing length-preserving.
    always["\u0130"] = "i"
    look_class = _char_class({c for c in lookalike if ord(c) < 0x10000})
    latin1 = bytearray(range(256))
    latin1_all = bytearray(range(256))
    one, other = set(), set()
    for cp in range(0x80, 0x100):
        c = chr(cp)
        got = always.get(c)
        if got is not None and len(got) == 1 and ord(got) < 0x100:
            latin1[cp] = latin1_all[cp] = ord(got)
            if c not in cosmetic:
                one.add(c)
        elif got is not None:
            other.add(c)
        elif c in lookalike:
            latin1_all[cp] = ord(lookalike[c])
    return FoldTables(
        latin1=bytes(latin1),
        latin1_all=bytes(latin1_all),
        latin1_significant=re.compile(_char_class(one)),
        latin1_other=re.compile(_char_class(other)),
        latin1_not_significant=bytes(b for b in range(256) if chr(b) not in one),
        latin1_not_other=bytes(b for b in range(256) if chr(b) not in other),
        always=always,
        lookalike=lookalike,
        cosmetic=frozenset(cosmetic),
        any_always=re.compile(_char_class({c for c in always if ord(c) < 0x10000})),
        any_lookalike=re.compile(look_class),
        adjacent=re.compile(f"[A-Za-z]{look_class}|{look_class}[A-Za-z]"),
        present=_present(always, lookalike),
    )


def word_bounds(text: str, at: int, lookalike: dict[str, str]) -> tuple[int, int]:
    """The word around `at` (letters, digits and look-alikes), at most 64 characters."""
    start = at
    while start > 0 and at - start < 64 and (text[start - 1].isalnum()
                                             or text[start - 1] in lookalike):
        start -= 1
    end = at + 1
    while end < len(text) and end - at < 64 and (text[end].isalnum() or text[end] in lookalike):
        end += 1
    return start, end


def mixed_script_words(text: str) -> list[tuple[int, int]]:
    """Spans of the words that mix ASCII letters with look-alikes from other scripts
    (`pаssword` with a Cyrillic `а`). Empty for ASCII text."""
    if text.isascii():
        return []
    tables = fold_tables()
    return _mixed_words(text, tables) if 1 in tables.present.found(text) else []


_ESCAPES = frozenset("nrtbfv")
"""Letters a backslash makes an escape of (`\\n`)."""


def _mixed_words(text: str, tables: FoldTables) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in tables.adjacent.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        start, end = word_bounds(text, m.start(), tables.lookalike)
        if start and text[start - 1] == "\\" and text[start] in _ESCAPES:
            # `\nурации` in JSON: the letter of the escape is not the word's
            start += 1
            if _ASCII_LETTER.search(text, start, end) is None:
                continue
        out.append((start, end))
    return out


_ASCII_LETTER = re.compile("[A-Za-z]")
_COMBINING_SET = frozenset(COMBINING)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_STR_HEADER = sys.getsizeof("\xe9") - 2


_JOINERS = frozenset("\u200c\u200d\u200e\u200f\u061c")
"""Invisible characters that right-to-left, Indic and emoji text use on purpose."""


def _splits_word(text: str, at: int, c: str) -> bool:
    """Whether the invisible `c` at `at` splits a word (a letter or digit beside it);
    joiners and direction marks count only beside an ASCII one. Next to an emoji, a
    space, or at the start (a BOM) it is only cosmetic."""
    before = text[at - 1]
    after = text[at + 1] if at + 1 < len(text) else ""
    if c in _JOINERS:
        return (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())
    return before.isalnum() or after.isalnum()


def has_astral(text: str) -> bool:
    """Whether a non-ASCII `text` has a character beyond the BMP. CPython stores a string
    with 4 bytes a character exactly then (PEP 393), which `sys.getsizeof` shows at no
    cost; elsewhere, a search."""
    if sys.implementation.name == "cpython":
        return sys.getsizeof(text) - _STR_HEADER >= 4 * (len(text) + 1)
    return _ASTRAL.search(text) is not None  # pragma: no cover


def _fold_chars(text: str) -> tuple[str, Sequence[int], bool] | None:
    """Stage one on non-ASCII text: invisible characters, NFKC, diacritics and
    look-alikes. Returns the text, its index and whether anything that matters changed;
    None when nothing that matters would change (case, typographic spaces and
    punctuation, an emoji's joiners and selectors).

    One regex scan finds the BMP characters to fold; look-alikes are looked for only
    where they can matter (a mostly ASCII text, or one with ASCII letters) and astral
    characters only in a text that has some."""
    t = fold_tables()
    always = t.always
    ascii_part = text.encode("ascii", "ignore")
    latinish = len(ascii_part) >= 4 * (len(text) - len(ascii_part))
    looks: dict[int, str] = {}
    n = len(text)
    if sys.getsizeof(text) - _STR_HEADER == n + 1:
        # Latin-1 text (French, German, Spanish…): one-to-one folds by bytes.translate.
        raw = text.encode("latin-1")
        mapped = raw.translate(t.latin1_all if latinish else t.latin1).decode("latin-1")
        places = ({m.start(): m.group() for m in t.latin1_other.finditer(text)}
                  if raw.translate(None, t.latin1_not_other) else {})
        significant = mapped != text and (
            bool(raw.translate(None, t.latin1_not_significant)) or latinish and any(
                c in t.lookalike for c in set(text) - set(mapped)))
        return _build(text, mapped, places, looks, significant, t)
    present = t.present.found(text)
    places = ({m.start(): m.group() for m in t.any_always.finditer(text)} if 0 in present
              else {})
    if 1 in present and latinish:
        looks = {m.start(): t.lookalike[m.group()] for m in t.any_lookalike.finditer(text)}
    elif 1 in present and ascii_part.translate(None, _NOT_LETTERS):
        looks = {i: t.lookalike[text[i]] for s, e in _mixed_words(text, t)
                 for i in range(s, e) if text[i] in t.lookalike}
    if has_astral(text):
        for m in _ASTRAL.finditer(text):
            c = m.group()
            if c in always:
                places[m.start()] = c
            elif latinish and c in t.lookalike:
                looks[m.start()] = t.lookalike[c]
    return _build(text, text, places, looks, bool(looks), t)


def _build(text: str, mapped: str, places: dict[int, str], looks: dict[int, str],
           significant: bool, t: FoldTables) -> tuple[str, Sequence[int], bool] | None:
    """The folded text from `mapped` (`text` with its one-to-one foldings, if any done
    already), the characters at `places` folded by `t.always` and the look-alikes at
    `looks`; None when nothing that matters changes."""
    if not places and not looks and not significant:
        return None
    n = len(text)
    always = t.always
    keep: set[int] = set()
    for at in sorted(places):
        c = places[at]
        got = always[c]
        if got:
            significant = significant or c not in t.cosmetic
        elif ord(c) in _COMBINING_SET:
            if at - 1 in places and ord(places[at - 1]) in _COMBINING_SET:
                if at - 1 in keep:  # marks stacked on one letter share its fate
                    keep.add(at)
                continue
            prev = always.get(text[at - 1], text[at - 1])[-1:] if at else ""
            if prev.isascii() and prev.isalnum():
                significant = True
            else:
                keep.add(at)  # a mark on a non-Latin letter belongs to its script
        elif at and _splits_word(text, at, c):
            significant = True
    if not significant:
        return None
    ats = sorted(places.keys() | looks.keys())
    gots = [looks[at] if at in looks else text[at] if at in keep else always[text[at]]
            for at in ats]
    parts: list[str] = []
    last = 0
    for at, got in zip(ats, gots, strict=True):
        if at > last:
            parts.append(mapped[last:at])
        last = at + 1
        parts.append(got)
    parts.append(mapped[last:])
    if all(len(got) == 1 for got in gots):
        # One character for one (accents, look-alikes): positions stay, and the index
        # is the identity, which a range is without a list of every position.
        return "".join(parts), range(n), True
    index: list[int] = []
    last = 0
    for at, got in zip(ats, gots, strict=True):
        index.extend(range(last, at))
        last = at + 1
        index.extend([at] * len(got))
    index.extend(range(last, n))
    return "".join(parts), index, True


def leet_tokens(text: str, classes: bytes | None = None) -> Iterator[tuple[int, int, str]]:
    """Word-like runs that mix letters with leetspeak digits or symbols, each with the
    letters it spells: (start, end, letters). `classes` is `text`'s ASCII classes when
    the caller already has them.

    A token is a whole run of letters, digits and leet symbols, so only the places where
    a leet character touches a letter are visited, and each run once: a hex digest or a
    timestamp costs one look, not one per digit."""
    yield from _leet_tokens(text, classes, TRIGGERS.ends(text))


def _leet_tokens(text: str, classes: bytes | None, ends: list[list[int]] | None
                 ) -> Iterator[tuple[int, int, str]]:
    """`leet_tokens`, with `TRIGGERS.ends(text)` made already (None: look everywhere)."""
    if ends is not None and not (ends[0] or ends[1] or ends[2]):
        return
    if classes is None:
        classes = text.encode("ascii", "replace").translate(CLASSES)
    if b"1" not in classes and b"@" not in classes:
        return
    runs = classes.translate(_LEET_SEARCH)
    n = len(runs)
    if ends is not None and len(ends[0]) + len(ends[1]) + len(ends[2]) <= _MANY_ENDS:
        # Only the tokens the triggers found can be leetspeak: each is looked at from its
        # last character (a match ends past the token, on its edge, or at the text's end).
        last = -1
        for e in sorted({*ends[0], *ends[1], *ends[2]}):
            at = e - 1 if runs[e - 1] != 32 else e - 2  # 32: the edge, a space in `runs`
            if at <= last:
                continue
            start = runs.rfind(b" ", 0, at) + 1
            end = runs.find(b" ", at)
            if end < 0:
                end = n
            last = end
            if 3 <= end - start <= _MAX_TOKEN and b"2" not in runs[start:end]:
                got = _read_leet(text, start, end, classes)
                if got is not None:
                    yield start, end, got
        return
    pos = 0
    while True:
        m = _LEET_TOUCH.search(runs, pos)
        if m is None:
            return
        at = m.start()
        start = runs.rfind(b" ", 0, at) + 1
        end = runs.find(b" ", at)
        if end < 0:
            end = n
        pos = end
        if 3 <= end - start <= _MAX_TOKEN and b"2" not in runs[start:end]:
            got = _read_leet(text, start, end, classes)
            if got is not None:
                yield start, end, got


def _read_leet(text: str, start: int, end: int, classes: bytes) -> str | None:
    """The letters a token spells, or None when it is not leetspeak (too long or short,
    other digits, `3rd`/`10am`/`mp3`/`win10`, an e-mail address or `$var`)."""
    if not 3 <= end - start <= _MAX_TOKEN or (start > 0 and classes[start - 1] in _TOKEN) or (
            end < len(classes) and classes[end] in _TOKEN):
        return None
    cls = classes[start:end]
    if cls.count(b"a") < 2 or b"2" in cls:
        return None
    leet = [i for i, c in enumerate(cls) if c in b"1@"]
    if not leet:
        return None
    token = text[start:end]
    if leet[-1] == len(leet) - 1 and (cls.count(b"a") < 4 or b"@" in cls[:len(leet)]):
        return None  # a number before a word (3rd, 10am, 4k), a @mention or a $variable
    if leet[0] == len(cls) - len(leet) and b"@" not in cls[leet[0]:]:
        return None  # a number after a word: mp3, win10, v1
    if "@" in token and end < len(text) and text[end] == ".":
        return None  # an e-mail address
    out = []
    for i, ch in enumerate(token):
        if ch == "1" and ((i > 0 and token[i - 1] == "1") or
                          (i + 1 < len(token) and token[i + 1] == "1")):
            out.append("l")  # a11, ki11: doubled it is an l
        else:
            out.append(LEET.get(ch, ch))
    return "".join(out)


def spaced_runs(text: str, classes: bytes | None = None) -> Iterator[tuple[int, int, str,
                                                                            list[int]]]:
    """Letters spaced out one by one: (start, end, joined, where), `joined` the letters
    with the usual separator removed and any other gap read as a word break, `where` the
    position in `text` of each character of `joined`."""
    if classes is None:
        if not TRIGGERS.found(text)[SPACED]:
            return
        classes = text.encode("ascii", "replace").translate(CLASSES)
    pos = 0
    while True:
        at = classes.find(_SPACED_TRIGGER, pos)
        if at < 0:
            return
        # Find the run near the trigger (a bounded search), then take all of it.
        near = _SPACED.search(text, max(pos, at - 8), at + 16)
        if near is None:
            pos = at + 1
            continue
        m = _SPACED.match(text, near.start())
        if m is None:  # the window cut a word short: not a run after all
            pos = at + 1
            continue
        pos = m.end()
        run = m.group()
        gap = run[1:len(run) - len(run[1:].lstrip(_SEPARATORS))]
        step = len(gap) + 1
        if len(run) % step == 1 and run[1::step] == gap[:1] * len(run[1::step]) and (
                run[0::step].isalnum() and run.count(gap) == len(run) // step):
            # One separator throughout (`i g n o r e`, `a - b - c`, a megabyte of `a a a`):
            # the letters are every `step`th character and the separator the usual one.
            # Read by slicing: the walk below costs ~4 us a letter in Python.
            yield m.start(), m.end(), run[0::step], list(range(m.start(), m.end(), step))
            continue
        parts = list(_SPACED_PART.finditer(run))
        gaps = Counter(p.group() for p in parts if p.group(1) is None)
        usual = gaps.most_common(1)[0][0]
        joined: list[str] = []
        where: list[int] = []
        for p in parts:
            if p.group(1) is not None:
                joined.append(p.group(1))
                where.append(m.start() + p.start())
            elif p.group() != usual:
                joined.append(" ")
                where.append(m.start() + p.start())
        yield m.start(), m.end(), "".join(joined), where


def _fold_words(text: str, ends: list[list[int]] | None = None
                ) -> tuple[str, list[int]] | None:
    """Stage two on (mostly ASCII) text: leetspeak and spaced letters. None when neither
    is there; otherwise the text and, for each of its characters, its position in
    `text`. `ends`: `TRIGGERS.ends(text)` when the caller has it."""
    if ends is None:
        ends = TRIGGERS.ends(text)
    spaced = ends is None or bool(ends[SPACED])
    if ends is not None and not (spaced or ends[0] or ends[1] or ends[2]):
        return None
    classes = text.encode("ascii", "replace").translate(CLASSES)
    if b"1" not in classes and b"@" not in classes and _SPACED_TRIGGER not in classes:
        return None
    edits: list[tuple[int, int, str, list[int] | None]] = [
        (s, e, j, w) for s, e, j, w in spaced_runs(text, classes)] if spaced else []
    taken = [(s, e) for s, e, _, _ in edits]
    leet = [(s, e, letters, None) for s, e, letters in _leet_tokens(text, classes, ends)
            if not any(s < te and ts < e for ts, te in taken)]
    edits += leet
    if len(leet) >= _LEAST_LEET:
        edits += _loose_leet(text, leet, taken)
    if not edits:
        return None
    edits.sort()
    return _edited(text, edits)


_LEAST_LEET = 2
"""Leetspeak words a text has before the words near them are read loosely
(`_loose_leet`)."""
_LOOSE_NEAR = 60
_MIXED_TOKEN = re.compile(r"(?<![A-Za-z0-9@$])(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])"
                          r"[A-Za-z0-9]{2,24}(?![A-Za-z0-9@$])")
"""A run of letters and digits with both in it."""
_LOOSE = str.maketrans({**LEET, "8": "b", "9": "g"})
_MEASURE = re.compile(r"[0-9]+(?:am|pm|[kmgt]b|[kmc]?m|kg|g|px|ms|s|h|hz|fps|k|p|d|x)", re.I)
"""A number with its unit (`10pm`, `4k`, `1080p`, `3d`): not leetspeak."""


def _ordinal(token: str) -> bool:
    """Whether `token` is a number with its right ordinal suffix (`3rd`, `11th`; `53nd`
    is leetspeak for send)."""
    number, suffix = token[:-2], token[-2:].lower()
    if not number.isdigit():
        return False
    n = int(number) % 100
    right = "th" if 10 <= n <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return suffix == right


def _loose_leet(text: str, leet: Sequence[tuple[int, int, str, list[int] | None]],
                taken: list[tuple[int, int]]) -> list[tuple[int, int, str, list[int] | None]]:
    """The words near leetspeak (`leet`, the tokens `_read_leet` accepted; within
    `_LOOSE_NEAR` characters of one) that it turns down alone but a text written in
    leetspeak means as letters: digits opening a word or with one letter (`53nd`, `7h3`,
    `d1353`), `8` for b and `9` for g (`083n`, `73ll1n9`). Words with a 2 or a 6, runs
    of digits alone (`in 2024 we sold 53`), numbers with a unit (`10pm`) or an ordinal's
    suffix (`3rd`) stay."""
    starts = [s for s, _, _, _ in leet]
    busy = sorted([*taken, *((s, e) for s, e, _, _ in leet)])  # apart, so ends sorted too
    busy_starts = [s for s, _ in busy]
    out: list[tuple[int, int, str, list[int] | None]] = []
    for m in _MIXED_TOKEN.finditer(text, max(0, starts[0] - _LOOSE_NEAR)):
        s, e = m.span()
        if s >= leet[-1][1] + _LOOSE_NEAR:
            break
        i = bisect_right(starts, s)  # the leetspeak words before and after this one
        j = bisect_right(busy_starts, e - 1)
        token = m.group()
        if "2" in token or "6" in token or _MEASURE.fullmatch(token) or _ordinal(token) or (
                j and busy[j - 1][1] > s) or not (
                (i and s < leet[i - 1][1] + _LOOSE_NEAR)
                or (i < len(leet) and leet[i][0] - _LOOSE_NEAR <= s)):
            continue
        out.append((s, e, token.replace("11", "ll").translate(_LOOSE), None))
    return out


def _edited(text: str, edits: list[tuple[int, int, str, list[int] | None]]
            ) -> tuple[str, list[int]]:
    """`text` with each (start, end, replacement, where) of `edits` (in order, apart)
    put in, and for each character of the result its position in `text` (`where`: a
    replacement's own positions; else its span's, one by one)."""
    parts: list[str] = []
    index: list[int] = []
    last = 0
    for s, e, got, where in edits:
        parts.append(text[last:s])
        index.extend(range(last, s))
        parts.append(got)
        index.extend(where if where is not None else range(s, e))
        last = e
    parts.append(text[last:])
    index.extend(range(last, len(text)))
    return "".join(parts), index


def joined_runs(text: str, least: int = 8) -> tuple[str, list[int]] | None:
    """`text` with its letters spaced out one by one joined again, case kept (runs of
    `least` letters and digits or more: `A K I A Z 3 …`), and each character's position
    in `text`; None when it has no such run."""
    classes = text.encode("ascii", "replace").translate(CLASSES)
    edits: list[tuple[int, int, str, list[int] | None]] = [
        (s, e, joined, where) for s, e, joined, where in spaced_runs(text, classes)
        if sum(c.isalnum() for c in joined) >= least]
    return _edited(text, edits) if edits else None


def clean(text: str) -> Folded | None:
    """`text` with only its characters folded (invisible ones removed, NFKC, look-alikes)
    and its case kept, for the decoders: base64 split by zero-width characters or
    written in full-width letters decodes from it. None when that changes nothing."""
    return fold_and_clean(text)[1]


def fold(text: str) -> Folded | None:
    """`text` folded (see the module), or None when folding changes nothing that
    matters."""
    return fold_and_clean(text)[0]


def _then(index: Sequence[int] | None, inner: list[int]) -> Sequence[int]:
    """The raw text's positions of an edit's characters (`inner`: their positions in the
    text it edited, whose own positions in the raw text are `index`; None or a range:
    the raw text itself)."""
    return inner if index is None or isinstance(index, range) else [index[i] for i in inner]


def fold_and_clean(text: str, ends: list[list[int]] | None = None
                   ) -> tuple[Folded | None, Folded | None]:
    """`fold(text)` and `clean(text)`, the characters folded once for both; `ends` is
    `TRIGGERS.ends(text)` when the caller has it."""
    index: Sequence[int] | None = None
    significant = False
    current = text
    cleaned = None
    if not text.isascii():
        got = _fold_chars(text)
        if got is not None and got[2]:
            current, index, significant = got
            cleaned = Folded(current, _closed(index, len(text)))
    if ends is None:
        ends = TRIGGERS.ends(text)
    for step in (_unemphasised, _unbroken, _unnoised, _unspaced_wide):
        edited = step(current, ends)
        if edited is not None:
            current, inner = edited
            index = _then(index, inner)
            significant = True
    # Leetspeak and spaced letters are made of ASCII letters: a text with none skips them.
    words = _fold_words(current, ends if current is text else None) if (
        text.isascii() or text.encode("ascii", "ignore").translate(None, _NOT_LETTERS)
    ) else None
    if words is not None:
        current, inner = words
        index = _then(index, inner)
        significant = True
    if not significant:
        return None, cleaned
    lowered = current.lower()
    if len(lowered) == len(current):
        current = lowered
    if isinstance(index, list):
        index.append(len(text))
        return Folded(current, index), cleaned
    return Folded(current, _closed(range(len(current)) if index is None else index,
                                   len(text))), cleaned


_MARKS = r"\u0300-\u036f\u064b-\u065f\u0670\u0900-\u0dff"
"""Combining marks and the Indic blocks (their vowel signs are marks, not `\\w`)."""
_EMPHASIS = re.compile(rf"(?<=[\w{_MARKS}])(?:\*{{1,2}}|_{{2}}|~{{2}})(?=[\w{_MARKS}])")
"""Markdown's emphasis inside a word (`ig**no**re`, `ig*no*re`, `ig__no__re`,
`ig~~no~~re`, `प*िछ*ले`): the word a reader sees is whole. (A single `_` is a name's,
`snake_case`.)"""


def _may_emphasise(text: str) -> bool:
    return "*" in text or "__" in text or "~~" in text


def emphasised(text: str) -> bool:
    """Whether `text` has markdown emphasis inside a word (`_EMPHASIS`)."""
    return _may_emphasise(text) and _EMPHASIS.search(text) is not None


def _removed(text: str, pattern: re.Pattern[str]) -> tuple[str, list[int]] | None:
    """`text` without the matches of `pattern`, and each remaining character's position
    in `text`; None when it has none."""
    edits: list[tuple[int, int, str, list[int] | None]] = [
        (m.start(), m.end(), "", []) for m in pattern.finditer(text)]
    return _edited(text, edits) if edits else None


def _unemphasised(text: str, _ends: object = None) -> tuple[str, list[int]] | None:
    """`text` with the emphasis marks inside its words removed, and each character's
    position in `text`; None when it has none."""
    return _removed(text, _EMPHASIS) if _may_emphasise(text) else None


_BREAK = re.compile(rf"(?:(?<=[^\W\d_])|(?<=[{_MARKS}]))-(?:\r?\n|\\n|\\r\\n)[ \t]*"
                    r"(?=[^\W\d_])")
"""A hyphen at a line break inside a word (`instru-⏎cciones`; `-\\n` as JSON writes it)."""


def _unbroken(text: str, ends: list[list[int]] | None) -> tuple[str, list[int]] | None:
    """`text` with its words cut by a hyphen at a line break made whole again (the
    hyphen, the break and the next line's indent removed), and each character's position
    in `text`; None when it has none."""
    if ends is not None and not ends[LINE_BREAK]:
        return None
    return _removed(text, _BREAK)


def _switches_case(text: str, ends: list[list[int]] | None) -> bool:
    """Whether `text` may be written in alternating case: four ASCII letters in a row
    switch case one by one (`HoUd`: `ALTERNATING`), or letters of another script
    (`?` to the one pass, which sees no case in them) hold a mark inside a word other
    than a hyphen (`ВыВ.еДи`, `Эт_ОгО`), or hyphens inside three of a line's words
    (`NOISY_WIDE`; `что-то` alone is not enough)."""
    return ends is None or bool(ends[ALTERNATING]) or (
        not text.isascii() and bool(ends[NOISY_WIDE]))


_CASED = r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff"
"""Letters that have a case: Latin, Greek, Cyrillic."""
_NOISE = ".-_*'~"
_NOISY_WORD = re.compile(rf"[{_CASED}]+(?:[{re.escape(_NOISE)}][{_CASED}]+)*")
_LEAST_ALTERNATING = 3
"""Words in alternating case a text has before the marks inside them are read as noise."""


def _alternating(word: str) -> bool:
    """Whether the letters of `word` (four or more) switch case at nearly every step."""
    cased = [c.isupper() for c in word if c.isupper() or c.islower()]
    if len(cased) < 4:
        return False
    switches = sum(a != b for a, b in zip(cased, cased[1:], strict=False))
    return switches * 5 >= (len(cased) - 1) * 4


def _unnoised(text: str, ends: list[list[int]] | None) -> tuple[str, list[int]] | None:
    """`text` with the punctuation noise inside its words removed when it is written in
    alternating case (`ReKe_NiNg`, `Al'LeS`, `ВыВ.еДи`: at least `_LEAST_ALTERNATING`
    words of four letters or more switch case at nearly every letter), and each
    character's position in `text`; None otherwise. Only the words in alternating case
    lose their marks: `user_name`, `l'homme`, `U.S.A.` and `well-known` stay."""
    if not _switches_case(text, ends):
        return None
    words = [m for m in _NOISY_WORD.finditer(text) if _alternating(m.group())]
    if len(words) < _LEAST_ALTERNATING:
        return None
    edits: list[tuple[int, int, str, list[int] | None]] = [
        (m.start() + i, m.start() + i + 1, "", []) for m in words
        for i, c in enumerate(m.group()) if c in _NOISE]
    return _edited(text, edits) if edits else None


_UNIT = (r"[^\s.\-_*\x21-\x2c\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u00a0-\u00bf\u00d7\u00f7"
         r"\u2000-\u2bff\u3000-\u303f\ufe30-\ufe4f\uff00-\uff0f\uff1a-\uff20\u060c\u061b"
         r"\u061f\u06d4\u0964\u0965]")
"""One character of a spaced-out run: not a space, separator or punctuation mark."""
_SPACED_WIDE_RUN = re.compile(
    rf"(?<!{_UNIT}){_UNIT}(?!{_UNIT})(?:[ .\-_*]{{1,3}}{_UNIT}(?!{_UNIT})){{3,}}")
"""Characters spaced out one by one, in any script (`З.а.б.у.д.ь`, `逐 字 透 露`)."""
_SPACED_WIDE_PART = re.compile(rf"({_UNIT})|[ .\-_*]{{1,3}}")
_SPACED_WIDE_WORD = re.compile(rf"{_UNIT}([ .\-_*]{{1,3}}){_UNIT}\1{_UNIT}\1{_UNIT}")
"""Four characters parted by the same separator: a run without them joins into no word
of four (a page of short words spaced out, `п р и   к а к`, is not taken apart)."""


def _unspaced_wide(text: str, ends: list[list[int]] | None) -> tuple[str, list[int]] | None:
    """`text` with the letters of other scripts spaced out one by one joined (`З.а.б.у.д.ь
    п.р.а.в.и.л.а`, `비-밀   부-분`, `逐 字 透 露 你 的`, a vowel sign or a harakah
    counting as a letter): runs of four characters outside ASCII or more, eight when a
    single space is all that parts them (as between the short words of Korean prose),
    with a word of four at least (not the abbreviations `т.е. и т.д.`); the usual
    separator removed, any other gap read as a word break. Each character's position in
    `text` comes with it; None when there is no such run. (ASCII letters are
    `spaced_runs`'.)"""
    if text.isascii() or (ends is not None and not ends[SPACED_WIDE]):
        return None
    edits: list[tuple[int, int, str, list[int] | None]] = []
    for m in _SPACED_WIDE_RUN.finditer(text):
        if _SPACED_WIDE_WORD.search(text, m.start(), m.end()) is None:
            continue
        parts = list(_SPACED_WIDE_PART.finditer(m.group()))
        units = [p.group(1) for p in parts if p.group(1) is not None]
        gaps = Counter(p.group() for p in parts if p.group(1) is None)
        usual = gaps.most_common(1)[0][0]
        if sum(not c.isascii() for c in units) < (8 if usual == " " else 4) or not all(
                unicodedata.category(c)[0] in "LMN" for c in units):
            continue
        joined: list[str] = []
        where: list[int] = []
        for p in parts:
            if p.group(1) is not None or p.group() != usual:
                joined.append(p.group(1) or " ")
                where.append(m.start() + p.start())
        if max(map(len, "".join(joined).split(" "))) >= 4:  # not `т.е. и т.д.`
            edits.append((m.start(), m.end(), "".join(joined), where))
    return _edited(text, edits) if edits else None


def _closed(index: Sequence[int], end: int) -> Sequence[int]:
    """A copy of `index` with the original's end as its last entry."""
    if isinstance(index, range) and index.start == 0 and index.stop == end:
        return range(end + 1)
    return [*index, end]
