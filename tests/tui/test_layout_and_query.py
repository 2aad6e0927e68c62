"""Columns sized by priority and the one `/` filter syntax (pure functions)."""

from __future__ import annotations

import pytest
from rich.text import Text

from tui import query
from tui.layout import (
    CELL_PADDING,
    LIVE_COLUMNS,
    RULE_COLUMNS,
    SCROLLBAR,
    Column,
    clip,
    fit_columns,
)

DECISION = {
    "surface": "egress",
    "principal": "user:bob",
    "session": "s1",
    "target": {"host": "evil.example", "method": "GET", "url": "evil.example/x", "tool": None},
    "decision": "block",
    "rule": "no-evil",
    "reason": "known bad",
    "request_id": "abc123",
}
APPROVAL = {"id": "a1", "surface": "tool", "principal": "user:amy",
            "detail": {"tool": "shell.exec", "arguments": {"cmd": "ls"}}, "rule": "shell"}
RECORD = {"id": 7, "surface": "egress", "principal": "ip:10.0.0.1", "host": "api.example",
          "tool": None, "decision": "allow", "rule": None, "url": "api.example/v1"}


def used(widths: dict[str, int]) -> int:
    return sum(w + CELL_PADDING for w in widths.values()) + SCROLLBAR


@pytest.mark.parametrize("width", [60, 80, 100, 120, 160, 240])
def test_live_columns_fit_and_keep_the_most_important(width):
    widths = fit_columns(LIVE_COLUMNS, width)
    assert used(widths) <= width
    assert "decision" in widths and "rule" in widths
    assert list(widths) == [c.key for c in LIVE_COLUMNS if c.key in widths], "display order"
    if width >= 80:
        assert {"surface", "principal", "target", "latency"} <= set(widths)
    if width >= 120:
        assert "time" in widths and widths["rule"] >= 30
    if width >= 160:
        assert used(widths) == width, "the flexible columns take what is left"


@pytest.mark.parametrize("width", [80, 120, 160])
def test_rules_columns_fit_80_columns(width):
    widths = fit_columns(RULE_COLUMNS, width)
    assert used(widths) <= width
    assert {"name", "action", "conditions", "reason", "mode"} <= set(widths)
    assert widths["action"] >= len("require_approval")
    if width >= 120:
        assert set(widths) == {c.key for c in RULE_COLUMNS}


def test_narrow_tables_drop_the_lowest_priority_first():
    cols = (Column("a", "a", 10, 10, 1), Column("b", "b", 10, 10, 3), Column("c", "c", 10, 10, 2))
    assert list(fit_columns(cols, 10 + 12 + 12 + 2)) == ["a", "c"]
    assert fit_columns(cols, 5) == {}


def test_clip_keeps_style_and_marks_the_cut():
    assert clip("abcdef", 4).plain == "abc…" and clip("abc", 4).plain == "abc"
    # a string is shown as written: a DataTable would read a str cell as markup
    assert clip("[/x]", 8) == Text("[/x]") and clip("[b]ab[/b]", 20).plain == "[b]ab[/b]"
    cut = clip(Text("BLOCKED", style="bold red"), 4)
    assert isinstance(cut, Text) and cut.plain == "BLO…" and "red" in str(cut.style)


def test_one_filter_syntax_for_decisions_approvals_and_records():
    q = query.parse("decision:BLOCK surface:egress,llm host:*.example evil")
    assert q.get("decision") == ("block",) and q.get("surface") == ("egress", "llm")
    assert query.matches(DECISION, q)
    assert not query.matches(DECISION, query.parse("decision:allow"))
    assert not query.matches(DECISION, query.parse("surface:llm"))
    assert query.matches(DECISION, query.parse("principal:user:*"))
    assert query.matches(DECISION, query.parse("abc123")), "request ids are free text"
    assert not query.matches(DECISION, query.parse("evil nothing")), "every word must appear"
    assert query.matches(APPROVAL, query.parse("tool:shell.* principal:user:amy"))
    assert not query.matches(APPROVAL, query.parse("tool:fs.*"))
    assert query.matches(RECORD, query.parse("host:api.example decision:allow v1"))
    assert query.matches({"key": "user:bob"}, query.parse("principal:user:b*"))
    assert query.parse("decision:redact,approval").get("decision") == (
        "allow_with_redaction", "require_approval")
    assert query.parse("user:bob").words == ("user:bob",), "a principal key is free text"
    assert query.parse("").empty and query.matches(DECISION, query.parse(""))


@pytest.mark.parametrize("text, message", [
    ("decison:block", "unknown filter key 'decison'"),
    ("decision:maybe", "'maybe' is not a decision"),
    ("host:", "`host:` needs a value"),
])
def test_bad_filters_say_what_is_wrong(text, message):
    with pytest.raises(query.QueryError, match=message):
        query.parse(text)


def test_query_round_trips_and_cycles():
    q = query.parse("surface:egress host:a.example 'two words'")
    assert query.parse(q.text()) == q
    options = (None, "block", "allow")
    q1 = query.cycle(q, "decision", options)
    assert q1.get("decision") == ("block",) and q1.get("host") == ("a.example",)
    assert query.cycle(query.cycle(q1, "decision", options), "decision", options).get(
        "decision") == ()


def test_audit_filters_split_what_the_ledger_narrows():
    payload, rest = query.audit_filters(
        query.parse("decision:block surface:egress host:*.example tool:shell.* "
                    "rule:a,b secret more"))
    assert payload == {"decision": ["block"], "surface": ["egress"], "host": "*.example",
                       "tool": "shell.*", "search": "secret"}
    # The ledger narrows by one tool or rule; several are left to the page.
    assert rest.get("rule") == ("a", "b") and rest.words == ("more",)
