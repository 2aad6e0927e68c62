"""The PostgreSQL ledger's spool file: whole batches back in order, floats and any
string exactly as sealed, a line cut short by a crash skipped without losing the next."""

from __future__ import annotations

import os
from pathlib import Path

from secproxy.audit.signing import Head
from secproxy.audit.spool import Spool
from secproxy.audit.store import Batch, ChainTail


def batch(first: int, n: int) -> Batch:
    rows = [(i, 1700000000.123456 + i, "egress", "caf\u00e9 \\x00 \U0001f600", None, 0.1 + 0.2,
             f"h{i}") for i in range(first, first + n)]
    head = Head(first + n - 1, first + n - 1, f"h{first + n - 1}", 1.5, "ab" * 32, "cd" * 64)
    return Batch(rows, [("req-1", 2.5, "[1]")], ["req-0"], head,
                 ChainTail(first + n - 1, f"h{first + n - 1}", first + n - 1))


def test_batches_come_back_whole_and_in_order(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "s" / "spool.jsonl")
    assert spool.load() == []
    spool.append(batch(1, 3))
    spool.append(batch(4, 2))
    assert (spool.records, spool.batches) == (5, 2)
    assert (tmp_path / "s" / "spool.jsonl").stat().st_mode & 0o777 == 0o600
    again = Spool(spool.path)
    assert again.load() == [batch(1, 3), batch(4, 2)]
    assert again.records == 5
    again.clear()
    assert again.load() == [] and spool.path.stat().st_size == 0


def test_a_line_cut_short_is_skipped_and_the_next_batch_kept(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool.jsonl")
    spool.append(batch(1, 2))
    with spool.path.open("ab") as f:  # a crash in the middle of an append
        f.write(b'{"rows":[[3,1.0,"egr')
    os.sync()
    reopened = Spool(spool.path)
    assert reopened.load() == [batch(1, 2)]
    reopened.append(batch(3, 1))  # starts on a line of its own
    assert Spool(spool.path).load() == [batch(1, 2), batch(3, 1)]
