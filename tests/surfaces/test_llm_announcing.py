"""The LLM gateway's decisions announced off the agent's wait (`surfaces/llm/announcing`):
a request cut while the ledger is behind (a cancel, then another while its record waits
for room) still gets its record, as the engine's own tracking makes sure, and so does an
answer's decision settled while unwinding. An engine whose ledger is behind until the
test makes room: its `record` waits on an event."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from secproxy.model import Action, Decision, Direction, Outcome, Principal, Surface, Target, Verdict
from secproxy.surfaces.llm.announcing import AnswerDecision, LateTracking
from tests.helpers import eventually


class Announced:
    def __init__(self, engine: BehindEngine, action: Action) -> None:
        self.engine, self.action = engine, action

    def publish(self) -> None:
        if self.action not in self.engine.published:
            self.engine.published.append(self.action)


class BehindEngine:
    """The engine's side LateTracking and AnswerDecision use, its ledger full until
    `room` is set."""

    durable = False

    def __init__(self) -> None:
        self.room = asyncio.Event()
        self.waiting = 0
        self.published: list[Action] = []
        self.records: list[tuple[Action, Outcome]] = []

    async def decide_unannounced(self, action: Action) -> tuple[Verdict, Announced]:
        return Verdict(Decision.ALLOW, []), Announced(self, action)

    async def record(self, action: Action, verdict: Verdict, outcome: Outcome) -> None:
        self.waiting += 1
        await self.room.wait()
        self.records.append((action, outcome))


def llm_action(direction: Direction = Direction.REQUEST) -> Action:
    return Action(Surface.LLM, direction, Principal(ip="127.0.0.1"),
                  Target("api.example.com", 443, "https", "/v1/chat/completions", None, "POST"),
                  None, "Is the build green?")


async def cut_twice(engine: BehindEngine, task: asyncio.Task[Any]) -> None:
    """Cancel `task`, and again once its record waits for room; then make room."""
    task.cancel()
    await eventually(lambda: engine.waiting, message="the record waiting for room")
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    engine.room.set()


async def test_a_request_cut_twice_while_the_ledger_is_behind_is_recorded() -> None:
    engine = BehindEngine()
    action = llm_action()
    upstream = asyncio.Event()  # never set: an upstream that does not answer
    sent = asyncio.Event()

    async def request() -> None:
        async with LateTracking(engine, action):  # type: ignore[arg-type]
            sent.set()
            await upstream.wait()

    task = asyncio.ensure_future(request())
    await sent.wait()
    await cut_twice(engine, task)
    records = await eventually(lambda: engine.records, message="the request's record")
    assert engine.published == [action]
    assert [(a, o.error) for a, o in records] == [(action, "CancelledError")]


async def test_an_answer_settled_while_unwinding_is_recorded_when_cut_again() -> None:
    engine = BehindEngine()
    action = llm_action(Direction.RESPONSE)
    verdict, announced = await engine.decide_unannounced(action)
    decision = AnswerDecision(engine, action, verdict, announced)  # type: ignore[arg-type]
    task = asyncio.ensure_future(decision.settle(unwinding=True))
    await eventually(lambda: engine.waiting, message="the record waiting for room")
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    engine.room.set()
    records = await eventually(lambda: engine.records, message="the answer's record")
    assert engine.published == [action]
    assert [a for a, _ in records] == [action]
