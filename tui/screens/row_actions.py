"""Actions on a row that stands for one decision, shared by Live (a streamed decision)
and Audit (a ledger record): block its principal, draft an allow/deny-always rule in the
Rules editor, copy it as curl or JSON, open its session's timeline."""

from __future__ import annotations

from typing import Any

from textual import work
from textual.binding import Binding

from tui import drafts
from tui.screens.base import Pane
from tui.screens.dialogs import BlockDialog, BlockRequest
from tui.screens.rules import RulesPane
from tui.screens.timeline import TimelineScreen

ROW_BINDINGS = [
    Binding("b", "block", "Block principal…"),
    Binding("A", "always('allow')", "Allow always (draft rule)"),
    Binding("D", "always('deny')", "Deny always (draft rule)"),
    Binding("C", "copy_curl", "Copy as curl"),
    Binding("J", "copy_json", "Copy as JSON"),
    Binding("T", "timeline", "Session timeline"),
]
"""The row actions' keys, the same in every view that has them."""


class RowPane(Pane):
    """A view whose rows are decisions; it says which one is under the cursor."""

    def selected(self) -> dict[str, Any] | None:
        """The row under the cursor (a notification says so when there is none)."""
        raise NotImplementedError

    def action_block(self) -> None:
        payload = self.selected()
        if payload is None:
            return
        key = str(payload.get("principal"))

        def chosen(request: BlockRequest | None) -> None:
            if request is not None:
                self.block(key, request[0], request[1])

        self.app.push_screen(BlockDialog(key), chosen)

    @work(group="row-block")
    async def block(self, key: str, duration: str | None, reason: str | None) -> None:
        try:
            p = await self.connection.block(key, duration=duration, reason=reason,
                                            by=self.host.operator)
        except Exception as exc:
            self.report(exc, f"blocking {key}")
            return
        until = "until unblocked" if p.get("block_forever") else f"for {duration}"
        self.app.notify(f"blocked {key} {until}", title="users")

    def action_always(self, action: str) -> None:
        payload = self.selected()
        if payload is None:
            return
        rule = drafts.draft_rule(payload, action, by=self.host.operator)
        if rule is None:
            self.app.notify("this row has no host or tool to write a rule for",
                            severity="warning")
            return
        self.app.query_one(RulesPane).draft(rule, before=payload.get("rule"))
        self.host.action_show("rules")

    def action_timeline(self) -> None:
        payload = self.selected()
        if payload is None:
            return
        if not payload.get("session"):
            self.app.notify("this row belongs to no session", severity="warning")
            return
        principal = payload.get("principal")
        self.app.push_screen(TimelineScreen(str(payload["session"]),
                                            str(principal) if principal else None))

    def action_copy_json(self) -> None:
        payload = self.selected()
        if payload is not None:
            self.app.copy_to_clipboard(drafts.as_json(payload))
            self.app.notify("the decision, as JSON", title="copied")

    @work(group="row-copy")
    async def action_copy_curl(self) -> None:
        payload = self.selected()
        if payload is None:
            return
        try:
            listeners = (await self.connection.status()).get("listeners") or {}
        except Exception:
            listeners = {}
        command = drafts.curl_command(payload, listeners.get("egress"))
        if command is None:
            self.app.notify("only egress requests can be copied as curl; J copies JSON",
                            severity="warning")
            return
        self.app.copy_to_clipboard(command)
        self.app.notify(command, title="copied")
