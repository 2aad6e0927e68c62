"""Every string of a tool result's content parts that reaches the client is guarded, not
only a text part's `text`: a resource link's description, an embedded resource's URI,
a text part's other keys. Each of these went on unmasked before. Decided by a running
`secproxy serve` through the control socket, as `secproxy mcp wrap` has it decided."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secproxy.control.client import ControlClient
from tests.cli.conftest import serve_process

pytestmark = pytest.mark.functional
KEY = "AKIAZ3MHQ7LXK2PTR5VW"
PARTS: dict[str, dict[str, Any]] = {
    "text": {"type": "text", "text": f"key {KEY}"},
    "resource_link": {"type": "resource_link", "uri": "file:///a.txt", "name": "a.txt",
                      "description": f"key {KEY}"},
    "resource_uri": {"type": "resource", "resource": {
        "uri": f"https://x.test/?key={KEY}", "blob": "", "mimeType": "text/plain"}},
    "text_part_title": {"type": "text", "text": "ok", "title": f"key {KEY}"},
}


async def _relayed(tmp_path: Path, result: dict[str, Any]) -> str:
    """What the client gets of `result`, answering a tools/call."""
    call = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
            "params": {"name": "read_file", "arguments": {"path": "a.txt"}}}
    text = json.dumps({"jsonrpc": "2.0", "id": 1, "result": result})
    with serve_process(tmp_path) as served:
        async with ControlClient(tmp_path / "control.sock") as client:
            base = {"conversation": "c1", "server": "files", "agent": None}
            await client.call("mcp/relay", {**base, "direction": "request",
                                            "text": json.dumps(call)})
            reply = await client.call("mcp/relay", {**base, "direction": "response",
                                                    "text": text})
        served.stop()
    return text if reply["same"] else str(reply["forward"])


@pytest.mark.parametrize("kind", list(PARTS))
async def test_a_key_in_any_string_of_a_content_part_is_masked(tmp_path: Path, kind: str
                                                               ) -> None:
    out = await _relayed(tmp_path, {"content": [PARTS[kind]]})
    assert KEY not in out and "[REDACTED:aws_access_key_id:" in out
    part = json.loads(out)["result"]["content"][0]
    assert part["type"] == PARTS[kind]["type"]  # the part keeps its shape


async def test_media_bytes_are_left_as_they_are(tmp_path: Path) -> None:
    image = {"type": "image", "data": "iVBORw0KGgo=", "mimeType": "image/png"}
    out = await _relayed(tmp_path, {"content": [image, {"type": "text", "text": "ok"}]})
    assert json.loads(out)["result"]["content"][0] == image
