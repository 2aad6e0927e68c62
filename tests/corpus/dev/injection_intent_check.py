"""An independent check set for four injection categories (session 13): system-prompt
extraction, exfiltration orders (direct and inside tool results, pages, mails, READMEs),
authority claims and persona jailbreaks, 246 attacks, and 246 hard negatives close to them
(writing system prompts, webhook documentation, real admins' notices, fiction and
role-play, articles about injection), English about half, the rest in the other twelve
languages. Written without reading the training text or the other sets, so it measures
whether detection generalises; nobody tunes on it: it is measured once.

    python -m tests.corpus.dev.injection_intent_check [--show N]

The texts are in `injection_intent_check.jsonl` beside this file, one case a line.
"""

from __future__ import annotations

from pathlib import Path

from tests.corpus.cases import Case
from tests.corpus.dev.injection import report

PATH = Path(__file__).with_name("injection_intent_check.jsonl")


def cases() -> list[Case]:
    """The set, in file order."""
    with PATH.open(encoding="utf-8") as fh:
        return [Case.from_json(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    return report("injection intent check set", cases(), __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
