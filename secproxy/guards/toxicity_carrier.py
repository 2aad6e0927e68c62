"""How the carrier around abuse changes its reading, for the `toxicity` guard.

Abuse reaches an agent inside things: a chat API's JSON, a mail with headers, a quoted
thread and a signature, a web page, a source file. Two things about a carrier used to
hide what it carries:

- A JSON string escapes what it holds: `\\u00e9` for "é" (Python's and many APIs'
  default), `\\n` for a line break, `\\"` for a quotation mark. Words cut there ("cr",
  "ve" for "crève"; "nyou" for a line starting "you") are no terms. `unescaped` reads
  a text with letters beyond ASCII escaped with its escapes decoded, keeping where each
  character came from.
- A mail's body may come quoted-printable (`Content-Transfer-Encoding:
  quoted-printable`, as a raw message from a mail API or a `.eml` file holds it): lines
  cut at 76 characters with a soft break (`=` at a line's end) that may fall inside a
  word, letters beyond ASCII as their UTF-8 bytes (`=C3=A9`). `quoted_printable` reads
  such a text decoded, keeping where each character came from.
- A mail's HTML part writes apostrophes and accents as character references
  ("you&rsquo;re", "cr&eacute;tin"): `entities` reads them decoded.
- A scraped page wraps a comment's words in links and emphasis ("you <b>worthless</b>
  clown"): each tag cut the message (a tag is a message's edge) and filled the learned
  layer's window with markup. `untagged` reads the text with its tags taken out.
- The carrier adds words: headers, a disclaimer, a quoted thread, other messages of the
  same result. The lexicon's sum is damped by a text's length (one curse in a long
  document is not abuse), so two curses in one message of a long mail were damped by
  the whole mail. `densest` is the sum of the terms that lie close together, damped by
  the length of the stretch they lie in: abuse said in a few lines counts as it would
  alone, terms strewn over a long document stay damped. For the same reason a strong
  curse counts as enough in a short message (`cursed`: a line, a tag's text, a JSON
  string of thirty words at most), as it does in a short text, and in a short sentence
  of a long one when it is not quoted (a mail's rant: the curse is that sentence's tone),
  but not in a long run-on stretch.
"""

from __future__ import annotations

import codecs
import html
import math
import re
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import overload

from secproxy.guards import View
from secproxy.guards.folding import fold
from secproxy.guards.toxicity_lexicon import Term

__all__ = ["COMMENT_FACTOR", "CURSED", "REACH", "SHORT", "STRONG_CURSE", "LazyIndex", "commented",
           "cursed", "decoded_view", "densest", "entities", "letters_escaped",
           "quoted_printable", "unescaped", "unescaped_view", "untagged"]

_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|([nrt\"\\/']))")
_SIMPLE = {"n": "\n", "r": "\n", "t": " ", '"': "“", "\\": "\\", "/": "/", "'": "'"}
"""What an escape stands for; an escaped quotation mark is read as a typographic one,
so that the JSON strings around it stay whole (`toxicity_aim` looks for quotations
inside them)."""
_ESCAPED = re.compile(r"\\u(?:00[89a-fA-F][0-9a-fA-F]|0[1-9a-fA-F][0-9a-fA-F]{2}"
                      r"|[1-9a-fA-F][0-9a-fA-F]{3})")
"""What makes a text worth decoding: an escaped letter beyond ASCII, which cuts the word
it is in ("cr\\u00e8ve"), or an escaped line break before a letter (`_CUT`). Then every
escape is decoded (the decoded text is read instead of the text, not beside it)."""

REACH = 160
"""Characters either side of a stretch of terms that count as its surroundings at most,
and the largest gap between two terms of one stretch (twice this)."""
STRONG_CURSE = 0.5
"""A profanity term's weight from which it is a strong curse ("fucking", "Scheiße",
"putain", "блять", "他妈的", "씨발")."""
CURSED = 0.8
"""What a strong curse in a short message counts (the family's default threshold)."""
SHORT = 30
"""Words of a message (a line, a tag's text, a JSON string: a stretch within `_EDGES`)
at most for it to be short."""
_EDGES = ("\n", "<", ">", "\"")
"""Where a stretch's surroundings end: a line's edge, a tag's, a JSON string's (a
mail's headers and signature, a page's markup, a result's other fields are not the
message the terms are in)."""


_CUT = re.compile(r"\\[nrt](?=[^\W\d_])")
"""A line break or tab escaped right before a letter: read as it is, the escape's letter
joins the word ("\\nyou", "\\nFuck off"), and every line of a JSON string after the
first starts with a word no one wrote."""


class LazyIndex(Sequence[int]):
    """A decoded view's index (`View.index`), worked out at its first use: a view is
    scored and let go, its index read only to place a finding (a number per character:
    ~110 us for a JSON string of 4 KB, beside its ~75 us decoding; a page's tags taken
    out, more)."""

    __slots__ = ("_make", "_made")

    def __init__(self, make: Callable[[], Sequence[int]]) -> None:
        self._make = make
        self._made: Sequence[int] | None = None

    def _index(self) -> Sequence[int]:
        if self._made is None:
            self._made = self._make()
        return self._made

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[int]: ...

    def __getitem__(self, i: int | slice) -> int | Sequence[int]:
        return self._index()[i]

    def __len__(self) -> int:
        return len(self._index())

    def __eq__(self, other: object) -> bool:
        """Equal to a list (or another index) of the same numbers, as the list it stands
        for is."""
        return list(self._index()) == (list(other) if isinstance(other, LazyIndex) else other)

    __hash__ = None  # type: ignore[assignment]  # (as a list's)


def _through(outer: Sequence[int], inner: Sequence[int]) -> LazyIndex:
    """`inner` (an index into a text) taken through `outer` (that text's own index)."""
    return LazyIndex(lambda: [outer[i] for i in inner])


def unescaped(text: str) -> tuple[str, Sequence[int]] | None:
    """`text` with its JSON and Python string escapes decoded, and where each character
    of it starts in `text` (one more entry: the end; `LazyIndex`); None when it has none
    that cuts a word (`_ESCAPED`, `_CUT`)."""
    if "\\" not in text or (_ESCAPED.search(text) is None and _CUT.search(text) is None):
        return None
    return _unescape(text), LazyIndex(partial(_unescaped_index, text))


def _unescaped_index(text: str) -> list[int]:
    index: list[int] = []
    _unescape(text, index)
    return index


def _unescape(text: str, index: list[int] | None = None) -> str:
    """`unescaped`'s text; where each of its characters starts in `text` added to
    `index` when one is given."""
    out: list[str] = []
    at = 0
    for m in _ESCAPE.finditer(text):
        if m.start() > at:
            out.append(text[at:m.start()])
            if index is not None:
                index += range(at, m.start())
        if m.group(1) is not None:
            char = chr(int(m.group(1), 16))
            # A high surrogate escaped right before a low one is one character (an emoji).
            if 0xDC00 <= ord(char) <= 0xDFFF and m.start() == at and out and len(
                    out[-1]) == 1 and 0xD800 <= ord(out[-1]) <= 0xDBFF:
                out[-1] = (out[-1] + char).encode("utf-16", "surrogatepass").decode("utf-16")
                at = m.end()
                continue
        else:
            char = _SIMPLE[m.group(2)]
        out.append(char)
        if index is not None:
            index.append(m.start())
        at = m.end()
    out.append(text[at:])
    if index is not None:
        index += range(at, len(text) + 1)
    return "".join(out)


_SOFT_BREAK = re.compile(r"=\r?\n")
_QP = re.compile(r"(?:=\r?\n|=[0-9A-F]{2})+")
"""A run of soft line breaks and encoded bytes (a character's bytes may straddle a
break)."""


_QP_HEADER = re.compile(r"quoted-printable", re.IGNORECASE)
_FULL_LINE = re.compile(r"^[^\n]{70,76}=\r?$", re.MULTILINE)
"""A line cut by a soft break at the encoder's width (76 characters at most)."""


def _encoded(text: str) -> bool:
    """Whether `text` is quoted-printable: it says so in a header, or two of its lines
    end in a soft break at the encoder's width (source code's "x =" at a line's end is
    neither)."""
    if _QP_HEADER.search(text) is not None:
        return True
    first = _FULL_LINE.search(text)
    return first is not None and _FULL_LINE.search(text, first.end()) is not None


def quoted_printable(text: str) -> tuple[str, list[int]] | None:
    """`text` with its quoted-printable soft breaks and encoded bytes decoded, and where
    each character of it starts in `text` (one more entry: the end); None when it is not
    quoted-printable (`_encoded`: a text that merely holds "=" before two capitals or
    at a line's end is left alone)."""
    if "=" not in text or _SOFT_BREAK.search(text) is None or not _encoded(text):
        return None
    out: list[str] = []
    index: list[int] = []
    at = 0
    for m in _QP.finditer(text):
        if m.start() > at:
            out.append(text[at:m.start()])
            index += range(at, m.start())
        at = m.end()
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        first = -1  # where the bytes not yet decoded began
        for byte in re.finditer(r"=([0-9A-F]{2})", m.group()):
            if first < 0:
                first = m.start() + byte.start()
            chars = decoder.decode(bytes.fromhex(byte.group(1)))
            if chars:
                out.append(chars)
                index += [first] * len(chars)
                first = -1
        tail = decoder.decode(b"", final=True)
        if tail:
            out.append(tail)
            index += [first] * len(tail)
    out.append(text[at:])
    index += range(at, len(text) + 1)
    return "".join(out), index


_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
"""A character reference of HTML ("&rsquo;", "&#8217;", "&amp;")."""


def entities(text: str) -> tuple[str, Sequence[int]] | None:
    """`text` with its HTML character references decoded ("you&rsquo;re" is "you’re":
    a mail's HTML part writes every apostrophe so), and where each character of it
    starts in `text` (one more entry: the end); None when it has none."""
    if "&" not in text or ";" not in text:
        return None
    # a reference that is not a known one is left as written
    return _rewritten(text, ((m.start(), m.end(), decoded) for m in _ENTITY.finditer(text)
                             if (decoded := html.unescape(m.group())) != m.group()))


def _rewritten(text: str, edits: Iterable[tuple[int, int, str]]
               ) -> tuple[str, Sequence[int]] | None:
    """`text` with each (start, end, replacement) of `edits` (in order, apart) made, and
    where each character of the result starts in `text` (a replacement's characters at
    its start; one more entry: the end; `LazyIndex`); None when there is no edit."""
    made = list(edits)
    if not made:
        return None
    out: list[str] = []
    at = 0
    for start, end, new in made:
        out.append(text[at:start])
        out.append(new)
        at = end
    out.append(text[at:])
    return "".join(out), LazyIndex(partial(_rewritten_index, len(text), made))


def _rewritten_index(size: int, edits: list[tuple[int, int, str]]) -> list[int]:
    """`_rewritten`'s index of a text of `size` characters."""
    index: list[int] = []
    at = 0
    for start, end, new in edits:
        index += range(at, start)
        index += [start] * len(new)
        at = end
    index += range(at, size + 1)
    return index


_INLINE = ("a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small "
           "span strike strong sub sup time tt u var wbr").split()
_BLOCK = ("address article aside blockquote body br button caption dd details dialog div dl dt "
          "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html img "
          "label li main nav ol option p pre section select summary table tbody td tfoot th "
          "thead title tr ul").split()
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,9})(?![\w-])(?:\s[^<>]{0,400})?/?>")
"""A tag's shape (its attributes stop at the next "<" or ">", so a match reads a few
hundred characters at most); it is HTML's when its name is a known element's."""
_KNOWN = frozenset(_INLINE + _BLOCK)
_INLINE_SET = frozenset(_INLINE)


def untagged(text: str) -> tuple[str, Sequence[int]] | None:
    """`text` with its HTML tags taken out, and where each character of it starts in
    `text` (one more entry: the end); None when it has none. A scraped page's comment
    wraps words in links and emphasis ("you <b>worthless</b> <a href=…>clown</a>"): read
    with its tags, each tag cuts the message (a tag is a message's edge, `_EDGES`) and
    fills the learned layer's window with markup. An inline element's tag is read as
    nothing (it sits within a sentence), a block's as a line break (it ends one)."""
    tags = []
    at = text.find("<")
    # Matched at each "<" found by a substring search: a search by the expression steps
    # through every character (a third of the guard's time on a long page).
    while at >= 0:
        m = _TAG.match(text, at)
        if m is not None and m.group(2).lower() in _KNOWN:
            tags.append(m)
        at = text.find("<", at + 1)
    if not any(m.group(2).lower() in _INLINE_SET for m in tags):
        # Block tags only: each is an edge as it stands, and the text is read as it is
        # (making a view of a long page costs a twentieth of the guard's time).
        return None
    return _rewritten(text, ((m.start(), m.end(),
                              "" if m.group(2).lower() in _INLINE_SET else "\n") for m in tags))


_Decode = Callable[[str], tuple[str, Sequence[int]] | None]
"""A decoding step: the text decoded and where its characters came from, or None."""
_HOW: dict[_Decode, str] = {unescaped: "+unescape", quoted_printable: "+qp",
                            untagged: "+untag", entities: "+html"}
"""What each decoding step adds to a view's name."""


def letters_escaped(text: str) -> bool:
    """Whether `text` writes letters beyond ASCII as JSON escapes (`"escribi\\u00f3"`, as
    Python's `json.dumps` does by default): the normaliser's folded view of such a text
    cuts them (its digits read as letters: "\\uoofe"), and its raw view is read decoded."""
    return "\\u" in text and _ESCAPED.search(text) is not None


def folded_decoded(text: str) -> View | None:
    """The folded view (look-alike letters, diacritics, spaced letters…) of `text` read
    decoded (`decoded_view`), mapped back to the slot; None when folding changes
    nothing. For a text whose letters are JSON escapes (`letters_escaped`), whose own
    folded view reads the escapes' digits as letters ("\\uoofe")."""
    decoded = decoded_view(View(text))
    if decoded is None or decoded.index is None:
        return None
    folded = fold(decoded.text)
    if folded is None:
        return None
    return View(folded.text, "fold", index=[decoded.index[i] for i in folded.index])


def decoded_view(view: View) -> View | None:
    """`view` with what cuts its words decoded, mapped back to the slot through the
    view's own map: JSON escapes (`unescaped`, twice when JSON was put in a JSON string)
    or a quoted-printable body (`quoted_printable`), then HTML character references
    (`entities`), its HTML tags taken out first (`untagged`); None when it has none of
    them."""
    text = view.text
    index: Sequence[int] | None = None
    how = ""
    first = unescaped(text)
    steps: list[_Decode] = [unescaped, unescaped] if first is not None else [quoted_printable]
    for step in [*steps, untagged, entities]:
        got = first if first is not None and index is None else step(text)
        if got is None:
            continue
        text = got[0]
        index = got[1] if index is None else _through(index, got[1])
        how += _HOW[step]
    if index is None:
        return None
    return _mapped(view, (text, index), how)


def unescaped_view(view: View) -> View | None:
    """`view` with its text's escapes decoded (`unescaped`), mapped back to the slot
    through the view's own map; None when it has none."""
    got = unescaped(view.text)
    return None if got is None else _mapped(view, got, "+unescape")


def _mapped(view: View, got: tuple[str, Sequence[int]], how: str) -> View:
    """The view of `got` (a text and where its characters came from in `view`'s text),
    mapped back to the slot."""
    text, index = got
    if view.index is not None:
        index = _through(view.index, index)
    elif view.span is not None:
        return View(text, view.how + how, span=view.span)
    return View(text, view.how + how, index=index)


def densest(text: str, found: Sequence[tuple[int, int, Term]]) -> float:
    """The highest damped sum of weights of a stretch of `found` (in text order): terms
    at most `2 * REACH` characters apart form a stretch, its surroundings `REACH`
    characters either side; its sum is damped by the stretch's words beyond twenty as
    the whole text's is (`toxicity.score`)."""
    best = 0.0
    first = 0
    for i in range(1, len(found) + 1):
        if i < len(found) and found[i][0] - found[i - 1][1] <= 2 * REACH:
            continue
        if i - first > 1:
            start, end = _bounds(text, found[first][0], found[i - 1][1])
            stretch = text[start:end]
            size = max(len(stretch.split()), len(stretch) // 8)
            total = sum(t.weight for _, _, t in found[first:i])
            best = max(best, total / math.sqrt(max(1.0, size / 20)))
        first = i
    return best


_SENTENCE_ENDS = (". ", "! ", "? ", "。", "！", "？")
"""Where a sentence ends: a stretch's surroundings end there too."""


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The surroundings of the stretch `start:end`: at most `REACH` characters either
    side, up to the nearest `_EDGES` and the ends of the sentences it is in (abuse said
    in a sentence of a paragraph counts as it would on its own line)."""
    low, left, right, high = _edges(text, start, end)
    low, high = max(low, left + 1), high if right < 0 else right
    before = [at + len(s) for s in _SENTENCE_ENDS if (at := text.rfind(s, low, start)) >= 0]
    after = [at + 1 for s in _SENTENCE_ENDS if (at := text.find(s, end, high)) >= 0]
    return max(before, default=low), min(after, default=high)


def _edges(text: str, start: int, end: int) -> tuple[int, int, int, int]:
    """(low, left, right, high): `REACH` characters before `start:end` and after it
    (`low`, `high`, within the text), and the nearest of `_EDGES` between `low` and
    `start` (`left`) and between `end` and `high` (`right`); -1 where there is none."""
    low, high = max(0, start - REACH), min(len(text), end + REACH)
    left = max(text.rfind(edge, low, start) for edge in _EDGES)
    rights = [at for at in (text.find(edge, end, high) for edge in _EDGES) if at >= 0]
    return low, left, min(rights, default=-1), high


def cursed(text: str, found: Sequence[tuple[int, int, Term]]) -> float:
    """`CURSED` when a strong curse of `found` lies in a short message of `text` (a
    chat line, a comment, a message of a result: `_message`), where the curse is the
    message's tone, or in a short sentence of a longer one, unquoted (a mail's or a
    post's rant: "this fucking printer again", among ordinary sentences); 0 otherwise
    (a curse in a long run-on stretch, or quoted: a review's 'Dadinho é o caralho')."""
    for start, end, term in found:
        if term.category == "profanity" and term.weight >= STRONG_CURSE:
            message = _message(text, start, end)
            if message is not None and _short(message):
                return CURSED
            left, right = _sentence(text, start, end)
            if _short(text[left:right]) and not _quoted(text[left:right], start - left,
                                                        end - left):
                return CURSED
        elif term.category == "insult" and term.weight >= STRONG_INSULT:
            # A message that is a strong insult and little else ("мудак", "asshole.",
            # "bob: useless cunt") is said to whoever it answers.
            message = _message(text, start, end)
            if message is not None and len(_said_words(message)) <= ALONE:
                return CURSED
    return 0.0


STRONG_INSULT = 0.7
"""An insult's weight from which a message of it alone is abuse (`cursed`)."""
ALONE = 3
"""Words of a message (besides a chat line's time and speaker) at most for an insult to be
all it says."""
_LINE_HEAD = re.compile(r"^\s*(?:\[[^\]\n]{1,30}\]\s*)?(?:[\w.@-]{1,30}:\s)?")
"""A chat line's time and speaker ("[10:01] bob: "), which are no words of its message."""


def _said_words(message: str) -> list[str]:
    """The words of `message` without a chat line's head (`_LINE_HEAD`)."""
    head = _LINE_HEAD.match(message)
    return message[head.end() if head else 0:].split()


def _short(stretch: str) -> bool:
    """Whether `stretch` has at most `SHORT` words (scripts without spaces: a word for
    every eight characters)."""
    return max(len(stretch.split()), len(stretch) // 8) <= SHORT


_STOP = re.compile(r"[.!?…。！？]+[\s\"”»」)]*|\n")
"""A sentence's end: its stop and what closes after it, or a line's end."""


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence of `text` holding `start:end`: from the last stop
    before it (`REACH` characters back at most) to the next one after it."""
    since = max(0, start - REACH)
    left = max((m.end() for m in _STOP.finditer(text, since, start)), default=since)
    m = _STOP.search(text, end, end + REACH)
    return left, m.end() if m else min(len(text), end + REACH)


_OPENED = re.compile(r"(?:^|\W)'[^']*$")
_CLOSED = re.compile(r"[^']*'(?:\W|$)")
"""An apostrophe opening a quotation before a term (after no letter), and one closing it
after the term (before no letter)."""
_PAIRS = (('"', '"'), ("“", "”"), ("„", "“"), ("«", "»"), ("「", "」"), ("‘", "’"))
"""Quotation marks, opening and closing."""


def _quoted(sentence: str, start: int, end: int) -> bool:
    """Whether `start:end` of `sentence` lies inside quotation marks, or apostrophes used
    as them (one after no letter before it, one before no letter after it)."""
    before, after = sentence[:start], sentence[end:]
    for opening, closing in _PAIRS:
        if opening == closing:
            if before.count(opening) % 2 and closing in after:
                return True
        elif before.rfind(opening) > before.rfind(closing) and closing in after:
            return True
    return _OPENED.search(before) is not None and _CLOSED.match(after) is not None


def _message(text: str, start: int, end: int) -> str | None:
    """The text between the `_EDGES` nearest to `start:end` (or the text's ends), None
    when one of them lies more than `REACH` characters away."""
    low, left, right, high = _edges(text, start, end)
    if left < 0 and low > 0 or right < 0 and high < len(text):
        return None
    return text[left + 1:high if right < 0 else right]


COMMENT_FACTOR = 0.5
"""What curses in source code's comments count of their score (`commented`)."""
_COMMENT = re.compile(r"(?:^|\s)(?://|#|/\*|--|;;)\s|^\s*\*\s", re.MULTILINE)
"""Where a comment begins on a line: `//`, `#`, `/*`, `--` or `;;` and a space, or a
block comment's continuing `*`."""
_CODE = re.compile(r"^[ \t]*(?:def |function |class |import |from \S+ import |return\b|if\s*\(|"
                   r"for\s*\(|const |let |var |fn |func |\}"
                   r"|[\w.$\[\]]+\s*\([^)\n]*\)\s*[;{:]?\s*$)", re.MULTILINE)
"""A line of code: a definition, an import, a statement, a closing brace, a call."""


def commented(text: str, found: Sequence[tuple[int, int, Term]]) -> bool:
    """Whether `found`'s terms are all curses, each in a comment of source code (a
    developer swearing at a flaky API or at their own hack: "# fuck this flaky API",
    "/* shitty hack */"), in a text that holds code. A curse in a comment is said about
    code, to no one; an insult or a threat is not a curse and keeps its weight."""
    if not found or any(t.category != "profanity" for _, _, t in found):
        return False
    if _CODE.search(text) is None:
        return False
    for start, _, _ in found:
        line = text.rfind("\n", 0, start) + 1
        head = text[line:start]
        if _COMMENT.search(head) is None and not _in_block_comment(text, start):
            return False
    return True


def _in_block_comment(text: str, at: int) -> bool:
    """Whether `at` lies inside a `/* … */` comment."""
    opened = text.rfind("/*", 0, at)
    return opened >= 0 and text.rfind("*/", opened, at) < 0
