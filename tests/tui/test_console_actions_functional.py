"""Row actions from Live, driven with Pilot at 80x24 against a real proxy: allow always
(a rule drafted in the Rules editor where it takes effect, then applied), block the
principal, copy as curl and as JSON."""

from __future__ import annotations

import json

import pytest
import yaml
from textual.widgets import Input

from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.helpers import eventually, running_proxy
from tests.tui.test_console_functional import RULES
from tui.app import SecproxyConsole
from tui.widgets.rules_editor import RulesEditor
from tui.widgets.table import FittedTable

pytestmark = pytest.mark.functional


def request(host: str, user: str = "bob") -> Action:
    return Action(surface=Surface.EGRESS, principal=Principal(user=user),
                  target=Target(host=host, port=80, method="POST", path="/in"))


async def test_allow_always_block_and_copy_from_a_live_row(tmp_path):
    async with running_proxy(tmp_path, RULES) as runtime:
        app = SecproxyConsole(runtime.control.path, operator="tester", retry=(0.05, 0.2))
        async with app.run_test(size=(80, 24)) as pilot:
            await eventually(lambda: app.connection.state.connected)
            engine = runtime.engine
            assert (await engine.decide(request("evil.example"))).decision is Decision.BLOCK
            await engine.decide(request("good.example"))
            live = app.query_one("#live-table", FittedTable)
            await eventually(lambda: live.row_count == 2, message="rows")
            await pilot.press("g")  # the evil.example row

            await pilot.press("J")
            await eventually(lambda: "evil.example" in app.clipboard)
            assert json.loads(app.clipboard)["rule"] == "no-evil"
            await pilot.press("C")
            await eventually(lambda: app.clipboard.startswith("curl"), message="curl copied")
            egress = runtime.addresses()["egress"]
            assert app.clipboard == f"curl -x http://{egress} -X POST http://evil.example:80/in"

            # Allow always: drafted before the rule that blocked the row, applied with ctrl+s.
            await pilot.press("A")
            editor = app.query_one("#rules-editor", RulesEditor)
            await eventually(lambda: "allow-evil.example" in editor.text, message="drafted")
            assert app.query_one("#tabs").active == "rules"
            await eventually(lambda: app.focused is editor, message="editor focused")
            drafted = yaml.safe_load(editor.text)
            assert [r["name"] for r in drafted] == ["shell", "allow-evil.example", "no-evil"]
            assert editor.cursor_location[0] == editor.text.splitlines().index(
                "- name: allow-evil.example")
            before = engine.config
            await pilot.press("ctrl+s")
            await eventually(lambda: engine.config is not before, message="applied")
            verdict = await engine.decide(request("evil.example"))
            assert verdict.permits and verdict.rule == "allow-evil.example"

            # Block the row's principal for a while, with a reason.
            await pilot.press("escape", "l", "G")
            await pilot.press("b")
            await pilot.pause()
            app.screen.query_one("#duration", Input).value = "5m"
            await pilot.press(*"scraping", "enter")
            await eventually(lambda: engine.tracker.get("user:bob").blocked_until)
            assert engine.tracker.get("user:bob").block_reason == "scraping"
            assert (await engine.decide(request("good.example"))).decision is Decision.BLOCK
