"""The ledger's hash chain: a record's hash, and a batch sealed onto the committed tail.

Kept apart from the writer (`secproxy.audit.ledger`) so that the writer process
(`secproxy.audit.writer`) seals batches with exactly this code while importing none of
the proxy: each row's SHA-256 covers the canonical JSON of its hashed columns and its
predecessor's hash, and `audit verify` recomputes it with `row_hash`, record by record.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from secproxy.audit.schema import HASHED_COLUMNS, KEY_INDEXES
from secproxy.audit.store import Batch, ChainTail

if TYPE_CHECKING:  # the writer process seals without the signer (and its library)
    from secproxy.audit.head import Head
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


def _fast(values: Sequence[Any]) -> bytes | None:
    """orjson's canonical JSON of a row's hashed columns, when it writes what the
    standard `json` writes (see `canonical`); else None."""
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
    return None


def canonical(values: Sequence[Any]) -> bytes:
    """The canonical JSON of a row's hashed columns, as UTF-8: what the standard `json`
    writes with `,` and `:` separators and non-ASCII kept (the chain's format since the
    first ledger). orjson writes the same bytes for strings, integers within 64 bits and
    floats written without an exponent (0 and 1e-4 <= |f| < 1e16: timestamps and
    durations) in a fifth of the time; anything else (another type, such a float
    or one in another column, a 65-bit integer, a lone surrogate, which raises
    UnicodeEncodeError as before) goes through `json`. `tests/audit/test_chain_canonical.py`
    compares the two over every code point and random floats."""
    fast = _fast(values)
    return fast if fast is not None else _canonical(values).encode()


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


def entry(values: Sequence[Any], prev: str) -> tuple[tuple[Any, ...], bytes]:
    """A record's hashed columns as stored, `prev` last, and the JSON its hash covers:
    an SQLite ledger's entry (schema version 3). Any JSON of the values serves, since
    `audit verify` hashes the entry as stored and reads the values from it: orjson's
    (a NaN or infinite duration is written null); a string UTF-8 cannot encode is
    escaped first (`storable`), and the standard `json` writes what orjson cannot
    (an integer beyond 64 bits, a type it does not know: as its `str`)."""
    full = (*values, prev)
    try:
        return full, orjson.dumps(full)
    except TypeError:
        pass
    full = storable(full)
    try:
        return full, orjson.dumps(full)
    except TypeError:
        full = tuple(None if type(v) is float and not math.isfinite(v) else v for v in full)
        return full, _canonical(full).encode()


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
    over the new tail signed (when there are rows, or `sign`): one transaction's batch,
    as a database ledger stores it (a row's hash over its `canonical` JSON)."""
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
    return Batch(rows, intents, done, _head(signer, new_tail, bool(rows) or sign), new_tail)


def seal_entries(
    tail: ChainTail,
    records: Sequence[Sequence[Any]],
    intents: list[tuple[str, float, str]],
    done: list[str],
    *,
    signer: HeadSigner | None,
    sign: bool = False,
) -> Batch:
    """`seal` for an SQLite ledger: the batch's `entries` (each record's key columns,
    its entry and the SHA-256 of the entry), no `rows`."""
    prev, next_id = tail.last_hash, tail.last_id
    entries: list[tuple[Any, ...]] = []
    append = entries.append
    sha256 = hashlib.sha256
    dumps = orjson.dumps
    ts_at, surface_at, decision_at, host_at, principal_at = KEY_INDEXES
    for values in records:
        try:
            body = dumps((*values, prev))
        except TypeError:
            values, body = entry(values, prev)
        prev = sha256(body).hexdigest()
        next_id += 1
        ts = values[ts_at]
        if type(ts) is float and ts - ts:  # NaN or infinite: null in the entry
            ts = None
        append((next_id, ts, values[surface_at], values[decision_at], values[host_at],
                values[principal_at], body, prev))
    new_tail = ChainTail(next_id, prev, tail.count + len(entries))
    return Batch([], intents, done, _head(signer, new_tail, bool(entries) or sign), new_tail,
                 entries=entries)


def _head(signer: HeadSigner | None, tail: ChainTail, wanted: bool) -> Head | None:
    if signer is None or not wanted:
        return None
    return signer.sign(tail.count, tail.last_id, tail.last_hash, time.time())


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

    def entries(self) -> Batch:
        """The batch sealed as an SQLite ledger stores it (`seal_entries`)."""
        return seal_entries(self.tail, self.records, self.intents, self.done,
                            signer=self.signer, sign=self.sign)
