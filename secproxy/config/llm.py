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

from secproxy.config.types import Duration, Secret, StrictModel
from secproxy.guards import GuardAction, registry
from secproxy.model import Direction, Severity, Surface

if TYPE_CHECKING:
    from secproxy.config.schema import Config
    from secproxy.guards import Guard

UpstreamKind = Literal["auto", "openai", "anthropic"]


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

    key: Secret
    """What the agent sends as its API key (`Authorization: Bearer …` or `x-api-key`)."""
    principal: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.:@-]+$")
    """The principal it names (`user:<principal>`): its strikes, limits and blocks."""


class LlmStreamSettings(StrictModel):
    """How streamed answers (server-sent events) are guarded."""

    strategy: Literal["continuous", "periodic", "end_only"] = "periodic"
    """When the guards look at the growing text: `continuous` (every event),
    `periodic` (every `every_chars` new characters, and where a text part ends) or
    `end_only` (once, when the upstream is done: nothing reaches the client before)."""
    every_chars: int = Field(default=200, gt=0)
    """`periodic`: new characters between two looks."""
    holdback_chars: int = Field(default=128, ge=0)
    """Characters kept back from the client until the guards have seen what follows
    them, so that a secret split across events is masked before any of it is sent:
    at least the longest text a sanitizing guard matches. A match longer than this that
    began in text already sent ends the stream (fail closed)."""


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


LLM_DEFAULTS: tuple[tuple[str, GuardAction, tuple[Direction, ...]], ...] = (
    ("secrets", "sanitize", (Direction.REQUEST, Direction.RESPONSE, Direction.STREAM)),
    ("injection", "block", (Direction.REQUEST,)),
    ("encoding", "log", (Direction.REQUEST,)),
    ("pii", "log", (Direction.REQUEST, Direction.RESPONSE, Direction.STREAM)),
)
"""The gateway's default guards: family, action, directions."""


class _Spec:
    """A guard entry the gateway's defaults imply (what `registry.build` reads)."""

    def __init__(self, family: str, action: GuardAction, directions: tuple[Direction, ...]):
        self.name = f"llm-{family}"
        self.family = family
        self.action: GuardAction | None = action
        self.min_severity = Severity.INFO
        self.directions = list(directions)
        self.surfaces: list[Surface] | None = [Surface.LLM]
        self.on_error: Literal["block", "allow"] | None = None
        self.settings: dict[str, object] = {}


def llm_guards(config: Config) -> list[Guard]:
    """The LLM gateway's default guards (an engine guard factory): each family of
    `LLM_DEFAULTS` that no configured guard applies to the llm surface, when the gateway
    runs with `llm.guards: default`."""
    if not config.llm_enabled or config.llm.guards != "default":
        return []
    covered = {g.family for g in config.guards.use
               if g.surfaces is None or Surface.LLM in g.surfaces}
    specs = [_Spec(f, a, d) for f, a, d in LLM_DEFAULTS if f not in covered]
    return registry.build(specs, on_error=config.guards.on_error)
