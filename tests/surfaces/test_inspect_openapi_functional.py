"""`GET /openapi.json` against the real answers: every endpoint's answers (happy paths,
malformed bodies, refusals, approvals and permits, the handlers' results, a key's rate
limit) are validated against the schema the document gives for that path, method and
status (jsonschema, draft 2020-12, as OpenAPI 3.1 uses). Per-key rate limits: 429 with
`Retry-After` and a body naming the limit; other keys and `/health` are not limited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
import pytest
from jsonschema import Draft202012Validator

from tests.helpers import running_proxy

pytestmark = pytest.mark.functional
AGENT = {"Authorization": "Bearer agent-key-0123456789"}
OPERATOR = {"Authorization": "Bearer operator-key-0123456789"}
S = {"session_id": "s-doc", "agent_id": "agent-1"}


class Checked:
    """Calls the API and checks each answer against the document."""

    def __init__(self, http: aiohttp.ClientSession, base: str, doc: dict[str, Any]):
        self.http = http
        self.base = base
        self.doc = doc
        self.seen: set[tuple[str, str, str]] = set()

    async def __call__(self, method: str, path: str, template: str, body: Any = None,
                       headers: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
        async with self.http.request(method, self.base + path, json=body,
                                     headers=headers or AGENT) as resp:
            status, got = resp.status, await resp.json()
            retry = resp.headers.get("Retry-After")
        operation = self.doc["paths"][template][method.lower()]
        response = operation["responses"].get(str(status))
        assert response is not None, f"{method} {template} answered {status}, not documented"
        schema = response["content"]["application/json"]["schema"]
        validator = Draft202012Validator({**schema, "components": self.doc["components"]})
        errors = [e.message for e in validator.iter_errors(got)]
        assert not errors, (method, path, status, errors, got)
        self.seen.add((template, method.lower(), str(status)))
        if status == 429:
            got["retry-after"] = retry
        return status, got


async def test_every_answer_matches_the_openapi_document(tmp_path: Path) -> None:
    root = tmp_path / "files"
    root.mkdir()
    (root / "a.txt").write_text("alpha key AKIAIOSFODNN7EXAMPLF")  # masked in the output
    extra = {
        "rules": [{"name": "held", "tools": ["deploy", "fs_read"], "action": "require_approval"}],
        "inspect": {"api_keys": [
            {"name": "agent", "key": "agent-key-0123456789"},
            {"name": "ops", "key": "operator-key-0123456789", "role": "operator"},
            {"name": "slow", "key": "slow-key-0123456789",
             "rate_limit": {"requests_per_minute": 60, "burst": 2}}],
            "handlers": {"fs_roots": [str(root)]}},
    }
    async with running_proxy(tmp_path / "state", extra) as rt, aiohttp.ClientSession() as http:
        base = f"http://{rt.addresses()['api']}"
        async with http.get(f"{base}/openapi.json") as resp:  # open, like /health
            assert resp.status == 200
            doc = await resp.json()
        assert doc["openapi"].startswith("3.1")
        Draft202012Validator.check_schema(doc["components"]["schemas"]["VerdictOut"])
        call = Checked(http, base, doc)

        await call("POST", "/inspect/input", "/inspect/input", {**S, "text": "hello there"})
        _, got = await call("POST", "/inspect/input", "/inspect/input",
                            {**S, "text": "key AKIAIOSFODNN7EXAMPLF", "source": "web"})
        assert got["decision"] == "allow_with_redaction"
        _, got = await call("POST", "/inspect/tool-call", "/inspect/tool-call",
                            {**S, "tool_name": "shell", "arguments": {"command": "rm -rf /"}})
        assert got["decision"] == "block" and got["findings"]
        await call("POST", "/inspect/tool-call", "/inspect/tool-call",
                   {**S, "tool_name": "shell", "action": "ls"})
        await call("POST", "/inspect/output", "/inspect/output",
                   {**S, "text": "mail bob@example.com", "tool_name": "crm"})
        status, got = await call("POST", "/inspect/tool-call", "/inspect/tool-call",
                                 {**S, "tool_name": 7})
        assert (status, got["field"]) == (400, "tool_name")
        for path in ("/inspect/input", "/inspect/output", "/approval/submit", "/execute"):
            status, got = await call("POST", path, path, {"agent_id": "a"})
            assert (status, got["field"]) == (400, "session_id")
        status, _ = await call("POST", "/inspect/input", "/inspect/input", {**S, "text": "x"},
                               headers={"Authorization": "Bearer wrong"})
        assert status == 401

        deploy = {**S, "tool_name": "deploy", "arguments": {"service": "api"}}
        status, got = await call("POST", "/approval/submit", "/approval/submit", deploy)
        assert status == 202 and got["state"] == "pending"
        approval = got["approval_id"]
        await call("POST", "/approval/submit", "/approval/submit",
                   {**S, "tool_name": "shell", "action": "ls"})
        await call("POST", "/approval/submit", "/approval/submit",
                   {**S, "tool_name": "shell", "action": "rm -rf /"})
        await call("GET", f"/approval/{approval}", "/approval/{id}")
        await call("GET", "/approval/nope", "/approval/{id}")
        await call("POST", "/approval/resolve", "/approval/resolve",
                   {"approval_id": approval, "approve": True})  # an agent key: 401
        await call("POST", "/approval/resolve", "/approval/resolve", {"approval_id": approval},
                   headers=OPERATOR)
        await call("POST", "/approval/resolve", "/approval/resolve",
                   {"approval_id": "nope", "approve": True}, headers=OPERATOR)
        await call("POST", "/approval/resolve", "/approval/resolve",
                   {"approval_id": approval, "approve": True}, headers=OPERATOR)
        await call("POST", "/approval/resolve", "/approval/resolve",
                   {"approval_id": approval, "approve": True}, headers=OPERATOR)
        _, got = await call("GET", f"/approval/{approval}", "/approval/{id}")
        assert got["permit"]

        read = {**S, "tool_name": "fs_read", "arguments": {"path": str(root / "a.txt")}}
        status, got = await call("POST", "/execute", "/execute", read)
        assert status == 403 and got["approval_id"]
        rt.engine.approvals.resolve(got["approval_id"], approve=True, by="op")
        _, state = await call("GET", f"/approval/{got['approval_id']}", "/approval/{id}")
        status, got = await call("POST", "/execute", "/execute",
                                 {**read, "permit": state["permit"]})
        assert (status, got["result"]) == (200, "executed")
        assert got["output_verdict"]["decision"] == "allow_with_redaction"
        await call("POST", "/execute", "/execute", {**read, "permit": state["permit"]})
        status, got = await call("POST", "/execute", "/execute",
                                 {**S, "tool_name": "fs_write", "arguments": {"path": 3}})
        assert status == 400 and got["result"] == "malformed"

        slow = {"Authorization": "Bearer slow-key-0123456789"}
        answers = [(await call("POST", "/inspect/input", "/inspect/input",
                               {**S, "text": "hi"}, headers=slow))[0] for _ in range(3)]
        assert answers == [200, 200, 429]
        _, got = await call("POST", "/inspect/input", "/inspect/input", {**S, "text": "hi"},
                            headers=slow)
        assert got["error"] == "rate_limit" and got["limit"] == {
            "key": "slow", "requests_per_minute": 60, "burst": 2}
        assert int(got["retry-after"]) >= 1 and 0 < got["retry_after"] <= 1
        status, _ = await call("POST", "/inspect/input", "/inspect/input", {**S, "text": "hi"})
        assert status == 200  # another key has its own bucket
        async with http.get(f"{base}/health") as resp:
            assert resp.status == 200

    # Every documented answer was seen, but those this test does not provoke (a body
    # over the limit, a handler failing or timing out: test_inspect_functional's).
    documented = {(path, method, status) for path, ops in doc["paths"].items()
                  for method, op in ops.items() for status in op["responses"]
                  if path != "/openapi.json"}
    unprovoked = {"413", "502", "504"}
    missing = {d for d in documented - call.seen
               if d[2] not in unprovoked and d[2] not in ("401", "429")}
    assert not missing, sorted(missing)
