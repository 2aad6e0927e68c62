"""Approvals: actions held until an operator decides, with exactly what is asked, why,
and how long is left; approve or deny (optionally with a note)."""

from __future__ import annotations

from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Label, Static

from tui import formatting
from tui.screens.base import Pane, selected_row_key
from tui.screens.dialogs import NoteDialog, Resolution

COLUMNS = (
    ("id", "id"),
    ("expires", "expires in"),
    ("surface", "surface"),
    ("principal", "principal"),
    ("asks", "asks"),
    ("why", "why"),
)


class ApprovalsPane(Pane):
    """Pending approvals and their detail."""

    BINDINGS = [
        Binding("y", "approve", "Approve"),
        Binding("n", "deny", "Deny"),
        Binding("e", "resolve_with_note", "With note…"),
    ]

    class Changed(Message):
        """The set of pending approvals changed (`count` pending now)."""

        def __init__(self, count: int, opened: list[dict[str, Any]]) -> None:
            super().__init__()
            self.count = count
            self.opened = opened

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pending: dict[str, dict[str, Any]] = {}

    def compose(self) -> ComposeResult:
        yield Label("no approvals pending", id="approvals-status", classes="toolbar")
        table: DataTable[Any] = DataTable(
            id="approvals-table", cursor_type="row", zebra_stripes=True
        )
        for key, label in COLUMNS:
            table.add_column(label, key=key)
        yield table
        yield Static("", id="approval-detail", classes="detail")

    def on_mount(self) -> None:
        self.set_interval(1.0, self._tick)

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#approvals-table", DataTable)

    def shown(self) -> None:
        self.table.focus()

    # -- data ---------------------------------------------------------------------

    def attached(self) -> None:
        self.load()

    @work(exclusive=True, group="approvals-load")
    async def load(self) -> None:
        try:
            approvals = await self.connection.approvals()
        except Exception as exc:
            self.report(exc, "loading approvals")
            return
        self.pending = {a["id"]: a for a in approvals}
        self._redraw()
        self.post_message(self.Changed(len(self.pending), []))

    def handle_events(self, events: list[dict[str, Any]]) -> None:
        opened: list[dict[str, Any]] = []
        changed = False
        for event in events:
            kind = event.get("type")
            if kind not in ("approval/opened", "approval/resolved"):
                continue
            approval = event["payload"]
            changed = True
            if kind == "approval/opened" and approval.get("state") == "pending":
                self.pending[approval["id"]] = approval
                if not event.get("replay"):
                    opened.append(approval)
            else:
                self.pending.pop(approval["id"], None)
        if changed:
            self._redraw()
            self.post_message(self.Changed(len(self.pending), opened))

    def _redraw(self) -> None:
        table = self.table
        now = self.connection.now()
        selected = self.selected_id()
        table.clear()
        for approval in sorted(self.pending.values(), key=lambda a: a.get("created", 0)):
            table.add_row(*formatting.approval_row(approval, now), key=approval["id"])
        if selected in self.pending:
            table.move_cursor(row=table.get_row_index(selected))
        count = len(self.pending)
        self.query_one("#approvals-status", Label).update(
            f"{count} approval{'s' * (count != 1)} pending · y approve · n deny · e with a note"
            if count
            else "no approvals pending"
        )
        self._show_detail()

    def _tick(self) -> None:
        now = self.connection.now()
        table = self.table
        for approval_id, approval in self.pending.items():
            if approval_id in table.rows:
                cell = formatting.countdown(float(approval.get("expires", now)), now)
                table.update_cell(approval_id, "expires", cell)
        self._show_detail()

    def selected_id(self) -> str | None:
        return selected_row_key(self.table)

    def _show_detail(self) -> None:
        approval = self.pending.get(self.selected_id() or "")
        detail = self.query_one("#approval-detail", Static)
        if approval is None:
            detail.update("")
        else:
            detail.update(formatting.approval_detail(approval, self.connection.now()))

    @on(DataTable.RowHighlighted, "#approvals-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    # -- actions ------------------------------------------------------------------

    def action_approve(self) -> None:
        self._resolve_selected((True, None))

    def action_deny(self) -> None:
        self._resolve_selected((False, None))

    def action_resolve_with_note(self) -> None:
        approval = self.pending.get(self.selected_id() or "")
        if approval is None:
            self.app.notify("no approval selected", severity="warning")
            return
        approval_id = approval["id"]

        def chosen(choice: Resolution | None) -> None:
            if choice is not None:
                self.resolve(approval_id, choice[0], choice[1])

        self.app.push_screen(NoteDialog(approval), chosen)

    def _resolve_selected(self, choice: Resolution) -> None:
        approval_id = self.selected_id()
        if approval_id is None:
            self.app.notify("no approval selected", severity="warning")
            return
        self.resolve(approval_id, choice[0], choice[1])

    @work(group="approvals-resolve")
    async def resolve(self, approval_id: str, approve: bool, note: str | None) -> None:
        try:
            approval = await self.connection.resolve(
                approval_id, approve=approve, by=self.host.operator, note=note
            )
        except Exception as exc:
            self.report(exc, f"resolving {approval_id}")
            return
        self.pending.pop(approval_id, None)
        self._redraw()
        self.post_message(self.Changed(len(self.pending), []))
        verb = "approved" if approve else "denied"
        self.app.notify(f"{verb}: {approval.get('summary')}", title=f"approval {approval_id}")
