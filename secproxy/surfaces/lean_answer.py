"""An upstream's answer as the lean client (`client.LeanClient`) reads it: its status
and headers, and its body as it comes (`LeanBody`, read as aiohttp's
`StreamReader.iter_any` is), decompressed when labelled gzip, deflate (zlib or raw, as
aiohttp reads it) or br, at most `_PIECE` bytes a read, the socket's reading paused
while more than `_HIGH` bytes wait unread."""

from __future__ import annotations

import asyncio
import zlib
from typing import TYPE_CHECKING, Any, cast

import aiohttp
from aiohttp.compression_utils import HAS_BROTLI, BrotliDecompressor
from multidict import CIMultiDictProxy

if TYPE_CHECKING:
    from secproxy.surfaces.lean_client import LeanConnection

_HIGH = 1 << 17
"""Bytes of an answer held unread before the socket's reading pauses."""
_PIECE = 1 << 16
"""The most a compressed answer's read decompresses at once."""


class LeanBody:
    """An answer's body as it comes (aiohttp's `StreamReader.iter_any` for the gateway):
    `async for data in body.iter_any()` yields what has come, decompressed."""

    def __init__(self, conn: LeanConnection, encoding: str):
        self._conn = conn
        self._pieces: list[bytes] = []
        self._size = 0
        self._ended = False
        self._error: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._decoder: Any = None
        self._encoding = encoding
        self._deflate = encoding == "deflate"
        if encoding == "gzip":
            self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "br" and HAS_BROTLI:
            self._decoder = BrotliDecompressor()
        self._tail = b""
        """What a zlib decompressor left of its input at the last piece's end."""
        self._more = False
        """A br decompressor holds more output of the input it had."""

    def feed(self, data: bytes) -> None:
        self._pieces.append(data)
        self._size += len(data)
        if self._size > _HIGH:
            self._conn.pause()
        self._wake()

    def end(self) -> None:
        self._ended = True
        self._wake()

    def fail(self, exc: BaseException) -> None:
        self._error = exc
        self._wake()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def whole(self) -> bytes | None:
        """The body, when it has all come, in no content encoding, and nothing of it was
        read yet; else None (read it with `iter_any`: a compressed body is decompressed a
        piece at a time, so that its reader may stop at a limit)."""
        if not self._ended or self._error is not None or self._decoder is not None \
                or self._deflate or self._tail or self._more:
            return None
        pieces = self._pieces
        data = pieces[0] if len(pieces) == 1 else b"".join(pieces)
        self._pieces = []
        self._size = 0
        self._conn.resume()
        return data

    def iter_any(self) -> LeanBody:
        return self

    def __aiter__(self) -> LeanBody:
        return self

    def read_nowait(self) -> bytes:
        """What has come and was not read yet, decompressed; b"" when nothing has
        (aiohttp's `StreamReader.read_nowait`, for a reader that waits only when it must:
        the MCP relay's)."""
        return self._ready()

    def at_eof(self) -> bool:
        """Whether the body was read to its end (aiohttp's `StreamReader.at_eof`)."""
        return self._ended and self._decoder is None and \
            not (self._pieces or self._tail or self._more)

    async def readany(self) -> bytes:
        """The next piece as it comes (aiohttp's `StreamReader.readany`); b"" at the end."""
        try:
            return await self.__anext__()
        except StopAsyncIteration:
            return b""

    def _ready(self) -> bytes:
        """What has come and was not read yet, decompressed (b"": nothing has)."""
        while True:
            if self._tail or self._more:  # what the last input holds beyond one piece
                out = self._decode(b"")
            elif self._pieces:
                data = b"".join(self._pieces) if len(self._pieces) > 1 else self._pieces[0]
                self._pieces = []
                self._size = 0
                self._conn.resume()
                if self._decoder is None and not self._deflate:
                    return data
                out = self._decode(data)
            else:
                return b""
            if out:
                return out

    async def __anext__(self) -> bytes:
        while True:
            out = self._ready()
            if out:
                return out
            if self._error is not None:
                raise self._error
            if self._ended:
                out = self._flush()
                if out:
                    return out
                raise StopAsyncIteration
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None

    def _decode(self, data: bytes) -> bytes:
        if self._deflate and self._decoder is None and data:
            # RFC 1950's header names method 8; without it the body is raw deflate
            # (sent by some servers as "deflate"), which aiohttp reads too.
            raw = data[0] & 0xF != 8
            self._decoder = zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
        try:
            if isinstance(self._decoder, BrotliDecompressor):
                got = self._decoder.decompress_sync(data, _PIECE)
                self._more = bool(got) and self._decoder.data_available
                return got
            out: bytes = self._decoder.decompress(self._tail + data, _PIECE)
            self._tail = self._decoder.unconsumed_tail
            return out
        except Exception:
            self._tail = b""
            self._more = False
            raise aiohttp.ClientPayloadError(
                f"Can not decode content-encoding: {self._encoding}"
            ) from None

    def _flush(self) -> bytes:
        decoder, self._decoder = self._decoder, None
        if decoder is None:
            return b""
        if isinstance(decoder, BrotliDecompressor):
            return cast(bytes, decoder.flush())
        out: bytes = decoder.flush()
        if self._deflate and not decoder.eof:  # a deflate stream cut short (as aiohttp)
            raise aiohttp.ClientPayloadError("Can not decode content-encoding: deflate")
        return out


class LeanResponse:
    """An upstream's answer: its status and headers in, its body (`content`) to read.
    Release it (or use it as an async context manager): its connection goes back to the
    pool when the body was read to the end, else closes."""

    def __init__(self, conn: LeanConnection, status: int, headers: CIMultiDictProxy[str], *,
                 close_delimited: bool):
        self._conn: LeanConnection | None = conn
        self.status = status
        self.headers = headers
        self.close_delimited = close_delimited
        encoding = headers.get("Content-Encoding", "").strip().lower()
        self.body = LeanBody(conn, encoding)
        self.content = self.body

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.release()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.abandon()

    async def __aenter__(self) -> LeanResponse:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.release()
