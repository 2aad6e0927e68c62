"""A row table whose columns follow the terminal width (`tui.layout`), with vim keys.

The table keeps every row's full cells, so a resize re-lays the columns and cuts the
cells again instead of showing what was cut for another width.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual import events
from textual.binding import Binding
from textual.widgets import DataTable

from tui.layout import Column, clip, fit_columns

FALLBACK_WIDTH = 80
"""Width used before the table has been laid out."""


class FittedTable(DataTable[Any]):
    """DataTable with priority-sized columns; rows are added with full cells by key."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_top", "First row", show=False),
        Binding("G", "scroll_bottom", "Last row", show=False),
    ]

    def __init__(self, columns: Sequence[Column], **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.specs = tuple(columns)
        self.widths: dict[str, int] = {}
        self.cells: dict[str, dict[str, Any]] = {}
        """Row key → full cells by column key, in row order."""

    def on_mount(self) -> None:
        self.relayout()

    def on_resize(self, event: events.Resize) -> None:
        self.relayout()
        if self.row_count:
            # The selected row stays in sight when the table shrinks (a detail pane
            # below it grew, the terminal got smaller): where it would end up otherwise
            # depended on whether rows arrived before or after the final layout.
            self.move_cursor(row=self.cursor_row, animate=False)

    def relayout(self) -> None:
        """Fit the columns to the current width; rebuild only when they change."""
        width = self.size.width or self.app.size.width or FALLBACK_WIDTH
        widths = fit_columns(self.specs, width)
        if widths == self.widths:
            return
        selected = self.selected_key()
        self.widths = widths
        labels = {c.key: c.label for c in self.specs}
        super().clear(columns=True)
        for key, w in widths.items():
            self.add_column(labels[key], width=w, key=key)
        for key, cells in self.cells.items():
            super().add_row(*self._cut(cells), key=key)
        if selected is not None and selected in self.cells:
            self.move_cursor(row=self.get_row_index(selected), animate=False)

    def _cut(self, cells: dict[str, Any]) -> list[Any]:
        return [clip(cells.get(key, ""), w) for key, w in self.widths.items()]

    def put(self, key: str, cells: dict[str, Any]) -> None:
        """Add a row at the end."""
        if not self.widths:
            self.relayout()
        self.cells[key] = cells
        super().add_row(*self._cut(cells), key=key)

    def drop(self, key: str) -> None:
        """Remove one row."""
        if self.cells.pop(key, None) is not None:
            self.remove_row(key)

    def set_cell(self, key: str, column: str, value: Any) -> None:
        """Change one cell of a row (ignored for a hidden column)."""
        cells = self.cells.get(key)
        if cells is None:
            return
        cells[column] = value
        if column in self.widths:
            self.update_cell(key, column, clip(value, self.widths[column]))

    def reset(self) -> None:
        """Remove every row (the columns stay)."""
        self.cells.clear()
        super().clear()

    def selected_key(self) -> str | None:
        """Key of the row under the cursor, or None for an empty table."""
        if self.row_count == 0:
            return None
        try:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        except Exception:  # the cursor sits outside the rows while the table refills
            return None
        return str(key.value) if key.value is not None else None

    def show_rows(self, rows: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """Replace every row, keeping the cursor on the same key when it is still there."""
        selected = self.selected_key()
        self.reset()
        for key, cells in rows:
            self.put(key, cells)
        if selected is not None and selected in self.cells:
            self.move_cursor(row=self.get_row_index(selected), animate=False)
