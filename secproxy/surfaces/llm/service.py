"""The `llm` listener: an OpenAI- and Anthropic-compatible reverse proxy.

One request: the route names the upstream (`routes.choose`, worked out once per config
and kind of request: `routes.RouteTable`), the body is read (at most
`llm.max_body_bytes`) and cut into slots (`formats.parse_request`), and the request is
an `Action` of surface `llm` decided by the engine (`announcing.LateTracking`: its
record carries the answer's status and sizes; its decision is announced once the request
is written upstream). Refused: the agent gets the upstream's own error shape
(`refusal.Refusal.provider_body`). Sanitized: the masked slots are written back into the
JSON. Its tokens are estimated and counted against the token and spending limits first
(`budget.Budget`: 429 with `Retry-After` when over one), then corrected by what the
answer reports (`tokens.UsageMeter`; on the request's record). Then the request goes
upstream (`upstream.UpstreamPool.send`: retries, the real key), and the answer comes back
guarded: a streamed one event by event (`relay.relay_stream`: its text through
`streaming.StreamGuard`, its tool calls through `calls.CallHold`, one ledger record for
the whole stream), any other read whole and decided (`answers.decide_answer`). An
answer in a content encoding the gateway cannot read is refused (502): nothing is passed
on unscanned. An upstream's own errors are relayed with their status, guarded as answers.

A POST to one of the APIs' own paths with a Content-Length body is read off the socket
by the listener's front (`front.LlmFront`, no aiohttp request or response objects:
~110,000 instructions a request less, 7 % of the gateway's own) and answered with the
bytes aiohttp writes;
any other request is aiohttp's (`Incoming`, `Reply`: one handler for both).

Who asks: the principal a proxy key names (`llm.proxy_keys`), else the agent the
`llm.agent_header` names, else the client address. The agent's key itself is never put
on an action, so it reaches neither the ledger nor the logs.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable, Mapping
from functools import partial
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy

from secproxy.config import Config
from secproxy.config.types import HttpListener
from secproxy.content import Role, Slot, TooDeep, joined, write_back
from secproxy.engine import Engine
from secproxy.engine.pipeline import Tracked
from secproxy.errors import ListenError
from secproxy.model import (
    Action,
    Decision,
    Direction,
    Finding,
    LimitHit,
    Outcome,
    Principal,
    Severity,
    Surface,
    Target,
)
from secproxy.surfaces.base import (
    HotRequest,
    Service,
    bound_address,
    unread,
    within_body_timeout,
)
from secproxy.surfaces.hot import FrontGate, stop_fronts, stop_streams
from secproxy.surfaces.llm.announcing import LateTracking
from secproxy.surfaces.llm.answers import decide_answer
from secproxy.surfaces.llm.budget import Budget, Charge, Denial
from secproxy.surfaces.llm.formats import ROUTES, Parsed, encode, parse_request, wire_slots
from secproxy.surfaces.llm.front import LlmFront, LlmRoute
from secproxy.surfaces.llm.relay import answer_headers, relay_stream
from secproxy.surfaces.llm.reply import (
    AiohttpReply,
    Incoming,
    Reply,
    read_upto,
    send_refusal,
    send_whole,
)
from secproxy.surfaces.llm.routes import Route, RouteTable, provider_of, upstream_url
from secproxy.surfaces.llm.streaming import holdback_of
from secproxy.surfaces.llm.tokens import UsageMeter, estimate_slots
from secproxy.surfaces.llm.upstream import (
    HOP_BY_HOP,
    READABLE_ENCODINGS,
    Answer,
    UpstreamKeyError,
    UpstreamPool,
)
from secproxy.surfaces.refusal import Provider, refuse, refuse_verdict

log = logging.getLogger("secproxy.llm")
_KEY_HEADERS = ("authorization", "x-api-key")
_MAX_PRINCIPALS = 4096
_GRACE = 0.25
"""Part of `shutdown_timeout` the answers in hand get to finish when the listener stops,
the front's then aiohttp's, before they are cut (as the mcp listener's): a stream would
otherwise hold the stop past the runtime's budget for listeners (0.6 of it)."""


def _agent_key(headers: CIMultiDictProxy[str]) -> str | None:
    auth = headers.get("Authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return headers.get("x-api-key") or None


def _masked_wire(request: Incoming, query: list[tuple[str, str]],
                 sent: list[tuple[str, str]], wire: list[Slot]
                 ) -> tuple[str, list[tuple[str, str]]]:
    """The path and query, and the headers, to send upstream with the masked
    `wire_slots` (paths `("query", i)`, `("header", i)` into `query` and `sent`) in
    place; the query is re-encoded only when one of its values changed."""
    query, sent = list(query), list(sent)
    changed = False
    for s in wire:
        if s.role is Role.NAME:
            continue  # read only: a hit in a name refuses the request
        kind, i = s.path
        assert isinstance(i, int)
        if kind == "query" and query[i][1] != s.text:
            query[i] = (query[i][0], s.text)
            changed = True
        elif kind == "header":
            sent[i] = (sent[i][0], s.text)
    path_qs = f"{request.raw_target.split('?', 1)[0]}?{urlencode(query)}" if changed \
        else request.path_qs
    return path_qs, sent


class LlmService(Service):
    """The LLM gateway on `listeners.llm`."""

    name = "llm"

    def __init__(self, engine: Engine, config: Config, listener: HttpListener):
        super().__init__(engine, config, listener)
        self.pool = UpstreamPool()
        self.budget = Budget(engine.limiters)
        self._holdbacks: tuple[Config, int] | None = None
        self._routes = RouteTable(engine.config)
        self._dropped: tuple[Config, frozenset[str]] | None = None
        self._principals: dict[tuple[str | None, str | None, str | None], Principal] = {}
        """Principals by (address, user, agent): a frozen `Principal` works its keys out
        when built (~3 us), and an agent sends many requests from one address."""
        self._runner: web.ServerRunner | None = None
        self._front: asyncio.Server | None = None
        self._gate = FrontGate(self.name, listener, engine, Surface.LLM)
        """Its connections (the front's and aiohttp's), bounded."""
        self._address = listener.address
        max_body = self._max_body
        self._front_routes = {path.encode(): LlmRoute(path, self.front_request, max_body)
                              for path in ROUTES}

    @property
    def open_connections(self) -> int:
        return self._gate.open

    @property
    def refused_connections(self) -> Mapping[str, int]:
        return self._gate.refused

    def _max_body(self) -> int:
        return self.engine.config.llm.max_body_bytes

    def _grace(self) -> float:
        return self.config.shutdown_timeout * _GRACE

    async def start(self) -> None:
        for name in self.config.llm_upstreams:  # a missing vaulted key stops the start
            self.pool.key(name, self.config.upstreams[name])
        # aiohttp's low-level server: every request is the handler's (the body limit
        # too), so an application's router, match info and signals were work for nothing
        # (~8 us a request).
        gate = self._gate
        self._runner = web.ServerRunner(
            web.Server(partial(within_body_timeout, handler=self._serve,
                               seconds=gate.body_timeout),
                       access_log=None, keepalive_timeout=gate.idle_timeout),
            handle_signals=False, shutdown_timeout=self._grace())
        await self._runner.setup()
        server = self._runner.server
        assert server is not None  # set up above
        gate.handed = lambda: server.connections
        routes = self._front_routes
        try:
            # As web.TCPSite listens, with the front before aiohttp's protocol.
            self._front = await asyncio.get_running_loop().create_server(
                lambda: LlmFront(routes, server, gate), self.listener.host,
                self.listener.port, backlog=128, reuse_address=True)
        except OSError as exc:
            await self._runner.cleanup()
            self._runner = None
            raise ListenError(
                f"llm gateway cannot listen on {self.listener.address}: {exc.strerror or exc}",
                hint="pick another port with --listen llm=HOST:PORT") from None
        sockets = self._front.sockets
        if sockets:
            self._address = bound_address(sockets[0].getsockname())
        log.info("llm gateway on %s → %s", self._address,
                 ", ".join(self.config.llm_upstreams))

    async def stop(self) -> None:
        if self._front is not None:
            self._front.close()
            self._front = None
            try:
                await stop_fronts(self._gate, self._grace())
            finally:  # answers still running (or the runtime's budget spent): cut
                await stop_streams(self._gate)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        await self.pool.close()

    @property
    def address(self) -> str:
        return self._address

    def _holdback(self) -> int:
        """The stream holdback of the current config (worked out once per config)."""
        config = self.engine.config
        if self._holdbacks is None or self._holdbacks[0] is not config:
            self._holdbacks = (config, holdback_of(config))
        return self._holdbacks[1]

    # -- one request --------------------------------------------------------------

    def _principal(self, config: Config, request: Incoming
                   ) -> tuple[Principal, bool | None]:
        """Who asks, and whether the proxy key was right (None: no proxy keys)."""
        settings = config.llm
        ip = request.ip
        agent = request.headers.get(settings.agent_header) if settings.agent_header else None
        if not settings.proxy_keys:
            return self._known(ip, None, agent or None), None
        offered = (_agent_key(request.headers) or "").encode()
        user = None
        for entry in settings.proxy_keys:  # every key compared: the time says nothing
            if hmac.compare_digest(offered, entry.key.get_secret_value().encode()):
                user = entry.principal
        return self._known(ip, user, agent or None), user is not None

    def _known(self, ip: str | None, user: str | None, agent: str | None) -> Principal:
        """The principal of (address, user, agent), built once (at most `_MAX_PRINCIPALS`
        kept: past that the table starts again)."""
        key = (ip, user, agent)
        found = self._principals.get(key)
        if found is None:
            if len(self._principals) >= _MAX_PRINCIPALS:
                self._principals.clear()
            found = self._principals[key] = Principal(ip=ip, user=user, agent=agent)
        return found

    async def _serve(self, request: web.BaseRequest) -> web.StreamResponse:
        """A request aiohttp's server read (those the front does not take)."""
        if not request.path.startswith("/"):  # ("OPTIONS *"): the router's 404 before
            return web.Response(status=404, text="404: Not Found")
        reply = AiohttpReply(request)
        await self._handle(Incoming.of(request), reply)
        assert reply.response is not None  # every way through _handle answers
        return reply.response

    async def front_request(self, path: str, request: HotRequest, reply: Reply) -> None:
        """A POST the front took off the socket (`front.LlmFront`): to `path`, no query,
        its whole body in hand."""
        await self._handle(Incoming("POST", path, path, path, "", [], request.headers,
                                    request.remote, request.body), reply)

    async def _handle(self, request: Incoming, reply: Reply) -> None:
        config = self.engine.config
        settings = config.llm
        routes = self._routes
        if routes.config is not config:  # a reload: the new config's routes
            routes = self._routes = RouteTable(config)
        route, why = routes.choose(request.path, request.headers.get(settings.upstream_header))
        fmt = route.format if route else "other"
        provider = provider_of(fmt, route)
        principal, key_ok = self._principal(config, request)
        session = request.headers.get(settings.session_header) \
            if settings.session_header else None
        target = Target(route.host if route else None, route.port if route else None,
                        route.scheme if route else None, request.path,
                        request.query_string or None, request.method)
        meta: dict[str, Any] = {"format": fmt}
        if route is not None:
            meta["upstream"] = route.name
        action = Action(Surface.LLM, Direction.REQUEST, principal, target, session or None,
                        metadata=meta)
        action.headers = request.headers  # for limits kept per header; never recorded
        if route is None:
            return await self._settle(action, reply, provider, "no_upstream", why)
        if key_ok is False:
            return await self._settle(action, reply, provider, "proxy_key_required",
                                      "a valid proxy key is required (llm.proxy_keys)",
                                      strike=True)
        encoding = request.headers.get("Content-Encoding", "").strip().lower()
        if encoding not in READABLE_ENCODINGS:
            # aiohttp decodes one gzip, deflate (or br) layer; any other value (x-gzip,
            # "gzip, gzip") reaches here still encoded: unreadable to the guards.
            return await self._settle(
                action, reply, provider, "bad_request",
                f"request body in content encoding {encoding!r}, which secproxy cannot "
                "read to guard it (send it as identity, gzip or deflate)")
        body = request.body
        if body is None:
            assert request.content is not None
            try:
                body = await read_upto(request.content, settings.max_body_bytes)
            except web.RequestPayloadError as exc:
                # A body aiohttp could not decode (gzip that is not gzip, a broken
                # chunk): a refusal on the record, not a 500 and a traceback.
                if request.abandon is not None:
                    request.abandon()
                return await self._settle(action, reply, provider, *unread(exc))
        elif len(body) > settings.max_body_bytes:  # (the front took it under the last limit)
            body = None
        if body is None:
            return await self._settle(
                action, reply, provider, "body_too_large",
                f"request body over llm.max_body_bytes ({settings.max_body_bytes})")
        meta["bytes"] = len(body)
        try:
            parsed = parse_request(fmt, body)
        except TooDeep as exc:
            return await self._settle(action, reply, provider, "bad_request",
                                      f"request body {exc}")
        if parsed.model:
            meta["model"] = parsed.model
        if parsed.stream:
            meta["stream"] = True
        meter = UsageMeter(estimate_slots(parsed.slots))
        shared = self.engine.shared
        if shared is None:
            charge = self.budget.admit(settings, route.name, route.upstream, principal,
                                       parsed.model, meter.estimate, self.engine.clock(),
                                       self.engine.token_limits(action))
        else:  # state.backend redis: the windows are every instance's
            charge = await self.budget.admit_shared(
                shared, settings, route.name, route.upstream, principal, parsed.model,
                meter.estimate, self.engine.clock(), self.engine.token_limits(action))
        if isinstance(charge, Denial):
            return await self._settle(action, reply, provider, charge.category,
                                      charge.message, retry_after=charge.retry_after,
                                      limit=charge.limit)
        query, sent = request.query, self._sent_headers(request)
        wire = wire_slots(query, sent)
        if parsed.slots or wire:
            action.slots = [*parsed.slots, *wire]
            action.content = joined(action.slots)
        tracking = LateTracking(self.engine, action)
        async with tracking as t:
            try:
                # The answer goes out before the request's record is written (it is in
                # the record either way): the agent does not wait for it; nor for the
                # decision's announcement, made once the request is written upstream.
                await self._carry(request, reply, route, provider, t, parsed, body, meter,
                                  query, sent, tracking.publish,
                                  partial(self._account, action, charge, meter))
            finally:  # inside the block: the record carries what was used
                await self._account(action, charge, meter)

    async def _account(self, action: Action, charge: Charge, meter: UsageMeter) -> None:
        """Count what the request used (nothing, when no answer came) and put it on its
        record (`tokens`, `cost`: the audit query and the metrics read them there).
        Once: a whole answer's is counted as soon as it is written, before its decision
        is announced and recorded (another instance asked next counts it)."""
        if charge.accounted:
            return
        charge.accounted = True
        usage = meter.close()
        cost = self.budget.settle(charge, usage, self.engine.clock())
        await self.budget.send_owed(self.engine.shared, charge)
        if usage.total:
            action.metadata["tokens"] = usage.to_dict()
            if charge.price is not None:
                action.metadata["cost"] = round(cost, 6)

    async def _carry(self, request: Incoming, reply: Reply, route: Route,
                     provider: Provider, t: Tracked, parsed: Parsed, body: bytes,
                     meter: UsageMeter, query: list[tuple[str, str]],
                     sent: list[tuple[str, str]], publish: Callable[[], None],
                     account: Callable[[], Awaitable[None]]) -> None:
        """A decided request: refused, or (rewritten when sanitized) sent upstream
        (`publish`, its decision's announcement, made once it is written)."""
        action, verdict = t.action, t.verdict
        if not verdict.permits:
            refusal = refuse_verdict(verdict, action.request_id)
            t.outcome.status = refusal.status
            return await send_refusal(reply, refusal, provider, t.outcome)
        out, path_qs = body, request.path_qs
        if verdict.decision is Decision.ALLOW_WITH_REDACTION and action.slots is not None:
            inner, wire = action.slots[:len(parsed.slots)], action.slots[len(parsed.slots):]
            if parsed.doc is not None:
                out = encode(write_back(parsed.doc, inner))
            elif parsed.text is not None and inner:
                out = inner[0].text.encode()
            if wire:
                path_qs, sent = _masked_wire(request, query, sent, wire)
        t.outcome.bytes_in = len(out)
        await self._forward(request, reply, route, provider, action, out, t.outcome, meter,
                            path_qs, sent, publish, account)

    def _sent_headers(self, request: Incoming) -> list[tuple[str, str]]:
        """The request's headers that may go upstream (not the hop-by-hop ones or the
        gateway's own)."""
        config = self.engine.config
        if self._dropped is None or self._dropped[0] is not config:
            settings = config.llm
            self._dropped = (config, HOP_BY_HOP | {
                h.lower() for h in (settings.upstream_header, settings.session_header,
                                    settings.agent_header) if h})
        drop = self._dropped[1]
        return [(n, v) for n, v in request.headers.items() if n.lower() not in drop]

    async def _settle(self, action: Action, reply: Reply, provider: Provider, category: str,
                      message: str, *, strike: bool = False, retry_after: float | None = None,
                      limit: LimitHit | None = None) -> None:
        """A request refused before the engine could decide on it (announced, recorded)."""
        finding = Finding("llm", category, message, Severity.MEDIUM,
                          kind=limit.limit_by if limit is not None else "")
        verdict = self.engine.settle(action, finding, strike=strike)
        verdict.retry_after = retry_after
        verdict.limit = limit
        refusal = refuse_verdict(verdict, action.request_id)
        outcome = Outcome(status=refusal.status, duration=0.0)
        try:
            await send_refusal(reply, refusal, provider, outcome)
        finally:  # a refusal cut while it waits for a client that does not read is recorded
            await self.engine.record(action, verdict, outcome)

    def _upstream_headers(self, route: Route, sent: list[tuple[str, str]]
                          ) -> CIMultiDict[str]:
        """What goes upstream of the headers the agent sent (`_sent_headers`, masked
        where a guard masked them), with the upstream's key."""
        settings = self.engine.config.llm
        key = self.pool.key(route.name, route.upstream)
        out: CIMultiDict[str] = CIMultiDict()
        for name, value in sent:
            if name.lower() in _KEY_HEADERS and (key is not None or settings.proxy_keys):
                continue  # a proxy key never goes upstream; a vaulted one replaces it
            out.add(name, value)
        out["Accept-Encoding"] = "identity"
        if key is not None:
            if route.kind == "anthropic":
                out["x-api-key"] = key
            else:
                out["Authorization"] = f"Bearer {key}"
        return out

    async def _forward(self, request: Incoming, reply: Reply, route: Route,
                       provider: Provider, action: Action, body: bytes, outcome: Outcome,
                       meter: UsageMeter, path_qs: str, sent: list[tuple[str, str]],
                       publish: Callable[[], None],
                       account: Callable[[], Awaitable[None]]) -> None:
        rid = action.request_id
        try:
            headers = self._upstream_headers(route, sent)
        except UpstreamKeyError as exc:
            outcome.status, outcome.error = 502, str(exc)
            return await send_refusal(reply, refuse("upstream_unreachable", str(exc),
                                                    request_id=rid), provider, outcome)
        url = upstream_url(route, path_qs)
        try:
            resp = await self.pool.send(route.name, route.upstream, request.method, url,
                                        headers, body, sent=publish)
        except (aiohttp.ClientError, OSError) as exc:
            category = "upstream_timeout" if isinstance(exc, TimeoutError) \
                else "upstream_unreachable"
            why = f"upstream {route.name} unavailable: {type(exc).__name__}"
            outcome.status, outcome.error = (504 if category == "upstream_timeout" else 502), why
            return await send_refusal(reply, refuse(category, why, request_id=rid),
                                      provider, outcome)
        publish()  # (before the answer is decided: the request's decision first)
        async with resp:
            outcome.status = meter.status = resp.status
            encoding = resp.headers.get("Content-Encoding", "identity").strip().lower()
            if encoding not in READABLE_ENCODINGS:
                resp.close()
                why = (f"upstream {route.name} answered in content encoding {encoding!r}, "
                       "which secproxy cannot read to guard it")
                outcome.status, outcome.error = 502, why
                meter.status = None
                return await send_refusal(reply, refuse("bad_upstream_response", why,
                                                        request_id=rid), provider, outcome)
            ctype = resp.headers.get("Content-Type", "").lower()  # as the SDKs read it
            if resp.status == 200 and "text/event-stream" in ctype:
                return await relay_stream(self.engine, reply, provider, action, resp,
                                          outcome, meter, self._holdback())
            try:
                answer = await _read_limited(resp, self.engine.config.llm.max_response_bytes)
            except ValueError as exc:
                outcome.status, outcome.error = 502, str(exc)
                return await send_refusal(reply, refuse("bad_upstream_response", str(exc),
                                                        request_id=rid), provider, outcome)
            except (aiohttp.ClientError, TimeoutError) as exc:
                outcome.status, outcome.error = 502, f"upstream read failed: {exc!r}"
                return await send_refusal(reply, refuse("upstream_closed", outcome.error,
                                                        request_id=rid), provider, outcome)
            # An upstream's error is guarded as an answer is (it may echo what was sent,
            # the real key the gateway put on the request included), not metered.
            ok = 200 <= resp.status < 300
            decided = await decide_answer(
                self.engine, route.format, answer, principal=action.principal,
                target=action.target, session=action.session,
                meta={**action.metadata, "answers": rid}, meter=meter if ok else None)
            try:
                if decided.refused is not None:
                    refusal = refuse_verdict(decided.refused, decided.request_id)
                    outcome.status = refusal.status
                    outcome.error = "answer refused"
                    await send_refusal(reply, refusal, provider, outcome)
                else:
                    answer = decided.body
                    outcome.bytes_out = len(answer)
                    await send_whole(reply, outcome, resp.status,
                                     answer_headers(resp, rid), answer)
            except BaseException:
                if decided.decision is not None:
                    await decided.decision.settle(unwinding=True)
                raise
            # what it used counted first (the next request, here or on another instance,
            # is admitted against it), then its decision announced and recorded
            await account()
            if decided.decision is not None:
                await decided.decision.settle()


async def _read_limited(resp: Answer, limit: int) -> bytes:
    body = await read_upto(resp.content, limit)
    if body is None:
        raise ValueError(f"answer over llm.max_response_bytes ({limit})")
    return body
