"""`secproxy mcp wrap` hands its pipes to the running proxy, which relays them itself
(`secproxy.surfaces.mcp.handover`): the wrap is out of each message's way, and whatever
ends first (the proxy killed, the wrap killed, a bogus hand-over) leaves nothing
undecided and nothing held open."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import os
import signal
import socket
import struct
import sys
import termios
from pathlib import Path
from typing import Any

import pytest

from secproxy.audit.query import Filters, LedgerReader
from secproxy.model import Direction
from secproxy.protocols.jsonrpc import NO_ID
from secproxy.surfaces.mcp import handover
from secproxy.surfaces.mcp.interceptor import McpInterceptor, Relayed
from tests.helpers import eventually, running_proxy
from tests.surfaces.mcp_support import SECPROXY, SERVER, write_spec
from tests.surfaces.test_mcp_stdio_functional import SENT

pytestmark = [pytest.mark.functional, pytest.mark.timeout(90)]


async def _wrap(tmp_path: Path, config: Path) -> asyncio.subprocess.Process:
    spec = write_spec(tmp_path / "spec.json")
    return await asyncio.create_subprocess_exec(
        SECPROXY, "mcp", "wrap", "-c", str(config), "--name", "files", "--",
        sys.executable, str(SERVER), str(spec), "stdio", stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=tmp_path)


async def _say(wrap: asyncio.subprocess.Process, line: bytes) -> dict[str, object]:
    assert wrap.stdin is not None and wrap.stdout is not None
    wrap.stdin.write(line)
    await wrap.stdin.drain()
    return json.loads(await asyncio.wait_for(wrap.stdout.readline(), 30))  # type: ignore[no-any-return]


def _config(tmp_path: Path) -> Path:
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\n")
    return config


def _listening(path: Path) -> bool:
    with socket.socket(socket.AF_UNIX) as sock:
        try:
            sock.connect(str(path))
        except OSError:
            return False
    return True


def _open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd"))


async def test_a_call_goes_through_with_the_wrap_stopped(tmp_path: Path) -> None:
    # Before, every line went through the wrap (to serve to decide, back, then on): a
    # stopped wrap relayed nothing and the call waited for ever.
    config = _config(tmp_path)
    async with running_proxy(tmp_path / "state", config_path=config) as runtime:
        wrap = await _wrap(tmp_path, config)
        assert (await _say(wrap, SENT[0] + SENT[1]))["id"] == 1
        os.kill(wrap.pid, signal.SIGSTOP)
        try:
            answer = await _say(wrap, SENT[2])
        finally:
            os.kill(wrap.pid, signal.SIGCONT)
        assert answer["id"] == "two" and "result" in answer
        assert wrap.stdin is not None
        wrap.stdin.close()
        _, errors = await asyncio.wait_for(wrap.communicate(), 30)
        assert wrap.returncode == 0 and b"called echo" in errors

        ledger = runtime.ledger.path
        assert ledger is not None

        def calls() -> list[dict[str, object]]:
            with LedgerReader(ledger) as reader:
                return [r for r in reader.query(Filters(surface=["mcp"], limit=100))
                        if r["method"] == "tools/call"]

        [call] = await eventually(calls, message="the call's record")
        assert call["decision"] == "allow" and call["tool"] == "echo"
        assert call["metadata"]["transport"] == "stdio"  # type: ignore[index]


_MODULES_AT_EXIT = """
import json, sys
from secproxy.cli import main
out, sys.argv = sys.argv[1], ["secproxy", *sys.argv[2:]]
try:
    main()
finally:
    with open(out, "w") as f:
        json.dump(sorted(sys.modules), f)
"""


async def test_a_handed_over_wrap_loads_no_http_client(tmp_path: Path) -> None:
    # A wrap whose pipes serve takes over only connects and waits; it imported the mcp
    # listener and aiohttp (the package's __init__, the control client), ~0.7 s of a
    # 1.4 s start, and a ledger with its signing (cryptography) before it handed
    # anything over.
    config = _config(tmp_path)
    spec = write_spec(tmp_path / "spec.json")
    modules = tmp_path / "modules.json"
    async with running_proxy(tmp_path / "state", config_path=config):
        wrap = await asyncio.create_subprocess_exec(
            sys.executable, "-c", _MODULES_AT_EXIT, str(modules), "mcp", "wrap", "-c",
            str(config), "--name", "files", "--", sys.executable, str(SERVER), str(spec),
            "stdio", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, cwd=tmp_path)
        assert (await _say(wrap, SENT[0] + SENT[1]))["id"] == 1
        assert (await _say(wrap, SENT[2]))["id"] == "two"
        assert wrap.stdin is not None
        wrap.stdin.close()
        await asyncio.wait_for(wrap.communicate(), 30)
    assert wrap.returncode == 0
    loaded = json.loads(modules.read_text())
    assert "secproxy.surfaces.mcp.handover" in loaded
    assert [m for m in loaded if m.split(".")[0] in ("aiohttp", "cryptography") or m.startswith(
        ("secproxy.surfaces.mcp.http", "secproxy.control.client", "secproxy.audit.ledger"))] == []


async def _serve_alone(tmp_path: Path) -> tuple[Path, asyncio.subprocess.Process]:
    """`secproxy serve` in a process of its own, its listeners on free ports, and its
    config."""
    config = _config(tmp_path)
    config.write_text(config.read_text() + "listeners:\n" + "".join(
        f"  {name}: {{host: 127.0.0.1, port: 0}}\n" for name in ("egress", "llm", "ws", "api")))
    return config, await asyncio.create_subprocess_exec(
        SECPROXY, "serve", "-c", str(config), stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL)


async def test_serve_killed_leaves_the_wrap_refusing(tmp_path: Path) -> None:
    # Serve dies without giving the conversation back: the wrap takes its pipes back
    # and refuses what nobody can decide (nothing reaches the server undecided).
    config, serve = await _serve_alone(tmp_path)
    try:
        await eventually(lambda: (tmp_path / "state" / "control.sock-mcp").exists(),
                         timeout=30, message="serve's stdio socket")
        wrap = await _wrap(tmp_path, config)
        assert (await _say(wrap, SENT[0] + SENT[1]))["id"] == 1
        serve.kill()
        await asyncio.wait_for(serve.wait(), 10)
        answer = await _say(wrap, SENT[2])
    finally:
        if serve.returncode is None:
            serve.kill()
            await asyncio.wait_for(serve.wait(), 10)
    assert answer["id"] == "two" and answer["error"]["code"] == -32001  # type: ignore[index]
    assert wrap.stdin is not None
    wrap.stdin.close()
    _, errors = await asyncio.wait_for(wrap.communicate(), 30)
    assert wrap.returncode == 0
    assert b"called echo" not in errors and b"cannot decide a request message" in errors


async def test_a_wrap_killed_leaves_nothing_open_in_serve(tmp_path: Path) -> None:
    config = _config(tmp_path)
    async with running_proxy(tmp_path / "state", config_path=config) as runtime:
        assert runtime.handover is not None
        before = _open_fds()
        wrap = await _wrap(tmp_path, config)
        assert (await _say(wrap, SENT[0] + SENT[1]))["id"] == 1
        assert runtime.handover._relays  # serve relays this conversation
        wrap.kill()
        await wrap.wait()
        # Its server's stdin closes with serve's copy: the server ends, and serve holds
        # none of the four pipes nor the socket any more.
        await eventually(lambda: not runtime.handover._relays  # type: ignore[union-attr]
                         and _open_fds() <= before, message="the conversation's end")


async def test_a_bogus_hand_over_is_refused(tmp_path: Path) -> None:
    config = _config(tmp_path)
    async with running_proxy(tmp_path / "state", config_path=config) as runtime:
        assert runtime.handover is not None
        before = _open_fds()
        loop = asyncio.get_running_loop()
        good = b'{"server": "files", "conversation": "ab"}\n'
        a_file = (tmp_path / "a-file").open("wb+")
        for hello, count, last in [(good, 1, None), (b'{"server": "../x", "conversation": '
                                                     b'"ab"}\n', 4, None),
                                   (b"not json\n", 4, None), (good, 4, a_file.fileno())]:
            pipes = [os.pipe() for _ in range(count)]
            sent = [fd for pair in pipes for fd in pair][:count]
            if last is not None:  # a regular file for the server's stdout
                sent[-1] = last
            with socket.socket(socket.AF_UNIX) as sock:
                sock.setblocking(False)
                await loop.sock_connect(sock, str(runtime.handover.path))
                socket.send_fds(sock, [hello], sent)
                assert await loop.sock_recv(sock, 100) == b""  # closed, nothing said
            for pair in pipes:
                for fd in pair:
                    os.close(fd)
        a_file.close()
        await eventually(lambda: _open_fds() <= before, message="the refused pipes closed")
        wrap = await _wrap(tmp_path, config)  # and a real wrap is taken as before
        assert (await _say(wrap, SENT[0] + SENT[1]))["id"] == 1
        assert wrap.stdin is not None
        wrap.stdin.close()
        await asyncio.wait_for(wrap.communicate(), 30)


async def test_without_its_socket_serve_decides_line_by_line(tmp_path: Path) -> None:
    # A control socket path a few bytes short of the limit leaves no room for the stdio
    # socket's: serve starts anyway, and the wrap asks it line by line, as before.
    room = 104 - len(str(tmp_path)) - 1
    sock = tmp_path / ("c" * room)
    config = tmp_path / "secproxy.yaml"
    async with running_proxy(tmp_path / "state", {"control": {"socket": str(sock)}},
                             config_path=config) as runtime:
        assert runtime.handover is None
        wrap = await _wrap(tmp_path, config)
        assert (await _say(wrap, SENT[0] + SENT[1]))["id"] == 1
        assert "result" in await _say(wrap, SENT[2])
        assert wrap.stdin is not None
        wrap.stdin.close()
        await asyncio.wait_for(wrap.communicate(), 30)
        assert wrap.returncode == 0



async def test_a_client_that_stops_reading_ends_the_wrap(tmp_path: Path) -> None:
    # The client closed its end of the wrap's stdout and still holds stdin: the answer
    # serve cannot write ends the relay, and the server sees its input end (it waited on
    # it for ever, and the wrap with it).
    config = _config(tmp_path)
    async with running_proxy(tmp_path / "state", config_path=config):
        wrap = await _wrap(tmp_path, config)
        assert (await _say(wrap, SENT[0] + SENT[1]))["id"] == 1
        assert wrap.stdin is not None
        wrap._transport.get_pipe_transport(1).close()  # type: ignore[attr-defined]
        wrap.stdin.write(SENT[2])
        await wrap.stdin.drain()
        assert await asyncio.wait_for(wrap.wait(), 30) == 0


async def test_a_failed_accept_does_not_end_the_hand_overs(tmp_path: Path) -> None:
    # Out of descriptors for a moment: the accept fails once. The socket kept taking
    # connections into its queue, nobody accepted them, and a wrap waited for ever.
    loop = asyncio.get_running_loop()
    accept = loop.sock_accept
    failures = [OSError(24, "Too many open files")]

    async def sock_accept(sock: socket.socket) -> tuple[socket.socket, object]:
        if failures:
            raise failures.pop()
        return await accept(sock)

    config = _config(tmp_path)
    loop.sock_accept = sock_accept  # type: ignore[method-assign,assignment]
    try:
        async with running_proxy(tmp_path / "state", config_path=config):
            wrap = await _wrap(tmp_path, config)
            assert (await _say(wrap, SENT[0] + SENT[1]))["id"] == 1
            assert not failures
            assert wrap.stdin is not None
            wrap.stdin.close()
            await asyncio.wait_for(wrap.communicate(), 30)
    finally:
        del loop.sock_accept  # type: ignore[misc]


async def test_descriptors_epoll_refuses_are_refused_not_aborted_on(tmp_path: Path) -> None:
    # /dev/null and /dev/zero are character devices epoll refuses: serve (uvloop) aborted
    # on a hand-over of them (SIGABRT, every conversation lost), and so did a wrap
    # relaying them itself (rc 134).
    config, serve = await _serve_alone(tmp_path)
    spec = write_spec(tmp_path / "spec.json")
    path = tmp_path / "state" / "control.sock-mcp"
    loop = asyncio.get_running_loop()
    try:
        await eventually(lambda: _listening(path), timeout=30, message="serve's stdio socket")
        with open("/dev/null", "rb") as null, open("/dev/zero", "rb") as zero, \
                socket.socket(socket.AF_UNIX) as sock:
            sock.setblocking(False)
            await loop.sock_connect(sock, str(path))
            socket.send_fds(sock, [b'{"server": "files", "conversation": "ab"}\n'],
                            [null.fileno(), sys.stdout.fileno(), zero.fileno(), zero.fileno()])
            assert await loop.sock_recv(sock, 100) == b""  # refused, nothing said
        for device, standalone in (("/dev/null", []), ("/dev/zero", []),
                                   ("/dev/null", ["--standalone"])):
            with open(device, "rb") as stdin:
                wrap = await asyncio.create_subprocess_exec(
                    SECPROXY, "mcp", "wrap", "-c", str(config), "--name", "files",
                    *standalone, "--", sys.executable, str(SERVER), str(spec), "stdio",
                    stdin=stdin, stdout=asyncio.subprocess.PIPE,
                    stderr=asyncio.subprocess.PIPE, cwd=tmp_path)
            _, errors = await asyncio.wait_for(wrap.communicate(), 30)
            assert wrap.returncode not in (0, -signal.SIGABRT, 134)
            assert b"stdin is not a pipe" in errors and b"Traceback" not in errors
        assert serve.returncode is None
        wrap = await _wrap(tmp_path, config)  # serve still takes conversations
        assert (await _say(wrap, SENT[0] + SENT[1]))["id"] == 1
        assert wrap.stdin is not None
        wrap.stdin.close()
        await asyncio.wait_for(wrap.communicate(), 30)
        assert serve.returncode is None
    finally:
        serve.terminate()
        await asyncio.wait_for(serve.wait(), 30)
    assert serve.returncode == 0


def _unread(fd: int) -> int:
    return struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]  # type: ignore[no-any-return]


async def test_what_the_client_sends_while_serve_stops_is_not_lost(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Serve stops while a server's answer is being decided. The client's lane was given
    # back (its reader's buffer copied) first; its pipe went on being read while the
    # answer's lane finished: a request sent then was read by serve, given to nobody,
    # never answered.
    handle = McpInterceptor.handle
    armed, deciding, go = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def slow_answers(self: McpInterceptor, text: str, direction: Direction,
                           unread: Any = NO_ID, asked: str | None = None) -> Relayed:
        if direction is Direction.RESPONSE and armed.is_set():
            deciding.set()
            await go.wait()
        return await handle(self, text, direction, unread, asked)

    config = _config(tmp_path)
    monkeypatch.setattr(McpInterceptor, "handle", slow_answers)
    async with running_proxy(tmp_path / "state", config_path=config) as runtime:
        assert runtime.handover is not None
        wrap = await _wrap(tmp_path, config)
        assert wrap.stdin is not None and wrap.stdout is not None
        assert (await _say(wrap, SENT[0] + SENT[1]))["id"] == 1
        armed.set()
        wrap.stdin.write(SENT[2])
        await wrap.stdin.drain()
        await asyncio.wait_for(deciding.wait(), 30)
        handover = runtime.handover
        stopping = asyncio.ensure_future(handover.stop())
        await eventually(lambda: all(r._back.is_set() for r in handover._relays),
                         message="serve stopping")
        wrap.stdin.write(b'{"jsonrpc":"2.0","id":3,"method":"tools/list"}\n')
        await wrap.stdin.drain()
        pipe = wrap.stdin.get_extra_info("pipe")
        with contextlib.suppress(AssertionError):  # read by serve at once before
            await eventually(lambda: _unread(pipe.fileno()) == 0, timeout=1.0)
        go.set()
        await asyncio.wait_for(stopping, 30)
        answers = [json.loads(await asyncio.wait_for(wrap.stdout.readline(), 30))
                   for _ in range(2)]
        assert answers[0]["id"] == "two" and "result" in answers[0]
        assert answers[1]["id"] == 3 and answers[1]["error"]["code"] == -32001
        wrap.stdin.close()
        await asyncio.wait_for(wrap.communicate(), 30)


async def test_a_hand_over_that_never_ends_leaves_nothing_open(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
        ) -> None:
    # Four pipes and a hello whose line never ends: serve gave up after its timeout and
    # kept the four descriptors for good (and warned with an empty reason). A peer that
    # talks on after its hand-over was buffered whole.
    monkeypatch.setattr(handover, "_HELLO_WITHIN", 0.5, raising=False)
    config = _config(tmp_path)
    loop = asyncio.get_running_loop()
    async with running_proxy(tmp_path / "state", config_path=config) as runtime:
        assert runtime.handover is not None
        path = str(runtime.handover.path)
        before = _open_fds()
        with socket.socket(socket.AF_UNIX) as sock:
            sock.setblocking(False)
            await loop.sock_connect(sock, path)
            pipes = [os.pipe() for _ in range(2)]
            socket.send_fds(sock, [b'{"server": "files"'], [fd for p in pipes for fd in p])
            for pair in pipes:
                for fd in pair:
                    os.close(fd)
            assert await asyncio.wait_for(loop.sock_recv(sock, 100), 30) == b""
        await eventually(lambda: _open_fds() <= before, message="the pipes closed")
        assert "could not be taken over: no hand-over within 0.5 s" in caplog.text

        pipes = [os.pipe() for _ in range(4)]
        mine = [pipes[0][1], pipes[1][0], pipes[2][1], pipes[3][0]]
        with socket.socket(socket.AF_UNIX) as sock:
            sock.setblocking(False)
            await loop.sock_connect(sock, path)
            socket.send_fds(sock, [b'{"server": "files", "conversation": "ab"}\n'],
                            [pipes[0][0], pipes[1][1], pipes[2][0], pipes[3][1]])
            for fd in (pipes[0][0], pipes[1][1], pipes[2][0], pipes[3][1]):
                os.close(fd)
            assert await asyncio.wait_for(loop.sock_recv(sock, 100), 30) == b'{"type":"ready"}\n'
            with contextlib.suppress(ConnectionError):
                await asyncio.wait_for(loop.sock_sendall(sock, b"x" * (1 << 20)), 30)
                assert await asyncio.wait_for(loop.sock_recv(sock, 100), 30) == b""
        await eventually(lambda: not runtime.handover._relays,  # type: ignore[union-attr]
                         message="the relay's end")
        for fd in mine:
            os.close(fd)


async def test_a_silent_peer_does_not_hold_serve_s_stop(tmp_path: Path) -> None:
    # A connection that never says its hello: serve's stop waited for it past its budget
    # (10 s against 5), then gave up on its other listeners: the control socket was
    # never closed and stayed in the state directory.
    config = _config(tmp_path)
    with socket.socket(socket.AF_UNIX) as sock:
        async with running_proxy(tmp_path / "state", config_path=config) as runtime:
            stdio, control = runtime.handover, runtime.control
            assert stdio is not None and control is not None
            sock.connect(str(stdio.path))
            await eventually(lambda: stdio._relays, message="the peer taken")
        assert not control.path.exists() and not stdio.path.exists()
