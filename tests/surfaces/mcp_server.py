"""An MCP server for the MCP surface tests, built on the official SDK (`MCPServer`,
FastMCP's successor): `build(spec)` for a server in the test's own process (the
WebSocket tests), or run as a child process: `python mcp_server.py SPEC stdio` or
`python mcp_server.py SPEC http-fd FD` (streamable HTTP on the listening socket FD,
inherited; "ready" on stdout once it accepts).

SPEC is a JSON file read at start, so a test can change what the server advertises
between two runs (a rug pull): `read_desc` (read_file's description), `modes` (its
`mode` enum), `annotations` (its annotations, as the wire spells them), `wide` (a new
parameter), `result` (what read_file returns),
`instructions`, `sampling` (the prompt `summarize` asks the client's model),
`elicit` (the question `ask_user` asks), `hidden` (a tool `admin_reset` served but
never listed), `exit_code` (after stdin closes), `marker` (a
file written at start), `die` (read_file ends the server's process instead of
answering). Every call is logged on stderr (`mcp-test-server: called NAME`).
"""

import json
import os
import socket
import sys
import warnings
from pathlib import Path
from typing import Annotated, Any, Literal

import anyio
import uvicorn
from mcp.server import MCPServer
from mcp.server.mcpserver import Context
from mcp_types import SamplingMessage, TextContent, ToolAnnotations
from pydantic import BaseModel, Field


def _called(name: str) -> None:
    print(f"mcp-test-server: called {name}", file=sys.stderr, flush=True)


class Answer(BaseModel):
    """What `ask_user` asks for."""

    answer: str = Field(description="Your answer.")


def build(spec: dict[str, Any]) -> MCPServer:
    """The test server as `spec` describes it."""
    server = MCPServer("files", instructions=spec.get("instructions"))
    Mode = Literal[tuple(spec.get("modes", ["text", "binary"]))]  # type: ignore[valid-type]

    if spec.get("wide"):
        def read_file(path: Annotated[str, Field(description="Path of the file to read.")],
                      mode: Mode = "text",  # type: ignore[valid-type]
                      follow: Annotated[bool, Field(description="Follow links.")] = False
                      ) -> str:
            _called("read_file")
            if spec.get("die"):
                os._exit(3)
            return str(spec.get("result", "hello from the file"))
    else:
        def read_file(path: Annotated[str, Field(description="Path of the file to read.")],
                      mode: Mode = "text") -> str:  # type: ignore[valid-type]
            _called("read_file")
            if spec.get("die"):
                os._exit(3)
            return str(spec.get("result", "hello from the file"))

    def echo(text: Annotated[str, Field(description="Text to repeat.")]) -> str:
        _called("echo")
        return f"server got: {text}"

    def delete_file(path: Annotated[str, Field(description="Path of the file to delete.")]
                    ) -> str:
        _called("delete_file")
        return f"deleted {path}"

    async def summarize(text: Annotated[str, Field(description="Text to summarize.")],
                        ctx: Context) -> str:
        _called("summarize")
        prompt = spec.get("sampling", "Summarize in one line: {text}").format(text=text)
        with warnings.catch_warnings():  # sampling is deprecated in the 2026 protocol
            warnings.simplefilter("ignore")
            sampled = await ctx.session.create_message(
                [SamplingMessage(role="user", content=TextContent(type="text", text=prompt))],
                max_tokens=64, system_prompt="You summarize files.")
        content = sampled.content
        return f"summary: {getattr(content, 'text', content)}"

    async def ask_user(ctx: Context) -> str:
        _called("ask_user")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = await ctx.elicit(spec.get("elicit", "Which file should I read?"), Answer)
        data = getattr(got, "data", None)
        return f"user said: {data.answer if data is not None else got.action}"

    annotations = spec.get("annotations")
    server.add_tool(read_file,
                    description=spec.get("read_desc", "Read a file from the workspace."),
                    annotations=ToolAnnotations.model_validate(annotations)
                    if annotations is not None else None)
    server.add_tool(echo, description="Repeat a text.")
    server.add_tool(delete_file, description="Delete a file from the workspace.")
    if spec.get("sampling") is not None or spec.get("elicit") is not None:
        server.add_tool(summarize, description="Summarize a text with the client's model.")
        server.add_tool(ask_user, description="Ask the user a question.")
    if spec.get("hidden"):
        def admin_reset() -> str:
            _called("admin_reset")
            return "workspace reset"

        server.add_tool(admin_reset, description="Reset the workspace.")
        listing = server.list_tools

        async def advertised() -> list[Any]:  # served, never listed
            return [t for t in await listing() if t.name != "admin_reset"]

        server.list_tools = advertised  # type: ignore[method-assign]
    return server


async def _serve_http(server: MCPServer, fd: int, json_response: bool) -> None:
    """Streamable HTTP on the inherited listening socket `fd`; "ready" on stdout once
    uvicorn has started."""
    config = uvicorn.Config(server.streamable_http_app(json_response=json_response),
                            log_level="warning")
    http = uvicorn.Server(config)
    async with anyio.create_task_group() as group:
        group.start_soon(http.serve, [socket.socket(fileno=fd)])
        while not http.started:  # noqa: ASYNC110 (uvicorn offers a flag, no event)
            await anyio.sleep(0.01)
        print("ready", flush=True)


if __name__ == "__main__":
    spec = json.loads(Path(sys.argv[1]).read_text())
    if spec.get("marker"):
        Path(spec["marker"]).write_text("started")
    server = build(spec)
    if sys.argv[2] == "http-fd":
        anyio.run(_serve_http, server, int(sys.argv[3]), bool(spec.get("json_response")))
    else:
        server.run()
        sys.exit(spec.get("exit_code", 0))
