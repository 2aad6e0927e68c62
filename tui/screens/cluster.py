"""Cluster: the instances this proxy shares state with (`state.backend: redis`), where
each listens and when it was last heard of, whether the state backend and the ledger
answer. Opened over any view with `i`; refreshed every 2 s from `status`, the same
data `secproxy status` prints."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from tui import formatting
from tui.client import ConsoleConnection
from tui.widgets.panels import KeyValues

REFRESH_SECONDS = 2.0
INSTANCE_COLUMNS = ("instance", "health", "seen", "up", "listeners")
"""Listeners last: what a narrow terminal cuts off."""


def backend_rows(status: dict[str, Any]) -> list[tuple[str, str]]:
    """The state backend, as `key  value` lines."""
    state = status.get("state") or {}
    if state.get("backend") != "redis":
        return [("backend", "memory (this instance's own)")]
    health = "up" if state.get("up") else f"UNREACHABLE ({state.get('problem') or '?'})"
    return [("backend", f"redis {state.get('url') or ''}".strip()),
            ("health", health),
            ("on failure", str(state.get("on_failure") or "closed")),
            ("this instance", str(state.get("instance") or "?"))]


def ledger_rows(status: dict[str, Any]) -> list[tuple[str, str]]:
    """The ledger this instance writes, as `key  value` lines."""
    ledger = status.get("ledger") or {}
    healthy = ledger.get("healthy")
    rows = [("where", str(ledger.get("path") or "?")),
            ("health", "ok" if healthy or healthy is None else "FAILING")]
    waiting = [f"{ledger.get('queued') or 0} queued"]
    if ledger.get("spooled"):
        waiting.append(f"{ledger['spooled']} spooled (database away)")
    rows.append(("records", f"{ledger.get('written') or 0} written, " + ", ".join(waiting)))
    return rows


def instance_rows(status: dict[str, Any], now: float) -> list[tuple[str, tuple[str, ...]]]:
    """(id, cells) per instance sharing the state backend; this one alone without one."""
    state = status.get("state") or {}
    beat = float(state.get("heartbeat") or 1.0)
    this = state.get("instance")
    found = state.get("instances") or []
    if not found:  # memory, or the backend away: this instance as it knows itself
        listeners = {k: v for k, v in (status.get("listeners") or {}).items()
                     if k != "control"}
        up = formatting.duration(float(status.get("uptime") or 0))
        health = "ok" if state.get("backend") != "redis" or state.get("up") else "alone"
        return [(str(this or "this"), (f"{this or 'this instance'} *", health, "now", up,
                                       _listeners(listeners)))]
    rows: list[tuple[str, tuple[str, ...]]] = []
    for entry in found:
        ident = str(entry.get("id") or "?")
        seen = max(now - float(entry.get("last_seen") or now), 0.0)
        started = float(entry.get("started") or now)
        rows.append((ident, (
            ident + (" *" if ident == this else ""),
            "ok" if seen <= 2 * beat else "late",
            f"{seen:.1f}s ago",
            formatting.duration(max(now - started, 0.0)),
            _listeners(entry.get("listeners") or {}),
        )))
    return rows


def _listeners(listeners: dict[str, Any]) -> str:
    return " ".join(f"{name}={address}" for name, address in sorted(listeners.items()))


class ClusterScreen(ModalScreen[None]):
    """The cluster over the current view; `esc` closes it."""

    BINDINGS = [
        Binding("escape,q,i", "dismiss", "Close"),
        Binding("r", "refresh", "Refresh"),
    ]

    def __init__(self, connection: ConsoleConnection) -> None:
        super().__init__(classes="dialog-screen")
        self.connection = connection

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog cluster"):
            yield Label("Cluster — * this instance · r refresh · esc close",
                        classes="dialog-title")
            yield KeyValues(id="cluster-backend")
            yield KeyValues(id="cluster-ledger")
            table: DataTable[Any] = DataTable(id="cluster-instances", cursor_type="row")
            table.add_columns(*INSTANCE_COLUMNS)
            yield table

    def on_mount(self) -> None:
        self.query_one("#cluster-instances", DataTable).focus()
        self.load()
        self.set_interval(REFRESH_SECONDS, self.load)

    def action_refresh(self) -> None:
        self.load()

    @work(exclusive=True, group="cluster-load")
    async def load(self) -> None:
        try:
            status = await self.connection.status()
        except Exception:
            return  # the banner already says when the proxy is away
        self.show(status)

    def show(self, status: dict[str, Any]) -> None:
        now = float(status.get("time") or self.connection.now())
        self.query_one("#cluster-backend", KeyValues).show(backend_rows(status),
                                                           title="shared state")
        self.query_one("#cluster-ledger", KeyValues).show(ledger_rows(status),
                                                          title="ledger")
        table = self.query_one("#cluster-instances", DataTable)
        table.clear()
        for key, cells in instance_rows(status, now):
            table.add_row(*(Text(c) if isinstance(c, str) else c for c in cells), key=key)
