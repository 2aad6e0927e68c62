"""The egress relay's read blocks stay in the heap: a process that has set
`capacity.keep_read_buffers` allocates and frees blocks of uvloop's read size (256,000
bytes) over and over without faulting their pages in again each time."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHURN = """
import resource, sys
from secproxy.surfaces.egress.capacity import keep_read_buffers
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
