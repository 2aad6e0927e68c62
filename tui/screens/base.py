"""What every console view shares: access to the connection, hooks the app calls when
the proxy (re)attaches and when a batch of events arrives, and one error path."""

from __future__ import annotations

from typing import Any, Protocol, cast

from textual.containers import Vertical
from textual.widgets import DataTable

from tui.client import ConsoleConnection


class ConsoleHost(Protocol):
    """What a view needs from the app."""

    connection: ConsoleConnection
    operator: str

    def report_error(self, exc: BaseException, *, action: str) -> None: ...

    def action_show(self, tab_id: str) -> None: ...


class Pane(Vertical):
    """One view of the console (a tab)."""

    @property
    def host(self) -> ConsoleHost:
        return cast(ConsoleHost, self.app)

    @property
    def connection(self) -> ConsoleConnection:
        return self.host.connection

    def attached(self) -> None:
        """The proxy was (re)attached: fetch fresh data."""

    def handle_events(self, events: list[dict[str, Any]]) -> None:
        """A batch of stream events (oldest first); views pick what concerns them."""

    def shown(self) -> None:
        """The view became visible."""

    def report(self, exc: BaseException, action: str) -> None:
        self.host.report_error(exc, action=action)


def selected_row_key(table: DataTable[Any]) -> str | None:
    """Key of the row under the cursor, or None for an empty table."""
    if table.row_count == 0:
        return None
    try:
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
    except Exception:  # the cursor sits outside the rows while the table refills
        return None
    return str(key.value) if key.value is not None else None
