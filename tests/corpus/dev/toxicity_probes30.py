"""The toxicity family's session-30 probe set (helper TOX30): 156 abusive texts and 130
ordinary ones in en, de, fr, es, it, pt, nl, ru, zh, ja, ko, ar and hi, long and natural
(`toxicity_probes30_texts`): the abuse is a small share of a chat log, e-mail, forum or web
page, or tool result. Abuse: graphic or glorified violence and calls to attack, explicit
sexual content and sexual harassment, harassment campaigns (doxxing, mass reporting,
rumours, exclusion), profanity as an intensifier in ordinary rants. Ordinary: news and
history of violence, a crime-novel review, medical and sex-education text, a moderation
policy, a civil argument, game patch notes, a bullying complaint, a sports report. Written
blind before reading any lexicon, guard code or other corpus.

    python -m tests.corpus.dev.toxicity_probes30 [--show N]
"""

from __future__ import annotations

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probe import probe_cases, probe_main
from tests.corpus.dev.toxicity_probes30_texts import ABUSE, ORDINARY


def cases() -> list[Case]:
    """The set's cases."""
    return probe_cases("p30", ABUSE, ORDINARY)


def main(argv: list[str] | None = None) -> int:
    return probe_main("probes30", __doc__ or "", cases(), argv)


if __name__ == "__main__":
    raise SystemExit(main())
