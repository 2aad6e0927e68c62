"""Small value types shared by the config sections: durations, listen addresses, secrets.

A `Secret` (a password, a token, an API key, a header value) or `SecretUrl` (a webhook
URL, whose path is its credential) never serialises in clear: a config dump, `config/get`,
a `repr` or a log line shows `HIDDEN` (a URL keeps its scheme and host). Code that needs
the value asks for it with `.get_secret_value()`; a dump that must load back unchanged
(the rules editor rebuilding the file) passes `context=REVEAL`.
"""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    SecretStr,
    SerializationInfo,
)

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$")
_UNIT = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, None: 1}


def parse_duration(value: Any) -> float:
    """`90`, `"90s"`, `"15m"`, `"2h"`, `"3d"`, `"250ms"` → seconds."""
    if isinstance(value, bool):
        raise ValueError("expected a duration such as 30s, 15m, 2h or a number of seconds")
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError("a duration cannot be negative")
        return float(value)
    if isinstance(value, str):
        m = _DURATION.match(value)
        if m:
            return float(m.group(1)) * _UNIT[m.group(2)]
    raise ValueError("expected a duration such as 30s, 15m, 2h, 3d or a number of seconds")


Duration = Annotated[float, BeforeValidator(parse_duration)]

BODY_RATE = 8 * 1024
"""Bytes of a request body that earn it a second more than its `body_timeout` (the
listeners' and egress's): a large body coming at this rate or faster is never cut."""


def body_due(start: float, seconds: float, received: int) -> float:
    """When a request body begun at `start` (loop time) must be whole, `received` bytes
    of it in: `seconds` after, and a second more for each `BODY_RATE` bytes."""
    return start + seconds + received / BODY_RATE
"""Seconds, written as a number or with a unit (`250ms`, `30s`, `15m`, `2h`, `3d`, `1w`)."""


HIDDEN = "…"
"""What a secret looks like wherever the config is shown."""
REVEAL: dict[str, Any] = {"reveal_secrets": True}
"""Serialisation context under which secrets dump in clear (`model_dump(context=REVEAL)`),
for the one caller that writes a config back: never for showing it."""


def _revealed(info: SerializationInfo) -> bool:
    context = info.context
    return isinstance(context, dict) and context.get("reveal_secrets") is True


def _dump_secret(value: SecretStr, info: SerializationInfo) -> str:
    return value.get_secret_value() if _revealed(info) else HIDDEN


def hide_url(url: str) -> str:
    """`https://hooks.slack.com/services/T0/B0/XYZ` → `https://hooks.slack.com/…`: the
    path, query and user info of a webhook URL are its credentials."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return HIDDEN
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rpartition("@")[2]
    return f"{scheme}://{host}/{HIDDEN}"


def _dump_secret_url(value: SecretStr, info: SerializationInfo) -> str:
    return value.get_secret_value() if _revealed(info) else hide_url(value.get_secret_value())


Secret = Annotated[SecretStr, PlainSerializer(_dump_secret, return_type=str)]
"""A secret string: read it with `.get_secret_value()`; dumped as `HIDDEN`."""


def _presentable(value: SecretStr) -> SecretStr:
    if not value.get_secret_value().strip():
        raise ValueError("an API key must not be empty: a request that sends none would "
                         "present it (set the key, or remove the entry)")
    return value


ApiKey = Annotated[SecretStr, AfterValidator(_presentable),
                   PlainSerializer(_dump_secret, return_type=str)]
"""A `Secret` a client presents to be known by it: never empty (or blank), which a
request without the header would match (`${VAR}` of a variable set to nothing)."""
SecretUrl = Annotated[SecretStr, PlainSerializer(_dump_secret_url, return_type=str)]
"""A URL that is a credential (a webhook): dumped as scheme and host only."""


class StrictModel(BaseModel):
    """Base for every config section: unknown keys are errors, values are not coerced
    silently beyond what pydantic's lax mode does for numbers written as strings. Field
    docstrings are the fields' descriptions in the JSON Schema and the reference config
    of `secproxy config example`, read only there (`secproxy.config.docs`)."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, validate_default=True, use_attribute_docstrings=False
    )


def parse_hostport(value: str, *, default_host: str = "127.0.0.1") -> tuple[str, int]:
    """`"127.0.0.1:4100"`, `":4100"`, `"4100"`, `"[::1]:4100"` → (host, port)."""
    text = value.strip()
    if text.isdigit():
        host, port_s = default_host, text
    elif text.startswith("["):
        end = text.find("]")
        if end < 0 or not text[end + 1 :].startswith(":"):
            raise ValueError(f"expected [IPv6]:PORT, got {value!r}")
        host, port_s = text[1:end], text[end + 2 :]
    elif ":" in text:
        host, _, port_s = text.rpartition(":")
        host = host or default_host
    else:
        raise ValueError(f"expected HOST:PORT, got {value!r}")
    if not port_s.isdigit() or not 0 <= int(port_s) <= 65535:
        raise ValueError(f"port must be a number from 0 to 65535, got {port_s!r}")
    return host, int(port_s)


class Listener(StrictModel):
    """One TCP listener."""

    enabled: bool = True
    """`false` keeps the surface off (as `serve --no-<surface>` does)."""
    host: str = "127.0.0.1"
    """Address to listen on; anything but loopback exposes the surface to the network."""
    port: int = Field(ge=0, le=65535)
    """TCP port; 0 takes a free one (printed at startup)."""

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


class CappedListener(Listener):
    """A listener that bounds how many client connections it holds (`api`, `llm`,
    `mcp`, `ws`)."""

    max_connections: int = Field(default=1024, gt=0)
    """Client connections open at once; one past it is answered 503 (`Retry-After: 1`)
    as soon as it is accepted (before any WebSocket upgrade), and closed."""
    max_connections_per_address: int = Field(default=256, gt=0)
    """Client connections open at once from one address; one past it is answered 429
    (`Retry-After: 1`) as soon as it is accepted (before any WebSocket upgrade), and
    closed."""


class HttpListener(CappedListener):
    """A listener of HTTP connections that secproxy's front reads first (`api`, `llm`,
    `mcp`): how many it holds and how long an idle one stays."""

    idle_timeout: Duration = 60.0
    """A connection with no request in hand (one that has sent nothing yet too) is
    closed after this long."""
    body_timeout: Duration = 30.0
    """A request body must have come whole this long after its head did, plus a second
    for each 8 KiB of it that has come (a large body coming at 8 KiB/s or more is never
    cut); one still coming is answered 408 (in the listener's error shape) and its
    connection closed, so a client that sends a byte now and then cannot hold a
    connection for ever."""


_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def check_http_url(v: SecretStr) -> SecretStr:
    """A secret URL that must be http(s) with a host (webhooks, collectors)."""
    parts = urlsplit(v.get_secret_value())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("expected an http:// or https:// URL with a host")
    return v


def check_headers(v: dict[str, SecretStr]) -> dict[str, SecretStr]:
    """Extra request headers: valid names, and no line break in a value (which would
    inject headers of its own)."""
    for name, secret in v.items():
        if not _HEADER_NAME.match(name):
            raise ValueError(f"{name!r} is not a valid HTTP header name")
        if any(c in secret.get_secret_value() for c in "\r\n"):
            raise ValueError(f"the value of header {name!r} contains a line break")
    return v
