"""The inspection API's routes, as three aiohttp sub-applications of the api listener
(`/inspect/`, `/approval/`, `/execute`) sharing one `InspectApi`, and `/openapi.json`.

Every call is one `Action` on the `inspect` surface, decided by the engine and written
to the ledger once: inspections and approval requests by `Engine.decide` itself
(`hold=RETURN`: an approval is opened and answered at once), executions after their
handler ran (the outcome in the record; with strict durability the allow is made
durable before the handler starts), and refused calls (no or wrong API key, a malformed
body, a confinement a handler refuses, a permit that does not hold) through
`Engine.settle` and `Engine.record`.
"""

from __future__ import annotations

import asyncio
import hmac
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from aiohttp import web
from pydantic import BaseModel

from secproxy.config.inspect import InspectSettings, KeyRateLimit
from secproxy.content import Role, Slot, arguments_view, collect, joined, write_back
from secproxy.engine import ApprovalError, Engine, Hold
from secproxy.engine.shared import UNAVAILABLE
from secproxy.model import Action, Direction, Finding, Outcome, Principal, Severity, Surface, Target
from secproxy.net.paths import normalize_path
from secproxy.state.backend import StateUnavailable
from secproxy.surfaces.base import (
    HOT_ROUTES,
    HotAnswer,
    HotRequest,
    HotRoute,
    abandon,
    unread,
)
from secproxy.surfaces.inspect import handlers, openapi
from secproxy.surfaces.inspect.answers import (
    encoded,
    json_answer,
    refusal_answer,
    refusal_response,
    to_response,
    verdict_json,
)
from secproxy.surfaces.inspect.permits import NonceBook, PermitError, PermitKeys
from secproxy.surfaces.inspect.requests import (
    ExecuteRequest,
    InputRequest,
    Malformed,
    OutputRequest,
    ResolveRequest,
    ToolCallRequest,
    parse,
    read_upto,
)
from secproxy.surfaces.refusal import refuse, refuse_verdict

M = TypeVar("M", bound=BaseModel)
Incoming = tuple[str | None, Mapping[str, str], int | None, Callable[[int], Awaitable[bytes]]]
"""A request as the hot handlers read it, from aiohttp or the api listener's front: the
peer's address, the headers, the Content-Length, and the body up to a limit (+ 1 byte)."""
_ROLE_OF_SOURCE = {"user": Role.USER, "system": Role.SYSTEM}


class Caller:
    """Who is calling: the key's name (None on an open API), its role and rate limit."""

    __slots__ = ("ip", "name", "role", "limit")

    def __init__(self, ip: str | None, name: str | None, role: str,
                 limit: KeyRateLimit | None = None):
        self.ip = ip
        self.name = name
        self.role = role
        self.limit = limit

    def principal(self, agent: str | None) -> Principal:
        key = (self.ip, self.name, agent)
        found = _PRINCIPALS.get(key)
        if found is None:
            if len(_PRINCIPALS) >= _MAX_PRINCIPALS:
                _PRINCIPALS.clear()
            found = _PRINCIPALS[key] = Principal(ip=self.ip, user=self.name, agent=agent)
        return found


_PRINCIPALS: dict[tuple[str | None, str | None, str | None], Principal] = {}
"""Principals by (address, key name, agent): a frozen `Principal` costs ~5 us to build
(its keys are worked out in `__post_init__`), a tenth of a tool call's action, and an
agent sends many calls from one address."""
_MAX_PRINCIPALS = 4096


_OUTPUT_TEXT = ("content", "body", "stdout", "stderr", "headers")
"""What of a handler's output (`handlers.run`) holds text, decided before the agent sees
it: a file's content, an HTTP answer's body and headers, a command's output."""


class InspectApi:
    """The handlers of the inspection API, bound to one engine and its state."""

    def __init__(self, engine: Engine, state_dir: Path, state_db: Path):
        self.engine = engine
        self.state_dir = state_dir
        self.keys: PermitKeys | None = None
        self.nonces = NonceBook(state_db)
        self.permits: dict[str, tuple[str, float]] = {}
        """Permits issued, by approval id (the same one is handed out again)."""

    @property
    def settings(self) -> InspectSettings:
        # Read per request: a reload that changes keys or handlers applies at once.
        return self.engine.config.inspect

    async def lifecycle(self, app: web.Application) -> AsyncIterator[None]:
        """Load the permit key and open the nonce book; close it at shutdown."""
        self.keys = await asyncio.to_thread(PermitKeys.load_or_create, self.state_dir)
        await asyncio.to_thread(self.nonces.open)
        yield
        await asyncio.to_thread(self.nonces.close)

    # -- who, and what -------------------------------------------------------------------

    def _caller(self, request: web.Request) -> Caller | None:
        """The caller named by its API key; None when keys are configured and the request
        has no valid one (every key is compared, in constant time)."""
        return self._caller_of(request.remote, request.headers)

    def _caller_of(self, ip: str | None, headers: Mapping[str, str]) -> Caller | None:
        settings = self.settings
        if not settings.api_keys:
            return Caller(ip, None, "agent")
        given = self._presented(headers, settings.key_header)
        found: Caller | None = None
        for entry in settings.api_keys:
            if hmac.compare_digest(given, entry.key.get_secret_value().encode()):
                found = Caller(ip, entry.name, entry.role, entry.rate_limit)
        return found

    @staticmethod
    def _presented(headers: Mapping[str, str], header: str) -> bytes:
        value = headers.get(header, "")
        if header.lower() == "authorization":
            scheme, _, token = value.partition(" ")
            value = token if scheme.lower() == "bearer" else ""
        return value.strip().encode()

    def _operator(self, request: web.Request, caller: Caller | None) -> str | None:
        """The operator's name when the request carries an operator key: an inspect key
        of role `operator`, or one of `control.api_keys` as a bearer token."""
        if caller is not None and caller.role == "operator" and caller.name:
            return caller.name
        given = self._presented(request.headers, "Authorization")
        ok = False
        for key in self.engine.config.control.api_keys:
            ok |= hmac.compare_digest(given, key.get_secret_value().encode())
        return "operator" if ok and given else None

    async def _refuse(self, action: Action, category: str, message: str, *, kind: str = "",
                      strike: bool = False, **extra: Any) -> HotAnswer:
        """Settle, record and answer an action the engine was not asked about."""
        finding = Finding("inspect", category, message, Severity.MEDIUM if not strike
                          else Severity.HIGH, kind=kind)
        verdict = self.engine.settle(action, finding, strike=strike)
        refusal = refuse(category, message, request_id=action.request_id,
                         status=401 if category == "unauthorized" else None)
        status = refusal.status
        await self.engine.record(action, verdict, Outcome(status=status, duration=0.0))
        return refusal_answer(refusal, **extra)

    async def _read(self, request: Incoming, model: type[M], api: str
                    ) -> tuple[M, Caller] | HotAnswer:
        """The caller and the body as `model`, or the (recorded) refusal."""
        remote, headers, content_length, read = request
        caller = self._caller_of(remote, headers)

        def bare() -> Action:  # the action of a refusal (only built for one)
            who = caller.principal(None) if caller is not None else Principal(ip=remote)
            return Action(Surface.INSPECT, Direction.REQUEST, who, metadata={"api": api})

        origin = headers.get("Origin")
        if origin is not None:  # no strike: the agent's address is not the one at fault
            return await self._refuse(
                bare(), "cross_origin", f"a request from a web page (Origin {origin[:100]}) "
                "is refused: the inspection API answers agent runtimes, and a page an "
                "agent's browser opens may post to it (a form's text/plain body)")
        if caller is None:
            return await self._refuse(
                bare(), "unauthorized",
                f"a valid API key is required in {self.settings.key_header}", strike=True)
        if caller.limit is not None and caller.name:
            throttled = await self._throttle(bare, caller.name, caller.limit)
            if throttled is not None:
                return throttled
        limit = self.settings.max_body_bytes
        if content_length is not None and content_length > limit:
            return await self._refuse(bare(), "body_too_large", f"the body is over {limit} bytes")
        try:
            raw = await read(limit)
        except web.RequestPayloadError as exc:
            return await self._refuse(bare(), *unread(exc), result="malformed")
        if len(raw) > limit:
            return await self._refuse(bare(), "body_too_large", f"the body is over {limit} bytes")
        got = parse(model, raw)
        if isinstance(got, Malformed):
            return await self._refuse(bare(), "bad_request", got.reason(), field=got.field,
                                      result="malformed")
        return got, caller

    async def _throttle(self, bare: Callable[[], Action], name: str, limit: KeyRateLimit
                        ) -> HotAnswer | None:
        """429 (recorded) when the key has no request left in its bucket."""
        engine = self.engine
        rate = limit.requests_per_minute / 60.0
        wait = engine.limiters.bucket(f"inspect:key:{name}", rate, limit.capacity).take(
            name, engine.clock())
        if wait is None:
            return None
        action = bare()
        message = (f"rate limit of API key {name}: {limit.requests_per_minute:g} requests per "
                   f"minute, burst {limit.capacity}")
        verdict = engine.settle(action, Finding("inspect", "rate_limit", message, Severity.LOW,
                                                kind="key_rate_limit"))
        verdict.retry_after = wait
        refusal = refuse_verdict(verdict, action.request_id)
        await engine.record(action, verdict, Outcome(status=refusal.status, duration=0.0))
        return refusal_answer(refusal, retry_after=round(wait, 3), limit={
            "key": name, "requests_per_minute": limit.requests_per_minute,
            "burst": limit.capacity})

    def tool_action(self, req: ToolCallRequest, caller: Caller, api: str, *,
                    connects: bool = False) -> Action:
        """The action of a tool call: its arguments as `tool_call` slots (then their
        values end to end, `arguments_view`: a key split over two of them), and a URL
        among them as the target, so that rules on hosts apply."""
        doc = req.argument_doc()
        slots = collect(doc, Role.TOOL_CALL)
        content = joined(slots) if slots else None
        view = arguments_view(doc)
        if view is not None:
            slots.append(view)
        target = Target(tool=req.tool_name, connects=connects)
        url = doc.get("url")
        if isinstance(url, str):
            try:
                parts = urlsplit(url)
            except ValueError:  # a bracketed host that is no IP address: no URL, no host
                parts = urlsplit("")
            try:
                port = parts.port
            except ValueError:
                port = None
            if parts.hostname:
                target.host = parts.hostname.lower()
                target.scheme = parts.scheme or None
                target.port = port or {"https": 443, "http": 80}.get(parts.scheme)
                target.path = normalize_path(parts.path) or "/"  # as servers read it
                target.query = parts.query or None
            method = doc.get("method")
            target.method = method.upper() if isinstance(method, str) else "GET"
        return Action(Surface.INSPECT, Direction.REQUEST, caller.principal(req.agent_id), target,
                      session=req.session_id, content=content,
                      arguments=doc, slots=slots, metadata={"api": api, "agent": req.agent_id})

    # -- /inspect/* ----------------------------------------------------------------------

    async def inspect_input(self, request: Incoming) -> HotAnswer:
        got = await self._read(request, InputRequest, "input")
        if isinstance(got, HotAnswer):
            return got
        req, caller = got
        role = _ROLE_OF_SOURCE.get(req.source, Role.TOOL_RESULT)
        action = Action(Surface.INSPECT, Direction.REQUEST, caller.principal(req.agent_id),
                        session=req.session_id, content=req.text,
                        slots=[Slot(role, req.text, ("text",))],
                        metadata={"api": "input", "source": req.source, "agent": req.agent_id})
        verdict = await self.engine.decide(action, hold=Hold.RETURN)
        return encoded(verdict_json(self.engine, action, verdict))

    async def inspect_tool_call(self, request: Incoming) -> HotAnswer:
        got = await self._read(request, ToolCallRequest, "tool-call")
        if isinstance(got, HotAnswer):
            return got
        req, caller = got
        action = self.tool_action(req, caller, "tool-call")
        arguments = req.argument_doc()
        verdict = await self.engine.decide(action, hold=Hold.RETURN)
        return encoded(verdict_json(self.engine, action, verdict, arguments))

    async def inspect_output(self, request: Incoming) -> HotAnswer:
        got = await self._read(request, OutputRequest, "output")
        if isinstance(got, HotAnswer):
            return got
        req, caller = got
        role = Role.TOOL_RESULT if req.source == "tool" else Role.ASSISTANT
        metadata: dict[str, Any] = {"api": "output", "source": req.source, "agent": req.agent_id}
        if req.tool_name:
            metadata["tool"] = req.tool_name
        action = Action(Surface.INSPECT, Direction.RESPONSE, caller.principal(req.agent_id),
                        session=req.session_id, content=req.text,
                        slots=[Slot(role, req.text, ("text",))], metadata=metadata)
        verdict = await self.engine.decide(action, hold=Hold.RETURN)
        return encoded(verdict_json(self.engine, action, verdict))

    # -- /approval/* ---------------------------------------------------------------------

    async def submit(self, request: web.Request) -> web.Response:
        got = await self._read(incoming(request), ToolCallRequest, "approval/submit")
        if isinstance(got, HotAnswer):
            return to_response(got)
        req, caller = got
        action = self.tool_action(req, caller, "approval/submit")
        verdict = await self.engine.decide(action, hold=Hold.RETURN)
        body = verdict_json(self.engine, action, verdict, req.argument_doc())
        if verdict.approval_id:
            approval = self.engine.approvals.get(verdict.approval_id)
            body.update(state="pending", expires=approval.expires if approval else None)
            return json_answer(body, status=202)
        body["state"] = "not_required" if verdict.permits else "blocked"
        return json_answer(body, status=200 if verdict.permits else 403)

    async def resolve(self, request: web.Request) -> web.Response:
        caller = self._caller(request)
        operator = self._operator(request, caller)
        if operator is None:
            bare = Action(Surface.INSPECT, Direction.REQUEST, Principal(ip=request.remote),
                          metadata={"api": "approval/resolve"})
            return to_response(await self._refuse(
                bare, "unauthorized", "resolving an approval needs an operator key",
                strike=True))
        got = parse(ResolveRequest, await read_upto(request.content, 64 * 1024))
        if isinstance(got, Malformed):
            return refusal_response(refuse("bad_request", got.reason()), field=got.field)
        try:
            approval = self.engine.approvals.resolve(got.approval_id, approve=got.approve,
                                                     by=operator, note=got.note)
        except ApprovalError as exc:
            known = self.engine.approvals.get(got.approval_id) is not None
            return json_answer({"error": "conflict" if known else "not_found",
                                      "reason": str(exc)}, status=409 if known else 404)
        return json_answer({"approval_id": approval.id, "state": approval.state,
                                  "resolved_by": approval.resolved_by})

    async def approval(self, request: web.Request) -> web.Response:
        caller = self._caller(request)
        approval = self.engine.approvals.get(request.match_info["id"])
        operator = self._operator(request, caller)
        if caller is None and operator is None:
            return refusal_response(refuse("unauthorized", "a valid API key is required",
                                           status=401))
        mine = approval is not None and operator is None and caller is not None and (
            caller.name is None or approval.principal == f"user:{caller.name}")
        if approval is None or not (mine or operator):
            return json_answer({"error": "not_found", "reason": "no such approval"},
                                     status=404)
        now = self.engine.clock()
        state = approval.state
        if state == "pending" and approval.expires <= now:
            state = "expired"
        body: dict[str, Any] = {"approval_id": approval.id, "state": state,
                                "summary": approval.summary, "expires": approval.expires,
                                "resolved_by": approval.resolved_by, "note": approval.note}
        if state == "approved" and self.keys is not None:
            issued = self.permits.get(approval.id)
            if issued is None:
                # Counted from the operator's answer, as on every instance that holds it
                # (and not from this first fetch: an approval does not wait for ever).
                answered = approval.resolved_at if approval.resolved_at is not None else now
                expires = answered + self.settings.permit_ttl
                token = self.keys.issue(approval.fingerprint, approval.principal, expires,
                                        approval.id)
                issued = self.permits[approval.id] = (token, expires)
                if len(self.permits) > 10_000:
                    self.permits.pop(next(iter(self.permits)))
            body.update(permit=issued[0], permit_expires=issued[1])
        return json_answer(body)

    # -- /execute ------------------------------------------------------------------------

    async def execute(self, request: web.Request) -> web.Response:
        got = await self._read(incoming(request), ExecuteRequest, "execute")
        if isinstance(got, HotAnswer):
            return to_response(got)
        return await self._execute(*got)

    async def _execute(self, req: ExecuteRequest, caller: Caller) -> web.Response:
        settings = self.settings.handlers
        action = self.tool_action(req, caller, "execute", connects=req.tool_name == "http")
        try:
            prepared = handlers.prepare(req.tool_name, req.argument_doc(), settings,
                                        own=self._own_files())
        except handlers.HandlerArgumentError as exc:
            return to_response(await self._refuse(action, "bad_request", str(exc),
                                                  result="malformed"))
        except handlers.HandlerRefused as exc:
            return to_response(await self._refuse(action, "handler_refused", str(exc),
                                                  kind=exc.kind, strike=True, result="blocked"))
        hold = Hold.RETURN
        if req.permit is not None:
            problem = await self._use_permit(req.permit, action)
            if problem is not None and problem.kind == "unavailable":  # not the agent's fault
                return to_response(await self._refuse(action, UNAVAILABLE, str(problem),
                                                      result="blocked"))
            if problem is not None:
                return to_response(await self._refuse(action, "permit_invalid", str(problem),
                                                      kind=problem.kind, strike=True,
                                                      result="blocked"))
            hold = Hold.PERMITTED
        engine = self.engine
        verdict = await engine.decide(action, audit=False, hold=hold)
        arguments = req.argument_doc()
        body = verdict_json(engine, action, verdict, arguments)
        if not verdict.permits:
            refusal = refuse_verdict(verdict, action.request_id)
            await engine.record(action, verdict, Outcome(status=refusal.status, duration=0.0))
            return refusal_response(refusal, result="blocked", verdict=body,
                                    approval_id=verdict.approval_id)
        if action.slots is not None and body.get("arguments") is not None:
            try:
                prepared = handlers.prepare(req.tool_name, write_back(arguments, action.slots),
                                            settings, own=self._own_files())
            except (handlers.HandlerArgumentError, handlers.HandlerRefused) as exc:
                # What was masked can break the call (a URL's password masked is no
                # longer a URL): nothing runs, and the refusal is the action's record.
                return to_response(await self._refuse(
                    action, "handler_refused", f"the call cannot run with its masked "
                    f"arguments ({exc})", kind="masked_unrunnable", result="blocked"))
        await engine.intent(action, verdict)
        outcome = Outcome()
        status, result = 200, "executed"
        answer: dict[str, Any] = {}
        try:
            async with asyncio.timeout(settings.timeout):
                answer["output"] = await handlers.run(prepared, settings,
                                                      addresses=action.target.addresses)
        except TimeoutError:
            status, result = 504, "failed"
            outcome.error = answer["error"] = f"the handler timed out after {settings.timeout:g}s"
        except handlers.HandlerRefused as exc:  # as a refusal in `prepare` is answered
            status, result = 403, "blocked"
            answer["error"] = "handler_refused"
            outcome.error = answer["reason"] = str(exc)
        except Exception as exc:  # the handler's failure is the call's result, recorded
            status, result = 502, "failed"
            outcome.error = answer["error"] = f"{type(exc).__name__}: {exc}"
        outcome.status = status
        outcome.duration = time.monotonic() - outcome.started
        await engine.record(action, verdict, outcome)
        if result == "executed" and (output := answer["output"]):
            held = await self._guard_output(req, action, output)
            if held is not None:
                answer["output_verdict"] = held
                if not held["allowed"]:
                    status, result = 403, "blocked"
                    answer["output"] = None
                    answer["error"] = "output_refused"
                    answer["reason"] = held["reason"]
        return json_answer({"result": result, **answer, "verdict": body,
                                  "request_id": action.request_id}, status=status)

    def _own_files(self) -> list[str]:
        """secproxy's own files, resolved: the state directory (the permit signing key,
        the used nonces, the sessions), the ledger (and its -wal, -shm) and the config
        file (the operator keys)."""
        config = self.engine.config
        own = [self.state_dir, config.ledger_path]
        if self.engine.loaded.source is not None:
            own.append(Path(self.engine.loaded.source))
        return [os.path.realpath(path) for path in own]

    async def _guard_output(self, req: ExecuteRequest, action: Action, output: dict[str, Any]
                            ) -> dict[str, Any] | None:
        """A handler's output decided as a tool's result before the agent sees it, as
        `/inspect/output` decides one (its own record in the ledger): the file's content,
        the HTTP answer's body and header values, the command's stdout and stderr. Masked
        in place when the guards sanitize; the output verdict, or None when the output
        has no text."""
        doc = {k: output[k] for k in _OUTPUT_TEXT if k in output}
        slots = [s for s in collect(doc, Role.TOOL_RESULT) if s.text]
        if not slots:
            return None
        checked = Action(Surface.INSPECT, Direction.RESPONSE, action.principal,
                         session=req.session_id, content=joined(slots), slots=slots,
                         metadata={"api": "execute/output", "source": "tool",
                                   "agent": req.agent_id, "tool": req.tool_name})
        verdict = await self.engine.decide(checked, hold=Hold.RETURN)
        if verdict.permits and checked.slots is not None:
            output.update(write_back(doc, checked.slots))
        return verdict_json(self.engine, checked, verdict)

    async def _use_permit(self, token: str, action: Action) -> PermitError | None:
        """None when the permit holds for this action and its nonce was unused (it is
        used now, durably); else why not.

        With shared state (`state.backend: redis`) the nonce is used on the server first,
        so a permit used on any instance is refused on every other; when the server
        cannot answer, the permit is refused (`unavailable`, not used here either, so it
        still works once the server is back) whatever `state.on_failure` says: a permit
        replayed on another instance is worse than one refused for a while."""
        if self.keys is None:
            return PermitError("malformed", "permits are not available yet")
        try:
            permit = self.keys.check(token, fingerprint=action.fingerprint(),
                                     principal=action.principal.key, now=self.engine.clock())
        except PermitError as exc:
            return exc
        shared = self.engine.shared
        if shared is not None:
            try:
                first = await shared.use_nonce(permit.nonce, permit.expires)
            except StateUnavailable as exc:
                return PermitError(
                    "unavailable", f"state backend unavailable ({str(exc) or 'no answer'}): the "
                    f"permit of approval {permit.approval} cannot be checked against the "
                    "other instances' used permits; refused until it answers")
            if not first:
                return PermitError("replayed", f"the permit of approval {permit.approval} "
                                               "was already used")
        if not await asyncio.to_thread(self.nonces.use, permit, self.engine.clock()):
            return PermitError("replayed", f"the permit of approval {permit.approval} was "
                                           "already used")
        return None


INSPECT_KEY = web.AppKey("inspect", InspectApi)
"""The inspection API's handlers, in each of its sub-applications."""


def incoming(request: web.Request) -> Incoming:
    """An aiohttp request as the hot handlers read it (its body read to the end or to
    the limit + 1, `read_upto`; one aiohttp cannot read is `abandon`ed, and one whose
    client left before its end is unreadable too: refused and recorded, where aiohttp
    logged its ConnectionResetError or RuntimeError with a traceback)."""
    async def read(limit: int) -> bytes:
        try:
            return await read_upto(request.content, limit)
        except web.RequestPayloadError:
            abandon(request)
            raise
        except (ConnectionResetError, RuntimeError):
            if request.transport is not None and not request.transport.is_closing():
                raise
            raise web.RequestPayloadError("the client closed the connection before the "
                                          "body ended") from None
    return request.remote, request.headers, request.content_length, read


def _hot(request: HotRequest) -> Incoming:
    body = request.body

    async def read(limit: int) -> bytes:
        return body[:limit + 1]

    return request.remote, request.headers, len(body), read


Hot = Callable[[Incoming], Awaitable[HotAnswer]]


def _served(handler: Hot) -> Callable[[web.Request], Awaitable[web.Response]]:
    """`handler` as an aiohttp handler."""
    async def serve(request: web.Request) -> web.Response:
        return to_response(await handler(incoming(request)))
    return serve


def _hot_route(handler: Hot, api: InspectApi) -> HotRoute:
    """`handler` as a route the api listener's front serves off aiohttp."""
    async def handle(request: HotRequest) -> HotAnswer:
        return await handler(_hot(request))
    return HotRoute(handle, lambda: api.settings.max_body_bytes)


def inspect_apps(engine: Engine, state_dir: Path, state_db: Path) -> dict[str, web.Application]:
    """The inspection API's sub-applications by the prefix the api listener mounts them at.
    `/inspect/*` are hot routes too: the listener's front serves them without aiohttp
    (`surfaces/hot.py`), the same handlers behind both."""
    api = InspectApi(engine, state_dir, state_db)
    inspect_app = web.Application()
    hot: dict[str, Hot] = {"/input": api.inspect_input, "/tool-call": api.inspect_tool_call,
                           "/output": api.inspect_output}
    for path, handler in hot.items():
        inspect_app.router.add_post(path, _served(handler))
    inspect_app[HOT_ROUTES] = {path: _hot_route(handler, api) for path, handler in hot.items()}
    inspect_app.cleanup_ctx.append(api.lifecycle)
    approvals = web.Application()
    approvals.router.add_post("/submit", api.submit)
    approvals.router.add_post("/resolve", api.resolve)
    approvals.router.add_get("/{id}", api.approval)
    execute = web.Application()
    execute.router.add_post("", api.execute)
    described = web.Application()
    described.router.add_get("", openapi.serve)
    for app in (inspect_app, approvals, execute):
        app[INSPECT_KEY] = api
    return {"/inspect/": inspect_app, "/approval/": approvals, "/execute": execute,
            "/openapi.json": described}
