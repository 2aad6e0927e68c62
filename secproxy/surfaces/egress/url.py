"""Request targets: absolute-form URLs (`GET http://host/path`) and CONNECT authorities
(`host:port`), turned into the engine's `Target` plus what goes on the upstream wire.

The path the rules see is normalised the way an origin server will read it
(`secproxy.net.paths.normalize_path`); the bytes forwarded stay as sent. A path holding
a dot segment together with `//`, a backslash or an encoded slash or backslash is
refused (400, `ambiguous`): no one reading of it is safe to check, and clients resolve
dot segments before sending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

import httptools

from secproxy.model import Target
from secproxy.net.paths import (
    AMBIGUOUS_PATH,
    ambiguous,
    decode_unreserved,
    resolve_path,
)
from secproxy.surfaces.egress.http1 import HttpError

_BAD_HOST = re.compile(r"[ /\\@?#]")
_URL_PORT = re.compile(rb"[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?(?:\[[^\]/]*\]|[^/?#:]*):(\d+)")
"""The port of an absolute URL, read only to say why the parser refused it."""
NOT_A_PROXY_REQUEST = (
    "this is a forward proxy: send absolute-form requests (GET http://host/path), "
    "e.g. with HTTP_PROXY=http://<this address>; use CONNECT (HTTPS_PROXY) for https"
)


@dataclass(slots=True)
class Destination:
    """Where a request goes and how the upstream request line and Host header read."""

    target: Target
    origin: bytes
    """Origin-form request target for the upstream (`/path?query`)."""
    authority: bytes
    """Host header value (`host[:port]`, as the client wrote it)."""


def _port_number(digits: str) -> int | None:
    """The port ASCII `digits` name when it is one from 1 to 65535, else None."""
    significant = digits.lstrip("0")
    if len(significant) > 5:  # also keeps int() away from its digit limit
        return None
    port = int(significant or "0")
    return port if 0 < port <= 65535 else None


def _bad_port(digits: str) -> str:
    shown = digits if len(digits) <= 12 else digits[:12] + "..."
    return f"port {shown} is out of range (expected 1 to 65535)"


def _host(raw: bytes) -> str:
    try:
        host = raw.decode("ascii").lower()
    except UnicodeDecodeError:
        raise HttpError("bad_url", "host names must be ASCII (IDNA-encoded)") from None
    if not host or _BAD_HOST.search(host):
        raise HttpError("bad_url", f"invalid host {host!r}")
    return host


_Parsed = tuple[str, int, str, str | None, bytes, bytes]
"""host, port, normalised path, query, origin-form target, authority."""
_MEMO: dict[bytes, _Parsed] = {}
_T = TypeVar("_T")
_MEMO_SIZE = 1024
_MEMO_KEY = 512
"""Longest request target remembered (bounds the memo to about 0.5 MiB of keys)."""


def _remember(memo: dict[bytes, _T], raw: bytes, parsed: _T) -> _T:
    """`parsed`, kept in `memo` under `raw` when `raw` is short enough (`_MEMO_KEY`); a
    full memo (`_MEMO_SIZE`) starts over."""
    if len(raw) <= _MEMO_KEY:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[raw] = parsed
    return parsed


def absolute_destination(raw: bytes, method: bytes) -> Destination:
    """Parse an absolute-form request target; origin-form gets 400 with a hint.

    Agents ask for the same few URLs again and again, so parsed targets are remembered
    (up to `_MEMO_SIZE`, then the memo starts over); each call still gets its own
    `Target`. Refused targets are never remembered."""
    parsed = _MEMO.get(raw)
    if parsed is None:
        parsed = _remember(_MEMO, raw, _parse_absolute(raw))
    host, port, path, query, origin, authority = parsed
    target = Target(host=host, port=port, scheme="http", path=path, query=query,
                    method=method.decode("ascii"), connects=True)
    return Destination(target, origin, authority)


def _parse_absolute(raw: bytes) -> _Parsed:
    if raw.startswith(b"/") or raw == b"*":
        raise HttpError("not_a_proxy_request", NOT_A_PROXY_REQUEST)
    try:
        url = httptools.parse_url(raw)
    except httptools.HttpParserInvalidURLError:
        written = _URL_PORT.match(raw)
        if written is not None and _port_number(digits := written[1].decode()) is None:
            raise HttpError("bad_port", _bad_port(digits)) from None
        raise HttpError("bad_url", "request target is not a valid URL") from None
    scheme = (url.schema or b"").lower()
    if scheme not in (b"http", b"ws"):
        if scheme in (b"https", b"wss"):
            raise HttpError("unsupported_scheme",
                            "https goes through a CONNECT tunnel (set HTTPS_PROXY)")
        raise HttpError("unsupported_scheme", "only http:// URLs are forwarded")
    if not url.host:
        raise HttpError("bad_url", "the URL names no host")
    host = _host(url.host)
    if url.port == 0:
        raise HttpError("bad_port", _bad_port("0"))
    port = url.port or 80
    path = url.path or b"/"
    query = url.query
    origin = path + b"?" + query if query else path
    hostpart = b"[" + url.host + b"]" if b":" in url.host else url.host
    authority = hostpart + b":%d" % url.port if url.port else hostpart
    path_text = path.decode("latin-1")
    if "%" in path_text:
        path_text = decode_unreserved(path_text)
    if ambiguous(path_text):
        raise HttpError("bad_url", AMBIGUOUS_PATH)
    if "/." in path_text or "//" in path_text or "\\" in path_text:
        path_text = resolve_path(path_text)
    return (host, port, path_text, query.decode("latin-1") if query else None, origin,
            authority)


_AUTHORITIES: dict[bytes, tuple[str, int]] = {}
"""CONNECT authorities parsed lately (host, port), bounded like `_MEMO`."""


def connect_destination(raw: bytes) -> Target:
    """Parse a CONNECT authority (`host:port`, `[v6]:port`); remembered like absolute
    targets (each call still gets its own `Target`), refused ones never."""
    known = _AUTHORITIES.get(raw)
    if known is None:
        known = _remember(_AUTHORITIES, raw, _parse_authority(raw))
    return Target(host=known[0], port=known[1], method="CONNECT", connects=True)


def _parse_authority(raw: bytes) -> tuple[str, int]:
    text = raw.decode("latin-1")
    if text.startswith("["):
        end = text.find("]")
        if end < 0 or text[end + 1 : end + 2] != ":":
            raise HttpError("bad_connect_target", "CONNECT needs host:port")
        host, port_s = text[1:end], text[end + 2 :]
    else:
        host, _, port_s = text.rpartition(":")
    if not host or not (port_s.isascii() and port_s.isdigit()):
        raise HttpError("bad_connect_target", "CONNECT needs host:port")
    port = _port_number(port_s)
    if port is None:
        raise HttpError("bad_port", _bad_port(port_s))
    return _host(host.encode("latin-1")), port
