"""The ledger's hash chain: a record's hash, and a batch sealed onto the committed tail.

Kept apart from the writer (`secproxy.audit.ledger`) so that the writer process
(`secproxy.audit.writer`) seals batches with exactly this code while importing none of
the proxy: each row's SHA-256 covers the canonical JSON of its hashed columns and its
predecessor's hash, and `audit verify` recomputes it with `row_hash`, record by record.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from secproxy.audit.schema import HASHED_COLUMNS
from secproxy.audit.store import Batch, ChainTail

if TYPE_CHECKING:  # the writer process seals without the signer (and its library)
    from secproxy.audit.signing import HeadSigner

_METADATA = HASHED_COLUMNS.index("metadata")

# Encoders built once: constructing one per call costs more than the encoding itself.
_canonical = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str).encode
compact = json.JSONEncoder(separators=(",", ":"), default=str, sort_keys=True).encode
"""Compact JSON of a column's structured value (findings, shadow, metadata)."""


_TS = HASHED_COLUMNS.index("ts")
_DURATION = HASHED_COLUMNS.index("duration_ms")
_PLAIN = frozenset({str, int, float, type(None)})
_COLUMNS = len(HASHED_COLUMNS)


def canonical(values: Sequence[Any]) -> bytes:
    """The canonical JSON of a row's hashed columns, as UTF-8: what the standard `json`
    writes with `,` and `:` separators and non-ASCII kept (the chain's format since the
    first ledger). orjson writes the same bytes for strings, integers within 64 bits and
    floats written without an exponent (0 and 1e-4 <= |f| < 1e16: timestamps and
    durations) in a fifth of the time; anything else (another type, such a float
    or one in another column, a 65-bit integer, a lone surrogate, which raises
    UnicodeEncodeError as before) goes through `json`. `tests/audit/test_chain_canonical.py`
    compares the two over every code point and random floats."""
    types = list(map(type, values))
    if _PLAIN.issuperset(types) and len(types) == _COLUMNS:
        ts = values[_TS] if types[_TS] is float else 0.0
        took = values[_DURATION] if types[_DURATION] is float else 0.0
        # the floats are the timestamp and the duration, both written without exponent
        if (types.count(float) == (types[_TS] is float) + (types[_DURATION] is float)
                and (ts == 0.0 or 1e-4 <= abs(ts) < 1e16)
                and (took == 0.0 or 1e-4 <= abs(took) < 1e16)):
            try:
                return orjson.dumps(values)
            except TypeError:  # a lone surrogate, an integer beyond 64 bits
                pass
    return _canonical(values).encode()


def row_hash(values: Sequence[Any]) -> str:
    """SHA-256 over the canonical JSON of the hashed columns (prev_hash included)."""
    return hashlib.sha256(canonical(values)).hexdigest()


def storable(values: Sequence[Any], *, nul: bool = False) -> tuple[Any, ...]:
    """`values` with every string that UTF-8 cannot encode (lone surrogates) escaped as
    `\\udc80` — and with `nul`, every NUL character as `\\x00` (PostgreSQL text cannot
    hold one) — and a `ledger_note` in the metadata naming the columns changed."""
    out = list(values)
    changed = []
    for i, value in enumerate(out):
        if isinstance(value, str):
            try:
                value.encode()
            except UnicodeEncodeError:
                value = out[i] = value.encode("utf-8", "backslashreplace").decode()
                changed.append(HASHED_COLUMNS[i])
            if nul and "\x00" in value:
                out[i] = value.replace("\x00", "\\x00")
                if HASHED_COLUMNS[i] not in changed:
                    changed.append(HASHED_COLUMNS[i])
    if changed:
        try:
            meta = json.loads(out[_METADATA]) if out[_METADATA] else {}
        except ValueError:
            meta = {}
        if not isinstance(meta, dict):
            meta = {"metadata": meta}
        meta["ledger_note"] = "unencodable characters escaped in: " + ", ".join(changed)
        out[_METADATA] = compact(meta)
    return tuple(out)


def seal(
    tail: ChainTail,
    records: Sequence[Sequence[Any]],
    intents: list[tuple[str, float, str]],
    done: list[str],
    *,
    signer: HeadSigner | None,
    escape_nul: bool = False,
    sign: bool = False,
) -> Batch:
    """`records` (hashed columns without `prev_hash`) chained onto `tail`, and the head
    over the new tail signed (when there are rows, or `sign`): one transaction's batch."""
    prev, next_id = tail.last_hash, tail.last_id
    rows = []
    for values in records:
        full = (*values, prev)
        try:
            digest = row_hash(full)
        except UnicodeEncodeError:
            full = storable(full, nul=escape_nul)
            digest = row_hash(full)
        else:
            if escape_nul and any(type(v) is str and "\x00" in v for v in full):
                full = storable(full, nul=True)
                digest = row_hash(full)
        next_id += 1
        rows.append((next_id, *full, digest))
        prev = digest
    new_tail = ChainTail(next_id, prev, tail.count + len(rows))
    head = None
    if signer is not None and (rows or sign):
        t = new_tail
        head = signer.sign(t.count, t.last_id, t.last_hash, time.time())
    return Batch(rows, intents, done, head, new_tail)


@dataclass(slots=True)
class Unsealed:
    """A batch to seal (`seal()`), as the writer hands it to its store: a store that
    writes in this process calls it where it writes; the writer process's store sends
    its parts to be sealed there."""

    tail: ChainTail
    records: list[tuple[Any, ...]]
    intents: list[tuple[str, float, str]]
    done: list[str]
    signer: HeadSigner | None
    escape_nul: bool = False
    sign: bool = False

    def __call__(self) -> Batch:
        return seal(self.tail, self.records, self.intents, self.done, signer=self.signer,
                    escape_nul=self.escape_nul, sign=self.sign)
