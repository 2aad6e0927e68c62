"""Webhook alerts: the `alerts` consumer of the event bus.

Events become alerts (`alert_for`), each webhook target (`alerts.webhooks`) gets the
kinds it asked for through its own bounded queue and sender task:

- `blocked`: `PrincipalEvent` change `blocked` (strikes or an operator). Key: the
  principal. Severity high.
- `approval`: `ApprovalEvent` state `opened` (an action waits for an operator): id,
  principal, what, rule, reason, expiry and the `secproxy approvals approve ID` command.
  Key: the approval id. Severity medium.
- `denied`: `DecisionEvent` with decision `block` and a `denied_by_rule` finding (always
  sent), or a finding of at least the target's `min_severity`. Key: the rule (or the top
  finding's category), the principal and the host or tool. Severity: the top finding's.
- `config_rejected`: `ConfigEvent` with `ok` false (a reload or an operator's rules
  edit). Key: change and source. Severity high.
- `taint`: `TaintEvent` reaching `alerts.taint_level` from below. Key: the session.
  Severity medium.

Alerts carry no request content, no header values, and API keys only masked
(`mask_secret`); an approval alert says what is asked as surface, tool or
method+host+path, never arguments, query strings or bodies.

Never in the hot path: the bus subscription is non-durable (under overload the bus drops
the oldest events and counts them), each target's queue drops its oldest alert when full.
The same key is sent to a target once per `dedup_window`; the next one sent carries the
count of repeats suppressed in between. Delivery: 2xx is sent; 429 waits Retry-After;
5xx, timeouts and connection errors retry with exponential backoff and jitter up to
`max_retries`; any other status is not retried (logged once per target and status).
Target URLs are never logged (Slack and Discord URLs are tokens), only target names.
Counters: `secproxy_alerts_total{target, result=sent|failed|dropped}`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import replace
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp
from prometheus_client import CollectorRegistry, Counter

from secproxy import __version__
from secproxy.aio import cancel_and_wait, spawn
from secproxy.config.alerts import AlertSettings, WebhookTarget
from secproxy.events import (
    ApprovalEvent,
    ConfigEvent,
    DecisionEvent,
    Event,
    EventBus,
    PrincipalEvent,
    Subscription,
    TaintEvent,
)
from secproxy.model import Decision, Severity, mask_secret
from secproxy.ops.alert_formats import RENDERERS, SEVERITY_RANK, Alert, iso

log = logging.getLogger("secproxy.alerts")

EVENT_KINDS = frozenset({"decision", "approval", "principal", "config", "taint"})
_FOREVER_AFTER = 10 * 365 * 86400.0
_MAX_KEYS = 10_000


def safe_principal(key: str) -> str:
    """A principal key fit for an alert: an unmasked API key (an operator may block
    `key:<raw>`) is masked."""
    if key.startswith("key:") and "…" not in key:
        return "key:" + mask_secret(key[4:])
    return key


def _what(detail: dict[str, Any], surface: str) -> str:
    tool = detail.get("tool")
    if tool:
        return f"{surface} tool {tool}"
    url = detail.get("url")
    if isinstance(url, str):
        method = detail.get("method")
        return f"{surface} {method + ' ' if method else ''}{url.split('?', 1)[0]}"
    return surface


def _blocked(e: PrincipalEvent) -> Alert:
    who = safe_principal(e.key)
    until = (
        "until unblocked"
        if e.blocked_until is None or e.blocked_until - e.ts > _FOREVER_AFTER
        else iso(e.blocked_until)
    )
    by = e.by or "system"
    return Alert(
        kind="blocked",
        severity=Severity.HIGH,
        title=f"Principal blocked: {who}",
        summary=f"{who} was blocked by {by} ({until}): {e.reason or 'no reason given'}",
        key=f"blocked:{who}",
        ts=e.ts,
        details={
            "principal": who,
            "by": by,
            "reason": e.reason or "-",
            "until": until,
            "strikes": e.strikes,
            "unblock": f"secproxy users unblock {who}",
        },
    )


def _approval(e: ApprovalEvent) -> Alert | None:
    a = e.approval
    if e.state != "opened":
        return None
    who = safe_principal(str(a.principal))
    what = _what(dict(a.detail or {}), str(a.surface))
    expires_in = max(0, round(a.expires - e.ts))
    return Alert(
        kind="approval",
        severity=Severity.MEDIUM,
        title=f"Approval needed: {what}",
        summary=(
            f"{who} asks for {what}; held until an operator decides "
            f"(denied in {expires_in}s otherwise). {a.reason or ''}"
        ).strip(),
        key=f"approval:{a.id}",
        ts=e.ts,
        details={
            "id": a.id,
            "principal": who,
            "what": what,
            "rule": a.rule or "-",
            "reason": a.reason or "-",
            "expires": iso(a.expires),
            "approve": f"secproxy approvals approve {a.id}",
            "deny": f"secproxy approvals deny {a.id}",
        },
    )


def _denied(e: DecisionEvent) -> Alert | None:
    v = e.verdict
    if v.decision is not Decision.BLOCK or not v.findings:
        return None
    by_rule = any(f.category == "denied_by_rule" for f in v.findings)
    top = max(v.findings, key=lambda f: SEVERITY_RANK[f.severity])
    a = e.action
    who = safe_principal(a.principal.key)
    target = a.target.tool or a.target.host or a.result_of or "-"
    cause = f"rule {v.rule}" if by_rule and v.rule else top.category
    return Alert(
        kind="denied",
        severity=top.severity,
        title=f"Denied ({cause}): {who} → {target}",
        summary=f"{a.surface} request by {who} to {target} was blocked: {v.reason or top.message}",
        key=f"denied:{cause}:{who}:{target}",
        ts=e.ts,
        details={
            "principal": who,
            "surface": str(a.surface),
            "target": target,
            "rule": v.rule or "-",
            "category": top.category,
            "severity": str(top.severity),
            "reason": (v.reason or top.message)[:300],
        },
        by_rule=by_rule,
    )


def _config(e: ConfigEvent) -> Alert | None:
    if e.ok:
        return None
    what = "rules edit" if e.change == "rules/replace" else "config reload"
    details: dict[str, Any] = {"change": e.change, "source": e.source or "-", "by": e.by or "-"}
    for i, err in enumerate(e.errors[:5]):
        details[f"error {i + 1}"] = err[:300]
    if len(e.errors) > 5:
        details["more errors"] = len(e.errors) - 5
    return Alert(
        kind="config_rejected",
        severity=Severity.HIGH,
        title=f"{what.capitalize()} rejected",
        summary=f"A {what} was refused ({len(e.errors)} error(s)); the running config stays.",
        key=f"config_rejected:{e.change}:{e.source}",
        ts=e.ts,
        details=details,
    )


def _taint(e: TaintEvent, level: int) -> Alert | None:
    if not (e.level >= level > e.previous):
        return None
    return Alert(
        kind="taint",
        severity=Severity.MEDIUM,
        title=f"Session tainted: {e.session} (level {e.level})",
        summary=f"Session {e.session} went from taint {e.previous} to {e.level}"
        + (f" ({e.source})" if e.source else ""),
        key=f"taint:{e.session}",
        ts=e.ts,
        details={
            "session": e.session,
            "level": e.level,
            "previous": e.previous,
            "source": e.source or "-",
        },
    )


def alert_for(event: Event, settings: AlertSettings) -> Alert | None:
    """The alert an event raises, if any (before per-target filtering and dedup)."""
    if isinstance(event, DecisionEvent):
        return _denied(event)
    if isinstance(event, PrincipalEvent):
        return _blocked(event) if event.change == "blocked" else None
    if isinstance(event, ApprovalEvent):
        return _approval(event)
    if isinstance(event, ConfigEvent):
        return _config(event)
    if isinstance(event, TaintEvent):
        return _taint(event, settings.taint_level)
    return None


class WebhookQueue:
    """One target's filter, dedup state, bounded queue and counters."""

    def __init__(self, target: WebhookTarget, settings: AlertSettings):
        self.target = target
        self.kinds = frozenset(target.events)
        self.min_rank = SEVERITY_RANK[target.min_severity]
        self.window = settings.dedup_window
        self.queue: deque[Alert] = deque()
        self.maxsize = settings.queue_size
        self.ready = asyncio.Event()
        self.idle = asyncio.Event()
        self.idle.set()
        self.sent_times: deque[float] = deque()
        self.seen: dict[str, list[float]] = {}
        """key → [first sent (monotonic), repeats suppressed since]."""
        self.warned: set[int] = set()
        self.sent = self.failed = self.dropped = self.suppressed = 0

    def wants(self, alert: Alert) -> bool:
        if alert.kind not in self.kinds:
            return False
        return (
            alert.kind != "denied"
            or alert.by_rule
            or (SEVERITY_RANK[alert.severity] >= self.min_rank)
        )

    def offer(self, alert: Alert, now: float) -> bool:
        """Queue the alert unless it repeats one sent within the window; False when it
        dropped the oldest queued alert to make room."""
        if self.window > 0:
            entry = self.seen.get(alert.key)
            if entry is not None and now - entry[0] < self.window:
                entry[1] += 1
                self.suppressed += 1
                return True
            if entry is not None and entry[1]:
                alert = replace(alert, suppressed=int(entry[1]))
            self.seen.pop(alert.key, None)
            self.seen[alert.key] = [now, 0]
            if len(self.seen) > _MAX_KEYS:
                self._prune(now)
        room = len(self.queue) < self.maxsize
        if not room:
            self.queue.popleft()
            self.dropped += 1
        self.queue.append(alert)
        self.idle.clear()
        self.ready.set()
        return room

    def _prune(self, now: float) -> None:
        for key in [k for k, (start, _) in self.seen.items() if now - start >= self.window]:
            del self.seen[key]
        while len(self.seen) > _MAX_KEYS:
            del self.seen[next(iter(self.seen))]

    def stats(self) -> dict[str, int]:
        return {
            "sent": self.sent,
            "failed": self.failed,
            "dropped": self.dropped,
            "suppressed": self.suppressed,
            "queued": len(self.queue),
        }


class AlertDispatcher:
    """Subscribes to the bus, turns events into alerts and posts them to every target."""

    def __init__(
        self,
        settings: AlertSettings,
        bus: EventBus,
        *,
        registry: CollectorRegistry | None = None,
        version: str = __version__,
    ):
        self.settings = settings
        self.bus = bus
        self.version = version
        self.targets = [WebhookQueue(t, settings) for t in settings.webhooks]
        self.counter = Counter(
            "secproxy_alerts_total",
            "Webhook alerts by target and result",
            ["target", "result"],
            registry=registry,
        )
        self._sub: Subscription | None = None
        self._session: aiohttp.ClientSession | None = None
        self._consumer: asyncio.Task[None] | None = None
        self._senders: list[asyncio.Task[None]] = []

    @property
    def enabled(self) -> bool:
        return bool(self.targets)

    def stats(self) -> dict[str, dict[str, int]]:
        """Per target: sent, failed, dropped, suppressed (dedup) and queued."""
        return {t.target.name: t.stats() for t in self.targets}

    async def start(self) -> None:
        if not self.targets:
            return
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.settings.timeout)
        )
        self._sub = self.bus.subscribe(
            "alerts", kinds=EVENT_KINDS, maxsize=self.settings.queue_size
        )
        self._consumer = spawn(self._consume(self._sub), name="alerts-consumer")
        self._senders = [
            spawn(self._send_loop(t), name=f"alerts-{t.target.name}") for t in self.targets
        ]

    async def stop(self) -> None:
        """Route what the bus still holds, give queued alerts `flush_timeout` to go out,
        then stop (what is left is counted as dropped)."""
        if self._sub is None:
            return
        sub, self._sub = self._sub, None
        self.bus.unsubscribe(sub)
        await cancel_and_wait(self._consumer)
        self._route_all(sub.drain(sub.queue.qsize()))
        try:
            await asyncio.wait_for(
                asyncio.gather(*(t.idle.wait() for t in self.targets)),
                self.settings.flush_timeout,
            )
        except TimeoutError:
            log.warning("alerts: shutdown deadline reached with alerts still queued")
        await cancel_and_wait(*self._senders)
        self._senders = []
        for t in self.targets:
            if t.queue:
                self._count(t, "dropped", len(t.queue))
                t.queue.clear()
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _consume(self, sub: Subscription) -> None:
        async for event in sub:
            self._route_all((event,))

    def _route_all(self, events: Iterable[Event]) -> None:
        now = time.monotonic()
        for event in events:
            try:
                alert = alert_for(event, self.settings)
            except Exception:
                log.exception("alerts: could not build an alert from a %s event", event.kind)
                continue
            if alert is None:
                continue
            for t in self.targets:
                if t.wants(alert) and not t.offer(alert, now):
                    self.counter.labels(t.target.name, "dropped").inc()

    def _count(self, t: WebhookQueue, result: str, n: int = 1) -> None:
        setattr(t, result, getattr(t, result) + n)
        self.counter.labels(t.target.name, result).inc(n)

    async def _send_loop(self, t: WebhookQueue) -> None:
        while True:
            if not t.queue:
                t.idle.set()
                t.ready.clear()
                await t.ready.wait()
                continue
            await self._rate_wait(t)
            if not t.queue:
                continue
            alert = t.queue.popleft()
            try:
                ok = await self._deliver(t, alert)
            except Exception:
                log.exception("alerts: delivery to %s failed", t.target.name)
                ok = False
            self._count(t, "sent" if ok else "failed")

    async def _rate_wait(self, t: WebhookQueue) -> None:
        times = t.sent_times
        while True:
            now = time.monotonic()
            while times and now - times[0] >= 60.0:
                times.popleft()
            if len(times) < t.target.rate_limit:
                times.append(now)
                return
            await asyncio.sleep(60.0 - (now - times[0]))

    def _backoff(self, attempt: int) -> float:
        delay = self.settings.retry_delay * (2**attempt) * random.uniform(0.8, 1.2)
        return float(min(delay, self.settings.max_retry_delay))

    def _retry_after(self, value: str | None, attempt: int) -> float:
        if value:
            try:
                seconds = float(value)
            except ValueError:
                try:
                    seconds = parsedate_to_datetime(value).timestamp() - time.time()
                except (TypeError, ValueError):
                    seconds = self._backoff(attempt)
            return float(min(max(seconds, 0.0), self.settings.max_retry_delay))
        return self._backoff(attempt)

    async def _deliver(self, t: WebhookQueue, alert: Alert) -> bool:
        assert self._session is not None
        target = t.target
        body = json.dumps(RENDERERS[target.format](alert, self.version)).encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": f"secproxy/{self.version}",
            **target.headers,
        }
        attempts = self.settings.max_retries + 1
        why = "no attempt"
        for attempt in range(attempts):
            delay: float | None = None
            try:
                async with self._session.post(
                    target.url, data=body, headers=headers, allow_redirects=False
                ) as resp:
                    status = resp.status
                    if 200 <= status < 300:
                        return True
                    why = f"HTTP {status}"
                    if status == 429:
                        delay = self._retry_after(resp.headers.get("Retry-After"), attempt)
                    elif status < 500:
                        if status not in t.warned:
                            t.warned.add(status)
                            log.warning(
                                "alerts: %s answered HTTP %d (not retried; logged once)",
                                target.name,
                                status,
                            )
                        return False
            except (aiohttp.ClientError, TimeoutError) as exc:
                why = type(exc).__name__
            if attempt + 1 < attempts:
                await asyncio.sleep(delay if delay is not None else self._backoff(attempt))
        log.warning(
            "alerts: %s alert to %s failed after %d attempt(s) (%s)",
            alert.kind,
            target.name,
            attempts,
            why,
        )
        return False
