"""Overview: decision counts and rates with sparklines, latency percentiles, the busiest
hosts and principals, and where each listener is."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Label

from tui import formatting
from tui.screens.base import Pane
from tui.widgets.panels import KeyValues, StatCard

REFRESH_SECONDS = 1.0
DECISIONS = ("allow", "allow_with_redaction", "challenge", "require_approval", "block")


class OverviewPane(Pane):
    """Figures refreshed every second while visible."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="overview-cards"):
            yield StatCard("decisions/s (60s)", sparkline=True, id="card-rate")
            yield StatCard("blocked/s (60s)", sparkline=True, id="card-blocked")
            yield StatCard("decisions", id="card-total")
            yield StatCard("pending approvals", id="card-pending")
        with Horizontal(id="overview-body"):
            with Vertical(classes="overview-column"):
                yield KeyValues(id="overview-decisions")
                yield KeyValues(id="overview-latency")
                yield KeyValues(id="overview-listeners")
            with Vertical(classes="overview-column"):
                yield Label("top hosts / tools", classes="section-title")
                hosts: DataTable[Any] = DataTable(id="overview-hosts", cursor_type="row")
                hosts.add_columns("host", "requests", "blocked")
                yield hosts
                yield Label("top principals", classes="section-title")
                principals: DataTable[Any] = DataTable(id="overview-principals", cursor_type="row")
                principals.add_columns("principal", "requests", "blocked")
                yield principals

    def on_mount(self) -> None:
        self.set_interval(REFRESH_SECONDS, self._refresh_if_visible)

    def shown(self) -> None:
        # Focus must move into this view, or the tabs follow the focus back out of it.
        self.query_one("#overview-hosts", DataTable).focus()
        self.load()

    def attached(self) -> None:
        self.load()

    def _refresh_if_visible(self) -> None:
        if self.connection.state.connected and self.is_on_screen and self.display:
            self.load()

    @work(exclusive=True, group="overview-load")
    async def load(self) -> None:
        try:
            stats = await self.connection.stats()
        except Exception:
            return  # the banner already says when the proxy is away
        self.show(stats)

    def show(self, stats: dict[str, Any]) -> None:
        series = stats["series"]
        rate = stats["rate"]
        self.query_one("#card-rate", StatCard).set(
            f"{rate['last_60s']:.1f}  (10s: {rate['last_10s']:.1f})", series["decisions"]
        )
        self.query_one("#card-blocked", StatCard).set(
            f"{rate['blocked_last_60s']:.1f}", series["blocked"]
        )
        self.query_one("#card-total", StatCard).set(str(stats["total"]))
        self.query_one("#card-pending", StatCard).set(str(stats.get("pending_approvals", 0)))
        by_decision = stats["by_decision"]
        self.query_one("#overview-decisions", KeyValues).show(
            [(d, str(by_decision.get(d, 0))) for d in DECISIONS]
            + [(f"surface {s}", str(n)) for s, n in sorted(stats["by_surface"].items())],
            title="decisions since start",
        )
        lat = stats["latency_ms"]
        self.query_one("#overview-latency", KeyValues).show(
            [(k, formatting.latency(lat.get(k))) for k in ("p50", "p90", "p99", "max")]
            + [("samples", str(lat.get("samples", 0)))],
            title="decision latency",
        )
        self.query_one("#overview-listeners", KeyValues).show(
            sorted((name, addr) for name, addr in (stats.get("listeners") or {}).items())
            + [("uptime", formatting.duration(stats.get("uptime", 0)))],
            title="listeners",
        )
        self._fill("#overview-hosts", stats["top_hosts"], "host")
        self._fill("#overview-principals", stats["top_principals"], "principal")

    def _fill(self, selector: str, rows: list[dict[str, Any]], label: str) -> None:
        table = self.query_one(selector, DataTable)
        table.clear()
        for row in rows:
            table.add_row(Text(str(row[label])), str(row["requests"]), str(row["blocked"]))
