"""Light stems of Arabic and Russian words for the toxicity family's learned layer
(`toxicity_model`): both languages inflect and attach clitics, so a model over whole
words sees a new token for each form ("убью", "убьёшь", "убьют"; "سأقتلك", "بقتلهم") and
learns each from the few sentences it was shown. `stemmed` gives the text with each such
word cut to a light stem, the letters removed turned into spaces after it, so that the
text keeps its length and every offset (spans found in it are the text's). Training
reads the same stems (`tools/train_toxicity_model.py`).

Arabic: diacritics and the tatweel dropped; alif forms, alif maqsura and ta marbuta read
as their plain letters; one proclitic (the article and the particles before it, the
conjunction `و`) and one enclitic pronoun or plural ending off, each only when three
letters are left. Russian: `ё` read as `е`, one inflectional or reflexive ending off
(the longest of `_RU_ENDINGS` that leaves three letters). A text in neither script comes
back as it is, at the cost of `str.isascii` (or one scan for the scripts).

Cutting every word of every alphabet to its first six letters found a little more on
the team's sets, but a pass in Python over every word of every text doubled the
family's time (bench/guards.py --family toxicity, 64 KB: 1.25 -> 2.9 ms CPU): the
stems are for the two languages whose forms the layer missed most.
"""

from __future__ import annotations

import re
from functools import lru_cache

from secproxy.guards.injection_model import lower

__all__ = ["stemmed"]

_WORDS = re.compile(r"[\u0400-\u04ff]{4,}|[\u0620-\u065f\u0670-\u06d3]{3,}")
"""A Cyrillic word of four letters or more, an Arabic one of three or more."""
_SCRIPTS = re.compile(r"[\u0400-\u04ff\u0620-\u065f\u0670-\u06d3]")

_RU_ENDINGS = tuple(sorted({
    # nouns and adjectives
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ое", "ее", "ые",
    "ие", "ый", "ий", "ой", "ую", "юю", "ым", "им", "ых", "их", "ах", "ях", "ам", "ям",
    "ов", "ев", "ей", "ом", "ем", "ью", "ия", "ии", "а", "я", "о", "е", "ы", "и", "у",
    "ю", "ь", "й",
    # verbs: persons, infinitives, past, imperatives, reflexives
    "ешь", "ишь", "ете", "ите", "ет", "ит", "ут", "ют", "ат", "ят", "ать", "ять", "еть",
    "ить", "ыть", "уть", "ть", "ла", "ло", "ли", "л", "ся", "сь", "тся", "ться", "лся",
    "лась", "лось", "лись", "ешься", "ется", "ются", "ится", "атся", "ятся", "йте",
    # participles and gerunds
    "вший", "вшая", "вшие", "вши", "вшись", "ющий", "ющая", "ющие", "ащий", "ящий",
    "ущий", "нный", "нная", "нные", "енный",
}, key=len, reverse=True))
_AR_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640]")
"""Arabic diacritics (tanwin, short vowels, shadda, sukun, dagger alif) and the tatweel."""
_AR_LETTERS = str.maketrans("أإآٱىة", "اااايه")
_AR_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال", "و")
"""Larkey's light stemmer's proclitics: the single-letter particles (`ب`, `ل`, `ك`, `ف`,
`س`) are as often a root's first letter."""
_AR_SUFFIXES = ("كما", "هما", "تين", "تان", "كم", "كن", "هم", "هن", "ها", "نا", "ني",
                "كي", "ون", "ين", "ات", "ان", "وا", "يه", "ك", "ه", "ي")
_KEEP = 3
"""Letters an Arabic or Russian stem keeps at least."""


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    """An Arabic or Russian `word`'s stem, padded with spaces to its length."""
    if word[0] >= "\u0600":
        stem = _AR_MARKS.sub("", word).translate(_AR_LETTERS)
        for prefix in _AR_PREFIXES:
            if stem.startswith(prefix) and len(stem) - len(prefix) >= _KEEP:
                stem = stem[len(prefix):]
                break
        for suffix in _AR_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= _KEEP:
                stem = stem[:-len(suffix)]
                break
    else:
        stem = word.replace("ё", "е")
        for ending in _RU_ENDINGS:
            if stem.endswith(ending) and len(stem) - len(ending) >= _KEEP:
                stem = stem[:-len(ending)]
                break
    return stem.ljust(len(word))


def _stem_match(m: re.Match[str]) -> str:
    return _stem(m.group())


def stemmed(text: str) -> str:
    """`text` with its Arabic and Russian words as light stems, lowercased, each padded
    with spaces to the word's length (the same length, the same offsets); `text` itself
    when it holds neither script."""
    if text.isascii() or not _SCRIPTS.search(text):
        return text
    return _WORDS.sub(_stem_match, lower(text))
