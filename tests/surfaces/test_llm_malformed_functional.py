"""Request bodies of shapes no SDK sends, through a running gateway: a `type` that is an
object or a list where a string belongs. Each was a 500 with a traceback in the log
(`unhashable type`) before; now the body is guarded like any other and forwarded, its
secrets masked (the provider answers for its shape)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers import running_proxy
from tests.surfaces.llm_support import fake_llm, gateway_config
from tests.surfaces.test_llm_openai_functional import GUARDS, SECRET

pytestmark = pytest.mark.functional


@pytest.mark.parametrize(("path", "body"), [
    ("/v1/chat/completions", {"model": "m", "messages": [
        {"role": "user", "content": [{"type": {"kind": "text"}, "text": SECRET}]}]}),
    ("/v1/chat/completions", {"model": "m", "metadata": {"type": ["image"], "note": SECRET},
                              "messages": [{"role": "user", "content": "hi"}]}),
    ("/v1/messages", {"model": "m", "max_tokens": 5, "messages": [
        {"role": "user", "content": [{"type": [], "text": SECRET}]}]}),
    ("/v1/responses", {"model": "m", "input": [{"type": {"a": 1}, "content": SECRET}]}),
    ("/v1/embeddings", {"model": "m", "input": [{"type": [1], "text": SECRET}]}),
])
async def test_a_type_that_is_no_string_is_guarded_and_forwarded(
        tmp_path: Path, path: str, body: dict[str, Any]) -> None:
    async with fake_llm() as fake, running_proxy(tmp_path,
                                                 gateway_config(fake, {"guards": GUARDS})) as rt:
        async with httpx.AsyncClient() as h:
            r = await h.post(f"http://{rt.addresses()['llm']}{path}", json=body)
    assert r.status_code == 200, r.text
    sent = fake.seen[0].body
    assert SECRET.encode() not in sent and b"[REDACTED:api_key]" in sent
    assert json.loads(sent)["model"] == "m"
