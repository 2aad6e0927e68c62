"""The operator commands behind the control socket and the HTTP operator API.

`OperatorApi.call(type, payload)` runs one command against the running proxy and returns
a JSON-ready payload, or raises `ProtocolError` with a code the transports turn into an
error reply. Both transports share this one table of commands, so the socket and
`/operator/api/...` behave the same.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from secproxy import __version__, learning
from secproxy.audit.query import DECISIONS, Filters, parse_when
from secproxy.config import Config
from secproxy.config.types import parse_duration
from secproxy.control import limits, protocol, rules_edit, rules_file, tracking
from secproxy.control.deps import OperatorDeps
from secproxy.control.protocol import ProtocolError
from secproxy.control.stats import DecisionStats
from secproxy.engine import Engine
from secproxy.engine.approvals import ApprovalError
from secproxy.engine.killswitch import parse_surfaces
from secproxy.engine.session import SessionState, session_key
from secproxy.errors import ConfigError, SecproxyError
from secproxy.events import ConfigEvent
from secproxy.model import Direction
from secproxy.protocols.jsonrpc import NO_ID

log = logging.getLogger("secproxy.control")
Handler = Callable[[dict[str, Any]], Awaitable[Any]]


def _text(payload: dict[str, Any], key: str, *, required: bool = False) -> str | None:
    value = payload.get(key)
    if value is None or value == "":
        if required:
            raise ProtocolError("bad_request", f"`{key}` is required")
        return None
    if not isinstance(value, str):
        raise ProtocolError("bad_request", f"`{key}` must be a string")
    return _encodable(key, value)


def _encodable(key: str, value: str) -> str:
    """`value`, refused when UTF-8 cannot encode it (a lone surrogate, which JSON can
    escape): the ledger's queries and the state store would fail on it."""
    if not value.isascii():
        try:
            value.encode()
        except UnicodeEncodeError:
            raise ProtocolError("bad_request",
                                f"`{key}` is not valid text (a lone surrogate)") from None
    return value


def _flag(payload: dict[str, Any], key: str, default: bool) -> bool:
    value = payload.get(key, default)
    if isinstance(value, str) and value.lower() in ("1", "true", "yes", "0", "false", "no"):
        return value.lower() in ("1", "true", "yes")
    if not isinstance(value, bool):
        raise ProtocolError("bad_request", f"`{key}` must be true or false")
    return value


def _int(payload: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
    value = payload.get(key, default)
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: JSON `Infinity`
        raise ProtocolError("bad_request", f"`{key}` must be a whole number") from None
    if not low <= number <= high:
        raise ProtocolError("bad_request", f"`{key}` must be between {low} and {high}")
    return number


def _list(payload: dict[str, Any], key: str) -> list[str] | None:
    value = payload.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return [v for v in _encodable(key, value).split(",") if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProtocolError("bad_request", f"`{key}` must be a list of strings")
    return [_encodable(key, v) for v in value]


def _when(payload: dict[str, Any], key: str) -> float | None:
    value = payload.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return parse_when(value)
        except SecproxyError as exc:
            raise ProtocolError("bad_request", f"`{key}`: {exc.message}", exc.hint) from None
    raise ProtocolError("bad_request", f"`{key}` must be epoch seconds or a time such as 15m")



def shown_config(config: Config) -> dict[str, Any]:
    """The running config as plain data. Every secret in it (operator API keys,
    proxy-auth passwords, the gateway lock token, webhook URLs and headers, and any field
    added later) is typed `Secret`/`SecretUrl` in the model, and those types dump hidden
    by themselves: nothing here lists them, so none can be forgotten."""
    return config.model_dump(mode="json", exclude_none=True)

class OperatorApi:
    """Every operator command, bound to one running proxy (`OperatorDeps`: the runtime)."""

    def __init__(self, deps: OperatorDeps, stats: DecisionStats):
        self.deps = deps
        self.stats = stats
        self._rules_text: tuple[Any, str] | None = None
        self._rules_lock = asyncio.Lock()
        self.commands: dict[str, Handler] = {
            "ping": self.ping,
            "status": self.status,
            "approvals/list": self.approvals_list,
            "approvals/resolve": self.approvals_resolve,
            "principals/list": self.principals_list,
            "principals/block": self.principals_block,
            "principals/unblock": self.principals_unblock,
            "tracking/get": self.tracking_get,
            "tracking/blocked": self.tracking_blocked,
            "tracking/top-offenders": self.tracking_top_offenders,
            "rate-limit/get": self.rate_limit_get,
            "rules/get": self.rules_get,
            "rules/replace": self.rules_replace,
            "rules/suggest": self.rules_suggest,
            "config/get": self.config_get,
            "stats/get": self.stats_get,
            "audit/query": self.audit_query,
            "audit/stats": self.audit_stats,
            "overview": self.overview,
            "session/timeline": self.session_timeline,
            "session/taints": self.session_taints,
            "session/untaint": self.session_untaint,
            "killswitch/get": self.killswitch_get,
            "killswitch/set": self.killswitch_set,
            "mcp/relay": self.mcp_relay,
            "mcp/close": self.mcp_close,
            "mcp/tools": self.mcp_tools,
            "mcp/approve": self.mcp_approve,
        }

    @property
    def engine(self) -> Engine:
        return self.deps.engine

    async def call(self, type_: str, payload: dict[str, Any]) -> Any:
        """Run one command; every failure is a `ProtocolError`."""
        handler = self.commands.get(type_)
        if handler is None:
            raise ProtocolError(
                "unknown_command",
                f"unknown command {type_!r}",
                hint="one of: " + ", ".join(protocol.COMMANDS),
            )
        try:
            return await handler(payload)
        except ProtocolError:
            raise
        except ConfigError as exc:
            raise ProtocolError(
                "invalid_config",
                exc.message.splitlines()[0],
                exc.hint,
                protocol.issues_to_wire(exc.issues),
            ) from None
        except SecproxyError as exc:
            raise ProtocolError("bad_request", exc.message, exc.hint) from None
        except Exception as exc:
            log.exception("control command %s failed", type_)
            raise ProtocolError("internal", f"{type_} failed: {exc!r}") from None

    # -- status ---------------------------------------------------------------------

    async def ping(self, payload: dict[str, Any]) -> dict[str, Any]:
        return {"pong": True, "version": __version__, "time": time.time()}

    async def status(self, payload: dict[str, Any]) -> dict[str, Any]:
        engine, config = self.engine, self.engine.config
        now = engine.clock()
        principals = engine.tracker.all()
        ledger = self.deps.ledger
        return {
            "version": __version__,
            "time": time.time(),
            "uptime": round(now - engine.started, 3),
            "config_source": engine.loaded.source,
            "config_warnings": list(engine.loaded.warnings),
            "listeners": self.deps.addresses(),
            "ledger": {
                "path": ledger.location,
                "written": getattr(ledger, "written", None),
                "queued": getattr(ledger, "queued", None),
                "healthy": getattr(ledger, "healthy", None),
                "spooled": getattr(ledger, "spooled", 0),
            },
            "rules": len(config.rules),
            "pending_approvals": len(engine.approvals.pending()),
            "principals": len(principals),
            "blocked_principals": sum(1 for p in principals if p.is_blocked(now)),
            "decisions": {"total": self.stats.total, "by_decision": dict(self.stats.by_decision)},
            "subscribers": engine.bus.stats(),
            "kill_switch": engine.kill_switch.to_dict(),
            "state": (await engine.shared.status() if engine.shared is not None
                      else {"backend": "memory"}),
        }

    async def stats_get(self, payload: dict[str, Any]) -> dict[str, Any]:
        top = _int(payload, "top", 10, 1, 100)
        seconds = _int(payload, "seconds", 60, 5, self.stats.history - 1)
        data = self.stats.snapshot(top=top, seconds=seconds)
        data["pending_approvals"] = len(self.engine.approvals.pending())
        data["listeners"] = self.deps.addresses()
        return data

    # -- approvals ------------------------------------------------------------------

    async def approvals_list(self, payload: dict[str, Any]) -> dict[str, Any]:
        return {
            "approvals": [protocol.approval_payload(a) for a in self.engine.approvals.pending()],
            "time": self.engine.clock(),
        }

    async def approvals_resolve(self, payload: dict[str, Any]) -> dict[str, Any]:
        approval_id = _text(payload, "id", required=True)
        assert approval_id is not None
        if "approve" not in payload:
            raise ProtocolError("bad_request", "`approve` (true or false) is required")
        approve = _flag(payload, "approve", False)
        by = _text(payload, "by") or "operator"
        note = _text(payload, "note")
        try:
            approval = self.engine.approvals.resolve(approval_id, approve=approve, by=by, note=note)
        except ApprovalError as exc:
            code = "conflict" if "already" in exc.message else "not_found"
            raise ProtocolError(code, exc.message, exc.hint) from None
        return {"approval": protocol.approval_payload(approval)}

    # -- principals -----------------------------------------------------------------

    async def principals_list(self, payload: dict[str, Any]) -> dict[str, Any]:
        now = self.engine.clock()
        blocked_only = _flag(payload, "blocked", False)
        rows = [protocol.principal_payload(p, now) for p in self.engine.tracker.all()]
        if blocked_only:
            rows = [r for r in rows if r["blocked"]]
        rows.sort(key=lambda r: (not r["blocked"], -r["last_seen"], r["key"]))
        return {"principals": rows, "time": now}

    async def tracking_get(self, payload: dict[str, Any]) -> dict[str, Any]:
        """One principal: strikes, block, first seen, last activity, totals, and the
        guard families its recorded findings came from."""
        key = _text(payload, "key", required=True)
        assert key is not None
        view = tracking.principal_view(self.engine.tracker, key, self.engine.clock())
        if view is None:
            raise ProtocolError("not_found", f"no principal {key!r} is tracked",
                                hint="secproxy users list shows the tracked principals")
        view["guards"] = await asyncio.to_thread(tracking.guard_families,
                                                 self.deps.ledger.reader, key)
        return view

    async def tracking_blocked(self, payload: dict[str, Any]) -> dict[str, Any]:
        now = self.engine.clock()
        return {"principals": tracking.blocked_now(self.engine.tracker, now), "time": now}

    async def tracking_top_offenders(self, payload: dict[str, Any]) -> dict[str, Any]:
        now = self.engine.clock()
        limit = _int(payload, "limit", 10, 1, 1000)
        rows = tracking.top_offenders(self.engine.tracker, now, limit)
        return {"principals": rows, "time": now}

    async def rate_limit_get(self, payload: dict[str, Any]) -> dict[str, Any]:
        """One key under every rate limit that counts keys like it: used and remaining
        per window, burst available, whether it is whitelisted or has its own numbers."""
        key = _text(payload, "key", required=True)
        assert key is not None
        engine = self.engine
        configured = engine.rate_limits()
        view = limits.rate_limit_view(configured, engine.limiters, engine.config.llm, key,
                                      engine.clock())
        if not view["limits"]:
            kinds = ", ".join(limits.known_kinds(configured)) or "none configured"
            raise ProtocolError(
                "not_found", f"no rate limit counts keys like {key!r}",
                hint=f"the limits count by: {kinds}; keys read ip:10.0.0.5, user:bob, "
                     "key:sk-a…1f2e3d4c, header:x-tenant=acme, domain:example.com, *")
        return view

    async def principals_block(self, payload: dict[str, Any]) -> dict[str, Any]:
        key = _text(payload, "key", required=True)
        assert key is not None
        raw = payload.get("duration")
        duration: float | None = None
        if raw not in (None, "", "forever"):
            try:
                duration = parse_duration(raw)
            except ValueError as exc:
                raise ProtocolError("bad_request", f"`duration`: {exc}") from None
            if duration <= 0:
                raise ProtocolError("bad_request", "`duration` must be longer than 0s")
        state = self.engine.tracker.block(
            key,
            duration=duration,
            reason=_text(payload, "reason"),
            by=_text(payload, "by") or "operator",
        )
        return {"principal": protocol.principal_payload(state, self.engine.clock())}

    async def principals_unblock(self, payload: dict[str, Any]) -> dict[str, Any]:
        key = _text(payload, "key", required=True)
        assert key is not None
        state = self.engine.tracker.unblock(
            key, by=_text(payload, "by") or "operator", reason=_text(payload, "reason")
        )
        if state is None:
            raise ProtocolError(
                "not_found",
                f"no principal {key!r} is known",
                hint="list them with `secproxy users list`",
            )
        return {"principal": protocol.principal_payload(state, self.engine.clock())}

    # -- rules and config -----------------------------------------------------------

    async def rules_get(self, payload: dict[str, Any]) -> dict[str, Any]:
        config = self.engine.config
        source = self.engine.loaded.source
        # The operator's own text while it runs unsaved; else the file's block as written
        # (comments kept) when it holds the running rules; else YAML made from them.
        text, origin = None, "applied"
        if self._rules_text is not None and self._rules_text[0] is config:
            text = self._rules_text[1]
        elif source is not None:
            text, origin = await asyncio.to_thread(rules_file.rules_in_file, source, config), "file"
        if text is None:
            text, origin = rules_edit.rules_yaml(config), "generated"
        return {
            "rules": rules_edit.rules_rows(config),
            "yaml": text,
            "yaml_origin": origin,
            "source": self.engine.loaded.source,
            "default_action": config.engine.default_action,
            "warnings": list(self.engine.loaded.warnings),
        }

    async def rules_suggest(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Learning mode (`secproxy rules suggest`): rules allowing the traffic of a window
        of the ledger (`since`, default 7 days) and refusing the rest, as YAML and data."""
        since = _when(payload, "since") or self.engine.clock() - 7 * 86400
        until = _when(payload, "until")
        surfaces = _list(payload, "surface")
        for s in surfaces or []:
            if s not in learning.DECIDED_SURFACES:
                raise ProtocolError("bad_request", f"`surface`: {s!r} is not a decided "
                                    "surface", "one of: " + ", ".join(learning.DECIDED_SURFACES))
        min_count = _int(payload, "min_count", 1, 1, 1_000_000_000)
        mode = _text(payload, "mode") or "enforce"
        if mode not in ("enforce", "report"):
            raise ProtocolError("bad_request", "`mode` must be enforce or report")
        open_reader = self.deps.ledger.reader

        def run() -> learning.Suggestion:
            with open_reader() as reader:
                return learning.suggest_from_ledger(
                    reader, since=since, until=until, surfaces=surfaces,
                    min_count=min_count, mode="report" if mode == "report" else "enforce")

        found = await asyncio.to_thread(run)
        if not found.allowed:
            raise ProtocolError("not_found", "no allowed traffic in the ledger in that window: "
                                "nothing to learn from", "widen `since`")
        header = ["secproxy rules suggest, from the ledger",
                  "Apply with: secproxy rules apply FILE (add --save to keep it in the config)"]
        return {**found.to_dict(), "yaml": found.to_yaml(header=header)}

    async def rules_replace(self, payload: dict[str, Any]) -> dict[str, Any]:
        text = payload.get("yaml")
        if not isinstance(text, str):
            raise ProtocolError("bad_request", "`yaml` (the rules list as YAML text) is required")
        save = _flag(payload, "save", False)
        by = _text(payload, "by") or "operator"
        async with self._rules_lock:  # one edit at a time: each builds on the running config
            return await self._replace_rules(text, save=save, by=by)

    async def _replace_rules(self, text: str, *, save: bool, by: str) -> dict[str, Any]:
        """Validate, then (with `save`) write the config file, then swap: all or nothing."""
        running = self.engine.loaded
        source = running.source
        if save and source is None:
            raise ProtocolError(
                "save_failed",
                "the rules were not saved: secproxy runs on its built-in defaults, there is "
                "no config file to save them to; nothing changed",
                "apply without saving (in memory only), or start secproxy with -c FILE",
            )
        # Parsing and validating a large text takes a while: never on the event loop.
        full, offset = await asyncio.to_thread(rules_edit.build_config_text, running.config, text)
        try:
            loaded = await asyncio.to_thread(
                rules_edit.load_edited, full, source, running.overrides
            )
        except ConfigError as exc:
            self.engine.bus.emit(
                ConfigEvent(ok=False, source=source, errors=[str(i) for i in exc.issues],
                            change="rules/replace", by=by)
            )
            log.warning("rules edit rejected, keeping the old config: %s", exc)
            issues = rules_edit.relative_issues(exc, offset)
            count = len(issues)
            raise ProtocolError(
                "invalid_config",
                f"the rules were not applied ({count} problem{'s' * (count != 1)})",
                "nothing changed; fix the lines shown and apply again",
                protocol.issues_to_wire(issues),
            ) from None
        if self.engine.loaded is not running:
            raise ProtocolError(
                "conflict",
                "the config was reloaded while the rules were being checked; nothing changed",
                "look at the running rules and apply again",
            )
        saved = None
        if save:
            assert source is not None
            try:
                saved = await asyncio.to_thread(
                    rules_file.save_rules, source, text, loaded.config, running.overrides
                )
            except rules_file.RulesNotSaved as exc:
                raise ProtocolError("save_failed", exc.message, exc.hint) from None
        why = (f"rules replaced by an operator and saved to {saved.path}" if saved is not None
               else "rules replaced by an operator (the config file is unchanged)")
        try:
            self.engine.reload(loaded, why=why, by=by, change="rules/replace")
        except Exception:
            if saved is not None:  # the file must not hold rules the proxy refused
                await asyncio.to_thread(rules_file.restore, saved)
            raise
        self._rules_text = (loaded.config, text)
        reply: dict[str, Any] = {
            "applied": True,
            "rules": len(loaded.config.rules),
            "warnings": list(loaded.warnings),
            "persisted": saved is not None,
            "source": loaded.source,
        }
        if saved is not None:
            reply.update(saved_to=str(saved.path), backup=str(saved.backup), format=saved.format)
        return reply

    async def config_get(self, payload: dict[str, Any]) -> dict[str, Any]:
        data = shown_config(self.engine.config)
        return {
            "config": data,
            "source": self.engine.loaded.source,
            "warnings": list(self.engine.loaded.warnings),
        }

    # -- kill switch ----------------------------------------------------------------

    async def killswitch_get(self, payload: dict[str, Any]) -> dict[str, Any]:
        return {"kill_switch": self.engine.kill_switch.to_dict()}

    async def killswitch_set(self, payload: dict[str, Any]) -> dict[str, Any]:
        """`{"on": true, "surfaces": ["egress", "llm"], "reason": …, "by": …}`: deny
        every action on those surfaces (all when none are named) until `{"on": false}`."""
        on = payload.get("on")
        if not isinstance(on, bool):
            raise ProtocolError("bad_request", "`on` must be true or false")
        by = _text(payload, "by") or "operator"
        reason = _text(payload, "reason")
        switch = self.engine.kill_switch
        if on:
            switch.turn_on(parse_surfaces(_list(payload, "surfaces")), by=by, reason=reason)
        else:
            switch.turn_off(by=by, reason=reason)
        return {"kill_switch": switch.to_dict()}

    # -- audit ----------------------------------------------------------------------

    def _filters(self, payload: dict[str, Any]) -> Filters:
        decisions = _list(payload, "decision")
        for d in decisions or []:
            if d not in DECISIONS:
                raise ProtocolError("bad_request", f"`decision` {d!r} is not a decision")
        return Filters(
            since=_when(payload, "since"),
            until=_when(payload, "until"),
            decision=decisions,
            surface=_list(payload, "surface"),
            host=_text(payload, "host"),
            principal=_text(payload, "principal"),
            session=_text(payload, "session"),
            tool=_text(payload, "tool"),
            rule=_text(payload, "rule"),
            search=_text(payload, "search"),
            limit=_int(payload, "limit", 100, 1, 1000),
            offset=_int(payload, "offset", 0, 0, 10**9),
        )

    async def audit_query(self, payload: dict[str, Any]) -> dict[str, Any]:
        filters = self._filters(payload)
        open_reader = self.deps.ledger.reader

        def run() -> list[dict[str, Any]]:
            with open_reader() as reader:
                return [protocol.record_payload(r) for r in reader.query(filters)]

        return {"records": await asyncio.to_thread(run)}

    async def audit_stats(self, payload: dict[str, Any]) -> dict[str, Any]:
        filters = self._filters(payload)
        top = _int(payload, "top", 10, 1, 100)
        open_reader = self.deps.ledger.reader

        def run() -> dict[str, Any]:
            with open_reader() as reader:
                return reader.stats(filters, top=top)

        return await asyncio.to_thread(run)

    # -- sessions -------------------------------------------------------------------

    async def overview(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Sessions, decisions by outcome since start, the riskiest sessions (risk as
        of now) and the approvals waiting."""
        top = _int(payload, "top", 10, 1, 100)
        engine = self.engine
        now = engine.clock()
        tracker = engine.sessions
        states = tracker.all()
        risks = [(tracker.risk_now(st, now), st) for st in states]
        risky = sorted((r for r in risks if r[0] > 0), key=lambda r: -r[0])[:top]
        active = 900.0  # seen in the last 15 minutes
        return {
            "time": now,
            "sessions": {
                "known": len(states),
                "active": sum(1 for st in states if now - st.last_seen <= active),
                "risky": sum(1 for r, _ in risks if r > 0),
                "tainted": sum(1 for st in states if st.taint),
                "chains": sum(st.chains for st in states),
            },
            "decisions": {"since": self.stats.started, "total": self.stats.total,
                          "by_decision": dict(self.stats.by_decision)},
            "top_sessions": [protocol.session_payload(st.to_dict(risk)) for risk, st in risky],
            "pending_approvals": [protocol.approval_payload(a)
                                  for a in engine.approvals.pending()],
        }

    def _session(self, payload: dict[str, Any], field: str
                 ) -> tuple[str, str, SessionState | None]:
        """The session a command names: its id (`field`) and, where several principals
        have one by that id, whose (`owner`: the session's owner or the principal that
        acted in it last). Its id, its key and its state (None: not in memory)."""
        session = _text(payload, field, required=True)
        assert session is not None
        owner = _text(payload, "owner")
        found = self.engine.sessions.find(session, owner)
        if len(found) > 1:
            raise ProtocolError(
                "bad_request", f"{len(found)} principals have a session {session!r}: "
                + ", ".join(sorted(st.owner for st in found)), "name one as its `owner`")
        if found:
            return session, found[0].key, found[0]
        return session, session_key(owner or "anonymous", session), None

    async def session_timeline(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Every call of one session (the last `sessions.timeline_max` kept), oldest
        first: its decision, the risk it added and why, the chain steps it made."""
        session, key, st = self._session(payload, "id")
        limit = _int(payload, "limit", 1000, 1, 10_000)
        offset = _int(payload, "offset", 0, 0, 10**9)
        store = getattr(self.deps, "sessions", None)
        if store is None:
            raise ProtocolError("unavailable", "this secproxy keeps no session timelines")
        calls, total = await store.timeline(key, limit=limit, offset=offset)
        engine = self.engine
        now = engine.clock()
        if st is None and not total:
            raise ProtocolError("not_found", f"no session {session!r} is known",
                                "`overview` lists the riskiest sessions")
        state = None
        if st is not None:
            state = protocol.session_payload(st.to_dict(engine.sessions.risk_now(st, now)))
            state["steps"] = [{"step": s.name, "at": s.at, "request_id": s.request_id,
                               "what": s.what, "file": s.file} for s in st.steps]
        return {"session": state, "calls": [protocol.timeline_payload(c) for c in calls],
                "total": total, "offset": offset, "time": now}

    async def session_taints(self, payload: dict[str, Any]) -> dict[str, Any]:
        """The principals' taint marks (`sessions.taint_scope: principal`) and the
        tainted sessions this instance keeps, the most recent first."""
        sessions = self.engine.sessions
        tainted = sorted((st for st in sessions.all() if st.taint),
                         key=lambda st: st.last_seen, reverse=True)
        return protocol.taints_payload(
            sessions.marks(),
            [{"session": st.id, "owner": st.owner, "taint": st.taint,
              "source": st.taint_source, "principal": st.principal,
              "last_seen": st.last_seen} for st in tainted[:1000]],
            self.engine.clock())

    async def session_untaint(self, payload: dict[str, Any]) -> dict[str, Any]:
        """An operator clears a session's taint (`session`, and its `owner` where several
        principals have one by that id) or a principal's mark (`principal`, as
        `session/taints` lists it), or both."""
        session = _text(payload, "session")
        principal = _text(payload, "principal")
        if session is None and principal is None:
            raise ProtocolError("bad_request", "name a `session` or a `principal`",
                                "`session/taints` lists them")
        key = None if session is None else self._session(payload, "session")[1]
        if not self.engine.sessions.untaint(key, principal):
            raise ProtocolError("not_found", "no taint to clear there",
                                "`secproxy session taints` lists what is tainted")
        log.warning("taint cleared by %s: %s", _text(payload, "by") or "operator",
                    ", ".join(f"{k} {v}" for k, v in (("session", session),
                                                      ("principal", principal)) if v))
        # A session cleared alone is still decided with its principal's mark, if any:
        # say how many marks remain (`session/taints` names them).
        marks = len(self.engine.sessions.marks())
        return {"cleared": True, "session": session, "principal": principal,
                "principal_marks": marks}

    # -- mcp ------------------------------------------------------------------------

    def _mcp(self) -> Any:
        """The proxy's MCP hub (`secproxy.surfaces.mcp.hub.McpHub`), when it has one."""
        hub = getattr(self.deps, "mcp", None)
        if hub is None:
            raise ProtocolError("unavailable", "this secproxy does not relay MCP messages")
        return hub

    async def mcp_relay(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Decide one message of a server wrapped by `secproxy mcp wrap`: the text for
        the receiver (`same`: the text as sent) and the answer for the sender."""
        hub = self._mcp()
        conversation = _text(payload, "conversation", required=True)
        server = _text(payload, "server", required=True)
        direction = _text(payload, "direction", required=True)
        if direction not in ("request", "response"):
            raise ProtocolError("bad_request", "`direction` must be request or response")
        text = payload.get("text")
        if not isinstance(text, str):
            raise ProtocolError("bad_request", "`text` (the JSON-RPC message) is required")
        unread = payload.get("unread", NO_ID)  # the id of a line over the size limit
        if not isinstance(unread, str | int | float) or isinstance(unread, bool):
            unread = NO_ID
        asked = payload.get("asked")  # the method of such a line (a request, not an answer)
        forward, answer = await hub.relay(conversation, server, _text(payload, "agent"),
                                          Direction(direction), text, unread,
                                          asked if isinstance(asked, str) else None)
        same = forward is text
        return {"same": same, "forward": None if same else forward, "answer": answer}

    async def mcp_close(self, payload: dict[str, Any]) -> dict[str, Any]:
        conversation = _text(payload, "conversation", required=True)
        await self._mcp().close(conversation)
        return {"closed": True}

    async def mcp_tools(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Every pinned (or withheld) MCP tool with its status."""
        return {"tools": self._mcp().tools()}

    async def mcp_approve(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Approve the changed definition of an MCP tool: a held one's approval is
        resolved, one left out is pinned (listed again from the next `tools/list`)."""
        server = _text(payload, "server", required=True)
        tool = _text(payload, "tool", required=True)
        by = _text(payload, "by") or "operator"
        try:
            how = await self._mcp().approve(server, tool, by)
        except KeyError as exc:
            raise ProtocolError("not_found", str(exc.args[0]),
                                "`mcp/tools` lists the changed (and held) tools") from None
        return {"server": server, "tool": tool, "approved": how}
