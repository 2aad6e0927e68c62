"""Pieces of the hostile-input fuzz test: an upstream HTTP server and an agent gateway
that record exactly what reaches them, and seeded generators of malformed HTTP
requests, WebSocket frames and control-socket lines.

Every generator draws from the `random.Random` it is given and nothing else, so one
seed always produces the same bytes. Addresses only known at run time are written as
placeholders (`UP`) and filled in just before sending.
"""

from __future__ import annotations

import asyncio
import json
import random
import struct
from dataclasses import dataclass, field
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

UP = b"@UP@"
"""Placeholder for the upstream's `127.0.0.1:port` in generated requests."""
SURROGATE = "@S@"
"""Placeholder, in generated JSON text, for the escape of a lone surrogate."""
LONE = "\\udc80"
"""A lone low surrogate written as a JSON escape: valid JSON text, no valid Unicode."""
SMUGGLED = b"GET /admin/smuggled HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
"""An origin-form request to the denied path: the proxy never forwards origin-form
requests, so these bytes reaching the upstream as a request is a smuggle."""
SECRET = "sk-FUZZSECRETfuzzsecret0123456789ABCD"
"""Sent in credentials, cookies, query strings and frames: it must never show in the log."""
BIG_BODY = b"b" * (4 << 20)
"""What the upstream answers on a path with `/big` (so clients can leave mid-response)."""
DELETE_TOOL = "fs.delete"
"""The tool a ws rule denies: it must never reach the gateway."""


# -- what reaches the other side ----------------------------------------------------


class Upstream:
    """A raw HTTP/1.1 origin server that records the request line of every request it
    parses. It reads framing leniently (the first Content-Length; chunked when the last
    Transfer-Encoding says so), declines upgrades unless the path has `/ws101`, and
    after a 101 reads the connection as opaque bytes."""

    def __init__(self) -> None:
        self.lines: list[bytes] = []
        self.server: asyncio.Server | None = None
        self.port = 0
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> Upstream:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0, limit=2**20)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            for writer in list(self._writers):
                writer.transport.abort()
            await self.server.wait_closed()
            self.server = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while await self._one(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                TimeoutError, ValueError):
            pass
        finally:
            self._writers.discard(writer)
            writer.transport.abort()

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 60)
        except asyncio.IncompleteReadError as exc:
            if exc.partial.strip():
                self.lines.append(exc.partial.split(b"\r\n", 1)[0])
            return False
        lines = head[:-4].split(b"\r\n")
        self.lines.append(lines[0])
        parts = lines[0].split(b" ")
        if len(parts) != 3:
            return False
        method, target = parts[0], parts[1]
        headers = [line.partition(b":") for line in lines[1:]]
        values: dict[bytes, list[bytes]] = {}
        for name, _, value in headers:
            values.setdefault(name.strip().lower(), []).append(value.strip())
        te = values.get(b"transfer-encoding")
        if te and te[-1].rpartition(b",")[2].strip().lower() == b"chunked":
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                if size == 0:
                    while (await reader.readuntil(b"\r\n")) != b"\r\n":
                        pass
                    break
                await reader.readexactly(size + 2)
        elif values.get(b"content-length"):
            await reader.readexactly(int(values[b"content-length"][0]))
        upgrade = b"websocket" in b",".join(values.get(b"upgrade", [])).lower()
        if upgrade and b"/ws101" in target:
            writer.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                         b"Connection: Upgrade\r\n\r\n")
            while await reader.read(65536):  # opaque from here on
                pass
            return False
        body = BIG_BODY if b"/big" in target else b"ok"
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body))
        if method != b"HEAD":
            writer.write(body)
        await writer.drain()
        return b"close" not in b",".join(values.get(b"connection", [])).lower()


class Gateway:
    """An agent gateway that records every message it receives and answers JSON-RPC
    requests (single or batched) with a small result."""

    def __init__(self) -> None:
        self.received: list[str | bytes] = []
        self.server: Server | None = None
        self.port = 0

    async def start(self) -> Gateway:
        self.server = await serve(self._handler, "127.0.0.1", 0, max_size=None,
                                  ping_interval=None)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
            self.server = None

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    async def _handler(self, ws: ServerConnection) -> None:
        try:
            async for msg in ws:
                self.received.append(msg)
                try:
                    obj = json.loads(msg)
                except ValueError:
                    continue
                answers = [a for a in map(_answer, obj if isinstance(obj, list) else [obj]) if a]
                if answers:
                    await ws.send(json.dumps(answers if isinstance(obj, list) else answers[0]))
        except ConnectionClosed:
            pass


def _answer(obj: Any) -> dict[str, Any] | None:
    if not isinstance(obj, dict) or "method" not in obj or "id" not in obj:
        return None
    return {"jsonrpc": "2.0", "id": obj["id"],
            "result": {"content": [{"type": "text", "text": "ok"}], "isError": False}}


def gateway_messages(frames: list[str | bytes]) -> list[Any]:
    """The JSON-RPC messages in what the gateway received (batches flattened); a frame
    that is not JSON is returned as itself."""
    out: list[Any] = []
    for frame in frames:
        try:
            obj = json.loads(frame)
        except ValueError:
            out.append(frame)
            continue
        out.extend(obj if isinstance(obj, list) and obj else [obj])
    return out


def normalize_path(path: str) -> str:
    """A path as an origin server reads it: percent-encoded unreserved characters
    decoded, dot segments removed (written here independently of the proxy's own)."""
    unreserved = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    out, i = [], 0
    while i < len(path):
        chunk = path[i:i + 3]
        if chunk[:1] == "%" and len(chunk) == 3 and all(c in "0123456789abcdefABCDEF"
                                                         for c in chunk[1:]):
            c = chr(int(chunk[1:], 16))
            out.append(c if c in unreserved else chunk.upper())
            i += 3
        else:
            out.append(path[i])
            i += 1
    stack: list[str] = []
    segments = "".join(out).split("/")
    for seg in segments[1:]:
        if seg == "..":
            if stack:
                stack.pop()
        elif seg != ".":
            stack.append(seg)
    tail = "/" if segments[-1] in (".", "..") and stack else ""
    return "/" + "/".join(stack) + tail


# -- malformed HTTP -------------------------------------------------------------------


@dataclass
class HttpCase:
    """One connection's worth of bytes for the egress listener."""

    n: int
    kind: str
    data: bytes
    expect: int | None = None
    """Status the first answer must have (for requests that are valid)."""
    fin: bool = True
    """Half-close after sending; without it the proxy's own timeouts must end it."""
    hangup: str | None = None
    """`now` or `after-first-read`: reset the connection (RST) at that moment."""


_METHODS = [b"GET", b"POST", b"PUT", b"HEAD", b"DELETE", b"OPTIONS", b"PATCH"]
_BODIES = [b'{"a":1}', b'{"q":"' + LONE.encode() + b'"}', b"x" * 300, b"\xff\xfe\x00junk",
           b'{"k":"\\ud800\\udc00 pair then lone \\udbff"}']
_PATHS = [b"a", b"b/c", b"x?q=1&token=abc", b"%7Euser/%2e%2e/f", b"./d/../e", b"%ED%B2%80",
          b"%uDC80", b"caf%C3%A9", b"sp%20ace", b"q?" + b"z" * 50, b"a;p=1", b"%00"]
_JUNK = [b"\x00", b"\r", b"\n", b"\xff", b"\xed\xb2\x80", b" ", b"\t", b"\r\n", b":", b"\x7f"]


def _request(rng: random.Random, n: int, *, method: bytes | None = None,
             path: bytes | None = None, headers: list[bytes] | None = None,
             body: bytes | None = None) -> bytes:
    method = method or rng.choice(_METHODS)
    if path is None:
        path = b"/c%d/%s" % (n, rng.choice(_PATHS))
    lines = [b"Host: x", *(headers or [])]
    if body is None and method in (b"POST", b"PUT", b"PATCH"):
        body = rng.choice(_BODIES)
    if body:
        lines.append(b"Content-Length: %d" % len(body))
    return (method + b" http://" + UP + path + b" HTTP/1.1\r\n" + b"\r\n".join(lines)
            + b"\r\n\r\n" + (body or b""))


def _valid(rng: random.Random, n: int) -> HttpCase:
    if rng.random() < 0.2:
        return HttpCase(n, "valid-admin", _request(rng, n, method=b"GET",
                                                  path=b"/admin/c%d" % n), 403)
    return HttpCase(n, "valid", _request(rng, n), 200)


def _mutated(rng: random.Random, n: int) -> HttpCase:
    data = bytearray(_request(rng, n))
    how = rng.choice(["flip", "truncate", "insert", "delete"])
    for _ in range(rng.randint(1, 4)):
        pos = rng.randrange(len(data))
        if how == "flip":
            data[pos] = rng.randrange(256)
        elif how == "insert":
            data[pos:pos] = rng.choice(_JUNK)
        elif how == "delete":
            del data[pos:pos + rng.randint(1, 3)]
    if how == "truncate":
        del data[rng.randrange(1, len(data)):]
    return HttpCase(n, f"mutated-{how}", bytes(data))


def _framing(rng: random.Random, n: int) -> HttpCase:
    smuggle = SMUGGLED
    body = b"hello"
    chunked = b"5\r\nhello\r\n0\r\n\r\n" + smuggle
    te = rng.choice([b"chunked", b" chunked", b"chunked ", b"Chunked", b"chunked, identity",
                     b"identity, chunked", b"xchunked", b"chunked\x0b", b"\tchunked",
                     b"chunked\r\n chunked", b"gzip, chunked"])
    kind, headers, tail = rng.choice([
        ("cl-dup", [b"Content-Length: 5", b"Content-Length: 5"], body),
        ("cl-conflict", [b"Content-Length: 5", b"Content-Length: 60"], body + smuggle),
        ("cl-sign", [rng.choice([b"Content-Length: +5", b"Content-Length: -5",
                                 b"Content-Length: 0x5", b"Content-Length: 5 5",
                                 b"Content-Length: 99999999999999999999"])], body + smuggle),
        ("cl-te", [b"Content-Length: 4", b"Transfer-Encoding: " + te], chunked),
        ("te-cl", [b"Transfer-Encoding: " + te, b"Content-Length: 70"], chunked),
        ("te", [b"Transfer-Encoding: " + te], chunked),
        ("te-fold", [b"Transfer-Encoding:\r\n chunked"], chunked),
        ("te-dup", [b"Transfer-Encoding: chunked", b"Transfer-Encoding: " + te], chunked),
    ])
    data = _request(rng, n, method=b"POST", headers=headers, body=b"") + tail
    return HttpCase(n, f"framing-{kind}", data)


def _chunks(rng: random.Random, n: int) -> HttpCase:
    size = rng.choice([b"zz", b"-1", b"f" * 20, b"1;ext=\x00", b"5 ", b"0x5", b"", b"5\n",
                       b"7fffffffffffffff", b"3;" + b"e" * 9000])
    end = rng.choice([b"\r\n0\r\n\r\n", b"", b"\r\n", b"XX0\r\n\r\n" + SMUGGLED])
    data = _request(rng, n, method=b"POST", headers=[b"Transfer-Encoding: chunked"],
                    body=b"") + size + b"\r\nhello" + end
    return HttpCase(n, "bad-chunk", data)


def _big(rng: random.Random, n: int) -> HttpCase:
    headers = rng.choice([
        [b"X-Big: " + b"v" * 70_000],
        [b"X-H%d: v" % i for i in range(150)],
        [b"X-Big: " + b"v" * 8000] * 9,
        [b"Foo : bar"], [b"NoColon"], [b"X\x00Y: z"], [b": empty-name"],
        [b"X-Long-Name-" + b"n" * 9000 + b": v"],
    ])
    path = b"/c%d/" % n + b"p" * rng.choice([10, 9000])
    return HttpCase(n, "big-head", _request(rng, n, method=b"GET", path=path, headers=headers))


def _line_ends(rng: random.Random, n: int) -> HttpCase:
    data = _request(rng, n, headers=[b"X-A: 1"])
    head, sep, body = data.partition(b"\r\n\r\n")
    eol = rng.choice([b"\n", b"\r", b"\r\r\n", b"\n\r"])
    if rng.random() < 0.5:
        head = head.replace(b"\r\n", eol)
    else:
        pos = rng.randrange(len(head))
        head = head[:pos] + eol + head[pos:]
    return HttpCase(n, "line-ends", head + eol + eol + body)


def _pipelined(rng: random.Random, n: int) -> HttpCase:
    parts = []
    for i in range(rng.randint(2, 5)):
        path = b"/admin/p%d-%d" % (n, i) if rng.random() < 0.3 else b"/c%d/p%d" % (n, i)
        parts.append(_request(rng, n, method=rng.choice([b"GET", b"POST", b"HEAD"]),
                              path=path))
    if rng.random() < 0.3:
        parts.append(SMUGGLED)
    return HttpCase(n, "pipelined", b"".join(parts))


def _odd_bytes(rng: random.Random, n: int) -> HttpCase:
    where = rng.choice(["method", "path", "host", "header", "version"])
    junk = rng.choice([b"\x00", b"\xff\xfe", b"\xc3\x28", b"\xed\xb2\x80", b"\x80", b"caf\xc3\xa9",
                       b"\xe2\x80\xae", b"%00", b"\x1b[31m"])
    if where == "method":
        data = _request(rng, n, method=b"GE" + junk + b"T")
    elif where == "path":
        data = _request(rng, n, path=b"/c%d/" % n + junk)
    elif where == "host":
        data = _request(rng, n).replace(UP, b"127.0.0" + junk + b".1", 1)
    elif where == "header":
        data = _request(rng, n, headers=[b"X-Odd: a" + junk + b"b"])
    else:
        data = _request(rng, n).replace(b" HTTP/1.1\r\n", b" HTTP/1" + junk + b"1\r\n", 1)
    return HttpCase(n, f"odd-bytes-{where}", data)


def _forms(rng: random.Random, n: int) -> HttpCase:
    line = rng.choice([
        b"GET /admin/origin HTTP/1.1", b"OPTIONS * HTTP/1.1", b"GET * HTTP/1.1",
        b"GET https://" + UP + b"/c HTTP/1.1", b"GET ws://" + UP + b"/c%d HTTP/1.1" % n,
        b"GET http://u:p@" + UP + b"/c%d HTTP/1.1" % n, b"GET http://[::1]:1/ HTTP/1.1",
        b"GET http://127.0.0.1:0/ HTTP/1.1", b"GET http://127.0.0.1:99999/ HTTP/1.1",
        b"GET http://" + UP + b" HTTP/1.1", b"GET http://" + UP + b"/c%d#frag HTTP/1.1" % n,
        b"GET http://" + UP + b"/c%d HTTP/1.0" % n, b"GET http://" + UP + b"/c%d" % n,
        b"GET http://" + UP + b"/c%d HTTP/2.0" % n, b"GET http://" + UP + b"/c%d HTTP/1.1x" % n,
        b"GET http:/" + UP + b"/c HTTP/1.1", b"GET http://" + UP + b"/%2e%2e/admin/x HTTP/1.1",
        b"GET http://" + UP + b"/c/..%2fadmin HTTP/1.1", b"GET http://" + UP
        + b"/%61dmin/x HTTP/1.1", b"GET http://" + UP + b"//admin/x HTTP/1.1",
        b"GET http://" + UP + b"/c%d/../../admin/x HTTP/1.1" % n,
        b"get http://" + UP + b"/c%d HTTP/1.1" % n, b"G\tET http://" + UP + b"/ HTTP/1.1",
        b"GET  http://" + UP + b"/c%d  HTTP/1.1" % n, b"GET http://\xff/ HTTP/1.1",
    ])
    return HttpCase(n, "forms", line + b"\r\nHost: x\r\n\r\n")


def _connect(rng: random.Random, n: int) -> HttpCase:
    target = rng.choice([UP, b"127.0.0.1:80", b"[::1]:443", b":443", b"h:", b"h:abc",
                         b"a" * 9000 + b":443", b"127.0.0.1:443\x00", UP + b"/admin",
                         b"http://" + UP + b"/admin", b"127.0.0.1:0", b"[::1", b"*",
                         b"\xed\xb2\x80:443", b"127.0.0.1:0443"])
    data = b"CONNECT " + target + b" HTTP/1.1\r\nHost: x\r\n\r\n" + SMUGGLED
    return HttpCase(n, "connect", data)


def _upgrade(rng: random.Random, n: int) -> HttpCase:
    proto = rng.choice([b"websocket", b"h2c", b"WebSocket", b"foo/1"])
    conn = rng.choice([b"Connection: Upgrade", b"Connection: keep-alive, Upgrade", b""])
    path = rng.choice([b"/c%d/up" % n, b"/ws101/c%d" % n, b"/admin/up%d" % n])
    headers = [h for h in (b"Upgrade: " + proto, conn, b"Sec-WebSocket-Key: "
                           b"dGhlIHNhbXBsZSBub25jZQ==", b"Sec-WebSocket-Version: 13") if h]
    method = rng.choice([b"GET", b"GET", b"POST"])
    body = b"abc" if method == b"POST" else None
    data = _request(rng, n, method=method, path=path, headers=headers, body=body)
    after = rng.choice([SMUGGLED, b"GET http://" + UP + b"/admin/after HTTP/1.1\r\nHost: x"
                        b"\r\n\r\n", SMUGGLED * 3, b"\x81\x85abcd" + b"x" * 5 + SMUGGLED])
    return HttpCase(n, "upgrade-smuggle", data + after)


def _credentials(rng: random.Random, n: int) -> HttpCase:
    secret = SECRET.encode()
    headers = rng.sample([b"Authorization: Bearer " + secret, b"Proxy-Authorization: Basic "
                          + secret, b"Cookie: s=" + secret, b"X-API-Key: " + secret,
                          b"X-Internal-Token: " + secret], 2)
    path = rng.choice([b"/c%d/q?token=" % n + secret, b"/admin/c%d?key=" % n + secret,
                       b"/c%d/" % n + secret])
    data = _request(rng, n, path=path, headers=headers)
    if rng.random() < 0.5:
        data = data.replace(b"\r\n\r\n", b"\r\nBroken\x00Header\r\n\r\n", 1)
    return HttpCase(n, "credentials", data)


def _hangup(rng: random.Random, n: int) -> HttpCase:
    how = rng.choice(["now", "after-first-read"])
    if rng.random() < 0.7:
        data = _request(rng, n, method=b"GET", path=b"/c%d/big" % n)
    else:  # a body promised and cut short
        data = _request(rng, n, method=b"POST", path=b"/c%d/big" % n,
                        headers=[b"Content-Length: 100000"], body=b"") + b"x" * 10
    return HttpCase(n, f"hangup-{how}", data, hangup=how)


def _slow(rng: random.Random, n: int) -> HttpCase:
    data = _request(rng, n)
    return HttpCase(n, "no-fin-truncated", data[:rng.randrange(1, len(data))], fin=False)


def _random_bytes(rng: random.Random, n: int) -> HttpCase:
    return HttpCase(n, "random", rng.randbytes(rng.randint(1, 600)))


_HTTP_KINDS = [(_valid, 4), (_mutated, 6), (_framing, 4), (_chunks, 2), (_big, 2),
               (_line_ends, 2), (_pipelined, 2), (_odd_bytes, 3), (_forms, 3), (_connect, 2),
               (_upgrade, 4), (_random_bytes, 1), (_credentials, 2), (_hangup, 3), (_slow, 1)]


def http_cases(rng: random.Random, count: int) -> list[HttpCase]:
    makers = [m for m, w in _HTTP_KINDS for _ in range(w)]
    return [rng.choice(makers)(rng, n) for n in range(count)]


# -- WebSocket frames -----------------------------------------------------------------


@dataclass
class WsCase:
    """One client connection to the relay: `messages` through a real client, or raw
    `data` (a handshake is done first) for framing the client library refuses."""

    n: int
    kind: str
    messages: list[str | bytes] = field(default_factory=list)
    data: bytes = b""
    reply_ids: list[Any] = field(default_factory=list)
    """Request ids the client must get an answer for (from the gateway or the proxy)."""


def _call(tool: str, rpc_id: Any, args: Any = None) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": rpc_id, "method": "tools/call",
            "params": {"name": tool, "arguments": args if args is not None else {"p": "v"}}}


def random_json(rng: random.Random, depth: int = 0) -> Any:
    pick = rng.randrange(9 if depth < 3 else 5)
    if pick == 0:
        return rng.choice([None, True, False])
    if pick == 1:
        return rng.choice([0, -1, 2**63, 1.5, 1e308, -0.0])
    if pick in (2, 3, 4):
        return rng.choice(["", "x", SURROGATE, "a" + SURROGATE + "b", "\u202e", "\x00",
                           "user:fz", "ip:10.0.0.1", "é" * 3, "sk-" + "A" * 30])
    if pick in (5, 6):
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    keys = ["jsonrpc", "id", "method", "params", "result", "error", "name", "arguments",
            "key", "type", "payload", "v", SURROGATE, "search", "host", "principal", "session",
            "since", "until", "decision", "surface", "limit", "offset", "top", "seconds",
            "approve", "by", "note", "reason", "duration", "blocked"]
    return {rng.choice(keys): random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def json_text(obj: Any) -> str:
    """JSON with each SURROGATE placeholder turned into a lone-surrogate escape."""
    return json.dumps(obj).replace(SURROGATE, LONE)


def ws_frame(opcode: int, payload: bytes, *, fin: bool = True, rsv: int = 0,
             mask: bytes | None = b"\x01\x02\x03\x04", length: int | None = None) -> bytes:
    """One WebSocket frame as a client writes it (masked unless `mask` is None);
    `length` overrides the length field."""
    size = len(payload) if length is None else length
    first = (0x80 if fin else 0) | (rsv << 4) | opcode
    bit = 0x80 if mask is not None else 0
    if size < 126:
        head = struct.pack("!BB", first, bit | size)
    elif size < 2**16:
        head = struct.pack("!BBH", first, bit | 126, size)
    else:
        head = struct.pack("!BBQ", first, bit | 127, size)
    if mask is None:
        return head + payload
    return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def _ws_valid(rng: random.Random, n: int) -> WsCase:
    rpc_id: Any = rng.choice([n, f"s{n}", n + 0.5])
    msg = rng.choice([
        _call("echo", rpc_id), _call(DELETE_TOOL, rpc_id), _call("shell.exec", rpc_id),
        _call("http.get", rpc_id, {"headers": {"Authorization": f"Bearer {SECRET}"}}),
        {"jsonrpc": "2.0", "id": rpc_id, "method": "resources/read", "params": {"uri": "f:/x"}},
        {"jsonrpc": "2.0", "id": rpc_id, "method": "initialize", "params": {}},
    ])
    return WsCase(n, "valid", [json.dumps(msg)], reply_ids=[rpc_id])


def _ws_batch(rng: random.Random, n: int) -> WsCase:
    items = [_call(rng.choice(["echo", DELETE_TOOL]), f"b{n}-{i}") for i in range(3)]
    items.append({"jsonrpc": "2.0", "method": "notifications/x"})
    return WsCase(n, "batch", [json.dumps(items)], reply_ids=[i["id"] for i in items[:3]])


def _ws_surrogate(rng: random.Random, n: int) -> WsCase:
    text = rng.choice([
        '{"jsonrpc":"2.0","id":1,"method":"' + LONE + '"}',
        '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"' + LONE + '"}}',
        '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo",'
        '"arguments":{"' + LONE + '":"' + LONE + '"}}}',
        '{"jsonrpc":"2.0","id":"' + LONE + '","method":"ping"}',
        '[{"jsonrpc":"2.0","id":1,"method":"x' + LONE + '"}]',
        '{"jsonrpc":"2.0","method":"notify' + LONE + '"}',
        '{"jsonrpc":"2.0","id":"' + LONE + '"}',
        '{"jsonrpc":"2.0","id":"' + LONE + '","method":"tools/call","params":{"name":"'
        + DELETE_TOOL + '"}}',
    ])
    return WsCase(n, "lone-surrogate", [text])


def _ws_invalid(rng: random.Random, n: int) -> WsCase:
    msg = rng.choice([
        "{", "not json", "", "[]", "null", "1e999", '{"jsonrpc":"2.0","id":[1],"method":"x"}',
        '{"jsonrpc":"2.0","id":1,"method":5}', '{"jsonrpc":"2.0","id":1,"method":"tools/call",'
        '"params":{"name":7}}', "[" * 30_000 + "]" * 30_000, '{"a":' * 5000 + "1" + "}" * 5000,
        json_text(random_json(rng)), json_text(random_json(rng)), "\x00",
    ])
    return WsCase(n, "invalid", [msg])


def _ws_binary(rng: random.Random, n: int) -> WsCase:
    data = rng.choice([rng.randbytes(rng.randint(1, 300)), json.dumps(_call("echo", n)).encode(),
                       b"\xed\xb2\x80", b"\xff" * 10])
    return WsCase(n, "binary", [data])


def _ws_oversize(rng: random.Random, n: int) -> WsCase:
    return WsCase(n, "oversize", [json.dumps(_call("echo", n, {"big": "x" * 70_000}))])


def _ws_raw(rng: random.Random, n: int) -> WsCase:
    good = json.dumps(_call("echo", n)).encode()
    mask = rng.randbytes(4)
    kind, data = rng.choice([
        ("unmasked", ws_frame(1, good, mask=None)),
        ("reserved-opcode", ws_frame(rng.choice([3, 4, 5, 6, 7, 11, 12, 13, 14, 15]), good,
                                     mask=mask)),
        ("rsv-bits", ws_frame(1, good, rsv=rng.randint(1, 7), mask=mask)),
        ("big-control", ws_frame(9, b"p" * 200, mask=mask)),
        ("fragmented-control", ws_frame(9, b"p", fin=False, mask=mask)),
        ("lone-continuation", ws_frame(0, good, mask=mask)),
        ("interleaved-data", ws_frame(1, good[:10], fin=False, mask=mask)
         + ws_frame(1, good, mask=mask)),
        ("huge-length", ws_frame(2, b"", length=2**63 - 1, mask=mask)),
        ("bad-close-code", ws_frame(8, struct.pack("!H", rng.choice([0, 999, 1005, 1006,
                                                                      5000])), mask=mask)),
        ("short-close", ws_frame(8, b"\x03", mask=mask)),
        ("close-bad-utf8", ws_frame(8, b"\x03\xe8\xff\xfe", mask=mask)),
        ("text-bad-utf8", ws_frame(1, b'{"m":"\xed\xb2\x80"}', mask=mask)),
        ("fragmented-ok", ws_frame(1, good[:5], fin=False, mask=mask)
         + ws_frame(0, good[5:20], fin=False, mask=mask) + ws_frame(9, b"hi", mask=mask)
         + ws_frame(0, good[20:], mask=mask)),
        ("ping", ws_frame(9, b"hello", mask=mask)),
        ("truncated", ws_frame(1, good, mask=mask)[:-7]),
        ("garbage", rng.randbytes(rng.randint(1, 200))),
        ("length-lies", ws_frame(1, good, mask=mask, length=len(good) + 40)),
    ])
    return WsCase(n, f"raw-{kind}", data=data)


_WS_KINDS = [(_ws_valid, 4), (_ws_batch, 1), (_ws_surrogate, 2), (_ws_invalid, 3),
             (_ws_binary, 1), (_ws_oversize, 1), (_ws_raw, 5)]


def ws_cases(rng: random.Random, count: int) -> list[WsCase]:
    makers = [m for m, w in _WS_KINDS for _ in range(w)]
    return [rng.choice(makers)(rng, n) for n in range(count)]


# -- control-socket lines -----------------------------------------------------------


@dataclass
class ControlCase:
    """One control connection: lines written after the hello (each ends in `\\n`)."""

    n: int
    kind: str
    lines: list[bytes]


_COMMANDS = ["ping", "status", "approvals/list", "approvals/resolve", "principals/list",
             "principals/block", "principals/unblock", "rules/get", "config/get",
             "stats/get", "audit/query", "audit/stats", "rules/replace", "subscribe",
             "nope", ""]


def _payload(rng: random.Random, command: str) -> Any:
    payload = random_json(rng)
    if not isinstance(payload, dict):
        return payload
    if command == "rules/replace":
        # Never a string: a valid rules text would swap the rules the checks rely on.
        payload["yaml"] = rng.choice([None, 5, [], {"a": 1}, True])
    if command in ("principals/block", "principals/unblock"):
        payload["key"] = rng.choice([f"user:fz-{rng.randrange(10**6)}", 7, None, "",
                                     "user:" + "k" * 5000, "agent:\u202efz", ["user:fz"]])
        payload["duration"] = rng.choice([None, "1h", "0s", "-5s", "forever", 10**30, "1e999",
                                          [], "5x"])
    return payload


def _envelope(rng: random.Random) -> bytes:
    command = rng.choice(_COMMANDS)
    msg: dict[str, Any] = {"v": rng.choice([1, 1, 1, 2, "1", None]),
                           "id": rng.choice([1, "a", None, [1], {"x": 1}, 1.5, True]),
                           "type": rng.choice([command, command, command, 5, None]),
                           "payload": _payload(rng, command)}
    for key in list(msg):
        if rng.random() < 0.1:
            del msg[key]
    return json_text(msg).encode()


def _control_lines(rng: random.Random) -> tuple[str, list[bytes]]:
    surrogate_block = ('{"v":1,"id":9,"type":"principals/block","payload":{"key":"user:fz'
                       + LONE + '","duration":"1h"}}').encode()
    return rng.choice([
        ("envelope", [_envelope(rng) for _ in range(rng.randint(1, 4))]),
        ("random-json", [json_text(random_json(rng)).encode()]),
        ("not-json", [rng.choice([b"hello", b"\xff\xfe\xed\xb2\x80", b"{", b"\x00" * 10,
                                  b'{"v":1,"type":"ping"', b"NaN", b"Infinity", b"[1,2"])]),
        ("random-bytes", [rng.randbytes(rng.randint(1, 300)).replace(b"\n", b" ")]),
        ("surrogate-block", [surrogate_block]),
        ("surrogate-unblock", [surrogate_block.replace(b"principals/block",
                                                       b"principals/unblock")]),
        ("blank-and-ping", [b"", b"   ", b'{"v":1,"id":3,"type":"ping"}']),
        ("deep", [b"[" * 50_000 + b"]" * 50_000]),
        ("big-number", [b'{"v":1,"id":1,"type":"stats/get","payload":{"top":'
                        + b"9" * 5000 + b"}}"]),
    ])


def control_cases(rng: random.Random, count: int) -> list[ControlCase]:
    out = []
    for n in range(count):
        kind, lines = _control_lines(rng)
        out.append(ControlCase(n, kind, lines))
    # Two huge lines at fixed places: one over MAX_LINE (16 MiB), one just under 1 MiB.
    out[count // 3] = ControlCase(count // 3, "huge-over-limit",
                                  [b'{"v":1,"id":1,"type":"ping","pad":"' + b"x" * (17 << 20)
                                   + b'"}', b'{"v":1,"id":2,"type":"ping"}'])
    out[2 * count // 3] = ControlCase(2 * count // 3, "huge-under-limit",
                                      [b'{"v":1,"id":1,"type":"ping","pad":"'
                                       + b"x" * (1 << 20) + b'"}'])
    return out
