"""Every string of a tool result's content parts that reaches the client is guarded, not
only a text part's `text`: a resource link's description, an embedded resource's URI,
a text part's other keys. Each of these went on unmasked before. Decided by a running
`secproxy serve` through the control socket, as `secproxy mcp wrap` has it decided."""

from __future__ import annotations

import base64
import itertools
import json
from collections.abc import Iterator
from typing import Any

import pytest

from secproxy.control.client import ControlClient
from tests.cli.conftest import Served, serve_process

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


_CONVERSATIONS = itertools.count(1)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One `secproxy serve` for the module (each relay is a conversation of its own)."""
    with serve_process(tmp_path_factory.mktemp("serve")) as served:
        yield served
        served.stop()


async def _relayed(served: Served, result: dict[str, Any],
                   call: dict[str, Any] | None = None) -> str:
    """What the client gets of `result`, answering `call` (a tools/call by default), in
    a conversation no other relay of the module is in."""
    call = call or {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                    "params": {"name": "read_file", "arguments": {"path": "a.txt"}}}
    text = json.dumps({"jsonrpc": "2.0", "id": 1, "result": result})
    async with ControlClient(served.state_dir / "control.sock") as client:
        base = {"conversation": f"c{next(_CONVERSATIONS)}", "server": "files", "agent": None}
        await client.call("mcp/relay", {**base, "direction": "request",
                                        "text": json.dumps(call)})
        reply = await client.call("mcp/relay", {**base, "direction": "response",
                                                "text": text})
    return text if reply["same"] else str(reply["forward"])


@pytest.mark.parametrize("kind", list(PARTS))
async def test_a_key_in_any_string_of_a_content_part_is_masked(served: Served, kind: str) -> None:
    out = await _relayed(served, {"content": [PARTS[kind]]})
    assert KEY not in out and "[REDACTED:aws_access_key_id:" in out
    part = json.loads(out)["result"]["content"][0]
    assert part["type"] == PARTS[kind]["type"]  # the part keeps its shape


async def test_media_bytes_are_left_as_they_are(served: Served) -> None:
    image = {"type": "image", "data": "iVBORw0KGgo=", "mimeType": "image/png"}
    out = await _relayed(served, {"content": [image, {"type": "text", "text": "ok"}]})
    assert json.loads(out)["result"]["content"][0] == image


def _blob(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


async def test_a_key_in_a_text_resources_blob_is_masked_and_the_blob_stays_base64(
        served: Served) -> None:
    # a client decodes a text file's blob for the model: it went on unread before
    # (a mimeType that says otherwise does not hide it: the bytes are text)
    for mime in ("text/plain", "application/octet-stream"):
        part = {"type": "resource", "resource": {
            "uri": "file:///deploy.env", "mimeType": mime,
            "blob": _blob(f"REGION=eu-west-1\nAWS_ACCESS_KEY_ID={KEY}\n")}}
        out = await _relayed(served, {"content": [part]})
        resource = json.loads(out)["result"]["content"][0]["resource"]
        text = base64.b64decode(resource["blob"], validate=True).decode()
        assert KEY not in text and "[REDACTED:aws_access_key_id:" in text, mime
        assert text.startswith("REGION=eu-west-1\nAWS_ACCESS_KEY_ID=")
        assert resource["mimeType"] == mime
    read = {"jsonrpc": "2.0", "id": 1, "method": "resources/read",
            "params": {"uri": "file:///deploy.env"}}
    contents = [{"uri": "file:///deploy.env", "blob": _blob(f"key {KEY}")}]
    out = await _relayed(served, {"contents": contents}, read)
    blob = json.loads(out)["result"]["contents"][0]["blob"]
    assert base64.b64decode(blob).decode().startswith("key [REDACTED:aws_access_key_id:")


async def test_a_binary_blob_is_left_as_it_is(served: Served) -> None:
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + KEY.encode()).decode()
    part = {"type": "resource", "resource": {"uri": "file:///a.png", "mimeType": "image/png",
                                             "blob": png}}
    out = await _relayed(served, {"content": [part, {"type": "text", "text": "ok"}]})
    assert json.loads(out)["result"]["content"][0] == part


@pytest.mark.parametrize("how", ["unpadded", "a_stray_nul", "utf16"])
async def test_a_text_blob_a_client_decodes_is_read_whatever_its_padding_or_encoding(
        served: Served, how: str) -> None:
    # RV (session 20): a forgiving decoder (a browser's atob, Node) reads each of these
    # as text, and the guards skipped them
    text = f"REGION=eu-west-1\nAWS_ACCESS_KEY_ID={KEY}\n" * 2
    blob = {"unpadded": base64.b64encode(text.encode()).decode().rstrip("="),
            "a_stray_nul": _blob("\x00" + text),
            "utf16": base64.b64encode(text.encode("utf-16")).decode()}[how]
    part = {"type": "resource", "resource": {"uri": "file:///deploy.env", "blob": blob}}
    out = await _relayed(served, {"content": [part]})
    sent = json.loads(out)["result"]["content"][0]["resource"]["blob"]
    raw = base64.b64decode(sent + "=" * (-len(sent) % 4))
    decoded = raw.decode("utf-16" if how == "utf16" else "utf-8")
    assert KEY not in decoded and "[REDACTED:aws_access_key_id:" in decoded
