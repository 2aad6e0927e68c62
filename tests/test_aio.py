"""`aio.deadline`: what `asyncio.timeout` does, block for block (each scenario runs with
both and must end the same way), its blocks with one limit sharing one timer."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import pytest
import uvloop

from secproxy.aio import deadline

Limit = Callable[[float | None], AbstractAsyncContextManager[Any]]
LIMITS = [pytest.param(asyncio.timeout, id="asyncio.timeout"),
          pytest.param(deadline, id="deadline")]


async def _outcome(limit: Limit, delay: float | None, work: float) -> str:
    try:
        async with limit(delay):
            await asyncio.sleep(work)
    except TimeoutError:
        return "timeout"
    return "done"


@pytest.mark.parametrize("limit", LIMITS)
async def test_time_up_or_not(limit: Limit) -> None:
    assert await _outcome(limit, 0.02, 5) == "timeout"
    assert await _outcome(limit, 5, 0) == "done"
    assert await _outcome(limit, None, 0.01) == "done"
    assert await _outcome(limit, 0, 5) == "timeout"  # a time already past
    assert await _outcome(limit, -1, 5) == "timeout"


@pytest.mark.parametrize("limit", LIMITS)
async def test_a_block_that_left_is_not_cancelled_later(limit: Limit) -> None:
    """Blocks with the same limit, one after the other and side by side: only those still
    inside when their time is up are cancelled, each at its own time."""
    async def block(work: float) -> str:
        return await _outcome(limit, 0.05, work)

    assert await block(0) == "done"
    await asyncio.sleep(0.1)  # the first block's time passes: nothing happens to this task
    outcomes = await asyncio.gather(block(0), block(5), block(0.001), block(5), block(0))
    assert outcomes == ["done", "timeout", "done", "timeout", "done"]
    # begun later than a long one still inside: ends by its own limit
    long = asyncio.ensure_future(_outcome(limit, 5, 0.3))
    await asyncio.sleep(0.01)
    assert await _outcome(limit, 0.02, 5) == "timeout"
    assert await long == "done"
    # the time of one block behind another with the same limit is its own: when the
    # first one's is up (at 1 s), the second (up at 1.5 s) ends its work (at 1.1 s)
    first = asyncio.ensure_future(block_of(limit, 1.0, 5))
    await asyncio.sleep(0.5)
    assert await block_of(limit, 1.0, 0.6) == "done"
    assert await first == "timeout"


async def block_of(limit: Limit, delay: float, work: float) -> str:
    return await _outcome(limit, delay, work)


@pytest.mark.parametrize("limit", LIMITS)
async def test_another_cancel_is_not_a_timeout(limit: Limit) -> None:
    """A cancel from elsewhere comes out as a cancel, even when the time ran out too; a
    cancel caught inside the block does not turn into a timeout."""
    async def inside() -> None:
        async with limit(0.02):
            await asyncio.sleep(5)

    task = asyncio.ensure_future(inside())
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert task.cancelled()

    async def both() -> None:
        async with limit(0.01):
            try:
                await asyncio.sleep(5)
            finally:
                asyncio.current_task().cancel()  # type: ignore[union-attr]
                await asyncio.sleep(0)

    task = asyncio.ensure_future(both())
    with pytest.raises(asyncio.CancelledError):
        await task

    async def swallowed() -> str:
        async with limit(0.01):
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                return "caught"
        return "after"

    assert await swallowed() == "caught"


@pytest.mark.parametrize("limit", LIMITS)
def test_outside_a_task(limit: Limit) -> None:
    """Driven by hand, outside any loop: refused as asyncio refuses it."""
    coro = _outcome(limit, 1, 0)
    with pytest.raises(RuntimeError):
        coro.send(None)
    coro.close()


def test_each_loop_its_own_timer() -> None:
    """Blocks on two loops, one after the other, each expire on their own."""
    for _ in range(2):
        assert uvloop.run(_outcome(deadline, 0.01, 5)) == "timeout"
        assert asyncio.run(_outcome(deadline, 0.01, 5)) == "timeout"
