"""Users: every principal the proxy has seen, with strikes, blocks and counters; the
selected one's tracking below (strikes in their window, the block, guard families it
triggered); block (for a duration, with a reason) and unblock."""

from __future__ import annotations

from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.widgets import DataTable, Label, Static

from tui import formatting, query
from tui.layout import USER_COLUMNS
from tui.screens.base import Pane
from tui.screens.dialogs import BlockDialog, BlockRequest
from tui.widgets.filter import FilterInput
from tui.widgets.table import FittedTable

REFRESH_SECONDS = 2.0


class UsersPane(Pane):
    """Principals table."""

    BINDINGS = [
        Binding("b", "block", "Block…"),
        Binding("x", "unblock", "Unblock"),
        Binding("R", "reload", "Refresh"),
        Binding("slash", "focus_filter", "Filter"),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.principals: dict[str, dict[str, Any]] = {}
        self.query_ = query.Query()

    def compose(self) -> ComposeResult:
        with Horizontal(classes="toolbar filter-bar"):
            yield FilterInput(id="users-filter")
            yield Label("", id="users-status", markup=False)
        yield FittedTable(USER_COLUMNS, id="users-table")
        yield Static("select a principal to see its tracking", id="users-detail",
                     classes="detail", markup=False)

    def on_mount(self) -> None:
        self.set_interval(REFRESH_SECONDS, self._refresh_if_visible)

    @property
    def table(self) -> FittedTable:
        return self.query_one("#users-table", FittedTable)

    def shown(self) -> None:
        self.table.focus()
        self.load()

    def attached(self) -> None:
        self.load()

    def handle_events(self, events: list[dict[str, Any]]) -> None:
        if any(e.get("type") == "principal/update" for e in events):
            self.load()

    def _refresh_if_visible(self) -> None:
        if self.display and self.connection.state.connected and self.is_on_screen:
            self.load()

    @work(exclusive=True, group="users-load")
    async def load(self) -> None:
        try:
            rows = await self.connection.principals()
        except Exception as exc:
            if self.connection.state.connected:
                self.report(exc, "loading principals")
            return
        self.principals = {p["key"]: p for p in rows}
        try:
            self._redraw()
        except NoMatches:  # the answer came back while the console was closing
            return

    def _redraw(self) -> None:
        now = self.connection.now()
        self.table.show_rows([(p["key"], formatting.principal_cells(p, now))
                              for p in self.principals.values()
                              if query.matches(p, self.query_)])
        blocked = sum(1 for p in self.principals.values() if p.get("blocked"))
        self.query_one("#users-status", Label).update(
            f"{len(self.principals)} principals · {blocked} blocked · b block · x unblock"
        )

    def selected_key(self) -> str | None:
        return self.table.selected_key()

    @on(DataTable.RowHighlighted, "#users-table")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self.load_detail(str(event.row_key.value))

    @work(exclusive=True, group="users-detail")
    async def load_detail(self, key: str) -> None:
        try:
            tracked = await self.connection.tracking(key)
        except Exception as exc:
            text = getattr(exc, "message", str(exc))
            tracked = None
        try:  # the answer may come back while the console is closing
            if tracked is None:
                self.query_one("#users-detail", Static).update(f"{key}: {text}")
            elif key == self.selected_key():
                detail = formatting.tracking_detail(tracked, self.connection.now())
                self.query_one("#users-detail", Static).update(detail)
        except NoMatches:
            return

    @on(FilterInput.Applied, "#users-filter")
    def _filter_changed(self, event: FilterInput.Applied) -> None:
        self.query_ = event.query
        self._redraw()

    @on(FilterInput.Done)
    def _filter_done(self) -> None:
        self.table.focus()

    def action_focus_filter(self) -> None:
        self.query_one("#users-filter", FilterInput).focus()

    # -- actions ------------------------------------------------------------------

    def action_reload(self) -> None:
        self.load()

    def action_block(self) -> None:
        key = self.selected_key()
        if key is None:
            self.app.notify("no principal selected", severity="warning")
            return

        def chosen(request: BlockRequest | None) -> None:
            if request is not None:
                self.block(key, request[0], request[1])

        self.app.push_screen(BlockDialog(key), chosen)

    def action_unblock(self) -> None:
        key = self.selected_key()
        if key is None:
            self.app.notify("no principal selected", severity="warning")
            return
        self.unblock(key)

    @work(group="users-change")
    async def block(self, key: str, duration: str | None, reason: str | None) -> None:
        try:
            p = await self.connection.block(
                key, duration=duration, reason=reason, by=self.host.operator
            )
        except Exception as exc:
            self.report(exc, f"blocking {key}")
            return
        self.principals[key] = p
        self._redraw()
        until = "until unblocked" if p.get("block_forever") else f"for {duration}"
        self.app.notify(f"blocked {key} {until}", title="users")

    @work(group="users-change")
    async def unblock(self, key: str) -> None:
        try:
            p = await self.connection.unblock(key, by=self.host.operator)
        except Exception as exc:
            self.report(exc, f"unblocking {key}")
            return
        self.principals[key] = p
        self._redraw()
        self.app.notify(f"unblocked {key}", title="users")
