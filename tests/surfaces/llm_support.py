"""A fake LLM API for the gateway tests: an aiohttp server that speaks OpenAI chat
completions and responses and Anthropic messages, streamed or not, and records what it
received. What it answers is set per test on `FakeLlm` (`reply`, `chunks`, `tool`,
`statuses`, `gzip`)."""

from __future__ import annotations

import asyncio
import gzip
import json
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from secproxy.audit.query import Filters, LedgerReader


@dataclass
class Seen:
    """One request the fake API received."""

    path: str
    headers: dict[str, str]
    body: bytes
    query: str = ""
    """The query string, as received."""

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class FakeLlm:
    """The fake API's settings and what it saw."""

    port: int = 0
    reply: str = "Hello from the model."
    chunks: list[str] | None = None
    """Streamed text pieces (default: `reply` in 5-character pieces)."""
    tool: tuple[str, dict[str, Any]] | None = None
    """A tool call to answer with (name, arguments)."""
    statuses: list[int] = field(default_factory=list)
    """Statuses to answer before a normal answer (e.g. [503])."""
    gzip: bool = False
    """Answers (streamed ones too) gzip-compressed, whatever the client asked for."""
    encoding: str | None = None
    """A Content-Encoding to label answers with, their bytes left as they are."""
    usage: tuple[int, int] = (5, 7)
    """(input, output) tokens the answers report."""
    seen: list[Seen] = field(default_factory=list)
    sent: list[bytes] = field(default_factory=list)
    """Bodies of the non-streamed answers it sent."""
    streams_done: list[bool] = field(default_factory=list)
    """Per stream: True when all of it was written, False when the reader went away."""
    pause: float = 0.0
    """Seconds between streamed events (lets a cut stream be seen as cancelled)."""
    batched: bool = False
    """Write a whole stream at once (one read on the other side) instead of per event."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Top-level fields added to every answer that is not streamed."""

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def pieces(self) -> list[str]:
        if self.chunks is not None:
            return self.chunks
        return [self.reply[i:i + 5] for i in range(0, len(self.reply), 5)]


def _openai_chat(fake: FakeLlm, model: str) -> dict[str, Any]:
    msg: dict[str, Any] = {"role": "assistant", "content": fake.reply, "refusal": None}
    finish = "stop"
    if fake.tool:
        name, args = fake.tool
        msg["tool_calls"] = [{"id": "call_1", "type": "function",
                              "function": {"name": name, "arguments": json.dumps(args)}}]
        msg["content"] = None
        finish = "tool_calls"
    return {"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000,
            "model": model, "choices": [{"index": 0, "message": msg, "logprobs": None,
                                         "finish_reason": finish}],
            "usage": {"prompt_tokens": fake.usage[0], "completion_tokens": fake.usage[1],
                      "total_tokens": sum(fake.usage)}}


def _anthropic(fake: FakeLlm, model: str) -> dict[str, Any]:
    content: list[dict[str, Any]] = [{"type": "text", "text": fake.reply}]
    stop = "end_turn"
    if fake.tool:
        name, args = fake.tool
        content.append({"type": "tool_use", "id": "toolu_1", "name": name, "input": args})
        stop = "tool_use"
    return {"id": "msg_1", "type": "message", "role": "assistant", "model": model,
            "content": content, "stop_reason": stop, "stop_sequence": None,
            "usage": {"input_tokens": fake.usage[0], "output_tokens": fake.usage[1]}}


def _responses(fake: FakeLlm, model: str) -> dict[str, Any]:
    return {"id": "resp_1", "object": "response", "created_at": 1700000000,
            "status": "completed", "model": model,
            "output": [{"type": "message", "id": "msg_1", "status": "completed",
                        "role": "assistant",
                        "content": [{"type": "output_text", "text": fake.reply,
                                     "annotations": []}]}],
            "usage": {"input_tokens": fake.usage[0], "output_tokens": fake.usage[1],
                      "total_tokens": sum(fake.usage)}}


def _sse(name: str | None, doc: Any) -> bytes:
    head = f"event: {name}\n".encode() if name else b""
    return head + b"data: " + json.dumps(doc).encode() + b"\n\n"


def _openai_events(fake: FakeLlm, model: str, include_usage: bool = False) -> list[bytes]:
    head = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000,
            "model": model}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        return _sse(None, {**head, "choices": [{"index": 0, "delta": delta,
                                                "finish_reason": finish}]})
    out = [chunk({"role": "assistant", "content": ""})]
    out += [chunk({"content": p}) for p in fake.pieces()]
    finish = "stop"
    if fake.tool:  # the call in fragments, as the API streams it
        name, args = fake.tool
        text = json.dumps(args)
        out.append(chunk({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                          "function": {"name": name, "arguments": ""}}]}))
        out += [chunk({"tool_calls": [{"index": 0, "function": {"arguments": text[i:i + 6]}}]})
                for i in range(0, len(text), 6)]
        finish = "tool_calls"
    out.append(chunk({}, finish))
    if include_usage:
        out.append(_sse(None, {**head, "choices": [], "usage": {
            "prompt_tokens": fake.usage[0], "completion_tokens": fake.usage[1],
            "total_tokens": sum(fake.usage)}}))
    out.append(b"data: [DONE]\n\n")
    return out


def _anthropic_events(fake: FakeLlm, model: str) -> list[bytes]:
    start = _anthropic(fake, model)
    start["content"] = []
    start["stop_reason"] = None
    start["usage"] = {"input_tokens": fake.usage[0], "output_tokens": 1}
    out = [_sse("message_start", {"type": "message_start", "message": start}),
           _sse("content_block_start", {"type": "content_block_start", "index": 0,
                                        "content_block": {"type": "text", "text": ""}}),
           _sse("ping", {"type": "ping"})]
    out += [_sse("content_block_delta", {"type": "content_block_delta", "index": 0,
                                         "delta": {"type": "text_delta", "text": p}})
            for p in fake.pieces()]
    out.append(_sse("content_block_stop", {"type": "content_block_stop", "index": 0}))
    stop = "end_turn"
    if fake.tool:
        name, args = fake.tool
        text = json.dumps(args)
        out.append(_sse("content_block_start", {
            "type": "content_block_start", "index": 1,
            "content_block": {"type": "tool_use", "id": "toolu_1", "name": name, "input": {}}}))
        out += [_sse("content_block_delta", {
            "type": "content_block_delta", "index": 1,
            "delta": {"type": "input_json_delta", "partial_json": text[i:i + 6]}})
            for i in range(0, len(text), 6)]
        out.append(_sse("content_block_stop", {"type": "content_block_stop", "index": 1}))
        stop = "tool_use"
    out += [_sse("message_delta", {"type": "message_delta",
                                   "delta": {"stop_reason": stop, "stop_sequence": None},
                                   "usage": {"output_tokens": fake.usage[1]}}),
            _sse("message_stop", {"type": "message_stop"})]
    return out


def _responses_events(fake: FakeLlm, model: str) -> list[bytes]:
    """The responses API's stream: a message item, then the tool call's item, if any."""
    done = _responses(fake, model)
    message = done["output"][0]
    seq = iter(range(1000))

    def ev(kind: str, **doc: Any) -> bytes:
        return _sse(kind, {"type": kind, "sequence_number": next(seq), **doc})
    started = {**done, "status": "in_progress", "output": []}
    out = [ev("response.created", response=started),
           ev("response.output_item.added", output_index=0,
              item={**message, "status": "in_progress", "content": []}),
           ev("response.content_part.added", item_id="msg_1", output_index=0, content_index=0,
              part={"type": "output_text", "text": "", "annotations": []})]
    ids = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
    out += [ev("response.output_text.delta", **ids, delta=p) for p in fake.pieces()]
    out += [ev("response.output_text.done", **ids, text=fake.reply),
            ev("response.content_part.done", **ids, part=message["content"][0]),
            ev("response.output_item.done", output_index=0, item=message)]
    if fake.tool:
        name, args = fake.tool
        text = json.dumps(args)
        item = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": name,
                "arguments": "", "status": "in_progress"}
        out.append(ev("response.output_item.added", output_index=1, item=item))
        out += [ev("response.function_call_arguments.delta", item_id="fc_1", output_index=1,
                   delta=text[i:i + 6]) for i in range(0, len(text), 6)]
        out.append(ev("response.function_call_arguments.done", item_id="fc_1",
                      output_index=1, arguments=text))
        item = {**item, "arguments": text, "status": "completed"}
        out.append(ev("response.output_item.done", output_index=1, item=item))
        done["output"].append(item)
    out.append(ev("response.completed", response=done))
    return out


def _app(fake: FakeLlm) -> web.Application:
    async def handle(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        fake.seen.append(Seen(request.path, dict(request.headers), body, request.query_string))
        if fake.statuses:
            status = fake.statuses.pop(0)
            return web.json_response({"error": {"message": "busy", "type": "overloaded"}},
                                     status=status, headers={"Retry-After": "0"})
        try:
            doc = json.loads(body)
        except ValueError:
            return web.Response(text=f"echo: {body.decode()}", content_type="text/plain")
        model = str(doc.get("model", "m"))
        kind = {"/v1/chat/completions": "openai", "/v1/messages": "anthropic",
                "/v1/responses": "responses"}.get(request.path, "other")
        if doc.get("stream") is True:
            options = doc.get("stream_options")
            if kind == "anthropic":
                events = _anthropic_events(fake, model)
            elif kind == "responses":
                events = _responses_events(fake, model)
            else:
                events = _openai_events(fake, model, isinstance(options, dict)
                                        and options.get("include_usage") is True)
            headers = {"Content-Type": "text/event-stream"}
            if fake.encoding:
                headers["Content-Encoding"] = fake.encoding
            packer = None
            if fake.gzip:
                headers["Content-Encoding"] = "gzip"
                packer = zlib.compressobj(wbits=31)  # gzip framing, flushed per event
            resp = web.StreamResponse(headers=headers)
            await resp.prepare(request)
            if fake.batched:
                events = [b"".join(events)]
            try:
                for event in events:
                    if packer is not None:
                        event = packer.compress(event) + packer.flush(zlib.Z_SYNC_FLUSH)
                    await resp.write(event)
                    await asyncio.sleep(fake.pause)
                if packer is not None:
                    await resp.write(packer.flush())
                await resp.write_eof()
            except OSError:
                fake.streams_done.append(False)
                return resp
            except asyncio.CancelledError:
                fake.streams_done.append(False)
                raise
            fake.streams_done.append(True)
            return resp
        answer = {"openai": _openai_chat, "anthropic": _anthropic,
                  "responses": _responses}.get(kind, lambda f, m: {"echo": doc})(fake, model)
        answer = {**answer, **fake.extra}
        raw = json.dumps(answer, indent=1).encode()  # spaced: a re-encoding would show
        fake.sent.append(raw)
        if fake.gzip:
            return web.Response(body=gzip.compress(raw), headers={
                "Content-Type": "application/json", "Content-Encoding": "gzip"})
        if fake.encoding:
            return web.Response(body=raw, headers={
                "Content-Type": "application/json", "Content-Encoding": fake.encoding})
        return web.Response(body=raw, content_type="application/json")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    return app


@asynccontextmanager
async def fake_llm() -> AsyncIterator[FakeLlm]:
    """The fake API on 127.0.0.1 (a free port)."""
    fake = FakeLlm()
    runner = web.AppRunner(_app(fake), shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    server = site._server
    assert server is not None
    fake.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield fake
    finally:
        await runner.cleanup()


def gateway_config(fake: FakeLlm, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A proxy config with the fake API as both an openai and an anthropic upstream."""
    data: dict[str, Any] = {
        "upstreams": {"openai": {"url": fake.base, "retry_backoff": "10ms"},
                      "anthropic": {"url": fake.base, "kind": "anthropic",
                                    "retry_backoff": "10ms"}},
        "llm": {"default_upstream": "openai", "guards": "configured"},
        "listeners": {"egress": {"enabled": False}, "ws": {"enabled": False},
                      "api": {"enabled": False}},
    }
    for key, value in (extra or {}).items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return data


def ledger_rows(state_dir: Path, **filters: Any) -> list[dict[str, Any]]:
    """Ledger records, oldest first."""
    with LedgerReader(state_dir / "ledger.db") as reader:
        return list(reader.iter_all(Filters(**filters)))
