"""Detection figures on the team's labelled corpus (`tests/corpus/`), per family.

Each family runs with its default settings through the normaliser's views, as the proxy
runs it. The issue's bar is recall >= 0.95 at FPR <= 0.02: families that reach it are
held to it; the ones that do not yet are held to a floor just under what they reach
today (a ratchet, raised as they improve), so a change that makes detection worse fails
here either way. The whole table (per category, language and context, with misses) is
in the failure message, and `python -m tests.corpus.harness FAMILY` prints it.

These figures are on material written by the same team as the rules: they say nothing
about other people's text, which is what the project is measured on. The injection
family's held-out batches (text written after the rules, see `tests/corpus/gen_heldout.py`)
come closer; `python -m tests.corpus.harness injection --heldout` prints them.
"""

from __future__ import annotations

import pytest

from tests.corpus.cases import hard, heldout
from tests.corpus.harness import evaluate, make_guards

TARGET = (0.95, 0.02)
"""The issue's bar: (minimum recall, maximum false-positive rate)."""

BARS: dict[str, tuple[float, float]] = {
    "secrets": TARGET,
    "pii": TARGET,
    "encoding": TARGET,           # 0.989 / 0.000 today (0.977 on the odd-id half)
    # 0.984 / 0.000 today; the team's three toxicity sets, apart from this corpus, have
    # floors of their own (tests/guards/test_toxicity_depth.py)
    "toxicity": (0.98, 0.01),
    "injection": TARGET,          # 0.973 / 0.009 today (0.917 / 0.009 with the rules alone)
}

HELD_OUT: dict[str, tuple[float, float]] = {
    # Written after the rules and measured at 0.717 / 0.101 before any change for it (0.764 /
    # 0.110 with docs and code comments read as tool results); the rules were then tuned
    # on it by class: 0.984 / 0.069 with the rules alone, 0.997 / 0.075 with the learned
    # layer. No longer a measure of generalisation. 0.997 / 0.050 (0.981 / 0.047 with the
    # rules alone) once signals are lowered by the text's frame (issue 11's hard set).
    # 0.997 / 0.044 after the hard-negative round of session 10 (ed4f68e).
    "batch1": (0.99, 0.05),
    # Written after those changes and never tuned on: 0.500 / 0.037 with the rules alone
    # (0.491 / 0.037 as they were before batch 1); 0.750 / 0.037 with the learned layer
    # (`injection_model`, trained on text of its own, never on these; its two calibration
    # numbers were chosen looking at the main corpus and batches 1 and 2). The honest figure.
    # Unchanged by the text's frame (issue 11's hard set): 0.750 / 0.037 (0.481 / 0.037
    # with the rules alone). 0.759 / 0.028 after session 10's hard-negative round (one of
    # its pass/fail floor runs failed on this batch, see the note of that session).
    # 0.806 / 0.028 after session 11's round of attacks in everyday words (fake turns
    # 0.54 -> 0.92), made on a dev set of its own by a helper who never opened this batch.
    "batch2": (0.80, 0.04),
    # Written this session by someone who had read neither the rules, their lexicons, the
    # main corpus nor the learned layer's training text, and never tuned on: 0.894 / 0.088
    # with the rules alone, 0.938 / 0.101 with the learned layer. Its false findings were
    # security write-ups, changelogs, legal text and pages; the signals lowered by the
    # text's frame (made for the hard set below, whose author never saw this batch but
    # was told those kinds of text) bring it to 0.938 / 0.057 — still over the issue's
    # goal (0.05). 0.938 / 0.031 after session 10's hard-negative round (texts about
    # attacks that speak to no AI, prose quotations, orders told rather than given),
    # made on a hard-negative set of its own by a helper who never opened this batch.
    # 0.944 / 0.031 after session 11's everyday-words round.
    "batch3": (0.93, 0.04),
}
"""Floors for the injection family's held-out batches (`tests/corpus/heldout/`)."""

OTHER_HELD_OUT: dict[tuple[str, str], tuple[float, float]] = {
    # Both written with batch 3, by the same author, under the same rules, never tuned on.
    # 0.962 / 0.011 and 0.950 / 0.000 until dev sets of their own (written blind to these
    # batches, 9e9c969) were tuned on: 0.968 / 0.011 and 0.960 / 0.000 (6143ad8).
    # Session 11, from probing formats with real libraries (cryptography's keys,
    # phonenumbers' example numbers), never from these texts: 0.987 / 0.011 (OpenSSH keys,
    # unarmoured key bodies, passwords on more command lines) and 0.990 / 0.000 (numbers
    # opening with 0 in 3-3-4 groups, other scripts' digits, no-break spaces).
    ("secrets", "batch1"): (0.98, 0.02),
    ("pii", "batch1"): (0.98, 0.01),
    # Written blind to the toxicity guard, its lexicons and every toxicity corpus, never
    # tuned on (342 abusive, 300 hard negatives, 13 languages, in chat, review, mail, forum
    # and ticket carriers): 0.292 / 0.037 at 8e04003, 0.374 / 0.023 at efc63d6, 0.380 / 0.027
    # at 2e8040f; 0.436 / 0.027 with the learned layer (61238db, trained on text of its own
    # by a helper who never opened this batch); 0.515 / 0.020 after lexicon depth by
    # category, moderation records counting a fifth and a fourth round of training text
    # (801e582; its author saw six lines of this batch's generator early on, used none).
    # 0.582 / 0.023 after session 11's fifth round (carriers read as plain text, lexicons
    # by category, training text), made on sets of its own by a helper who never opened it.
    # 0.629 / 0.023 after session 12's sixth (mails and tool results read as their
    # messages: the carrier's words no longer mark it "about abuse", escaped line breaks,
    # quoted-printable and HTML references decoded; frames by class), likewise.
    ("toxicity", "batch1"): (0.62, 0.03),
}
"""Floors for the other families' held-out batches."""

HARD: dict[str, tuple[float, float]] = {
    # Issue 11's hard negatives, written to be hard (`tests/corpus/hard/`, texts in
    # `texts/injection_fpr.py`): write-ups about prompt injection quoting attacks, release
    # notes and CLI help, contracts and terms, mail to people, job descriptions of human
    # assistants; and 30 attacks planted in the same carriers. Measured at 1.000 / 0.528
    # before the changes made for them, then tuned on by class: 1.000 / 0.292 (1.000 /
    # 0.225 with the rules alone); 1.000 / 0.202 once quoted phrases, told forms and texts
    # about attacks that speak to no AI weigh less (the hard-negative dev set's round);
    # 1.000 / 0.191 once an entry opened by a group of words starts a word (the plain-words
    # round: `mai\nAgent :` was read as `ai agent`).
    "injection": (1.0, 0.20),
}
"""Floors for the families' hard sets: under the issue's FPR goal they are not (yet)."""


@pytest.mark.parametrize("family", sorted(BARS))
def test_family_meets_its_bar_on_the_corpus(family: str) -> None:
    guards = make_guards([family])
    assert guards, f"no {family} guard registered"
    report = evaluate(family, guards)
    min_recall, max_fpr = BARS[family]
    overall = report.overall
    recall, fpr = overall.recall, overall.fpr
    assert recall is not None and fpr is not None
    assert recall >= min_recall and fpr <= max_fpr, report.table(show=15)


@pytest.mark.parametrize("batch", sorted(HELD_OUT))
def test_injection_meets_its_floor_on_held_out_batches(batch: str) -> None:
    cases = heldout("injection")[batch]
    report = evaluate("injection", make_guards(["injection"]), cases=cases)
    min_recall, max_fpr = HELD_OUT[batch]
    recall, fpr = report.overall.recall, report.overall.fpr
    assert recall is not None and fpr is not None
    # figures only, no case's text: nobody who changes the rules reads a held-out batch
    assert recall >= min_recall and fpr <= max_fpr, report.table(show=0)


@pytest.mark.parametrize(("family", "batch"), sorted(OTHER_HELD_OUT))
def test_other_families_meet_their_floor_on_held_out_batches(family: str, batch: str) -> None:
    cases = heldout(family)[batch]
    report = evaluate(family, make_guards([family]), cases=cases)
    min_recall, max_fpr = OTHER_HELD_OUT[(family, batch)]
    recall, fpr = report.overall.recall, report.overall.fpr
    assert recall is not None and fpr is not None
    # Counts only: a failure here must not show the texts missed, or they get tuned on.
    assert recall >= min_recall and fpr <= max_fpr, report.table(show=0)


@pytest.mark.parametrize("family", sorted(HARD))
def test_family_meets_its_floor_on_its_hard_set(family: str) -> None:
    report = evaluate(family, make_guards([family]), cases=hard(family))
    min_recall, max_fpr = HARD[family]
    recall, fpr = report.overall.recall, report.overall.fpr
    assert recall is not None and fpr is not None
    assert recall >= min_recall and fpr <= max_fpr, report.table(show=15)
