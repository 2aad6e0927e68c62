"""Sessions: what accumulates across one agent session's actions.

Each session keeps counts of actions and blocks, a risk score, a taint level (raised
when untrusted content flows through it) and the recent chain steps it made. Every
decided action adds the weighted severities of its findings to the risk (`weigh`), which
halves every `sessions.half_life`; the session stage escalates further actions past the
thresholds, and a call that completes a chain (`chains.py`) at once. Rules can require a
minimum taint (`min_taint`); the engine raises taint through `taint()`.

Taint also marks the principal (`sessions.taint_scope: principal`, the default): the
session's name is the client's to choose (a new WebSocket connection, another
`session_id`, no `Mcp-Session-Id`), so a session's taint alone would end when the agent
opens a new one. The principal's mark is kept under the first identity the client does
not declare itself (`taint_anchor`: user, proxy key, channel or address; the agent's name
only when it is all there is) for `principal_taint_ttl`, and every action of that
principal reads the higher of the two, with or without a session.

The tracker is memory only and bounded (least recently seen sessions go first); it
marks what changed (`take_dirty`, `take_forgotten`) and queues one timeline entry per
call (`take_calls`) for `secproxy.session_store`, which keeps them in the state database
so that sessions survive restarts.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from secproxy.engine.chains import DEFAULT_ACTIONS, Completed, Step, completed, steps_of
from secproxy.events import EventBus, TaintEvent
from secproxy.model import Action, Decision, Finding, Principal, Severity, Surface, Verdict

if TYPE_CHECKING:
    from secproxy.config.schema import SessionSettings

SEVERITY_RISK = {
    Severity.INFO: 0,
    Severity.LOW: 1,
    Severity.MEDIUM: 3,
    Severity.HIGH: 6,
    Severity.CRITICAL: 10,
}
FAMILY_OF_CATEGORY = {
    "prompt_injection": "injection",
    "secret": "secret",
    "pii": "pii",
    "evasion": "encoding",
    "tool_abuse": "tool_abuse",
    "toxicity": "toxicity",
    "length": "length",
    "denied_by_rule": "policy",
    "default_deny": "policy",
    "rate_limit": "policy",
    "time_window": "policy",
    "principal_blocked": "policy",
    "session_risk": "session",
    "chain": "chain",
    "ssrf": "network",
    "dns_failure": "network",
    "permit_invalid": "permit",
}
"""The family a finding belongs to, by category (anything else: its category)."""
_INJECTION_FAMILIES = {"persona_jailbreak": "jailbreak",
                       "system_prompt_extraction": "system_prompt_leak"}
_MAX_SESSIONS = 50_000
_MAX_STEPS = 32
"""Chain steps kept per session (the most recent)."""
_MAX_QUEUED_CALLS = 100_000
"""Timeline entries waiting for the store; past it the oldest are dropped (counted)."""
_NO_RISK = frozenset({"session_risk", "approved", "approval_denied", "approval_expired",
                      "state_unavailable"})
"""Findings that add no risk: the session's own escalation (it would feed on itself), an
operator's answer, and a refusal because shared state was unreachable (nothing the agent
did)."""
_PERMITTING = frozenset({Decision.ALLOW, Decision.ALLOW_WITH_REDACTION})


def taint_anchor(principal: Principal) -> str:
    """The identity a principal's taint is kept under: the first of its keys that the
    client does not declare itself (an agent's name is a header it may change between
    two connections), else its first key."""
    for key in principal.keys():
        if not key.startswith("agent:"):
            return key
    return principal.key


def session_key(owner: str, session: str) -> str:
    """The tracker's key of `owner`'s session `session` (`owner`: a `taint_anchor`): the
    owner, escaped so that it has no space, a space, then the session id as sent. The
    shared state backend keeps a session under it."""
    if "%" in owner or " " in owner:
        owner = owner.replace("%", "%25").replace(" ", "%20")
    return f"{owner} {session}"


def split_session_key(key: str) -> tuple[str, str] | None:
    """(owner, session id) of a `session_key`; None for a key without an owner (one an
    earlier secproxy wrote)."""
    owner, sep, session = key.partition(" ")
    if not sep:
        return None
    if "%" in owner:
        owner = owner.replace("%20", " ").replace("%25", "%")
    return owner, session


def _owner(principal: Principal | None) -> str:
    return "anonymous" if principal is None else taint_anchor(principal)


def family_of(finding: Finding) -> str:
    """`injection`, `jailbreak`, `system_prompt_leak`, `secret`, `pii`, `encoding`,
    `tool_abuse`, `chain`, `policy`…: what a client groups findings by."""
    if finding.category == "prompt_injection":
        return _INJECTION_FAMILIES.get(finding.kind, "injection")
    if finding.stage == "approval":
        return "approval"
    return FAMILY_OF_CATEGORY.get(finding.category, finding.category)


@dataclass(slots=True)
class SessionState:
    """One session's accumulated state."""

    id: str
    """The session id as the client sent it."""
    owner: str = "anonymous"
    """Whose session it is: its principal's `taint_anchor`."""
    actions: int = 0
    blocked: int = 0
    risk: float = 0.0
    """The risk as of `risk_at` (`SessionTracker.risk_now` decays it to a moment)."""
    risk_at: float = 0.0
    taint: int = 0
    taint_source: str | None = None
    first_seen: float = 0.0
    last_seen: float = 0.0
    principal: str | None = None
    """Who acted last in the session."""
    chains: int = 0
    """Chains completed in the session."""
    peak: float = 0.0
    """The highest risk the session reached."""
    steps: deque[Step] = field(default_factory=lambda: deque(maxlen=_MAX_STEPS))
    """Its most recent chain steps, oldest first."""
    cleared_at: float = 0.0
    """When an operator last cleared its taint: shared state older than that raises it
    no more (a publish in flight when the clear was made)."""
    clear_pending: bool = False
    """An operator cleared it here and the clear has not come back from the shared state
    server yet (`clear_echoed`)."""
    taint_merged: bool = False
    """Its taint was taken from another instance while `clear_pending`: published before
    the clear reached the server, so undone when the clear comes back."""

    @property
    def key(self) -> str:
        """The tracker's key of the session (`session_key`)."""
        return session_key(self.owner, self.id)

    def to_dict(self, risk: float | None = None) -> dict[str, Any]:
        return {
            "id": self.id,
            "owner": self.owner,
            "actions": self.actions,
            "blocked": self.blocked,
            "risk": round(self.risk if risk is None else risk, 2),
            "peak_risk": round(self.peak, 2),
            "taint": self.taint,
            "taint_source": self.taint_source,
            "principal": self.principal,
            "chains": self.chains,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }


@dataclass(slots=True)
class RiskStep:
    """What one call did to its session (the timeline entry's figures)."""

    key: str
    """The session's key (`session_key`)."""
    seq: int
    added: float
    after: float
    why: list[str]
    steps: list[str]
    chains: list[str]


class SessionTracker:
    """Bounded LRU of session states, their risk and chain steps."""

    def __init__(self, bus: EventBus, clock: Callable[[], float]):
        self._bus = bus
        self._clock = clock
        self._sessions: OrderedDict[str, SessionState] = OrderedDict()
        self.half_life: float | None = 1800.0
        self.weights: dict[str, float] = {}
        self.chain_window = 3600.0
        self.chain_actions: dict[str, str] = dict(DEFAULT_ACTIONS)
        self.timeline_max = 1000
        """Calls the store keeps per session (`sessions.timeline_max`)."""
        self.dirty: set[str] = set()
        """Sessions changed since the store last saved (their keys)."""
        self.forgotten: set[str] = set()
        """Sessions dropped from memory (the store deletes their rows)."""
        self.calls: deque[tuple[str, dict[str, Any]]] = deque()
        """Timeline entries the store has not written yet, with their session's key."""
        self.dropped_calls = 0
        self.shared: Callable[[str, float, float, int, str | None], None] | None = None
        """Told of the risk a session gathers and the taint it is raised to (its key, risk
        added, when, taint level or 0, its source): the shared state backend passes them on
        to the other instances (`merge` there)."""
        self.taint_scope = "principal"
        """`principal`: a session's taint marks its principal too (`taint_anchor`)."""
        self.principal_taint_ttl: float | None = 3600.0
        """How long a principal's mark lasts after it was last raised (None: for good)."""
        self._principal_taint: OrderedDict[str, tuple[int, float, str | None]] = \
            OrderedDict()
        """Principals' taint marks: level, when last raised, source (bounded LRU)."""
        self.shared_mark: Callable[[str, int, float, str | None], None] | None = None
        """Told of a principal's mark raised or renewed here (key, level, when, source)
        and, with level 0, of one an operator cleared: the shared state backend passes
        it on to the other instances (`merge_mark` there)."""
        self.shared_clear: Callable[[str], None] | None = None
        """Told of a session's taint an operator cleared here (its key): the shared state
        backend clears the server's copy (its script never lowers taint) and tells the
        others."""
        self._mark_shared: dict[str, float] = {}
        """When each mark was last passed on (a renewal goes on at most once a minute)."""
        self._steps: dict[str, list[Step]] = {}
        """This decision's chain steps, by request id, from the session stage until the
        decision is observed (bounded: a decision cancelled in between leaves one)."""

    def configure(self, settings: SessionSettings) -> None:
        """Take a config snapshot's session settings (they outlive the snapshot)."""
        self.half_life = settings.half_life or None
        self.weights = dict(settings.weights)
        self.chain_window = settings.chain_window
        self.timeline_max = settings.timeline_max
        self.taint_scope = settings.taint_scope
        self.principal_taint_ttl = settings.principal_taint_ttl
        if self.taint_scope != "principal":
            self._principal_taint.clear()
        self.chain_actions = {**DEFAULT_ACTIONS}
        self.chain_actions.update({str(k): str(v) for k, v in settings.chain_actions.items()})

    # -- reading ---------------------------------------------------------------------

    def get(self, session: str | None, principal: Principal | None = None
            ) -> SessionState | None:
        """`principal`'s session `session` (None: the anonymous principal's)."""
        return self._sessions.get(session_key(_owner(principal), session)) if session else None

    def find(self, session: str, owner: str | None = None) -> list[SessionState]:
        """The sessions with the id `session`: every principal's, or the one of `owner`
        (its owner, or the principal that acted in it last: a ledger row's)."""
        if owner is not None:
            st = self._sessions.get(session_key(owner, session))
            if st is not None:
                return [st]
        return [st for st in self._sessions.values()
                if st.id == session and owner in (None, st.principal)]

    def taint_of(self, session: str | None, principal: Principal | None = None) -> int:
        """The taint an action of `session` by `principal` is decided with: the session's,
        or its principal's mark when that is higher and has not run out."""
        st = self._sessions.get(session_key(_owner(principal), session)) if session else None
        level = st.taint if st is not None else 0
        if self._principal_taint and principal is not None:
            level = max(level, self.principal_taint(principal))
        return level

    def principal_taint(self, principal: Principal) -> int:
        """`principal`'s taint mark (0: none, or run out)."""
        key = taint_anchor(principal)
        if key not in self._principal_taint:
            return 0
        held = self._live(key, self._clock())
        if held is None:
            del self._principal_taint[key]
            self._mark_shared.pop(key, None)
            return 0
        return held[0]

    def risk_now(self, st: SessionState, now: float) -> float:
        """The session's risk at `now`, decayed since it was last set."""
        return self._decayed(st.risk, st.risk_at, now)

    def _decayed(self, risk: float, at: float, now: float) -> float:
        """`risk`, as set at `at`, decayed until `now`."""
        if risk and self.half_life and now > at:
            risk *= 0.5 ** ((now - at) / self.half_life)
        return risk

    def weigh(self, findings: Iterable[Finding]) -> tuple[float, list[str]]:
        """The risk `findings` add, and why (one line per finding that adds some)."""
        total = 0.0
        why = []
        weights = self.weights
        for f in findings:
            base = SEVERITY_RISK.get(f.severity, 0)
            if not base or f.category in _NO_RISK:
                continue
            family = family_of(f)
            weight = weights.get(family, 1.0) if weights else 1.0
            add = base * weight
            if not add:
                continue
            total += add
            times = f" x{weight:g}" if weight != 1.0 else ""
            why.append(f"+{add:g} {family}/{f.kind or f.category} ({f.severity}{times})")
        return total, why

    def all(self) -> list[SessionState]:
        return list(self._sessions.values())

    # -- chains ----------------------------------------------------------------------

    def chains(self, action: Action, findings: list[Finding], now: float) -> list[Completed]:
        """The chains `action` completes in its session (its steps are kept for when
        the decision is observed)."""
        session = action.session
        steps = steps_of(action, findings, now)
        if not steps or session is None:
            return []
        if len(self._steps) >= 10_000:
            self._steps.clear()
        self._steps[action.request_id] = steps
        st = self._sessions.get(session_key(taint_anchor(action.principal), session))
        return completed(st.steps if st is not None else (), steps, now, self.chain_window)

    # -- writing ---------------------------------------------------------------------

    def _state(self, key: str, owner: str, session: str) -> SessionState:
        st = self._sessions.get(key)
        if st is None:
            st = self._sessions[key] = SessionState(session, owner, first_seen=self._clock())
            if len(self._sessions) > _MAX_SESSIONS:
                gone, _ = self._sessions.popitem(last=False)
                self.forgotten.add(gone)
                self.dirty.discard(gone)
            self.forgotten.discard(key)
        else:
            self._sessions.move_to_end(key)
        return st

    def observe(self, action: Action, verdict: Verdict, blocked: bool) -> RiskStep | None:
        """Count a decided action in its session: risk, blocks, the chain steps of a
        permitted call. Returns what it added (for the timeline), None without a session."""
        session = action.session
        if not session:
            return None
        now = self._clock()
        owner = taint_anchor(action.principal)
        key = session_key(owner, session)
        st = self._state(key, owner, session)
        st.actions += 1
        st.last_seen = now
        st.principal = action.principal.key
        if blocked:
            st.blocked += 1
        added, why = self.weigh(verdict.findings)
        risk = self.risk_now(st, now) + added
        st.risk, st.risk_at = risk, now
        if risk > st.peak:
            st.peak = risk
        steps = self._steps.pop(action.request_id, None) or []
        if steps and verdict.decision in _PERMITTING:
            st.steps.extend(steps)
        chains = [f.kind for f in verdict.findings if f.category == "chain"]
        st.chains += len(chains)
        self.dirty.add(key)
        if added and self.shared is not None:
            self.shared(key, added, now, 0, None)
        return RiskStep(key, st.actions, added, risk, why, [s.name for s in steps], chains)

    def record_call(self, step: RiskStep, action: Action, verdict: Verdict,
                    summary: Callable[[], str] | None = None) -> None:
        """Queue the timeline entry of a call (`action` and `verdict` as published:
        masked). Only calls are kept: tool calls, inspection requests, and anything
        that had findings or was not simply allowed (a chat frame that passed is not).
        `summary`: the published event's (`DecisionEvent.summary`, shared with the
        console), else `action.summary()`."""
        if not (action.target.tool or action.surface is Surface.INSPECT or verdict.findings
                or verdict.decision is not Decision.ALLOW):
            return
        calls = self.calls
        if len(calls) >= _MAX_QUEUED_CALLS:
            calls.popleft()
            self.dropped_calls += 1
        calls.append((step.key, {
            "session": action.session,
            "owner": taint_anchor(action.principal),
            "seq": step.seq,
            "ts": self._clock(),
            "request_id": action.request_id,
            "surface": str(action.surface),
            "direction": str(action.direction),
            "principal": action.principal.key,
            "tool": action.target.tool or action.result_of,
            "summary": action.summary() if summary is None else summary(),
            "decision": str(verdict.decision),
            "reason": verdict.reason,
            "rule": verdict.rule,
            "approval_id": verdict.approval_id,
            "risk_added": round(step.added, 2),
            "risk_after": round(step.after, 2),
            "why": step.why,
            "steps": step.steps,
            "chains": step.chains,
            "findings": [{"family": family_of(f), "category": f.category,
                          "kind": f.kind or f.category, "severity": str(f.severity),
                          "stage": f.stage, "message": f.message} for f in verdict.findings],
        }))

    def taint(self, session: str | None, level: int, source: str | None = None,
              principal: Principal | None = None) -> SessionState | None:
        """Raise the session's taint to at least `level` (taint never drops by itself), and
        with `taint_scope: principal` its principal's mark (`principal`; an action without
        a session marks its principal only)."""
        owner = _owner(principal)
        key = marked = None
        if principal is not None and self.taint_scope == "principal":
            key = owner
            marked = self._mark(key, level, source)
        if not session:
            if marked is not None:  # the mark rose: the operator sees it as a session's
                self._bus.emit(TaintEvent("", level, marked, source, principal=key))
            return None
        skey = session_key(owner, session)
        st = self._state(skey, owner, session)
        if level > st.taint:
            previous = st.taint
            st.taint = level
            st.taint_source = source
            st.taint_merged = False
            self.dirty.add(skey)
            self._bus.emit(TaintEvent(session, level, previous, source, principal=key,
                                      owner=owner))
            if self.shared is not None:
                self.shared(skey, 0.0, self._clock(), level, source)
        elif marked is not None:
            self._bus.emit(TaintEvent("", level, marked, source, principal=key))
        return st

    def marks(self) -> list[dict[str, Any]]:
        """The principals' taint marks that have not run out, newest first."""
        now = self._clock()
        ttl = self.principal_taint_ttl
        out = [{"principal": key, "taint": level, "since": at, "source": source,
                "until": None if ttl is None else at + ttl}
               for key, (level, at, source) in self._principal_taint.items()
               if ttl is None or now - at < ttl]
        out.reverse()
        return out

    def untaint(self, session: str | None = None, principal: str | None = None) -> bool:
        """An operator clears a session's taint (`session`: its key, `SessionState.key`) or
        a principal's mark (its key as `taint_anchor` gives it, `ip:127.0.0.1`); False
        when there was none."""
        found = False
        if principal is not None:
            found = self._principal_taint.pop(principal, None) is not None
            self._mark_shared.pop(principal, None)
            if self.shared_mark is not None:  # the server's copy too, held here or not
                self.shared_mark(principal, 0, self._clock(), None)
        if session is not None:
            st = self._sessions.get(session)
            if st is not None and st.taint:
                self.clear_taint(session)
                if self.shared_clear is not None:
                    st.clear_pending, st.taint_merged = True, False
                    self.shared_clear(session)
                found = True
        return found

    def clear_echoed(self, key: str) -> None:
        """This instance's own clear back from the shared state server, in the order the
        server took everything: a taint another instance published before the clear
        arrived there (its clock later than the clear's, its view older) was taken here
        after the local clear, and is undone now; one raised here since is kept."""
        st = self._sessions.get(key)
        if st is None or not st.clear_pending:
            return
        st.clear_pending = False
        if st.taint_merged:
            st.taint, st.taint_source, st.taint_merged = 0, None, False
            self.dirty.add(key)

    def clear_taint(self, key: str) -> None:
        """A session's taint cleared (by an operator, here or on another instance; `key`:
        its `session_key`)."""
        st = self._sessions.get(key)
        if st is not None:
            st.cleared_at = self._clock()
            if st.taint:
                st.taint, st.taint_source = 0, None
                self.dirty.add(key)

    def _mark(self, key: str, level: int, source: str | None) -> int | None:
        """Set (or renew) `key`'s mark; the level it had when this raised it, else None."""
        now = self._clock()
        held = self._live(key, now)
        previous = 0 if held is None else held[0]
        if held is not None and held[0] > level:
            level, source = held[0], held[2]
        self._put(key, level, now, source)
        if self.shared_mark is not None and (
                held is None or level > held[0] or now - self._mark_shared.get(key, 0) >= 60):
            self._mark_shared[key] = now
            self.shared_mark(key, level, now, source)
        return previous if level > previous else None

    def merge_mark(self, key: str, level: int, at: float, source: str | None) -> None:
        """Take a principal's mark as another instance set it (`shared_mark`): the higher
        level and the later time win; level 0 is an operator's clearing."""
        if level <= 0:
            self._principal_taint.pop(key, None)
            self._mark_shared.pop(key, None)
            return
        held = self._live(key, self._clock())
        if held is not None:
            if held[0] > level:
                level, source = held[0], held[2]
            at = max(at, held[1])
        self._put(key, level, at, source)

    def _live(self, key: str, now: float) -> tuple[int, float, str | None] | None:
        """`key`'s mark unless it has run out."""
        held = self._principal_taint.get(key)
        ttl = self.principal_taint_ttl
        if held is None or ttl is None or now - held[1] < ttl:
            return held
        return None

    def _put(self, key: str, level: int, at: float, source: str | None) -> None:
        marks = self._principal_taint
        marks[key] = (level, at, source)
        marks.move_to_end(key)
        if len(marks) > _MAX_SESSIONS:
            gone, _ = marks.popitem(last=False)
            self._mark_shared.pop(gone, None)

    def merge(self, key: str, risk: float, risk_at: float, taint: int,
              source: str | None) -> None:
        """Take a session's risk (as of `risk_at`) and taint as the shared state backend
        holds them: what every instance added, unless this instance's own is higher by
        then (the server's copy is behind). Taint still never drops. A session
        without an owner (kept by an earlier secproxy) is not taken."""
        parts = split_session_key(key)
        if parts is None:
            return
        st = self._state(key, *parts)
        # The server's sum is every instance's risk, ours included, as of `risk_at`; one
        # that arrives after this instance added more (its own earlier call's echo) is
        # behind it and lowers nothing: risk only falls by decay.
        at = max(risk_at, st.risk_at)
        if self._decayed(risk, risk_at, at) >= self._decayed(st.risk, st.risk_at, at):
            st.risk, st.risk_at = risk, risk_at
        if risk > st.peak:
            st.peak = risk
        if taint > st.taint and risk_at > st.cleared_at:
            st.taint = taint
            st.taint_source = source
            st.taint_merged = st.clear_pending
        self.dirty.add(key)

    # -- the store's side ------------------------------------------------------------

    def take_dirty(self) -> list[SessionState]:
        keys, self.dirty = self.dirty, set()
        return [st for k in keys if (st := self._sessions.get(k)) is not None]

    def take_forgotten(self) -> set[str]:
        gone, self.forgotten = self.forgotten, set()
        return gone

    def take_calls(self) -> list[tuple[str, dict[str, Any]]]:
        calls = list(self.calls)
        self.calls.clear()
        return calls

    def load(self, states: Iterable[SessionState]) -> None:
        """Sessions read back from the store (most recently seen last)."""
        for st in sorted(states, key=lambda s: s.last_seen):
            key = st.key
            self._sessions[key] = st
            self._sessions.move_to_end(key)
        while len(self._sessions) > _MAX_SESSIONS:
            gone, _ = self._sessions.popitem(last=False)
            self.forgotten.add(gone)
