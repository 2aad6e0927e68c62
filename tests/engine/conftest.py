"""Engine test fixtures: a settable clock."""

from __future__ import annotations

import pytest


class FakeClock:
    """Wall clock the test moves by hand."""

    def __init__(self, start: float = 1_800_000_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
