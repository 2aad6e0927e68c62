"""The runtime wires every surface to one engine, one ledger and the guard factories."""

from __future__ import annotations

import gc
import json
from pathlib import Path

from websockets.asyncio.client import connect

from secproxy.audit.query import Filters, LedgerReader
from secproxy.runtime import YOUNG_COLLECTION
from tests.helpers import running_proxy
from tests.surfaces.ws_support import SECRET, Gateway, call


async def test_ws_relay_with_output_masking_lands_in_the_shared_ledger(tmp_path: Path) -> None:
    gateway = await Gateway().start()
    try:
        extra = {
            "ws": {
                "upstream": gateway.url,
                "redact_patterns": [{"name": "openai_key", "pattern": "sk-[A-Za-z0-9]{20,}"}],
            },
            "rules": [
                {"name": "no-rm", "surfaces": ["ws"], "tools": ["fs.delete"], "action": "deny"}
            ],
        }
        async with running_proxy(tmp_path, extra) as rt:
            assert {"egress", "ws", "api", "control"} <= set(rt.addresses())
            async with connect(f"ws://{rt.addresses()['ws']}/") as ws:
                await ws.send(call("secret.read", id=7))
                answer = json.loads(await ws.recv())
                await ws.send(call("fs.delete", {"path": "/"}, id=8))
                denied = json.loads(await ws.recv())
        assert answer["id"] == 7
        assert SECRET not in json.dumps(answer)
        assert "[REDACTED:openai_key]" in json.dumps(answer)
        assert denied["id"] == 8 and denied["error"]["code"] == -32001
    finally:
        await gateway.stop()
    with LedgerReader(tmp_path / "ledger.db") as reader:
        rows = reader.query(Filters(surface=["ws"], limit=50))
    decisions = {(r["tool"], r["decision"]) for r in rows}
    assert ("fs.delete", "block") in decisions
    assert any(r["decision"] == "allow_with_redaction" for r in rows)
    assert all(SECRET not in json.dumps(r) for r in rows)


async def test_a_started_runtime_collects_the_young_generation_rarely(tmp_path: Path) -> None:
    """Python's default (700) made the collector walk every request in flight every few
    dozen requests: a started proxy raises it."""
    before = gc.get_threshold()
    gc.set_threshold(700, *before[1:])
    try:
        async with running_proxy(tmp_path):
            assert gc.get_threshold() == (YOUNG_COLLECTION, *before[1:])
        assert YOUNG_COLLECTION >= 10_000
    finally:
        gc.set_threshold(*before)
