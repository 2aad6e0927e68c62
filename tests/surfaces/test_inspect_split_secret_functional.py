"""A key split over two arguments of a tool call asked about on the inspection API
(`/inspect/tool-call`, real HTTP against a running proxy): each value alone holds no
key, the arguments' values read end to end do (`content.arguments_view`, as on the
other surfaces), and no mask can go into a join, so the call is refused. A key within
one value is still masked there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers import running_proxy

pytestmark = pytest.mark.functional
HALVES = ("AKIA", "IOSFODNN7EXAMPL3")  # a made-up key of a valid shape, in two
GUARDS = {"use": [{"name": "secrets", "family": "secrets", "action": "sanitize"}]}


async def test_a_key_split_over_two_arguments_is_refused(tmp_path: Path) -> None:
    key = "".join(HALVES)
    async with running_proxy(tmp_path, {"guards": GUARDS}) as rt, httpx.AsyncClient() as http:
        url = f"http://{rt.addresses()['api']}/inspect/tool-call"

        async def ask(arguments: dict[str, str]) -> dict[str, Any]:
            answer = await http.post(url, json={"session_id": "s1", "agent_id": "coder",
                                                "tool_name": "save_note",
                                                "arguments": arguments})
            return answer.json()  # type: ignore[no-any-return]

        refused = await ask({"title": HALVES[0], "body": HALVES[1]})
        kept = await ask({"title": HALVES[0], "body": "hello"})
        masked = await ask({"title": f"use {key}", "body": "x"})
    assert refused["decision"] == "block" and refused["reason"] == "aws access key id"
    assert kept["decision"] == "allow"
    assert masked["decision"] == "allow_with_redaction"
    arguments = masked["arguments"]
    assert isinstance(arguments, dict) and arguments["body"] == "x"
    assert arguments["title"].startswith("use [REDACTED:aws")
