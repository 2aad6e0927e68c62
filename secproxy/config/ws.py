"""Config section `ws`: the WebSocket relay between agent clients and a gateway."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from secproxy.config.types import StrictModel


class WsSettings(StrictModel):
    """The relay is enabled when `upstream` is set."""

    upstream: str | None = None
    """Agent gateway URL, e.g. `ws://127.0.0.1:18789`."""
    adapter: Literal["jsonrpc", "generic", "raw"] = "jsonrpc"
    max_frame_bytes: int = Field(default=4 * 1024 * 1024, gt=0)
