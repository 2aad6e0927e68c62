"""Config of `audit.sinks`: live copies of the ledger for log pipelines and SIEMs (a
rotated JSON Lines file, syslog RFC 5424, OpenTelemetry logs over OTLP/HTTP); see
`secproxy.ops.sinks`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator

from secproxy.config.types import (
    Duration,
    Secret,
    SecretUrl,
    StrictModel,
    check_headers,
    check_http_url,
)

FACILITIES = {
    "kern": 0, "user": 1, "mail": 2, "daemon": 3, "auth": 4, "syslog": 5, "lpr": 6,
    "news": 7, "uucp": 8, "cron": 9, "authpriv": 10, "ftp": 11, "local0": 16,
    "local1": 17, "local2": 18, "local3": 19, "local4": 20, "local5": 21, "local6": 22,
    "local7": 23,
}
Facility = Literal["kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp",
                   "cron", "authpriv", "ftp", "local0", "local1", "local2", "local3",
                   "local4", "local5", "local6", "local7"]
_ADDRESS = re.compile(r"^(?:(udp|tcp)://(\[[0-9a-fA-F:.]+\]|[^:/\s]+):(\d{1,5})|unix:(/\S+))$")


class SinkBase(StrictModel):
    """What every sink has: a name for its cursor, logs and metrics, and its pace."""

    name: str | None = Field(default=None, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
    """Names the sink's cursor file, logs and metrics; defaults to its type. Renaming a
    sink starts it afresh (at `start_at`)."""
    format: Literal["record", "ocsf"] = "record"
    """`record`: the ledger record as `audit export` writes it (hash included);
    `ocsf`: an OCSF event as `audit export --format ocsf` writes it."""
    start_at: Literal["end", "beginning"] = "end"
    """Where a new sink (no cursor yet) starts: records written from now on, or the whole
    ledger."""
    batch_size: int = Field(default=200, gt=0, le=10_000)
    """Most records read and delivered at once."""
    poll_interval: Duration = Field(default=0.5, gt=0)
    """How often the ledger is checked for new records when the sink has caught up."""
    retry_delay: Duration = Field(default=1.0, gt=0)
    """Wait after a failed delivery; doubles with each failure in a row."""
    max_retry_delay: Duration = Field(default=60.0, gt=0)
    """Longest wait between two attempts."""

    @property
    def key(self) -> str:
        return self.name or str(getattr(self, "type", "sink"))


class JsonlSink(SinkBase):
    """Records appended to a file, one JSON object a line, rotated by size."""

    type: Literal["jsonl"] = "jsonl"
    path: Path
    """The file; rotated copies are `<path>.1` (newest) to `<path>.<keep>`."""
    max_bytes: int = Field(default=100_000_000, gt=0)
    """Size from which the file is rotated before the next write."""
    keep: int = Field(default=5, ge=0, le=1000)
    """Rotated files kept; 0 keeps none (the file starts again empty)."""


class SyslogSink(SinkBase):
    """Records sent to a syslog server as RFC 5424 messages (the record as JSON in MSG).
    UDP gives no acknowledgement: a datagram sent counts as delivered; use tcp:// or
    unix: for at-least-once."""

    type: Literal["syslog"] = "syslog"
    address: str
    """`udp://host:514`, `tcp://host:6514` (octet-counted framing, RFC 6587) or
    `unix:/dev/log`."""
    facility: Facility = "local0"
    app_name: str = Field(default="secproxy", pattern=r"^[!-~]{1,48}$")
    """APP-NAME of every message."""
    timeout: Duration = Field(default=5.0, gt=0)
    """Longest a connection or a send may take."""

    @field_validator("address")
    @classmethod
    def _address(cls, v: str) -> str:
        m = _ADDRESS.match(v.strip())
        if m is None or (m.group(3) and not 0 < int(m.group(3)) < 65536):
            raise ValueError("expected udp://host:port, tcp://host:port or unix:/path")
        return v.strip()


class OtlpSink(SinkBase):
    """Records sent as OpenTelemetry log records over OTLP/HTTP with JSON encoding."""

    type: Literal["otlp"] = "otlp"
    endpoint: SecretUrl
    """The collector's logs URL, e.g. `http://collector:4318/v1/logs`. Shown as its scheme
    and host only."""
    headers: dict[str, Secret] = {}
    """Extra request headers, e.g. an API key (values are never logged nor shown)."""
    timeout: Duration = Field(default=10.0, gt=0)
    """Longest one request may take."""

    @field_validator("endpoint")
    @classmethod
    def _http(cls, v: SecretStr) -> SecretStr:
        return check_http_url(v)

    @field_validator("headers")
    @classmethod
    def _header_names(cls, v: dict[str, SecretStr]) -> dict[str, SecretStr]:
        return check_headers(v)


Sink = Annotated[JsonlSink | SyslogSink | OtlpSink, Field(discriminator="type")]


def check_unique(sinks: list[JsonlSink | SyslogSink | OtlpSink]) -> None:
    """Each sink's cursor is kept by its name: two of one type need names of their own."""
    keys = [s.key for s in sinks]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        raise ValueError(f"audit.sinks names must be unique (give each a `name`): "
                         f"{', '.join(dupes)}")
