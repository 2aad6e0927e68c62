"""The pipeline stages, in the order `STAGES` declares.

kill switch → auth → state → identity → limits → rules → guards → session → destination →
approval. A stage either returns a final
`Verdict` (which stops the chain) or annotates the `Context` and returns None. Stages do
no socket I/O and do not catch their own exceptions: the pipeline's one boundary does.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from secproxy.aio import spawn
from secproxy.content import (
    Redaction,
    Role,
    Slot,
    across,
    apply_redactions,
    joined,
    merge_redactions,
    offsets,
)
from secproxy.engine.guard_runs import GuardRun, GuardTurns
from secproxy.engine.limits import within_time_window
from secproxy.engine.merged import MAX_SLOTS, Merged, joinable, split_block
from secproxy.engine.rules import RuleMatch
from secproxy.engine.shared import (
    SharedStateStage,
    refused_by_limit,
    shared_limits,
    uses_shared,
)
from secproxy.engine.tracking import FOREVER, PrincipalState
from secproxy.guards import SEVERITY_RANK, Guard, GuardContext, Hit
from secproxy.guards.allow import Allowlist
from secproxy.model import (
    Action,
    Decision,
    Direction,
    Finding,
    Principal,
    Severity,
    Surface,
    Verdict,
)
from secproxy.net.addresses import ResolveError
from secproxy.redact import token_kind

if TYPE_CHECKING:
    from secproxy.engine.guard_cache import SlotMemo
    from secproxy.engine.limits import CompiledLimit, Numbers
    from secproxy.engine.pipeline import Snapshot
    from secproxy.engine.windows import StreamWindow

log = logging.getLogger("secproxy.engine")
# Members bound once: a lookup on the enum class costs ~100 ns on 3.11 (hot path).
_ALLOW = Decision.ALLOW
_JOINED = Role.JOINED
READ_ONLY = frozenset({Role.HOST, Role.NAME, _JOINED})
"""Slots no mask can go into (a host name, header names, a joined view of values): a
sanitizing guard's hit there refuses the action."""
_APPROVAL = Decision.REQUIRE_APPROVAL


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
        "window",
        "guard_timings",
    )

    def __init__(self, snap: Snapshot, now: float, taint: int):
        self.snap = snap
        self.now = now
        self.match: RuleMatch | None = None
        self.base = _ALLOW
        self.findings: list[Finding] = []
        self.rule: str | None = None
        self.reason: str | None = None
        self.sanitized: str | None = None
        self.trusted = False
        self.logged = False
        self.shadow: list[str] = []
        self.taint = taint
        self.window: StreamWindow | None = None
        """A stream's look at its newest text (`windows.StreamWindow`), for the guards."""
        self.guard_timings: dict[str, float] | None = None

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


_BLOCKED_MESSAGES: dict[tuple[Any, ...], str] = {}


def blocked_message(st: PrincipalState, now: float) -> str:
    """Why a blocked principal is refused, who it is, and how an operator lifts it
    (built once per block and day: a blocked agent retrying is refused at full speed)."""
    memo = (st.key, st.blocked_until, st.block_reason, st.blocked_by, int(now // 86400))
    text = _BLOCKED_MESSAGES.get(memo)
    if text is None:
        if len(_BLOCKED_MESSAGES) >= 4096:
            _BLOCKED_MESSAGES.clear()
        text = _BLOCKED_MESSAGES[memo] = _blocked_text(st, now)
    return text


def _blocked_text(st: PrincipalState, now: float) -> str:
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


class KillSwitchStage:
    """First: while the kill switch covers the action's surface, everything is refused
    (`kill_switch` finding), whoever asks and whatever the rules say."""

    name = "kill_switch"

    def applies(self, snap: Snapshot) -> bool:
        return snap.kill_switch is not None and snap.kill_switch.on

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        switch = ctx.snap.kill_switch
        if switch is None or action.surface not in switch.surfaces:
            return None
        return ctx.final(Decision.BLOCK, Finding(
            self.name, "kill_switch", switch.message, Severity.CRITICAL))


class AuthStage:
    """Proxy credentials (`egress.users`), first: right ones name the principal (a user,
    with the client's address) for every later stage; missing ones are a challenge
    (answered 407), wrong ones a block that counts as a strike like any other. The
    credentials are cleared from the action once read."""

    name = "auth"

    def applies(self, snap: Snapshot) -> bool:
        return bool(snap.users)

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        users = ctx.snap.users
        if not users or action.surface not in _PROXIED:
            return None
        header, action.credentials = action.credentials, None
        result = users.authenticate(header)
        if result.user is not None:
            action.principal = Principal(user=result.user, ip=action.principal.ip)
            return None
        if result.problem == "wrong":
            claimed = result.claimed or ""
            # A client may put a token where the user name goes (`http://TOKEN@proxy`).
            action.metadata["claimed_user"] = (
                claimed if token_kind(claimed) is None else "[REDACTED]")
            return ctx.final(Decision.BLOCK, Finding(
                self.name, "proxy_auth_failed", "wrong proxy password", Severity.MEDIUM))
        return ctx.final(Decision.CHALLENGE, Finding(
            self.name, "proxy_auth_required", "proxy authentication required",
            Severity.MEDIUM))


_PROXIED = frozenset({Surface.EGRESS, Surface.CONNECT})


class IdentityStage:
    """Static blocklist, active blocks (strikes or manual), static allowlist. A principal
    with a valid credential (a user: a proxy user, proxy key or API key) meets the
    automatic blocks of its own key only: strikes of requests without one from the same
    address, or with the same agent name, lock out no keyed agent."""

    name = "identity"

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        tracker = ctx.snap.tracker
        keys = action.principal.keys()
        allowlist, blocklist = tracker.allowlist, tracker.blocklist
        for key in keys if allowlist else ():
            if key in allowlist:
                ctx.trusted = True
                return None
        for key in keys if blocklist else ():
            if key in blocklist:
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
        track_key = ctx.snap.track_key
        principal = action.principal
        own: tuple[str, ...] = (principal.key,)
        if track_key is not None:
            own = (principal.key, track_key(principal))
            keys = (*keys, own[1])
        st = tracker.active_block(keys, ctx.now, own if principal.user else None)
        if st is not None:
            return ctx.final(
                Decision.BLOCK,
                Finding(
                    self.name, "principal_blocked", blocked_message(st, ctx.now), Severity.HIGH
                ),
            )
        return None


class LimitsStage:
    """The matched rule's time windows, then the rate limits: the top-level `limits`
    of the action's surface and the matched rule's own (not a rule that denies: its
    requests are refused anyway). Each limit counts only the directions its `count`
    lists (requests by default). A request one limit refuses uses up none of the others
    (those that counted it already take it back)."""

    name = "limits"

    def check(self, action: Action, ctx: Context) -> Verdict | None | Any:
        rule = ctx.matched(action).rule
        if rule is not None and rule.rule.action == "deny":
            return None
        if rule is not None:
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
        limits = ctx.snap.global_limits
        if rule is not None and rule.rate_limits:
            limits = (*limits, *rule.rate_limits)
        if not limits:
            return None
        shared = uses_shared(ctx.snap)
        if shared is not None:  # state.backend redis: counted once across instances
            return shared_limits(self.name, action, ctx, limits, shared)
        store = ctx.snap.limiters
        now = ctx.now
        surface, direction = action.surface, action.direction
        counted: list[tuple[CompiledLimit, str, Numbers]] = []
        for limit in limits:
            # By default answers (response frames) do not use up requests; a limit of
            # tokens only is the LLM gateway's to count.
            if direction not in limit.count or not limit.requests or (
                    limit.surfaces is not None and surface not in limit.surfaces):
                continue
            key = limit.key(action)
            if limit.whitelisted and limit.exempt(key):
                continue
            numbers = limit.custom.get(key, limit.numbers) if limit.custom else limit.numbers
            hit = store.admit(limit, key, numbers, now)
            if hit is not None:
                for done, done_key, done_numbers in counted:
                    store.uncount(done, done_key, done_numbers)
                return refused_by_limit(self.name, ctx, limit, hit)
            counted.append((limit, key, numbers))
        return None


class RulesStage:
    """First matching rule wins; report-mode rules only leave a shadow note."""

    name = "rules"

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        match = ctx.match  # the limits stage, just before, looked it up
        if match is None:
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
    """Content guards over the action's slots (one slot of `content` when the surface
    gives none). Cheap guards run inline in their listed order, heavy ones in a worker
    pool and coroutine guards concurrently; each guard's policy turns its hits into
    findings: the worst action wins (block, then challenge), and the masks of every
    sanitizing guard are merged by span and applied together. The rewritten text goes
    to `content` (and `slots`), the text as it arrived stays in `original`. Actions that
    reach the stage in one turn of the event loop after the first wait for the next turn
    and are run together, guard by guard (`engine.guard_runs`)."""

    name = "guards"

    def applies(self, snap: Snapshot) -> bool:
        return bool(snap.guards)

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._turns = GuardTurns(self._run_batch)

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(
                max_workers=min(4, os.cpu_count() or 1), thread_name_prefix="secproxy-guard")
        return self._pool

    def check(self, action: Action, ctx: Context) -> Verdict | None | Any:
        guards: tuple[Guard, ...] = ctx.snap.guards
        if not guards:
            return None
        slots = action.slots
        if slots is None:
            if not action.content:
                return None
            slots = [Slot(_role(action), action.content)]
        elif not slots:
            return None
        direction, surface = action.direction, action.surface
        chosen = [g for g in guards if direction in g.policy.directions
                  and (g.policy.surfaces is None or surface in g.policy.surfaces)]
        if not chosen:
            return None
        gctx = GuardContext(action, ctx.taint, ctx.snap.viewer)
        cache = ctx.snap.guard_cache
        merged, inputs = _inputs(action, ctx, chosen, slots, gctx)
        # A stream's looks are each a new text: nothing there to reuse.
        memo = (cache.memo(slots, action, ctx.taint)
                if cache is not None and ctx.window is None and merged is None else None)
        run = GuardRun(action, ctx, chosen, slots, inputs, merged, memo,
                       ctx.snap.config.guards.strategy == "fail_fast")
        # A stream's look waits for its own text; other actions may wait for the loop's
        # next turn, to be run with the others of theirs (`guard_runs`).
        if ctx.window is None:
            waiting = self._turns.admit(run)
            if waiting is not None:
                return waiting
        for i in range(len(chosen)):
            if run.step(i, _failed, _stops):
                break
        return self._end(run)

    def _end(self, run: GuardRun) -> Verdict | None | Any:
        """The verdict of a run whose inline guards have all answered: at once, or a
        coroutine awaiting its heavy and coroutine guards."""
        if run.pending:
            return self._finish(run.action, run.ctx, run.chosen, run.results, run.slots,
                                run.fail_fast, run.pending, run.inputs, run.merged, run.memo)
        return self._combine(run.action, run.ctx, run.chosen, run.results, run.slots,
                             run.fail_fast)

    def _run_batch(self, runs: list[GuardRun]) -> None:
        """The runs that waited for this turn, guard by guard (see `guard_runs`); each
        run's verdict, or its failure, goes to its future."""
        live = [r for r in runs if r.future is not None and not r.future.done()]
        failures: dict[int, Exception] = {}
        for i in range(max((len(r.chosen) for r in live), default=0)):
            for n, run in enumerate(live):
                if run.stopped or n in failures or i >= len(run.chosen):
                    continue
                try:
                    run.step(i, _failed, _stops)
                except Exception as exc:
                    failures[n] = exc
                    for waiting in run.pending.values():
                        if inspect.iscoroutine(waiting):
                            waiting.close()
        for n, run in enumerate(live):
            future = run.future
            assert future is not None
            if n in failures:
                future.set_exception(failures[n])
                continue
            try:
                out = self._end(run)
            except Exception as exc:
                future.set_exception(exc)
                continue
            if inspect.iscoroutine(out):
                task = spawn(_settle(out, future), name="guards-heavy")
                future.add_done_callback(partial(_given_up, task, out, run.pending))
            else:
                future.set_result(out)

    async def _finish(self, action: Action, ctx: Context, chosen: list[Guard],
                      results: list[list[Hit] | None], slots: list[Slot], fail_fast: bool,
                      pending: dict[int, Any], inputs: list[tuple[list[Slot], GuardContext]],
                      merged: Merged | None, memo: SlotMemo | None) -> Verdict | None:
        loop = asyncio.get_running_loop()
        timed = ctx.guard_timings if ctx.guard_timings is not None else {}
        waits = [
            loop.run_in_executor(self._executor(), _timed_call, chosen[i], *inputs[i], timed,
                                 memo)
            if chosen[i] is p else _timed_async(p, chosen[i].name, timed)
            for i, p in pending.items()
        ]
        outs = await asyncio.gather(*waits, return_exceptions=True)
        for i, out in zip(pending, outs, strict=True):
            if isinstance(out, BaseException):
                if not isinstance(out, Exception):
                    raise out
                out = _failed(chosen[i], out, ctx)
            elif not isinstance(out, list):
                raise TypeError(f"guard {chosen[i].name} returned {type(out).__name__}, "
                                "not a list of hits (a heavy guard must not be async)")
            elif merged is not None and out and inputs[i][0] is merged.slots:
                out = merged.back(out)
            results[i] = out
        return self._combine(action, ctx, chosen, results, slots, fail_fast)

    def _combine(self, action: Action, ctx: Context, chosen: list[Guard],
                 results: list[list[Hit] | None], slots: list[Slot], fail_fast: bool
                 ) -> Verdict | None:
        worst: Decision | None = None
        deciding: Finding | None = None
        redactions: list[Redaction] = []
        starts = offsets(slots) if len(slots) > 1 else None
        findings = ctx.findings
        window = ctx.window
        settled = window.settled if window is not None else -1
        allow = ctx.snap.allow
        masks: dict[int, tuple[tuple[int, int], ...]] = {}  # per slot, its masks' spans
        joins: set[tuple[str, str]] = set()  # split keys found in a joined view
        for guard, hits in zip(chosen, results, strict=True):
            if not hits:
                continue
            policy = guard.policy
            floor = SEVERITY_RANK[policy.min_severity]
            for hit in hits:
                if SEVERITY_RANK[hit.severity] < floor:
                    continue
                if hit.span is not None and hit.span[1] <= settled:
                    continue  # a stream's earlier look judged it
                span = hit.span
                role = slots[hit.slot].role
                if role is _JOINED:
                    # Within one value, that value's own slot holds it; the view holds a
                    # split key once per run of values it spans: one finding.
                    if span is None or not across(slots[hit.slot], span):
                        continue
                    seen = (slots[hit.slot].text[span[0]:span[1]], hit.kind)
                    if seen in joins:
                        continue
                    joins.add(seen)
                if allow and _allowed(allow, ctx, action, guard, hit, slots):
                    continue
                if span is not None:
                    inside = masks.get(hit.slot)
                    if inside is None:
                        inside = masks[hit.slot] = _masks_in(slots[hit.slot].text)
                    if inside and _within(inside, span):
                        continue
                if hit.part:  # a further piece of a hit over several slots: its mask only
                    if (policy.action == "sanitize" and span is not None
                            and role not in READ_ONLY):
                        redactions.append(_redaction(ctx, hit, span, slots))
                    continue
                where = span
                if role is _JOINED:  # a view, not in the content
                    where = None
                elif span is not None and starts is not None:
                    where = (starts[hit.slot] + span[0], starts[hit.slot] + span[1])
                finding = Finding(guard.name, hit.category, hit.message, hit.severity, where,
                                  hit.kind)
                act = policy.action
                if act == "sanitize" and span is not None and role not in READ_ONLY:
                    redactions.append(_redaction(ctx, hit, span, slots))
                elif act == "log":
                    ctx.logged = True
                elif act == "challenge" and worst is None:
                    worst, deciding = Decision.CHALLENGE, finding
                    continue
                elif act != "challenge" and worst is not Decision.BLOCK:
                    # block, or sanitize of a hit without a span or in a host or header
                    # name (`READ_ONLY`): nothing it can mask, so the action is refused.
                    if deciding is not None:
                        findings.append(deciding)
                    worst, deciding = Decision.BLOCK, finding
                    continue
                findings.append(finding)
            if fail_fast and worst is not None:
                break
        if worst is not None and deciding is not None:
            return ctx.final(worst, deciding)
        if redactions:
            redactions = merge_redactions(redactions)
            if window is not None:
                window.redactions = redactions
            rewritten = apply_redactions(slots, redactions)
            text = joined([s for s in rewritten if s.role is not _JOINED]
                          if rewritten[-1].role is _JOINED else rewritten)
            if action.original is None:
                action.original = action.content
            action.content = ctx.sanitized = text
            if action.slots is not None:
                action.slots = rewritten
        return None


def _redaction(ctx: Context, hit: Hit, span: tuple[int, int], slots: list[Slot]) -> Redaction:
    """The mask of a sanitized hit's span: the guard's replacement, or the installation's
    deterministic mask of the text."""
    mask = hit.replacement
    if mask is None:
        mask = ctx.snap.masker.mask(hit.kind or hit.category,
                                    slots[hit.slot].text[span[0]:span[1]])
    return Redaction(hit.slot, span[0], span[1], mask)


def _allowed(allow: Allowlist, ctx: Context, action: Action, guard: Guard, hit: Hit,
             slots: list[Slot]) -> bool:
    """Whether `guards.allow` lists this hit as a known false positive."""
    kind = hit.kind or hit.category
    span = hit.span
    text = slots[hit.slot].text[span[0]:span[1]] if span is not None else ""
    target = action.target
    where = f"{target.host}{target.path or '/'}" if target.host else None
    return allow.allows(guard.name, kind, text, ctx.snap.masker.fingerprint(kind, text), where)


_MASK = re.compile(r"\[REDACTED(?::[A-Za-z0-9_.-]{1,64}){0,2}\]")


def _masks_in(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the masks already in a slot's text (`[REDACTED:kind:hex]`, put there
    by an earlier hop or a model echoing it): a hit within one is not a secret, and
    masking it again would only nest masks. Looked for once per slot, not once per hit
    (a search of the whole text: ~40 us for 64 KB)."""
    if "[REDACTED" not in text:
        return ()
    return tuple(m.span() for m in _MASK.finditer(text))


def _within(masks: tuple[tuple[int, int], ...], span: tuple[int, int]) -> bool:
    """Whether `span` lies within one of `masks`."""
    start, end = span
    return any(lo <= start and end <= hi for lo, hi in masks)


def _role(action: Action) -> Role:
    """The role of an action's content when the surface gave no slots."""
    if action.surface is Surface.WS:
        return Role.FRAME
    if action.surface is Surface.TOOL:
        return Role.TOOL_CALL if action.direction is Direction.REQUEST else Role.TOOL_RESULT
    return Role.BODY


def _stops(guard: Guard, hits: list[Hit], ctx: Context) -> bool:
    """Whether these hits make `guard` decide (block or challenge) under fail_fast."""
    policy = guard.policy
    if policy.action == "log" or not hits:
        return False
    floor = SEVERITY_RANK[policy.min_severity]
    settled = ctx.window.settled if ctx.window is not None else -1
    return any(SEVERITY_RANK[h.severity] >= floor
               and (policy.action != "sanitize" or h.span is None)
               and (h.span is None or h.span[1] > settled) for h in hits)


def _inputs(action: Action, ctx: Context, chosen: list[Guard], slots: list[Slot],
            gctx: GuardContext) -> tuple[Merged | None, list[tuple[list[Slot], GuardContext]]]:
    """What each guard reads: the action's slots, or, past `merged.MAX_SLOTS` of them
    (or with a private key begun in one and ended in another: `merged.split_block`),
    for the families that read each slot alone, the slots joined (`Merged`, with views
    of their own). A `joined_view` slot is read by the secrets family alone, and not
    when the slots are read merged."""
    if slots[-1].role is _JOINED:  # a `joined_view`, last: the secrets family's alone
        bare = slots[:-1]
        if len(bare) <= MAX_SLOTS and not split_block(bare):
            return None, [(slots if g.family == "secrets" else bare, gctx) for g in chosen]
        slots = bare  # (read joined by lines, as any action of that many slots)
    elif len(slots) <= MAX_SLOTS and (len(slots) < 2 or not split_block(slots)):
        return None, [(slots, gctx)] * len(chosen)
    merged = Merged(slots)
    joined = (merged.slots, GuardContext(action, ctx.taint, ctx.snap.viewer))
    return merged, [joined if joinable(g) else (slots, gctx) for g in chosen]


def _timed_call(guard: Guard, slots: list[Slot], gctx: GuardContext,
                timed: dict[str, float], memo: SlotMemo | None) -> Any:
    """A heavy guard in the worker pool, timed there (its wait for a worker left out)."""
    start = time.perf_counter()
    try:
        return guard.inspect(slots, gctx) if memo is None else memo.inspect(guard, slots, gctx)
    finally:
        timed[guard.name] = time.perf_counter() - start


async def _timed_async(waiting: Any, name: str, timed: dict[str, float]) -> Any:
    """A coroutine guard, timed from when it first runs to its result."""
    start = time.perf_counter()
    try:
        return await waiting
    finally:
        timed[name] = time.perf_counter() - start


async def _settle(verdict: Any, future: asyncio.Future[Verdict | None]) -> None:
    """Await a waiting run's heavy and coroutine guards (`GuardsStage._finish`) and hand
    its verdict, or its failure, to the future the pipeline awaits; the future given up
    (the stage timed out, the requester went away) cancels them."""
    try:
        out = await verdict
    except Exception as exc:
        if not future.done():
            future.set_exception(exc)
        return
    if not future.done():
        future.set_result(out)


def _given_up(task: asyncio.Task[None], out: Any, pending: dict[int, Any],
              future: asyncio.Future[Verdict | None]) -> None:
    """`_settle`'s task cancelled with the future it answers (a done callback). A task
    cancelled before it ran never awaits `out` nor the guards' coroutines it would have:
    they are closed here (not left to warn that they were never awaited)."""
    if not future.cancelled():
        return
    task.cancel()
    if inspect.getcoroutinestate(out) == inspect.CORO_CREATED:
        out.close()
        for waiting in pending.values():
            if inspect.iscoroutine(waiting) \
                    and inspect.getcoroutinestate(waiting) == inspect.CORO_CREATED:
                waiting.close()


def _failed(guard: Guard, exc: Exception, ctx: Context) -> list[Hit]:
    """A guard's failure: raised on to the pipeline's boundary (fail closed) unless its
    `on_error` is `allow`, which skips it with a finding."""
    if guard.policy.on_error != "allow":
        raise exc
    log.warning("guard %s failed, skipped (on_error: allow): %r", guard.name, exc)
    ctx.findings.append(Finding(guard.name, "guard_error", f"guard {guard.name} failed: {exc!r}",
                                Severity.HIGH))
    return []


class SessionStage:
    """The session's risk and chains: a call that completes a chain (a credential read
    earlier, an outbound send now) is escalated by the chain's action; past a threshold
    (`challenge_risk`, `approval_risk`, `max_risk`), every further call is."""

    name = "session"

    def applies(self, snap: Snapshot) -> bool:
        s = snap.config.sessions
        return (s.chains or s.max_risk is not None or s.approval_risk is not None
                or s.challenge_risk is not None)

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        if action.session is None or ctx.trusted:
            return None
        settings = ctx.snap.config.sessions
        tracker = ctx.snap.sessions
        if settings.chains:
            for chain in tracker.chains(action, ctx.findings, ctx.now):
                act = tracker.chain_actions.get(chain.name, "block")
                finding = Finding(self.name, "chain", chain.message(ctx.now), Severity.CRITICAL,
                                  kind=chain.name)
                if act == "block":
                    return ctx.final(Decision.BLOCK, finding)
                if act == "challenge":
                    return ctx.final(Decision.CHALLENGE, finding)
                ctx.findings.append(finding)
                if act == "log":
                    ctx.logged = True
                else:
                    ctx.base = Decision.REQUIRE_APPROVAL
                    ctx.reason = finding.message
        st = tracker.get(action.session, action.principal)
        if st is None:
            return None
        risk = round(tracker.risk_now(st, ctx.now), 3)
        if settings.max_risk is not None and risk >= settings.max_risk:
            return ctx.final(Decision.BLOCK, Finding(
                self.name, "session_risk",
                f"session {st.id} risk {risk:g} reached max_risk {settings.max_risk:g}",
                Severity.HIGH))
        if settings.approval_risk is not None and risk >= settings.approval_risk:
            ctx.base = Decision.REQUIRE_APPROVAL
            ctx.reason = (
                f"session {st.id} risk {risk:g} reached approval_risk {settings.approval_risk:g}"
            )
        elif settings.challenge_risk is not None and risk >= settings.challenge_risk:
            return ctx.final(Decision.CHALLENGE, Finding(
                self.name, "session_risk",
                f"session {st.id} risk {risk:g} reached challenge_risk "
                f"{settings.challenge_risk:g}", Severity.MEDIUM))
        return None


class ApprovalStage:
    """Last: everything else passed, so an approval is all that is left to ask for."""

    name = "approval"

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        if ctx.base is _APPROVAL:
            return Verdict(
                Decision.REQUIRE_APPROVAL,
                ctx.findings,
                rule=ctx.rule,
                reason=ctx.reason,
                shadow=ctx.shadow,
            )
        return None


class DestinationStage:
    """Where a permitted request may go: a CONNECT port on the allowed list, and every
    address its host resolves to passing SSRF protection (under the deciding rule's
    exemptions). The lookup happens here, after the rules, guards and session, so a host
    that is denied is never resolved (nor one waiting for an operator: `Engine.decide`
    checks it once approved); the addresses checked go on the target, and the surface connects to
    those only (a second, different DNS answer cannot slip in). A host that does not
    resolve is refused as `dns_failure` (not a strike; answered 502)."""

    name = "destination"

    def check(self, action: Action, ctx: Context) -> Verdict | None | Any:
        target = action.target
        host = target.host
        if not target.connects or host is None:
            return None
        if ctx.base is _APPROVAL:
            return None  # looked up once an operator approves (`Engine.decide`), not before
        snap = ctx.snap
        port = target.port or 80
        if action.surface is Surface.CONNECT and port not in snap.connect_ports:
            allowed = ", ".join(str(p) for p in sorted(snap.connect_ports)) or "none"
            return ctx.final(Decision.BLOCK, Finding(
                self.name, "connect_port",
                f"CONNECT to port {port} is not allowed (egress.allowed_connect_ports: "
                f"{allowed})", Severity.HIGH))
        dns = snap.config.egress
        known = snap.resolver.known(host, port, ttl=dns.dns_cache_ttl)
        if known is not None:
            return self._checked(action, ctx, known)
        return self._resolve(action, ctx, host, port)

    async def _resolve(self, action: Action, ctx: Context, host: str, port: int
                       ) -> Verdict | None:
        dns = ctx.snap.config.egress
        try:
            addresses = await ctx.snap.resolver.resolve(
                host, port, dns.connect_timeout, ttl=dns.dns_cache_ttl, size=dns.dns_cache_size)
        except ResolveError as exc:
            return ctx.final(Decision.BLOCK,
                             Finding(self.name, "dns_failure", str(exc), Severity.LOW))
        return self._checked(action, ctx, addresses)

    def _checked(self, action: Action, ctx: Context, addresses: list[Any]) -> Verdict | None:
        ssrf = ctx.snap.ssrf
        host = action.target.host or ""
        for address in addresses:
            problem = ssrf.problem(host, address, ctx.rule)
            if problem is not None:
                return ctx.final(Decision.BLOCK,
                                 Finding(self.name, "ssrf", problem, Severity.HIGH))
        action.target.addresses = addresses
        return None


STAGES = (
    KillSwitchStage(),
    AuthStage(),
    SharedStateStage(),
    IdentityStage(),
    LimitsStage(),
    RulesStage(),
    GuardsStage(),
    SessionStage(),
    DestinationStage(),
    ApprovalStage(),
)
"""The one ordered list of stages. A snapshot runs those that apply to its config (a
stage with an `applies(snapshot)` that says no is left out: no proxy users, no guards,
no session thresholds)."""
