"""The records of a tool result, for the `toxicity` guard: where one comment, post, log
line or JSON field ends and the next begins.

A tool returns many people's messages at once: a thread's posts (a blank line between
them), a log's, a transcript's or a search's lines (each headed by a time, a speaker's
name or an item's number), a JSON result's objects and strings. What one of them says
is not what its neighbours say: a reply "Reported to the mods, this is harassment" does
not make the abuse above it a report, and two ordinary posts summed into one window of
the learned layer say nothing either says. `bounds` says where records end inside a
stretch of text (the learned layer reads each alone), `holder` what of a text holds a
term and may say what it is (`toxicity_aim.mention_factor` reads its words only).
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["bounds", "holder", "introduction", "is_json", "json_string_at", "message_start",
           "record_end", "record_start", "records_holding", "speaker", "strings_holding"]

_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
"""Where a record of a carrier ends: a blank line (between a thread's posts, a page's
comments, a mail's parts)."""
_STAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d{2}\b"
    r"|·\s*\d{1,3}\s?[smhdwy]\b|\b\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|"
    r"weeks?|months?|years?)\s+ago\b"
    r"|\b(?:vor|il y a|hace|há|منذ)\s+\d{1,3}\s|\b\d{1,3}\s+\w{1,12}\s+(?:fa|geleden|назад)\b"
    r"|\d{1,3}\s?(?:分钟|小时|天|周|个月|年|分|時間|日|週間|か月|분|시간|일|주|개월|년)\s?(?:前|전)"
    r"|\d{1,3}\s+(?:मिनट|घंटे|घंटा|दिन|हफ्ते|महीने|साल)\s+पहले")
"""A date or a time of day, or how long ago ("· 3h", "2 days ago", "vor 3 Stunden",
"3時間前", "2일 전"…): a line that holds one heads a record, or is one (a log's line, a
chat export's row, a thread's post header)."""
_SPEAKER = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:<[\w.@-]{1,30}>|[\w.@-]{1,30}:)[ \t]", re.MULTILINE)
"""A line that a speaker's name begins ("ana: …", "<Kestrel> …", "[09:02] ben: …"): a
chat transcript's line, one message each."""
_ITEM = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]", re.MULTILINE)
"""A line that an item's number begins ("1. Title — https://…"): a search's results, a
list of posts."""
_JSON_QUOTE = re.compile(r'(?<!\\)"')
"""A JSON string's edge (an unescaped quotation mark)."""
_JSON_TOKEN = re.compile(r'(?<!\\)"(?:[^"\\\n]|\\.){0,4000}"(\s*:)?|[{}\[\]]')
"""A JSON string (a key when a colon follows) or a bracket. A string opens at a quotation
mark no backslash escapes (in JSON none does): a string of more than 4,000 escaped ones
otherwise made a search start again at each, 4,000 characters each time (seconds for 64
KB)."""
_MOST_SPANS = 16
"""Terms from which a text's holders are not worked out (it is read whole): a text of
that many is no one comment among others."""
_LABEL = 4
"""Words of a JSON string beside a message's at most for it to be a label of it."""
_HEAD = 4096
"""Characters of a text in which two headed lines make it a log or a transcript."""


_JSON_START = re.compile(r'\s*(?:\{\s*["}]|\[\s*[\[{"\]])')
"""How a JSON object or array of objects, arrays or strings begins (a chat log's
"[10:01] ana: …" and a Markdown link's "[docs](…)" do not)."""


def is_json(text: str) -> bool:
    """Whether `text` is JSON (an object, or an array of objects, arrays or strings)."""
    return _JSON_START.match(text) is not None


_HEADS = (_SPEAKER, _STAMP, _ITEM)
"""What heads a record's line: a speaker's name or an item's number begins it, a time or
a date is on it."""


def _headed(text: str, heads: re.Pattern[str]) -> bool:
    """Whether two lines at least near `text`'s start are headed by `heads`. (Asked of a
    text with a line break only, and searched to a second head only: the heads' branches
    are tried at every position: ~0.5 ms each for a base64 string of 4 KB.)"""
    if "\n" not in text:
        return False
    found = heads.finditer(text, 0, _HEAD)
    return next(found, None) is not None and next(found, None) is not None


def _heads_line(text: str, start: int, end: int, heads: re.Pattern[str]) -> bool:
    """Whether the line `start:end` is headed by `heads` (`_HEADS`)."""
    if heads is _STAMP:
        return heads.search(text, start, end) is not None
    return heads.match(text, start, end) is not None


def bounds(text: str, start: int, end: int) -> list[int]:
    """Where records of the carrier `text` end strictly inside `start:end`: at a blank
    line; at a JSON string's edge in a JSON text; before a line with a date or a time,
    a speaker's name or an item's number, when two lines at least have one (a log, a
    chat export, a thread's post headers, a transcript, a search's results)."""
    out = [m.start() for m in _BLANK_LINE.finditer(text, start, end) if m.start() > start]
    if is_json(text):
        out += [m.start() for m in _JSON_QUOTE.finditer(text, start + 1, end)]
    if "\n" in text[start:end]:
        for heads in _HEADS:
            if _headed(text, heads):
                out += _headed_lines(text, start, end, heads)
    return sorted(set(out))


def _headed_lines(text: str, start: int, end: int, heads: re.Pattern[str]) -> list[int]:
    """The line breaks strictly inside `start:end` before a line `heads` heads."""
    out = []
    at = text.find("\n", start + 1, end)
    while at >= 0:
        line_end = text.find("\n", at + 1)
        if _heads_line(text, at + 1, line_end if line_end >= 0 else len(text), heads):
            out.append(at)
        at = text.find("\n", at + 1, end)
    return out


def record_start(text: str, at: int) -> int:
    """Where the record holding `at` starts (after its blank line before, or the text's
    start; a JSON string's start in a JSON text)."""
    found = [m.end() for m in _BLANK_LINE.finditer(text, 0, at)]
    start = found[-1] if found else 0
    if is_json(text):
        start = max(start, text.rfind('"', start, at) + 1)
    return start


def record_end(text: str, at: int) -> int:
    """Where the record holding `at` ends."""
    m = _BLANK_LINE.search(text, at)
    end = m.start() if m else len(text)
    if is_json(text):
        quote = _JSON_QUOTE.search(text, at, end)
        end = quote.start() if quote else end
    return end


def holder(text: str, spans: list[tuple[int, int]]) -> str | None:
    """What of the carrier `text` holds `spans` (a text's terms) and may say what they
    are: in a JSON text, the fields of the object each lies in (its siblings, not the
    objects nested in it or beside it) and the keys of the objects around it (a
    `"report": {…}` around a message files it); in a thread, a log or a transcript, the
    post or line each lies in. None when `text` is no such carrier, or its terms' records
    are all of it."""
    if not spans or len(spans) > _MOST_SPANS:
        return None
    if is_json(text):
        return _json_holder(text, spans)
    parts = [_line_record(text, start, end) for start, end in spans]
    if all(p is None for p in parts):
        return None
    chosen = {q for p, span in zip(parts, spans, strict=True) for q in (p or [span])}
    if not text[:min(a for a, _ in chosen)].strip() and not text[max(
            b for _, b in chosen):].strip() and all(
            not text[b:c].strip() for (_, b), (c, _) in zip(
                sorted(chosen), sorted(chosen)[1:], strict=False)):
        return None  # the terms' records are all of it
    return "\n".join(text[a:b] for a, b in sorted(chosen))


def _line_record(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The post or line of a thread, a log or a transcript that holds `start:end`, and
    the lines before its list's first record when they end in a colon (they introduce
    the records: "Reported messages, 14 March:", "Words our filter blocked:"); None when
    the text has no records."""
    blank = [m for m in _BLANK_LINE.finditer(text)]
    low = max((m.end() for m in blank if m.end() <= start), default=0)
    high = min((m.start() for m in blank if m.start() >= end), default=len(text))
    for heads in _HEADS:
        if not _headed(text, heads):
            continue
        # The headed line at or before the term, down to the next headed line.
        line = text.rfind("\n", low, start) + 1 if low < start else low
        while line > low and not _heads_line(text, line, _line_end(text, line), heads):
            line = text.rfind("\n", low, line - 1) + 1
        after = _line_end(text, end)
        while after < high:
            nxt = after + 1
            if _heads_line(text, nxt, _line_end(text, nxt), heads):
                break
            after = _line_end(text, nxt)
        out = [(max(low, line), min(high, after))]
        first = _first_headed(text, low, high, heads)
        if first is not None and low < first <= out[0][0] and _introduces(text[low:first]):
            out.append((low, first))
        elif first == low and blank and low > 0 and _introduces(text[:blank[0].start()]):
            out.append((0, blank[0].start()))  # the list's own paragraph, after a heading
        return out
    if blank:
        out = [(low, high)]
        if low > 0 and _introduces(text[:blank[0].start()]):
            out.append((0, blank[0].start()))
        return out
    return None


def _first_headed(text: str, low: int, high: int, heads: re.Pattern[str]) -> int | None:
    """Where the first line of `low:high` that `heads` heads starts."""
    at = low
    while at < high:
        end = _line_end(text, at)
        if _heads_line(text, at, end, heads):
            return at
        at = end + 1
    return None


def _introduces(lines: str) -> bool:
    """Whether `lines` end in a colon: they introduce what follows."""
    return lines.rstrip().endswith((":", "："))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _json_holder(text: str, spans: list[tuple[int, int]]) -> str | None:
    """`holder` of a JSON text: for each span, the strings of the object it lies in (its
    fields, not the objects nested in it; the string itself in an array) and those of
    the objects around it, level by level (a ticket's subject, a report's reason): not
    the objects beside it (another comment, another result)."""
    tokens = list(_JSON_TOKEN.finditer(text))
    if not tokens:
        return None
    parent: list[int] = [-1]  # container -> its parent; 0 is the text itself
    kind: list[str] = ["{"]
    strings: list[list[int]] = [[]]  # container -> its own strings (token indexes)
    home: dict[int, int] = {}  # string token -> its container
    open_: list[int] = [0]
    opens: dict[int, int] = {}  # opening bracket token -> its container
    for at, m in enumerate(tokens):
        char = m.group()[0]
        if char == '"':
            strings[open_[-1]].append(at)
            home[at] = open_[-1]
        elif char in "{[":
            parent.append(open_[-1])
            kind.append(char)
            strings.append([])
            open_.append(len(kind) - 1)
            opens[at] = len(kind) - 1
        elif len(open_) > 1:
            open_.pop()
    starts = [m.start() for m in tokens]
    chosen: list[int] = []
    around: set[int] = set()  # the containers that hold a span
    own: set[int] = set()  # the strings that hold a span
    for start, end in spans:
        i = bisect_right(starts, start) - 1
        if i < 0 or i not in home or tokens[i].end() < end:
            return None  # a term outside the strings: read the text whole
        box = home[i]
        own.add(i)
        mine = strings[box] if kind[box] == "{" else [i]
        chosen += mine
        while box >= 0:
            around.add(box)
            box = parent[box]
            if box >= 0:
                chosen += strings[box]
    # A key with what follows it up to the next token: its value when that is a number
    # or a literal (`"reported": false` says nothing was reported).
    # A key whose value is an object or an array beside the terms' names other fields
    # (`"moderation": {"status": "visible"}`), not them; one around them names what
    # holds them (`"moderation": {"queue": [...]}`).
    # Another string than the terms' own says what they are when it is a label (a
    # report's reason, a ticket's subject: `_LABEL` words at most), not a sentence of its
    # own (a thread's title "Ask HN: moderation tools for small forums?").
    held = "\n".join(text[tokens[t].start():tokens[t + 1].start() if t + 1 < len(tokens)
                           else len(text)] if tokens[t].group(1) else tokens[t].group()
                      for t in sorted(set(chosen))
                      if not (tokens[t].group(1) and opens.get(t + 1, 0) not in (0, *around))
                      and (t in own or tokens[t].group(1)
                           or len(tokens[t].group().split()) <= _LABEL))
    return None if len(held) >= len(text) else held


def strings_holding(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The JSON string (start, end) that holds each of `spans`, in order; None when
    `text` is no JSON text, holds more than `_MOST_SPANS` spans, or a span lies outside
    its strings."""
    if not is_json(text) or len(spans) > _MOST_SPANS:
        return None
    strings = [(m.start(), m.end()) for m in _JSON_TOKEN.finditer(text)
               if m.group()[0] == '"' and not m.group(1)]
    starts = [a for a, _ in strings]
    out = []
    for start, end in spans:
        i = bisect_right(starts, start) - 1
        if i < 0 or strings[i][1] < end:
            return None
        out.append(strings[i])
    return out


_SPEAKER_OF = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:[\d/.,:T-]{4,25}(?:[ \t][\d:.,]{4,12})?[ \t]+)?"
    r"(?:<([\w.@-]{1,30})>|([\w.@-]{1,30}):)[ \t]")
"""A record's speaker: the name after its time ("[21:01] kev: …", "2026-11-01 21:01 kev:
…", "<kev> …")."""


def speaker(text: str, start: int) -> str | None:
    """The name of who says the record of `text` that starts at `start`, if it is
    headed by one (`_SPEAKER_OF`)."""
    m = _SPEAKER_OF.match(text, start)
    return None if m is None else (m.group(1) or m.group(2)).lower()


def message_start(text: str, start: int) -> int:
    """Where the message of the record of `text` that starts at `start` begins: after
    its time and speaker's name when it is headed by them (`_SPEAKER_OF`)."""
    m = _SPEAKER_OF.match(text, start)
    return start if m is None else m.end()


def json_string_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The (start, end) of the text of the JSON string of the JSON `text` that holds
    `start:end`, its quotation marks excluded, when no key is that string; a decoded
    view's string may hold line breaks (`_JSON_TOKEN` reads none)."""
    a = text.rfind('"', 0, start) + 1
    b = text.find('"', end)
    if not a or b < 0 or '"' in text[start:end] or text[b + 1:b + 8].lstrip().startswith(":"):
        return None
    return a, b


def records_holding(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The post or line (start, end) of a thread, a log, a transcript or a search's
    results that holds each of `spans`, in order (`_line_record`); None when `text` is
    JSON (`strings_holding`'s), has no records, or holds more than `_MOST_SPANS` spans."""
    if not spans or len(spans) > _MOST_SPANS or is_json(text) or "\n" not in text:
        return None
    out: list[tuple[int, int]] = []
    single: list[tuple[int, int]] = []  # the records of spans within one line
    for start, end in spans:
        # A span inside the record of a span of one line is in that record (no headed
        # line nor blank line lies inside it): a long log's terms are walked back from
        # once, not each from its own place.
        known = next(((a, b) for a, b in single if a <= start and end <= b), None)
        if known is None:
            parts = _line_record(text, start, end)
            if parts is None:
                return None
            known = parts[0]
            if "\n" not in text[start:end] and _BLANK_LINE.search(text, *known) is None:
                single.append(known)
        out.append(known)
    return out


def introduction(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The lines that introduce the list whose items hold `spans` (`_line_record`: a
    heading ending in a colon before a thread's, a log's or a list's records: "Reported
    messages, 14 March:"); None when they are no such items."""
    if not spans or len(spans) > _MOST_SPANS or is_json(text):
        return None
    heads = []
    for start, end in spans:
        parts = _line_record(text, start, end)
        if parts is None or len(parts) < 2:
            return None
        heads.append(parts[1])
    return "\n".join(text[a:b] for a, b in sorted(set(heads)))
