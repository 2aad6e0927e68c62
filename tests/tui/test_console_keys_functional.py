"""The console at 80x24 and larger, driven with Pilot against a real proxy: columns that
fit, the `?` help, vim keys, the one filter syntax, Enter in the note dialog, and every
view's keys in the command palette."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from textual.widgets import Input, Static

from secproxy.model import Action, Decision, Surface, Target
from tests.helpers import eventually, running_proxy
from tests.tui.test_console_functional import RULES, tool_call
from tui.app import PALETTE, VIEWS, SecproxyConsole, pane_actions
from tui.screens.help import HelpScreen
from tui.widgets.table import FittedTable

pytestmark = pytest.mark.functional


def fitted(app: SecproxyConsole, selector: str) -> FittedTable:
    return app.query_one(selector, FittedTable)


async def decide_hosts(runtime: Any, hosts: list[str]) -> None:
    for host in hosts:
        await runtime.engine.decide(
            Action(surface=Surface.EGRESS, target=Target(host=host, method="GET", path="/")))


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_live_fits_the_terminal_and_keys_work(tmp_path, size):
    async with running_proxy(tmp_path, RULES) as runtime:
        app = SecproxyConsole(runtime.control.path, operator="tester", retry=(0.05, 0.2))
        async with app.run_test(size=size) as pilot:
            await eventually(lambda: app.connection.state.connected)
            await decide_hosts(runtime, ["a.example", "evil.example", "b.example"])
            live = fitted(app, "#live-table")
            await eventually(lambda: live.row_count == 3, message="rows")
            await pilot.pause()
            # Decision and rule are on screen at 80 columns; the time joins when there is room.
            assert {"decision", "rule", "target"} <= set(live.widths)
            assert ("time" in live.widths) == (size[0] >= 120)
            assert sum(w + 2 for w in live.widths.values()) <= live.size.width
            detail = app.query_one("#live-detail", Static)
            assert detail.region.bottom <= app.screen.size.height - 1, "above the footer"

            # vim keys: g first row, G last, k up, j down.
            await pilot.press("g")
            assert live.cursor_row == 0
            await pilot.press("G")
            assert live.cursor_row == 2
            await pilot.press("k")
            assert live.cursor_row == 1
            assert "known bad" in str(detail.render())
            await pilot.press("j")
            assert live.cursor_row == 2

            # One filter syntax: typed, or written by `d`.
            await pilot.press("slash")
            assert isinstance(app.focused, Input)
            await pilot.press(*"host:*.example -x", "backspace", "backspace", "backspace")
            await pilot.press(*" decision:block", "enter")
            await eventually(lambda: live.row_count == 1, message="filtered")
            assert app.focused is live
            box = app.query_one("#live-filter", Input)
            box.value = "decison:block"
            await pilot.pause()
            assert "unknown filter key" in str(app.query_one("#live-status").render())
            assert live.row_count == 1, "a bad filter leaves the view as it was"
            box.value = ""
            await eventually(lambda: live.row_count == 3)
            await pilot.press("d")
            await eventually(lambda: box.value == "decision:block" and live.row_count == 1)

            # `?` lists every key of the open view.
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            shown = " ".join(str(w.render()) for w in app.screen.query(Static))
            for _, _, description in pane_actions(type(app.pane("live"))):
                assert description in shown
            assert "decision:block" in shown and "Approvals" in shown
            await pilot.press("escape")
            assert not isinstance(app.screen, HelpScreen)


async def test_enter_submits_the_note_dialog_and_palette_lists_every_key(tmp_path):
    async with running_proxy(tmp_path, RULES) as runtime:
        app = SecproxyConsole(runtime.control.path, operator="tester", retry=(0.05, 0.2))
        async with app.run_test(size=(80, 24)) as pilot:
            await eventually(lambda: app.connection.state.connected)
            held = asyncio.ensure_future(runtime.engine.decide(tool_call("shell.exec")))
            rows = fitted(app, "#approvals-table")
            await eventually(lambda: rows.row_count == 1, message="approval row")
            await pilot.press("a", "N")
            await pilot.pause()
            await pilot.press(*"not today", "enter")
            verdict = await asyncio.wait_for(held, 5)
            assert verdict.decision is Decision.BLOCK
            assert verdict.reason == "denied by tester: not today"

            commands = {c.title for c in app.get_system_commands(app.screen)}
            curated = {(tab_id, action) for tab_id, action, _, _ in PALETTE}
            for tab_id, title, pane in VIEWS:
                for _key, action, description in pane_actions(pane):
                    assert ((tab_id, action) in curated
                            or f"{title}: {description}" in commands), (title, action)
            assert "Approvals: Deny with note…" in commands
            assert "Users: Filter" in commands
