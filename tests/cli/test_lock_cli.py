"""`secproxy lock check` against a real gateway: active, not active, not configured."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from tests.cli.conftest import run_cli
from tests.surfaces.ws_support import Gateway


async def check(tmp_path: Path, yaml_text: str) -> tuple[int, dict]:
    path = tmp_path / "c.yaml"
    path.write_text(yaml_text)
    result = await asyncio.to_thread(run_cli, "lock", "check", "-c", str(path), "-f", "json")
    return result.returncode, json.loads(result.stdout)


async def test_lock_check(tmp_path: Path) -> None:
    locked = await Gateway(require=("X-Secproxy-Gateway-Token", "s3cret")).start()
    open_gw = await Gateway().start()
    try:
        token = "lock: {strategy: validation_token, token: s3cret}"
        code, out = await check(tmp_path, f"ws: {{upstream: '{locked.url}', {token}}}\n")
        assert code == 0 and out["active"] is True
        code, out = await check(tmp_path, f"ws: {{upstream: '{open_gw.url}', {token}}}\n")
        assert code == 1 and out["active"] is False
        assert any("without" in m or "accepted" in m for m in out["messages"]), out
        code, out = await check(tmp_path, f"ws: {{upstream: '{open_gw.url}'}}\n")
        assert code == 1 and out["strategy"] == "none"
        # As a table, each outcome reads as a sentence.
        path = tmp_path / "c.yaml"
        text = await asyncio.to_thread(run_cli, "lock", "check", "-c", str(path), "-f", "table")
        assert text.returncode == 1
        assert text.stdout.splitlines()[0] == (
            "No gateway lock is configured (ws.lock.strategy: none)."
        )
        path.write_text(f"ws: {{upstream: '{locked.url}', {token}}}\n")
        text = await asyncio.to_thread(run_cli, "lock", "check", "-c", str(path), "-f", "table")
        assert text.returncode == 0
        assert text.stdout.splitlines()[0] == "The gateway lock (validation_token) is active."
    finally:
        await locked.stop()
        await open_gw.stop()
