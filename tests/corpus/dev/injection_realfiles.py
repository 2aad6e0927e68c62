"""Real code and documentation a coding agent reads, scanned as tool results (issue #11):
the per-file false-positive rate of the injection family (and, measured beside it, of
pii and secrets) on Python files from this machine's site-packages and standard library
and on READMEs, Markdown, reST and text docs from site-packages and /usr/share/doc.

No file is copied into the repository (their licences are their own): the set is made
again from the machine's paths, the same on every run of one machine. Candidates are
sorted by a hash of their path and the first `--py` Python files and `--docs` docs taken;
the hash's parity puts each in the `tune` or the `check` half. Tune on `tune`; the
`check` half's figure is the honest one.

    python -m tests.corpus.dev.injection_realfiles [--half tune|check|all] [--family F]
        [--show N] [--copy DIR]

Prints, per half and kind (py, doc), the share of files with a finding of each family,
and the injection rules' labels by how many files they fired in; `--show N` lists the
first N flagged files with their findings' messages (tune half only).
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import os
import re
import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from secproxy.content import Role
from secproxy.guards import GuardPolicy, registry
from secproxy.scan import Scanner, ScanReport

SITE = glob.glob(os.path.join(sys.prefix, "lib", "python3*", "site-packages"))
STDLIB = sorted(glob.glob("/usr/lib/python3*/"))
DOC_ROOTS = ["/usr/share/doc", *SITE]
PY_ROOTS = [*SITE, *STDLIB]
SKIP_PARTS = frozenset({"secproxy", "tests", "test", "testing", "__pycache__", "idlelib",
                        "lib2to3", "site-packages-tests"})
"""Path parts never taken: secproxy itself, test suites (their data is made to trip
checkers), caches."""
DOC_NAMES = (".md", ".rst", ".txt")
MIN_BYTES, MAX_BYTES = 2 * 1024, 60 * 1024


def _key(path: str) -> bytes:
    return hashlib.sha256(path.encode()).digest()


def half_of(path: str) -> str:
    """`tune` or `check`, by the parity of the path's hash."""
    return "tune" if _key(path)[-1] % 2 == 0 else "check"


def _walk(roots: list[str]) -> Iterator[str]:
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in SKIP_PARTS and not d.endswith(
                (".dist-info", ".egg-info")) and d != "site-packages"]
            for f in files:
                yield os.path.join(folder, f)


def _sized(path: str) -> bool:
    try:
        return os.path.isfile(path) and MIN_BYTES <= os.path.getsize(path) <= MAX_BYTES
    except OSError:
        return False


def _is_doc(path: str) -> bool:
    name = os.path.basename(path).lower()
    return name.startswith("readme") or name.endswith(DOC_NAMES) and not name.startswith(
        ("license", "licence", "copying", "entry_points", "top_level", "requirements"))


def files(py: int, docs: int) -> list[tuple[str, str]]:
    """(kind, path) of the set: the first `py` Python files and `docs` docs by path hash."""
    pys = sorted({p for p in _walk(PY_ROOTS) if p.endswith(".py") and _sized(p)}, key=_key)
    dcs = sorted({p for p in _walk(DOC_ROOTS) if _is_doc(p) and _sized(p)}, key=_key)
    return [("py", p) for p in pys[:py]] + [("doc", p) for p in dcs[:docs]]


def _scanner(family: str) -> Scanner:
    guard = registry.make(family, family, {})
    guard.policy = GuardPolicy(action=registry.DEFAULT_ACTIONS.get(family, "block"))
    return Scanner([guard], role=Role.TOOL_RESULT)


def labels(message: str) -> list[str]:
    """The rule labels of an injection finding's message (`kind: a, b (score …)`)."""
    names = re.sub(r"learned \([^)]*\)", "learned", message.partition(": ")[2])
    return [n.strip() for n in names.rpartition(" (score")[0].split(", ") if n.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("tune", "check", "all"), default="all")
    parser.add_argument("--family", action="append",
                        help="families to measure (default: injection)")
    parser.add_argument("--py", type=int, default=800, help="Python files taken (both halves)")
    parser.add_argument("--docs", type=int, default=400, help="docs taken (both halves)")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--copy", help="copy the set's files into this folder too")
    args = parser.parse_args(argv)
    chosen = [(k, p) for k, p in files(args.py, args.docs)
              if args.half == "all" or half_of(p) == args.half]
    if args.copy:
        for _, p in chosen:
            dest = Path(args.copy, half_of(p), p.lstrip("/"))
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(p, dest)
    for family in args.family or ["injection"]:
        scanner = _scanner(family)
        flagged: dict[tuple[str, str], int] = Counter()
        total: dict[tuple[str, str], int] = Counter()
        rules: Counter[str] = Counter()
        shown = 0
        scores: list[float] = []
        for kind, path in chosen:
            report = ScanReport()
            text = Path(path).read_bytes().decode("utf-8", "replace")
            scanner.scan_text(text, path, report)
            half = half_of(path)
            total[half, kind] += 1
            if not report.findings:
                continue
            flagged[half, kind] += 1
            names = {n for f in report.findings for n in (
                labels(f.message) if family == "injection" else [f.kind])}
            rules.update(names)
            if shown < args.show and half == "tune":
                shown += 1
                print(f"-- {path}")
                for f in report.findings:
                    print(f"   {f.line}: {f.message}")
            if family == "injection":
                scores.append(max(float(f.message.rpartition("(score ")[2].split()[0])
                                  for f in report.findings))
        print(f"{family}: files with a finding")
        for half in ("tune", "check"):
            for kind in ("py", "doc"):
                n = total[half, kind]
                if n:
                    print(f"  {half:5} {kind:3} {flagged[half, kind]:4}/{n:<4} "
                          f"{flagged[half, kind] / n:6.1%}")
            n = total[half, "py"] + total[half, "doc"]
            if n:
                got = flagged[half, "py"] + flagged[half, "doc"]
                print(f"  {half:5} all {got:4}/{n:<4} {got / n:6.1%}")
        if scores:
            cuts = (1.5, 2.0, 3.0, 5.0)
            print("  top score: " + ", ".join(
                f"<{c:g} {sum(x < c for x in scores)}" for c in cuts) + f", all {len(scores)}")
        print("  by rule (files): " + ", ".join(f"{r} {c}" for r, c in rules.most_common(25)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
