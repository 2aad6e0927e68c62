"""`mcp.max_message_bytes` over streamable HTTP, with the official SDK's client and
server through the mcp listener: an event of the server's stream over the limit is not
passed on, however it arrives (whole in one read, with its end, too)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mcp.shared.exceptions import MCPError

from tests.helpers import eventually
from tests.surfaces.mcp_support import mcp_setup

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]


async def test_an_event_over_the_limit_in_one_piece_is_cut(tmp_path: Path) -> None:
    # The 20 KB result came in one read with its blank line: the splitter checked the
    # limit only on what it kept for the next read, and the result went on whole.
    big = "x" * 20000
    async with mcp_setup("http", tmp_path, {"mcp": {"max_message_bytes": 8192}},
                         result=big) as setup:
        async with setup.client() as client:
            await client.list_tools()
            with pytest.raises(MCPError):
                await client.call_tool("read_file", {"path": "notes.txt"})
        cut = await eventually(lambda: [r for r in setup.records() if "longer than 8192"
                                        in str(r["metadata"].get("malformed"))],
                               timeout=10, message="the cut event's record")
        assert cut[0]["decision"] == "block"
