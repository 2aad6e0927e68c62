"""Config section `mcp`: MCP servers behind secproxy, tool pinning and the MCP guards.

Stdio servers need no entry (`secproxy mcp wrap --name NAME -- COMMAND…` names them);
streamable HTTP servers get a route on the `mcp` listener, `/<name>`, per entry of
`servers` with a `url`. The injection and secrets guards run on MCP traffic by default
(`guards`), unless a `guards.use` entry of the same family already covers the mcp
surface.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator

from secproxy.config.types import Duration, StrictModel
from secproxy.guards import registry
from secproxy.model import Direction, Surface

if TYPE_CHECKING:
    from secproxy.config.schema import Config
    from secproxy.guards import Guard

SERVER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class McpServer(StrictModel):
    """One MCP server reached over streamable HTTP."""

    url: str
    """The server's MCP endpoint, `http(s)://host[:port]/path` (often `/mcp`)."""

    @field_validator("url")
    @classmethod
    def _http(cls, v: str) -> str:
        if not re.match(r"^https?://[^/\s]+", v):
            raise ValueError("must be an http:// or https:// URL")
        return v


class McpGuardSettings(StrictModel):
    """What the MCP surface's own guards do (`off` leaves the family to `guards.use`)."""

    injection: Literal["block", "log", "off"] = "block"
    """Prompt injection in tool results, tool, prompt and resource definitions, server
    instructions, and sampling or elicitation requests from a server."""
    secrets: Literal["sanitize", "block", "log", "off"] = "sanitize"
    """Secrets in tool arguments (exfiltration) and in anything a server sends."""


class McpSettings(StrictModel):
    """MCP servers behind secproxy."""

    servers: dict[str, McpServer] = {}
    """Streamable HTTP servers by name; each is served at `http://<mcp listener>/<name>`."""
    on_change: Literal["hold", "block"] = "hold"
    """A tool whose definition changed since it was pinned (or was added to a server
    already pinned, or renamed): `hold` waits for an operator's approval (the approval
    shows the diff), `block` leaves it out of the list at once."""
    unlisted_tools: Literal["deny", "hold", "allow"] = "deny"
    """A `tools/call` naming a tool the server's pins do not hold (never listed, such as
    a tool the server serves without advertising it; one a rule denies is refused by
    that rule): `deny` refuses it with a JSON-RPC error, `hold` waits for an operator's
    approval (refused at once by a standalone wrap), `allow` lets it on; each with an
    `unlisted_tool` finding. A server whose tools were never listed through secproxy
    has nothing to compare a call with: its calls are decided by the rules and guards
    alone until its first list (one that pinned nothing, every tool in it refused,
    counts: every call is then unlisted)."""
    shadowing: Literal["log", "block"] = "log"
    """A tool named like another server's (the same name, or within `shadow_distance`
    edits): `log` records a finding, `block` leaves it out of the later server's list."""
    shadow_distance: int = Field(default=2, ge=0, le=4)
    """Edits (insert, delete, replace one character) within which two tool names of
    different servers count as shadowing; names shorter than 5 characters must be equal."""
    ws_server: str | None = None
    """The name of the MCP server behind the WebSocket relay (`ws.upstream`), when the
    gateway is one: its frames are then decided as MCP messages (surface `mcp`, pins,
    definition lists, sampling) under this name, instead of by `ws.adapter`."""
    guards: McpGuardSettings = McpGuardSettings()
    upstream_timeout: Duration = 60.0
    """Longest a streamable HTTP server may take to start answering, or stay silent in
    the middle of a JSON answer (an event stream may stay quiet as long as it likes)."""
    max_message_bytes: int = Field(default=16 * 1024 * 1024, gt=0)
    """Largest JSON-RPC message relayed (a longer stdio line or HTTP body is refused)."""

    @field_validator("ws_server")
    @classmethod
    def _ws_name(cls, v: str | None) -> str | None:
        if v is not None and not SERVER_NAME.match(v):
            raise ValueError(f"server name {v!r}: letters, digits, `_`, `.`, `-`, at most 64, "
                             "starting with a letter or digit")
        return v

    @field_validator("servers")
    @classmethod
    def _names(cls, v: dict[str, McpServer]) -> dict[str, McpServer]:
        for name in v:
            if not SERVER_NAME.match(name):
                raise ValueError(f"server name {name!r}: letters, digits, `_`, `.`, `-`, "
                                 "at most 64, starting with a letter or digit")
        return v


def _covers_mcp(surfaces: list[Surface] | None) -> bool:
    return surfaces is None or Surface.MCP in surfaces


def mcp_guards(config: Config) -> list[Guard]:
    """The MCP surface's guards (an engine guard factory): injection on what servers
    send, secrets both ways, each unless `off` or a configured guard of its family
    already inspects the mcp surface."""
    return registry.build(mcp_guard_specs(config), on_error=config.guards.on_error)


def mcp_guard_specs(config: Config) -> list[registry.GuardSpec]:
    """The entries `mcp_guards` builds (what a deferred build needs to know first)."""
    settings = config.mcp.guards
    covered = {g.family for g in config.guards.use if _covers_mcp(g.surfaces)}
    specs: list[registry.GuardSpec] = []
    if settings.injection != "off" and "injection" not in covered:
        specs.append(registry.Default("mcp-injection", "injection", settings.injection,
                                      [Direction.RESPONSE], [Surface.MCP]))
    if settings.secrets != "off" and "secrets" not in covered:
        specs.append(registry.Default("mcp-secrets", "secrets", settings.secrets,
                                      [Direction.REQUEST, Direction.RESPONSE], [Surface.MCP]))
    return specs
