"""A decision held for the next console (none attached) shows the summary line a
console attached at the time gets: for an action with a host, made from the method and
URL kept with it; for a tool call, from its arguments, taken when it was decided."""

from __future__ import annotations

import orjson

from secproxy.control import protocol
from secproxy.control.hub import EventHub
from secproxy.events import DecisionEvent, EventBus
from secproxy.model import Action, Decision, Surface, Target, Verdict


def _decided(action: Action) -> DecisionEvent:
    return DecisionEvent(action, Verdict(Decision.ALLOW, []))


def _backlog_summaries(events: list[DecisionEvent]) -> list[str]:
    bus = EventBus()
    hub = EventHub(bus, backlog=50)
    for event in events:
        bus.emit(event)
    _, lines = hub.attach()
    hub.close()
    return [orjson.loads(line)["payload"]["summary"] for line in lines]


def test_a_held_decision_shows_the_summary_a_live_console_sees() -> None:
    events = [
        _decided(Action(Surface.EGRESS, target=Target(host="api.example.com", port=8443,
                                                      path="/v1/x", query="a=1",
                                                      method="POST"))),
        _decided(Action(Surface.CONNECT, target=Target(host="example.com", port=443))),
        _decided(Action(Surface.TOOL, target=Target(tool="fs.read"),
                        arguments={"path": "/etc/hosts"})),
        _decided(Action(Surface.LLM, content="hello")),
    ]
    live = [protocol.decision_payload(e)["summary"] for e in events]
    assert live[0] == "egress POST api.example.com:8443/v1/x?a=1"
    assert live[1] == "connect example.com:443/"
    assert _backlog_summaries(events) == live
    assert _backlog_summaries(events) == [e.action.summary() for e in events]


def test_a_held_tool_call_keeps_the_arguments_it_was_decided_with() -> None:
    action = Action(Surface.TOOL, target=Target(tool="fs.read"), arguments={"path": "/a"})
    event = _decided(action)
    bus = EventBus()
    hub = EventHub(bus, backlog=50)
    bus.emit(event)
    action.arguments = {"path": "/changed-later"}
    _, lines = hub.attach()
    hub.close()
    assert "/a" in orjson.loads(lines[0])["payload"]["summary"]
