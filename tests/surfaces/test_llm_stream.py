"""`StreamGuard` on its own, with a real engine: events of the responses API (whose
`.done` events repeat the whole text), unchanged events kept byte for byte, a match
longer than the holdback ending the stream, when each strategy looks, and the holdback
worked out from the guards."""

from __future__ import annotations

import asyncio
import base64
import json
import random
from typing import Any

import pytest
import yaml

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.config.llm import LlmStreamSettings
from secproxy.content import MAX_JSON_DEPTH, load_json
from secproxy.engine import Engine
from secproxy.model import Action, Direction, Surface
from secproxy.surfaces.llm.calls import CallHold, CallVerdict
from secproxy.surfaces.llm.sse import EventReader, text_of
from secproxy.surfaces.llm.streaming import (
    FAMILY_HOLDBACK,
    UNBOUNDED_HOLDBACK,
    StreamCut,
    StreamGuard,
    holdback_of,
)
from secproxy.surfaces.refusal import Refusal

PATTERN = {"name": "api_key", "pattern": "sk-live-[A-Za-z0-9]{16,40}"}


GUARDS = {"use": [{"name": "keys", "family": "patterns", "action": "sanitize",
                   "settings": {"patterns": [PATTERN]}}]}


def engine() -> Engine:
    return Engine(load_config(text=yaml.safe_dump({"guards": GUARDS}), env={}),
                  guard_factory=configured_guards)


def sse(name: str, doc: dict[str, Any]) -> bytes:
    return f"event: {name}\ndata: {json.dumps(doc)}\n\n".encode()


async def run(events: list[bytes], *, taking: bool = False, **settings: Any) -> bytes:
    """The bytes a StreamGuard lets through; with `taking`, each text event is offered to
    `StreamGuard.take` first (as the relay does), and to `event` only when not taken."""
    stream = await engine().stream(Action(Surface.LLM, Direction.STREAM))
    stream_settings = LlmStreamSettings(**settings)
    holdback = stream_settings.holdback_chars
    guard = StreamGuard(stream, stream_settings, holdback if isinstance(holdback, int) else 48)
    reader = EventReader()
    out: list[bytes] = []
    for raw in events:
        for event in reader.feed(raw):
            spot = text_of(event)
            taken = guard.take(event, spot) if taking and spot is not None else None
            out += taken if taken is not None else await guard.event(event, spot)
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


@pytest.mark.parametrize("brk", ["\u2028", "\u2029", "\x85"])
async def test_a_line_break_of_unicode_inside_a_delta_does_not_hide_it(brk: str) -> None:
    """Raw in a JSON string (valid JSON) U+2028, U+2029 and NEL are no line end of an
    event stream: the client reads the event whole, so the guard must too (it read two
    broken lines, no JSON, and let the event and its key through)."""
    ids = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
    docs = [dict(type="response.output_text.delta", delta=piece, **ids)
            for piece in [f"a{brk}key: sk-live-", f"4f9Qz7Lm2Xc8Vb1N{brk} end"]]
    events = [b"event: response.output_text.delta\ndata: "
              + json.dumps(doc, ensure_ascii=False).encode() + b"\n\n" for doc in docs]
    out = (await run(events, strategy="continuous")).decode()
    assert "4f9Qz7Lm" not in out and "[REDACTED:api_key]" in out


@pytest.mark.timeout(10)
@pytest.mark.parametrize("end", [b"\n\n", b"\r\n\r\n"])
def test_a_long_event_in_small_pieces_is_read_in_linear_time(end: bytes) -> None:
    """The reader joined the whole pending event to each new piece and searched it from
    its start: a 4 MiB event in 1 KiB pieces took 20 s of the event loop (a hostile
    MCP server or LLM upstream could stall every surface). pytest-timeout is the
    budget: now a few hundredths of a second."""
    event = b"data: " + b"x" * (4 * 1024 * 1024) + end
    reader = EventReader(limit=16 * 1024 * 1024)
    got = [e for i in range(0, len(event), 1024) for e in reader.feed(event[i:i + 1024])]
    assert len(got) == 1 and len(got[0].data) == 4 * 1024 * 1024 and got[0].raw == event


def test_the_event_reader_cuts_lines_as_the_standard_does() -> None:
    """CR LF, lone LF and lone CR end a line, a CR last in a piece waits for its LF, a
    CR LF blank line after an LF line ends the event, one BOM at the start is dropped:
    fed whole or one byte at a time, the same events."""
    wire = ("\ufeffdata: 1\r\n\r\ndata: {\"a\": \"x\u2028y\"}\n\r\n: note\rdata: 3\r"
            "\rdata\n\nevent: e\r\ndata: 4\n\n").encode()
    want = [(None, "1"), (None, '{"a": "x\u2028y"}'), (None, "3"), (None, ""), ("e", "4")]
    whole = EventReader().feed(wire)
    assert [(e.name, e.data) for e in whole] == want
    reader = EventReader()
    pieces = [e for i in range(len(wire)) for e in reader.feed(wire[i:i + 1])]
    assert [(e.name, e.data) for e in pieces] == want
    assert b"".join(e.raw for e in pieces) == wire and reader.rest() == []
    assert whole[1].doc == {"a": "x\u2028y"}


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


def chat_events(pieces: list[str]) -> list[bytes]:
    def chunk(text: str) -> bytes:
        return b"data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": text},
                                                    "finish_reason": None}]}).encode() + b"\n\n"
    return [chunk(p) for p in pieces]


async def released(pieces: list[str], guards: dict[str, Any] | None = None, *,
                   holdback: int = 0, wait: float = 0.0, **settings: Any) -> list[int]:
    """How many events went out after each event came in (then after the finish)."""
    cfg = {"guards": guards or GUARDS}
    eng = Engine(load_config(text=yaml.safe_dump(cfg), env={}), guard_factory=configured_guards)
    stream = await eng.stream(Action(Surface.LLM, Direction.STREAM))
    guard = StreamGuard(stream, LlmStreamSettings(**settings), holdback)
    reader = EventReader()
    counts = []
    for raw in chat_events(pieces):
        if wait:  # the clock moves on between two events (what every_ms measures)
            await asyncio.sleep(wait)
        for event in reader.feed(raw):
            counts.append(len(await guard.event(event, text_of(event))))
    counts.append(len(await guard.finish()))
    await stream.end()
    return counts


async def test_sentence_boundary_looks_when_a_sentence_ends() -> None:
    got = await released(["Hello ", "there", ". How", " are", " you?", "\n", "more"],
                         strategy="sentence_boundary")
    assert got == [0, 0, 3, 0, 2, 1, 0, 1]
    cjk = await released(["你好", "世界。", "再见"], strategy="sentence_boundary")
    assert cjk == [0, 2, 0, 1]


async def test_periodic_by_characters_tokens_and_time() -> None:
    pieces = ["abcd "] * 6
    assert await released(pieces, strategy="periodic", every_chars=12) == \
        [0, 0, 3, 0, 0, 3, 0]
    assert await released(pieces, strategy="periodic", every_chars=None,
                          every_tokens=5) == [0, 0, 0, 4, 0, 0, 2]
    assert await released(pieces[:3], strategy="periodic", every_chars=None,
                          every_ms=60_000) == [0, 0, 0, 3]
    assert await released(pieces[:3], strategy="periodic", every_chars=None, every_ms=2,
                          wait=0.005) == [1, 1, 1, 0]


async def test_max_buffer_forces_a_look_even_at_the_end_only() -> None:
    block = {"use": [{"name": "injection", "family": "patterns", "action": "block",
                      "settings": {"patterns": [{"name": "x", "pattern": "FORBIDDEN"}]}}]}
    pieces = ["a" * 10, "FORBIDDEN", "b" * 10, "c" * 10]
    with pytest.raises(StreamCut) as early:
        await released(pieces, block, strategy="end_only", max_buffer_chars=25)
    assert early.value.verdict is not None
    # Without the forced look, the end-only stream is refused only when it is done,
    # and nothing went out before.
    stream_counts: list[int] = []
    with pytest.raises(StreamCut):
        stream_counts = await released(pieces, block, strategy="end_only",
                                       max_buffer_chars=4096)
    assert stream_counts == []


def holdback(extra: dict[str, Any]) -> int:
    base = {"upstreams": {"openai": {"url": "http://127.0.0.1:9"}}}
    return holdback_of(load_config(text=yaml.safe_dump({**base, **extra}), env={}).config)


def test_the_holdback_is_the_longest_match_of_the_masking_guards() -> None:
    assert holdback({"guards": GUARDS, "llm": {"guards": "configured"}}) == 48
    assert holdback({"llm": {"guards": "configured"}}) == 0  # nothing masks: none
    assert holdback({}) == FAMILY_HOLDBACK["secrets"]  # the gateway's default guards
    two = {"use": [*GUARDS["use"], {"name": "ids", "family": "patterns", "settings": {
        "patterns": [{"name": "id", "pattern": "ID-[0-9]{100}"}]}}]}
    assert holdback({"guards": two, "llm": {"guards": "configured"}}) == 103
    elsewhere = {"use": [{**GUARDS["use"][0], "surfaces": ["egress"]}]}
    assert holdback({"guards": elsewhere, "llm": {"guards": "configured"}}) == 0
    blocking = {"use": [{**GUARDS["use"][0], "action": "block"}]}
    assert holdback({"guards": blocking, "llm": {"guards": "configured"}}) == 0
    unbounded = {"use": [{**GUARDS["use"][0], "settings": {"patterns": [
        {"name": "n", "pattern": "N-[0-9]+"}]}}]}
    assert holdback({"guards": unbounded, "llm": {"guards": "configured"}}) == \
        UNBOUNDED_HOLDBACK
    assert holdback({"guards": GUARDS, "llm": {"stream": {"holdback_chars": 7}}}) == 7


def test_the_event_reader_takes_any_blank_line_and_events_in_pieces() -> None:
    reader = EventReader()
    wire = b"data: 1\n\nevent: x\r\ndata: 2\r\n\r\ndata: 3\r\rdata: {\"a\": 4}\n\ndata: 5"
    got = [e for i in range(0, len(wire), 7) for e in reader.feed(wire[i:i + 7])]
    got += reader.rest()
    assert [(e.name, e.data) for e in got] == [
        (None, "1"), ("x", "2"), (None, "3"), (None, '{"a": 4}'), (None, "5")]
    assert got[3].doc == {"a": 4} and b"".join(e.raw for e in got) == wire
    with pytest.raises(ValueError, match="longer than"):
        EventReader(limit=10).feed(b"data: " + b"x" * 20)


def chunk_doc(delta: dict[str, Any], finish: str | None = None) -> bytes:
    return b"data: " + json.dumps({"id": "c", "choices": [
        {"index": 0, "delta": delta, "finish_reason": finish}]}).encode() + b"\n\n"


async def held(events: list[bytes], allow: bool) -> list[dict[str, Any]]:
    """What a CallHold lets out of `events` when every call is allowed or refused."""
    async def decide(name: str, text: str) -> CallVerdict:
        return CallVerdict(allow, "" if allow else f"{name} refused ({text})")
    hold = CallHold(decide)
    reader = EventReader()
    out: list[bytes] = []
    for event in reader.feed(b"".join(events)):
        ready, rest = await hold.event(event)
        out += ready + ([rest.raw] if rest is not None else [])
    out += await hold.finish()
    return [json.loads(e[6:]) for e in b"".join(out).split(b"\n\n")
            if e.startswith(b"data: {")]


async def test_a_call_whose_last_fragment_carries_the_finish_reason() -> None:
    events = [chunk_doc({"tool_calls": [{"index": 0, "id": "c1", "type": "function",
                                         "function": {"name": "run", "arguments": "{\"a\""}}]}),
              chunk_doc({"tool_calls": [{"index": 0, "function": {"arguments": ": 1}"}}]},
                        "tool_calls"),
              b"data: [DONE]\n\n"]
    kept = await held(events, allow=True)
    assert [d["choices"][0]["finish_reason"] for d in kept] == [None, None, "tool_calls"]
    assert "".join(d["choices"][0]["delta"].get("tool_calls", [{}])[0].get("function", {})
                   .get("arguments", "") for d in kept) == '{"a": 1}'
    refused = await held(events, allow=False)
    assert [d["choices"][0] for d in refused] == [
        {"index": 0, "delta": {"content": 'run refused ({"a": 1})'}, "finish_reason": None},
        {"index": 0, "delta": {}, "finish_reason": "stop"}]


async def test_a_key_longer_than_the_secrets_holdback_is_masked_from_its_start() -> None:
    cfg = load_config(text=yaml.safe_dump({"guards": {"use": [
        {"name": "secrets", "family": "secrets", "action": "sanitize"}]}}), env={})
    body = base64.b64encode(random.Random(3).randbytes(600)).decode()
    key = ("-----BEGIN RSA PRIVATE KEY-----\n"
           + "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
           + "\n-----END RSA PRIVATE KEY-----")
    assert len(key) > 3 * holdback_of(cfg.config) == 3 * FAMILY_HOLDBACK["secrets"]
    text = f"Here it is:\n{key}\nKeep it safe."
    stream = await Engine(cfg, guard_factory=configured_guards).stream(
        Action(Surface.LLM, Direction.STREAM))
    guard = StreamGuard(stream, LlmStreamSettings(strategy="continuous"),
                        holdback_of(cfg.config))
    out: list[bytes] = []
    for raw in chat_events([text[i:i + 7] for i in range(0, len(text), 7)]):
        for event in EventReader().feed(raw):
            out += await guard.event(event, text_of(event))
    out += await guard.finish()
    await stream.end()
    sent = "".join(json.loads(e[6:])["choices"][0]["delta"]["content"]
                   for e in b"".join(out).split(b"\n\n") if e.startswith(b"data: "))
    assert sent.startswith("Here it is:\n[REDACTED:private_key") and body[:20] not in sent
    assert sent.endswith("]\nKeep it safe.")


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_a_cut_sends_security_violation_then_the_provider_shaped_error(provider: str) -> None:
    refusal = Refusal(403, "prompt_injection", "injection found", request_id="r1")
    events = list(EventReader().feed(refusal.sse(provider, guard="injection")))  # type: ignore[arg-type]
    assert [e.name for e in events] == ["error", "error"]
    first, shaped = (json.loads(e.data) for e in events)
    assert first["type"] == "security_violation" and first["guard"] == "injection"
    assert first["request_id"] == "r1" and "injection found" in first["message"]
    assert shaped["error"]["message"] == first["message"] == first["error"]["message"]
    assert shaped["error"]["guard"] == "injection" and shaped["error"]["security_violation"]
    # Not a security refusal: only the provider's shape.
    busy = Refusal(429, "rate_limit", "slow down", request_id="r2")
    assert [e.name for e in EventReader().feed(busy.sse(provider))] == ["error"]  # type: ignore[arg-type]


def test_an_events_json_is_read_as_load_json_reads_it() -> None:
    # The reader calls json's scanner itself (sse._json_of): the same document, or None
    # where `content.load_json` raises, for every kind of data line.
    def reference(text: str) -> Any:
        if not text or text[0] not in "{[":
            return None
        try:
            return load_json(text)
        except ValueError:
            return None

    rng = random.Random(11)
    datas = ['{"a": 1}', '{"a": 1}  ', '{"a": 1}\t', '{"a": 1} x', '{"a": 1}{}', "[1, 2]",
             "[1, 2] ]", '{"a": NaN, "b": -Infinity}', '{"a": 1e400}', '{"s": "\\ud800"}',
             '{"s": "é \\u00e9 \\ud83d\\ude00"}', '{"a": 1', "{", "[", "[]", "{}", "{]",
             '{"a": 12345678901234567890123}', '{"a": 1, "a": 2}', "[1,]", '{"a":.5}',
             "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH,
             "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1),
             "[" * 5000 + "]" * 5000, '{"a": "x"}\u00a0', '{"a": "x"}\x0c', "{} \n"]
    pieces = ['"k"', ":", "1", "-2.5e3", "true", "null", '"v\\n"', ",", "{", "}", "[", "]",
              " ", "\t", '"ü"', "x"]
    for _ in range(3000):
        datas.append("{" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))))
    for data in datas:
        events = EventReader().feed(b"data: " + data.encode("utf-8", "surrogatepass")
                                    + b"\n\n")
        assert len(events) == 1
        want = reference(events[0].data)
        assert events[0].doc == want or (want != want and events[0].doc != events[0].doc), data
        assert type(events[0].doc) is type(want), data


def mixed_stream(rng: random.Random) -> list[bytes]:
    """Chat deltas over two choices and Anthropic text blocks, keys split across events,
    and events that carry no text between them."""
    words = ["alpha ", "beta. ", "gamma", "sk-live-", "4f9Qz7Lm2Xc8Vb1N", "Nq ", "?\n", "δ ",
             "x" * 30, ""]
    out: list[bytes] = []
    for _ in range(rng.randint(5, 60)):
        kind = rng.random()
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
        if kind < 0.55:
            out.append(b"data: " + json.dumps({"choices": [{"index": rng.choice([0, 0, 0, 1]),
                       "delta": {"content": text}, "finish_reason": None}]}).encode() + b"\n\n")
        elif kind < 0.85:
            out.append(sse("content_block_delta", {"type": "content_block_delta",
                           "index": rng.choice([0, 1]),
                           "delta": {"type": "text_delta", "text": text}}))
        elif kind < 0.95:
            out.append(b": keepalive\n\n")
        else:
            out.append(sse("content_block_stop", {"type": "content_block_stop", "index": 0}))
    out.append(b"data: [DONE]\n\n")
    return out


@pytest.mark.parametrize("settings", [
    {"strategy": "continuous"}, {"strategy": "periodic", "every_chars": 25},
    {"strategy": "periodic", "every_chars": None, "every_tokens": 6},
    {"strategy": "sentence_boundary"}, {"strategy": "end_only"},
    {"strategy": "end_only", "max_buffer_chars": 40},
    {"strategy": "periodic", "every_chars": 10, "holdback_chars": 4}])
async def test_taking_text_events_at_once_sends_what_the_event_path_sends(
        settings: dict[str, Any]) -> None:
    rng = random.Random(7)
    for _ in range(40):
        events = mixed_stream(rng)
        try:
            want: bytes | type[StreamCut] = await run(events, **settings)
        except StreamCut:
            want = StreamCut
        try:
            got: bytes | type[StreamCut] = await run(events, taking=True, **settings)
        except StreamCut:
            got = StreamCut
        assert got == want
