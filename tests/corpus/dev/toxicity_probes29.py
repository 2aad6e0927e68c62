"""The toxicity family's session-29 probe set (helper TOX29): 130 abusive texts and 104
ordinary ones in en, de, fr, es, it, pt, nl, ru, zh, ja, ko, ar and hi, every one of them
inside content an agent fetched (`toxicity_probes29_texts`): a JSON API response, a chat
export, an e-mail thread, a scraped forum page, a search-result list, a support ticket, a
review listing, a CSV/log excerpt, a `json.dumps` export with \\u escapes, HTML with
entities. Abuse of every category; ordinary carriers with swear substrings in usernames,
medical text, a moderation log, a crime report, a harsh review, code keys such as
"kill_switch". Written blind before reading any lexicon, guard code or other corpus.

    python -m tests.corpus.dev.toxicity_probes29 [--show N]
"""

from __future__ import annotations

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probe import probe_cases, probe_main
from tests.corpus.dev.toxicity_probes29_texts import ABUSE, ORDINARY


def cases() -> list[Case]:
    """The set's cases."""
    return probe_cases("p29", ABUSE, ORDINARY)


def main(argv: list[str] | None = None) -> int:
    return probe_main("probes29", __doc__ or "", cases(), argv)


if __name__ == "__main__":
    raise SystemExit(main())
