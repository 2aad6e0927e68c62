"""The ledger's writer process: seals and writes the SQLite ledger's batches away from
the proxy's event loop and its GIL.

`secproxy serve` starts it (`python -m secproxy.audit.writer`, through
`secproxy.audit.process_store.ProcessStore`) and talks to it over its stdin and stdout,
each request answered in order (the proxy may send a batch's `commit` right after the
`head` of the batch before it, before that one's answer), each a frame: 4 bytes of
length, one byte naming the codec (`o`: orjson; `j`: the standard json with ASCII
escapes, for a message holding a string UTF-8 cannot encode, such as a lone surrogate,
which orjson refuses), then the JSON body. The proxy sends the rows' column values
(`commit`); this process chains them (each record's entry, its JSON, hashed with its
predecessor's hash: SHA-256, `secproxy.audit.chain.seal_entries`) and answers with the
tail they lead to; the proxy signs that head (the private key never leaves it) and sends
it (`head`); this process writes rows, intents and head in one transaction, exactly as
the in-process writer thread does (`SqliteStore`), and answers with the new tail. A
batch without a head to sign (no signer) is written at once.

Every commit carries the tail to chain onto, so a batch retried after a failure is
sealed with the same links; this process keeps only where the file's chain ends, to
refuse a batch chained onto rows it did not write (sent before the proxy heard that the
batch before it failed). A batch whose rows are
already in the file (this process died after its commit, before its answer) is
recognised by its hashes and not written twice. It ignores SIGINT and SIGTERM (a
terminal's Ctrl-C or a service manager signals the whole group, and the proxy still has
its queue to drain into it) and ends when its stdin closes.
"""

from __future__ import annotations

import dataclasses
import fcntl
import gc
import json
import os
import signal
import sqlite3
import struct
import sys
import time
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from secproxy.audit.chain import seal_entries
from secproxy.audit.head import Head
from secproxy.audit.store import Batch, ChainTail, SqliteStore
from secproxy.errors import SecproxyError

_LENGTH = struct.Struct(">I")
LOCK_WAIT = 10.0
"""Seconds a new writer waits for the one before it (left by a killed serve) to end."""


def encode_frame(message: Any) -> bytes:
    """One frame: length, codec, JSON body."""
    try:
        body = b"o" + orjson.dumps(message)
    except (TypeError, orjson.JSONEncodeError):
        body = b"j" + json.dumps(message, separators=(",", ":"), default=str).encode()
    return _LENGTH.pack(len(body)) + body


def decode_body(body: bytes) -> Any:
    """A frame's message, from its codec byte and body."""
    if body[:1] == b"o":
        return orjson.loads(body[1:])
    return json.loads(body[1:])


def _read_frame(stream: BinaryIO) -> Any | None:
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (length,) = _LENGTH.unpack(head)
    body = stream.read(length)
    if len(body) < length:
        return None
    return decode_body(body)


def tail_of(values: list[Any]) -> ChainTail:
    return ChainTail(int(values[0]), str(values[1]), int(values[2]))


class Writer:
    """The requests this process answers: open, commit, head, close."""

    def __init__(self) -> None:
        self.store: SqliteStore | None = None
        self.sealed: Batch | None = None
        """A batch sealed and waiting for its signed head."""
        self._lock_fd: int | None = None
        self.tail: ChainTail | None = None
        """Where the file's chain ends (after the last write)."""

    def handle(self, message: dict[str, Any]) -> dict[str, Any]:
        op = message.get("op")
        if op != "head":
            self.sealed = None
        if op == "open":
            return self.open(message)
        if op == "commit":
            return self.commit(message)
        if op == "head":
            return self.head(message)
        if op == "close":
            if self.store is not None and self.store._conn is not None:
                self.store._conn.close()
                self.store._conn = None
            return {}
        return {"error": f"unknown request {op!r}"}

    def open(self, message: dict[str, Any]) -> dict[str, Any]:
        path = Path(message["path"])
        self._lock(path, float(message.get("lock_wait", LOCK_WAIT)))
        self.store = SqliteStore(Path(message["path"]), strict=bool(message.get("strict")))
        opened = self.store._open_sync()
        head = opened.head
        t = self.tail = opened.tail
        return {
            "tail": [t.last_id, t.last_hash, t.count],
            "head": None if head is None else [head.count, head.last_id, head.last_hash,
                                               head.ts, head.public_key, head.signature],
            "version": opened.version,
            "intents": opened.intents,
        }

    def _lock(self, path: Path, wait: float) -> None:
        """Hold the ledger's writer lock for this process's life (the kernel drops it
        when the process ends, however it ends): a writer left by a serve killed with
        SIGKILL may still be committing its last batch, and two writers would chain
        onto the same tail. Waits `wait` seconds for it."""
        fd = os.open(f"{path}.writer-lock", os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise SecproxyError(
                        f"another ledger writer holds {path} (its lock {path}.writer-lock)",
                        hint="is another `secproxy serve` using this state directory?",
                    ) from None
                # no event loop in this process: nothing else to do while it waits
                time.sleep(0.05)  # noqa: TID251
        self._lock_fd = fd

    def commit(self, message: dict[str, Any]) -> dict[str, Any]:
        """Seal a batch; write it now when it has no head to sign, else answer the tail
        the proxy signs (`head` writes it). A batch chained onto rows this process has
        not written (the proxy sent it before hearing that the batch before it failed) is
        refused: the proxy sends it again onto the tail that batch's retry leads to."""
        onto = tail_of(message["tail"])
        if self.tail is not None and onto != self.tail and onto.count >= self.tail.count:
            return {"error": f"a batch chained onto records not written (at {onto.count}, "
                             f"the ledger has {self.tail.count})"}
        batch = seal_entries(onto, message["records"],
                             [tuple(i) for i in message["intents"]], message["done"],
                             signer=None)
        t = batch.tail
        if message.get("signed"):
            self.sealed = batch
            return {"sealed": [t.last_id, t.last_hash, t.count]}
        return self._write(batch)

    def head(self, message: dict[str, Any]) -> dict[str, Any]:
        """Write the sealed batch with its signed head."""
        batch, self.sealed = self.sealed, None
        if batch is None:
            return {"error": "no sealed batch waits for a head"}
        head = head_of(message["head"])
        assert head is not None
        if (head.count, head.last_id, head.last_hash) != (
                batch.tail.count, batch.tail.last_id, batch.tail.last_hash):
            return {"error": "the signed head is not the sealed batch's"}
        return self._write(dataclasses.replace(batch, head=head))

    def _write(self, batch: Batch) -> dict[str, Any]:
        store = self.store
        if store is None or store._conn is None:
            return {"error": "the ledger is not open"}
        if not self._already_written(store._conn, batch):
            store._commit_sync(lambda: batch)
        t = batch.tail
        if self.tail is None or t.count > self.tail.count:
            self.tail = t
        return {"tail": [t.last_id, t.last_hash, t.count]}

    @staticmethod
    def _already_written(conn: sqlite3.Connection, batch: Batch) -> bool:
        """True when the batch's rows are in the file already, with the same hashes (its
        commit went through, its answer did not); an error when other rows hold its ids."""
        if not batch.entries:
            return False
        first, last = batch.entries[0], batch.entries[-1]
        found = conn.execute("SELECT id, hash FROM entries WHERE id IN (?, ?)",
                             (first[0], last[0])).fetchall()
        if not found:
            return False
        if sorted(found) == sorted({(first[0], first[-1]), (last[0], last[-1])}):
            return True
        raise SecproxyError(f"the ledger already holds other records at id {first[0]}: "
                            "another writer wrote to it")


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # A batch makes thousands of short-lived lists and tuples, freed by their counts:
    # the collector's default (a pass every 700) walked each batch's rows several
    # times over (~0.6 us a record). What was imported is frozen out of its passes.
    gc.freeze()
    gc.set_threshold(100_000, 20, 100)
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    writer = Writer()
    while (message := _read_frame(inp)) is not None:
        try:
            reply = writer.handle(message)
        except SecproxyError as exc:
            reply = {"error": exc.message, "hint": exc.hint, "fatal": True}
        except (sqlite3.Error, OSError, ValueError, KeyError, TypeError) as exc:
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        out.write(encode_frame(reply))
        out.flush()
        if message.get("op") == "close":
            break


def head_of(values: list[Any] | None) -> Head | None:
    if values is None:
        return None
    return Head(int(values[0]), int(values[1]), str(values[2]), float(values[3]),
                str(values[4]), str(values[5]))


if __name__ == "__main__":
    main()
