"""The shared vocabulary: what is decided (`Action`) and what comes back (`Verdict`).

Every surface translates its wire format into an `Action`; the engine answers with a
`Verdict`. Nothing else crosses the boundary between surfaces and the engine.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from secproxy.content import Role, Slot, collect, joined


class Surface(StrEnum):
    """Where an action came from."""

    EGRESS = "egress"
    CONNECT = "connect"
    LLM = "llm"
    WS = "ws"
    TOOL = "tool"
    MCP = "mcp"
    """MCP traffic (stdio wrap, streamable HTTP): tool calls, results, definitions."""
    INSPECT = "inspect"
    """The inspection API: agents asking before they act (input, tool calls, output,
    mediated execution)."""
    OPERATOR = "operator"
    """Changes to the proxy itself (blocks, rules, reloads): recorded, never decided."""


class Direction(StrEnum):
    """Which way the content flows."""

    REQUEST = "request"
    RESPONSE = "response"
    STREAM = "stream"


class Decision(StrEnum):
    """The outcome of a decision, ordered from most to least permissive."""

    ALLOW = "allow"
    ALLOW_WITH_REDACTION = "allow_with_redaction"
    CHALLENGE = "challenge"
    REQUIRE_APPROVAL = "require_approval"
    BLOCK = "block"

    @property
    def permits(self) -> bool:
        """True when the action may proceed."""
        return self in _PERMITTING


# A set, not `Decision.X` lookups: a member lookup on the class costs ~100 ns on 3.11,
# and every decision asks this.
_PERMITTING = frozenset({Decision.ALLOW, Decision.ALLOW_WITH_REDACTION})


class Severity(StrEnum):
    """How serious a finding is."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who acts. The first identity that is set names the principal (`key`)."""

    ip: str | None = None
    user: str | None = None
    api_key: str | None = None
    channel: str | None = None
    agent: str | None = None

    key: str = field(init=False, repr=False, compare=False)
    """Stable key used for strikes, blocks and per-principal limits: the first of `keys()`
    (worked out once, with them: a decision reads it several times)."""
    _keys: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        out = []
        if self.user:
            out.append(f"user:{self.user}")
        if self.api_key:
            out.append(f"key:{mask_secret(self.api_key)}")
        if self.channel:
            out.append(f"channel:{self.channel}")
        if self.agent:
            out.append(f"agent:{self.agent}")
        if self.ip:
            out.append(f"ip:{self.ip}")
        keys = tuple(out) or ("anonymous",)
        object.__setattr__(self, "_keys", keys)  # frozen: set once, here
        object.__setattr__(self, "key", keys[0])

    def keys(self) -> tuple[str, ...]:
        """Every key this principal can be known by (for allow/blocklists)."""
        return self._keys


_ID_PREFIX = os.urandom(4).hex()
_id_counter = itertools.count(1)


def new_request_id() -> str:
    """A request id unique within this process and, through a random prefix, across
    processes: 16 hex digits (a uuid4 costs several times more on the hot path)."""
    return f"{_ID_PREFIX}{next(_id_counter) & 0xFFFFFFFF:08x}"


def mask_secret(value: str) -> str:
    """A stable, non-reversible short form of a secret (prefix + hash)."""
    digest = hashlib.sha256(value.encode()).hexdigest()[:8]
    return f"{value[:4]}…{digest}" if len(value) > 8 else f"…{digest}"


@dataclass(slots=True)
class Target:
    """What the action is aimed at."""

    host: str | None = None
    """Destination host name or address, lower-case, without port."""
    port: int | None = None
    """Destination port, when known."""
    scheme: str | None = None
    """`http`, `https`, `ws`, `wss`… when known."""
    path: str | None = None
    """Request path without the query string."""
    query: str | None = None
    """Raw query string, without the leading `?`."""
    method: str | None = None
    """HTTP method or RPC method (`GET`, `tools/call`)."""
    tool: str | None = None
    """Tool name for tool calls."""
    connects: bool = False
    """The surface will open a connection to `host:port` when permitted: the engine's
    destination stage then resolves the host and checks every address (SSRF, ports)."""
    addresses: list[Any] | None = None
    """The addresses the host resolved to, every one checked by the destination stage:
    the surface connects to these and never looks the host up itself."""

    @property
    def url(self) -> str | None:
        """The target as `host[:port]/path[?query]`, protocol stripped."""
        if not self.host:
            return None
        hostport = self.host if self.port is None else f"{self.host}:{self.port}"
        path = self.path or "/"
        return f"{hostport}{path}" + (f"?{self.query}" if self.query else "")


def host_summary(surface: Surface, method: str | None, url: str | None) -> str:
    """`Action.summary()` of an action with a host (and no tool, not a result): from
    its surface, method and URL alone, so a view that kept those makes it later."""
    return f"{surface} {method} {url}" if method else f"{surface} {url}"


_SUMMARY_JSON = json.JSONEncoder(default=str).encode
"""`json.dumps(…, default=str)` without a new encoder per call (`json.dumps` makes one
whenever an argument is given): a summary is made per announced decision."""

@dataclass(slots=True)
class Action:
    """The normalized thing to decide on."""

    surface: Surface
    direction: Direction = Direction.REQUEST
    principal: Principal = field(default_factory=Principal)
    target: Target = field(default_factory=Target)
    session: str | None = None
    """Session id, when the surface knows one."""
    content: str | None = None
    """Text to inspect (a prompt, a frame, a tool result)."""
    arguments: dict[str, Any] | None = None
    """Structured tool arguments, when this is a tool call."""
    metadata: dict[str, Any] = field(default_factory=dict)
    """Surface-specific extras (headers, frame kind, sizes)."""
    request_id: str = field(default_factory=new_request_id)
    created: float = field(default_factory=time.time)
    credentials: str | None = field(default=None, repr=False, compare=False)
    """Credentials the client presented (a `Proxy-Authorization` value) for the engine's
    auth stage, which reads and clears them: they never reach an event or the ledger."""
    slots: list[Slot] | None = None
    """The content as role-tagged pieces with paths back into the wire format, when the
    surface cuts it up (then `content` is their text joined by newlines); otherwise the
    guards see `content` as one slot. A redaction rewrites them in place."""
    original: str | None = None
    """The content as it arrived, once a redaction has rewritten `content`."""
    headers: Mapping[str, str] | None = field(default=None, repr=False, compare=False)
    """The request's headers as a case-insensitive mapping, for limits kept per header
    (`limit_by: header:<name>`); surfaces that record headers put them in `metadata`
    instead. Never recorded nor published: masked copies of the action leave it out."""

    def fingerprint(self) -> str:
        """Hash of the normalized action: what an approval is bound to (the content as it
        arrived, before any redaction).

        Canonical in the order of the arguments' keys, never in their values: a tool call
        whose content is its arguments' strings in the order they came (`collect`) is bound
        by the arguments alone, hashed with sorted keys, so an agent that re-serialises
        `{"path": "a", "mode": "w"}` as `{"mode": "w", "path": "a"}` asks the same thing.
        Strings are compared as sent: no Unicode normal form is applied, so a confusable
        (`ｒｍ` for `rm`) or another composition of an accented letter is another action."""
        content = self.content if self.original is None else self.original
        if (content is not None and self.arguments is not None
                and content == joined(collect(self.arguments, Role.TOOL_CALL))):
            content = None
        body = {
            "surface": str(self.surface),
            "direction": str(self.direction),
            "principal": self.principal.key,
            "session": self.session,
            "host": self.target.host,
            "port": self.target.port,
            "path": self.target.path,
            "query": self.target.query,
            "method": self.target.method,
            "tool": self.target.tool,
            "arguments": self.arguments,
            "content": content,
        }
        raw = json.dumps(body, sort_keys=True, default=str, separators=(",", ":"))
        return hashlib.sha256(raw.encode()).hexdigest()

    @property
    def result_of(self) -> str | None:
        """The tool whose result this is (a response frame answering a tool call), if known."""
        if self.direction is not Direction.REQUEST and not self.target.tool:
            tool = self.metadata.get("tool")
            return tool if isinstance(tool, str) and tool else None
        return None

    def summary(self) -> str:
        """One human line saying what is asked."""
        t = self.target
        result_of = self.result_of
        if result_of:
            return f"{self.surface} result of {result_of}"
        if t.tool:
            args = _SUMMARY_JSON(self.arguments)[:200] if self.arguments else ""
            kind = "tool" if self.surface is Surface.TOOL else f"{self.surface} tool"
            return f"{kind} {t.tool}({args})"
        if t.host:
            return host_summary(self.surface, t.method, t.url)
        if self.content:
            return f"{self.surface} {self.direction}: {self.content[:120]!r}"
        return f"{self.surface} {self.direction}"


@dataclass(frozen=True, slots=True)
class Finding:
    """One reason behind a verdict."""

    stage: str
    """Pipeline stage that produced it (`rules`, `limits`, a guard name)."""
    category: str
    """What kind of problem (`rate_limit`, `denied_by_rule`, `secret`, `pii`…)."""
    message: str
    severity: Severity = Severity.MEDIUM
    span: tuple[int, int] | None = None
    """Character span in the inspected content, when it applies."""
    kind: str = ""
    """The precise kind within the category (`github_token`, `email`…), when known."""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "stage": self.stage,
            "category": self.category,
            "message": self.message,
            "severity": str(self.severity),
        }
        if self.span is not None:
            d["span"] = list(self.span)
        if self.kind:
            d["kind"] = self.kind
        return d


@dataclass(frozen=True, slots=True)
class LimitHit:
    """The rate limit that refused an action: what a 429's body names."""

    name: str
    """The rule's name, or the top-level `limits` entry's."""
    key: str
    """The counter's key (`ip:10.0.0.5`, `user:bob|header:x-tenant=acme`; API keys masked)."""
    limit: int
    """The number that is reached (requests, tokens, or the burst's size)."""
    window: float | None
    """Seconds of the window that is full; None for the burst."""
    retry_after: float
    """Seconds until one more fits."""
    rule: str | None = None
    """The rule the limit belongs to; None for a top-level limit."""
    limit_by: str = ""
    """The key kind (`ip`, `ip+header:x-tenant`)."""
    unit: str = "requests"
    """`requests` or `tokens`."""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "rule": self.rule,
                "scope": "rule" if self.rule else "global", "limit_by": self.limit_by,
                "key": self.key, "unit": self.unit,
                "window": self.window if self.window is not None else "burst",
                "limit": self.limit, "remaining": 0,
                "retry_after": round(self.retry_after, 3)}


@dataclass(slots=True)
class Verdict:
    """The engine's answer for one action."""

    decision: Decision
    findings: list[Finding] = field(default_factory=list)
    rule: str | None = None
    """Name of the rule that matched, if any."""
    reason: str | None = None
    """Human reason (from the rule, or the deciding stage)."""
    sanitized: str | None = None
    """Rewritten content, for `allow_with_redaction`."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent in each stage."""
    retry_after: float | None = None
    """Seconds until a rate limit frees up, for 429 answers."""
    approval_id: str | None = None
    """Id of the approval this verdict waited on, if any."""
    shadow: list[str] = field(default_factory=list)
    """Would-be decisions of `report`-mode rules, e.g. `block by rule internal`."""
    logged: bool = False
    """True when a `log` rule matched: allowed, but flagged for the operator."""
    guard_timings: dict[str, float] | None = None
    """Seconds each guard took (within the `guards` stage's time), when guards ran."""
    limit: LimitHit | None = None
    """The rate limit that refused the action, if one did."""

    @property
    def permits(self) -> bool:
        return self.decision in _PERMITTING

    @property
    def category(self) -> str | None:
        """Category of the deciding finding, if any."""
        return self.findings[-1].category if self.findings else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision": str(self.decision),
            "rule": self.rule,
            "reason": self.reason,
            "findings": [f.to_dict() for f in self.findings],
            "timings_us": {k: round(v * 1e6, 1) for k, v in self.timings.items()},
            "retry_after": self.retry_after,
            "approval_id": self.approval_id,
            "shadow": list(self.shadow),
            "logged": self.logged,
        }


@dataclass(slots=True)
class Outcome:
    """What happened after the decision, filled in by the surface."""

    status: int | None = None
    """Wire status (HTTP status, WebSocket close code)."""
    bytes_in: int = 0
    """Bytes from the client towards the upstream."""
    bytes_out: int = 0
    """Bytes from the upstream back to the client."""
    error: str | None = None
    """What went wrong after the decision (upstream refused, client left…)."""
    started: float = field(default_factory=time.monotonic)
    duration: float | None = None
