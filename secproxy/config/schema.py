"""The root config model: every section, its defaults, and cross-section checks.

No config file at all is valid: loopback listeners, state in the user's state dir.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from secproxy.config.alerts import AlertSettings
from secproxy.config.egress import EgressSettings
from secproxy.config.guards import GuardsSettings
from secproxy.config.inspect import InspectSettings
from secproxy.config.ledger import LedgerSettings
from secproxy.config.limits import GlobalLimit, check_limit_names
from secproxy.config.llm import LlmSettings, Upstream
from secproxy.config.mcp import McpSettings
from secproxy.config.rules import Rule, RuleAction
from secproxy.config.sinks import Sink, check_unique
from secproxy.config.state import StateSettings
from secproxy.config.types import (
    CappedListener,
    Duration,
    HttpListener,
    Listener,
    Secret,
    StrictModel,
)
from secproxy.config.ws import WsSettings


def default_state_dir() -> Path:
    """`$XDG_STATE_HOME/secproxy`, else `~/.local/state/secproxy`."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "secproxy"


class Listeners(StrictModel):
    """Where each surface listens. All loopback by default."""

    egress: Listener = Listener(port=4100)
    """The HTTP forward proxy: point agents at it with `HTTP_PROXY`/`HTTPS_PROXY`."""
    llm: HttpListener = HttpListener(port=8080)
    """The LLM gateway; runs when `upstreams` has an http(s) entry. Point the OpenAI or
    Anthropic SDK's base URL at it."""
    ws: CappedListener = CappedListener(port=18790)
    """The WebSocket relay; runs when `ws.upstream` is set."""
    mcp: HttpListener = HttpListener(port=18791)
    """MCP servers over streamable HTTP, one route per `mcp.servers` entry with a URL;
    runs when there is one."""
    api: HttpListener = HttpListener(port=8000)
    """`/health`, `/ready`, `/metrics`, the inspection API (`inspect`), and the operator
    API when `control.api_keys` is set."""


class ControlSettings(StrictModel):
    """The local control socket the operator console attaches to."""

    socket: Path | None = None
    """Unix socket path; defaults to `<state_dir>/control.sock`."""
    backlog: int = Field(default=500, ge=0, le=100_000)
    """Events a newly attached console receives on connect."""
    api_keys: list[Secret] = []
    """When set, the operator API is also served on the `api` listener under
    `/operator/api/`, for clients sending `Authorization: Bearer <key>`. Never shown by
    `config/get`."""


class EngineSettings(StrictModel):
    """How the decision pipeline behaves."""

    default_action: RuleAction = "allow"
    """What happens when no rule matches."""
    on_error: Literal["block", "allow"] = "block"
    """A stage that raises or times out blocks (fail closed) unless this says `allow`."""
    stage_timeout: Duration = 2.0
    """Longest an asynchronous stage (a guard) may take."""


class SessionSettings(StrictModel):
    """Risk and chains per session (`secproxy.engine.session`). Each action adds the
    weighted severities of its findings (info 0, low 1, medium 3, high 6, critical 10,
    times the family's weight) to a risk that halves every `half_life`; the thresholds
    apply to every further action of the session. Chains are steps across calls that
    are harmless alone (a credential read, then an outbound send)."""

    challenge_risk: float | None = Field(default=None, gt=0)
    """From this risk on, every further action in the session is a challenge."""
    approval_risk: float | None = Field(default=None, gt=0)
    """From this risk on, every further action in the session needs an operator's approval."""
    max_risk: float | None = Field(default=None, gt=0)
    """From this risk on, every further action in the session is blocked."""
    half_life: Duration | None = 1800.0
    """Time for a session's risk to halve; null: risk never decays."""
    weights: dict[str, float] = {}
    """Risk multiplier per finding family (`tool_abuse: 2`, `pii: 0.5`); others 1."""
    chains: bool = True
    """Detect chains across a session's calls: `exfiltration` (a secret or credential
    read, then an outbound send), `download_execute` (a download, chmod, then running
    it), `persistence` (reconnaissance, then a write to a startup file)."""
    chain_window: Duration = 3600.0
    """How far back a chain's earlier steps count."""
    chain_actions: dict[Literal["exfiltration", "download_execute", "persistence"],
                        Literal["block", "require_approval", "challenge", "log"]] = {}
    """What a completed chain does, by chain; default `block` for exfiltration and
    download_execute, `require_approval` for persistence."""
    timeline_max: int = Field(default=1000, gt=0)
    """Calls kept per session for its timeline (`secproxy session timeline ID`)."""
    taint_scope: Literal["principal", "session"] = "principal"
    """`principal`: a tainted result marks its principal too (its user, proxy key,
    channel or address; an agent's self-declared name only when it has nothing else), and
    every action of that principal is decided with the mark, in any session or none: a
    new connection or session name does not shed it. `session`: taint ends with the
    session."""
    principal_taint_ttl: Duration | None = 3600.0
    """How long a principal's taint mark lasts after it was last raised; null: until
    serve stops."""

    @field_validator("weights")
    @classmethod
    def _weights(cls, v: dict[str, float]) -> dict[str, float]:
        for family, weight in v.items():
            if weight < 0:
                raise ValueError(f"weights.{family} cannot be negative")
        return v


_TRACK_KINDS = ("principal", "ip", "user", "channel", "agent", "api_key")


def _track_by(value: object) -> tuple[str, ...]:
    parts = value.split(":") if value == "channel:user" else value
    parts = [parts] if isinstance(parts, str) else parts
    if not isinstance(parts, list | tuple) or not parts or not all(
            isinstance(p, str) and p in _TRACK_KINDS for p in parts):
        raise ValueError(f"expected one of {', '.join(_TRACK_KINDS)}, channel:user, or a "
                         "list of them to combine")
    if len(set(parts)) != len(parts) or ("principal" in parts and len(parts) > 1):
        raise ValueError("list each kind once; principal combines with nothing")
    return tuple(parts)


class TrackingSettings(StrictModel):
    """Strikes and blocks per principal. Every refused action is a strike for whoever
    asked (a rate limit, a time window or an operator's denial is not, unless
    `strike_on` says so); by default strikes are only counted and shown (`secproxy users
    list`): nothing is blocked automatically until `max_strikes` is set."""

    enabled: bool = True
    """`false`: no strikes are counted at all (the lists and operator blocks still apply)."""
    max_strikes: int | None = Field(default=None, gt=0)
    """Strikes within `strike_window` that block the principal for `block_duration`;
    null never blocks automatically. Off by default because on one machine every local
    agent and the user share one principal (`ip:127.0.0.1`): a few refused requests
    would lock them all out. The production and strict samples set it."""
    strike_window: Duration = 3600.0
    """How far back strikes count."""
    block_duration: Duration = 900.0
    """How long an automatic block lasts (`secproxy users unblock KEY` lifts it sooner);
    the first one, when `escalation` is set."""
    escalation: list[Duration] | None = None
    """Longer blocks for repeat offenders: the durations of a key's first, second...
    automatic block (`[10m, 1h, 24h]`: 10 minutes, then an hour, then a day each time).
    A key quiet for `escalation_reset` after its last block ends starts over. Unset (and
    no `escalation_factor`): every block lasts `block_duration`."""
    escalation_factor: float | None = Field(default=None, gt=1)
    """Longer blocks for repeat offenders by a factor instead: each automatic block of a
    key lasts this many times the last, from `block_duration` up to
    `max_block_duration`."""
    escalation_reset: Duration = 86400.0
    """How long after its last automatic block ends a key's blocks start over."""
    max_block_duration: Duration = 604800.0
    """Longest automatic block with `escalation_factor`."""
    strike_on: list[str] = ["block"]
    """What counts as a strike: `block` (a refusal, but not a rate limit, a time window,
    an operator's denial or an unreachable host), `challenge`, `rate_limit` (a 429 too),
    and `family:<name>` (any finding of that guard family, even on an action that was
    allowed or redacted: `family:secret`, `family:injection`, `family:pii`)."""
    track_by: tuple[str, ...] = ("principal",)
    """Whose strikes and blocks: `principal` (the first identity the action has: user,
    API key, channel, agent, ip), `ip`, `user`, `channel`, `agent`, `api_key`, or several
    combined (`channel:user` or `[channel, user]`: one count per user in each channel).
    An action without that identity is tracked under its principal."""
    allowlist: list[str] = []
    """Principal keys (`ip:127.0.0.1`, `user:ci-bot`) never tracked, blocked or rate limited."""
    blocklist: list[str] = []
    """Principal keys always blocked."""
    max_principals: int = Field(default=100_000, gt=0)
    """Principals kept in memory. Past this, those with nothing worth keeping (no strikes
    in the window, not blocked, not on a list, saved) are forgotten, least recently seen
    first; blocked principals are always kept."""

    @field_validator("strike_on")
    @classmethod
    def _outcomes(cls, v: list[str]) -> list[str]:
        for item in v:
            if item not in ("block", "challenge", "rate_limit") and not (
                    item.startswith("family:") and len(item) > len("family:")):
                raise ValueError(f"unknown outcome {item!r}; expected block, challenge, "
                                 "rate_limit or family:<guard family>")
        return list(dict.fromkeys(v))

    @field_validator("escalation", mode="before")
    @classmethod
    def _series(cls, v: object) -> object:
        if v is not None and not isinstance(v, list):
            raise ValueError("expected a list of durations such as [10m, 1h, 24h] (for a "
                             "factor, set escalation_factor)")
        return v

    @field_validator("escalation")
    @classmethod
    def _escalation(cls, v: list[float] | None) -> list[float] | None:
        if v is not None and (not v or any(d <= 0 for d in v)):
            raise ValueError("list at least one duration, each longer than 0s")
        return v

    @model_validator(mode="after")
    def _one_escalation(self) -> TrackingSettings:
        if self.escalation is not None and self.escalation_factor is not None:
            raise ValueError("set escalation (a list of durations) or escalation_factor, "
                             "not both")
        return self

    @field_validator("track_by", mode="before")
    @classmethod
    def _track(cls, v: object) -> tuple[str, ...]:
        return _track_by(v)


class ApprovalSettings(StrictModel):
    """Operator approvals for `require_approval` rules."""

    timeout: Duration = 120.0
    """How long an action waits for an operator; then it is denied (fail closed)."""
    max_pending: int = Field(default=1000, gt=0)
    """More pending approvals than this are denied at once."""
    max_pending_per_principal: int = Field(default=100, gt=0)
    """More pending approvals of one principal than this are denied at once: one agent
    does not fill the queue every other agent's approvals wait in."""


class AuditSettings(StrictModel):
    """The tamper-evident ledger."""

    path: Path | None = None
    """SQLite file; defaults to `<state_dir>/ledger.db`."""
    redact_headers: list[str] = []
    """Header names to redact in addition to Authorization, Proxy-Authorization, Cookie,
    Set-Cookie and X-API-Key."""
    queue_size: int = Field(default=10_000, gt=0)
    """Records waiting to be written; when full, surfaces wait (nothing is dropped)."""
    batch_size: int = Field(default=500, gt=0)
    """Most records a batch waits for: one that is not full waits a moment for more, a
    full one is written at once, in one transaction under one signed head."""
    batch_max: int | None = Field(default=None, gt=0)
    """Most records one transaction takes when more than `batch_size` are already
    queued (backpressure: the transaction, the head's signature and the hand-overs to
    the writer shared by more records); unset: 4 x `batch_size`. Less than `batch_size`
    counts as `batch_size`."""
    durability: Literal["batch", "strict"] = "batch"
    """`batch`: records are written in batches moments after each decision; a crash
    (kill -9) loses the records still queued (up to ~50 ms' worth at a low rate:
    batches that are not full start at least that far apart; under load
    `bench/durability.py` saw 8-120 ms of answered requests). `strict`: the decision is
    made durable (fsync) before the action proceeds; after kill -9 or power loss every
    request that went ahead has its record (those cut short say so)."""
    writer: Literal["process", "thread"] = "process"
    """Who writes the SQLite ledger. `process` (the default): a process of its own, fed
    through a pipe — the proxy builds each record (~28 us of its CPU per record), the
    writer hashes and commits it (~37 us) and keeps ~19 MiB resident. `thread`: a
    thread of the proxy (no extra process; ~60 us of the proxy's CPU per record, under
    its GIL). Measured with `bench/ledger_cost.py`. A PostgreSQL ledger ignores it."""
    sinks: list[Sink] = []
    """Live copies of the ledger for log pipelines: `{type: jsonl, path, max_bytes, keep}`,
    `{type: syslog, address: udp://host:514 | tcp://host:6514 | unix:/dev/log, facility}`,
    `{type: otlp, endpoint: http://host:4318/v1/logs, headers}`. Each follows the
    committed ledger from a cursor kept next to it (at least once, never slowing
    decisions, secrets masked as in the ledger); read at startup."""

    @field_validator("sinks")
    @classmethod
    def _sink_names(cls, v: list[Sink]) -> list[Sink]:
        check_unique(v)
        return v


class LoggingSettings(StrictModel):
    """What `secproxy serve` logs, and how."""

    level: Literal["debug", "info", "warning", "error"] = "info"
    format: Literal["text", "json"] = "text"
    """`json`: one JSON object per line, for a log shipper."""

    @field_validator("level", mode="before")
    @classmethod
    def _lower(cls, v: object) -> object:
        return v.lower() if isinstance(v, str) else v


class Config(StrictModel):
    """The whole secproxy configuration."""

    version: Literal[1] = 1
    """Version of this file's format."""
    state_dir: Path | None = None
    """Where the ledger, state database and control socket live; defaults to
    `$XDG_STATE_HOME/secproxy`, else `~/.local/state/secproxy`."""
    listeners: Listeners = Listeners()
    control: ControlSettings = ControlSettings()
    engine: EngineSettings = EngineSettings()
    rules: list[Rule] = []
    """Checked top to bottom for every action; the first rule whose conditions all hold
    decides. When none matches, `engine.default_action` applies."""
    limits: list[GlobalLimit] = []
    """Rate limits on every action of their surfaces, whatever rule matches (a rule's own
    `rate_limit` policies add to them): `{name: per-ip, requests_per_minute: 600, burst:
    50, limit_by: ip}`. Each counts on its own; the first one over its limit refuses
    (429 with `Retry-After`)."""
    tracking: TrackingSettings = TrackingSettings()
    sessions: SessionSettings = SessionSettings()
    approvals: ApprovalSettings = ApprovalSettings()
    state: StateSettings = StateSettings()
    """Shared state for several instances (`backend: redis`), or this process's own."""
    audit: AuditSettings = AuditSettings()
    ledger: LedgerSettings = LedgerSettings()
    """Where the ledger is written: this machine's SQLite file (`audit.path`), or one
    PostgreSQL database that several instances share."""
    logging: LoggingSettings = LoggingSettings()
    upstreams: dict[str, Upstream] = {}
    """Named upstreams: http(s) ones for the LLM gateway, ws(s) ones for the relay.
    `serve --upstream NAME=URL` adds one."""
    egress: EgressSettings = EgressSettings()
    llm: LlmSettings = LlmSettings()
    ws: WsSettings = WsSettings()
    mcp: McpSettings = McpSettings()
    inspect: InspectSettings = InspectSettings()
    """The inspection API on the api listener (`/inspect/*`, `/approval/*`, `/execute`)."""
    guards: GuardsSettings = GuardsSettings()
    alerts: AlertSettings = AlertSettings()
    shutdown_timeout: Duration = 10.0
    """Longest `secproxy serve` takes to stop on SIGTERM: in-flight work and the ledger
    get this long to finish; what is still unwritten then is counted in the log."""

    @field_validator("limits")
    @classmethod
    def _limit_names(cls, v: list[GlobalLimit]) -> list[GlobalLimit]:
        check_limit_names(v)
        return v

    @model_validator(mode="after")
    def _names(self) -> Config:
        seen: dict[str, int] = {}
        for i, rule in enumerate(self.rules):
            name = rule.name or f"rule-{i + 1}"
            if name in seen:
                raise ValueError(
                    f"rules[{i}].name {name!r} is already used by rules[{seen[name]}]; "
                    "rule names must be unique"
                )
            seen[name] = i
        if self.llm.default_upstream and self.llm.default_upstream not in self.upstreams:
            raise ValueError(
                f"llm.default_upstream {self.llm.default_upstream!r} names no entry in upstreams"
            )
        if (self.llm.default_upstream
                and not self.upstreams[self.llm.default_upstream].http):
            raise ValueError(
                f"llm.default_upstream {self.llm.default_upstream!r} is not an http(s) "
                "upstream; the LLM gateway serves only those"
            )
        return self

    def rule_name(self, index: int) -> str:
        return self.rules[index].name or f"rule-{index + 1}"

    @property
    def resolved_state_dir(self) -> Path:
        return (self.state_dir or default_state_dir()).expanduser()

    @property
    def ledger_path(self) -> Path:
        return (self.audit.path or self.resolved_state_dir / "ledger.db").expanduser()

    @property
    def state_db_path(self) -> Path:
        return self.resolved_state_dir / "state.db"

    @property
    def control_socket(self) -> Path:
        return (self.control.socket or self.resolved_state_dir / "control.sock").expanduser()

    @property
    def ws_enabled(self) -> bool:
        return self.listeners.ws.enabled and bool(self.ws.upstream)

    @property
    def mcp_enabled(self) -> bool:
        """The mcp listener is on and has a streamable HTTP server to serve."""
        return self.listeners.mcp.enabled and bool(self.mcp.servers)

    @property
    def llm_upstreams(self) -> list[str]:
        """Names of the http(s) upstreams: the ones the LLM gateway serves."""
        return [
            name
            for name, u in self.upstreams.items()
            if u.http
        ]

    @property
    def llm_enabled(self) -> bool:
        """The llm listener is on and has an upstream to serve."""
        return self.listeners.llm.enabled and bool(self.llm_upstreams)
