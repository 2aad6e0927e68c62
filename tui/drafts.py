"""What a row action drafts: a rule that allows or denies a row's host or tool from now
on, placed where it takes effect, and a row as a curl command or as JSON.

Rules match first-match-wins, so a drafted rule goes right before the rule that decided
the row (the rules above it did not match the row, and still come first); a row that no
rule decided gets it at the end. The operator's text around it is kept as typed.
Pure functions: the Rules view shows the draft, and applying it goes through the same
validation and hot reload as any edit.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterable, Sequence
from typing import Any

import yaml

_NAME_SAFE = re.compile(r"[^a-z0-9.*_-]+")


def draft_rule(payload: dict[str, Any], action: str, *, by: str,
               precise: bool = False) -> dict[str, Any] | None:
    """A rule with `action` (`allow`, `deny`, `require_approval`) for the row's tool, or
    its host on its surface; None when the row has neither. `precise` (approve always)
    narrows an HTTP request to its method and URL without the query."""
    target = payload.get("target") or payload.get("detail") or {}
    tool = target.get("tool") or payload.get("tool")
    host = target.get("host") or payload.get("host")
    url = str(target.get("url") or payload.get("url") or "").split("?", 1)[0]
    method = target.get("method") or payload.get("method")
    surface = payload.get("surface")
    verb = {"allow": "allow", "deny": "deny", "require_approval": "hold"}.get(action, action)
    rule: dict[str, Any]
    if tool:
        rule = {"name": _name(f"{verb}-{tool}"), "tools": [tool]}
    elif precise and url and not any(c in url for c in "*?[]"):
        rule = {"name": _name(f"{verb}-{url}"), "match": url}
        if method:
            rule["methods"] = [method]
    elif host:
        rule = {"name": _name(f"{verb}-{host}"), "host": host}
    else:
        return None
    if surface and surface not in ("operator",):
        rule["surfaces"] = [surface]
    rule["action"] = action
    rule["reason"] = f"{verb} always, from the console by {by}"
    return rule


def _name(text: str) -> str:
    return _NAME_SAFE.sub("-", text.lower()).strip("-")[:60] or "drafted"


def _items(text: str) -> tuple[list[Any], Any] | None:
    """The rules list's item nodes and the list node (a list, or a mapping's `rules:`)."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    if isinstance(node, yaml.MappingNode):
        node = next((v for k, v in node.value if getattr(k, "value", None) == "rules"), None)
    if not isinstance(node, yaml.SequenceNode) or node.flow_style:
        return None
    return list(node.value), node


def _rule_name(item: Any, position: int) -> str:
    if isinstance(item, yaml.MappingNode):
        for key, value in item.value:
            if getattr(key, "value", None) == "name" and isinstance(value, yaml.ScalarNode):
                return str(value.value)
    return f"rule-{position}"


def insert_rule(text: str, rule: dict[str, Any], *, before: str | None) -> tuple[str, int]:
    """`text` (the rules as YAML) with `rule` inserted before the rule named `before`
    (at the end when there is none), and the 1-based line where the rule starts.
    The rest of the text stays as it was, comments included."""
    return insert_rules(text, [(rule, [])], before=before)


def insert_rules(text: str, rules: Sequence[tuple[dict[str, Any], Sequence[str]]], *,
                 before: str | None) -> tuple[str, int]:
    """`insert_rule` for several rules in order, each with comment lines written above
    it; the line returned is where the first one (or its comment) starts."""
    found = _items(text)
    if found is None or not found[0]:
        existing = yaml.safe_load(text) if text.strip() else None
        existing = existing.get("rules") if isinstance(existing, dict) else existing
        head = (yaml.safe_dump(existing, sort_keys=False, allow_unicode=True)
                if isinstance(existing, list) and existing else "")
        return head + _block(rules, 0), len(head.splitlines()) + 1
    items, seq = found
    lines = text.splitlines(keepends=True)
    index = next((i for i, item in enumerate(items) if _rule_name(item, i + 1) == before),
                 None)
    dash = max(items[0].start_mark.column - 2, 0)
    block = _block(rules, dash)
    if index is None:
        at = seq.end_mark.line if seq.end_mark.column == 0 else seq.end_mark.line + 1
        if at > len(lines):
            at = len(lines)
        if lines and not lines[-1].endswith("\n") and at == len(lines):
            lines[-1] += "\n"
    else:
        at = items[index].start_mark.line
        # Comments written just above that rule belong to it: insert above them.
        while at > 0 and lines[at - 1].strip().startswith("#") and _indent(lines[at - 1]) >= dash:
            at -= 1
    lines.insert(at, block)
    return "".join(lines), at + 1


def _block(rules: Sequence[tuple[dict[str, Any], Sequence[str]]], dash: int) -> str:
    out = []
    for rule, comments in rules:
        out += [f"# {' '.join(c.split())}\n" for c in comments]
        out += yaml.safe_dump([rule], sort_keys=False, allow_unicode=True,
                              width=1000).splitlines(keepends=True)
    return "".join(" " * dash + line for line in out)


def learnt_rules(found: dict[str, Any], taken: Iterable[str]
                 ) -> list[tuple[dict[str, Any], list[str]]]:
    """The rules of a `rules/suggest` answer as drafts, each with a comment saying what
    it covers; a name the rules already use gets a `-learnt` suffix (names are unique)."""
    used = set(taken)
    out = []
    for item in found.get("rules") or []:
        rule = {k: v for k, v in item.items() if k not in ("count", "covers")}
        name, n = str(rule.get("name") or "learnt"), 2
        base = name if name not in used else f"{name}-learnt"
        name = base
        while name in used:
            name, n = f"{base}-{n}", n + 1
        used.add(name)
        rule["name"] = name
        covers = "; ".join(c for c in item.get("covers") or [] if c)
        if rule.get("action") == "deny":
            comment = f"learnt: refuses {covers}" if covers else "learnt"
        else:
            count = int(item.get("count") or 0)
            comment = f"learnt: {count} record{'s' * (count != 1)}" + (
                f": {covers}" if covers else "")
        out.append((rule, [comment]))
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def curl_command(payload: dict[str, Any], proxy: str | None) -> str | None:
    """The row's request as a curl command through the egress proxy, or None when it is
    not an HTTP request (headers and body never leave the proxy: they are not in it)."""
    target = payload.get("target") or payload.get("detail") or {}
    url = target.get("url") or payload.get("url")
    if not url or payload.get("surface") not in ("egress", "connect"):
        return None
    scheme = "https" if payload.get("surface") == "connect" or target.get("port") == 443 else "http"
    parts = ["curl"]
    if proxy:
        parts += ["-x", f"http://{proxy}"]
    method = target.get("method") or payload.get("method")
    if method and method not in ("GET", "CONNECT"):
        parts += ["-X", method]
    parts.append(f"{scheme}://{url}")
    return " ".join(shlex.quote(p) for p in parts)


def as_json(payload: dict[str, Any]) -> str:
    """The row as the proxy sent it, without what the console added."""
    return json.dumps({k: v for k, v in payload.items() if not k.startswith("_")},
                      indent=2, default=str, ensure_ascii=False)
