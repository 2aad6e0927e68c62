"""The api listener: one aiohttp application with probes and metrics on the main app and
every HTTP API (the operator API today) as a sub-application at its prefix."""

from __future__ import annotations

import aiohttp
import pytest
from aiohttp import web

from secproxy.config import load_config
from secproxy.control.http import OPERATOR_KEY, PREFIX
from secproxy.engine import Engine
from secproxy.runtime import SERVICES, Runtime
from secproxy.surfaces.api import ENGINE_KEY, ApiService
from tests.helpers import running_proxy

pytestmark = pytest.mark.functional
KEY = "op-key-for-the-subapp"


def api_service(runtime: Runtime) -> ApiService:
    return next(s for s in runtime.services if isinstance(s, ApiService))


async def test_probes_on_the_main_app_operator_api_as_a_subapp(tmp_path):
    async with running_proxy(tmp_path, {"control": {"api_keys": [KEY]}}) as runtime:
        app = api_service(runtime).app
        assert app[ENGINE_KEY] is runtime.engine
        mounted = [r.get_info() for r in app.router.resources()
                   if isinstance(r, web.PrefixedSubAppResource)]
        operator = [m for m in mounted if m["prefix"] == PREFIX.rstrip("/")]
        assert len(operator) == 1
        subapp = operator[0]["app"]
        assert subapp[OPERATOR_KEY].api is runtime.control.api, "one command table"
        base = f"http://{runtime.addresses()['api']}"
        auth = {"Authorization": f"Bearer {KEY}"}
        async with aiohttp.ClientSession() as http:
            for path in ("/health", "/ready", "/metrics"):
                async with http.get(base + path) as resp:
                    assert resp.status == 200, path
            async with http.get(f"{base}{PREFIX}ping", headers=auth) as resp:
                assert resp.status == 200 and (await resp.json())["payload"]["pong"]
            # The main app's JSON error middleware covers the sub-application too.
            async with http.put(f"{base}{PREFIX}ping", headers=auth) as resp:
                assert resp.status == 405
                assert (await resp.json())["error"] == "Method Not Allowed"


async def test_without_keys_there_is_no_operator_subapp(tmp_path):
    async with running_proxy(tmp_path) as runtime:
        app = api_service(runtime).app
        assert not any(isinstance(r, web.PrefixedSubAppResource)
                       and r.get_info()["prefix"] == PREFIX.rstrip("/")
                       for r in app.router.resources())
        base = f"http://{runtime.addresses()['api']}"
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base}{PREFIX}status") as resp:
                assert resp.status == 404
                assert (await resp.json())["error"] == "Not Found"


async def test_another_api_mounts_as_one_more_subapp() -> None:
    """The hook the inspection API uses: a prefix and an application."""
    loaded = load_config(text="listeners: {api: {port: 0}}", env={})
    engine = Engine(loaded)
    inspect = web.Application()

    async def hello(request: web.Request) -> web.Response:
        return web.json_response({"engine": request.config_dict[ENGINE_KEY] is engine})

    inspect.router.add_get("/hello", hello)
    service = ApiService(engine, loaded.config, loaded.config.listeners.api,
                         subapps={"/inspect/": inspect})
    await service.start()
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://{service.address}/inspect/hello") as resp:
                assert await resp.json() == {"engine": True}, "main-app state reaches it"
            async with http.get(f"http://{service.address}/inspect/nothing") as resp:
                assert resp.status == 404 and "error" in await resp.json()
    finally:
        await service.stop()
        engine.shutdown()


def test_surfaces_are_registered_by_name() -> None:
    assert SERVICES == ("egress", "llm", "ws")
