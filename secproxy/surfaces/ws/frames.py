"""What an adapter makes of a frame: messages with the text to inspect and where it lives.

A `Message` is one decidable unit (a JSON-RPC request, a result, one batch element, a
raw frame). Its `slots` remember which strings of the parsed frame make up its content,
so sanitized content can be written back into the same places and the frame
re-serialized (`TextSlots` lives in `secproxy.content`); an untouched frame is always
relayed as the original bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from secproxy.content import TextSlots

Data = str | bytes
"""A WebSocket message: `str` for text frames, `bytes` for binary frames."""

NO_ID: Any = object()
"""Marks a message without a correlation id (a notification)."""


class MalformedFrame(Exception):
    """The adapter cannot read this frame; `reason` says why, `rpc_id` is kept if found,
    `syntax` is true when the frame is not even well-formed (as opposed to well-formed
    but not a valid message)."""

    def __init__(self, reason: str, rpc_id: Any = None, *, syntax: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.rpc_id = rpc_id
        self.syntax = syntax


@dataclass(slots=True)
class Message:
    """One decidable unit of a frame."""

    kind: str
    """`request`, `notification`, `result`, `error` (JSON-RPC), a generic kind, or `frame`."""
    method: str | None = None
    """RPC method (`tools/call`) or generic kind."""
    tool: str | None = None
    """Tool name, when this is a tool call (or the result of one)."""
    arguments: dict[str, Any] | None = None
    rpc_id: Any = NO_ID
    """Correlation id; `NO_ID` for notifications and raw frames."""
    slots: TextSlots | None = None
    """Where the content lives in `obj`, for rewriting."""
    content: str | None = None
    """Text to inspect, when it is not taken from `slots` (raw frames)."""
    obj: Any = None
    """The parsed JSON element this message is."""
    meta: dict[str, Any] = field(default_factory=dict)
    """Adapter extras for the action's metadata."""

    def text(self) -> str | None:
        if self.slots is not None:
            return self.slots.text()
        return self.content


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
