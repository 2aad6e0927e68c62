"""Relaying a streamed answer (server-sent events) from the upstream to the client,
guarded: each event through the tool calls' hold (`calls.CallHold`) and the text guard
(`streaming.StreamGuard`), as one streamed action of the engine (`Engine.stream`: one
ledger record for the whole stream, saying where it was cut if it was). A cut sends the
provider-shaped error event the SDKs raise on and cancels the upstream request.

The stream's opening decision is announced once its first bytes are written (or it is
refused), not before: the time to the first byte does not wait for the event (~50 us);
it is announced before any tool call of it is decided and before the stream's end.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import aiohttp
from multidict import CIMultiDict

from secproxy.engine import Engine
from secproxy.engine.pipeline import Stream
from secproxy.model import Action, Decision, Direction, Finding, Outcome, Severity, Surface, Verdict
from secproxy.surfaces.llm.answers import call_decider
from secproxy.surfaces.llm.calls import CallHold, CallVerdict, Decide
from secproxy.surfaces.llm.reply import Reply, send_refusal
from secproxy.surfaces.llm.sse import Event, EventReader, TextSpot, split_chunk, text_of
from secproxy.surfaces.llm.streaming import StreamCut, StreamGuard
from secproxy.surfaces.llm.tokens import UsageMeter
from secproxy.surfaces.llm.upstream import HOP_BY_HOP, Answer
from secproxy.surfaces.refusal import Provider, refuse, refuse_verdict


async def relay_stream(engine: Engine, reply: Reply, provider: Provider, action: Action,
                       resp: Answer, outcome: Outcome, meter: UsageMeter, holdback: int
                       ) -> None:
    """Relay one streamed answer (`action`: the request it answers) to `reply`, guarded;
    returns when it is over (relayed, cut, or refused before any byte)."""
    settings = engine.config.llm.stream
    streamed = Action(Surface.LLM, Direction.STREAM, action.principal, action.target,
                      action.session,
                      metadata={**action.metadata, "answers": action.request_id})
    verdict, announcement = await engine.decide_unannounced(streamed)
    # Published after the first write, by when the stream's action holds the first
    # chunk's raw text and its verdict the provisional findings: the announcement holds
    # the opening decision as it was made (RV: it carried the raw text to the live
    # views, and the findings were counted twice).
    announcement.action, announcement.verdict = _as_opened(streamed, verdict)
    stream = Stream(engine, streamed, verdict)  # (what engine.stream() makes, announced)
    publish = announcement.publish
    sout = stream.outcome
    sout.status = 200
    headers = answer_headers(resp, action.request_id)
    if not stream.verdict.permits:
        publish()
        refusal = refuse_verdict(stream.verdict, streamed.request_id)
        outcome.status = sout.status = refusal.status
        await stream.end()
        # the stream's record is written: a client gone meanwhile goes on the request's
        return await send_refusal(reply, refusal, provider, outcome)
    guard = StreamGuard(stream, settings, holdback)
    calls = CallHold(_announced_first(publish, call_decider(
        engine, principal=action.principal, session=action.session,
        meta=streamed.metadata)))
    reader = EventReader()

    async def send(chunks: list[bytes]) -> None:
        if not chunks:
            return
        if not reply.started:
            await reply.start(200, headers)
        data = b"".join(chunks)
        sout.bytes_out += len(data)
        try:
            await reply.write(data)
        finally:
            publish()

    # What may go out is written once per upstream read, however many events it held;
    # the first of it at once (the time to the first byte is what a person waits for),
    # and all of it before a tool call's decision (which may wait for an operator).
    ready: list[bytes] = []
    try:
        async for data in resp.content.iter_any():
            for event in reader.feed(data):
                spot, taken = _taken(event, guard, calls, meter)
                ready += taken if taken is not None \
                    else await _relay_event(event, spot, guard, calls)
                if ready and (not reply.started or calls.holding):
                    await send(ready)
                    ready = []
            await send(ready)
            ready = []
        for event in reader.rest():
            spot, taken = _taken(event, guard, calls, meter)
            ready += taken if taken is not None \
                else await _relay_event(event, spot, guard, calls)
        ready += await guard.emit(await calls.finish())
        ready += await guard.finish()
        await send(ready)
    except StreamCut as cut:
        publish()  # (before the cut's update, which stream.end() may emit)
        await send(ready)  # what was let through before the cut goes first
        resp.close()  # the upstream request is cancelled, not drained
        verdict = cut.verdict or _cut_verdict(cut.reason)
        refusal = refuse_verdict(verdict, streamed.request_id)
        sout.error = (f"stream cut by secproxy after {guard.sent_chars} characters: "
                      f"{cut.reason}")
        if cut.verdict is None:
            stream.verdict.decision = Decision.BLOCK
            stream.verdict.reason = cut.reason
            stream.verdict.findings.extend(verdict.findings)
        if not reply.started:
            outcome.status = sout.status = refusal.status
            await stream.end()
            return await send_refusal(reply, refusal, provider, outcome)
        stage = verdict.findings[-1].stage if verdict.findings else None
        await send([refusal.sse(provider, guard=stage)])
    except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
        # What the guard still held goes nowhere (not looked at); the client is told the
        # answer broke off, not left with a stream that ends as if it were whole.
        sout.error = f"upstream stream failed: {exc!r}"
        broke = refuse("upstream_closed", "the upstream's stream broke off before its end",
                       request_id=streamed.request_id)
        if not reply.started:
            outcome.status = sout.status = broke.status
            return await send_refusal(reply, broke, provider, sout)
        await send([*ready, broke.sse(provider)])
    finally:
        publish()
        outcome.bytes_out = sout.bytes_out
        meter.answered = guard.text
        await stream.end()
    if not reply.started:
        await reply.start(200, headers)
    await reply.end()


def _as_opened(action: Action, verdict: Verdict) -> tuple[Action, Verdict]:
    """Copies of a stream's action and verdict as its opening decision left them (the
    stream fills the originals as it goes)."""
    opened = copy.copy(action)
    opened.metadata = dict(action.metadata)
    decided = copy.copy(verdict)
    decided.findings, decided.shadow = list(verdict.findings), list(verdict.shadow)
    decided.timings = dict(verdict.timings)
    return opened, decided


def _announced_first(publish: Callable[[], None], decide: Decide) -> Decide:
    """`decide`, the stream's opening decision announced before any of its tool calls
    is decided."""

    async def first(name: str, text: str) -> CallVerdict:
        publish()
        return await decide(name, text)

    return first


def _taken(event: Event, guard: StreamGuard, calls: CallHold, meter: UsageMeter
           ) -> tuple[TextSpot | None, list[bytes] | None]:
    """An upstream event counted, and where its text is; and when it is text that needs
    neither the tool calls' hold nor a look of the guards, taken at once
    (`StreamGuard.take`, no coroutine): what may go out now. None: `_relay_event` takes
    it (and counts it no second time)."""
    meter.answer(event.doc)
    spot = text_of(event)
    if spot is not None and calls.passes(spot):
        return spot, guard.take(event, spot)
    return spot, None


async def _relay_event(event: Event, spot: TextSpot | None, guard: StreamGuard,
                       calls: CallHold) -> list[bytes]:
    """One upstream event (counted, `spot` its text: `_taken`) through the tool calls'
    hold and the text guard."""
    if spot is not None and calls.passes(spot):
        return await guard.event(event, spot)
    if spot is None and (parts := split_chunk(event)) is not None:
        each: list[bytes] = []
        for part in parts:
            each += await _relay_event(part, text_of(part), guard, calls)
        return each
    ready, rest = await calls.event(event)
    if rest is None:  # held or decided: a tool call's events come after the text before it
        return await guard.emit(ready)
    out = await guard.emit(ready) if ready else []
    return out + await guard.event(rest, spot if rest is event else text_of(rest))


def _cut_verdict(reason: str) -> Verdict:
    return Verdict(Decision.BLOCK, [Finding("llm", "stream_holdback", reason, Severity.HIGH)],
                   reason=reason)


def answer_headers(resp: Answer, request_id: str) -> CIMultiDict[str]:
    """The upstream's answer headers the client gets (this hop's own left out)."""
    out: CIMultiDict[str] = CIMultiDict()
    for name, value in resp.headers.items():
        if name.lower() not in HOP_BY_HOP:
            out.add(name, value)
    out["X-Secproxy-Request-Id"] = request_id
    return out
