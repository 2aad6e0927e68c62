"""A tool call's record written after its result went to the client (`settle`, batch
durability): a conversation cut off while the ledger is behind loses no record and
writes none twice."""

from __future__ import annotations

import asyncio
import json

import pytest

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


async def test_a_settle_closed_before_it_resumes_still_writes_its_record() -> None:
    # The ws relay starts a settle by hand and hands the rest to a lane task; a lane
    # cancelled before its first step never resumed it, and the call's record was lost
    # (RV, session 20): now the lane's end closes it, and a record cut off in its wait
    # for the ledger goes out anyway.
    engine = Engine(load_config(env={}))
    ledger = engine.bus.subscribe("ledger", kinds={"record"}, maxsize=1, durable=True)
    icpt = McpInterceptor(McpHub(engine, None), "files", Principal(agent="a"), None,
                          "ws", settles=True)
    for rpc_id in (1, 2):
        await icpt.handle(_call(rpc_id), Direction.REQUEST)
        icpt.publish()
    await icpt.handle(_result(1), Direction.RESPONSE)
    await icpt.settle()  # fills the ledger's queue
    await icpt.handle(_result(2), Direction.RESPONSE)
    settling = icpt.settle()
    settling.send(None)  # waits for room, as the relay's _settle leaves it
    settling.close()
    await icpt.close()
    records = []
    while not ledger.queue.empty():
        records.append(ledger.get_nowait())
    assert [r.action.metadata["rpc_id"] for r in records if isinstance(r, RecordEvent)] == [1, 2]


async def test_an_llm_answer_and_request_cancelled_while_the_ledger_is_behind_keep_records(
        ) -> None:
    # The gateway's late records (an answer's after it went out, a request's when its
    # block is left) were lost to a cancel while the ledger was behind (RV, session 20).
    from secproxy.model import Action, Outcome, Surface, Target
    from secproxy.surfaces.llm.announcing import AnswerDecision, LateTracking

    def act(direction: Direction) -> Action:
        return Action(Surface.LLM, direction, Principal(agent="a"),
                      Target(host="api.test", path="/v1/chat/completions"), None, "hello")

    engine = Engine(load_config(env={}))
    ledger = engine.bus.subscribe("ledger", kinds={"record"}, maxsize=1, durable=True)
    first = act(Direction.REQUEST)
    await engine.record(first, await engine.decide(first, audit=False), Outcome())
    answer = act(Direction.RESPONSE)
    verdict, announcement = await engine.decide_unannounced(answer)
    settle = asyncio.ensure_future(AnswerDecision(engine, answer, verdict, announcement)
                                   .settle())
    request = act(Direction.REQUEST)

    async def handler() -> None:
        async with LateTracking(engine, request) as tracked:
            tracked.outcome.status = 200

    left = asyncio.ensure_future(handler())
    for _ in range(5):
        await asyncio.sleep(0)
    assert not settle.done() and not left.done()
    settle.cancel()
    left.cancel()
    await asyncio.gather(settle, left, return_exceptions=True)
    ids = []
    while not ledger.queue.empty():
        ids.append(ledger.get_nowait().action.request_id)
    assert ids == [first.request_id, answer.request_id, request.request_id]


async def test_a_call_pushed_out_by_a_reused_id_or_too_many_waiting_gets_its_record(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A call whose id a later call uses again, and the oldest call once too many wait,
    can get no result: each is recorded at once with why, after its announcement; the
    call that pushed it out is tracked and gets its own record with its result."""
    from secproxy.events import DecisionEvent
    from secproxy.surfaces.mcp import interceptor

    monkeypatch.setattr(interceptor, "_MAX_PENDING", 2)
    engine = Engine(load_config(env={}))
    seen = engine.bus.subscribe("seen", kinds={"decision", "record"}, maxsize=100)
    icpt = McpInterceptor(McpHub(engine, None), "files", Principal(agent="a"), None,
                          "stdio", settles=True)
    for rpc_id in (1, 1, 2, 3):  # the second 1 pushes the first out, 3 pushes out 1
        forward, _ = await icpt.handle(_call(rpc_id), Direction.REQUEST)
        assert forward is not None
        icpt.publish()
    for rpc_id in (2, 3):
        assert (await icpt.handle(_result(rpc_id), Direction.RESPONSE))[0] is not None
    await icpt.settle()
    events = []
    while not seen.queue.empty():
        events.append(seen.get_nowait())
    said = [(type(e).__name__, e.action.metadata["rpc_id"],
             e.outcome.error if isinstance(e, RecordEvent) else None) for e in events]
    assert said == [
        ("DecisionEvent", 1, None),
        ("RecordEvent", 1, "no result: its id was used again by a later call"),
        ("DecisionEvent", 1, None),
        ("DecisionEvent", 2, None),
        ("RecordEvent", 1, "no result: too many calls waiting"),
        ("DecisionEvent", 3, None),
        ("RecordEvent", 2, None),
        ("RecordEvent", 3, None),
    ]
    assert all(isinstance(e, DecisionEvent | RecordEvent) for e in events)
    await icpt.close()
