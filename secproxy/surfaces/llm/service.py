"""The `llm` listener: an OpenAI- and Anthropic-compatible reverse proxy.

One request: the route names the upstream (`routes.choose`), the body is read (at most
`llm.max_body_bytes`) and cut into slots (`formats.parse_request`), and the request is
an `Action` of surface `llm` decided by the engine (`engine.track`: its record carries
the answer's status and sizes). Refused: the agent gets the upstream's own error shape
(`refusal.Refusal.provider_body`). Sanitized: the masked slots are written back into the
JSON. Then the request goes upstream (`upstream.UpstreamPool.send`: retries, the real
key), and the answer comes back guarded: a streamed one event by event
(`streaming.StreamGuard`, one ledger record for the whole stream), any other read whole
and decided (`answers.decide_answer`). An upstream's own errors are relayed as they are.

Who asks: the principal a proxy key names (`llm.proxy_keys`), else the agent the
`llm.agent_header` names, else the client address. The agent's key itself is never put
on an action, so it reaches neither the ledger nor the logs.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any

import aiohttp
from aiohttp import web
from multidict import CIMultiDict

from secproxy.config import Config
from secproxy.config.types import Listener
from secproxy.content import joined, write_back
from secproxy.engine import Engine
from secproxy.engine.pipeline import Tracked
from secproxy.errors import ListenError
from secproxy.model import (
    Action,
    Decision,
    Direction,
    Finding,
    Outcome,
    Principal,
    Severity,
    Surface,
    Target,
    Verdict,
)
from secproxy.surfaces.base import Service, bound_address
from secproxy.surfaces.llm.answers import decide_answer
from secproxy.surfaces.llm.budget import Budget, Charge, Denial
from secproxy.surfaces.llm.formats import Parsed, encode, parse_request
from secproxy.surfaces.llm.routes import Route, choose, provider_of, upstream_url
from secproxy.surfaces.llm.sse import EventReader, text_of
from secproxy.surfaces.llm.streaming import StreamCut, StreamGuard, holdback_of
from secproxy.surfaces.llm.tokens import UsageMeter, estimate_slots
from secproxy.surfaces.llm.upstream import HOP_BY_HOP, UpstreamKeyError, UpstreamPool
from secproxy.surfaces.refusal import Provider, Refusal, refuse, refuse_verdict

log = logging.getLogger("secproxy.llm")
_KEY_HEADERS = ("authorization", "x-api-key")


def _agent_key(request: web.Request) -> str | None:
    auth = request.headers.get("Authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return request.headers.get("x-api-key") or None


class LlmService(Service):
    """The LLM gateway on `listeners.llm`."""

    name = "llm"

    def __init__(self, engine: Engine, config: Config, listener: Listener):
        super().__init__(engine, config, listener)
        self.pool = UpstreamPool()
        self.budget = Budget(engine.limiters)
        self._holdbacks: tuple[Config, int] | None = None
        self._runner: web.AppRunner | None = None
        self._address = listener.address

    async def start(self) -> None:
        for name in self.config.llm_upstreams:  # a missing vaulted key stops the start
            self.pool.key(name, self.config.upstreams[name])
        app = web.Application(client_max_size=1 << 40)  # the handler applies the limit
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False,
                                     shutdown_timeout=5.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.listener.host, self.listener.port,
                           reuse_address=True)
        try:
            await site.start()
        except OSError as exc:
            await self._runner.cleanup()
            self._runner = None
            raise ListenError(
                f"llm gateway cannot listen on {self.listener.address}: {exc.strerror or exc}",
                hint="pick another port with --listen llm=HOST:PORT") from None
        sockets = site._server.sockets if site._server else []  # type: ignore[union-attr,attr-defined]
        if sockets:
            self._address = bound_address(sockets[0].getsockname())
        log.info("llm gateway on %s → %s", self._address,
                 ", ".join(self.config.llm_upstreams))

    async def stop(self) -> None:
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

    def _principal(self, config: Config, request: web.Request
                   ) -> tuple[Principal, bool | None]:
        """Who asks, and whether the proxy key was right (None: no proxy keys)."""
        settings = config.llm
        peer = request.transport.get_extra_info("peername") if request.transport else None
        ip = str(peer[0]) if peer else None
        agent = request.headers.get(settings.agent_header) if settings.agent_header else None
        if not settings.proxy_keys:
            return Principal(ip=ip, agent=agent or None), None
        offered = (_agent_key(request) or "").encode()
        user = None
        for entry in settings.proxy_keys:  # every key compared: the time says nothing
            if hmac.compare_digest(offered, entry.key.get_secret_value().encode()):
                user = entry.principal
        return Principal(ip=ip, user=user, agent=agent or None), user is not None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        config = self.engine.config
        settings = config.llm
        route, why = choose(config, request.path,
                            request.headers.get(settings.upstream_header))
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
        if route is None:
            return await self._settle(action, provider, "no_upstream", why)
        if key_ok is False:
            return await self._settle(action, provider, "proxy_key_required",
                                      "a valid proxy key is required (llm.proxy_keys)",
                                      strike=True)
        body = bytearray()
        async for chunk in request.content.iter_any():
            body += chunk
            if len(body) > settings.max_body_bytes:
                return await self._settle(
                    action, provider, "body_too_large",
                    f"request body over llm.max_body_bytes ({settings.max_body_bytes})")
        parsed = parse_request(fmt, bytes(body))
        meta["bytes"] = len(body)
        if parsed.model:
            meta["model"] = parsed.model
        if parsed.stream:
            meta["stream"] = True
        meter = UsageMeter(estimate_slots(parsed.slots))
        charge = self.budget.admit(settings, route.name, route.upstream, principal,
                                   parsed.model, meter.estimate, self.engine.clock())
        if isinstance(charge, Denial):
            return await self._settle(action, provider, charge.category, charge.message,
                                      retry_after=charge.retry_after)
        if parsed.slots:
            action.slots = list(parsed.slots)
            action.content = joined(parsed.slots)
        async with self.engine.track(action) as t:
            try:
                return await self._carry(request, route, provider, t, parsed, bytes(body),
                                         meter)
            finally:  # inside the block: the record carries what was used
                self._account(action, charge, meter)

    def _account(self, action: Action, charge: Charge, meter: UsageMeter) -> None:
        """Count what the request used (nothing, when no answer came) and put it on its
        record (`tokens`, `cost`: the audit query and the metrics read them there)."""
        usage = meter.close()
        cost = self.budget.settle(charge, usage, self.engine.clock())
        if usage.total:
            action.metadata["tokens"] = usage.to_dict()
            if charge.price is not None:
                action.metadata["cost"] = round(cost, 6)

    async def _carry(self, request: web.Request, route: Route, provider: Provider,
                     t: Tracked, parsed: Parsed, body: bytes, meter: UsageMeter
                     ) -> web.StreamResponse:
        """A decided request: refused, or (rewritten when sanitized) sent upstream."""
        action, verdict = t.action, t.verdict
        if not verdict.permits:
            refusal = refuse_verdict(verdict, action.request_id)
            t.outcome.status = refusal.status
            return _refusal_response(refusal, provider)
        out = body
        if verdict.decision is Decision.ALLOW_WITH_REDACTION and action.slots is not None:
            if parsed.doc is not None:
                out = encode(write_back(parsed.doc, action.slots))
            elif parsed.text is not None:
                out = (action.content or "").encode()
        t.outcome.bytes_in = len(out)
        return await self._forward(request, route, provider, action, out, t.outcome, meter)

    async def _settle(self, action: Action, provider: Provider, category: str, message: str,
                      *, strike: bool = False, retry_after: float | None = None
                      ) -> web.Response:
        """A request refused before the engine could decide on it (announced, recorded)."""
        finding = Finding("llm", category, message, Severity.MEDIUM)
        verdict = self.engine.settle(action, finding, strike=strike)
        verdict.retry_after = retry_after
        refusal = refuse_verdict(verdict, action.request_id)
        await self.engine.record(action, verdict, Outcome(status=refusal.status, duration=0.0))
        return _refusal_response(refusal, provider)

    def _upstream_headers(self, request: web.Request, route: Route) -> CIMultiDict[str]:
        settings = self.engine.config.llm
        drop = {h.lower() for h in (settings.upstream_header, settings.session_header,
                                    settings.agent_header) if h}
        key = self.pool.key(route.name, route.upstream)
        out: CIMultiDict[str] = CIMultiDict()
        for name, value in request.headers.items():
            low = name.lower()
            if low in HOP_BY_HOP or low in drop:
                continue
            if low in _KEY_HEADERS and (key is not None or settings.proxy_keys):
                continue  # a proxy key never goes upstream; a vaulted one replaces it
            out.add(name, value)
        out["Accept-Encoding"] = "identity"
        if key is not None:
            if route.kind == "anthropic":
                out["x-api-key"] = key
            else:
                out["Authorization"] = f"Bearer {key}"
        return out

    async def _forward(self, request: web.Request, route: Route, provider: Provider,
                       action: Action, body: bytes, outcome: Outcome, meter: UsageMeter
                       ) -> web.StreamResponse:
        try:
            headers = self._upstream_headers(request, route)
        except UpstreamKeyError as exc:
            outcome.status, outcome.error = 502, str(exc)
            return _refusal_response(refuse("upstream_unreachable", str(exc),
                                            request_id=action.request_id), provider)
        url = upstream_url(route, request.path_qs)
        try:
            resp = await self.pool.send(route.name, route.upstream, request.method, url,
                                        headers, body)
        except (aiohttp.ClientError, OSError) as exc:
            category = "upstream_timeout" if isinstance(exc, TimeoutError) \
                else "upstream_unreachable"
            why = f"upstream {route.name} unavailable: {type(exc).__name__}"
            outcome.status, outcome.error = (504 if category == "upstream_timeout" else 502), why
            return _refusal_response(refuse(category, why, request_id=action.request_id),
                                     provider)
        async with resp:
            outcome.status = meter.status = resp.status
            ctype = resp.headers.get("Content-Type", "")
            if resp.status == 200 and ctype.startswith("text/event-stream"):
                return await self._relay_stream(request, route, provider, action, resp,
                                                outcome, meter)
            try:
                answer = await _read_limited(resp, self.engine.config.llm.max_response_bytes)
            except ValueError as exc:
                outcome.status, outcome.error = 502, str(exc)
                return _refusal_response(refuse("bad_upstream_response", str(exc),
                                                request_id=action.request_id), provider)
            except (aiohttp.ClientError, TimeoutError) as exc:
                outcome.status, outcome.error = 502, f"upstream read failed: {exc!r}"
                return _refusal_response(refuse("upstream_closed", outcome.error,
                                                request_id=action.request_id), provider)
            if 200 <= resp.status < 300:
                decided = await decide_answer(
                    self.engine, route.format, answer, principal=action.principal,
                    target=action.target, session=action.session,
                    meta={**action.metadata, "answers": action.request_id}, meter=meter)
                if decided.refused is not None:
                    refusal = refuse_verdict(decided.refused, decided.request_id)
                    outcome.status = refusal.status
                    outcome.error = "answer refused"
                    return _refusal_response(refusal, provider)
                answer = decided.body
            outcome.bytes_out = len(answer)
            return web.Response(status=resp.status, body=answer,
                                headers=_answer_headers(resp, action.request_id))

    async def _relay_stream(self, request: web.Request, route: Route, provider: Provider,
                            action: Action, resp: aiohttp.ClientResponse, outcome: Outcome,
                            meter: UsageMeter) -> web.StreamResponse:
        settings = self.engine.config.llm.stream
        streamed = Action(Surface.LLM, Direction.STREAM, action.principal, action.target,
                          action.session,
                          metadata={**action.metadata, "answers": action.request_id})
        stream = await self.engine.stream(streamed)
        sout = stream.outcome
        sout.status = 200
        out = web.StreamResponse(status=200, headers=_answer_headers(resp, action.request_id))
        if not stream.verdict.permits:
            refusal = refuse_verdict(stream.verdict, streamed.request_id)
            outcome.status = sout.status = refusal.status
            await stream.end()
            return _refusal_response(refusal, provider)
        guard = StreamGuard(stream, settings, self._holdback())
        reader = EventReader()

        async def send(chunks: list[bytes]) -> None:
            if not chunks:
                return
            if not out.prepared:
                await out.prepare(request)
            data = b"".join(chunks)
            sout.bytes_out += len(data)
            await out.write(data)

        try:
            async for data in resp.content.iter_any():
                for event in reader.feed(data):
                    meter.answer(event.doc)
                    await send(await guard.event(event, text_of(event)))
            for event in reader.rest():
                meter.answer(event.doc)
                await send(await guard.event(event, text_of(event)))
            await send(await guard.finish())
        except StreamCut as cut:
            resp.close()  # the upstream request is cancelled, not drained
            verdict = cut.verdict or _cut_verdict(cut.reason)
            refusal = refuse_verdict(verdict, streamed.request_id)
            sout.error = (f"stream cut by secproxy after {guard.sent_chars} characters: "
                          f"{cut.reason}")
            if cut.verdict is None:
                stream.verdict.decision = Decision.BLOCK
                stream.verdict.reason = cut.reason
                stream.verdict.findings.extend(verdict.findings)
            if not out.prepared:
                outcome.status = sout.status = refusal.status
                await stream.end()
                return _refusal_response(refusal, provider)
            stage = verdict.findings[-1].stage if verdict.findings else None
            await send([refusal.sse(provider, guard=stage)])
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            sout.error = f"upstream stream failed: {exc!r}"
        finally:
            outcome.bytes_out = sout.bytes_out
            meter.answered = guard.text
            await stream.end()
        if not out.prepared:
            await out.prepare(request)
        await out.write_eof()
        return out


def _cut_verdict(reason: str) -> Verdict:
    return Verdict(Decision.BLOCK, [Finding("llm", "stream_holdback", reason, Severity.HIGH)],
                   reason=reason)


async def _read_limited(resp: aiohttp.ClientResponse, limit: int) -> bytes:
    body = bytearray()
    async for chunk in resp.content.iter_any():
        body += chunk
        if len(body) > limit:
            raise ValueError(f"answer over llm.max_response_bytes ({limit})")
    return bytes(body)


def _answer_headers(resp: aiohttp.ClientResponse, request_id: str) -> CIMultiDict[str]:
    out: CIMultiDict[str] = CIMultiDict()
    for name, value in resp.headers.items():
        if name.lower() not in HOP_BY_HOP:
            out.add(name, value)
    out["X-Secproxy-Request-Id"] = request_id
    return out


def _refusal_response(refusal: Refusal, provider: Provider) -> web.Response:
    return web.Response(status=refusal.status, body=refusal.provider_json(provider),
                        content_type="application/json", headers=refusal.provider_headers())
