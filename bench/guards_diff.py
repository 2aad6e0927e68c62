"""Differential check of the content guards: the findings of the code at a base commit
beside those of the working tree, on the same rules and data, for speed work that must
not change what the guards find.

    python bench/guards_diff.py dump OUT.json [--base COMMIT]
    python bench/guards_diff.py compare OLD.json NEW.json [--show N]
    python bench/guards_diff.py live [--base COMMIT] [--show N]

`dump` runs every family's guard (built as `registry.make` does, default settings, the
normaliser's views) over every case of `tests/corpus/` — each case through every family,
as the user's text and, for fetched content, as a tool result — and over the texts of
`bench/guards.py` (1 KB, 4 KB and 64 KB; as the user's text and as a tool result), and
writes each guard's hits (family, category, kind, slot, span, severity, message,
replacement) per input. Inputs are keyed by a digest of their text and role, so two dumps
compare even when the corpus gained or lost cases in between.

`--base COMMIT` loads the guard modules this speed work touches (`MODULES`) as they were
at COMMIT instead of the working tree's, everything else (rules, lexicons, data, the
corpus) from the working tree: the old matchers on the current rules, in one process.
`live` does both in one run (two processes) and compares.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

MODULES = ("injection", "lexicon_cache", "hscache", "scanner", "literals", "patterns",
           "secrets", "secrets_checks", "secrets_generic", "pii", "pii_checks",
           "pii_numbers", "encoding", "encoding_payloads", "toxicity", "toxicity_frames",
           "toxicity_lexicon", "normalise", "folding", "decoding", "length")
"""`secproxy.guards.<name>` modules a `--base` run takes from the base commit (the
speed work's files; not the rule tables other work edits)."""
FAMILIES = ("injection", "secrets", "pii", "encoding", "toxicity")
BASE = "e7463ef"
"""The commit the speed work started from."""


class _BaseFinder(importlib.abc.MetaPathFinder):
    """Finds `secproxy.guards.<name>` for the names in `sources` in a folder of files
    written from the base commit."""

    def __init__(self, folder: Path, names: set[str]):
        self.folder = folder
        self.names = names

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType |
                  None = None) -> importlib.machinery.ModuleSpec | None:
        prefix, _, name = fullname.rpartition(".")
        if prefix != "secproxy.guards" or name not in self.names:
            return None
        return importlib.util.spec_from_file_location(fullname, self.folder / f"{name}.py")


def use_base(commit: str) -> Path:
    """Make the next imports of `MODULES` load their text at `commit`; returns the
    folder holding those texts (the caller removes it)."""
    folder = Path(tempfile.mkdtemp(prefix="guards-base-"))
    names = set()
    for name in MODULES:
        got = subprocess.run(["git", "-C", str(ROOT), "show",
                              f"{commit}:secproxy/guards/{name}.py"],
                             capture_output=True, check=False)
        if got.returncode == 0:
            (folder / f"{name}.py").write_bytes(got.stdout)
            names.add(name)
    assert not any(k.startswith("secproxy.guards.") for k in sys.modules), \
        "use_base() must run before secproxy.guards modules are imported"
    sys.meta_path.insert(0, _BaseFinder(folder, names))
    return folder


def inputs() -> Iterator[tuple[str, str, str]]:
    """(key, role name, text) of every input: corpus cases, then the bench texts."""
    import guards as bench  # bench/guards.py

    from tests.corpus.cases import load
    from tests.corpus.harness import ROLE_OF_CONTEXT

    seen: set[str] = set()

    def item(role: str, text: str) -> Iterator[tuple[str, str, str]]:
        key = hashlib.sha256(f"{role}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()[:20]
        if key not in seen:
            seen.add(key)
            yield key, role, text

    for case in load():
        role = ROLE_OF_CONTEXT.get(case.context)
        yield from item("user", case.text)
        if role is not None:
            yield from item("tool_result", case.text)
    for size, count in ((1024, 64), (4096, 64), (65536, 16)):
        for text in bench.texts(size, count):
            yield from item("user", text)
            yield from item("tool_result", text)


def dump(out: Path) -> None:
    from secproxy.content import Role, Slot
    from secproxy.guards import GuardContext, registry
    from secproxy.guards.normalise import Normaliser
    from secproxy.model import Action, Direction, Surface

    guards = [registry.make(f, f, {}) for f in FAMILIES]
    viewer = Normaliser().views
    roles = {"user": Role.USER, "tool_result": Role.TOOL_RESULT}
    result: dict[str, Any] = {}
    spent = dict.fromkeys(FAMILIES, 0.0)
    for key, role, text in inputs():
        slots = [Slot(roles[role], text)]
        ctx = GuardContext(Action(Surface.LLM, Direction.REQUEST, content=text, slots=slots),
                           viewer=viewer)
        ctx.views(0, text)
        row = {}
        for guard in guards:
            t0 = time.process_time()
            hits = guard.inspect(slots, ctx)
            spent[guard.family] += time.process_time() - t0
            assert isinstance(hits, list)
            row[guard.family] = sorted(
                [h.category, h.kind, h.slot, list(h.span) if h.span else None,
                 str(h.severity), h.message, h.replacement] for h in hits)
        result[key] = {"role": role, "text": text[:120], "len": len(text), "hits": row}
    out.write_text(json.dumps({"inputs": result, "cpu_seconds": spent}, ensure_ascii=False))
    based = sorted(n for n in MODULES if isinstance(getattr(sys.modules.get(
        f"secproxy.guards.{n}"), "__spec__", None), importlib.machinery.ModuleSpec) and
        "guards-base-" in str(sys.modules[f"secproxy.guards.{n}"].__file__))
    if based:
        print(f"from the base commit: {', '.join(based)}", file=sys.stderr)
    print(f"{len(result)} inputs; CPU seconds per family: "
          + ", ".join(f"{f} {s:.2f}" for f, s in spent.items()), file=sys.stderr)


def compare(old_path: Path, new_path: Path, show: int) -> int:
    old = json.loads(old_path.read_text())
    new = json.loads(new_path.read_text())
    a, b = old["inputs"], new["inputs"]
    common = sorted(set(a) & set(b))
    print(f"inputs: {len(a)} old, {len(b)} new, {len(common)} in both")
    differ = 0
    per_family: dict[str, int] = dict.fromkeys(FAMILIES, 0)
    shown = 0
    for key in common:
        for family in FAMILIES:
            x = a[key]["hits"].get(family, [])
            y = b[key]["hits"].get(family, [])
            if x == y:
                continue
            differ += 1
            per_family[family] += 1
            if shown < show:
                shown += 1
                print(f"-- {family} {a[key]['role']} len {a[key]['len']}: "
                      f"{a[key]['text']!r}")
                for h in x:
                    if h not in y:
                        print(f"   old only: {h}")
                for h in y:
                    if h not in x:
                        print(f"   new only: {h}")
    for name, got in (("old", old), ("new", new)):
        print(f"CPU seconds ({name}): " + ", ".join(
            f"{f} {s:.2f}" for f, s in got["cpu_seconds"].items()))
    print("differing (input, family) pairs: " + (", ".join(
        f"{f} {n}" for f, n in per_family.items() if n) or "none"))
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write every finding to a JSON file")
    d.add_argument("out", type=Path)
    d.add_argument("--base", help="take the speed work's modules from this commit")
    c = sub.add_parser("compare", help="compare two dumps")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--show", type=int, default=20)
    live = sub.add_parser("live", help="dump at --base and at the working tree, compare")
    live.add_argument("--base", default=BASE)
    live.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    if args.command == "dump":
        folder = use_base(args.base) if args.base else None
        try:
            dump(args.out)
        finally:
            if folder is not None:
                for f in folder.iterdir():
                    f.unlink()
                folder.rmdir()
        return 0
    if args.command == "compare":
        return compare(args.old, args.new, args.show)
    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp) / "old.json", Path(tmp) / "new.json"
        me = [sys.executable, str(Path(__file__).resolve()), "dump"]
        env = dict(os.environ)
        subprocess.run([*me, str(old), "--base", args.base], check=True, env=env)
        subprocess.run([*me, str(new)], check=True, env=env)
        return compare(old, new, args.show)


if __name__ == "__main__":
    raise SystemExit(main())
