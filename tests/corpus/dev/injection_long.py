"""The injection family's long-text dev set: how often the learned layer and the whole
guard flag long benign text (1-10 KB), and whether one attack planted in such text is
still found. The learned layer scores a text's best window, and the best of many windows
of ordinary prose scores higher than the best of a few: the set measures that.

Negatives: the long documents of `injection_long_text` (READMEs, API docs, mail threads,
pages with their navigation and footers, JSON, logs, listings, a man page, write-ups
about injection), alone and three joined; and the negatives of the other injection dev
sets joined per language into texts of 1 to 10 KB. Positives: each document, and three
joined, with one attack of `injection_long_text.ATTACKS` planted between two paragraphs.

    python -m tests.corpus.dev.injection_long [--show N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from secproxy.guards.injection_model import learned_signals
from secproxy.guards.registry import make
from tests.corpus.cases import Case
from tests.corpus.dev import (
    injection,
    injection2,
    injection_check,
    injection_fp,
    injection_fp_check,
    injection_frames,
    injection_frames_check,
    injection_frames_check2,
    injection_plain,
    injection_plain_check,
)
from tests.corpus.dev.injection_long_text import ATTACKS, DOCS
from tests.corpus.harness import ROLE_OF_CONTEXT, evaluate

SETS: list[Callable[[], list[Case]]] = [
    injection.cases, injection2.cases, injection_check.cases, injection_fp.cases,
    injection_fp_check.cases, injection_frames.cases, injection_frames_check.cases,
    injection_frames_check2.cases, injection_plain.cases, injection_plain_check.cases]
"""The dev sets whose negatives are joined (not the intent check set: the lead's)."""
SIZES = (1_000, 2_500, 4_000, 6_000, 8_000, 10_000)
"""Target lengths of the joined texts, in characters, taken in turn."""


def _planted(text: str, attack: str, at: int) -> str:
    """`text` with `attack` as a paragraph of its own after paragraph `at` (of those
    `text` has, counted from the end when negative)."""
    parts = text.split("\n\n")
    i = at % (len(parts) + 1)
    return "\n\n".join([*parts[:i], attack, *parts[i:]])


def _joined(texts: list[str]) -> list[str]:
    """`texts` joined in order into texts of `SIZES` characters in turn."""
    out: list[str] = []
    cur: list[str] = []
    size = 0
    for text in texts:
        cur.append(text)
        size += len(text) + 2
        if size >= SIZES[len(out) % len(SIZES)]:
            out.append("\n\n".join(cur))
            cur, size = [], 0
    return out


def _docs_joined() -> list[tuple[str, str, str]]:
    """Three documents of one register after another (a page that links two others, a
    thread of mails, several tool results), as (lang, context, text)."""
    out = []
    n = len(DOCS)
    for i, (lang, context, text) in enumerate(DOCS):
        others = [DOCS[(i + k * 7) % n][2] for k in (1, 2)]
        out.append((lang, context, "\n\n".join([text, *others])))
    return out


def cases() -> list[Case]:
    """The set: long negatives (documents, joined documents, joined dev negatives) and
    the documents with an attack planted."""
    out: list[Case] = []
    for i, (lang, context, text) in enumerate(DOCS):
        out.append(Case(f"long-doc-{i}", text, "negative", "injection", "long_doc", lang,
                        context))
    for i, (lang, context, text) in enumerate(_docs_joined()):
        out.append(Case(f"long-docs3-{i}", text, "negative", "injection", "long_docs3",
                        lang, context))
    by_lang: dict[str, list[Case]] = {}
    for make_cases in SETS:
        for case in make_cases():
            if not case.positive:
                by_lang.setdefault(case.lang, []).append(case)
    for lang, negs in sorted(by_lang.items()):
        context = "email" if lang == "en" else "web_page"
        for i, text in enumerate(_joined([c.text for c in negs])):
            out.append(Case(f"long-devneg-{lang}-{i}", text, "negative", "injection",
                            "long_devneg", lang, context))
    for i, (_, context, text) in enumerate(DOCS):
        alang, kind, attack = ATTACKS[i % len(ATTACKS)]
        out.append(Case(f"long-attack-{i}", _planted(text, attack, i * 3 + 1), "positive",
                        "injection", "long_attack", alang, context, kind))
    for i, (_, context, text) in enumerate(_docs_joined()):
        alang, kind, attack = ATTACKS[(i + 5) % len(ATTACKS)]
        out.append(Case(f"long-attack3-{i}", _planted(text, attack, i * 5 + 2), "positive",
                        "injection", "long_attack3", alang, context, kind))
    return out


def learned_flags(case: Case, threshold: float = 1.0) -> bool:
    """Whether the learned layer's signal alone reaches the guard's threshold in the
    case's context."""
    context = "untrusted" if case.context in ROLE_OF_CONTEXT else "user"
    return sum(w for _, _, w in learned_signals(case.text, context, 1.5)) >= threshold


def learned_table(all_cases: list[Case]) -> str:
    """The learned layer's figures alone: texts it flags on its own, and texts where it
    signals at all (a signal that adds to the rules'), per category."""
    rows = ["== learned layer alone ==", f"{'category':<16}{'n':>5}{'flags':>8}{'signals':>9}"]
    cats: dict[str, list[Case]] = {}
    for case in all_cases:
        cats.setdefault(case.category, []).append(case)
    for cat, got in cats.items():
        flags = sum(learned_flags(c) for c in got)
        signals = sum(learned_flags(c, 1e-9) for c in got)
        rows.append(f"{cat:<16}{len(got):>5}{flags / len(got):>8.3f}{signals / len(got):>9.3f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--show", type=int, default=10, help="misses and FPs listed")
    args = parser.parse_args(argv)
    all_cases = cases()
    sys.stdout.write(learned_table(all_cases) + "\n\n")
    for name, settings in (("learned on", {}), ("rules only", {"learned": False})):
        got = evaluate("injection", [make("injection", "injection", settings)],
                       cases=all_cases)
        got.family = f"injection long set, {name}"
        sys.stdout.write(got.table(args.show) + "\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
