"""HTTP statuses of the operator API's errors, over real HTTP: a request the proxy's state
stands in the way of (`conflict`, `save_failed`) is a 409, wrong rules a 422, an unknown
principal a 404, a malformed request a 400; and every code the commands raise has one."""

from __future__ import annotations

import ast
import asyncio
import logging
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from secproxy.control.http import STATUS
from secproxy.model import Action, Decision, Surface, Target
from tests.helpers import eventually, running_proxy

KEY = "op-key-0123456789"
AUTH = {"Authorization": f"Bearer {KEY}"}
CONFIG = {
    "control": {"api_keys": [KEY]},
    "rules": [{"name": "shell", "tools": ["shell.*"], "action": "require_approval"}],
}
NEW_RULES = "- name: fs\n  tools: ['fs.*']\n  action: deny\n"
PACKAGE = Path(__file__).resolve().parents[2] / "secproxy"


async def call(runtime: Any, command: str, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    url = f"http://{runtime.addresses()['api']}/operator/api/{command}"
    async with aiohttp.ClientSession() as http:
        async with http.post(url, headers=AUTH, json=payload) as resp:
            return resp.status, await resp.json()


async def rule_names(runtime: Any) -> list[str]:
    status, body = await call(runtime, "rules/get", {})
    assert status == 200
    return [row["name"] for row in body["payload"]["rules"]]


@pytest.mark.functional
async def test_save_without_a_config_file_is_a_409_and_changes_nothing(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, CONFIG) as runtime:
        status, body = await call(runtime, "rules/replace", {"yaml": NEW_RULES, "save": True})
        assert status == 409
        assert body["type"] == "error" and body["payload"]["code"] == "save_failed"
        assert "no config file" in body["payload"]["message"]
        assert "without saving" in body["payload"]["hint"]
        assert await rule_names(runtime) == ["shell"]


@pytest.mark.functional
async def test_a_config_file_that_cannot_take_the_rules_is_a_409(tmp_path: Path) -> None:
    path = tmp_path / "secproxy.yaml"
    async with running_proxy(tmp_path, CONFIG, config_path=path) as runtime:
        broken = "logging: loud\n" + path.read_text()  # edited by hand since it was loaded
        path.write_text(broken)
        status, body = await call(runtime, "rules/replace", {"yaml": NEW_RULES, "save": True})
        assert status == 409
        assert body["payload"]["code"] == "save_failed"
        assert "nothing changed" in body["payload"]["message"]
        assert path.read_text() == broken
        assert await rule_names(runtime) == ["shell"]


@pytest.mark.functional
async def test_resolving_an_approval_twice_is_a_409(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, CONFIG) as runtime:
        held = asyncio.ensure_future(
            runtime.engine.decide(Action(surface=Surface.TOOL, target=Target(tool="shell.rm")))
        )
        approval = (await eventually(runtime.engine.approvals.pending))[0]
        answer = {"id": approval.id, "approve": True, "by": "remote"}
        status, _ = await call(runtime, "approvals/resolve", answer)
        assert status == 200
        assert (await asyncio.wait_for(held, 5)).decision is Decision.ALLOW
        status, body = await call(runtime, "approvals/resolve", {**answer, "approve": False})
        assert status == 409
        assert body["payload"]["code"] == "conflict"
        assert "already approved" in body["payload"]["message"]


@pytest.mark.functional
async def test_wrong_rules_unknown_principals_and_malformed_requests(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, CONFIG) as runtime:
        status, body = await call(runtime, "rules/replace", {"yaml": "- action: maybe\n"})
        assert (status, body["payload"]["code"]) == (422, "invalid_config")
        status, body = await call(runtime, "principals/unblock", {"key": "ip:10.1.2.3"})
        assert (status, body["payload"]["code"]) == (404, "not_found")
        status, body = await call(runtime, "principals/block", {})
        assert (status, body["payload"]["code"]) == (400, "bad_request")
        status, body = await call(runtime, "rules/replace", {"yaml": 7})
        assert (status, body["payload"]["code"]) == (400, "bad_request")
        assert await rule_names(runtime) == ["shell"]


def raised_codes() -> set[str]:
    """Every error code written as a literal in a `ProtocolError(...)` in the package."""
    codes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name != "ProtocolError":
                continue
            first = node.args[0]
            options = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            codes |= {o.value for o in options if isinstance(o, ast.Constant)}
    return codes


def test_every_code_the_commands_raise_has_a_status() -> None:
    codes = raised_codes()
    assert {"save_failed", "conflict", "invalid_config", "not_found"} <= codes
    assert codes - STATUS.keys() == set()


@pytest.mark.functional
@pytest.mark.parametrize("payload", [[1, 2], "text", 5, True])
async def test_an_envelope_whose_payload_is_no_object_is_a_400(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, payload: Any) -> None:
    async with running_proxy(tmp_path, CONFIG) as runtime:
        status, body = await call(runtime, "approvals/resolve",
                                  {"v": 1, "type": "approvals/resolve", "payload": payload})
    assert status == 400  # before: 500 'internal', AttributeError and its traceback logged
    assert body["payload"]["code"] == "bad_request"
    assert not [r for r in caplog.records if r.exc_info]


@pytest.mark.functional
async def test_a_body_that_is_not_the_gzip_it_claims_is_a_400(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    async with running_proxy(tmp_path, CONFIG) as runtime:
        url = f"http://{runtime.addresses()['api']}/operator/api/rules/get"
        async with aiohttp.ClientSession() as http:
            async with http.post(url, data=b"this is not gzip", headers={
                    **AUTH, "Content-Type": "application/json",
                    "Content-Encoding": "gzip"}) as resp:
                status, body = resp.status, await resp.json()
    assert status == 400
    assert body["payload"]["code"] == "bad_request"
    assert "content-encoding: gzip" in body["payload"]["message"].lower()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
