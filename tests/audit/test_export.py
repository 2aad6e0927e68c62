"""`secproxy audit export` on a ledger a real runtime wrote: OCSF HTTP Activity and API
Activity events with the documented mapping, filters, CSV and JSON Lines with hashes,
secrets masked as in the ledger."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from secproxy.cli import app
from secproxy.model import Action, Direction, Principal, Surface, Target
from tests.helpers import running_proxy

TOKEN = "ghp_" + "Z" * 36
RULES = {"rules": [{"name": "no-internal", "host": "*.internal.corp", "action": "deny",
                    "reason": "internal is off limits"}]}


@pytest.fixture
async def ledger(tmp_path: Path) -> Path:
    async with running_proxy(tmp_path, RULES) as rt:
        await rt.engine.decide(Action(
            Surface.EGRESS, principal=Principal(ip="10.0.0.7"), session="s-1",
            target=Target(host="api.example.com", port=443, path="/v1/items",
                          query=f"token={TOKEN}&page=2", method="GET")))
        await rt.engine.decide(Action(
            Surface.EGRESS, principal=Principal(ip="10.0.0.8"),
            target=Target(host="db.internal.corp", path="/dump", method="DELETE")))
        await rt.engine.decide(Action(
            Surface.TOOL, principal=Principal(agent="planner"), session="s-9",
            direction=Direction.REQUEST, target=Target(tool="shell.exec")))
    return tmp_path / "ledger.db"


def export(ledger: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["audit", "export", "--ledger", str(ledger), *args])
    assert result.exit_code == 0, result.output
    return result.output


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


async def test_ocsf_events_follow_the_documented_mapping(ledger: Path) -> None:
    events = lines(export(ledger, "--format", "ocsf"))
    assert len(events) == 3
    get, delete, tool = events
    assert (get["class_uid"], get["category_uid"], get["activity_id"], get["type_uid"]) == (
        4002, 4, 3, 400203)
    assert (delete["activity_id"], delete["action_id"], delete["disposition_id"]) == (2, 2, 2)
    assert delete["severity_id"] == 3 and delete["message"] == "internal is off limits"
    assert delete["unmapped"]["rule"] == "no-internal" and delete["status_id"] == 2
    assert (get["action_id"], get["disposition_id"], get["status_id"]) == (1, 1, 1)
    assert get["actor"]["user"]["uid"] == "ip:10.0.0.7" and get["src_endpoint"] == {
        "ip": "10.0.0.7"}
    assert get["actor"]["session"]["uid"] == "s-1"
    assert get["dst_endpoint"] == {"hostname": "api.example.com", "port": 443}
    url = get["http_request"]["url"]
    assert url["path"] == "/v1/items" and url["scheme"] == "https"
    assert "page=2" in url["query_string"] and TOKEN not in json.dumps(events)
    assert isinstance(get["time"], int) and get["time"] > 1_600_000_000_000
    assert get["metadata"]["version"] == "1.3.0" and get["metadata"]["sequence"] == 1
    assert (tool["class_uid"], tool["category_uid"], tool["activity_id"]) == (6003, 6, 99)
    assert tool["api"]["operation"] == "shell.exec" and tool["actor"]["app_name"] == "planner"


async def test_filters_csv_and_jsonl_keep_hashes(ledger: Path, tmp_path: Path) -> None:
    blocked = lines(export(ledger, "--format", "ocsf", "--decision", "block"))
    assert [e["activity_name"] for e in blocked] == ["Delete"]
    tools = lines(export(ledger, "--surface", "tool"))
    assert [r["tool"] for r in tools] == ["shell.exec"] and len(tools[0]["hash"]) == 64
    out = tmp_path / "out.csv"
    export(ledger, "--format", "csv", "--host", "*.example.com", "-o", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["host"] for r in rows] == ["api.example.com"]
    assert TOKEN not in out.read_text() and rows[0]["hash"]
    result = CliRunner().invoke(app, ["audit", "export", "--ledger", str(ledger),
                                      "--format", "xml"])
    assert result.exit_code == 2
