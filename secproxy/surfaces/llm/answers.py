"""Deciding an LLM answer that is not streamed: its text as an action of direction
`response`, each tool call it returns as an action of surface `tool` (a streamed
answer's calls too: `call_decider`).

The assistant text is guarded like the request was (masked in place, or the answer
refused). A tool call the rules or guards refuse is taken out of the answer and
replaced by a text part saying why, before the agent ever sees it; one that needs an
operator's approval waits for it. What comes back is the body to send: the upstream's
own bytes when nothing changed.

An answer without tool calls is decided unannounced: its decision event and its record
follow once the answer has gone to the agent (`announcing.AnswerDecision`); with tool
calls, or strict durability, both are made before, as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from secproxy.content import Role, Slot, arguments_view, collect, joined, write_back
from secproxy.engine import Engine
from secproxy.model import Action, Decision, Direction, Principal, Surface, Target, Verdict
from secproxy.surfaces.llm.announcing import AnswerDecision
from secproxy.surfaces.llm.calls import CallVerdict, Decide, arguments_of
from secproxy.surfaces.llm.formats import (
    Format,
    ToolCall,
    encode,
    parse_answer,
    replace_tool_calls,
)
from secproxy.surfaces.llm.loose import drop_logprobs, loose_slots
from secproxy.surfaces.llm.tokens import UsageMeter


@dataclass(slots=True)
class Answer:
    """What to send back for one answer."""

    body: bytes
    refused: Verdict | None = None
    """The verdict refusing the whole answer, when one did."""
    request_id: str | None = None
    """The request id of the refusing action."""
    decision: AnswerDecision | None = None
    """The answer's decision, to announce and record once the answer is sent."""


async def decide_answer(engine: Engine, fmt: Format, body: bytes, *, principal: Principal,
                        target: Target, session: str | None, meta: dict[str, Any],
                        meter: UsageMeter | None = None) -> Answer:
    """Guard an answer's text and tool calls; the body to relay, or the refusal. The
    answer's usage (or its text, to estimate) goes to `meter`."""
    parsed = parse_answer(fmt, body)
    if meter is not None:
        meter.answer(parsed.doc)
        if not meter.usage.reported:
            meter.answered = joined(parsed.slots) + "".join(c.text for c in parsed.tool_calls)
    changed = False
    slots = [*parsed.slots, *loose_slots(parsed.doc, parsed.slots,
                                         [c.path for c in parsed.tool_calls])]
    later: AnswerDecision | None = None
    if slots:
        action = Action(Surface.LLM, Direction.RESPONSE, principal, target, session,
                        joined(slots), metadata=dict(meta), slots=slots)
        if parsed.tool_calls or engine.durable:
            # (calls are decided after the text's decision is announced, as they were)
            verdict = await engine.decide(action)
        else:
            verdict, announcement = await engine.decide_unannounced(action)
            later = AnswerDecision(engine, action, verdict, announcement)
        if not verdict.permits:
            return Answer(body, verdict, action.request_id, later)
        if verdict.decision is Decision.ALLOW_WITH_REDACTION and action.slots is not None:
            if parsed.doc is None:
                return Answer((action.content or "").encode(), decision=later)
            try:
                parsed.doc = write_back(parsed.doc, action.slots)
                drop_logprobs(parsed.doc)
                if later is not None:  # (no calls: the rest is this)
                    return Answer(encode(parsed.doc), decision=later)
            except BaseException:
                if later is not None:  # nothing goes out: still announced and recorded
                    await later.settle(unwinding=True)
                raise
            changed = True
    refused: list[tuple[ToolCall, str]] = []
    for call in parsed.tool_calls:
        verdict, action = await _decide_call(engine, parsed.doc, call, principal, session, meta)
        if not verdict.permits:
            refused.append((call, refused_call_text(call.name, verdict, action.request_id)))
        elif verdict.decision is Decision.ALLOW_WITH_REDACTION and action.slots:
            write_back(parsed.doc, action.slots)
            changed = True
    if refused and isinstance(parsed.doc, dict):
        replace_tool_calls(fmt, parsed.doc, refused)
        changed = True
    return Answer(encode(parsed.doc) if changed else body, decision=later)


async def _decide_call(engine: Engine, doc: Any, call: ToolCall, principal: Principal,
                       session: str | None, meta: dict[str, Any]) -> tuple[Verdict, Action]:
    if call.arguments_path is not None:
        slots = [Slot(Role.TOOL_CALL, call.text, call.arguments_path)] if call.text else []
    else:
        slots = collect(doc, Role.TOOL_CALL, (*call.path, call.object_key))
    return await decide_tool_call(engine, call.name, call.arguments, slots,
                                  principal=principal, session=session, meta=meta)


async def decide_tool_call(engine: Engine, name: str, arguments: dict[str, Any] | None,
                           slots: list[Slot], *, principal: Principal, session: str | None,
                           meta: dict[str, Any]) -> tuple[Verdict, Action]:
    """One tool call the model returned, as an action of surface `tool` (its arguments'
    text in `slots`, masked in place when sanitized; then their values end to end,
    `arguments_view`: a key split over two of them refuses the call)."""
    view = arguments_view(arguments) if arguments else None
    action = Action(Surface.TOOL, Direction.REQUEST, principal,
                    Target(method="tools/call", tool=name), session,
                    joined(slots) if slots else None, arguments,
                    metadata={**meta, "via": "llm"},
                    slots=[*slots, view] if slots and view else slots or None)
    return await engine.decide(action), action


def refused_call_text(name: str, verdict: Verdict, request_id: str) -> str:
    """What the agent reads in place of a refused tool call."""
    why = verdict.reason or str(verdict.decision)
    return f"[secproxy] tool call {name} was blocked: {why} (request {request_id})"


def call_decider(engine: Engine, *, principal: Principal, session: str | None,
                 meta: dict[str, Any]) -> Decide:
    """How a stream's tool calls are decided (`calls.CallHold`): each an action of surface
    `tool` whose arguments' text is its one slot."""

    async def decide(name: str, text: str) -> CallVerdict:
        slots = [Slot(Role.TOOL_CALL, text, ("arguments",))] if text else []
        verdict, action = await decide_tool_call(engine, name, arguments_of(text), slots,
                                                 principal=principal, session=session,
                                                 meta=meta)
        if not verdict.permits:
            return CallVerdict(False, refused_call_text(name, verdict, action.request_id))
        if verdict.decision is Decision.ALLOW_WITH_REDACTION and action.slots:
            return CallVerdict(True, masked=action.slots[0].text)
        return CallVerdict(True)

    return decide
