"""The toxicity family's session-22 probe set (issue 11, helper TOX): 81 abusive texts in
the 13 languages, phrased without the lexicon's stock words, and 80 ordinary texts that
only look rough (`toxicity_probes22_texts`). Written before session 22's changes and
never tuned on: its figures are that session's check on text its rules were not written
against.

    python -m tests.corpus.dev.toxicity_probes22 [--show N]
"""

from __future__ import annotations

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probe import probe_cases, probe_main
from tests.corpus.dev.toxicity_probes22_texts import ABUSE, ORDINARY


def cases() -> list[Case]:
    """The set's cases."""
    return probe_cases("p22", ABUSE, ORDINARY)


def main(argv: list[str] | None = None) -> int:
    return probe_main("probes22", __doc__ or "", cases(), argv)


if __name__ == "__main__":
    raise SystemExit(main())
