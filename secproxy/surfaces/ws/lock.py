"""The gateway lock: proof that agents cannot reach the gateway without the proxy.

Three strategies (`ws.lock.strategy`):

- `validation_token`: the relay adds a secret header to its gateway handshakes; the
  check connects *without* it and passes only if the gateway refuses (an HTTP error, or
  a close right after the handshake), and *with* it and passes only if it is accepted.
- `unix_socket`: the gateway listens on a Unix socket; the check passes only if no
  other (non-root) user can open it: the socket is ours and not group/other writable,
  or a directory on its path is ours with no group/other search permission.
- `firewall`: the check lists this machine's non-loopback addresses (`ip -o addr` and
  the host name) and passes only if the gateway port is reachable on none of them.
  A connection from the machine to its own address is routed locally, so this proves
  the gateway is not listening on those addresses; bind it to loopback.

`check_lock(config)` runs the configured check; the relay runs it at startup.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import shutil
import socket
import stat
from dataclasses import dataclass, field
from pathlib import Path

from websockets.asyncio.client import ClientConnection
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed, InvalidStatus

from secproxy.config import Config
from secproxy.config.ws import LockSettings, WsSettings
from secproxy.errors import SecproxyError
from secproxy.surfaces.ws.upstream import describe_error, open_upstream, resolve_upstream


class GatewayLockError(SecproxyError):
    """A configured gateway lock is not active."""


@dataclass(slots=True)
class LockReport:
    """What the lock check found."""

    strategy: str
    ok: bool
    messages: list[str] = field(default_factory=list)

    @property
    def configured(self) -> bool:
        return self.strategy != "none"

    def summary(self) -> str:
        state = "active" if self.ok else "NOT active"
        return f"gateway lock {self.strategy}: {state}: " + "; ".join(self.messages)


def lock_token(lock: LockSettings) -> str | None:
    """The validation token, from the config or the environment variable it names."""
    if lock.token:
        return lock.token.get_secret_value()
    if lock.token_env:
        return os.environ.get(lock.token_env) or None
    return None


def lock_headers(settings: WsSettings) -> dict[str, str]:
    """Headers the relay adds to every gateway handshake."""
    token = lock_token(settings.lock)
    return {settings.lock.header: token} if token else {}


async def check_lock(config: Config) -> LockReport:
    """Run the configured gateway-lock check."""
    ws = config.ws
    strategy = ws.lock.strategy
    if strategy == "none":
        return LockReport("none", True, ["no gateway lock configured: clients that can reach "
                                         "the gateway directly bypass the proxy"])
    if not ws.upstream:
        return LockReport(strategy, False, ["ws.upstream is not set"])
    if strategy == "validation_token":
        return await _check_token(ws)
    if strategy == "unix_socket":
        return _check_socket(ws)
    return await _check_firewall(ws)


async def _probe(ws: WsSettings, headers: dict[str, str]) -> tuple[bool, str]:
    """(accepted, detail) for one handshake with the gateway."""
    target = resolve_upstream(ws, ws.lock.probe_path)
    timeout = ws.lock.check_timeout
    conn: ClientConnection | None = None
    try:
        conn = await asyncio.wait_for(open_upstream(target, ws, headers=Headers(headers)),
                                      timeout)
    except InvalidStatus as exc:
        return False, f"refused with HTTP {exc.response.status_code}"
    except (OSError, TimeoutError) as exc:
        raise SecproxyError(f"gateway {target.uri} unreachable: {describe_error(exc)}") from None
    except Exception as exc:
        return False, f"handshake failed: {describe_error(exc)}"
    try:
        # Some gateways accept the handshake and close at once with a policy error.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(conn.wait_closed(), min(timeout, 0.25))
        if conn.close_code is not None:
            return False, f"closed right after the handshake ({conn.close_code})"
        return True, "accepted"
    finally:
        with contextlib.suppress(ConnectionClosed, OSError):
            await conn.close()


async def _check_token(ws: WsSettings) -> LockReport:
    report = LockReport("validation_token", True)
    headers = lock_headers(ws)
    if not headers:
        report.ok = False
        report.messages.append(f"no token: environment variable {ws.lock.token_env} is empty")
        return report
    try:
        direct, detail = await _probe(ws, {})
        proxied, pdetail = await _probe(ws, headers)
    except SecproxyError as exc:
        report.ok = False
        report.messages.append(f"{exc}; cannot verify the lock")
        return report
    if direct:
        report.ok = False
        report.messages.append(f"the gateway accepts handshakes without the {ws.lock.header} "
                               "header: a direct connection bypasses the proxy")
    else:
        report.messages.append(f"a direct connection without the token is {detail}")
    if not proxied:
        report.ok = False
        report.messages.append(f"the gateway also refuses the proxy's token ({pdetail})")
    else:
        report.messages.append("the proxy's token is accepted")
    return report


def _private(st: os.stat_result, uid: int, bits: int) -> bool:
    return st.st_uid == uid and not st.st_mode & bits


def _check_socket(ws: WsSettings) -> LockReport:
    report = LockReport("unix_socket", False)
    target = resolve_upstream(ws)
    if target.unix_path is None:
        report.messages.append("the gateway is not reached over a Unix socket: set ws.upstream "
                               "to unix:/path or ws.lock.socket_path")
        return report
    path = Path(target.unix_path)
    try:
        st = path.stat()
    except OSError as exc:
        report.messages.append(f"{path}: {exc.strerror or exc}")
        return report
    if not stat.S_ISSOCK(st.st_mode):
        report.messages.append(f"{path} is not a socket")
        return report
    uid = os.geteuid()
    mode = stat.S_IMODE(st.st_mode)
    if _private(st, uid, stat.S_IWGRP | stat.S_IWOTH):
        report.ok = True
        report.messages.append(f"{path} is owned by uid {uid} with mode {mode:o}")
        return report
    for parent in path.absolute().parents:
        try:
            pst = parent.stat()
        except OSError:
            continue
        if _private(pst, uid, stat.S_IXGRP | stat.S_IXOTH):
            report.ok = True
            report.messages.append(f"{path} (mode {mode:o}) sits in {parent}, which only uid "
                                   f"{uid} can enter (mode {stat.S_IMODE(pst.st_mode):o})")
            return report
    owner = "another user" if st.st_uid != uid else f"uid {uid}"
    report.messages.append(f"{path} is owned by {owner} with mode {mode:o} and no directory on "
                           "its path is private: other users can connect to the gateway "
                           "(chmod 600 the socket, or put it in a 700 directory)")
    return report


async def local_addresses() -> set[str]:
    """Non-loopback addresses of this machine (IPv6 link-local ones with their zone)."""
    found: set[str] = set()
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, proto=socket.IPPROTO_TCP):
            found.add(str(info[4][0]))
    ip_tool = shutil.which("ip")
    if ip_tool:
        with contextlib.suppress(OSError, TimeoutError):
            proc = await asyncio.create_subprocess_exec(
                ip_tool, "-o", "addr", stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.DEVNULL)
            out, _ = await asyncio.wait_for(proc.communicate(), 5.0)
            for line in out.decode(errors="replace").splitlines():
                fields = line.split()
                if len(fields) >= 4 and fields[2] in ("inet", "inet6"):
                    addr = fields[3].split("/")[0]
                    if addr.startswith("fe80:"):
                        addr = f"{addr}%{fields[1].rstrip(':')}"
                    found.add(addr)
    out_set = set()
    for addr in found:
        try:
            ip = ipaddress.ip_address(addr.split("%")[0])
        except ValueError:
            continue
        if not (ip.is_loopback or ip.is_unspecified):
            out_set.add(addr)
    return out_set


async def _reachable(addr: str, port: int, limit: float) -> bool:
    try:
        async with asyncio.timeout(limit):
            _, writer = await asyncio.open_connection(addr, port)
    except (OSError, TimeoutError):
        return False
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return True


async def _check_firewall(ws: WsSettings) -> LockReport:
    report = LockReport("firewall", False)
    target = resolve_upstream(ws)
    if target.unix_path is not None or target.port is None or target.host is None:
        report.messages.append("the gateway is reached over a Unix socket; use strategy "
                               "unix_socket")
        return report
    addrs = await local_addresses()
    host = target.host
    try:
        upstream_ip = ipaddress.ip_address(host)
        local = upstream_ip.is_loopback or host in addrs
    except ValueError:
        local = host in ("localhost", socket.gethostname())
    if not local:
        report.messages.append(f"gateway host {host} is not on this machine; the firewall check "
                               "can only verify a gateway on this machine")
        return report
    port = target.port
    results = await asyncio.gather(*(_reachable(a, port, ws.lock.check_timeout)
                                     for a in sorted(addrs)))
    open_on = [a for a, ok in zip(sorted(addrs), results, strict=True) if ok]
    if open_on:
        report.messages.append(f"gateway port {port} is reachable on {', '.join(open_on)}: "
                               "agents can bypass the proxy (bind the gateway to 127.0.0.1 "
                               "or firewall the port)")
        return report
    report.ok = True
    if addrs:
        report.messages.append(f"gateway port {port} is not reachable on "
                               f"{', '.join(sorted(addrs))}")
    else:
        report.messages.append("this machine has no non-loopback address")
    return report
