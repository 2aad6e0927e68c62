"""Two principals' sessions of one id, both tainted: each taint alert and each
`taint/update` event names the session's owner, and the second alert is not taken for a
repeat of the first. Before, both said only `Session tainted: s1` with one dedup key,
so the second principal's alert was suppressed, and the console's event could not tell
whose session it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
import pytest

from secproxy.control.client import ControlClient
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy
from tests.ops.test_alerts_functional import alerts, webhook_server

pytestmark = pytest.mark.functional


async def taint_from(rt: Runtime, source: str, session: str) -> None:
    """A result of an untrusted tool in `session`, sent from address `source`."""
    connector = aiohttp.TCPConnector(local_addr=(source, 0))
    async with aiohttp.ClientSession(connector=connector) as http, http.post(
            f"http://{rt.addresses()['api']}/inspect/output",
            json={"session_id": session, "agent_id": "agent-1", "source": "tool",
                  "tool_name": "web.fetch", "text": "the page said hello"}) as r:
        assert r.status == 200, await r.text()


async def test_taint_alerts_and_events_name_the_sessions_owner(tmp_path: Path) -> None:
    events: list[dict[str, Any]] = []
    async with webhook_server() as hooks:
        url = hooks.url("team")
        extra = {**alerts({"name": "team", "url": url, "events": ["taint"]}),
                 "ws": {"untrusted_tools": ["web.*"]}}
        async with running_proxy(tmp_path, extra) as rt, \
                ControlClient(rt.control.path, on_event=events.append) as console:  # type: ignore[union-attr]
            await console.subscribe(backlog=False)
            await taint_from(rt, "127.0.0.1", "s1")
            await taint_from(rt, "127.0.0.2", "s1")
            got = await eventually(lambda: len(hooks.hooks["team"].received) >= 2 and
                                   hooks.hooks["team"].received, message="two taint alerts")
            updates = await eventually(lambda: len(
                found := [e["payload"] for e in events if e.get("type") == "taint/update"
                          and e["payload"]["session"] == "s1"]) >= 2 and found,
                message="two taint events")
    assert sorted(u["owner"] for u in updates) == ["ip:127.0.0.1", "ip:127.0.0.2"], updates
    texts = sorted(str(alert) for alert in got)
    assert "s1 of ip:127.0.0.1" in texts[0] and "s1 of ip:127.0.0.2" in texts[1], texts
