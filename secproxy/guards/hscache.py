"""Hyperscan databases compiled once per machine, not once per process.

Compiling the secrets and injection databases takes seconds, and every `secproxy serve`,
`scan` or `config validate` would pay it again. `build()` keeps each compiled database
in a cache directory, named by a digest of everything that went into it (the
Hyperscan version, the mode, every expression, id and flag), and loads it from there
next time (microseconds). A cache that cannot be read, written or loaded is only a
slower start: the database is compiled as before.

With `_hsmatch` (the matcher's own scan linked to the system's libhs: no Python call per
hit) a block-mode database `build()` makes can have a twin for it: compiled from the same
expressions, kept compiled beside the cache, handed out by `twin()`; the guards scan the
twin wherever they have one. Where the binding is sound (`binding_sound`) a twin is a
speed-up, made once a database has scanned a few texts. Where it is not — the library of
`hyperscan` 0.7.23 to 0.9.1, vectorscan 5.4.12, misses some ends the system's libhs
reports (its double-shufti accelerator: `a[\t\n\x0b\x0c\r\x20]{1,3}…link` over a
docstring's `send the user a link` on its second line; VectorCamp/vectorscan#358, fixed
upstream after 5.4.12) — `build()` makes the twin with the database (compiled in a
thread while the binding compiles), so that no guard leaves its first texts to chance.
`build()` notes what a database was compiled from beside the cache (`<digest of the
database>.src`), for `twin()` to meet it again loaded from elsewhere (the injection
lexicon's own cache). No twin without `_hsmatch`, for a database `build()` never made,
or one libhs refuses: the binding scans it.

The directory is `$SECPROXY_CACHE_DIR`, else `$XDG_CACHE_HOME/secproxy/hyperscan`, else
`~/.cache/secproxy/hyperscan`; it is kept under `$SECPROXY_CACHE_MAX_BYTES` (256 MiB by
default) by removing the least recently used files when one is written (`prune`). A
serialised database suits the CPU it was compiled on; the digest includes the platform
so a shared home directory does not mix them.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
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
log = logging.getLogger("secproxy.guards")
_NOTICE_LOCK = threading.Lock()
_noticed = False


def compiling_notice() -> None:
    """Says once per process, at INFO, that the guards' databases are being compiled
    and where they will be kept: a first start on a machine (or after new rules)
    spends seconds of CPU here before anything listens, and said nothing before."""
    global _noticed
    if not log.hasHandlers():
        return  # before the command set its logging up (a module's import): said later
    with _NOTICE_LOCK:
        if _noticed:
            return
        _noticed = True
    log.info("compiling the guards' pattern databases (first start on this machine, or "
             "changed rules): seconds of CPU, once; kept in %s for the next starts",
             cache_dir())


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


_PROBES = (
    (rb"a[\t\n\x0b\x0c\r\x20]{1,3}(?:[0-9a-z_]{1,24}[\t\n\x0b\x0c\r\x20]{1,3})?(?:url|link)",
     b':\n    """send the user a link to reset', 29),
    (rb"a[\t\n\x0b\x0c\r\x20]{1,3}(?:[0-9a-z_]{1,24}[\t\n\x0b\x0c\r\x20]{1,3})?(?:url|link)",
     b"\n" + b"x" * 39 + b" a link", 47),
    (rb"(?:o[\t\n\x0b\x0c\r\x20]{1,3}|a[\t\n\x0b\x0c\r\x20]{1,3})(?:[0-9a-z_\x80-\xff]{1,24}"
     rb"[\t\n\x0b\x0c\r\x20]{1,3})?(?:url|webhook|servidor|site|link|endpoint)",
     b'importante:\n    """o webhook: envie', 28),
)
"""Expressions the binding's library is known to miss ends of (vectorscan 5.4.12's
double-shufti accelerator, VectorCamp/vectorscan#358: the injection lexicon's `pt.dest`
entry and smaller forms), each with a text and the end libhs and `re` find there."""
_SOUND: list[bool] = []


def binding_sound() -> bool:
    """Whether the binding finds the ends of `_PROBES` (checked once per process: a
    compile of three small expressions, a few milliseconds). Where it does not, every
    database `build()` makes has its twin from the start and the guards scan the twins
    (with `_hsmatch`); where it does, the binding's hits are the twins' and a twin is a
    speed-up made later (`twin()`), not worth a fresh machine's first start waiting for
    a second compile of every database."""
    if not _SOUND:
        _SOUND.append(_hs is None or all(_finds(*probe) for probe in _PROBES))
    return _SOUND[0]


def _finds(expression: bytes, text: bytes, end: int) -> bool:
    """Whether the binding reports `end` for `expression` in `text` (a binding that
    refuses the expression or the scan, or calls back otherwise than this one does, is
    taken for one that misses it)."""
    ends: list[int] = []
    try:
        db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
        db.compile(expressions=[expression], ids=[0], elements=1, flags=[0])
        db.scan(text, match_event_handler=lambda _i, _s, e, _f, _c: ends.append(e),
                scratch=_hs.Scratch(db))
    except Exception:  # _hs.error, or a binding of another API (a TypeError)
        return False
    return end in ends


def build(expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int] | int,
          mode: int | None = None) -> Any:
    """A block-mode database of `expressions`, from the cache when it holds one; where
    the binding is not sound (`binding_sound`), with its twin made (`build_twinned`)
    and kept for `twin()`. Compile errors are raised as Hyperscan raises them."""
    db, made = build_twinned(expressions, ids, flags, mode)
    if made is not None:
        per_object(_TWINS, _TWIN_LOCK, db, lambda _: made)
    return db


def build_twinned(expressions: Sequence[bytes], ids: Sequence[int],
                  flags: Sequence[int] | int, mode: int | None = None, *,
                  twin: bool | None = None) -> tuple[Any, Any]:
    """`build()`'s database and its twin (None without `_hsmatch`, outside block mode,
    when libhs refuses it, or when not asked for), the twin not kept for `twin()`: for a
    holder that keeps it itself (a scanner compiled per configuration goes with its
    configuration). `twin`: whether to make it (default: where the binding is not
    sound). Both from the cache when it holds them; compiled at once otherwise (both
    release the GIL: the first start on a machine waits for the slower of the two on a
    second core)."""
    assert _hs is not None
    mode = _hs.HS_MODE_BLOCK if mode is None else mode
    folder = cache_dir()
    path = folder / f"{_digest(expressions, ids, flags, mode)}.hsdb"
    payload = _payload(expressions, ids, flags) if _native is not None and \
        mode == _hs.HS_MODE_BLOCK else None
    wanted = payload is not None and (not binding_sound() if twin is None else twin)
    with contextlib.suppress(Exception):  # any unreadable or foreign file: compile instead
        blob = path.read_bytes()
        db = _hs.loadb(blob, mode=mode)
        db.scratch = _hs.Scratch(db)
        _used(path)
        if payload is None:
            return db, None
        _note_sources(blob, payload, folder)
        return db, _libhs(payload, folder) if wanted else None
    compiling_notice()
    made: list[Any] = []
    helper = None
    if payload is not None and wanted:
        helper = threading.Thread(target=_libhs_into, args=(made, payload, folder),
                                  daemon=True, name="secproxy-hs-twin")
        helper.start()
    try:
        db = _hs.Database(mode=mode)
        db.compile(expressions=list(expressions), ids=list(ids), elements=len(expressions),
                   flags=flags if isinstance(flags, int) else list(flags))
    finally:
        if helper is not None:
            helper.join()
    blob = bytes(_hs.dumpb(db))
    with contextlib.suppress(OSError):
        _write(path, blob)
    if payload is None:
        return db, None
    _note_sources(blob, payload, folder)
    return db, made[0] if made else None


def _write(path: Path, blob: bytes) -> None:
    """`blob` to `path` through a temporary file renamed into place (a reader never
    sees half a file); then the folder pruned to its bound (`prune`)."""
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
    prune(path.parent, keep=path)


DEFAULT_MAX_BYTES = 256 << 20
"""The cache folder's bound when `$SECPROXY_CACHE_MAX_BYTES` does not set one: a full set
of databases is ~30 MiB, so some eight configurations or upgrades are kept."""


def max_bytes() -> int:
    """The cache folder's bound in bytes (`$SECPROXY_CACHE_MAX_BYTES`, else
    `DEFAULT_MAX_BYTES`; an unreadable value is the default)."""
    with contextlib.suppress(ValueError):
        return max(0, int(os.environ.get("SECPROXY_CACHE_MAX_BYTES", DEFAULT_MAX_BYTES)))
    return DEFAULT_MAX_BYTES


def prune(folder: Path, keep: Path | None = None) -> None:
    """The least recently used files of `folder` removed until it holds at most
    `max_bytes()` (a load marks a file used: `_used`), `keep` never: every rule change,
    configuration or upgrade compiles new databases, and nothing else removes the old
    ones (a developer's folder had grown to 1.9 GB). A file removed while another
    process is about to read it costs that process a compile, nothing more."""
    limit = max_bytes()
    with contextlib.suppress(OSError):
        files = []
        total = 0
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(".") or not entry.is_file(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
                files.append((st.st_mtime, st.st_size, entry.path))
                total += st.st_size
        if total <= limit:
            return
        for _, size, name in sorted(files):
            if keep is not None and name == str(keep):
                continue
            with contextlib.suppress(OSError):
                os.unlink(name)
                total -= size
            if total <= limit:
                return


def _used(path: Path) -> None:
    """`path` marked used now (its modification time), for `prune` to keep it longest."""
    with contextlib.suppress(OSError):
        os.utime(path)


def read_sealed(path: Path, magic: bytes) -> Any:
    """The plain values `write_sealed` kept at `path` under `magic`; None when the file
    is missing, truncated, damaged or another kind's (its magic or SHA-256 differs)."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head, tail = blob[:len(magic) + 32], blob[len(magic) + 32:]
    if head != magic + hashlib.sha256(tail).digest():
        return None
    with contextlib.suppress(ValueError, EOFError, TypeError):
        values = marshal.loads(tail)
        _used(path)
        return values
    return None


def write_sealed(path: Path, magic: bytes, values: Any) -> None:
    """`values` (plain ones: `marshal`, which runs no code when read) kept at `path`
    after `magic` and their SHA-256, for `read_sealed`. A cache that cannot be written
    is only a slower start: nothing is raised."""
    with contextlib.suppress(OSError):
        payload = marshal.dumps(values)
        _write(path, magic + hashlib.sha256(payload).digest() + payload)


def _payload(expressions: Sequence[bytes], ids: Sequence[int],
             flags: Sequence[int] | int) -> bytes:
    """What a database is compiled from, as `.src` notes and twins' names keep it."""
    return marshal.dumps((list(expressions), list(ids),
                          flags if isinstance(flags, int) else list(flags)))


def _note_sources(blob: bytes, payload: bytes, folder: Path) -> None:
    """What the database serialised as `blob` was compiled from (`payload`), for
    `twin()` (which meets the database again loaded from elsewhere: the injection
    lexicon's own cache)."""
    path = folder / f"{hashlib.sha256(blob).hexdigest()}.src"
    if path.exists():
        return
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


def start_once(started: dict[int, tuple[Any, threading.Thread]], lock: threading.Lock,
               obj: Any, target: Callable[..., object], args: tuple[Any, ...],
               name: str) -> threading.Thread:
    """`target(*args)` in a daemon thread of its own, started at most once for `obj`
    (`started` is keyed by its id and keeps it, as `per_object`'s cache does); the
    thread, to join to wait. `lock` guards `started` only: not one a making holds."""
    with lock:
        got = started.get(id(obj))
        if got is not None and got[0] is obj:
            return got[1]
        thread = threading.Thread(target=target, args=args, daemon=True, name=name)
        started[id(obj)] = (obj, thread)
        thread.start()
        return thread


def twin(db: Any, folder: Path | None = None) -> Any:
    """`db`'s twin for `_hsmatch` (see the module), None when it has none. Compiled
    once per machine (seconds for the injection lexicon's largest), then loaded from
    `folder` (default: `cache_dir()`)."""
    return per_object(_TWINS, _TWIN_LOCK, db, lambda d: _make_twin(d, folder or cache_dir()))


def twinning() -> bool:
    """Whether databases have twins here (`_hsmatch` is built)."""
    return _native is not None and _hs is not None


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
        path = _sources_path(db, folder)
        src = path.read_bytes()
    except (OSError, _hs.error):
        return None
    _used(path)
    head, payload = src[:len(_SOURCES) + 32], src[len(_SOURCES) + 32:]
    if head != _SOURCES + hashlib.sha256(payload).digest():
        return None
    return _libhs(payload, folder)


def native(expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int]) -> Any:
    """`_hsmatch`'s block-mode database of `expressions`, loaded from the cache directory
    when kept there, else compiled and kept; None without `_hsmatch` or when libhs
    refuses it."""
    if _native is None:
        return None
    return _libhs(_payload(expressions, ids, flags), cache_dir())


def _libhs_into(out: list[Any], payload: bytes, folder: Path) -> None:
    """`_libhs`, its answer appended to `out` (a thread's target)."""
    out.append(_libhs(payload, folder))


def _libhs(payload: bytes, folder: Path) -> Any:
    """The libhs database of `payload` (`_payload`): loaded from `folder` when kept
    there, else compiled and kept; None when libhs refuses it."""
    try:
        expressions, ids, flags = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    h = hashlib.sha256(f"libhs {_native.HS_VERSION}|{platform.machine()}|".encode())
    h.update(payload)
    path = folder / f"{h.hexdigest()}.lhs"
    with contextlib.suppress(OSError, _native.error):
        loaded = _native.load(path.read_bytes())
        _used(path)
        return loaded
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
