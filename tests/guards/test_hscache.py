"""Compiled Hyperscan databases are kept on disk and loaded next time; a damaged cache
file is compiled again, never trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

hyperscan = pytest.importorskip("hyperscan")

from secproxy.guards import hscache  # noqa: E402


def matches(db: object, data: bytes) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    db.scan(data, match_event_handler=lambda i, f, t, fl, c: out.append((i, t)))  # type: ignore[attr-defined]
    return out


def test_compiled_once_then_loaded_and_a_damaged_file_recompiled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECPROXY_CACHE_DIR", str(tmp_path))
    exprs, ids, flags = [b"foo", b"ba[rz]"], [1, 2], [0, 0]
    first = hscache.build(exprs, ids, flags)
    [cached] = list(tmp_path.glob("*.hsdb"))
    assert matches(first, b"xx foo baz") == [(1, 6), (2, 10)]
    again = hscache.build(exprs, ids, flags)
    assert again is not first and matches(again, b"xx foo baz") == [(1, 6), (2, 10)]
    other = hscache.build([b"qux"], [1], [0])  # other expressions: another file
    assert len(list(tmp_path.glob("*.hsdb"))) == 2 and matches(other, b"qux") == [(1, 3)]
    cached.write_bytes(b"not a database")
    repaired = hscache.build(exprs, ids, flags)
    assert matches(repaired, b"foo") == [(1, 3)]
    assert cached.read_bytes() != b"not a database"


def test_an_unwritable_cache_only_costs_a_compile(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("SECPROXY_CACHE_DIR", str(blocker / "sub"))
    db = hscache.build([b"foo"], [7], [0])
    assert matches(db, b"a foo") == [(7, 5)]
