"""`sample_configs/grafana-dashboard.json` queries only what `/metrics` exposes: every
metric its PromQL selects, every label it groups or filters by, checked against the
exposition of a real running proxy after one request through it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families

from tests.helpers import eventually, running_proxy, serving

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]

DASHBOARD = Path(__file__).parents[2] / "sample_configs" / "grafana-dashboard.json"
DATASOURCE = {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}
SELECTOR = re.compile(r"([A-Za-z_:][A-Za-z0-9_:]*)\s*\{([^}]*)\}")
MATCHER = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:=~|!~|!=|=)\s*\"")
GROUPING = re.compile(r"\b(?:by|without)\s*\(([^)]*)\)")
SCRAPE_LABELS = {"job", "instance"}
"""Labels Prometheus adds to every series it scrapes."""
SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"),
            "gauge": ("",), "unknown": ("",)}


def panels(node: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for panel in node.get("panels", []):
        out.append(panel)
        out += panels(panel)  # a collapsed row holds its panels
    return out


def expressions(dashboard: dict[str, Any]) -> list[str]:
    return [t["expr"] for p in panels(dashboard) for t in p.get("targets", [])]


def exposed(text: str) -> dict[str, set[str] | None]:
    """Every series name `/metrics` declares → the label names seen on its samples (None
    when it has no sample yet: declared, with no label set observed)."""
    out: dict[str, set[str] | None] = {}
    for family in text_string_to_metric_families(text):
        for suffix in SUFFIXES.get(family.type, ("",)):
            out.setdefault(family.name + suffix, None)
        for sample in family.samples:
            labels = out.get(sample.name) or set()
            out[sample.name] = labels | set(sample.labels)
    return out


def test_the_dashboard_is_a_grafana_model_on_a_prometheus_variable() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    assert dashboard["schemaVersion"] >= 36 and dashboard["uid"] and dashboard["title"]
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    assert variables["DS_PROMETHEUS"]["type"] == "datasource"
    assert variables["DS_PROMETHEUS"]["query"] == "prometheus"
    graphs = [p for p in panels(dashboard) if p["type"] != "row"]
    assert len(graphs) >= 25
    ids = [p["id"] for p in panels(dashboard)]
    assert len(ids) == len(set(ids))
    for panel in graphs:
        assert panel["datasource"] == DATASOURCE, panel["title"]
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target["datasource"] == DATASOURCE, panel["title"]
        pos = panel["gridPos"]
        assert pos["x"] + pos["w"] <= 24, panel["title"]


async def test_every_series_and_label_the_dashboard_queries_is_exposed(tmp_path: Path) -> None:
    async def ok(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/{tail:.*}", ok)
    config = {"egress": {"ssrf_allow": ["127.0.0.0/8"]},
              "rules": [{"name": "local", "match": "127.0.0.1/*", "action": "allow"}],
              # The sink series exist only when a sink is configured.
              "audit": {"sinks": [{"type": "jsonl", "path": str(tmp_path / "out.jsonl")}]}}
    async with serving(app) as port, running_proxy(tmp_path, config) as rt:
        async with httpx.AsyncClient(proxy=f"http://{rt.addresses()['egress']}",
                                     timeout=10) as client:
            assert (await client.get(f"http://127.0.0.1:{port}/x")).status_code == 200
        await eventually(lambda: rt.ledger.written >= 1, message="the ledger write")
        async with httpx.AsyncClient(timeout=10) as client:
            resp = await client.get(f"http://{rt.addresses()['api']}/metrics")
        assert resp.status_code == 200
        series = exposed(resp.text)

    dashboard = json.loads(DASHBOARD.read_text())
    wanted = {"secproxy_decisions_total", "secproxy_decision_seconds_bucket",
              "secproxy_stage_seconds_bucket", "secproxy_guard_seconds_sum",
              "secproxy_findings_total", "secproxy_rate_limited_total",
              "secproxy_approvals_pending", "secproxy_approval_resolve_seconds_bucket",
              "secproxy_ledger_queue", "secproxy_ledger_healthy",
              "secproxy_ledger_write_seconds_bucket", "secproxy_upstream_errors_total",
              "secproxy_open_connections", "secproxy_open_tunnels",
              "secproxy_llm_tokens_total"}
    used: set[str] = set()
    label_checked: set[str] = set()
    for expr in expressions(dashboard):
        selected = SELECTOR.findall(expr)
        names = {name for name, _ in selected}
        assert names, f"no metric selected in {expr}"
        # A metric written without braces would escape the selector check.
        assert set(re.findall(r"\bsecproxy_\w+", expr)) == names, expr
        for name in names:
            assert name in series, f"{name} is not on /metrics ({expr})"
        used |= names
        known = [series[n] for n in names]
        if any(labels is None for labels in known):
            continue
        allowed = set().union(*(labels for labels in known if labels)) | SCRAPE_LABELS
        for _, matchers in selected:
            assert set(MATCHER.findall(matchers)) <= allowed, expr
        for grouping in GROUPING.findall(expr):
            labels = {label.strip() for label in grouping.split(",") if label.strip()}
            assert labels <= allowed, f"grouped by a label {names} does not carry: {expr}"
        label_checked |= names
    assert wanted <= used, wanted - used
    # The request made these exist with their labels, so those were checked too.
    assert {"secproxy_decisions_total", "secproxy_decision_seconds_bucket",
            "secproxy_stage_seconds_bucket", "secproxy_ledger_write_seconds_bucket",
            "secproxy_ledger_queue", "secproxy_approvals_pending"} <= label_checked
