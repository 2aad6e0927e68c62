"""Hyperscan databases compiled once per machine, not once per process.

Compiling the secrets and injection databases takes seconds, and every `secproxy serve`,
`scan` or `config validate` would pay it again. `build()` keeps each compiled database
in a cache directory, named by a digest of everything that went into it (the
Hyperscan version, the mode, every expression, id and flag), and loads it from there
next time (microseconds). A cache that cannot be read, written or loaded is only a
slower start: the database is compiled as before.

The directory is `$SECPROXY_CACHE_DIR`, else `$XDG_CACHE_HOME/secproxy/hyperscan`, else
`~/.cache/secproxy/hyperscan`. A serialised database suits the CPU it was compiled on;
the digest includes the platform so a shared home directory does not mix them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import platform
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_hs: Any
try:
    import hyperscan as _hs
except ImportError:  # pragma: no cover - the callers check for hyperscan first
    _hs = None


def cache_dir() -> Path:
    """Where compiled databases are kept."""
    explicit = os.environ.get("SECPROXY_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "secproxy" / "hyperscan"


def _digest(expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int] | int,
            mode: int) -> str:
    h = hashlib.sha256()
    h.update(f"{getattr(_hs, '__version__', '?')}|{platform.machine()}|{mode}|".encode())
    for expression in expressions:
        h.update(len(expression).to_bytes(4, "big") + expression)
    h.update(repr(list(ids)).encode())
    h.update(repr(flags if isinstance(flags, int) else list(flags)).encode())
    return h.hexdigest()


def build(expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int] | int,
          mode: int | None = None) -> Any:
    """A block-mode database of `expressions`, from the cache when it holds one.
    Compile errors are raised as Hyperscan raises them."""
    assert _hs is not None
    mode = _hs.HS_MODE_BLOCK if mode is None else mode
    path = cache_dir() / f"{_digest(expressions, ids, flags, mode)}.hsdb"
    with contextlib.suppress(Exception):  # any unreadable or foreign file: compile instead
        db = _hs.loadb(path.read_bytes(), mode=mode)
        db.scratch = _hs.Scratch(db)
        return db
    db = _hs.Database(mode=mode)
    db.compile(expressions=list(expressions), ids=list(ids), elements=len(expressions),
               flags=flags if isinstance(flags, int) else list(flags))
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".hsdb-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_hs.dumpb(db))
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    return db
