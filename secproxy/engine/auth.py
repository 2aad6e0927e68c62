"""Proxy credentials, compiled once per config snapshot (`egress.users`): who a
`Proxy-Authorization: Basic …` value names, and whether its password is right.

Passwords are compared in constant time, a digest (`password_sha256`) is compared as a
digest, and an unknown user costs the same as a known one (a dummy digest), so the
answer does not tell which user names exist.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass

from secproxy.config import Config

_DUMMY_DIGEST = hashlib.sha256(b"secproxy-no-such-user").hexdigest()


@dataclass(frozen=True, slots=True)
class AuthResult:
    """Outcome of checking a `Proxy-Authorization` value."""

    user: str | None
    """The authenticated user, when the credentials are right."""
    problem: str | None = None
    """`missing` (no or unreadable credentials) or `wrong` (bad user or password)."""
    claimed: str | None = None
    """The user name the client sent, right or wrong."""


class ProxyUsers:
    """The configured proxy users, ready to check credentials against."""

    def __init__(self, config: Config):
        self.users: dict[str, tuple[bytes | None, str | None]] = {
            u.name: (
                u.password.get_secret_value().encode() if u.password is not None else None,
                (u.password_sha256.get_secret_value().strip().lower()
                 if u.password_sha256 else None),
            )
            for u in config.egress.users
        }

    def __bool__(self) -> bool:
        return bool(self.users)

    def authenticate(self, header: str | None) -> AuthResult:
        """Check a `Proxy-Authorization` value against the configured users."""
        if header is None:
            return AuthResult(None, "missing")
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "basic":
            return AuthResult(None, "missing")
        try:
            decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
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
