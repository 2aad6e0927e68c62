"""The ledger's signed head as stored (`secproxy.audit.signing` makes and checks it):
kept apart from the signing code so that what only stores heads — the ledger's writer
process — does not load the cryptography library."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Head:
    """What the signature covers: the ledger up to and including row `last_id`."""

    count: int
    last_id: int
    last_hash: str
    ts: float
    public_key: str
    """Hex of the raw 32-byte public key that signed it."""
    signature: str
    """Hex of the 64-byte Ed25519 signature over `message(...)`."""
