"""Lint of large rule sets: the same warnings are found far apart in thousands of rules,
the earliest covering rule is named, and a set too tangled to compare fully says so."""

from __future__ import annotations

import json
import re

from secproxy.config import load_config
from secproxy.config.lint import lint
from secproxy.config.schema import Config


def filler(n: int) -> list[dict[str, object]]:
    """`n` rules that shadow nothing: exact hosts, host globs, URL globs, tool rules."""
    out: list[dict[str, object]] = []
    for k in range(n):
        kind = k % 5
        if kind == 0:
            out.append({"match": f"api{k}.example.com", "action": "allow"})
        elif kind == 1:
            out.append({"match": f"*.corp{k}.com/**", "action": "deny"})
        elif kind == 2:
            out.append({"match": f"svc{k}.internal/v1/*/items/**", "action": "allow"})
        elif kind == 3:
            out.append({"host": f"*.zone{k}.net", "surfaces": ["egress"], "action": "log"})
        else:
            out.append({"tools": [f"shell{k}.*"], "surfaces": ["tool"], "action": "deny"})
    return out


def warnings_of(rules: list[dict[str, object]]) -> list[str]:
    return lint(Config.model_validate({"rules": rules}))


def shadowed(j: int, i: int) -> str:
    return (
        f"rules[{j}] (rule-{j + 1}) can never match: rules[{i}] (rule-{i + 1}) matches "
        "everything it does and comes first"
    )


def test_shadowed_pairs_far_apart_in_2000_rules_are_reported() -> None:
    rules = filler(2000)
    assert warnings_of(rules) == []
    rules[1500] = {"match": "*.wide.com/**", "action": "deny"}
    rules[1900] = {"match": "api.wide.com/v1/x", "action": "allow"}
    rules[300] = {"tools": ["fs.*"], "surfaces": ["tool"], "action": "deny"}
    rules[1950] = {"tools": ["fs.*"], "surfaces": ["tool"], "action": "allow"}
    rules[400] = {"host": "*.same.org", "methods": ["GET"], "action": "deny"}
    rules[1999] = {"host": "*.same.org", "methods": ["GET"], "action": "allow"}
    rules[10] = {"match": "*/admin/**", "methods": ["POST"], "action": "deny"}
    rules[1700] = {"match": "x.y.com/admin/users", "methods": ["POST"], "action": "allow"}
    rules[1701] = {"match": "x.y.com/admin/users", "methods": ["GET"], "action": "allow"}
    loaded = load_config(text=json.dumps({"rules": rules}), fmt="json", env={})
    assert loaded.warnings == [
        shadowed(1700, 10),
        shadowed(1900, 1500),
        shadowed(1950, 300),
        shadowed(1999, 400),
    ]


def test_the_earliest_covering_rule_is_named_whichever_index_finds_it() -> None:
    rules = filler(2000)
    rules[100] = {"match": "a.wide.com/**", "action": "allow"}
    rules[200] = {"match": "*.wide.com/**", "action": "deny"}
    rules[300] = {"match": "*/v9/**", "action": "deny"}
    rules[1800] = {"match": "a.wide.com/v1/x", "action": "allow"}
    rules[1801] = {"match": "b.wide.com/v1/x", "action": "allow"}
    rules[1802] = {"match": "c.other.com/v9/x", "action": "allow"}
    rules[1803] = {"match": "c.other.com/v8/x", "action": "allow"}
    assert warnings_of(rules) == [
        shadowed(1800, 100),
        shadowed(1801, 200),
        shadowed(1802, 300),
    ]


def test_a_catch_all_late_in_a_large_set_shadows_everything_after_it() -> None:
    rules = filler(2000)
    rules[1995] = {"action": "log"}
    assert warnings_of(rules) == [shadowed(j, 1995) for j in range(1996, 2000)]


def test_report_mode_rules_do_not_shadow_in_a_large_set() -> None:
    rules = filler(2000)
    rules[1000] = {"match": "*.wide.com/**", "action": "deny", "mode": "report"}
    rules[1001] = {"match": "a.wide.com", "action": "allow"}
    rules[1500] = {"match": "*", "action": "deny", "mode": "report"}
    assert warnings_of(rules) == []


def test_a_set_too_tangled_to_compare_fully_says_which_rules_were_checked() -> None:
    # every host-and-path-wildcard glob is a candidate for every later one
    rules: list[dict[str, object]] = [{"match": f"*/*/p{k}", "action": "deny"} for k in range(1500)]
    rules[1] = {"match": "*/*/p0", "action": "allow"}
    rules[1499] = {"match": "exa|mple.com", "action": "deny"}
    warnings = warnings_of(rules)
    assert warnings[0] == shadowed(1, 0)
    assert warnings[1] == (
        "rules[1499] (rule-1500): match 'exa|mple.com' can never match: its host part has "
        "characters no host name has"
    )
    note = re.fullmatch(
        r"shadowing checked for the first (\d+) rules only \(of 1500\): too many overlapping "
        r"globs to compare every pair; rules\[(\d+)\] onwards were not checked against "
        r"earlier rules",
        warnings[2],
    )
    assert note is not None and note[1] == note[2]
    assert 2 < int(note[1]) < 1500
    assert len(warnings) == 3
