"""The server name a TLS client asks for, read from the first bytes of a CONNECT tunnel.

A CONNECT is decided on its host; the TLS session inside it is end to end. A client
that names one host in the CONNECT and another in its ClientHello's Server Name
Indication reaches, on a shared front end (a CDN, a cloud load balancer), a site the
rules never saw (domain fronting at the TLS layer). `read_hello` reads the ClientHello
(it may span several TLS records) as far as the SNI extension, without decrypting or
keeping anything; the tunnel holds the client's first bytes until it has answered.

What it answers: `MORE` (not enough bytes yet), `NOT_TLS` (the first byte is no TLS
handshake record: another protocol through the tunnel), `Hello(name)` (the name asked
for, lower case without a trailing dot; None when the client sent no SNI, as for an
address), or `Broken(why)` (a handshake record that is no well-formed ClientHello:
refused, since no TLS client sends one).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_HELLO", "MORE", "NOT_TLS", "Broken", "Hello", "needed", "read_hello"]

MAX_HELLO = 64 * 1024
"""The most a ClientHello may take (records and all) before it is refused: the largest
real ones (post-quantum key shares, many extensions) are a few KiB."""

_HANDSHAKE = 0x16
_CLIENT_HELLO = 0x01
_SNI = 0x0000
_ECH = 0xFE0D
"""Encrypted Client Hello: the server name asked for is in the encrypted inner hello."""
_HOST_NAME = 0


class _Want:
    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return self.name


MORE = _Want("MORE")
NOT_TLS = _Want("NOT_TLS")


@dataclass(frozen=True, slots=True)
class Hello:
    name: str | None
    encrypted: bool = False
    """The hello carries an Encrypted Client Hello: `name` is its outer (public) name,
    not the server asked for."""


@dataclass(frozen=True, slots=True)
class Broken:
    why: str


def _handshake(data: bytes) -> bytes | _Want | Broken:
    """The handshake bytes of the leading TLS records, as far as they go."""
    out = bytearray()
    pos = 0
    while pos + 5 <= len(data):
        if data[pos] != _HANDSHAKE:
            if pos == 0:
                return NOT_TLS
            return Broken("a record of another type inside the ClientHello")
        if data[pos + 1] != 3:
            return Broken("a record of an unknown TLS version")
        length = int.from_bytes(data[pos + 3:pos + 5], "big")
        if length == 0 or length > 16384 + 2048:
            return Broken(f"a handshake record of {length} bytes")
        if pos + 5 + length > len(data):
            out += data[pos + 5:]
            return bytes(out)
        out += data[pos + 5:pos + 5 + length]
        pos += 5 + length
        if len(out) >= 4 and len(out) >= 4 + int.from_bytes(out[1:4], "big"):
            return bytes(out)
    if not data:
        return MORE
    if data[0] != _HANDSHAKE:
        return NOT_TLS
    return bytes(out)


def needed(data: bytes) -> int:
    """How many bytes `data` must reach before `read_hello` can say more than `MORE`
    (the end of the record being read, or the next record's header): a hello that
    arrives a byte at a time is then read once per record, not once per byte."""
    pos = 0
    while pos + 5 <= len(data):
        if data[pos] != _HANDSHAKE:
            return len(data)
        end = pos + 5 + int.from_bytes(data[pos + 3:pos + 5], "big")
        if end > len(data):
            return end
        pos = end
    return pos + 5


def read_hello(data: bytes) -> Hello | Broken | _Want:
    """What the client's first bytes say (see the module's docstring)."""
    hs = _handshake(data)
    if not isinstance(hs, bytes):
        return hs
    if len(hs) < 4:
        return MORE if len(data) < MAX_HELLO else Broken("no ClientHello")
    if hs[0] != _CLIENT_HELLO:
        return Broken("the first handshake message is no ClientHello")
    size = int.from_bytes(hs[1:4], "big")
    if size > MAX_HELLO:
        return Broken(f"a ClientHello of {size} bytes")
    if len(hs) < 4 + size:
        return MORE if len(data) < MAX_HELLO else Broken("a ClientHello too large")
    return _sni(hs[4:4 + size])


def _sni(body: bytes) -> Hello | Broken:
    try:
        pos = 2 + 32  # client version, random
        pos += 1 + body[pos]  # session id
        pos += 2 + int.from_bytes(body[pos:pos + 2], "big")  # cipher suites
        pos += 1 + body[pos]  # compression methods
        if pos == len(body):
            return Hello(None)  # no extensions at all
        end = pos + 2 + int.from_bytes(body[pos:pos + 2], "big")
        if end > len(body):
            return Broken("extensions past the end of the ClientHello")
        pos += 2
        seen: set[int] = set()
        name: Hello | Broken = Hello(None)
        while pos + 4 <= end:
            kind = int.from_bytes(body[pos:pos + 2], "big")
            length = int.from_bytes(body[pos + 2:pos + 4], "big")
            pos += 4
            if pos + length > end:
                return Broken("an extension past the end of the ClientHello")
            if kind in seen:  # a server may read either: TLS forbids it
                return Broken(f"the extension {kind:#06x} twice")
            seen.add(kind)
            if kind == _SNI:
                name = _names(body[pos:pos + length])
                if isinstance(name, Broken):
                    return name
            pos += length
    except IndexError:
        return Broken("a ClientHello cut short")
    if _ECH in seen and isinstance(name, Hello):
        return Hello(name.name, encrypted=True)
    return name


def _names(ext: bytes) -> Hello | Broken:
    if len(ext) < 2 or int.from_bytes(ext[:2], "big") != len(ext) - 2:
        return Broken("a malformed server name extension")
    pos = 2
    name: str | None = None
    while pos + 3 <= len(ext):
        kind, length = ext[pos], int.from_bytes(ext[pos + 1:pos + 3], "big")
        pos += 3
        raw = ext[pos:pos + length]
        if len(raw) != length:
            return Broken("a malformed server name extension")
        pos += length
        if kind != _HOST_NAME:
            continue
        if name is not None:
            return Broken("two host names in the server name extension")
        try:
            name = raw.decode("ascii").lower().rstrip(".")
        except UnicodeDecodeError:
            return Broken("a server name that is not ASCII")
    if pos != len(ext):
        return Broken("a malformed server name extension")
    return Hello(name)
