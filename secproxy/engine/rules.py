"""Rules compiled once per config snapshot, matched first-match-wins.

Matching is indexed by host: for each host seen, the rules that could apply to it are
worked out once and cached, so a request against a 100-rule config only tests the few
rules that name its host (or no host at all). The outcome itself is remembered per
request shape (host, path, method, port, tool, surface, direction) when none of those
rules looks at who asks or at the session's taint: agents repeat the same endpoints.

A path is matched as the servers behind the proxy may read it, not only as sent: many
route without regard to case (Express, ASP.NET, IIS, anything on a case-insensitive file
system) and some decode an encoded slash or backslash before routing (nginx). A path
holding an upper-case letter or `%2F`/`%5C` is matched a second time, read that way (the
rules' path globs without case, `%2F`/`%5C` as `/`, runs of slashes merged), and the
stricter outcome of the two readings decides: `/ADMIN/x` and `/%2Fadmin/x` meet a deny
rule on `/admin/**`. A rule written with capitals still matches its own path, and when
any rule's path has one, every path is read without case too (`/admin/x` meets a deny
rule on `/Admin/**`); a path read two ways is refused when either reading is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from secproxy.config.rules import RateLimitPolicy, Rule, TimeRestrictionPolicy
from secproxy.engine.limits import CompiledLimit
from secproxy.globs import UrlGlob, compile_url_glob, name_glob, path_glob, split_url_glob
from secproxy.model import Action, Decision, Direction, Surface

ACTION_DECISION = {
    "allow": Decision.ALLOW,
    "log": Decision.ALLOW,
    "deny": Decision.BLOCK,
    "require_approval": Decision.REQUIRE_APPROVAL,
}
_CACHE_LIMIT = 8192
_MEMO_PATH = 256
"""Longest path whose match outcome is remembered (a longer one is matched each time)."""
_READ_OTHERWISE = re.compile(r"[A-Z\\]|%(?:2[Ff]|5[Cc])")
"""What makes a path read differently by some servers (see the module docstring)."""
_ENCODED_SEPARATOR = re.compile(r"%(?:2[Ff]|5[Cc])|\\")
_SLASHES = re.compile(r"/{2,}")
_CAPITAL = re.compile(r"[A-Z]")
_STRICTNESS = {Decision.ALLOW: 0, Decision.REQUIRE_APPROVAL: 1, Decision.BLOCK: 2}


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule ready to match: globs compiled, lists turned into sets."""

    index: int
    name: str
    rule: Rule
    url: UrlGlob | None
    host: re.Pattern[str] | None
    path: re.Pattern[str] | None
    url_path_folded: re.Pattern[str] | None
    """The `match` glob's path without case (the other reading of a path)."""
    path_folded: re.Pattern[str] | None
    """The `path` glob without case."""
    methods: frozenset[str] | None
    tools: tuple[re.Pattern[str], ...] | None
    surfaces: frozenset[Surface] | None
    directions: frozenset[Direction] | None
    principals: tuple[re.Pattern[str], ...] | None
    rate_limits: tuple[CompiledLimit, ...]
    """Its `rate_limit` policies, compiled (scope `rule:<name>#<policy index>`)."""
    time_windows: tuple[TimeRestrictionPolicy, ...]
    personal: bool
    """Whether matching depends on more than the request's shape (principals,
    min_taint): then no outcome involving this rule is remembered."""

    @property
    def decision(self) -> Decision:
        return ACTION_DECISION[self.rule.action]

    @property
    def enforce(self) -> bool:
        return self.rule.mode == "enforce"

    def could_match_host(self, host: str | None) -> bool:
        """Host-only pre-check used to build the per-host candidate list."""
        if self.url is not None:
            if host is None:
                return False
            if self.url.host_literal is not None:
                if host != self.url.host_literal:
                    return False
            elif not self.url.host.match(host):
                return False
        if self.host is not None:
            return host is not None and bool(self.host.match(host))
        return True

    def matches_rest(self, action: Action, taint: int, other: str | None = None) -> bool:
        """Every non-host condition (the host was checked when the candidates were built);
        with `other`, the path read otherwise (`other_reading`) against the globs without
        case."""
        t = action.target
        if self.surfaces is not None and action.surface not in self.surfaces:
            return False
        if self.directions is not None and action.direction not in self.directions:
            return False
        path = t.path if other is None else other
        if self.url is not None:
            if self.url.port is not None and t.port != self.url.port:
                return False
            glob = self.url.path if other is None else self.url_path_folded
            if glob is not None and not glob.match(path or "/"):
                return False
        if self.path is not None:
            glob = self.path if other is None else self.path_folded
            if path is None or glob is None or not glob.match(path):
                return False
        if self.methods is not None and (t.method or "").upper() not in self.methods:
            return False
        if self.tools is not None:
            if t.tool is None or not any(g.match(t.tool) for g in self.tools):
                return False
        if self.principals is not None:
            keys = action.principal.keys()
            if not any(g.match(k) for g in self.principals for k in keys):
                return False
        return self.rule.min_taint is None or taint >= self.rule.min_taint


def _folded(glob: re.Pattern[str] | None) -> re.Pattern[str] | None:
    return None if glob is None else re.compile(glob.pattern, glob.flags | re.IGNORECASE)


def other_reading(path: str | None) -> str | None:
    """`path` as a server that routes without case or decodes an encoded slash may read
    it (`%2F` and `%5C` as `/`, runs of slashes merged), or None when no server reads it
    otherwise. Case is left to the folded globs."""
    if path is None or _READ_OTHERWISE.search(path) is None:
        return None
    if "%" in path or "\\" in path:
        path = _SLASHES.sub("/", _ENCODED_SEPARATOR.sub("/", path))
    return path


def compile_rule(index: int, name: str, rule: Rule) -> CompiledRule:
    url = compile_url_glob(rule.match) if rule.match else None
    path = path_glob(rule.path) if rule.path else None
    return CompiledRule(
        index=index,
        name=name,
        rule=rule,
        url=url,
        host=name_glob(rule.host) if rule.host else None,
        path=path,
        url_path_folded=_folded(url.path) if url is not None else None,
        path_folded=_folded(path),
        methods=frozenset(rule.methods) if rule.methods is not None else None,
        tools=tuple(name_glob(t) for t in rule.tools) if rule.tools is not None else None,
        surfaces=frozenset(rule.surfaces) if rule.surfaces is not None else None,
        directions=frozenset(rule.directions) if rule.directions is not None else None,
        principals=(
            tuple(name_glob(p) for p in rule.principals) if rule.principals is not None else None
        ),
        rate_limits=tuple(
            CompiledLimit(name, f"rule:{name}#{i}", p, rule=name)
            for i, p in enumerate(rule.policies) if isinstance(p, RateLimitPolicy)
        ),
        time_windows=tuple(p for p in rule.policies if isinstance(p, TimeRestrictionPolicy)),
        personal=rule.principals is not None or rule.min_taint is not None,
    )


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """The rule that decides, plus report-mode rules that matched before it."""

    rule: CompiledRule | None
    reported: tuple[CompiledRule, ...] = ()


class RuleSet:
    """An ordered, compiled list of rules."""

    def __init__(self, rules: Sequence[Rule], names: Sequence[str],
                 default: Decision = Decision.ALLOW):
        self.rules = tuple(compile_rule(i, names[i], r) for i, r in enumerate(rules))
        self.default = default
        self._capitals = any(
            path is not None and _CAPITAL.search(path) for r in self.rules
            for path in (r.rule.path, split_url_glob(r.rule.match)[2] if r.rule.match else None))
        """A path glob holds a capital: every path is then read without case too (a
        lower-case `/admin/x` meets a deny rule on `/Admin/**` where routes ignore case)."""
        """What decides when no rule matches (`engine.default_action`): how strict a
        reading that matches no rule is, when a path's two readings are compared."""
        self._by_host: dict[str | None, tuple[CompiledRule, ...]] = {}
        self._outcomes: dict[tuple[Any, ...], RuleMatch] = {}
        """Match outcomes by request shape (see the module docstring)."""

    def __len__(self) -> int:
        return len(self.rules)

    def candidates(self, host: str | None) -> tuple[CompiledRule, ...]:
        """Rules that could match `host`, in order; cached per host."""
        found = self._by_host.get(host)
        if found is None:
            found = tuple(r for r in self.rules if r.could_match_host(host))
            if len(self._by_host) >= _CACHE_LIMIT:
                self._by_host.clear()
            self._by_host[host] = found
        return found

    def match(self, action: Action, taint: int = 0) -> RuleMatch:
        """First enforce-mode rule that matches; report-mode matches before it are kept."""
        t = action.target
        shape = (t.host, t.path, t.method, t.port, t.tool, action.surface, action.direction)
        outcomes = self._outcomes
        found = outcomes.get(shape)
        if found is not None:
            return found
        candidates = self.candidates(t.host)
        found = _first(candidates, action, taint, None)
        other = other_reading(t.path)
        if other is None and self._capitals:
            other = t.path
        if other is not None:
            otherwise = _first(candidates, action, taint, other)
            if self._strictness(otherwise) > self._strictness(found):
                found = otherwise
        path = t.path
        if (path is None or len(path) <= _MEMO_PATH) and not any(
                r.personal for r in candidates):
            if len(outcomes) >= _CACHE_LIMIT:
                outcomes.clear()
            outcomes[shape] = found
        return found

    def _strictness(self, found: RuleMatch) -> int:
        return _STRICTNESS[found.rule.decision if found.rule is not None else self.default]


def _first(candidates: Sequence[CompiledRule], action: Action, taint: int,
           other: str | None) -> RuleMatch:
    """The first enforce-mode rule of `candidates` that matches (the path read as
    `other` when given), with the report-mode rules that matched before it."""
    reported: list[CompiledRule] = []
    for rule in candidates:
        if rule.matches_rest(action, taint, other):
            if rule.enforce:
                return RuleMatch(rule, tuple(reported))
            reported.append(rule)
    return RuleMatch(None, tuple(reported))
