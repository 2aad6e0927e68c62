"""The learning proposal (`secproxy.learning.suggest`) on ledger rows: subdomains
collapse only when there are several, path prefixes and methods narrow, tools are
listed per server, `min_count` and report mode; every proposal is checked with the
engine's own rule matcher."""

from __future__ import annotations

from typing import Any

import yaml

from secproxy.config import load_config
from secproxy.learning import Shape, compile_rules, suggest
from secproxy.learning_names import registrable


def row(url: str | None = None, *, surface: str = "egress", method: str | None = "GET",
        decision: str = "allow", tool: str | None = None, direction: str = "request",
        host: str | None = None, reason: str | None = None) -> dict[str, Any]:
    if url is not None and host is None:
        host = url.split("/", 1)[0].split(":", 1)[0]
    return {"surface": surface, "direction": direction, "host": host, "port": None,
            "url": url, "method": method, "tool": tool, "decision": decision,
            "reason": reason}


def decide(rules: list[dict[str, Any]], r: dict[str, Any]) -> str | None:
    found = compile_rules(rules).match(Shape.of(r).action()).rule
    return found.rule.action if found is not None else None


def test_many_subdomains_collapse_a_few_do_not() -> None:
    rows = [row(f"{sub}.cdn.example.com/assets/app.js") for sub in ("a", "b", "c", "d")]
    rows += [row("api.other.org/v2/things/1"), row("www.other.org/index.html")]
    found = suggest(rows)
    hosts = {r.rule.get("host") for r in found.rules}
    assert "*.example.com" in hosts and {"api.other.org", "www.other.org"} <= hosts
    rules = [r.rule for r in found.rules]
    assert all(decide(rules, r) == "allow" for r in rows) and found.uncovered == 0
    assert decide(rules, row("e.cdn.example.com/assets/x.js")) == "allow"
    assert decide(rules, row("mail.other.org/")) == "deny"
    assert decide(rules, row("api.other.org/v2/things/1", method="DELETE")) == "deny"
    assert decide(rules, row("api.other.org/admin")) == "deny"
    assert registrable("api.eu.example.co.uk") == "example.co.uk"
    assert registrable("10.0.0.1") is None and registrable("localhost") is None


def test_paths_keep_their_stable_prefix_and_too_many_prefixes_give_up() -> None:
    narrow = suggest([row("h.test/v1/users/42"), row("h.test/v1/users/7f3a9c0e12"),
                      row("h.test/v1/users/[REDACTED:token:ab]/keys", method="POST")])
    (rule,) = [r.rule for r in narrow.rules if r.rule["action"] == "allow"]
    assert rule["path"] == "/v1/users/**" and rule["methods"] == ["GET", "POST"]
    wide = suggest([row(f"h.test/{seg}/x") for seg in ("a", "b", "c", "d")])
    (rule,) = [r.rule for r in wide.rules if r.rule["action"] == "allow"]
    assert "path" not in rule and rule["host"] == "h.test"


def test_tools_per_server_and_refused_traffic_reported() -> None:
    rows = [row(surface="mcp", host="files", method="tools/call", tool="read_file"),
            row(surface="mcp", host="files", method="tools/call", tool="read_file"),
            row(surface="mcp", host="files", method="tools/list"),
            row(surface="mcp", host="files", method=None, direction="response"),
            row(surface="mcp", host="files", method="tools/call", tool="delete_file",
                decision="block", reason="denied by rule no-deletes"),
            row(surface="inspect", method=None, tool="fs.read"),
            row(surface="inspect", method=None)]
    found = suggest(rows)
    rules = [r.rule for r in found.rules]
    by_name = {r.rule["name"]: r for r in found.rules}
    assert by_name["mcp-files-tools"].rule["tools"] == ["read_file"]
    assert by_name["mcp-files-tools"].count == 2
    assert decide(rules, row(surface="inspect", method=None, tool="shell")) == "deny"
    assert decide(rules, row(surface="inspect", method=None)) == "allow"
    (refusal,) = found.refused
    assert refusal.still_refused and refusal.count == 1 and refusal.shape.tool == "delete_file"
    assert "delete_file" in found.to_yaml() and found.uncovered == 0


def test_min_count_report_mode_and_the_file_validates(tmp_path: Any) -> None:
    rows = [row("a.test/x")] * 3 + [row("b.test/y")]
    found = suggest(rows, min_count=2, mode="report", surfaces=["egress"])
    names = [r.rule["name"] for r in found.rules]
    assert any("a.test" in n for n in names) and not any("b.test" in n for n in names)
    assert found.left_out and found.uncovered == 1
    assert all(r.rule.get("mode") == "report" for r in found.rules if r.rule["action"] == "deny")
    assert found.rules[-1].rule["surfaces"] == ["egress"]
    path = tmp_path / "rules.yaml"
    path.write_text(found.to_yaml(header=["test"]))
    config = load_config(path, env={}).config
    assert [r.name for r in config.rules] == names
    assert yaml.safe_load(path.read_text())["rules"][-1]["mode"] == "report"


def test_names_from_the_wire_cannot_break_the_file(tmp_path: Any) -> None:
    hostile = "read\nrules: []\u2028- {action: allow}"
    rows = [row(surface="ws", host="gw.test", method="tools/call", tool=hostile),
            row(surface="ws", host="gw.test", method="tools/call", tool="shell*"),
            row(surface="ws", host="gw.test", method="tools/call", tool="rm",
                decision="block", reason="no\nrules: [{action: allow}]")]
    found = suggest(rows)
    text = found.to_yaml(header=["a\nb"])
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    rules = load_config(path, env={}).config.rules
    (tools,) = [r.tools for r in rules if r.tools and r.action == "allow"]
    assert tools == [hostile]  # exactly that name, escaped; `shell*` is no wildcard rule
    assert [r.action for r in rules][-1] == "deny" and found.uncovered == 1
    assert decide([r.rule for r in found.rules],
                  row(surface="ws", host="gw.test", method="tools/call", tool="shellx")) == "deny"
