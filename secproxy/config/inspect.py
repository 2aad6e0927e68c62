"""Config section `inspect`: the inspection API on the `api` listener (`/inspect/*`,
`/approval/*`, `/execute`), its API keys, permits, execution handlers, and the guards it
runs when nothing else is configured for it.

With no config at all the inspection API is on (the api listener is loopback-only by
default) and every detector runs on it at its default thresholds: the `injection`,
`secrets`, `pii`, `encoding` and `tool_abuse` families, each as a guard named
`inspect-<family>` restricted to the `inspect` surface (`inspect_guards`; `secproxy
serve` builds them from `inspect_guard_specs` on their first use). A family that a
configured guard (`guards.use`) already applies to the inspect surface is not added
twice; `inspect.guards: configured` turns the defaults off, leaving only `guards.use`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator, model_validator

from secproxy.config.types import ApiKey, Duration, StrictModel
from secproxy.guards import registry
from secproxy.model import Direction, Surface

if TYPE_CHECKING:
    from secproxy.config.schema import Config
    from secproxy.guards import Guard

DEFAULT_FAMILIES = ("injection", "secrets", "pii", "encoding", "tool_abuse")
"""The detectors the inspection API runs when no configured guard covers it."""


class KeyRateLimit(StrictModel):
    """Requests one API key may make, at the edge (before the body is read)."""

    requests_per_minute: float = Field(gt=0)
    """The average rate allowed."""
    burst: int | None = Field(default=None, gt=0)
    """Requests allowed at once (a full bucket); default: one minute's worth, at least 1."""

    @property
    def capacity(self) -> int:
        return self.burst or max(1, int(self.requests_per_minute))


class InspectKey(StrictModel):
    """One API key of the inspection API; its name becomes the principal."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.:@-]+$")
    """The principal this key names (`user:<name>`): its strikes, limits, approvals."""
    key: ApiKey
    """What the client sends in `inspect.key_header`."""
    role: Literal["agent", "operator"] = "agent"
    """`operator` keys may also resolve approvals (`POST /approval/resolve`)."""
    rate_limit: KeyRateLimit | None = None
    """Requests per minute and burst of this key; past them, 429 with `Retry-After`."""


class HandlerSettings(StrictModel):
    """What `POST /execute` may run, once the engine allows it."""

    timeout: Duration = 30.0
    """Longest a handler may take; past it the call is recorded as failed."""
    http: bool = True
    """The `http` handler: a request to the URL the engine checked (rules, SSRF, DNS)."""
    http_max_bytes: int = Field(default=1024 * 1024, gt=0)
    """Most bytes of an HTTP answer returned (the rest is cut, `truncated: true`)."""
    fs_roots: list[Path] = []
    """Directories `fs_read` and `fs_write` work in (resolved, symlinks followed, and
    the result must stay inside). Empty: both handlers are off."""
    fs_max_bytes: int = Field(default=1024 * 1024, gt=0)
    """Largest file read or written."""
    shell: bool = False
    """The `shell` handler; off by default. On, it runs `shell_allow` commands only,
    as an argv list (no shell interprets it)."""
    shell_allow: list[str] = []
    """Commands (`argv[0]`, a name looked up on PATH or an absolute path) `shell` runs."""
    shell_max_output: int = Field(default=64 * 1024, gt=0)
    """Most bytes of stdout and of stderr returned each."""

    @field_validator("fs_roots")
    @classmethod
    def _absolute(cls, v: list[Path]) -> list[Path]:
        for root in v:
            if not root.expanduser().is_absolute():
                raise ValueError(f"fs_roots entry {str(root)!r} must be an absolute path")
        return v


class InspectSettings(StrictModel):
    """The inspection API (issue #13), for agent runtimes that ask before they act."""

    enabled: bool = True
    """Serve `/inspect/*`, `/approval/*` and `/execute` on the api listener."""
    key_header: str = Field(default="Authorization", min_length=1)
    """The header that carries the API key (`Authorization: Bearer <key>`, or the bare
    key in any other header)."""
    api_keys: list[InspectKey] = []
    """When set, every inspection call needs one of these keys (compared in constant
    time); unset, calls are open (the principal is then the `agent_id`)."""
    guards: Literal["default", "configured"] = "default"
    """`default`: the inspection API runs every detector at its defaults unless
    `guards.use` already applies that family to the inspect surface; `configured`: only
    `guards.use`."""
    permit_ttl: Duration = 300.0
    """How long a permit stays valid once issued."""
    max_body_bytes: int = Field(default=1024 * 1024, gt=0)
    """Largest request body."""
    handlers: HandlerSettings = HandlerSettings()

    @model_validator(mode="after")
    def _unique_names(self) -> InspectSettings:
        names = [k.name for k in self.api_keys]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"inspect.api_keys names must be unique: {', '.join(dupes)}")
        return self


_DIRECTIONS = (Direction.REQUEST, Direction.RESPONSE, Direction.STREAM)


def _covers_inspect(surfaces: list[Surface] | None) -> bool:
    return surfaces is None or Surface.INSPECT in surfaces


def inspect_guards(config: Config) -> list[Guard]:
    """The inspection API's default detectors (an engine guard factory): each family of
    `DEFAULT_FAMILIES` no configured guard applies to the inspect surface."""
    return registry.build(inspect_guard_specs(config), on_error=config.guards.on_error)


def inspect_guard_specs(config: Config) -> list[registry.GuardSpec]:
    """The entries `inspect_guards` builds (what a deferred build needs to know first)."""
    settings = config.inspect
    if not settings.enabled or settings.guards != "default":
        return []
    covered = {g.family for g in config.guards.use if _covers_inspect(g.surfaces)}
    return [registry.Default(f"inspect-{f}", f, None, list(_DIRECTIONS), [Surface.INSPECT])
            for f in DEFAULT_FAMILIES if f not in covered]
