"""The kill switch from the console, driven with Pilot at 80x24 against a real proxy: K
asks for confirmation (which surfaces, why), the proxy refuses every action on them, the
header of every view says so, a switch made elsewhere shows up through the stream, and K
again lifts it."""

from __future__ import annotations

import pytest
from textual.widgets import SelectionList

from secproxy.engine.killswitch import parse_surfaces
from secproxy.model import Action, Decision, Surface, Target
from tests.helpers import eventually, running_proxy
from tui.app import SecproxyConsole
from tui.screens.killswitch import KillSwitchDialog

pytestmark = pytest.mark.functional


def egress() -> Action:
    return Action(surface=Surface.EGRESS, target=Target(host="ok.example", method="GET",
                                                        path="/"))


async def test_kill_switch_from_the_console(tmp_path):
    async with running_proxy(tmp_path) as runtime:
        engine = runtime.engine
        app = SecproxyConsole(runtime.control.path, operator="tester", retry=(0.05, 0.2))
        async with app.run_test(size=(80, 24)) as pilot:
            # handled by the app (its views attached, the switch's state loaded), not only
            # connected: under load K came before that once and the test failed
            await eventually(lambda: app.connection.state.connected and app._ever_connected)
            await pilot.pause()
            await pilot.press("K")
            assert isinstance(app.screen, KillSwitchDialog)
            await pilot.press("escape")  # cancelling changes nothing
            assert not engine.kill_switch.on

            await pilot.press("K")
            surfaces = app.screen.query_one("#surfaces", SelectionList)
            surfaces.deselect("tool")
            await pilot.press(*"incident", "enter")
            await eventually(lambda: engine.kill_switch.on, message="switched on")
            assert Surface.TOOL not in engine.kill_switch.surfaces
            assert Surface.EGRESS in engine.kill_switch.surfaces
            assert engine.kill_switch.by == "tester" and engine.kill_switch.reason == "incident"
            verdict = await engine.decide(egress())
            assert verdict.decision is Decision.BLOCK
            assert verdict.findings[0].category == "kill_switch"
            await eventually(lambda: "KILL SWITCH" in app.sub_title, message="header")
            for view in ("u", "h", "r", "l"):
                await pilot.press(view)
                assert "⛔ KILL SWITCH connect,egress," in app.sub_title

            # Lifted elsewhere (the CLI): the stream tells the console.
            engine.kill_switch.turn_off(by="alice")
            await eventually(lambda: "KILL SWITCH" not in app.sub_title, message="lifted")
            engine.kill_switch.turn_on(parse_surfaces(["llm"]), by="alice")
            await eventually(lambda: "KILL SWITCH llm" in app.sub_title, message="on again")

            await pilot.press("K", "enter")  # the dialog now offers to lift it
            await eventually(lambda: not engine.kill_switch.on, message="lifted from K")
            assert not engine.kill_switch.surfaces
