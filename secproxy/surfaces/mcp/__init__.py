"""The MCP surface: agents ⇄ secproxy ⇄ MCP servers, over stdio and streamable HTTP.

`messages` (the JSON-RPC adapter every transport shares), `interceptor` (one
conversation's messages → actions → verdicts → messages), `listing` (definition lists
decided item by item: per-tool policy, shadowing, poisoned definitions, pins),
`definitions` (a definition's strings, pin hashes, diffs), `pins` (trust on first use,
in the state database), `hub` (what every conversation of a proxy shares), `stdio`
(`secproxy mcp wrap`: a child process relayed line by line), `handover` (the wrap's
pipes handed to serve, which relays them itself), `http` (the `mcp` listener: a reverse
proxy route per configured server).
"""

from secproxy.surfaces.mcp.handover import StdioHandover, handover_path
from secproxy.surfaces.mcp.http import McpService
from secproxy.surfaces.mcp.hub import McpHub
from secproxy.surfaces.mcp.interceptor import McpInterceptor
from secproxy.surfaces.mcp.stdio import run_wrapped

__all__ = ["McpHub", "McpInterceptor", "McpService", "StdioHandover", "handover_path",
           "run_wrapped"]
