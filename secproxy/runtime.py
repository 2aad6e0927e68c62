"""The running proxy: one engine, its ledger and state store, metrics, the control
socket, and every enabled surface listener, started and stopped in order.

Shutdown order is what keeps the ledger whole: pending approvals are denied first (so
held requests finish), listeners stop (in-flight requests write their records), then the
ledger drains its queue and closes.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import web

from secproxy.aio import cancel_and_wait, spawn
from secproxy.audit.ledger import Ledger
from secproxy.audit.signing import HeadSigner
from secproxy.audit.target import LedgerTarget
from secproxy.config import Config, LoadedConfig
from secproxy.config.egress import egress_guard_specs
from secproxy.config.guards import configured_guards
from secproxy.config.inspect import inspect_guard_specs
from secproxy.config.llm import llm_guards
from secproxy.config.mcp import mcp_guard_specs
from secproxy.control.deps import OperatorDeps
from secproxy.control.http import PREFIX as OPERATOR_PREFIX
from secproxy.control.http import operator_app
from secproxy.control.server import ControlServer
from secproxy.engine import Engine
from secproxy.errors import ConfigError, SecproxyError
from secproxy.files import MASK_KEY, load_or_create_key
from secproxy.guards import Guard
from secproxy.ops.alerts import AlertDispatcher
from secproxy.ops.logging import log_decision
from secproxy.ops.metrics import CONTENT_TYPE_LATEST, Metrics
from secproxy.ops.sinks import AuditSinks
from secproxy.runtime_guards import deferred
from secproxy.session_store import SessionStore
from secproxy.store import StateStore
from secproxy.surfaces.api import ApiService, SubApps
from secproxy.surfaces.base import Service
from secproxy.surfaces.egress import EgressService
from secproxy.surfaces.inspect import inspect_apps
from secproxy.surfaces.mcp.handover import StdioHandover, handover_path
from secproxy.surfaces.mcp.http import McpService
from secproxy.surfaces.mcp.hub import McpHub

log = logging.getLogger("secproxy")
YOUNG_COLLECTION = 10_000
"""Container objects allocated (less those freed) between two collections of the young
generation; Python's default is 700. Requests in flight hold a few hundred young objects
each, so at 32 connections the count passed 700 every ~40 requests and every collection
walked all of them (and moved them to older generations, walked again there): ~8 us of
CPU per small GET, 6 % of `serve`'s. Almost all of them die by reference counting long
before 10,000 more are allocated: a collection every few seconds at that load instead
(measured with gc.callbacks: 8 -> 0.1 us per request). Cyclic garbage is freed by the
next collection, at most 10,000 allocations away."""

SERVICES = ("egress", "llm", "ws")
"""The surface listeners by name (the name of their `listeners` entry), started in this
order when enabled; the `api` listener comes last, built with the runtime's own hooks.
The LLM gateway's and the WebSocket relay's modules (with websockets: ~50 modules, ~2 MiB
of a serve's memory) are imported when the config turns their listener on, before it
starts (`_build_services`)."""


def _enabled(config: Config, name: str) -> bool:
    if name == "ws":
        return config.ws_enabled
    if name == "llm":
        return config.llm_enabled
    listener = getattr(config.listeners, name)
    return bool(listener.enabled)


class Runtime:
    """Everything `secproxy serve` runs, as one object with start/stop."""

    def __init__(self, loaded: LoadedConfig, *, clock: Callable[[], float] = time.time):
        self.loaded = loaded
        config = loaded.config
        self.metrics = Metrics()
        self.shared = shared_state(config, self.metrics.registry)
        """State shared with other instances (`state.backend: redis`); None: memory."""
        self.engine = Engine(loaded, clock=clock, guard_factory=_guards, shared=self.shared)
        self.engine.bus.add_listener(self.metrics.observe)
        self.engine.bus.add_listener(log_decision)
        self.ledger_target = LedgerTarget.of(config)
        """The ledger the config names: the SQLite file, or a PostgreSQL database."""
        self.ledger = Ledger(
            self.ledger_target.store(strict=config.audit.durability == "strict",
                                     thread=config.audit.writer == "thread"),
            self.engine.bus,
            queue_size=config.audit.queue_size,
            batch_size=config.audit.batch_size,
            batch_max=config.audit.batch_max,
            redact_extra=list(config.audit.redact_headers),
            durability=config.audit.durability,
        )
        self.ledger.on_write = self.metrics.ledger_wrote
        self.store = StateStore(config.state_db_path, self.engine.tracker, self.engine.bus,
                                kill_switch=self.engine.kill_switch)
        self.sessions = SessionStore(config.state_db_path, self.engine.sessions)
        """Sessions' risk, taint, chain steps and timelines (`secproxy session timeline`)."""
        self.mcp = McpHub(self.engine, config.state_db_path)
        """MCP tool pins and conversations (the mcp listener's, and `mcp wrap`'s)."""
        self.alerts = AlertDispatcher(
            config.alerts, self.engine.bus, registry=self.metrics.registry
        )
        self.sinks = AuditSinks(config.audit.sinks, self.ledger_target,
                                registry=self.metrics.registry)
        """Live copies of the ledger (`audit.sinks`), following its committed rows."""
        self.services: list[Service] = []
        self.control: ControlServer | None = None
        self.handover: StdioHandover | None = None
        """Where `secproxy mcp wrap` hands its conversations over (next to the control
        socket)."""
        self._tasks: list[asyncio.Task[Any]] = []
        self._started = False

    @property
    def config(self) -> Config:
        return self.engine.config

    def ready_checks(self) -> dict[str, bool]:
        checks = {
            "config": self.engine.config is not None,
            "ledger": self.ledger.healthy,
            "state": self.store.healthy,
        }
        if self.shared is not None:
            # Closed on failure, an instance that cannot reach shared state refuses
            # everything: a load balancer should send its traffic elsewhere.
            checks["shared_state"] = self.shared.up or self.shared.on_failure == "local"
        return checks

    def render_metrics(self) -> tuple[bytes, str]:
        body = self.metrics.render(
            pending=len(self.engine.approvals.pending()),
            ledger_queue=self.ledger.queued,
            ledger_healthy=self.ledger.healthy,
            ledger_spooled=self.ledger.spooled,
            connections={s.name: s.open_connections for s in self.services},
            tunnels=sum(s.open_tunnels for s in self.services),
            refused={s.name: s.refused_connections for s in self.services},
        )
        return body, CONTENT_TYPE_LATEST

    def _build_services(self) -> list[Service]:
        config = self.config
        services: list[Service] = []
        for name in SERVICES:
            if not _enabled(config, name):
                continue
            if name == "ws":
                from secproxy.surfaces.ws import WsService

                # An MCP server behind the relay is decided by the MCP surface's hub.
                services.append(WsService(self.engine, config, config.listeners.ws,
                                          mcp=self.mcp))
            elif name == "llm":
                from secproxy.surfaces.llm import LlmService

                services.append(LlmService(self.engine, config, config.listeners.llm))
            else:
                services.append(EgressService(self.engine, config, config.listeners.egress))
        if config.mcp_enabled:
            services.append(McpService(self.engine, config, config.listeners.mcp, hub=self.mcp))
        if config.listeners.api.enabled:
            services.append(
                ApiService(
                    self.engine,
                    config,
                    config.listeners.api,
                    ready=self.ready_checks,
                    metrics=self.render_metrics,
                    subapps=self._api_mounts(),
                )
            )
        return services

    def _api_mounts(self) -> SubApps:
        """The api listener's sub-applications by prefix: the operator API when keys
        are configured, the inspection API (`/inspect/`, `/approval/`, `/execute`) unless
        `inspect.enabled` is off."""
        mounts: dict[str, web.Application] = {}
        if self.config.control.api_keys and self.control is not None:
            mounts[OPERATOR_PREFIX] = operator_app(self.control)
        if self.config.inspect.enabled:
            mounts.update(inspect_apps(self.engine, self.config.resolved_state_dir,
                                       self.config.state_db_path))
        return mounts

    async def start(self) -> None:
        """Open the ledger and state, then start every enabled listener."""
        state_dir = self.config.resolved_state_dir
        try:
            state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise SecproxyError(
                f"cannot create the state directory {state_dir}: {exc}",
                hint="set state_dir in the config or SECPROXY_STATE_DIR",
            ) from None
        self.ledger.signer = await asyncio.to_thread(HeadSigner.load_or_create, state_dir)
        try:
            key = await asyncio.to_thread(load_or_create_key, state_dir / MASK_KEY)
        except OSError as exc:
            raise SecproxyError(
                f"cannot load or create the mask key: {exc}",
                hint="check the state directory's permissions; move a damaged key file aside",
            ) from None
        self.engine.masker.rekey(key)
        await self.ledger.open()
        loaded = await self.store.open()
        if loaded:
            log.info("loaded %d principals from %s", loaded, self.store.path)
        await self.sessions.open()
        await asyncio.to_thread(self.mcp.open)
        if self.shared is not None:
            await self.shared.start(self.engine, self.addresses)
        self._tasks = [
            spawn(self.ledger.run(), name="ledger-writer"),
            spawn(self.store.run(), name="state-store"),
            spawn(self.sessions.run(), name="session-store"),
        ]
        self._started = True
        try:
            await self.alerts.start()
            await self.sinks.start()
            await self._start_control()
            for service in self._build_services():
                await service.start()
                self.services.append(service)
        except BaseException:
            await self.stop()
            raise
        # What startup built (compiled guards, rules, modules: ~90k objects) lives as long
        # as the process; out of the collector's reach, a full collection no longer walks
        # it (~50 ms -> under 0.1 ms CPU), a pause every request would otherwise wait behind.
        gc.freeze()
        gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])

    async def _start_control(self) -> None:
        self.control = ControlServer(self)
        await self.control.start()
        handover = StdioHandover(self.mcp, handover_path(self.control.path),
                                 self.config.mcp.max_message_bytes)
        if await handover.start():
            self.handover = handover

    def addresses(self) -> dict[str, str]:
        out = {s.name: s.address for s in self.services}
        if self.control is not None:
            out["control"] = str(self.control.path)
        return out

    async def stop(self) -> None:
        """Deny pending approvals, stop listeners, drain the ledger, save state; all of
        it within `shutdown_timeout` (the ledger gets what the listeners left)."""
        if not self._started:
            return
        self._started = False
        gc.unfreeze()  # what this runtime held may be garbage now (several in one process)
        deadline = time.monotonic() + self.config.shutdown_timeout
        self.engine.shutdown()
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time()
                                          + self.config.shutdown_timeout * 0.6):
                await self._stop_listeners()
        except TimeoutError:
            log.error("listeners did not stop within the shutdown timeout; closing anyway")
        await self.mcp.close_all()  # MCP calls still without a result: recorded as such
        await self.alerts.stop()
        if self.shared is not None:  # after the listeners: the approvals denied reach it
            await self.shared.stop()
        await cancel_and_wait(*self._tasks)
        await self.ledger.close(give_up_after=max(deadline - time.monotonic(), 0.5))
        # After the ledger: the records its last batch committed still reach the sinks.
        await self.sinks.stop(flush_for=min(max(deadline - time.monotonic(), 0.5), 3.0))
        await self.store.close()
        await self.sessions.close()
        lost = f", {self.ledger.lost} could not be written" if self.ledger.lost else ""
        log.info("stopped; %d ledger records written%s", self.ledger.written, lost)

    async def _stop_listeners(self) -> None:
        for service in reversed(self.services):
            try:
                await service.stop()
            except Exception:
                log.exception("stopping %s failed", service.name)
        self.services.clear()
        if self.handover is not None:  # its conversations go back to their wraps
            await self.handover.stop()
            self.handover = None
        if self.control is not None:
            await self.control.stop()
            self.control = None

    def reload(self, path: str | Path | None = None) -> LoadedConfig:
        """Reload the config file (SIGHUP); the old config stays when the new one is bad."""
        return self.engine.reload_from(path)

    async def run_until_signalled(
        self, on_started: Callable[[Runtime], None] | None = None
    ) -> None:
        """Start, serve until SIGINT/SIGTERM, reload on SIGHUP, stop cleanly."""
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        loop.add_signal_handler(signal.SIGHUP, self._on_sighup)
        try:
            await self.start()
            if on_started is not None:
                on_started(self)
            await stop.wait()
            log.info("shutting down")
        finally:
            for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                loop.remove_signal_handler(sig)
            await self.stop()

    def _on_sighup(self) -> None:
        if self.engine.loaded.source is None:
            log.warning("SIGHUP: no config file to reload (started on defaults)")
            return
        try:
            loaded = self.reload()
        except ConfigError as exc:
            log.error("SIGHUP: %s", exc)
            return
        for warning in loaded.warnings:
            log.warning("config: %s", warning)


def shared_state(config: Config, registry: CollectorRegistry) -> RedisState | None:
    """The shared state backend `state.backend` asks for (None: memory). redis-py is
    imported only then."""
    if config.state.backend != "redis":
        return None
    from secproxy.state.redis_backend import RedisState

    return RedisState(config.state, registry=registry)


def _guards(config: Config) -> list[Guard]:
    """Guards the config asks for: each guard family's factory adds its own."""
    return [guard for factory in GUARD_FACTORIES for guard in factory(config)]


GUARD_FACTORIES: list[Callable[[Config], Sequence[Guard]]] = [
    configured_guards, deferred(egress_guard_specs), deferred(mcp_guard_specs),
    deferred(inspect_guard_specs), llm_guards]
"""Each `factory(config) -> guards`: the `guards:` section (with `ws.redact_patterns`)
built through the family registry (`secproxy.guards.registry`), then the egress proxy's
default secrets guard (`egress.guards`), then the MCP surface's
own injection and secrets guards (`mcp.guards`), then the inspection API's default
detectors (`inspect.guards`), then the LLM gateway's (`llm.guards`). The egress, MCP and
inspection defaults are built on their first use (`runtime_guards`): a proxy that never
sees an MCP call nor an inspection request does not hold their ~21 MiB of tables; what
the config asks for itself, and the LLM gateway's guards (only there when it is on), are
built with the config, where a bad setting stops a start or a reload."""
engine_guards = _guards
"""The guard factory of a proxy's engine (also `secproxy mcp wrap --standalone`'s)."""


if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

    from secproxy.state.redis_backend import RedisState

    _OPERATOR_DEPS: type[OperatorDeps] = Runtime
    """The operator API sees the runtime only through `OperatorDeps` (checked by mypy)."""
