"""Config section `ws`: the WebSocket relay between agent clients and a gateway."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from secproxy.config.types import Duration, Secret, StrictModel
from secproxy.model import Severity

DEFAULT_FORWARD_HEADERS = ["Authorization", "Cookie", "Origin", "User-Agent", "X-Request-Id",
                           "Set-Cookie"]


class RedactPattern(StrictModel):
    """One output rule: every match of `pattern` is replaced by a deterministic mask."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.:-]+$")
    """Short name, shown in the mask (`[REDACTED:name]`) and in the finding."""
    pattern: str
    """Python regular expression, e.g. `sk-[A-Za-z0-9]{20,}`."""
    replacement: str | None = None
    """Text put in place of each match; defaults to `[REDACTED:<name>]`."""
    severity: Severity = Severity.LOW
    """Severity of the finding recorded for a match (adds to the session's risk)."""

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        if re.compile(v).match(""):
            raise ValueError("the pattern matches the empty string; it would mask everywhere")
        return v

    @property
    def mask(self) -> str:
        return self.replacement if self.replacement is not None else f"[REDACTED:{self.name}]"


class GenericAdapterSettings(StrictModel):
    """Where the `generic` adapter finds things in a JSON frame. Paths are dotted keys,
    with numbers for list positions: `payload.tool.name`, `items.0.text`."""

    kind_path: str | None = "type"
    """The frame's kind (becomes the action's method), e.g. `type` → `tool_call`."""
    call_kinds: list[str] = []
    """Kinds that are tool calls; empty means any client frame naming a tool is a call."""
    tool_path: str | None = "tool"
    """The tool name."""
    arguments_path: str | None = "arguments"
    """The tool arguments (an object)."""
    content_path: str | None = "content"
    """The text to inspect: a string, or an object/list whose strings are inspected.
    When the frame has none, the strings of the arguments are inspected."""
    id_path: str | None = "id"
    """A correlation id, copied into block answers and used to attribute results to tools."""


class LockSettings(StrictModel):
    """The gateway lock: proof that clients cannot bypass the proxy."""

    strategy: Literal["none", "validation_token", "unix_socket", "firewall"] = "none"
    """`validation_token`: the proxy sends a secret header and the gateway refuses
    handshakes without it; `unix_socket`: the gateway listens on a Unix socket only this
    user can open; `firewall`: the gateway port is reachable on loopback only."""
    token: Secret | None = None
    """Secret for `validation_token` (or use `token_env`); never shown by `config/get`."""
    token_env: str | None = None
    """Name of an environment variable holding the token (read when the relay starts)."""
    header: str = "X-Secproxy-Gateway-Token"
    """Handshake header that carries the token to the gateway."""
    socket_path: Path | None = None
    """Gateway Unix socket for `unix_socket` when `ws.upstream` is a `ws://` URL: the relay
    then connects through this socket and uses the URL only for the handshake."""
    probe_path: str = Field(default="/", pattern=r"^/")
    """Request path of the `validation_token` probe handshakes (a gateway that serves only
    `/mcp`, say, must be probed there)."""
    enforce: bool = True
    """A lock that is configured but not active stops startup; `false` only warns."""
    check_timeout: Duration = 2.0
    """How long each probe of the lock check may take."""

    @model_validator(mode="after")
    def _needs(self) -> LockSettings:
        if self.strategy == "validation_token" and not (self.token or self.token_env):
            raise ValueError("strategy validation_token needs `token` or `token_env`")
        return self


class WsSettings(StrictModel):
    """The relay is enabled when `upstream` is set. Every frame becomes an action; a
    frame the adapter cannot parse is a `malformed` decision."""

    upstream: str | None = None
    """Agent gateway: `ws://127.0.0.1:18789`, `wss://…`, or `unix:/path/to/gateway.sock`.
    The client's request path and query are appended to the URL's path."""
    adapter: Literal["jsonrpc", "generic", "raw"] = "jsonrpc"
    """How frames are read: `jsonrpc` (JSON-RPC 2.0 and MCP), `generic` (JSON with the
    paths in `generic`), `raw` (the whole frame is the content)."""
    generic: GenericAdapterSettings = GenericAdapterSettings()
    """Paths for the `generic` adapter."""
    on_malformed: Literal["block", "pass"] = "block"
    """A frame the adapter cannot parse is dropped and answered with a protocol error
    (`block`) or relayed unchanged (`pass`); either way it is recorded."""
    block_error_code: int = -32001
    """JSON-RPC error code in answers to blocked frames."""
    max_frame_bytes: int = Field(default=4 * 1024 * 1024, gt=0)
    """Largest message accepted from either side; a bigger one closes that side with 1009."""
    queue_frames: int = Field(default=16, ge=1, le=4096)
    """Frames received but not yet relayed, per connection and direction (the bounded
    queue where client frames wait while the upstream reconnects). Beyond it the relay
    stops reading, which pushes back on the sender through TCP."""
    write_limit: int = Field(default=64 * 1024, ge=1024)
    """Bytes buffered for a slow receiver before the relay stops reading the other side."""
    compression: bool = False
    """Offer/accept permessage-deflate on both hops (costs CPU per frame)."""
    forward_headers: list[str] = DEFAULT_FORWARD_HEADERS
    """Handshake headers copied from the client to the gateway (and, for `Set-Cookie`,
    back). Subprotocols are always negotiated end to end."""
    session_header: str | None = None
    """Client handshake header naming the session (taint, risk); without it (or when the
    client does not send it) each client connection is its own session."""
    agent_header: str | None = None
    """Client handshake header naming the agent (principal `agent:<value>`)."""
    ping_interval: Duration | None = 20.0
    """Keepalive ping interval on both hops; null disables pings."""
    ping_timeout: Duration | None = 20.0
    """A hop whose pong is this late is closed (1011)."""
    open_timeout: Duration = 10.0
    """Time a client has to complete its handshake, and the relay to reach the gateway."""
    close_timeout: Duration = 5.0
    """Time to wait for the other side of a closing handshake."""
    max_retries: int = Field(default=10, ge=0)
    """Reconnection attempts after the gateway connection drops; then the client is
    closed with 1011."""
    retry_delay_ms: int = Field(default=1000, ge=0)
    """Delay before the first reconnection attempt; doubles with each attempt."""
    max_retry_delay_ms: int = Field(default=30_000, ge=0)
    """Longest delay between two attempts."""
    retry_jitter: float = Field(default=0.2, ge=0, le=1)
    """Random spread of each delay, as a fraction (0.2 = ±20%)."""
    reconnect_close_codes: list[int] = [1001, 1006, 1011, 1012, 1013, 1014]
    """Gateway close codes that trigger a reconnection (1006: dropped without a close
    frame). Any other close code is passed on to the client."""
    redact_patterns: list[RedactPattern] = []
    """Output rules: matches are masked in gateway results (`allow_with_redaction`)."""
    redact_requests: bool = False
    """Apply `redact_patterns` to client frames too."""
    untrusted_tools: list[str] = []
    """Tool-name globs (`web.*`, `fetch*`) whose results taint the session."""
    untrusted_taint: int = Field(default=2, ge=1)
    """Taint level a result of an untrusted tool raises the session to."""
    findings_taint: int = Field(default=1, ge=0)
    """Taint level a gateway frame with findings raises the session to (0: never)."""
    lock: LockSettings = LockSettings()
    """The gateway lock, checked at startup and by `check_lock`."""

    @field_validator("upstream")
    @classmethod
    def _scheme(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(("ws://", "wss://", "unix:")):
            raise ValueError("expected ws://HOST:PORT[/path], wss://… or unix:/path/to.sock")
        if v is not None and v.startswith("unix:") and len(v) <= len("unix:"):
            raise ValueError("unix: needs a socket path, e.g. unix:/run/gateway.sock")
        return v

    @model_validator(mode="after")
    def _names_unique(self) -> WsSettings:
        names = [p.name for p in self.redact_patterns]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"redact_patterns names must be unique: {', '.join(dupes)}")
        return self
