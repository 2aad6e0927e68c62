"""The gateway's side towards the LLM APIs: one pooled aiohttp `ClientSession` per named
upstream, the request sent with retries, and the real API key put in.

A request is retried (`Upstream.retries` more times) after a connection error or a
429/502/503/529 answer, never once an answer has started to be relayed: the first wait
is `retry_backoff`, doubling, with ±50% jitter so that many clients do not come back at
once; an upstream's `Retry-After` is waited instead, and one asking for longer than
`retry_max_wait` gets its answer passed on. A timeout is not retried (the upstream may
still be working on the first attempt).

Answers come back uncompressed: `Accept-Encoding: identity` is asked for, and a
compressed answer sent anyway (gzip, deflate; br when the Brotli package is installed)
is decompressed by the session as it is read, streamed or not; one in any other encoding
is refused by the gateway (`READABLE_ENCODINGS`), so nothing is relayed that the guards
could not read.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import os
import random
import time
from collections.abc import Callable
from pathlib import Path

import aiohttp
from aiohttp.compression_utils import HAS_BROTLI
from multidict import CIMultiDict

from secproxy.config.llm import Upstream
from secproxy.errors import SecproxyError
from secproxy.surfaces.lean_answer import LeanResponse
from secproxy.surfaces.lean_client import LeanClient

log = logging.getLogger("secproxy.llm")

RETRY_STATUSES = frozenset({429, 502, 503, 529})
READABLE_ENCODINGS = frozenset({"", "identity", "gzip", "deflate"}
                               | ({"br"} if HAS_BROTLI else set()))
"""Content encodings the client session decompresses (aiohttp's own list)."""
HOP_BY_HOP = frozenset({
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
    "trailer", "trailers", "transfer-encoding", "upgrade", "host", "content-length",
    "accept-encoding", "content-encoding",
})
"""Headers that describe one hop (or that the gateway sets itself), never relayed."""


class UpstreamKeyError(SecproxyError):
    """An upstream's vaulted API key cannot be read."""


def read_key(name: str, upstream: Upstream) -> str | None:
    """The real API key an upstream holds (`api_key_env` / `api_key_file`), if any."""
    if upstream.api_key_env:
        value = os.environ.get(upstream.api_key_env, "").strip()
        if not value:
            raise UpstreamKeyError(
                f"upstream {name}: environment variable {upstream.api_key_env} is not set",
                hint="export it before `secproxy serve`, or use api_key_file")
        return value
    if upstream.api_key_file:
        path = Path(upstream.api_key_file).expanduser()
        try:
            lines = path.read_text().splitlines()
        except OSError as exc:
            raise UpstreamKeyError(f"upstream {name}: cannot read api_key_file {path}: "
                                   f"{exc.strerror or exc}") from None
        value = lines[0].strip() if lines else ""
        if not value:
            raise UpstreamKeyError(f"upstream {name}: api_key_file {path} is empty")
        return value
    return None


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds a `Retry-After` header asks to wait (a number or an HTTP date)."""
    if not value:
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def backoff(upstream: Upstream, attempt: int) -> float:
    """The wait before retry number `attempt` (0 first), with ±50% jitter."""
    base = min(upstream.retry_max_wait, upstream.retry_backoff * (2 ** attempt))
    return base * random.uniform(0.5, 1.5)  # noqa: S311 - jitter, not a secret


Answer = aiohttp.ClientResponse | LeanResponse
"""An upstream's answer, its head in: by the lean client or the aiohttp session."""


class UpstreamPool:
    """Client sessions by upstream, and the vaulted keys they send."""

    def __init__(self) -> None:
        self._sessions: dict[tuple[str, str], aiohttp.ClientSession] = {}
        self._lean: dict[tuple[str, str], LeanClient] = {}
        self._keys: dict[tuple[str, str | None, str | None], str | None] = {}
        self.attempts = 0
        """Requests sent upstream, retries included."""

    def key(self, name: str, upstream: Upstream) -> str | None:
        """The upstream's real key, read once per source (a reload that changes the
        source reads it again)."""
        ident = (name, upstream.api_key_env,
                 str(upstream.api_key_file) if upstream.api_key_file else None)
        if ident not in self._keys:
            self._keys[ident] = read_key(name, upstream)
        return self._keys[ident]

    def session(self, name: str, upstream: Upstream) -> aiohttp.ClientSession:
        ident = (name, upstream.url)
        session = self._sessions.get(ident)
        if session is None or session.closed:
            connector = aiohttp.TCPConnector(limit=0, limit_per_host=256,
                                             keepalive_timeout=30, ttl_dns_cache=60)
            # No cookie jar: the session serves every agent, and a cookie one agent's
            # answer set must not go out with another's request (each agent's own
            # `Cookie` header goes through; `Set-Cookie` reaches the agent answered).
            session = aiohttp.ClientSession(connector=connector, auto_decompress=True,
                                            timeout=aiohttp.ClientTimeout(total=None),
                                            skip_auto_headers=("User-Agent",),
                                            cookie_jar=aiohttp.DummyCookieJar())
            self._sessions[ident] = session
        return session

    def lean(self, name: str, upstream: Upstream) -> LeanClient:
        ident = (name, upstream.url)
        client = self._lean.get(ident)
        if client is None:
            client = self._lean[ident] = LeanClient(upstream.url)
        return client

    async def send(self, name: str, upstream: Upstream, method: str, url: str,
                   headers: CIMultiDict[str], body: bytes, *,
                   sent: Callable[[], object] | None = None) -> Answer:
        """Send with retries; the answer's head is in, its body not yet read. Raises
        aiohttp.ClientError / TimeoutError when no attempt got an answer. A POST the
        lean client sends as the session would goes by it (`client.LeanClient.takes`).
        `sent` is called once the request is written, while the upstream works on it
        (by the lean client; before it is sent by the session, whose write and read
        are one call), at each attempt."""
        lean = self.lean(name, upstream)
        target = lean.takes(method, url, headers)
        connect = min(upstream.timeout, 30.0)
        timeout = None if target is not None else aiohttp.ClientTimeout(
            total=None, sock_connect=connect, sock_read=upstream.timeout)
        attempt = 0
        while True:
            self.attempts += 1
            resp: Answer
            try:
                if target is not None:
                    resp = await lean.send(target, headers, body, connect_timeout=connect,
                                           read_timeout=upstream.timeout, sent=sent)
                else:
                    if sent is not None:
                        sent()
                    resp = await self.session(name, upstream).request(
                        method, url, headers=headers, data=body or None, timeout=timeout,
                        allow_redirects=False)
            except (aiohttp.ClientConnectionError, OSError) as exc:
                if isinstance(exc, TimeoutError) or attempt >= upstream.retries:
                    raise
                wait = backoff(upstream, attempt)
                log.info("upstream %s: %s; retry %d in %.2fs", name, exc, attempt + 1, wait)
            else:
                if resp.status not in RETRY_STATUSES or attempt >= upstream.retries:
                    return resp
                asked = retry_after(resp.headers.get("Retry-After"))
                wait = asked if asked is not None else backoff(upstream, attempt)
                if wait > upstream.retry_max_wait:
                    return resp
                resp.release()
                log.info("upstream %s answered %d; retry %d in %.2fs", name, resp.status,
                         attempt + 1, wait)
            attempt += 1
            await asyncio.sleep(wait)

    async def close(self) -> None:
        sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            await session.close()
        leans, self._lean = list(self._lean.values()), {}
        for client in leans:
            await client.close()
