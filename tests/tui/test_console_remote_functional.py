"""The console attached to a remote proxy's operator API (`secproxy tui --url`): the same
views over the WebSocket — a held action approved from the Approvals view — and, when
that proxy goes away and comes back on the same address, it re-attaches by itself."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from secproxy.control.client import RemoteApi
from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.helpers import eventually, running_proxy
from tests.tui.test_console_functional import console, table, text_of
from tui.widgets.panels import ConnectionBanner

pytestmark = pytest.mark.functional
KEY = "op-key-0123456789"


def proxy(port: int = 0) -> dict[str, Any]:
    return {
        "rules": [{"name": "shell", "tools": ["shell.*"], "action": "require_approval"}],
        "control": {"api_keys": [KEY]},
        "listeners": {"api": {"host": "127.0.0.1", "port": port}},
    }


def shell(tool: str) -> Action:
    return Action(surface=Surface.TOOL, target=Target(tool=tool),
                  arguments={"cmd": "ls /"}, principal=Principal(user="agent"))


async def test_remote_console_approves_and_reattaches(tmp_path: Path) -> None:
    async with running_proxy(tmp_path / "one", proxy()) as first:
        address = first.addresses()["api"]
        remote = RemoteApi(f"http://{address}", key=KEY)
        async with console(remote) as (app, pilot, notes):  # type: ignore[arg-type]
            banner = app.query_one(ConnectionBanner)
            await eventually(lambda: banner.has_class("-connected"), message="attached")
            assert f"http://{address}" in str(banner.render())

            held = asyncio.ensure_future(first.engine.decide(shell("shell.exec")))
            rows = table(app, "#approvals-table")
            await eventually(lambda: rows.row_count == 1, message="approval row")
            await pilot.press("a")
            assert "shell.exec" in text_of(app, "#approval-detail")
            await pilot.press("y")
            verdict = await asyncio.wait_for(held, 5)
            assert verdict.decision is Decision.ALLOW
            assert any("approved by tester" in f.message for f in verdict.findings)
            await eventually(lambda: table(app, "#live-table").row_count >= 1)

            await first.stop()
            await eventually(lambda: banner.has_class("-disconnected"), message="detached")
            assert any("connection lost" in n for n in notes)

            port = int(address.rsplit(":", 1)[1])
            async with running_proxy(tmp_path / "two", proxy(port)) as second:
                await eventually(lambda: banner.has_class("-connected"), timeout=15,
                                 message="re-attached")
                await second.engine.decide(shell("fs.read"))
                live = table(app, "#live-table")
                await eventually(lambda: any("fs.read" in str(live.get_row_at(i))
                                             for i in range(live.row_count)))
                assert any("reattached" in n for n in notes)
