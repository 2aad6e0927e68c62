"""The control client's line limit (`protocol.MAX_LINE`), as `StreamReader.readline`'s
limit was: a line over it ends the connection, also when the read that ends it carries
its newline (it was passed on whole, and the reply after it answered)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from secproxy.control import protocol
from secproxy.control.client import ControlClient, ControlError


async def test_a_line_over_the_limit_ends_the_connection(tmp_path: Path) -> None:
    path = str(tmp_path / "s")

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            writer.write(protocol.encode({"v": 1, "type": "hello", "payload": {}}))
            await writer.drain()
            while line := await reader.readline():
                msg = json.loads(line)
                reply = protocol.encode({"v": 1, "type": "reply", "id": msg["id"],
                                         "payload": {"n": msg["id"]}})
                writer.write(b"x" * (protocol.MAX_LINE + 100) + b"\n" + reply)
                await writer.drain()
        except ConnectionError:
            pass  # the client ended the connection: what the test wants
        finally:
            writer.close()

    server = await asyncio.start_unix_server(serve, path, limit=2**30)
    client = ControlClient(path, timeout=5)
    try:
        await client.connect()
        with pytest.raises(ControlError):
            await client.call("ping")
        assert not client.connected
    finally:
        await client.close()
        server.close()
        await server.wait_closed()
