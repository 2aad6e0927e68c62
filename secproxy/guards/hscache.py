"""Hyperscan databases compiled once per machine, not once per process.

Compiling the secrets and injection databases takes seconds, and every `secproxy serve`,
`scan` or `config validate` would pay it again. `build()` keeps each compiled database
in a cache directory, named by a digest of everything that went into it (the
Hyperscan version, the mode, every expression, id and flag), and loads it from there
next time (microseconds). A cache that cannot be read, written or loaded is only a
slower start: the database is compiled as before.

`twin()` gives a database the Python binding scans a twin for `_hsmatch`, the matcher's
own scan linked to the system's libhs (no Python call per hit): compiled from the same
expressions, which `build()` notes beside the cache (`<digest of the database>.src`),
and kept there compiled too. No twin without `_hsmatch`, for a database `build()` never
made, or one libhs refuses: the binding scans it, with the same hits.

The directory is `$SECPROXY_CACHE_DIR`, else `$XDG_CACHE_HOME/secproxy/hyperscan`, else
`~/.cache/secproxy/hyperscan`. A serialised database suits the CPU it was compiled on;
the digest includes the platform so a shared home directory does not mix them.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import marshal
import os
import platform
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

_hs: Any
try:
    import hyperscan as _hs
except ImportError:  # pragma: no cover - the callers check for hyperscan first
    _hs = None

T = TypeVar("T")
K = TypeVar("K")


_native: Any
try:
    from secproxy.guards import _hsmatch as _native
except ImportError:  # built without libhs's headers: the binding scans everything
    _native = None

_SOURCES = b"secproxy hyperscan sources 1\n"


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
        blob = path.read_bytes()
        db = _hs.loadb(blob, mode=mode)
        db.scratch = _hs.Scratch(db)
        _note_sources(blob, expressions, ids, flags, mode)
        return db
    db = _hs.Database(mode=mode)
    db.compile(expressions=list(expressions), ids=list(ids), elements=len(expressions),
               flags=flags if isinstance(flags, int) else list(flags))
    blob = bytes(_hs.dumpb(db))
    with contextlib.suppress(OSError):
        _write(path, blob)
    _note_sources(blob, expressions, ids, flags, mode)
    return db


def _write(path: Path, blob: bytes) -> None:
    """`blob` to `path` through a temporary file renamed into place (a reader never
    sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".hsdb-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(blob)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _note_sources(blob: bytes, expressions: Sequence[bytes], ids: Sequence[int],
                  flags: Sequence[int] | int, mode: int) -> None:
    """What the database serialised as `blob` was compiled from, for `twin()` (which
    meets the database again loaded from elsewhere: the injection lexicon's own
    cache)."""
    if _native is None or mode != _hs.HS_MODE_BLOCK:
        return
    path = cache_dir() / f"{hashlib.sha256(blob).hexdigest()}.src"
    if path.exists():
        return
    payload = marshal.dumps((list(expressions), list(ids),
                             flags if isinstance(flags, int) else list(flags)))
    with contextlib.suppress(OSError):
        _write(path, _SOURCES + hashlib.sha256(payload).digest() + payload)


_TWINS: dict[int, tuple[Any, Any]] = {}
_TWIN_LOCK = threading.Lock()


def per_object(cache: dict[int, tuple[K, T]], lock: threading.Lock, obj: K,
               make: Callable[[K], T]) -> T:
    """`make(obj)`, made once for `obj` whatever the threads: `cache` is keyed by `obj`'s
    id and holds `obj` itself (so that its id is not reused while kept). No closure is
    made per call: the hot path is a dict lookup."""
    got = cache.get(id(obj))
    if got is not None and got[0] is obj:
        return got[1]
    with lock:
        got = cache.get(id(obj))
        if got is None or got[0] is not obj:
            got = cache[id(obj)] = (obj, make(obj))
        return got[1]


def twin(db: Any, folder: Path | None = None) -> Any:
    """`db`'s twin for `_hsmatch` (see the module), None when it has none. Compiled
    once per machine (seconds for the injection lexicon's largest), then loaded from
    `folder` (default: `cache_dir()`)."""
    return per_object(_TWINS, _TWIN_LOCK, db, lambda d: _make_twin(d, folder or cache_dir()))


def made_twin(db: Any) -> Any:
    """`db`'s twin if `twin()` has made it already, else None (never waits for it)."""
    got = _TWINS.get(id(db))
    return got[1] if got is not None and got[0] is db else None


def _sources_path(db: Any, folder: Path) -> Path:
    return folder / f"{hashlib.sha256(bytes(_hs.dumpb(db))).hexdigest()}.src"


def noted(db: Any, folder: Path | None = None) -> bool:
    """Whether `build()` noted what `db` was compiled from (else it has no twin)."""
    if _native is None or _hs is None:
        return False
    try:
        return _sources_path(db, folder or cache_dir()).exists()
    except _hs.error:
        return False


def _make_twin(db: Any, folder: Path) -> Any:
    if _native is None or _hs is None:
        return None
    try:
        src = _sources_path(db, folder).read_bytes()
    except (OSError, _hs.error):
        return None
    head, payload = src[:len(_SOURCES) + 32], src[len(_SOURCES) + 32:]
    if head != _SOURCES + hashlib.sha256(payload).digest():
        return None
    try:
        expressions, ids, flags = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    h = hashlib.sha256(f"libhs {_native.HS_VERSION}|{platform.machine()}|".encode())
    h.update(payload)
    path = folder / f"{h.hexdigest()}.lhs"
    with contextlib.suppress(OSError, _native.error):
        return _native.load(path.read_bytes())
    with _compiling(folder):
        # Another process may have compiled it while this one waited.
        with contextlib.suppress(OSError, _native.error):
            return _native.load(path.read_bytes())
        try:
            built = _native.compile(expressions, ids, flags)
        except (_native.error, ValueError, TypeError, OverflowError):
            return None
        with contextlib.suppress(OSError):
            _write(path, built.dump())
        return built


@contextlib.contextmanager
def _compiling(folder: Path) -> Iterator[None]:
    """One process at a time compiles twins in `folder` (test workers starting together
    would each compile the same); without a lock file, no waiting."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = open(folder / ".twins.lock", "a")  # noqa: SIM115 - held across the yield
    except OSError:
        yield
        return
    with lock:
        with contextlib.suppress(OSError):
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield
