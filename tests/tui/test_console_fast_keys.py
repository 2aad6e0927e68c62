"""Keys typed faster than the console handles them (a paste, a fast typist) leave it on
the view the last key chose, with the tabs, the shown view and the focus agreeing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual import events
from textual.widgets import ContentSwitcher, TabbedContent

from tui.app import SecproxyConsole


@pytest.mark.parametrize(("keys", "view"), [
    # Each ends on a view other than Live (shown at start), so that the view is only
    # reached once the last key has been handled.
    ("hotla", "approvals"),  # audit, overview, tools, live, then approvals
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
        tabs = app.query_one(TabbedContent)

        def settled() -> tuple[str, str | None, str]:
            focused = app.focused
            return (tabs.active, tabs.query_one(ContentSwitcher).current,
                    view if focused is not None and view in str(focused.id) else "elsewhere")

        # Polled with a deadline: on a loaded machine the keys take a while to be handled;
        # a console that ends elsewhere never gets there.
        deadline = time.monotonic() + 10
        while settled() != (view, view, view) and time.monotonic() < deadline:
            await pilot.pause(0.1)
        assert settled() == (view, view, view)
        await pilot.pause(0.2)  # what the last switch set off, before the console closes


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


async def test_a_click_on_a_tab_is_a_choice_too(tmp_path: Path) -> None:
    app = SecproxyConsole(tmp_path / "none.sock", operator="tester", retry=(0.05, 0.2))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("#--content-tab-users")
        await pilot.press("h")
        await pilot.click("#--content-tab-rules")
        await pilot.pause(0.3)
        assert app.query_one(TabbedContent).active == "rules"
