"""The stdio transport: a wrapped MCP server as a child process, its stdin and stdout
relayed line by line through a decider.

`secproxy mcp wrap -- COMMAND ARGS…` runs this. Each direction is one pump: a line read
(one JSON-RPC message), decided, and written on as the very bytes read when the
decision lets it through unchanged (byte-exact), rewritten when masked, or answered in
the sender's direction when refused. The child's stderr is ours (passed through
untouched); when our stdin closes the child's does; the child's exit code is returned.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import select
import signal
import stat
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import IO, Any, NamedTuple

from secproxy.aio import cancel_and_wait, spawn
from secproxy.errors import SecproxyError
from secproxy.model import Direction
from secproxy.protocols.jsonrpc import (
    BLOCKED,
    NO_ID,
    Malformed,
    dump,
    error_message,
    loads,
)
from secproxy.redact import mask_text
from secproxy.surfaces.mcp.interceptor import Relayed, too_large_error

log = logging.getLogger("secproxy.mcp")
Decide = Callable[[str, Direction, Any, str | None], Awaitable[Relayed]]
"""Decides one message's text in a direction (an interceptor's `handle`, or the running
proxy's through the control socket); the third and fourth arguments are the id and the
method a line over the size limit showed (`Oversized.rpc_id`, `Oversized.method`: its
text then empty), else `NO_ID` and None."""


class LineWriter:
    """Whole lines to a pipe, in order (one `write` per line keeps lines whole)."""

    def __init__(self, write: Callable[[bytes], object], drain: Callable[[], Awaitable[None]],
                 close: Callable[[], object] | None = None):
        self._write = write
        self._drain = drain
        self._close = close

    def close(self) -> None:
        """Close the pipe (its reader sees the end once every copy is closed)."""
        if self._close is not None:
            with contextlib.suppress(OSError, RuntimeError):
                self._close()

    async def line(self, data: bytes) -> None:
        self._write(data)
        await self._drain()


def streamable(fd: int) -> bool:
    """Whether an event loop can read or write `fd` as a stream: what epoll takes (a
    pipe, a socket, a terminal). uvloop aborts the process on anything else: a regular
    file, and character devices epoll refuses (/dev/null, /dev/zero)."""
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return False
    if not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)):
        return False
    if not hasattr(select, "epoll"):
        return True
    with select.epoll() as poll:
        try:
            poll.register(fd, select.EPOLLIN)
        except OSError:
            return False
    return True


def check_stdio(stdin: IO[bytes], stdout: IO[bytes]) -> None:
    """Refuse, before anything starts, a stdin or stdout no event loop can stream."""
    for name, pipe in (("stdin", stdin), ("stdout", stdout)):
        if not streamable(pipe.fileno()):
            raise SecproxyError(
                f"the wrap's {name} is not a pipe, socket or terminal (a file, /dev/null?):"
                " it relays an MCP client's messages through them",
                hint="run it from an MCP client's server entry, which gives it pipes")


async def _stdio_streams(stdin: IO[bytes], stdout: IO[bytes], limit: int,
                         early: bytes = b"") -> tuple[asyncio.StreamReader, LineWriter]:
    """A reader of `stdin` (`early`: bytes read from it before, by another) and a line
    writer to `stdout`."""
    reader, _ = await pipe_reader(stdin, limit, early)
    return reader, await pipe_writer(stdout)


async def pipe_reader(pipe: IO[bytes], limit: int, early: bytes = b""
                      ) -> tuple[asyncio.StreamReader, asyncio.BaseTransport]:
    """A reader of `pipe`, `early` first, and its transport (closing it closes `pipe`)."""
    reader = asyncio.StreamReader(limit=limit)
    if early:
        reader.feed_data(early)
    transport, _ = await asyncio.get_running_loop().connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(reader), pipe)
    return reader, transport


async def pipe_writer(pipe: IO[bytes]) -> LineWriter:
    """A line writer to `pipe` (`close()` closes it)."""
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.connect_write_pipe(
        lambda: asyncio.streams.FlowControlMixin(), pipe)
    writer = asyncio.StreamWriter(transport, protocol, None, loop)
    return LineWriter(writer.write, writer.drain, writer.close)


class Oversized(NamedTuple):
    """A line over the reader's limit, skipped: only its two ends are kept."""

    head: bytes
    tail: bytes

    def rpc_id(self) -> Any:
        """The message's id when an end shows it as the top level's (first after
        `jsonrpc`, or last); `NO_ID` otherwise."""
        found = _HEAD_ID.match(self.head) or _TAIL_ID.search(self.tail)
        if found is None:
            return NO_ID
        try:
            return json.loads(found.group(1))
        except ValueError:
            return NO_ID

    def answers(self) -> bool:
        """Whether its head shows a top-level `result` or `error` (after `jsonrpc` and
        `id`): the line is an answer."""
        return _HEAD_ANSWER.match(self.head) is not None

    def method(self) -> str | None:
        """The message's method when an end shows it as the top level's (after `jsonrpc`
        and `id`, or last but for them): the line is a request (or a notification),
        not an answer; None otherwise."""
        found = _HEAD_METHOD.match(self.head) or _TAIL_METHOD.search(self.tail)
        if found is None:
            return None
        try:
            method = json.loads(found.group(1))
        except ValueError:
            return None
        return method if isinstance(method, str) else None


_ID = rb'(-?\d{1,18}(?:\.\d{1,32})?(?:[eE][+-]?\d{1,2})?|"(?:[^"\\\n]|\\.){0,256}")'
"""An id as JSON writes it: a number whole (`1.0` is not `1`: the client's answer
carries the id it sent) or a string."""
_HEAD_ID = re.compile(rb'\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*' + _ID
                      + rb'(?=\s*[,}])')
_TAIL_ID = re.compile(rb'[,{]\s*"id"\s*:\s*' + _ID
                      + rb'\s*(?:,\s*"jsonrpc"\s*:\s*"2\.0"\s*)?\}\s*\Z')
_KEY = rb'\s*"(?:jsonrpc|id)"\s*:\s*(?:"(?:[^"\\\n]|\\.){0,256}"|-?[\d.eE+-]{1,64})\s*'
"""A top-level `jsonrpc` or `id` member (their values: a string or a number)."""
_METHOD = rb'\s*"method"\s*:\s*("(?:[^"\\\n]|\\.){0,256}")\s*'
_HEAD_METHOD = re.compile(rb'\s*\{(?:' + _KEY + rb',)*' + _METHOD + rb'[,}]')
_TAIL_METHOD = re.compile(rb'[,{]' + _METHOD + rb'(?:,' + _KEY + rb')*\}\s*\Z')
_HEAD_ANSWER = re.compile(rb'\s*\{(?:' + _KEY + rb',)*\s*"(?:result|error)"\s*:')
ENDS = 1024
"""Bytes kept of each end of a message over the size limit: where its id and method
show (`Oversized`)."""


async def _read_line(reader: asyncio.StreamReader) -> bytes | Oversized:
    """The next line with its end (b"" at EOF), or `Oversized` for one over the
    reader's limit (skipped whole)."""
    head = tail = b""
    too_long = False
    while True:
        try:
            line = await reader.readuntil(b"\n")
        except asyncio.IncompleteReadError as exc:
            line = exc.partial
        except asyncio.LimitOverrunError as exc:
            too_long = True
            skipped = await reader.readexactly(exc.consumed)
            head += skipped[:ENDS - len(head)]
            tail = (tail + skipped)[-ENDS:]
            continue
        except ValueError:  # the limit hit with the separator in the buffer
            too_long = True
            continue
        if too_long and line:
            return Oversized(head, (tail + line)[-ENDS:])
        return line


def _text(line: bytes) -> str:
    end = len(line)
    if line.endswith(b"\r\n"):
        end -= 2
    elif line.endswith(b"\n"):
        end -= 1
    return line[:end].decode("utf-8", "surrogateescape")


SAID_LINES = 5
"""A server's lines that are no JSON-RPC said in the log, per conversation."""


class Lane:
    """One pump's state, for whoever stops it between messages: `idle` is set while it
    waits for the next line (cancelling it then loses nothing: the reader keeps what it
    has buffered), clear while a line is decided and written on."""

    def __init__(self) -> None:
        self.idle = asyncio.Event()


async def _pump(source: asyncio.StreamReader, sink: LineWriter, back: LineWriter,
                decide: Decide, direction: Direction, lane: Lane | None = None,
                sent: Callable[[], None] | None = None,
                settle: Callable[[], Awaitable[None]] | None = None) -> None:
    """Relay lines from `source` to `sink` until EOF; answers go to `back`. `sent`: called
    once a decided message went on (the calls in it announced then); `settle`: awaited
    once it and its answer are written (the records of the results in it written
    then)."""
    said = 0
    while True:
        if lane is not None:
            lane.idle.set()
            line = await _read_line(source)
            lane.idle.clear()
        else:
            line = await _read_line(source)
        if line == b"":
            return
        unread: Any = NO_ID
        asked = None
        if isinstance(line, Oversized):
            log.warning("a %s message over the size limit was refused", direction)
            text = ""  # unreadable as JSON: decided (and recorded) as over the limit
            unread = line.rpc_id()
            asked = line.method()
        else:
            text = _text(line)
            if not text.strip():
                await sink.line(line)
                continue
            if direction is Direction.RESPONSE and text.lstrip()[:1] not in ("{", "[") \
                    and said < SAID_LINES:
                # A server that logs to stdout (a common slip): its lines are refused
                # and recorded as malformed; said here, where its user looks.
                said += 1
                # Masked whole, then cut: a key cut in two by the log's own cut would
                # no longer be a key its filter knows.
                log.warning("the MCP server wrote a line that is no JSON-RPC message "
                            "(refused, recorded as malformed; servers log to stderr)%s: %r",
                            "" if said < SAID_LINES else " (no more such lines said)",
                            mask_text(text)[:80])
        decided = True
        try:
            forward, answer = await decide(text, direction, unread, asked)
        except SecproxyError as exc:  # the deciding proxy is gone: nothing passes
            log.warning("secproxy cannot decide a %s message (%s): refused", direction,
                        exc.message)
            forward, answer = undecided(text, direction, exc.message)
            decided = False
        if isinstance(line, Oversized) and not decided:
            # (decided: the error for the request it was or answered is the decider's,
            # under the id as the line wrote it)
            turned = asked is not None if direction is Direction.RESPONSE else line.answers()
            forward, answer = _too_large(unread, direction, answer, turned)
        if forward is not None:
            await sink.line(line if forward is text and isinstance(line, bytes)
                            else forward.encode("utf-8", "surrogateescape") + b"\n")
        if sent is not None:
            sent()
        if answer is not None:
            await back.line(answer.encode("utf-8", "surrogateescape") + b"\n")
        if settle is not None:
            await settle()


def _too_large(rpc_id: Any, direction: Direction, answer: str | None,
               turned: bool) -> Relayed:
    """What stands for a message over the size limit nobody could decide, whose line
    showed `rpc_id`: nobody waits for an answer that never comes. `turned`: the line
    goes against its direction's usual flow (a request of the server's, an answer of
    the client's). A request is answered with an error for its id, an answer becomes
    that error for the side that waits for it."""
    if rpc_id is NO_ID:
        return None, answer
    error = too_large_error(rpc_id)
    if (direction is Direction.REQUEST) != turned:
        return None, error
    return error, None


def undecided(text: str, direction: Direction, why: str) -> Relayed:
    """What goes in place of a message nobody could decide: each request in it gets a
    JSON-RPC error (the sender waits for no answer that never comes), each response the
    server sends becomes an error for the client; notifications are dropped."""
    try:
        obj = loads(text)
    except (Malformed, ValueError):
        return None, None
    to_sender: list[Any] = []
    to_receiver: list[Any] = []
    reason = f"refused: secproxy could not decide this message ({why})"
    for item in obj if isinstance(obj, list) else [obj]:
        if not isinstance(item, dict) or "id" not in item:
            continue
        if "method" in item:
            to_sender.append(error_message(item["id"], BLOCKED, reason))
        elif direction is Direction.RESPONSE:
            to_receiver.append(error_message(item["id"], BLOCKED, reason))

    def one(errors: list[Any]) -> str | None:
        if not errors:
            return None
        return dump(errors if isinstance(obj, list) else errors[0])
    return one(to_receiver), one(to_sender)


async def run_wrapped(command: Sequence[str], decide: Decide, *, limit: int,
                      stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None) -> int:
    """Run `command` with its stdio relayed through `decide`; its exit code."""
    stdin, stdout = stdin or sys.stdin.buffer, stdout or sys.stdout.buffer
    check_stdio(stdin, stdout)
    try:
        child = await asyncio.create_subprocess_exec(
            *command, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=None, limit=limit)
    except OSError as exc:
        raise SecproxyError(f"cannot start the MCP server {command[0]!r}: "
                            f"{exc.strerror or exc}",
                            hint="check the command after `--`") from None
    assert child.stdin is not None and child.stdout is not None
    our_in, our_out = await _stdio_streams(stdin, stdout, limit)
    child_in = LineWriter(child.stdin.write, child.stdin.drain)
    loop = asyncio.get_running_loop()
    forwarded = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    for sig in forwarded:
        loop.add_signal_handler(sig, _forward_signal, child, sig)

    async def client_to_server() -> None:
        try:
            await _pump(our_in, child_in, our_out, decide, Direction.REQUEST)
        except (ConnectionError, BrokenPipeError):
            pass
        finally:
            # The client is gone: the server sees its stdin close (MCP's shutdown).
            with contextlib.suppress(OSError, RuntimeError):
                child.stdin.close()  # type: ignore[union-attr]

    requests = spawn(client_to_server(), name="mcp-stdio-requests")
    try:
        await _pump(child.stdout, our_out, child_in, decide, Direction.RESPONSE)
        return await child.wait()
    finally:
        for sig in forwarded:
            loop.remove_signal_handler(sig)
        await cancel_and_wait(requests)
        if child.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                child.terminate()
            await child.wait()


def _forward_signal(child: asyncio.subprocess.Process, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(child.pid, sig)
