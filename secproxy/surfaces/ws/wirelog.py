"""The loggers handed to websockets for the relay's two sides.

At debug level websockets logs every handshake header (`< Authorization: Bearer …`,
`> Cookie: …`), the request line with its query string, and each frame with the start
and end of its payload. Through these loggers credential headers show as `[REDACTED]`,
URLs and other header values go through the shared masking, and frames show as their
opcode and size only: a frame's text is what the relay inspects, never what it logs.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from websockets.frames import Frame

from secproxy.redact import REDACTED, mask_text, mask_url, secret_name

_HEADER = frozenset({"< %s: %s", "> %s: %s"})


def _clean(msg: object, args: tuple[Any, ...]) -> tuple[Any, ...]:
    if msg in _HEADER and len(args) == 2:
        name, value = args
        if secret_name(str(name)):
            return (name, REDACTED)
        return (name, mask_text(value) if isinstance(value, str) else value)
    return tuple(_arg(a) for a in args)


def _arg(value: Any) -> Any:
    if isinstance(value, Frame):
        return f"{value.opcode.name} [{len(value.data)} bytes]"
    if isinstance(value, str) and value.startswith("/"):  # a request line's path
        return mask_url(value)
    return value


class WireLogger(logging.LoggerAdapter):  # type: ignore[type-arg]
    """websockets' logger, with the handshake and frame lines made safe to keep."""

    def log(self, level: int, msg: object, *args: Any, **kwargs: Any) -> None:
        if args and self.isEnabledFor(level):
            args = _clean(msg, args)
        super().log(level, msg, *args, **kwargs)

    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[Any, Any]:
        return msg, kwargs


SERVER_LOG = WireLogger(logging.getLogger("websockets.server"), {})
"""For the relay's listener (the agents' side)."""
CLIENT_LOG = WireLogger(logging.getLogger("websockets.client"), {})
"""For the relay's links to the gateway."""
