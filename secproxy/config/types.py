"""Small value types shared by the config sections: durations, listen addresses."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

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
"""Seconds, written as a number or with a unit (`250ms`, `30s`, `15m`, `2h`, `3d`, `1w`)."""


class StrictModel(BaseModel):
    """Base for every config section: unknown keys are errors, values are not coerced
    silently beyond what pydantic's lax mode does for numbers written as strings. Field
    docstrings become the fields' descriptions (in the JSON Schema and the reference
    config of `secproxy config example`)."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, validate_default=True, use_attribute_docstrings=True
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
