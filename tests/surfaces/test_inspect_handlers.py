"""The execution handlers of `POST /execute` between their check and their run: what
changed on disk in between (a name linked to a file outside the roots) is refused when
the file is opened, not only when the call was prepared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from secproxy.config.inspect import HandlerSettings
from secproxy.surfaces.inspect import handlers


@pytest.mark.parametrize("tool", ["fs_read", "fs_write"])
async def test_a_hard_link_made_after_the_check_is_refused_at_the_open(tmp_path: Path,
                                                                     tool: str) -> None:
    root = tmp_path / "work"
    root.mkdir()
    (root / "notes.txt").write_text("inside")
    outside = tmp_path / "outside.txt"
    outside.write_text("outside secret")
    settings = HandlerSettings(fs_roots=[root])
    args = {"path": "notes.txt"} if tool == "fs_read" else {"path": "notes.txt",
                                                             "content": "overwritten"}
    prepared = handlers.prepare(tool, args, settings)
    (root / "notes.txt").unlink()  # swapped for a second name of the outside file
    os.link(outside, root / "notes.txt")
    with pytest.raises(handlers.HandlerRefused, match="2 hard links") as refused:
        await handlers.run(prepared, settings, addresses=None)
    assert refused.value.kind == "hard_link"
    assert outside.read_text() == "outside secret"
