"""Ed25519 key pairs the proxy keeps in its state directory (ledger heads, permits).

The private key is a PKCS#8 PEM file made private (0600) before it is written; its
public half sits beside it as a PEM file that anyone may copy to verify offline.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from secproxy.errors import SecproxyError
from secproxy.files import create_private


def load_or_create_ed25519(key_path: Path, pub_path: Path, what: str) -> Ed25519PrivateKey:
    """The key in `key_path`, made on first use (its public half written to `pub_path`
    when missing). `what` names the key in errors ("the ledger signing key")."""
    try:
        if key_path.exists():
            key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
            if not isinstance(key, Ed25519PrivateKey):
                raise SecproxyError(f"{key_path} is not an Ed25519 private key")
        else:
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
            create_private(key_path)
            key_path.write_bytes(pem)
        if not pub_path.exists():
            pub_path.write_bytes(key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    except (OSError, ValueError) as exc:
        raise SecproxyError(
            f"cannot load or create {what} {key_path}: {exc}",
            hint="check the state directory's permissions; move a damaged key file aside",
        ) from None
    return key
