"""A key split over two arguments of a model's tool call, with the official SDKs against
the local fake API: each value alone holds no key, the arguments' values read end to
end do (`content.arguments_view`, as on the MCP surface), and no mask can go into a
join, so the call is taken out of the answer as a refused call is, a text part saying
why. A key within one value is still masked there."""

from __future__ import annotations

import json
from pathlib import Path

import anthropic
import openai
import pytest

from tests.helpers import running_proxy
from tests.surfaces.llm_support import fake_llm, gateway_config, ledger_rows
from tests.surfaces.test_llm_stream_tools_functional import ASK, openai_stream

pytestmark = pytest.mark.functional
HALVES = ("AKIA", "IOSFODNN7EXAMPL3")  # a made-up key of a valid shape, in two
KEY = "".join(HALVES)
GUARDS = {"use": [{"name": "secrets", "family": "secrets", "action": "sanitize"}]}
SPLIT = {"title": HALVES[0], "body": HALVES[1]}


def _decisions(tmp_path: Path) -> list[tuple[str, str]]:
    return [(r["tool"], r["decision"]) for r in ledger_rows(tmp_path, surface=["tool"])]


async def test_openai_calls_split_kept_and_masked(tmp_path: Path) -> None:
    async with fake_llm() as fake, running_proxy(
            tmp_path, gateway_config(fake, {"guards": GUARDS})) as rt:
        async with openai.AsyncOpenAI(base_url=f"http://{rt.addresses()['llm']}/v1",
                                      api_key="k", max_retries=0) as c:
            answers = []
            for args in (SPLIT, {"title": HALVES[0], "body": "hello"},
                         {"title": f"use {KEY}", "body": "x"}):
                fake.tool = ("save_note", args)
                answers.append((await c.chat.completions.create(model="m", messages=ASK))
                               .choices[0])
        fake.tool = ("save_note", SPLIT)
        text, calls, finish, wire = await openai_stream(rt)
    refused, kept, masked = answers
    assert not refused.message.tool_calls and refused.finish_reason == "stop"
    assert "tool call save_note was blocked" in (refused.message.content or "")
    assert "aws access key" in (refused.message.content or "").lower()
    assert kept.message.tool_calls and \
        json.loads(kept.message.tool_calls[0].function.arguments) == {"title": HALVES[0],
                                                                      "body": "hello"}
    assert masked.message.tool_calls
    said = json.loads(masked.message.tool_calls[0].function.arguments)
    assert said["title"].startswith("use [REDACTED:aws")
    # Streamed, the same: the call is held until whole, then refused.
    assert calls == [] and finish == "stop" and "save_note was blocked" in text
    assert HALVES[1] not in wire
    assert _decisions(tmp_path) == [("save_note", "block"), ("save_note", "allow"),
                                    ("save_note", "allow_with_redaction"),
                                    ("save_note", "block")]


async def test_anthropic_tool_use_with_a_split_key_is_replaced_by_text(tmp_path: Path) -> None:
    async with fake_llm() as fake, running_proxy(
            tmp_path, gateway_config(fake, {"guards": GUARDS})) as rt:
        fake.tool = ("save_note", SPLIT)
        async with anthropic.AsyncAnthropic(base_url=f"http://{rt.addresses()['llm']}",
                                            api_key="k", max_retries=0) as c:
            message = await c.messages.create(model="claude-test", max_tokens=50,
                                              messages=ASK)  # type: ignore[arg-type]
    assert [b.type for b in message.content] == ["text", "text"]
    assert message.stop_reason == "end_turn"
    assert "save_note was blocked" in message.content[1].text  # type: ignore[union-attr]
    assert _decisions(tmp_path) == [("save_note", "block")]
