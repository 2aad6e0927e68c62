"""Probes of session 21 (I; issue 11): fresh direct attacks of the four weakest kinds
(system-prompt extraction, exfiltration, authority claims, persona jailbreaks) in the 13
languages, with benign twins. Round A (`injection_direct6_probes_a`) was written and
measured before this session's rules; round B (`injection_direct6_probes_b`) after them,
measured once, untuned. Own text.

    python -m tests.corpus.dev.injection_direct6_probes [a|b] [--show]

Prints recall / FPR learned on | rules only, per round, and the rules-only hits per kind
and per language; `--show` lists the texts missed or flagged by the rules alone.

Figures (recall / FPR, learned on | rules only), each round measured once before the rules
it led to (the honest figure), then after them (tuned on it: not a held-out figure):
- round A (144 attacks, 27 twins), at aeab42c: 0.778/0.000 | 0.660/0.000; after 60f0852:
  0.972/0.000 | 0.972/0.000;
- round B (84, 23), written after 60f0852, untuned: 0.750/0.043 | 0.583/0.043 (at aeab42c
  0.738 | 0.571); after e9b2291: 0.964/0.000 | 0.929/0.000;
- round C (86, 23), written after e9b2291, untuned: 0.360/0.043 | 0.198/0.043 (at aeab42c
  0.360 | 0.186); after 6428eac: 0.988/0.000 | 0.977/0.000.
- round D (32, 9), written after 0aea36f, untuned: 0.562/0.000 | 0.469/0.000, the same
  as at aeab42c (0.562 | 0.469): the branch's rules added nothing on it; after the one
  structural rule it led to (named_unres): 0.781/0.000 | 0.688/0.000.
Each fresh round found the previous rounds' rules reaching little past their own wording.
"""

from __future__ import annotations

import sys

from secproxy.guards.registry import make
from tests.corpus.cases import Case
from tests.corpus.dev import injection_direct6_probes_a as round_a
from tests.corpus.dev import injection_direct6_probes_b as round_b
from tests.corpus.dev import injection_direct6_probes_c as round_c
from tests.corpus.dev import injection_direct6_probes_d as round_d
from tests.corpus.dev.injection2 import carried
from tests.corpus.harness import evaluate

ROUNDS = {"a": round_a, "b": round_b, "c": round_c, "d": round_d}


def cases(which: str = "a") -> list[Case]:
    """A round's probes, each typed by a user (ids `probe21<round>-<lang>-<label>-<i>`)."""
    mod = ROUNDS[which]
    return carried(f"probe21{which}", mod.ATTACKS, mod.NEGATIVES)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    show = "--show" in args
    rounds = [a for a in args if a in ROUNDS] or list(ROUNDS)
    for which in rounds:
        got_cases = cases(which)
        for name, settings in (("learned on", {}), ("rules only", {"learned": False})):
            got = evaluate("injection", [make("injection", "injection", settings)], cases=got_cases)
            o = got.overall
            sys.stdout.write(f"round {which}, {name}: recall {o.detected}/{o.positives} = "
                             f"{o.recall:.3f}, FPR {o.flagged}/{o.negatives} = {o.fpr:.3f}\n")
            if name == "rules only":
                sys.stdout.write("per kind: " + ", ".join(
                    f"{k} {r.detected}/{r.positives}" for k, r in sorted(got.by_category.items())
                    if r.positives) + "\n")
                sys.stdout.write("per language: " + ", ".join(
                    f"{k} {r.detected}/{r.positives}" for k, r in sorted(got.by_lang.items())
                    if r.positives) + "\n")
                if show:
                    for case in got.misses:
                        sys.stdout.write(f"  miss {case.id}: {case.text[:170]!r}\n")
                    for case, hits in got.false_positives:
                        kinds = [h.kind for h in hits]
                        sys.stdout.write(f"  FP   {case.id}: {case.text[:170]!r} {kinds}\n")
            sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
