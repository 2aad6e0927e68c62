"""Rules: the running rules as a table and as YAML to edit. Apply validates and hot-reloads
through the control socket; a rejected edit changes nothing and its errors show on their
lines in the editor. Revert brings back what the proxy runs."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Label, Static, TextArea

from secproxy.control.client import OperatorError
from tui import formatting
from tui.screens.base import Pane
from tui.widgets.rules_editor import RulesEditor

COLUMNS = ("#", "name", "action", "conditions", "mode", "policies", "reason")


class RulesPane(Pane):
    """Rules table, YAML editor, validation errors."""

    BINDINGS = [
        Binding("ctrl+s", "apply", "Apply rules"),
        Binding("ctrl+r", "revert", "Revert"),
        Binding("e", "edit", "Edit"),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.running_text = ""
        """The YAML of the rules the proxy runs (what revert restores)."""
        self.source: str | None = None

    def compose(self) -> ComposeResult:
        yield Label("", id="rules-status", classes="toolbar")
        table: DataTable[Any] = DataTable(id="rules-table", cursor_type="row", zebra_stripes=True)
        table.add_columns(*COLUMNS)
        yield table
        yield RulesEditor(id="rules-editor")
        yield Static("", id="rules-errors", classes="detail")

    @property
    def editor(self) -> RulesEditor:
        return self.query_one("#rules-editor", RulesEditor)

    @property
    def modified(self) -> bool:
        return self.editor.text != self.running_text

    def shown(self) -> None:
        self.query_one("#rules-table", DataTable).focus()

    # -- data ---------------------------------------------------------------------

    def attached(self) -> None:
        self.load()

    def handle_events(self, events: list[dict[str, Any]]) -> None:
        if any(e.get("type") == "config/reload" and e["payload"].get("ok") for e in events):
            if not all(e.get("replay") for e in events if e.get("type") == "config/reload"):
                self.load()

    @work(exclusive=True, group="rules-load")
    async def load(self, *, force: bool = False) -> None:
        try:
            data = await self.connection.rules()
        except Exception as exc:
            self.report(exc, "loading rules")
            return
        keep_edits = self.modified and not force and bool(self.running_text)
        self.running_text = data["yaml"]
        self.source = data.get("source")
        table = self.query_one("#rules-table", DataTable)
        table.clear()
        for rule in data["rules"]:
            table.add_row(*formatting.rule_row(rule))
        if keep_edits:
            self.app.notify(
                "the proxy's rules changed while you were editing; ctrl+r shows them",
                severity="warning",
            )
        else:
            self.editor.load_text(self.running_text)
            self.editor.clear_errors()
            self.query_one("#rules-errors", Static).update("")
        self._show_status(data)

    def _show_status(self, data: dict[str, Any] | None = None) -> None:
        parts = []
        if data is not None:
            parts.append(f"{len(data['rules'])} rules")
            parts.append(f"no match → {data.get('default_action')}")
            parts.append(f"source: {data.get('source') or 'built-in/defaults'}")
        parts.append("e edit · esc leave the editor · ctrl+s apply · ctrl+r revert")
        self.query_one("#rules-status", Label).update(" · ".join(parts))

    @on(TextArea.Changed, "#rules-editor")
    def _edited(self, event: TextArea.Changed) -> None:
        self.set_class(self.modified, "-modified")

    # -- actions ------------------------------------------------------------------

    def action_edit(self) -> None:
        self.editor.focus()

    def action_revert(self) -> None:
        self.editor.load_text(self.running_text)
        self.editor.clear_errors()
        self.query_one("#rules-errors", Static).update("")
        self.set_class(False, "-modified")
        self.app.notify("editor reset to the running rules")

    def action_apply(self) -> None:
        self.apply(self.editor.text)

    @work(exclusive=True, group="rules-apply")
    async def apply(self, text: str) -> None:
        errors = self.query_one("#rules-errors", Static)
        try:
            result = await self.connection.replace_rules(text)
        except OperatorError as exc:
            if exc.code != "invalid_config":
                self.report(exc, "applying rules")
                return
            self.editor.mark_errors(exc.issues)
            errors.update(_issues_text(exc.message, exc.issues))
            self.app.notify(exc.message, title="rules rejected", severity="error")
            return
        except Exception as exc:
            self.report(exc, "applying rules")
            return
        self.editor.clear_errors()
        self.running_text = text
        note = Text(f"applied {result['rules']} rules", style="green")
        for warning in result.get("warnings") or []:
            note.append(f"\nwarning: {warning}", style="yellow")
        if result.get("source"):
            note.append(
                f"\n{result['source']} is unchanged: a reload (SIGHUP) restores its rules",
                style="dim",
            )
        errors.update(note)
        self.app.notify(f"applied {result['rules']} rules", title="rules")
        self.load(force=True)


def _issues_text(message: str, issues: list[dict[str, Any]]) -> Text:
    text = Text(f"{message}\n", style="bold red")
    for issue in issues:
        line = issue.get("line")
        text.append(f"  line {line}: " if line else "  ", style="bold")
        if issue.get("path"):
            text.append(f"{issue['path']}: ", style="dim")
        text.append(f"{issue.get('message')}")
        if issue.get("value") is not None:
            text.append(f" (got {issue['value']!r})", style="dim")
        text.append("\n")
    return text
