"""HTTP/1.1 messages: parsed heads, the errors the proxy answers itself, and the heads
it sends (the parsing is in `client` and `upstream`). Heads going out are rebuilt here with the
hop-by-hop headers removed (Connection and the names it lists,
Keep-Alive, Proxy-Authorization, Proxy-Authenticate, Proxy-Connection, TE, Trailer,
Transfer-Encoding, Upgrade) and `Via: 1.1 secproxy` added. A chunked response relayed
chunked keeps its Trailer header, and its trailer fields go on in the last chunk
(`last_chunk`), without hop-by-hop, Content-Length and Host fields.
"""

from __future__ import annotations

from http import HTTPStatus

READ_SIZE = 256 * 1024
"""Bytes asked for per read; also bounds what one connection holds in memory."""

HOP_BY_HOP = frozenset(
    {
        b"connection",
        b"keep-alive",
        b"proxy-authorization",
        b"proxy-authenticate",
        b"proxy-connection",
        b"te",
        b"trailer",
        b"transfer-encoding",
        b"upgrade",
    }
)
VIA = b"1.1 secproxy"
MAX_RESPONSE_HEAD = 1024 * 1024
"""Largest upstream response head accepted (a bigger one is a 502)."""
END = b""
"""Queue marker for the end of a message (a body piece is never empty)."""

Headers = list[tuple[bytes, bytes, bytes]]
"""(lower-case name, name as sent, value)."""


class HttpError(Exception):
    """Something the proxy answers itself, before or instead of forwarding: `error` is
    the category its answer carries, which also says its status (`refusal.STATUS`)."""

    def __init__(self, error: str, message: str):
        super().__init__(message)
        self.error = error
        self.message = message


class PeerClosed(Exception):
    """The other side closed the connection in the middle of a message."""


CLIENT_GONE = "client closed the connection"
"""The record's error when the client left before its answer was complete."""
STOPPING = "proxy stopped before the answer was complete"
"""The record's error when the proxy cut a client off as it stopped."""


class ClientGone(ConnectionError):
    """The client connection ended (the client left, or the proxy cut it off) before
    the answer to its request was complete."""


def again(exc: BaseException) -> BaseException:
    """A new exception like `exc`, which a connection keeps (its `error`), to raise.

    Raising the kept one would hang the frames it goes through, which hold the
    connection, on its traceback: connection, error, traceback, frame, connection, a
    cycle only the garbage collector frees, for every request that ends in an error."""
    if isinstance(exc, HttpError):
        return HttpError(exc.error, exc.message)
    return type(exc)(*exc.args)


_FRAMING = frozenset({b"content-length", b"transfer-encoding", b"connection"})
_NO_TOKENS: frozenset[bytes] = frozenset()
_TOKENS: dict[bytes, frozenset[bytes]] = {}


def _connection_tokens(value: bytes) -> frozenset[bytes]:
    """The options of a Connection header, remembered for the few values seen in
    practice (`keep-alive`, `close`, `Upgrade`)."""
    tokens = _TOKENS.get(value)
    if tokens is None:
        tokens = frozenset(t.strip().lower() for t in value.split(b","))
        if len(value) <= 64:
            if len(_TOKENS) >= 256:
                _TOKENS.clear()
            _TOKENS[value] = tokens
    return tokens


def _dropped(tokens: frozenset[bytes]) -> frozenset[bytes]:
    """Header names not passed on: the hop-by-hop ones and those Connection names."""
    return HOP_BY_HOP if tokens <= HOP_BY_HOP else HOP_BY_HOP | tokens


class _Message:
    """What both heads share: headers and the framing they declare."""

    __slots__ = ("headers", "version", "keep_alive", "upgrade", "chunked", "coded",
                 "content_length", "tokens")

    def __init__(self, headers: Headers, version: str, keep_alive: bool, upgrade: bool):
        self.headers = headers
        self.version = version
        self.keep_alive = keep_alive
        self.upgrade = upgrade
        self.chunked = False
        self.coded = False
        """Whether a Transfer-Encoding header is there (`chunked` last or not)."""
        self.content_length: int | None = None
        self.tokens: frozenset[bytes] = _NO_TOKENS
        for lname, _, value in headers:
            if lname not in _FRAMING:
                continue
            if lname == b"content-length":
                self.content_length = int(value) if value.strip().isdigit() else None
            elif lname == b"transfer-encoding":
                # Only a final `chunked` coding frames the message (RFC 9112 6.3),
                # which is also how the parser reads it.
                self.chunked = value.rpartition(b",")[2].strip().lower() == b"chunked"
                self.coded = True
            else:
                self.tokens = self.tokens | _connection_tokens(value)

    def get(self, lname: bytes) -> bytes | None:
        for name, _, value in self.headers:
            if name == lname:
                return value
        return None

    def joined(self, lname: bytes) -> bytes | None:
        """Every value of a list header (`Content-Encoding`), joined as one list with
        commas, as a receiver reads two such lines (RFC 9110 5.3); None when absent."""
        values = [value for name, _, value in self.headers if name == lname]
        return b", ".join(values) if values else None


class RequestHead(_Message):
    """A parsed request head."""

    __slots__ = ("method", "target")

    def __init__(self, method: bytes, target: bytes, headers: Headers, version: str,
                 keep_alive: bool, upgrade: bool):
        super().__init__(headers, version, keep_alive, upgrade)
        self.method = method
        self.target = target

    @property
    def has_body(self) -> bool:
        return self.chunked or bool(self.content_length)

    @property
    def ends_connection(self) -> bool:
        """True when an answer given instead of forwarding must end the connection: the
        client is still sending a body, asked to close, or wanted a protocol switch."""
        return self.has_body or not self.keep_alive or self.upgrade

    def header_dict(self) -> dict[str, str]:
        """Names and values for the ledger (repeated names joined with `, `)."""
        out: dict[str, str] = {}
        for _, name, value in self.headers:
            key = name.decode("latin-1")
            text = value.decode("latin-1")
            out[key] = f"{out[key]}, {text}" if key in out else text
        return out


class ResponseHead(_Message):
    """A parsed response head."""

    __slots__ = ("status", "reason")

    def __init__(self, status: int, reason: bytes, headers: Headers, version: str,
                 keep_alive: bool, upgrade: bool):
        super().__init__(headers, version, keep_alive, upgrade)
        self.status = status
        self.reason = reason

    @property
    def bodiless(self) -> bool:
        return self.status < 200 or self.status in (204, 304)


def _reason(status: int, reason: bytes) -> bytes:
    if reason:
        return reason
    try:
        return HTTPStatus(status).phrase.encode()
    except ValueError:
        return b"Unknown"


def request_head(head: RequestHead, target: bytes, authority: bytes, *,
                 upgrade: bool = False) -> bytes:
    """The head sent upstream: origin-form target, Host from the URL, no hop-by-hop
    headers (except Connection/Upgrade for a WebSocket upgrade), Via added."""
    drop = _dropped(head.tokens)
    out = [head.method, b" ", target, b" HTTP/1.1\r\nHost: ", authority, b"\r\n"]
    via = b""
    chunked = head.chunked
    for lname, name, value in head.headers:
        if lname in drop or lname == b"host":
            continue
        if lname == b"via":
            via += value + b", "
        elif lname == b"content-length" and chunked:
            continue
        else:
            out += (name, b": ", value, b"\r\n")
    if chunked:
        out.append(b"Transfer-Encoding: chunked\r\n")
    if upgrade:
        out += (b"Connection: Upgrade\r\nUpgrade: ", head.get(b"upgrade") or b"", b"\r\n")
    out += (b"Via: ", via, VIA, b"\r\n\r\n")
    return b"".join(out)


_REWRITTEN = frozenset({b"via", b"content-length"})
_TRAILER = frozenset({b"trailer"})
_NOT_IN_TRAILERS = frozenset({b"content-length", b"host"})
LAST_CHUNK = b"0\r\n\r\n"
_HELD_DROPPED = frozenset({b"trailer", b"content-encoding"})


def last_chunk(resp: ResponseHead, trailers: list[tuple[bytes, bytes]]) -> bytes:
    """The end of a chunked body sent to the client, carrying the upstream's trailer
    fields except hop-by-hop ones (and those Connection names), Content-Length and Host,
    which a recipient could take for the message's framing or routing."""
    if not trailers:
        return LAST_CHUNK
    drop = _dropped(resp.tokens) | _NOT_IN_TRAILERS
    out = [b"0\r\n"]
    for name, value in trailers:
        if name.lower() not in drop:
            out += (name, b": ", value, b"\r\n")
    out.append(b"\r\n")
    return b"".join(out)


def response_head(resp: ResponseHead, *, chunked: bool, close: bool,
                  upgrade: bool = False, length: int | None = None,
                  identity: bool = False) -> bytes:
    """The head sent to the client; `chunked` re-frames the body, `close` says so.
    A body the proxy held and rewrote gets its own `length`; with `identity` it goes
    out decoded (no Content-Encoding)."""
    drop = _dropped(resp.tokens)
    if chunked and resp.chunked and b"trailer" not in resp.tokens:
        drop = drop - _TRAILER  # the trailers it announces are passed on (last_chunk)
    if length is not None:
        drop = drop | _HELD_DROPPED if identity else drop | _TRAILER
    out = [b"HTTP/1.1 %d " % resp.status, _reason(resp.status, resp.reason), b"\r\n"]
    via = b""
    for lname, name, value in resp.headers:
        if lname in drop:
            continue
        if lname in _REWRITTEN:
            if lname == b"via":
                via += value + b", "
                continue
            if chunked or length is not None:
                continue  # content-length: the body is re-framed
        out += (name, b": ", value, b"\r\n")
    if chunked:
        out.append(b"Transfer-Encoding: chunked\r\n")
    elif length is not None:
        out.append(b"Content-Length: %d\r\n" % length)
    if upgrade:
        out += (b"Connection: Upgrade\r\nUpgrade: ", resp.get(b"upgrade") or b"", b"\r\n")
    elif close:
        out.append(b"Connection: close\r\n")
    out += (b"Via: ", via, VIA, b"\r\n\r\n")
    return b"".join(out)
