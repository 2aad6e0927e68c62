"""The ledger's signed head: an Ed25519 signature over (record count, last id, last hash).

The hash chain proves that no row inside the ledger was edited, inserted or removed; it
cannot tell that rows were cut off its end. The writer therefore keeps one signed head in
the ledger, updated in the same transaction as every batch of rows, so a ledger whose tail
was deleted (or whose head was removed) no longer matches a valid signature.

The private key lives in the state directory (`ledger.key`, mode 0600) and the public
key beside it (`ledger.pub`). Copy `ledger.pub` somewhere the proxy's host cannot write:
`secproxy audit verify --key ledger.pub` then checks a copied ledger offline, and a
head re-signed with any other key fails.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from secproxy.audit.head import Head
from secproxy.errors import SecproxyError
from secproxy.keys import load_or_create_ed25519

__all__ = ["KEY_FILE", "PUB_FILE", "Head", "HeadSigner", "check_head", "load_public_key",
           "message", "public_hex"]
KEY_FILE = "ledger.key"
PUB_FILE = "ledger.pub"
_DOMAIN = b"secproxy-ledger-head/1\n"


def message(count: int, last_id: int, last_hash: str, ts: float) -> bytes:
    """The exact bytes signed for a head."""
    return _DOMAIN + f"{count}\n{last_id}\n{last_hash}\n{ts!r}".encode()


def public_hex(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


class HeadSigner:
    """Signs ledger heads with the key in the state directory (created on first use)."""

    def __init__(self, key: Ed25519PrivateKey):
        self._key = key
        self.public_key = public_hex(key.public_key())

    @classmethod
    def load_or_create(cls, state_dir: Path) -> HeadSigner:
        return cls(load_or_create_ed25519(state_dir / KEY_FILE, state_dir / PUB_FILE,
                                          "the ledger signing key"))

    def sign(self, count: int, last_id: int, last_hash: str, ts: float) -> Head:
        signature = self._key.sign(message(count, last_id, last_hash, ts)).hex()
        return Head(count, last_id, last_hash, ts, self.public_key, signature)


def load_public_key(path: Path) -> str:
    """A trusted public key from a file: PEM (`ledger.pub`) or 64 hex digits. Returns hex."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SecproxyError(f"cannot read the public key {path}: {exc.strerror}") from None
    text = raw.strip()
    if len(text) == 64:
        try:
            bytes.fromhex(text.decode())
            return text.decode().lower()
        except (UnicodeDecodeError, ValueError):
            pass
    try:
        key = serialization.load_pem_public_key(raw)
    except ValueError:
        raise SecproxyError(
            f"{path} holds no Ed25519 public key",
            hint="pass the ledger.pub file from the proxy's state directory",
        ) from None
    if not isinstance(key, Ed25519PublicKey):
        raise SecproxyError(f"{path} is not an Ed25519 public key")
    return public_hex(key)


def check_head(head: Head, trusted: str | None) -> str | None:
    """None when `head` carries a valid signature by `trusted` (hex; None: the key the
    head names itself), else what is wrong."""
    key_hex = trusted or head.public_key
    if trusted is not None and head.public_key != trusted:
        return "the signed head was signed by another key than the trusted one"
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex))
        key.verify(
            bytes.fromhex(head.signature),
            message(head.count, head.last_id, head.last_hash, head.ts),
        )
    except (ValueError, InvalidSignature):
        return "the signed head's signature is not valid (the head was edited or forged)"
    return None
