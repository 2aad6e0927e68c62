"""Wire models shared by surfaces that carry the same protocol over different transports.

`jsonrpc` reads and writes JSON-RPC 2.0 and MCP messages (the WebSocket relay's frames,
the MCP surface's stdio lines, HTTP bodies and SSE events) and names what an MCP
conversation is to a transport (`Conversations`), so that the WebSocket relay can hand
its frames to the MCP surface's conversations without importing it: surfaces stay
independent, the runtime wires them. Nothing here holds state, does I/O or decides.
"""
