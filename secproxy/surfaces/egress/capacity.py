"""How many client connections and tunnels the egress listener takes at once, so that
the process never runs out of file descriptors in the middle of serving one.

Every descriptor the proxy opens counts against `RLIMIT_NOFILE`: a forwarded request
holds two sockets (client, upstream), a tunnel up to six (two sockets and, once it
moves to the splice(2) relay, a pipe pair each way) plus two more during the move. At
start the soft limit is raised to the hard one; unless `egress.max_connections` and
`egress.max_tunnels` say otherwise, the caps are derived from it: a reserve is kept for
everything else in the process (ledger, other listeners, idle pooled upstream
connections, DNS), half of the rest may go to connections and half to tunnels.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger("secproxy.egress")

TUNNEL_DESCRIPTORS = 6
"""Descriptors one established tunnel holds (two sockets, two pipes)."""
CONNECTION_DESCRIPTORS = 2
"""Descriptors one forwarded request holds (client and upstream sockets)."""
_UNKNOWN_LIMIT = 1024
"""Open-file limit assumed where the platform does not say (no `resource` module)."""
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
HEAP_BLOCK = 1024 * 1024
"""Blocks up to this size come from the heap, never from a mapping of their own."""
HEAP_SLACK = 16 * 1024 * 1024
"""Free bytes at the top of the heap kept for the next blocks before any is returned."""


def open_file_limit() -> int:
    """The soft `RLIMIT_NOFILE` of this process (1024 where it cannot be read)."""
    if sys.platform == "win32":
        return _UNKNOWN_LIMIT
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return soft if soft != resource.RLIM_INFINITY else max(hard, 1 << 20)


def raise_open_file_limit() -> int:
    """Raise the soft `RLIMIT_NOFILE` to the hard limit; returns the soft limit now in
    force (unchanged when the system refuses)."""
    if sys.platform == "win32":
        return _UNKNOWN_LIMIT
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != soft and (hard == resource.RLIM_INFINITY or hard > soft):
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        except (ValueError, OSError) as exc:
            log.warning("cannot raise the open-file limit from %d to %d: %s", soft, hard, exc)
        else:
            log.debug("open-file limit raised from %d to %d", soft, hard)
    return open_file_limit()


def default_caps(limit: int) -> tuple[int, int]:
    """(max_connections, max_tunnels) for an open-file limit of `limit`."""
    reserve = min(1024, limit // 4)
    budget = max(limit - reserve, 64)
    return (max(budget // 2 // CONNECTION_DESCRIPTORS, 16),
            max(budget // 2 // TUNNEL_DESCRIPTORS, 4))


def _libc() -> ctypes.CDLL | None:
    """The C library (glibc's functions looked up on it), None off Linux."""
    if sys.platform != "linux":
        return None
    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


def release_free_heap() -> bool:
    """Give the free pages of malloc's heap back to the system (glibc's `malloc_trim`;
    True when some were). `keep_read_buffers` keeps up to `HEAP_SLACK` of free heap for
    the next read blocks, and a burst of large responses leaves more free in the middle
    of the heap, where a free never returns it: tens of MiB of resident memory for a
    proxy that has gone idle. Called when a burst has ended (`service`), never per
    request: the next burst faults those pages in again."""
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None)
    if trim is None:
        return False  # not glibc
    return bool(trim(0))


def keep_read_buffers() -> bool:
    """Keep the relay's read blocks in the heap (glibc only; True when set). It sets
    malloc's thresholds for the whole process: `secproxy serve` calls it once at start.

    uvloop hands each read over as a new `bytes` of up to 256 KB. glibc's defaults give
    such a block a mapping of its own, or return it to the system once freed at the top
    of the heap, and the next one faults its pages in again: about 170 page faults and
    a third of the proxy's system time per 1 MiB response relayed. Fixed thresholds
    keep blocks up to `HEAP_BLOCK` in the heap and up to `HEAP_SLACK` of free heap
    for reuse (at most that much more resident memory after a burst)."""
    mallopt = getattr(_libc(), "mallopt", None)
    if mallopt is None:
        return False  # not glibc (musl has no mallopt)
    return bool(mallopt(_M_MMAP_THRESHOLD, HEAP_BLOCK)) and bool(
        mallopt(_M_TRIM_THRESHOLD, HEAP_SLACK))
