"""Pure formatting helpers of the console."""

from __future__ import annotations

from tui import formatting

DECISION = {
    "ts": 0.0,
    "surface": "egress",
    "direction": "request",
    "principal": "user:bob",
    "target": {"host": "evil.example", "method": "GET", "url": "evil.example/x", "tool": None},
    "decision": "block",
    "rule": "no-evil",
    "reason": "known bad",
    "findings": [
        {"stage": "rules", "category": "denied_by_rule", "message": "nope", "severity": "high"}
    ],
    "latency_ms": 0.012,
    "timings_us": {"rules": 3.0},
    "request_id": "abc123",
}


def test_durations_and_latencies():
    assert formatting.duration(42) == "42s"
    assert formatting.duration(185) == "3m05s"
    assert formatting.duration(2 * 3600 + 7 * 60) == "2h07m"
    assert formatting.duration(-5) == "0s"
    assert formatting.latency(0.012) == "12µs"
    assert formatting.latency(3.5) == "3.5ms"
    assert formatting.latency(None) == ""
    assert str(formatting.countdown(100, 160)) == "expired"
    assert str(formatting.countdown(100, 10)) == "1m30s"


def test_decision_cells_and_detail():
    cells = formatting.decision_cells(DECISION)
    assert (cells["surface"], cells["principal"], cells["target"]) == (
        "egress", "user:bob", "GET evil.example/x")
    assert str(cells["decision"]) == "BLOCK" and cells["rule"] == "no-evil: known bad"
    detail = str(formatting.findings_text(DECISION))
    assert "rules/denied_by_rule: nope" in detail and "rules=3µs" in detail


def test_approval_detail_says_exactly_what_is_asked():
    approval = {
        "id": "a1",
        "summary": "tool shell.exec",
        "surface": "tool",
        "principal": "user:bob",
        "reason": "rule shell requires approval",
        "rule": "shell",
        "expires": 130.0,
        "detail": {"tool": "shell.exec", "arguments": {"cmd": "ls"}, "content": "frame"},
    }
    text = str(formatting.approval_detail(approval, now=100.0))
    assert "shell.exec" in text and '"cmd": "ls"' in text and "frame" in text
    assert "expires in 30s" in text and "rule shell" in text
    assert str(formatting.approval_cells(approval, 100.0)["expires"]) == "30s"


def test_rule_cells():
    rule = {"position": 2, "name": "x", "action": "deny", "tools": ["a.*", "b"], "mode": "report"}
    cells = formatting.rule_cells(rule)
    assert (cells["position"], cells["name"], str(cells["action"])) == ("2", "x", "deny")
    assert cells["conditions"] == "tools=a.*,b" and cells["mode"] == "report"
    assert formatting.rule_conditions({"action": "allow"}) == "(everything)"


def test_approval_asks():
    tool = {"detail": {"tool": "shell.exec", "arguments": {"cmd": "ls"}}, "summary": "x"}
    assert formatting.approval_asks(tool) == 'shell.exec {"cmd": "ls"}'
    url = {"detail": {"method": "GET", "url": "h.example/p"}}
    assert formatting.approval_asks(url) == "GET h.example/p"
    assert formatting.approval_asks({"detail": {}, "summary": "ws frame"}) == "ws frame"
