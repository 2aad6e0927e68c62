"""Rules: the running rules as a table and as YAML to edit. Apply validates and hot-reloads
through the control socket; apply + save also writes them into the proxy's config file
(both or neither). A rejected edit changes nothing and its errors show on their lines in
the editor. Revert brings back what the proxy runs."""

from __future__ import annotations

from typing import Any

import yaml
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.widgets import Label, Static, TextArea

from secproxy.control.client import OperatorError
from tui import drafts, formatting
from tui.layout import RULE_COLUMNS
from tui.screens.base import Pane
from tui.screens.suggest import SuggestDialog, SuggestionScreen, SuggestRequest
from tui.widgets.rules_editor import RulesEditor
from tui.widgets.table import FittedTable


class RulesPane(Pane):
    """Rules table, YAML editor, validation errors."""

    BINDINGS = [
        Binding("ctrl+s", "apply", "Apply rules"),
        Binding("ctrl+o", "apply_save", "Apply + save"),
        Binding("ctrl+r", "revert", "Revert"),
        Binding("e", "edit", "Edit"),
        Binding("s", "suggest", "Suggest rules…"),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.running_text = ""
        """The YAML of the rules the proxy runs (what revert restores)."""
        self.source: str | None = None
        self.applied_text: str | None = None
        """What this console applied last: its outcome note stays while the proxy runs it."""
        self.names: list[str] = []
        """The running rules' names, in order."""
        self.since = "7d"
        """The window the last suggestion learnt from (the next one starts there)."""

    def compose(self) -> ComposeResult:
        yield Label("", id="rules-status", classes="toolbar", markup=False)
        yield FittedTable(RULE_COLUMNS, id="rules-table")
        yield RulesEditor(id="rules-editor")
        yield Static("", id="rules-errors", classes="detail", markup=False)

    @property
    def editor(self) -> RulesEditor:
        return self.query_one("#rules-editor", RulesEditor)

    @property
    def modified(self) -> bool:
        return self.editor.text != self.running_text

    def shown(self) -> None:
        # Back in the view with edits not yet applied (a drafted rule): the editor.
        if self.modified and self.running_text:
            self.editor.focus()
        else:
            self.query_one("#rules-table", FittedTable).focus()

    # -- data ---------------------------------------------------------------------

    def attached(self) -> None:
        self.load()

    def handle_events(self, events: list[dict[str, Any]]) -> None:
        if any(e.get("type") == "config/reload" and e["payload"].get("ok") for e in events):
            if not all(e.get("replay") for e in events if e.get("type") == "config/reload"):
                self.load()

    @work(exclusive=True, group="rules-load")
    async def load(self, *, force: bool = False) -> None:
        await self.refresh_rules(force=force)

    async def refresh_rules(self, *, force: bool = False) -> None:
        """Fetch the running rules; the editor keeps unapplied edits unless `force`."""
        try:
            data = await self.connection.rules()
        except Exception as exc:
            self.report(exc, "loading rules")
            return
        try:
            table = self.query_one("#rules-table", FittedTable)
        except NoMatches:  # the answer came back while the console was closing
            return
        keep_edits = self.modified and not force and bool(self.running_text)
        self.running_text = data["yaml"]
        self.source = data.get("source")
        self.names = [str(r.get("name")) for r in data["rules"]]
        table.show_rows([(str(i), formatting.rule_cells(rule))
                         for i, rule in enumerate(data["rules"])])
        if keep_edits:
            self.app.notify(
                "the proxy's rules changed while you were editing; ctrl+r shows them",
                severity="warning",
            )
        else:
            self.editor.load_text(self.running_text)
            self.editor.clear_errors()
            if self.running_text != self.applied_text:
                self.query_one("#rules-errors", Static).update("")
        self._show_status(data)

    def _show_status(self, data: dict[str, Any] | None = None) -> None:
        parts = []
        if data is not None:
            parts.append(f"{len(data['rules'])} rules")
            parts.append(f"no match → {data.get('default_action')}")
            parts.append(f"source: {data.get('source') or 'built-in/defaults'}")
        parts.append(
            "e edit · esc leave the editor · ctrl+s apply · ctrl+o apply + save · ctrl+r revert"
            " · s suggest"
        )
        self.query_one("#rules-status", Label).update(" · ".join(parts))

    @on(TextArea.Changed, "#rules-editor")
    def _edited(self, event: TextArea.Changed) -> None:
        self.set_class(self.modified, "-modified")

    # -- drafts from other views --------------------------------------------------

    @work(exclusive=True, group="rules-draft")
    async def draft(self, rule: dict[str, Any], *, before: str | None) -> None:
        """Put `rule` into the editor where it takes effect (before the rule `before`,
        or at the end), select it, and leave applying it (ctrl+s) to the operator."""
        if not self.running_text:
            await self.refresh_rules()
        place = before if before in self.names else None
        new_text, line = drafts.insert_rule(self.editor.text or self.running_text, rule,
                                            before=place)
        self.editor.load_text(new_text)
        self.editor.clear_errors()
        self.editor.move_cursor((line - 1, 0), center=True)
        self.editor.focus()
        self.set_class(self.modified, "-modified")
        where = f"before rule {place}" if place else "at the end"
        self.query_one("#rules-errors", Static).update(Text(
            f"drafted rule {rule['name']} {where} (line {line}): ctrl+s applies it, "
            "ctrl+o applies and saves, ctrl+r drops it", style="yellow"))
        self.app.notify(f"rule {rule['name']} drafted {where}; ctrl+s applies",
                        title="rules")

    @work(exclusive=True, group="rules-draft")
    async def add_rule(self, rule: dict[str, Any], *, before: str | None) -> None:
        """Insert `rule` into the running rules where it takes effect and apply it at
        once (approve always). Unapplied edits in the editor are not applied with it."""
        if self.modified and self.running_text:
            self.app.notify("the Rules editor holds edits not applied yet: apply or revert "
                            f"them, then add rule {rule['name']} again", severity="warning",
                            title="rule not added")
            return
        await self.refresh_rules(force=True)
        place = before if before in self.names else None
        text, _ = drafts.insert_rule(self.running_text, rule, before=place)
        self.editor.load_text(text)
        self.apply(text)

    # -- learning mode --------------------------------------------------------------

    def action_suggest(self) -> None:
        """Ask for a window and surfaces, then for the proxy's suggestion."""

        def chosen(request: SuggestRequest | None) -> None:
            if request is not None:
                self.suggest(request)

        self.app.push_screen(SuggestDialog(since=self.since), chosen)

    @work(exclusive=True, group="rules-suggest")
    async def suggest(self, request: SuggestRequest) -> None:
        since, surfaces, mode = request
        self.since = since
        try:
            found = await self.connection.suggest_rules(since=since, surfaces=surfaces,
                                                        mode=mode)
        except Exception as exc:
            self.report(exc, "suggesting rules")
            return

        def decided(draft: bool | None) -> None:
            if draft:
                self.draft_learnt(found, since)

        self.app.push_screen(SuggestionScreen(found, since=since), decided)

    @work(exclusive=True, group="rules-draft")
    async def draft_learnt(self, found: dict[str, Any], since: str) -> None:
        """Put the suggested rules after the rules in the editor (the operator's come
        first: first match wins), select the first, and leave applying to the operator."""
        if not self.running_text:
            await self.refresh_rules()
        text = self.editor.text or self.running_text
        learnt = drafts.learnt_rules(found, self.names + _names_in(text))
        new_text, line = drafts.insert_rules(text, learnt, before=None)
        self.editor.load_text(new_text)
        self.editor.clear_errors()
        self.editor.move_cursor((line - 1, 0), center=True)
        self.editor.focus()
        self.set_class(self.modified, "-modified")
        self.query_one("#rules-errors", Static).update(Text(
            f"drafted {len(learnt)} rules learnt from the traffic since {since} at the end "
            f"(line {line}): ctrl+s applies them, ctrl+o applies and saves, ctrl+r drops "
            "them", style="yellow"))
        self.app.notify(f"{len(learnt)} learnt rules drafted; ctrl+s applies", title="rules")

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

    def action_apply_save(self) -> None:
        self.apply(self.editor.text, save=True)

    @work(exclusive=True, group="rules-apply")
    async def apply(self, text: str, *, save: bool = False) -> None:
        errors = self.query_one("#rules-errors", Static)
        doing = "saving rules" if save else "applying rules"
        try:
            result = await self.connection.replace_rules(text, save=save, by=self.host.operator)
        except OperatorError as exc:
            if exc.code == "save_failed":
                self.editor.clear_errors()
                errors.update(Text(f"{exc.message}\n{exc.hint or ''}".strip(), style="red"))
                self.report(exc, doing)
                return
            if exc.code != "invalid_config":
                self.report(exc, doing)
                return
            self.editor.mark_errors(exc.issues)
            errors.update(_issues_text(exc.message, exc.issues))
            self.app.notify(exc.message, title="rules rejected", severity="error")
            return
        except Exception as exc:
            self.report(exc, doing)
            return
        self.editor.clear_errors()
        self.running_text = self.applied_text = text
        done = f"applied {result['rules']} rules"
        if result.get("persisted"):
            done += f" and saved them to {result['saved_to']}"
        note = Text(done, style="green")
        if result.get("persisted"):
            note.append(f"\nthe previous file is {result['backup']}", style="dim")
        for warning in result.get("warnings") or []:
            note.append(f"\nwarning: {warning}", style="yellow")
        if result.get("source") and not result.get("persisted"):
            note.append(
                f"\n{result['source']} is unchanged: a reload (SIGHUP) restores its rules "
                "(ctrl+o saves them into it)",
                style="dim",
            )
        errors.update(note)
        self.app.notify(done, title="rules")
        self.load(force=True)


def _names_in(text: str) -> list[str]:
    """The rule names in the editor's text (it may hold drafts not applied yet)."""
    try:
        rules = yaml.safe_load(text)
    except yaml.YAMLError:
        return []
    rules = rules.get("rules") if isinstance(rules, dict) else rules
    if not isinstance(rules, list):
        return []
    return [str(r["name"]) for r in rules if isinstance(r, dict) and r.get("name")]


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
