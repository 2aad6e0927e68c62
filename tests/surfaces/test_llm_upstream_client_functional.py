"""The gateway's lean upstream client (`surfaces.lean_client`) against aiohttp's session,
the client it stands in for: the same request bytes upstream, the same answer read
back (status, headers, body), the same errors, for answers written byte by byte by a
scripted server (by length, chunked, to the connection's end, compressed, after a 100
Continue, broken off, never coming)."""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import json
import os
import shutil
import ssl
import subprocess
import sys
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from multidict import CIMultiDict

from secproxy.config.llm import Upstream
from secproxy.surfaces.lean_answer import LeanResponse
from secproxy.surfaces.llm.upstream import UpstreamPool

pytestmark = pytest.mark.functional

BODY = b'{"model": "m", "messages": [{"role": "user", "content": "hi \xc3\xa9"}]}'


@dataclass
class Script:
    """What the server answers each request with, and what it received."""

    answers: list[bytes]
    close_after: bool = False
    """Close the connection once an answer is written."""
    piece: int = 0
    """Write answers this many bytes at a time, each on its own (0: at once)."""
    heads: list[bytes] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)
    connections: int = 0


@asynccontextmanager
async def scripted(script: Script, tls: ssl.SSLContext | None = None) -> AsyncIterator[str]:
    """A server answering each request with the script's next answer, as written."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        script.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                script.heads.append(head)
                script.bodies.append(await reader.readexactly(length))
                if not script.answers:
                    await asyncio.sleep(30)  # an answer that never comes
                answer = script.answers.pop(0)
                step = script.piece or len(answer) or 1
                for at in range(0, len(answer), step):
                    writer.write(answer[at:at + step])
                    await writer.drain()
                    if script.piece:
                        await asyncio.sleep(0.001)
                if script.close_after:
                    break
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=tls)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()
        await server.wait_closed()


@dataclass
class Read:
    status: int = 0
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    error: str = ""


HEADERS = [("Content-Type", "application/json"), ("Authorization", "Bearer sk-x"),
           ("X-Stainless-Lang", "python"), ("X-Dup", "1"), ("X-Dup", "2"),
           ("Accept-Encoding", "identity")]


async def _exchange(base: str, lean: bool, *, path: str = "/v1/chat/completions",
                    headers: list[tuple[str, str]] = HEADERS, timeout: float = 5.0,
                    body: bytes = BODY) -> Read:
    """One POST by the pool, through the lean client or aiohttp's session."""
    pool = UpstreamPool()
    upstream = Upstream(url=base, retries=0, timeout=timeout)
    sent = CIMultiDict(headers)
    got = Read()
    try:
        if lean:
            resp = await pool.send("up", upstream, "POST", base + path, sent, body)
            assert isinstance(resp, LeanResponse)
        else:
            resp = await pool.session("up", upstream).request(
                "POST", base + path, headers=sent, data=body or None, allow_redirects=False,
                timeout=aiohttp.ClientTimeout(sock_connect=5, sock_read=timeout))
        async with resp:
            got.status = resp.status
            got.headers = list(resp.headers.items())
            async for data in resp.content.iter_any():
                got.body += data
    except (aiohttp.ClientError, TimeoutError) as exc:
        got.error = type(exc).__name__
    finally:
        await pool.close()
    return got


def _head_lines(head: bytes) -> list[bytes]:
    first, *rest = head.rstrip(b"\r\n").split(b"\r\n")
    return [first, *sorted(line.lower() for line in rest)]


ANSWERS = {
    "length": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n"
              b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n{\"ok\": true}",
    "chunked": b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
               b"Transfer-Encoding: chunked\r\n\r\n"
               b"7\r\ndata: 1\r\n8\r\n\n\ndata: \r\n3\r\n2\n\n\r\n0\r\n\r\n",
    "to the end": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                  b"Connection: close\r\n\r\n{\"to\": \"the end\"}",
    "gzip": b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s"
            % (len(gzip.compress(b"zipped " * 50)), gzip.compress(b"zipped " * 50)),
    "deflate": b"HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Length: %d\r\n\r\n%s"
               % (len(zlib.compress(b"deflated " * 50)), zlib.compress(b"deflated " * 50)),
    "raw deflate": (lambda c: b"HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n"
                    b"Content-Length: %d\r\n\r\n%s" % (len(c), c))(
        (lambda o: o.compress(b"raw " * 60) + o.flush())(zlib.compressobj(wbits=-15))),
    "bad gzip": b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 9\r\n\r\n"
                b"not gzip!",
    "100 continue": b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                    b"\r\nok",
    "error": b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 4\r\n"
             b"\r\nbusy",
    "broken off": b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part",
    "broken chunks": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
    "bad chunk": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nzz\r\n",
    "longer than its length": b"HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n{\"ok\": true}",
    "129 headers": b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(129))
                   + b"Content-Length: 2\r\n\r\nok",
    "128 headers": b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(127))
                   + b"Content-Length: 2\r\n\r\nok",
    "a header over 8190": b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 8190
                          + b"\r\nContent-Length: 2\r\n\r\nok",
    "a header of 8190": b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * (8190 - 6)
                        + b"\r\nContent-Length: 2\r\n\r\nok",
    "latin-1 header": b"HTTP/1.1 200 OK\r\nX-Name: caf\xe9\r\nContent-Length: 2\r\n\r\nok",
    "folded header": b"HTTP/1.1 200 OK\r\nX-A: one\r\n two\r\nContent-Length: 2\r\n\r\nok",
    "space before colon": b"HTTP/1.1 200 OK\r\nX-A : 1\r\nContent-Length: 2\r\n\r\nok",
    "two lengths": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok!",
    "length and chunked": b"HTTP/1.1 200 OK\r\nContent-Length: 20\r\n"
                          b"Transfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n",
    "http/1.0": b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nto the end",
    "204": b"HTTP/1.1 204 No Content\r\n\r\n",
    "no reason": b"HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok",
    "trailing spaces": b"HTTP/1.1 200 OK\r\nX-A: 1 \t \r\nContent-Length: 2\r\n\r\nok",
    "NUL in a header": b"HTTP/1.1 200 OK\r\nX-A: a\x00b\r\nContent-Length: 2\r\n\r\nok",
    "DEL in a header": b"HTTP/1.1 200 OK\r\nX-A: a\x7fb\r\nContent-Length: 2\r\n\r\nok",
    "spaces after a chunk size": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                 b"2  \r\nok\r\n0\r\n\r\n",
    "101 upgrade": b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                   b"Connection: Upgrade\r\n\r\nraw bytes",
    "101 bare": b"HTTP/1.1 101 Switching Protocols\r\n\r\nHTTP/1.1 200 OK\r\n"
                b"Content-Length: 2\r\n\r\nok",
    "103 hints": b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\n"
                 b"Content-Length: 2\r\n\r\nok",
    "bare LF": b"HTTP/1.1 200 OK\nContent-Length: 2\n\nok",
    "head cut": b"HTTP/1.1 200 OK\r\nContent-Le",
    "not http": b"SSH-2.0-OpenSSH_9.6\r\n\r\n",
}


@pytest.mark.parametrize("piece", [0, 5])
@pytest.mark.parametrize("kind", list(ANSWERS))
async def test_lean_client_reads_as_aiohttp_does(kind: str, piece: int) -> None:
    """Each answer written at once, and 5 bytes at a time."""
    if (kind, piece) == ("bad chunk", 5):
        pytest.skip("aiohttp 3.14 never ends that read: test_a_bad_chunk_after_the_head")
    script = Script([ANSWERS[kind]] * 2, close_after=True, piece=piece)
    async with scripted(script) as base:
        session, ours = [await _exchange(base, lean) for lean in (False, True)]
    assert ours == session
    assert _head_lines(script.heads[1]) == _head_lines(script.heads[0])
    assert script.bodies == [BODY, BODY]


async def test_lean_client_read_timeout_is_aiohttp_s() -> None:
    reads = []
    for lean in (False, True):
        async with scripted(Script([])) as base:
            reads.append(await _exchange(base, lean, timeout=0.3))
    assert reads[0] == reads[1]
    assert reads[1].error == "SocketTimeoutError"


async def test_lean_client_connection_refused_is_aiohttp_s() -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    base = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    server.close()
    await server.wait_closed()
    reads = [await _exchange(base, lean) for lean in (False, True)]
    assert reads[0] == reads[1]
    assert reads[1].error == "ClientConnectorError"


async def test_lean_client_keeps_a_read_connection_alive() -> None:
    ok = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    close = b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"
    script = Script([ok, ok, close, ok])
    async with scripted(script) as base:
        pool = UpstreamPool()
        upstream = Upstream(url=base, retries=0)
        try:
            for _ in range(4):
                resp = await pool.send("up", upstream, "POST", base + "/v1/messages",
                                       CIMultiDict(HEADERS), BODY)
                async with resp:
                    assert isinstance(resp, LeanResponse)
                    assert [d async for d in resp.content.iter_any()] == [b"ok"]
        finally:
            await pool.close()
    assert script.connections == 2  # a new one only after the server's Connection: close


async def test_requests_the_lean_client_would_send_otherwise_go_by_aiohttp() -> None:
    """A path aiohttp's URL re-quotes or resolves, an Expect header, another method."""
    pool = UpstreamPool()
    base = "http://127.0.0.1:9"
    lean = pool.lean("up", Upstream(url=base))
    plain = CIMultiDict(HEADERS)
    assert lean.takes("POST", base + "/v1/chat/completions?api-version=2024-10", plain) \
        == "/v1/chat/completions?api-version=2024-10"
    for url in (base + "/v1/%41bc", base + "/v1/../admin", base + "/v1/a b",
                base + "/v1/x#frag", "http://other:9/v1/chat/completions"):
        assert lean.takes("POST", url, plain) is None, url
    assert lean.takes("GET", base + "/v1/models", plain) is None
    assert lean.takes("POST", base + "/v1/messages",
                      CIMultiDict([*HEADERS, ("Expect", "100-continue")])) is None
    await pool.close()


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "a\rb", "a\x00b", "a\x7fb",
                                   "a\x1bb"])
async def test_a_header_with_a_control_character_is_refused_as_aiohttp_refuses_it(
        value: str) -> None:
    script = Script([ANSWERS["length"]])
    async with scripted(script) as base:
        pool = UpstreamPool()
        upstream = Upstream(url=base, retries=0)
        with pytest.raises(ValueError, match="Forbidden control character") as aio:
            await pool.session("up", upstream).request(
                "POST", base + "/v1/messages", headers=CIMultiDict([("X-Note", value)]),
                data=BODY)
        with pytest.raises(ValueError) as ours:
            await pool.send("up", upstream, "POST", base + "/v1/messages",
                            CIMultiDict([("X-Note", value)]), BODY)
        await pool.close()
    assert str(ours.value) == str(aio.value)
    assert script.heads == []


@pytest.mark.parametrize("value", ["caf\udce9", "café", "tab\there", "€ and \U0001f600"])
async def test_header_text_is_written_as_aiohttp_writes_it(value: str) -> None:
    """UTF-8, a lone surrogate (a byte aiohttp's server could not decode) left out."""
    script = Script([ANSWERS["length"]] * 2, close_after=True)
    async with scripted(script) as base:
        for lean in (False, True):
            await _exchange(base, lean, headers=[("X-Note", value)])
    assert _head_lines(script.heads[1]) == _head_lines(script.heads[0])


def _certificate(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


@asynccontextmanager
async def _tls_server(cert: Path, key: Path, script: Script) -> AsyncIterator[str]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    async with scripted(script, context) as base:
        yield base.replace("http://", "https://")


async def _tls_reads(cert: Path, key: Path, host: str = "127.0.0.1"
                     ) -> tuple[list[Read], Script]:
    script = Script([ANSWERS["chunked"]] * 2, close_after=True)
    loop = asyncio.get_running_loop()
    resolve = loop.getaddrinfo

    async def getaddrinfo(name: str, *args: Any, **kwargs: Any) -> Any:
        # 'localhost.' is the server's name as a fully qualified one (the resolver here
        # knows no such name: both clients are told where it is)
        return await resolve("127.0.0.1" if name == "localhost." else name, *args, **kwargs)

    loop.getaddrinfo = getaddrinfo  # type: ignore[method-assign]
    async with _tls_server(cert, key, script) as base:
        base = base.replace("127.0.0.1", host)
        reads = [await _exchange(base, lean) for lean in (False, True)]
    return reads, script


def tls_child(cert: str, key: str, host: str = "127.0.0.1") -> None:
    """Run in a child whose SSL_CERT_FILE trusts `cert` (read when a client's context is
    made): the two clients' reads over TLS of https://`host`, as JSON."""
    reads, script = asyncio.run(_tls_reads(Path(cert), Path(key), host))
    print(json.dumps({"reads": [{**dataclasses.asdict(r), "body": r.body.decode()}
                                for r in reads],
                      "heads": [[h.decode() for h in _head_lines(head)]
                                for head in script.heads]}))


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
async def test_lean_client_speaks_tls_as_aiohttp_does(tmp_path: Path) -> None:
    cert, key = _certificate(tmp_path)
    # Not trusted here: both refuse the certificate, with the same error.
    untrusted, _ = await _tls_reads(cert, key)
    assert untrusted[0] == untrusted[1]
    assert untrusted[1].error == "ClientConnectorCertificateError"
    # Trusted (a child whose default verify paths hold it): both read the answer, of
    # the server by its address, its name, its name with the root's dot (which the
    # certificate does not hold: aiohttp strips it; the lean client failed there).
    for host in ("127.0.0.1", "localhost", "localhost."):
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-c", "import sys; from tests.surfaces."
            "test_llm_upstream_client_functional import tls_child; tls_child(*sys.argv[1:])",
            str(cert), str(key), host, stdout=asyncio.subprocess.PIPE,
            env={**os.environ, "SSL_CERT_FILE": str(cert)}, cwd=Path(__file__).parents[2])
        out, _ = await asyncio.wait_for(child.communicate(), 60)
        got = json.loads(out)
        session, ours = got["reads"]
        assert ours == session and ours["status"] == 200
        assert ours["body"] == "data: 1\n\ndata: 2\n\n"
        assert got["heads"][0] == got["heads"][1]


async def test_a_head_that_never_ends_is_refused() -> None:
    script = Script([b"HTTP/1.1 200 OK\r\nX-Endless: " + b"a" * (4 << 20)], close_after=True)
    async with scripted(script) as base:
        got = await _exchange(base, True)
    assert got.error == "ClientResponseError"


async def test_a_trailer_is_not_read_into_the_next_answer() -> None:
    chunked = (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n"
               b"2\r\nok\r\n0\r\nX-Sum: 1\r\n\r\n")
    plain = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    script = Script([chunked, plain])
    async with scripted(script) as base:
        pool = UpstreamPool()
        heads = []
        try:
            for _ in range(2):
                resp = await pool.send("up", Upstream(url=base, retries=0), "POST",
                                       base + "/v1/messages", CIMultiDict(HEADERS), BODY)
                async with resp:
                    assert [d async for d in resp.content.iter_any()] == [b"ok"]
                    heads.append({k.lower() for k in resp.headers})
        finally:
            await pool.close()
    assert script.connections == 1
    assert "x-sum" not in heads[0] | heads[1]


async def test_a_compressed_answer_is_read_a_piece_at_a_time() -> None:
    """4 MiB of zeros in 4 KB of gzip: never more than 64 KiB decompressed at once (a
    reader's limit stops it before the rest is inflated)."""
    packed = gzip.compress(bytes(4 << 20))
    script = Script([b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n"
                     b"\r\n%s" % (len(packed), packed)])
    async with scripted(script) as base:
        pool = UpstreamPool()
        try:
            resp = await pool.send("up", Upstream(url=base, retries=0), "POST",
                                   base + "/v1/messages", CIMultiDict(HEADERS), BODY)
            async with resp:
                sizes = [len(d) async for d in resp.content.iter_any()]
        finally:
            await pool.close()
    assert sum(sizes) == 4 << 20 and max(sizes) <= 1 << 16


@pytest.mark.parametrize("headers", [[], [("Accept", "text/event-stream")],
                                     [("content-type", "text/plain"), ("Cookie", "a=1")]])
@pytest.mark.parametrize("body", [b"", BODY])
async def test_lean_client_sends_what_aiohttp_sends(headers: list[tuple[str, str]],
                                                    body: bytes) -> None:
    script = Script([ANSWERS["length"]] * 2, close_after=True)
    async with scripted(script) as base:
        session, ours = [await _exchange(base, lean, headers=headers, body=body)
                         for lean in (False, True)]
    assert ours == session
    assert _head_lines(script.heads[1]) == _head_lines(script.heads[0])
    assert script.bodies == [body, body]


async def test_a_bad_chunk_after_the_head_ends_the_read() -> None:
    """A chunk size that does not parse, come after the head: the body read so far, then
    ClientPayloadError (aiohttp's own reader waits for ever there, past its read
    timeout)."""
    script = Script([ANSWERS["bad chunk"]], close_after=True, piece=5)
    async with scripted(script) as base:
        got = await _exchange(base, True, timeout=3)
    assert (got.status, got.body, got.error) == (200, b"hello", "ClientPayloadError")


async def test_a_body_that_stops_coming_times_out_as_aiohttp_s() -> None:
    """The head and part of the body, then nothing on an open connection: the part,
    then the read timeout's error."""
    reads = []
    for lean in (False, True):
        async with scripted(Script([ANSWERS["broken off"]])) as base:
            reads.append(await _exchange(base, lean, timeout=0.3))
    assert reads[0] == reads[1]
    assert (reads[1].status, reads[1].body, reads[1].error) == \
        (200, b"only part", "SocketTimeoutError")


async def test_an_answer_released_unread_leaves_its_connection_reading() -> None:
    """A 503 of 200 KiB taken whole but not read (as a retry does), then the next
    request on that kept-alive connection: answered (reading had paused for the unread
    body and the connection was pooled paused)."""
    big = b"x" * (200 << 10)
    busy = b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: %d\r\n\r\n%s" % (len(big), big)
    ok = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    script = Script([busy, ok])
    async with scripted(script) as base:
        pool = UpstreamPool()
        upstream = Upstream(url=base, retries=0, timeout=2)
        try:
            first = await pool.send("up", upstream, "POST", base + "/v1/messages",
                                    CIMultiDict(HEADERS), BODY)
            await asyncio.sleep(0.2)  # all of it read off the socket, none of it taken
            first.release()
            second = await pool.send("up", upstream, "POST", base + "/v1/messages",
                                     CIMultiDict(HEADERS), BODY)
            async with second:
                assert [d async for d in second.content.iter_any()] == [b"ok"]
        finally:
            await pool.close()


@pytest.mark.parametrize("after", [
    b"HTTP/1.1 200 OK\r\nX-Other: 1\r\nContent-Length: 7\r\n\r\nnobody'",
    b"HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nother\r\n"])
async def test_what_comes_after_an_answer_in_its_read_is_left_unread(after: bytes) -> None:
    """A second answer come in the same read as the first: the first is the request's,
    as aiohttp reads it, and the connection is not used again. llhttp parsed on, and the
    second answer's head replaced the first's. (Bytes that are not HTTP there fail the
    read, as aiohttp's: 'longer than its length'.)"""
    answer = b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nreal"
    plain = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    reads = []
    for lean in (False, True):
        async with scripted(Script([answer + after])) as base:
            reads.append(await _exchange(base, lean))
    assert reads[1] == reads[0]
    assert (reads[1].status, reads[1].body, reads[1].error) == (200, b"real", "")
    script = Script([answer + after, plain])
    async with scripted(script) as base:
        pool = UpstreamPool()
        bodies = []
        try:
            for _ in range(2):
                resp = await pool.send("up", Upstream(url=base, retries=0, timeout=5), "POST",
                                       base + "/v1/messages", CIMultiDict(HEADERS), BODY)
                async with resp:
                    bodies.append(b"".join([d async for d in resp.content.iter_any()]))
        finally:
            await pool.close()
    assert bodies == [b"real", b"ok"] and script.connections == 2


async def test_a_request_waiting_for_a_free_connection_is_announced_before_the_wait(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # With every connection taken (long streams hold one each), `sent` waited with the
    # request: its decision unannounced while the gateway decided others (RV, session 20).
    from secproxy.surfaces import lean_client

    monkeypatch.setattr(lean_client, "LIMIT", 1)
    gate = asyncio.Event()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
        await reader.readexactly(length)
        await gate.wait()
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    client = lean_client.LeanClient(f"http://127.0.0.1:{port}")
    said: list[str] = []
    first_sent = asyncio.Event()

    def first_said() -> None:
        said.append("first")
        first_sent.set()

    try:
        first = asyncio.ensure_future(client.send(
            "/v1/x", CIMultiDict(), BODY, connect_timeout=5, read_timeout=5,
            sent=first_said))
        await asyncio.wait_for(first_sent.wait(), 5)
        second = asyncio.ensure_future(client.send(
            "/v1/x", CIMultiDict(), BODY, connect_timeout=5, read_timeout=5,
            sent=lambda: said.append("second")))
        for _ in range(20):
            await asyncio.sleep(0)
        assert "second" in said and not first.done()  # announced while it waits
        gate.set()
        answer = await first
        answer.release()
        second.cancel()
        await asyncio.gather(second, return_exceptions=True)
    finally:
        server.close()
        await server.wait_closed()
