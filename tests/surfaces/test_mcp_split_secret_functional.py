"""A key split over two arguments of a tool call, with the official SDK's client and
server over `secproxy mcp wrap` and the mcp listener: each value alone holds no key, the
arguments' values read end to end do (`content.joined_view`), and the call is refused
(no mask can go into a join). A key within one value is still masked there."""

from __future__ import annotations

from pathlib import Path

import pytest
from mcp.shared.exceptions import MCPError

from tests.helpers import eventually
from tests.surfaces.mcp_support import mcp_setup

pytestmark = [pytest.mark.functional, pytest.mark.timeout(120)]
TRANSPORTS = ["stdio", "http"]
HALVES = ("AKIA", "IOSFODNN7EXAMPL3")  # a made-up key of a valid shape, in two


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_key_split_over_two_arguments_refuses_the_call(transport: str,
                                                              tmp_path: Path) -> None:
    async with mcp_setup(transport, tmp_path) as setup:
        async with setup.client() as client:
            with pytest.raises(MCPError, match="blocked by secproxy: aws access key"):
                await client.call_tool("echo", {"text": HALVES[0], "note": HALVES[1]})
            # Two values that make no key go on; a key within one value is masked there.
            said = await client.call_tool("echo", {"text": HALVES[0], "note": "hello"})
            assert said.content[0].text == f"server got: {HALVES[0]}"
            key = "".join(HALVES)
            masked = await client.call_tool("echo", {"text": f"use {key}", "note": "x"})
            assert masked.content[0].text.startswith("server got: use [REDACTED:aws")
        records = await eventually(lambda: (got := [r for r in setup.records()
                                                    if r["tool"] == "echo"])
                                   and len(got) == 3 and got,
                                   timeout=10, message="the three calls' records")
        decisions = sorted(r["decision"] for r in records)
        assert decisions == ["allow", "allow_with_redaction", "block"]
        refused = next(r for r in records if r["decision"] == "block")
        assert [f["kind"] for f in refused["findings"]] == ["aws_access_key_id"]
        assert key not in str(records)
