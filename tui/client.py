"""The console's connection to the proxy: the only module in `tui` that touches the
control socket (or, attached with `--url`, a remote proxy's operator API: the same
messages over a WebSocket, see `secproxy.control.client`).

`ConsoleConnection.run()` keeps one connection alive: it attaches, subscribes to the
event stream, and when the proxy goes away it says so and retries until it comes back.
Events are buffered (bounded) and handed over in batches with `take_events()`, so the
UI redraws on a timer instead of once per event. The typed methods below are what the
screens call, from workers, never from the UI's own handlers.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secproxy.control.client import ControlClient, ControlTarget, RemoteApi
from secproxy.errors import ControlError
from secproxy.terminal import shown


@dataclass(frozen=True)
class ConnectionState:
    """What the console knows about its link to the proxy."""

    status: str
    """`connecting`, `connected` or `disconnected`."""
    path: ControlTarget
    """The socket, or the remote operator API, attached to."""
    message: str = ""
    """Why it is disconnected, in one line."""
    hello: dict[str, Any] = field(default_factory=dict)
    new_instance: bool = False
    """True when the proxy behind the socket is a different run than before."""

    @property
    def connected(self) -> bool:
        return self.status == "connected"


class ConsoleConnection:
    """A self-healing connection to the operator API (local socket or remote), with an
    event buffer."""

    def __init__(
        self,
        path: Path | str | RemoteApi,
        *,
        on_change: Callable[[ConnectionState], None] | None = None,
        retry: tuple[float, float] = (0.25, 2.0),
        buffer: int = 20_000,
    ):
        self.path: ControlTarget = path if isinstance(path, RemoteApi) else Path(path)
        self.on_change = on_change
        self.retry = retry
        self.state = ConnectionState("connecting", self.path)
        self.clock_offset = 0.0
        """Proxy clock minus local clock, for countdowns."""
        self._events: deque[dict[str, Any]] = deque(maxlen=buffer)
        self._client: ControlClient | None = None
        self._instance: str | None = None
        self._last_seq = 0
        self._replaying = False
        self._stopped = False

    # -- the connection loop ----------------------------------------------------------

    def _set_state(self, state: ConnectionState) -> None:
        self.state = state
        if self.on_change is not None:
            self.on_change(state)

    async def run(self) -> None:
        """Attach, stream, and re-attach after the proxy goes away, until stopped."""
        delay = self.retry[0]
        while not self._stopped:
            client = ControlClient(self.path, on_event=self._on_event, timeout=10.0)
            try:
                hello = await client.connect()
                self._replaying = True
                new_instance = hello.get("instance") != self._instance
                if new_instance:
                    self._instance = hello.get("instance")
                    self._last_seq = 0
                await client.subscribe(backlog=True)
            except ControlError as exc:
                await client.close()
                if self.state.status != "disconnected" or self.state.message != exc.message:
                    self._set_state(ConnectionState("disconnected", self.path, exc.message))
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.retry[1])
                continue
            delay = self.retry[0]
            self._client = client
            self.clock_offset = float(hello.get("time", time.time())) - time.time()
            self._set_state(
                ConnectionState("connected", self.path, hello=hello, new_instance=new_instance)
            )
            try:
                await client.wait_closed()
            finally:
                self._client = None
                await client.close()
            if not self._stopped:
                self._set_state(
                    ConnectionState("disconnected", self.path, f"secproxy at {self.path} went away")
                )

    async def stop(self) -> None:
        self._stopped = True
        client, self._client = self._client, None
        if client is not None:
            await client.close()

    def _on_event(self, msg: dict[str, Any]) -> None:
        kind = msg.get("type")
        if kind == "backlog/end":
            self._replaying = False
            return
        seq = msg.get("seq")
        if isinstance(seq, int):
            if seq <= self._last_seq:
                return  # already seen before a reconnect to the same proxy
            self._last_seq = seq
        msg = shown(msg)
        msg["replay"] = self._replaying
        self._events.append(msg)

    def take_events(self) -> list[dict[str, Any]]:
        """Every buffered event, oldest first (the buffer is emptied)."""
        events = list(self._events)
        self._events.clear()
        return events

    def now(self) -> float:
        """The proxy's idea of the current time."""
        return time.time() + self.clock_offset

    # -- commands ---------------------------------------------------------------------

    async def call(self, type_: str, payload: dict[str, Any] | None = None, *,
                   as_sent: bool = False) -> dict[str, Any]:
        """A command's answer, its strings made safe to show (`secproxy.terminal`);
        `as_sent`: as the proxy sent it (the rules' YAML, edited and saved back)."""
        client = self._client
        if client is None:
            raise ControlError(
                f"not connected to secproxy at {self.path}",
                hint="the console reconnects on its own when the proxy is back",
            )
        answer = await client.call(type_, payload)
        return answer if as_sent else shown(answer)  # type: ignore[no-any-return]

    async def status(self) -> dict[str, Any]:
        return await self.call("status")

    async def stats(self, *, seconds: int = 60) -> dict[str, Any]:
        return await self.call("stats/get", {"seconds": seconds})

    async def approvals(self) -> list[dict[str, Any]]:
        data = await self.call("approvals/list")
        return list(data["approvals"])

    async def resolve(
        self, approval_id: str, *, approve: bool, by: str, note: str | None = None
    ) -> dict[str, Any]:
        payload = {"id": approval_id, "approve": approve, "by": by, "note": note}
        return dict((await self.call("approvals/resolve", payload))["approval"])

    async def principals(self) -> list[dict[str, Any]]:
        return list((await self.call("principals/list"))["principals"])

    async def block(
        self, key: str, *, duration: str | None, reason: str | None, by: str
    ) -> dict[str, Any]:
        payload = {"key": key, "duration": duration, "reason": reason, "by": by}
        return dict((await self.call("principals/block", payload))["principal"])

    async def unblock(self, key: str, *, by: str) -> dict[str, Any]:
        return dict((await self.call("principals/unblock", {"key": key, "by": by}))["principal"])

    async def tracking(self, key: str) -> dict[str, Any]:
        return await self.call("tracking/get", {"key": key})

    async def rules(self) -> dict[str, Any]:
        return await self.call("rules/get", as_sent=True)

    async def replace_rules(self, text: str, *, save: bool = False, by: str | None = None
                            ) -> dict[str, Any]:
        payload: dict[str, Any] = {"yaml": text, "save": save}
        if by:
            payload["by"] = by
        return await self.call("rules/replace", payload)

    async def suggest_rules(self, *, since: str, surfaces: list[str], mode: str
                            ) -> dict[str, Any]:
        """Learning mode: rules covering the ledger's allowed traffic since `since`."""
        return await self.call("rules/suggest", {"since": since, "surface": surfaces,
                                                 "mode": mode})

    async def timeline(self, session: str, owner: str | None = None) -> dict[str, Any]:
        """A session's timeline; `owner` (a row's principal) picks whose where several
        principals have a session by that id."""
        return await self.call("session/timeline", {"id": session, "owner": owner})

    async def audit(self, filters: dict[str, Any]) -> list[dict[str, Any]]:
        return list((await self.call("audit/query", filters))["records"])

    async def kill_switch(self) -> dict[str, Any]:
        return dict((await self.call("killswitch/get"))["kill_switch"])

    async def set_kill_switch(self, on: bool, *, surfaces: list[str], reason: str | None,
                              by: str) -> dict[str, Any]:
        payload = {"on": on, "surfaces": surfaces, "reason": reason, "by": by}
        return dict((await self.call("killswitch/set", payload))["kill_switch"])
