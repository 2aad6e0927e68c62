"""Tool pins: trust on first use, per server, kept in the state database.

The first tools list seen from a server pins every tool on it (the hash of its
definition, `definitions.pin_hash`). From then on a listed tool is `pinned` (same
hash), `changed` (same name, other hash), `renamed` (a new name whose content hash is a
pinned tool's that is no longer listed) or `added` (a new name on a pinned server). A
server whose first list pinned nothing (every tool in it refused, or none listed) has
listed all the same (`listed`): its tools are `added` from then on. The pins live in
memory and in the `mcp_pins` table of `state.db` (the servers that listed, in
`mcp_listed`); writes go through a worker thread, as rare as definitions change.

With shared state (`state.backend: redis`) the pins are shared too (and that a server
listed): each tools list reads its server's pins from the backend first (`refresh`:
they replace this instance's),
a first pin is kept only where no instance pinned that tool before (the first wins), and
an approved definition replaces the shared pin. While the backend cannot answer, this
instance's pins stand (with `on_failure: closed` the engine refuses the list's items
anyway).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secproxy.errors import SecproxyError
from secproxy.files import create_private
from secproxy.state.backend import SharedState, StateUnavailable
from secproxy.surfaces.mcp.definitions import ANNOTATIONS, content_hash, pin_hash, pinned_part

log = logging.getLogger("secproxy.mcp")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS mcp_pins (
    server TEXT NOT NULL,
    name TEXT NOT NULL,
    hash TEXT NOT NULL,
    content TEXT NOT NULL,
    definition TEXT NOT NULL,
    pinned REAL NOT NULL,
    PRIMARY KEY (server, name)
);
CREATE TABLE IF NOT EXISTS mcp_listed (
    server TEXT PRIMARY KEY,
    listed REAL NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class Pin:
    """One pinned tool definition."""

    name: str
    hash: str
    content: str
    """Hash without the name (`definitions.content_hash`)."""
    definition: dict[str, Any]
    """The pinned part of the definition, for diffs."""
    pinned: float

    @property
    def legacy(self) -> bool:
        """Made before annotations were pinned (its hash leaves them out)."""
        return ANNOTATIONS not in self.definition

    def shared(self) -> str:
        """Its form on the shared state backend."""
        return json.dumps({"hash": self.hash, "content": self.content,
                           "definition": self.definition, "pinned": self.pinned},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_shared(cls, name: str, raw: str) -> Pin | None:
        try:
            d = json.loads(raw)
            return cls(name, str(d["hash"]), str(d["content"]), dict(d["definition"]),
                       float(d["pinned"]))
        except (ValueError, KeyError, TypeError):
            log.warning("mcp: an unreadable shared pin of tool %s was ignored", name)
            return None


@dataclass(frozen=True, slots=True)
class PinCheck:
    """How a listed tool compares with the pins of its server."""

    status: str
    """`first` (the server has no pins yet: pinned now), `pinned`, `unannotated` (its
    pin, made before annotations were pinned, holds all but them: pinned again with
    them), `changed`, `renamed` or `added`."""
    previous: Pin | None = None
    """The pin it differs from (`changed`, `renamed`)."""


class PinStore:
    """Pinned tool definitions per server."""

    def __init__(self, path: Path | None, shared: SharedState | None = None):
        self.path = path
        """`state.db`; None keeps pins in memory only (tests, benches)."""
        self.shared = shared
        """The state backend the pins are shared on (`state.backend: redis`)."""
        self._pins: dict[str, dict[str, Pin]] = {}
        self._listed: set[str] = set()
        """Servers whose tools list was seen (with pins or not)."""
        self._lock = asyncio.Lock()

    def open(self) -> int:
        """Load every pin; returns how many."""
        if self.path is None:
            return 0
        try:
            create_private(self.path)
            with sqlite3.connect(self.path) as db:
                db.execute("PRAGMA journal_mode=WAL")
                db.executescript(_SCHEMA)
                rows = db.execute("SELECT server, name, hash, content, definition, pinned "
                                  "FROM mcp_pins").fetchall()
                listed = db.execute("SELECT server FROM mcp_listed").fetchall()
        except (sqlite3.Error, OSError) as exc:
            raise SecproxyError(f"cannot open the MCP pins in {self.path}: {exc}") from None
        for server, name, digest, content, definition, pinned in rows:
            self._pins.setdefault(server, {})[name] = Pin(
                name, digest, content, json.loads(definition), pinned)
        self._listed.update(server for (server,) in listed)
        return len(rows)

    def servers(self) -> dict[str, dict[str, Pin]]:
        """Every server's pins (a copy)."""
        return {server: dict(pins) for server, pins in self._pins.items()}

    def known(self, server: str) -> bool:
        """Whether `server` listed its tools (its pins, even none, are what it lists)."""
        return server in self._listed or bool(self._pins.get(server))

    async def listed(self, server: str, *, mark: bool = True) -> None:
        """`server` listed its tools: from now on it is known, even with no pins (with
        shared state, on every instance; `mark` False: another instance said so)."""
        if server in self._listed:
            return
        self._listed.add(server)
        if self.shared is not None and mark:
            try:
                await self.shared.tools_listed(server, mark=True)
            except StateUnavailable as exc:
                log.warning("mcp: that %s listed its tools is kept on this instance only: "
                            "the state backend cannot be reached (%s)", server, exc)
        if self.path is not None:
            async with self._lock:
                await asyncio.to_thread(self._write_listed, server, time.time())

    def holds(self, server: str, name: str) -> bool:
        """Whether `name` is a pinned tool of `server`."""
        pins = self._pins.get(server)
        return pins is not None and name in pins

    def check(self, server: str, tool: dict[str, Any], listed: set[str]) -> PinCheck:
        """Compare a listed tool with the server's pins (`listed`: every name in the
        same list, to tell a rename from an addition)."""
        if not self.known(server):
            return PinCheck("first")
        pins = self._pins.get(server, {})
        name = tool.get("name")
        pin = pins.get(name) if isinstance(name, str) else None
        if pin is not None:
            if pin.hash == pin_hash(tool):
                return PinCheck("pinned", pin)
            if pin.legacy and pin.hash == pin_hash(tool, annotations=False):
                return PinCheck("unannotated", pin)
            return PinCheck("changed", pin)
        content = content_hash(tool)
        legacy = content_hash(tool, annotations=False)
        for other in pins.values():
            if other.content == (legacy if other.legacy else content) and \
                    other.name not in listed:
                return PinCheck("renamed", other)
        return PinCheck("added")

    async def refresh(self, server: str) -> None:
        """With shared state: the server's pins as the backend holds them replace this
        instance's (a backend that holds none gets this instance's, first pin wins); with
        none, whether the server listed is shared the same way (`listed`). Unreachable:
        this instance's pins stand."""
        shared = self.shared
        if shared is None:
            return
        mine = self._pins.get(server) or {}
        try:
            stored = await shared.tool_pins(server)
            if not stored and mine:  # pinned here while it was away, or it lost them
                stored = await shared.pin_tools(
                    server, {n: p.shared() for n, p in mine.items()}, first=True)
        except StateUnavailable as exc:
            log.warning("mcp: the shared pins of %s cannot be read (%s); this instance's "
                        "pins are used", server, exc)
            return
        pins = {n: p for n, raw in stored.items() if (p := Pin.from_shared(n, raw))}
        new = [p for n, p in pins.items() if mine.get(n) != p]
        self._pins[server] = pins
        await self._save(server, new, None)
        if pins:
            return
        try:  # no pins: whether a list was seen, here (while it was away) or elsewhere
            if server in self._listed:
                await shared.tools_listed(server, mark=True)
            elif await shared.tools_listed(server, mark=False):
                await self.listed(server, mark=False)
        except StateUnavailable:
            pass

    async def pin(self, server: str, tools: list[dict[str, Any]],
                  replaces: str | None = None, *, first: bool = False) -> None:
        """Pin `tools` of `server` (a renamed tool's old pin, `replaces`, goes). `first`:
        pinned on first sight, where with shared state another instance's earlier pin
        of the same tool wins (its definition is then held from the next list on)."""
        now = time.time()
        made: dict[str, Pin] = {}
        for tool in tools:
            pin = Pin(str(tool.get("name")), pin_hash(tool), content_hash(tool),
                      pinned_part(tool), now)
            made[pin.name] = pin
        if self.shared is not None and made:
            made = await self._share(server, made, replaces, first)
        pins = self._pins.setdefault(server, {})
        pins.update(made)
        if replaces is not None:
            pins.pop(replaces, None)
        await self._save(server, list(made.values()), replaces)

    async def _share(self, server: str, made: dict[str, Pin], replaces: str | None,
                     first: bool) -> dict[str, Pin]:
        """`made` stored on the backend; the pins it holds for them after (another
        instance's, where it pinned first)."""
        assert self.shared is not None
        try:
            stored = await self.shared.pin_tools(
                server, {n: p.shared() for n, p in made.items()}, first=first, drop=replaces)
        except StateUnavailable as exc:
            log.warning("mcp: pins of %s kept on this instance only: the state backend "
                        "cannot be reached (%s)", server, exc)
            return made
        out = dict(made)
        for name, raw in stored.items():
            theirs = Pin.from_shared(name, raw)
            if theirs is not None and theirs.hash != made[name].hash:
                log.warning("mcp: tool %s of %s was pinned first by another instance with "
                            "another definition; this one is held from the next list on",
                            name, server)
                out[name] = theirs
        return out

    async def _save(self, server: str, pins: list[Pin], replaces: str | None) -> None:
        rows = [(server, p.name, p.hash, p.content,
                 json.dumps(p.definition, ensure_ascii=False), p.pinned) for p in pins]
        if self.path is not None and (rows or replaces is not None):
            async with self._lock:
                await asyncio.to_thread(self._write, rows, server, replaces)

    def _write(self, rows: list[tuple[Any, ...]], server: str, replaces: str | None) -> None:
        assert self.path is not None
        with sqlite3.connect(self.path, timeout=10.0) as db:
            if replaces is not None:
                db.execute("DELETE FROM mcp_pins WHERE server = ? AND name = ?",
                           (server, replaces))
            db.executemany("INSERT OR REPLACE INTO mcp_pins VALUES (?,?,?,?,?,?)", rows)

    def _write_listed(self, server: str, when: float) -> None:
        assert self.path is not None
        with sqlite3.connect(self.path, timeout=10.0) as db:
            db.execute("INSERT OR IGNORE INTO mcp_listed VALUES (?,?)", (server, when))
