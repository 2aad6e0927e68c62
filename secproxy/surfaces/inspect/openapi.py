"""The inspection API described as OpenAPI 3.1, served at `GET /openapi.json`.

Request schemas come from the pydantic models that validate the bodies
(`requests.py`); the answers, which `answers.py` and `app.py` build as plain JSON, are
described by the models below, so the document and the wire can be checked against
each other (`tests/surfaces/test_inspect_openapi_functional.py` does, on real answers).
"""

from __future__ import annotations

from typing import Any, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import models_json_schema

from secproxy import __version__
from secproxy.surfaces.inspect.requests import (
    ExecuteRequest,
    InputRequest,
    OutputRequest,
    ResolveRequest,
    ToolCallRequest,
)

DecisionName = Literal["allow", "allow_with_redaction", "challenge", "require_approval", "block"]


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FindingOut(_Answer):
    """One reason behind a verdict."""

    stage: str
    category: str
    family: str
    """`injection`, `jailbreak`, `system_prompt_leak`, `secret`, `pii`, `encoding`,
    `tool_abuse`, `chain`, `session`, `policy`…"""
    kind: str
    """The precise kind (`aws_access_key_id`, `reverse_shell`, `exfiltration`…)."""
    message: str
    severity: Literal["info", "low", "medium", "high", "critical"]
    span: list[int] | None = Field(default=None, min_length=2, max_length=2)


class Risk(_Answer):
    call: float
    """Risk this call added (weighted finding severities)."""
    session: float
    """The session's risk after it, decayed to now."""


class VerdictOut(_Answer):
    """The verdict on an inspected call."""

    request_id: str
    decision: DecisionName
    allowed: bool
    reason: str | None
    rule: str | None
    findings: list[FindingOut]
    risk: Risk
    timings_us: dict[str, float]
    """Microseconds per stage, and `total`."""
    approval_id: str | None
    arguments: dict[str, Any] | None = None
    """The tool call's arguments, masked, when a guard rewrote them."""
    sanitized: str | None = None
    """The text, masked, when a guard rewrote it."""


class SubmitOut(VerdictOut):
    """`POST /approval/submit`: pending (202), not needed (200) or refused (403)."""

    state: Literal["pending", "not_required", "blocked"]
    expires: float | None = None


class RateLimitOut(_Answer):
    """The limit a 429 names."""

    key: str
    requests_per_minute: float
    burst: int


class Refusal(_Answer):
    """A refusal: the refusal module's body with the API's own fields."""

    error: str
    """`bad_request`, `unauthorized`, `body_too_large`, `rate_limit`, `permit_invalid`,
    `handler_refused`, or the deciding finding's category."""
    reason: str | None
    rule: str | None
    request_id: str | None
    field: str | None = None
    """The field at fault (dotted), for a malformed body."""
    result: Literal["blocked", "malformed"] | None = None
    verdict: VerdictOut | None = None
    approval_id: str | None = None
    retry_after: float | None = None
    limit: RateLimitOut | None = None


class ApprovalOut(_Answer):
    """`GET /approval/{id}`; once approved, the permit to present to `/execute`."""

    approval_id: str
    state: Literal["pending", "approved", "denied", "expired"]
    summary: str
    expires: float
    resolved_by: str | None
    note: str | None
    permit: str | None = None
    permit_expires: float | None = None


class ResolveOut(_Answer):
    approval_id: str
    state: Literal["approved", "denied", "expired", "pending"]
    resolved_by: str | None


class Problem(_Answer):
    """An approval that is not there (404) or already resolved (409)."""

    error: Literal["not_found", "conflict"]
    reason: str


class ExecuteOut(_Answer):
    """`POST /execute` once the engine allowed it: the handler's result."""

    result: Literal["executed", "blocked", "failed"]
    output: Any = None
    """The handler's output, its text (a file's content, an HTTP body, a command's
    stdout and stderr) masked as `output_verdict` says; null when that verdict refused
    it (`error`: `output_refused`: the call ran, its output is withheld)."""
    error: str | None = None
    reason: str | None = None
    verdict: VerdictOut
    """The verdict on the call."""
    output_verdict: VerdictOut | None = None
    """The verdict on the output, decided as a tool's result (`/inspect/output`)."""
    request_id: str


_MODELS: list[type[BaseModel]] = [
    InputRequest, ToolCallRequest, OutputRequest, ExecuteRequest, ResolveRequest,
    VerdictOut, SubmitOut, Refusal, ApprovalOut, ResolveOut, Problem, ExecuteOut]


def _json(schema: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{schema}"}}}}


def _body(schema: str) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{schema}"}}}}


_REFUSALS = {
    "400": _json("Refusal", "Malformed body: `field` names the field at fault"),
    "401": _json("Refusal", "No valid API key"),
    "413": _json("Refusal", "The body is over `inspect.max_body_bytes`"),
    "429": _json("Refusal", "The API key's rate limit (`Retry-After` says when to retry)"),
}


def _inspect(summary: str, request: str) -> dict[str, Any]:
    return {"post": {"summary": summary, "requestBody": _body(request),
                     "responses": {"200": _json("VerdictOut", "The verdict"), **_REFUSALS}}}


def document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the inspection API."""
    _, defs = models_json_schema([(m, "validation") for m in _MODELS],
                                 ref_template="#/components/schemas/{model}")
    schemas = defs.get("$defs", {})
    security: list[dict[str, list[str]]] = [{"apiKey": []}]
    return {
        "openapi": "3.1.0",
        "info": {"title": "secproxy inspection API", "version": __version__,
                 "description": "Agent runtimes ask secproxy before they act: inputs, tool "
                                "calls and outputs are inspected; approvals yield one-time "
                                "permits; /execute runs an allowed call through a handler."},
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "components": {
            "schemas": schemas,
            "securitySchemes": {"apiKey": {
                "type": "http", "scheme": "bearer",
                "description": "One of inspect.api_keys, when configured (the header is "
                               "inspect.key_header; Authorization by default)."}},
        },
        "security": security,
        "paths": {
            "/inspect/input": _inspect("Inspect text going into an agent", "InputRequest"),
            "/inspect/tool-call": _inspect("Inspect a tool call before it is made",
                                           "ToolCallRequest"),
            "/inspect/output": _inspect("Inspect (and mask) a tool's or model's output",
                                        "OutputRequest"),
            "/approval/submit": {"post": {
                "summary": "Ask an operator to approve an exact tool call",
                "requestBody": _body("ToolCallRequest"),
                "responses": {"202": _json("SubmitOut", "Pending: poll GET /approval/{id}"),
                              "200": _json("SubmitOut", "No approval needed"),
                              "403": _json("SubmitOut", "Refused outright"), **_REFUSALS}}},
            "/approval/resolve": {"post": {
                "summary": "Resolve an approval (an operator key)",
                "requestBody": _body("ResolveRequest"),
                "responses": {"200": _json("ResolveOut", "Resolved"),
                              "400": _json("Refusal", "Malformed body"),
                              "401": _json("Refusal", "No operator key"),
                              "404": _json("Problem", "No such approval"),
                              "409": _json("Problem", "Already resolved")}}},
            "/approval/{id}": {"get": {
                "summary": "An approval's state, and its permit once approved",
                "parameters": [{"name": "id", "in": "path", "required": True,
                                "schema": {"type": "string"}}],
                "responses": {"200": _json("ApprovalOut", "The approval"),
                              "401": _json("Refusal", "No valid API key"),
                              "404": _json("Problem", "No such approval")}}},
            "/execute": {"post": {
                "summary": "Inspect a call and, when allowed, run it through a handler",
                "requestBody": _body("ExecuteRequest"),
                "responses": {"200": _json("ExecuteOut", "Executed"),
                              "403": {"description": "Blocked (by the engine, a handler's "
                                      "confinement or a permit that does not hold)",
                                      "content": {"application/json": {"schema": {"oneOf": [
                                          {"$ref": "#/components/schemas/Refusal"},
                                          {"$ref": "#/components/schemas/ExecuteOut"}]}}}},
                              "502": _json("ExecuteOut", "The handler failed"),
                              "504": _json("ExecuteOut", "The handler timed out"),
                              **_REFUSALS}}},
            "/openapi.json": {"get": {"summary": "This document", "security": [],
                                      "responses": {"200": {"description": "OpenAPI 3.1"}}}},
        },
    }


async def serve(request: web.Request) -> web.Response:
    """`GET /openapi.json` (open, like `/health`: it describes, it decides nothing)."""
    return web.json_response(document())
