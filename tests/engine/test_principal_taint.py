"""A session's taint marks its principal (`sessions.taint_scope: principal`): a new
session, a session-less action or a renamed agent of the same principal is decided with
the mark until `principal_taint_ttl` has passed."""

from __future__ import annotations

from secproxy.config.schema import SessionSettings
from secproxy.engine.session import SessionTracker, taint_anchor
from secproxy.events import EventBus
from secproxy.model import Principal


def _tracker(clock: list[float], **settings: object) -> SessionTracker:
    tracker = SessionTracker(EventBus(), lambda: clock[0])
    tracker.configure(SessionSettings.model_validate(settings))
    return tracker


def test_a_principals_mark_reaches_its_other_sessions_until_it_runs_out() -> None:
    clock = [1000.0]
    tracker = _tracker(clock, principal_taint_ttl=60)
    bot = Principal(ip="10.0.0.5", agent="bot")
    tracker.taint("s1", 2, "result of untrusted tool web.fetch", bot)
    assert tracker.taint_of("s2", bot) == 2
    assert tracker.taint_of(None, bot) == 2
    # The agent's name is the client's to declare; its address is not.
    assert tracker.taint_of("s3", Principal(ip="10.0.0.5", agent="renamed")) == 2
    assert tracker.taint_of("s2", Principal(ip="10.0.0.6", agent="bot")) == 0
    clock[0] += 61
    assert tracker.taint_of("s2", bot) == 0
    assert tracker.taint_of("s1", bot) == 2  # the session's own taint never drops


def test_a_lower_mark_does_not_lower_a_higher_one() -> None:
    clock = [0.0]
    tracker = _tracker(clock)
    who = Principal(user="alice", ip="127.0.0.1")
    tracker.taint(None, 2, "first", who)
    tracker.taint(None, 1, "second", who)
    assert tracker.taint_of(None, who) == 2


def test_the_anchor_is_the_first_identity_the_client_does_not_declare() -> None:
    assert taint_anchor(Principal(user="alice", agent="bot", ip="1.2.3.4")) == "user:alice"
    assert taint_anchor(Principal(agent="bot", ip="1.2.3.4")) == "ip:1.2.3.4"
    assert taint_anchor(Principal(agent="bot")) == "agent:bot"


def test_session_scope_keeps_taint_in_the_session() -> None:
    clock = [0.0]
    tracker = _tracker(clock, taint_scope="session")
    who = Principal(ip="127.0.0.1")
    tracker.taint("s1", 2, "x", who)
    assert tracker.taint_of("s1", who) == 2
    assert tracker.taint_of("s2", who) == 0
    assert tracker.taint_of(None, who) == 0


def test_a_marks_rise_is_an_event_even_without_a_session() -> None:
    # A session-less tainted result marked its principal in silence: no taint event, so
    # no alert and nothing on the console's stream, while every later action of that
    # principal was decided tainted.
    from secproxy.config.schema import AlertSettings
    from secproxy.events import TaintEvent
    from secproxy.ops.alert_kinds import alert_for

    clock = [0.0]
    bus = EventBus()
    seen: list[TaintEvent] = []
    bus.add_listener(seen.append, kinds={"taint"})  # type: ignore[arg-type]
    tracker = SessionTracker(bus, lambda: clock[0])
    tracker.configure(SessionSettings())
    who = Principal(user="alice", ip="127.0.0.1")
    tracker.taint(None, 2, "result of untrusted tool web.fetch", who)
    assert [(e.session, e.principal, e.previous, e.level) for e in seen] == [
        ("", "user:alice", 0, 2)]
    alert = alert_for(seen[0], AlertSettings(taint_level=2))
    assert alert is not None and alert.title == "Principal tainted: user:alice (level 2)"
    assert alert.key == "taint:principal:user:alice"
    tracker.taint(None, 2, "again", who)  # no rise: no event
    tracker.taint("s1", 2, "in a session", who)  # the session rises: its own event
    assert [(e.session, e.principal) for e in seen[1:]] == [("s1", "user:alice")]
    tracker.taint("s1", 3, "higher", who)
    assert [(e.session, e.previous, e.level) for e in seen[2:]] == [("s1", 2, 3)]
