"""Learning mode from the Rules view: ask the proxy for rules covering the traffic in its
ledger (`rules/suggest`), show them with their counts and what they would have refused,
and hand them back to be drafted into the Rules editor (applied only when the operator
applies them)."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static

from tui import formatting

SuggestRequest = tuple[str, list[str], str]
"""(since such as `7d`, surfaces (none: all), mode `enforce` or `report`)."""


class SuggestDialog(ModalScreen[SuggestRequest | None]):
    """Which window of the ledger to learn from, on which surfaces, and in which mode."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, *, since: str = "7d") -> None:
        super().__init__(classes="dialog-screen")
        self.since = since

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Suggest rules from the ledger", classes="dialog-title")
            yield Label("learn from the traffic since (15m, 2h, 7d or an ISO time)")
            yield Input(value=self.since, id="since")
            yield Label("surfaces, comma-separated (empty: all)")
            yield Input(placeholder="egress, llm, ws, tool, mcp, inspect", id="surfaces")
            yield Checkbox("report mode: the deny rules only record what they refuse",
                           id="report")
            yield Label("enter: suggest · esc: cancel", classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Suggest", variant="primary", id="suggest")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#since", Input).focus()

    def _submit(self) -> None:
        since = self.query_one("#since", Input).value.strip() or self.since
        raw = self.query_one("#surfaces", Input).value
        surfaces = [s.strip() for s in raw.replace(" ", ",").split(",") if s.strip()]
        mode = "report" if self.query_one("#report", Checkbox).value else "enforce"
        self.dismiss((since, surfaces, mode))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "suggest":
            self._submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class SuggestionScreen(ModalScreen[bool]):
    """The proposed rules with counts and the refused traffic; True drafts them."""

    BINDINGS = [
        Binding("escape", "cancel", "Discard"),
        Binding("enter", "draft", "Draft into the editor"),
        Binding("d", "draft", "Draft into the editor", show=False),
    ]

    def __init__(self, found: dict[str, Any], *, since: str) -> None:
        super().__init__(classes="dialog-screen")
        self.found = found
        self.since = since

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="suggestion"):
            yield Label(f"Suggested rules (traffic since {self.since})", markup=False,
                        classes="dialog-title")
            with VerticalScroll(id="suggestion-body"):
                yield Static(formatting.suggestion_text(self.found), id="suggestion-text")
            yield Label("enter: draft after the running rules · esc: discard",
                        classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Draft", variant="primary", id="draft")
                yield Button("Discard", id="discard")

    def on_mount(self) -> None:
        self.query_one("#suggestion-body").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "draft")

    def action_draft(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
