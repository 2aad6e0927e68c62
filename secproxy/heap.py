"""malloc's heap in a long-running proxy: read blocks kept in it (`keep_read_buffers`,
set once by `secproxy serve`), and its free pages given back to the system when
something big has ended (`release_free_heap`: a burst of egress traffic, a guard built on
its first use). glibc only; elsewhere both do nothing.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
HEAP_BLOCK = 1024 * 1024
"""Blocks up to this size come from the heap, never from a mapping of their own."""
HEAP_SLACK = 16 * 1024 * 1024
"""Free bytes at the top of the heap kept for the next blocks before any is returned."""


@cache
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
    proxy that has gone idle. Called when a burst has ended (the egress service) and
    after a guard's build on its first use (`runtime_guards`), never per request: the
    next burst faults those pages in again."""
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
