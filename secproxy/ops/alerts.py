"""Webhook alerts: the `alerts` consumer of the event bus.

Events become alerts (`alert_kinds.alert_for`: blocked, approval, denied,
config_rejected, taint); each webhook target (`alerts.webhooks`) gets the kinds it asked
for through its own bounded queue and sender task, laid out by `alert_formats`.

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

import aiohttp
from prometheus_client import CollectorRegistry, Counter

from secproxy import __version__
from secproxy.aio import cancel_and_wait, spawn
from secproxy.config.alerts import AlertSettings, WebhookTarget
from secproxy.events import Event, EventBus, Subscription
from secproxy.ops.alert_formats import RENDERERS, SEVERITY_RANK, Alert
from secproxy.ops.alert_kinds import EVENT_KINDS, alert_for

log = logging.getLogger("secproxy.alerts")

_MAX_KEYS = 10_000


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
            **{name: value.get_secret_value() for name, value in target.headers.items()},
        }
        attempts = self.settings.max_retries + 1
        why = "no attempt"
        for attempt in range(attempts):
            delay: float | None = None
            try:
                async with self._session.post(
                    target.url.get_secret_value(), data=body, headers=headers,
                    allow_redirects=False,
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
