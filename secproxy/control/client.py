"""A small asyncio client for the control socket, used by the CLI one-shots and by the
console's connection manager.

    async with ControlClient(path) as client:
        pending = await client.call("approvals/list")

Failures are `ControlError`s with a hint: no proxy running, permission denied, timed
out, or an error the server answered (`OperatorError`, with its code and, for rejected
rules, the config issues).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


class ControlClient:
    """One connection to a control socket; requests may run concurrently."""

    def __init__(
        self,
        path: Path | str,
        *,
        timeout: float = 30.0,
        on_event: EventCallback | None = None,
    ):
        self.path = Path(path)
        self.timeout = timeout
        self.on_event = on_event
        self.hello: dict[str, Any] = {}
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        self._read_task: asyncio.Task[None] | None = None
        self._closed = asyncio.Event()

    async def connect(self) -> dict[str, Any]:
        """Connect and read the server's `hello`; raise `ControlError` when nobody serves."""
        try:
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation.
            async with asyncio.timeout(self.timeout):
                reader, writer = await asyncio.open_unix_connection(
                    str(self.path), limit=protocol.MAX_LINE
                )
        except FileNotFoundError:
            raise not_running(self.path, "the socket does not exist") from None
        except ConnectionRefusedError:
            raise not_running(self.path, "nothing listens on the socket") from None
        except PermissionError:
            raise ControlError(
                f"permission denied on the control socket {self.path}",
                hint="the socket is mode 0600: run this as the user running secproxy",
            ) from None
        except TimeoutError:
            raise ControlTimeout(f"connecting to {self.path} timed out") from None
        except OSError as exc:
            raise not_running(self.path, exc.strerror or str(exc)) from None
        self._reader, self._writer = reader, writer
        try:
            async with asyncio.timeout(self.timeout):
                line = await reader.readline()
            hello = protocol.decode(line) if line else {}
        except (TimeoutError, protocol.ProtocolError, OSError):
            hello = {}
        if hello.get("type") != "hello":
            await self.close()
            raise ControlError(
                f"{self.path} did not greet like a secproxy control socket",
                hint="check the --socket path",
            )
        self.hello = hello["payload"]
        self._read_task = spawn(self._read_loop(), name="control-client-reader")
        return self.hello

    async def _read_loop(self) -> None:
        assert self._reader is not None
        try:
            while True:
                line = await self._reader.readline()
                if not line:
                    break
                try:
                    msg = protocol.decode(line)
                except protocol.ProtocolError:
                    continue
                kind = msg["type"]
                if kind in ("reply", "error") and isinstance(msg.get("id"), int):
                    future = self._pending.pop(msg["id"], None)
                    if future is not None and not future.done():
                        future.set_result(msg)
                elif self.on_event is not None:
                    self.on_event(msg)
        except (ConnectionError, ValueError, OSError):
            pass
        finally:
            self._closed.set()
            lost = ControlError(f"the connection to {self.path} was closed by secproxy")
            for future in self._pending.values():
                if not future.done():
                    future.set_exception(lost)
            self._pending.clear()

    @property
    def connected(self) -> bool:
        return self._writer is not None and not self._closed.is_set()

    async def wait_closed(self) -> None:
        """Return when the server has gone away (or `close()` was called)."""
        await self._closed.wait()

    async def call(
        self, type_: str, payload: dict[str, Any] | None = None, *, wait: float | None = None
    ) -> dict[str, Any]:
        """Send one command and return its reply payload."""
        if not self.connected or self._writer is None:
            raise ControlError(f"not connected to secproxy at {self.path}", hint=NOT_RUNNING_HINT)
        request_id = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        try:
            self._writer.write(protocol.encode(protocol.envelope(type_, payload, id=request_id)))
            await self._writer.drain()
            async with asyncio.timeout(wait or self.timeout):
                msg = await future
        except TimeoutError:
            raise ControlTimeout(f"secproxy did not answer {type_} in time") from None
        except (ConnectionError, OSError):
            raise ControlError(f"the connection to {self.path} was lost") from None
        finally:
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
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError, ConnectionError):
                await writer.wait_closed()
        await cancel_and_wait(self._read_task)
        self._closed.set()

    async def __aenter__(self) -> ControlClient:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
