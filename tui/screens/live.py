"""Live: decisions streaming in as they happen, coloured by outcome, with filters, pause
and a detail pane showing the findings of the selected row.

Rows arrive in batches (the app flushes the connection's buffer on a timer) and the
table is bounded, so hundreds of decisions a second do not slow the console down.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Label, Static

from tui import formatting, query
from tui.layout import LIVE_COLUMNS
from tui.screens.row_actions import ROW_BINDINGS, RowPane
from tui.widgets.filter import FilterInput
from tui.widgets.table import FittedTable

MAX_ROWS = 1000
"""Rows shown; older ones are dropped from the table."""
MAX_KEPT = 5000
"""Decisions remembered (for re-filtering and for rows that arrive while paused)."""


class LivePane(RowPane):
    """Streaming table of decisions."""

    BINDINGS = [
        Binding("p", "toggle_pause", "Pause/resume"),
        Binding("d", "cycle_decision", "Decision filter"),
        Binding("s", "cycle_surface", "Surface filter"),
        Binding("slash", "focus_filter", "Filter"),
        Binding("c", "clear", "Clear"),
        *ROW_BINDINGS,
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.kept: deque[dict[str, Any]] = deque(maxlen=MAX_KEPT)
        self.row_keys: deque[str] = deque()
        self.payloads: dict[str, dict[str, Any]] = {}
        self.by_request: dict[str, str] = {}
        """request id → row key, so a decision amended later replaces its first row."""
        self.paused = False
        self.missed = 0
        self.query_ = query.Query()
        self._next = 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="live-toolbar", classes="toolbar"):
            yield FilterInput(id="live-filter")
            yield Label("", id="live-status", markup=False)
        yield FittedTable(LIVE_COLUMNS, id="live-table")
        yield Static("select a row to see its findings", id="live-detail", classes="detail",
                     markup=False)

    def on_mount(self) -> None:
        self._show_status()

    @property
    def table(self) -> FittedTable:
        return self.query_one("#live-table", FittedTable)

    def shown(self) -> None:
        self.table.focus()

    # -- data ---------------------------------------------------------------------

    def handle_events(self, events: list[dict[str, Any]]) -> None:
        decisions = [e["payload"] for e in events if e.get("type") == "decision/add"]
        if not decisions:
            return
        self._drop_amended(decisions)
        self.kept.extend(decisions)
        if self.paused:
            self.missed += len(decisions)
            self._show_status()
            return
        self._add_rows([d for d in decisions if self._matches(d)])
        self._show_status()

    def _drop_amended(self, decisions: list[dict[str, Any]]) -> None:
        """A surface may turn an allowed decision into a block after the fact (an SSRF
        destination): the proxy then sends the decision again with the same request id.
        Show it once, as it ended."""
        for payload in decisions:
            key = self.by_request.pop(payload.get("request_id") or "", None)
            if key is None or key not in self.payloads:
                continue
            old = self.payloads.pop(key)
            self.row_keys.remove(key)
            self.table.drop(key)
            try:
                self.kept.remove(old)
            except ValueError:
                pass

    def _matches(self, payload: dict[str, Any]) -> bool:
        return query.matches(payload, self.query_)

    def _add_rows(self, payloads: list[dict[str, Any]]) -> None:
        if not payloads:
            return
        table = self.table
        follow = table.row_count == 0 or table.cursor_row >= table.row_count - 1
        payloads = payloads[-MAX_ROWS:]
        overflow = table.row_count + len(payloads) - MAX_ROWS
        if overflow > 0:
            # Removing rows one by one costs O(rows) each; rebuilding is far cheaper.
            keep = [self.payloads[k] for k in list(self.row_keys)[overflow:]]
            self._clear_table()
            payloads = keep + payloads
        for payload in payloads:
            self._next += 1
            key = str(self._next)
            self.row_keys.append(key)
            self.payloads[key] = payload
            if payload.get("request_id"):
                self.by_request[payload["request_id"]] = key
            table.put(key, formatting.decision_cells(payload))
        if follow:
            table.move_cursor(row=table.row_count - 1, animate=False)

    def _clear_table(self) -> None:
        self.table.reset()
        self.row_keys.clear()
        self.payloads.clear()
        self.by_request.clear()

    def _rebuild(self) -> None:
        self._clear_table()
        self._add_rows([p for p in self.kept if self._matches(p)])
        self._show_status()

    def _show_status(self) -> None:
        parts = [f"{len(self.row_keys)} shown"]
        error = self.query_one("#live-filter", FilterInput).error
        if error:
            parts.append(error)
        elif not self.query_.empty:
            parts.append("filtered")
        if self.paused:
            parts.append(f"PAUSED ({self.missed} new)")
        self.query_one("#live-status", Label).update(" · ".join(parts))
        self.set_class(self.paused, "-paused")
        self.set_class(bool(error), "-bad-filter")

    @on(DataTable.RowHighlighted, "#live-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        key = event.row_key.value if event.row_key is not None else None
        payload = self.payloads.get(key or "")
        if payload is not None:
            self.query_one("#live-detail", Static).update(formatting.findings_text(payload))

    @on(FilterInput.Applied, "#live-filter")
    def _filter_changed(self, event: FilterInput.Applied) -> None:
        self.query_ = event.query
        self._rebuild()

    @on(FilterInput.Done)
    def _filter_done(self) -> None:
        self.table.focus()

    # -- actions ------------------------------------------------------------------

    def action_toggle_pause(self) -> None:
        self.paused = not self.paused
        if not self.paused and self.missed:
            self.missed = 0
            self._rebuild()
        self._show_status()

    def action_cycle_decision(self) -> None:
        self._set_query(query.cycle(self.query_, "decision", formatting.DECISION_FILTERS))

    def action_cycle_surface(self) -> None:
        self._set_query(query.cycle(self.query_, "surface", formatting.SURFACE_FILTERS))

    def _set_query(self, q: query.Query) -> None:
        """Show `q` in the filter box (the box's change applies it): d and s write the
        same syntax an operator types."""
        self.query_one("#live-filter", FilterInput).show(q)

    def action_focus_filter(self) -> None:
        self.query_one("#live-filter", FilterInput).focus()

    def action_clear(self) -> None:
        self.kept.clear()
        self.missed = 0
        self._clear_table()
        self.query_one("#live-detail", Static).update("")
        self._show_status()

    # -- row actions --------------------------------------------------------------

    def selected(self) -> dict[str, Any] | None:
        """The decision under the cursor (a notification says so when there is none)."""
        payload = self.payloads.get(self.table.selected_key() or "")
        if payload is None:
            self.app.notify("no row selected", severity="warning")
        return payload
