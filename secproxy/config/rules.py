"""Config model of rules and their policies (rate limits, in `config.limits`; time
windows)."""

from __future__ import annotations

import re
from datetime import time as dtime
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator

from secproxy.config.limits import RateLimitPolicy
from secproxy.config.types import StrictModel
from secproxy.model import Direction, Surface

RuleAction = Literal["allow", "deny", "log", "require_approval"]
Day = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DAYS: tuple[Day, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HHMM = re.compile(r"^([01]?\d|2[0-4]):([0-5]\d)$")


class TimeRestrictionPolicy(StrictModel):
    """Allowed hours and days; outside them the rule's requests are blocked."""

    type: Literal["time_restriction"]
    allowed_hours_start: str = "00:00"
    """`HH:MM`, inclusive."""
    allowed_hours_end: str = "24:00"
    """`HH:MM`, exclusive; an end before the start wraps past midnight."""
    allowed_days: list[Day] = list(DAYS)
    timezone: str = "UTC"

    @field_validator("allowed_hours_start", "allowed_hours_end", mode="before")
    @classmethod
    def _hhmm(cls, v: object) -> str:
        if isinstance(v, int) and 0 <= v <= 24:
            return f"{v:02d}:00"
        if isinstance(v, str) and _HHMM.match(v):
            h, m = v.split(":")
            if int(h) == 24 and int(m) != 0:
                raise ValueError("expected HH:MM between 00:00 and 24:00")
            return f"{int(h):02d}:{m}"
        raise ValueError("expected HH:MM between 00:00 and 24:00 (or an hour 0-24)")

    @field_validator("allowed_days", mode="before")
    @classmethod
    def _days(cls, v: object) -> object:
        if isinstance(v, list):
            return [d.lower()[:3] if isinstance(d, str) else d for d in v]
        return v

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                "unknown time zone; expected an IANA name such as UTC or Europe/Berlin"
            ) from None
        return v

    def minutes(self) -> tuple[int, int]:
        """Start and end as minutes after midnight."""

        def conv(s: str) -> int:
            h, m = s.split(":")
            return int(h) * 60 + int(m)

        return conv(self.allowed_hours_start), conv(self.allowed_hours_end)

    def start_time(self) -> dtime:
        h, m = self.allowed_hours_start.split(":")
        return dtime(int(h) % 24, int(m))


Policy = Annotated[RateLimitPolicy | TimeRestrictionPolicy, Field(discriminator="type")]


class Rule(StrictModel):
    """One rule. Every condition that is set must hold; the first matching rule wins."""

    name: str | None = None
    """Shown in the ledger and answers; defaults to `rule-N` (its position, from 1)."""
    match: str | None = None
    """URL glob, protocol stripped, port optional: `api.openai.com`, `*.corp.com/**`,
    `example.com:8443/v1/*`. `*` stays within a path segment (or a host), `**` crosses `/`."""
    host: str | None = None
    """Glob on the host alone."""
    path: str | None = None
    """Glob on the path alone (`/admin/**`)."""
    methods: list[str] | None = None
    """HTTP or RPC methods, case-insensitive."""
    tools: list[str] | None = None
    """Tool-name globs (`shell.*`, `fs_write`)."""
    surfaces: list[Surface] | None = None
    """Surfaces the rule applies to: egress, connect, llm, ws, tool, mcp, inspect."""
    directions: list[Direction] | None = None
    """Directions the rule applies to: `request` (what an agent sends: an HTTP request, a
    client's WebSocket frame or handshake, a tool call), `response` (what comes back: a
    gateway's frame, a tool result), `stream` (a streamed answer). Unset: all of them.
    Rate limits count only requests either way, unless the limit's `count` says more."""
    principals: list[str] | None = None
    """Principal-key globs (`ip:10.*`, `user:alice`)."""
    min_taint: int | None = Field(default=None, ge=0)
    """Match only when the session's taint is at least this level."""
    action: RuleAction
    reason: str | None = None
    mode: Literal["enforce", "report"] = "enforce"
    """`report` records the would-be decision and lets the request proceed (shadow mode)."""
    policies: list[Policy] = []

    @field_validator("surfaces")
    @classmethod
    def _decided_surfaces(cls, v: list[Surface] | None) -> list[Surface] | None:
        if v and Surface.OPERATOR in v:
            raise ValueError("`operator` records changes to the proxy itself; "
                             "rules apply to egress, connect, llm, ws, tool, mcp and inspect")
        return v

    @field_validator("directions")
    @classmethod
    def _some_direction(cls, v: list[Direction] | None) -> list[Direction] | None:
        if v is not None and not v:
            raise ValueError("list at least one direction, or leave the key out to match all")
        return list(dict.fromkeys(v)) if v is not None else None

    @field_validator("methods")
    @classmethod
    def _upper(cls, v: list[str] | None) -> list[str] | None:
        return [m.upper() for m in v] if v is not None else None

    @field_validator("match", "host", "path")
    @classmethod
    def _not_blank(cls, v: str | None) -> str | None:
        if v is not None and not v.strip():
            raise ValueError("must not be empty; leave the key out to match anything")
        if v is not None and any(c.isspace() for c in v):
            raise ValueError("a glob cannot contain white space")
        return v

    def conditions(self) -> dict[str, object]:
        """The conditions that are set, for comparing rules."""
        keys = ("match", "host", "path", "methods", "tools", "surfaces", "directions",
                "principals", "min_taint")
        return {k: getattr(self, k) for k in keys if getattr(self, k) is not None}
