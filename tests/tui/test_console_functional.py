"""The console driven with Pilot, attached to a real running proxy over the real control
socket: approvals, rules edits, blocks, the live stream, and detaching/re-attaching."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.helpers import eventually, running_proxy
from tui.app import SecproxyConsole
from tui.widgets.panels import ConnectionBanner
from tui.widgets.rules_editor import RulesEditor
from tui.widgets.table import FittedTable

pytestmark = pytest.mark.functional
SIZE = (150, 45)
RULES = {
    "rules": [
        {"name": "shell", "tools": ["shell.*"], "action": "require_approval"},
        {"name": "no-evil", "match": "evil.example", "action": "deny", "reason": "known bad"},
    ]
}


@asynccontextmanager
async def console(path: Path) -> AsyncIterator[tuple[SecproxyConsole, Pilot[None], list[str]]]:
    """The console app under Pilot, recording every notification it shows."""
    app = SecproxyConsole(path, operator="tester", retry=(0.05, 0.2))
    notes: list[str] = []
    show = app.notify

    def record(message: str, **kwargs: Any) -> None:
        notes.append(f"{kwargs.get('title') or ''}: {message}")
        show(message, **kwargs)

    app.notify = record  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        yield app, pilot, notes


@asynccontextmanager
async def attached(
    tmp_path: Path, config_path: Path | None = None
) -> AsyncIterator[tuple[Any, SecproxyConsole, Pilot[None], list[str]]]:
    """A real proxy with RULES (from `config_path` when given) and the console attached."""
    async with running_proxy(
        tmp_path, RULES, config_path=config_path
    ) as runtime, console(runtime.control.path) as (
        app,
        pilot,
        notes,
    ):
        await eventually(lambda: app.connection.state.connected)
        yield runtime, app, pilot, notes


def table(app: SecproxyConsole, selector: str) -> DataTable[Any]:
    return app.query_one(selector, DataTable)


def text_of(app: SecproxyConsole, selector: str) -> str:
    return str(app.query_one(selector, Static).render())


def tool_call(tool: str, user: str = "agent") -> Action:
    return Action(
        surface=Surface.TOOL,
        target=Target(tool=tool),
        arguments={"cmd": "rm -rf /tmp/x"},
        principal=Principal(user=user),
    )


async def test_approve_deny_and_expiry_from_the_approvals_view(tmp_path):
    async with attached(tmp_path) as (runtime, app, pilot, notes):
        engine = runtime.engine
        first = asyncio.ensure_future(engine.decide(tool_call("shell.exec")))
        rows = table(app, "#approvals-table")
        await eventually(lambda: rows.row_count == 1, message="approval row")
        # Seen on any view: a notification and a badge in the header and on the tab.
        assert app.query_one("#tabs").active == "live"
        await eventually(lambda: any("approval needed" in n for n in notes))
        assert "1 pending" in app.sub_title
        await pilot.press("a")
        assert app.query_one("#tabs").active == "approvals"
        detail = text_of(app, "#approval-detail")
        assert "shell.exec" in detail and "rm -rf /tmp/x" in detail and "rule shell" in detail
        await pilot.press("y")
        verdict = await asyncio.wait_for(first, 5)
        assert verdict.decision is Decision.ALLOW
        assert any("approved by tester" in f.message for f in verdict.findings)
        await eventually(lambda: rows.row_count == 0 and "pending" not in app.sub_title)

        second = asyncio.ensure_future(engine.decide(tool_call("shell.rm")))
        await eventually(lambda: rows.row_count == 1)
        await pilot.press("e")
        await pilot.pause()
        note = app.screen.query_one("#note", Input)
        note.value = "not on prod"
        await pilot.click("#deny")
        verdict = await asyncio.wait_for(second, 5)
        assert verdict.decision is Decision.BLOCK
        assert verdict.reason == "denied by tester: not on prod"

        engine.approvals.timeout = 0.3
        third = asyncio.ensure_future(engine.decide(tool_call("shell.sleep")))
        verdict = await asyncio.wait_for(third, 5)
        assert verdict.decision is Decision.BLOCK and "expired" in verdict.reason
        await eventually(lambda: rows.row_count == 0, message="expired approval removed")


async def test_rules_edit_with_an_error_changes_nothing_then_a_valid_one_applies(tmp_path):
    async with attached(tmp_path) as (runtime, app, pilot, notes):
        await pilot.press("r")
        editor = app.query_one("#rules-editor", RulesEditor)
        await eventually(lambda: "no-evil" in editor.text, message="rules loaded")
        assert table(app, "#rules-table").row_count == 2
        before = runtime.engine.config

        await pilot.press("e")
        await eventually(lambda: app.focused is editor, message="editor focused")
        editor.load_text("- name: fs\n  tools: ['fs.*']\n  action: forbid\n")
        await pilot.press("ctrl+s")
        await eventually(lambda: editor.errors, message="inline error")
        assert list(editor.errors) == [2], "the error sits on line 3 (action: forbid)"
        assert "rules[0].action" in editor.errors[2]
        errors = text_of(app, "#rules-errors")
        assert "line 3" in errors and "forbid" in errors
        assert runtime.engine.config is before
        assert (await runtime.engine.decide(tool_call("fs.read"))).permits

        editor.load_text("- name: fs\n  tools: ['fs.*']\n  action: deny\n  reason: read-only\n")
        await pilot.press("ctrl+s")
        await eventually(lambda: runtime.engine.config is not before, message="reloaded")
        verdict = await runtime.engine.decide(tool_call("fs.read"))
        assert verdict.decision is Decision.BLOCK and verdict.rule == "fs"
        await eventually(lambda: table(app, "#rules-table").row_count == 1)
        assert not editor.errors

        editor.load_text("garbage: [")
        await pilot.press("ctrl+r")
        assert editor.text.startswith("- name: fs")


async def test_rules_apply_and_save_writes_the_config_file(tmp_path):
    path = tmp_path / "secproxy.yaml"
    async with attached(tmp_path, path) as (runtime, app, pilot, notes):
        await pilot.press("r")
        editor = app.query_one("#rules-editor", RulesEditor)
        await eventually(lambda: "no-evil" in editor.text, message="rules loaded")
        await pilot.press("e")
        await eventually(lambda: app.focused is editor, message="editor focused")
        editor.load_text("- name: fs\n  tools: ['fs.*']\n  action: deny\n")
        await pilot.press("ctrl+o")  # from inside the editor
        await eventually(lambda: any("saved them to" in n for n in notes), message="saved")
        assert [r.name for r in runtime.engine.config.rules] == ["fs"]
        shown = text_of(app, "#rules-errors")
        assert f"saved them to {path.resolve()}" in shown and f"{path.resolve()}.bak" in shown
        assert "- name: fs" in path.read_text()
        runtime.reload()  # SIGHUP: the file holds the saved rules
        assert [r.name for r in runtime.engine.config.rules] == ["fs"]


async def test_rules_apply_and_save_without_a_config_file_says_so(tmp_path):
    async with attached(tmp_path) as (runtime, app, pilot, notes):
        await pilot.press("r")
        editor = app.query_one("#rules-editor", RulesEditor)
        await eventually(lambda: "no-evil" in editor.text, message="rules loaded")
        before = runtime.engine.config
        editor.load_text("- name: fs\n  tools: ['fs.*']\n  action: deny\n")
        await pilot.press("ctrl+o")
        await eventually(lambda: any("saving rules failed" in n for n in notes))
        assert "no config file to save them to" in text_of(app, "#rules-errors")
        assert runtime.engine.config is before


async def test_block_and_unblock_from_the_users_view(tmp_path):
    async with (
        running_proxy(tmp_path) as runtime,
        console(runtime.control.path) as (
            app,
            pilot,
            notes,
        ),
    ):
        await eventually(lambda: app.connection.state.connected)
        assert (await runtime.engine.decide(tool_call("fs.read", "bob"))).permits
        await pilot.press("u")
        users = table(app, "#users-table")
        await eventually(lambda: users.row_count == 1)
        await pilot.press("b")
        await pilot.pause()
        app.screen.query_one("#duration", Input).value = "10m"
        app.screen.query_one("#reason", Input).value = "too curious"
        await pilot.press("enter")
        await eventually(lambda: runtime.engine.tracker.get("user:bob").blocked_until)
        state = runtime.engine.tracker.get("user:bob")
        assert state.block_reason == "too curious" and state.blocked_by == "tester"
        verdict = await runtime.engine.decide(tool_call("fs.read", "bob"))
        assert verdict.decision is Decision.BLOCK
        await eventually(lambda: "1 blocked" in str(app.query_one("#users-status").render()))

        await pilot.press("x")
        await eventually(lambda: runtime.engine.tracker.get("user:bob").blocked_until is None)
        assert (await runtime.engine.decide(tool_call("fs.read", "bob"))).permits


async def test_live_streams_filters_pauses_and_stays_bounded(tmp_path):
    async with attached(tmp_path) as (runtime, app, pilot, notes):
        live = table(app, "#live-table")
        for host in ("good.example", "evil.example", "good.example"):
            await runtime.engine.decide(
                Action(surface=Surface.EGRESS, target=Target(host=host, method="GET", path="/"))
            )
        await eventually(lambda: live.row_count == 3, message="live rows")
        await pilot.press("up")
        assert "known bad" in text_of(app, "#live-detail")

        await pilot.press("d")  # decision filter: block
        assert live.row_count == 1
        await pilot.press("p")
        await runtime.engine.decide(
            Action(surface=Surface.EGRESS, target=Target(host="evil.example", path="/x"))
        )
        await eventually(lambda: "PAUSED (1 new)" in str(app.query_one("#live-status").render()))
        assert live.row_count == 1
        await pilot.press("p")
        assert live.row_count == 2

        for _ in range(5):
            await pilot.press("d")  # back to all decisions
        for i in range(1100):
            await runtime.engine.decide(
                Action(surface=Surface.TOOL, target=Target(tool=f"fs.read{i}"))
            )
        await eventually(lambda: "fs.read1099" in str(live.get_row_at(live.row_count - 1)))
        assert live.row_count == 1000

        # Every action is also in the command palette.
        await pilot.press("ctrl+p")
        await pilot.press(*"live clear")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await eventually(lambda: live.row_count == 0, message="cleared from the palette")


async def test_detach_and_reattach_when_the_proxy_restarts(tmp_path):
    extra = {"control": {"socket": str(tmp_path / "ctl.sock")}}
    async with console(tmp_path / "ctl.sock") as (app, pilot, notes):
        banner = app.query_one(ConnectionBanner)
        await eventually(lambda: banner.has_class("-disconnected"))
        assert "no secproxy is running" in str(banner.render())

        async with running_proxy(tmp_path / "one", extra) as first:
            await eventually(lambda: banner.has_class("-connected"), message="attached")
            await first.engine.decide(tool_call("fs.one"))
            await eventually(lambda: table(app, "#live-table").row_count == 1)
        await eventually(lambda: banner.has_class("-disconnected"), message="detached")
        assert "not connected" in str(banner.render())
        assert any("connection lost" in n and "went away" in n for n in notes)

        async with running_proxy(tmp_path / "two", extra) as second:
            await eventually(lambda: banner.has_class("-connected"), message="re-attached")
            await second.engine.decide(tool_call("fs.two"))
            live = table(app, "#live-table")
            await eventually(lambda: live.row_count == 2)
            assert "fs.two" in str(live.get_row_at(1))
            assert any("reattached" in n for n in notes)


async def test_live_shows_a_destination_refusal_once_as_a_block(tmp_path: Path) -> None:
    async with attached(tmp_path) as (runtime, app, pilot, notes):
        live = table(app, "#live-table")
        action = Action(surface=Surface.EGRESS,
                        target=Target(host="169.254.169.254", path="/", connects=True))
        async with runtime.engine.track(action) as tracked:
            assert tracked.verdict.category == "ssrf"
        await eventually(lambda: live.row_count == 1, message="row")
        await pilot.pause()
        assert live.row_count == 1
        cells = app.query_one("#live-table", FittedTable).cells  # full, before cutting
        row = str(next(iter(cells.values())))
        assert "169.254.169.254" in row and "BLOCK" in row and "SSRF" in row
