"""Structured logs: `text` for people, `json` (one object per line) for machines.

Every record passes `RedactingFilter` on its way out: the shared masking
(`secproxy.redact`) applied to the message, its arguments, extras and traceback, a last
line of defence behind the surfaces and the engine, which mask at their source.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from datetime import UTC, datetime

from secproxy.events import DecisionEvent, Event, listens
from secproxy.model import Decision, Surface
from secproxy.redact import mask_text

MASKED = "_secproxy_masked"
"""Set (true) on a record whose message and extras were masked where it was made, from
values masked already (the decision line): the filter passes it as it is, and no
formatter shows it."""
_STD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime",
                                                                    MASKED}
_TRACEBACKS = logging.Formatter()


class RedactingFilter(logging.Filter):
    """Masks credentials in a record before any handler formats it (the message is
    rendered once here; the record then carries it without arguments). A record its
    maker marked `MASKED` (a message without arguments nor traceback, built from masked
    values) passes as it is: scanning the decision line again was a quarter of its cost,
    and each line's request id filled the cache of clean texts."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.__dict__.get(MASKED) is True and not record.args \
                and record.exc_info is None and record.stack_info is None:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: leave it to logging's own error report
            return True
        record.msg = mask_text(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = mask_text(_TRACEBACKS.formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        fields = vars(record)
        for key in fields.keys() - _STD:  # the extras (one set difference, not a loop)
            value = fields[key]
            if isinstance(value, str):
                fields[key] = mask_text(value)
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        out.update({k: v for k, v in vars(record).items() if k not in _STD})
        if record.exc_info:
            out["exc"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(out, default=str)


DECISIONS = logging.getLogger("secproxy.decisions")
"""One line per decision at info (`secproxy.decisions`: silence it on its own)."""


_SURFACES = {s: s.value for s in Surface}
_DECISIONS = {d: d.value for d in Decision}
"""Label of each surface and decision (a dict read: `Enum.value` is a property)."""


@listens("decision")
def log_decision(event: Event) -> None:
    """The bus listener behind the decision log: request id, principal, surface,
    decision, rule, deciding guard and the pipeline's time, from the masked event (the
    bus masks before any listener); nothing is formatted while info is off. The line is
    written as a message without arguments: what `%`-formatting gave, made once here
    (the filter and the formatter each read the message). Its strings are masked here,
    each on its own (the principal, the rule and the guard: names that repeat, found
    clean in the cache after their first line; the request id and the labels are the
    proxy's own), and the record is marked `MASKED` so that the filter does not scan
    the line again."""
    if event.__class__ is not DecisionEvent or not DECISIONS.isEnabledFor(logging.INFO):
        return
    assert isinstance(event, DecisionEvent)
    if event.added is not None:
        return  # an update of a decision already logged
    action, verdict = event.action, event.verdict
    findings = verdict.findings
    guard = findings[-1].stage if findings and not verdict.permits else None
    micros = sum(verdict.timings.values()) * 1e6
    surface, decision, rule = _SURFACES[action.surface], _DECISIONS[verdict.decision], verdict.rule
    if rule:
        rule = mask_text(rule)
    if guard:
        guard = mask_text(guard)
    request_id = action.request_id
    message = (f"{request_id} {surface} {decision} rule={rule or '-'} guard={guard or '-'} "
               f"{micros:.0f}us")
    extra: dict[str, object] = {"request_id": request_id,
                                "principal": mask_text(action.principal.key),
                                "surface": surface, "decision": decision, "rule": rule,
                                "guard": guard, "duration_us": round(micros, 1), MASKED: True}
    record = _lean_record(message, extra)
    if record is None:
        DECISIONS.info(message, extra=extra)
    else:
        DECISIONS.handle(record)


_LEAN: dict[str, object] | None = None
"""What every decision line's record holds but its time, message and extras (taken
from one record `makeRecord` made)."""
_NEW_RECORD = logging.LogRecord.__new__
_START = logging._startTime  # type: ignore[attr-defined]
_START_S = _START / 1e9 if _START > 1e12 else _START
"""When `logging` was loaded, in seconds (3.13 keeps nanoseconds)."""


def _lean_record(message: str, extra: dict[str, object]) -> logging.LogRecord | None:
    """The decision line's record as `DECISIONS.info(message, extra=extra)` makes it,
    without its making (`Logger._log`, `makeRecord`, `LogRecord.__init__`: a third of
    the line's cost): a copy of the fields every such record shares, then its time,
    message and extras. None when logging is set up otherwise than `setup_logging`
    leaves it (the caller, a thread or a process recorded; another record factory or
    logger class): the standard way then."""
    global _LEAN
    if (logging._srcfile is not None or logging.logThreads  # type: ignore[attr-defined]
            or logging.logProcesses or logging.logMultiprocessing
            or logging.getLogRecordFactory() is not logging.LogRecord
            or DECISIONS.__class__ is not logging.Logger):
        return None
    lean = _LEAN
    if lean is None:
        made = vars(DECISIONS.makeRecord(DECISIONS.name, logging.INFO, "(unknown file)", 0,
                                         "", (), None, "(unknown function)"))
        lean = _LEAN = {k: v for k, v in made.items()
                        if k not in ("msg", "created", "msecs", "relativeCreated")}
    record = _NEW_RECORD(logging.LogRecord)
    fields = record.__dict__
    fields.update(lean)
    now = time.time()
    fields["created"] = now
    fields["msecs"] = int((now - int(now)) * 1000) + 0.0
    fields["relativeCreated"] = (now - _START_S) * 1000
    fields["msg"] = message
    fields.update(extra)
    return record


class TextFormatter(logging.Formatter):
    """The `text` format: time of day, level, logger, message. The time is the same
    string for every record of one second: made once a second, not once a line
    (`time.strftime` was a sixth of a decision line's cost)."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")
        self._stamp: tuple[tuple[int, str], str] = ((-1, ""), "")

    def format(self, record: logging.LogRecord) -> str:
        """`Formatter.format` with the format string written out as an f-string (the
        same text: `%(levelname)-7s` pads as `:<7` does)."""
        record.message = record.getMessage()
        record.asctime = self.formatTime(record, self.datefmt)
        s = f"{record.asctime} {record.levelname:<7} {record.name}: {record.message}"
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            s = f"{s}\n{record.exc_text}" if s[-1:] != "\n" else s + record.exc_text
        if record.stack_info:
            s = f"{s}\n" if s[-1:] != "\n" else s
            s += self.formatStack(record.stack_info)
        return s

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        if datefmt is None:  # the default format shows milliseconds
            return super().formatTime(record, datefmt)
        key = (int(record.created), datefmt)  # strftime shows whole seconds at most
        stamp = self._stamp
        if stamp[0] != key:
            stamp = self._stamp = (key, super().formatTime(record, datefmt))
        return stamp[1]


_QUOTED = re.compile(r":?\s*(?:bytearray\()?b['\"]")


class MalformedRequestFilter(logging.Filter):
    """aiohttp logs a request its parser refused (a bad header, a smuggling attempt:
    answered 400) as an error with the parser's traceback: made one warning line that
    says what was wrong. Errors of handlers (500s) keep their traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is None or not type(exc).__module__.startswith("aiohttp.http_exceptions"):
            return True
        why = str(getattr(exc, "message", "") or exc).strip().splitlines()
        # The parser's words only: what it quotes of the request (its bytes, after
        # "reading: b'…") is the client's data and may hold a credential.
        said = _QUOTED.split(why[0], 1)[0].rstrip(": .") if why else ""
        remote = record.args[0] if isinstance(record.args, tuple) and record.args else "?"
        record.msg, record.args = "malformed HTTP request from %s refused: %s", (
            remote, said or type(exc).__name__)
        record.exc_info = record.exc_text = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def setup_logging(level: str = "info", fmt: str = "text") -> None:
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(TextFormatter())
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Neither format shows where a call was made nor its thread or process: what the
    # logging HOWTO's "Optimization" section turns off for that case (finding the caller
    # walked the stack for every decision line, a fifth of its cost).
    logging._srcfile = None  # type: ignore[attr-defined]
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    # aiohttp's access log is ours to write (the ledger); keep its chatter down.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    # A malformed request is the client's fault, answered 400: one line, not a traceback.
    server = logging.getLogger("aiohttp.server")
    if not any(isinstance(f, MalformedRequestFilter) for f in server.filters):
        server.addFilter(MalformedRequestFilter())
    # websockets announces each listener and handshake failure at INFO; the relay logs
    # its own listener and records every connection, so only its warnings matter here.
    if root.level > logging.DEBUG:
        logging.getLogger("websockets").setLevel(logging.WARNING)
