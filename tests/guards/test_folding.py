"""The folding tables are built once per machine: kept in the cache directory, read by
the next process, built again when the file is damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from secproxy.guards import folding, hscache


def _fields(t: folding.FoldTables) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in folding.FoldTables.__slots__:
        value = getattr(t, name)
        if name == "present":
            value = [value.found(text) for text in ("abc", "pаss", "a\u200bb", "ﬁ", "ä")]
        elif isinstance(value, dict):
            value = list(value.items())
        out[name] = getattr(value, "pattern", value)
    return out


def test_tables_are_kept_read_back_and_a_damaged_file_rebuilt(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECPROXY_CACHE_DIR", str(tmp_path))
    built = folding.fold_tables.__wrapped__()
    [kept] = tmp_path.glob("fold-*.tables")
    assert _fields(folding.fold_tables.__wrapped__()) == _fields(built)

    # What the file holds is what the next process uses (shown with a marked copy).
    stored = folding._stored(built)
    marked = ({**stored[0], "\u2603": "snowman"}, *stored[1:])
    hscache.write_sealed(kept, folding._TABLES_MAGIC, marked)
    assert folding.fold_tables.__wrapped__().always["\u2603"] == "snowman"

    kept.write_bytes(kept.read_bytes()[:-10])
    rebuilt = folding.fold_tables.__wrapped__()
    assert "\u2603" not in rebuilt.always and _fields(rebuilt) == _fields(built)
    assert _fields(folding.fold_tables()) == _fields(built)  # the process's own tables
