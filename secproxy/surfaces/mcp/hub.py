"""What every MCP conversation of one proxy shares: the engine, the tool pins, which
tools each server lists (for shadowing), which were left out (refused when called), and
the conversations that `secproxy mcp wrap` relays through the control socket.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

from secproxy.engine import Engine
from secproxy.model import Direction, Principal
from secproxy.surfaces.mcp.interceptor import McpInterceptor, Relayed
from secproxy.surfaces.mcp.pins import PinStore

_MAX_WITHHELD = 10_000
_MAX_REMOTE = 1024


def fold(name: str) -> str:
    """A tool name as compared for shadowing: lower case, separators dropped
    (`Read-File`, `read_file` and `readFile` are one name)."""
    return "".join(c for c in name.lower() if c.isalnum())


def within(a: str, b: str, limit: int) -> bool:
    """Whether the edit distance of `a` and `b` is at most `limit` (bounded: rows stop
    early once every cell is over the limit)."""
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(row) > limit:
            return False
        previous = row
    return previous[-1] <= limit


class McpHub:
    """State shared by the MCP conversations of one proxy (or one standalone wrap)."""

    def __init__(self, engine: Engine, pins_path: Path | None, *, standalone: bool = False):
        self.engine = engine
        self.pins = PinStore(pins_path)
        self.standalone = standalone
        """No operator can answer (a standalone wrap): a changed tool is left out at once."""
        self.withheld: dict[tuple[str, str], str] = {}
        """(server, tool) → why it was left out of the server's list."""
        self._listed: dict[str, set[str]] = {}
        self._remote: OrderedDict[str, McpInterceptor] = OrderedDict()

    def open(self) -> int:
        """Load the pins; each pinned server counts as listing its pinned tools."""
        count = self.pins.open()
        for server, pins in self.pins.servers().items():
            self._listed[server] = set(pins)
        return count

    # -- listings -----------------------------------------------------------------------

    def listed(self, server: str, names: set[str]) -> None:
        """The tools `server` lists now (after filtering)."""
        self._listed[server] = set(names)

    def shadows(self, server: str, name: str) -> list[tuple[str, str]]:
        """Tools of other servers named `name` or within `mcp.shadow_distance` edits."""
        limit = self.engine.config.mcp.shadow_distance
        mine = fold(name)
        out = []
        for other, names in self._listed.items():
            if other == server:
                continue
            for tool in sorted(names):
                theirs = fold(tool)
                near = min(len(mine), len(theirs)) >= 5 and within(mine, theirs, limit)
                if mine == theirs or near:
                    out.append((other, tool))
        return out

    def withhold(self, server: str, name: str, why: str) -> None:
        if len(self.withheld) >= _MAX_WITHHELD:
            self.withheld.pop(next(iter(self.withheld)))
        self.withheld[(server, name)] = why

    def release(self, server: str, name: str) -> None:
        self.withheld.pop((server, name), None)

    # -- conversations relayed for `secproxy mcp wrap` --------------------------------

    def interceptor(self, server: str, principal: Principal, session: str | None
                    ) -> McpInterceptor:
        return McpInterceptor(self, server, principal, session)

    async def relay(self, conversation: str, server: str, agent: str | None,
                    direction: Direction, text: str) -> Relayed:
        """Decide one message of a wrapped server's conversation (`mcp/relay`)."""
        icpt = self._remote.get(conversation)
        if icpt is None or icpt.server != server:
            principal = Principal(channel="mcp-stdio", agent=agent)
            icpt = McpInterceptor(self, server, principal, f"mcp:{server}:{conversation}")
            self._remote[conversation] = icpt
            if len(self._remote) > _MAX_REMOTE:
                self._remote.popitem(last=False)
        else:
            self._remote.move_to_end(conversation)
        return await icpt.handle(text, direction)

    def close(self, conversation: str) -> None:
        self._remote.pop(conversation, None)

    def tools(self) -> list[dict[str, Any]]:
        """Every pinned tool with its status: `pinned`, `withheld` (left out of the last
        list: changed and not approved, poisoned, denied), plus withheld tools never
        pinned."""
        rows = []
        seen = set()
        for server, pins in sorted(self.pins.servers().items()):
            for name, pin in sorted(pins.items()):
                why = self.withheld.get((server, name))
                rows.append({"server": server, "tool": name,
                             "status": "withheld" if why else "pinned", "why": why,
                             "hash": pin.hash, "pinned": pin.pinned,
                             "description": pin.definition.get("description")})
                seen.add((server, name))
        for (server, name), why in sorted(self.withheld.items(), key=str):
            if (server, name) not in seen:
                rows.append({"server": server, "tool": name, "status": "withheld",
                             "why": why, "hash": None, "pinned": None, "description": None})
        return rows
