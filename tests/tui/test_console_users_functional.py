"""The Users view's detail pane, with Pilot against a real proxy: the selected
principal's tracking (`tracking/get`) — strikes in their window, the block and who set
it, the guard families and rule refusals it triggered — refreshed after a block."""

from __future__ import annotations

from pathlib import Path

import pytest

from secproxy.model import Action, Principal, Surface, Target
from tests.helpers import eventually, running_proxy
from tests.tui.test_console_functional import console, table, text_of

pytestmark = pytest.mark.functional
CONFIG = {
    "rules": [{"name": "no-internal", "host": "*.internal.test", "action": "deny"}],
    "tracking": {"max_strikes": 3, "block_duration": "10m"},
}


def request(user: str, host: str) -> Action:
    return Action(surface=Surface.EGRESS, principal=Principal(user=user),
                  target=Target(host=host, method="GET", path="/"))


async def test_users_detail_shows_the_tracking_of_the_selected_principal(
        tmp_path: Path) -> None:
    async with running_proxy(tmp_path, CONFIG) as runtime:
        engine = runtime.engine
        for _ in range(2):
            await engine.decide(request("mallory", "db.internal.test"))
        await engine.decide(request("mallory", "example.com"))
        assert runtime.control is not None
        async with console(runtime.control.path) as (app, pilot, notes):
            await eventually(lambda: app.connection.state.connected)
            await pilot.press("u")
            rows = table(app, "#users-table")
            await eventually(lambda: rows.row_count == 1, message="principal listed")

            def detail() -> str:
                return text_of(app, "#users-detail")

            await eventually(lambda: "strikes 2/3" in detail(), timeout=10,
                             message=f"tracking shown (got {detail()!r})")
            assert "user:mallory" in detail()
            assert "not blocked" in detail()
            assert "requests 3 · refused 2" in detail()
            await eventually(lambda: "denied_by_rule 2" in detail(), timeout=10,
                             message=f"findings from the ledger (got {detail()!r})")

            engine.tracker.block("user:mallory", duration=600, reason="probing", by="carol")
            await eventually(lambda: "blocked until" in detail(), timeout=10,
                             message=f"block shown (got {detail()!r})")
            assert "probing · by carol · x unblocks" in detail()
