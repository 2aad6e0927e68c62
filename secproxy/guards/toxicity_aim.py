"""Whom a toxicity term is aimed at, and whether a text uses abuse or mentions it.

`aimed` weighs each occurrence by its target: an insult called to someone's face, or
called a third person, weighs more than a word said about a thing; a hateful word in a
text naming a group of people weighs more. `mentioned` says whether a text reports abuse
rather than says it (a moderator's question, news or rules with no one addressed, abuse
quoted with a verb of speech outside the quotation marks), and `named` whether a
capitalised term is a name. See `toxicity`'s docstring for the figures.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from secproxy.guards.toxicity_frames import NEGATIONS as _NEGATIONS
from secproxy.guards.toxicity_lexicon import Term, glued, words
from secproxy.guards.toxicity_records import (
    holder,
    introduction,
    is_json,
    json_string_at,
    message_start,
    records_holding,
    strings_holding,
)
from secproxy.guards.toxicity_words import (
    ADDRESSEE,
    AFTER_CALL,
    AND,
    ARTICLES,
    CLAUSE,
    COPULAS,
    DARES,
    DUTCH,
    DUTCH_ADDRESSEE,
    EXCLAIM,
    EXCLAMATIVE,
    FALSE_FRIENDS,
    FICTION,
    GROUPS,
    HONORIFIC,
    IDIOMS,
    INTENSE,
    LINK,
    MENTION,
    NEWS,
    OUGHT,
    POLICE,
    RECORD_WORDS,
    REGISTER,
    ROMANCE,
    SCRIPT_ADDRESSEE,
    SCRIPT_EXCLAIM,
    SCRIPT_FICTION,
    SCRIPT_MENTION,
    SCRIPT_NEWS,
    SCRIPT_OUGHT,
    SCRIPT_SPEECH,
    SELF,
    SELF_CALL,
    SPEECH,
)

__all__ = ["LISTED", "MENTION_FACTOR", "RECORD_FACTOR", "Found", "aimed", "false_friend",
           "listed", "mention_factor", "mentioned", "named"]

Found = list[tuple[int, int, Term]]
"""(start, end, term) of each occurrence."""
MENTION_FACTOR = 0.5
"""What a text that mentions abuse counts of its score."""
RECORD_FACTOR = 0.2
"""What a moderation record (a report queue's JSON, a ticket's fields) counts of its
score: the abuse it holds is the evidence filed, quoted whole, often several strong
terms at once, so halving is not enough."""
_RECORD = re.compile(
    r"(?<![\w.-])[\w.-]{0,30}(?:report|flag|moderat|complain|abuse_|offen[cs]e|violation)"
    r"[\w.-]{0,30}\\?[\"']?\s*[:=]", re.IGNORECASE)
"""A field of a moderation record: a key naming a report, a flag, a moderation step or a
complaint (`"reported_user":`, `report_reason=`, `flagged_by:`)."""
_JSON_KEY = re.compile(r'"[\w.-]{1,40}\\?"\s*:')
"""A JSON object's key: a structured record (a queue item, a ticket, an API's answer)."""
_JSON_STRING = re.compile(r'(?<!\\)"(?:[^"\\\n]|\\.){0,4000}"')
"""A JSON string (its escaped quotation marks read as `toxicity_carrier` decodes them)."""


_ENTRY = re.compile(
    r"[(\[][^()\[\]\n]{0,40}[)\]]|(?<![^\W\d_])(?:adj|adv|interj|etym|subst|vulg|pej|"
    r"fam|ugs|colloq|agg|sost|[ns]\.\s?[mf])\.(?!\w)", re.IGNORECASE)
"""A dictionary entry's shape: a label in brackets ("(vulgär)", "[pejorative]") or an
abbreviated one ("adj.", "etym.", "s.m.") on the register label's line."""
_FORMAL = re.compile(r"\b(?:Sie|Ihnen|Ihre?[mnrs]?|Lei)\b")
"""The polite second person of German and Italian, told from "sie" (she, they) and
"lei" (she) by its capital."""


def _formal(text: str) -> bool:
    """Whether `text` may hold `_FORMAL`'s words (a substring search each, where the
    expression tries every character)."""
    return "Sie" in text or "Ih" in text or "Lei" in text


_ADDRESSEE_RX = re.compile(r"(?<![\w'’])(?:" + "|".join(
    re.escape(a).replace("'", "['’]") for a in sorted(ADDRESSEE, key=len, reverse=True))
    + r")(?![\w'’])", re.IGNORECASE)
_NEAR = 40
"""Characters between a second-person word and an insult after it at most (three words)."""
_AIMED_FLOOR = 0.8
"""An insult of weight 0.2 or more called to someone's face counts at least this much
("you're so stupid", "du bist blöd")."""
_QUOTED = re.compile(r"[\"“«„「『'—:：](?:(?<=[\"“«„「『])[^\"“”«»„「」『』]{1,300}[\"”»“」』]"
                     r"|(?<=')(?<!\w').{1,300}?'(?!\w)|(?<=—)[^—]{1,300}—"
                     r"|(?<=[:：])[ \t]*[^.!?\n]{1,200})")
"""A quotation: in quotation marks, apostrophes (not one after a letter), dashes, or
after a colon on its line (a line ending "… wrote:" heads the message under it, as a
mail's quoted reply and a forum page's posts do). Led by a class of its first
characters, so that the search skips to them rather than trying every character."""
_MARKS = frozenset("\"“«„「『'")
"""The quotation marks that open a quotation of `_QUOTED`."""


_POLICE_DARE = re.compile(
    r"\b(?:if|als|wenn|falls|si|se|если)\W+(?:[^\W\d_]+\W+){0,4}?"
    r"(?:police|polizei|politie|polic[ií]a|polícia|polizia|полици[юяей])\b",
    re.IGNORECASE)
"""Going to the police as a threat's condition ("als je naar de politie gaat, …", "if you
call the police …", "если пойдёшь в полицию"): the threat's words, not news."""


def _police_dared(text: str, vocabulary: set[str]) -> bool:
    """Whether `NEWS`'s words in `vocabulary` are police named only in dares."""
    news = NEWS & vocabulary
    if not news <= POLICE:
        return False
    dared = len(_POLICE_DARE.findall(text))
    said = sum(len(re.findall(rf"\b{re.escape(w)}\b", text, re.IGNORECASE)) for w in news)
    return dared > 0 and dared >= said


def _without_dares(text: str) -> str:
    """`text` without `DARES`, which hold `SCRIPT_MENTION`'s 신고 (a report)."""
    if "신고" not in text:
        return text
    for dare in DARES:
        text = text.replace(dare, " ")
    return text


_EXCLAIM_FACTOR = 1.6


def aimed(text: str, terms: Found, vocabulary: set[str]) -> Found:
    """`terms` weighed by whom they are aimed at. An insult right after a second-person
    word ("you stupid …", "you're so dumb") or just before one ("qué imbécil eres",
    "clowns like you") weighs 2.5 times as much, and at least `_AIMED_FLOOR` when only
    linking words stand between ("you are a complete idiot"); a negation between ("you're
    not stupid") aims it at no one. A strong insult called a third person ("what a bitch",
    "es una zorra") or described as one (`_predicated`: "the owner is a greedy lying
    scumbag") weighs 1.6 times; one in a text with a second-person word elsewhere 1.5
    times; a hateful word in a text naming a group of people twice. (Frames carry their
    target in their shape and are not weighed.)"""
    script = not text.isascii() and any(a in text for a in SCRIPT_ADDRESSEE)
    others = _not_you(vocabulary)
    anywhere = bool((ADDRESSEE & vocabulary) - others) or script or _formal(text) and (
        _FORMAL.search(text) is not None)
    group = not GROUPS.isdisjoint(vocabulary)
    insults = any(t.category == "insult" for _, _, t in terms)
    seconds = [(a, b) for a, b in _second_persons(text, script)
               if text[a:b].lower() not in others] if anywhere and insults else []
    starts = [s for s, _ in seconds]
    where = frozenset(s for s, _, t in terms if t.category == "insult") if insults else (
        frozenset())
    out = []
    weighed: dict[tuple[Term, float, float], Term] = {}
    for start, end, term in terms:
        factor, floor = 1.0, 0.0
        if term.category == "insult":
            factor, floor = _insult_factor(text, start, end, term, seconds, starts, where)
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
                   seconds: list[tuple[int, int]], starts: list[int],
                   insults: frozenset[int] = frozenset()) -> tuple[float, float]:
    """(factor, floor) of one insult occurrence (see `aimed`)."""
    if seconds:
        at = bisect_right(starts, start) - 1
        while at >= 0 and seconds[at][1] > start:  # a second person inside the insult
            at -= 1
        if at >= 0:
            # A quoted reply's markers at the start of its lines ("> ") are no words.
            between = [w for w in text[seconds[at][1]:start].lower().replace(
                "’", "'").split() if w.strip(">|")]
            coordinated = _coordinated(between)
            if (len(between) <= 5 or coordinated) and _NEGATIONS.isdisjoint(between):
                # In the scripts without word spaces a few characters are a copula
                # ("你就是个垃圾", "넌 진짜 쓰레기").
                linked = all(w.strip(",") in LINK or w.endswith("'") for w in between) or (
                    not text.isascii() and len("".join(between)) <= 4) or _described(
                    between) or coordinated
                if linked or len(between) <= 3 and start - seconds[at][1] <= _NEAR:
                    return 2.5, _AIMED_FLOOR if linked and term.weight >= 0.2 else 0.0
        nxt = bisect_right(starts, end - 1)
        if nxt < len(seconds):
            between_text = text[end:seconds[nxt][0]]
            if (len(between_text) <= 24 and len(between_text.split()) <= 2
                    and not any(p in between_text for p in ",.;:!?\n")):
                return 2.5, 0.0
    if term.weight >= 0.5 and not text.isascii() and text[max(0, start - 12):start].endswith(
            SCRIPT_EXCLAIM):
        return _EXCLAIM_FACTOR, 0.0
    if term.weight >= _VOCATIVE_WEIGHT and _vocative(text, start, end):
        return 2.5, _AIMED_FLOOR
    if term.weight >= _EXCLAMATIVE_WEIGHT:
        # A JSON string's or a code literal's opening quotation mark is no part of the
        # word after it ('"content": "Quel minable, …"', "text='Qué idiota…'"), nor is a
        # CSV row's comma ("102,mara,Typical dumbass take.,2026-10-03").
        before = _OPENERS.sub(" ", text[max(0, start - 60):start].lower().replace(
            "’", "'")).replace(",", " ").split()[-5:]
        while before and before[-1] not in EXCLAIM and (before[-1] in ARTICLES
                                                        or before[-1] in INTENSE):
            before = before[:-1]
        if len(before) > 2 and before[-2] in ARTICLES and before[-3] in EXCLAIM:
            before = before[:-2]  # an adjective after the article
        after = text[end:end + 16].lower().replace(",", " ").split()[:2]
        if before and (before[-1] in EXCLAIM or before[-1].endswith("'s")) and (
                SELF.isdisjoint(before) and SELF.isdisjoint(after)):
            if before[-1] in EXCLAMATIVE and _closes(text, end, insults):
                # "what a muppet", "quel crétin": an exclamation calls someone it, weak
                # word or strong ("what an idiotic design" calls a thing so).
                return _EXCLAIM_FACTOR, _AIMED_FLOOR
            if term.weight >= 0.5:
                return _EXCLAIM_FACTOR, 0.0
        if term.weight >= 0.5 and SELF.isdisjoint(after) and _predicated(_OPENERS.sub(
                " ", text[max(0, start - 90):start].lower().replace("’", "'")).replace(
                ",", " ").split()[-9:]):
            # "the owner is a greedy lying scumbag", "the driver was a rude fat pig and a
            # complete moron", "she's nothing but a cheap whore": a review's, a forum's
            # word for a third person, as "is a pompous dickhead" is.
            return _EXCLAIM_FACTOR, 0.0
    return (1.5, 0.0) if _on_its_line(text, start, end, starts) else (1.0, 0.0)


_RESTRICT = frozenset("just only merely simply really truly nur bloß bloss doch echt halt "
                      "wirklich gewoon maar".split())
"""Words between a copula and the noun phrase that call a person only that, or really
that ("is just a …", "ist doch nur eine …", "is gewoon een …")."""
_NOUN_ARTICLES = ARTICLES | frozenset("uno einen einem el il lo".split())
"""Articles that begin a noun phrase (`ARTICLES`, and the forms of a predicate
noun's article it lacks: "è uno stronzo")."""
_ONLY = {"but": ("nothing",), "de": ("passa", "passava"), "qu'un": ("rien", "c'est", "n'est"),
         "qu'une": ("rien", "c'est", "n'est")}
"""A restriction's last word before its noun phrase (or with its article: "qu'une"), and
the words one of which comes right before it: "nothing but a …", "não passa de uma …",
"c'est rien qu'une …"."""
_GLUED = frozenset(("qu'un", "qu'une"))


def _predicated(before: list[str]) -> bool:
    """Whether the words `before` an insult end with a copula and the insult's noun
    phrase: an article, at most three words describing it ("is a greedy lying …"), or
    two such phrases joined by "and" ("was a rude fat pig and a …"), after a restriction
    or not ("is just a …", "nothing but a …"); none of the phrase's words a negation, a
    first person or one that starts another clause, nor the copula's subject a first
    person."""
    i = len(before)
    for _ in range(2):  # a noun phrase, and one it is coordinated with
        j = next((k for k in range(i - 1, max(-1, i - 5), -1)
                  if before[k] in _NOUN_ARTICLES or before[k] in _GLUED), None)
        phrase = before[j + 1:i] if j is not None else []
        if j is None or not (CLAUSE.isdisjoint(phrase) and _NEGATIONS.isdisjoint(phrase)
                             and SELF.isdisjoint(phrase)):
            return False
        i = j + 1 if before[j] in _GLUED else j
        if before[j] in _GLUED or not (i and before[i - 1] in AND):
            break
        i -= 1
    head = before[:i]
    while head and head[-1] in _RESTRICT:
        head = head[:-1]
    if not head or not SELF.isdisjoint(head[-3:]):
        return False
    if head[-1] in _ONLY:
        return len(head) > 1 and head[-2] in _ONLY[head[-1]]
    return head[-1] in EXCLAIM and head[-1] not in EXCLAMATIVE or head[-1].endswith("'s")


def _on_its_line(text: str, start: int, end: int, starts: list[int]) -> bool:
    """Whether a second-person word (`starts`: where each begins) is on the line of the
    term at `start`-`end`: in a tool result of many messages another message's "you" is
    said to someone else."""
    if not starts:
        return False
    left, right = _line(text, start, end)
    at = bisect_right(starts, left - 1)
    return at < len(starts) and starts[at] < right


_MESSAGE_EDGES = ("\n", "<", ">")
"""What ends a message's line: a line break, a tag (an XML or HTML result of many
messages on one line)."""


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """(left, right) of the line around `start`-`end`, between `_MESSAGE_EDGES`, and
    within the JSON string that holds it in a JSON text (a JSON result's records, all on
    one line, are messages of their own)."""
    left = max(text.rfind(edge, 0, start) for edge in _MESSAGE_EDGES) + 1
    rights = [at for at in (text.find(edge, end) for edge in _MESSAGE_EDGES) if at >= 0]
    right = min(rights, default=len(text))
    if is_json(text):
        string = json_string_at(text, start, end)
        if string is not None:
            return max(left, string[0]), min(right, string[1])
    return left, right


_OPENERS = re.compile(r"(?:^|(?<=[\s=:(\[{,]))[\"'“«„]+")
"""Quotation marks that open a string or a quotation (after a space, `=`, `:`, a bracket
or a comma): read as spaces before an exclamative's words."""
_EXCLAMATIVE_WEIGHT = 0.3
"""The weight from which an insult after an exclamative is called (a copula's third
person needs a strong insult, 0.5)."""


def _closes(text: str, end: int, insults: frozenset[int]) -> bool:
    """Whether the insult ending at `end` closes its phrase: punctuation or the text's end
    follows, a word that starts another ("what a muppet, honestly", "what a loser he
    is") or another insult (`insults`: where they start; "what a spineless weasel"),
    not a noun it would describe ("what an idiotic design")."""
    rest = text[end:end + 24]
    stripped = rest.lstrip(" \t")
    if not stripped or not stripped[0].isalpha():
        return True
    if end + len(rest) - len(stripped) in insults:
        return True
    return stripped.split(None, 1)[0].lower().strip(",.!?") in AFTER_CALL


def _described(between: list[str]) -> bool:
    """Whether the words between a second-person word and an insult describe the person
    ("you are an arrogant, lazy leech", "du bist ein fauler, dummer …"): a copula first,
    then three words at most besides linking ones, none starting another clause."""
    if not between or between[0] not in COPULAS or len(between) > 5:
        return False
    words = [w.strip(",") for w in between[1:]]
    return CLAUSE.isdisjoint(words) and sum(w not in LINK for w in words) <= 3 and not any(
        w[-1:] in ".!?;:" for w in between)


def _coordinated(between: list[str]) -> bool:
    """Whether the words between a second-person word and an insult call the person two
    things joined by "and" ("du bist ein armseliger Wurm und ein feiger …", "you are a
    lazy liar and a …"): a copula first, a phrase of four words at most, "and", then an
    article and two words at most, none starting another clause."""
    if len(between) < 4 or between[0] not in COPULAS or len(between) > 9 or any(
            w[-1:] in ".!?;:" for w in between):
        return False
    words = [w.strip(",") for w in between[1:]]
    joins = [i for i, w in enumerate(words) if w in AND]
    if len(joins) != 1:
        return False
    first, second = words[:joins[0]], words[joins[0] + 1:]
    return (1 <= len(first) <= 4 and 1 <= len(second) <= 3 and second[0] in ARTICLES
            and CLAUSE.isdisjoint(first) and CLAUSE.isdisjoint(second))


_VOCATIVE_WEIGHT = 0.3
"""The weight from which an insult said as a call is aimed (`_vocative`)."""


def _vocative(text: str, start: int, end: int) -> bool:
    """Whether the insult at `start:end` is a call: after a comma and closing its
    sentence ("chiudi quella bocca, deficiente", "hou je bek, sukkel.", "shut up, idiot!"),
    the word a speaker calls the person spoken to."""
    before = text[max(0, start - 3):start].rstrip()
    if not before.endswith(","):
        return False
    after = text[end:end + 3].lstrip(" \t")
    return not after or after[0] in ".!?\n\"”»"


def _second_persons(text: str, script: bool) -> list[tuple[int, int]]:
    """Where each second-person word of `text` starts and ends, in order."""
    spans = [m.span() for m in _ADDRESSEE_RX.finditer(text)]
    if _formal(text):
        spans += [m.span() for m in _FORMAL.finditer(text)]
    if script:
        for a in SCRIPT_ADDRESSEE:
            at = text.find(a)
            while at >= 0:
                # "يا لي": oh me; a part of another word
                if not text.startswith(SELF_CALL, at) and not _inside_word(text, at, a):
                    spans.append((at, at + len(a)))
                at = text.find(a, at + 1)
    return sorted(spans)


_ARABIC_RUN = re.compile("[\u0620-\u064a]*")
_YOU_ENDINGS = ("", "ي", "م", "و", "ى", "ما")
"""What may follow "انت" in one word: انتي, انتم, انتو, انتما (not انتخابات, انتظر)."""
_HANGUL_AFTER_YOU = frozenset("무머비구그")
"""Syllables after "너" that make another word: 너무 (very), 너머, 너비, 너구리, 너그럽다."""
_DEVANAGARI_RUN = re.compile("[\u0900-\u097f]*")
_HINDI_YOU_ENDINGS = {"तू": ("", "ने", "झे", "ही"),
                      "आप": ("", "का", "की", "के", "को", "ने", "से", "ही", "में")}
"""What may follow "तू" and "आप" in one word (तूने, आपका; not तूफ़ान, a storm, nor आपदा,
a disaster, आपूर्ति, supply)."""


def _inside_word(text: str, at: int, word: str) -> bool:
    """Whether the script second person `word` at `at` is a part of another word: Arabic
    glued to a word before it (كانت, she was; عقليا, mentally) or "انت" going on into
    one (انتخابات, elections); Hindi "तू" and "आप" inside another word (फालतू, useless;
    आपदा, a disaster); Korean "너", "넌" or "니가" after a syllable (파트너, a partner;
    어머니가, mother), "너" before one of `_HANGUL_AFTER_YOU` (너무, very)."""
    end = at + len(word)
    if "\u0600" <= word[0] <= "\u06ff":
        if glued(text, at):
            return True
        run = _ARABIC_RUN.match(text, end)
        return word in ("انت", "أنت") and run is not None and run.group() not in _YOU_ENDINGS
    if word in _HINDI_YOU_ENDINGS:
        # पालतू, फालतू, अक्तूबर: a letter before; तूफ़ान, आपदा: another word after
        run = _DEVANAGARI_RUN.match(text, end)
        return at > 0 and "\u0900" <= text[at - 1] <= "\u097f" or (
            run is not None and run.group() not in _HINDI_YOU_ENDINGS[word])
    if word[0] in "너넌니":
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        return "\uac00" <= before <= "\ud7a3" or word == "너" and after in _HANGUL_AFTER_YOU or (
            word == "넌" and "\uac00" <= after <= "\ud7a3")
    return False


_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?\s*$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def false_friend(text: str, start: int, end: int) -> bool:
    """Whether the term at `start`-`end` is another language's ordinary word
    (`FALSE_FRIENDS`), told by the word before it, or a word of an ordinary phrase
    (`IDIOMS`), told by the word after it."""
    said = text[start:end].lower()
    idiom = IDIOMS.get(said)
    if idiom is not None:
        m = _WORD_AFTER.match(text, end)
        return m is not None and m.group(1).lower() in idiom
    after = FALSE_FRIENDS.get(said)
    if after is None:
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() in after


def named(text: str, start: int) -> bool:
    """Whether the term at `start` is a name: capitalised, right after a title ("Herr
    Fick", "Mr. Dick")."""
    if not text[start:start + 1].isupper():
        return False
    before = text[max(0, start - 40):start].split()
    if before and before[-1].lower() in HONORIFIC:
        return True
    # Among other capitalised words ("Dick Van Dyke"), unless the text capitalises most
    # of its words (a shouted or title-cased line).
    after = text[start:start + 60].split()[1:2]
    # The word before only when a space on the same line parts them and no stop ends it:
    # after markup ("Lena,</p><p>Vuile hoer"), a line's end or a sentence's ("… by
    # Wednesday.\n\nРазошлю …") the text before is another sentence, not a name's start.
    prior = before[-1:] if start and text[start - 1] in " \t" and not (
        before and before[-1][-1:] in ".!?:;,") else []
    if not any(w[:1].isupper() and w[1:2].islower() for w in (prior + after)):
        return False
    sample = text[:400].split()
    return sum(w[:1].isupper() for w in sample) * 2 < len(sample)


def _called_for(lines: str, found: Found) -> bool:
    """Whether `found` holds violence or a threat and its lines (`lines`) a word of a
    call (`OUGHT`)."""
    if not any(t.category in ("violence", "threat") and t.weight >= 0.8 for _, _, t in found):
        return False
    return not OUGHT.isdisjoint(words(lines)) or not lines.isascii() and any(
        w in lines for w in SCRIPT_OUGHT)


def _addresses(vocabulary: set[str]) -> bool:
    """Whether `vocabulary` holds a second-person word: `ADDRESSEE`'s, or in Dutch text
    its own ("je", which is French "I") and not "te" (to)."""
    if len(DUTCH & vocabulary) >= 2:
        return not DUTCH_ADDRESSEE.isdisjoint(vocabulary) or bool(
            (ADDRESSEE & vocabulary) - {"te"})
    return bool((ADDRESSEE & vocabulary) - _not_you(vocabulary))


def _not_you(vocabulary: set[str]) -> frozenset[str]:
    """`ADDRESSEE`'s words that are another language's ordinary word in the text of
    `vocabulary`: "ya" among Spanish words (`ROMANCE`) is "already"."""
    return _YA if "ya" in vocabulary and len(ROMANCE & vocabulary) >= 2 else frozenset()


_YA = frozenset(("ya",))


def _lines_of(text: str, found: Found) -> str:
    """The lines of `text` that hold `found`'s terms (`_line`), joined; `text` itself
    when it is one line or they are all of it."""
    if not found or not any(edge in text for edge in _MESSAGE_EDGES):
        return text
    spans = sorted(_line(text, start, end) for start, end, _ in found)
    if spans[0][0] == 0 and max(e for _, e in spans) == len(text):
        return text
    return "\n".join(text[a:b] for a, b in dict.fromkeys(spans))


def _reported(text: str, found: Found, vocabulary: set[str]) -> bool:
    """Whether `text` reports abuse rather than says it: news or rules with no one
    addressed, or every strong term inside quotation marks with a verb of speech outside
    them ("'I'll kill you,' the pirate snarled")."""
    script = not text.isascii()
    # Someone is addressed on the lines of the terms: in a tool result of many messages
    # (a chat export, a table, a log) another message's "see you" addresses no one here.
    lines = _lines_of(text, found)
    addressed = _addresses(set(words(lines)) if lines is not text else vocabulary) or (
        script and any(a in lines for a in SCRIPT_ADDRESSEE))
    if script and any(m in _without_dares(text) for m in SCRIPT_MENTION):
        return True
    if not addressed and (not NEWS.isdisjoint(vocabulary) and not _police_dared(
            text, vocabulary) or script and any(m in text for m in SCRIPT_NEWS)) and not (
            _called_for(lines, found)):
        return True
    if SPEECH.isdisjoint(vocabulary) and not (script and any(
            v in text for v in SCRIPT_SPEECH)):
        return False
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    scopes = [(0, len(text))]
    if quoted and _JSON_KEY.search(text) is not None:
        # A JSON string's quotation marks hold what a tool returned, not what someone
        # is quoted as saying: quotations are looked for inside each string.
        scopes = [(a + 1, b - 1) for a, b in (m.span() for m in _JSON_STRING.finditer(text))]
        quoted = [m.span() for a, b in scopes for m in _QUOTED.finditer(text, a, b)]
    if not quoted:
        return False
    # Quotations in marks, and those inside each of them (a YAML value "Report 4471: the
    # user wrote 'you idiot'" holds the quotation of the abuse).
    outer = [m.span() for a, b in scopes for m in _MARKED.finditer(text, a, b)]
    inner = [m.span() for a, b in outer for m in _MARKED.finditer(text, a + 1, b - 1)]
    strong = [(s, e) for s, e, t in found if t.weight >= 0.5] or [(s, e) for s, e, _ in found]
    # Terms in quotation marks are what was said, even inside a colon's quotation that
    # holds the reporting clause too ("Report 4471: the user wrote '…'"); terms only in
    # a colon's or a dash's quotation are what that quotation says ("Kai: who wrote this
    # shit", a log's 'msg:'), its own words no verb of speech about them.
    holders = _holders(inner, outer, strong) or _holders([], quoted, strong)
    if not holders:
        return False
    # The verb of speech is outside the quotations holding the terms and outside other
    # quotations in marks (French "sang", blood, is no "sang"); a quotation around a
    # holder is the reporting clause's.
    encloses = _encloser(holders)
    cut = sorted(holders | {(a, b) for a, b in (*outer, *inner) if not encloses(a, b)})
    outside, at = [], 0
    for a, b in cut:
        if a >= at:
            outside.append(text[at:a])
        at = max(at, b)
    outside.append(text[at:])
    rest = " ".join(outside)
    return not SPEECH.isdisjoint(words(rest)) or script and any(
        v in rest for v in SCRIPT_SPEECH)


def _encloser(holders: set[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether a span `(a, b)` strictly encloses one of `holders`, in
    logarithmic time: a text of thousands of quotations each holding a term (a flood of
    「死ね」) made a scan of the holders per quotation quadratic."""
    spans = sorted(holders)
    starts = [x for x, _ in spans]
    # The least end among the holders from each one on: a span encloses a holder that
    # starts after it when the least end of those holders comes before its own end.
    least = [y for _, y in spans]
    for i in range(len(least) - 2, -1, -1):
        least[i] = min(least[i], least[i + 1])

    def encloses(a: int, b: int) -> bool:
        at = bisect_right(starts, a)
        return at < len(least) and least[at] < b
    return encloses


def _holders(inner: list[tuple[int, int]], outer: list[tuple[int, int]],
             strong: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The quotations that hold the terms of `strong`, an `inner` one (inside one of
    `outer`) where it holds one, else one of `outer` (each list in order, not
    overlapping); empty when a term is in none."""
    out = set()
    for s, e in strong:
        for spans in (inner, outer):
            # Only the last quotation to start at or before a term can hold it.
            at = bisect_right(spans, (s, len(spans) and spans[-1][1] + 1)) - 1
            if at >= 0 and e <= spans[at][1]:
                out.add(spans[at])
                break
        else:
            return set()
    return out


AROUND = 240
"""Characters either side of a long text's terms whose words say whether the text is
about them (`mention_factor`)."""
_LONG = 2 * AROUND
"""Characters from which a text is long: its words far from its terms are other
messages' (a mail's notice, a page's footer, a result's other entries)."""
_FIELD_WORDS = ("report", "flag", "moderat", "filter", "offen", "toxic", "abus", "violat",
                "sensitiv", "nsfw", "harass", "hate")
"""Words of a moderation field's key (`_UNREPORTED`)."""
_UNREPORTED = re.compile(
    r"[\"']?[\w.-]{0,30}(?:" + "|".join(_FIELD_WORDS) + r")[\w.-]{0,30}[\"']?\s*[:=]\s*"
    r"(?:false|0|null|none|\[\s*\]|\{\s*\}|\"\"|\"(?:approved|visible|published|pending|"
    r"active|ok|clean|none|allowed|passed|safe|public|live|unreviewed|not_?flagged|"
    r"unflagged|no)\")(?![\w.])", re.IGNORECASE)
"""A moderation field that says there is nothing (`"reported": false`, `flagged=0`,
`"moderation_status": "approved"`, `"is_offensive": null`, `"filtered": false`): every
review and message of many APIs has one."""


_SCENE = re.compile(r"^[ \t]*(?:INT|EXT|INT\./EXT|I/E)\.[ \t]+[A-Z][A-Z' .,-]{2,60}"
                    r"(?:[ \t]+[-—–][ \t]+[A-Z]{3,20})?[ \t]*$|^[ \t]*FADE IN:", re.MULTILINE)
"""A screenplay's scene heading ("INT. WAREHOUSE — NIGHT", "EXT. HARBOUR - DAY") or its
opening ("FADE IN:")."""


_MENU = re.compile(r"^[ \t]*(?:[^\n·|]{1,40}[·|]){2,}[^\n·|]{0,40}$", re.MULTILINE)
"""A line of links (`Reply · Quote · Report`, `Terms | Privacy | Community guidelines`):
a page's chrome, not what its messages say."""


_HEADING = re.compile(
    r"^[^\n]{0,200}(?<![\w])(?:wrote|schrieb|écrit|escribió|escribio|scritto|escreveu|schreef|"
    r"написала?)(?:[ \t]*[(\[][^()\[\]\n]{1,40}[)\]]|[ \t]+(?:on|at|am|le|el|il|em|op|в)"
    r"[ \t][^\n]{1,40}?)?[ \t]*[:：][ \t]*$", re.MULTILINE | re.IGNORECASE)
"""A line heading a quoted message ("On Tue, 7 Oct 2026, Lina wrote:", "lee wrote:", a
ticket's "--- Customer wrote (Oct 4, 08:02):" or "Agent wrote on 4 Oct 08:02:"): a mail's
thread, a forum's posts and a help desk's history, not someone reported as saying
something."""


_ATTRIBUTION = re.compile(
    r"^[ \t]*(?:\d{1,3}[.)][ \t]*)?@?[\w.-]{1,40}"
    r"(?:[ \t]+#?\d{1,12}|(?-i:[ \t]+[A-Z][\w.'-]{1,30}))?"
    r"[ \t]+(?:wrote|schrieb|écrit|escribió|escribio|scritto|escreveu|schreef|написала?)"
    r"[ \t]*[:：]", re.MULTILINE | re.IGNORECASE)
"""A user name and "wrote:" beginning a line, the message on the same line ("kofi wrote:
\"…\" … 14 replies", "User 4412 wrote: …", "Jane Doe wrote: …"): a search result's
snippet or a forum digest attributing a post, as `_HEADING`'s line does above one, not a
report of speech ("the defendant wrote: …" is one: two words, the second in lower
case)."""


_TRANSPORT = re.compile(
    r"^(?:Content-[\w-]+|MIME-Version|X-[\w-]+|Received|DKIM-Signature|ARC-[\w-]+|"
    r"Authentication-Results|Return-Path|Message-ID|In-Reply-To|References|List-[\w-]+)"
    r"[ \t]*:[^\n]*(?:\n[ \t][^\n]*)*", re.MULTILINE | re.IGNORECASE)
"""A mail's transport header (`Content-Transfer-Encoding: quoted-printable`,
`X-Report-Abuse: …`), with its folded lines: how the mail travelled, not what it says."""


def _around(text: str, found: Found) -> str:
    """The parts of `text` within `AROUND` characters of `found`'s terms (from the start
    of the line the window begins in), joined by line breaks."""
    parts: list[tuple[int, int]] = []
    for start, end, _ in sorted(found, key=lambda f: f[0]):
        low, high = max(0, start - AROUND), min(len(text), end + AROUND)
        # From its line's start, so that a header or a link line cut by the window is
        # still told by its beginning (`_TRANSPORT`, `_MENU`, `_HEADING`).
        line = text.rfind("\n", max(0, low - AROUND), low)
        low = line + 1 if line >= 0 else low
        if parts and low <= parts[-1][1]:
            parts[-1] = (parts[-1][0], max(parts[-1][1], high))
        else:
            parts.append((low, high))
    return "\n".join(text[a:b] for a, b in parts)


def _said(text: str, found: Found) -> str | None:
    """What of `text` may say it is about `found`'s terms, when that is not all of it:
    around them in a long text (`_around`), without lines of links (`_MENU`), fields
    saying nothing was reported (`_UNREPORTED`), lines heading a quoted message
    (`_HEADING`), a user's name and "wrote:" before a message (`_ATTRIBUTION`) and a
    mail's transport headers (`_TRANSPORT`); None for all of it."""
    near = _around(text, found) if len(text) > _LONG else text
    near = _cleaned(near)
    return None if near is text else near


def _cleaned(near: str) -> str:
    """`near` without what says nothing of its terms (`_said`'s list); `near` itself
    when it holds none of it."""
    if "·" in near or "|" in near:
        near = _MENU.sub(" ", near)
    lower = near.lower()
    if any(w in lower for w in _FIELD_WORDS):
        near = _UNREPORTED.sub(" ", near)
    if ":" in near or "：" in near:
        near = _ATTRIBUTION.sub(" ", _HEADING.sub(" ", near))
        if "-" in near:
            near = _TRANSPORT.sub(" ", near)
    return near


_ITEM_EDGE = "\n,;|[]{}"
"""What separates the items of a list: lines, commas, a JSON array's brackets."""
_ITEM_MARK = frozenset(" \t\r-*•\"'`“”„«»\\")
"""What may stand around a word in a list's item besides it: a bullet, quotation marks
(a JSON string's escaped ones too: `\\"idiot\\"`, or typographic as its decoded view reads
them)."""
_LIST_MARK = frozenset("-*•\"'`“”„«»")
"""What marks a word as a list's item: a bullet or quotation marks (commas alone do not:
"caralho, porra, que merda" is a rant)."""
LISTED = 3
"""Distinct terms, each an item of a list by itself, from which a text is a list of words."""


def listed(text: str, found: Found) -> bool:
    """Whether `text` lists `found`'s terms rather than says them: at least `LISTED`
    distinct terms and every one an item by itself, marked as one (`- fuck` in a YAML
    file, `"retard",` in a JSON array), as a profanity filter's configuration, a
    blocklist or a moderation tool's word list holds them. Someone who means them
    writes them into sentences."""
    if len({text[s:e].lower() for s, e, _ in found}) < LISTED:
        return False
    for start, end, _ in found:
        left = start
        while left and text[left - 1] not in _ITEM_EDGE:
            left -= 1
            if text[left] not in _ITEM_MARK:
                return False
        right = end
        while right < len(text) and text[right] not in _ITEM_EDGE:
            if text[right] not in _ITEM_MARK:
                return False
            right += 1
        # Marked as an item (a bullet, quotation marks), not words typed one per line
        # or between commas.
        edges = text[left - 1:left] + text[left:start] + text[end:right] + text[right:right + 1]
        if not any(c in _LIST_MARK for c in edges):
            return False
    return True


def mention_factor(text: str, found: Found, vocabulary: set[str], *,
                   terms: bool = True) -> float:
    """What `text` counts of its score: `RECORD_FACTOR` for a moderation record (a report's
    fields, or any JSON object) that mentions the abuse, `MENTION_FACTOR` for another text
    about it, 1 for abuse. Only the words that may say so are read (`_said`): a mail's
    confidentiality notice far from the message, a forum page's "Report" links and
    guidelines, a review's `"reported": false` say nothing about the message they
    carry. A list of the words (`listed`) counts as a record does. `terms`: `found` are
    the lexicon's terms, not the learned layer's window (whose message may be any
    stretch of the carrier: it is not read alone as `_own_message`'s)."""
    if found and listed(text, found):
        return RECORD_FACTOR
    if _SCENE.search(text) is not None:
        # A screenplay's lines are its characters' ("VINNIE: You little rat."), said to
        # another character: quoted, as a novel's are with a verb of speech.
        return MENTION_FACTOR
    # In a tool result of many records (a thread, a log, a JSON result's objects) the
    # records holding the terms say what they are: another comment's "reported to the
    # mods" files nothing.
    held = holder(text, [(s, e) for s, e, _ in found]) if found else None
    own = _own_message(text, found, held or text) if found and terms else None
    if own is not None:
        message = text[own[0]:own[1]]
        mine = [(s - own[0], e - own[0], t) for s, e, t in found]
        if not _quoted_only(message, mine) and mention_factor(
                message, mine, set(words(message))) == 1.0:
            # The words about abuse are the message's own and, read alone, it says the
            # abuse to someone, unquoted ("I reported you, you pathetic troll" in a
            # comment API's JSON, a chat export's line): the fields around it file nothing.
            return 1.0
    if held is not None:
        vocabulary = set(words(_cleaned(held)))
    elif found:
        said = _said(text, found)
        if said is not None:
            vocabulary = set(words(said))
    said = text
    if terms:
        # A harassment campaign's words about reporting are its own call ("everyone
        # mass-report her channel", "массово кидаем жалобы"): they file nothing.
        vocabulary = vocabulary - _campaign_words(text, found)
        if all(t.category == "sexual" for _, _, t in found):
            # Sex a story narrates is what the text holds, not a character's line it
            # quotes: fiction's words ("scene", 小说) do not make it mentioned.
            vocabulary = vocabulary - FICTION
            said = _blanked(text, SCRIPT_FICTION)
    if not mentioned(said, found, vocabulary):
        return 1.0
    # A record that mentions abuse files it: a moderation queue's item, a ticket about a
    # user's messages, whatever its keys are called. A text about abuse that holds its
    # words only in quotation marks discusses them as words ('the filter masks "死ね" and
    # "死ねばいいのに"', a bug about a blocklist): two of them are not twice the abuse.
    if _record(text if held is None else held) or _quoted_only(text, found):
        return RECORD_FACTOR
    # Items of a list introduced by words about abuse ("Reported messages, 14 March:")
    # are the evidence it files, as a moderation queue's JSON holds it.
    heading = introduction(text, [(s, e) for s, e, _ in found])
    if heading is not None and not MENTION.isdisjoint(words(heading)):
        return RECORD_FACTOR
    # A text's words about abuse say nothing of a term said to someone outright, not
    # reported ("look it up in a dictionary, you stupid …").
    if _addressed_outright(text, found) and not _reported(text, found, vocabulary):
        return 1.0
    return MENTION_FACTOR


def _blanked(text: str, parts: tuple[str, ...]) -> str:
    """`text` with each of `parts` as spaces (places kept)."""
    for part in parts:
        if part in text:
            text = text.replace(part, " " * len(part))
    return text


def _campaign_words(text: str, found: Found) -> set[str]:
    """The words of `found`'s harassment terms: a call to report, flag or complain about
    someone, which says the abuse rather than files it."""
    return {w for s, e, t in found if t.category == "harassment" for w in words(text[s:e])}


def _own_message(text: str, found: Found, held: str) -> tuple[int, int] | None:
    """The message (a JSON string's text, a post or a line of a thread, a log or a
    transcript) of the carrier `text` that holds all of `found`'s terms, when it holds
    all the words about abuse of `held` (what of the carrier may say what the terms are,
    `holder`) and the rest of `held` has no moderation record's field; None otherwise."""
    spans = [(s, e) for s, e, _ in found]
    if is_json(text):
        strings = strings_holding(text, spans)
        places = ([(a + 1, b - 1) for a, b in strings] if strings is not None
                  else [json_string_at(text, s, e) for s, e in spans])
    else:
        places = [(message_start(text, a), b) for a, b in records_holding(text, spans) or ()]
    own = places[0] if places and len(set(places)) == 1 else None
    if own is None or own == (0, len(text)):
        return None
    a, b = own
    message = text[a:b]
    if MENTION.isdisjoint(words(message)) or message not in held:
        return None
    rest = held.replace(message, " ")
    if not MENTION.isdisjoint(words(_cleaned(rest))) or _RECORD.search(rest) is not None:
        return None
    return a, b


_MARKED = re.compile(r"[\"“«„「『][^\"“”«»„「」『』\n]{1,300}[\"”»“」』]"
                     r"|(?<!\w)'[^'\n]{1,300}'(?!\w)")
"""A quotation in quotation marks or apostrophes (`_QUOTED`'s first two kinds: a colon's
quotation would hold the marked ones after it)."""


def _quoted_only(text: str, found: Found) -> bool:
    """Whether each of `found`'s terms lies inside quotation marks (`_MARKED`)."""
    if not found or not any(m in text for m in _MARKS):
        return False
    quoted = [m.span() for m in _MARKED.finditer(text)]
    starts = [a for a, _ in quoted]
    return all((at := bisect_right(starts, s) - 1) >= 0 and e <= quoted[at][1]
               for s, e, _ in found)


def _record(text: str) -> bool:
    """Whether `text` has a moderation record's field or a JSON key. `_RECORD` tries
    its keys' shapes at every character: it is asked only of a text with a `:` or `=`
    and, when ASCII, only just before one of its words."""
    if ":" not in text and "=" not in text:
        return False
    if not text.isascii():
        if _RECORD.search(text):
            return True
    else:
        # A field's key holds one of the words, at most 30 characters after its start:
        # the expression is tried only there.
        # Starts tried for a word's place are not tried again for its next place (a
        # text of one word many times over would try each start some thirty times).
        lower = text.lower()
        for word in RECORD_WORDS:
            done = 0
            at = lower.find(word)
            while at >= 0:
                if any(_RECORD.match(text, start) for start in range(max(done, at - 30), at + 1)):
                    return True
                done = at + 1
                at = lower.find(word, at + 1)
    return _JSON_KEY.search(text) is not None


def mentioned(text: str, found: Found, vocabulary: set[str]) -> bool:
    """Whether `text` (its words: `vocabulary`) is about the abuse in `found` rather
    than abuse: words of reports ("slur", "harassment", 辱骂…), a dictionary's register
    labels in an entry's shape, news or rules, quotation. Words of reports say nothing
    of a term aimed at someone outright ("look it up in a dictionary, you stupid …")."""
    return not MENTION.isdisjoint(vocabulary) or not REGISTER.isdisjoint(vocabulary) and (
        _entry(text)) or _reported(text, found, vocabulary)


def _entry(text: str) -> bool:
    """Whether a register label of `text` is one in a dictionary entry's shape: inside
    brackets or on a line with an abbreviated label (`_ENTRY`)."""
    for m in _ENTRY.finditer(text):
        held = m.group() if m.group().startswith(("(", "[")) else text[
            text.rfind("\n", 0, m.start()) + 1:_line_end(text, m.end())]
        if not REGISTER.isdisjoint(words(held)):
            return True
    return False


def _line_end(text: str, at: int) -> int:
    """Where the line of `text` holding `at` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _addressed_outright(text: str, found: Found) -> bool:
    """Whether a term of `found` has a second-person word just before it on its line
    (`_NEAR` characters at most), neither inside a quotation (`_QUOTED`): said to
    someone, not quoted."""
    for start, _, _ in found:
        line = max(start - _NEAR, text.rfind("\n", 0, start) + 1)
        before = text[line:start]
        if _ADDRESSEE_RX.search(before) is None and not (
                not before.isascii() and any(a in before for a in SCRIPT_ADDRESSEE)):
            continue
        head = max(0, line - 300)
        if not any(a <= start < b for a, b in (
                m.span() for m in _QUOTED.finditer(text, head, min(len(text), start + 300)))):
            return True
    return False
