"""An MCP server for the MCP surface tests, built on the official SDK (`MCPServer`,
FastMCP's successor), run as a child process: `python mcp_server.py SPEC stdio` or
`python mcp_server.py SPEC http PORT`.

SPEC is a JSON file read at start, so a test can change what the server advertises
between two runs (a rug pull): `read_desc` (read_file's description), `modes` (its
`mode` enum), `wide` (a new parameter), `result` (what read_file returns),
`instructions`, `exit_code` (after stdin closes), `marker` (a file written at start).
Every call is logged on stderr (`mcp-test-server: called NAME`).
"""

import json
import sys
from pathlib import Path
from typing import Annotated, Literal

from mcp.server import MCPServer
from pydantic import Field

spec = json.loads(Path(sys.argv[1]).read_text())
if spec.get("marker"):
    Path(spec["marker"]).write_text("started")
server = MCPServer("files", instructions=spec.get("instructions"))
Mode = Literal[tuple(spec.get("modes", ["text", "binary"]))]  # type: ignore[valid-type]


def _called(name: str) -> None:
    print(f"mcp-test-server: called {name}", file=sys.stderr, flush=True)


if spec.get("wide"):
    def read_file(path: Annotated[str, Field(description="Path of the file to read.")],
                  mode: Mode = "text",  # type: ignore[valid-type]
                  follow: Annotated[bool, Field(description="Follow links.")] = False) -> str:
        _called("read_file")
        return spec.get("result", "hello from the file")
else:
    def read_file(path: Annotated[str, Field(description="Path of the file to read.")],
                  mode: Mode = "text") -> str:  # type: ignore[valid-type]
        _called("read_file")
        return spec.get("result", "hello from the file")


def echo(text: Annotated[str, Field(description="Text to repeat.")]) -> str:
    _called("echo")
    return f"server got: {text}"


def delete_file(path: Annotated[str, Field(description="Path of the file to delete.")]) -> str:
    _called("delete_file")
    return f"deleted {path}"


server.add_tool(read_file, description=spec.get("read_desc", "Read a file from the workspace."))
server.add_tool(echo, description="Repeat a text.")
server.add_tool(delete_file, description="Delete a file from the workspace.")

if sys.argv[2] == "http":
    server.run("streamable-http", host="127.0.0.1", port=int(sys.argv[3]),
               json_response=bool(spec.get("json_response")))
else:
    server.run()
    sys.exit(spec.get("exit_code", 0))
