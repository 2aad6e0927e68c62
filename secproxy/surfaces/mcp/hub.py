"""What every MCP conversation of one proxy shares: the engine, the tool pins, which
tools each server lists (for shadowing), which were left out (refused when called), and
the conversations that `secproxy mcp wrap` relays through the control socket.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secproxy.aio import spawn
from secproxy.engine import Engine
from secproxy.model import Direction, Principal
from secproxy.protocols.jsonrpc import NO_ID, Relayed
from secproxy.surfaces.mcp.interceptor import McpInterceptor
from secproxy.surfaces.mcp.pins import PinStore

_MAX_WITHHELD = 10_000
_MAX_REMOTE = 1024
_MAX_CURSORS = 64
"""Next pages of one server's first tools list awaited at once."""


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


@dataclass(slots=True)
class Change:
    """A tool whose definition differs from its pin and is not approved (yet)."""

    status: str
    """`changed`, `added` or `renamed` (`pins.PinCheck.status`)."""
    definition: dict[str, Any]
    """The definition the server lists now."""
    diff: str
    """The pinned and the listed definition, as a unified diff."""
    why: str
    replaces: str | None = None
    """The pinned name a renamed tool had."""
    fingerprint: str | None = None
    """While held: the fingerprint of the action an operator is asked about."""


class McpHub:
    """State shared by the MCP conversations of one proxy (or one standalone wrap)."""

    def __init__(self, engine: Engine, pins_path: Path | None, *, standalone: bool = False):
        self.engine = engine
        self.pins = PinStore(pins_path, engine.shared)
        self.standalone = standalone
        """No operator can answer (a standalone wrap): a changed tool is left out at once."""
        self.withheld: dict[tuple[str, str], str] = {}
        """(server, tool) → why it was left out of the server's list."""
        self.denied: dict[tuple[str, str], str] = {}
        """(server, tool) → the rule that keeps it out of lists (and refuses its calls)."""
        self.changes: dict[tuple[str, str], Change] = {}
        """(server, tool) → its changed definition, held or not approved."""
        self._listed: dict[str, set[str]] = {}
        self._first_pages: dict[str, set[str]] = {}
        """server → the cursors of the pages still to come of its first tools list."""
        self._remote: OrderedDict[str, McpInterceptor] = OrderedDict()
        self._sessions: OrderedDict[tuple[str, str, Principal], McpInterceptor] = OrderedDict()

    def open(self) -> int:
        """Load the pins; each pinned server counts as listing its pinned tools."""
        count = self.pins.open()
        for server, pins in self.pins.servers().items():
            self._listed[server] = set(pins)
        return count

    # -- listings -----------------------------------------------------------------------

    def listed(self, server: str, names: set[str], *, more: bool = False) -> None:
        """The tools `server` lists now (after filtering); `more`: a next page's."""
        if more and server in self._listed:
            self._listed[server] |= names
        else:
            self._listed[server] = set(names)

    def first_page(self, server: str, cursor: str | None) -> bool:
        """Whether a tools list of `server` (the page after `cursor`; None: the first) is
        the server's first, whose tools are pinned at first sight: a first page when the
        server has no pins, a next one when a page of its first list gave its cursor
        (until a list begins again from its first page)."""
        pages = self._first_pages
        if cursor is None:
            pages.pop(server, None)
            return not self.pins.known(server)
        cursors = pages.get(server)
        if cursors is None or cursor not in cursors:
            return False
        cursors.discard(cursor)
        return True

    def next_page(self, server: str, cursor: str) -> None:
        """A page of `server`'s first tools list names the next one (`cursor`)."""
        if len(self._first_pages) >= _MAX_REMOTE:
            self._first_pages.clear()
        cursors = self._first_pages.setdefault(server, set())
        if len(cursors) < _MAX_CURSORS:
            cursors.add(cursor)

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

    def deny(self, server: str, name: str, why: str) -> None:
        if len(self.denied) >= _MAX_WITHHELD:
            self.denied.pop(next(iter(self.denied)))
        self.denied[(server, name)] = why

    def release(self, server: str, name: str) -> None:
        """`name` is listed as it is: nothing held against it any more."""
        self.withheld.pop((server, name), None)
        self.denied.pop((server, name), None)
        self.changes.pop((server, name), None)

    def changed(self, server: str, name: str, change: Change) -> None:
        """A changed definition, held (`fingerprint` set) or not approved."""
        if len(self.changes) >= _MAX_WITHHELD:
            self.changes.pop(next(iter(self.changes)))
        self.changes[(server, name)] = change

    async def approve(self, server: str, name: str, by: str) -> str:
        """An operator approves the changed definition of `name`: a held one's pending
        approval is resolved (the waiting list goes on with it); one left out is pinned,
        so the next list has it. `held` or `pinned`; KeyError when there is no change."""
        change = self.changes.get((server, name))
        if change is None:
            raise KeyError(f"tool {name} of {server} has no changed definition to approve")
        if change.fingerprint is not None:
            for approval in self.engine.approvals.pending():
                if approval.fingerprint == change.fingerprint:
                    self.engine.approvals.resolve(approval.id, approve=True, by=by,
                                                  note="approved from the MCP tools")
                    return "held"
        await self.pins.pin(server, [change.definition], replaces=change.replaces)
        self.release(server, name)
        return "pinned"

    # -- conversations ------------------------------------------------------------------

    def interceptor(self, server: str, principal: Principal, session: str | None, *,
                    transport: str = "stdio", settles: bool = False) -> McpInterceptor:
        """A new conversation with `server` (`transport` is said in its records;
        `settles`: as `McpInterceptor`'s)."""
        return McpInterceptor(self, server, principal, session, transport, settles=settles)

    def session(self, server: str, session_id: str | None, principal: Principal
                ) -> McpInterceptor:
        """The conversation of a streamable HTTP session (`Mcp-Session-Id`): one across
        its POSTs, so a client's answer to the server's sampling request is read as
        one (a request without a session is a conversation of its own). The session id
        is the client's word: another principal naming it has a conversation of its own,
        never the first one's principal (its rules, blocks, records) nor its calls."""
        if session_id is None:
            return McpInterceptor(self, server, principal, None, "http", settles=True)
        key = (server, session_id, principal)
        icpt = self._sessions.get(key)
        if icpt is None:
            icpt = McpInterceptor(self, server, principal, f"mcp:{server}:{session_id}",
                                  "http", settles=True)
            self._sessions[key] = icpt
            if len(self._sessions) > _MAX_REMOTE:
                _, old = self._sessions.popitem(last=False)
                spawn(old.close("no result: too many sessions"), name="mcp-session-evicted")
        else:
            self._sessions.move_to_end(key)
        return icpt

    async def end_session(self, server: str, session_id: str, principal: Principal) -> None:
        icpt = self._sessions.pop((server, session_id, principal), None)
        if icpt is not None:
            await icpt.close()

    async def relay(self, conversation: str, server: str, agent: str | None,
                    direction: Direction, text: str, unread: Any = NO_ID,
                    asked: str | None = None) -> Relayed:
        """Decide one message of a wrapped server's conversation (`mcp/relay`; `unread`,
        `asked`: the id and method of a line over the size limit, as
        `McpInterceptor.handle` takes them)."""
        icpt = self._remote.get(conversation)
        if icpt is None or icpt.server != server:
            principal = Principal(channel="mcp-stdio", agent=agent)
            icpt = McpInterceptor(self, server, principal, f"mcp:{server}:{conversation}",
                                  "stdio")
            self._remote[conversation] = icpt
            if len(self._remote) > _MAX_REMOTE:
                _, old = self._remote.popitem(last=False)
                spawn(old.close("no result: too many conversations"), name="mcp-evicted")
        else:
            self._remote.move_to_end(conversation)
        relayed = await icpt.handle(text, direction, unread, asked)
        icpt.publish()  # the wrap sends it on: nothing here to wait for
        return relayed

    async def close(self, conversation: str) -> None:
        icpt = self._remote.pop(conversation, None)
        if icpt is not None:
            await icpt.close()

    async def close_all(self) -> None:
        """The proxy stops: every conversation's calls still waiting get their record."""
        conversations = [*self._remote.values(), *self._sessions.values()]
        self._remote.clear()
        self._sessions.clear()
        for icpt in conversations:
            await icpt.close("no result: secproxy stopped")

    def tools(self) -> list[dict[str, Any]]:
        """Every tool known by server, with its status: `pinned`; `held` (its changed
        definition waits for an operator); `changed` (left out: changed and not
        approved); `denied` (left out by a rule); `withheld` (left out: poisoned,
        shadowing). A changed tool's row carries the diff of its definition."""
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for server, pins in self.pins.servers().items():
            for name, pin in pins.items():
                rows[(server, name)] = {
                    "server": server, "tool": name, "status": "pinned", "why": None,
                    "hash": pin.hash, "pinned": pin.pinned,
                    "description": pin.definition.get("description"), "diff": None}

        def row(key: tuple[str, str]) -> dict[str, Any]:
            return rows.setdefault(key, {
                "server": key[0], "tool": key[1], "status": "pinned", "why": None,
                "hash": None, "pinned": None, "description": None, "diff": None})

        for key, why in self.withheld.items():
            row(key).update(status="withheld", why=why)
        for key, why in self.denied.items():
            row(key).update(status="denied", why=why)
        for key, change in self.changes.items():
            held = change.fingerprint is not None
            row(key).update(status="held" if held else "changed", why=change.why,
                            diff=change.diff)
        return [rows[k] for k in sorted(rows)]
