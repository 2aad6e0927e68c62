"""A bounded, seeded fuzz test: a real `secproxy serve` gets malformed HTTP on its egress
listener, abusive frames on its WebSocket relay and absurd lines on its control socket,
and must come out of it still serving, with a clean log, a ledger that holds a record
for everything that reached the upstream or the gateway, nothing denied let through,
a clean exit on SIGTERM and a ledger that `secproxy audit verify` accepts.

The cases come from one `random.Random(SEED)`; set SECPROXY_FUZZ_SEED to try another
seed. Every problem found is collected and reported at the end, each with the case that
caused it, so one run shows all of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import random
import re
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from secproxy.control.client import ControlClient
from secproxy.errors import ControlError
from tests.fuzz_hostile_support import (
    DELETE_TOOL,
    SECRET,
    UP,
    ControlCase,
    Gateway,
    HttpCase,
    Upstream,
    WsCase,
    control_cases,
    gateway_messages,
    http_cases,
    normalize_path,
    ws_cases,
)

pytestmark = pytest.mark.functional

SEED = int(os.environ.get("SECPROXY_FUZZ_SEED", "90901"))
HTTP_CASES, WS_CASES, CONTROL_CASES = 300, 150, 100
CASE_TIMEOUT = 3.0
"""Seconds a case may take before it counts as a hang (the huge control lines get more)."""
NO_FIN_TIMEOUT = 8.0
"""For connections left open: the proxy's idle timeout (5 s) plus a margin."""
PARALLEL = 16
PERMITS = ("allow", "allow_with_redaction", "log")
SECPROXY = Path(sys.executable).with_name("secproxy")
WS_HANDSHAKE = (b"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
T = TypeVar("T")


@dataclass
class Findings:
    """Problems found, by category, each with the case that showed it."""

    items: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, category: str, detail: str) -> None:
        self.items[category].append(detail)

    def report(self) -> str:
        out = [f"fuzz seed {SEED}: {sum(map(len, self.items.values()))} problems"]
        for category, details in self.items.items():
            out.append(f"-- {category} ({len(details)})")
            out += [f"   {d}" for d in details[:6]]
        return "\n".join(out)


def shown(data: bytes, limit: int = 160) -> str:
    return repr(data if len(data) <= limit else data[:limit] + b"...(%d bytes)" % len(data))


@dataclass
class Proxy:
    """A running `secproxy serve` subprocess and where it listens."""

    process: subprocess.Popen[bytes]
    log: Path
    ledger: Path
    control: Path
    listeners: dict[str, tuple[str, int]]

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


def _spawn(argv: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=env)


def _address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    return host, int(port)


@contextlib.asynccontextmanager
async def served(state: Path, upstream: Upstream, gateway: Gateway) -> AsyncIterator[Proxy]:
    """`secproxy serve` with egress, ws relay, api and control socket, logging to a file."""
    config = {
        "state_dir": str(state),
        "listeners": {name: {"host": "127.0.0.1", "port": 0} for name in ("egress", "ws", "api")}
        | {"llm": {"enabled": False}},
        "control": {"socket": str(state / "c.sock")},
        "engine": {"default_action": "allow"},
        "rules": [
            {"name": "no-admin", "path": "/admin/**", "action": "deny", "reason": "fuzz"},
            {"name": "no-delete", "surfaces": ["ws"], "tools": [DELETE_TOOL], "action": "deny"},
        ],
        "tracking": {"max_strikes": 1_000_000},
        "egress": {"ssrf_allow": ["127.0.0.1"], "header_timeout": "2s", "idle_timeout": "5s",
                   "upstream_timeout": "5s", "connect_timeout": "2s"},
        "ws": {"upstream": gateway.url, "ping_interval": None, "max_frame_bytes": 65536,
               "open_timeout": "3s", "close_timeout": "1s", "retry_delay_ms": 50,
               "max_retries": 3},
        "logging": {"level": "info"},
    }
    path = state / "secproxy.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECPROXY_")}
    log = state / "serve.log"
    process = _spawn([str(SECPROXY), "serve", "-c", str(path)], log, env)
    try:
        status = await _started(process, state / "c.sock", log)
        addresses = {k: _address(v) for k, v in status["listeners"].items() if k != "control"}
        yield Proxy(process, log, Path(status["ledger"]["path"]), state / "c.sock", addresses)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


async def _started(process: subprocess.Popen[bytes], control: Path, log: Path
                   ) -> dict[str, Any]:
    deadline = time.monotonic() + 20
    while True:
        if process.poll() is not None:
            raise AssertionError(f"secproxy serve exited at start:\n{log.read_text()}")
        if control.exists():
            try:
                async with ControlClient(control, timeout=2) as client:
                    status: dict[str, Any] = await client.call("status")
                # The control socket opens before the listeners: wait for all of them.
                if {"egress", "ws", "api"} <= set(status["listeners"]):
                    return status
            except ControlError:
                pass
        assert time.monotonic() < deadline, f"secproxy serve did not start:\n{log.read_text()}"
        await asyncio.sleep(0.05)


async def _bounded(items: Sequence[T], run: Callable[[T], Awaitable[None]]) -> None:
    gate = asyncio.Semaphore(PARALLEL)

    async def one(item: T) -> None:
        async with gate:
            await run(item)

    await asyncio.gather(*(one(i) for i in items))


async def _read_to_end(reader: asyncio.StreamReader, timeout: float) -> tuple[bytes, bool]:
    """Everything until the peer closes; (bytes, True) when it did not within `timeout`."""
    out = bytearray()
    try:
        async with asyncio.timeout(timeout):
            while chunk := await reader.read(65536):
                out += chunk
    except TimeoutError:
        return bytes(out), True
    except ConnectionError:
        pass
    return bytes(out), False


# -- the three surfaces ---------------------------------------------------------------


async def fuzz_egress(proxy: Proxy, cases: list[HttpCase], authority: bytes,
                      found: Findings) -> None:
    async def run(case: HttpCase) -> None:
        data = case.data.replace(UP, authority)
        what = f"http #{case.n} {case.kind}: {shown(data)}"
        reader, writer = await asyncio.open_connection(*proxy.listeners["egress"])
        try:
            async with asyncio.timeout(CASE_TIMEOUT):
                writer.write(data)
                await writer.drain()
                if case.hangup is not None:
                    if case.hangup == "after-first-read":
                        with contextlib.suppress(TimeoutError):  # a cut body gets no answer
                            async with asyncio.timeout(0.5):
                                await reader.read(65536)
                    sock = writer.get_extra_info("socket")
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                if case.fin:
                    writer.write_eof()
            # Without a FIN the proxy's header or idle timeout has to end the connection.
            answer, hung = await _read_to_end(reader, CASE_TIMEOUT if case.fin else NO_FIN_TIMEOUT)
        except (ConnectionError, TimeoutError) as exc:
            answer, hung = b"", isinstance(exc, TimeoutError)
        finally:
            writer.transport.abort()
        if hung:
            found.add("egress: connection neither answered nor closed in time",
                      f"{what} -> got {shown(answer, 80)}")
        if case.expect is not None:
            status = answer[9:12]
            if status != b"%d" % case.expect:
                found.add("egress: valid request got an unexpected answer",
                          f"{what} -> expected {case.expect}, got {shown(answer, 120)}")

    await _bounded(cases, run)


async def _ws_valid_framing(url: str, case: WsCase, found: Findings) -> None:
    what = f"ws #{case.n} {case.kind}: {shown(str(case.messages).encode())}"
    probe = f"probe-{case.n}"
    oversize = case.kind == "oversize"
    try:
        async with asyncio.timeout(CASE_TIMEOUT), connect(
            url, max_size=None, ping_interval=None, open_timeout=CASE_TIMEOUT,
            close_timeout=1,
        ) as ws:
            for message in case.messages:
                await ws.send(message)
            wanted = set(map(str, case.reply_ids))
            if oversize:
                await ws.recv()  # the relay must close the connection (1009)
            else:
                await ws.send(json.dumps({"jsonrpc": "2.0", "id": probe, "method": "tools/call",
                                          "params": {"name": "echo", "arguments": {}}}))
                wanted.add(probe)
            while wanted:
                reply = json.loads(await ws.recv())
                for item in reply if isinstance(reply, list) else [reply]:
                    wanted.discard(str(item.get("id")))
    except TimeoutError:
        found.add("ws: expected answers did not come in time", what)
    except ConnectionClosed as exc:
        code = exc.rcvd.code if exc.rcvd is not None else None
        if not (oversize and code == 1009):
            found.add("ws: connection closed instead of answering", f"{what} -> close {code}")
    except (OSError, InvalidHandshake) as exc:
        found.add("ws: handshake failed", f"{what} -> {exc!r}")
    else:
        if oversize:
            found.add("ws: an oversize message did not close with 1009", what)


async def _ws_raw(address: tuple[str, int], case: WsCase, found: Findings) -> None:
    what = f"ws #{case.n} {case.kind}: {shown(case.data)}"
    reader, writer = await asyncio.open_connection(*address)
    try:
        async with asyncio.timeout(CASE_TIMEOUT):
            writer.write(WS_HANDSHAKE)
            head = await reader.readuntil(b"\r\n\r\n")
            if not head.startswith(b"HTTP/1.1 101"):
                found.add("ws: raw handshake refused", f"{what} -> {shown(head)}")
                return
            writer.write(case.data)
            await writer.drain()
            writer.write_eof()
        _, hung = await _read_to_end(reader, CASE_TIMEOUT)
        if hung:
            found.add("ws: relay kept a broken connection open", what)
    except (TimeoutError, asyncio.IncompleteReadError) as exc:
        found.add("ws: raw handshake did not complete", f"{what} -> {exc!r}")
    except ConnectionError:
        pass
    finally:
        writer.transport.abort()


async def fuzz_ws(proxy: Proxy, cases: list[WsCase], found: Findings) -> None:
    address = proxy.listeners["ws"]
    url = f"ws://{address[0]}:{address[1]}/"

    async def run(case: WsCase) -> None:
        if case.data:
            await _ws_raw(address, case, found)
        else:
            await _ws_valid_framing(url, case, found)

    await _bounded(cases, run)


async def fuzz_control(proxy: Proxy, cases: list[ControlCase], found: Findings) -> None:
    for case in cases:
        what = f"control #{case.n} {case.kind}: {shown(b' | '.join(case.lines))}"
        wanted = sum(1 for line in case.lines if line.strip())
        timeout = CASE_TIMEOUT * (5 if case.kind.startswith("huge") else 1)
        reader, writer = await asyncio.open_unix_connection(str(proxy.control), limit=2**26)
        answers: list[Any] = []
        try:
            async with asyncio.timeout(timeout):
                await reader.readline()  # hello
                writer.write(b"".join(line + b"\n" for line in case.lines))
                await writer.drain()
                while len(answers) < wanted:
                    line = await reader.readline()
                    if not line:
                        break
                    msg = json.loads(line)
                    if "seq" not in msg:  # events after a subscribe are not answers
                        answers.append(msg)
        except TimeoutError:
            pass
        except (ConnectionError, ValueError) as exc:
            found.add("control: broken answer", f"{what} -> {exc!r}")
        finally:
            writer.transport.abort()
        if len(answers) != wanted:
            found.add("control: lines not answered one for one",
                      f"{what} -> {len(answers)} of {wanted} answers")
        for msg in answers:
            if msg.get("type") not in ("reply", "error"):
                found.add("control: answer is neither reply nor error", f"{what} -> {msg}")
            elif msg["type"] == "error" and msg["payload"].get("code") == "internal":
                found.add("control: internal error", f"{what} -> {msg['payload']}")


# -- after the storm ------------------------------------------------------------------


async def _http_get(address: tuple[str, int], raw: bytes) -> bytes:
    reader, writer = await asyncio.open_connection(*address)
    try:
        writer.write(raw)
        answer, _ = await _read_to_end(reader, 5)
        return answer
    finally:
        writer.transport.abort()


async def still_serving(proxy: Proxy, authority: bytes, found: Findings) -> None:
    answer = await _http_get(proxy.listeners["egress"], b"GET http://" + authority
                             + b"/final/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    if not (answer.startswith(b"HTTP/1.1 200") and answer.endswith(b"ok")):
        found.add("after: a good egress request failed", shown(answer))
    answer = await _http_get(proxy.listeners["api"],
                             b"GET /ready HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    if not answer.startswith(b"HTTP/1.1 200") or b'"ready": true' not in answer:
        found.add("after: /ready does not say ready", shown(answer, 400))
    address = proxy.listeners["ws"]
    try:
        async with asyncio.timeout(5), connect(f"ws://{address[0]}:{address[1]}/") as ws:
            await ws.send(json.dumps({"jsonrpc": "2.0", "id": "final", "method": "tools/call",
                                      "params": {"name": "echo", "arguments": {}}}))
            reply = json.loads(await ws.recv())
            if reply.get("id") != "final" or "result" not in reply:
                found.add("after: a good ws call failed", repr(reply))
    except (TimeoutError, OSError, ConnectionClosed, InvalidHandshake) as exc:
        found.add("after: a good ws call failed", repr(exc))
    try:
        async with ControlClient(proxy.control, timeout=5) as client:
            await client.call("ping")
    except ControlError as exc:
        found.add("after: the control socket does not answer a ping", repr(exc))


async def stops_cleanly(proxy: Proxy, found: Findings) -> None:
    proxy.process.send_signal(signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        await asyncio.to_thread(proxy.process.wait, 10)
    code = proxy.process.poll()
    if code is None:
        found.add("stop: still running 10 s after SIGTERM", "killed")
        proxy.process.kill()
        proxy.process.wait()
    elif code != 0:
        found.add("stop: exit code after SIGTERM", f"{code}")
    log = proxy.log_text()
    if SECRET in log:
        found.add("log: a secret sent by a client is in the log",
                  next(line for line in log.splitlines() if SECRET in line)[:300])
    for block in log.split("Traceback (most recent call last):")[1:]:
        if "During handling of the above exception" in block or "direct cause" in block:
            continue  # the context of the traceback that follows: one problem, one entry
        tail = [line for line in block.splitlines() if line and not line.startswith(" ")]
        where = re.findall(r'File ".*?/(secproxy/[^"]+)", line (\d+), in (\w+)', block)
        at = " at {}:{} ({})".format(*where[-1]) if where else ""
        found.add("log: Traceback", (tail[0] if tail else block[:200]) + at)
    verify = subprocess.run([str(SECPROXY), "audit", "verify", "--ledger", str(proxy.ledger)],
                            capture_output=True, text=True, timeout=30)
    if verify.returncode != 0:
        found.add("ledger: audit verify failed", (verify.stdout + verify.stderr).strip()[-300:])


def _ledger_rows(path: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT surface, direction, method, host, port, url, tool, "
                            "decision FROM records").fetchall()
    finally:
        conn.close()


def upstream_is_covered(rows: list[sqlite3.Row], upstream: Upstream, found: Findings) -> None:
    """Every request line the upstream parsed has its own allowed egress record (method
    and normalised path); nothing under /admin got there. A path the ledger stores with
    a secret redacted matches any text in the redacted place."""
    prefix = f"127.0.0.1:{upstream.port}"
    exact: Counter[tuple[str, str]] = Counter()
    redacted: list[tuple[str, re.Pattern[str]]] = []
    for r in rows:
        if (r["surface"] == "egress" and r["decision"] in PERMITS and r["url"]
                and r["url"].startswith(prefix + "/")):
            path = normalize_path(r["url"][len(prefix):].partition("?")[0])
            if "[REDACTED" in path:
                pattern = ".*?".join(map(re.escape, re.split(r"\[REDACTED[^\]]*\]", path)))
                redacted.append((r["method"], re.compile(pattern, re.DOTALL)))
            else:
                exact[(r["method"], path)] += 1
    for line in upstream.lines:
        parts = line.split(b" ")
        if len(parts) != 3:
            found.add("upstream: a line that is no request line arrived", shown(line))
            continue
        method = parts[0].decode("latin-1")
        target = parts[1].decode("latin-1").partition("?")[0]
        if "://" in target:  # absolute form: the proxy never sends it, an origin may read it
            target = "/" + target.partition("://")[2].partition("/")[2]
        path = normalize_path(target)
        if path == "/admin" or path.startswith("/admin/"):
            found.add("upstream: a request to the denied /admin path arrived", shown(line))
        if exact[(method, path)] > 0:
            exact[(method, path)] -= 1
            continue
        match = next((i for i, (m, p) in enumerate(redacted)
                      if m == method and p.fullmatch(path)), None)
        if match is None:
            found.add("upstream: a request arrived with no ledger record", shown(line))
        else:
            del redacted[match]


def _stored(value: Any) -> Any:
    """A string as the ledger stores it: a lone surrogate (from a JSON escape) escaped."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode()
    return value


def gateway_is_covered(rows: list[sqlite3.Row], gateway: Gateway, found: Findings) -> None:
    """Every message the gateway received has an allowed ws request record (method and
    tool); the denied tool never got there."""
    recorded: Counter[tuple[str | None, str | None]] = Counter(
        (r["method"], r["tool"]) for r in rows
        if r["surface"] == "ws" and r["direction"] == "request" and r["decision"] in PERMITS)
    for msg in gateway_messages(gateway.received):
        if not isinstance(msg, dict):
            found.add("gateway: a frame that is no JSON-RPC message arrived", shown(
                msg.encode("utf-8", "surrogatepass") if isinstance(msg, str) else
                json.dumps(msg).encode() if not isinstance(msg, bytes) else msg))
            continue
        method = msg.get("method")
        params = msg.get("params")
        tool = params.get("name") if method == "tools/call" and isinstance(params, dict) else None
        if tool == DELETE_TOOL:
            found.add("gateway: the denied tool arrived", json.dumps(msg)[:160])
        key = (_stored(method), _stored(tool))
        if recorded[key] > 0:
            recorded[key] -= 1
        else:
            found.add("gateway: a message arrived with no ledger record", json.dumps(msg)[:160])


# -- the test -------------------------------------------------------------------------


def _digest(http: list[HttpCase], ws: list[WsCase], control: list[ControlCase]) -> str:
    h = hashlib.sha256()
    for c in http:
        h.update(c.data)
    for w in ws:
        h.update(w.data)
        for m in w.messages:
            h.update(m.encode() if isinstance(m, str) else m)
    for k in control:
        h.update(b"\n".join(k.lines))
    return h.hexdigest()[:16]


@pytest.mark.timeout(120)
async def test_hostile_input_leaves_the_proxy_serving_and_the_ledger_whole(tmp_path: Path):
    rng = random.Random(SEED)
    http, ws, control = (http_cases(rng, HTTP_CASES), ws_cases(rng, WS_CASES),
                         control_cases(rng, CONTROL_CASES))
    print(f"fuzz seed {SEED}: {len(http)} http, {len(ws)} ws, {len(control)} control cases, "
          f"digest {_digest(http, ws, control)}")
    found = Findings()
    upstream, gateway = await Upstream().start(), await Gateway().start()
    try:
        async with served(tmp_path, upstream, gateway) as proxy:
            authority = b"127.0.0.1:%d" % upstream.port
            started = time.monotonic()
            await fuzz_egress(proxy, http, authority, found)
            await fuzz_control(proxy, control, found)
            await fuzz_ws(proxy, ws, found)
            print(f"fuzzing took {time.monotonic() - started:.1f}s")
            await still_serving(proxy, authority, found)
            await stops_cleanly(proxy, found)
            rows = _ledger_rows(proxy.ledger)
    finally:
        await upstream.stop()
        await gateway.stop()
    upstream_is_covered(rows, upstream, found)
    gateway_is_covered(rows, gateway, found)
    print(found.report())
    assert not found.items, found.report()
