"""Lint of a valid config: rules that can never match (shadowed by an earlier rule, or a
glob no URL can satisfy) and globs that probably do not say what was meant."""

from __future__ import annotations

from typing import Any

from secproxy.config.schema import Config
from secproxy.globs import compile_url_glob, concrete_example, host_is_plausible


def lint(config: Config) -> list[str]:
    """Warnings for rules that can never match: shadowed by an earlier rule, or a glob
    no URL can satisfy."""
    warnings = []
    rules = config.rules
    for j, rule in enumerate(rules):
        name_j = config.rule_name(j)
        for pattern_key in ("match", "host"):
            pattern = getattr(rule, pattern_key)
            if pattern and not host_is_plausible(pattern):
                warnings.append(
                    f"rules[{j}] ({name_j}): {pattern_key} {pattern!r} can never match: "
                    "its host part has characters no host name has"
                )
        if rule.match and "/" in rule.match.split("://")[-1]:
            path = "/" + rule.match.split("://")[-1].partition("/")[2]
            if path.endswith("/*") and "**" not in path and path.count("/") == 1:
                warnings.append(
                    f"rules[{j}] ({name_j}): match {rule.match!r} covers one path segment "
                    f"only; write {rule.match[:-1] + '**'!r} (or the bare host) for every path"
                )
        if rule.surfaces == ["connect"] and rule.path:
            warnings.append(f"rules[{j}] ({name_j}): can never match: a CONNECT tunnel has no path")
        for i in range(j):
            earlier = rules[i]
            if earlier.mode == "report":
                continue
            if _covers(earlier, rule):
                warnings.append(
                    f"rules[{j}] ({name_j}) can never match: rules[{i}] "
                    f"({config.rule_name(i)}) matches everything it does and comes first"
                )
                break
    return warnings


def _covers(a: Any, b: Any) -> bool:
    """True when every action matched by rule `b` is matched by rule `a` (conservative)."""
    ca, cb = a.conditions(), b.conditions()
    if not ca or ca.get("match") in ("*", "**", "*/**") and len(ca) == 1:
        return True
    if ca == cb:
        return True
    others_a = {k: v for k, v in ca.items() if k != "match"}
    others_b = {k: v for k, v in cb.items() if k != "match"}
    if others_a != others_b or "match" not in ca or "match" not in cb:
        return False
    try:
        glob = compile_url_glob(ca["match"])
    except ValueError:
        return False
    host, port, path = concrete_example(cb["match"])
    return glob.matches(host, port, path)
