"""What an agent writes — a URL path, a tool name, its agent name, a reason a rule quotes —
reaches the operator's console as text, never as Rich markup: `[/x]` once made the
console exit (a closing tag with no opening one raises while rendering), and
`[@click=app.quit]` would have made a cell that runs a console action when clicked."""

from __future__ import annotations

from typing import Any

import pytest

from secproxy.model import Action, Principal, Surface, Target
from tests.helpers import eventually
from tests.tui.test_console_functional import attached, table, text_of

pytestmark = pytest.mark.functional

HOSTILE = ["[/x]", "[@click=app.quit]press[/]", "[bold red]LOUD[/bold red]", "[link=x]l"]
TERMINAL = "\x1b]2;PWNED\x1b\\\x1b[41mRED\u202eevil\x9b2J"
"""A tool name a model could return: retitles the window, paints the row red, shows the
rest reversed, clears the screen (C1 CSI) — when written to a terminal as it is."""


async def test_hostile_names_are_shown_as_written_and_the_console_lives(tmp_path: Any) -> None:
    async with attached(tmp_path) as (runtime, app, pilot, _):
        live = table(app, "#live-table")
        for i, bad in enumerate(HOSTILE):
            await runtime.engine.decide(Action(
                surface=Surface.EGRESS, principal=Principal(agent=bad),
                target=Target(host="good.example", method="GET", path=f"/{bad}")))
            await runtime.engine.decide(Action(surface=Surface.TOOL, target=Target(tool=bad),
                                               principal=Principal(agent=f"a{i}")))
        await eventually(lambda: live.row_count == 2 * len(HOSTILE), message="live rows")
        await pilot.pause(0.2)
        assert app.is_running
        shown = [str(c) for r in range(live.row_count) for c in live.get_row_at(r)]
        for bad in HOSTILE:
            # every hostile string appears as written (cut to its column, the start kept)
            assert any(bad[:6] in cell for cell in shown), (bad, shown)
        for _ in range(live.row_count):
            await pilot.press("up")
            await pilot.pause(0.02)
        live.move_cursor(row=0)
        await eventually(lambda: "good.example/[/x]" in text_of(app, "#live-detail"),
                         message="the first row's detail, as written")
        for view in "uhoa":  # users, audit, overview, approvals: principals and targets
            await pilot.press(view)
            await pilot.pause(0.3)
            assert app.is_running, view
        app.notify("blocked [/x]")  # a toast quoting a principal
        await pilot.pause(0.2)
        assert app.is_running


async def test_terminal_controls_in_names_are_shown_escaped(tmp_path: Any) -> None:
    """ESC, C1 controls and bidi overrides in what the proxy reports (a tool name, an
    agent name) reach the console as visible escapes, never as the characters a terminal
    would act on."""
    async with attached(tmp_path) as (runtime, app, pilot, _):
        live = table(app, "#live-table")
        await runtime.engine.decide(Action(surface=Surface.TOOL, target=Target(tool=TERMINAL),
                                           principal=Principal(agent=TERMINAL)))
        await eventually(lambda: live.row_count == 1, message="live row")
        live.move_cursor(row=0)
        await eventually(lambda: "PWNED" in text_of(app, "#live-detail"), message="detail")
        shown = [str(c) for c in live.get_row_at(0)] + [text_of(app, "#live-detail")]
        for text in shown:
            assert not any(ch in text for ch in "\x1b\x9b\u202e"), repr(text)
        assert "\\x1b]2;PWNED" in text_of(app, "#live-detail")
        assert "\\u202eevil" in text_of(app, "#live-detail")
