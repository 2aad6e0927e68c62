"""The engine: one `decide()` for every surface.

The engine holds an immutable config snapshot (compiled rules, guards, settings). A
decision runs the stages in `STAGES` order under one fail-closed boundary, holds for an
operator when a rule asks for approval, updates strikes and session state, and publishes
the result on the event bus, secrets masked (`masking.py`). A reload validates and
compiles the new config completely before swapping it in; on any error the old snapshot
stays.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from secproxy.aio import deadline
from secproxy.config import Config, LoadedConfig, load_config
from secproxy.config.guards import viewer_of
from secproxy.config.restart import restart_needed
from secproxy.content import Redaction
from secproxy.engine.approvals import Approval, ApprovalBroker
from secproxy.engine.auth import ProxyUsers
from secproxy.engine.guard_cache import GuardCache
from secproxy.engine.killswitch import KillSwitch
from secproxy.engine.limits import CompiledLimit, LimiterStore, Numbers
from secproxy.engine.masking import Announced, EventMasker
from secproxy.engine.rules import ACTION_DECISION, RuleSet
from secproxy.engine.session import RiskStep, SessionTracker, family_of
from secproxy.engine.shared import UNAVAILABLE
from secproxy.engine.stages import STAGES, Context
from secproxy.engine.taint import TaintPolicy
from secproxy.engine.tracking import PrincipalTracker, track_function
from secproxy.engine.trail import trail_record
from secproxy.engine.windows import CONTEXT, StreamWindow, reach_of, render
from secproxy.errors import ConfigError
from secproxy.events import (
    ConfigEvent,
    DecisionEvent,
    Event,
    EventBus,
    IntentEvent,
    RecordEvent,
    listens,
)
from secproxy.guards import Guard, Masker, Viewer, raw_view
from secproxy.guards.allow import Allowlist
from secproxy.model import Action, Decision, Finding, Outcome, Severity, Verdict
from secproxy.net.dns import Resolver
from secproxy.net.ssrf import SsrfPolicy
from secproxy.redact import Redactor
from secproxy.state.backend import SharedState

log = logging.getLogger("secproxy.engine")
GuardFactory = Callable[[Config], Sequence[Guard]]
NO_STRIKE = frozenset(
    {
        "principal_blocked",  # already blocked: a strike would only extend the block
        "approval_denied",  # an operator's answer, not the agent misbehaving
        "approval_expired",
        "rate_limit",  # throttling is the limit's job; strikes are for violations
        "time_window",
        "dns_failure",  # the name does not resolve: nothing the agent did wrong
        "connection_limit",  # the proxy had no room
        "tunnel_limit",
        "too_many_connections",
        UNAVAILABLE,  # the shared state backend is down: nothing the agent did
    }
)
"""Blocks of these categories do not count as strikes."""
# Members bound once: a lookup on the enum class costs ~100 ns on 3.11 (hot path).
_ALLOW = Decision.ALLOW
_REDACTED = Decision.ALLOW_WITH_REDACTION
_APPROVAL = Decision.REQUIRE_APPROVAL
_PERMITTING = frozenset({_ALLOW, _REDACTED})


class Hold(StrEnum):
    """What `decide()` does when an operator's approval is required."""

    WAIT = "wait"
    """Wait for the operator (or the approval's expiry: a deny)."""
    RETURN = "return"
    """Answer at once with the pending approval."""
    PERMITTED = "permitted"
    """The caller holds an operator's approval of exactly this action (a permit it has
    verified): an approval the verdict asks for counts as given, nothing is opened.
    Every other stage still decides (a permitted action that trips a block blocks)."""


class Snapshot:
    """Everything a decision reads, compiled from one config."""

    def __init__(
        self,
        loaded: LoadedConfig,
        *,
        tracker: PrincipalTracker,
        sessions: SessionTracker,
        limiters: LimiterStore,
        guards: Sequence[Guard],
        resolver: Resolver,
        masker: Masker | None = None,
        viewer: Viewer = raw_view,
        kill_switch: KillSwitch | None = None,
        shared: SharedState | None = None,
    ):
        self.loaded = loaded
        self.config = loaded.config
        self.rules = RuleSet(
            self.config.rules, [self.config.rule_name(i) for i in range(len(self.config.rules))],
            ACTION_DECISION[self.config.engine.default_action],
        )
        self.tracker = tracker
        self.kill_switch = kill_switch
        """The engine's kill switch (state: outlives snapshots), checked first."""
        self.sessions = sessions
        self.limiters = limiters
        self.shared = shared
        """State shared with other instances (`state.backend: redis`); None: memory."""
        self.guards = tuple(guards)
        self.unbuilt = [g for g in self.guards if getattr(g, "built", False) is None]
        """Guards built on their first use (`runtime_guards.DeferredGuard`) not built yet:
        `Engine` builds those an action needs in a worker thread before deciding it."""
        self.global_limits = tuple(
            CompiledLimit(g.name, f"limit:{g.name}", g, surfaces=g.surfaces)
            for g in self.config.limits)
        """The top-level `limits`, compiled; a rule's own are on its compiled rule."""
        self.masker = masker or Masker()
        """The installation's deterministic masks (state: the engine's, shared)."""
        self.viewer = viewer
        """Makes the views every guard scans (raw only until a normaliser is set)."""
        self.allow = Allowlist.parse(self.config.guards.allow)
        """Known false positives the guards stage drops (`guards.allow`)."""
        entries = self.config.guards.cache_entries
        self.guard_cache = GuardCache(entries) if entries and self.guards else None
        """Findings of this snapshot's guards for texts they have seen (`guards.cache_entries`;
        None: off). Per snapshot: a reload never reuses a result of older settings."""
        self.resolver = resolver
        self.ssrf = SsrfPolicy(self.config)
        self.connect_ports = frozenset(self.config.egress.allowed_connect_ports)
        self.stage_timeout = self.config.engine.stage_timeout
        # The destination stage's DNS lookup has its own bound (connect_timeout), which
        # answers as dns_failure before the stage's timeout fails it closed.
        self._timeouts = {
            "destination": max(self.stage_timeout, self.config.egress.connect_timeout + 1)}
        self.taint = TaintPolicy(self.config)
        self.users = ProxyUsers(self.config)
        self._watched: dict[tuple[Any, Any], bool] = {}
        self.restage()

    def all_limits(self) -> list[CompiledLimit]:
        """Every configured rate limit: the top-level ones, then the rules' own."""
        return [*self.global_limits, *(lim for r in self.rules.rules for lim in r.rate_limits)]

    def watches(self, action: Action) -> bool:
        """Whether any guard looks at `action`'s direction and surface (the guards
        stage's own choice, kept per pair: a stream asks at every look)."""
        key = (action.direction, action.surface)
        known = self._watched.get(key)
        if known is None:
            direction, surface = key
            known = self._watched[key] = any(
                direction in g.policy.directions
                and (g.policy.surfaces is None or surface in g.policy.surfaces)
                for g in self.guards)
        return known

    def restage(self) -> None:
        """Pick the stages that apply (again: the kill switch was turned on or off)."""
        self._checks = tuple(
            (stage.name, stage.check, self._timeouts.get(stage.name, self.stage_timeout))
            for stage in STAGES
            if not hasattr(stage, "applies") or stage.applies(self)
        )
        self.guard_checks = tuple(c for c in self._checks if c[0] == "guards")
        self.destination_checks = tuple(
            c for c in self._checks if c[0] in ("kill_switch", "destination"))
        """What an approved action still has to pass: its lookup waited for the approval,
        and a kill switch turned on while it was held refuses it."""
        """Just the guards: what a stream runs on its growing text."""
        self.fail_open = self.config.engine.on_error == "allow"
        tracking = self.config.tracking
        self.strike_on = frozenset(
            Decision(d) for d in tracking.strike_on if d in ("block", "challenge"))
        self.strike_rate_limit = "rate_limit" in tracking.strike_on
        """`tracking.strike_on: [rate_limit]`: a 429 is a strike too."""
        self.strike_families = frozenset(
            s[len("family:"):] for s in tracking.strike_on if s.startswith("family:"))
        """Guard families any finding of which is a strike, whatever the decision."""
        self.track_key = track_function(tracking.track_by)
        """The key strikes and blocks are kept under; None: the principal's own."""

    async def run(self, action: Action, now: float, checks: tuple[Any, ...] | None = None
                  ) -> Verdict:
        """Run the stages (`checks`: a part of them); any stage error or timeout becomes a
        block (fail closed)."""
        session = action.session
        ctx = Context(self, now, self.sessions.taint_of(session, action.principal))
        timings: dict[str, float] = {}
        clock = time.perf_counter
        verdict: Verdict | None = None
        last = clock()
        # One clock reading per stage: each stage's time runs from the previous reading.
        for name, check, timeout in self._checks if checks is None else checks:
            try:
                result = check(action, ctx)
                if result is not None and result.__class__ is not Verdict:
                    if not inspect.isawaitable(result):
                        raise TypeError(f"stage returned {type(result).__name__}, not a Verdict")
                    # Awaited in this task under a deadline, not by `wait_for`: on 3.11 it
                    # returns a result that came in the turn its task was cancelled and
                    # drops the cancel (a batched guard run's future: `guard_runs`).
                    async with deadline(timeout):
                        result = await result
            except Exception as exc:  # the one boundary that turns failures into verdicts
                result = self._failure(name, exc, ctx)
            now_ = clock()
            timings[name] = now_ - last
            last = now_
            if result is not None:
                verdict = result
                break
        if verdict is None:
            sanitized = ctx.sanitized
            # Every field given: the dataclass's default factories would build lists and
            # a dict only to be replaced.
            return Verdict(_ALLOW if sanitized is None else _REDACTED, ctx.findings,
                           rule=ctx.rule, reason=ctx.reason, sanitized=sanitized,
                           timings=timings, shadow=ctx.shadow, logged=ctx.logged,
                           guard_timings=ctx.guard_timings)
        if ctx.sanitized is not None and verdict.sanitized is None:
            verdict.sanitized = ctx.sanitized
        verdict.logged = ctx.logged
        verdict.timings = timings
        verdict.guard_timings = ctx.guard_timings
        return verdict

    def _failure(self, stage: str, exc: Exception, ctx: Context) -> Verdict | None:
        what = "timed out" if isinstance(exc, TimeoutError) else f"failed: {exc!r}"
        # A traceback for a bug; none for a timeout or a failure already explained where
        # it began (`explained`: a guard that could not be built said why, once).
        log.error("stage %s %s", stage, what, exc_info=not (
            isinstance(exc, TimeoutError) or getattr(exc, "explained", False)))
        finding = Finding(stage, "stage_error", f"stage {stage} {what}", Severity.HIGH)
        if self.fail_open:
            ctx.findings.append(finding)
            return None
        return ctx.final(Decision.BLOCK, finding, reason=f"stage {stage} {what} (fail closed)")


class Announcement:
    """A decision not yet announced (`Engine.decide_unannounced`): `publish()` announces
    it, once (later calls do nothing)."""

    __slots__ = ("engine", "step", "action", "verdict")

    def __init__(self, engine: Engine, step: RiskStep | None, action: Action,
                 verdict: Verdict):
        self.engine: Engine | None = engine
        self.step = step
        self.action = action
        self.verdict = verdict

    def publish(self) -> None:
        engine, self.engine = self.engine, None
        if engine is not None:
            engine._announce(self.step, self.action, self.verdict)


@dataclass(slots=True)
class Tracked:
    """A decision whose ledger record is written when the surface is done with it."""

    action: Action
    verdict: Verdict
    outcome: Outcome
    announced: Announced | None = None
    """The decision as published (`Engine.track`): its masked copies go into the
    record when nothing they were made from changed since."""

    def copies(self) -> tuple[Action, Verdict] | None:
        """The published (masked) action and verdict, when still current."""
        announced = self.announced
        return None if announced is None else announced.copies(self.action, self.verdict)


class Tracking:
    """The async context manager behind `Engine.track` (a class: cheaper on the hot path
    than a generator-based one)."""

    __slots__ = ("engine", "action", "tracked")

    def __init__(self, engine: Engine, action: Action):
        self.engine = engine
        self.action = action
        self.tracked: Tracked | None = None

    async def __aenter__(self) -> Tracked:
        verdict, event = await self.engine._decide(self.action, Hold.WAIT)
        if self.engine.durable:
            try:
                await self.engine.intent(event.action, event.verdict, masked=True)
            except BaseException as exc:  # no block to leave: the record is written here
                outcome = Outcome(duration=0.0, error=f"not carried out: {type(exc).__name__}")
                self.engine.bus.emit(RecordEvent(event.action, event.verdict, outcome),
                                     masked=True)
                raise
        self.tracked = Tracked(self.action, verdict, Outcome(),
                               Announced(event, self.action, verdict))
        return self.tracked

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        tracked = self.tracked
        assert tracked is not None
        outcome = tracked.outcome
        if outcome.duration is None:
            outcome.duration = time.monotonic() - outcome.started
        # The announcement's masked copies when nothing changed since (most requests):
        # masking the same action again was a sixth of the bus's cost per request.
        copies = tracked.copies()
        record = (RecordEvent(tracked.action, tracked.verdict, outcome) if copies is None
                  else RecordEvent(copies[0], copies[1], outcome))
        if exc_type is not None:
            outcome.error = outcome.error or exc_type.__name__
            # No waiting while unwinding (cancellation): the durable queue takes it anyway.
            self.engine.bus.emit(record, masked=copies is not None)
            return
        # Backpressure only, even in strict durability: the intent written on the way in
        # already made this decision durable; waiting for the outcome's own commit would
        # only hold the connection's next request behind a second fsync.
        await self.engine.bus.publish(record, masked=copies is not None)


class Stream:
    """One streamed action (see `Engine.stream`). Each look scans only the newest text
    and a bounded reach before it (`windows`): the text before the settled point is
    rendered (masked) once and kept, findings get offsets in the whole text."""

    def __init__(self, engine: Engine, action: Action, verdict: Verdict):
        self.engine = engine
        self.action = action
        self.verdict = verdict
        """The stream's verdict so far: the opening decision, then the guards' worst."""
        self.outcome = Outcome()
        self._parts: list[str] = []
        self._ended = False
        self._opened = (verdict.decision, len(verdict.findings))
        self._known = {(f.stage, f.category, f.message, f.span) for f in verdict.findings}
        self._size = 0
        self._settled = 0
        """Where the settled text ends: no later look can change what comes before."""
        self._done: list[str] = []
        """The settled text, rendered (masked)."""
        self._done_masked = False
        self._tail = ""
        """The text from `_tail_at` on: what the next look scans."""
        self._tail_at = 0
        self._reach: tuple[Snapshot, int | None] | None = None
        self._provisional: list[Finding] = []
        """The last look's findings in text not yet settled."""

    @property
    def text(self) -> str:
        """Everything fed so far."""
        return "".join(self._parts)

    async def feed(self, chunk: str) -> Verdict | None:
        """Add `chunk` and run the guards on the text not yet settled. Returns a Verdict
        when the stream must change course: refused (stop it; the opening refusal
        included) or rewritten (`sanitized` holds the whole text so far, masked); None to
        go on."""
        if not self.verdict.permits:
            return self.verdict
        self._parts.append(chunk)
        self._size += len(chunk)
        snap = self.engine._snap
        if not snap.watches(self.action) and not self._done_masked and not self._provisional:
            # No guard looks at this stream: what a look would find is nothing, so none
            # runs (the tail catches up below if a reload brings a guard that does).
            return None
        if len(self._tail) + self._tail_at + len(chunk) == self._size:
            self._tail += chunk
        else:  # chunks fed while no guard looked are not in the tail yet
            self._tail = self.text[self._tail_at:]
        window, passed = await self._look(snap)
        settled = window.settled
        if any(r.start < settled for r in window.redactions):
            # A match that began in settled text (wider than the reach, or waiting on what
            # followed it): look at the whole text once and render it all again.
            self._tail, self._tail_at = self.text, 0
            self._settled, self._done, self._done_masked = 0, [], False
            window, passed = await self._look(snap)
        base = self._tail_at
        found = [dataclasses.replace(f, span=(f.span[0] + base, f.span[1] + base))
                 if f.span is not None and base else f for f in passed.findings]
        if not passed.permits:
            self._provisional = []
            self._record(found)
            self.verdict.decision = passed.decision
            self.verdict.reason = passed.reason
            return self.verdict
        masks = window.redactions
        masked = bool(masks) or self._done_masked
        if masked:
            rest = render(self._tail, masks, self._settled - base, len(self._tail))
            self.verdict.sanitized = "".join(self._done) + rest
            self.verdict.decision = Decision.ALLOW_WITH_REDACTION
        self._settle(masks, self._reach[1] if self._reach else None)
        # A finding in text not yet settled may change with what follows (a longer match,
        # or none): it counts once it is settled, or when the stream ends.
        settled = self._settled
        self._provisional = [f for f in found if f.span is not None and f.span[1] > settled]
        self._record([f for f in found if f.span is None or f.span[1] <= settled])
        return self.verdict if masked else None

    def _record(self, findings: list[Finding]) -> None:
        """Add findings to the stream's verdict, each once."""
        for finding in findings:
            key = (finding.stage, finding.category, finding.message, finding.span)
            if key not in self._known:
                self._known.add(key)
                self.verdict.findings.append(finding)

    async def _look(self, snap: Snapshot) -> tuple[StreamWindow, Verdict]:
        """Run the guards on the tail, hits in settled text skipped."""
        if self._reach is None or self._reach[0] is not snap:
            self._reach = (snap, reach_of(snap.guards, self.action))
        window = StreamWindow(self._settled - self._tail_at)
        action = self.action
        action.content, action.slots, action.original = self._tail, None, None
        checks = tuple((name, window.bind(check), timeout)
                       for name, check, timeout in snap.guard_checks)
        return window, await snap.run(action, self.engine.clock(), checks)

    def _settle(self, masks: list[Redaction], reach: int | None) -> None:
        """Move the settled point up to `CONTEXT` characters before the end (never into a
        mask: a match may still grow), keep its rendering, and drop the tail that the next
        look need not scan again."""
        base, tail = self._tail_at, self._tail
        point = max(self._settled, self._size - CONTEXT)
        for r in reversed(masks):
            if r.start + base < point < r.end + base:
                point = r.start + base
        if point > self._settled:
            done = render(tail, masks, self._settled - base, point - base)
            self._done.append(done)
            self._done_masked = self._done_masked or any(
                self._settled - base <= r.start < point - base for r in masks)
            self._settled = point
        keep = max(base, point - reach) if reach is not None else 0
        if keep > base:
            self._tail, self._tail_at = tail[keep - base:], keep

    async def end(self, outcome: Outcome | None = None) -> Verdict:
        """Close the stream: one ledger record with every finding (once, however often it
        is called)."""
        if not self._ended:
            self._ended = True
            self._record(self._provisional)
            out = outcome or self.outcome
            if out.duration is None:
                out.duration = time.monotonic() - out.started
            if self._parts:  # the record's content: the whole text, not the last window
                action = self.action
                action.content, action.original = self.text, None
                if self._done_masked or self.verdict.sanitized is not None:
                    action.original, action.content = action.content, self.verdict.sanitized
            if (self.verdict.decision, len(self.verdict.findings)) != self._opened:
                # Live views learn how the stream ended (same request id: an update).
                added = len(self.verdict.findings) - self._opened[1]
                self.engine.bus.emit(DecisionEvent(self.action, self.verdict, added=added))
            await self.engine.record(self.action, self.verdict, out)
        return self.verdict


def _no_guards(config: Config) -> Sequence[Guard]:
    return ()


async def _build_for(snap: Snapshot, action: Action) -> None:
    """Build, in a worker thread, the deferred guards of `snap` that `action` will meet:
    a cold build (a Hyperscan database compiled for this machine, a model read) takes
    seconds, during which the event loop (every surface) would otherwise stand still,
    and it is no stage's time (the stage timeout does not count it)."""
    needed = [g for g in snap.unbuilt if action.direction in g.policy.directions
              and (g.policy.surfaces is None or action.surface in g.policy.surfaces)]
    for guard in needed:
        try:
            await asyncio.to_thread(guard.build)  # type: ignore[attr-defined]
        except Exception:  # noqa: S110 (failed: logged by the build; the stage refuses)
            pass
        if guard in snap.unbuilt:
            snap.unbuilt.remove(guard)


class Engine:
    """The decision engine shared by every surface."""

    def __init__(
        self,
        loaded: LoadedConfig | None = None,
        *,
        bus: EventBus | None = None,
        clock: Callable[[], float] = time.time,
        guard_factory: GuardFactory = _no_guards,
        shared: SharedState | None = None,
    ):
        self.bus = bus or EventBus()
        self.shared = shared
        """State shared with other instances (`state.backend: redis`); None: memory."""
        self.clock = clock
        self.guard_factory = guard_factory
        self.tracker = PrincipalTracker(self.bus, clock)
        self.sessions = SessionTracker(self.bus, clock)
        self.approvals = ApprovalBroker(self.bus, clock)
        self.kill_switch = KillSwitch(self.bus, clock, on_change=self._restage)
        """Deny-all for chosen surfaces until lifted (persisted by the state store)."""
        self.bus.add_listener(self._trail)
        self.limiters = LimiterStore()
        self.resolver = Resolver()
        """Name resolution for the destination stage (state: survives reloads)."""
        self.masker = Masker()
        """Guard masks; a random key until the runtime gives the installation's
        (`Masker.rekey`)."""
        self.started = clock()
        self._snap = self._install(self._compile(loaded or load_config(env={})))
        self.durable = self._snap.config.audit.durability == "strict"
        """`audit.durability: strict`: decisions are durable before actions proceed. Read
        once, like the ledger's own setting (a reload says it needs a restart)."""

    # -- config -------------------------------------------------------------------

    def _compile(self, loaded: LoadedConfig) -> Snapshot:
        """Build a snapshot of `loaded`; raises when it cannot be compiled. Touches no
        state, so a failure leaves nothing to undo."""
        return Snapshot(
            loaded,
            tracker=self.tracker,
            sessions=self.sessions,
            limiters=self.limiters,
            guards=self.guard_factory(loaded.config),
            resolver=self.resolver,
            masker=self.masker,
            viewer=viewer_of(loaded.config),
            kill_switch=self.kill_switch,
            shared=self.shared,
        )

    def _install(self, snap: Snapshot) -> Snapshot:
        """Hand the snapshot's settings to the state objects that outlive it."""
        cfg = snap.config
        t = cfg.tracking
        self.tracker.configure(
            enabled=t.enabled,
            max_strikes=t.max_strikes,
            strike_window=t.strike_window,
            block_duration=t.block_duration,
            allowlist=t.allowlist,
            blocklist=t.blocklist,
            max_principals=t.max_principals,
            escalation=t.escalation or (),
            escalation_factor=t.escalation_factor,
            escalation_reset=t.escalation_reset,
            max_block_duration=t.max_block_duration,
        )
        self.approvals.timeout = cfg.approvals.timeout
        self.sessions.configure(cfg.sessions)
        self.approvals.max_pending = cfg.approvals.max_pending
        self.approvals.max_per_principal = cfg.approvals.max_pending_per_principal
        # Everything that leaves the engine (events, approvals as listed) is masked.
        redactor = Redactor(cfg.audit.redact_headers)
        self.approvals.redactor = redactor
        self.bus.mask = EventMasker(redactor)
        self.limiters.retain(snap.all_limits())
        return snap

    def _restage(self) -> None:
        if hasattr(self, "_snap"):  # not while the first snapshot is being built
            self._snap.restage()

    @property
    def config(self) -> Config:
        return self._snap.config

    @property
    def loaded(self) -> LoadedConfig:
        return self._snap.loaded

    @property
    def guards(self) -> tuple[Guard, ...]:
        """The content guards of the current config (swapped with it)."""
        return self._snap.guards

    @listens("principal", "config", "kill_switch")
    def _trail(self, event: Event) -> None:
        """Changes to the proxy itself (blocks, reloads, rules edits) become ledger
        records of their own (`trail`)."""
        kind = event.kind
        if kind == "principal" or kind == "config" or kind == "kill_switch":
            record = trail_record(event)
            if record is not None:
                self.bus.emit(record)

    def reload(self, loaded: LoadedConfig, *, why: str | None = None, by: str | None = None,
               change: str = "config/reload") -> LoadedConfig:
        """Swap in an already validated config; the old one stays if compiling fails.
        `why` says in the log and the ledger what changed it (default: a reload of its
        source), `by` who asked, `change` what kind of change it is."""
        try:
            snap = self._compile(loaded)
        except Exception as exc:
            self.bus.emit(ConfigEvent(ok=False, source=loaded.source, errors=[repr(exc)],
                                      change=change, by=by))
            raise
        restart = restart_needed(self._snap.config, loaded.config)
        self._snap = self._install(snap)
        warnings = list(loaded.warnings)
        if restart:
            note = ("changed settings that only take effect after a restart: "
                    + ", ".join(restart))
            warnings.append(note)
            log.warning("%s", note)
        why = why or f"config reloaded from {loaded.source or 'defaults'}"
        self.bus.emit(ConfigEvent(ok=True, source=loaded.source, warnings=warnings,
                                  change=change, by=by, why=why, rules=len(snap.rules)))
        log.info("%s (%d rules)", why, len(snap.rules))
        return loaded

    def reload_from(
        self, path: str | Path | None = None, *, text: str | None = None, fmt: str | None = None
    ) -> LoadedConfig:
        """Load, validate and swap; raises ConfigError (old config kept) when invalid."""
        source = path if path is not None else self._snap.loaded.source
        try:
            overrides = self._snap.loaded.overrides
            loaded = load_config(
                source if text is None else None, text=text, fmt=fmt, overrides=overrides
            )
        except ConfigError as exc:
            self.bus.emit(
                ConfigEvent(
                    ok=False,
                    source=str(source) if source else None,
                    errors=[str(i) for i in exc.issues],
                )
            )
            log.warning("config reload rejected, keeping the old config: %s", exc)
            raise
        if text is not None and source is not None:
            loaded = LoadedConfig(loaded.config, str(source), loaded.warnings, overrides)
        return self.reload(loaded)

    # -- decisions ----------------------------------------------------------------

    async def decide(self, action: Action, *, audit: bool = True,
                     hold: Hold = Hold.WAIT) -> Verdict:
        """Decide on `action`. When an operator's approval is required, `hold=WAIT` (the
        default) waits for it; `hold=RETURN` answers at once with the pending approval
        (`require_approval` and its `approval_id`), for callers that poll or come back
        with a permit.

        With `audit` (the default) the ledger record is written now; surfaces that want
        status and byte counts in the record use `track()` instead."""
        verdict, event = await self._decide(action, hold)
        if audit:
            # Nothing changed since the announcement: the record carries its masked copies
            # (masking the same action and verdict again was a third of the bus's cost).
            await self.record(event.action, event.verdict, Outcome(duration=0.0), masked=True)
        return verdict

    async def _decide(self, action: Action, hold: Hold) -> tuple[Verdict, DecisionEvent]:
        """`decide()` without the record: the verdict, and the event that announced it
        (its masked copies)."""
        verdict, step = await self._verdict(action, hold)
        return verdict, self._announce(step, action, verdict)

    async def decide_unannounced(self, action: Action) -> tuple[Verdict, Announcement]:
        """`decide(action, audit=False)` whose announcement (the decision event live views,
        the decision log and metrics get, and the session timeline's entry) is published
        by the caller, once it has acted on the verdict (`Announcement.publish()`): a relay
        forwards an allowed call first, and the announcement is made while the server
        works on it rather than before it is sent. Everything else (approval, strikes,
        session risk and chains, taint) is done here as in `decide`; the caller publishes
        before it decides anything more of the same conversation."""
        verdict, step = await self._verdict(action, Hold.WAIT)
        return verdict, Announcement(self, step, action, verdict)

    async def _verdict(self, action: Action, hold: Hold) -> tuple[Verdict, RiskStep | None]:
        """The verdict on `action` and its session step, not announced yet."""
        snap = self._snap
        host = action.target.host
        if host is not None and not host.islower():
            action.target.host = host.lower()
        if snap.unbuilt:
            await _build_for(snap, action)
        verdict = await snap.run(action, self.clock())
        action.credentials = None  # the auth stage's alone, even when a reload removed it
        if verdict.decision is _APPROVAL:
            if hold is Hold.PERMITTED:
                verdict.decision = _ALLOW if verdict.sanitized is None else _REDACTED
                verdict.findings.append(Finding("approval", "approved",
                                                "approved earlier (a permit)", Severity.INFO))
                if action.target.connects:
                    verdict = await self._destination(snap, action, verdict)
            elif hold is Hold.RETURN:
                self._open(action, verdict)
            else:
                try:
                    verdict = await self._hold(action, verdict)
                except asyncio.CancelledError:
                    # The requester went away (or shutdown) while it waited: still a
                    # decision, and it still gets its record.
                    self._gone(action, verdict)
                    raise
                if verdict.permits and (action.target.connects or self.kill_switch.on):
                    verdict = await self._destination(snap, action, verdict)
        return verdict, self._observe(snap, action, verdict)

    def _announce(self, step: RiskStep | None, action: Action, verdict: Verdict
                  ) -> DecisionEvent:
        """Publish the decision; a session's call then joins its timeline as published
        (masked). Returns the published (masked) event."""
        event = DecisionEvent(action, verdict)
        self.bus.emit(event)
        if step is not None:
            self.sessions.record_call(step, event.action, event.verdict, event.summary)
        return event

    async def _destination(self, snap: Snapshot, action: Action, verdict: Verdict) -> Verdict:
        """An approved action's destination check (ports, DNS, SSRF), which waited for the
        approval so that nothing an operator has not approved is looked up; and the kill
        switch, which may have been turned on while it was held."""
        checked = await snap.run(action, self.clock(), snap.destination_checks)
        if checked.permits:
            return verdict
        verdict.decision = checked.decision
        verdict.reason = checked.reason
        verdict.findings.extend(f for f in checked.findings if f not in verdict.findings)
        return verdict

    def _open(self, action: Action, verdict: Verdict) -> Approval | None:
        """Open an approval for `verdict`; None (and the verdict a block) when too many
        are pending already."""
        approval = self.approvals.open(action, verdict)
        if approval is None:
            verdict.findings.append(
                Finding(
                    "approval", "approval_overflow", "too many approvals pending", Severity.MEDIUM
                )
            )
            verdict.decision = Decision.BLOCK
            verdict.reason = "too many approvals pending (fail closed)"
            return None
        verdict.approval_id = approval.id
        return approval

    async def _hold(self, action: Action, verdict: Verdict) -> Verdict:
        approval = self._open(action, verdict)
        if approval is None:
            return verdict
        await self.approvals.wait(approval)
        action.metadata["approval"] = approval.record_fields()  # approver, note, time held
        by = approval.resolved_by or "system"
        note = f": {approval.note}" if approval.note else ""
        if approval.state == "approved":
            verdict.decision = (
                Decision.ALLOW_WITH_REDACTION if verdict.sanitized is not None else Decision.ALLOW
            )
            verdict.findings.append(
                Finding("approval", "approved", f"approved by {by}{note}", Severity.INFO)
            )
        else:
            verdict.decision = Decision.BLOCK
            category = "approval_expired" if approval.state == "expired" else "approval_denied"
            message = (
                f"approval {approval.id} expired{note}"
                if approval.state == "expired"
                else f"denied by {by}{note}"
            )
            verdict.findings.append(Finding("approval", category, message, Severity.MEDIUM))
            verdict.reason = message
        return verdict

    def _gone(self, action: Action, verdict: Verdict) -> None:
        message = "the requester went away while waiting for approval"
        approval = self.approvals.get(verdict.approval_id or "")
        if approval is not None:
            action.metadata["approval"] = approval.record_fields()
        verdict.decision = Decision.BLOCK
        verdict.reason = message
        verdict.findings.append(Finding("approval", "approval_expired", message, Severity.INFO))
        self.bus.emit(DecisionEvent(action, verdict))
        self.bus.emit(RecordEvent(action, verdict, Outcome(duration=0.0, error="cancelled")))

    def _observe(self, snap: Snapshot, action: Action, verdict: Verdict) -> RiskStep | None:
        decision = verdict.decision
        blocked = decision not in _PERMITTING
        findings = verdict.findings
        category = findings[-1].category if findings else None
        strike = decision in snap.strike_on and category not in NO_STRIKE
        reason = verdict.reason
        if not strike:
            if category == "rate_limit" and blocked:
                strike = snap.strike_rate_limit
            elif snap.strike_families and findings:
                hit = next((f for f in findings if family_of(f) in snap.strike_families), None)
                if hit is not None:
                    strike, reason = True, reason or f"{family_of(hit)}: {hit.message}"
        principal = action.principal
        key = principal.key if snap.track_key is None else snap.track_key(principal)
        self.tracker.observe(key, blocked=blocked, strike=strike, reason=reason)
        if not action.session:
            # No session to keep risk in; a tainted result still marks the principal.
            snap.taint.after(action, verdict, self.sessions)
            return None
        step = self.sessions.observe(action, verdict, blocked)
        snap.taint.after(action, verdict, self.sessions)
        return step

    async def record(self, action: Action, verdict: Verdict, outcome: Outcome, *,
                     masked: bool = False) -> None:
        """Write one ledger record (waits when the ledger is behind: backpressure; with
        `audit.durability: strict`, until the record is durable). `masked`: `action` and
        `verdict` are a published event's masked copies already."""
        if not self.durable:
            await self.bus.publish(RecordEvent(action, verdict, outcome), masked=masked)
            return
        ack = asyncio.get_running_loop().create_future()
        # A closed ledger fails the ack at once (strict: the action does not proceed).
        if await self.bus.publish(RecordEvent(action, verdict, outcome, ack=ack),
                                  masked=masked) or ack.done():
            await ack

    async def intent(self, action: Action, verdict: Verdict, *, masked: bool = False) -> None:
        """Strict durability: make the decision durable before the surface acts on it
        (the record that follows replaces it; a crash leaves it as proof of the action).
        Nothing to do in batch durability. `masked`: as for `record`."""
        if not self.durable:
            return
        ack = asyncio.get_running_loop().create_future()
        # A closed ledger fails the ack at once (strict: the action does not proceed).
        if await self.bus.publish(IntentEvent(action, verdict, ack=ack),
                                  masked=masked) or ack.done():
            await ack

    async def stream(self, action: Action) -> Stream:
        """Open a streamed action (an LLM answer, a long frame sequence): every stage runs
        once now on what `action` carries; `feed()` then runs the guards on the growing
        text, and `end()` writes the one record of the stream, with every finding."""
        verdict = await self.decide(action, audit=False)
        return Stream(self, action, verdict)

    async def guard(self, action: Action, tracked: Tracked) -> Verdict:
        """The guards alone on content that belongs to an action already decided and
        tracked: the body of an egress response (`action`: direction `response`, the
        request's id and target). No other stage runs, nothing counts as a strike and no
        record of its own is written: the findings join the tracked verdict, whose one
        record carries them (without spans, which point into this content, not the
        request's); a refusal or a rewrite becomes its decision, and live views learn of
        it (an update: same request id). Returns the guards' own verdict, `sanitized`
        holding the rewritten content."""
        snap = self._snap
        passed = await snap.run(action, self.clock(), snap.guard_checks)
        if passed.findings or not passed.permits or passed.sanitized is not None:
            self._fold(tracked, passed, rewritten=passed.sanitized is not None)
        return passed

    def _fold(self, tracked: Tracked, verdict: Verdict, rewritten: bool) -> DecisionEvent:
        """What a tracked action's later content (a response body, a tool's result) was
        found to hold joins the action's verdict, whose one record carries it: its findings
        without spans (they point into that content, not the action's), a refusal as the
        action's decision, a rewrite as allow-with-redaction; live views learn of it as an
        update (same request id)."""
        into = tracked.verdict
        # Without their spans, findings of slots holding the same text (an MCP result's
        # `content` text and its `structuredContent`) are one finding: joined once.
        # (a dict keeps the first of each, in order, without a list scan per finding:
        # a result with thousands of distinct findings stays linear)
        added = list(dict.fromkeys(dataclasses.replace(f, span=None) for f in verdict.findings))
        into.findings.extend(added)
        if not verdict.permits:
            into.decision, into.reason = verdict.decision, verdict.reason
        elif rewritten and into.decision is Decision.ALLOW:
            into.decision = Decision.ALLOW_WITH_REDACTION
        event = DecisionEvent(tracked.action, into, added=len(added))
        self.bus.emit(event)
        if tracked.announced is not None:  # the record carries what this update masked
            tracked.announced = Announced(event, tracked.action, into)
        return event

    def cut(self, tracked: Tracked, finding: Finding) -> None:
        """A tracked action the surface itself cut after it was allowed, for what it
        found in the exchange (a CONNECT tunnel whose TLS hello names another server):
        the finding joins its verdict and the refusal becomes its decision, as a
        refused response body's does (live views learn of it; its one record says so)."""
        self._fold(tracked, Verdict(Decision.BLOCK, [finding], reason=finding.message),
                   rewritten=False)

    async def result(self, action: Action, call: Tracked) -> Verdict:
        """Decide the result of a call that is tracked (`call`: an MCP tool call allowed
        and sent on, whose record waits for its result). Every stage runs on the result
        as in `decide()` (rules on responses, guards, session risk and chains) and it
        counts as one (strikes, taint), but it is not a decision of its own: what it
        says joins the call's verdict (`metadata.result`: its decision, reason, rule and
        request id; its findings, without spans; a refusal or a rewrite becomes the
        call's decision), live views learn of it as an update of the call (same request
        id) when it found or refused something, and the call's one record, which the
        surface writes (`record()`), carries it. Returns the result's own verdict."""
        snap = self._snap
        verdict = await snap.run(action, self.clock())
        action.credentials = None
        if verdict.decision is _APPROVAL:
            try:
                verdict = await self._hold(action, verdict)
            except asyncio.CancelledError:
                self._gone(action, verdict)
                raise
        step = self._observe(snap, action, verdict)
        call.action.metadata["result"] = {
            "request_id": action.request_id, "decision": str(verdict.decision),
            "reason": verdict.reason, "rule": verdict.rule}
        if verdict.findings or not verdict.permits or verdict.decision is _REDACTED:
            event = self._fold(call, verdict, rewritten=verdict.decision is _REDACTED)
            if step is not None:
                self.sessions.record_call(step, event.action, event.verdict, event.summary)
        return verdict

    def track(self, action: Action) -> Tracking:
        """`async with engine.track(action) as t:` decides (`t.verdict`), lets the surface
        do its work and fill `t.outcome`, then writes the record with the outcome.

        The record is written however the block is left (error, cancellation)."""
        return Tracking(self, action)

    def rule_decision(self, action: Action) -> tuple[Decision, str | None]:
        """What the rules alone say of `action` (the first matching enforce-mode rule, else
        `engine.default_action`) and the deciding rule's name, without deciding it:
        nothing is held, counted, announced or recorded. For a surface that advertises
        what may be asked, such as an MCP server's tools list without the denied tools."""
        snap = self._snap
        session = action.session
        rule = snap.rules.match(action, self.sessions.taint_of(session, action.principal)).rule
        if rule is None:
            default = snap.config.engine.default_action
            return (Decision.BLOCK if default == "deny" else
                    _APPROVAL if default == "require_approval" else _ALLOW), None
        return rule.decision, rule.name

    def rate_limits(self) -> list[CompiledLimit]:
        """Every rate limit of the running config (top-level ones first, then the rules'),
        for views of a key's usage (`LimiterStore.usage`)."""
        return self._snap.all_limits()

    def token_limits(self, action: Action) -> list[tuple[CompiledLimit, str, Numbers]]:
        """The configured token limits that apply to an LLM request (the top-level
        `limits` of its surface, the matching rule's `rate_limit` policies), each with the
        request's key and that key's numbers: for the gateway, which counts tokens before
        and after the answer. None for an allowlisted principal or a whitelisted key."""
        snap = self._snap
        if any(k in self.tracker.allowlist for k in action.principal.keys()):
            return []
        session = action.session
        rule = snap.rules.match(action, self.sessions.taint_of(session, action.principal)).rule
        limits = [*snap.global_limits, *(rule.rate_limits if rule is not None else ())]
        out = []
        for limit in limits:
            if not limit.applies(action.surface, action.direction):
                continue
            key = limit.key(action)
            numbers = limit.numbers_of(key)
            if numbers.tokens and not limit.exempt(key):
                out.append((limit, key, numbers))
        return out

    async def ask(self, action: Action, finding: Finding, *, audit: bool = True) -> Verdict:
        """Hold `action` for an operator for a reason the surface found itself (an MCP
        tool's definition changed since it was pinned; `finding` says how): an approval
        like a `require_approval` rule's, announced and (with `audit`) recorded like any
        decision. Not a strike either way: the operator answers, not the agent."""
        verdict = Verdict(_APPROVAL, [finding], reason=finding.message)
        try:
            verdict = await self._hold(action, verdict)
        except asyncio.CancelledError:
            self._gone(action, verdict)
            raise
        self.bus.emit(DecisionEvent(action, verdict))
        if audit:
            await self.record(action, verdict, Outcome(duration=0.0))
        return verdict

    def settle(self, action: Action, finding: Finding, *, permit: bool = False,
               strike: bool = False) -> Verdict:
        """The verdict on an action the surface could not hand to `decide()`: its wire
        was unreadable, the proxy had no room for it, its credentials were wrong
        (`finding` says which). It is announced like any decision; with `strike`, a block
        counts against the principal through the one strike policy (`strike_on`,
        `NO_STRIKE`). The surface answers, then `record()`s it."""
        decision = Decision.ALLOW if permit else Decision.BLOCK
        verdict = Verdict(decision, [finding], reason=finding.message)
        step = None
        if strike and not permit:
            step = self._observe(self._snap, action, verdict)
        self._announce(step, action, verdict)
        return verdict

    def shutdown(self) -> None:
        """Deny every pending approval (fail closed) so held requests finish."""
        self.approvals.expire_all("secproxy is shutting down")
