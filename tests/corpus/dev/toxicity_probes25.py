"""The toxicity family's session-25 probe set (issue 11, helper PROBE4): 156 abusive texts
in the 13 languages, mostly said without a stock word (implied threats, doxxing,
writing again after a block, sextortion, a job for a night, urging someone in distress
to go through with it, a group dehumanised without a slur, a call to beat someone up),
some explicit (graphic violence, profanity in an API answer), a third of them inside a
tool's result or an e-mail; and 130 ordinary texts in the same words and carriers
(`toxicity_probes25_texts`). Written blind before session 25's toxicity changes and
never tuned on.

    python -m tests.corpus.dev.toxicity_probes25 [--show N]
"""

from __future__ import annotations

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probe import probe_cases, probe_main
from tests.corpus.dev.toxicity_probes25_texts import ABUSE, ORDINARY


def cases() -> list[Case]:
    """The set's cases."""
    return probe_cases("p25", ABUSE, ORDINARY)


def main(argv: list[str] | None = None) -> int:
    return probe_main("probes25", __doc__ or "", cases(), argv)


if __name__ == "__main__":
    raise SystemExit(main())
