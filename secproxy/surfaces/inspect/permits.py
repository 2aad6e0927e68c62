"""Permits: what an agent receives once an operator approves an exact action.

A permit is one-time, expiring and bound: it is signed (Ed25519) over the action's
fingerprint (`Action.fingerprint()`, the normalised action as it arrived), the principal
that asked, its expiry and a nonce. The nonce is its approval's (derived from the
approval's id and action), so every permit issued for one approval, by any instance,
is spent by the first use of any of them: one approval, one run. Any handler holding
`permit.pub` can check a permit without the signing key. The wire form is
`<payload>.<signature>`, both base64url (no padding), the payload compact JSON
`{"v": 1, "fp", "principal", "nonce", "exp", "approval"}`.

`PermitKeys` keeps the key pair in the state directory (`permit.key`, mode 0600, and
`permit.pub`), generated on first use. `NonceBook` records each nonce as it is used, in
`state.db` (table `permit_nonces`), committed before the action runs: a permit replayed
after a restart is still refused. Rows past their permit's expiry are pruned (an expired
permit fails on its expiry first). With `state.backend: redis` the nonce is used on the
Redis server first (`InspectApi._use_permit`), so a permit used on one instance is refused
on every other.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from secproxy.errors import SecproxyError
from secproxy.files import create_private
from secproxy.keys import load_or_create_ed25519

KEY_FILE = "permit.key"
PUB_FILE = "permit.pub"
_DOMAIN = b"secproxy-permit/1\n"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True, slots=True)
class Permit:
    """What a permit says."""

    fingerprint: str
    principal: str
    nonce: str
    expires: float
    approval: str

    def payload(self) -> bytes:
        return json.dumps({"v": 1, "fp": self.fingerprint, "principal": self.principal,
                           "nonce": self.nonce, "exp": self.expires,
                           "approval": self.approval},
                          sort_keys=True, separators=(",", ":")).encode()


class PermitError(Exception):
    """A permit that does not hold: `kind` says why (`malformed`, `bad_signature`,
    `wrong_action`, `wrong_principal`, `expired`, `replayed`; `unavailable`: the shared
    state backend could not say whether it was used)."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class PermitKeys:
    """The signing key pair (Ed25519) of this installation's permits."""

    def __init__(self, key: Ed25519PrivateKey):
        self._key = key
        self.public: Ed25519PublicKey = key.public_key()

    @classmethod
    def load_or_create(cls, state_dir: Path) -> PermitKeys:
        return cls(load_or_create_ed25519(state_dir / KEY_FILE, state_dir / PUB_FILE,
                                          "the permit signing key"))

    def issue(self, fingerprint: str, principal: str, expires: float, approval: str) -> str:
        """A permit for an approval, in its wire form (its nonce the approval's)."""
        nonce = hashlib.sha256(f"{approval}\n{principal}\n{fingerprint}".encode()).hexdigest()
        permit = Permit(fingerprint, principal, nonce[:32], expires, approval)
        payload = permit.payload()
        return f"{_b64(payload)}.{_b64(self._key.sign(_DOMAIN + payload))}"

    def read(self, token: str) -> Permit:
        """The permit a token carries, its signature checked; PermitError otherwise."""
        head, dot, tail = token.strip().partition(".")
        if not dot or not head or not tail or len(token) > 4096:
            raise PermitError("malformed", "the permit is not <payload>.<signature>")
        try:
            payload, signature = _unb64(head), _unb64(tail)
        except (binascii.Error, ValueError):
            raise PermitError("malformed", "the permit is not base64url") from None
        try:
            self.public.verify(signature, _DOMAIN + payload)
        except InvalidSignature:
            raise PermitError("bad_signature", "the permit's signature is not valid") from None
        try:
            d: Any = json.loads(payload)
            permit = Permit(str(d["fp"]), str(d["principal"]), str(d["nonce"]), float(d["exp"]),
                            str(d["approval"]))
        except (ValueError, KeyError, TypeError):
            raise PermitError("malformed", "the permit's payload cannot be read") from None
        return permit

    def check(self, token: str, *, fingerprint: str, principal: str, now: float) -> Permit:
        """The permit, when it is valid for this action and principal now (its nonce is
        not looked at: `NonceBook.use` does that); PermitError otherwise."""
        permit = self.read(token)
        if permit.expires <= now:
            raise PermitError("expired", f"the permit of approval {permit.approval} expired")
        if permit.principal != principal:
            raise PermitError("wrong_principal",
                              f"the permit of approval {permit.approval} was issued to "
                              f"{permit.principal}, not {principal}")
        if permit.fingerprint != fingerprint:
            raise PermitError("wrong_action",
                              f"the permit of approval {permit.approval} is for another action")
        return permit


class NonceBook:
    """Used permit nonces, kept in `state.db` across restarts."""

    def __init__(self, path: Path):
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def open(self) -> None:
        create_private(self.path)
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA busy_timeout=5000")
        db.execute("CREATE TABLE IF NOT EXISTS permit_nonces (nonce TEXT PRIMARY KEY, "
                   "expires REAL NOT NULL, used REAL NOT NULL)")
        self._db = db

    def use(self, permit: Permit, now: float) -> bool:
        """Record the permit's nonce as used (durably, before the action runs); False when
        it was used before. Blocking: run it in a thread."""
        with self._lock:
            db = self._db
            if db is None:
                raise SecproxyError("the permit nonce book is closed")
            try:
                db.execute("INSERT INTO permit_nonces VALUES (?, ?, ?)",
                           (permit.nonce, permit.expires, now))
            except sqlite3.IntegrityError:
                return False
            db.execute("DELETE FROM permit_nonces WHERE expires < ?", (now - 60,))
            return True

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
