"""The ids of a client's requests as it spelled them: `0`, `"0"`, `1.0`, `-0.0`, `""`
come back exactly so, whoever answers (the server, or secproxy refusing); a request
whose id is null (MCP forbids it; the official SDK's server drops it unanswered) is
refused at once. Serve's own relay (`McpHub.relay`, what `secproxy mcp wrap` has it
decide) in a real runtime, the server's answers as a server would send them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secproxy.audit.query import Filters, LedgerReader
from secproxy.model import Direction
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]

RULES = {"rules": [{"name": "no-deletes", "surfaces": ["mcp"], "tools": ["delete_*"],
                    "action": "deny"}]}
TOOLS = [{"name": "read_file", "inputSchema": {"type": "object"}},
         {"name": "delete_all", "inputSchema": {"type": "object"}}]
IDS = ["0", '"0"', "1.0", "-0.0", '""', "0.5", "1e20"]
"""As the client writes them (JSON)."""


@pytest.fixture
async def runtime(tmp_path: Path) -> Any:
    async with running_proxy(tmp_path / "state", RULES) as rt:
        yield rt


async def relay(runtime: Runtime, direction: Direction, text: str
                ) -> tuple[str | None, str | None]:
    return await runtime.mcp.relay("c", "files", None, direction, text)


def request(rpc_id: str, method: str, params: dict[str, Any] | None = None) -> str:
    tail = f', "params": {json.dumps(params)}' if params is not None else ""
    return f'{{"jsonrpc": "2.0", "id": {rpc_id}, "method": "{method}"{tail}}}'


def answer(rpc_id: str, result: Any) -> str:
    return f'{{"jsonrpc": "2.0", "id": {rpc_id}, "result": {json.dumps(result)}}}'


def id_of(text: str | None) -> str:
    """The id of an answer, as JSON reads it (`1e20` and `1e+20` are one number; `1`
    and `1.0`, `0` and `-0.0` are not one spelling), written back."""
    assert text is not None
    return repr(json.loads(text)["id"])


@pytest.mark.parametrize("rpc_id", IDS)
async def test_every_answer_has_the_id_the_client_wrote(rpc_id: str,
                                                        runtime: Runtime) -> None:
    forward, _ = await relay(runtime, Direction.REQUEST, request(rpc_id, "tools/list"))
    assert forward is not None
    listed, _ = await relay(runtime, Direction.RESPONSE, answer(rpc_id, {"tools": TOOLS}))
    assert id_of(listed) == repr(json.loads(rpc_id))
    assert [t["name"] for t in json.loads(listed or "")["result"]["tools"]] == ["read_file"]
    _, refused = await relay(runtime, Direction.REQUEST, request(
        rpc_id, "tools/call", {"name": "delete_all", "arguments": {}}))
    assert id_of(refused) == repr(json.loads(rpc_id)) and "no-deletes" in (refused or "")


@pytest.mark.parametrize(("sent", "answered"), [("1.0", "1"), ("-0.0", "0"), ("1", "1.0"),
                                                ("7", '"7"')])
async def test_an_answer_under_another_spelling_goes_on_under_the_clients(
        sent: str, answered: str, runtime: Runtime) -> None:
    # A server that reads ids as integers (pydantic's `int | str`, lax) answers 1.0
    # under 1: the client, which sent 1.0, got 1.
    await relay(runtime, Direction.REQUEST, request(sent, "tools/list"))
    listed, _ = await relay(runtime, Direction.RESPONSE, answer(answered, {"tools": TOOLS}))
    assert id_of(listed) == repr(json.loads(sent))
    assert [t["name"] for t in json.loads(listed or "")["result"]["tools"]] == ["read_file"]


async def test_a_request_whose_id_is_null_is_refused(runtime: Runtime) -> None:
    # It went on: the SDK's server drops it (the client waits for good), and another
    # server's answer under null was decided as a plain result, not as the list it
    # answers: the tool a rule denies reached the client.
    for text in (request("null", "tools/list"),
                 request("null", "tools/call", {"name": "read_file", "arguments": {}})):
        forward, refused = await relay(runtime, Direction.REQUEST, text)
        assert forward is None and refused is not None
        error = json.loads(refused)
        assert error["id"] is None and error["error"]["code"] == -32600
        assert "must not be null" in error["error"]["message"]
    # In a batch, that request alone.
    batch = f'[{request("null", "ping")}, {request("3", "ping")}]'
    forward, refused = await relay(runtime, Direction.REQUEST, batch)
    assert [m["id"] for m in json.loads(forward or "")] == [3]
    assert [m["id"] for m in json.loads(refused or "")] == [None]

    ledger = runtime.ledger.path
    assert ledger is not None

    def refusals() -> list[dict[str, Any]]:
        with LedgerReader(ledger) as reader:
            return [r for r in reader.query(Filters(surface=["mcp"], limit=100))
                    if any(f["category"] == "null_id" for f in r["findings"])]

    assert len(await eventually(lambda: len(refusals()) == 3 and refusals(),
                                timeout=10, message="three records")) == 3
