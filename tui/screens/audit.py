"""Audit: the ledger, queried with the `/` filter (the CLI's `audit query` filters:
decision, surface, host, principal, session, since/until, free text that also finds
request and approval ids), a page at a time, newest first. The selected record is shown
below with its findings (family, kind, matched spans); Enter opens it whole. The row
actions of Live work here too."""

from __future__ import annotations

from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.css.query import NoMatches
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from tui import query, records
from tui.layout import AUDIT_COLUMNS
from tui.screens.row_actions import ROW_BINDINGS, RowPane
from tui.widgets.filter import FilterInput
from tui.widgets.table import FittedTable

PAGE = 100
"""Records asked for at a time."""


class RecordScreen(ModalScreen[None]):
    """One ledger record, whole, scrollable."""

    BINDINGS = [Binding("escape,q,enter", "close", "Close")]

    def __init__(self, record: dict[str, Any]) -> None:
        super().__init__(classes="dialog-screen")
        self.record = record

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog record"):
            yield Static(records.record_detail(self.record), id="record-detail", markup=False)
            yield Label("esc closes", classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)


class AuditPane(RowPane):
    """Ledger records, a page at a time."""

    BINDINGS = [
        Binding("slash", "focus_filter", "Filter"),
        Binding("n", "page(1)", "Older page"),
        Binding("p", "page(-1)", "Newer page"),
        Binding("R", "reload", "Refresh"),
        Binding("enter", "open", "Open record", show=False),
        *ROW_BINDINGS,
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.records: dict[str, dict[str, Any]] = {}
        self.query_ = query.Query()
        self.first = 0
        self.fetched = 0
        """Records the last page had before the console's own narrowing."""
        self.loaded = False

    def compose(self) -> ComposeResult:
        with Horizontal(classes="toolbar filter-bar"):
            yield FilterInput(id="audit-filter")
            yield Label("", id="audit-status", markup=False)
        yield FittedTable(AUDIT_COLUMNS, id="audit-table")
        yield Static("select a record to see it", id="audit-detail", classes="detail",
                     markup=False)

    @property
    def table(self) -> FittedTable:
        return self.query_one("#audit-table", FittedTable)

    def shown(self) -> None:
        self.table.focus()
        if not self.loaded:
            self.load()

    def attached(self) -> None:
        if self.loaded:
            self.load()

    @work(exclusive=True, group="audit-load")
    async def load(self) -> None:
        filters, rest = query.audit_filters(self.query_)
        filters.update(limit=PAGE, offset=self.first)
        status = self.query_one("#audit-status", Label)
        status.update("querying…")
        try:
            rows = await self.connection.audit(filters)
        except Exception as exc:
            status.update(getattr(exc, "message", str(exc)))
            if self.connection.state.connected:
                self.report(exc, "querying the ledger")
            return
        self.loaded = True
        self.fetched = len(rows)
        shown = [r for r in rows if query.matches(r, rest)]
        self.records = {str(r["id"]): r for r in shown}
        try:
            self.table.show_rows([(k, records.record_cells(r)) for k, r in self.records.items()])
        except NoMatches:  # the answer came back while the console was closing
            return
        page = self.first // PAGE + 1
        first = self.first + 1 if rows else self.first
        text = f"page {page} · records {first}–{self.first + len(rows)}, newest first"
        if len(shown) != len(rows):
            text += f" · {len(shown)} match"
        if len(rows) == PAGE:
            text += " · n older"
        if self.first:
            text += " · p newer"
        status.update(text)
        if not shown:
            self.query_one("#audit-detail", Static).update("no record matches")

    @on(DataTable.RowHighlighted, "#audit-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        record = self.records.get(str(event.row_key.value) if event.row_key else "")
        if record is not None:
            self.query_one("#audit-detail", Static).update(records.record_detail(record))

    @on(FilterInput.Applied, "#audit-filter")
    def _filter_changed(self, event: FilterInput.Applied) -> None:
        if event.query != self.query_:
            self.query_ = event.query
            self.first = 0
            self.load()

    @on(FilterInput.Done)
    def _filter_done(self) -> None:
        self.table.focus()

    def action_focus_filter(self) -> None:
        self.query_one("#audit-filter", FilterInput).focus()

    def action_page(self, step: int) -> None:
        if step > 0 and self.fetched < PAGE:
            self.app.notify("no older records", severity="information")
            return
        self.first = max(0, self.first + step * PAGE)
        self.load()

    def action_reload(self) -> None:
        self.load()

    def selected(self) -> dict[str, Any] | None:
        record = self.records.get(self.table.selected_key() or "")
        if record is None:
            self.app.notify("no record selected", severity="warning")
        return record

    @on(DataTable.RowSelected, "#audit-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        record = self.selected()
        if record is not None:
            self.app.push_screen(RecordScreen(record))
