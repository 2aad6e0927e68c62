"""A YAML editor for rules that shows validation errors on the line they belong to:
the line is tinted and the message is written at its right edge."""

from __future__ import annotations

import importlib.util
from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import TextArea

ERROR_LINE = Style(bgcolor="#4a1010")
ERROR_NOTE = Style(color="#ffd0d0", bgcolor="#8b1a1a", bold=True)


def _yaml_language() -> str | None:
    """`yaml` when the tree-sitter grammar is installed (highlighting), else plain text."""
    if importlib.util.find_spec("tree_sitter") and importlib.util.find_spec("tree_sitter_yaml"):
        return "yaml"
    return None


class RulesEditor(TextArea):
    """TextArea for the rules YAML with inline error marks (lines are 1-based)."""

    def __init__(self, text: str = "", **kwargs: Any) -> None:
        super().__init__(
            text,
            language=_yaml_language(),
            show_line_numbers=True,
            soft_wrap=False,
            tab_behavior="indent",
            **kwargs,
        )
        self.errors: dict[int, str] = {}

    def mark_errors(self, issues: list[dict[str, Any]]) -> None:
        """Show issues at their lines (issues without a line go to line 1) and move the
        cursor to the first one."""
        marks: dict[int, str] = {}
        for issue in issues:
            raw = issue.get("line")
            line = raw if isinstance(raw, int) else 1
            text = issue.get("message") or ""
            if issue.get("path"):
                text = f"{issue['path']}: {text}"
            index = max(0, min(line - 1, self.document.line_count - 1))
            marks[index] = f"{marks[index]}; {text}" if index in marks else text
        self.errors = marks
        if marks:
            first = min(marks)
            self.move_cursor((first, 0), center=True)
        self.refresh()

    def clear_errors(self) -> None:
        if self.errors:
            self.errors = {}
            self.refresh()

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        index = y + int(self.scroll_offset.y)
        message = self.errors.get(index)
        if message is None:
            return strip
        tinted = Strip(Segment.apply_style(strip, post_style=ERROR_LINE), strip.cell_length)
        note = f" ◀ {message} "
        width = strip.cell_length
        if len(note) > width // 2:
            note = note[: max(width // 2 - 1, 0)] + "… "
        keep = width - len(note)
        if keep <= 0:
            return tinted
        return Strip.join([tinted.crop(0, keep), Strip([Segment(note, ERROR_NOTE)], len(note))])
