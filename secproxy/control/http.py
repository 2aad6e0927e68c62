"""The operator API over HTTP, for remote consoles: the same commands as the control
socket, on the `api` listener under `/operator/api/`, only when `control.api_keys` is
configured and only for requests that send `Authorization: Bearer <key>` (compared in
constant time).

`operator_app(control)` builds it as an aiohttp sub-application that the `api` listener
mounts at `PREFIX`; it serves the control server's own `OperatorApi` (one command table,
one set of stats) and its event hub, so socket and HTTP consoles see the same proxy.

    POST /operator/api/approvals/resolve   {"id": "…", "approve": true}   → reply envelope
    GET  /operator/api/approvals/list                                      → reply envelope
    GET  /operator/api/overview                 sessions, decisions, riskiest sessions
    GET  /operator/api/session/{id}/timeline    every call of a session (`session/timeline`)
    GET  /operator/api/tracking/{key}           one principal (`tracking/get`); also
         tracking/blocked and tracking/top-offenders?limit=N
    GET  /operator/api/rate-limit/{key}         one key's usage and what is left under
         every rate limit (`rate-limit/get`; `|` in a combined key as %7C)
    GET  /operator/api/events?backlog=1    → NDJSON stream: hello, backlog, backlog/end, live
    GET  /operator/api/ws                  → WebSocket speaking the control socket's protocol

Answers are the protocol's envelopes; errors carry an HTTP status matching their code.
The WebSocket is what a remote console (`secproxy tui --url`) attaches to: the server's
`hello`, then request envelopes in and replies out, `subscribe` and the event stream —
the same conversation as on the Unix socket (`server.Conversation`), each frame one or
more NDJSON lines. The key is checked at the upgrade and again before every message in
either direction, so a key taken out of the config by a reload ends its consoles.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import re
from typing import Any

import aiohttp
from aiohttp import web

from secproxy.content import load_json
from secproxy.control import protocol
from secproxy.control.commands import OperatorApi
from secproxy.control.hub import Feed
from secproxy.control.protocol import ProtocolError
from secproxy.control.server import ControlServer, Conversation
from secproxy.surfaces.base import abandon, unread

PREFIX = "/operator/api/"
_SESSION_TIMELINE = re.compile(r"session/(.+)/timeline")
"""Where the `api` listener mounts the operator sub-application."""
WS_KEY_REVOKED = 4401
"""WebSocket close code sent when the console's key is no longer accepted."""
STATUS = {
    "bad_json": 400,
    "bad_request": 400,
    "request_timeout": 408,
    "unsupported_version": 400,
    "unauthorized": 401,
    "unknown_command": 404,
    "not_found": 404,
    # The request was fine but the proxy's state stood in the way (an approval already
    # resolved, a reload during a rules edit, a config file that cannot take the rules):
    # nothing changed, and the same request can succeed once that state is sorted out.
    "conflict": 409,
    "save_failed": 409,
    # The sent rules themselves are wrong: only a different request can succeed.
    "invalid_config": 422,
    "internal": 500,
    "unavailable": 503,
}
"""HTTP status for each error code; every code the commands raise has one."""


def key_matches(header: str | None, keys: list[str]) -> bool:
    """True when `header` is `Bearer <one of keys>`; every key is compared in constant
    time and all of them are tried, so timing says nothing about which was close."""
    if not header or not keys:
        return False
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    given = token.strip().encode()
    found = False
    for key in keys:
        found |= hmac.compare_digest(given, key.encode())
    return found


def _error(exc: ProtocolError, headers: dict[str, str] | None = None) -> web.Response:
    return web.json_response(
        protocol.error(None, exc), status=STATUS.get(exc.code, 400), headers=headers
    )


class OperatorHttp:
    """Route handlers bound to one control server (its commands and its event hub)."""

    def __init__(self, control: ControlServer):
        self.control = control
        self.feeds: set[Feed] = set()
        self.sockets: set[web.WebSocketResponse] = set()

    @property
    def api(self) -> OperatorApi:
        return self.control.api

    def _authorized(self, request: web.Request) -> bool:
        return self._accepts(request.headers.get("Authorization"))

    def _accepts(self, header: str | None) -> bool:
        # Read per request: a reload that changes the keys applies at once.
        config = self.api.deps.engine.config
        keys = [k.get_secret_value() for k in config.control.api_keys]
        return key_matches(header, keys)

    def _denied(self) -> web.Response:
        return _error(
            ProtocolError(
                "unauthorized",
                "a valid operator API key is required",
                hint="send Authorization: Bearer <one of control.api_keys>",
            ),
            headers={"WWW-Authenticate": 'Bearer realm="secproxy operator"'},
        )

    async def command(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._denied()
        type_ = request.match_info["command"].strip("/")
        payload: dict[str, Any]
        if request.method == "POST" and request.can_read_body:
            try:
                raw = await request.read()
            except web.RequestPayloadError as exc:
                abandon(request)
                return _error(ProtocolError(*unread(exc)))
            try:
                payload = load_json(raw) if raw.strip() else {}
            except ValueError as exc:
                return _error(ProtocolError("bad_json", f"the body is not JSON: {exc}"))
            if not isinstance(payload, dict):
                return _error(ProtocolError("bad_request", "the body must be a JSON object"))
            if "payload" in payload and "type" in payload:
                payload = payload["payload"] or {}  # a whole envelope was sent
                if not isinstance(payload, dict):
                    return _error(ProtocolError("bad_request",
                                                "`payload` must be a JSON object"))
        else:
            payload = dict(request.query)
        timeline = _SESSION_TIMELINE.fullmatch(type_)
        if timeline is not None:  # GET session/{id}/timeline: the command with its id
            type_, payload = "session/timeline", {**payload, "id": timeline.group(1)}
        elif type_.startswith("tracking/") and type_ not in self.api.commands:
            # GET tracking/{key}: one principal (`tracking/get`).
            type_, payload = "tracking/get", {**payload, "key": type_[len("tracking/"):]}
        elif type_.startswith("rate-limit/") and type_ not in self.api.commands:
            # GET rate-limit/{key}: one key's usage under every limit (`rate-limit/get`).
            type_, payload = "rate-limit/get", {**payload, "key": type_[len("rate-limit/"):]}
        if type_ == "subscribe":
            return _error(
                ProtocolError("bad_request", f"subscribe over HTTP with GET {PREFIX}events")
            )
        try:
            result = await self.api.call(type_, payload)
        except ProtocolError as exc:
            return _error(exc)
        return web.json_response(protocol.reply(None, result), dumps=_dumps)

    async def events(self, request: web.Request) -> web.StreamResponse:
        if not self._authorized(request):
            return self._denied()
        control = self.control
        response = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
        await response.prepare(request)
        backlog = request.query.get("backlog", "1") not in ("0", "false", "no")
        feed, lines = control.hub.attach(backlog=backlog)
        self.feeds.add(feed)
        try:
            await response.write(protocol.encode(control.hello()) + b"".join(lines))
            end = protocol.envelope("backlog/end", {"count": len(lines)})
            await response.write(protocol.encode(end))
            while True:
                batch = await feed.next_batch()
                if not batch:
                    break
                await response.write(b"".join(batch))
        except (ConnectionError, RuntimeError):
            pass  # the console went away
        finally:
            self.feeds.discard(feed)
            control.hub.detach(feed)
        return response

    async def websocket(self, request: web.Request) -> web.StreamResponse:
        if not self._authorized(request):
            return self._denied()
        header = request.headers.get("Authorization")
        ws = web.WebSocketResponse(heartbeat=30.0, max_msg_size=protocol.MAX_LINE)
        await ws.prepare(request)
        self.sockets.add(ws)

        async def send(data: bytes) -> None:
            if ws.closed:
                raise ConnectionResetError("the console went away")
            if not self._accepts(header):
                await ws.close(code=WS_KEY_REVOKED, message=b"the operator key was revoked")
                raise ConnectionResetError("the operator key was revoked")
            await ws.send_str(data.decode())

        conversation = Conversation(self.control, send)
        try:
            await send(protocol.encode(self.control.hello()))
            async for msg in ws:
                if msg.type not in (aiohttp.WSMsgType.TEXT, aiohttp.WSMsgType.BINARY):
                    break
                data = msg.data if isinstance(msg.data, bytes) else msg.data.encode()
                if not self._accepts(header):
                    await ws.close(code=WS_KEY_REVOKED, message=b"the operator key was revoked")
                    break
                for line in data.splitlines():
                    await conversation.handle(line)
        except (ConnectionError, RuntimeError):
            pass  # the console went away
        finally:
            await conversation.close()
            self.sockets.discard(ws)
            with contextlib.suppress(ConnectionError, RuntimeError):
                await ws.close()
        return ws

    async def on_shutdown(self, app: web.Application) -> None:
        for feed in list(self.feeds):
            feed.close()
        for ws in list(self.sockets):
            with contextlib.suppress(ConnectionError, RuntimeError):
                await ws.close(code=aiohttp.WSCloseCode.GOING_AWAY, message=b"secproxy stops")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, default=str)


OPERATOR_KEY = web.AppKey("operator", OperatorHttp)
"""The operator sub-application's handlers (and through them its control server)."""


def operator_app(control: ControlServer) -> web.Application:
    """The operator API as a sub-application, to mount at `PREFIX`: `GET events`, the
    `GET ws` WebSocket, and every command by name (`GET` with query arguments or `POST`
    with a JSON body)."""
    handlers = OperatorHttp(control)
    app = web.Application()
    app[OPERATOR_KEY] = handlers
    app.router.add_get("/events", handlers.events)
    app.router.add_get("/ws", handlers.websocket)
    app.router.add_route("GET", "/{command:.+}", handlers.command)
    app.router.add_route("POST", "/{command:.+}", handlers.command)
    app.on_shutdown.append(handlers.on_shutdown)  # long-lived event streams end first
    return app
