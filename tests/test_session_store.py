"""`SessionStore`: sessions (risk, taint, chain steps) and their timelines in a real
`state.db`, read back by a new tracker as after a restart; a timeline keeps the last
`sessions.timeline_max` calls; forgotten sessions take their rows with them; a file
from before sessions had owners is moved to their keys."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest

from secproxy.config import load_config
from secproxy.engine.chains import Step
from secproxy.engine.session import SessionTracker, session_key
from secproxy.events import EventBus
from secproxy.model import (
    Action,
    Decision,
    Finding,
    Principal,
    Severity,
    Surface,
    Target,
    Verdict,
)
from secproxy.session_store import SessionStore

S1 = session_key("anonymous", "s1")


def tracker(clock: list[float], text: str = "") -> SessionTracker:
    t = SessionTracker(EventBus(), lambda: clock[0])
    t.configure(load_config(text=text, env={}).config.sessions)
    return t


def decide(t: SessionTracker, session: str, tool: str, severity: Severity | None) -> None:
    action = Action(Surface.TOOL, target=Target(tool=tool), session=session, content="x")
    findings = [Finding("g", "tool_abuse", "bad", severity, kind="k")] if severity else []
    verdict = Verdict(Decision.BLOCK if severity else Decision.ALLOW, findings)
    step = t.observe(action, verdict, blocked=bool(severity))
    assert step is not None
    t.record_call(step, action, verdict)


async def test_sessions_and_timelines_survive_and_stay_bounded(tmp_path: Path) -> None:
    clock = [1000.0]
    db = tmp_path / "state.db"
    first = tracker(clock, "sessions: {timeline_max: 3, half_life: 100s}")
    store = SessionStore(db, first)
    assert await store.open() == 0
    for i in range(5):
        decide(first, "s1", f"tool{i}", Severity.HIGH if i == 1 else None)
    decide(first, "s2", "other", None)
    first.taint("s1", 2, "result of web.fetch")
    state = first.get("s1")
    assert state is not None
    state.steps.append(Step("secret_read", 1000.0, "r1", "cat ~/.aws/credentials"))
    calls, total = await store.timeline(S1)
    assert total == 3 and [c["tool"] for c in calls] == ["tool2", "tool3", "tool4"]
    assert [c["seq"] for c in calls] == [3, 4, 5]
    calls, _ = await store.timeline(S1, limit=1, offset=1)
    assert [c["tool"] for c in calls] == ["tool3"]
    await store.close()

    clock[0] = 1100.0  # one half-life later, a new process
    second = tracker(clock, "sessions: {timeline_max: 3, half_life: 100s}")
    again = SessionStore(db, second)
    assert await again.open() == 2
    back = second.get("s1")
    assert back is not None and back.actions == 5 and back.blocked == 1
    assert back.taint == 2 and back.taint_source == "result of web.fetch"
    assert second.risk_now(back, clock[0]) == 3.0  # 6, halved
    assert [s.name for s in back.steps] == ["secret_read"]
    assert (await again.timeline(S1))[1] == 3

    second.forgotten.add(session_key("anonymous", "s2"))
    await again.save()
    assert await again.timeline(session_key("anonymous", "s2")) == ([], 0)
    await again.close()


async def test_a_timeline_entry_orjson_refuses_is_kept_all_the_same(tmp_path: Path) -> None:
    # A lone surrogate (a JSON escape an agent sent) in what the call shows, and an
    # integer past 64 bits: written the slower way, read back as they were.
    clock = [1000.0]
    t = tracker(clock)
    store = SessionStore(tmp_path / "state.db", t)
    await store.open()
    action = Action(Surface.TOOL, target=Target(tool="fs.write\ud800"), session="s",
                    arguments={"n": 2**70})
    verdict = Verdict(Decision.ALLOW, [])
    step = t.observe(action, verdict, blocked=False)
    assert step is not None
    t.record_call(step, action, verdict)
    decide(t, "s", "plain", None)
    calls, total = await store.timeline(session_key("anonymous", "s"))
    assert total == 2
    assert calls[0]["tool"] == "fs.write\ud800" and str(2**70) in calls[0]["summary"]
    assert calls[1]["tool"] == "plain"
    await store.close()


def old_layout(db: Path) -> None:
    """A state.db as secproxy wrote it before sessions had owners: by id alone."""
    conn = sqlite3.connect(db)
    conn.executescript("""
        CREATE TABLE sessions (id TEXT PRIMARY KEY, state TEXT NOT NULL,
                               last_seen REAL NOT NULL);
        CREATE TABLE session_calls (session TEXT NOT NULL, seq INTEGER NOT NULL,
                                    ts REAL NOT NULL, entry TEXT NOT NULL,
                                    PRIMARY KEY (session, seq));""")
    for sid, principal in (("run 1", "user:agent1"), ("s-agent", "agent:coder")):
        state = {"actions": 1, "risk": 6.0, "risk_at": 1000.0, "taint": 2,
                 "last_seen": 1000.0, "principal": principal, "steps": []}
        conn.execute("INSERT INTO sessions VALUES (?, ?, ?)", (sid, json.dumps(state), 1000.0))
        conn.execute("INSERT INTO session_calls VALUES (?, 1, 1000.0, ?)",
                     (sid, json.dumps({"session": sid, "seq": 1, "tool": "shell"})))
    conn.commit()
    conn.close()


async def test_sessions_kept_by_id_alone_go_to_their_last_principal(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "state.db"
    old_layout(db)
    clock = [1000.0]
    t = tracker(clock)
    store = SessionStore(db, t)
    with caplog.at_level(logging.WARNING, "secproxy.store"):
        assert await store.open() == 1
    assert "1 kept" in caplog.text and "1 dropped" in caplog.text
    st = t.get("run 1", Principal(user="agent1", ip="127.0.0.1"))
    assert st is not None and st.owner == "user:agent1" and st.taint == 2
    assert t.get("run 1", Principal(user="agent2")) is None
    assert t.find("s-agent") == []
    calls, total = await store.timeline(st.key)
    assert total == 1 and calls[0]["tool"] == "shell"
    await store.close()
    # Opened again: nothing more to move.
    again = SessionStore(db, tracker(clock))
    assert await again.open() == 1
    await again.close()
