"""The SQLite ledger written by a process of its own (`secproxy.audit.writer`): what
`secproxy serve` uses for its ledger file.

The in-process writer thread (`SqliteStore`) hashes, binds and inserts under the
proxy's GIL: ~30 us of the proxy's CPU per record (measured), taken from the same
interpreter that serves every connection. Here the event loop builds each record's
column values (`Ledger.to_row`) and sends a batch of them, encoded with orjson in one
call, down a pipe; the writer process chains, signs and commits it and answers with
the new tail. The ledger file, its chain and its signed head are byte for byte what the
thread writes, so `audit verify`, the readers and the sinks do not know the difference.

The writer process never sees the signing key: it answers the tail each batch leads
to, the head over it is signed here and sent back to be written with the batch.

The guarantees stay with the `Ledger` that drives this store: a batch is acknowledged
(strict durability) and the tail moves only once the writer answered that it committed;
a failed or unanswered batch is retried with the same links. When the writer process
dies, the next commit starts a new one (a batch committed just before the death is
recognised by its hashes, not written twice). At `close` the queue has been drained
through it; then it is told to close the file and exits.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import fcntl
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import secproxy
from secproxy.audit.chain import Unsealed
from secproxy.audit.store import Batch, ChainTail, Opened
from secproxy.audit.writer import decode_body, encode_frame, head_of, tail_of
from secproxy.errors import SecproxyError

if TYPE_CHECKING:
    from secproxy.audit.query import LedgerReading

log = logging.getLogger("secproxy.audit")
_ROOT = str(Path(secproxy.__file__).resolve().parent.parent)
"""Where the writer process finds this secproxy (first on its PYTHONPATH)."""
_STOP_WAIT = 10.0
"""Seconds the writer process gets to close the file once told to, before it is killed."""


_PIPE_SIZE = 1 << 20
"""Bytes the pipe to the writer holds (Linux's default is 64 KiB): a full batch's frame
(~200 KB) then goes in one write, rather than a write per 64 KiB, each after the loop
heard that the writer read the last one."""
_SET_PIPE_SIZE = getattr(fcntl, "F_SETPIPE_SZ", 1031)


def _widen(stream: asyncio.StreamWriter | None) -> None:
    """Make the pipe behind `stream` `_PIPE_SIZE` bytes, or as large as allowed."""
    pipe = stream.get_extra_info("pipe") if stream is not None else None
    if pipe is None:
        return
    for size in (_PIPE_SIZE, _PIPE_SIZE // 4):
        try:
            fcntl.fcntl(pipe.fileno(), _SET_PIPE_SIZE, size)
            return
        except OSError:  # over /proc/sys/fs/pipe-max-size, or not Linux
            continue


class WriterGone(OSError):
    """The writer process stopped or answered nothing readable (the batch is retried)."""


class ProcessStore:
    """The ledger file at `path`, written by a `secproxy.audit.writer` process."""

    escape_nul = False
    first_with_heads = 2

    def __init__(self, path: Path, *, strict: bool = False):
        self.path = path
        self.location = str(path)
        self.strict = strict
        self._proc: asyncio.subprocess.Process | None = None
        self._talking = asyncio.Lock()
        """Held from a request's sending to its answer, except a head's: the next batch's
        rows go after it without waiting for its answer (`commit`'s `sealed`)."""
        self._reading = asyncio.Lock()
        self._owed: collections.deque[asyncio.Future[dict[str, Any]]] = collections.deque()
        """The answers not read yet, in the order their requests were sent."""
        self.restarts = 0
        """Writer processes started after the first (one died)."""

    # -- the process --------------------------------------------------------------

    async def _start(self) -> dict[str, Any]:
        root = _ROOT
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self._proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "secproxy.audit.writer",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            env=env, cwd="/", start_new_session=True,
        )
        _widen(self._proc.stdin)
        return await self._ask({"op": "open", "path": str(self.path), "strict": self.strict})

    async def _ask(self, message: dict[str, Any]) -> dict[str, Any]:
        return await self._answer(self._send(message))

    def _send(self, message: dict[str, Any]) -> asyncio.Future[dict[str, Any]]:
        """Send a request; its answer, once `_answer` read it."""
        proc = self._proc
        if proc is None or proc.stdin is None or proc.stdout is None:
            raise WriterGone("the ledger writer process is not running")
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        try:
            proc.stdin.write(encode_frame(message))
        except (OSError, RuntimeError) as exc:
            raise WriterGone(f"the ledger writer process stopped ({exc!r})") from None
        self._owed.append(answer)
        return answer

    async def _answer(self, answer: asyncio.Future[dict[str, Any]]) -> dict[str, Any]:
        """Wait for `answer`, reading the writer's answers in order meanwhile (the
        answers to requests sent before it go to their own waiters)."""
        proc = self._proc
        while not answer.done():
            async with self._reading:
                if answer.done():
                    break
                if proc is None or proc is not self._proc or proc.stdout is None \
                        or proc.stdin is None:
                    self._fail_owed("the ledger writer process is not running")
                    break
                try:
                    await proc.stdin.drain()
                    length = int.from_bytes(await proc.stdout.readexactly(4), "big")
                    reply: dict[str, Any] = decode_body(
                        await proc.stdout.readexactly(length))
                except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                    await self._kill()
                    self._fail_owed(f"the ledger writer process stopped ({exc!r})")
                    break
                except asyncio.CancelledError:
                    # Its answer would be read as the next request's: this writer is done
                    # (a batch it commits anyway is recognised by its hashes when retried).
                    self._proc = None
                    with contextlib.suppress(ProcessLookupError):
                        proc.kill()
                    self._fail_owed("the ledger writer process was stopped midway")
                    raise
                owed = self._owed.popleft()
                if not owed.done():  # its waiter was cancelled
                    owed.set_result(reply)
        reply = await answer
        if "error" in reply:
            if reply.get("fatal"):
                raise SecproxyError(reply["error"], hint=reply.get("hint"))
            raise WriterGone(f"the ledger writer: {reply['error']}")
        return reply

    def _fail_owed(self, why: str) -> None:
        while self._owed:
            owed = self._owed.popleft()
            if not owed.done():
                owed.set_exception(WriterGone(why))

    async def _kill(self) -> None:
        proc, self._proc = self._proc, None
        self._fail_owed("the ledger writer process was stopped")
        if proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        await proc.wait()

    # -- the store ------------------------------------------------------------------

    async def open(self) -> Opened:
        async with self._talking:
            reply = await self._start()
        return Opened(tail_of(reply["tail"]), head_of(reply["head"]), int(reply["version"]),
                      list(reply["intents"]))

    async def commit(self, seal: Callable[[], Batch],
                     sealed: Callable[[ChainTail], None] | None = None) -> Batch:
        """Write a batch; `sealed` is told the tail it leads to as soon as the writer
        sealed it and its signed head is on its way: the next batch may be sent, chained
        onto that tail, before this one is committed (the writer writes in order, and
        refuses a batch chained onto one it did not write)."""
        if not isinstance(seal, Unsealed):
            raise TypeError("ProcessStore commits Unsealed batches (the writer seals them)")
        t = seal.tail
        signer = seal.signer if seal.records or seal.sign else None
        message = {"op": "commit", "tail": [t.last_id, t.last_hash, t.count],
                   "signed": signer is not None, "records": seal.records,
                   "intents": seal.intents, "done": seal.done}
        async with self._talking:
            if self._proc is None:
                self.restarts += 1
                log.warning("starting the ledger writer process again (restart %d)",
                            self.restarts)
                await self._start()
            reply = await self._ask(message)
            head = None
            if signer is None:
                written = None
            else:
                # The writer answered the tail the batch leads to: signed here, where
                # the key is, and written with the batch in one transaction.
                end = tail_of(reply["sealed"])
                head = signer.sign(end.count, end.last_id, end.last_hash, time.time())
                written = self._send({"op": "head", "head": [
                    head.count, head.last_id, head.last_hash, head.ts, head.public_key,
                    head.signature]})
                if sealed is not None:
                    sealed(end)
        if written is not None:
            reply = await self._answer(written)
        return Batch([], seal.intents, seal.done, head, tail_of(reply["tail"]))

    async def close(self) -> None:
        async with self._talking:
            proc = self._proc
            if proc is None:
                return
            with contextlib.suppress(OSError, SecproxyError):
                await self._ask({"op": "close"})
            if proc.stdin is not None:
                proc.stdin.close()
            try:
                await asyncio.wait_for(proc.wait(), _STOP_WAIT)
            except TimeoutError:
                log.error("the ledger writer process did not exit; killed")
            await self._kill()

    def reader(self) -> LedgerReading:
        from secproxy.audit.query import LedgerReader  # query reads what the writer writes

        return LedgerReader(self.path)

    @property
    def pid(self) -> int | None:
        """The writer process's id (None while none runs)."""
        return self._proc.pid if self._proc is not None else None
