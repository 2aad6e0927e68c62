"""Config section `egress`: the HTTP forward proxy and CONNECT tunnels."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator, model_validator

from secproxy.config.types import Duration, Secret, StrictModel
from secproxy.guards import registry
from secproxy.model import Direction, Surface

if TYPE_CHECKING:
    from secproxy.config.schema import Config


class ProxyUser(StrictModel):
    """One proxy-auth user; give `password` (plain) or `password_sha256` (hex digest)."""

    name: str
    password: Secret | None = None
    """The password in clear (never shown: `config/get` hides it)."""
    password_sha256: Secret | None = None
    """Hex SHA-256 of the password (`printf %s 'pw' | sha256sum`)."""

    @model_validator(mode="after")
    def _one_secret(self) -> ProxyUser:
        if (self.password is None) == (self.password_sha256 is None):
            raise ValueError(f"user {self.name!r}: set exactly one of password or password_sha256")
        if self.password_sha256 is not None:
            digest = self.password_sha256.get_secret_value().strip().lower()
            if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
                raise ValueError(f"user {self.name!r}: password_sha256 must be 64 hex digits")
        if ":" in self.name:
            raise ValueError(f"user {self.name!r}: a Basic-auth user name cannot contain ':'")
        return self


class InspectSettings(StrictModel):
    """What the content guards see of plain-HTTP traffic (CONNECT tunnels stay opaque:
    no TLS interception). Nothing here costs anything unless a guard in `guards.use`
    applies to the `egress` surface (`egress.guards: default` is one, for requests):
    requests are inspected when one has direction `request`, responses when one has
    direction `response`."""

    max_body_bytes: int = Field(default=1024 * 1024, gt=0)
    """Largest request body held and guarded before it is forwarded (the URL path,
    query values and header values are always guarded)."""
    oversize: Literal["block", "pass"] = "block"
    """A request body the guards cannot read whole: larger than `max_body_bytes`, or
    compressed (`Content-Encoding`). `block` answers 413 before anything is forwarded
    (a secret past the limit would otherwise leave unseen); `pass` guards what was read
    (the first `max_body_bytes`, and at most one read more) and forwards the rest
    unread, with a `not_inspected` finding."""
    max_response_bytes: int = Field(default=1024 * 1024, gt=0)
    """Largest text response body held and guarded before any of it reaches the client
    (so a blocked page is answered 403, and masks apply before it leaves)."""
    response_oversize: Literal["block", "pass"] = "pass"
    """A text response the guards cannot read whole (larger than `max_response_bytes`,
    or compressed with a coding other than gzip and deflate): `pass` guards the first
    `max_response_bytes` (a blocking finding there still refuses it) and relays the
    rest unread, with a `not_inspected` finding; `block` answers 413 instead."""
    skip_headers: list[str] = ["authorization", "cookie"]
    """Request headers whose values the guards do not see: credentials the agent means
    for the destination (rules decide where it may send them). Empty: every header but
    the framing and hop-by-hop ones."""

    @field_validator("skip_headers")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        return [h.strip().lower() for h in v if h.strip()]


class EgressSettings(StrictModel):
    """How the forward proxy behaves beyond the rules."""

    allowed_connect_ports: list[int] = [443, 80]
    """Ports a CONNECT tunnel may open; any other port is answered 403."""
    tls_server_name: Literal["match", "off"] = "match"
    """`match`: a CONNECT tunnel to a host name whose TLS ClientHello asks for another
    server name (SNI) is cut before any of it reaches the upstream, and its record says
    block (`tls_server_name_mismatch`): on a shared front end (a CDN, a cloud load
    balancer) that name reaches a site the rules never saw. A tunnel to an address is
    cut when its hello names any server; a ClientHello without a name, or another
    protocol than TLS, passes; a handshake record that is no well-formed ClientHello
    (an extension twice, cut short) is cut, and so is a hello using Encrypted Client
    Hello (its outer name is its provider's front end, the name asked for is hidden:
    `tls_server_name_hidden`). `off`: the tunnel's bytes are not read."""
    ssrf_protection: bool = True
    """Deny destinations that resolve to loopback, private, link-local, multicast,
    reserved, unspecified or otherwise non-global addresses. The check runs on the
    resolved address before any connection is made, and that address is the one
    connected to. A destination is exempt when its host or address is listed in
    `ssrf_allow`, or when the deciding rule is an enforce-mode `allow`/`log` rule whose
    `match` or `host` names the host literally (no wildcard in the host part)."""
    ssrf_allow: list[str] = []
    """Host names (exact, case-insensitive) and addresses or CIDR ranges
    (`127.0.0.0/8`, `10.1.2.3`, `fd00::/8`) exempt from SSRF protection."""
    users: list[ProxyUser] = []
    """When set, clients must authenticate with `Proxy-Authorization: Basic`; a missing
    header is answered 407, a wrong password 407 plus a strike for the client address."""
    max_header_bytes: int = Field(default=65536, gt=0)
    """Largest request head (header names and values) accepted; more is answered 431."""
    max_headers: int = Field(default=100, gt=0)
    """Most header lines in one request; more is answered 431."""
    max_request_line: int = Field(default=8192, gt=0)
    """Longest request target (URL); longer is answered 414."""
    header_timeout: Duration = 10.0
    """Time a client has to send a complete request head once it started one (408); and,
    with `tls_server_name: match`, a CONNECT tunnel's TLS ClientHello once its first
    byte came (the tunnel is cut, `tls_hello_timeout`)."""
    body_timeout: Duration = 30.0
    """Time a client has to send a request body, once its head is read, plus a second
    for each 8 KiB of it that has come (so a large upload going at 8 KiB/s or more is
    never cut): a body still not whole is answered 408 (or, once the upstream's answer
    has begun, cut) and the connection closed."""
    idle_timeout: Duration = 60.0
    """An idle keep-alive client connection is closed after this long."""
    tunnel_idle_timeout: Duration = 300.0
    """A tunnel (CONNECT, WebSocket) that relayed no byte either way for this long is
    closed (checked every quarter of it: closed within a quarter more), its record
    saying so; 0: never."""
    connect_timeout: Duration = 10.0
    """Time to open the upstream TCP connection (502 when it fails)."""
    upstream_timeout: Duration = 300.0
    """Longest wait for the upstream's response head, for each read of its body, and
    for a client that stopped reading the response to take more (504 when it runs out
    before the head; afterwards the connection is closed and the record says why)."""
    max_connections_per_principal: int = Field(default=256, gt=0)
    """Open client connections per client address; the connection over the limit gets
    429 with `Retry-After: 1` on its first request and is closed."""
    max_connections: int | None = Field(default=None, gt=0)
    """Client connections served at once; the connection over the cap gets 503 (with
    `Retry-After: 1`) on its first request and is closed. Unset: derived from the
    open-file limit (`RLIMIT_NOFILE`, whose soft limit is raised to the hard one at
    start): half of what is left after a reserve of min(1024, limit/4) descriptors, two
    per connection."""
    max_tunnels: int | None = Field(default=None, gt=0)
    """CONNECT tunnels and WebSocket relays open at once; one over the cap is answered
    503 (with `Retry-After: 1`) before any upstream connection is made. Unset: derived
    like `max_connections`, six descriptors per tunnel."""
    pool_max_idle_per_host: int = Field(default=32, ge=0)
    """Idle upstream connections kept per (host, port) for reuse; 0 disables the pool."""
    pool_idle_timeout: Duration = 30.0
    """An idle pooled upstream connection is closed after this long."""
    dns_cache_ttl: Duration = 30.0
    """How long a host name's resolved addresses are reused (per host and port); 0
    turns the cache off. Requests for a name whose lookup is under way wait for that
    lookup instead of starting another. The SSRF check runs on the addresses for every
    request, cached or not; literal addresses are never cached, failed lookups are not
    cached. The system resolver does not report DNS TTLs, so this is the lifetime of
    every entry: keep it short where names move."""
    dns_cache_size: int = Field(default=4096, gt=0)
    """Most (host, port) entries the DNS cache holds; a new one pushes out the oldest."""
    inspect: InspectSettings = InspectSettings()
    """What the content guards see of plain-HTTP requests and responses."""
    guards: Literal["default", "configured"] = "default"
    """`default`: a secret leaving through the proxy is refused (403) before anything is
    sent, the destination's name not even resolved — in a plain-HTTP request's URL,
    query values, headers (less `inspect.skip_headers`) and body, and in the host name
    of any request or CONNECT tunnel (data smuggled out in a DNS name): the `secrets`
    family, action `block`, unless a guard of `guards.use` of that family already
    covers the egress surface. `configured`: only the guards of `guards.use`."""

    @field_validator("allowed_connect_ports")
    @classmethod
    def _ports(cls, v: list[int]) -> list[int]:
        for port in v:
            if not 0 < port <= 65535:
                raise ValueError(f"port {port} is not a number from 1 to 65535")
        return v

    @field_validator("ssrf_allow")
    @classmethod
    def _allow_entries(cls, v: list[str]) -> list[str]:
        out = []
        for entry in v:
            text = entry.strip().lower()
            if not text:
                raise ValueError("an ssrf_allow entry cannot be empty")
            try:
                ipaddress.ip_network(text, strict=False)
            except ValueError:
                if "/" in text or not all(c.isalnum() or c in ".-_" for c in text):
                    raise ValueError(
                        f"{entry!r} is neither a host name nor an address or CIDR range"
                    ) from None
            out.append(text)
        return out


def egress_guard_specs(config: Config) -> list[registry.GuardSpec]:
    """The egress proxy's default guards (`egress.guards: default`): the secrets family,
    blocking, on requests of the egress and connect surfaces — unless a configured
    secrets guard already covers egress requests."""
    if config.egress.guards != "default" or not config.listeners.egress.enabled:
        return []
    if any(g.family == "secrets" and Direction.REQUEST in g.directions
           and (g.surfaces is None or Surface.EGRESS in g.surfaces)
           for g in config.guards.use):
        return []
    return [registry.Default("egress-secrets", "secrets", "block", [Direction.REQUEST],
                             [Surface.EGRESS, Surface.CONNECT])]
