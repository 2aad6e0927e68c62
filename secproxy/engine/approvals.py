"""The approvals broker: holding an action is awaiting a future.

An action that needs approval gets a pending `Approval` bound to the action's
fingerprint. The surface awaits it; an operator resolves it (approve or deny, with who
and why); when it expires it resolves to `expired`, which denies (fail closed).
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from secproxy.errors import SecproxyError
from secproxy.events import ApprovalEvent, EventBus
from secproxy.model import Action, Verdict
from secproxy.redact import APPROVAL_CONTENT, Redactor, mask_text


class ApprovalError(SecproxyError):
    """An approval id is unknown or already resolved."""


@dataclass(slots=True)
class Approval:
    """One pending (or resolved) request for an operator's decision."""

    id: str
    fingerprint: str
    """Hash of the normalized action: the approval is valid for that action only."""
    surface: str
    principal: str
    session: str | None
    summary: str
    """What exactly is asked, in one line (secrets masked)."""
    detail: dict[str, Any]
    """Tool and arguments, URL, method, frame… for the console (secrets masked)."""
    rule: str | None
    reason: str | None
    created: float
    expires: float
    state: str = "pending"
    """`pending`, `approved`, `denied` or `expired`."""
    resolved_by: str | None = None
    note: str | None = None
    resolved_at: float | None = None
    future: asyncio.Future[str] | None = field(default=None, repr=False)
    instance: str | None = None
    """The instance holding the action, for another instance's approval (shared state,
    `ApprovalBroker.remote`); None: this one holds it."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "fingerprint": self.fingerprint,
            "surface": self.surface,
            "principal": self.principal,
            "session": self.session,
            "summary": self.summary,
            "detail": self.detail,
            "rule": self.rule,
            "reason": self.reason,
            "created": self.created,
            "expires": self.expires,
            "state": self.state,
            "resolved_by": self.resolved_by,
            "note": self.note,
            "resolved_at": self.resolved_at,
            "instance": self.instance,
        }

    def record_fields(self) -> dict[str, Any]:
        """How the approval ended, for the ledger record of the action it held: who
        decided, their note (masked), and how long the action was held."""
        end = self.resolved_at if self.resolved_at is not None else self.created
        return {
            "id": self.id,
            "state": self.state,
            "by": self.resolved_by,
            "note": mask_text(self.note) if self.note else None,
            "held_ms": round((end - self.created) * 1000, 1),
            "rule": self.rule,
        }


def action_detail(action: Action) -> dict[str, Any]:
    """What an approval shows of `action` (already masked by the broker's redactor):
    tool and arguments, method, URL and request headers, content."""
    t = action.target
    detail: dict[str, Any] = {
        k: v
        for k, v in (
            ("url", t.url),
            ("method", t.method),
            ("tool", t.tool),
            ("host", t.host),
            ("port", t.port),
        )
        if v is not None
    }
    headers = action.metadata.get("headers")
    if isinstance(headers, dict) and headers:
        detail["headers"] = headers
    if action.arguments is not None:
        detail["arguments"] = action.arguments
    if action.content:
        detail["content"] = action.content[:4000]
    return detail


class ApprovalBroker:
    """Pending approvals, resolved by operators or by expiry."""

    def __init__(self, bus: EventBus, clock: Callable[[], float]):
        self._bus = bus
        self._clock = clock
        self._pending: dict[str, Approval] = {}
        self._recent: dict[str, Approval] = {}
        self.timeout = 120.0
        self.max_pending = 1000
        self.max_per_principal = 100
        self.redactor = Redactor()
        """Masks what an approval shows (set from the config by the engine)."""
        self.remote: dict[str, Approval] = {}
        """Pending approvals other instances hold (kept by the shared state backend):
        listed with this instance's, resolved through `forward`."""
        self.forward: Callable[[Approval, bool, str, str | None], None] | None = None
        """Hands an operator's answer to another instance's approval to its owner
        (`forward(approval, approve, by, note)`); set by the shared state backend."""

    def open(self, action: Action, verdict: Verdict) -> Approval | None:
        """Create a pending approval; None when too many are pending already."""
        self.expire_due()
        if len(self._pending) >= self.max_pending:
            return None
        key = action.principal.key
        if len(self._pending) >= self.max_per_principal and sum(
                a.principal == key for a in self._pending.values()) >= self.max_per_principal:
            return None
        now = self._clock()
        # Bound to the raw action; shown (listed, streamed, alerted) masked.
        shown = self.redactor.action(action, content_limit=APPROVAL_CONTENT)
        approval = Approval(
            id=secrets.token_hex(6),
            fingerprint=action.fingerprint(),
            surface=str(action.surface),
            principal=action.principal.key,
            session=action.session,
            summary=shown.summary(),
            detail=action_detail(shown),
            rule=verdict.rule,
            reason=mask_text(verdict.reason) if verdict.reason else verdict.reason,
            created=now,
            expires=now + self.timeout,
            future=asyncio.get_running_loop().create_future(),
        )
        self._pending[approval.id] = approval
        self._bus.emit(ApprovalEvent(approval, "opened"))
        return approval

    async def wait(self, approval: Approval) -> Approval:
        """Wait for an operator; expire (deny) when the time is up."""
        assert approval.future is not None
        remaining = max(approval.expires - self._clock(), 0.0)
        try:
            await asyncio.wait_for(asyncio.shield(approval.future), remaining)
        except TimeoutError:
            self._finish(approval, "expired", by="system", note="no operator decision in time")
        except asyncio.CancelledError:
            # The client went away (or shutdown): nobody waits any more; deny it.
            self._finish(approval, "expired", by="system", note="the requester went away")
            raise
        return approval

    def resolve(
        self, approval_id: str, *, approve: bool, by: str, note: str | None = None
    ) -> Approval:
        self.expire_due()
        approval = self._pending.get(approval_id)
        if approval is None and approval_id in self.remote and self.forward is not None:
            return self._hand_over(self.remote.pop(approval_id), approve, by, note)
        if approval is None:
            done = self._recent.get(approval_id)
            if done is not None:
                raise ApprovalError(
                    f"approval {approval_id} is already {done.state}"
                    + (f" by {done.resolved_by}" if done.resolved_by else "")
                )
            raise ApprovalError(
                f"no pending approval with id {approval_id!r}",
                hint="list them with `secproxy approvals list`",
            )
        self._finish(approval, "approved" if approve else "denied", by=by, note=note)
        return approval

    def _hand_over(self, approval: Approval, approve: bool, by: str,
                   note: str | None) -> Approval:
        """Resolve another instance's approval: its owner releases (or refuses) the held
        action once the answer reaches it; here it counts as answered."""
        assert self.forward is not None
        self.forward(approval, approve, by, note)
        approval.state = "approved" if approve else "denied"
        approval.resolved_by = by
        approval.note = note
        approval.resolved_at = self._clock()
        self._recent[approval.id] = approval
        if len(self._recent) > 1000:
            self._recent.pop(next(iter(self._recent)))
        return approval

    def _finish(self, approval: Approval, state: str, *, by: str, note: str | None) -> None:
        if approval.state != "pending":
            return
        approval.state = state
        approval.resolved_by = by
        approval.note = note
        approval.resolved_at = self._clock()
        self._pending.pop(approval.id, None)
        self._recent[approval.id] = approval
        if len(self._recent) > 1000:
            self._recent.pop(next(iter(self._recent)))
        if approval.future is not None and not approval.future.done():
            approval.future.set_result(state)
        self._bus.emit(ApprovalEvent(approval, state))

    def pending(self) -> list[Approval]:
        """Pending approvals, oldest first: this instance's and, with shared state, every
        other instance's."""
        if not self.remote:
            return sorted(self._pending.values(), key=lambda a: a.created)
        now = self._clock()
        held = [a for a in self.remote.values() if a.expires > now]
        return sorted([*self._pending.values(), *held], key=lambda a: a.created)

    def get(self, approval_id: str) -> Approval | None:
        return (self._pending.get(approval_id) or self.remote.get(approval_id)
                or self._recent.get(approval_id))

    def expire_due(self) -> None:
        """Expire (deny) the approvals past their time. Those a requester waits on expire
        by themselves; those answered at once (`Hold.RETURN`) have nobody waiting, and
        without this would stay pending (and count against `max_pending`) for good."""
        now = self._clock()
        for approval in [a for a in self._pending.values() if a.expires <= now]:
            self._finish(approval, "expired", by="system", note="no operator decision in time")

    def expire_all(self, note: str) -> None:
        """Deny everything pending (shutdown)."""
        for approval in list(self._pending.values()):
            self._finish(approval, "expired", by="system", note=note)
