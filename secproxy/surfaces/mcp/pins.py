"""Tool pins: trust on first use, per server, kept in the state database.

The first tools list seen from a server pins every tool on it (the hash of its
definition, `definitions.pin_hash`). From then on a listed tool is `pinned` (same
hash), `changed` (same name, other hash), `renamed` (a new name whose content hash is a
pinned tool's that is no longer listed) or `added` (a new name on a pinned server). The
pins live in memory and in the `mcp_pins` table of `state.db`; writes go through a
worker thread, as rare as definitions change.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secproxy.errors import SecproxyError
from secproxy.files import create_private
from secproxy.surfaces.mcp.definitions import content_hash, pin_hash, pinned_part

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


@dataclass(frozen=True, slots=True)
class PinCheck:
    """How a listed tool compares with the pins of its server."""

    status: str
    """`first` (the server has no pins yet: pinned now), `pinned`, `changed`, `renamed`
    or `added`."""
    previous: Pin | None = None
    """The pin it differs from (`changed`, `renamed`)."""


class PinStore:
    """Pinned tool definitions per server."""

    def __init__(self, path: Path | None):
        self.path = path
        """`state.db`; None keeps pins in memory only (tests, benches)."""
        self._pins: dict[str, dict[str, Pin]] = {}
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
        except (sqlite3.Error, OSError) as exc:
            raise SecproxyError(f"cannot open the MCP pins in {self.path}: {exc}") from None
        for server, name, digest, content, definition, pinned in rows:
            self._pins.setdefault(server, {})[name] = Pin(
                name, digest, content, json.loads(definition), pinned)
        return len(rows)

    def servers(self) -> dict[str, dict[str, Pin]]:
        """Every server's pins (a copy)."""
        return {server: dict(pins) for server, pins in self._pins.items()}

    def known(self, server: str) -> bool:
        return bool(self._pins.get(server))

    def check(self, server: str, tool: dict[str, Any], listed: set[str]) -> PinCheck:
        """Compare a listed tool with the server's pins (`listed`: every name in the
        same list, to tell a rename from an addition)."""
        pins = self._pins.get(server)
        if not pins:
            return PinCheck("first")
        name = tool.get("name")
        pin = pins.get(name) if isinstance(name, str) else None
        if pin is not None:
            return PinCheck("pinned" if pin.hash == pin_hash(tool) else "changed", pin)
        content = content_hash(tool)
        for other in pins.values():
            if other.content == content and other.name not in listed:
                return PinCheck("renamed", other)
        return PinCheck("added")

    async def pin(self, server: str, tools: list[dict[str, Any]],
                  replaces: str | None = None) -> None:
        """Pin `tools` of `server` (a renamed tool's old pin, `replaces`, goes)."""
        now = time.time()
        rows = []
        pins = self._pins.setdefault(server, {})
        for tool in tools:
            part = pinned_part(tool)
            pin = Pin(str(tool.get("name")), pin_hash(tool), content_hash(tool), part, now)
            pins[pin.name] = pin
            rows.append((server, pin.name, pin.hash, pin.content,
                         json.dumps(part, ensure_ascii=False), now))
        if replaces is not None:
            pins.pop(replaces, None)
        if self.path is not None and rows:
            async with self._lock:
                await asyncio.to_thread(self._write, rows, server, replaces)

    def _write(self, rows: list[tuple[Any, ...]], server: str, replaces: str | None) -> None:
        assert self.path is not None
        with sqlite3.connect(self.path, timeout=10.0) as db:
            if replaces is not None:
                db.execute("DELETE FROM mcp_pins WHERE server = ? AND name = ?",
                           (server, replaces))
            db.executemany("INSERT OR REPLACE INTO mcp_pins VALUES (?,?,?,?,?,?)", rows)
