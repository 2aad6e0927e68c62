"""Modal dialogs: resolve an approval with a note, block a principal."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

Resolution = tuple[bool, str | None]
"""(approve?, note)."""
BlockRequest = tuple[str | None, str | None]
"""(duration such as `15m`, or None for until unblocked; reason)."""


class NoteDialog(ModalScreen[Resolution | None]):
    """Approve or deny one approval, with an optional note. Enter submits the verb the
    dialog was opened for (`e`: approve, `N`: deny); the buttons do either."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, approval: dict[str, Any], *, approve: bool = True) -> None:
        super().__init__(classes="dialog-screen")
        self.approval = approval
        self.approve = approve

    def compose(self) -> ComposeResult:
        verb = "approve" if self.approve else "deny"
        with Vertical(classes="dialog"):
            yield Label(f"Approval {self.approval.get('id')}", classes="dialog-title",
                        markup=False)
            yield Static(str(self.approval.get("summary") or ""), classes="dialog-body",
                         markup=False)
            yield Input(placeholder="note (optional), kept in the ledger", id="note")
            yield Label(f"enter: {verb} · tab: buttons · esc: cancel", classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Approve", variant="success", id="approve")
                yield Button("Deny", variant="error", id="deny")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#note", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss((self.approve, self.query_one("#note", Input).value.strip() or None))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        note = self.query_one("#note", Input).value.strip() or None
        if event.button.id == "approve":
            self.dismiss((True, note))
        elif event.button.id == "deny":
            self.dismiss((False, note))
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class BlockDialog(ModalScreen[BlockRequest | None]):
    """Block a principal for a while (or until unblocked), with a reason."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, key: str, *, duration: str = "15m") -> None:
        super().__init__(classes="dialog-screen")
        self.key = key
        self.duration = duration

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Block {self.key}", classes="dialog-title", markup=False)
            yield Label("duration (30s, 15m, 2h, 3d; empty = until unblocked)")
            yield Input(value=self.duration, id="duration")
            yield Label("reason")
            yield Input(placeholder="why (shown in the ledger and the console)", id="reason")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Block", variant="error", id="block")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#reason", Input).focus()

    def _submit(self) -> None:
        duration = self.query_one("#duration", Input).value.strip() or None
        reason = self.query_one("#reason", Input).value.strip() or None
        self.dismiss((duration, reason))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "block":
            self._submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
