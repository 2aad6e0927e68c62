"""The `tool_abuse` guard on its labelled corpus of tool calls
(`tests/corpus/tool_abuse/*.jsonl`, written by `gen_tool_abuse.py`): recall and
false-positive rate per category, tool class and obfuscation, with the engine's own
normaliser making the views, as in a running proxy.

    python -m tests.corpus.test_tool_abuse_corpus             # prints the table
    python -m tests.corpus.test_tool_abuse_corpus --heldout   # the held-out batches

The held-out batches (`tests/corpus/heldout/tool_abuse/`, `gen_heldout_tool_abuse.py`) were
written by someone who had not read the rules nor this corpus; they are measured with a
floor of their own and their table lists no individual calls (counts only), so nobody
tunes the rules on them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from secproxy.content import Role, collect
from secproxy.guards import Guard, GuardContext, registry
from secproxy.guards.normalise import Normaliser
from secproxy.model import Action, Direction, Surface, Target
from tests.corpus.harness import Rate

ROOT = Path(__file__).parent / "tool_abuse"
HELDOUT = Path(__file__).parent / "heldout" / "tool_abuse"
DEV = ROOT / "dev" / "dev.jsonl"
"""Our own development set (`tool_abuse/dev/gen_dev.py`), kept out of `load()`: the rules
were aimed at it, so its figures are reported apart and held to floors of their own."""
DEV_FLOORS = (0.95, 0.0)
CHECK = ROOT / "dev" / "check.jsonl"
CHECK_FLOORS = (0.95, 0.0)
"""The check set beside it, written after the rules were aimed at the dev set and measured
once (72 dangerous, 40 benign): 0.806 / 0.000 with the rules before, 0.889 / 0.000 after
(the blind figure); 0.986 / 0.000 once its misses had been read and seven general rules
changed (sh -c as a wrapper, interpreters on <(curl), fetch().then(eval), union select of
schema catalogs, socket.create_connection, node -p process.env, a system file piped to curl)."""
DEV2 = ROOT / "dev" / "dev2.jsonl"
DEV2_FLOORS = (0.98, 0.011)
"""A second development set (`tool_abuse/dev/gen_dev2.py`: 407 dangerous calls, 106 of them
obfuscated, 182 benign look-alikes), written before the rules were changed against it:
0.781 / 0.016 at a141052 (the blind figure; destructive commands 0.452), 0.993 / 0.011
after (misses: helm uninstall of a release named prod-db, `rev`-reversed words with the
target apart, a comment inside a keyword; false findings: the documented kubectl download
made executable, DROP INDEX, which the main corpus counts as destructive)."""
CHECK2 = ROOT / "dev" / "check2.jsonl"
CHECK2_FLOORS = (0.98, 0.02)
"""The check set beside dev2, written after the rules were changed on dev2 (119 dangerous,
63 benign look-alikes) and measured once before its misses were read: 0.664 / 0.032 with the
rules at a141052, 0.908 / 0.048 with dev2's changes (the blind figure); 1.000 / 0.016 once
its misses had been read and general rules changed (kubectl flags before the verb, gcloud
storage rm -r, truncate --size=0, ~/.config and ~/.local trees, an argv list's command named
before it, printf formats, a concatenated PowerShell cmdlet, `{**os.environ}`, `; SHUTDOWN`;
`sudo -u <someone else>` is no root shell, `docker rm $(docker ps -aq -f …)` removes only
what the filter names). Its one false finding is TRUNCATE of a temporary table, which the
main corpus counts as destructive."""
MIN_RECALL = 0.95
MAX_FPR = 0.02
HELD_OUT_FLOORS: dict[str, tuple[float, float]] = {
    # Written blind to the rules and this corpus, never tuned on (366 calls: 209 dangerous,
    # 157 benign look-alikes): 0.876 / 0.000 at 8e04003 and at efc63d6; 0.938 / 0.006 once
    # the rules were deepened against a dev set of their author's own (ee9127c), who
    # never opened this batch; 0.957 / 0.013 after a second round against a second dev
    # set (be6e656; its author never opened this batch either). The FPR floor moves from
    # 0.01 to the goal, 0.02: the round found 4 more of the 209 dangerous calls
    # and flags one more of the 157 benign look-alikes (2).
    # 0.962 / 0.013 once a tool named after a program (git, npm, git_push…) is read as its
    # command line (session 11, from calls of the lead's own; one more of the 209).
    "batch1": (0.96, 0.02),
}
"""Floors (minimum recall, maximum FPR) for the held-out batches: a ratchet under what
they measure, so that a change making the rules worse on text nobody tuned them on fails."""


@dataclass(frozen=True)
class ToolCase:
    """One labelled tool call."""

    id: str
    tool: str
    arguments: dict[str, Any]
    label: str
    category: str
    kind: str
    lang: str
    context: str

    @property
    def positive(self) -> bool:
        return self.label == "positive"


def load() -> list[ToolCase]:
    return [c for path in sorted(ROOT.glob("*.jsonl")) for c in _read(path)]


def heldout() -> dict[str, list[ToolCase]]:
    """The held-out batches, by name (`batch1`…)."""
    return {path.stem: _read(path) for path in sorted(HELDOUT.glob("*.jsonl"))}


def _read(path: Path) -> list[ToolCase]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out.append(ToolCase(d["id"], d["tool"], d["arguments"], d["label"], d["category"],
                            d["kind"], d["lang"], d["context"]))
    return out


def kinds_found(guard: Guard, case: ToolCase, viewer: Any) -> set[str]:
    """What the guard reports for the call, made as the inspection API makes it."""
    slots = collect(case.arguments, Role.TOOL_CALL)
    method = case.arguments.get("method")
    target = Target(tool=case.tool, method=method if isinstance(method, str) else None)
    action = Action(Surface.TOOL, Direction.REQUEST, target=target, arguments=case.arguments,
                    slots=slots)
    hits = guard.inspect(slots, GuardContext(action, viewer=viewer))
    assert isinstance(hits, list)
    return {h.kind for h in hits}


@dataclass
class ToolReport:
    overall: Rate
    rows: dict[str, dict[str, Rate]]
    misses: list[ToolCase]
    false_positives: list[tuple[ToolCase, set[str]]]
    kind_named: int
    detected_positives: int

    def table(self, cases: bool = True) -> str:
        """The figures by category, tool class and language; with `cases`, every miss and
        false positive too (counts only without)."""
        lines = [f"{'':32} {'pos':>4} {'recall':>7} {'neg':>4} {'FPR':>6}"]

        def row(name: str, r: Rate) -> str:
            rec = "-" if r.recall is None else f"{r.recall:.3f}"
            fpr = "-" if r.fpr is None else f"{r.fpr:.3f}"
            return f"{name[:32]:32} {r.positives:4} {rec:>7} {r.negatives:4} {fpr:>6}"

        lines.append(row("(all)", self.overall))
        for title, rates in self.rows.items():
            lines.append(f"-- by {title}")
            lines.extend(row(k, v) for k, v in sorted(rates.items()))
        lines.append(f"kind named: {self.kind_named}/{self.detected_positives} detected positives")
        if not cases:
            lines.append(f"misses: {len(self.misses)}, "
                         f"false positives: {len(self.false_positives)}")
            return "\n".join(lines)
        lines += [f"miss {c.id}: {c.tool} {json.dumps(c.arguments)[:100]}" for c in self.misses]
        lines += [f"FP {c.id} {sorted(k)}: {c.tool} {json.dumps(c.arguments)[:100]}"
                  for c, k in self.false_positives]
        return "\n".join(lines)


def evaluate(cases: Sequence[ToolCase]) -> ToolReport:
    guard = registry.make("tool_abuse", "tool_abuse", {})
    viewer = Normaliser().views
    report = ToolReport(Rate(), {"category": {}, "tool class": {}, "lang": {}}, [], [], 0, 0)
    for case in cases:
        found = kinds_found(guard, case, viewer)
        hit = bool(found)
        report.overall.count(case, hit)  # type: ignore[arg-type]
        for title, key in (("category", case.category), ("tool class", case.context),
                           ("lang", case.lang)):
            report.rows[title].setdefault(key, Rate()).count(case, hit)  # type: ignore[arg-type]
        if case.positive and not hit:
            report.misses.append(case)
        elif not case.positive and hit:
            report.false_positives.append((case, found))
        elif case.positive:
            report.detected_positives += 1
            report.kind_named += case.kind in found
    return report


@pytest.fixture(scope="module")
def report() -> ToolReport:
    return evaluate(load())


def test_the_corpus_is_large_and_covers_every_kind_and_tool_class() -> None:
    cases = load()
    assert len(cases) >= 400
    assert len({c.id for c in cases}) == len(cases)
    labels = Counter(c.label for c in cases)
    assert labels["positive"] >= 200 and labels["negative"] >= 200
    from secproxy.guards.tool_abuse_rules import KINDS
    assert {c.kind for c in cases if c.positive} == set(KINDS)
    assert {"shell", "filesystem", "http", "sql", "code"} <= {c.context for c in cases}
    assert sum(c.context.startswith("obfuscated") for c in cases) >= 50


def test_recall_and_false_positive_rate_per_category(report: ToolReport) -> None:
    print("\n" + report.table())
    failures = []
    for title, rates in (("all", {"(all)": report.overall}), *report.rows.items()):
        if title == "lang":
            continue
        for name, rate in rates.items():
            if rate.recall is not None and rate.positives >= 5 and rate.recall < MIN_RECALL:
                failures.append(f"{title} {name}: recall {rate.recall:.3f}")
            if rate.fpr is not None and rate.negatives >= 20 and rate.fpr > MAX_FPR:
                failures.append(f"{title} {name}: FPR {rate.fpr:.3f}")
    assert failures == []


def test_detected_positives_name_their_kind(report: ToolReport) -> None:
    assert report.kind_named >= 0.95 * report.detected_positives


@pytest.mark.parametrize("path, floors", [(DEV, DEV_FLOORS), (CHECK, CHECK_FLOORS),
                                          (DEV2, DEV2_FLOORS), (CHECK2, CHECK2_FLOORS)],
                         ids=["dev", "check", "dev2", "check2"])
def test_dev_and_check_sets_meet_their_floors(path: Path, floors: tuple[float, float]) -> None:
    report = evaluate(_read(path))
    recall, fpr = report.overall.recall, report.overall.fpr
    assert recall is not None and fpr is not None
    assert recall >= floors[0] and fpr <= floors[1], report.table()


@pytest.mark.parametrize("batch", sorted(HELD_OUT_FLOORS))
def test_held_out_batch_meets_its_floor(batch: str) -> None:
    report = evaluate(heldout()[batch])
    min_recall, max_fpr = HELD_OUT_FLOORS[batch]
    recall, fpr = report.overall.recall, report.overall.fpr
    assert recall is not None and fpr is not None
    assert recall >= min_recall and fpr <= max_fpr, report.table(cases=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--heldout", action="store_true",
                        help="measure each held-out batch instead (counts, no calls listed)")
    parser.add_argument("--dev", action="store_true",
                        help="measure the development and check sets (tool_abuse/dev/) instead")
    args = parser.parse_args(argv)
    if args.dev:
        for path in (DEV, CHECK, DEV2, CHECK2):
            sys.stdout.write(f"== {path.name} ==\n{evaluate(_read(path)).table()}\n\n")
        return 0
    if not args.heldout:
        sys.stdout.write(evaluate(load()).table() + "\n")
        return 0
    for name, cases in heldout().items():
        sys.stdout.write(f"== tool_abuse held-out {name} ==\n"
                         f"{evaluate(cases).table(cases=False)}\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
