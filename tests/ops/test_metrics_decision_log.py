"""The decision log: one `secproxy.decisions` line per decision at info, with the request
id, principal, surface, decision, rule, deciding guard and duration, nothing secret in
it, one JSON object per line under `--log-format json`, and nothing at all below info."""

from __future__ import annotations

import json
import logging
import sys
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


def _line(record_fields: dict[str, object], formatter: logging.Formatter) -> str:
    record = logging.LogRecord("secproxy.decisions", logging.INFO, "", 0, "", (), None)
    vars(record).update(record_fields)
    return formatter.format(record)


def test_line_as_percent_formatting_wrote_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision line reads as the `%`-formatted message and stock formatter made it:
    the message, every extra, and the time of day of each record (the text format keeps
    one per second: a record of the next second gets its own)."""
    from secproxy.events import DecisionEvent
    from secproxy.model import Decision, Finding, Severity, Verdict
    from secproxy.ops import logging as decision_log

    captured: list[logging.LogRecord] = []
    monkeypatch.setattr(decision_log.DECISIONS, "handle", captured.append)
    monkeypatch.setattr(decision_log.DECISIONS, "level", logging.INFO)
    act = action("db.internal.test")
    verdict = Verdict(Decision.BLOCK, [Finding("rules", "rule", "denied 100%", Severity.HIGH)],
                      rule="internal %s", timings={"rules": 12.4e-6, "identity": 3.3e-6})
    decision_log.log_decision(DecisionEvent(act, verdict))
    (record,) = captured
    assert record.getMessage() == f"{act.request_id} egress block rule=internal %s guard=rules 16us"
    assert {k: getattr(record, k) for k in ("request_id", "principal", "surface", "decision",
                                            "rule", "guard", "duration_us")} == {
        "request_id": act.request_id, "principal": act.principal.key, "surface": "egress",
        "decision": "block", "rule": "internal %s", "guard": "rules", "duration_us": 15.7}
    stock = logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")
    ours = decision_log.TextFormatter()
    for created in (1_700_000_000.25, 1_700_000_000.75, 1_700_000_001.0, 1_700_003_600.5,
                    1_700_000_000.5):
        fields = {"msg": record.getMessage(), "created": created}
        assert _line(fields, ours) == _line(fields, stock)
    try:
        raise ValueError("boom")
    except ValueError:
        failure = sys.exc_info()
    for extra in ({"levelname": "CRITICAL"}, {"levelname": "WARNING", "exc_info": failure},
                  {"exc_info": failure, "stack_info": "Stack (most recent call last):\n  x"},
                  {"msg": "ends in a line break\n", "stack_info": "Stack:\n  y"}):
        fields = {"msg": "m", "created": 1_700_000_000.5, **extra}
        assert _line(fields, decision_log.TextFormatter()) == _line(fields, stock)
    ours.datefmt = None  # another date format asked: not the cached one
    fields = {"msg": "x", "created": 1_700_000_000.5, "msecs": 500.0}
    assert _line(fields, ours) == _line(fields, logging.Formatter(
        "%(asctime)s %(levelname)-7s %(name)s: %(message)s"))


def test_the_line_is_masked_where_it_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision line's strings are masked by the listener itself (its principal, rule
    and guard: the request id and the labels are the proxy's own), and the record is
    marked so that the filter passes it without scanning it again; any other record,
    or a marked one with arguments, is still masked by the filter."""
    from secproxy.events import DecisionEvent
    from secproxy.model import Decision, Finding, Severity, Verdict
    from secproxy.ops import logging as decision_log

    captured: list[logging.LogRecord] = []
    monkeypatch.setattr(decision_log.DECISIONS, "handle", captured.append)
    monkeypatch.setattr(decision_log.DECISIONS, "level", logging.INFO)
    leaky = Action(Surface.EGRESS, principal=Principal(user=f"svc {API_KEY}"),
                   target=Target(host="db.internal.test", path="/", method="POST"))
    verdict = Verdict(Decision.BLOCK, [Finding(f"guard {API_KEY}", "secret", "found",
                                               Severity.HIGH)], rule=f"deny {API_KEY}")
    decision_log.log_decision(DecisionEvent(leaky, verdict))
    (record,) = captured
    assert getattr(record, decision_log.MASKED) is True
    before = dict(vars(record))
    assert RedactingFilter().filter(record)
    assert vars(record) == before  # passed as it was made
    for formatter in (JsonFormatter(), decision_log.TextFormatter()):
        line = formatter.format(record)
        assert API_KEY not in line and API_KEY[:12] not in line
        assert decision_log.MASKED not in line
    assert API_KEY not in repr({k: v for k, v in vars(record).items()})
    assert record.principal == "user:svc [REDACTED:api-key]"  # type: ignore[attr-defined]

    # The mark does not let through what was not made that way.
    other = logging.LogRecord("secproxy.decisions", logging.INFO, "", 0, "token %s",
                              (API_KEY,), None)
    setattr(other, decision_log.MASKED, True)
    RedactingFilter().filter(other)
    assert API_KEY not in other.getMessage()


def test_lean_record_is_the_one_info_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Logging set up as `setup_logging` leaves it (no caller, thread nor process
    recorded), the decision line's record is made without `Logger._log`: it holds the
    very fields, in the same order, that `DECISIONS.info(message, extra=…)` gives its
    record, at the same time; set up otherwise (the caller recorded), the standard way."""
    from secproxy.events import DecisionEvent
    from secproxy.model import Decision, Verdict
    from secproxy.ops import logging as decision_log

    records: list[logging.LogRecord] = []
    monkeypatch.setattr(decision_log.DECISIONS, "handle", records.append)
    monkeypatch.setattr(decision_log.DECISIONS, "level", logging.INFO)
    for name in ("logThreads", "logProcesses", "logMultiprocessing"):
        monkeypatch.setattr(logging, name, False)
    monkeypatch.setattr(logging, "_srcfile", None)
    monkeypatch.setattr(decision_log.time, "time", lambda: 1_700_000_000.625)
    monkeypatch.setattr(logging.time, "time", lambda: 1_700_000_000.625)  # (one module)
    event = DecisionEvent(action("api.example.com"), Verdict(Decision.ALLOW, [], rule="open",
                                                             timings={"rules": 2e-6}))
    decision_log.log_decision(event)
    lean = records.pop()
    decision_log.DECISIONS.info(lean.msg, extra={
        k: v for k, v in vars(lean).items() if k not in vars(
            logging.LogRecord("", 0, "", 0, "", (), None))})
    stock = records.pop()
    assert list(vars(lean)) != [] and sorted(vars(lean).items()) == sorted(vars(stock).items())
    assert [k for k in vars(lean) if k not in ("msg", "created", "msecs", "relativeCreated")] \
        == [k for k in vars(stock) if k not in ("msg", "created", "msecs", "relativeCreated")]
    monkeypatch.setattr(logging, "_srcfile", logging.__file__)  # the caller recorded
    decision_log.log_decision(event)
    assert records.pop().funcName != "(unknown function)"
