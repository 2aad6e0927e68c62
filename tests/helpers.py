"""Test helpers: a real running proxy (`running_proxy`) and polling with a deadline."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import yaml
from aiohttp import web

from secproxy.config import load_config
from secproxy.runtime import Runtime

LOOPBACK_ANY_PORT = {"host": "127.0.0.1", "port": 0}


class Clock:
    """A wall clock the test moves by hand (`clock.now += 60`), starting at the real time."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@asynccontextmanager
async def serving(app: web.Application) -> AsyncIterator[int]:
    """Serve `app` on a free loopback port (yielded) until the block ends."""
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    server = site._server
    assert server is not None
    try:
        yield server.sockets[0].getsockname()[1]  # type: ignore[attr-defined,union-attr]
    finally:
        await runner.cleanup()


def proxy_config(state_dir: Path, extra: dict[str, Any] | str | None = None) -> str:
    """YAML for a proxy whose listeners all take free ports and whose state is in `state_dir`."""
    data: dict[str, Any] = yaml.safe_load(extra) if isinstance(extra, str) else dict(extra or {})
    data.setdefault("state_dir", str(state_dir))
    listeners = data.setdefault("listeners", {})
    for name in ("egress", "llm", "ws", "api"):
        entry = listeners.setdefault(name, {})
        entry.setdefault("host", "127.0.0.1")
        entry.setdefault("port", 0)
    return yaml.safe_dump(data, sort_keys=False)


@asynccontextmanager
async def running_proxy(
    state_dir: Path,
    extra: dict[str, Any] | str | None = None,
    *,
    clock: Callable[[], float] = time.time,
    config_path: Path | None = None,
) -> AsyncIterator[Runtime]:
    """Start a real Runtime (ledger, state, control socket, enabled listeners) and stop it."""
    text = proxy_config(state_dir, extra)
    if config_path is not None:
        config_path.write_text(text)
        loaded = load_config(config_path, env={})
    else:
        loaded = load_config(text=text, env={})
    runtime = Runtime(loaded, clock=clock)
    await runtime.start()
    try:
        yield runtime
    finally:
        await runtime.stop()


async def eventually(
    check: Callable[[], Any],
    *,
    timeout: float = 5.0,
    interval: float = 0.01,
    message: str = "condition",
) -> Any:
    """Poll `check` until it returns something truthy, or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{message} not reached within {timeout}s")
        await asyncio.sleep(interval)
