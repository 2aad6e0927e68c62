"""The `api` listener: one aiohttp application with health and readiness probes and
Prometheus metrics on the main app, and every other HTTP API as a sub-application mounted
at its own prefix (the operator API at `/operator/api/`; the inspection API joins the
same way). The main app's JSON error middleware covers the sub-applications too, and
their startup, shutdown and cleanup signals run with the main app's.

`GET /health` answers 200 while the process serves. `GET /ready` answers 200 only when
the config is loaded and the ledger is writable, else 503 with what is missing.
`GET /metrics` is the Prometheus text format.

The sub-applications' hot routes (`surfaces.base.HOT_ROUTES`: `POST /inspect/tool-call`
and its kind) are served by the listener's front (`surfaces/hot.py`) without aiohttp,
their answers the same; every other request, and every connection the front hands over,
is aiohttp's.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any

from aiohttp import web

from secproxy import __version__
from secproxy.config import Config
from secproxy.config.types import HttpListener
from secproxy.engine import Engine
from secproxy.errors import ListenError
from secproxy.model import Surface
from secproxy.surfaces.base import (
    HOT_ROUTES,
    HotRoute,
    Service,
    abandon,
    body_deadline,
    bound_address,
    unread,
)
from secproxy.surfaces.hot import FrontGate, HotFront, stop_fronts
from secproxy.surfaces.refusal import status_of

ReadyCheck = Callable[[], dict[str, bool]]
"""Named checks, each True when fine (e.g. `{"ledger": True, "config": True}`)."""
MetricsRender = Callable[[], tuple[bytes, str]]
"""The metrics body and its content type."""
SubApps = Mapping[str, web.Application]
"""Sub-applications by the prefix they are mounted at (`/operator/api/`). The runtime
builds this registry (`Runtime._api_mounts`): a new HTTP API is one more entry there."""

ENGINE_KEY = web.AppKey("engine", Engine)
"""The engine, for handlers of the main app and of every sub-application."""
READY_KEY: web.AppKey[ReadyCheck] = web.AppKey("ready")
"""The readiness checks `/ready` runs."""
METRICS_KEY: web.AppKey[MetricsRender] = web.AppKey("metrics")
"""The metrics renderer `/metrics` serves (absent: 404)."""
_SHUTDOWN_TIMEOUT = 60.0
"""Seconds the answers in hand get to be written at shutdown (aiohttp's own default)."""


class ApiService(Service):
    """aiohttp application on the `api` listener."""

    name = "api"

    def __init__(
        self,
        engine: Engine,
        config: Config,
        listener: HttpListener,
        *,
        ready: ReadyCheck | None = None,
        metrics: MetricsRender | None = None,
        subapps: SubApps | None = None,
    ):
        super().__init__(engine, config, listener)
        self._ready: ReadyCheck = ready or (lambda: {"config": True})
        self._metrics = metrics
        self._subapps = dict(subapps or {})
        self._runner: web.AppRunner | None = None
        self._front: asyncio.Server | None = None
        self._gate = FrontGate(self.name, listener, engine, Surface.INSPECT)
        """Its connections (the front's and aiohttp's), bounded."""
        self._address = listener.address
        self.app = self._build()

    def _build(self) -> web.Application:
        app = web.Application(client_max_size=4 * 1024 * 1024, middlewares=[
            _json_errors, body_deadline(self._gate.body_timeout)])
        app[ENGINE_KEY] = self.engine
        app[READY_KEY] = self._ready
        if self._metrics is not None:
            app[METRICS_KEY] = self._metrics
        app.router.add_get("/health", _health)
        app.router.add_get("/ready", _ready)
        app.router.add_get("/metrics", _metrics)
        for prefix, subapp in self._subapps.items():
            app.add_subapp(prefix, subapp)
        return app

    def hot_routes(self) -> dict[bytes, HotRoute]:
        """The sub-applications' hot routes by their full path."""
        return {(prefix.rstrip("/") + path).encode(): route
                for prefix, subapp in self._subapps.items()
                for path, route in subapp.get(HOT_ROUTES, {}).items()}

    @property
    def open_connections(self) -> int:
        return self._gate.open

    @property
    def refused_connections(self) -> Mapping[str, int]:
        return self._gate.refused

    async def start(self) -> None:
        gate = self._gate
        self._runner = runner = web.AppRunner(self.app, access_log=None, handle_signals=False,
                                              keepalive_timeout=gate.idle_timeout)
        await runner.setup()
        server = runner.server
        assert server is not None  # set up above
        gate.handed = lambda: server.connections
        routes = self.hot_routes()
        try:
            # As web.TCPSite listens, with the front before aiohttp's protocol.
            self._front = await asyncio.get_running_loop().create_server(
                lambda: HotFront(routes, server, gate), self.listener.host,
                self.listener.port, backlog=128, reuse_address=True)
        except OSError as exc:
            await runner.cleanup()
            self._runner = None
            raise ListenError(
                f"api listener cannot bind {self.listener.address}: {exc.strerror or exc}",
                hint="pick another port with --listen api=HOST:PORT",
            ) from None
        sockets = self._front.sockets
        if sockets:
            self._address = bound_address(sockets[0].getsockname())

    async def stop(self) -> None:
        if self._front is not None:
            self._front.close()
            self._front = None
            await stop_fronts(self._gate, _SHUTDOWN_TIMEOUT)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def address(self) -> str:
        return self._address


async def _health(request: web.Request) -> web.Response:
    engine = request.app[ENGINE_KEY]
    return web.json_response(
        {"status": "ok", "version": __version__, "uptime": round(time.time() - engine.started, 3)}
    )


async def _ready(request: web.Request) -> web.Response:
    checks = request.app[READY_KEY]()
    ok = all(checks.values())
    return web.json_response({"ready": ok, "checks": checks}, status=200 if ok else 503)


async def _metrics(request: web.Request) -> web.Response:
    render = request.app.get(METRICS_KEY)
    if render is None:
        raise web.HTTPNotFound(text="metrics are not enabled")
    body, content_type = render()
    return web.Response(body=body, headers={"Content-Type": content_type})


@web.middleware
async def _json_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """Every error answer is JSON with `error` and `detail`, never an HTML page."""
    try:
        return await handler(request)
    except web.RequestPayloadError as exc:
        abandon(request)
        category, detail = unread(exc)
        status = status_of(category)
        return web.json_response({"error": HTTPStatus(status).phrase, "detail": detail},
                                 status=status)
    except web.HTTPException as exc:
        if exc.content_type == "application/json" or exc.status < 400:
            raise
        return web.json_response(
            {"error": exc.reason, "detail": exc.text},
            status=exc.status,
            headers={k: v for k, v in exc.headers.items() if k.lower() in ("allow", "retry-after")},
        )
