"""`secproxy scan`'s core: the proxy's content guards run over files or stdin.

The same guards, normaliser, masks and allowlist as in traffic (`guards:` of a config,
or every built-in family with its defaults), so a false positive found and allowed
while tuning with `scan` is allowed in the proxy too. Findings carry their place
(path, line and column, from and to) and a fingerprint, never the text they found.

Files are read as UTF-8 (undecodable bytes replaced); a compressed file or an archive
(gzip, bzip2, xz, zlib, tar, zip) is read through, each member as `archive!member`;
other binary files (a NUL byte in the first 8 KiB), files over the size bound and the
usual tool directories (`.git`, `node_modules`, virtual environments…) are skipped and
counted. A large file is
scanned in pieces cut at line ends, so one guard call stays bounded.
"""

from __future__ import annotations

import bisect
import fnmatch
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from secproxy.content import Role, Slot
from secproxy.guards import SEVERITY_RANK, Guard, GuardContext, Masker, Viewer, raw_view
from secproxy.guards.allow import Allowlist
from secproxy.guards.unpacking import members, opens
from secproxy.model import Action, Direction, Severity, Surface

SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__",
                       ".mypy_cache", ".ruff_cache", ".pytest_cache", ".tox", "dist", "build"})
"""Directories never walked into (name them as paths to scan them anyway)."""
PIECE = 256 * 1024
"""Characters per guard call for large files (cut at a line end)."""
STDIN = "-"


@dataclass(frozen=True, slots=True)
class ScanFinding:
    """One thing found, where, and how to allow it if it is a false positive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    guard: str
    family: str
    category: str
    kind: str
    severity: Severity
    message: str
    fingerprint: str

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path, "line": self.line, "column": self.column,
            "end_line": self.end_line, "end_column": self.end_column, "guard": self.guard,
            "family": self.family, "category": self.category, "kind": self.kind,
            "severity": str(self.severity), "message": self.message,
            "fingerprint": self.fingerprint,
        }


@dataclass
class ScanReport:
    """Everything one scan found and what it skipped."""

    findings: list[ScanFinding] = field(default_factory=list)
    files: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    """Why files were not scanned → how many (`binary`, `too large`, `unreadable`)."""
    allowed: int = 0
    """Hits dropped by the allowlist."""

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


@dataclass
class Scanner:
    """Runs guards over texts and files."""

    guards: Sequence[Guard]
    viewer: Viewer = raw_view
    masker: Masker = field(default_factory=Masker)
    allow: Allowlist = field(default_factory=Allowlist)
    min_severity: Severity = Severity.INFO
    role: Role = Role.BODY
    max_bytes: int = 10 * 1024 * 1024
    exclude: Sequence[str] = ()

    def scan_text(self, text: str, path: str, report: ScanReport) -> None:
        """Add what the guards find in `text` (from `path`) to `report`."""
        lines = _line_starts(text)
        at = 0
        while at < len(text):
            end = _piece_end(text, at)
            self._scan_piece(text[at:end], at, path, lines, report)
            at = end

    def _scan_piece(self, piece: str, base: int, path: str, lines: list[int],
                    report: ScanReport) -> None:
        action = Action(Surface.TOOL, Direction.RESPONSE, content=piece)
        slots = [Slot(self.role, piece)]
        ctx = GuardContext(action, viewer=self.viewer)
        floor = SEVERITY_RANK[self.min_severity]
        seen: set[tuple[str, int, int, str]] = set()
        for guard in self.guards:
            result = guard.inspect(slots, ctx)
            if not isinstance(result, list):  # an async guard: not for files
                close = getattr(result, "close", None)
                if close is not None:
                    close()
                continue
            guard_floor = max(floor, SEVERITY_RANK[guard.policy.min_severity])
            for hit in result:
                if SEVERITY_RANK[hit.severity] < guard_floor:
                    continue
                start, end = hit.span if hit.span is not None else (0, 0)
                kind = hit.kind or hit.category
                key = (guard.name, start, end, kind)
                if key in seen:
                    continue
                seen.add(key)
                found = piece[start:end]
                fingerprint = self.masker.fingerprint(kind, found)
                if self.allow and self.allow.allows(guard.name, kind, found, fingerprint, path):
                    report.allowed += 1
                    continue
                line, column = _place(lines, base + start)
                end_line, end_column = _place(lines, base + max(start, end - 1))
                report.findings.append(ScanFinding(
                    path, line, column, end_line, end_column + (1 if end > start else 0),
                    guard.name, guard.family, hit.category, kind, hit.severity, hit.message,
                    fingerprint))

    def scan_paths(self, paths: Sequence[str]) -> ScanReport:
        """Scan files, directories (walked) and `-` (stdin)."""
        report = ScanReport()
        for name in paths:
            if name == STDIN:
                report.files += 1
                self.scan_text(sys.stdin.read(), "<stdin>", report)
                continue
            root = Path(name)
            for file in self._walk(root):
                self._scan_file(file, report, named=file is root)
        report.findings.sort(key=lambda f: (f.path, f.line, f.column, f.guard))
        return report

    def _walk(self, root: Path) -> Iterator[Path]:
        if not root.is_dir():
            yield root
            return
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS
                             and not self._excluded(os.path.join(folder, d)))
            for f in sorted(files):
                full = os.path.join(folder, f)
                if not self._excluded(full):
                    yield Path(full)

    def _excluded(self, path: str) -> bool:
        return any(fnmatch.fnmatchcase(path, p) or fnmatch.fnmatchcase(os.path.basename(path), p)
                   for p in self.exclude)

    def _scan_file(self, file: Path, report: ScanReport, *, named: bool = False) -> None:
        """One file; in a walked directory, only regular ones (a FIFO there would wait
        for a writer forever, a device never end); one named on the command line is
        read whatever it is (`<(command)`, `/dev/stdin`), at most `max_bytes` of it."""
        try:
            info = file.stat()
            if not named and not stat.S_ISREG(info.st_mode):
                report.skip("not a regular file")
                return
            if info.st_size > self.max_bytes:
                report.skip("too large")
                return
            data = read_named(file, self.max_bytes)
        except OSError:
            report.skip("unreadable")
            return
        if not data and not stat.S_ISREG(info.st_mode):
            report.skip("nothing written")
            return
        if len(data) > self.max_bytes:
            report.skip("too large")
            return
        if opens(data):  # tar, gzip, bzip2, xz, tar.gz, zip…: what it holds, member by member
            got = members(data, self.max_bytes)
            if got is None:
                report.skip("compressed, nothing readable")
                return
            for name, body in got[1]:
                report.files += 1
                self.scan_text(body.decode("utf-8", "replace"),
                               f"{file}!{name}" if name else str(file), report)
            return
        if b"\0" in data[:8192]:
            report.skip("binary")
            return
        report.files += 1
        self.scan_text(data.decode("utf-8", "replace"), str(file), report)


def read_named(path: Path, limit: int) -> bytes:
    """At most `limit` + 1 bytes of a file named on the command line. A FIFO is opened
    without waiting for a writer: one with none reads as empty (the caller says so)
    instead of holding the command forever; `<(command)` and a terminal read as before."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        os.set_blocking(fd, True)
        return handle.read(limit + 1)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    at = find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = find("\n", at + 1)
    return starts


def _place(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = bisect.bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line] + 1


def _piece_end(text: str, at: int) -> int:
    end = at + PIECE
    if end >= len(text):
        return len(text)
    cut = text.rfind("\n", at, end)
    return cut + 1 if cut > at else end
