"""Learning mode from the Rules view, with Pilot at 80x24 against a real proxy: egress
traffic through the proxy's listener, then `s` in Rules asks the proxy for a suggestion,
shows its rules with counts and the refused traffic, and drafts them into the editor
after the running rules; nothing changes until the operator applies them."""

from __future__ import annotations

import httpx
import pytest
import yaml
from aiohttp import web
from textual.widgets import Input, Static

from secproxy.audit.query import Filters, LedgerReader
from secproxy.model import Action, Principal, Surface, Target
from tests.helpers import eventually, running_proxy, serving
from tui.app import SecproxyConsole
from tui.screens.suggest import SuggestionScreen
from tui.widgets.rules_editor import RulesEditor

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]
OBSERVING = {
    "rules": [{"name": "no-admin", "path": "/admin/**", "action": "deny",
               "reason": "admin pages"}],
    "egress": {"ssrf_allow": ["localhost", "127.0.0.0/8"]},
}


def upstream() -> web.Application:
    async def answer(request: web.Request) -> web.Response:
        return web.json_response({"path": request.path})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    return app


def egress(port: int, method: str, path: str) -> Action:
    return Action(surface=Surface.EGRESS, principal=Principal(user="bob"),
                  target=Target(host="localhost", port=port, method=method, path=path))


async def test_suggest_from_the_rules_view_drafts_the_learnt_rules(tmp_path):
    async with serving(upstream()) as port, running_proxy(tmp_path, OBSERVING) as rt:
        async with httpx.AsyncClient(proxy=f"http://{rt.addresses()['egress']}") as http:
            for method, path in [("GET", "/v1/items/1"), ("GET", "/v1/items/2"),
                                 ("POST", "/v1/orders"), ("GET", "/admin/users")]:
                await http.request(method, f"http://localhost:{port}{path}")

        def written() -> int:
            with LedgerReader(rt.ledger.path) as reader:
                return reader.count(Filters(surface=["egress"]))
        await eventually(lambda: written() >= 4, timeout=15, message="ledger records")

        app = SecproxyConsole(rt.control.path, operator="tester", retry=(0.05, 0.2))
        async with app.run_test(size=(80, 24)) as pilot:
            await eventually(lambda: app.connection.state.connected)
            editor = app.query_one("#rules-editor", RulesEditor)
            await pilot.press("r")
            await eventually(lambda: "no-admin" in editor.text, message="rules loaded")
            await pilot.press("s")
            await eventually(lambda: app.screen.query("#since"), message="dialog")
            app.screen.query_one("#since", Input).value = "1h"
            await pilot.press("enter")
            await eventually(lambda: isinstance(app.screen, SuggestionScreen),
                             timeout=15, message="the suggestion")
            shown = str(app.screen.query_one("#suggestion-text", Static).render())
            assert "3 allowed records, 3 covered by 1 allow rules" in shown
            assert "egress-localhost-v1" in shown and "GET 2, POST 1" in shown
            assert ("egress GET localhost/admin/users (block 1) — admin pages → "
                    "still refused (deny-everything-else)") in " ".join(shown.split())

            before = rt.engine.config
            await pilot.press("enter")
            await eventually(lambda: "egress-localhost-v1" in editor.text, message="drafted")
            assert app.focused is editor
            drafted = yaml.safe_load(editor.text)
            assert [r["name"] for r in drafted] == [
                "no-admin", "egress-localhost-v1", "deny-everything-else"]
            assert "# learnt: 3 records: GET 2, POST 1" in editor.text
            assert rt.engine.config is before  # a draft: nothing applied yet
            assert (await rt.engine.decide(egress(port, "GET", "/v2/x"))).permits

            await pilot.press("ctrl+s")
            await eventually(lambda: rt.engine.config is not before, message="applied")
            assert not (await rt.engine.decide(egress(port, "GET", "/v2/x"))).permits
            verdict = await rt.engine.decide(egress(port, "POST", "/v1/orders"))
            assert verdict.permits and verdict.rule == "egress-localhost-v1"
