"""Files the proxy creates for itself: private (0600) whatever the umask or the state
directory's mode, since they hold the audit trail, principal state and keys."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def create_private(path: Path) -> None:
    """Make sure `path` exists with mode 0600, tightening it (and a SQLite database's
    -wal and -shm files beside it) when it was made more open."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            if p.stat().st_mode & 0o077:
                os.chmod(p, 0o600)


MASK_KEY = "mask.key"
"""The key of the installation's deterministic masks, in the state directory."""


def load_or_create_key(path: Path, size: int = 32) -> bytes:
    """The random key kept in `path` (mode 0600), made on first use. A file of the wrong
    size is an error (OSError), never silently replaced: masks would stop matching."""
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        create_private(path)
        key = os.urandom(size)
        fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
        try:
            os.write(fd, key)
            os.fsync(fd)
        finally:
            os.close(fd)
        return key
    if len(key) != size:
        raise OSError(f"{path} holds {len(key)} bytes, not a {size}-byte key")
    return key
