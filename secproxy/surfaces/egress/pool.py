"""Upstream connections (`upstream.Upstream` protocols): opened to an already checked
address, kept idle per (host, port) for reuse, swept when idle too long.

A pooled connection remembers the address it was opened to, so a reused connection is
SSRF-checked against the address it really talks to, without a new lookup. An idle
connection the upstream sends anything on closes itself (`Upstream.outstanding`).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable
from typing import TypeVar

from secproxy.net.addresses import IPAddress
from secproxy.surfaces.egress.upstream import PoolKey, Upstream

__all__ = ["PoolKey", "Upstream", "UpstreamPool"]

T = TypeVar("T")

_TEXT: dict[IPAddress, str] = {}
_TEXT_SIZE = 1024
"""Addresses connected to lately, as text (`str()` of an address rebuilds it each time)."""


def _text(address: IPAddress) -> str:
    text = _TEXT.get(address)
    if text is None:
        if len(_TEXT) >= _TEXT_SIZE:
            _TEXT.clear()
        text = _TEXT[address] = str(address)
    return text


class UpstreamPool:
    """Idle upstream connections keyed by (host, port)."""

    def __init__(self) -> None:
        self._idle: dict[PoolKey, list[Upstream]] = {}
        self.connects = 0
        """Upstream connections opened so far (attempts, successful or not)."""
        self.reuses = 0
        """Requests served on a pooled connection."""

    @property
    def idle(self) -> int:
        """Idle connections kept that are still open."""
        return sum(up.alive for idle in self._idle.values() for up in idle)

    def take(self, key: PoolKey) -> Upstream | None:
        """The most recently used idle connection for `key` that is still open."""
        idle = self._idle.get(key)
        while idle:
            up = idle.pop()
            if up.alive and not up.queue and up.error is None:
                up.reused = True
                self.reuses += 1
                return up
            up.close()
        return None

    def give(self, up: Upstream, max_idle: int) -> None:
        """Keep `up` for the next request to its (host, port), or close it."""
        if (not (up.reusable and up.complete and not up.queue and up.alive)
                or up.upgraded is not None or max_idle <= 0):
            up.close()
            return
        idle = self._idle.setdefault(up.key, [])
        if len(idle) >= max_idle:
            up.close()
            return
        up.current = None
        up.head_only = False
        up.idle_since = time.monotonic()
        idle.append(up)

    async def connect(self, key: PoolKey, addresses: list[IPAddress], wait: float, *,
                      raw: bool = False, loop: asyncio.AbstractEventLoop | None = None
                      ) -> Upstream:
        """Open a connection to the first of `addresses` that answers (`raw`: see
        `Upstream`; `loop`: the running loop, when the caller has it)."""
        # What the last attempt failed with, as a type and words: an exception kept in
        # this frame and raised from it would hold the frame through its traceback, a
        # cycle left to the garbage collector on every failed connect.
        failed: tuple[type[OSError], str] = (OSError, "no address to connect to")
        loop = loop or asyncio.get_running_loop()
        for address in addresses:
            self.connects += 1
            try:
                _, up = await _within(wait, loop, loop.create_connection(
                    lambda a=address: Upstream(key, a, raw=raw, loop=loop),  # type: ignore[misc]
                    _text(address), key[1],
                ))
            except TimeoutError:
                failed = (TimeoutError, f"connect to {address} port {key[1]} timed out after "
                                        f"{wait:g}s")
                continue
            except OSError as exc:
                cause = os.strerror(exc.errno) if exc.errno else str(exc)
                failed = (OSError, f"connect to {address} port {key[1]} failed: {cause}")
                continue
            return up
        kind, why = failed
        raise kind(why)

    def sweep(self, max_age: float) -> int:
        """Close idle connections older than `max_age` or closed by the upstream."""
        edge = time.monotonic() - max_age
        closed = 0
        for key in list(self._idle):
            keep = []
            for up in self._idle[key]:
                if up.idle_since > edge and up.alive:
                    keep.append(up)
                else:
                    up.close()
                    closed += 1
            if keep:
                self._idle[key] = keep
            else:
                del self._idle[key]
        return closed

    def close_all(self) -> None:
        for idle in self._idle.values():
            for up in idle:
                up.close()
        self._idle.clear()


async def _within(wait: float, loop: asyncio.AbstractEventLoop,
                  aw: Awaitable[T]) -> T:
    """`aw` within `wait` seconds, else TimeoutError: `asyncio.timeout` without its
    three get_running_loop() calls (each a getpid() on 3.11), for every connect."""
    task = asyncio.current_task(loop)
    assert task is not None
    base = task.cancelling()  # cancels already requested (and caught) before this wait
    expired = False

    def expire() -> None:
        nonlocal expired
        expired = True
        task.cancel()

    timer = loop.call_later(wait, expire)
    try:
        return await aw
    except asyncio.CancelledError:
        if expired and task.uncancel() <= base:
            raise TimeoutError from None
        raise
    finally:
        timer.cancel()
