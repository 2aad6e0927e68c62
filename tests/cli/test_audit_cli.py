"""`secproxy audit query|stats|export|verify` on a ledger a real runtime wrote."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from secproxy.model import Action, Principal, Surface, Target
from tests.cli.conftest import SECPROXY, run_cli
from tests.helpers import running_proxy

RULES = {
    "rules": [
        {
            "name": "no-internal",
            "match": "*.internal.corp",
            "action": "deny",
            "reason": "internal is off limits",
        }
    ]
}


@pytest.fixture
async def ledger(tmp_path: Path) -> Path:
    async with running_proxy(tmp_path, RULES) as rt:
        for i, host in enumerate(
            ["api.example.com", "api.example.com", "db.internal.corp", "docs.example.com"]
        ):
            await rt.engine.decide(
                Action(
                    Surface.EGRESS,
                    principal=Principal(ip=f"10.0.0.{i % 2 + 1}"),
                    target=Target(host=host, path=f"/p{i}", method="GET"),
                )
            )
        await rt.engine.decide(
            Action(
                Surface.TOOL,
                principal=Principal(agent="planner"),
                session="s-9",
                target=Target(tool="shell.exec"),
            )
        )
    return tmp_path / "ledger.db"


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


async def test_query_filters(ledger: Path) -> None:
    base = ("audit", "query", "--ledger", str(ledger), "--format", "jsonl")
    rows = jsonl(run_cli(*base).stdout)
    assert len(rows) == 5
    assert rows[0]["tool"] == "shell.exec"  # newest first
    blocked = jsonl(run_cli(*base, "--decision", "block").stdout)
    assert [r["host"] for r in blocked] == ["db.internal.corp"]
    assert blocked[0]["reason"] == "internal is off limits"
    assert len(jsonl(run_cli(*base, "--host", "api.example.com").stdout)) == 2
    assert len(jsonl(run_cli(*base, "--host", "*.example.com").stdout)) == 3
    assert len(jsonl(run_cli(*base, "--principal", "ip:10.0.0.2").stdout)) == 2
    assert len(jsonl(run_cli(*base, "--surface", "tool").stdout)) == 1
    assert len(jsonl(run_cli(*base, "--session", "s-9").stdout)) == 1
    assert len(jsonl(run_cli(*base, "--search", "off limits").stdout)) == 1
    assert len(jsonl(run_cli(*base, "--since", "1h").stdout)) == 5
    assert jsonl(run_cli(*base, "--until", "1h").stdout) == []
    assert len(jsonl(run_cli(*base, "--limit", "2", "--offset", "1").stdout)) == 2


async def test_query_formats(ledger: Path) -> None:
    out = run_cli("audit", "query", "--ledger", str(ledger), "--format", "json").stdout
    assert len(json.loads(out)) == 5
    out = run_cli("audit", "query", "--ledger", str(ledger), "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 5 and rows[-1]["url"] == "api.example.com/p0"
    table = run_cli("audit", "query", "--ledger", str(ledger), "--format", "table").stdout
    assert "db.internal.corp/p2" in table and "no-internal" in table


async def test_bad_arguments_are_clear(ledger: Path) -> None:
    result = run_cli("audit", "query", "--ledger", str(ledger), "--since", "yesterday")
    assert result.returncode == 2 and "--since: cannot read time 'yesterday'" in result.stderr
    result = run_cli("audit", "query", "--ledger", str(ledger), "--decision", "deny")
    assert result.returncode == 2 and "--decision 'deny' is not a decision" in result.stderr
    result = run_cli("audit", "query", "--ledger", str(ledger.parent / "nope.db"))
    assert result.returncode == 5 and "no audit ledger at" in result.stderr


async def test_stats(ledger: Path) -> None:
    data = json.loads(run_cli("audit", "stats", "--ledger", str(ledger), "--format", "json").stdout)
    assert data["total"] == 5
    assert data["by_decision"] == {"allow": 4, "block": 1}
    assert data["top_hosts"][0] == {"host": "api.example.com", "requests": 2, "blocked": 0}
    assert data["recent_denials"][0]["host"] == "db.internal.corp"
    table = run_cli("audit", "stats", "--ledger", str(ledger)).stdout
    assert "top hosts" in table and "recent denials" in table


async def test_export_and_verify(ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.jsonl"
    result = run_cli("audit", "export", "--ledger", str(ledger), "-o", str(out))
    assert result.returncode == 0 and "exported 5 records" in result.stdout
    rows = jsonl(out.read_text())
    assert [r["id"] for r in rows] == [1, 2, 3, 4, 5]
    assert all(len(r["hash"]) == 64 for r in rows)
    ok = run_cli("audit", "verify", "--ledger", str(ledger))
    assert ok.returncode == 0 and "5 records, chain intact" in ok.stdout
    with sqlite3.connect(ledger) as conn:
        # the reason (column 17 of the record's entry, what its hash covers)
        conn.execute("UPDATE entries SET entry = json_set(entry, '$[17]', 'nothing to see') "
                     "WHERE id = 3")
    broken = run_cli("audit", "verify", "--ledger", str(ledger), "--format", "json")
    assert broken.returncode == 1
    assert json.loads(broken.stdout) == {
        "ok": False,
        "checked": 2,
        "broken_at": 3,
        "message": "the row's content does not match its hash (edited)",
        "signed_by": None,
    }


async def test_config_commands(tmp_path: Path) -> None:
    example = run_cli("config", "example")
    assert example.returncode == 0
    path = tmp_path / "example.yaml"
    path.write_text(example.stdout)
    ok = run_cli("config", "validate", str(path))
    assert ok.returncode == 0 and "ok" in ok.stdout
    schema = json.loads(run_cli("config", "schema").stdout)
    assert "rules" in schema["properties"] and schema["additionalProperties"] is False
    # Field docstrings are the descriptions, in the schema and in the example's comments.
    strikes = schema["$defs"]["TrackingSettings"]["properties"]["max_strikes"]
    assert strikes["description"].startswith("Strikes within `strike_window` that block")
    assert "# Strikes within `strike_window` that block" in example.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("tracking:\n  max_strikes: 0\n")
    result = run_cli("config", "validate", str(bad))
    assert result.returncode == 3
    assert f"{bad}:2: tracking.max_strikes: expected greater than 0 (got 0)" in result.stderr
    shadow = tmp_path / "shadow.yaml"
    shadow.write_text("rules:\n  - {match: '*', action: allow}\n  - {match: a.com, action: deny}\n")
    assert run_cli("config", "validate", str(shadow)).returncode == 0
    strict = run_cli("config", "validate", "--strict", str(shadow))
    assert strict.returncode == 1 and "can never match" in strict.stderr


async def test_a_table_to_a_pipe_keeps_every_cell_whole(tmp_path: Path) -> None:
    path = "/" + "/".join(f"segment-{i:02d}-of-a-long-path" for i in range(12))
    async with running_proxy(tmp_path, RULES) as rt:
        await rt.engine.decide(
            Action(Surface.EGRESS, principal=Principal(ip="10.0.0.1"),
                   target=Target(host="api.example.com", path=path, method="GET"))
        )
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    result = subprocess.run(
        [*SECPROXY, "audit", "query", "--ledger", str(tmp_path / "ledger.db"), "-f", "table"],
        capture_output=True, text=True, timeout=30, env=env, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if "10.0.0.1" in line]
    assert len(rows) == 1 and f"api.example.com{path}" in rows[0]


async def test_query_and_stats_mask_records_written_before_masking_knew_them(
    ledger: Path,
) -> None:
    """A ledger written by an older secproxy may hold a credential in clear; reading it
    back through the CLI masks it, as the control socket's audit/query does."""
    token = "ghp_" + "Zq7" * 12
    with sqlite3.connect(ledger) as conn:
        conn.execute(
            "UPDATE entries SET entry = json_set(entry, '$[9]', ?, '$[17]', ?) WHERE id = 3",
            (f"db.internal.corp/p2?access_token={token}", f"denied; token {token}"),
        )
    out = run_cli("audit", "query", "--ledger", str(ledger), "--format", "json")
    stats = run_cli("audit", "stats", "--ledger", str(ledger), "--format", "json")
    assert out.returncode == 0 and stats.returncode == 0
    assert "db.internal.corp/p2?access_token=" in out.stdout
    assert token not in out.stdout and token not in stats.stdout


@pytest.mark.parametrize("directory", ["a?b", "x#y", "p%41q"])
async def test_a_ledger_under_a_path_with_uri_characters(ledger: Path, directory: str
                                                         ) -> None:
    # The reader opens SQLite with a `file:` URI: an unescaped '?' or '#' ended the path
    # there (another file opened, or created), a '%41' was read as 'A'.
    moved = ledger.parent / directory / "ledger.db"
    moved.parent.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if (source := Path(f"{ledger}{suffix}")).exists():
            os.replace(source, f"{moved}{suffix}")
    before = sorted(p.name for p in ledger.parent.iterdir())
    result = run_cli("audit", "query", "--ledger", str(moved), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5
    verified = run_cli("audit", "verify", "--ledger", str(moved))
    assert verified.returncode == 0, verified.stderr
    assert sorted(p.name for p in ledger.parent.iterdir()) == before


async def test_counts_past_sqlites_integers_mean_all_rows_not_a_traceback(ledger: Path) -> None:
    huge = str(10**20)
    every = run_cli("audit", "query", "--ledger", str(ledger), "--format", "jsonl",
                    "--limit", huge)
    assert every.returncode == 0, every.stderr
    assert len(jsonl(every.stdout)) == 5
    skipped = run_cli("audit", "query", "--ledger", str(ledger), "--format", "jsonl",
                      "--offset", huge)
    assert skipped.returncode == 0, skipped.stderr
    assert jsonl(skipped.stdout) == []
    top = run_cli("audit", "stats", "--ledger", str(ledger), "--format", "json", "--top", huge)
    assert top.returncode == 0, top.stderr
    assert json.loads(top.stdout)["total"] == 5
    none = run_cli("audit", "stats", "--ledger", str(ledger), "--top", "0")
    assert none.returncode == 2
    assert "--top must be at least 1" in none.stderr
    for ran in (every, skipped, top, none):
        assert "Traceback" not in ran.stderr and "OverflowError" not in ran.stderr


async def test_a_table_shows_hostile_names_as_written(tmp_path: Path) -> None:
    """A record whose path, tool or agent holds markup (`[/x]`) or terminal controls
    (ESC, C1, a bidi override) prints as a table: markup as text, controls as escapes;
    before, `[/x]` ended the command with a MarkupError traceback and ESC reached the
    terminal."""
    bad = "[/x]\x1b]2;PWNED\x1b\\\u202eevil\x9b2J"
    async with running_proxy(tmp_path, RULES) as rt:
        await rt.engine.decide(Action(Surface.EGRESS, principal=Principal(agent=bad),
                                      target=Target(host="h.example", path=f"/{bad}",
                                                    method="GET")))
        await rt.engine.decide(Action(Surface.TOOL, target=Target(tool=bad)))
    result = run_cli("audit", "query", "--ledger", str(tmp_path / "ledger.db"),
                     "--format", "table")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Traceback" not in out + result.stderr
    assert not any(ch in out for ch in "\x1b\x9b\u202e"), repr(out)
    flat = "".join(out.split())  # (the table may fold long cells over lines)
    assert "[/x]\\x1b]2;PWNED\\x1b\\\\u202eevil\\x9b2J" in flat
