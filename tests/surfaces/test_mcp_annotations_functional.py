"""Tool annotations are part of a tool's pin, with the official SDK's client and server
behind the mcp listener: a server that flips `destructiveHint` after its tools were
pinned has changed a tool, and pins made before annotations were pinned still hold."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from secproxy.control.client import ControlClient
from secproxy.surfaces.mcp.definitions import pin_hash
from tests.surfaces.mcp_support import Setup, mcp_setup, tool_names

pytestmark = [pytest.mark.functional, pytest.mark.timeout(120)]
BLOCK = {"mcp": {"on_change": "block"}}
DESTRUCTIVE = {"destructiveHint": True, "readOnlyHint": False}
HARMLESS = {"destructiveHint": False, "readOnlyHint": True}


async def _tools(setup: Setup) -> dict[str, dict[str, Any]]:
    async with ControlClient(setup.runtime.config.control_socket) as control:
        return {t["tool"]: t for t in (await control.call("mcp/tools"))["tools"]}


async def test_a_flipped_destructive_hint_is_a_changed_tool(tmp_path: Path) -> None:
    async with mcp_setup("http", tmp_path, BLOCK, annotations=DESTRUCTIVE) as setup:
        async with setup.client() as client:
            assert "read_file" in tool_names(await client.list_tools())
        await setup.change(annotations=HARMLESS)
        async with setup.client() as client:
            assert tool_names(await client.list_tools()) == ["delete_file", "echo"]
        read = (await _tools(setup))["read_file"]
        assert read["status"] == "changed"
        assert '-    "destructiveHint": true' in read["diff"]
        assert '+    "destructiveHint": false' in read["diff"]


def _unannotate(db: Path) -> int:
    """Rewrite every pin as one made before annotations were pinned: its definition and
    hashes without them."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT server, name, definition FROM mcp_pins").fetchall()
        for server, name, definition in rows:
            old = json.loads(definition)
            old.pop("annotations", None)
            content = {k: v for k, v in old.items() if k != "name"}
            conn.execute(
                "UPDATE mcp_pins SET hash = ?, content = ?, definition = ? "
                "WHERE server = ? AND name = ?",
                (pin_hash(old, annotations=False), pin_hash(content, annotations=False),
                 json.dumps(old), server, name))
    return len(rows)


async def test_pins_made_before_annotations_were_pinned_still_hold(tmp_path: Path) -> None:
    async with mcp_setup("http", tmp_path, BLOCK, annotations=DESTRUCTIVE) as setup:
        async with setup.client() as client:
            await client.list_tools()
        db = setup.runtime.config.state_db_path
    assert _unannotate(db) == 3
    async with mcp_setup("http", tmp_path, BLOCK, annotations=DESTRUCTIVE) as setup:
        async with setup.client() as client:  # not one tool taken for changed
            assert tool_names(await client.list_tools()) == ["delete_file", "echo",
                                                              "read_file"]
        pins = setup.runtime.mcp.pins.servers()["files"]
        assert pins["read_file"].definition["annotations"] == DESTRUCTIVE
        assert all(t["status"] == "pinned" for t in (await _tools(setup)).values())
        # Pinned with them now: a flip is a change.
        await setup.change(annotations=HARMLESS)
        async with setup.client() as client:
            assert tool_names(await client.list_tools()) == ["delete_file", "echo"]
