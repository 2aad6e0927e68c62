"""The LLM gateway's quick paths against a local fake API, with the official `openai`
SDK: an answer goes to the agent before the request's record is written, a body that
came whole is taken as it is and one in pieces read piece by piece (both bounded), and
an answer read by orjson keeps what the standard parser keeps when it is rewritten."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from secproxy.events import Event, RecordEvent
from secproxy.model import Direction, Surface
from tests.helpers import running_proxy
from tests.surfaces.llm_support import fake_llm, gateway_config, ledger_rows
from tests.surfaces.test_llm_openai_functional import GUARDS, SECRET

pytestmark = pytest.mark.functional


def base(rt: Any) -> str:
    return f"http://{rt.addresses()['llm']}"


async def test_the_answer_is_not_held_behind_its_record(tmp_path: Path) -> None:
    """A ledger holding the request's record back (a full queue's backpressure) no longer
    holds the agent's answer: it is written first, and the record, written after it,
    still carries the answer's status, size and tokens."""
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(fake)) as rt:
        bus = rt.engine.bus
        publish = bus.publish
        release = asyncio.Event()
        held: list[RecordEvent] = []

        async def slow_ledger(event: Event, **kw: Any) -> int:
            if isinstance(event, RecordEvent) and event.action.surface is Surface.LLM \
                    and event.action.direction is Direction.REQUEST:
                held.append(event)
                await release.wait()
            return await publish(event, **kw)

        bus.publish = slow_ledger  # type: ignore[method-assign]
        async with openai.AsyncOpenAI(base_url=f"{base(rt)}/v1", api_key="sk-agent",
                                      max_retries=0, timeout=5) as client:
            got = await client.chat.completions.create(
                model="gpt-test", messages=[{"role": "user", "content": "Say hello"}])
        assert got.choices[0].message.content == fake.reply  # timed out before
        assert len(held) == 1
        release.set()
    rows = [r for r in ledger_rows(tmp_path, surface=["llm"]) if r["direction"] == "request"]
    assert [(r["status"], r["decision"]) for r in rows] == [(200, "allow")]
    assert rows[0]["bytes_out"] == len(fake.sent[0])
    assert rows[0]["metadata"]["tokens"]["input"] == fake.usage[0]


async def _pieces(body: bytes, size: int) -> AsyncIterator[bytes]:
    for i in range(0, len(body), size):
        yield body[i:i + size]
        await asyncio.sleep(0)


async def test_bodies_whole_or_in_pieces_read_alike_and_bounded(tmp_path: Path) -> None:
    """A body sent chunked in small pieces (read piece by piece) and the same body sent
    whole (taken at once) reach the upstream byte for byte; over `llm.max_body_bytes`
    either way it is refused and nothing goes upstream."""
    cfg = {"llm": {"max_body_bytes": 20_000}}
    text = "".join(f"line {i} of the notes\n" for i in range(500))  # ~11 KB
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": text}]}
                      ).encode()
    big = json.dumps({"model": "m", "messages": [{"role": "user", "content": text * 3}]}
                     ).encode()
    headers = {"Content-Type": "application/json"}
    url = "/v1/chat/completions"
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(fake, cfg)) as rt:
        async with httpx.AsyncClient(base_url=base(rt)) as h:
            whole = await h.post(url, content=body, headers=headers)
            pieces = await h.post(url, content=_pieces(body, 700), headers=headers)
            assert whole.status_code == pieces.status_code == 200
            assert [s.body for s in fake.seen] == [body, body]
            for content in (big, _pieces(big, 700)):
                r = await h.post(url, content=content, headers=headers)
                assert r.status_code == 413
                assert "max_body_bytes" in r.json()["error"]["message"]
            assert len(fake.seen) == 2


async def test_a_rewritten_answer_keeps_its_numbers(tmp_path: Path) -> None:
    """An answer masked and written again keeps an integer past 64 bits and a float as
    the standard parser reads them (orjson reads the first as a float: such an answer is
    read the standard way)."""
    async with fake_llm() as fake, running_proxy(
            tmp_path, gateway_config(fake, {"guards": GUARDS})) as rt:
        fake.reply = f"Your key is {SECRET}."
        fake.extra = {"seed": 2**70 + 1, "ratio": 0.1, "note": "ünïcode"}
        async with httpx.AsyncClient() as h:
            r = await h.post(f"{base(rt)}/v1/chat/completions", json={
                "model": "m", "messages": [{"role": "user", "content": "Which key?"}]})
    assert r.status_code == 200
    doc = r.json()
    assert SECRET not in r.text and "Your key is" in doc["choices"][0]["message"]["content"]
    assert doc["seed"] == 2**70 + 1 and doc["ratio"] == 0.1 and doc["note"] == "ünïcode"
