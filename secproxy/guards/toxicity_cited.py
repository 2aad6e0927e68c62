"""Abusive words cited as examples, for the `toxicity` guard's `mention_factor`.

A community's rules, a moderation playbook or a filter's documentation names the words
it forbids, each in quotation marks, one after another, as examples: `insults such as
"jerk", "moron" or "idiot"`, `Beleidigungen wie „Arschloch“ oder „Hurensohn“`,
`辱骂他人（如“傻逼”“去死”）`, `「死ね」「クズ」などの暴言`. Such a text holds several
strong terms close together and read as a message it is abuse; it is a list of the
words, as a filter's configuration is (`toxicity_aim.listed`), and the words it cites do
not count. `cited` tells them by their shape: two or more short quotations holding
terms, enumerated (nothing but commas and "or"/"and" between them), introduced by a word
saying "such as" or "e.g." or put in parentheses. Someone who means the words writes
them into a sentence, and a chat API's list of messages (`["…", "…"]`) has no such word
before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from secproxy.guards.toxicity_lexicon import Term

__all__ = ["cited"]

_QUOTATION = re.compile(r"[\"“«„「『‘'](?P<q>[^\"“”«»„「」『』‘’'\n]{1,60})[\"”»“」』’']")
"""A short quotation: a word or a phrase in quotation marks of any script."""

_BETWEEN = re.compile(
    r"[\s,、，;/]*(?:(?:or|and|oder|und|ou|et|o|y|e|of|en|или|и|或|和|及|や|と|나|와|과|و|أو|या|और)"
    r"(?![^\W\d_])[\s,、，]*)?", re.IGNORECASE)
"""What may stand between two quotations of one enumeration."""

_INTRO = re.compile(
    r"(?:e\.\s?g\.|\beg\b|such as|\blike\b|for (?:example|instance)|\bexamples?\b|including|"
    r"z\.\s?b\.|\bwie\b|\betwa\b|beispielsweise|\bcomme\b|tel(?:le)?s que|par exemple|"
    r"\bcomo\b|por ejemplo|tales como|\bcome\b|ad esempio|\btipo\b|\bzoals\b|bijvoorbeeld|"
    r"\bкак\b|например|\bтипа\b|如|比如|例如|像|例えば|مثل|ك|जैसे|उदाहरण|예를 들어|"
    r"[(（])(?:[\s:：]+[^\W\d_]+){0,3}[\s:：]*$", re.IGNORECASE)
"""Words (or an opening parenthesis) before an enumeration that say it gives examples
("examples we remove:"), three words at most before it; matched at the end of the text
before it."""

_OUTRO = re.compile(r"[\s)）]*(?:など|等|같은|등|जैसी|जैसे|जैसा|etc\.?)", re.IGNORECASE)
"""Words just after an enumeration that say it gave examples ("…など", "… 같은")."""

_LEAD = 40
"""Characters before an enumeration in which its introducing word is looked for."""


def cited(text: str, found: list[tuple[int, int, Term]]) -> list[tuple[int, int, Term]]:
    """The occurrences of `found` that are cited as examples: each inside a short
    quotation of an enumeration of at least two that hold terms, introduced as examples
    (see the module's docstring); they are not said, and do not count."""
    if len(found) < 2:
        return []
    quotes = [m.span("q") for m in _QUOTATION.finditer(text)]
    if len(quotes) < 2:
        return []
    # Enumerations: runs of quotations with only `_BETWEEN` between one and the next.
    runs: list[list[tuple[int, int]]] = []
    for span in quotes:
        if runs and _BETWEEN.fullmatch(text, runs[-1][-1][1] + 1, span[0] - 1):
            runs[-1].append(span)
        else:
            runs.append([span])
    # Each found term in the quotation that holds it, if any (quotations are in order and
    # do not overlap: one bisection each, not every term against every quotation).
    starts = [a for a, _ in quotes]
    run_of: list[int] = []
    for i, run in enumerate(runs):
        run_of += [i] * len(run)
    held: dict[int, list[tuple[int, int, Term]]] = {}
    holders: dict[int, set[int]] = {}
    for f in found:
        q = bisect_right(starts, f[0]) - 1
        if q >= 0 and f[1] <= quotes[q][1]:
            held.setdefault(run_of[q], []).append(f)
            holders.setdefault(run_of[q], set()).add(q)
    out: list[tuple[int, int, Term]] = []
    for i, terms in held.items():
        if len(holders[i]) < 2:
            continue
        run = runs[i]
        start, end = run[0][0] - 1, run[-1][1] + 1
        if _INTRO.search(text[max(0, start - _LEAD):start]) or _OUTRO.match(text, end):
            out += terms
    return out
