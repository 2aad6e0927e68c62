"""Curses that intensify praise: "this blender is fucking amazing", "putain de génial",
"verdammt geil", "bom pra caralho", "존나 좋음". A review, a chat line or a commit message
that swears to say how good something is insults no one; the `toxicity` guard counts
such a text's score `PRAISE_FACTOR` times when every term it holds is a curse
(`profanity`) standing right beside a word of praise, in either order. A curse beside
an insult, a threat or a second person called names keeps its weight: those are other
terms of the text, and then it is not all curses."""

from __future__ import annotations

import re
from collections.abc import Sequence

from secproxy.guards.toxicity_lexicon import Term

__all__ = ["PRAISE_FACTOR", "praised"]

PRAISE_FACTOR = 0.5
"""What a text of curses that intensify praise counts of its score."""

_PRAISE = (
    "amazing awesome great good brilliant incredible beautiful gorgeous delicious tasty "
    "fantastic excellent perfect love loved genius cool epic fun hilarious solid fast smooth "
    "best nice lovely wonderful stunning impressive legendary useful helpful "
    "geil gut genial super toll klasse lecker schön großartig stark fantastisch perfekt "
    "génial géniale bon bonne beau belle excellent excellente délicieux délicieuse parfait "
    "parfaite incroyable magnifique top "
    "bueno buena buenísimo buenísima increíble brutal perfecto perfecta delicioso deliciosa "
    "rico rica maravilloso maravillosa espectacular bonito bonita "
    "bello bella buono buona geniale fantastico fantastica perfetto perfetta delizioso "
    "deliziosa incredibile spettacolare "
    "bom boa ótimo ótima otimo otima lindo linda gostoso gostosa incrível incrivel perfeito "
    "perfeita maravilhoso maravilhosa demais sensacional "
    "goed mooi lekker geweldig geniaal prachtig perfect gaaf vet "
    "хороший хорошая хорошо отличный отличная отлично классный классная классно крутой "
    "крутая круто вкусный вкусная вкусно красивый красивая красиво").split()
_PRAISE_WORDS = frozenset(_PRAISE)
_PRAISE_HEADS = ("좋", "맛있", "예쁘", "이쁘", "멋있", "멋지", "재밌", "잘 ")
"""Korean praise (stems: 좋다, 맛있다, 예쁘다…): read as the start of the next word."""
_LINKS = frozenset("so such really just a de di da pra para que how wie zo так".split())
"""Words that may stand between a curse and its praise ("so fucking good", "putain de
génial", "bom pra caralho")."""
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_REACH = 40
"""Characters read either side of a curse for its praise word."""


def praised(text: str, found: Sequence[tuple[int, int, Term]]) -> bool:
    """Whether every one of `found`'s terms is a curse beside a word of praise."""
    return bool(found) and all(
        term.category == "profanity" and _beside_praise(text, start, end)
        for start, end, term in found)


def _beside_praise(text: str, start: int, end: int) -> bool:
    after = _WORD.findall(text[end:end + _REACH].lower())[:3]
    before = _WORD.findall(text[max(0, start - _REACH):start].lower())[-3:]
    return _praise(after) or _praise(before[::-1]) or text[end:end + 4].lstrip().startswith(
        _PRAISE_HEADS)


def _praise(near: list[str]) -> bool:
    """Whether the words `near` a curse, nearest first, reach a praise word over links."""
    for word in near:
        if word in _PRAISE_WORDS:
            return True
        if word not in _LINKS:
            return False
    return False
