"""Lint of a valid config: rules that can never match (shadowed by an earlier rule, or a
glob no URL can satisfy) and globs that probably do not say what was meant.

Shadowing is found without comparing every pair of rules: earlier rules are indexed by
what could possibly cover a later one (same conditions, a catch-all, or a URL glob whose
literal host and path parts fit), so large rule sets lint in near-linear time. Globs that
cannot be narrowed down (say, thousands of `*/*/x` rules) are compared one by one up to a
fixed budget; past it, the warnings say which rules were checked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from secproxy.config.rules import Rule
from secproxy.config.schema import Config
from secproxy.globs import (
    UrlGlob,
    compile_url_glob,
    concrete_example,
    host_is_plausible,
    split_url_glob,
)

SHADOW_CHECK_BUDGET = 250_000
"""Glob comparisons the shadowing check may make before it stops (a few tenths of a second)."""

_CATCH_ALL = ("*", "**", "*/**")

Key = tuple[tuple[str, object], ...]


def lint(config: Config) -> list[str]:
    """Warnings for rules that can never match: shadowed by an earlier rule, or a glob
    no URL can satisfy."""
    warnings: list[str] = []
    rules = config.rules
    shadows = _ShadowIndex()
    checked_up_to: int | None = None
    for j, rule in enumerate(rules):
        name_j = config.rule_name(j)
        warnings.extend(_rule_warnings(j, name_j, rule))
        if checked_up_to is not None:
            continue
        if shadows.spent > SHADOW_CHECK_BUDGET:
            checked_up_to = j
            continue
        i = shadows.first_cover(rule)
        if i is not None:
            warnings.append(
                f"rules[{j}] ({name_j}) can never match: rules[{i}] "
                f"({config.rule_name(i)}) matches everything it does and comes first"
            )
        if rule.mode != "report":
            shadows.add(j, rule)
    if checked_up_to is not None:
        warnings.append(
            f"shadowing checked for the first {checked_up_to} rules only (of {len(rules)}): "
            f"too many overlapping globs to compare every pair; rules[{checked_up_to}] "
            "onwards were not checked against earlier rules"
        )
    return warnings


def _rule_warnings(j: int, name: str, rule: Rule) -> Iterator[str]:
    """Warnings about one rule on its own."""
    for pattern_key in ("match", "host"):
        pattern = getattr(rule, pattern_key)
        if pattern and not host_is_plausible(pattern):
            yield (
                f"rules[{j}] ({name}): {pattern_key} {pattern!r} can never match: "
                "its host part has characters no host name has"
            )
    if rule.match and "/" in rule.match.split("://")[-1]:
        path = "/" + rule.match.split("://")[-1].partition("/")[2]
        if path.endswith("/*") and "**" not in path and path.count("/") == 1:
            yield (
                f"rules[{j}] ({name}): match {rule.match!r} covers one path segment "
                f"only; write {rule.match[:-1] + '**'!r} (or the bare host) for every path"
            )
    if rule.surfaces == ["connect"] and rule.path:
        yield f"rules[{j}] ({name}): can never match: a CONNECT tunnel has no path"


def _freeze(conditions: dict[str, object]) -> Key:
    return tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in conditions.items())


@dataclass
class _PathBuckets:
    """Rule indices by the literal start of their path glob ("" = any path)."""

    by_head: dict[str, list[int]] = field(default_factory=dict)

    def add(self, head: str, index: int) -> None:
        self.by_head.setdefault(head, []).append(index)

    def candidates(self, path: str) -> Iterator[list[int]]:
        for k in range(len(path) + 1):
            found = self.by_head.get(path[:k])
            if found:
                yield found


@dataclass
class _GlobGroup:
    """URL-glob rules that share every condition but `match`, by the literal parts of
    their host (whole host, text after the last `*`, text before the first `*`, or none)."""

    literal: dict[str, _PathBuckets] = field(default_factory=dict)
    tail: dict[str, _PathBuckets] = field(default_factory=dict)
    head: dict[str, _PathBuckets] = field(default_factory=dict)
    any_host: _PathBuckets = field(default_factory=_PathBuckets)

    def add(self, pattern: str, index: int) -> None:
        host, _, path = split_url_glob(pattern)
        host = (host or "*").strip("[]")
        if "*" not in host:
            buckets = self.literal.setdefault(host, _PathBuckets())
        elif tail := host[host.rindex("*") + 1 :]:
            buckets = self.tail.setdefault(tail, _PathBuckets())
        elif head := host[: host.index("*")]:
            buckets = self.head.setdefault(head, _PathBuckets())
        else:
            buckets = self.any_host
        buckets.add(_path_head(path), index)

    def candidates(self, host: str, path: str) -> Iterator[list[int]]:
        hits = [self.literal.get(host), self.any_host]
        hits += [self.tail.get(host[k:]) for k in range(len(host))]
        hits += [self.head.get(host[:k]) for k in range(1, len(host) + 1)]
        for buckets in hits:
            if buckets is not None:
                yield from buckets.candidates(path)


def _path_head(path: str | None) -> str:
    """The literal text every path a glob matches starts with (conservatively short)."""
    if path is None or path == "/**":
        return ""
    head = path[: path.index("*")] if "*" in path else path
    # `/a/**` also matches `/a` itself, so the slash before a wildcard is not required
    return head[:-1] if head.endswith("/") else head


@dataclass
class _ShadowIndex:
    """Earlier enforcing rules, indexed to find the first one that covers a later rule:
    matches every action that rule does (conservatively: a catch-all, identical
    conditions, or the same other conditions with a URL glob that matches a concrete URL
    of the later rule's glob)."""

    catch_all: int | None = None
    same: dict[Key, int] = field(default_factory=dict)
    groups: dict[Key, _GlobGroup] = field(default_factory=dict)
    patterns: dict[int, str] = field(default_factory=dict)
    globs: dict[int, UrlGlob | None] = field(default_factory=dict)
    spent: int = 0
    """Glob comparisons made so far."""

    def add(self, index: int, rule: Rule) -> None:
        conditions = rule.conditions()
        if self.catch_all is None and (
            not conditions or (conditions.get("match") in _CATCH_ALL and len(conditions) == 1)
        ):
            self.catch_all = index
        self.same.setdefault(_freeze(conditions), index)
        if rule.match is not None:
            self.patterns[index] = rule.match
            others = _freeze({k: v for k, v in conditions.items() if k != "match"})
            self.groups.setdefault(others, _GlobGroup()).add(rule.match, index)

    def _glob(self, index: int) -> UrlGlob | None:
        """The compiled glob of an indexed rule, compiled when first needed (most never are)."""
        if index not in self.globs:
            try:
                self.globs[index] = compile_url_glob(self.patterns[index])
            except ValueError:
                self.globs[index] = None
        return self.globs[index]

    def first_cover(self, rule: Rule) -> int | None:
        """The first indexed rule that covers `rule`, if any."""
        conditions = rule.conditions()
        found = [i for i in (self.catch_all, self.same.get(_freeze(conditions))) if i is not None]
        best = min(found, default=None)
        if rule.match is None:
            return best
        others = _freeze({k: v for k, v in conditions.items() if k != "match"})
        group = self.groups.get(others)
        if group is None:
            return best
        host, port, path = concrete_example(rule.match)
        for indices in group.candidates(host, path):
            for i in indices:
                if best is not None and i >= best:
                    break
                self.spent += 1
                glob = self._glob(i)
                if glob is not None and glob.matches(host, port, path):
                    best = i
                    break
        return best
