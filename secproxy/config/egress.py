"""Config section `egress`: the HTTP forward proxy and CONNECT tunnels."""

from __future__ import annotations

from pydantic import Field

from secproxy.config.types import Duration, StrictModel


class ProxyUser(StrictModel):
    """One proxy-auth user; give `password` (plain) or `password_sha256` (hex digest)."""

    name: str
    password: str | None = None
    password_sha256: str | None = None


class EgressSettings(StrictModel):
    """How the forward proxy behaves beyond the rules."""

    allowed_connect_ports: list[int] = [443, 80]
    """Ports a CONNECT tunnel may open."""
    ssrf_protection: bool = True
    """Deny destinations that resolve to loopback, private, link-local, multicast or
    unspecified addresses unless a rule explicitly allows the host."""
    users: list[ProxyUser] = []
    """When set, clients must authenticate with `Proxy-Authorization: Basic`."""
    max_header_bytes: int = Field(default=65536, gt=0)
    max_headers: int = Field(default=100, gt=0)
    max_request_line: int = Field(default=8192, gt=0)
    header_timeout: Duration = 10.0
    """Time a client has to send a complete request head."""
    idle_timeout: Duration = 60.0
    connect_timeout: Duration = 10.0
    upstream_timeout: Duration = 300.0
    max_connections_per_principal: int = Field(default=256, gt=0)
