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
