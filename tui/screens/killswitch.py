"""The kill switch dialog (`K` anywhere): turn deny-all on for chosen surfaces, with a
reason, or lift it. Opening it changes nothing; the confirm button (or Enter in the
reason) does. What the header shows while the switch is on is `header_text`."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, SelectionList, Static

SURFACES = ("egress", "connect", "llm", "ws", "tool", "mcp", "inspect")
"""What the switch can cover (the proxy refuses any other name)."""

Switching = tuple[bool, list[str], str | None]
"""(on?, surfaces, reason)."""


def header_text(state: dict[str, Any]) -> str:
    """`⛔ KILL SWITCH egress,llm` while on; empty while off."""
    if not state.get("on"):
        return ""
    return "⛔ KILL SWITCH " + ",".join(state.get("surfaces") or [])


class KillSwitchDialog(ModalScreen[Switching | None]):
    """Confirm turning the kill switch on (which surfaces, why) or lifting it."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, state: dict[str, Any]) -> None:
        super().__init__(classes="dialog-screen")
        self.state = state

    def compose(self) -> ComposeResult:
        on = bool(self.state.get("on"))
        with Vertical(classes="dialog kill-switch"):
            if on:
                yield Label("Lift the kill switch?", classes="dialog-title")
                yield Static(
                    f"deny-all is on for {', '.join(self.state.get('surfaces') or [])} "
                    f"(by {self.state.get('by')}"
                    + (f": {self.state['reason']}" if self.state.get("reason") else "")
                    + "). Lifting it lets the rules decide again.", classes="dialog-body")
            else:
                yield Label("Kill switch: deny every action on", classes="dialog-title")
                yield SelectionList[str](*((s, s, True) for s in SURFACES), id="surfaces")
            yield Input(placeholder="reason (kept in the ledger)", id="reason")
            yield Label("enter: confirm · space: toggle a surface · esc: cancel",
                        classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                if on:
                    yield Button("Lift", variant="success", id="confirm")
                else:
                    yield Button("Deny all", variant="error", id="confirm")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#reason", Input).focus()

    def _confirm(self) -> None:
        reason = self.query_one("#reason", Input).value.strip() or None
        if self.state.get("on"):
            self.dismiss((False, [], reason))
            return
        chosen = list(self.query_one("#surfaces", SelectionList).selected)
        if not chosen:
            self.app.notify("choose at least one surface", severity="warning")
            return
        self.dismiss((True, chosen, reason))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._confirm()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "confirm":
            self._confirm()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
