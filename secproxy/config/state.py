"""Config of `state`: where limits, strikes, blocks and pending approvals live — in this
process (`memory`, the default) or in a Redis server that several instances share
(`redis`); see `secproxy.state`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator

from secproxy.config.types import Duration, SecretUrl, StrictModel

_SCHEMES = ("redis", "rediss", "unix")
_PREFIX = re.compile(r"^[A-Za-z0-9_.:{}-]{1,64}$")


class StateTls(StrictModel):
    """TLS to the Redis server (a `rediss://` URL turns it on as well)."""

    enabled: bool = False
    """Connect over TLS."""
    ca_file: Path | None = None
    """CA certificates (PEM) the server's certificate must chain to; the system's
    when unset."""
    cert_file: Path | None = None
    """A client certificate (PEM), for servers that ask for one; needs `key_file`."""
    key_file: Path | None = None
    """The client certificate's private key (PEM)."""
    verify: bool = True
    """Check the server's certificate and name; `false` only for a test server."""

    @model_validator(mode="after")
    def _pair(self) -> StateTls:
        if (self.cert_file is None) != (self.key_file is None):
            raise ValueError("tls.cert_file and tls.key_file go together: set both or neither")
        return self


class StateSettings(StrictModel):
    """Where shared state lives. `memory` (the default): limits, strikes, blocks,
    sessions and approvals are this process's own. `redis`: several `secproxy serve`
    instances share them through one Redis server — a limit or token budget is counted
    once across all, a block or the kill switch made on one holds on every other, a
    session's risk and taint follow it from instance to instance, every console sees
    every instance's pending approvals and can resolve them."""

    backend: Literal["memory", "redis"] = "memory"
    """`memory` or `redis` (needs `url`)."""
    url: SecretUrl | None = None
    """The Redis server: `redis://[:password@]host:6379/0`, `rediss://…` (TLS) or
    `unix:///path/redis.sock`. Shown hidden (it may hold a password)."""
    tls: StateTls = StateTls()
    key_prefix: str = "secproxy:"
    """Put before every key and channel name: instances with the same prefix share
    state, so two deployments can use one server."""
    timeout: Duration = Field(default=0.5, gt=0, le=30)
    """Longest one Redis command (a limit decision) may take; then the server counts as
    unreachable."""
    on_failure: Literal["closed", "local"] = "closed"
    """While the server is unreachable: `closed` refuses every decision (`state backend
    unavailable`, recorded in the ledger); `local` decides on this instance's own
    in-memory state, with a warning in the log and `secproxy_state_fallback_total`
    counting. Either way the shared state is used again once the server answers, with
    no restart."""
    heartbeat: Duration = Field(default=1.0, ge=0.1, le=60)
    """How often an instance checks the server and renews its entry in the list of
    instances (`secproxy status`); an entry not renewed for 3 beats is gone."""

    @field_validator("url")
    @classmethod
    def _url(cls, v: SecretStr | None) -> SecretStr | None:
        if v is None:
            return v
        parts = urlsplit(v.get_secret_value())
        if parts.scheme not in _SCHEMES:
            raise ValueError(
                "expected a redis://host:port, rediss://host:port or unix:///path URL")
        if parts.scheme == "unix":
            if not parts.path:
                raise ValueError("a unix:// URL needs the socket's path (unix:///path)")
        elif not parts.hostname:
            raise ValueError("the URL needs a host (redis://host:6379)")
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number in range
        except ValueError as exc:
            raise ValueError(f"bad port in the URL: {exc}") from None
        return v

    @field_validator("key_prefix")
    @classmethod
    def _prefix(cls, v: str) -> str:
        if not _PREFIX.match(v):
            raise ValueError("1 to 64 characters of letters, digits and _ . : { } -")
        return v

    @model_validator(mode="after")
    def _backend(self) -> StateSettings:
        if self.backend == "redis" and self.url is None:
            raise ValueError("backend redis needs a url (redis://host:6379)")
        if self.url is not None and self.tls.enabled and self.scheme == "unix":
            raise ValueError("tls cannot be used with a unix:// socket url")
        return self

    @property
    def scheme(self) -> str:
        return urlsplit(self.url.get_secret_value()).scheme if self.url is not None else ""

    @property
    def uses_tls(self) -> bool:
        return self.tls.enabled or self.scheme == "rediss"
