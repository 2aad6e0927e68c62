"""The egress relay's read blocks stay in the heap: a process that has set
`heap.keep_read_buffers` allocates and frees blocks of uvloop's read size (256,000
bytes) over and over without faulting their pages in again each time; and what a burst
left free in the heap goes back to the system when `heap.release_free_heap` is
called (the egress sweeper does once the burst has ended)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHURN = """
import resource, sys
from secproxy.heap import keep_read_buffers
if sys.argv[1] == "keep" and not keep_read_buffers():
    print("unsupported")
    raise SystemExit
def churn():
    blocks = [bytes(256_000) for _ in range(8)]  # eight reads in flight, then freed
    del blocks
churn()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(20):
    churn()
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""
BLOCK_PAGES = 256_000 // 4096


def _faults(mode: str) -> int | None:
    out = subprocess.run([sys.executable, "-c", CHURN, mode], capture_output=True,
                         text=True, check=True).stdout.strip()
    return None if out == "unsupported" else int(out)


@pytest.mark.skipif(sys.platform != "linux", reason="glibc's malloc")
def test_read_sized_blocks_are_reused_without_page_faults() -> None:
    kept = _faults("keep")
    if kept is None:
        pytest.skip("not glibc")
    # 160 blocks of 62 pages: with glibc's defaults most are faulted in again (the
    # measure tells the two apart), kept blocks fault fewer than one block per round
    assert _faults("default") >= 20 * BLOCK_PAGES > kept


TRIM = """
import sys
from secproxy.heap import keep_read_buffers, release_free_heap
if not keep_read_buffers():
    print("unsupported")
    raise SystemExit
def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4
blocks = [bytes(256_000) for _ in range(200)]  # a burst: 50 MB of read-sized blocks
top = bytes(256_000)  # still held, above them: freeing the rest trims nothing by itself
del blocks
before = rss_kib()
trimmed = release_free_heap()
print(trimmed, before - rss_kib())
"""


@pytest.mark.skipif(sys.platform != "linux", reason="glibc's malloc")
def test_the_free_heap_goes_back_to_the_system_when_asked() -> None:
    out = subprocess.run([sys.executable, "-c", TRIM], capture_output=True, text=True,
                         check=True).stdout.split()
    if out == ["unsupported"]:
        pytest.skip("not glibc")
    trimmed, released_kib = out[0] == "True", int(out[1])
    assert trimmed and released_kib > 10_000  # of the 50 MB freed below a block still held
