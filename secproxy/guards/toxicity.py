"""The `toxicity` family: a weighted, multilingual lexicon score per slot.

Lexicons (`data/toxicity/<lang>.txt`, read by `toxicity_lexicon`: English, German,
French, Spanish, Italian, Portuguese, Dutch, Russian, and Chinese, Japanese, Korean,
Arabic and Hindi matched as substrings) give each term a category (`profanity`,
`insult`, `threat`, `harassment`, `hate`, `sexual`, `self_harm`, `violence`) and a
weight, and describe frames (`toxicity_frames`): word classes in order ("I'm going to
hurt you", "immigrants are all vermin") that catch what no fixed phrase lists. The
multilingual profanity lists on PyPI are uncategorised sexual-word lists; these are our
own.

A slot's text is cut into words (whole words only: "class", "assess", "Scunthorpe" and
"cocktail" contain nothing), unless it holds no term as whole words at all (one pass of
an RE2 automaton, `literals.WordGate`: most texts); single-word terms are looked up in
one set intersection, phrases ("kill yourself", "ich bring dich um") only when their
least common word is present; spans are found by regular expression only in a text that
has some term. Frames are looked for only near their rarest part's words (one Hyperscan
pass says which are there). Stretched letters ("fuuuck") are read squeezed; the
normaliser's folded view has already undone leetspeak, spacing and look-alikes, and
words with symbols for letters ("b!tch", "a$$hole", "f#ck", "@sshole") are looked up
with the symbol read as its letter or as one to three letters (only when one Hyperscan
pass finds a symbol between letters or leading a word).
Who a term is aimed at and whether a text mentions abuse are `toxicity_aim`'s questions.
An insult right after a second-person word ("you", "du", "tu", "ты"…) or just before
one ("qué imbécil eres", "clowns like you") counts 2.5 times, and at least 0.8 when only
linking words stand between ("you are a complete idiot", "du bist so ein"); a negation
between ("you're not stupid") aims it at no one. A strong insult called a third person
("what a bitch", "es una zorra", "这个人渣") or described as one ("the owner is a greedy
lying scumbag", "nothing but a cheap whore", "ist doch nur eine Schlampe": a review's, a
forum's abuse) counts 1.6 times, unless said of oneself ("I'm such an idiot"); one in a
text with a second-person word elsewhere 1.5 times; a hateful word in a text naming a
group of people ("immigrants", "women"…) twice: aimed words hurt more than words said
about a thing. A text about abuse counts half: a report
or a moderator's question ("slur", "harassment", "threats", 辱骂, 욕설…), news or rules
with no one addressed ("police", "prosecutors", 警方…), and abuse quoted with a verb of
speech outside the quotation marks ("'I'll kill you,' the pirate snarled") mention the
words they hold; a moderation record (a report queue's JSON: `"reported_user":`,
`flagged_by:`) that mentions them counts a fifth, as the abuse it files is evidence,
unless the words about abuse are the message's own and it says the abuse to someone
("I reported you, you spineless rat": a comment API's JSON, a chat export's line), nor
when they are a harassment campaign's own call ("everyone mass-report her channel"); a
novel's words (`FICTION`: "scene", 小说) do not make sex it narrates mentioned.
Only the words that may say so are read: in a long text those around its terms, and
never a carrier's own (a page's "Reply · Report" links, a review's `"reported": false`,
a mail's transport headers and "… wrote:" lines). A
capitalised term after a title or among other capitalised words is a name ("Herr Fick",
"Dick Van Dyke"), and a term that is another language's ordinary word after a word of
that language is that word (French "le retard", a delay; "la douche", a shower). A
list of words, each an item by itself (a profanity filter's configuration, a blocklist),
counts as a record does;
a user's name and "wrote:" before a message on its line (a search result's snippet) is
no verb of speech. Words a community's rules cite as examples, each in quotation marks
and introduced as such ('insults such as "x", "y" or "z"', `toxicity_cited`), are not
said and do not count. Curses alone in source code's comments ("# fuck this flaky API")
count half (`toxicity_carrier.commented`), and so do curses that intensify praise ("this
blender is fucking amazing", `toxicity_praise`).
The score is `max(strongest term, sum of weights / sqrt(max(1, words / 20)))`: the sum
is damped in long texts, so one mild curse in a long document is not toxic but two in a
short reply are, while a term of weight 1 (a threat, a slur, "kill yourself") is enough
anywhere. The carrier around a message does not damp it (`toxicity_carrier`): terms
close together are also summed over their own stretch of text, and a strong curse in a
short message (a chat line, a comment, one string of a JSON result) or in a short
sentence of a long one, unquoted, is enough; a JSON result with letters escaped and a
quoted-printable mail are read decoded, a page with its tags taken out. A tool result of
many records (a thread's posts, a log's or a transcript's lines, numbered results, a
JSON result's objects: `toxicity_records`) is judged record by record: the words that
say a term is mentioned are its own record's (and a label or heading around it), a JSON
result's strings and a transcript's, a log's or a thread's records are summed each alone
and each counts as much as its own words say it (a news item's quoted threat stays
reported beside another post's banter, and no record counts more than the whole text
says), the learned layer's window over two records counts only when one of them comes
near the floor alone, and a window that touches no record holding a lexicon term is not
added to those terms. A slot at or over `threshold` yields one hit per term occurrence
(kind: its category), so `sanitize` can mask the words; at most `MAX_HITS` per slot,
then one hit without span (which blocks).

A learned layer (`toxicity_model`: the injection family's linear model over word and
CJK character n-grams, trained on abuse we wrote with no listed word) reads what the
lexicon cannot list — "everyone would be happier without you", "没有你大家都会更开心":
when the lexicon's score stays under the threshold, the best window's weight is added
(half in a text about abuse), and the window is one more occurrence, of the category its
strongest features point to.

Settings: `threshold` (default 0.8: one insult aimed at someone, a curse and an insult
in a short reply, or any strong term), `categories` (default all), `languages` (default
all: the lexicons'; the learned layer reads every language), `learned` (default true;
false scores the lexicons alone). The default action is `log` (registry): a lexicon
cannot tell using a word from mentioning it (a moderator's question, a quoted message, a
lyric, a log), so refusing by default would block legitimate work; an operator opts into
`block` for surfaces where that is wanted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from secproxy.content import Slot
from secproxy.guards import BaseGuard, GuardContext, GuardSettingsError, Hit
from secproxy.guards.injection_model import lowered
from secproxy.guards.licence import licence_near
from secproxy.guards.literals import Triggers
from secproxy.guards.toxicity_aim import (
    RECORD_FACTOR,
    Found,
    aimed,
    false_friend,
    mention_factor,
    named,
)
from secproxy.guards.toxicity_carrier import (
    COMMENT_FACTOR,
    CURSED,
    STRONG_CURSE,
    commented,
    cursed,
    decoded_view,
    densest,
    folded_decoded,
    letters_escaped,
)
from secproxy.guards.toxicity_cited import cited
from secproxy.guards.toxicity_frames import Positions, match, tokens_with_spans, windows
from secproxy.guards.toxicity_lexicon import (
    CATEGORIES,
    LANGUAGES,
    TRIPLES,
    Lexicon,
    Term,
    fold_arabic,
    glued,
    load_lexicon,
    parse_lexicon,
    pattern,
    words,
)
from secproxy.guards.toxicity_model import Learned, learned_score
from secproxy.guards.toxicity_model import load as load_model
from secproxy.guards.toxicity_praise import PRAISE_FACTOR, praised
from secproxy.guards.toxicity_records import records_holding, speaker, strings_holding
from secproxy.model import Severity

__all__ = ["CATEGORIES", "LANGUAGES", "MAX_HITS", "Scored", "ToxicityGuard", "load_lexicon",
           "parse_lexicon", "score"]

MAX_HITS = 32
"""Hits reported per slot at most."""



@lru_cache(maxsize=1024)
def _matcher(keys: frozenset[str]) -> re.Pattern[str]:
    """One regex for the terms a text may hold: at each position the longest term that
    starts there (group 1), matched inside a lookahead so that terms may overlap and
    `score` keeps the weightiest of overlapping ones."""
    alternatives = "|".join(pattern(k) for k in sorted(keys, key=len, reverse=True))
    # An apostrophe before a term is an edge: French and Italian elide ("d'abruti").
    return re.compile(rf"(?={_BEFORE}({alternatives}){_AFTER})", re.IGNORECASE)


_BEFORE = r"(?<![^\W_])(?<![^\W_][*_])(?<![^\W_][*_]{2})"
"""A term's start: not after a letter or a digit, nor after one and a star or underscore
or two ("f*uck", "my_var"); after a run of them that begins a word it is an edge
(Markdown's "**you moron**", "_fucking_")."""
_AFTER = r"(?![^\W_]|['’])(?![*_]+[^\W_])"
"""A term's end: not before a letter, a digit or an apostrophe, nor before stars or
underscores that go on with a word ("sh*tty", "fuck_this_var")."""


@dataclass(frozen=True, slots=True)
class Scored:
    """A text's score and the term occurrences behind it."""

    score: float
    found: list[tuple[int, int, Term]]
    """(start, end, term) of each occurrence, in text order."""
    cited: int = 0
    """Occurrences cited as examples (`toxicity_cited`), not counted nor in `found`."""

    @property
    def categories(self) -> list[str]:
        weight: dict[str, float] = {}
        for _, _, term in self.found:
            weight[term.category] = weight.get(term.category, 0.0) + term.weight
        return sorted(weight, key=lambda c: -weight[c])


def _held(tokens: list[str], keys: tuple[str, ...], anchor: str) -> list[str]:
    """The terms of `keys` (found from `anchor`, a word of `tokens`) whose words follow
    each other in `tokens`: the anchor's places are found once for all its phrases."""
    out = []
    places: list[int] | None = None
    for key in keys:
        parts = key.split()
        if len(parts) == 1:
            out.append(key)  # the anchor itself
            continue
        if places is None:
            places = _places(tokens, anchor)
        offset, n = parts.index(anchor), len(parts)
        if any(at >= offset and tokens[at - offset:at - offset + n] == parts for at in places):
            out.append(key)
    return out


def _places(tokens: list[str], word: str) -> list[int]:
    """Where `word` is in `tokens`."""
    out: list[int] = []
    at = -1
    while True:
        try:
            at = tokens.index(word, at + 1)
        except ValueError:
            return out
        out.append(at)


def _terms(text: str, lexicon: Lexicon, tokens: list[str]) -> Found:
    """Occurrences of the lexicon's whole-word terms and phrases."""
    present = lexicon.anchors.keys() & set(tokens)
    keys = frozenset(k for a in present for k in _held(tokens, lexicon.anchors[a], a))
    if not keys:
        return []
    out = []
    known: dict[str, Term | None] = {}  # the same words recur: cut each into words once
    for start, end, said in _occurrences(text, keys):
        if said not in known:
            known[said] = lexicon.terms.get(" ".join(words(said)))
        term = known[said]
        if term is not None:
            out.append((start, end, term))
    return out


def _occurrences(text: str, keys: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, text) of the longest of `keys` that starts at each place of `text`
    (as `_matcher` finds them). In ASCII text (its words, and so `keys`, are ASCII) each
    key is looked for where its first word is, by its own expression compiled once,
    rather than by an expression of these keys compiled for the text and tried at every
    character."""
    if not text.isascii():
        return [(m.start(1), m.end(1), m.group(1)) for m in _matcher(keys).finditer(text)]
    lower = text.lower()
    best: dict[int, tuple[int, str]] = {}  # start -> (end, text)
    # Longest first: the first key to match at a place is the one kept there.
    for key in sorted(keys, key=len, reverse=True):
        rx = _key_matcher(key)
        first = key.split(" ", 1)[0]
        at = lower.find(first)
        while at >= 0:
            if at not in best:
                m = rx.match(text, at)
                if m is not None:
                    best[at] = (m.end(), m.group())
            at = lower.find(first, at + 1)
    return [(at, end, said) for at, (end, said) in sorted(best.items())]


@lru_cache(maxsize=8192)
def _key_matcher(key: str) -> re.Pattern[str]:
    """One term as `_matcher` matches it, at a given place."""
    return re.compile(rf"{_BEFORE}(?:{pattern(key)}){_AFTER}", re.IGNORECASE)


_SYMBOLS = "*!@$#%"
_LEET = str.maketrans("@$!013457#%", "asioieast**")
"""Symbols and digits for the letters they stand for in a masked word; `#` and `%`, like
`*`, for any letter."""


_LEADING = "*@$"
"""Symbols that may begin a masked word ("@sshole", "$hit", "**ck"); `%`, `#` and `!`
before a letter begin a format directive, a hashtag or a negation in code."""
_MASK_TRIGGER = Triggers(rb"[a-zA-Z][*!@$#%]+[a-zA-Z]|(?:^|[^\w*@$])[*@$]+[a-zA-Z]"
                         rb"|(?:^|[^\w*])[a-zA-Z]{1,2}\*{2,3}(?:[^\w*]|$)|\?\*{1,3}\?")
"""Whether a text may hold a masked word at all (one Hyperscan pass; most texts have
symbols, in code, formats and addresses, but few beside a letter in a masked way). The
scan reads Latin-1, a letter of another script as "?": a star between two of them is a
Cyrillic word masked ("с*ка", "п*дор", "е*аный")."""
_WORDISH = re.compile(r"[\w*!@$#%]+")


def _masked_terms(text: str, lexicon: Lexicon, symbols: list[str]) -> Found:
    """Terms spelled with `symbols` for some letters ("b!tch", "a$$hole", "f#ck",
    "@sshole", "c*nt"): the normaliser's folded view leaves a symbol that is not a
    look-alike, and the word cutter splits at it."""
    out: Found = []
    seen: set[int] = set()
    size = len(text)
    for symbol in symbols:
        leads = symbol in _LEADING
        at = text.find(symbol)
        while at >= 0:
            # Only a symbol after a letter, or one that may begin a masked word before a
            # letter, can stand in a word ("# note", "%s", "!important" cannot).
            if not ((at and text[at - 1].isalpha()) or leads and (
                    at + 1 < size and text[at + 1].isalpha())):
                at = text.find(symbol, at + 1)
                continue
            start = at
            while start and (text[start - 1].isalnum() or text[start - 1] in _SYMBOLS):
                start -= 1
            m = _WORDISH.match(text, at)
            end = m.end() if m else at + 1
            at = text.find(symbol, end)
            if start in seen:
                continue
            seen.add(start)
            whole = end
            while end > start and text[end - 1] in "*!#%@$":
                end -= 1
            while start < end and text[start] in "*!#%":
                start += 1
            token = text[start:end]
            if len(token) < 3 and token.isalpha():
                # Starred to the end ("f***", "sh**"): only strong four-letter words.
                term = lexicon.masked.get(text[start:whole].lower())
                if term is not None:
                    out.append((start, whole, term))
                continue
            if not 3 <= len(token) <= 20 or token.isalnum() or sum(
                    c.isalpha() for c in token) < 2:
                continue
            canon = token.lower().translate(_LEET)
            term = (lexicon.masked if "*" in canon else lexicon.terms).get(canon)
            if term is not None:
                out.append((start, end, term))
    return out


def _masked(text: str, lexicon: Lexicon) -> Found:
    """`_masked_terms` of `text`, when `_MASK_TRIGGER` says it may hold one."""
    if not _MASK_TRIGGER.found(text)[0]:
        return []
    return _masked_terms(text, lexicon, [c for c in _SYMBOLS if c in text])


def _frames(text: str, lexicon: Lexicon, found: list[str]) -> Found:
    """Occurrences of the lexicon's frames, looked for only in windows around the words
    of their anchor parts (`found`: the literals `lexicon.literal_gate` found)."""
    plain = text.replace("’", "'") if "’" in text else text
    anchors = [a for a in found if a in lexicon.frames_of]
    if not anchors:
        return []
    spans = windows(plain, anchors, lexicon.edges)
    if not spans:  # only inside other words ("close", "default"): nothing to look at
        return []
    frames = list(dict.fromkeys(f for a in anchors for f in lexicon.frames_of[a]))
    out: Found = []
    for start, end in spans:
        tokens, spans = tokens_with_spans(text[start:end])
        where = Positions(tokens)
        for frame in frames:
            term = Term(frame.text, frame.category, frame.weight)
            out += [(start + spans[first][0], start + spans[last][1], term)
                    for first, last in match(frame, tokens, where)]
    return out


def _script_terms(text: str, lexicon: Lexicon, literals: list[str]) -> Found:
    """Occurrences of the terms matched as substrings (scripts without word spaces)
    among `literals`."""
    out = []
    lower = text.lower()
    for literal in literals:
        term = lexicon.substrings[literal]
        loan = len(literal) <= _LOAN_PART and all(_katakana(c) for c in literal)
        vocative = literal.startswith("يا ")
        # the ordinary words holding the term ("시발점"), where they are
        inside = [(a, a + len(w)) for w in lexicon.holders.get(literal, ())
                  for a in _starts(lower, w)]
        for at in _starts(lower, literal):
            end = at + len(literal)
            if vocative and glued(lower, at):
                continue  # the vocative "يا" ending another word (حاليا سخيف: currently silly)
            if any(a <= at and end <= b for a, b in inside):
                continue
            if loan and _in_loanword(lower, at, end, literal):
                continue
            out.append((at, end, term))
    return out


def _in_loanword(lower: str, at: int, end: int, literal: str) -> bool:
    """Whether the short katakana term `literal` at `at` is part of a longer katakana
    word: katakana before it, or after it unless it is the curse prefix (`_CURSE_PREFIX`)."""
    if at > 0 and _katakana(lower[at - 1]):
        return True
    return end < len(lower) and _katakana(lower[end]) and literal != _CURSE_PREFIX


def _starts(text: str, part: str) -> list[int]:
    """Where `part` begins in `text`, occurrences not overlapping."""
    out = []
    at = text.find(part)
    while at >= 0:
        out.append(at)
        at = text.find(part, at + len(part))
    return out


_LOAN_PART = 3
"""A katakana term of at most this many characters inside a longer run of katakana is
part of a loanword, not the insult: "カス" in カステラ and カスタム, "バカ" in バカンス,
"デブ" in デブリ (debris), "キモ" in キモノ, "カス" in サーカス. Compounds that are insults
("ゴミカス", "デブス", "キモデブ") are terms of their own."""
_CURSE_PREFIX = "クソ"
"""Before any other word "crap" is the curse ("クソシステム", "クソゲー")."""


def _katakana(c: str) -> bool:
    """Whether `c` is a katakana letter or the long-vowel mark."""
    return "\u30a1" <= c <= "\u30fa" or c == "\u30fc"


def _chosen(terms: Found, frames: Found, size: int) -> Found:
    """The occurrences that count, in text order. Of overlapping terms the weightiest
    counts ("fuck you" is one insult, not a curse and an insult; "can't hide from me"
    outweighs "you can't hide"), and so of overlapping frames; a term and a frame that
    share a word or two both count ("I'll make sure you lose", "lose your job"), but not
    one that is mostly the other's words."""
    found: Found = []
    taken = {False: bytearray(size), True: bytearray(size)}
    is_frame = {id(f[2]) for f in frames}
    for start, end, term in sorted(terms + frames, key=lambda c: (-c[2].weight,
                                                                 c[0] - c[1])):
        frame = id(term) in is_frame
        mine, other = taken[frame], taken[not frame]
        if any(mine[start:end]) or 2 * other[start:end].count(1) > end - start:
            continue
        mine[start:end] = b"\x01" * (end - start)
        found.append((start, end, term))
    found.sort(key=lambda f: f[0])
    return found


def _literals(text: str, lexicon: Lexicon) -> list[str]:
    """The frame anchors, tripled letters and script terms in `text` (one Hyperscan
    pass)."""
    return lexicon.literal_gate.found(text.replace("’", "'") if "’" in text else text)


def _scored(text: str, lexicon: Lexicon, literals: list[str], gated: bool | None = None,
            masked: Found | None = None) -> Scored:
    """`score` of one reading of `text`; `gated` (the gate's answer) and `masked`
    (`_masked_terms`) when the caller has them."""
    # A term's words are whole words of the text, so the gate finds it (it finds a
    # superset: its word edges are cruder than `words`' and it ignores the weights).
    if gated is None:
        gated = lexicon.gate.any(text.replace("’", "'") if "’" in text else text)
    tokens = None
    terms: Found = []
    if gated:
        tokens = words(text)
        terms = _terms(text, lexicon, tokens)
    terms += _masked(text, lexicon) if masked is None else masked
    scripts = [a for a in literals if a in lexicon.substrings] if not text.isascii() else []
    if scripts:
        terms += _script_terms(text, lexicon, scripts)
    frames = _frames(text, lexicon, literals)
    if not terms and not frames:
        return Scored(0.0, [])
    terms = [t for t in terms if not named(text, t[0]) and not false_friend(text, t[0], t[1])]
    # A frame of one class is a word (a compound's head): it is aimed like a term.
    terms += [f for f in frames if " " not in f[2].text]
    frames = [f for f in frames if " " in f[2].text]
    if tokens is None:
        tokens = words(text)
    vocabulary = set(tokens)
    found = _chosen(aimed(text, terms, vocabulary), frames, len(text))
    if not found:
        return Scored(0.0, [])
    examples = cited(text, found)
    if examples:
        # Words a community's rules cite as examples are not said: the rest counts.
        cited_at = {(a, b) for a, b, _ in examples}
        found = [f for f in found if (f[0], f[1]) not in cited_at]
        if not found:
            return Scored(0.0, [], len(examples))
    spans = [(a, b) for a, b, _ in found]
    held = None
    if len(found) > 1:
        held = strings_holding(text, spans)
        if held is None:
            held = records_holding(text, spans)
            if held is not None:
                # One person's lines are one record ("[21:01] kev: pathetic loser",
                # "[21:02] kev: stupid and ugly"): their terms are summed together.
                first: dict[str, tuple[int, int]] = {}
                held = [first.setdefault(who, span) if (who := speaker(text, span[0]))
                        else span for span in held]
    if held is not None and len(set(held)) > 1:
        # A JSON result's strings are its records (comments, titles, messages), and so
        # are a thread's posts, a log's or a transcript's lines and a search's results:
        # each one's terms are summed on their own, not with the other records' ("Stupid
        # Girl" and "Psycho Killer" are two titles, not a rant; one line's "burro" and
        # another's "shitty" are two people's words).
        # A record that reports abuse stays a report beside another record's words: a
        # news item's quoted threat is not made said by another post's banter ("qué
        # suerte tienes, cabrona"), nor by what the whole text says.
        groups: dict[tuple[int, int], Found] = {}
        for span, term in zip(held, found, strict=True):
            groups.setdefault(span, []).append(term)
        whole = mention_factor(text, found, vocabulary)
        value = max(_said_value(text, members, _summed(text[a:b], members, words(text[a:b]),
                                                       text), vocabulary, whole)
                    for (a, b), members in groups.items())
    else:
        value = _said_value(text, found, _summed(text, found, tokens, text), vocabulary)
    if commented(text, found):
        # Curses in source code's comments are said about the code, to no one.
        value *= COMMENT_FACTOR
    elif praised(text, found):
        # Curses that say how good something is ("fucking amazing") insult no one.
        value *= PRAISE_FACTOR
    return Scored(value, found, len(examples))


def _said_value(text: str, found: Found, value: float, vocabulary: set[str],
                most: float = 1.0) -> float:
    """`value`, the summed score of `found`'s terms, as much as `text` says them: a strong
    curse in a short message is enough (`cursed`), a text about abuse counts part of it
    (`mention_factor`, at most `most`)."""
    if value < CURSED and max(t.weight for _, _, t in found) >= STRONG_CURSE:
        value = max(value, cursed(text, found))
    return value * min(most, mention_factor(text, found, vocabulary))


def _summed(part: str, found: Found, tokens: list[str], text: str) -> float:
    """The score of `found`'s terms, which lie in `part` of `text` (`tokens` its words):
    the strongest term's weight, or the sum of all damped by `part`'s length, or by the
    length of the stretch they lie close together in (`densest`)."""
    total = sum(t.weight for _, _, t in found)
    strongest = max(t.weight for _, _, t in found)
    # Script text has few spaces: its length stands in for its word count.
    size = max(len(tokens), len(part) // 8)
    value = max(strongest, total / math.sqrt(max(1.0, size / 20)))
    if size > 20 and len(found) > 1:
        # Terms close together in a long text (a message in a mail's thread, one
        # result of many) are damped by their stretch's length, not the whole text's.
        value = max(value, densest(text, found))
    return value


def _runs(text: str, found: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of three or more of a letter (whatever its case) in ASCII
    `text`, in order; `found`, the literal gate's, holds the tripled letters there."""
    lower = lowered(text)  # the learned layer reads it next
    runs = []
    for triple in found:
        if triple not in TRIPLES:
            continue
        letter = triple[0]
        at = lower.find(triple)
        while at >= 0:
            end = at + 3
            while end < len(lower) and lower[end] == letter:
                end += 1
            runs.append((at, end))
            at = lower.find(triple, end)
    runs.sort()
    return runs


def _squeezed(text: str, keep: int, runs: list[tuple[int, int]]) -> str:
    """`text` with each of its `runs` cut to its first letter `keep` times."""
    out: list[str] = []
    at = 0
    for start, end in runs:
        out.append(text[at:start] + text[start] * keep)
        at = end
    out.append(text[at:])
    return "".join(out)


def _squeezed_index(size: int, keep: int, runs: list[tuple[int, int]]) -> list[int]:
    """Where each character of `_squeezed(text, keep, runs)` lies in `text` (of `size`
    characters; one more entry: the end). Made only for a squeezed reading that scores
    higher: a number per character (~75 us for 4 KB) is most of a squeezing's cost, and
    a base64 or hex payload's runs of letters ("AAA", "fff") are squeezed and read for
    nothing."""
    index: list[int] = []
    at = 0
    for start, end in runs:
        index += range(at, start + keep)
        at = end
    index += range(at, size + 1)
    return index


def _near_runs(text: str, lexicon: Lexicon, runs: list[tuple[int, int]]) -> str:
    """The parts of ASCII `text` around its `runs`, squeezed to one letter, then to
    two, each part on a line: a run's word with `lexicon.reach` runs of letters and
    digits on either side and whatever lies between them. A gate's match or a masked
    word that touches a run spans fewer runs than that (see `score`)."""
    spans: list[tuple[int, int]] = []
    after = -1
    for start, end in runs:
        if after == start or 0 <= after < start and text[after:start].isalnum():
            after = end
            continue  # in the same word as the run before: the same span
        after = end
        left = _reached_back(lexicon.reach, text, start)
        right = _reached(lexicon.reach, text, end)
        if spans and left <= spans[-1][1]:
            spans[-1] = (spans[-1][0], right)
        else:
            spans.append((left, right))
    parts: tuple[list[str], list[str]] = ([], [])
    i = 0
    for left, right in spans:
        at = left
        while i < len(runs) and runs[i][0] < right:
            start, end = runs[i]
            for keep, out in enumerate(parts, 1):
                out.append(text[at:start] + text[start] * keep)
            at = end
            i += 1
        for out in parts:
            out.append(text[at:right] + "\n")
    return "".join(parts[0]) + "".join(parts[1])


def _reached_back(reach: re.Pattern[str], text: str, at: int) -> int:
    """Where `reach`, matched backwards from `at`, ends: matched on the reversed text
    before `at`, a few hundred characters of it first, more when it reads them all."""
    width = 256
    while True:
        since = max(0, at - width)
        before = text[since:at][::-1]
        got = _reached(reach, before, 0)
        if got < len(before) or not since:
            return at - got
        width *= 4


def _reached(reach: re.Pattern[str], text: str, at: int) -> int:
    """Where `reach`, matched at `at`, ends (it matches everywhere, if only empty)."""
    m = reach.match(text, at)
    return m.end() if m else at


def score(text: str, lexicon: Lexicon) -> Scored:
    """The toxicity score of `text` under `lexicon`."""
    found = _literals(text, lexicon)
    gated = lexicon.gate.any(text.replace("’", "'") if "’" in text else text)
    triggered = _MASK_TRIGGER.found(text)[0]
    masked = _masked_terms(text, lexicon, [c for c in _SYMBOLS if c in text]) if (
        triggered) else []
    best = _scored(text, lexicon, found, gated, masked)
    folded = fold_arabic(text) if not text.isascii() else text
    if folded is not text:
        # Arabic written without its hamza or with ه for ة ("راح اذبحك", "حقيره"): read
        # with one spelling of each, as the lexicon's substrings are also known by.
        got = _scored(folded, lexicon, _literals(folded, lexicon), gated, masked)
        if got.score > best.score:
            best = got
    # Stretched letters ("fuuuuck", "stuuupid", "killll yourself") read as one letter or
    # two, whichever the lexicon knows; spans are mapped back to the text.
    if text.isascii() and any(a in TRIPLES for a in found):
        # Squeezing changes the text only inside its runs: what the squeezed text's
        # gates find away from them the text's own find there, and a gate's match or a
        # masked word that touches a run lies within `_near_runs`' parts. So when the
        # text has no term, masked word or frame anchor, and neither have those parts
        # squeezed, the squeezed text scores 0 and is not made (most text with a run:
        # "aaaa", "www", "zzz").
        runs = _runs(text, found)
        if not (gated or masked or _anchored(found, lexicon)) and _quiet_near(
                _near_runs(text, lexicon, runs), lexicon, triggered):
            return best
        for keep in (1, 2):
            squeezed = _squeezed(text, keep, runs)
            got = _scored(squeezed, lexicon, _literals(squeezed, lexicon))
            if got.score > best.score:
                index = _squeezed_index(len(text), keep, runs)
                best = Scored(got.score, [(index[s], index[e], t) for s, e, t in got.found],
                              got.cited)
    return best


def _quiet_near(near: str, lexicon: Lexicon, triggered: bool) -> bool:
    """Whether the parts of a text around its runs, squeezed (`near`), hold no term, no
    frame anchor and no masked word, the text itself holding none. When the text's mask
    trigger fired (`triggered`), its masked words were read and none found: the
    squeezed text's can only be near a run. When it did not fire, the squeezed text's
    fires only near a run, and then reads the whole text (the reader finds words the
    trigger misses: "4$$hole"), so a trigger there is enough to read it."""
    if lexicon.gate.any(near) or _anchored(_literals(near, lexicon), lexicon):
        return False
    if triggered:
        return not _masked_terms(near, lexicon, [c for c in _SYMBOLS if c in near])
    return not _MASK_TRIGGER.found(near)[0]


def _anchored(literals: list[str], lexicon: Lexicon) -> bool:
    """Whether `literals` (the literal gate's) hold a frame's anchor."""
    return any(a in lexicon.frames_of for a in literals)


def _with_learned(text: str, scored: Scored, learned: Learned) -> Scored:
    """`scored` with the learned signal's weight added and its window as one more
    occurrence (a term named after the features behind it)."""
    term = Term(f"learned ({', '.join(learned.features)})", learned.category, learned.weight)
    mine = (learned.span[0], learned.span[1], term)
    # A text about abuse (a report, a moderator's note, news, a quotation) mentions it:
    # the learned window counts half, as the lexicon's terms do.
    weight = learned.weight * mention_factor(text, [mine], set(words(text)), terms=False)
    if scored.cited:
        # Words cited as examples (a community's rules): the window reads them too.
        weight = min(weight, learned.weight * RECORD_FACTOR)
    total = scored.score + weight
    if scored.found:
        # In a tool result of many records, a window that touches no record holding one
        # of the lexicon's terms reads other people's words: the two are not summed.
        spans = [(a, b) for a, b, _ in scored.found]
        held = strings_holding(text, spans) or records_holding(text, spans)
        start, end = learned.span
        if held is not None and not any(a < end and start < b for a, b in held):
            total = max(scored.score, weight)
    return Scored(total, sorted([*scored.found, mine], key=lambda f: f[0]), scored.cited)


def _choice(settings: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    raw = settings.get(key, list(allowed))
    if not isinstance(raw, list | tuple) or not raw or not all(isinstance(x, str) for x in raw):
        raise GuardSettingsError(f"toxicity {key} must be a non-empty list")
    unknown = [x for x in raw if x not in allowed]
    if unknown:
        raise GuardSettingsError(f"toxicity {key}: unknown {', '.join(unknown)} "
                                 f"(known: {', '.join(allowed)})")
    return tuple(x for x in allowed if x in raw)


@dataclass
class ToxicityGuard(BaseGuard):
    """Scores each slot against the lexicons; see the module docstring."""

    family: str = "toxicity"
    threshold: float = 0.8
    learned: bool = True
    """Whether the learned layer's signal (`toxicity_model`) adds to the lexicon's score."""
    categories: frozenset[str] = frozenset(CATEGORIES)
    lexicon: Lexicon = field(default_factory=lambda: load_lexicon(LANGUAGES, CATEGORIES),
                             repr=False)

    def configure(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - {"threshold", "categories", "languages", "learned"}
        if unknown:
            raise GuardSettingsError(f"family toxicity takes threshold, categories, "
                                     f"languages and learned (got {', '.join(sorted(unknown))})")
        learned = settings.get("learned", True)
        if not isinstance(learned, bool):
            raise GuardSettingsError(f"toxicity learned must be true or false (got {learned!r})")
        self.learned = learned
        if learned:
            load_model()
        threshold = settings.get("threshold", 0.8)
        if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not (
                0 < threshold <= 100):
            raise GuardSettingsError("toxicity threshold must be a number in (0, 100]")
        self.threshold = float(threshold)
        categories = _choice(settings, "categories", CATEGORIES)
        self.categories = frozenset(categories)
        self.lexicon = load_lexicon(_choice(settings, "languages", LANGUAGES), categories)

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        hits: list[Hit] = []
        seen: set[tuple[int, int, int, str]] = set()
        for index, slot in enumerate(slots):
            if not slot.text:
                continue
            escaped = letters_escaped(slot.text)
            # A JSON string's escapes ("cr\u00e8ve", "\nyou") and a quoted-printable
            # mail's soft breaks ("idi=\not") cut its words: the text is read decoded.
            # Folding cuts the escapes of letters ("escribi\u00f3" -> "\uoofe"), and a
            # report's words with them: such a text is folded once decoded instead.
            views = [decoded_view(v) or v for v in ctx.views(index, slot.text)
                     if not (escaped and v.how == "fold") and v.how != "clean"]
            if escaped:
                views += filter(None, [folded_decoded(slot.text)])
            for view in views:
                scored = score(view.text, self.lexicon)
                # The learned layer reads the text as it came and its decoded views, not
                # the folded one: it learned on text as people write it (folding maps
                # look-alike letters across scripts, and found less), and one pass is
                # half the time of two.
                learned = (learned_score(view.text, self.categories) if self.learned
                           and scored.score < self.threshold and view.how != "fold"
                           else None)
                if learned is not None and not licence_near(view.text, learned.span[0]):
                    # A licence's conditions read to the learned layer as orders about
                    # "them" (`make sure that they … know their rights`).
                    scored = _with_learned(view.text, scored, learned)
                if scored.score >= self.threshold:
                    self._hits(index, view.origin, scored, hits, seen)
        return hits

    def _hits(self, index: int, origin: Any, scored: Scored, hits: list[Hit],
              seen: set[tuple[int, int, int, str]]) -> None:
        strong = any(t.weight >= 1.0 and t.category in ("threat", "hate", "self_harm")
                     for _, _, t in scored.found)
        severity = Severity.HIGH if strong or scored.score >= 2 * self.threshold else (
            Severity.MEDIUM)
        message = (f"toxic language ({', '.join(scored.categories)}; score "
                   f"{scored.score:.2f} >= {self.threshold:g})")
        count = 0
        for start, end, term in scored.found:
            span = origin(start, end)
            key = (index, span[0], span[1], term.category)
            if key in seen:
                continue
            seen.add(key)
            if count == MAX_HITS:
                hits.append(Hit("toxicity", message + ", more than shown", severity, index,
                                kind=scored.categories[0]))
                return
            count += 1
            hits.append(Hit("toxicity", message, severity, index, span, kind=term.category))
