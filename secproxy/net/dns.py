"""Name resolution shared by the surfaces (`Resolver`): answers kept per (host, port) for
`egress.dns_cache_ttl`, and one lookup in flight per (host, port) however many requests
ask for it meanwhile.

The cache only saves lookups; it decides nothing. The SSRF check still runs on the
addresses for every request, cached or not, and the address connected to is one of
those checked. Literal addresses are never looked up or cached. Failures are not
cached: the requests already waiting on a failed lookup share its answer, the next
one asks the resolver again. `getaddrinfo` does not report the records' own TTLs, so
an entry lives for the configured time, however short or long the DNS TTL was. The
cache holds at most `egress.dns_cache_size` entries; a new one pushes out the oldest.
"""

from __future__ import annotations

import asyncio

from secproxy.aio import cancel_and_wait, spawn
from secproxy.net.addresses import IPAddress, ResolveError, literal_address, resolve

_Key = tuple[str, int]


class Resolver:
    """Resolves host names for one egress service, with a small cache."""

    def __init__(self) -> None:
        self._cache: dict[_Key, tuple[float, tuple[IPAddress, ...]]] = {}
        """(host, port) -> (when resolved, addresses), oldest first."""
        self._pending: dict[_Key, asyncio.Task[tuple[IPAddress, ...] | ResolveError]] = {}
        self.lookups = 0
        """Lookups handed to the system resolver so far."""
        self.hits = 0
        """Requests answered from the cache."""
        self.shared = 0
        """Requests that waited on a lookup another request had started."""

    @property
    def cached(self) -> int:
        """Entries in the cache, fresh or expired."""
        return len(self._cache)

    def known(self, host: str, port: int, *, ttl: float) -> list[IPAddress] | None:
        """The addresses without waiting when they are known (a literal, or a fresh
        cache entry, counted as a hit); None when a lookup is needed."""
        literal = literal_address(host)
        if literal is not None:
            return [literal]
        if ttl <= 0:
            return None
        entry = self._cache.get((host, port))
        if entry is not None and asyncio.get_running_loop().time() - entry[0] < ttl:
            self.hits += 1
            return list(entry[1])
        return None

    async def resolve(self, host: str, port: int, wait: float, *, ttl: float,
                      size: int) -> list[IPAddress]:
        """Every address `host` resolves to, in resolver order; raises `ResolveError`.

        `wait` bounds a lookup; `ttl` (0: no cache, no sharing) and `size` come from the
        settings of the request asking, so a config reload applies at once."""
        literal = literal_address(host)
        if literal is not None:
            return [literal]
        if ttl <= 0:
            self.lookups += 1
            return await resolve(host, port, wait)
        key = (host, port)
        loop = asyncio.get_running_loop()
        entry = self._cache.get(key)
        if entry is not None:
            if loop.time() - entry[0] < ttl:
                self.hits += 1
                return list(entry[1])
            del self._cache[key]
        task = self._pending.get(key)
        if task is None:
            self.lookups += 1
            task = spawn(self._lookup(key, wait, size), name="dns-lookup")
            self._pending[key] = task
        else:
            self.shared += 1
        # Shielded: a request that leaves does not end the lookup the others wait on.
        answer = await asyncio.shield(task)
        if isinstance(answer, ResolveError):
            raise ResolveError(str(answer)) from None
        return list(answer)

    async def _lookup(self, key: _Key, wait: float,
                      size: int) -> tuple[IPAddress, ...] | ResolveError:
        """One lookup; a failure is returned, not raised (no task error to log)."""
        try:
            addresses = tuple(await resolve(key[0], key[1], wait))
        except ResolveError as exc:
            return exc
        finally:
            self._pending.pop(key, None)
        cache = self._cache
        cache.pop(key, None)
        cache[key] = (asyncio.get_running_loop().time(), addresses)
        while len(cache) > size:
            del cache[next(iter(cache))]
        return addresses

    async def close(self) -> None:
        """End lookups still in flight and forget every answer."""
        await cancel_and_wait(*self._pending.values())
        self._pending.clear()
        self._cache.clear()
