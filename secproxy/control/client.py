"""A small asyncio client for the operator API, used by the CLI one-shots and by the
console's connection manager.

    async with ControlClient(path) as client:
        pending = await client.call("approvals/list")

    remote = RemoteApi("https://proxy.example:8000", key=os.environ["SECPROXY_OPERATOR_KEY"])
    async with ControlClient(remote) as client: ...

The same messages travel over either transport (`Link`): the local control socket
(`UnixLink`) or the api listener's `/operator/api/ws` WebSocket (`WebSocketLink`, key in
the `Authorization` header, TLS verified unless told otherwise).

Failures are `ControlError`s with a hint: no proxy running, permission denied, key
refused, certificate not trusted, unreachable, timed out, or an error the server
answered (`OperatorError`, with its code and, for rejected rules, the config issues).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import itertools
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast
from urllib.parse import urlsplit, urlunsplit

import aiohttp

from secproxy.aio import cancel_and_wait, spawn
from secproxy.control import protocol
from secproxy.errors import ConfigIssue, ControlError, ControlTimeout

EventCallback = Callable[[dict[str, Any]], None]
NOT_RUNNING_HINT = (
    "start it with `secproxy serve`, or point to its socket with --socket PATH (or -c CONFIG)"
)


class OperatorError(ControlError):
    """The proxy answered a command with an error."""

    def __init__(
        self, message: str, *, code: str, hint: str | None = None, issues: Any = None
    ) -> None:
        super().__init__(message, hint)
        self.code = code
        self.issues: list[dict[str, Any]] = list(issues or [])

    def config_issues(self, source: str | None = None) -> list[ConfigIssue]:
        return protocol.issues_from_wire(self.issues, source)


def not_running(path: Path | str, why: str) -> ControlError:
    return ControlError(f"no secproxy is running at {path} ({why})", hint=NOT_RUNNING_HINT)


OPERATOR_PATH = "/operator/api"
"""Where the api listener serves the operator API (`secproxy.control.http.PREFIX`)."""
REMOTE_MAX_MESSAGE = 256 * 1024 * 1024
"""Largest WebSocket frame taken from the proxy (a backlog arrives as one frame)."""


@dataclass(frozen=True)
class RemoteApi:
    """A remote proxy's operator API: the api listener's base URL (`https://host:8000`,
    or a path a reverse proxy serves it under) and the operator key to send."""

    url: str
    """Base URL as given; `/operator/api/ws` is added (unless the URL already ends in
    `/operator/api`)."""
    key: str = field(repr=False)
    """One of the proxy's `control.api_keys`; sent only in the Authorization header."""
    ca: Path | None = None
    """CA bundle (PEM) to verify the proxy's certificate with, instead of the system's."""
    insecure: bool = False
    """Skip certificate verification, and allow plain http to a non-loopback host."""

    def __str__(self) -> str:
        return self.url

    def websocket_url(self) -> str:
        """The WebSocket endpoint; `ControlError` for a URL that cannot be one."""
        parts = urlsplit(self.url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ControlError(
                f"{self.url!r} is not an http(s) URL with a host",
                hint="give the proxy's api listener, e.g. --url https://proxy.example:8000",
            )
        if parts.scheme == "http" and not self.insecure and not _loopback(parts.hostname):
            raise ControlError(
                f"refusing to send the operator key in clear text to {parts.hostname}",
                hint="use https:// (a TLS front for the api listener), an SSH tunnel to "
                "a loopback port, or --insecure to send it anyway",
            )
        path = parts.path.rstrip("/")
        if not path.endswith(OPERATOR_PATH):
            path += OPERATOR_PATH
        scheme = "wss" if parts.scheme == "https" else "ws"
        return urlunsplit((scheme, parts.netloc, f"{path}/ws", "", ""))

    def ssl_context(self) -> ssl.SSLContext | bool:
        if self.insecure:
            return False
        try:
            return ssl.create_default_context(cafile=str(self.ca) if self.ca else None)
        except (OSError, ssl.SSLError) as exc:
            raise ControlError(
                f"cannot use {self.ca} as a CA bundle: {exc}",
                hint="--ca takes a PEM file with the certificate(s) that signed the proxy's",
            ) from None


ControlTarget = Path | RemoteApi
"""Where a client attaches: a control socket path or a remote operator API."""


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Link(Protocol):
    """One connection carrying the control protocol's NDJSON lines both ways."""

    async def send(self, data: bytes) -> None:
        """Send one or more complete lines."""

    async def receive(self) -> list[bytes]:
        """The next lines that arrived (at least one); an empty list once closed."""

    async def close(self) -> None: ...


class _LineProtocol(asyncio.streams.FlowControlMixin, asyncio.Protocol):
    """The control socket's lines as they arrive: queued for `UnixLink.receive` until a
    receiver listens, then handed to it from the socket's own callback (a reply's future
    is resolved there, with no reader task woken in between)."""

    def __init__(self) -> None:
        super().__init__()
        self._buffer = bytearray()
        self._lines: list[bytes] = []
        self._waiter: asyncio.Future[None] | None = None
        self._receiver: Callable[[bytes], None] | None = None
        self._on_close: Callable[[], None] | None = None
        self.closed = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)
        self._gone = asyncio.get_running_loop().create_future()

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        last = data.rfind(b"\n")  # in what arrived only: a long line comes in many parts
        if last < 0:
            buffer += data
            if len(buffer) > protocol.MAX_LINE:  # as StreamReader.readline's limit did
                self._transport.abort()
            return
        if buffer and len(buffer) + data.find(b"\n") > protocol.MAX_LINE:
            self._transport.abort()  # the line kept so far ends here, over the limit
            return
        if not buffer and last == len(data) - 1:
            chunk = data  # the usual case: whole lines, nothing kept from before
        else:
            buffer += data
            end = len(buffer) - len(data) + last + 1
            chunk = bytes(buffer[:end])
            del buffer[:end]
        # Lines keep their newline; one line (most chunks) is passed on without a copy.
        lines = ([chunk] if chunk.find(b"\n") == len(chunk) - 1
                 else [line + b"\n" for line in chunk.split(b"\n")[:-1]])
        receiver = self._receiver
        if receiver is None:
            self._lines.extend(lines)
            self._wake()
            return
        for line in lines:
            receiver(line)

    def eof_received(self) -> bool:
        return False  # closes the transport: connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        self.closed = True
        if not self._gone.done():
            self._gone.set_result(None)
        self._wake()
        if self._on_close is not None:
            self._on_close()

    def _get_close_waiter(self, stream: asyncio.StreamWriter) -> asyncio.Future[None]:
        return self._gone  # what StreamWriter.wait_closed awaits

    def _wake(self) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def lines(self) -> list[bytes]:
        while not self._lines and not self.closed:
            self._waiter = asyncio.get_running_loop().create_future()
            await self._waiter
        lines, self._lines = self._lines, []
        return lines

    def listen(self, receiver: Callable[[bytes], None], on_close: Callable[[], None]) -> None:
        self._receiver, self._on_close = receiver, on_close
        lines, self._lines = self._lines, []
        for line in lines:
            receiver(line)
        if self.closed:
            on_close()


class UnixLink:
    """The local control socket."""

    def __init__(self, transport: asyncio.Transport, lines: _LineProtocol):
        self.transport = transport
        self.protocol = lines
        self.writer = asyncio.StreamWriter(transport, lines, None, asyncio.get_running_loop())

    @classmethod
    async def open(cls, path: Path) -> UnixLink:
        loop = asyncio.get_running_loop()
        try:
            transport, lines = await loop.create_unix_connection(_LineProtocol, str(path))
        except FileNotFoundError:
            raise not_running(path, "the socket does not exist") from None
        except ConnectionRefusedError:
            raise not_running(path, "nothing listens on the socket") from None
        except PermissionError:
            raise ControlError(
                f"permission denied on the control socket {path}",
                hint="the socket is mode 0600: run this as the user running secproxy",
            ) from None
        except OSError as exc:
            raise not_running(path, exc.strerror or str(exc)) from None
        return cls(transport, lines)

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def receive(self) -> list[bytes]:
        return await self.protocol.lines()

    def listen(self, receiver: Callable[[bytes], None], on_close: Callable[[], None]) -> None:
        """From now on each line (with its newline) goes to `receiver` as it arrives,
        and `on_close` is called once the connection is gone; `receive` is done."""
        self.protocol.listen(receiver, on_close)

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(OSError, ConnectionError):
            await self.writer.wait_closed()


class WebSocketLink:
    """A remote proxy's `/operator/api/ws`, over its own HTTP session."""

    def __init__(self, session: aiohttp.ClientSession, ws: aiohttp.ClientWebSocketResponse):
        self.session = session
        self.ws = ws

    @classmethod
    async def open(cls, remote: RemoteApi) -> WebSocketLink:
        url = remote.websocket_url()
        tls = remote.ssl_context()
        session = aiohttp.ClientSession()
        try:
            ws = await session.ws_connect(
                url,
                headers={"Authorization": f"Bearer {remote.key}"},
                ssl=tls,
                heartbeat=20.0,
                max_msg_size=REMOTE_MAX_MESSAGE,
                autoping=True,
            )
        except BaseException as exc:
            await session.close()
            if isinstance(exc, aiohttp.ClientError | ssl.SSLError | ValueError):
                raise _remote_error(remote, exc) from None
            raise
        return cls(session, ws)

    async def send(self, data: bytes) -> None:
        try:
            await self.ws.send_str(data.decode())
        except (aiohttp.ClientError, RuntimeError) as exc:
            raise ConnectionResetError(str(exc)) from None

    async def receive(self) -> list[bytes]:
        msg = await self.ws.receive()
        if msg.type is aiohttp.WSMsgType.TEXT:
            return msg.data.encode().splitlines(keepends=True) or [b"\n"]
        if msg.type is aiohttp.WSMsgType.BINARY:
            return bytes(msg.data).splitlines(keepends=True) or [b"\n"]
        return []

    async def close(self) -> None:
        with contextlib.suppress(aiohttp.ClientError, RuntimeError, OSError):
            await self.ws.close()
        await self.session.close()


def _expire(future: asyncio.Future[dict[str, Any]]) -> None:
    if not future.done():
        future.set_exception(TimeoutError())


def _remote_error(remote: RemoteApi, exc: BaseException) -> ControlError:
    """What went wrong attaching to a remote operator API, in the operator's words."""
    url = remote.url
    if isinstance(exc, aiohttp.WSServerHandshakeError):
        if exc.status == 401:
            return ControlError(
                f"the operator API at {url} refused the key (401)",
                hint="the key must be one of control.api_keys in the proxy's config",
            )
        if exc.status == 404:
            return ControlError(
                f"no operator API at {url} (404)",
                hint="the proxy serves it on its api listener only when control.api_keys "
                "is set; check the host and port",
            )
        return ControlError(
            f"{url} did not open the operator API's WebSocket ({exc.status} {exc.message})",
            hint="--url takes the proxy's api listener, e.g. https://proxy.example:8000",
        )
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        why = getattr(exc.certificate_error, "verify_message", None) or str(
            exc.certificate_error
        )
        return ControlError(
            f"the TLS certificate of {url} is not trusted ({why})",
            hint="pass --ca FILE with the certificate or CA that signed it "
            "(--insecure skips the check: anyone in between could read the key)",
        )
    if isinstance(exc, aiohttp.ClientSSLError | ssl.SSLError):
        cause = getattr(exc, "os_error", exc)
        reason = getattr(cause, "reason", None)
        why = reason.replace("_", " ").lower() if isinstance(reason, str) else str(cause)
        return ControlError(
            f"TLS with {url} failed ({why})",
            hint="check the URL's scheme: https:// only for a listener that speaks TLS",
        )
    if isinstance(exc, aiohttp.ClientConnectorError):
        error = exc.os_error
        refused = isinstance(error, ConnectionRefusedError)
        why = "connection refused" if refused else error.strerror or str(error)
        return ControlError(
            f"cannot reach the operator API at {url} ({why})",
            hint="check --url and that the proxy's api listener is reachable from here",
        )
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return ControlError(
            f"{url} closed the connection before answering",
            hint="check the URL's scheme: http:// to a TLS listener is dropped",
        )
    return ControlError(f"cannot attach to the operator API at {url} ({exc})")


async def open_link(target: ControlTarget) -> Link:
    """Connect to a control socket or a remote operator API (`ControlError` if not)."""
    if isinstance(target, RemoteApi):
        return await WebSocketLink.open(target)
    return await UnixLink.open(target)


class ControlClient:
    """One connection to a control socket or a remote operator API; requests may run
    concurrently."""

    def __init__(
        self,
        target: Path | str | RemoteApi,
        *,
        timeout: float = 30.0,
        on_event: EventCallback | None = None,
    ):
        self.path: ControlTarget = target if isinstance(target, RemoteApi) else Path(target)
        """Where it attaches (named `path` since it first was a socket's)."""
        self.timeout = timeout
        self.on_event = on_event
        self.hello: dict[str, Any] = {}
        self._link: Link | None = None
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        self._read_task: asyncio.Task[None] | None = None
        self._closed = asyncio.Event()

    async def connect(self) -> dict[str, Any]:
        """Connect and read the server's `hello`; raise `ControlError` when nobody serves."""
        try:
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation.
            async with asyncio.timeout(self.timeout):
                link = await open_link(self.path)
        except TimeoutError:
            raise ControlTimeout(f"connecting to {self.path} timed out") from None
        self._link = link
        try:
            async with asyncio.timeout(self.timeout):
                lines = await link.receive()
            hello = protocol.decode(lines[0]) if lines else {}
        except (TimeoutError, protocol.ProtocolError, OSError, aiohttp.ClientError):
            hello, lines = {}, []
        if hello.get("type") != "hello":
            await self.close()
            remote = isinstance(self.path, RemoteApi)
            raise ControlError(
                f"{self.path} did not greet like a secproxy "
                + ("operator API" if remote else "control socket"),
                hint="check the --url" if remote else "check the --socket path",
            )
        self.hello = hello["payload"]
        if isinstance(link, UnixLink):
            link.listen(self._receive_line, self._lost)
            for line in lines[1:]:
                self._receive_line(line)
        else:
            self._read_task = spawn(self._read_loop(lines[1:]), name="control-client-reader")
        return self.hello

    def _receive_line(self, line: bytes) -> None:
        if not line.isspace():  # a line of whitespace is no message (no copy to tell)
            self._dispatch(line)

    def _dispatch(self, line: bytes) -> None:
        try:
            msg = protocol.decode(line)
        except protocol.ProtocolError:
            return
        kind = msg["type"]
        if kind in ("reply", "error") and isinstance(msg.get("id"), int):
            future = self._pending.pop(msg["id"], None)
            if future is not None and not future.done():
                future.set_result(msg)
        elif self.on_event is not None:
            self.on_event(msg)

    async def _read_loop(self, early: list[bytes]) -> None:
        assert self._link is not None
        try:
            for line in early:
                self._dispatch(line)
            while True:
                lines = await self._link.receive()
                if not lines:
                    break
                for line in lines:
                    if line.strip():
                        self._dispatch(line)
        except (ConnectionError, ValueError, OSError, aiohttp.ClientError):
            pass
        finally:
            self._lost()

    def _lost(self) -> None:
        self._closed.set()
        lost = ControlError(f"the connection to {self.path} was closed by secproxy")
        for future in self._pending.values():
            if not future.done():
                future.set_exception(lost)
        self._pending.clear()

    @property
    def connected(self) -> bool:
        return self._link is not None and not self._closed.is_set()

    async def wait_closed(self) -> None:
        """Return when the server has gone away (or `close()` was called)."""
        await self._closed.wait()

    async def call(
        self, type_: str, payload: dict[str, Any] | None = None, *, wait: float | None = None
    ) -> dict[str, Any]:
        """Send one command and return its reply payload."""
        link = self._link
        if not self.connected or link is None:
            raise ControlError(f"not connected to secproxy at {self.path}", hint=NOT_RUNNING_HINT)
        request_id = next(self._ids)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[dict[str, Any]] = loop.create_future()
        self._pending[request_id] = future
        timer: asyncio.TimerHandle | None = None
        try:
            await link.send(protocol.encode(protocol.envelope(type_, payload, id=request_id)))
            # A timer that fails the reply's future, not asyncio.timeout(): `mcp wrap`
            # makes a call per relayed message, and the context manager's task
            # bookkeeping (current task, reschedule, uncancel) cost more than the timer.
            timer = loop.call_later(wait or self.timeout, _expire, future)
            msg = await future
        except TimeoutError:
            raise ControlTimeout(f"secproxy did not answer {type_} in time") from None
        except (ConnectionError, OSError):
            raise ControlError(f"the connection to {self.path} was lost") from None
        finally:
            if timer is not None:
                timer.cancel()
            self._pending.pop(request_id, None)
        body = msg.get("payload") or {}
        if msg["type"] == "error":
            raise OperatorError(
                str(body.get("message") or "command failed"),
                code=str(body.get("code") or "error"),
                hint=body.get("hint"),
                issues=body.get("issues"),
            )
        return body

    async def subscribe(self, *, backlog: bool = True) -> dict[str, Any]:
        """Start the event stream (`on_event` receives every event, backlog first)."""
        return await self.call("subscribe", {"backlog": backlog})

    async def close(self) -> None:
        link, self._link = self._link, None
        if link is not None:
            await link.close()
        await cancel_and_wait(self._read_task)
        self._closed.set()

    async def __aenter__(self) -> ControlClient:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
