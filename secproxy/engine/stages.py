"""The pipeline stages, in the order `STAGES` declares.

identity → limits → rules → guards → session → approval. A stage either returns a final
`Verdict` (which stops the chain) or annotates the `Context` and returns None. Stages do
no socket I/O and do not catch their own exceptions: the pipeline's one boundary does.
"""

from __future__ import annotations

import inspect
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from secproxy.engine.limits import limit_key, within_time_window
from secproxy.engine.rules import RuleMatch
from secproxy.engine.tracking import FOREVER, PrincipalState
from secproxy.guards import Guard, GuardResult
from secproxy.model import Action, Decision, Finding, Severity, Verdict

if TYPE_CHECKING:
    from secproxy.engine.pipeline import Snapshot


class Context:
    """Per-decision scratch space shared by the stages."""

    __slots__ = (
        "snap",
        "now",
        "match",
        "base",
        "findings",
        "rule",
        "reason",
        "sanitized",
        "trusted",
        "logged",
        "shadow",
        "taint",
    )

    def __init__(self, snap: Snapshot, now: float, taint: int):
        self.snap = snap
        self.now = now
        self.match: RuleMatch | None = None
        self.base = Decision.ALLOW
        self.findings: list[Finding] = []
        self.rule: str | None = None
        self.reason: str | None = None
        self.sanitized: str | None = None
        self.trusted = False
        self.logged = False
        self.shadow: list[str] = []
        self.taint = taint

    def matched(self, action: Action) -> RuleMatch:
        if self.match is None:
            self.match = self.snap.rules.match(action, self.taint)
        return self.match

    def final(self, decision: Decision, finding: Finding, **kw: Any) -> Verdict:
        self.findings.append(finding)
        return Verdict(
            decision,
            self.findings,
            rule=kw.pop("rule", self.rule),
            reason=kw.pop("reason", finding.message),
            shadow=self.shadow,
            **kw,
        )


def blocked_message(st: PrincipalState, now: float) -> str:
    """Why a blocked principal is refused, who it is, and how an operator lifts it."""
    until = st.blocked_until if st.blocked_until is not None else FOREVER
    if until == FOREVER:
        when = "until unblocked"
    else:
        end = datetime.fromtimestamp(until, UTC)
        today = end.date() == datetime.fromtimestamp(now, UTC).date()
        when = "until " + end.strftime("%H:%M:%S UTC" if today else "%Y-%m-%d %H:%M:%S UTC")
    why = st.block_reason or "no reason given"
    if st.blocked_by and st.blocked_by != "system" and st.blocked_by not in why:
        why += f" (by {st.blocked_by})"
    return (
        f"principal {st.key} is blocked {when}: {why}; "
        f"lift it with: secproxy users unblock {st.key}"
    )


class IdentityStage:
    """Static blocklist, active blocks (strikes or manual), static allowlist."""

    name = "identity"

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        tracker = ctx.snap.tracker
        keys = action.principal.keys()
        for key in keys:
            if key in tracker.allowlist:
                ctx.trusted = True
                return None
        for key in keys:
            if key in tracker.blocklist:
                return ctx.final(
                    Decision.BLOCK,
                    Finding(
                        self.name,
                        "principal_blocked",
                        f"principal {key} is on the blocklist (tracking.blocklist); lift it "
                        "by removing it from the config file and reloading (SIGHUP)",
                        Severity.HIGH,
                    ),
                )
        st = tracker.active_block(keys, ctx.now)
        if st is not None:
            return ctx.final(
                Decision.BLOCK,
                Finding(
                    self.name, "principal_blocked", blocked_message(st, ctx.now), Severity.HIGH
                ),
            )
        return None


class LimitsStage:
    """The matched rule's time windows and rate limits; a rate limit counts only the
    directions its `count` lists (requests by default)."""

    name = "limits"

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        rule = ctx.matched(action).rule
        if rule is None or rule.rule.action == "deny":
            return None
        for window in rule.time_windows:
            if not within_time_window(window, ctx.now):
                return ctx.final(
                    Decision.BLOCK,
                    Finding(
                        self.name,
                        "time_window",
                        f"outside the allowed time window of rule {rule.name} "
                        f"({window.allowed_hours_start}-{window.allowed_hours_end} "
                        f"{','.join(window.allowed_days)} {window.timezone})",
                        Severity.LOW,
                    ),
                    rule=rule.name,
                )
        if ctx.trusted:
            return None
        store = ctx.snap.limiters
        direction = action.direction
        for index, policy in rule.rate_limits:
            if direction not in policy.count:
                continue  # by default answers (response frames) do not use up requests
            wait = store.window(rule.name, index, policy).hit(limit_key(policy, action), ctx.now)
            if wait is not None:
                return ctx.final(
                    Decision.BLOCK,
                    Finding(
                        self.name,
                        "rate_limit",
                        f"rate limit of rule {rule.name}: {policy.limit} requests per "
                        f"{policy.window_seconds:g}s per {policy.per}",
                        Severity.LOW,
                    ),
                    rule=rule.name,
                    retry_after=wait,
                )
        return None


class RulesStage:
    """First matching rule wins; report-mode rules only leave a shadow note."""

    name = "rules"

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        match = ctx.matched(action)
        for reported in match.reported:
            ctx.shadow.append(f"{reported.decision} by rule {reported.name} (report mode)")
        rule = match.rule
        if rule is None:
            default = ctx.snap.config.engine.default_action
            ctx.rule = None
            if default == "deny":
                return ctx.final(
                    Decision.BLOCK,
                    Finding(
                        self.name, "default_deny", "no rule allows this (default_action: deny)"
                    ),
                )
            ctx.logged = default == "log"
            if default == "require_approval":
                ctx.base = Decision.REQUIRE_APPROVAL
                ctx.reason = "no rule matched (default_action: require_approval)"
            return None
        ctx.rule = rule.name
        ctx.reason = rule.rule.reason
        action_name = rule.rule.action
        if action_name == "deny":
            return ctx.final(
                Decision.BLOCK,
                Finding(
                    self.name, "denied_by_rule", rule.rule.reason or f"denied by rule {rule.name}"
                ),
                reason=rule.rule.reason or f"denied by rule {rule.name}",
            )
        if action_name == "log":
            ctx.logged = True
        elif action_name == "require_approval":
            ctx.base = Decision.REQUIRE_APPROVAL
            ctx.reason = rule.rule.reason or f"rule {rule.name} requires approval"
        return None


class GuardsStage:
    """Content guards; the worst guard action wins, sanitization chains."""

    name = "guards"

    async def _run_async(self, action: Action, ctx: Context, pending: list[Any]) -> Verdict | None:
        results = []
        for item in pending:
            results.append(await item if inspect.isawaitable(item) else item)
        return self._combine(action, ctx, results)

    def check(self, action: Action, ctx: Context) -> Verdict | None | Any:
        guards: tuple[Guard, ...] = ctx.snap.guards
        if not guards:
            return None
        results: list[Any] = []
        has_async = False
        for guard in guards:
            if guard.applies(action):
                result = guard.check(action)
                has_async = has_async or inspect.isawaitable(result)
                results.append(result)
        if has_async:
            return self._run_async(action, ctx, results)
        return self._combine(action, ctx, results)

    def _combine(self, action: Action, ctx: Context, results: list[GuardResult]) -> Verdict | None:
        worst = None
        for result in results:
            ctx.findings.extend(result.findings)
            if result.action == "block":
                worst = Decision.BLOCK
            elif result.action == "challenge" and worst is None:
                worst = Decision.CHALLENGE
            elif result.action == "sanitize" and result.sanitized is not None:
                ctx.sanitized = result.sanitized
                action.content = result.sanitized
        if worst is not None:
            reason = ctx.findings[-1].message if ctx.findings else "blocked by a guard"
            return Verdict(worst, ctx.findings, rule=ctx.rule, reason=reason, shadow=ctx.shadow)
        return None


class SessionStage:
    """Cumulative session risk: past a threshold, approval or block."""

    name = "session"

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        settings = ctx.snap.config.sessions
        st = ctx.snap.sessions.get(action.session)
        if st is None or ctx.trusted:
            return None
        if settings.max_risk is not None and st.risk >= settings.max_risk:
            return ctx.final(
                Decision.BLOCK,
                Finding(
                    self.name,
                    "session_risk",
                    f"session {st.id} risk {st.risk} reached max_risk {settings.max_risk}",
                    Severity.HIGH,
                ),
            )
        if settings.approval_risk is not None and st.risk >= settings.approval_risk:
            ctx.base = Decision.REQUIRE_APPROVAL
            ctx.reason = (
                f"session {st.id} risk {st.risk} reached approval_risk {settings.approval_risk}"
            )
        return None


class ApprovalStage:
    """Last: everything else passed, so an approval is all that is left to ask for."""

    name = "approval"

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        if ctx.base is Decision.REQUIRE_APPROVAL:
            return Verdict(
                Decision.REQUIRE_APPROVAL,
                ctx.findings,
                rule=ctx.rule,
                reason=ctx.reason,
                shadow=ctx.shadow,
            )
        return None


STAGES = (
    IdentityStage(),
    LimitsStage(),
    RulesStage(),
    GuardsStage(),
    SessionStage(),
    ApprovalStage(),
)
"""The one ordered list of stages."""
