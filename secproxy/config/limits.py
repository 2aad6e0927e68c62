"""Config model of rate limits: a rule's `rate_limit` policy and the top-level `limits`.

One shape serves both. A limit counts requests in sliding windows
(`requests_per_minute`, `requests_per_hour`, `requests_per_day`, or `max_requests` per
`window`), may allow a `burst` at once (a token bucket refilled at the shortest window's
rate), and on LLM traffic may count tokens (`tokens_per_minute`, `tokens_per_hour`,
`tokens_per_day`: the names `llm.limits` uses). It keeps one counter per `limit_by` key
(an address, an API key, a header's value, the principal, several of them combined, or
one for everybody); `whitelist` keys are never limited and `custom_limits` give a key
numbers of its own.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from secproxy.config.types import Duration, StrictModel
from secproxy.model import Direction, Surface

KEY_KINDS = ("ip", "api_key", "principal", "user", "channel", "agent", "domain", "global")
"""What a counter can be kept for, besides `header:<name>`."""
_HEADER = re.compile(r"^header:([!#$%&'*+.^_`|~0-9A-Za-z-]+)$", re.IGNORECASE)
_LEGACY_PER = {"domain", "principal", "ip", "api_key", "global"}


def parse_limit_by(value: object) -> tuple[str, ...]:
    """`ip`, `header:X-Tenant`, `[ip, header:X-Tenant]` → the key parts (header names in
    lower case)."""
    parts = [value] if isinstance(value, str) else value
    if not isinstance(parts, list | tuple) or not parts:
        raise ValueError("expected a key kind or a list of them")
    out: list[str] = []
    for part in parts:
        if not isinstance(part, str):
            raise ValueError("expected a key kind or a list of them")
        text = part.strip()
        m = _HEADER.match(text)
        if m:
            out.append(f"header:{m.group(1).lower()}")
        elif text.lower() in KEY_KINDS:
            out.append(text.lower())
        else:
            raise ValueError(
                f"unknown key kind {part!r}; expected one of {', '.join(KEY_KINDS)} or "
                "header:<name>, or a list of them to combine")
    if "global" in out and len(out) > 1:
        raise ValueError("`global` is one counter for everybody: it combines with nothing")
    if len(set(out)) != len(out):
        raise ValueError("a key kind is listed twice")
    return tuple(out)


class LimitNumbers(StrictModel):
    """The numbers of a limit; each one set applies, those left unset do not."""

    requests_per_minute: int | None = Field(default=None, gt=0)
    """Requests in any 60 seconds."""
    requests_per_hour: int | None = Field(default=None, gt=0)
    """Requests in any hour."""
    requests_per_day: int | None = Field(default=None, gt=0)
    """Requests in any 24 hours."""
    max_requests: int | None = Field(default=None, gt=0)
    """Requests in any `window`."""
    window: Duration | None = None
    """The window of `max_requests` (default one minute)."""
    burst: int | None = Field(default=None, gt=0)
    """Requests allowed at once: a token bucket of this size, refilled at the rate of the
    shortest request window (`requests_per_minute: 60`: one a second); the windows still
    hold. Without it, a whole window's requests may come at once."""
    tokens_per_minute: int | None = Field(default=None, gt=0)
    """LLM tokens (prompt and completion) in any 60 seconds; only LLM traffic counts them."""
    tokens_per_hour: int | None = Field(default=None, gt=0)
    tokens_per_day: int | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _window(self) -> LimitNumbers:
        if self.window is not None and self.window <= 0:
            raise ValueError("window must be longer than 0s")
        return self

    def request_windows(self) -> list[tuple[int, float]]:
        """(limit, seconds) of each request window set."""
        out = [(n, s) for n, s in ((self.requests_per_minute, 60.0),
                                   (self.requests_per_hour, 3600.0),
                                   (self.requests_per_day, 86400.0)) if n is not None]
        if self.max_requests is not None:
            out.append((self.max_requests, self.window if self.window is not None else 60.0))
        return out

    def token_windows(self) -> list[tuple[int, float]]:
        """(limit, seconds) of each token window set."""
        return [(n, s) for n, s in ((self.tokens_per_minute, 60.0),
                                    (self.tokens_per_hour, 3600.0),
                                    (self.tokens_per_day, 86400.0)) if n is not None]

    def merged(self, override: LimitNumbers) -> LimitNumbers:
        """These numbers with those `override` sets in their place."""
        return self.model_copy(update=override.model_dump(exclude_unset=True))


class RateLimitSettings(LimitNumbers):
    """A limit: its numbers, what one counter is kept for, and the keys treated apart."""

    limit_by: tuple[str, ...] = ("principal",)
    """What one counter is kept for: `ip`, `api_key`, `user`, `channel`, `agent`,
    `principal` (the first identity the request has: user, API key, channel, agent, ip),
    `domain` (the target host), `header:<name>` (a request header's value, on egress,
    llm and the ws handshake; a request without it shares the counter `header:<name>=-`;
    a value that looks like a credential is masked), `global` (one counter for
    everybody), or a list of them combined (`[ip, header:X-Tenant]`: one counter per
    address and tenant). Keys read `ip:10.0.0.5`, `key:sk-a…1f2e3d4c` (an API key is
    masked), `user:bob`, `domain:api.example.com`, `header:x-tenant=acme`, `*`; combined
    ones join them with `|`."""
    whitelist: list[str] = []
    """Keys never limited by this limit (globs: `ip:10.*`)."""
    custom_limits: dict[str, LimitNumbers] = {}
    """Numbers of its own for a key (exact, as `limit_by` writes it): the numbers it sets
    replace the limit's, the others stay (`{"user:ci-bot": {requests_per_minute: 600}}`)."""
    count: list[Direction] = [Direction.REQUEST]
    """Which actions use up the limit, by direction: `request` (an agent's request, a
    client's WebSocket frame, the WebSocket handshake), `response` (what the upstream or
    gateway sends back), `stream` (a streamed answer). By default only requests count, so
    a gateway's answers never eat into the client's allowance; list `response` too to limit
    the traffic in both directions."""

    @field_validator("limit_by", mode="before")
    @classmethod
    def _limit_by(cls, v: object) -> tuple[str, ...]:
        return parse_limit_by(v)

    @field_validator("count")
    @classmethod
    def _counts_something(cls, v: list[Direction]) -> list[Direction]:
        if not v:
            raise ValueError("list at least one direction (request, response, stream)")
        return list(dict.fromkeys(v))

    @field_validator("whitelist")
    @classmethod
    def _globs(cls, v: list[str]) -> list[str]:
        if any(not k.strip() for k in v):
            raise ValueError("a whitelist entry cannot be empty")
        return v

    @model_validator(mode="after")
    def _something_to_count(self) -> RateLimitSettings:
        if not (self.request_windows() or self.token_windows()):
            raise ValueError(
                "set at least one of requests_per_minute, requests_per_hour, "
                "requests_per_day, max_requests or tokens_per_minute/hour/day")
        if self.burst is not None and not self.request_windows():
            raise ValueError("burst needs a request limit (requests_per_minute...) to set "
                             "its refill rate")
        if self.window is not None and self.max_requests is None:
            raise ValueError("window is the window of max_requests; set max_requests too")
        for key, numbers in self.custom_limits.items():
            if not numbers.model_fields_set:
                raise ValueError(f"custom_limits[{key!r}] sets no number")
        return self


class RateLimitPolicy(RateLimitSettings):
    """A rule's rate limit: requests (and, on LLM traffic, tokens) counted per key for
    the actions the rule matches."""

    type: Literal["rate_limit"]
    max_requests_per_minute: int | None = Field(default=None, gt=0)
    """Older name of `requests_per_minute`, read as it."""
    per: Literal["domain", "principal", "ip", "api_key", "global"] | None = None
    """Older name of `limit_by` (one kind only), read as it."""

    @model_validator(mode="before")
    @classmethod
    def _older_names(cls, data: object) -> object:
        """Read the older names as the new ones (a dump then writes only the new)."""
        if not isinstance(data, dict):
            return data
        out = dict(data)
        old = out.get("max_requests_per_minute")
        if old is not None and out.get("max_requests") is not None:
            raise ValueError("set exactly one of max_requests_per_minute or max_requests")
        if old is not None and out.get("requests_per_minute") is not None:
            raise ValueError("set requests_per_minute or its older name "
                             "max_requests_per_minute, not both")
        if out.get("per") is not None and out.get("limit_by") is not None:
            raise ValueError("set limit_by or its older name per, not both")
        if isinstance(old, int) and not isinstance(old, bool) \
                or isinstance(old, str) and old.strip().isdigit():
            out["requests_per_minute"] = out.pop("max_requests_per_minute")
        per = out.get("per")
        if isinstance(per, str) and per in _LEGACY_PER:
            out["limit_by"] = out.pop("per")
        return out


class GlobalLimit(RateLimitSettings):
    """A limit on every action of the chosen surfaces, whatever rule matches it (a rule
    that denies is not counted: its requests are refused anyway)."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.:@-]+$")
    """Names the limit in 429 answers, the ledger and `secproxy limits show`."""
    surfaces: list[Surface] | None = None
    """Surfaces it applies to (egress, connect, llm, ws, tool, mcp, inspect); unset: all."""

    @field_validator("surfaces")
    @classmethod
    def _decided_surfaces(cls, v: list[Surface] | None) -> list[Surface] | None:
        if v is not None and not v:
            raise ValueError("list at least one surface, or leave the key out for all")
        if v and Surface.OPERATOR in v:
            raise ValueError("`operator` records changes to the proxy itself; limits apply "
                             "to egress, connect, llm, ws, tool, mcp and inspect")
        return v

    @model_validator(mode="after")
    def _tokens_need_llm(self) -> GlobalLimit:
        if self.token_windows() and self.surfaces is not None \
                and Surface.LLM not in self.surfaces:
            raise ValueError("token limits count LLM traffic only: add llm to surfaces")
        return self


def check_limit_names(limits: list[GlobalLimit]) -> None:
    """Raise when two top-level limits share a name."""
    seen: dict[str, int] = {}
    for i, limit in enumerate(limits):
        if limit.name in seen:
            raise ValueError(f"limits[{i}].name {limit.name!r} is already used by "
                             f"limits[{seen[limit.name]}]; limit names must be unique")
        seen[limit.name] = i
