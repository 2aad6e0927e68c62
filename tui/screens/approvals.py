"""Approvals: actions held until an operator decides, with exactly what is asked, why,
and how long is left; approve or deny (optionally with a note)."""

from __future__ import annotations

from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import DataTable, Label, Static

from tui import drafts, formatting, query
from tui.layout import APPROVAL_COLUMNS
from tui.screens.base import Pane
from tui.screens.dialogs import NoteDialog, Resolution
from tui.screens.rules import RulesPane
from tui.widgets.filter import FilterInput
from tui.widgets.table import FittedTable


class ApprovalsPane(Pane):
    """Pending approvals and their detail."""

    BINDINGS = [
        Binding("y", "approve", "Approve"),
        Binding("Y", "approve_always", "Approve always (adds a rule)"),
        Binding("n", "deny", "Deny"),
        Binding("e", "resolve_with_note", "Approve with note…"),
        Binding("N", "deny_with_note", "Deny with note…"),
        Binding("slash", "focus_filter", "Filter"),
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
        self.query_ = query.Query()

    def compose(self) -> ComposeResult:
        with Horizontal(classes="toolbar filter-bar"):
            yield FilterInput(id="approvals-filter")
            yield Label("no approvals pending", id="approvals-status", markup=False)
        yield FittedTable(APPROVAL_COLUMNS, id="approvals-table")
        yield Static("", id="approval-detail", classes="detail", markup=False)

    def on_mount(self) -> None:
        self.set_interval(1.0, self._tick)

    @property
    def table(self) -> FittedTable:
        return self.query_one("#approvals-table", FittedTable)

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
        now = self.connection.now()
        shown = [a for a in sorted(self.pending.values(), key=lambda a: a.get("created", 0))
                 if query.matches(a, self.query_)]
        self.table.show_rows([(a["id"], formatting.approval_cells(a, now)) for a in shown])
        count = len(self.pending)
        status = (f"{count} pending · y approve · Y always · n deny · e/N with a note" if count
                  else "no approvals pending")
        if len(shown) != count:
            status = f"{len(shown)} of {status}"
        self.query_one("#approvals-status", Label).update(status)
        self._show_detail()

    def _tick(self) -> None:
        now = self.connection.now()
        table = self.table
        for approval_id, approval in self.pending.items():
            cell = formatting.countdown(float(approval.get("expires", now)), now)
            table.set_cell(approval_id, "expires", cell)
        self._show_detail()

    def selected_id(self) -> str | None:
        return self.table.selected_key()

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

    @on(FilterInput.Applied, "#approvals-filter")
    def _filter_changed(self, event: FilterInput.Applied) -> None:
        self.query_ = event.query
        self._redraw()

    @on(FilterInput.Done)
    def _filter_done(self) -> None:
        self.table.focus()

    def action_focus_filter(self) -> None:
        self.query_one("#approvals-filter", FilterInput).focus()

    # -- actions ------------------------------------------------------------------

    def action_approve(self) -> None:
        self._resolve_selected((True, None))

    def action_approve_always(self) -> None:
        """Approve, and allow the same action from now on: a rule right before the one
        that held it, applied at once (validated and hot-reloaded like any edit)."""
        approval = self.pending.get(self.selected_id() or "")
        if approval is None:
            self.app.notify("no approval selected", severity="warning")
            return
        rule = drafts.draft_rule(approval, "allow", by=self.host.operator, precise=True)
        if rule is None:
            self.app.notify("nothing to write a rule for (no tool, host or URL): approve "
                            "it once with y", severity="warning")
            return
        self.resolve(approval["id"], True, f"approved always: rule {rule['name']}")
        self.app.query_one(RulesPane).add_rule(rule, before=approval.get("rule"))

    def action_deny(self) -> None:
        self._resolve_selected((False, None))

    def action_resolve_with_note(self) -> None:
        self._with_note(approve=True)

    def action_deny_with_note(self) -> None:
        self._with_note(approve=False)

    def _with_note(self, *, approve: bool) -> None:
        approval = self.pending.get(self.selected_id() or "")
        if approval is None:
            self.app.notify("no approval selected", severity="warning")
            return
        approval_id = approval["id"]

        def chosen(choice: Resolution | None) -> None:
            if choice is not None:
                self.resolve(approval_id, choice[0], choice[1])

        self.app.push_screen(NoteDialog(approval, approve=approve), chosen)

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
