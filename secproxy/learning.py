"""Learning mode: a minimal allow-list of rules proposed from the traffic in the ledger.

`suggest(records)` reads ledger rows (mappings with the ledger's columns) and proposes
rules that allow the observed allowed traffic and nothing much besides, ending with a
rule that denies everything else: per surface and host for HTTP traffic (many
subdomains of one registrable domain collapse into `*.domain`; methods and path
prefixes are kept where they narrow), per surface and server for tool calls. Each rule
carries how much traffic it covers; the traffic that was refused in the window is
matched against the proposal with the engine's own rule matcher, so the report says
which of it the new rules would still refuse. `suggest` is pure (no I/O, no clock);
`suggest_from_ledger` feeds it from a ledger reader.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml

from secproxy.audit.query import Filters, LedgerReading
from secproxy.config.rules import Rule
from secproxy.engine.rules import RuleSet
from secproxy.learning_names import (
    common_prefix,
    host_groups,
    one_line,
    path_prefix,
    url_path,
)
from secproxy.model import Action, Direction, Surface, Target

ALLOWED = frozenset({"allow", "allow_with_redaction"})
REFUSED = frozenset({"block", "require_approval", "challenge"})
HTTP_SURFACES = frozenset({"egress", "llm"})
RPC_SURFACES = frozenset({"ws", "mcp"})
MAX_PREFIXES = 3
"""Most path prefixes kept for one host; with more, the host's rule has no path."""
MAX_METHODS = 4
"""Most methods listed on one rule; with more, the rule leaves methods out."""
CATCH_ALL = "deny-everything-else"


@dataclass(frozen=True, slots=True)
class Shape:
    """What a rule can tell apart in one ledger record."""

    surface: str
    direction: str
    host: str | None
    port: int | None
    path: str | None
    method: str | None
    tool: str | None

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Shape:
        surface = str(row["surface"])
        path = None
        if surface in HTTP_SURFACES or surface == "ws":
            path = url_path(row.get("url"))
        return cls(surface, str(row.get("direction") or "request"), row.get("host"),
                   row.get("port"), path, row.get("method"), row.get("tool"))

    def action(self) -> Action:
        """The action the engine would match rules against for this record."""
        return Action(
            surface=Surface(self.surface), direction=Direction(self.direction),
            target=Target(host=self.host, port=self.port, path=self.path,
                          method=self.method, tool=self.tool),
        )


@dataclass(slots=True)
class SuggestedRule:
    """One proposed rule and the observed traffic it covers."""

    rule: dict[str, Any]
    """The rule as it goes into the rules file."""
    count: int
    """Allowed records in the window that it covers."""
    notes: list[str] = field(default_factory=list)
    """What it covers, for the comment above it (methods, hosts, tools with counts)."""


@dataclass(slots=True)
class Refusal:
    """Refused traffic of one shape in the window, and what the proposal does with it."""

    shape: Shape
    count: int
    decisions: dict[str, int]
    reason: str | None
    """The ledger's reason for one of them (already masked there)."""
    rule: str | None
    """The proposed rule that would decide it (enforced): `deny-everything-else` or
    another deny rule when the proposal refuses it too; an allow rule when only the
    proxy's guards or other rules refused it."""
    still_refused: bool
    """Whether the proposed rules refuse it themselves."""

    def to_dict(self) -> dict[str, Any]:
        s = self.shape
        return {"surface": s.surface, "direction": s.direction, "host": s.host,
                "method": s.method, "path": s.path, "tool": s.tool, "count": self.count,
                "decisions": self.decisions, "reason": self.reason, "rule": self.rule,
                "still_refused": self.still_refused}


@dataclass(slots=True)
class Suggestion:
    """The proposed rules file: rules with counts, and the refused traffic."""

    rules: list[SuggestedRule]
    refused: list[Refusal]
    allowed: int
    """Allowed records read."""
    left_out: list[tuple[str, int]] = field(default_factory=list)
    """Rules not proposed because they covered fewer than `min_count` records."""
    uncovered: int = 0
    """Allowed records the proposal would not allow (left out by `min_count`)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "allowed": self.allowed,
            "rules": [{**r.rule, "count": r.count, "covers": r.notes} for r in self.rules],
            "refused": [r.to_dict() for r in self.refused],
            "left_out": [{"what": name, "count": n} for name, n in self.left_out],
            "uncovered": self.uncovered,
        }

    def to_yaml(self, *, header: Sequence[str] = ()) -> str:
        """A rules file for `secproxy rules apply` or a config's `rules:`, with comments."""
        out = [f"# {one_line(line)}" for line in header]
        allows = sum(r.rule["action"] == "allow" for r in self.rules)
        out.append(f"# {self.allowed} allowed records, {self.allowed - self.uncovered} "
                   f"covered by {allows} allow rules; the last rule refuses everything else.")
        out.append("rules:")
        for r in self.rules:
            notes = [one_line(n) for n in r.notes if n]
            if r.rule["action"] == "deny":
                out.append("  # refuses " + "; ".join(notes))
            else:
                out.append(f"  # {r.count} record{'s' if r.count != 1 else ''}"
                           + (": " + "; ".join(notes) if notes else ""))
            # ASCII only: every other character escaped, so nothing in a host or tool
            # name can break a line of the file.
            body = yaml.safe_dump([r.rule], sort_keys=False, default_flow_style=False,
                                  allow_unicode=False, width=1000)
            out.extend("  " + line for line in body.rstrip("\n").split("\n"))
        for name, n in self.left_out:
            out.append(f"  # left out: {one_line(name)} ({n})")
        if self.refused:
            out.append("")
            out.append("# Refused in the window (blocked or held), and under these rules:")
            out.extend("#   " + one_line(_refusal_line(r)) for r in self.refused)
        return "\n".join(out) + "\n"


def _methods(counts: Counter[str | None]) -> list[str] | None:
    methods = sorted({m.upper() for m in counts if m})
    if not methods or len(methods) > MAX_METHODS or None in counts:
        return None
    return methods


def _count_note(counts: Counter[Any], what: str = "") -> str:
    if set(counts) == {None}:
        return ""
    parts = [f"{k if k is not None else '-'} {n}" for k, n in counts.most_common(8)]
    more = len(counts) - 8
    return (what + " " if what else "") + ", ".join(parts) + (f", +{more} more" if more > 0
                                                                 else "")


class _Names:
    def __init__(self) -> None:
        self.used: set[str] = {CATCH_ALL}

    def __call__(self, *parts: str | None) -> str:
        base = "-".join(re.sub(r"[^a-z0-9.]+", "-", p.lower()).strip("-")
                        for p in parts if p) or "rule"
        name, n = base, 2
        while name in self.used:
            name, n = f"{base}-{n}", n + 1
        self.used.add(name)
        return name


def _http_rules(surface: str, shapes: Counter[Shape], names: _Names) -> list[SuggestedRule]:
    by_host: dict[str, Counter[Shape]] = defaultdict(Counter)
    for shape, n in shapes.items():
        by_host[shape.host or ""][shape] += n
    out: list[SuggestedRule] = []
    for glob, hosts in sorted(host_groups(h for h in by_host if h).items()):
        group: Counter[Shape] = Counter()
        for h in hosts:
            group.update(by_host[h])
        by_first: dict[str, Counter[Shape]] = defaultdict(Counter)
        for shape, n in group.items():
            first = path_prefix(shape.path).split("/")[1] if shape.path else ""
            by_first[first][shape] += n
        prefixes = [common_prefix(path_prefix(s.path) if s.path else "/" for s in part)
                    for part in by_first.values()]
        # A root path or too many prefixes: one rule for the host, without a path.
        narrow = (surface != "connect" and len(prefixes) <= MAX_PREFIXES
                  and "/" not in prefixes)
        parts: list[tuple[Counter[Shape], str | None]] = (
            list(zip(by_first.values(), prefixes, strict=True)) if narrow else [(group, None)])
        for part, prefix in parts:
            rule: dict[str, Any] = {"name": "", "surfaces": [surface], "host": glob}
            if prefix is not None:
                rule["path"] = prefix + "/**"
            methods: Counter[str | None] = Counter()
            for s, n in part.items():
                methods[s.method] += n
            if surface != "connect" and (listed := _methods(methods)):
                rule["methods"] = listed
            rule["action"] = "allow"
            rule["name"] = names(surface, glob.replace("*.", "any."),
                                 prefix.strip("/").split("/")[0] if prefix else None)
            notes = [_count_note(methods)]
            if len(hosts) > 1:
                host_counts = Counter({h: sum(n for s, n in part.items() if s.host == h)
                                       for h in hosts})
                notes.append(_count_note(+host_counts, "hosts"))
            out.append(SuggestedRule(rule, sum(part.values()), notes))
    return out


def _tool_rules(surface: str, shapes: Counter[Shape], names: _Names
                ) -> tuple[list[SuggestedRule], list[SuggestedRule]]:
    """Tool calls by server, then the rest of the surface's traffic (RPC methods, answers,
    text checks); the second list needs other tools refused before it."""
    tools: dict[str | None, Counter[str]] = defaultdict(Counter)
    rest: dict[str | None, dict[str, Counter[str | None]]] = defaultdict(
        lambda: defaultdict(Counter))
    for s, n in shapes.items():
        if s.tool:
            tools[s.host][s.tool] += n
        else:
            kind = s.direction if s.direction != "request" or s.surface not in RPC_SURFACES \
                else "methods"
            rest[s.host][kind][s.method] += n
    allow: list[SuggestedRule] = []
    for host, counts in sorted(tools.items(), key=lambda kv: kv[0] or ""):
        rule: dict[str, Any] = {"name": names(surface, host, "tools"), "surfaces": [surface]}
        if host:
            rule["host"] = host
        rule.update(tools=sorted(counts), action="allow")
        allow.append(SuggestedRule(rule, sum(counts.values()), [_count_note(counts, "tools")]))
    after: list[SuggestedRule] = []
    for host, kinds in sorted(rest.items(), key=lambda kv: kv[0] or ""):
        for kind, methods in sorted(kinds.items()):
            rule = {"name": names(surface, host, kind), "surfaces": [surface]}
            if host:
                rule["host"] = host
            listed = _methods(methods) if kind == "methods" else None
            if listed:
                rule["methods"] = listed
            else:
                rule["directions"] = [kind if kind != "methods" else "request"]
            rule["action"] = "allow"
            after.append(SuggestedRule(rule, sum(methods.values()), [_count_note(methods)]))
    return allow, after


def suggest(
    records: Iterable[Mapping[str, Any]],
    *,
    min_count: int = 1,
    surfaces: Sequence[str] | None = None,
    mode: Literal["enforce", "report"] = "enforce",
) -> Suggestion:
    """Propose rules covering the allowed records; report what the refused ones meet.

    `surfaces` limits the final deny rule to those surfaces (the proposal then says
    nothing about the others). `mode: report` makes the deny rules shadows, to watch
    what they would refuse before enforcing them."""
    allowed: dict[str, Counter[Shape]] = defaultdict(Counter)
    refused: Counter[Shape] = Counter()
    decisions: dict[Shape, Counter[str]] = defaultdict(Counter)
    reasons: dict[Shape, str | None] = {}
    unmatchable = 0
    for row in records:
        if row["surface"] == Surface.OPERATOR:
            continue
        shape = Shape.of(row)
        if row["decision"] in ALLOWED:
            if "*" in (shape.host or "") or "*" in (shape.tool or ""):
                unmatchable += 1  # a rule would read the `*` as a wildcard
                continue
            allowed[shape.surface][shape] += 1
        elif row["decision"] in REFUSED:
            refused[shape] += 1
            decisions[shape][str(row["decision"])] += 1
            reasons.setdefault(shape, row.get("reason"))
    names = _Names()
    tool_allow: list[SuggestedRule] = []
    rest: list[SuggestedRule] = []
    denials: list[SuggestedRule] = []
    for surface in sorted(allowed):
        shapes = allowed[surface]
        tooled = Counter({s: n for s, n in shapes.items() if s.tool})
        plain = Counter({s: n for s, n in shapes.items() if not s.tool})
        if surface in HTTP_SURFACES or surface == "connect":
            rest += _http_rules(surface, plain, names)
            tool_only, after = _tool_rules(surface, tooled, names)
        else:
            tool_only, after = _tool_rules(surface, shapes, names)
        tool_allow += tool_only
        rest += after
        if tool_only and (after or surface in HTTP_SURFACES):
            denials.append(SuggestedRule(
                {"name": names("deny-other", surface, "tools"), "surfaces": [surface],
                 "tools": ["*"], "action": "deny",
                 "reason": "a tool not seen while learning"}, 0,
                ["the tools not seen while learning (the rules below name none)"]))
    kept = [r for r in tool_allow + rest if r.count >= min_count]
    left_out = [(f"{r.rule['name']}, seen fewer times than --min-count", r.count)
                for r in tool_allow + rest if r.count < min_count]
    if unmatchable:
        left_out.append(("hosts or tools with `*` in their name (a rule would read a "
                         "wildcard)", unmatchable))
    catch_all: dict[str, Any] = {"name": CATCH_ALL}
    if surfaces:
        catch_all["surfaces"] = sorted(surfaces)
    catch_all.update(action="deny", reason="not seen while learning")
    firsts = {id(r) for r in tool_allow}
    ordered = ([r for r in kept if id(r) in firsts] + denials
               + [r for r in kept if id(r) not in firsts])
    ordered.append(SuggestedRule(catch_all, 0, ["everything the rules above do not allow"]))
    # Matched as if enforced, also when the deny rules are written as report-mode shadows.
    ruleset = compile_rules([r.rule for r in ordered])
    if mode == "report":
        for r in ordered:
            if r.rule["action"] == "deny":
                r.rule["mode"] = "report"
    refusals = []
    for shape, n in refused.most_common():
        found = ruleset.match(shape.action()).rule
        refusals.append(Refusal(
            shape, n, dict(decisions[shape]), reasons.get(shape),
            found.name if found is not None else None,
            found is None or found.rule.action == "deny"))
    uncovered = 0
    for counts in allowed.values():
        for shape, n in counts.items():
            found = ruleset.match(shape.action()).rule
            if found is None or found.rule.action != "allow":
                uncovered += n
    total = sum(sum(c.values()) for c in allowed.values()) + unmatchable
    return Suggestion(ordered, refusals, total, left_out, uncovered + unmatchable)


LEDGER_COLUMNS = ("surface", "direction", "host", "port", "url", "method", "tool",
                  "decision", "reason")
"""The ledger columns `suggest` reads."""
DECIDED_SURFACES = tuple(s.value for s in Surface if s is not Surface.OPERATOR)


def suggest_from_ledger(
    reader: LedgerReading,
    *,
    since: float | None,
    until: float | None = None,
    surfaces: Sequence[str] | None = None,
    min_count: int = 1,
    mode: Literal["enforce", "report"] = "enforce",
) -> Suggestion:
    """`suggest` over a window of a ledger, reading only the columns it needs, oldest
    first (the CLI and the control command share this)."""
    filters = Filters(since=since, until=until, surface=list(surfaces or DECIDED_SURFACES))
    return suggest(reader.columns(LEDGER_COLUMNS, filters), min_count=min_count,
                   surfaces=surfaces, mode=mode)


def compile_rules(rules: Sequence[Mapping[str, Any]]) -> RuleSet:
    """The engine's matcher over rules given as mappings (validated as the config is)."""
    models = [Rule.model_validate(dict(r)) for r in rules]
    return RuleSet(models, [m.name or f"rule-{i + 1}" for i, m in enumerate(models)])


def _refusal_line(r: Refusal) -> str:
    s = r.shape
    what = " ".join(p for p in (s.surface, s.direction if s.direction != "request" else None,
                                s.method, (s.host or "") + (s.path or ""), s.tool) if p)
    how = ", ".join(f"{d} {n}" for d, n in sorted(r.decisions.items()))
    if r.still_refused:
        verdict = f"still refused ({r.rule or 'no rule'})"
    else:
        verdict = f"allowed by rule {r.rule}; the guards decide as before"
    reason = f" — {r.reason}" if r.reason else ""
    return f"{what}: {r.count} ({how}){reason} → {verdict}"
