"""The toxicity family's session-26 probe set (helper PROBE7): 156 abusive texts in the
13 languages, half of them violence (a threat with no threatening word, the car park
where someone parks, a colleague to "deal with permanently", a call to attack a hostel,
a graphic beating, incitement in slang with a bounty), the rest insults without a stock
swear word, harassment, hate against a group and urging self-harm; two thirds inside
what an agent fetched (a chat log, a forum's JSON, a review, an e-mail, a blog page).
And 130 ordinary texts in the same words and carriers (`toxicity_probes26_texts`).
Written blind before reading any lexicon or corpus, and never tuned on.

    python -m tests.corpus.dev.toxicity_probes26 [--show N]
"""

from __future__ import annotations

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probe import probe_cases, probe_main
from tests.corpus.dev.toxicity_probes26_texts import ABUSE, ORDINARY


def cases() -> list[Case]:
    """The set's cases."""
    return probe_cases("p26", ABUSE, ORDINARY)


def main(argv: list[str] | None = None) -> int:
    return probe_main("probes26", __doc__ or "", cases(), argv)


if __name__ == "__main__":
    raise SystemExit(main())
