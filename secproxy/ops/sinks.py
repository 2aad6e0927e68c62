"""Live audit sinks: each follows the ledger and delivers its committed records to a
rotated JSON Lines file, a syslog server (RFC 5424) or an OpenTelemetry collector
(OTLP/HTTP, JSON).

A sink never sits on the decision path: it reads rows the ledger has already committed,
through a read-only reader of its own (SQLite, or PostgreSQL where it follows this
instance's own chain: each instance delivers its own records), in its own task (file and
socket I/O in a worker thread). Delivery is at least once: a sink keeps a cursor — the
ledger row id of the last record delivered, with that row's hash so a replaced ledger is
noticed — in a file next to the ledger (for PostgreSQL, in the state directory), written
only after a batch is delivered. A failed delivery is
retried, with a doubling delay, from the same cursor; after a restart the sink resumes
from it, without gaps or repeats (a batch cut short by a crash can repeat).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import aiohttp
from prometheus_client import CollectorRegistry, Counter, Gauge

from secproxy import __version__
from secproxy.aio import cancel_and_wait, spawn
from secproxy.audit.export import masked, ocsf_event
from secproxy.audit.query import LedgerReading
from secproxy.audit.target import LedgerTarget
from secproxy.config.sinks import FACILITIES, JsonlSink, OtlpSink, SyslogSink
from secproxy.errors import SecproxyError
from secproxy.ops.sink_formats import otlp_body, syslog_message

log = logging.getLogger("secproxy.sinks")
SinkSettings = JsonlSink | SyslogSink | OtlpSink


class SinkError(Exception):
    """A delivery that did not go through (retried)."""

    def __init__(self, message: str, *, too_large: bool = False):
        super().__init__(message)
        self.too_large = too_large
        """The receiver refused the batch for its size: retry with fewer records."""


MAX_DATAGRAM = 65_000
"""Longest syslog datagram sent; a longer record goes as its ids and decision only."""


class Cursor:
    """The last delivered row of one sink, in `<ledger>.sink-<name>.cursor`."""

    def __init__(self, ledger: Path, name: str):
        self.path = ledger.with_name(f"{ledger.name}.sink-{name}.cursor")

    def load(self) -> tuple[int, str | None] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return int(data["last_id"]), data.get("hash")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("sink cursor %s is unreadable (%s); starting afresh", self.path, exc)
            return None

    def save(self, last_id: int, row_hash: str | None) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps({"last_id": last_id, "hash": row_hash}), encoding="utf-8")
        os.replace(tmp, self.path)


class LedgerFollower:
    """Committed rows of one chain after a cursor, read on a reader of its own."""

    def __init__(self, open_reader: Callable[[], LedgerReading]):
        self.open_reader = open_reader
        self._reader: LedgerReading | None = None

    def _db(self) -> LedgerReading:
        if self._reader is None:
            self._reader = self.open_reader()
        return self._reader

    def start(self, saved: tuple[int, str | None] | None, start_at: str) -> int:
        """The row id to read after: the saved cursor when the ledger still holds that
        row with that hash, else the start or the end of this ledger."""
        db = self._db()
        if saved is not None:
            last_id, row_hash = saved
            if last_id == 0:
                return 0
            if db.chain_hash(last_id) == row_hash:
                return last_id
            log.warning("sink cursor names row %d that this ledger does not hold as "
                        "recorded (a new ledger?); starting at its %s", last_id, start_at)
        if start_at == "beginning":
            return 0
        return db.chain_end()

    def after(self, last_id: int, limit: int) -> list[dict[str, Any]]:
        return self._db().chain_after(last_id, limit)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None


def _payload(record: dict[str, Any], fmt: str) -> dict[str, Any]:
    if fmt == "ocsf":
        return ocsf_event(record)
    return masked(record)


class JsonlWriter:
    """Appends lines to a file, rotating it by size (`path.1` is the newest copy)."""

    def __init__(self, settings: JsonlSink):
        self.settings = settings
        self.path = settings.path.expanduser()

    def deliver(self, records: Sequence[dict[str, Any]]) -> None:
        data = "".join(json.dumps(_payload(r, self.settings.format), default=str) + "\n"
                       for r in records).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                size = self.path.stat().st_size
            except FileNotFoundError:
                size = 0
            if size and size + len(data) > self.settings.max_bytes:
                self._rotate()
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise SinkError(f"cannot write {self.path}: {exc.strerror or exc}") from exc

    def _rotate(self) -> None:
        keep = self.settings.keep
        if keep == 0:
            self.path.unlink(missing_ok=True)
            return
        for i in range(keep - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{i}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{i + 1}"))
        os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))

    def close(self) -> None:
        pass


class SyslogWriter:
    """RFC 5424 messages over UDP, TCP (octet counting) or a Unix socket."""

    def __init__(self, settings: SyslogSink):
        self.settings = settings
        self.facility = FACILITIES[settings.facility]
        self.hostname = socket.gethostname() or "-"
        self._sock: socket.socket | None = None
        self._stream = False

    def _connect(self) -> socket.socket:
        if self._sock is not None:
            return self._sock
        address = self.settings.address
        timeout = self.settings.timeout
        if address.startswith("unix:"):
            path = address[5:]
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            try:
                sock.settimeout(timeout)
                sock.connect(path)
                self._stream = False
            except OSError:
                sock.close()
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.settimeout(timeout)
                sock.connect(path)
                self._stream = True
        else:
            scheme, _, rest = address.partition("://")
            host, _, port = rest.rpartition(":")
            host = host.strip("[]")
            if scheme == "tcp":
                sock = socket.create_connection((host, int(port)), timeout=timeout)
                self._stream = True
            else:
                family = socket.AF_INET6 if ":" in host else socket.AF_INET
                sock = socket.socket(family, socket.SOCK_DGRAM)
                sock.settimeout(timeout)
                sock.connect((host, int(port)))
                self._stream = False
        self._sock = sock
        return sock

    def deliver(self, records: Sequence[dict[str, Any]]) -> None:
        try:
            sock = self._connect()
            for record in records:
                msg = syslog_message(record, _payload(record, self.settings.format),
                                     facility=self.facility, hostname=self.hostname,
                                     app_name=self.settings.app_name)
                if self._stream:
                    sock.sendall(str(len(msg)).encode() + b" " + msg)
                    continue
                if len(msg) > MAX_DATAGRAM:
                    # Too long for one datagram: sending it would fail on every retry.
                    brief = {k: record.get(k) for k in (
                        "id", "ts", "surface", "principal", "host", "tool", "decision",
                        "rule", "request_id")}
                    msg = syslog_message(record, {**brief, "truncated": True},
                                         facility=self.facility, hostname=self.hostname,
                                         app_name=self.settings.app_name)
                sock.send(msg)
        except OSError as exc:
            self.close()
            raise SinkError(f"syslog {self.settings.address}: {exc.strerror or exc}") from exc

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


class OtlpWriter:
    """Log records POSTed as OTLP/HTTP JSON (`resourceLogs` → `scopeLogs` →
    `logRecords`)."""

    def __init__(self, settings: OtlpSink):
        self.settings = settings
        self._session: aiohttp.ClientSession | None = None

    async def deliver(self, records: Sequence[dict[str, Any]]) -> None:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.settings.timeout))
        body = otlp_body(records, [_payload(r, self.settings.format) for r in records],
                         version=__version__)
        headers = {k: v.get_secret_value() for k, v in self.settings.headers.items()}
        url = self.settings.endpoint.get_secret_value()
        try:
            async with self._session.post(url, json=body, headers=headers) as resp:
                if resp.status // 100 != 2:
                    raise SinkError(f"the collector answered {resp.status}",
                                    too_large=resp.status == 413 and len(records) > 1)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise SinkError(f"the collector is unreachable: {type(exc).__name__}") from exc

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


class SinkRunner:
    """One sink: follow the ledger from the cursor, deliver, save the cursor, repeat."""

    def __init__(self, settings: SinkSettings, ledger: LedgerTarget, metrics: SinkMetrics):
        self.settings = settings
        self.name = settings.key
        self.cursor = Cursor(ledger.cursor_base, self.name)
        self.follower = LedgerFollower(ledger.reader)
        self.metrics = metrics
        self.writer: JsonlWriter | SyslogWriter | OtlpWriter
        if isinstance(settings, JsonlSink):
            self.writer = JsonlWriter(settings)
        elif isinstance(settings, SyslogSink):
            self.writer = SyslogWriter(settings)
        else:
            self.writer = OtlpWriter(settings)
        self.last_id = 0
        self.failures = 0
        """Failed attempts in a row (0 while delivering)."""
        self.caught_up = asyncio.Event()
        """Set whenever a read finds nothing new (cleared while there is a backlog)."""

    async def open(self) -> None:
        saved = await asyncio.to_thread(self.cursor.load)
        self.last_id = await asyncio.to_thread(self.follower.start, saved,
                                               self.settings.start_at)

    async def run(self) -> None:
        batch: list[dict[str, Any]] = []
        while True:
            try:
                if not batch:
                    batch = await asyncio.to_thread(self.follower.after, self.last_id,
                                                    self.settings.batch_size)
                if not batch:
                    self.caught_up.set()
                    await asyncio.sleep(self.settings.poll_interval)
                    continue
                self.caught_up.clear()
                await self._deliver(batch)
            except (SinkError, SecproxyError, sqlite3.Error) as exc:
                if isinstance(exc, SinkError) and exc.too_large:
                    batch = batch[: len(batch) // 2]  # the rest is read again after it
                await self._failed(exc, len(batch))
                continue
            if self.failures:
                log.info("audit sink %s delivers again", self.name)
            self.failures = 0
            self.metrics.records.labels(self.name, "sent").inc(len(batch))
            self.metrics.cursor.labels(self.name).set(self.last_id)
            batch = []

    async def _failed(self, exc: Exception, size: int) -> None:
        self.failures += 1
        if size:
            self.metrics.records.labels(self.name, "failed").inc(size)
        delay = min(self.settings.retry_delay * 2 ** (self.failures - 1),
                    self.settings.max_retry_delay)
        # At warning level once per streak: a collector down for an hour must not flood
        # the log.
        log.log(logging.WARNING if self.failures == 1 else logging.DEBUG,
                "audit sink %s: %s; retrying in %.1fs (from ledger row %d)",
                self.name, exc, delay, self.last_id + 1)
        await asyncio.sleep(delay)

    async def _deliver(self, batch: list[dict[str, Any]]) -> None:
        last = batch[-1]
        if isinstance(self.writer, OtlpWriter):
            await self.writer.deliver(batch)
            await asyncio.to_thread(self.cursor.save, last["id"], last["hash"])
        else:
            # Written and its cursor saved in one thread call: a cancelled task does not
            # leave a delivered batch without its cursor.
            await asyncio.to_thread(self._deliver_sync, self.writer, batch)
        self.last_id = last["id"]

    def _deliver_sync(self, writer: JsonlWriter | SyslogWriter,
                      batch: list[dict[str, Any]]) -> None:
        writer.deliver(batch)
        try:
            self.cursor.save(batch[-1]["id"], batch[-1]["hash"])
        except OSError as exc:
            raise SinkError(f"cannot save the cursor {self.cursor.path}: {exc}") from exc

    async def close(self) -> None:
        if isinstance(self.writer, OtlpWriter):
            await self.writer.close()
        else:
            await asyncio.to_thread(self.writer.close)
        await asyncio.to_thread(self.follower.close)


class SinkMetrics:
    def __init__(self, registry: CollectorRegistry | None):
        self.records = Counter("secproxy_sink_records_total",
                               "Ledger records delivered by audit sinks, by sink and result",
                               ["sink", "result"], registry=registry)
        self.cursor = Gauge("secproxy_sink_cursor",
                            "Ledger row id each audit sink has delivered up to", ["sink"],
                            registry=registry)


class AuditSinks:
    """Every configured sink, started after the ledger opens and stopped after it
    closes (so the last records written at shutdown still go out, within
    `flush_timeout`)."""

    def __init__(self, sinks: Sequence[SinkSettings], ledger: LedgerTarget, *,
                 registry: CollectorRegistry | None = None, flush_timeout: float = 3.0):
        self.metrics = SinkMetrics(registry) if sinks else None
        self.runners = [SinkRunner(s, ledger, self.metrics) for s in sinks] \
            if self.metrics is not None else []
        self.flush_timeout = flush_timeout
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        for runner in self.runners:
            await runner.open()
            self._tasks.append(spawn(runner.run(), name=f"audit-sink-{runner.name}"))

    async def stop(self, flush_for: float | None = None) -> None:
        """Let each sink catch up with the ledger for up to `flush_for` (default
        `flush_timeout`), then stop; what is left goes out after the next start, from
        the cursor."""
        if not self._tasks:
            return
        deadline = time.monotonic() + (self.flush_timeout if flush_for is None else flush_for)
        # A sink that is failing is not waited for: it resumes from its cursor.
        working = [r for r in self.runners if not r.failures]
        for runner in working:
            runner.caught_up.clear()
        try:
            async with asyncio.timeout(max(deadline - time.monotonic(), 0)):
                await asyncio.gather(*(r.caught_up.wait() for r in working))
        except TimeoutError:
            behind = [r.name for r in working if not r.caught_up.is_set()]
            log.warning("audit sinks %s did not catch up before shutdown; they resume "
                        "from their cursors at the next start", ", ".join(behind))
        await cancel_and_wait(*self._tasks)
        self._tasks.clear()
        for runner in self.runners:
            await runner.close()

