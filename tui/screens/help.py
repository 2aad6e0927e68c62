"""The `?` overlay: every key of the view that is open, then the keys that work
everywhere. Built from the bindings themselves, so it cannot drift from them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

KeyRow = tuple[str, str]
"""(key as shown, what it does)."""

NAVIGATION: tuple[KeyRow, ...] = (
    ("j / ↓, k / ↑", "next / previous row"),
    ("g, G", "first / last row"),
    ("pgup, pgdn", "page up / down"),
    ("/", "filter: " + "decision:block surface:egress principal:user:* host:*.example "
     "tool:shell.* rule:NAME, and free text"),
    ("enter / esc", "(in the filter) back to the table"),
    ("ctrl+p", "command palette: every action by name"),
    ("?", "this help"),
)


def binding_rows(bindings: Iterable[BindingType], display: object) -> list[KeyRow]:
    """Rows for `bindings` (Binding objects or tuples), keys shown the way the footer
    shows them (`display` is the app's `get_key_display`)."""
    rows = []
    for b in bindings:
        binding = b if isinstance(b, Binding) else Binding(*b)
        key = display(binding) if callable(display) else binding.key
        rows.append((str(key), binding.description or binding.action))
    return rows


def keys_text(rows: Sequence[KeyRow]) -> Text:
    """Keys in a column, what they do beside them."""
    width = max((len(k) for k, _ in rows), default=0)
    text = Text()
    for key, what in rows:
        text.append(f"{key:<{width}}  ", style="bold cyan")
        text.append(f"{what}\n")
    text.rstrip()
    return text


class HelpScreen(ModalScreen[None]):
    """Keys of the current view and of the console; any key closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def __init__(self, title: str, sections: Sequence[tuple[str, Sequence[KeyRow]]]) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Label(self.title_text, classes="dialog-title")
            for heading, rows in self.sections:
                yield Label(heading, classes="section-title")
                yield Static(keys_text(rows), classes="help-keys")
            yield Label("esc, q or ? closes", classes="dialog-body")

    def action_close(self) -> None:
        self.dismiss(None)
