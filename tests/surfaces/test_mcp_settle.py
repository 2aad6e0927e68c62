"""A tool call's record written after its result went to the client (`settle`, batch
durability): a conversation cut off while the ledger is behind loses no record and
writes none twice."""

from __future__ import annotations

import asyncio
import json

from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.events import RecordEvent
from secproxy.model import Direction, Principal
from secproxy.surfaces.mcp.hub import McpHub
from secproxy.surfaces.mcp.interceptor import McpInterceptor


def _call(rpc_id: int) -> str:
    return json.dumps({"jsonrpc": "2.0", "id": rpc_id, "method": "tools/call",
                       "params": {"name": "echo", "arguments": {"text": f"hi {rpc_id}"}}})


def _result(rpc_id: int) -> str:
    return json.dumps({"jsonrpc": "2.0", "id": rpc_id,
                       "result": {"content": [{"type": "text", "text": "ok"}]}})


async def test_a_settle_cancelled_while_the_ledger_is_behind_loses_no_record() -> None:
    engine = Engine(load_config(env={}))
    ledger = engine.bus.subscribe("ledger", kinds={"record"}, maxsize=1, durable=True)
    icpt = McpInterceptor(McpHub(engine, None), "files", Principal(agent="a"), None,
                          "stdio", settles=True)
    for rpc_id in (1, 2):
        forward, _ = await icpt.handle(_call(rpc_id), Direction.REQUEST)
        assert forward is not None
        icpt.publish()
    assert (await icpt.handle(_result(1), Direction.RESPONSE))[0] is not None
    await icpt.settle()  # the ledger's queue had room: written at once
    assert ledger.queue.qsize() == 1
    assert (await icpt.handle(_result(2), Direction.RESPONSE))[0] is not None

    settling = asyncio.ensure_future(icpt.settle())  # the queue is full: it waits
    for _ in range(5):
        await asyncio.sleep(0)
    assert not settling.done() and ledger.queue.qsize() == 1
    settling.cancel()  # the lane is stopped (the client cut off)
    await asyncio.gather(settling, return_exceptions=True)

    first = ledger.get_nowait()  # the ledger catches up
    await icpt.close()
    rest = []
    while not ledger.queue.empty():
        rest.append(ledger.get_nowait())
    records = [e for e in (first, *rest) if isinstance(e, RecordEvent)]
    assert [r.action.metadata["rpc_id"] for r in records] == [1, 2]
