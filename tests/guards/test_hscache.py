"""Compiled Hyperscan databases are kept on disk and loaded next time; a damaged cache
file is compiled again, never trusted."""

from __future__ import annotations

import os
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


def test_the_cache_is_kept_under_its_bound_least_recently_used_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECPROXY_CACHE_DIR", str(tmp_path))
    sets = [[b"alpha%d" % i, b"beta%d[xyz]" % i] for i in range(4)]
    hscache.build(sets[0], [1, 2], [0, 0])
    [first] = tmp_path.glob("*.hsdb")
    for exprs in sets[1:3]:
        hscache.build(exprs, [1, 2], [0, 0])
    files = [f for f in tmp_path.iterdir() if not f.name.startswith(".")]
    bound = sum(f.stat().st_size for f in files) + 1
    monkeypatch.setenv("SECPROXY_CACHE_MAX_BYTES", str(bound))
    for f in files:
        os.utime(f, (1, 1))  # all of them long unused …
    hscache.build(sets[0], [1, 2], [0, 0])  # … but the first set, loaded now
    hscache.build(sets[3], [1, 2], [0, 0])  # a fourth set: over the bound
    kept = [f for f in tmp_path.iterdir() if not f.name.startswith(".")]
    assert sum(f.stat().st_size for f in kept) <= bound
    assert first.exists()  # the set just used stays, an unused one went
    assert len(list(tmp_path.glob("*.hsdb"))) < 4
    assert matches(hscache.build(sets[3], [1, 2], [0, 0]), b"alpha3") == [(1, 6)]


def test_an_unreadable_bound_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECPROXY_CACHE_MAX_BYTES", "lots")
    assert hscache.max_bytes() == hscache.DEFAULT_MAX_BYTES
