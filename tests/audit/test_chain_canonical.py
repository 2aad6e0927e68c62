"""The chain's canonical form written by orjson is byte for byte the standard json's (the
form every ledger's hashes were computed over), whatever the values; a ledger file made
by the code before orjson (tests/audit/data) still opens, verifies and appends; rows
built for the ledger keep their masking and their order through the pipelined writer."""

from __future__ import annotations

import asyncio
import enum
import json
import math
import random
import shutil
import struct
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from secproxy.audit.chain import canonical, row_hash
from secproxy.audit.ledger import Ledger
from secproxy.audit.process_store import ProcessStore
from secproxy.audit.query import COLUMNS, Filters, LedgerReader
from secproxy.audit.schema import HASHED_COLUMNS
from secproxy.audit.signing import HeadSigner
from secproxy.engine import Engine
from secproxy.events import EventBus, RecordEvent
from secproxy.model import Action, Decision, Outcome, Principal, Surface, Target, Verdict
from tests.helpers import eventually

# The chain's form since the first ledger, spelled out here rather than imported.
_REFERENCE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str).encode
FIXTURE = Path(__file__).parent / "data" / "ledger_before_orjson.db"
"""24 records written by serve's writer process at a141052 (before orjson hashed), with
non-ASCII, control characters, a lone surrogate, a NUL and a 2e+16 ms duration, under a
head signed by the key below."""
FIXTURE_SIGNER = HeadSigner(Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
TS, DURATION, URL = (HASHED_COLUMNS.index(c) for c in ("ts", "duration_ms", "url"))


def reference(values: Any) -> bytes:
    return _REFERENCE(values).encode()


def row(**columns: Any) -> tuple[Any, ...]:
    base: dict[str, Any] = {c: None for c in HASHED_COLUMNS}
    base.update(ts=1_700_000_000.5, surface="egress", direction="request",
                principal="ip:10.0.0.1", decision="allow", bytes_in=0, bytes_out=0,
                findings="[]", shadow="[]", metadata="{}", prev_hash="0" * 64)
    base.update(columns)
    return tuple(base[c] for c in HASHED_COLUMNS)


def test_every_code_point_is_written_as_json_writes_it() -> None:
    points = [*range(0, 0xD800), *range(0xE000, 0x10000), *range(0x10000, 0x110000, 97)]
    for start in range(0, len(points), 512):
        text = "".join(chr(p) for p in points[start:start + 512])
        values = row(url=text, reason=text[::-1])
        assert canonical(values) == reference(values), hex(points[start])


def test_floats_of_every_size_and_kind_hash_as_json_writes_them() -> None:
    rng = random.Random(15)
    floats = [0.0, -0.0, 1e-4, 9.999e-5, 1e-7, 1e16, 9.9e15, 2e16, 1e300, 5e-324,
              math.inf, -math.inf, math.nan, 1_700_000_000.123456, 1.2, 0.001]
    floats += [struct.unpack("<d", rng.randbytes(8))[0] for _ in range(2000)]
    floats += [rng.uniform(-1, 1) * 10 ** rng.uniform(-8, 20) for _ in range(2000)]
    for f in floats:
        for values in (row(ts=f), row(duration_ms=f), row(ts=f, duration_ms=f),
                       row(status=f), row(port=f)):
            assert canonical(values) == reference(values), repr(f)


class Colour(enum.Enum):
    RED = "red"


class Word(enum.StrEnum):
    ALLOW = "allow"


def test_other_types_and_lengths_hash_as_json_writes_them() -> None:
    cases = [row(port=2**64), row(port=-(2**63) - 1), row(port=2**63 - 1), row(status=True),
             row(metadata={"a": [1, 2.5e20]}), row(metadata=[1, "é"]), row(tool=b"\x00\xff"),
             row(decision=Word.ALLOW), row(decision=Colour.RED), row(rule=("a", 1)),
             row()[:-1], (*row(), "extra")]
    for values in cases:
        assert canonical(values) == reference(values), values
    surrogate = row(url="lone \udc80")
    for encode in (canonical, row_hash):
        try:
            encode(surrogate)
        except UnicodeEncodeError:
            continue
        raise AssertionError("a lone surrogate must raise as the json path did")


def fresh(i: int, text: str = "plain") -> RecordEvent:
    action = Action(Surface.EGRESS, principal=Principal(ip="10.0.0.7"),
                    target=Target("api.example.com", 443, "https", f"/new/{i}/{text}", None,
                                  "GET"),
                    metadata={"headers": {"accept": "*/*", "x-note": text}, "ids": {2: "b", 1: "a"}}
                    if i % 2 else {"headers": {"x-note": text}, "ratio": i / 3},
                    request_id=f"new-{i:05d}")
    return RecordEvent(action, Verdict(Decision.ALLOW, reason=text),
                       Outcome(status=200, bytes_out=i, duration=i / 1000),
                       ts=1_800_000_000.0 + i / 9)


async def append(path: Path, events: list[RecordEvent], *, batch_size: int = 7,
                 bus: EventBus | None = None, redact_extra: list[str] | None = None) -> None:
    bus = bus or Engine().bus
    ledger = Ledger(ProcessStore(path), bus, batch_size=batch_size, signer=FIXTURE_SIGNER,
                    redact_extra=redact_extra)
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    for event in events:
        await bus.publish(event)
    await eventually(lambda: ledger.written == len(events), timeout=20)
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()


def records(path: Path) -> list[tuple[Any, ...]]:
    """Every record's columns, oldest first, as `audit query` and export read them."""
    with LedgerReader(path) as reader:
        return [tuple(r[c] for c in COLUMNS) for r in reader.columns(COLUMNS, Filters())]


def test_a_ledger_written_before_orjson_opens_verifies_and_appends(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    shutil.copyfile(FIXTURE, path)
    old = records(path)
    assert len(old) == 24
    # the fixture holds what takes each path: a 2e+16 ms duration, a lone surrogate
    # escaped, and non-ASCII text
    assert any(r[1 + DURATION] == 2e16 for r in old)
    assert any("\\udc80" in r[1 + URL] for r in old)
    trusted = FIXTURE_SIGNER.public_key
    with LedgerReader(path) as reader:
        assert reader.verify(trusted).ok
    texts = ["plain", "Grüße, 東京 😀", "tab\there \x01", "lone \udc80", "nul \x00"]
    asyncio.run(append(path, [fresh(i, texts[i % len(texts)]) for i in range(30)]))
    after = records(path)
    assert after[:24] == old
    assert [r[0] for r in after] == list(range(1, 55))
    assert [r[1 + HASHED_COLUMNS.index("request_id")] for r in after[24:]] == [
        f"new-{i:05d}" for i in range(30)]
    with LedgerReader(path) as reader:
        report = reader.verify(trusted)
    assert report.ok, report.message
    assert report.checked == 54
    # metadata keeps non-ASCII as is now, and reads back as it was given
    meta = json.loads(after[25][1 + HASHED_COLUMNS.index("metadata")])
    assert meta["headers"]["x-note"] == "Grüße, 東京 😀"
    assert meta["ids"] == {"1": "a", "2": "b"}  # integer keys: written by json, as before


def test_the_ledger_masks_its_extra_headers_when_the_bus_does_not(tmp_path: Path) -> None:
    """The ledger skips masking headers again only when the bus's masker covers its
    names: with a name the engine does not mask, the ledger still does."""
    path = tmp_path / "ledger.db"
    event = fresh(0)
    event.action.metadata["headers"]["x-internal-auth"] = "hunter2-hunter2"
    plain = EventBus()  # no masker at all
    other = fresh(1)
    other.action.metadata["headers"]["authorization"] = "Bearer abcdefghijklmnop"
    asyncio.run(append(path, [event], redact_extra=["X-Internal-Auth"]))
    asyncio.run(append(path, [other], bus=plain))
    stored = [r[1 + HASHED_COLUMNS.index("metadata")] for r in records(path)]
    assert "hunter2" not in stored[0] and "x-internal-auth" in stored[0]
    assert "abcdefghijklmnop" not in stored[1] and "authorization" in stored[1]
    with LedgerReader(path) as reader:
        assert reader.verify(FIXTURE_SIGNER.public_key).ok
