"""Prometheus metrics fed from the event bus (an inline listener) and read at scrape time.

Every label is bounded by the config or the code, never by traffic: rule, guard, stage,
upstream and listener names come from the config; decisions, finding families and kinds,
limit key types, causes and stream ends are fixed sets. Hosts, principals (but the
configured LLM users) and request ids never become labels.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from prometheus_client import CollectorRegistry, Gauge, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from secproxy.engine.session import family_of
from secproxy.events import (
    ApprovalEvent,
    ConfigEvent,
    DecisionEvent,
    Event,
    PrincipalEvent,
    RecordEvent,
    TaintEvent,
    listens,
)
from secproxy.model import Direction, Finding, Outcome, Surface, Verdict
from secproxy.ops.histograms import CountChild, LightChild, LightCounter, LightHistogram

__all__ = ["CONTENT_TYPE_LATEST", "Metrics", "upstream_cause"]

_FAST = (1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 5e-3, 0.025, 0.1, 1.0)
"""Buckets for work inside the engine (a stage, a guard, a decision)."""
_SURFACE = {s: s.value for s in Surface}
"""A surface's label (a dict read; `Enum.value` is a property)."""
_FOLD = 256
_NONE: dict[str, float] = {}
"""Decisions whose timings are noted before they are put into the histograms (at most:
a scrape folds them first)."""
_SLOW = (0.001, 0.005, 0.025, 0.1, 0.5, 1.0, 5.0)
"""Buckets for a ledger commit (an fsync under `strict`)."""
_HUMAN = (1.0, 5.0, 15.0, 30.0, 60.0, 120.0, 300.0, 900.0, 3600.0)
"""Buckets for an operator's answer to an approval."""
_RESOLVED = frozenset({"approved", "denied", "expired"})
_CLIENT_SIDE = ("client left", "client went", "client closed", "stream cut by secproxy",
                "answer refused", "not carried out", "internal error")
"""Outcome errors that are not the upstream's doing."""
_CAUSES = (
    ("timeout", ("timed out", "timeout", "stalled")),
    ("dns", ("dns", "resolve", "name or service", "no address")),
    ("tls", ("tls", "ssl", "certificate")),
    ("refused", ("refused",)),
    ("connect", ("connect", "unreachable", "reset", "unavailable")),
    ("protocol", ("bad_upstream_response", "malformed", "invalid", "protocol", "unsolicited")),
)


def upstream_cause(outcome: Outcome) -> str | None:
    """The cause of an upstream failure in `outcome` (`timeout`, `dns`, `tls`, `refused`,
    `connect`, `protocol`, `status`, `other`), None when nothing failed upstream. Surfaces
    describe failures in words; a gateway status (502-504) or the word upstream/gateway
    marks one as the upstream's."""
    error = outcome.error
    status = outcome.status
    gateway = status is not None and 502 <= status <= 504
    if not error:
        return "status" if gateway else None
    text = error.lower()
    if any(mark in text for mark in _CLIENT_SIDE):
        return None
    if not (gateway or "upstream" in text or "gateway" in text):
        return None
    if status == 504:
        return "timeout"
    for cause, marks in _CAUSES:
        if any(mark in text for mark in marks):
            return cause
    return "other"


def _stream_end(verdict: Verdict, outcome: Outcome) -> str:
    """How a stream ended: `blocked` (refused or cut by a guard), `error` (the upstream or
    the client broke it), `redacted` (relayed, masked) or `completed`."""
    if not verdict.permits:
        return "blocked"
    if outcome.error:
        return "error"
    return "redacted" if verdict.sanitized is not None else "completed"


def _observe_all(child: LightChild, values: Sequence[float], bounds: tuple[float, ...]
                 ) -> None:
    """`child.observe(v)` for each of `values`: sorted once, each bucket counts the
    values up to its bound (`le`: a value equal to a bound is in that bound's bucket)."""
    ordered = sorted(values)
    counts = child.counts
    below = 0
    for i, bound in enumerate(bounds):
        upto = bisect_right(ordered, bound, below)
        counts[i] += upto - below
        below = upto
    counts[-1] += len(ordered) - below
    child.total += sum(ordered)


class Metrics:
    """One registry per runtime, so several proxies in one process stay apart."""

    def __init__(self) -> None:
        self.registry = r = CollectorRegistry()
        self.decisions = LightCounter(
            "secproxy_decisions_total", "Decisions by surface, outcome and deciding rule "
            "('-': none matched)", ["surface", "decision", "rule"], registry=r)
        self.latency = LightHistogram(
            "secproxy_decision_seconds", "Time spent in the decision pipeline",
            ["surface"], buckets=_FAST, registry=r)
        self.stages = LightHistogram(
            "secproxy_stage_seconds", "Time spent in each pipeline stage", ["stage"],
            buckets=_FAST, registry=r)
        self.guards = LightHistogram(
            "secproxy_guard_seconds", "Time each content guard took", ["guard"],
            buckets=_FAST, registry=r)
        self.findings = LightCounter(
            "secproxy_findings_total", "Findings by stage (guard), family and kind",
            ["stage", "family", "kind"], registry=r)
        self.rate_limited = LightCounter(
            "secproxy_rate_limited_total", "Requests refused by a rate limit, by surface and "
            "what the limit counts per (ip, principal, api_key, domain, global, tokens)",
            ["surface", "key"], registry=r)
        self.approvals = LightCounter(
            "secproxy_approvals_total", "Approval state changes", ["state"], registry=r)
        self.approval_wait = LightHistogram(
            "secproxy_approval_resolve_seconds", "Time from an approval's opening to its "
            "answer, by answer (approved, denied, expired)", ["state"], buckets=_HUMAN,
            registry=r)
        self.principals = LightCounter(
            "secproxy_principal_changes_total", "Strikes, blocks and unblocks", ["change"],
            registry=r)
        self.taint = LightCounter(
            "secproxy_taint_elevations_total", "Session taint increases", ["level"], registry=r)
        self.reloads = LightCounter(
            "secproxy_config_reloads_total", "Config reloads", ["result"], registry=r)
        self.bytes = LightCounter(
            "secproxy_bytes_total", "Bytes relayed", ["surface", "direction"], registry=r)
        self.streams = LightCounter(
            "secproxy_streams_ended_total", "Streamed actions by how they ended (completed, "
            "redacted, blocked, error)", ["surface", "reason"], registry=r)
        self.upstream_errors = LightCounter(
            "secproxy_upstream_errors_total", "Upstream failures after an allowed decision, "
            "by upstream (its config name, else the surface) and cause",
            ["upstream", "cause"], registry=r)
        self.pending = Gauge(
            "secproxy_approvals_pending", "Approvals waiting for an operator", registry=r)
        self.llm_tokens = LightCounter(
            "secproxy_llm_tokens_total",
            "LLM gateway tokens by upstream, principal (proxy-key and proxy users only, "
            "others '-': bounded by config) and direction (input, output)",
            ["upstream", "principal", "direction"], registry=r)
        self.llm_cost = LightCounter(
            "secproxy_llm_cost_total",
            "LLM gateway spending (llm.prices) by upstream and principal",
            ["upstream", "principal"], registry=r)
        self.ledger_queue = Gauge(
            "secproxy_ledger_queue", "Records waiting to be written", registry=r)
        self.ledger_healthy = Gauge(
            "secproxy_ledger_healthy",
            "1 while the ledger writer runs and its last write succeeded, else 0", registry=r)
        self.ledger_spooled = Gauge(
            "secproxy_ledger_spooled",
            "Records kept in the local spool while the ledger database is unreachable "
            "(written to it, in order, once it answers)", registry=r)
        self.ledger_write = LightHistogram(
            "secproxy_ledger_write_seconds", "Time to commit one batch of ledger records",
            buckets=_SLOW, registry=r)
        self.connections = Gauge(
            "secproxy_open_connections", "Client connections open now, by listener",
            ["listener"], registry=r)
        self.tunnels = Gauge(
            "secproxy_open_tunnels", "Egress CONNECT tunnels open now", registry=r)
        self.refused_connections = LightCounter(
            "secproxy_connections_refused_total",
            "Client connections of the api, llm, mcp and ws listeners refused as soon as they "
            "were accepted, by listener and why (listener: its max_connections; address: "
            "its max_connections_per_address)", ["listener", "why"], registry=r)
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}
        self._decided: dict[tuple[str, Any, str | None], CountChild] = {}
        self._stage_children: dict[str, LightChild] = {}
        self._guard_children: dict[str, LightChild] = {}
        self._latency_children: dict[str, LightChild] = {}
        self._bytes_children: dict[str, tuple[CountChild, CountChild]] = {}
        self._timed: list[tuple[str, tuple[str, ...], tuple[float, ...],
                                tuple[str, ...], tuple[float, ...]]] = []
        """Per decision not folded yet: its surface, stages and their times, guards and
        their times, taken when it was announced (a heavy guard's thread still running
        past a timeout writes into the verdict's guard times later)."""

    def _child(self, metric: Any, *labels: str) -> Any:
        """Labelled children cached by label values (the rarer series; the ones every
        decision touches have dicts of their own)."""
        key = (id(metric), labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    @listens("decision", "record", "approval", "principal", "taint", "config")
    def observe(self, event: Event) -> None:
        if isinstance(event, DecisionEvent):
            self._decision(event)
        elif isinstance(event, RecordEvent):
            self._record(event)
        elif isinstance(event, ApprovalEvent):
            approval = event.approval
            if getattr(approval, "instance", None) is not None:
                return  # another instance's (shared state): its owner counts it
            self._child(self.approvals, event.state).inc()
            resolved_at = getattr(approval, "resolved_at", None)
            if event.state in _RESOLVED and resolved_at is not None:
                self._child(self.approval_wait, event.state).observe(
                    max(resolved_at - approval.created, 0.0))
        elif isinstance(event, PrincipalEvent):
            self._child(self.principals, event.change).inc()
        elif isinstance(event, TaintEvent):
            self._child(self.taint, str(event.level)).inc()
        elif isinstance(event, ConfigEvent):
            self.reloads.labels("ok" if event.ok else "rejected").inc()

    def _decision(self, event: DecisionEvent) -> None:
        v = event.verdict
        surface = _SURFACE[event.action.surface]
        findings = v.findings
        if event.added is None:
            key = (surface, v.decision, v.rule)
            counted = self._decided.get(key)
            if counted is None:
                counted = self._decided[key] = self.decisions.labels(
                    surface, v.decision.value, v.rule or "-")
            counted.inc()
            # A dozen observations per decision (each stage, each guard): noted here, put
            # into the histograms a few hundred decisions at a time (`fold`), sorted
            # and cut at the buckets' bounds, not one `bisect` and two additions each.
            timed = self._timed
            times, guard_times = v.timings, v.guard_timings or _NONE
            timed.append((surface, tuple(times), tuple(times.values()),
                          tuple(guard_times), tuple(guard_times.values())))
            if len(timed) >= _FOLD:
                self.fold()
        else:  # an update of a decision counted already: only its new findings
            findings = findings[len(findings) - event.added:] if event.added else []
        for f in findings:
            self._finding(surface, f)

    def fold(self) -> None:
        """Put the timings of the decisions noted since the last fold into the stage,
        guard and decision-time histograms (`render` folds first: a scrape sees every
        decision). Decisions are grouped by surface and by the stages they ran (most
        run the same ones): each stage's times are then one column of the group."""
        timed = self._timed
        if not timed:
            return
        self._timed = []
        by_stages: dict[tuple[str, tuple[str, ...]], list[tuple[float, ...]]] = {}
        by_guards: dict[tuple[str, ...], list[tuple[float, ...]]] = {}
        for surface, stages, times, guards, guard_times in timed:
            by_stages.setdefault((surface, stages), []).append(times)
            if guards:
                by_guards.setdefault(guards, []).append(guard_times)
        bounds = self.stages.bounds  # the three histograms' (all `_FAST`)
        for (surface, stages), group in by_stages.items():
            for stage, column in zip(stages, zip(*group, strict=True), strict=True):
                _observe_all(self._labelled(self._stage_children, self.stages, stage),
                             column, bounds)
            # a decision's time: its stages' times summed in their order, as before
            _observe_all(self._labelled(self._latency_children, self.latency, surface),
                         list(map(sum, group)), bounds)
        for guards, group in by_guards.items():
            for guard, column in zip(guards, zip(*group, strict=True), strict=True):
                _observe_all(self._labelled(self._guard_children, self.guards, guard),
                             column, bounds)

    @staticmethod
    def _labelled(children: dict[str, LightChild], histogram: LightHistogram,
                  label: str) -> LightChild:
        child = children.get(label)
        if child is None:
            child = children[label] = histogram.labels(label)
        return child

    def _finding(self, surface: str, f: Finding) -> None:
        self._child(self.findings, f.stage, family_of(f), f.kind or f.category).inc()
        if f.category == "rate_limit":
            key = f.kind or ("tokens" if f.stage == "llm" else "other")
            self._child(self.rate_limited, surface, key).inc()

    def _record(self, event: RecordEvent) -> None:
        action, outcome = event.action, event.outcome
        surface = _SURFACE[action.surface]
        if outcome.bytes_in:
            self._bytes_child(surface, 0).inc(outcome.bytes_in)
        if outcome.bytes_out:
            self._bytes_child(surface, 1).inc(outcome.bytes_out)
        if action.direction is Direction.STREAM:
            self._child(self.streams, surface, _stream_end(event.verdict, outcome)).inc()
        if outcome.error or outcome.status:
            cause = upstream_cause(outcome) if event.verdict.permits else None
            if cause is not None:
                upstream = action.metadata.get("upstream")
                name = upstream if isinstance(upstream, str) and upstream else surface
                self._child(self.upstream_errors, name, cause).inc()
        tokens = action.metadata.get("tokens") if surface == "llm" else None
        if isinstance(tokens, dict):
            self._llm(event, tokens)

    def _bytes_child(self, surface: str, out: int) -> CountChild:
        """The bytes counter of `surface`'s direction (0: in, 1: out)."""
        pair = self._bytes_children.get(surface)
        if pair is None:
            pair = self._bytes_children[surface] = (self.bytes.labels(surface, "in"),
                                                    self.bytes.labels(surface, "out"))
        return pair[out]

    def _llm(self, event: RecordEvent, tokens: dict[str, Any]) -> None:
        """An LLM request's tokens and cost (the gateway puts them on its record); the
        principal label only for named users, so that addresses do not grow the series."""
        meta = event.action.metadata
        upstream = str(meta.get("upstream") or "-")
        principal = event.action.principal.user or "-"
        for direction in ("input", "output"):
            count = tokens.get(direction)
            if isinstance(count, int) and count > 0:
                self._child(self.llm_tokens, upstream, principal, direction).inc(count)
        cost = meta.get("cost")
        if isinstance(cost, int | float) and cost > 0:
            self._child(self.llm_cost, upstream, principal).inc(cost)

    def ledger_wrote(self, seconds: float) -> None:
        """One ledger batch committed in `seconds` (`Ledger.on_write`)."""
        self.ledger_write.observe(seconds)

    def render(self, *, pending: int, ledger_queue: int, ledger_healthy: bool = True,
               connections: Mapping[str, int] | None = None, tunnels: int = 0,
               ledger_spooled: int = 0,
               refused: Mapping[str, Mapping[str, int]] | None = None) -> bytes:
        """The exposition text, with the gauges read now set first."""
        self.fold()
        self.pending.set(pending)
        self.ledger_queue.set(ledger_queue)
        self.ledger_spooled.set(ledger_spooled)
        self.ledger_healthy.set(1 if ledger_healthy else 0)
        for listener, count in (connections or {}).items():
            self.connections.labels(listener).set(count)
        self.tunnels.set(tunnels)
        for listener, counts in (refused or {}).items():
            for why, count in counts.items():  # the listener's own running total
                self._child(self.refused_connections, listener, why).value = count
        return generate_latest(self.registry)

    def listener(self) -> Callable[[Event], None]:
        return self.observe
