"""One action's pass through the guards (`GuardRun`), and the turns of the event loop in
which the guards stage runs the actions that reached it together (`GuardTurns`).

A guard's first call after other work is its slowest: its tables, its code and the
interpreter's paths through it have left the core's caches while the request path ran
(HTTP parsing, the engine's other stages, events, the ledger). In `secproxy serve` under
load each guard cost 2-4 times what the same call costs a moment later on the same
text (bench/inspect_split.py --twice). So when several actions reach the stage in one
turn of the loop, all but the first wait for the next turn and are then run guard by
guard: the first guard over every action, then the second…, each guard's tables read
once for them all. An action alone in its turn (one connection, a quiet proxy) runs at
once, as before.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from secproxy.content import Slot
from secproxy.guards import Guard, GuardContext, Hit
from secproxy.model import Action, Verdict

if TYPE_CHECKING:
    from secproxy.engine.guard_cache import SlotMemo
    from secproxy.engine.merged import Merged
    from secproxy.engine.stages import Context

Failed = Callable[[Guard, Exception, "Context"], list[Hit]]
Stops = Callable[[Guard, list[Hit], "Context"], bool]


class GuardRun:
    """The guards chosen for one action, run one at a time (`step`): cheap ones inline,
    heavy ones and coroutines left `pending` for the stage to await."""

    __slots__ = ("action", "ctx", "chosen", "slots", "inputs", "merged", "memo", "results",
                 "pending", "timed", "fail_fast", "stopped", "future")

    def __init__(self, action: Action, ctx: Context, chosen: list[Guard], slots: list[Slot],
                 inputs: list[tuple[list[Slot], GuardContext]], merged: Merged | None,
                 memo: SlotMemo | None, fail_fast: bool):
        self.action = action
        self.ctx = ctx
        self.chosen = chosen
        self.slots = slots
        self.inputs = inputs
        self.merged = merged
        self.memo = memo
        self.results: list[list[Hit] | None] = [None] * len(chosen)
        self.pending: dict[int, Any] = {}
        self.timed: dict[str, float] = {}
        ctx.guard_timings = self.timed
        self.fail_fast = fail_fast
        self.stopped = False
        """A guard decided under `fail_fast`: the rest are not asked."""
        self.future: asyncio.Future[Verdict | None] | None = None
        """Its verdict, when it waits for the next turn (`GuardTurns`)."""

    def step(self, i: int, failed: Failed, stops: Stops) -> bool:
        """Run guard `i` (a heavy one, or one that answers with an awaitable, is left
        pending); True when its hits decide under `fail_fast`."""
        guard = self.chosen[i]
        if guard.cost == "heavy":
            self.pending[i] = guard
            return False
        its, ictx = self.inputs[i]
        memo = self.memo
        start = time.perf_counter()
        try:
            hits = guard.inspect(its, ictx) if memo is None else memo.inspect(guard, its, ictx)
        except Exception as exc:
            hits = failed(guard, exc, self.ctx)
        # A list (most guards) is no awaitable: asked first, it costs no ABC check.
        if type(hits) is not list and inspect.isawaitable(hits):
            self.pending[i] = hits  # timed when awaited
            return False
        self.timed[guard.name] = time.perf_counter() - start
        merged = self.merged
        if merged is not None and hits and its is merged.slots:
            hits = merged.back(hits)
        self.results[i] = hits
        if self.fail_fast and stops(guard, hits, self.ctx):
            self.stopped = True
            for waiting in self.pending.values():
                if inspect.iscoroutine(waiting):
                    waiting.close()
            self.pending.clear()
            return True
        return False


class _Turn:
    """One loop's turn: the task whose action went at once, the runs that wait."""

    __slots__ = ("went", "waiting")

    def __init__(self) -> None:
        self.went: asyncio.Task[Any] | None = None
        self.waiting: list[GuardRun] | None = None


class GuardTurns:
    """Which actions of a turn of one event loop wait to be run together (see the
    module). `admit(run)` answers None when `run` goes now, else the future of its
    verdict; `run_batch` is called back in the next turn with the runs that wait. The
    first action of a turn goes now unless the last turn ran two actions or more
    together (a loop that stays busy: then it waits with the others); a task's next
    action in the same turn goes now too (it waited for nobody: no other task ran)."""

    __slots__ = ("_busy", "_drain", "_loops", "_run_batch")

    def __init__(self, run_batch: Callable[[list[GuardRun]], None]):
        # Per loop (a proxy serving from two threads has two).
        self._loops: dict[asyncio.AbstractEventLoop, _Turn] = {}
        self._busy: set[asyncio.AbstractEventLoop] = set()
        self._drain: set[asyncio.AbstractEventLoop] = set()
        self._run_batch = run_batch

    def admit(self, run: GuardRun) -> asyncio.Future[Verdict | None] | None:
        loop = asyncio.get_running_loop()
        loops = self._loops
        turn = loops.get(loop)
        if turn is None:
            if len(loops) > 8:  # loops closed before their next turn (tests, shutdown)
                for gone in [x for x in loops if x.is_closed()]:
                    del loops[gone]
                    self._busy.discard(gone)
                    self._drain.discard(gone)
            turn = loops[loop] = _Turn()
            loop.call_soon(self._turned, loop)
            if loop not in self._busy and loop not in self._drain:
                turn.went = asyncio.current_task(loop)
                return None
        elif turn.waiting is None and turn.went is asyncio.current_task(loop):
            return None
        if turn.waiting is None:
            turn.waiting = []
        future: asyncio.Future[Verdict | None] = loop.create_future()
        run.future = future
        turn.waiting.append(run)
        return future

    def _turned(self, loop: asyncio.AbstractEventLoop) -> None:
        """The next turn: what waits is run now."""
        turn = self._loops.pop(loop, None)
        waiting = turn.waiting if turn is not None else None
        if waiting is not None and len(waiting) > 1:
            self._busy.add(loop)
        else:
            self._busy.discard(loop)
        if waiting:
            # The runs answered now resume their tasks in the next turn: until those have
            # run, an action that comes waits too, so that it is not decided (and
            # observed: session risk, chains) before them (`_drain`, cleared after them).
            self._drain.add(loop)
            self._run_batch(waiting)
            loop.call_soon(self._drain.discard, loop)
