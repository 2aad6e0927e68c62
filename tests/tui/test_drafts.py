"""Rules drafted from a row, placed where they take effect; rows as curl and JSON."""

from __future__ import annotations

import json

import yaml

from tui.drafts import as_json, curl_command, draft_rule, insert_rule, insert_rules, learnt_rules

ROW = {"surface": "egress", "decision": "require_approval", "rule": "uploads",
       "target": {"host": "files.example", "port": 8080, "method": "POST",
                  "url": "files.example:8080/up"}, "_cells": {}}
TOOL_ROW = {"surface": "tool", "decision": "block", "rule": None,
            "target": {"tool": "shell.exec"}}
RULES = """\
# team rules
- name: no-evil
  match: evil.example
  action: deny   # never
# uploads are checked by a person
- name: uploads
  host: files.example
  action: require_approval
- {name: last, tools: ["x"], action: deny}
"""


def test_a_drafted_rule_goes_right_before_the_rule_that_decided_the_row():
    rule = draft_rule(ROW, "allow", by="amy")
    assert rule == {"name": "allow-files.example", "host": "files.example",
                    "surfaces": ["egress"], "action": "allow",
                    "reason": "allow always, from the console by amy"}
    text, line = insert_rule(RULES, rule, before="uploads")
    assert text.splitlines()[line - 1] == "- name: allow-files.example"
    assert text.splitlines()[line - 2] == "  action: deny   # never", "above the rule's comment"
    names = [r["name"] for r in yaml.safe_load(text)]
    assert names == ["no-evil", "allow-files.example", "uploads", "last"]
    assert text.replace(text.splitlines(keepends=True)[line - 1], "", 1).count("#") == 3
    for kept in RULES.splitlines():
        assert kept in text.splitlines(), "every line of the operator's text stays"


def test_a_row_no_rule_decided_gets_its_rule_at_the_end_even_in_a_rules_mapping():
    rule = draft_rule(TOOL_ROW, "deny", by="amy")
    assert rule is not None and rule["tools"] == ["shell.exec"] and rule["action"] == "deny"
    text = "rules:\n  # first\n  - name: a\n    tools: [fs.*]\n    action: allow\n"
    out, line = insert_rule(text, rule, before=None)
    assert out.startswith(text)
    assert out.splitlines()[line - 1] == "  - name: deny-shell.exec"
    assert [r["name"] for r in yaml.safe_load(out)["rules"]] == ["a", "deny-shell.exec"]
    empty, line = insert_rule("# no rules: every action gets engine.default_action\n[]\n",
                              rule, before=None)
    assert yaml.safe_load(empty) == [rule] and line == 1


def test_approve_always_narrows_a_request_to_its_method_and_url():
    approval = {"surface": "egress", "rule": "uploads",
                "detail": {"host": "files.example", "method": "POST",
                           "url": "files.example:8080/up?x=1"}}
    rule = draft_rule(approval, "allow", by="amy", precise=True)
    assert rule is not None
    assert (rule["match"], rule["methods"]) == ("files.example:8080/up", ["POST"])
    assert rule["name"] == "allow-files.example-8080-up"


def test_rows_without_host_or_tool_draft_nothing():
    assert draft_rule({"surface": "ws", "target": {}}, "allow", by="x") is None


def test_curl_and_json():
    assert curl_command(ROW, "127.0.0.1:4100") == (
        "curl -x http://127.0.0.1:4100 -X POST http://files.example:8080/up")
    tunnel = {"surface": "connect", "target": {"host": "a.example", "port": 443,
                                               "url": "a.example:443/"}}
    assert curl_command(tunnel, None) == "curl https://a.example:443/"
    assert curl_command(TOOL_ROW, "x") is None
    assert "_cells" not in json.loads(as_json(ROW))


def test_learnt_rules_go_after_the_running_ones_with_their_counts():
    found = {"rules": [
        {"name": "egress-files.example", "surfaces": ["egress"], "host": "files.example",
         "action": "allow", "count": 3, "covers": ["GET 2, POST 1"]},
        {"name": "last", "action": "deny", "reason": "not seen", "count": 0,
         "covers": ["everything the rules above do not allow"]},
    ]}
    learnt = learnt_rules(found, ["no-evil", "uploads", "last"])
    assert [r["name"] for r, _ in learnt] == ["egress-files.example", "last-learnt"]
    assert learnt[0][1] == ["learnt: 3 records: GET 2, POST 1"]
    text, line = insert_rules(RULES, learnt, before=None)
    assert text.startswith(RULES), "the running rules stay as they were, comments included"
    assert text.splitlines()[line - 1] == "# learnt: 3 records: GET 2, POST 1"
    names = [r["name"] for r in yaml.safe_load(text)]
    assert names == ["no-evil", "uploads", "last", "egress-files.example", "last-learnt"]
    assert "count" not in text and "covers" not in text
    text, line = insert_rules("", learnt, before=None)
    assert line == 1 and [r["name"] for r in yaml.safe_load(text)] == [
        "egress-files.example", "last-learnt"]
