"""Tools: the MCP servers behind the proxy and their pinned tools, each with its status
(pinned, held, changed, denied, withheld), the diff of a changed definition, and a key
to approve it (`mcp/tools`, `mcp/approve` on the control socket)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import DataTable, Label, Static

from tui.layout import Column
from tui.screens.base import Pane
from tui.widgets.table import FittedTable

COLUMNS = (
    Column("server", "server", 8, 16, priority=2, flex=True),
    Column("tool", "tool", 10, 24, priority=1, flex=True),
    Column("status", "status", 8, 8, priority=1),
    Column("why", "why", 12, 60, priority=3, flex=True),
)
"""The Tools view's table (sized by `tui.layout`: tool and status stay longest)."""
REFRESH_SECONDS = 2.0
APPROVABLE = frozenset({"held", "changed"})
STATUS_STYLE = {"pinned": "green", "held": "bold yellow", "changed": "bold red",
                "denied": "magenta", "withheld": "red"}


def row_key(row: dict[str, Any]) -> str:
    return f"{row['server']}\x00{row['tool']}"


def tool_cells(row: dict[str, Any]) -> dict[str, str | Text]:
    """One table row by column key: server, tool, status (coloured), why (one line)."""
    status = str(row.get("status") or "")
    why = " ".join(str(row.get("why") or row.get("description") or "").split())
    return {"server": str(row["server"]), "tool": str(row["tool"]),
            "status": Text(status, style=STATUS_STYLE.get(status, "")), "why": why}


def detail_text(row: dict[str, Any] | None) -> Text:
    """The selected tool: what it is, why it has its status, the diff of a change."""
    if row is None:
        return Text("no MCP tools yet: they are pinned when a server first lists them",
                    style="dim")
    out = Text()
    out.append(f"{row['tool']} of {row['server']}", style="bold")
    out.append(f"  {row.get('status')}", style=STATUS_STYLE.get(str(row.get("status")), ""))
    if row.get("why"):
        out.append(f"\n{row['why']}")
    elif row.get("description"):
        out.append(f"\n{row['description']}", style="dim")
    diff = row.get("diff")
    if diff:
        out.append("\n")
        for line in str(diff).splitlines():
            style = ("green" if line.startswith("+") and not line.startswith("+++") else
                     "red" if line.startswith("-") and not line.startswith("---") else
                     "cyan" if line.startswith("@@") else "dim")
            out.append(f"\n{line}", style=style)
    if row.get("status") in APPROVABLE:
        out.append("\n\ny: approve this definition", style="bold")
    return out


class ToolsPane(Pane):
    """MCP tools table, and the selected tool's detail and diff."""

    DEFAULT_CSS = """
    ToolsPane #tools-table { height: 1fr; min-height: 4; }
    ToolsPane #tools-detail { height: 2fr; border-top: solid $primary-darken-2; }
    """
    BINDINGS = [
        Binding("y", "approve", "Approve change"),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rows: dict[str, dict[str, Any]] = {}

    def compose(self) -> ComposeResult:
        yield Label("", id="tools-status", classes="toolbar", markup=False)
        yield FittedTable(COLUMNS, id="tools-table")
        with VerticalScroll(id="tools-detail"):
            yield Static(detail_text(None), id="tools-diff", markup=False)

    def on_mount(self) -> None:
        self.set_interval(REFRESH_SECONDS, self._refresh_if_visible)

    @property
    def table(self) -> FittedTable:
        return self.query_one("#tools-table", FittedTable)

    def shown(self) -> None:
        self.table.focus()
        self.load()

    def attached(self) -> None:
        self.load()

    def handle_events(self, events: list[dict[str, Any]]) -> None:
        # A held definition opens an approval; its answer changes the tool's status.
        if any(str(e.get("type", "")).startswith("approval/") for e in events):
            self.load()

    def _refresh_if_visible(self) -> None:
        if self.display and self.connection.state.connected and self.is_on_screen:
            self.load()

    @work(exclusive=True, group="tools-load")
    async def load(self) -> None:
        try:
            reply = await self.connection.call("mcp/tools")
        except Exception as exc:
            if self.connection.state.connected:
                self.report(exc, "loading MCP tools")
            return
        self.rows = {row_key(r): r for r in reply.get("tools", [])}
        try:
            self._redraw()
        except NoMatches:  # the answer came back while the console was closing
            return

    def _redraw(self) -> None:
        self.table.show_rows([(key, tool_cells(row)) for key, row in self.rows.items()])
        servers = {r["server"] for r in self.rows.values()}
        waiting = sum(1 for r in self.rows.values() if r.get("status") in APPROVABLE)
        self.query_one("#tools-status", Label).update(
            f"{len(self.rows)} tools on {len(servers)} servers · {waiting} to approve · "
            "y approve")
        self._show_detail()

    def selected_key(self) -> str | None:
        return self.table.selected_key()

    def _show_detail(self) -> None:
        key = self.selected_key()
        self.query_one("#tools-diff", Static).update(
            detail_text(self.rows.get(key) if key else None))

    @on(DataTable.RowHighlighted, "#tools-table")
    def _highlighted(self, _: DataTable.RowHighlighted) -> None:
        self._show_detail()

    # -- actions ------------------------------------------------------------------

    def action_approve(self) -> None:
        key = self.selected_key()
        row = self.rows.get(key) if key else None
        if row is None or row.get("status") not in APPROVABLE:
            self.app.notify("select a held or changed tool to approve", severity="warning")
            return
        self.approve(row["server"], row["tool"])

    @work(group="tools-change")
    async def approve(self, server: str, tool: str) -> None:
        try:
            await self.connection.call("mcp/approve", {"server": server, "tool": tool,
                                                       "by": self.host.operator})
        except Exception as exc:
            self.report(exc, f"approving {tool} of {server}")
            return
        self.app.notify(f"approved the new definition of {tool} of {server}", title="tools")
        self.load()
