"""Every toxicity dev set in one run (session 19, T): the main corpus, the halves of
`toxicity_weak`, `toxicity_tools` (and its `--contexts`) and `toxicity_blind8`, the team's
sets in `tests/corpus/toxicity/dev/`, and the other families' corpus texts read as
ordinary text; recall / FPR of each, and the recall pooled over the sets never tuned on
(`POOLED`). Figures only: no text of a set is printed (the check sets are run, never
read). The lead's `toxicity_check7*` and the held-out batches are not among them.

    python -m tests.corpus.dev.toxicity_sets [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from tests.corpus.cases import FAMILIES, ROOT, Case, _read, load
from tests.corpus.dev import toxicity_blind8, toxicity_tools, toxicity_weak
from tests.corpus.harness import evaluate, make_guards

TEAM_SETS = ("dev", "check", "final", "blind", "blind2", "check2", "check3", "blind3",
             "check4", "blind4", "check5", "check6", "tools9", "tools9_check", "weak16",
             "weak16_check", "carriers8", "carriers8_check")
POOLED = ("blind8_run", "weak_blind", "tools_blind", "check3", "check4", "check6",
          "carriers8_check", "tools9_check", "weak16_check")
"""The sets never tuned on (as of session 19), whose abusive texts are pooled."""


def sets() -> dict[str, list[Case]]:
    """Each set's name and cases, in the order printed."""
    out = {"main": load("toxicity")}
    for half in ("tune", "blind"):
        out[f"weak_{half}"] = toxicity_weak.cases(half)
        out[f"tools_{half}"] = toxicity_tools.cases(half)
        out[f"tools_ctx_{half}"] = toxicity_tools.context_cases(half)
    out["blind8_look"] = toxicity_blind8.cases("look")
    out["blind8_run"] = toxicity_blind8.cases("run")
    for name in TEAM_SETS:
        out[name] = _read([ROOT / "toxicity" / "dev" / f"{name}.jsonl"])
    out["other_families"] = [replace(c, label="negative", family="toxicity")
                             for f in FAMILIES if f != "toxicity" for c in load(f)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    guards = make_guards(["toxicity"])
    figures: dict[str, dict[str, float | int | None]] = {}
    for name, cases in sets().items():
        rate = evaluate("toxicity", guards, cases=cases).overall
        figures[name] = {"recall": rate.recall, "fpr": rate.fpr, "positives": rate.positives,
                         "detected": rate.detected, "negatives": rate.negatives,
                         "flagged": rate.flagged}
        recall = "-" if rate.recall is None else f"{rate.recall:.3f}"
        fpr = "-" if rate.fpr is None else f"{rate.fpr:.3f}"
        sys.stdout.write(f"{name:18s} {recall:>5s} / {fpr:5s} "
                         f"({rate.positives}/{rate.negatives})\n")
    found = sum(int(figures[n]["detected"] or 0) for n in POOLED)
    total = sum(int(figures[n]["positives"] or 0) for n in POOLED)
    flagged = sum(int(f["flagged"] or 0) for n, f in figures.items() if n != "main")
    benign = sum(int(f["negatives"] or 0) for n, f in figures.items() if n != "main")
    sys.stdout.write(f"pooled recall (never tuned on) {found}/{total} = {found / total:.3f}; "
                     f"flagged {flagged} of {benign} ordinary texts\n")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
