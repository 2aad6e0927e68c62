"""Config section `llm` and the named `upstreams`: the gateway in front of LLM APIs.

Agents point their SDK's base URL at the `llm` listener; each request goes to one of the
named upstreams (by path, by the `llm.upstream_header` header, else
`llm.default_upstream`), guarded both ways. An upstream may hold the real API key
(`api_key_env` / `api_key_file`) so that agents only ever see a proxy key
(`llm.proxy_keys`), which also names who is asking.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator

from secproxy.config.types import ApiKey, Duration, StrictModel
from secproxy.guards import GuardAction, registry
from secproxy.model import Direction, Surface

if TYPE_CHECKING:
    from secproxy.config.schema import Config
    from secproxy.guards import Guard

UpstreamKind = Literal["auto", "openai", "anthropic"]
CostPeriod = Literal["hour", "day", "week", "month"]
COST_PERIODS: dict[str, float] = {"hour": 3600.0, "day": 86400.0, "week": 7 * 86400.0,
                                  "month": 30 * 86400.0}
"""Seconds of each `cost_period` (a month is 30 days; every window slides)."""


class TokenLimits(StrictModel):
    """Token and spending limits for one set of counters (a principal, an upstream).
    Every window slides; unset limits do not apply."""

    tokens_per_minute: int | None = Field(default=None, gt=0)
    """Tokens (prompt and completion together) in any 60 seconds."""
    tokens_per_hour: int | None = Field(default=None, gt=0)
    tokens_per_day: int | None = Field(default=None, gt=0)
    max_cost: float | None = Field(default=None, gt=0)
    """Most spent (in the currency of `llm.prices`) in any `cost_period`."""
    cost_period: CostPeriod = "day"

    def windows(self) -> list[tuple[str, float, float]]:
        """(counter, seconds, limit) of each limit set: counter `tokens` or `cost`."""
        out = [("tokens", sec, float(limit)) for sec, limit in (
            (60.0, self.tokens_per_minute), (3600.0, self.tokens_per_hour),
            (86400.0, self.tokens_per_day)) if limit is not None]
        if self.max_cost is not None:
            out.append(("cost", COST_PERIODS[self.cost_period], self.max_cost))
        return out


class Price(StrictModel):
    """What a model costs per million tokens."""

    input: float = Field(ge=0)
    """Per million prompt tokens."""
    output: float = Field(ge=0)
    """Per million completion tokens."""


class LlmLimits(StrictModel):
    """Token and spending limits of the gateway."""

    principal: TokenLimits = TokenLimits()
    """For each principal on its own (a proxy key's `limits` replace these for its
    principal)."""
    upstream: TokenLimits = TokenLimits()
    """For each upstream, every principal together (an upstream's own `limits` replace
    these for it)."""


class Upstream(StrictModel):
    """A named upstream (an LLM API, an agent gateway)."""

    url: str
    """`http://` or `https://` for an LLM API; `ws://`, `wss://` or `unix:` for a gateway."""
    timeout: Duration = 60.0
    """Longest wait for the upstream's answer (its first byte; a stream may then run on)."""
    kind: UpstreamKind = "auto"
    """The API it speaks: `openai`, `anthropic`, or `auto` (anthropic when its name or
    host says anthropic, else openai). Chooses where `/v1/messages` goes, how a vaulted
    key is sent and the shape of refusals on paths that do not say."""
    retries: int = Field(default=2, ge=0, le=10)
    """Further attempts after a connection error or a 429/502/503/529 answer, for a
    request whose answer has not started (never in the middle of a stream)."""
    retry_backoff: Duration = 0.5
    """First wait before a retry; it doubles each attempt, with ±50% jitter. A
    `Retry-After` from the upstream is waited instead."""
    retry_max_wait: Duration = 30.0
    """Longest single wait; an upstream asking to wait longer gets its answer passed on."""
    api_key_env: str | None = None
    """Environment variable holding the real API key; the gateway sends it (as
    `Authorization: Bearer` for openai, `x-api-key` for anthropic) instead of the agent's."""
    api_key_file: Path | None = None
    """File holding the real API key (first line), as `api_key_env` does."""
    limits: TokenLimits | None = None
    """This upstream's token and spending limits, instead of `llm.limits.upstream`."""

    @field_validator("url")
    @classmethod
    def _scheme(cls, v: str) -> str:
        if not v.startswith(("http://", "https://", "ws://", "wss://", "unix:")):
            raise ValueError(
                "expected a URL starting with http://, https://, ws://, wss:// or unix:"
            )
        return v

    @model_validator(mode="after")
    def _one_key_source(self) -> Upstream:
        if self.api_key_env and self.api_key_file:
            raise ValueError("give api_key_env or api_key_file, not both")
        return self

    @property
    def http(self) -> bool:
        """An http(s) upstream: one the LLM gateway serves."""
        return self.url.startswith(("http://", "https://"))

    def resolved_kind(self, name: str) -> Literal["openai", "anthropic"]:
        """`kind`, with `auto` decided by the upstream's name and host."""
        if self.kind != "auto":
            return self.kind
        host = urlsplit(self.url).hostname or ""
        return "anthropic" if "anthropic" in name.lower() or "anthropic" in host else "openai"


class ProxyKey(StrictModel):
    """A key an agent uses instead of the real API key; it names the agent's principal."""

    key: ApiKey
    """What the agent sends as its API key (`Authorization: Bearer …` or `x-api-key`)."""
    principal: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.:@-]+$")
    """The principal it names (`user:<principal>`): its strikes, limits and blocks."""
    limits: TokenLimits | None = None
    """This principal's token and spending limits, instead of `llm.limits.principal`."""


class LlmStreamSettings(StrictModel):
    """How streamed answers (server-sent events) are guarded."""

    strategy: Literal["continuous", "periodic", "sentence_boundary", "end_only"] = "periodic"
    """When the guards look at the growing text (and where a text part ends, always):
    `continuous` (every event), `periodic` (every `every_chars` / `every_tokens` new
    characters or tokens, or `every_ms` after the last look, whichever comes first),
    `sentence_boundary` (when new text ends a sentence: `. ! ? 。 ！ ？` or a newline) or
    `end_only` (once, when the upstream is done: nothing reaches the client before)."""
    every_chars: int | None = Field(default=200, gt=0)
    """`periodic`: new characters between two looks."""
    every_tokens: int | None = Field(default=None, gt=0)
    """`periodic`: new tokens (estimated) between two looks."""
    every_ms: int | None = Field(default=None, gt=0)
    """`periodic`: milliseconds after the last look, checked as events arrive."""
    max_buffer_chars: int = Field(default=4096, gt=0)
    """Text not yet looked at that forces a look, whatever the strategy (`end_only`
    too: a refusal then ends the stream early)."""
    holdback_chars: int | Literal["auto"] = "auto"
    """Characters kept back from the client until the guards have seen what follows
    them, so that a secret split across events is masked before any of it is sent.
    `auto`: the longest match of the sanitizing guards on the llm stream (0 when none
    sanitizes; see `streaming.holdback_of`). A match longer than this that began in text
    already sent ends the stream (fail closed)."""

    @field_validator("holdback_chars")
    @classmethod
    def _not_negative(cls, v: int | str) -> int | str:
        if isinstance(v, int) and v < 0:
            raise ValueError("holdback_chars is `auto` or a number of characters >= 0")
        return v

    @model_validator(mode="after")
    def _periodic(self) -> LlmStreamSettings:
        if self.strategy == "periodic" and not (self.every_chars or self.every_tokens
                                                or self.every_ms):
            raise ValueError("strategy periodic needs every_chars, every_tokens or every_ms")
        return self


class LlmSettings(StrictModel):
    """The LLM gateway: runs when `listeners.llm` is enabled and `upstreams` has an
    http(s) entry (`serve -u openai=https://api.openai.com` is enough)."""

    default_upstream: str | None = None
    """Name of the upstream (in `upstreams`) that serves paths no route names; unset:
    the only http(s) upstream, when there is one."""
    guards: Literal["default", "configured"] = "default"
    """`default`: the gateway guards its traffic at once — secrets masked both ways,
    prompt injection blocked in what is sent to the model (tool results included),
    evasion and PII logged — each family unless a guard of `guards.use` already covers
    the llm surface; `configured`: only the guards of `guards.use`."""
    upstream_header: str = "x-secproxy-upstream"
    """Request header naming the upstream to use, before any route by path."""
    session_header: str | None = "x-secproxy-session"
    """Request header naming the session (taint and risk accumulate per session)."""
    agent_header: str | None = "x-secproxy-agent"
    """Request header naming the agent (its principal when no proxy key names one)."""
    proxy_keys: list[ProxyKey] = []
    """When set, every request must carry one of these keys; the real key comes from the
    upstream's `api_key_env` / `api_key_file`. The agent's key never reaches the
    ledger or the logs."""
    max_body_bytes: int = Field(default=8 * 1024 * 1024, gt=0)
    """Largest request body; a larger one is refused (413)."""
    max_response_bytes: int = Field(default=32 * 1024 * 1024, gt=0)
    """Largest answer that is not streamed (it is read whole to be guarded)."""
    stream: LlmStreamSettings = LlmStreamSettings()
    limits: LlmLimits = LlmLimits()
    """Tokens per minute / hour / day and spending (`max_cost`) per principal and per
    upstream; over one, a request is answered 429 with `Retry-After`."""
    prices: dict[str, Price] = {}
    """Model name (or glob, `gpt-4o*`; the most specific wins) to price per million
    tokens: what `max_cost` counts. A request for a model without a price, where a
    `max_cost` applies, is refused (fail closed)."""

    def principal_limits(self, principal: str | None) -> TokenLimits:
        """The limits of a principal named by a proxy key (None: any other)."""
        if principal is not None:
            for entry in self.proxy_keys:
                if entry.principal == principal and entry.limits is not None:
                    return entry.limits
        return self.limits.principal

    @model_validator(mode="after")
    def _priced(self) -> LlmSettings:
        costs = [self.limits.principal, self.limits.upstream,
                 *(k.limits for k in self.proxy_keys if k.limits is not None)]
        if not self.prices and any(c.max_cost is not None for c in costs):
            raise ValueError("a max_cost needs llm.prices (model: {input, output} per "
                             "million tokens) to count what is spent")
        return self


LLM_DEFAULTS: tuple[tuple[str, GuardAction, tuple[Direction, ...]], ...] = (
    ("secrets", "sanitize", (Direction.REQUEST, Direction.RESPONSE, Direction.STREAM)),
    ("injection", "block", (Direction.REQUEST,)),
    ("encoding", "log", (Direction.REQUEST,)),
    ("pii", "log", (Direction.REQUEST, Direction.RESPONSE, Direction.STREAM)),
)
"""The gateway's default guards: family, action, directions."""


def default_specs(config: Config) -> list[registry.Default]:
    """The entries of the gateway's default guards: each family of `LLM_DEFAULTS` that no
    configured guard applies to the llm surface, when the gateway runs with
    `llm.guards: default`."""
    if not config.llm_enabled or config.llm.guards != "default":
        return []
    covered = {g.family for g in config.guards.use
               if g.surfaces is None or Surface.LLM in g.surfaces}
    # What the model returns includes its tool calls (actions of surface `tool`, made
    # only by the gateway): a key the model writes into `curl -H …` is masked there as
    # in its text.
    return [registry.Default(f"llm-{f}", f, a, list(d),
                             [Surface.LLM, Surface.TOOL] if Direction.RESPONSE in d
                             else [Surface.LLM])
            for f, a, d in LLM_DEFAULTS if f not in covered]


def llm_guards(config: Config) -> list[Guard]:
    """The LLM gateway's default guards (an engine guard factory; `default_specs`)."""
    specs = default_specs(config)
    return registry.build(specs, on_error=config.guards.on_error) if specs else []
