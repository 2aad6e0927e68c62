"""Compiled builds of pure-Python modules, used only when they match their source.

`setup.py` compiles a few hot modules with mypyc when it can (`COMPILED` there) and
writes, beside each compiled module, a `<module>.native` file holding the SHA-256 of the
source it was compiled from. Python would import a compiled module in preference to its
`.py` whatever the `.py` now says; `load` does so only when that digest matches the
`.py` beside it, and otherwise (the source edited after the build, a build without a
compiler, a platform mypyc does not serve) runs the `.py` itself. The two give the same
answers (tests compare them); the compiled one is faster.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

STAMP = ".native"
"""The suffix of the file beside a compiled module naming its source's digest."""


def digest(source: bytes) -> str:
    """What a stamp holds for `source`."""
    return hashlib.sha256(source).hexdigest()


def _source_path(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ImportError(f"no module named {name}")
    return Path(spec.origin).with_name(name.rsplit(".", 1)[-1] + ".py")


def is_current(name: str) -> bool:
    """Whether module `name` has a compiled build made from the `.py` beside it."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None or spec.origin.endswith(".py"):
        return False
    leaf = name.rsplit(".", 1)[-1]
    built = Path(spec.origin)
    try:
        stamp = built.with_name(leaf + STAMP).read_text("ascii").strip()
        return stamp == digest(built.with_name(leaf + ".py").read_bytes())
    except OSError:
        return False


def source(name: str) -> ModuleType:
    """A fresh module object run from `name`'s `.py` (not registered in `sys.modules`):
    the pure-Python reference, beside whichever build `load` chose."""
    path = _source_path(name)
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:  # pragma: no cover - a .py always has one
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    # Registered while it runs (dataclasses look their module up there), then put back.
    before = sys.modules.get(name)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        if before is None:
            del sys.modules[name]
        else:
            sys.modules[name] = before
    return module


def load(name: str) -> ModuleType:
    """Module `name`: its compiled build when `is_current`, else its `.py`."""
    got = sys.modules.get(name)
    if got is not None:
        return got
    if is_current(name):
        try:
            return importlib.import_module(name)
        except ImportError:  # a build this interpreter cannot load: the source runs
            pass
    module = source(name)
    sys.modules[name] = module
    return module


def compiled(module: ModuleType) -> bool:
    """Whether `module` runs compiled (not from its `.py`)."""
    return not str(getattr(module, "__file__", "") or "").endswith(".py")


if TYPE_CHECKING:
    from secproxy.guards import injection_match
else:
    injection_match = load("secproxy.guards.injection_match")


__all__ = ["STAMP", "compiled", "digest", "injection_match", "is_current", "load", "source"]
