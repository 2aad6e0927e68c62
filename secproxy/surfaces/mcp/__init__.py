"""The MCP surface: agents ⇄ secproxy ⇄ MCP servers, over stdio and streamable HTTP.

`messages` (the JSON-RPC adapter every transport shares), `interceptor` (one
conversation's messages → actions → verdicts → messages), `listing` (definition lists
decided item by item: per-tool policy, shadowing, poisoned definitions, pins),
`definitions` (a definition's strings, pin hashes, diffs), `pins` (trust on first use,
in the state database), `hub` (what every conversation of a proxy shares), `stdio`
(`secproxy mcp wrap`: a child process relayed line by line), `handover` (the wrap's
pipes handed to serve, which relays them itself), `http` (the `mcp` listener: a reverse
proxy route per configured server).

Nothing is imported here: `secproxy mcp wrap` imports `stdio` and `handover` and no
more (no HTTP listener, no aiohttp) to be ready sooner.
"""
