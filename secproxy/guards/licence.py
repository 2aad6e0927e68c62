"""Licence text: the one register every repository holds and no guard should read as
orders or abuse. Its conditions speak to a reader (`reproduce the above copyright
notice`, `verbatim copies … without restriction`, `attach the following notice`, `make
sure that they … know their rights`), which the injection rules and the learned layers
of injection and toxicity took for an attack. `licence_near` says whether a text reads
as one where a signal stands; the guards lower or drop what they found there (the
injection guard only when the text does not speak to an AI reading it)."""

from __future__ import annotations

import re

from secproxy.guards.literals import LiteralSet

__all__ = ["licence_near"]

_MARK = re.compile(
    r"\b(?:copyright|licen[cs](?:e|ed|es|or|ors|ee|ees|ing)\b|warrant(?:y|ies)\b|"
    r"liabilit(?:y|ies)\b|redistribut|sublicen[cs]|merchantability|infring|indemn|"
    r"hereby|hereunder|herein\b|notwithstanding|royalt(?:y|ies)\b|without restriction|"
    r"terms and conditions|disclaim|fitness for a particular purpose|free software|"
    r"derivative works?\b|lizenz|gewährleistung|haftung|garantie|responsabilité|"
    r"licencia|garantía|responsabilidad)", re.IGNORECASE)
SPAN = 800
"""How far either side of a signal a licence's marks are counted (its own section), and
how much of the text's head (a licence's title and preamble)."""
MARKS = 3
"""Distinct licence words (by their first six letters) that make a licence."""
_KEYS = ("copyri", "licenc", "licens", "warran", "liabil", "redist", "sublic", "mercha",
         "infrin", "indemn", "hereby", "hereun", "herein", "notwit", "royalt",
         "without restriction", "terms and conditions", "disclaim", "fitness for a",
         "free software", "derivative work", "lizenz", "gewährleistung", "haftung",
         "garant", "respon")
"""A literal that every licence word of a six-letter key holds, one per key: a text
holding fewer than `MARKS` of them (lowercased) has no licence in it, found without the
expression (a scan of its alternatives at every word costs ~100 us per 1,600 characters;
one native pass over them, a few)."""
_GATE = LiteralSet(_KEYS)


def licence_near(text: str, at: int) -> bool:
    """Whether `MARKS` distinct licence words stand within `SPAN` of `at` in `text` (in
    any case) and in its head."""
    near = text[max(0, at - SPAN):at + SPAN]
    if at > SPAN:
        near = text[:SPAN] + "\n" + near
    if len(_GATE.found(near)) < MARKS:
        return False
    return len({m.group()[:6].lower() for m in _MARK.finditer(near)}) >= MARKS
