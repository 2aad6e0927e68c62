"""The toxicity family's session-28 probe set a (helper TOX28A): 112 abusive texts in
en, de, fr, es, it, pt and nl aimed at vocabulary breadth (insults with and without a
stock swear word, profanity, sexual harassment, bullying, a few hate and violence) in
chat register with slang, abbreviations, typos and censored spellings, a third inside
what an agent fetched; and 84 ordinary texts in the same words and carriers
(`toxicity_probes28a_texts`): swear substrings in place and family names, sexual health,
a film review, a linguist on swearing, a moderator's report, banter, a harsh review.
Written blind before reading any lexicon or corpus.

    python -m tests.corpus.dev.toxicity_probes28a [--show N]
"""

from __future__ import annotations

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probe import probe_cases, probe_main
from tests.corpus.dev.toxicity_probes28a_texts import ABUSE, ORDINARY


def cases() -> list[Case]:
    """The set's cases."""
    return probe_cases("p28a", ABUSE, ORDINARY)


def main(argv: list[str] | None = None) -> int:
    return probe_main("probes28a", __doc__ or "", cases(), argv)


if __name__ == "__main__":
    raise SystemExit(main())
