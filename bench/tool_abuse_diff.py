"""Every hit of the `tool_abuse` guard over many tool calls, for speed work that must not
change what it finds (`bench/guards_diff.py` covers the content families, not this one).

    python bench/tool_abuse_diff.py dump OUT.json
    PYTHONPATH=/tmp/base python bench/tool_abuse_diff.py dump BASE.json   # another tree
    python bench/tool_abuse_diff.py compare BASE.json OUT.json [--show 5]

The calls: the main corpus (`tests/corpus/tool_abuse/*.jsonl`) and its development sets
`dev.jsonl` and `dev2.jsonl` (not the check sets, not the held-out batches); the
`bench/inspect_api.py` calls; and, from a fixed seed, calls made of pieces of those
(arguments mixed between calls, commands spliced, quoted, base64-encoded, reversed,
percent-encoded, under other tool names). Each call is made as the inspection API makes it
(its arguments as `tool_call` slots, the engine's normaliser making the views) and keyed by
a digest of its tool name and arguments; the dump holds each hit's kind, slot, span,
severity and message. Also printed: the guard's CPU seconds over all the calls.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import sys
import time
import urllib.parse
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

CORPUS = ROOT / "tests" / "corpus" / "tool_abuse"
SETS = [*sorted(CORPUS.glob("*.jsonl")), CORPUS / "dev" / "dev.jsonl",
        CORPUS / "dev" / "dev2.jsonl"]
TOOLS = ("shell", "bash", "exec", "run_command", "write_file", "read_file", "http", "fetch",
         "sql_query", "git", "npm", "delete_file", "move_file", "list_dir", "python", "kubectl")


def calls(mixes: int = 20000) -> list[tuple[str, dict[str, Any]]]:
    from inspect_api import CALLS

    base: list[tuple[str, dict[str, Any]]] = [
        (str(c["tool_name"]), json.loads(json.dumps(c["arguments"]))) for c in CALLS]
    for path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            base.append((d["tool"], d["arguments"]))
    rnd = random.Random(13)
    strings = [v for _, args in base for v in args.values() if isinstance(v, str)]
    out = list(base)
    for _ in range(mixes):
        tool, args = rnd.choice(base)
        args = dict(args)
        key = rnd.choice([*args, "command", "path", "url", "content", "query"])
        piece = rnd.choice(strings)
        how = rnd.randrange(8)
        if how == 0:
            piece = f"{rnd.choice(strings)[:80]}; {piece}"
        elif how == 1:
            piece = f"echo {base64.b64encode(piece.encode()).decode()} | base64 -d | sh"
        elif how == 2:
            piece = urllib.parse.quote(piece)
        elif how == 3:
            piece = f"echo '{piece[::-1]}' | rev | sh"
        elif how == 4:
            piece = json.dumps(piece)
        elif how == 5:
            piece = piece.upper()
        elif how == 6:
            args["method"] = rnd.choice(["GET", "POST", "DELETE", "PUT"])
        args[key] = piece
        if rnd.random() < 0.3:
            tool = rnd.choice(TOOLS)
        if rnd.random() < 0.1:
            args["argv"] = piece.split()[:8]
        out.append((tool, args))
    return out


def dump(path: Path) -> None:
    from secproxy.config import load_config
    from secproxy.config.guards import viewer_of
    from secproxy.content import Role, collect
    from secproxy.guards import GuardContext, registry
    from secproxy.model import Action, Direction, Surface, Target

    guard = registry.make("tool_abuse", "tool_abuse", {})
    viewer = viewer_of(load_config().config)
    found: dict[str, list[list[Any]]] = {}
    spent = 0.0
    for tool, arguments in calls():
        slots = collect(arguments, Role.TOOL_CALL)
        method = arguments.get("method")
        target = Target(tool=tool, method=method if isinstance(method, str) else None)
        action = Action(Surface.INSPECT, Direction.REQUEST, target=target, arguments=arguments,
                        slots=slots)
        ctx = GuardContext(action, viewer=viewer)
        start = time.process_time()
        hits = guard.inspect(slots, ctx)
        spent += time.process_time() - start
        assert isinstance(hits, list)
        key = hashlib.sha256(json.dumps([tool, arguments], sort_keys=True).encode()).hexdigest()
        found[key] = sorted([h.kind, h.slot, list(h.span or ()), str(h.severity), h.message]
                            for h in hits)
    path.write_text(json.dumps(found))
    print(f"{len(found)} calls, {sum(map(bool, found.values()))} with hits, "
          f"{sum(map(len, found.values()))} hits; guard CPU {spent:.2f} s")


def compare(old: Path, new: Path, show: int) -> int:
    a, b = json.loads(old.read_text()), json.loads(new.read_text())
    common = a.keys() & b.keys()
    differing = [k for k in sorted(common) if a[k] != b[k]]
    print(f"{len(common)} common calls ({len(a)} / {len(b)}), differing: {len(differing)}")
    for k in differing[:show]:
        print(f"  {k[:12]}: {a[k]} -> {b[k]}")
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("dump")
    p.add_argument("out", type=Path)
    p = sub.add_parser("compare")
    p.add_argument("old", type=Path)
    p.add_argument("new", type=Path)
    p.add_argument("--show", type=int, default=5)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out)
    else:
        raise SystemExit(compare(args.old, args.new, args.show))


if __name__ == "__main__":
    main()
