"""A session's timeline, over the open view: every call of the session (oldest first)
with its decision, the risk it added and why, chains flagged; the selected call in full
below. Opened with `T` from a Live or Audit row that has a session."""

from __future__ import annotations

from typing import Any, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from tui import records
from tui.layout import TIMELINE_COLUMNS
from tui.screens.base import ConsoleHost
from tui.widgets.table import FittedTable


class TimelineScreen(ModalScreen[None]):
    """Every call of one session, fetched with `session/timeline`."""

    BINDINGS = [
        Binding("escape,q", "close", "Close"),
        Binding("R", "reload", "Refresh"),
    ]

    def __init__(self, session: str, owner: str | None = None) -> None:
        super().__init__(classes="dialog-screen")
        self.session = session
        self.owner = owner
        """The principal of the row it was opened from: whose session."""
        self.calls: dict[str, dict[str, Any]] = {}

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog timeline"):
            yield Label(f"session {self.session} · loading…", id="timeline-title", markup=False,
                        classes="dialog-title")
            yield FittedTable(TIMELINE_COLUMNS, id="timeline-table")
            yield Static("", id="timeline-detail", classes="detail", markup=False)
            yield Label("esc closes · R refreshes · j/k move", classes="dialog-hint")

    def on_mount(self) -> None:
        self.table.focus()
        self.load()

    @property
    def table(self) -> FittedTable:
        return self.query_one("#timeline-table", FittedTable)

    @work(exclusive=True, group="timeline-load")
    async def load(self) -> None:
        host = cast(ConsoleHost, self.app)
        try:
            data = await host.connection.timeline(self.session, self.owner)
        except Exception as exc:
            self.query_one("#timeline-title", Label).update(
                f"session {self.session}: {getattr(exc, 'message', exc)}")
            host.report_error(exc, action=f"the timeline of {self.session}")
            return
        if not self.is_attached:
            return
        calls = list(data.get("calls") or [])
        self.calls = {str(i): c for i, c in enumerate(calls)}
        self.query_one("#timeline-title", Label).update(
            records.session_heading(data, self.session))
        self.table.show_rows([(k, records.call_cells(c)) for k, c in self.calls.items()])
        if calls:
            self.table.move_cursor(row=len(calls) - 1, animate=False)
            self._show(str(len(calls) - 1))
        else:
            self.query_one("#timeline-detail", Static).update(
                "no call of this session is kept (only tool calls, inspections, and calls "
                "that had findings or were not simply allowed are)")

    def _show(self, key: str | None) -> None:
        call = self.calls.get(key or "")
        if call is not None:
            self.query_one("#timeline-detail", Static).update(records.call_detail(call))

    @on(DataTable.RowHighlighted, "#timeline-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show(event.row_key.value if event.row_key is not None else None)

    def action_reload(self) -> None:
        self.load()

    def action_close(self) -> None:
        self.dismiss(None)
