"""Suite-wide set-up: the package's bytecode written before any test starts a process."""

from __future__ import annotations

import compileall
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    """Compile `secproxy` and `tui` to bytecode once, in the controller, before workers.

    The suite starts hundreds of `secproxy` processes. Where Python writes no bytecode
    (PYTHONDONTWRITEBYTECODE in the environment, as on the machine CI runs on, and an
    editable install never compiles any), each of them compiled every module it imports
    from source again: a `secproxy serve` start took 2.4 s instead of 1.55 s. compileall
    writes the `.pyc` files whatever that setting, and leaves current ones alone."""
    if hasattr(config, "workerinput"):
        return
    for package in ("secproxy", "tui"):
        compileall.compile_dir(ROOT / package, quiet=1)
