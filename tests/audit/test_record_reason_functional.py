"""What a refused inspection request's record says, read back from the ledger over the
control socket: a validation message that names a field (`session_id: Input should be
a valid string`) is kept as written, where the redactor took `Input` for the value of a
credential named `session_id` (tests/test_redact.py: a real key after such a name is
still masked)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from secproxy.control.client import ControlClient
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy

pytestmark = pytest.mark.functional


async def refused(rt: Runtime, body: dict[str, Any]) -> str:
    """The ledger record's reason for `body`, refused as malformed."""
    async with httpx.AsyncClient() as http:
        got = await http.post(f"http://{rt.addresses()['api']}/inspect/tool-call", json=body)
    assert got.status_code == 400
    request_id = got.json()["request_id"]

    async def record() -> dict[str, Any] | None:
        async with ControlClient(rt.control.path) as control:  # type: ignore[union-attr]
            rows = (await control.call("audit/query", {"limit": 20}))["records"]
        return next((r for r in rows if r["request_id"] == request_id), None)

    row = await eventually(record)
    return str(row["reason"])


async def test_a_field_named_in_a_reason_is_not_taken_for_a_credential(tmp_path: Path) -> None:
    async with running_proxy(tmp_path) as rt:
        reason = await refused(rt, {"session_id": 5, "agent_id": "a", "tool_name": "ls",
                                    "arguments": {}})
        assert reason == "session_id: Input should be a valid string"
