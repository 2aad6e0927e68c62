"""The egress settings compiled once per config snapshot: proxy users, CONNECT ports,
connection and tunnel caps (`capacity`), SSRF exemptions (`secproxy.net.ssrf`).
Recompiled when the engine swaps its config, never per request.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass

from secproxy.config import Config
from secproxy.net.ssrf import SsrfPolicy
from secproxy.surfaces.egress.capacity import default_caps, open_file_limit

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
        self.users: dict[str, tuple[bytes | None, str | None]] = {
            u.name: (
                u.password.get_secret_value().encode() if u.password is not None else None,
                (u.password_sha256.get_secret_value().strip().lower()
                 if u.password_sha256 else None),
            )
            for u in settings.users
        }
        self.ssrf = SsrfPolicy(config)
        """SSRF exemptions, shared with the engine's destination stage."""

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
