"""Table columns sized by priority: what matters most stays on screen at 80 columns, the
rest appears as the terminal grows, and the wide columns take the extra room.

Pure functions (no Textual state): `fit_columns(COLUMNS, width)` says which columns are
shown and how wide; `clip` cuts a cell to its width with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.text import Text

CELL_PADDING = 2
"""A DataTable column takes its width plus one cell of padding on each side."""
SCROLLBAR = 2
"""Room kept for the table's vertical scrollbar."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table whose layout follows the terminal width."""

    key: str
    label: str
    min: int
    """Narrowest useful width; below it the column is left out."""
    ideal: int
    """Width it grows to before the flexible columns take the rest."""
    priority: int
    """Lower is kept first when the terminal is narrow."""
    flex: bool = False
    """Takes a share of the room left once every shown column has its ideal width."""


def fit_columns(columns: Sequence[Column], width: int) -> dict[str, int]:
    """Shown columns → their widths, in display order, for a table `width` cells wide.

    Columns are taken by priority while their minimum widths fit; the room left grows
    them towards their ideal widths (in priority order), then goes to the flexible
    columns in equal shares."""
    room = max(width - SCROLLBAR, 0)
    shown: dict[str, int] = {}
    used = 0
    for col in sorted(columns, key=lambda c: c.priority):
        need = col.min + CELL_PADDING
        if used + need <= room:
            shown[col.key] = col.min
            used += need
    spare = room - used
    for col in sorted(columns, key=lambda c: c.priority):
        if col.key in shown and spare > 0:
            grow = min(col.ideal - col.min, spare)
            shown[col.key] += grow
            spare -= grow
    flexible = [c.key for c in columns if c.flex and c.key in shown]
    for i, key in enumerate(flexible):
        share = spare // (len(flexible) - i)
        shown[key] += share
        spare -= share
    return {c.key: shown[c.key] for c in columns if c.key in shown}


def clip(value: Any, width: int) -> Any:
    """A cell cut to `width` cells with an ellipsis (Rich text keeps its style)."""
    if isinstance(value, Text):
        if value.cell_len <= width:
            return value
        cut = value.copy()
        cut.truncate(width, overflow="ellipsis")
        return cut
    # A string is shown as written: a DataTable reads a str cell as markup, and what
    # an agent names (a path, a tool, its agent name) is no markup (`[/x]` raised).
    text = str(value)
    return Text(text if len(text) <= width else text[: max(width - 1, 0)] + "…")


LIVE_COLUMNS = (
    Column("time", "time", 12, 12, priority=7),
    Column("decision", "decision", 9, 9, priority=1),
    Column("surface", "surface", 7, 7, priority=5),
    Column("principal", "principal", 10, 22, priority=4),
    Column("target", "host / tool", 14, 40, priority=3, flex=True),
    Column("rule", "rule / reason", 14, 40, priority=2, flex=True),
    Column("latency", "latency", 7, 8, priority=6),
)
"""The Live view: at 80 columns everything but the time fits; decision and rule last longest."""

AUDIT_COLUMNS = (
    Column("id", "#", 5, 7, priority=6),
    Column("time", "time", 12, 19, priority=7),
    Column("decision", "decision", 9, 9, priority=1),
    Column("surface", "surface", 7, 7, priority=5),
    Column("principal", "principal", 10, 22, priority=4),
    Column("target", "host / tool", 14, 40, priority=3, flex=True),
    Column("rule", "rule / reason", 14, 40, priority=2, flex=True),
)
"""The Audit view's result table."""

APPROVAL_COLUMNS = (
    Column("id", "id", 12, 12, priority=6),
    Column("expires", "expires in", 7, 10, priority=2),
    Column("surface", "surface", 7, 7, priority=5),
    Column("principal", "principal", 10, 22, priority=4),
    Column("asks", "asks", 16, 50, priority=1, flex=True),
    Column("why", "why", 12, 40, priority=3, flex=True),
)
"""The Approvals view: what is asked and the countdown first."""

USER_COLUMNS = (
    Column("principal", "principal", 14, 30, priority=1, flex=True),
    Column("strikes", "strikes", 7, 7, priority=3),
    Column("blocked", "blocked", 10, 16, priority=2),
    Column("reason", "reason", 10, 40, priority=5, flex=True),
    Column("requests", "requests", 8, 8, priority=4),
    Column("blocked_requests", "blocked reqs", 12, 12, priority=6),
    Column("last_seen", "last seen", 12, 12, priority=7),
)
"""The Users view."""

TIMELINE_COLUMNS = (
    Column("time", "time", 12, 12, priority=5),
    Column("decision", "decision", 9, 9, priority=1),
    Column("what", "call", 14, 40, priority=3, flex=True),
    Column("risk", "risk", 11, 13, priority=2),
    Column("why", "why (⛓ chains)", 14, 60, priority=4, flex=True),
)
"""A session's timeline: decision and risk first, chains flagged in `why`."""

RULE_COLUMNS = (
    Column("position", "#", 3, 3, priority=7),
    Column("name", "name", 12, 28, priority=1),
    Column("action", "action", 16, 16, priority=2),
    Column("conditions", "conditions", 20, 60, priority=3, flex=True),
    Column("mode", "mode", 7, 7, priority=5),
    Column("policies", "policies", 8, 20, priority=6),
    Column("reason", "reason", 12, 40, priority=4, flex=True),
)
"""The Rules view: at 80 columns name, action (`require_approval` whole), conditions,
mode and reason; the position (the rows are in order) and policies as it grows."""
