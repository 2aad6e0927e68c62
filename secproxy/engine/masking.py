"""Secrets are masked before an event leaves the engine.

`EventMasker` is the bus's `mask` hook: every event, whoever emits it (the engine, a
surface answering before the engine decided, the operator trail), passes it before any
listener or subscriber sees it. An event that carries an action (decision, record,
intent) gets a masked copy of the action and, when its texts need it, of the verdict;
the surface keeps the raw action for forwarding, and approvals stay bound to the raw
action's fingerprint. Clean actions are not copied (`Redactor.action` returns them as
they are).
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

from secproxy.events import (
    ConfigEvent,
    DecisionEvent,
    Event,
    IntentEvent,
    PrincipalEvent,
    RecordEvent,
    TaintEvent,
)
from secproxy.model import Action, Verdict
from secproxy.redact import Redactor, mask_text

_ACTION = "action"
_VERDICT = "verdict"
_DECIDED = (DecisionEvent, RecordEvent, IntentEvent)
"""The engine's own events with an action and a verdict (one or two per decision)."""


class EventMasker:
    """Masks an event in place (idempotent: an event emitted twice is masked once)."""

    __slots__ = ("redactor",)

    def __init__(self, redactor: Redactor):
        self.redactor = redactor

    def __call__(self, event: Event) -> None:
        # The engine's own events first, without probing attributes (the hot path: what
        # `_decided` does, inline).
        if isinstance(event, _DECIDED):
            action, verdict = event.action, event.verdict
            redactor = self.redactor
            masked = redactor.action(action)
            raw = action.original if action.original is not None else action.content
            if raw and verdict.findings:
                masked = _hide_found(raw, verdict, masked)
            if masked is not action:
                event.action = masked
            if verdict.reason or verdict.findings:  # else nothing to mask (most decisions)
                clean = redactor.verdict(verdict)
                if clean is not verdict:
                    event.verdict = clean
            return
        if isinstance(event, PrincipalEvent):  # strikes: a quarter of decisions or more
            if event.reason:
                event.reason = mask_text(event.reason)
            return
        # Any other event type carrying an action (and a verdict), present or future.
        carried = getattr(event, _ACTION, None)
        if isinstance(carried, Action):
            judged = getattr(event, _VERDICT, None)
            self._decided(event, carried, judged if isinstance(judged, Verdict) else None)
        elif isinstance(event, TaintEvent):
            if event.source:
                event.source = mask_text(event.source)
        elif isinstance(event, ConfigEvent):
            event.errors = [mask_text(e) for e in event.errors]
            if event.why:
                event.why = mask_text(event.why)

    def _decided(self, event: Event, action: Action, verdict: Verdict | None) -> None:
        masked = self.redactor.action(action)
        if verdict is not None:
            raw = action.original if action.original is not None else action.content
            if raw and verdict.findings:
                masked = _hide_found(raw, verdict, masked)
            clean = self.redactor.verdict(verdict)
            if clean is not verdict:
                setattr(event, _VERDICT, clean)
        if masked is not action:
            setattr(event, _ACTION, masked)


def _hide_found(raw: str, verdict: Verdict, action: Action) -> Action:
    """What guards found (a finding's span in the raw content, as it arrived) hidden in
    the published copy's content, arguments, URL path and query, and metadata (egress
    headers): a secret a guard blocked, or only logged, must not reach a console or the
    ledger in clear. Sanitized content is masked already."""
    found = {raw[a:b] for f in verdict.findings if f.span is not None
             for a, b in (f.span,) if b - a >= 4 and 0 <= a < b <= len(raw)}
    if not found:
        return action
    ordered = sorted(found, key=len, reverse=True)
    hide = functools.partial(_hide, ordered)
    content = hide(action.content) if action.content else action.content
    arguments = hide(action.arguments) if action.arguments else action.arguments
    metadata = hide(action.metadata) if action.metadata else action.metadata
    t = action.target
    path = hide(t.path) if t.path else t.path
    query = hide(t.query) if t.query else t.query
    if (content == action.content and arguments == action.arguments
            and metadata == action.metadata and path == t.path and query == t.query):
        return action
    target = t if path == t.path and query == t.query else dataclasses.replace(
        t, path=path, query=query)
    return dataclasses.replace(action, content=content, arguments=arguments,
                               metadata=metadata, target=target, slots=None, original=None)


def _hide(ordered: list[str], value: Any) -> Any:
    """`value` with each of `ordered` (longest first) replaced by `[FOUND]` in its strings
    (a function of the module: a closure calling itself would be a reference cycle)."""
    if isinstance(value, str):
        for text in ordered:
            if text in value:
                value = value.replace(text, "[FOUND]")
        return value
    if isinstance(value, dict):
        return {k: _hide(ordered, v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_hide(ordered, v) for v in value]
    return value


class Announced:
    """A tracked decision as it was published: its event's masked copies of the action
    and verdict, and what of the raw ones the masking (and the record) reads. The record
    written when the surface is done carries the same copies while none of that changed,
    rather than masking it all again (the second of two maskings per tracked request:
    egress, LLM). A surface replaces a metadata value or adds one, appends a finding,
    changes the decision or the reason: any of these and the record is masked anew.
    (A value edited in place inside a nested container is not seen: surfaces set
    metadata keys, they do not edit what a key holds.)"""

    __slots__ = ("event", "_action", "_verdict", "_read")

    def __init__(self, event: DecisionEvent, action: Action, verdict: Verdict):
        self.event = event
        """The published (masked) event."""
        self._action = action
        self._verdict = verdict
        self._read = _read(action, verdict)

    def copies(self, action: Action, verdict: Verdict) -> tuple[Action, Verdict] | None:
        """The published action and verdict, when `action` and `verdict` are the raw
        ones announced and hold what they held then; None: mask them again."""
        if (action is not self._action or verdict is not self._verdict
                or _read(action, verdict) != self._read):
            return None
        event = self.event
        return event.action, event.verdict


def _read(action: Action, verdict: Verdict) -> tuple[Any, ...]:
    """What of a raw action and verdict their masking and their record read (compared
    item by item: the same objects, or equal ones, mask the same)."""
    t = action.target
    meta, args = action.metadata, action.arguments
    return (action.content, action.original, args, [*args.items()] if args else None, meta,
            [*meta.items()] if meta else None, t.path, t.query, t.host, t.method,
            verdict.decision, verdict.rule, verdict.reason, [*verdict.findings],
            [*verdict.shadow], verdict.approval_id, verdict.sanitized)
