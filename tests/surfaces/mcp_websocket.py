"""MCP over WebSocket for the tests: the official SDK has no WebSocket transport (any
more), so this is one, as the spec's custom-transport rules ask: one JSON-RPC message
per text frame, the `mcp` subprotocol. `websocket_client(url)` is a transport for the
SDK's `Client`; `serving_websocket(spec)` runs the test server (`mcp_server.build`) in
this process behind a WebSocket listener."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import mcp_types as types
from mcp.shared.message import SessionMessage
from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from tests.surfaces.mcp_server import build

SUBPROTOCOL = "mcp"


@asynccontextmanager
async def _streams(ws: ClientConnection | ServerConnection) -> AsyncIterator[Any]:
    """(read stream, write stream) of SDK messages over one WebSocket connection."""
    to_session, read_stream = anyio.create_memory_object_stream[
        SessionMessage | Exception](16)
    write_stream, from_session = anyio.create_memory_object_stream[SessionMessage](16)

    async def reader() -> None:
        async with to_session:
            with contextlib.suppress(ConnectionClosed):
                async for frame in ws:
                    try:
                        message = types.jsonrpc_message_adapter.validate_json(
                            frame, by_name=False)
                    except ValueError as exc:
                        await to_session.send(exc)
                        continue
                    await to_session.send(SessionMessage(message))

    async def writer() -> None:
        async with from_session:
            with contextlib.suppress(ConnectionClosed):
                async for sent in from_session:
                    await ws.send(sent.message.model_dump_json(by_alias=True,
                                                               exclude_unset=True))

    async with anyio.create_task_group() as tg:
        tg.start_soon(reader)
        tg.start_soon(writer)
        try:
            yield read_stream, write_stream
        finally:
            await ws.close()
            tg.cancel_scope.cancel()


@asynccontextmanager
async def websocket_client(url: str) -> AsyncIterator[Any]:
    """A client transport: the SDK's `Client(websocket_client(url))`."""
    async with connect(url, subprotocols=[SUBPROTOCOL]) as ws:  # type: ignore[list-item]
        async with _streams(ws) as streams:
            yield streams


@asynccontextmanager
async def serving_websocket(spec: dict[str, Any]) -> AsyncIterator[str]:
    """The test server at a `ws://` URL, in this process; each connection gets a server
    built from `spec` as it is then (a test changes it for a rug pull)."""

    async def session(ws: ServerConnection) -> None:
        lowlevel = build(spec)._lowlevel_server
        async with _streams(ws) as (read, write):
            await lowlevel.run(read, write, lowlevel.create_initialization_options())

    async with serve(session, "127.0.0.1", 0,
                     subprotocols=[SUBPROTOCOL]) as listener:  # type: ignore[list-item]
        port = next(iter(listener.sockets)).getsockname()[1]
        yield f"ws://127.0.0.1:{port}/mcp"
