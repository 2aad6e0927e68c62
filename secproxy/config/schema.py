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
from secproxy.config.llm import LlmSettings
from secproxy.config.rules import Rule, RuleAction
from secproxy.config.types import Duration, Listener, StrictModel
from secproxy.config.ws import WsSettings


def default_state_dir() -> Path:
    """`$XDG_STATE_HOME/secproxy`, else `~/.local/state/secproxy`."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "secproxy"


class Listeners(StrictModel):
    """Where each surface listens. All loopback by default."""

    egress: Listener = Listener(port=4100)
    llm: Listener = Listener(port=8080)
    ws: Listener = Listener(port=18790)
    api: Listener = Listener(port=8000)


class ControlSettings(StrictModel):
    """The local control socket the operator console attaches to."""

    socket: Path | None = None
    """Unix socket path; defaults to `<state_dir>/control.sock`."""
    backlog: int = Field(default=500, ge=0, le=100_000)
    """Events a newly attached console receives on connect."""
    api_keys: list[str] = []
    """When set, the operator API is also served on the `api` listener under
    `/operator/api/`, for clients sending `Authorization: Bearer <key>`."""


class EngineSettings(StrictModel):
    """How the decision pipeline behaves."""

    default_action: RuleAction = "allow"
    """What happens when no rule matches."""
    on_error: Literal["block", "allow"] = "block"
    """A stage that raises or times out blocks (fail closed) unless this says `allow`."""
    stage_timeout: Duration = 2.0
    """Longest an asynchronous stage (a guard) may take."""


class SessionSettings(StrictModel):
    """Cumulative risk per session (sum of finding severities: low 1, medium 3, high 6,
    critical 10)."""

    approval_risk: int | None = Field(default=None, gt=0)
    """From this risk on, every further action in the session needs an operator's approval."""
    max_risk: int | None = Field(default=None, gt=0)
    """From this risk on, every further action in the session is blocked."""


class TrackingSettings(StrictModel):
    """Strikes and blocks per principal."""

    enabled: bool = True
    max_strikes: int = Field(default=5, gt=0)
    strike_window: Duration = 3600.0
    block_duration: Duration = 900.0
    strike_on: list[Literal["block", "challenge"]] = ["block"]
    """Which decisions count as a strike."""
    allowlist: list[str] = []
    """Principal keys (`ip:127.0.0.1`, `user:ci-bot`) never tracked, blocked or rate limited."""
    blocklist: list[str] = []
    """Principal keys always blocked."""
    max_principals: int = Field(default=100_000, gt=0)
    """Principals kept in memory. Past this, those with nothing worth keeping (no strikes
    in the window, not blocked, not on a list, saved) are forgotten, least recently seen
    first; blocked principals are always kept."""


class ApprovalSettings(StrictModel):
    """Operator approvals for `require_approval` rules."""

    timeout: Duration = 120.0
    """How long an action waits for an operator; then it is denied (fail closed)."""
    max_pending: int = Field(default=1000, gt=0)
    """More pending approvals than this are denied at once."""


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


class LoggingSettings(StrictModel):
    level: Literal["debug", "info", "warning", "error"] = "info"
    format: Literal["text", "json"] = "text"

    @field_validator("level", mode="before")
    @classmethod
    def _lower(cls, v: object) -> object:
        return v.lower() if isinstance(v, str) else v


class Upstream(StrictModel):
    """A named upstream (an LLM API, an agent gateway)."""

    url: str
    timeout: Duration = 60.0

    @field_validator("url")
    @classmethod
    def _scheme(cls, v: str) -> str:
        if not v.startswith(("http://", "https://", "ws://", "wss://", "unix:")):
            raise ValueError(
                "expected a URL starting with http://, https://, ws://, wss:// or unix:"
            )
        return v


class Config(StrictModel):
    """The whole secproxy configuration."""

    version: Literal[1] = 1
    state_dir: Path | None = None
    """Where the ledger, state database and control socket live."""
    listeners: Listeners = Listeners()
    control: ControlSettings = ControlSettings()
    engine: EngineSettings = EngineSettings()
    rules: list[Rule] = []
    tracking: TrackingSettings = TrackingSettings()
    sessions: SessionSettings = SessionSettings()
    approvals: ApprovalSettings = ApprovalSettings()
    audit: AuditSettings = AuditSettings()
    logging: LoggingSettings = LoggingSettings()
    upstreams: dict[str, Upstream] = {}
    egress: EgressSettings = EgressSettings()
    llm: LlmSettings = LlmSettings()
    ws: WsSettings = WsSettings()
    alerts: AlertSettings = AlertSettings()

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
    def llm_enabled(self) -> bool:
        return self.listeners.llm.enabled and any(
            u.url.startswith(("http://", "https://")) for u in self.upstreams.values()
        )
