"""The egress settings compiled once per config snapshot: proxy users, SSRF exemptions,
CONNECT ports, connection and tunnel caps (`capacity`). Recompiled when the engine swaps
its config, never per request.

SSRF exemptions (see `EgressSettings.ssrf_protection`): a destination that resolves to a
non-public address is still reached when its host or address is in `egress.ssrf_allow`
(host names, addresses, CIDR ranges), or when the verdict's rule is an enforce-mode
`allow`/`log` rule whose `match` or `host` names that host with no wildcard.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import ipaddress
from dataclasses import dataclass

from secproxy.config import Config
from secproxy.globs import split_url_glob
from secproxy.model import Verdict
from secproxy.surfaces.egress.capacity import default_caps, open_file_limit
from secproxy.surfaces.egress.ssrf import IPAddress, literal_address, non_public

_DUMMY_DIGEST = hashlib.sha256(b"secproxy-no-such-user").hexdigest()


@dataclass(frozen=True, slots=True)
class AuthResult:
    """Outcome of checking `Proxy-Authorization`."""

    user: str | None
    """The authenticated user, when the credentials are right."""
    problem: str | None = None
    """`missing` (no or unreadable credentials) or `wrong` (bad user or password)."""
    claimed: str | None = None
    """The user name the client sent, right or wrong."""


class EgressPolicy:
    """What the egress surface needs from one config, ready to use."""

    def __init__(self, config: Config):
        settings = config.egress
        self.settings = settings
        self.connect_ports = frozenset(settings.allowed_connect_ports)
        connections, tunnels = default_caps(open_file_limit())
        self.max_connections = settings.max_connections or connections
        """Client connections served at once (`egress.max_connections` or derived)."""
        self.max_tunnels = settings.max_tunnels or tunnels
        """Tunnels open at once (`egress.max_tunnels` or derived)."""
        self.ssrf = settings.ssrf_protection
        self.users: dict[str, tuple[bytes | None, str | None]] = {
            u.name: (
                u.password.get_secret_value().encode() if u.password is not None else None,
                (u.password_sha256.get_secret_value().strip().lower()
                 if u.password_sha256 else None),
            )
            for u in settings.users
        }
        hosts: set[str] = set()
        nets = []
        for entry in settings.ssrf_allow:
            try:
                nets.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                hosts.add(entry)
        self.allow_hosts = frozenset(hosts)
        self.allow_nets = tuple(nets)
        self._in_allow_nets: dict[IPAddress, bool] = {}
        """Memo of `allow_nets` membership: `ipaddress` containment is slow Python and
        a proxy talks to few distinct addresses (bounded, see `_allowed_address`)."""
        self.exempt_rules: dict[str, frozenset[str]] = {}
        for i, rule in enumerate(config.rules):
            if rule.mode != "enforce" or rule.action not in ("allow", "log"):
                continue
            named = set()
            if rule.match:
                host = split_url_glob(rule.match)[0].strip("[]")
                if host and "*" not in host:
                    named.add(host)
            if rule.host and "*" not in rule.host:
                named.add(rule.host.lower().strip("[]"))
            if named:
                self.exempt_rules[config.rule_name(i)] = frozenset(named)

    # -- proxy authentication -------------------------------------------------------

    def authenticate(self, header: bytes | None) -> AuthResult:
        """Check a `Proxy-Authorization` value against the configured users."""
        if header is None:
            return AuthResult(None, "missing")
        scheme, _, token = header.strip().partition(b" ")
        if scheme.lower() != b"basic":
            return AuthResult(None, "missing")
        try:
            decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return AuthResult(None, "missing")
        name, sep, password = decoded.partition(":")
        if not sep:
            return AuthResult(None, "missing")
        plain, digest = self.users.get(name, (None, _DUMMY_DIGEST))
        given = password.encode()
        if plain is not None:
            ok = hmac.compare_digest(given, plain)
        else:
            ok = hmac.compare_digest(hashlib.sha256(given).hexdigest(), digest or "")
            ok = ok and name in self.users
        return AuthResult(name, None, name) if ok else AuthResult(None, "wrong", name)

    # -- SSRF -------------------------------------------------------------------------

    def ssrf_problem(self, host: str, address: IPAddress, verdict: Verdict) -> str | None:
        """Why connecting to `address` for `host` is refused; None when it is fine."""
        if not self.ssrf:
            return None
        why = non_public(address)
        if why is None or host in self.allow_hosts:
            return None
        if self.allow_nets and self._allowed_address(address):
            return None
        if verdict.rule is not None:
            named = self.exempt_rules.get(verdict.rule)
            if named is not None and host in named:
                return None
        shown = host if literal_address(host) is not None else f"{host} resolves to {address}"
        return (
            f"{shown}: {why} address refused by SSRF protection (allow it with a rule naming "
            f"the host or egress.ssrf_allow)"
        )

    def _allowed_address(self, address: IPAddress) -> bool:
        memo = self._in_allow_nets
        allowed = memo.get(address)
        if allowed is None:
            allowed = any(address in net for net in self.allow_nets)
            if len(memo) >= 4096:
                memo.clear()
            memo[address] = allowed
        return allowed
