"""The decision log: one `secproxy.decisions` line per decision at info, with the request
id, principal, surface, decision, rule, deciding guard and duration, nothing secret in
it, one JSON object per line under `--log-format json`, and nothing at all below info."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from secproxy.model import Action, Principal, Surface, Target
from secproxy.ops.logging import JsonFormatter, RedactingFilter
from tests.helpers import running_proxy

pytestmark = [pytest.mark.functional, pytest.mark.timeout(30)]

API_KEY = "sk-" + "Lw7eR9tY1uI3oP5aS7dF9gH2"
CONFIG = {
    "rules": [{"name": "internal", "host": "*.internal.test", "action": "deny"},
              {"name": "open", "host": "*", "action": "allow"}],
    "guards": {"use": [
        {"name": "keys", "family": "patterns", "action": "block", "directions": ["request"],
         "settings": {"patterns": [{"name": "key", "pattern": "sk-[A-Za-z0-9]{20,}"}]}},
    ]},
}


def action(host: str, content: str | None = None) -> Action:
    return Action(Surface.EGRESS, principal=Principal(ip="10.1.2.3", api_key=API_KEY),
                  target=Target(host=host, path="/", method="POST"), content=content)


async def test_one_masked_line_per_decision(tmp_path: Path,
                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="secproxy.decisions")
    async with running_proxy(tmp_path, CONFIG) as rt:
        allowed = action("api.example.com")
        denied = action("db.internal.test")
        leaked = action("api.example.com", content=f"token={API_KEY}")
        for a in (allowed, denied, leaked):
            await rt.engine.decide(a)
    lines = [r for r in caplog.records if r.name == "secproxy.decisions"]
    assert [(r.request_id, r.decision, r.rule, r.guard) for r in lines] == [  # type: ignore[attr-defined]
        (allowed.request_id, "allow", "open", None),
        (denied.request_id, "block", "internal", "rules"),
        (leaked.request_id, "block", "open", "keys"),
    ]
    for record in lines:
        assert record.levelno == logging.INFO
        assert record.surface == "egress"  # type: ignore[attr-defined]
        assert record.principal.startswith("ip:") or record.principal.startswith("key:")  # type: ignore[attr-defined]
        assert record.duration_us > 0  # type: ignore[attr-defined]
        RedactingFilter().filter(record)
        line = JsonFormatter().format(record)
        assert API_KEY not in line and API_KEY[:12] not in line
        doc = json.loads(line)
        assert doc["logger"] == "secproxy.decisions" and doc["level"] == "info"
        assert doc["request_id"] == record.request_id  # type: ignore[attr-defined]


async def test_nothing_below_info(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="secproxy.decisions")
    async with running_proxy(tmp_path, CONFIG) as rt:
        await rt.engine.decide(action("api.example.com"))
    assert not [r for r in caplog.records if r.name == "secproxy.decisions"]
