"""Task helpers: `spawn` keeps a reference to every background task and logs its failure;
`deadline` is `asyncio.timeout` for the hot path.

Bare `asyncio.create_task` is banned elsewhere in the package (ruff TID251) because a
task nobody holds can be garbage-collected mid-flight and its exception is lost.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections import deque
from collections.abc import Callable, Coroutine
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger("secproxy")
_tasks: set[asyncio.Task[Any]] = set()


def _done(task: asyncio.Task[Any]) -> None:
    _tasks.discard(task)
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        log.error("background task %s failed: %r", task.get_name(), exc, exc_info=exc)


def spawn(coro: Coroutine[Any, Any, T], *, name: str) -> asyncio.Task[T]:
    """Start `coro` as a named task that is kept alive and whose failure is logged."""
    task = asyncio.create_task(coro, name=name)
    _tasks.add(task)
    task.add_done_callback(_done)
    return task


async def cancel_and_wait(*tasks: asyncio.Task[Any] | None) -> None:
    """Cancel tasks and wait until they have finished."""
    live = [t for t in tasks if t is not None and not t.done()]
    for t in live:
        t.cancel()
    if live:
        await asyncio.gather(*live, return_exceptions=True)


class deadline:  # noqa: N801 (used as `asyncio.timeout` is: `async with deadline(s):`)
    """`async with deadline(seconds):` does what `async with asyncio.timeout(seconds):`
    does (None: no limit): when the time is up the task is cancelled, and the cancel
    comes out of the block as `TimeoutError` unless another cancel of the task is
    pending. For the hot path, where a stage's result or an upstream's answer is awaited
    once or twice per request: `asyncio.timeout` cost ~9 us on 3.11 with uvloop, most of
    it a timer made and cancelled each time. Here the blocks with the same limit on one
    loop share one timer (`_Deadlines`): their ends come in the order they began."""

    __slots__ = ("_delay", "_task", "_cancelling", "_at", "_live", "_expired", "_soon")

    def __init__(self, delay: float | None):
        self._delay = delay
        self._live = False
        """Inside the block (its time may run out)."""
        self._expired = False
        self._soon: asyncio.Handle | None = None

    async def __aenter__(self) -> None:
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task: asyncio.Task[Any] | None = task
        self._cancelling = task.cancelling()
        delay = self._delay
        if delay is None:
            return
        loop = task.get_loop()
        if delay <= 0:  # (asyncio.timeout: a time already past is called soon)
            self._live = True
            self._soon = loop.call_soon(self._expire)
            return
        self._at = loop.time() + delay
        self._live = True
        _deadlines(loop, delay).add(self, loop)

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        self._live = False
        if self._soon is not None:
            self._soon.cancel()
            self._soon = None
        task, self._task = self._task, None  # (a block that left may wait in a queue)
        if self._expired and task is not None and task.uncancel() <= self._cancelling \
                and exc_type is asyncio.CancelledError:
            raise TimeoutError from exc

    def _expire(self) -> None:
        self._soon = None
        if self._live and self._task is not None:
            self._live = False
            self._expired = True
            self._task.cancel()


_RESOLUTION = 0.001
"""A limit this close to now is up (the loop's timers are kept in milliseconds)."""
_COMPACT = 64


class _Deadlines:
    """The `deadline` blocks of one loop with one limit, in the order they began (so in
    the order their time runs out), and one timer for the first still inside."""

    __slots__ = ("queue", "timer")

    def __init__(self) -> None:
        self.queue: deque[deadline] = deque()
        self.timer: asyncio.TimerHandle | None = None

    def add(self, block: deadline, loop: asyncio.AbstractEventLoop) -> None:
        queue = self.queue
        while queue and not queue[0]._live:  # blocks left already
            queue.popleft()
        queue.append(block)
        if len(queue) > _COMPACT and len(queue) & (_COMPACT - 1) == 0:
            # one long block at the front keeps those behind it that have left
            self.queue = queue = deque(b for b in queue if b._live)
        if self.timer is None:
            self.timer = loop.call_at(queue[0]._at, self._fire)

    def _fire(self) -> None:
        self.timer = None
        queue = self.queue
        loop = asyncio.get_running_loop()
        due = loop.time() + _RESOLUTION
        while queue:
            first = queue[0]
            if not first._live:
                queue.popleft()
            elif first._at <= due:
                queue.popleft()
                first._expire()
            else:
                self.timer = loop.call_at(first._at, self._fire)
                return


_by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop,
                                     dict[float, _Deadlines]] = weakref.WeakKeyDictionary()
_last: tuple[Callable[[], asyncio.AbstractEventLoop | None], dict[float, _Deadlines]] = (
    lambda: None, {})
"""The loop asked last (weakly) and its blocks by limit: one loop asks all the time."""


def _deadlines(loop: asyncio.AbstractEventLoop, delay: float) -> _Deadlines:
    global _last
    last_loop, kept = _last
    if last_loop() is not loop:
        known = _by_loop.get(loop)
        if known is None:
            known = _by_loop[loop] = {}
        _last = (weakref.ref(loop), kept := known)
    found = kept.get(delay)
    if found is None:
        found = kept[delay] = _Deadlines()
    return found


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` to completion on uvloop when it is installed (the `fast` extra), else on
    asyncio's own loop: what `secproxy serve` and `secproxy mcp wrap` run on."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    return uvloop.run(coro)
