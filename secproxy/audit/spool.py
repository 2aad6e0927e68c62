"""The local spool of a database ledger: sealed batches the database could not take yet.

One JSON object per line, appended and synced to disk (fsync) before the batch counts as
written, so a record acknowledged while PostgreSQL was down survives a crash of this
process as well. Batches are kept whole and in chain order; the writer replays them in
that order once the database answers, then empties the file. A line cut short by a
crash mid-append was never acknowledged: it is skipped, and said so.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from secproxy.audit.signing import Head
from secproxy.audit.store import Batch, ChainTail
from secproxy.files import create_private

log = logging.getLogger("secproxy.audit")


def _encode(batch: Batch) -> bytes:
    h = batch.head
    line = {
        "rows": batch.rows,
        "intents": batch.intents,
        "done": batch.done,
        "head": [h.count, h.last_id, h.last_hash, h.ts, h.public_key, h.signature]
        if h is not None else None,
        "tail": [batch.tail.last_id, batch.tail.last_hash, batch.tail.count],
    }
    # ensure_ascii: any string the chain accepted is written, whatever it holds; floats
    # are written as repr, so they read back to the same value (and the same hash).
    return (json.dumps(line, separators=(",", ":")) + "\n").encode("ascii")


def _decode(data: dict[str, Any]) -> Batch:
    head = Head(*data["head"]) if data.get("head") else None
    return Batch(
        rows=[tuple(r) for r in data["rows"]],
        intents=[(i[0], i[1], i[2]) for i in data["intents"]],
        done=list(data["done"]),
        head=head,
        tail=ChainTail(*data["tail"]),
    )


class Spool:
    """An append-only file of sealed batches (blocking I/O: call it from a thread)."""

    def __init__(self, path: Path):
        self.path = path
        self.records = 0
        """Records in the file (set by `load` and `append`)."""
        self.batches = 0
        self._cut = False
        """The file may end in a line cut short (a failed append): start on a new one."""

    def load(self) -> list[Batch]:
        """Every whole batch in the file, oldest first."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self.records = self.batches = 0
            return []
        self._cut = bool(raw) and not raw.endswith(b"\n")
        batches = []
        lines = raw.split(b"\n")
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                batches.append(_decode(json.loads(line)))
            except (ValueError, KeyError, TypeError, IndexError):
                where = "its last line (cut short by a crash)" if n >= len(lines) - 1 \
                    else f"line {n}"
                log.error("ledger spool %s: %s is unreadable and skipped", self.path, where)
        self.records = sum(len(b.rows) for b in batches)
        self.batches = len(batches)
        return batches

    def append(self, batch: Batch) -> None:
        """Add a batch and sync it to disk; raises OSError when it cannot."""
        data = (b"\n" if self._cut else b"") + _encode(batch)
        if not self.path.exists():
            create_private(self.path)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        try:
            self._cut = True  # until the whole line is written and synced
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
            self._cut = False
        finally:
            os.close(fd)
        self.records += len(batch.rows)
        self.batches += 1

    def clear(self) -> None:
        """Empty the file once every batch in it is in the database."""
        if self.path.exists():
            fd = os.open(self.path, os.O_WRONLY | os.O_TRUNC)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        self.records = self.batches = 0
        self._cut = False
