"""What the matcher's window searches may skip: each window-searched entry's expression
without its assertions, for Hyperscan's exact mode, and how far past a match its
assertions read.

A class entry that its stem does not open is confirmed by searching its expression
(Python `re`) in a window around the stem's hit (`injection_match.Matcher._confirm`).
Whatever such a search finds consumes bytes that the entry's expression with its
assertions dropped (`\\b`, `^`, `$`, look-arounds: `exact_form`) also matches, so one
Hyperscan scan of that form over the text, in exact mode (every end of every match),
says which windows hold no end of any match at all: their search would find nothing,
and is skipped. `reach` bounds what a match's assertions read past its end, so that a
match the search finds can be told to be a match of the whole text too (see
`Matcher._confirm`).
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_SPACE = rb"\t\n\x0b\x0c\r\x20"
"""Python's `\\s` for bytes, spelled out: Hyperscan's may leave out the vertical tab."""
_SIMPLE = frozenset(b"wWdD.\\-/[](){}|*+?^$&~#'\"`,:;=!<>%@_ ")
"""Escaped characters that mean the same to Python and to Hyperscan (the letters
`wWdD` are their classes, the same for ASCII bytes; the others stand for themselves)."""
_LETTERS = {ord("t"): rb"\t", ord("n"): rb"\n", ord("r"): rb"\r", ord("f"): rb"\x0c",
            ord("v"): rb"\x0b", ord("a"): rb"\x07"}


def exact_form(pattern: bytes) -> bytes | None:
    """`pattern` with its assertions dropped (`\\b`, `\\B`, `\\A`, `\\Z`, `^`, `$` and
    look-arounds), written for Hyperscan: every string a match of `pattern` consumes,
    in any context, is a match of it. None for what it does not translate (flags,
    named groups, back-references, a quantified look-around, POSIX classes): that
    entry's windows are searched as before."""
    out = bytearray()
    i, size = 0, len(pattern)
    groups: list[bool] = []  # per open group: whether it is a dropped look-around
    dropping = 0
    quantified = False  # the last byte written was a quantifier
    while i < size:
        c = pattern[i]
        if c != 0x2B:
            quantified = False
        if c == 0x5C:  # backslash
            if i + 1 >= size:
                return None
            nxt = pattern[i + 1]
            i += 2
            if nxt in b"bBAZ":
                continue
            if nxt == ord("s"):
                piece = b"[" + _SPACE + b"]"
            elif nxt == ord("S"):
                piece = b"[^" + _SPACE + b"]"
            elif nxt in _LETTERS:
                piece = _LETTERS[nxt]
            elif nxt == ord("x") and re.fullmatch(rb"[0-9a-fA-F]{2}", pattern[i:i + 2]):
                piece = pattern[i - 2:i + 2]
                i += 2
            elif nxt in _SIMPLE:
                piece = pattern[i - 2:i]
            else:
                return None
            if not dropping:
                out += piece
            continue
        if c == 0x5B:  # a class, copied with its escapes translated
            got = _class(pattern, i)
            if got is None:
                return None
            text, i = got
            if not dropping:
                out += text
            continue
        if c == 0x28:  # (
            if pattern[i + 1:i + 2] == b"?":
                head = pattern[i + 2:i + 4]
                if head[:1] in (b"=", b"!") or head in (b"<=", b"<!"):
                    groups.append(True)
                    dropping += 1
                    i += 1
                    continue
                if head[:1] != b":":
                    return None
                groups.append(False)
                if not dropping:
                    out += b"(?:"
                i += 3
                continue
            groups.append(False)
            if not dropping:
                out += b"("
            i += 1
            continue
        if c == 0x29:  # )
            if not groups:
                return None
            if groups.pop():
                dropping -= 1
                if pattern[i + 1:i + 2] in (b"*", b"+", b"?", b"{"):
                    return None
                i += 1
                continue
            if not dropping:
                out += b")"
            i += 1
            continue
        if c in (0x5E, 0x24):  # ^ $
            i += 1
            continue
        if c == 0x7B and pattern[i + 1:i + 2] == b",":  # Python's {,n}: {0,n}
            if not dropping:
                out += b"{0"
            i += 1
            continue
        if c == 0x2B and quantified:
            return None  # possessive (`a++`, `a?+`): Hyperscan has none
        quantified = c in (0x2A, 0x2B, 0x3F, 0x7D)
        if not dropping:
            out.append(c)
        i += 1
        continue
    if groups or dropping:
        return None
    return bytes(out)


def _class(pattern: bytes, start: int) -> tuple[bytes, int] | None:
    """The class opening at `start`, translated, and where it ends."""
    out = bytearray(b"[")
    i = start + 1
    if pattern[i:i + 1] == b"^":
        out += b"^"
        i += 1
    first = True
    while i < len(pattern):
        c = pattern[i]
        if c == 0x5D and not first:
            out += b"]"
            return bytes(out), i + 1
        first = False
        if c == 0x5B and pattern[i + 1:i + 2] in (b":", b".", b"="):
            return None
        if c == 0x5C:
            nxt = pattern[i + 1:i + 2]
            if not nxt:
                return None
            if nxt == b"s":
                out += _SPACE
            elif nxt[0] in _LETTERS:
                out += _LETTERS[nxt[0]]
            elif nxt == b"x" and re.fullmatch(rb"[0-9a-fA-F]{2}", pattern[i + 2:i + 4]):
                out += pattern[i:i + 4]
                i += 4
                continue
            elif nxt[0] in _SIMPLE:
                out += pattern[i:i + 2]
            else:
                return None
            i += 2
            continue
        out.append(c)
        i += 1
    return None


def reach(pattern: bytes, flags: int = 0) -> int:
    """How many bytes past a match's end its assertions may read (look-aheads,
    `\\b`, `$`): a match found in `data[:hi]` whose end is at least this far before
    `hi` read nothing of what the window cut off, so it matches the whole text too.
    -1 when not bounded (or not known)."""
    try:
        tree = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return -1
    return _reach(tree.data)


def _reach(items: Any) -> int:
    total = 0
    c = sre_constants
    op: Any
    av: Any
    for op, av in items:
        if op is c.AT:
            if av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY, c.AT_END_STRING):
                total += 1
            elif av in (c.AT_END, c.AT_END_LINE):
                total += 2
        elif op in (c.ASSERT, c.ASSERT_NOT):
            direction, body = av
            inner = _reach(body.data)
            if inner < 0:
                return -1
            if direction == 1:
                width = body.getwidth()[1]
                if width >= c.MAXREPEAT:
                    return -1
                total += width
            total += inner
        elif op is c.BRANCH:
            for alt in av[1]:
                inner = _reach(list(alt))
                if inner < 0:
                    return -1
                total += inner
        elif op is c.SUBPATTERN:
            inner = _reach(av[3].data)
            if inner < 0:
                return -1
            total += inner
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            inner = _reach(list(av[2]))
            if inner < 0:
                return -1
            total += inner
        elif op is c.ATOMIC_GROUP:
            inner = _reach(list(av))
            if inner < 0:
                return -1
            total += inner
        elif op in (c.GROUPREF, c.GROUPREF_EXISTS):
            return -1
    return total
