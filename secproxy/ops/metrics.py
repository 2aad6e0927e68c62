"""Prometheus metrics fed from the event bus (an inline listener: counters only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from secproxy.events import (
    ApprovalEvent,
    ConfigEvent,
    DecisionEvent,
    Event,
    PrincipalEvent,
    RecordEvent,
    TaintEvent,
)

__all__ = ["CONTENT_TYPE_LATEST", "Metrics"]


class Metrics:
    """One registry per runtime, so several proxies in one process stay apart."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.decisions = Counter(
            "secproxy_decisions_total",
            "Decisions by surface and outcome",
            ["surface", "decision"],
            registry=r,
        )
        self.latency = Histogram(
            "secproxy_decision_seconds",
            "Time spent in the decision pipeline",
            ["surface"],
            buckets=(1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 5e-3, 0.025, 0.1, 1.0),
            registry=r,
        )
        self.findings = Counter(
            "secproxy_findings_total",
            "Findings by stage and category",
            ["stage", "category"],
            registry=r,
        )
        self.approvals = Counter(
            "secproxy_approvals_total", "Approval state changes", ["state"], registry=r
        )
        self.principals = Counter(
            "secproxy_principal_changes_total",
            "Strikes, blocks and unblocks",
            ["change"],
            registry=r,
        )
        self.taint = Counter(
            "secproxy_taint_elevations_total", "Session taint increases", ["level"], registry=r
        )
        self.reloads = Counter(
            "secproxy_config_reloads_total", "Config reloads", ["result"], registry=r
        )
        self.bytes = Counter(
            "secproxy_bytes_total", "Bytes relayed", ["surface", "direction"], registry=r
        )
        self.pending = Gauge(
            "secproxy_approvals_pending", "Approvals waiting for an operator", registry=r
        )
        self.llm_tokens = Counter(
            "secproxy_llm_tokens_total",
            "LLM gateway tokens by upstream, principal (proxy-key and proxy users only, "
            "others '-': bounded by config) and direction (input, output)",
            ["upstream", "principal", "direction"],
            registry=r,
        )
        self.llm_cost = Counter(
            "secproxy_llm_cost_total",
            "LLM gateway spending (llm.prices) by upstream and principal",
            ["upstream", "principal"],
            registry=r,
        )
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}
        self.ledger_queue = Gauge(
            "secproxy_ledger_queue", "Records waiting to be written", registry=r
        )
        self.ledger_healthy = Gauge(
            "secproxy_ledger_healthy",
            "1 while the ledger writer runs and its last write succeeded, else 0",
            registry=r,
        )

    def _child(self, metric: Any, *labels: str) -> Any:
        """Labelled children cached by label values: `labels()` is the costly part of an
        increment, and this runs for every decision."""
        key = (id(metric), labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    def observe(self, event: Event) -> None:
        if isinstance(event, DecisionEvent):
            surface = event.action.surface.value
            v = event.verdict
            findings = v.findings
            if event.added is None:
                self._child(self.decisions, surface, v.decision.value).inc()
                self._child(self.latency, surface).observe(sum(v.timings.values()))
            else:  # an update of a decision counted already: only its new findings
                findings = findings[len(findings) - event.added:] if event.added else []
            for f in findings:
                self._child(self.findings, f.stage, f.category).inc()
        elif isinstance(event, RecordEvent):
            surface = str(event.action.surface)
            if event.outcome.bytes_in:
                self.bytes.labels(surface, "in").inc(event.outcome.bytes_in)
            if event.outcome.bytes_out:
                self.bytes.labels(surface, "out").inc(event.outcome.bytes_out)
            tokens = event.action.metadata.get("tokens") if surface == "llm" else None
            if isinstance(tokens, dict):
                self._llm(event, tokens)
        elif isinstance(event, ApprovalEvent):
            self.approvals.labels(event.state).inc()
        elif isinstance(event, PrincipalEvent):
            self.principals.labels(event.change).inc()
        elif isinstance(event, TaintEvent):
            self.taint.labels(str(event.level)).inc()
        elif isinstance(event, ConfigEvent):
            self.reloads.labels("ok" if event.ok else "rejected").inc()

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

    def render(self, *, pending: int, ledger_queue: int, ledger_healthy: bool = True) -> bytes:
        self.pending.set(pending)
        self.ledger_queue.set(ledger_queue)
        self.ledger_healthy.set(1 if ledger_healthy else 0)
        return generate_latest(self.registry)

    def listener(self) -> Callable[[Event], None]:
        return self.observe
