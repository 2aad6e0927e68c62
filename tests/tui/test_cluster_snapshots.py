"""The console's cluster overlay (`i`): snapshots at 80×24 and 160×48 of the recorded
session's `status` as two instances sharing a Redis server and a PostgreSQL ledger would
answer it, and its rows from the same data `secproxy status` prints (issue 17)."""

from __future__ import annotations

import copy
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.canned import RECORDED_AT, CannedControl, load
from tests.tui.test_console_snapshots import SIZES, SOCKET, console, settle
from tui.screens.cluster import ClusterScreen, backend_rows, instance_rows, ledger_rows

THIS = "gw-eu-1:4121:3fa9"
SHARED: dict[str, Any] = {
    "backend": "redis", "url": "redis://redis.internal:6379/0", "up": True,
    "instance": THIS, "on_failure": "closed", "problem": None, "heartbeat": 1.0,
    "instances": [
        {"id": THIS, "listeners": {"egress": "10.0.1.5:4100", "api": "10.0.1.5:8000"},
         "started": RECORDED_AT - 7260, "last_seen": RECORDED_AT - 0.4},
        {"id": "gw-eu-2:977:b2c4", "listeners": {"egress": "10.0.1.6:4100",
                                                 "api": "10.0.1.6:8000"},
         "started": RECORDED_AT - 320, "last_seen": RECORDED_AT - 2.6},
    ],
}
LEDGER = {"path": "postgresql://secproxy@db.internal:5432/secproxy (instance gw-eu-1)",
          "healthy": True, "queued": 3, "written": 1520, "spooled": 12}


def shared_status() -> dict[str, Any]:
    status = copy.deepcopy(load()["replies"]["status"])
    status.update(state=copy.deepcopy(SHARED), ledger=dict(LEDGER), time=RECORDED_AT)
    return status


@pytest.fixture
def canned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    data = load()
    data["replies"]["status"] = shared_status()
    try:
        with CannedControl(tmp_path / SOCKET, data):
            yield
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize("size", SIZES)
def test_cluster(size: str, canned: None, snap_compare: Any) -> None:
    async def show(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("i")
        assert isinstance(pilot.app.screen, ClusterScreen)
        await settle(pilot)

    assert snap_compare(console(), terminal_size=SIZES[size], run_before=show)


async def test_the_overlay_opens_over_any_view_and_closes(canned: None) -> None:
    app = console()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("u", "i")
        assert isinstance(app.screen, ClusterScreen)
        await settle(pilot)
        table = app.screen.query_one("#cluster-instances")
        assert table.row_count == 2  # type: ignore[attr-defined]
        await pilot.press("escape")
        assert not isinstance(app.screen, ClusterScreen)
        assert app.tabs().active == "users"


def test_rows_say_what_secproxy_status_says() -> None:
    status = shared_status()
    assert backend_rows(status) == [
        ("backend", "redis redis://redis.internal:6379/0"), ("health", "up"),
        ("on failure", "closed"), ("this instance", THIS)]
    rows = dict(instance_rows(status, RECORDED_AT))
    assert rows[THIS] == (f"{THIS} *", "ok", "0.4s ago", "2h01m",
                          "api=10.0.1.5:8000 egress=10.0.1.5:4100")
    assert rows["gw-eu-2:977:b2c4"][1:3] == ("late", "2.6s ago")  # past two beats
    assert ledger_rows(status)[2] == ("records",
                                      "1520 written, 3 queued, 12 spooled (database away)")
    # Redis away: said in words, and this instance shown as it knows itself.
    status["state"].update(up=False, problem="Connection refused", instances=[])
    assert ("health", "UNREACHABLE (Connection refused)") in backend_rows(status)
    (_, cells), = instance_rows(status, RECORDED_AT)
    assert cells[:2] == (f"{THIS} *", "alone")
    # No shared state: one instance, its own memory.
    assert backend_rows({"state": {"backend": "memory"}}) == [
        ("backend", "memory (this instance's own)")]
