"""Chat spelling written out, for the injection guard's rules.

People typing at a chatbot write `u`, `ur`, `pls`, `dont`, `whats`, `b4`, `w/`, `rn` and
misspell the words an attack turns on (`ingore all previus instrucions`, `ur sytem
promt`). The lexicon's entries are written over clean spellings, so such a text matched
nothing. `chat_view` makes a view of the text with those words written out (`u` → `you`,
`ur` → `your` or `you're` by the word after it, `r` → `are` after a pronoun or a plural,
`im` → `i'm` before `the`, `not` or a verb in -ing (German `im` stays), `its` → `it's`
before `your`, `the`, `me`, `not`…, `dont` → `don't`,
`promt` → `prompt`…), with an index back to the text; the guard scans it besides the
view it came from.

The misspellings are those of a few key words only (ignore, previous, instruction(s),
prompt(s), system, reveal): each one-letter slip of them (a letter dropped, doubled or
swapped with the next), except the slips that spell another word (`pervious`, `revel`,
Dutch `systeem`). A text with none of the table's words (most texts) costs one RE2 pass
(`literals.WordGate`); one with some, a pass of `re` and the rules' scan of the view.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from typing import overload

from secproxy.guards import View
from secproxy.guards.literals import WordGate

_WORDS = {
    "u": "you", "yu": "you", "urself": "yourself", "urselves": "yourselves",
    "youre": "you're", "youve": "you've", "youll": "you'll", "youd": "you'd",
    "pls": "please", "plz": "please", "plss": "please", "plzz": "please", "plse": "please",
    "plez": "please", "pleez": "please", "pleaze": "please", "plis": "please", "pliz": "please",
    "pleasee": "please", "thx": "thanks", "thnx": "thanks", "thanx": "thanks",
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't",
    "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't",
    "shouldnt": "shouldn't", "wouldnt": "wouldn't", "couldnt": "couldn't", "havent": "haven't",
    "hasnt": "hasn't", "mustnt": "mustn't", "aint": "ain't",
    "ive": "i've", "theyre": "they're", "thats": "that's", "whats": "what's",
    "wats": "what's", "theres": "there's", "heres": "here's",
    "wat": "what", "wut": "what", "wht": "what", "whut": "what",
    "b4": "before", "w/": "with", "w/o": "without", "abt": "about", "bc": "because",
    "bcz": "because", "bcoz": "because", "cuz": "because", "coz": "because",
    "rn": "right now", "nvm": "never mind", "msg": "message", "msgs": "messages",
    "convo": "conversation", "convos": "conversations", "sys": "system",
    "lemme": "let me", "gonna": "going to", "wanna": "want to",
    "gotta": "have to", "ppl": "people", "evry": "every", "evrything": "everything",
    "everythin": "everything", "evrythin": "everything", "everyting": "everything",
    "evryone": "everyone", "tho": "though", "thru": "through", "rulez": "rules",
}
"""Chat spellings and what they stand for (`ur` and `r` depend on the words around)."""

_KEYS = ("ignore", "ignored", "ignoring", "previous", "previously", "instruction",
         "instructions", "prompt", "prompts", "system", "reveal")
_NOT_SLIPS = frozenset({"pervious", "perviously", "revel", "systeem", "revela"})
"""One-letter slips of the key words that are words of their own, in English or in another
language of the lexicon (Dutch `systeem`, Spanish `revela`; not the rare Spanish `previos`,
the usual slip of `previous`)."""

_YOURE_NEXT = frozenset((
    "a an the not no now in on at so too very really just only still also always never "
    "literally free able allowed supposed going gonna being my our his her their this that "
    "such more less nothing like better smart stupid dumb best worst good bad ok okay "
    "welcome done right wrong sure here there back mine under from with without "
    "unable required forced meant trained programmed designed told banned freed unlocked "
    "jailbroken finished hacked unchained named called known instructed permitted "
    "authorized authorised expected obliged bound restricted limited talking").split())
"""Words after which `ur` is `you're` (`ur free now`, `ur allowed to`), not `your`."""

_ING_NOUNS = frozenset((
    "programming training setting settings thinking understanding conditioning briefing "
    "meaning writing filtering building opening wording ending beginning learning reasoning "
    "coding ranking rating morning evening").split())
"""Words in -ing after `ur` that are nouns (`ur programming`: your)."""

_IM_NEXT = frozenset((
    "the a an your ur not literally from with gonna going just really so very sorry here "
    "serious also only still now in on at one ur ya").split())
"""Words after which `im` is `i'm` (`im the admin`, `im from openai`), not German `im`."""

_ITS_NEXT = frozenset((
    "your ur a an the me my not just ok okay fine only so too really been gonna going true "
    "all time over no literally officially").split())
"""Words after which `its` is `it's` (`its ur creator`, `its me`), not the possessive."""

_ARE_AFTER = frozenset((
    "u you ur we they what wat wht who where how why these those there here which people "
    "ppl").split())
"""Words after which a lone `r` is `are` (`what r ur rules`, `u r free`)."""

_QUOTES = frozenset("'\"‘“")
_WORD_AFTER = re.compile(r"[^a-z0-9]{0,3}([a-z0-9]+)")
_WORD_BEFORE = re.compile(r"([a-z0-9]+)[^a-z0-9]{0,3}$")
"""The word before (`search` up to a position) and after (`match` from one) a place."""


def _trie(words: list[str]) -> str:
    """An alternation of `words` as a trie (`re` tries a flat one's every branch at every
    position: ten times slower)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}
    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(c) + emit(rest) for c, rest in sorted(node.items()) if c]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group
    return emit(tree)


@cache
def _slips() -> dict[str, str]:
    out: dict[str, str] = {}
    for key in _KEYS:
        for i in range(len(key)):
            found = [key[:i] + key[i + 1:], key[:i] + key[i] + key[i:]]
            if i + 1 < len(key):
                found.append(key[:i] + key[i + 1] + key[i] + key[i + 2:])
            for slip in found:
                if slip not in _KEYS and slip not in _NOT_SLIPS:
                    out.setdefault(slip, key)
    return out


@cache
def _finder() -> tuple[WordGate, re.Pattern[str]]:
    """The gate (RE2: is any of the words there?) and the pattern that finds them."""
    words = [*_WORDS, *_slips(), "ur", "r", "im", "its"]
    return WordGate(words), re.compile(r"(?<![a-z0-9])" + _trie(words) + r"(?![a-z0-9])")


def _written_out(word: str, low: str, s: int, e: int, named: bool) -> str | None:
    """What the chat spelling `word` (lowercase, at `s:e` in `low`) stands for, or None;
    `named`: the word after it is a name (capitalised or quoted in a text that is not all
    capitals)."""
    if word in ("ur", "r", "im", "its"):
        got = _WORD_AFTER.match(low, e)
        after = got.group(1) if got else ""
        if word == "its":
            return "it's" if after in _ITS_NEXT else None
        if word == "im":
            return "i'm" if after in _IM_NEXT or (
                after.endswith("ing") and len(after) > 4) else None
        if word == "ur":
            youre = named or after in _YOURE_NEXT or (
                after.endswith("ing") and len(after) > 4 and after not in _ING_NOUNS)
            return "you're" if youre else "your"
        got = _WORD_BEFORE.search(low, max(0, s - 40), s)
        before = got.group(1) if got else ""
        return "are" if after and (before in _ARE_AFTER or (
            len(before) > 3 and before.endswith("s"))) else None
    return _WORDS.get(word) or _slips().get(word)


class _Index(Sequence[int]):
    """Where each character of a written-out text starts in the text it was written from
    (`View.index`), worked out when asked (a signal's ends) rather than listed: the
    replaced words' places, in order."""

    __slots__ = ("_base", "_length", "_places", "_starts")

    def __init__(self, places: list[tuple[int, int, int, int]], length: int,
                 base: Sequence[int] | None):
        self._places = places
        """Each written-out word: its start and end here, then in the text it came from."""
        self._starts = [p[0] for p in places]
        self._length = length
        self._base = base

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[int]: ...
    def __getitem__(self, i: int | slice) -> int | Sequence[int]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError(i)
        k = bisect.bisect_right(self._starts, i) - 1
        if k < 0:
            at = i
        else:
            s, e, was_s, was_e = self._places[k]
            at = was_s + min(i - s, was_e - was_s - 1) if i < e else was_e + i - e
        return at if self._base is None else self._base[at]


def chat_view(view: View) -> View | None:
    """`view` (one that keeps positions: raw or folded) with its chat spellings written
    out (see the module), or None when it has none."""
    text = view.text
    gate, finder = _finder()
    if not gate.any(text):
        return None
    low = text.lower()
    if len(low) != len(text):
        return None  # a character lowering to two: positions would not hold
    parts: list[str] = []
    places: list[tuple[int, int, int, int]] = []
    at = size = 0
    for m in finder.finditer(low):
        s, e = m.span()
        named = text[s:e] == low[s:e] and e + 4 < len(text) and (
            text[e + 1].isupper() or (text[e + 1] in _QUOTES and text[e + 2].isupper()))
        new = _written_out(low[s:e], low, s, e, named)
        if new is None:
            continue
        parts.append(text[at:s])
        size += s - at
        parts.append(new)
        places.append((size, size + len(new), s, e))
        size += len(new)
        at = e
    if not parts:
        return None
    parts.append(text[at:])
    size += len(text) - at
    return View("".join(parts), f"{view.how}+chat", _Index(places, size + 1, view.index))
