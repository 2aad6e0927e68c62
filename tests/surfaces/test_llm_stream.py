"""`StreamGuard` on its own, with a real engine: events of the responses API (whose
`.done` events repeat the whole text), unchanged events kept byte for byte, and a match
longer than the holdback ending the stream."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.config.llm import LlmStreamSettings
from secproxy.engine import Engine
from secproxy.model import Action, Direction, Surface
from secproxy.surfaces.llm.sse import EventReader, text_of
from secproxy.surfaces.llm.streaming import StreamCut, StreamGuard

PATTERN = {"name": "api_key", "pattern": "sk-live-[A-Za-z0-9]{16,40}"}


def engine() -> Engine:
    cfg = {"guards": {"use": [{"name": "keys", "family": "patterns", "action": "sanitize",
                               "settings": {"patterns": [PATTERN]}}]}}
    return Engine(load_config(text=yaml.safe_dump(cfg), env={}),
                  guard_factory=configured_guards)


def sse(name: str, doc: dict[str, Any]) -> bytes:
    return f"event: {name}\ndata: {json.dumps(doc)}\n\n".encode()


async def run(events: list[bytes], **settings: Any) -> bytes:
    stream = await engine().stream(Action(Surface.LLM, Direction.STREAM))
    guard = StreamGuard(stream, LlmStreamSettings(**settings))
    reader = EventReader()
    out: list[bytes] = []
    for raw in events:
        for event in reader.feed(raw):
            out += await guard.event(event, text_of(event))
    out += await guard.finish()
    await stream.end()
    return b"".join(out)


def responses_events(pieces: list[str]) -> list[bytes]:
    full = "".join(pieces)
    ids = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
    out = [sse("response.created", {"type": "response.created", "response": {"id": "r"}})]
    out += [sse("response.output_text.delta",
                {"type": "response.output_text.delta", **ids, "delta": p}) for p in pieces]
    out.append(sse("response.output_text.done",
                   {"type": "response.output_text.done", **ids, "text": full}))
    out.append(sse("response.completed", {"type": "response.completed", "response": {
        "output": [{"type": "message", "content": [{"type": "output_text", "text": full}]}]}}))
    return out


async def test_responses_done_events_carry_the_masked_text() -> None:
    out = (await run(responses_events(["key: sk-live-", "4f9Qz7Lm2Xc8Vb1N", " end"]),
                     strategy="continuous")).decode()
    assert "4f9Qz7Lm" not in out
    docs = [json.loads(line[6:]) for line in out.splitlines() if line.startswith("data: ")]
    deltas = "".join(d["delta"] for d in docs if d["type"] == "response.output_text.delta")
    assert deltas == "key: [REDACTED:api_key] end"
    done = next(d for d in docs if d["type"] == "response.output_text.done")
    assert done["text"] == deltas
    completed = docs[-1]["response"]["output"][0]["content"][0]["text"]
    assert completed == deltas


async def test_clean_events_go_out_byte_for_byte() -> None:
    events = responses_events(["plain ", "text ", "only"])
    assert await run(events, strategy="periodic", every_chars=3) == b"".join(events)


async def test_a_match_longer_than_the_holdback_ends_the_stream() -> None:
    with pytest.raises(StreamCut, match="holdback"):
        await run(responses_events(["x ", "sk-", "live-", "ABCD", "EFGH", "IJKL", "MNOP",
                                    " y"]), strategy="continuous", holdback_chars=4)


async def test_a_holdback_as_long_as_the_match_masks_it() -> None:
    out = await run(responses_events(["x ", "sk-", "live-", "ABCD", "EFGH", "IJKL", "MNOP",
                                      " y"]), strategy="continuous", holdback_chars=48)
    assert b"sk-" not in out and b"[REDACTED:api_key] y" in out
