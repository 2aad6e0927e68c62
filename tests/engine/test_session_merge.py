"""A session's risk as the shared state backend passes it back (`SessionTracker.merge`):
every instance's sum as of a time. The backend echoes an instance's own updates too, in
the server's order; an echo of an earlier call that arrives after this instance added
more is behind it, and taking it lowered the risk: a call past `max_risk` went through
(tests/scale_redis/test_sessions_functional.py failed so once in CI)."""

from __future__ import annotations

from secproxy.engine.session import SessionTracker, session_key
from secproxy.events import EventBus

KEY = session_key("agent:a1", "s1")


def _risk(tracker: SessionTracker, now: float) -> float:
    st = tracker.take_dirty()[0]
    return tracker.risk_now(st, now)


def test_an_echo_behind_this_instance_lowers_nothing() -> None:
    tracker = SessionTracker(EventBus(), lambda: 100.0)
    tracker.merge(KEY, 20.0, 100.0, 0, None)  # the second call's sum
    tracker.merge(KEY, 10.0, 99.0, 0, None)  # the first call's echo, late
    assert _risk(tracker, 100.0) == 20.0


def test_a_newer_sum_is_taken_and_risk_still_decays() -> None:
    tracker = SessionTracker(EventBus(), lambda: 100.0)
    tracker.half_life = 10.0
    tracker.merge(KEY, 20.0, 100.0, 0, None)
    tracker.merge(KEY, 25.0, 101.0, 0, None)  # another instance added 5 since
    assert _risk(tracker, 101.0) == 25.0
    # 25 set at 101 has decayed to 13.4 by 110: a sum of 14 set then is above it.
    tracker.merge(KEY, 14.0, 110.0, 0, None)
    assert _risk(tracker, 110.0) == 14.0
