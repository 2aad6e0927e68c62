"""What an adapter makes of a frame: messages with the text to inspect and where it lives.

A `Message` is one decidable unit (a JSON-RPC request, a result, one batch element, a
raw frame). Its `slots` remember which strings of the parsed frame make up its content,
so sanitized content can be written back into the same places and the frame
re-serialized (`TextSlots` lives in `secproxy.content`); an untouched frame is always
relayed as the original bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from secproxy.content import TextSlots
from secproxy.protocols import jsonrpc

__all__ = ["NO_ID", "Data", "MalformedFrame", "Message", "Parsed", "TextSlots", "json_get",
           "split_path"]

Data = str | bytes
"""A WebSocket message: `str` for text frames, `bytes` for binary frames."""

# One message model for every frame format, shared with the MCP surface's transports.
NO_ID = jsonrpc.NO_ID
"""Marks a message without a correlation id (a notification)."""
MalformedFrame = jsonrpc.Malformed
"""The adapter cannot read this frame (`reason`, `rpc_id` when found, `syntax`)."""
Message = jsonrpc.Message
"""One decidable unit of a frame."""


@dataclass(slots=True)
class Parsed:
    """A frame read by an adapter."""

    messages: list[Message]
    batch: bool = False
    """A JSON-RPC batch: the messages are elements of one JSON array."""
    binary: bool = False
    """The frame arrived as a binary message (rewrites stay binary)."""


def json_get(obj: Any, path: tuple[str, ...]) -> tuple[Any, Any] | None:
    """(container, key) of the value at a dotted path, or None when absent."""
    container: Any = None
    key: Any = None
    cur = obj
    for part in path:
        if isinstance(cur, dict):
            if part not in cur:
                return None
            container, key = cur, part
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            container, key = cur, int(part)
        else:
            return None
        cur = container[key]
    return (container, key) if container is not None else None


def split_path(path: str | None) -> tuple[str, ...] | None:
    """`a.b.0` → ("a", "b", "0"); None stays None."""
    return tuple(path.split(".")) if path else None
