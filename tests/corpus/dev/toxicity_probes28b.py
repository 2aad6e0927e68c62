"""The toxicity family's session-28 vocabulary probe set, second half (helper TOX28B): 96
abusive texts in Russian, Arabic, Hindi, Chinese, Japanese and Korean, written the way
people write abuse in chat — insults and name-calling with and without stock swear
words, profanity-laden rants, sexual harassment and degrading sexual remarks, bullying
of a person, a few hate and violence — with slang, typos, censored spellings,
abbreviations and transliteration (Arabizi, Hinglish, Russian and Chinese in Latin
letters, Japanese romaji, Korean initial consonants); a third inside what an agent
fetched (a chat log, a forum's JSON, a review, an e-mail, a comment thread). And 72
ordinary texts in the same words and carriers (`toxicity_probes28b_texts`). Written
blind before reading any lexicon or corpus, and never tuned on.

    python -m tests.corpus.dev.toxicity_probes28b [--show N]
"""

from __future__ import annotations

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probe import probe_cases, probe_main
from tests.corpus.dev.toxicity_probes28b_texts import ABUSE, ORDINARY


def cases() -> list[Case]:
    """The set's cases."""
    return probe_cases("p28b", ABUSE, ORDINARY)


def main(argv: list[str] | None = None) -> int:
    return probe_main("probes28b", __doc__ or "", cases(), argv)


if __name__ == "__main__":
    raise SystemExit(main())
