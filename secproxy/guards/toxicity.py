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
normaliser's folded view has already undone leetspeak, spacing and look-alikes.
An insult right after a second-person word ("you", "du", "tu", "ты"…) counts 2.5 times,
one in a text with such a word elsewhere 1.5 times, and a hateful word in a text naming
a group of people ("immigrants", "women"…) twice: aimed words hurt more than words said
about a thing. A text about abuse (a report, a moderator's question: "slur",
"harassment", "threats"…) counts half: it mentions the words it quotes.
The score is `max(strongest term, sum of weights / sqrt(max(1, words / 20)))`: the sum
is damped in long texts, so one curse in a long document is not toxic but two in a
short reply are, while a term of weight 1 (a threat, a slur, "kill yourself") is
enough anywhere. A slot at or over `threshold` yields one hit per term occurrence (kind:
its category), so `sanitize` can mask the words; at most `MAX_HITS` per slot, then one
hit without span (which blocks).

Settings: `threshold` (default 0.8: one insult aimed at someone, a curse and an insult
in a short reply, or any strong term), `categories` (default all), `languages` (default
all). The default action is `log` (registry): a lexicon cannot tell using a word from
mentioning it (a moderator's question, a quoted message, a lyric, a log), so refusing
by default would block legitimate work; an operator opts into `block` for surfaces where
that is wanted.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from secproxy.content import Slot
from secproxy.guards import BaseGuard, GuardContext, GuardSettingsError, Hit
from secproxy.guards.literals import Triggers
from secproxy.guards.toxicity_frames import NEGATIONS as _NEGATIONS
from secproxy.guards.toxicity_frames import Positions, match, tokens_with_spans, windows
from secproxy.guards.toxicity_lexicon import (
    CATEGORIES,
    LANGUAGES,
    TRIPLES,
    Lexicon,
    Term,
    load_lexicon,
    parse_lexicon,
    pattern,
    words,
)
from secproxy.model import Severity

__all__ = ["CATEGORIES", "LANGUAGES", "MAX_HITS", "Scored", "ToxicityGuard", "load_lexicon",
           "parse_lexicon", "score"]

MAX_HITS = 32
"""Hits reported per slot at most."""

_ADDRESSEE = frozenset(
    "you your you're youre yourself ya u ur du dich dir dein deine deinen deiner toi t'es tu "
    "te ton ta tes vous votre tú eres usted ti sei tuo tua você voce vc seu sua jij jou jouw ты "
    "тебя "
    "тебе тобой твой твоя".split())
"""Second-person words: an insult with one of them is aimed at someone."""
_GROUPS = frozenset(
    "immigrants migrants foreigners refugees asylum muslims muslim jews jewish christians "
    "hindus sikhs arabs africans asians mexicans gypsies roma gays gay lesbians homosexuals "
    "trans transgender women woman girls blacks black disabled cripples religion race "
    "ausländer ausländern flüchtlinge migranten muslime juden schwule frauen behinderte "
    "immigrés étrangers réfugiés musulmans juifs homosexuels femmes handicapés "
    "inmigrantes extranjeros refugiados musulmanes judíos mujeres gitanos "
    "immigrati stranieri profughi musulmani ebrei donne zingari imigrantes estrangeiros "
    "refugiados muçulmanos judeus mulheres buitenlanders allochtonen vluchtelingen "
    "moslims joden vrouwen мигранты приезжие евреи мусульмане женщины people leute gens "
    "gente mensen люди".split())
"""Words naming a group of people: hateful descriptions of one weigh more."""
_MENTION = frozenset(
    "slur slurs harassment harassed bullying bullied abusive offensive threats threatening "
    "moderator moderators moderation quoted lyric lyrics victims condemned hate-speech "
    "beleidigung beleidigungen drohung drohungen hassrede hetze belästigung mobbing "
    "insulte insultes menaces harcèlement haineux injures modérateur modération citation "
    "insultos amenazas acoso moderador ofensivo ofensivos insulti minacce molestie "
    "moderatore offensivo insultos ameaças assédio ofensivo belediging beledigingen "
    "bedreigingen intimidatie kwetsend оскорбления угрозы травля модератор".split())
"""Words of text *about* abuse (a report, a moderator's question, an article): the words
it quotes are mentioned, not used, and count half."""
_SCRIPT_ADDRESSEE = ("你", "お前", "てめえ", "貴様", "너", "니가", "넌", "أنت", "انت", "يا ",
                     "तू", "तुम", "तुझ", "आप")
"""Second-person words of the scripts matched as substrings."""
_SELF_CALL = "يا لي"
"""Arabic's vocative said of oneself ("oh me, what a fool I am"): no one is addressed."""
_FORMAL = re.compile(r"\b(?:Sie|Ihnen|Ihre?[mnrs]?|Lei)\b")
"""The polite second person of German and Italian, told from "sie" (she, they) and
"lei" (she) by its capital."""
_MENTION_FACTOR = 0.5
_ADDRESSEE_RX = re.compile(r"(?<![\w'’])(?:" + "|".join(
    re.escape(a).replace("'", "['’]") for a in sorted(_ADDRESSEE, key=len, reverse=True))
    + r")(?![\w'’])", re.IGNORECASE)
_NEAR = 40
"""Characters between a second-person word and an insult after it at most (three words)."""
_LINK = frozenset(
    "are 're r is be look looks sound sounds seem seems such so a an the absolute complete "
    "total utter fucking fuckin effing bloody freaking damn little big real really truly "
    "just one such like bist ein eine einer einen so echt voll total ganz richtiger kleiner "
    "t'es es est un une vraiment tellement sale espèce d' eres eres un una tan muy menudo "
    "sei un una un' proprio davvero é és um uma muito tão seu sua bent een echt zo ты такой "
    "такая такое просто полный полная настоящий конченый für nur doch mal wirklich "
    "eigentlich der die das plus gros grosse grande gran le la el lo il".split())
"""Words that may stand between a second-person word and an insult it is called ("you
are a complete idiot", "du bist so ein", "t'es qu'un"): then the insult is said to
someone's face whatever its own weight."""
_AIMED_FLOOR = 0.8
"""An insult of weight 0.2 or more called to someone's face counts at least this much
("you're so stupid", "du bist blöd")."""
_EXCLAIM = frozenset(
    "what such typical quel quelle quels quelles espèce qué que menudo menuda che wat für so "
    "какой какая какие такой такая is 's es è é ist est".split())
"""Words right before a strong insult (with an article between at most) that call a
person it ("what a bitch", "quelle pétasse", "es una zorra", "was für ein …"): a strong
insult said of a third person counts `_EXCLAIM_FACTOR` times."""
_SELF = frozenset("i i'm im me je j'suis ich yo io eu ik я".split())
"""First-person words near a strong insult: said of oneself ("I'm such an idiot", "quel
idiot je fais"), it is no one's insult."""
_HONORIFIC = frozenset("mr mr. mrs mrs. ms ms. dr dr. herr frau mme mme. m. sr. sra. sig. "
                       "sig.ra dhr. mevr. prof prof. monsieur madame señor señora signor "
                       "signora senhor senhora".split())
"""Titles before a name: a capitalised term right after one is a name ("Herr Fick")."""
_INTENSE = frozenset(
    "complete total absolute utter fucking little big huge real right proper dumb stupid "
    "dirty absoluter kompletter totaler richtiger echter verdammter riesiger gran grande gros "
    "grosse vrai vraie sale pauvre maldito maldita pedazo vuile vuil grote".split())
"""Words between a marker and a strong insult that leave it called ("is a complete …")."""
_SCRIPT_EXCLAIM = ("真是个", "是个", "这个", "那个", "真是", "本当に", "って", "は", "이 ", "저 ",
                   "هذا ", "هذه ", "एक नंबर का ", "वो ")
"""Markers right before a strong insult in the scripts matched as substrings."""
_SPEECH = frozenset(
    "said says say snarled shouted yelled screamed whispered hissed growled cried told asked "
    "replied muttered roared barked threatened wrote sang sung sagte schrie rief drohte "
    "brüllte flüsterte hurla cria dit murmura menaça gritó dijo susurró amenazó gridò disse "
    "urlò minacciò grido urlo minaccio grito dijo susurro amenazo gritou berrou ameaçou "
    "ameacou schreeuwde zei riep dreigde закричал закричала "
    "сказал сказала крикнул прошептал пригрозил".split())
_SCRIPT_SPEECH = ("喊", "叫道", "说", "叫んで", "叫んだ", "言った", "소리치", "소리쳤", "말했",
                  "صرخ", "قال", "चिल्लाया", "बोला", "कहा")
"""Verbs of speech: with the abuse inside quotation marks, a text reports what someone
said (a novel's villain, a witness) and the quoted words count half."""
_QUOTED = re.compile(r"[\"“«„「『][^\"“”«»„「」『』]{1,300}[\"”»“」』]|(?<!\w)'.{1,300}?'(?!\w)"
                     r"|—[^—]{1,300}—|[:：]\s*[^.!?\n]{1,200}")
_NEWS = frozenset(
    "police prosecutors prosecutor propaganda historians historian allegedly alleged suspect "
    "convicted sentenced court linguists dehumanisation dehumanization xenophobia polizei "
    "ermittler staatsanwaltschaft gericht bezeichneten bezeichnete propagande tribunal "
    "enquêteurs policía fiscal polizia tribunale polícia politie rechtbank полиция "
    "пропаганда суд".split())
_SCRIPT_NEWS = ("警方", "宣传", "通報", "停止の対象", "警察", "정지", "신고", "경찰", "حظر",
                "الشرطة", "खाता बंद", "पुलिस")
"""Words of reports, news and rules: a text with one and no one addressed mentions the
abuse it describes (the scripts' ones matched as substrings)."""
_SCRIPT_MENTION = ("辱骂", "封号", "禁言", "暴言", "書き込み", "욕설", "الشتائم", "شتائم", "गाली")
"""`_MENTION`'s words in the scripts matched as substrings: "insults", "abusive posts"."""
_ARTICLES = frozenset("a an the ein eine einer un une una um uma een de d' la le".split())
_EXCLAIM_FACTOR = 1.6

_RUN = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _matcher(keys: frozenset[str]) -> re.Pattern[str]:
    """One regex for the terms a text may hold: at each position the longest term that
    starts there (group 1), matched inside a lookahead so that terms may overlap and
    `score` keeps the weightiest of overlapping ones."""
    alternatives = "|".join(pattern(k) for k in sorted(keys, key=len, reverse=True))
    # An apostrophe before a term is an edge: French and Italian elide ("d'abruti").
    return re.compile(rf"(?=(?<![\w*])({alternatives})(?![\w*'’]))", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Scored:
    """A text's score and the term occurrences behind it."""

    score: float
    found: list[tuple[int, int, Term]]
    """(start, end, term) of each occurrence, in text order."""

    @property
    def categories(self) -> list[str]:
        weight: dict[str, float] = {}
        for _, _, term in self.found:
            weight[term.category] = weight.get(term.category, 0.0) + term.weight
        return sorted(weight, key=lambda c: -weight[c])


def _count(tokens: list[str], parts: list[str], anchor: str) -> int:
    """How often the words `parts` follow each other in `tokens` (found from `anchor`)."""
    if len(parts) == 1:
        return tokens.count(anchor)
    offset, n, count, at = parts.index(anchor), len(parts), 0, -1
    while True:
        try:
            at = tokens.index(anchor, at + 1)
        except ValueError:
            return count
        if at >= offset and tokens[at - offset:at - offset + n] == parts:
            count += 1


Found = list[tuple[int, int, Term]]


def _terms(text: str, lexicon: Lexicon, tokens: list[str]) -> Found:
    """Occurrences of the lexicon's whole-word terms and phrases."""
    present = lexicon.anchors.keys() & set(tokens)
    keys = frozenset(k for a in present for k in lexicon.anchors[a]
                     if _count(tokens, k.split(), a))
    if not keys:
        return []
    out = []
    known: dict[str, Term | None] = {}  # the same words recur: cut each into words once
    for m in _matcher(keys).finditer(text):
        said = m.group(1)
        if said not in known:
            known[said] = lexicon.terms.get(" ".join(words(said)))
        term = known[said]
        if term is not None:
            out.append((m.start(1), m.end(1), term))
    return out


_SYMBOLS = "*!@$#%"
_LEET = str.maketrans("@$!013457#%", "asioieast**")
"""Symbols and digits for the letters they stand for in a masked word; `#` and `%`, like
`*`, for any letter."""


_LEADING = "*@$"
"""Symbols that may begin a masked word ("@sshole", "$hit", "**ck"); `%`, `#` and `!`
before a letter begin a format directive, a hashtag or a negation in code."""
_MASK_TRIGGER = Triggers(rb"[a-zA-Z][*!@$#%]+[a-zA-Z]|(?:^|[^\w*@$])[*@$]+[a-zA-Z]")
"""Whether a text may hold a masked word at all (one Hyperscan pass; most texts have
symbols, in code, formats and addresses, but few beside a letter in a masked way)."""
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
            while end > start and text[end - 1] in "*!#%@$":
                end -= 1
            while start < end and text[start] in "*!#%":
                start += 1
            token = text[start:end]
            if not 3 <= len(token) <= 20 or token.isalnum() or sum(
                    c.isalpha() for c in token) < 2:
                continue
            canon = token.lower().translate(_LEET)
            term = (lexicon.masked if "*" in canon else lexicon.terms).get(canon)
            if term is not None:
                out.append((start, end, term))
    return out


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
        at = lower.find(literal)
        while at >= 0:
            out.append((at, at + len(literal), term))
            at = lower.find(literal, at + len(literal))
    return out


def _aimed(text: str, terms: Found, vocabulary: set[str]) -> Found:
    """`terms` weighed by whom they are aimed at. An insult right after a second-person
    word ("you stupid …", "you're so dumb") or just before one ("qué imbécil eres",
    "clowns like you") weighs 2.5 times as much, and at least `_AIMED_FLOOR` when only
    linking words stand between ("you are a complete idiot"); a negation between ("you're
    not stupid") aims it at no one. A strong insult called a third person ("what a bitch",
    "es una zorra") weighs 1.6 times; one in a text with a second-person word elsewhere 1.5
    times; a hateful word in a text naming a group of people twice. (Frames carry their
    target in their shape and are not weighed.)"""
    script = not text.isascii() and any(a in text for a in _SCRIPT_ADDRESSEE)
    anywhere = not _ADDRESSEE.isdisjoint(vocabulary) or script or _FORMAL.search(
        text) is not None
    group = not _GROUPS.isdisjoint(vocabulary)
    insults = any(t.category == "insult" for _, _, t in terms)
    seconds = _second_persons(text, script) if anywhere and insults else []
    starts = [s for s, _ in seconds]
    out = []
    weighed: dict[tuple[Term, float, float], Term] = {}
    for start, end, term in terms:
        factor, floor = 1.0, 0.0
        if term.category == "insult":
            factor, floor = _insult_factor(text, start, end, term, seconds, starts)
        elif term.category == "hate" and group:
            factor = 2.0
        if factor != 1.0 or floor:
            key = (term, factor, floor)
            if key not in weighed:
                weighed[key] = Term(term.text, term.category,
                                    min(1.0, max(term.weight * factor, floor)))
            term = weighed[key]
        out.append((start, end, term))
    return out


def _insult_factor(text: str, start: int, end: int, term: Term,
                   seconds: list[tuple[int, int]], starts: list[int]) -> tuple[float, float]:
    """(factor, floor) of one insult occurrence (see `_aimed`)."""
    if seconds:
        at = bisect_right(starts, start) - 1
        while at >= 0 and seconds[at][1] > start:  # a second person inside the insult
            at -= 1
        if at >= 0:
            between = text[seconds[at][1]:start].lower().replace("’", "'").split()
            if len(between) <= 5 and _NEGATIONS.isdisjoint(between):
                linked = all(w.strip(",") in _LINK or w.endswith("'") for w in between)
                if linked or len(between) <= 3 and start - seconds[at][1] <= _NEAR:
                    return 2.5, _AIMED_FLOOR if linked and term.weight >= 0.2 else 0.0
        nxt = bisect_right(starts, end - 1)
        if nxt < len(seconds):
            between_text = text[end:seconds[nxt][0]]
            if (len(between_text) <= 24 and len(between_text.split()) <= 2
                    and not any(p in between_text for p in ",.;:!?\n")):
                return 2.5, 0.0
    if term.weight >= 0.5 and not text.isascii() and text[max(0, start - 12):start].endswith(
            _SCRIPT_EXCLAIM):
        return _EXCLAIM_FACTOR, 0.0
    if term.weight >= 0.5:
        before = text[max(0, start - 60):start].lower().replace("’", "'").split()[-5:]
        while before and (before[-1] in _ARTICLES or before[-1] in _INTENSE):
            before = before[:-1]
        after = text[end:end + 12].lower().split()[:1]
        if before and (before[-1] in _EXCLAIM or before[-1].endswith("'s")) and (
                _SELF.isdisjoint(before) and _SELF.isdisjoint(after)):
            return _EXCLAIM_FACTOR, 0.0
    return (1.5, 0.0) if seconds else (1.0, 0.0)


def _second_persons(text: str, script: bool) -> list[tuple[int, int]]:
    """Where each second-person word of `text` starts and ends, in order."""
    spans = [m.span() for m in _ADDRESSEE_RX.finditer(text)]
    spans += [m.span() for m in _FORMAL.finditer(text)]
    if script:
        for a in _SCRIPT_ADDRESSEE:
            at = text.find(a)
            while at >= 0:
                if not text.startswith(_SELF_CALL, at):  # "يا لي": oh me
                    spans.append((at, at + len(a)))
                at = text.find(a, at + 1)
    return sorted(spans)


def _named(text: str, start: int) -> bool:
    """Whether the term at `start` is a name: capitalised, right after a title ("Herr
    Fick", "Mr. Dick")."""
    if not text[start:start + 1].isupper():
        return False
    before = text[max(0, start - 40):start].split()
    if before and before[-1].lower() in _HONORIFIC:
        return True
    # Among other capitalised words ("Dick Van Dyke"), unless the text capitalises most
    # of its words (a shouted or title-cased line).
    after = text[start:start + 60].split()[1:2]
    if not any(w[:1].isupper() and w[1:2].islower() for w in (before[-1:] + after)):
        return False
    sample = text[:400].split()
    return sum(w[:1].isupper() for w in sample) * 2 < len(sample)


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


def _scored(text: str, lexicon: Lexicon, literals: list[str]) -> Scored:
    # A term's words are whole words of the text, so the gate finds it (it finds a
    # superset: its word edges are cruder than `words`' and it ignores the weights).
    tokens = None
    terms: Found = []
    if lexicon.gate.any(text.replace("’", "'") if "’" in text else text):
        tokens = words(text)
        terms = _terms(text, lexicon, tokens)
    if _MASK_TRIGGER.found(text)[0]:
        terms += _masked_terms(text, lexicon, [c for c in _SYMBOLS if c in text])
    scripts = [a for a in literals if a in lexicon.substrings] if not text.isascii() else []
    if scripts:
        terms += _script_terms(text, lexicon, scripts)
    frames = _frames(text, lexicon, literals)
    if not terms and not frames:
        return Scored(0.0, [])
    terms = [t for t in terms if not _named(text, t[0])]
    # A frame of one class is a word (a compound's head): it is aimed like a term.
    terms += [f for f in frames if " " not in f[2].text]
    frames = [f for f in frames if " " in f[2].text]
    if tokens is None:
        tokens = words(text)
    vocabulary = set(tokens)
    found = _chosen(_aimed(text, terms, vocabulary), frames, len(text))
    if not found:
        return Scored(0.0, [])
    total = sum(t.weight for _, _, t in found)
    strongest = max(t.weight for _, _, t in found)
    # Script text has few spaces: its length stands in for its word count.
    size = max(len(tokens), len(text) // 8)
    value = max(strongest, total / math.sqrt(max(1.0, size / 20)))
    if not _MENTION.isdisjoint(vocabulary) or _reported(text, found, vocabulary):
        value *= _MENTION_FACTOR
    return Scored(value, found)


def _reported(text: str, found: Found, vocabulary: set[str]) -> bool:
    """Whether `text` reports abuse rather than says it: news or rules with no one
    addressed, or every strong term inside quotation marks with a verb of speech outside
    them ("'I'll kill you,' the pirate snarled")."""
    script = not text.isascii()
    addressed = not _ADDRESSEE.isdisjoint(vocabulary) or script and any(
        a in text for a in _SCRIPT_ADDRESSEE)
    if script and any(m in text for m in _SCRIPT_MENTION):
        return True
    if not addressed and (not _NEWS.isdisjoint(vocabulary) or script and any(
            m in text for m in _SCRIPT_NEWS)):
        return True
    if _SPEECH.isdisjoint(vocabulary) and not (script and any(
            v in text for v in _SCRIPT_SPEECH)):
        return False
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    if not quoted:
        return False
    strong = [(s, e) for s, e, t in found if t.weight >= 0.5] or [(s, e) for s, e, _ in found]
    return all(any(a <= s and e <= b for a, b in quoted) for s, e in strong)


def _squeezed(text: str, keep: int) -> tuple[str, list[int]]:
    """`text` with each run of three or more of a letter cut to `keep`, and the index of
    each of its characters in `text` (one more entry: the end)."""
    out: list[str] = []
    index: list[int] = []
    at = 0
    for m in _RUN.finditer(text):
        out.append(text[at:m.start()] + m.group(1) * keep)
        index += range(at, m.start() + keep)
        at = m.end()
    out.append(text[at:])
    index += range(at, len(text) + 1)
    return "".join(out), index


def score(text: str, lexicon: Lexicon) -> Scored:
    """The toxicity score of `text` under `lexicon`."""
    found = _literals(text, lexicon)
    best = _scored(text, lexicon, found)
    # Stretched letters ("fuuuuck", "stuuupid", "killll yourself") read as one letter or
    # two, whichever the lexicon knows; spans are mapped back to the text.
    if text.isascii() and any(a in TRIPLES for a in found):
        for keep in (1, 2):
            squeezed, index = _squeezed(text, keep)
            got = _scored(squeezed, lexicon, _literals(squeezed, lexicon))
            if got.score > best.score:
                best = Scored(got.score, [(index[s], index[e], t) for s, e, t in got.found])
    return best


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
    lexicon: Lexicon = field(default_factory=lambda: load_lexicon(LANGUAGES, CATEGORIES),
                             repr=False)

    def configure(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - {"threshold", "categories", "languages"}
        if unknown:
            raise GuardSettingsError(f"family toxicity takes threshold, categories and "
                                     f"languages (got {', '.join(sorted(unknown))})")
        threshold = settings.get("threshold", 0.8)
        if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not (
                0 < threshold <= 100):
            raise GuardSettingsError("toxicity threshold must be a number in (0, 100]")
        self.threshold = float(threshold)
        self.lexicon = load_lexicon(_choice(settings, "languages", LANGUAGES),
                                    _choice(settings, "categories", CATEGORIES))

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        hits: list[Hit] = []
        seen: set[tuple[int, int, int, str]] = set()
        for index, slot in enumerate(slots):
            if not slot.text:
                continue
            for view in ctx.views(index, slot.text):
                scored = score(view.text, self.lexicon)
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
