"""Frame adapters: a frame in, decidable messages out; verdicts back into frames.

An adapter is chosen by `ws.adapter`. It parses a frame into `Message`s (raising
`MalformedFrame` when it cannot), re-encodes a frame whose content was sanitized, and
says how a blocked message is answered in its own protocol (the message and data of
that answer come from `secproxy.surfaces.refusal`). Adapters hold no state per
connection and make no decisions.
"""

from __future__ import annotations

from typing import Any, Protocol

from secproxy.model import Action, Direction, Verdict
from secproxy.protocols import jsonrpc
from secproxy.surfaces.ws.frames import Data, MalformedFrame, Message, Parsed, TextSlots

Answer = tuple[Any, bool]
"""A JSON element answering a blocked message, and whether it goes on to the receiver
(it replaces a blocked result) rather than back to the sender."""


def as_frame(text: str, binary: bool) -> Data:
    """`text` as a message of the frame type it answers (binary frames stay binary)."""
    return text.encode() if binary else text


class Adapter(Protocol):
    """What the interceptor needs from a frame format."""

    name: str

    def parse(self, data: Data, direction: Direction) -> Parsed:
        """Read a frame; raise `MalformedFrame` when it is not in this format."""
        ...

    def encode(self, parsed: Parsed, elements: list[Any]) -> Data:
        """Serialize kept (possibly rewritten) elements, or answers, as one frame."""
        ...

    def block_answer(self, msg: Message, verdict: Verdict, action: Action,
                     direction: Direction) -> Answer | None:
        """How a blocked message is answered; None to drop it silently."""
        ...

    def malformed_answer(self, exc: MalformedFrame, binary: bool) -> Data | None:
        """The answer to a client frame that could not be parsed (on_malformed: block)."""
        ...


class RawAdapter:
    """The whole frame is the content. Text frames as they are; binary frames as UTF-8
    when they decode, else Latin-1 (lossless, so a rewrite keeps the other bytes)."""

    name = "raw"

    def parse(self, data: Data, direction: Direction) -> Parsed:
        if isinstance(data, str):
            holder: list[Any] = [data]
            encoding = None
        else:
            try:
                holder, encoding = [data.decode("utf-8")], "utf-8"
            except UnicodeDecodeError:
                holder, encoding = [data.decode("latin-1")], "latin-1"
        slots = TextSlots()
        slots.places.append((holder, 0))
        meta = {"encoding": encoding} if encoding else {}
        msg = Message("frame", slots=slots, obj=holder, meta=meta)
        return Parsed([msg], binary=encoding is not None)

    def encode(self, parsed: Parsed, elements: list[Any]) -> Data:
        text: str = elements[0][0]
        if not parsed.binary:
            return text
        encoding = parsed.messages[0].meta.get("encoding", "utf-8")
        return text.encode(encoding, errors="replace")

    def block_answer(self, msg: Message, verdict: Verdict, action: Action,
                     direction: Direction) -> Answer | None:
        return None

    def malformed_answer(self, exc: MalformedFrame, binary: bool) -> Data | None:
        return None


def load_json(data: Data, *, unique: bool = False) -> Any:
    """Parse a JSON frame (text, or binary holding UTF-8 JSON); `unique` as for
    `jsonrpc.loads` (a client's frames: a key named twice is malformed)."""
    return jsonrpc.loads(data, "binary frame" if isinstance(data, bytes) else "frame",
                         unique=unique)

