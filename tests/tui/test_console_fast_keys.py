"""Keys typed faster than the console handles them (a paste, a fast typist) leave it on
the view the last key chose, with the tabs, the shown view and the focus agreeing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import ContentSwitcher, TabbedContent

from tui.app import SecproxyConsole


@pytest.mark.parametrize(("keys", "view"), [
    ("hotal", "live"),   # audit, overview, tools, approvals, then live
    ("oh", "audit"),
    ("lu", "users"),
    ("uuoa", "approvals"),
])
async def test_the_last_view_key_wins(tmp_path: Path, keys: str, view: str) -> None:
    app = SecproxyConsole(tmp_path / "none.sock", operator="tester", retry=(0.05, 0.2))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in keys:  # queued at once, as a terminal delivers a paste
            app.post_message(events.Key(key, key))
        await pilot.pause(0.5)
        tabs = app.query_one(TabbedContent)
        assert tabs.active == view
        assert tabs.query_one(ContentSwitcher).current == view
        assert app.focused is not None and view in str(app.focused.id)


async def test_a_view_key_behind_an_open_dialog_does_not_crash(tmp_path: Path) -> None:
    app = SecproxyConsole(tmp_path / "none.sock", operator="tester", retry=(0.05, 0.2))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in ("h", "question_mark", "o"):
            app.post_message(events.Key(key, "?" if key == "question_mark" else key))
        await pilot.pause(0.5)
        await pilot.press("escape")
        await pilot.pause(0.2)
        assert app.query_one(TabbedContent).active in {"audit", "overview"}
