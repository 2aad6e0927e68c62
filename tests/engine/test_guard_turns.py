"""Actions that reach the guards stage in one turn of the event loop: the first runs at
once, the others in the next turn guard by guard (`engine.guard_runs`), each with the
verdict it gets alone."""

from __future__ import annotations

import asyncio
import gc
import warnings
from collections.abc import Sequence

from secproxy.config import Config, load_config
from secproxy.content import Slot
from secproxy.engine import Engine
from secproxy.guards import BaseGuard, GuardContext, GuardPolicy, Hit
from secproxy.model import Action, Decision, Severity, Surface, Target


class WordGuard(BaseGuard):
    """Blocks a text holding `word`; logs each text it reads in `seen`."""

    def __init__(self, name: str, word: str, seen: list[str], *, fails_on: str = "",
                 cost: str = "cheap"):
        super().__init__(name, policy=GuardPolicy(action="block"), cost=cost)  # type: ignore[arg-type]
        self.word, self.seen, self.fails_on = word, seen, fails_on

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        text = slots[0].text
        self.seen.append(f"{self.name}:{text}")
        if self.fails_on and self.fails_on in text:
            raise RuntimeError("boom")
        return [Hit("word", self.word, Severity.HIGH)] if self.word in text else []


class LateGuard(WordGuard):
    async def inspect(self, slots: Sequence[Slot], ctx: GuardContext  # type: ignore[override]
                      ) -> list[Hit]:
        await asyncio.sleep(0.01)
        return WordGuard.inspect(self, slots, ctx)


def engine_with(*guards: BaseGuard, text: str = "") -> Engine:
    def factory(config: Config) -> list[BaseGuard]:
        return list(guards)

    return Engine(load_config(text=text, env={}), guard_factory=factory)  # type: ignore[arg-type]


def action(text: str) -> Action:
    return Action(Surface.LLM, content=text, target=Target(host="api.x.com"))


async def decide_together(engine: Engine, texts: list[str]) -> list[Decision]:
    verdicts = await asyncio.gather(*(engine.decide(action(t), audit=False) for t in texts))
    return [v.decision for v in verdicts]


async def test_actions_of_one_turn_are_run_guard_by_guard_with_their_own_verdicts() -> None:
    seen: list[str] = []
    e = engine_with(WordGuard("a", "evil", seen), WordGuard("b", "worse", seen))
    got = await decide_together(e, ["one", "evil two", "three worse", "four"])
    assert got == [Decision.ALLOW, Decision.BLOCK, Decision.BLOCK, Decision.ALLOW]
    # The first goes at once; the three others wait for the next turn and meet guard a
    # one after the other, then guard b.
    assert seen == ["a:one", "b:one",
                    "a:evil two", "a:three worse", "a:four",
                    "b:evil two", "b:three worse", "b:four"]
    seen.clear()
    alone = [(await e.decide(action(t), audit=False)).decision
             for t in ["one", "evil two", "three worse", "four"]]
    assert alone == got
    assert seen == ["a:one", "b:one", "a:evil two", "b:evil two", "a:three worse",
                    "b:three worse", "a:four", "b:four"]


async def test_fail_fast_stops_only_the_action_decided() -> None:
    seen: list[str] = []
    e = engine_with(WordGuard("a", "evil", seen), WordGuard("b", "worse", seen),
                    text="guards: {strategy: fail_fast}")
    got = await decide_together(e, ["first", "evil", "worse"])
    assert got == [Decision.ALLOW, Decision.BLOCK, Decision.BLOCK]
    assert "b:evil" not in seen and "b:worse" in seen


async def test_a_failing_guard_fails_its_own_action_closed_not_the_others() -> None:
    seen: list[str] = []
    e = engine_with(WordGuard("a", "evil", seen, fails_on="crash"),
                    WordGuard("b", "worse", seen))
    verdicts = await asyncio.gather(*(e.decide(action(t), audit=False)
                                      for t in ["first", "crash here", "fine", "worse"]))
    assert [v.decision for v in verdicts] == [Decision.ALLOW, Decision.BLOCK, Decision.ALLOW,
                                              Decision.BLOCK]
    assert verdicts[1].category == "stage_error"
    assert verdicts[3].category == "word"
    assert "b:crash here" not in seen


async def test_heavy_and_coroutine_guards_of_waiting_actions_are_awaited() -> None:
    seen: list[str] = []
    e = engine_with(WordGuard("a", "evil", seen), LateGuard("late", "worse", seen),
                    WordGuard("heavy", "bad", seen, cost="heavy"))
    got = await decide_together(e, ["ok", "evil", "worse", "bad", "fine"])
    assert got == [Decision.ALLOW, Decision.BLOCK, Decision.BLOCK, Decision.BLOCK,
                   Decision.ALLOW]
    assert sorted(s for s in seen if s.startswith("late:")) == [
        "late:bad", "late:evil", "late:fine", "late:ok", "late:worse"]


async def test_after_a_busy_turn_the_first_action_waits_with_the_others() -> None:
    seen: list[str] = []
    e = engine_with(WordGuard("a", "evil", seen), WordGuard("b", "worse", seen))
    await decide_together(e, ["one", "two", "three"])  # two of them ran together
    seen.clear()
    got = await decide_together(e, ["four", "evil five"])
    assert got == [Decision.ALLOW, Decision.BLOCK]
    assert seen == ["a:four", "a:evil five", "b:four", "b:evil five"]
    seen.clear()
    # That turn ran two together: the next one's first waits too, alone, and after a
    # turn of one action alone the next goes at once again.
    await e.decide(action("six"), audit=False)
    await e.decide(action("seven"), audit=False)
    assert seen == ["a:six", "b:six", "a:seven", "b:seven"]


async def test_one_tasks_actions_in_one_turn_go_at_once() -> None:
    """A task deciding one action after another waits for nobody: no turn of the loop
    between them (a callback scheduled before them has not run)."""
    seen: list[str] = []
    e = engine_with(WordGuard("a", "evil", seen))
    turned: list[int] = []
    asyncio.get_running_loop().call_soon(turned.append, 1)
    first = await e.decide(action("one"), audit=False)
    second = await e.decide(action("evil two"), audit=False)
    assert (first.decision, second.decision) == (Decision.ALLOW, Decision.BLOCK)
    assert turned == []


async def test_a_requester_cancelled_while_its_action_waits_is_cancelled() -> None:
    # Its action waited for the loop's next turn and was run there with the others, in
    # the turn the cancel came: asyncio.wait_for (3.11) handed back the verdict and
    # dropped the cancel, and the requester went on as if never cancelled.
    seen: list[str] = []
    engine = engine_with(WordGuard("a", "evil", seen))
    first = asyncio.ensure_future(engine.decide(action("one"), audit=False))
    waiting = asyncio.ensure_future(engine.decide(action("evil two"), audit=False))
    third = asyncio.ensure_future(engine.decide(action("three"), audit=False))
    await asyncio.sleep(0)  # all three admitted; the last two wait for the next turn
    waiting.cancel()
    got = await asyncio.gather(first, waiting, third, return_exceptions=True)
    assert isinstance(got[1], asyncio.CancelledError), got[1]
    assert got[0].decision is Decision.ALLOW and got[2].decision is Decision.ALLOW


async def test_a_given_up_batched_action_leaves_no_coroutine_unawaited() -> None:
    # Requesters cancelled while their actions waited for the next turn: the coroutine
    # guards their runs had started were closed, not left to warn "never awaited".
    seen: list[str] = []
    engine = engine_with(WordGuard("a", "evil", seen), LateGuard("late", "worse", seen))
    tasks = [asyncio.ensure_future(engine.decide(action(text), audit=False))
             for text in ["ok", "worse one", "fine", "worse two", "ok again", "worse"]]
    await asyncio.sleep(0)
    for task in tasks[1:]:
        task.cancel()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await asyncio.gather(*tasks, return_exceptions=True)
        await asyncio.sleep(0.05)
        gc.collect()
    assert not [w for w in caught if "never awaited" in str(w.message)]


async def test_two_tasks_are_answered_in_the_order_they_asked_after_a_busy_turn() -> None:
    # After a busy turn the first task's action waits for the next turn; a second task
    # asking in that turn went at once and was answered (and observed: session risk,
    # chains) before the first, whose answer reached it a turn later.
    seen: list[str] = []
    done: list[str] = []
    engine = engine_with(WordGuard("a", "evil", seen))
    await decide_together(engine, ["x", "y", "z"])

    async def one(text: str) -> None:
        await engine.decide(action(text), audit=False)
        done.append(text)

    first = asyncio.ensure_future(one("first"))
    await asyncio.sleep(0)
    second = asyncio.ensure_future(one("second"))
    await asyncio.gather(first, second)
    assert done == ["first", "second"]
