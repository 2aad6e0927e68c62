"""Config section `alerts`: webhook targets that hear about blocks, pending approvals,
denials, rejected configs and tainted sessions (see `secproxy.ops.alerts`)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator

from secproxy.config.types import (
    Duration,
    Secret,
    SecretUrl,
    StrictModel,
    check_headers,
    check_http_url,
)
from secproxy.model import Severity

AlertKind = Literal["blocked", "approval", "denied", "config_rejected", "taint"]
"""`blocked`: a principal was blocked (strikes or an operator); `approval`: an action waits
for an operator; `denied`: a block by a deny rule or with a finding of at least
`min_severity`; `config_rejected`: a reload or a rules edit was refused; `taint`: a
session's taint reached `alerts.taint_level`."""

DEFAULT_KINDS: list[AlertKind] = ["blocked", "approval", "denied", "config_rejected"]



class WebhookTarget(StrictModel):
    """One webhook that receives alerts."""

    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
    """Short name, used in logs and metrics (the URL never is: it often holds a token)."""
    url: SecretUrl
    """`http://` or `https://` endpoint (a Slack or Discord incoming-webhook URL, or your
    own). Shown as its scheme and host only: the rest often is the credential."""
    format: Literal["slack", "discord", "generic"] = "generic"
    """Payload shape: Slack (`text` + mrkdwn `blocks`), Discord (`content` + `embeds`), or
    `generic` (a stable JSON object: kind, severity, summary, details, ts, version)."""
    events: list[AlertKind] = Field(default_factory=lambda: list(DEFAULT_KINDS))
    """Alert kinds this target gets; `taint` is off unless listed."""
    headers: dict[str, Secret] = {}
    """Extra request headers, e.g. `Authorization: Bearer …` (values are never logged nor
    shown)."""
    min_severity: Severity = Severity.HIGH
    """`denied` alerts from findings need at least this severity (denials by a deny rule
    are always sent)."""
    rate_limit: int = Field(default=30, gt=0)
    """At most this many alerts per minute to this target; more wait in its queue."""

    @field_validator("url")
    @classmethod
    def _http(cls, v: SecretStr) -> SecretStr:
        return check_http_url(v)

    @field_validator("events")
    @classmethod
    def _some(cls, v: list[AlertKind]) -> list[AlertKind]:
        if not v:
            raise ValueError("list at least one alert kind (or remove the target)")
        return list(dict.fromkeys(v))

    @field_validator("headers")
    @classmethod
    def _header_names(cls, v: dict[str, SecretStr]) -> dict[str, SecretStr]:
        return check_headers(v)


class AlertSettings(StrictModel):
    """Webhook alerts. Delivery never slows requests: alerts wait in a bounded queue per
    target and the oldest are dropped (and counted) when a target falls behind."""

    webhooks: list[WebhookTarget] = []
    """Targets; none means no alerts (and no cost)."""
    timeout: Duration = Field(default=5.0, gt=0)
    """Longest one delivery attempt may take."""
    max_retries: int = Field(default=3, ge=0, le=20)
    """Retries after a 429, a 5xx, a timeout or a connection error (4xx is not retried)."""
    retry_delay: Duration = 1.0
    """Delay before the first retry; doubles with each retry, with ±20% jitter (a 429's
    Retry-After wins when given)."""
    max_retry_delay: Duration = 60.0
    """Longest wait between two attempts, Retry-After included."""
    queue_size: int = Field(default=1000, gt=0)
    """Alerts waiting per target; beyond it the oldest is dropped and counted."""
    dedup_window: Duration = 60.0
    """The same alert (same kind and key: principal, rule, host…) goes to a target once
    per window; the next one sent says how many repeats were suppressed. 0 disables."""
    taint_level: int = Field(default=2, ge=1)
    """`taint` alerts fire when a session's taint reaches this level."""
    flush_timeout: Duration = 3.0
    """On shutdown, how long queued alerts may take to go out before they are dropped."""

    @model_validator(mode="after")
    def _unique(self) -> AlertSettings:
        names = [w.name for w in self.webhooks]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"webhooks names must be unique: {', '.join(dupes)}")
        return self
