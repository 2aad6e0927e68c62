"""The `api` listener: health and readiness probes, Prometheus metrics, and a place for
other HTTP APIs (inspection, operator) to mount their routes.

`GET /health` answers 200 while the process serves. `GET /ready` answers 200 only when
the config is loaded and the ledger is writable, else 503 with what is missing.
`GET /metrics` is the Prometheus text format.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from secproxy import __version__
from secproxy.config import Config
from secproxy.config.types import Listener
from secproxy.engine import Engine
from secproxy.errors import ListenError
from secproxy.surfaces.base import Service, bound_address

ReadyCheck = Callable[[], dict[str, bool]]
"""Named checks, each True when fine (e.g. `{"ledger": True, "config": True}`)."""
MetricsRender = Callable[[], tuple[bytes, str]]
RouteMount = Callable[[web.Application], None]

ENGINE_KEY = web.AppKey("engine", Engine)


class ApiService(Service):
    """aiohttp application on the `api` listener."""

    name = "api"

    def __init__(
        self,
        engine: Engine,
        config: Config,
        listener: Listener,
        *,
        ready: ReadyCheck | None = None,
        metrics: MetricsRender | None = None,
        mounts: list[RouteMount] | None = None,
    ):
        super().__init__(engine, config, listener)
        self._ready = ready or (lambda: {"config": True})
        self._metrics = metrics
        self._mounts = mounts or []
        self._runner: web.AppRunner | None = None
        self._address = listener.address
        self.app = self._build()

    def _build(self) -> web.Application:
        app = web.Application(client_max_size=4 * 1024 * 1024, middlewares=[_json_errors])
        app[ENGINE_KEY] = self.engine
        app.router.add_get("/health", self._health)
        app.router.add_get("/ready", self._ready_handler)
        app.router.add_get("/metrics", self._metrics_handler)
        for mount in self._mounts:
            mount(app)
        return app

    async def _health(self, request: web.Request) -> web.Response:
        return web.json_response(
            {
                "status": "ok",
                "version": __version__,
                "uptime": round(time.time() - self.engine.started, 3),
            }
        )

    async def _ready_handler(self, request: web.Request) -> web.Response:
        checks = self._ready()
        ok = all(checks.values())
        return web.json_response({"ready": ok, "checks": checks}, status=200 if ok else 503)

    async def _metrics_handler(self, request: web.Request) -> web.Response:
        if self._metrics is None:
            raise web.HTTPNotFound(text="metrics are not enabled")
        body, content_type = self._metrics()
        return web.Response(body=body, headers={"Content-Type": content_type})

    async def start(self) -> None:
        self._runner = web.AppRunner(self.app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.listener.host, self.listener.port, reuse_address=True)
        try:
            await site.start()
        except OSError as exc:
            await self._runner.cleanup()
            self._runner = None
            raise ListenError(
                f"api listener cannot bind {self.listener.address}: {exc.strerror or exc}",
                hint="pick another port with --listen api=HOST:PORT",
            ) from None
        sockets = site._server.sockets if site._server else []  # type: ignore[union-attr,attr-defined]
        if sockets:
            self._address = bound_address(sockets[0].getsockname())

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def address(self) -> str:
        return self._address


@web.middleware
async def _json_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """Every error answer is JSON with `error` and `detail`, never an HTML page."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.content_type == "application/json" or exc.status < 400:
            raise
        return web.json_response(
            {"error": exc.reason, "detail": exc.text},
            status=exc.status,
            headers={k: v for k, v in exc.headers.items() if k.lower() in ("allow", "retry-after")},
        )
