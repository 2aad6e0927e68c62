"""What the inspection API answers: a verdict as JSON (decision, findings with their
family and kind, risk, sanitized content, per-stage timings, request id), and the
malformed-request and refusal bodies in the refusal module's shape."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

import orjson
from aiohttp import web

from secproxy.content import write_back
from secproxy.engine import Engine
from secproxy.engine.session import family_of
from secproxy.model import Action, Decision, Finding, Verdict
from secproxy.surfaces.base import HotAnswer
from secproxy.surfaces.refusal import Refusal


def finding_json(finding: Finding) -> dict[str, Any]:
    d = finding.to_dict()
    d["family"] = family_of(finding)
    d.setdefault("kind", finding.category)
    return d


def verdict_json(engine: Engine, action: Action, verdict: Verdict,
                 arguments: dict[str, Any] | None = None) -> dict[str, Any]:
    """The verdict on `action`; `arguments`: the tool call's arguments, given back masked
    when the guards rewrote them."""
    sessions = engine.sessions
    risk = round(sessions.weigh(verdict.findings)[0], 2)
    session = sessions.get(action.session, action.principal)
    timings = {k: round(v * 1e6, 1) for k, v in verdict.timings.items()}
    timings["total"] = round(sum(verdict.timings.values()) * 1e6, 1)
    body: dict[str, Any] = {
        "request_id": action.request_id,
        "decision": str(verdict.decision),
        "allowed": verdict.permits,
        "reason": verdict.reason,
        "rule": verdict.rule,
        "findings": [finding_json(f) for f in verdict.findings],
        "risk": {"call": risk, "session": round(sessions.risk_now(session, engine.clock()), 2)
                 if session is not None else risk},
        "timings_us": timings,
        "approval_id": verdict.approval_id,
    }
    if verdict.decision is Decision.ALLOW_WITH_REDACTION:
        if arguments is not None and action.slots is not None:
            body["arguments"] = write_back(copy.deepcopy(arguments), action.slots)
        else:
            body["sanitized"] = verdict.sanitized if verdict.sanitized is not None \
                else action.content
    return body


def encoded(body: Any, *, status: int = 200, headers: Mapping[str, str] | None = None
            ) -> HotAnswer:
    """`body` encoded as JSON by orjson (a tenth of `json.dumps`'s time: the encoding was
    the largest cost of an answer); what orjson refuses (an integer past 64 bits, a lone
    surrogate, a key that is not a string) goes the way `web.json_response` takes."""
    try:
        data = orjson.dumps(body)
    except TypeError:
        data = json.dumps(body).encode()
    return HotAnswer(status, data, headers)


def to_response(answer: HotAnswer) -> web.Response:
    """An answer as aiohttp's response (what the api listener's front writes itself for
    the requests it takes: the same status line, headers and body)."""
    return web.Response(body=answer.body, status=answer.status, headers=answer.headers,
                        content_type="application/json", charset="utf-8")


def json_answer(body: Any, *, status: int = 200, headers: Mapping[str, str] | None = None
                ) -> web.Response:
    """`body` as a JSON response, as `web.json_response` makes it but encoded by orjson."""
    return to_response(encoded(body, status=status, headers=headers))


def refusal_answer(refusal: Refusal, **extra: Any) -> HotAnswer:
    """A refusal in the refusal module's JSON shape, with fields of the API's own."""
    return encoded({**refusal.body(), **extra}, status=refusal.status,
                   headers=dict(refusal.header_list()))


def refusal_response(refusal: Refusal, **extra: Any) -> web.Response:
    """`refusal_answer` as aiohttp's response."""
    return to_response(refusal_answer(refusal, **extra))
