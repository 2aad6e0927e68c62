"""Guarding a streamed answer: events in, what the client may see out.

A `StreamGuard` takes the upstream's server-sent events one by one. The model's text
(`sse.text_of`) goes to the engine's stream (`Stream.feed`) when the strategy says so
(`continuous`: every event; `periodic`: every `every_chars` characters, `every_tokens`
tokens or `every_ms` milliseconds; `sentence_boundary`: when new text ends a sentence;
`end_only`: where a text part ends; any strategy once `max_buffer_chars` are unseen),
and the events that carry it are held until the guards have seen it, plus a tail of
holdback characters: a secret split across events is masked before any of it leaves.
Other events (a finish reason, a new content block, `[DONE]`) end the text part in front
of them: what is held goes out first. The texts of two channels (the choices of an
answer of `n`, reasoning and content, two content blocks) are separate texts: the guards
read a blank line between them (`CHANNEL_BREAK`, never sent), so that a mask stays in
its own choice and two choices' pieces are not read as one. The choices of an answer of
`n` interleave chunk by chunk: the guards read one choice at a time, whole (a key cut in
two by another choice's chunk is read as one), the others' events waiting in order until
it is over (its finish reason) and then read in turn (`MAX_DEFERRED_CHARS` at most).

The holdback (`holdback_of`) is the longest match of the guards that mask the stream,
and no more: none when no guard masks; for a `patterns` guard, its longest regular
expression's width (a pattern without a bound counts `UNBOUNDED_HOLDBACK`); for the
families whose matches are not regular expressions the gateway can read, a bound per
family (`FAMILY_HOLDBACK`): 256 for `secrets` — every token format's match is found
from its start within that, and longer ones (a PEM block, a JWT, an encoded key) are
found once their first 256 characters are in and masked from there on; a match that
only shows later and began in text already sent ends the stream (fail closed).

Masking changes the text's length, so what was sent is tracked as a prefix of the
masked text; held events go out as they arrived when their text is unchanged, and as
one event carrying the masked text otherwise. The bookkeeping is linear: the text is
kept as lists of pieces and offsets, an event costs work for its own text, and a look
compares only the text not yet sent (the held events') with its masked form — except
that a masked look checks, at C speed, that the masked text still begins with what
was sent (the engine hands back the whole masked text). A refusal (a blocking guard, or a masked
match that began in text already sent) raises `StreamCut`; the caller sends the error
event and ends the stream.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

from secproxy.config import Config
from secproxy.config.guards import GuardEntry, guard_entries
from secproxy.config.llm import LlmStreamSettings, default_specs
from secproxy.content import set_at
from secproxy.engine.pipeline import Stream
from secproxy.guards.registry import DEFAULT_ACTIONS, Default
from secproxy.model import Direction, Surface, Verdict
from secproxy.surfaces.llm.loose import LOOSE_BREAK, drop_logprobs, loose_strings
from secproxy.surfaces.llm.sse import (
    Event,
    TextSpot,
    ident,
    render,
    replace_strings,
    with_text,
)
from secproxy.surfaces.llm.tokens import estimate_tokens

FAMILY_HOLDBACK = {"secrets": 256, "pii": 128}
"""Longest match of a family whose matches the gateway cannot measure (see above)."""
UNBOUNDED_HOLDBACK = 512
"""What a guard counts whose longest match is unknown or unbounded."""
CHANNEL_BREAK = "\n\n"
"""What the guards read between the texts of two channels (two choices of an answer of
`n`, its reasoning and its content, two content blocks), which are separate texts to
the client: a blank line, which the guards' matches (a token's characters, a phrase's
spaces) do not cross."""
_SENTENCE_ENDS = frozenset(".!?\n\u3002\uff01\uff1f")


def _pattern_width(pattern: Any) -> int:
    try:
        width = _sre_parse.parse(str(pattern)).getwidth()[1]
    except Exception:  # an entry the guard itself refuses: it never runs
        return 0
    return int(width) if width < UNBOUNDED_HOLDBACK else UNBOUNDED_HOLDBACK


def holdback_of(config: Config) -> int:
    """Characters a stream holds back under `config` (see the module docstring)."""
    chosen = config.llm.stream.holdback_chars
    if isinstance(chosen, int):
        return chosen
    longest = 0
    entries: list[GuardEntry | Default] = [*guard_entries(config.guards, config.ws),
                                           *default_specs(config)]
    for entry in entries:
        action = entry.action or DEFAULT_ACTIONS.get(entry.family, "block")
        if action != "sanitize" or Direction.STREAM not in entry.directions or (
                entry.surfaces is not None and Surface.LLM not in entry.surfaces):
            continue
        if entry.family == "patterns":
            patterns = entry.settings.get("patterns")
            widths = [_pattern_width(p.get("pattern")) for p in patterns
                      if isinstance(p, dict)] if isinstance(patterns, list) else []
            longest = max(longest, *widths, 0)
        else:
            longest = max(longest, FAMILY_HOLDBACK.get(entry.family, UNBOUNDED_HOLDBACK))
    return longest


_NO_CHOICE: Any = object()
_CHOICE_CHANNELS = frozenset({"choice", "reasoning", "details", "call"})
"""The channels of `sse.text_of` that belong to a choice of an OpenAI chat answer (the
choice's index next)."""
MAX_DEFERRED_CHARS = 1_000_000
"""Text of other choices held while one is read: beyond it the stream is cut."""
_Deferred = tuple[Event | None, TextSpot | None, list[bytes] | None]
"""A held event of a choice (and where its text is), or events `emit` was given."""


def _choice_of(event: Event, spot: TextSpot | None) -> Any:
    """The choice an event belongs to (its index), `_NO_CHOICE` for any other event."""
    if spot is not None:
        channel = spot.channel
        return channel[1] if channel[0] in _CHOICE_CHANNELS else _NO_CHOICE
    doc = event.doc
    if event.name is None and isinstance(doc, dict):
        choices = doc.get("choices")
        if isinstance(choices, list) and len(choices) == 1 and isinstance(choices[0], dict):
            return ident(choices[0].get("index"))
    return _NO_CHOICE


def _loose_channel(event: Event, path: Any) -> tuple[Any, ...]:
    """The channel of an event's one loose string (`StreamGuard._unplaced`): the next
    event of the same kind with a string at the same place, for the same choice, item,
    part or block, continues its text (a refusal's deltas, an audio transcript's, a
    reasoning summary's). An Anthropic text block's first text, in its
    `content_block_start`, opens the channel its `text_delta`s continue (`sse.text_of`'s)."""
    doc = event.doc if isinstance(event.doc, dict) else {}
    name = ident(event.name or doc.get("type"))
    if name == "content_block_start" and path == ("content_block", "text"):
        return ("block", ident(doc.get("index")))
    choices = doc.get("choices")
    choice = choices[0].get("index") if isinstance(choices, list) and choices \
        and isinstance(choices[0], dict) else None
    return ("loose", name, path, *map(ident, (
        choice, doc.get("index"), doc.get("item_id"), doc.get("output_index"),
        doc.get("content_index"), doc.get("summary_index"))))


def _choice_of_raw(raw: bytes) -> Any:
    """The choice of an OpenAI chat chunk in its wire form (`calls.CallHold`'s)."""
    if not raw.startswith(b"data: {"):
        return _NO_CHOICE
    try:
        doc = json.loads(raw[6:])
    except ValueError:
        return _NO_CHOICE
    return _choice_of(Event(raw, None, "", doc), None)


def _finishes(event: Event) -> bool:
    """Whether a chunk ends its choice (it carries the finish reason)."""
    choices = event.doc.get("choices") if isinstance(event.doc, dict) else None
    return isinstance(choices, list) and len(choices) == 1 and isinstance(choices[0], dict) \
        and choices[0].get("finish_reason") is not None


class StreamCut(Exception):
    """The stream must end here."""

    def __init__(self, reason: str, verdict: Verdict | None = None):
        super().__init__(reason)
        self.reason = reason
        self.verdict = verdict
        """The refusing verdict, when the guards refused (else the guard itself cut)."""


@dataclass(slots=True)
class _Piece:
    event: Event
    spot: TextSpot
    end: int
    """Where its text ends in the stream's raw text."""


def _common_prefix(a: str, b: str) -> int:
    # a binary search of slice comparisons (C speed) rather than a loop per character
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, min(len(a), len(b), limit)
    na, nb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[na - mid:na - lo] == b[nb - mid:nb - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


class _Channel:
    """What was resolved of one channel's text: the raw pieces and their masked form."""

    __slots__ = ("raw", "clean", "changed", "raw_len", "clean_len")

    def __init__(self) -> None:
        self.raw: list[str] = []
        self.clean: list[str] = []
        self.changed = False
        self.raw_len = 0
        self.clean_len = 0

    def holds(self, text: str) -> bool:
        """Whether `text` is this channel's whole text, raw or masked (lengths first: no
        join unless one matches)."""
        n = len(text)
        return (n == self.raw_len and "".join(self.raw) == text
                or n == self.clean_len and "".join(self.clean) == text)


class StreamGuard:
    """One streamed answer's guard (see the module docstring)."""

    def __init__(self, stream: Stream, settings: LlmStreamSettings, holdback: int):
        self.stream = stream
        self.strategy = settings.strategy
        self.every = settings.every_chars
        self.every_tokens = settings.every_tokens
        self.every_s = settings.every_ms / 1000 if settings.every_ms else None
        self.max_buffer = settings.max_buffer_chars
        self.holdback = holdback
        self._looked = time.monotonic()
        self._parts: list[str] = []
        """All model text so far, as the upstream sent it, in pieces."""
        self._size = 0
        """Its length."""
        self._unfed: list[str] = []
        """The pieces the engine has not seen yet."""
        self._fed = 0
        """How much of the text the engine has seen."""
        self._masked: str | None = None
        """The whole text as the last look masked it (None: unchanged)."""
        self._sent: list[str] = []
        """The masked text of everything resolved, a prefix of every later masked text."""
        self._sent_len = 0
        self._sent_clean = True
        """Whether what was sent is the raw text itself (nothing masked in it)."""
        self._sent_raw = 0
        """Where the resolved text ends in the raw text (the held events' text follows)."""
        self._pending: list[_Piece] = []
        self._channel: Any = None
        self._outbox: list[bytes] = []
        self._by_channel: dict[Any, _Channel] = {}
        """Per channel: what was resolved of its text."""
        self._loose = 0
        """Events whose loose strings the guards read (`_unplaced`): their channels."""
        self.sent_chars = 0
        """Characters of model text handed to the client (for the record of a cut)."""
        self._active: Any = _NO_CHOICE
        """The choice (of an answer of `n`) whose text the guards read now."""
        self._deferred: dict[Any, list[_Deferred]] = {}
        """The events of the other choices, held in order until it is over."""
        self._deferred_size = 0

    @property
    def text(self) -> str:
        """The model text so far, as the upstream sent it."""
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    # -- events in ----------------------------------------------------------------

    def take(self, event: Event, spot: TextSpot) -> list[bytes] | None:
        """Take a text event at once when that needs no look (most of a stream's events:
        the strategy asks for none yet, and no other channel's run is to be closed):
        what may go to the client now, as `event` would answer, without a coroutine per
        event. None: nothing was taken (`event` takes it)."""
        if (self._pending and spot.channel != self._channel) or self._due(spot.text,
                                                                          len(spot.text)):
            return None
        if self._deferred or (spot.channel[0] in _CHOICE_CHANNELS
                              and spot.channel[1] != self._active):
            return None  # another choice's turn, or the first of a choice
        self._add(event, spot)
        return self._flush()

    async def event(self, event: Event, spot: TextSpot | None) -> list[bytes]:
        """Take one event; returns what may go to the client now."""
        choice = _choice_of(event, spot)
        if self._waits(choice):
            self._defer(choice, (event, spot, None))
            return self._flush()
        if choice is _NO_CHOICE and self._deferred:
            await self._every_choice()
        await self._take(event, spot)
        if spot is None and choice is not _NO_CHOICE and _finishes(event):
            await self._next_choice()
        return self._flush()

    async def emit(self, raws: list[bytes]) -> list[bytes]:
        """Send events that are not model text (decided tool calls) in their place: after
        the text before them, which is looked at and let go now (none: a tool call is
        being held, and the text before it need not wait for its decision); returns what
        may go to the client now."""
        choices = {_choice_of_raw(raw) for raw in raws}
        choice = choices.pop() if len(choices) == 1 else _NO_CHOICE
        if raws and self._waits(choice):
            self._defer(choice, (None, None, raws))
            return self._flush()
        if raws and choice is _NO_CHOICE and self._deferred:
            await self._every_choice()
        await self._close_run()
        self._outbox.extend(raws)
        return self._flush()

    async def finish(self) -> list[bytes]:
        """The upstream is done: look at what is left and release everything."""
        await self._every_choice()
        await self._close_run()
        if self.strategy == "end_only":
            return self._drain()
        return self._flush()

    # -- the choices of an answer of `n`, one at a time ------------------------------

    def _waits(self, choice: Any) -> bool:
        """Whether an event of `choice` waits for the choice the guards read now (which
        it becomes when none is)."""
        if choice is _NO_CHOICE:
            return False
        if self._active is _NO_CHOICE:
            self._active = choice
        return choice != self._active

    def _defer(self, choice: Any, item: _Deferred) -> None:
        event, spot, _ = item
        if spot is not None:
            self._deferred_size += len(spot.text)
            if self._deferred_size > MAX_DEFERRED_CHARS:
                raise StreamCut(f"the answer's choices interleave more than "
                                f"{MAX_DEFERRED_CHARS} characters of text")
        self._deferred.setdefault(choice, []).append(item)

    async def _take(self, event: Event | None, spot: TextSpot | None,
                    raws: list[bytes] | None = None) -> None:
        if raws is not None:
            await self._close_run()
            self._outbox.extend(raws)
        elif event is None:
            return
        elif spot is not None:
            await self._text(event, spot)
        elif event.name == "ping" or (event.name is None and not event.data):
            self._outbox.append(event.raw)  # keepalives carry no text: never held
        else:
            found = loose_strings(event.doc) if event.doc is not None else []
            if len(found) == 1:
                spot = TextSpot(_loose_channel(event, found[0][0]), *found[0])
                if spot.channel == self._channel and self._pending:
                    await self._text(event, spot)  # continues the text being read
                    return
            await self._close_run()
            if found:
                await self._unplaced(event, found)
            else:
                self._outbox.append(self._rewritten(event))

    async def _next_choice(self) -> None:
        """The choice read now is over: the next one that waited is read, its events
        taken as they came, until one of them is not over."""
        await self._close_run()
        self._active = _NO_CHOICE
        while self._deferred:
            choice = next(iter(self._deferred))
            items = self._deferred.pop(choice)
            self._active = choice
            over = False
            for event, spot, raws in items:
                if spot is not None:
                    self._deferred_size -= len(spot.text)
                await self._take(event, spot, raws)
                over = spot is None and event is not None and _finishes(event)
            if not over:
                return
            await self._close_run()
            self._active = _NO_CHOICE

    async def _every_choice(self) -> None:
        """An event of no choice (the usage, the end): every waiting choice is read first."""
        while self._deferred:
            await self._next_choice()
            if self._deferred or self._active is _NO_CHOICE:
                continue
            await self._close_run()
            self._active = _NO_CHOICE

    # -- internals ----------------------------------------------------------------

    async def _text(self, event: Event, spot: TextSpot) -> None:
        if self._pending and spot.channel != self._channel:
            await self._close_run()
        self._add(event, spot)
        if self._due(spot.text):
            await self._look()
            self._resolve(self._size - self.holdback)

    def _add(self, event: Event, spot: TextSpot) -> None:
        if spot.channel != self._channel:
            if self._size:  # nothing is held here: the other channel's run was closed
                self._separate()
            self._channel = spot.channel
        new = spot.text
        self._parts.append(new)
        self._unfed.append(new)
        self._size += len(new)
        self._pending.append(_Piece(event, spot, self._size))

    def _separate(self) -> None:
        """Start a channel's text after another's: the guards read `CHANNEL_BREAK`
        between them, which no client receives. It counts as sent (every later masked
        text must begin with it): a match that would cross it — a mask of one choice
        growing into the next, two choices' pieces read as one key — cannot hide in
        either text; one that does cross it ends the stream."""
        self._parts.append(CHANNEL_BREAK)
        self._unfed.append(CHANNEL_BREAK)
        self._size += len(CHANNEL_BREAK)
        self._sent.append(CHANNEL_BREAK)
        self._sent_len += len(CHANNEL_BREAK)
        self._sent_raw = self._size

    def _due(self, new: str, coming: int = 0) -> bool:
        """Whether the strategy asks for a look now that `new` came in (`coming`: its
        length when it is not counted in yet, for `take` to ask before it adds it)."""
        unseen = self._size + coming - self._fed
        if unseen >= self.max_buffer:
            return True
        strategy = self.strategy
        if strategy == "continuous":
            return True
        if strategy == "sentence_boundary":
            return not _SENTENCE_ENDS.isdisjoint(new)
        if strategy != "periodic":
            return False
        return bool((self.every and unseen >= self.every)
                    or (self.every_s is not None
                        and time.monotonic() - self._looked >= self.every_s)
                    or (self.every_tokens
                        and estimate_tokens("".join(self._unfed) + (new if coming else ""))
                        >= self.every_tokens))

    async def _close_run(self) -> None:
        if not self._pending:
            return
        await self._look()
        self._resolve(self._size)

    async def _look(self) -> None:
        if self._fed == self._size:
            return
        unfed, self._unfed = self._unfed, []
        verdict = await self.stream.feed("".join(unfed))
        self._fed = self._size
        self._looked = time.monotonic()
        if verdict is not None and not verdict.permits:
            raise StreamCut(verdict.reason or str(verdict.decision), verdict)
        masked = verdict.sanitized if verdict is not None else None
        # What was sent must begin every later masked text (raw text counts as its own
        # masked form): the check is free while nothing masked has been sent and the
        # text is not masked, and one comparison of strings otherwise.
        if (masked is not None or not self._sent_clean) and not (
                masked if masked is not None else self.text).startswith(self._sent_text()):
            raise StreamCut(f"a masked match began in text already sent (longer than the "
                            f"{self.holdback}-character holdback)")
        self._masked = masked

    def _sent_text(self) -> str:
        if len(self._sent) > 1:
            self._sent = ["".join(self._sent)]
        return self._sent[0] if self._sent else ""

    def _resolve(self, allowed: int) -> None:
        """Move the held events whose text is settled (ends by `allowed`, and maps onto
        the masked text) to the outbox."""
        if not self._pending:
            return
        start, size = self._sent_raw, self._size
        rest_raw = "".join(p.spot.text for p in self._pending)  # the text from `start` on
        if self._masked is not None:
            rest_masked = self._masked[self._sent_len:]
        elif self._sent_len == start:
            rest_masked = rest_raw
        else:  # unmasked now, though something masked (as long as it) was sent
            rest_masked = self.text[self._sent_len:]
        if rest_raw == rest_masked:
            prefix = suffix = len(rest_raw)
        else:
            prefix = _common_prefix(rest_raw, rest_masked)
            suffix = _common_suffix(rest_raw, rest_masked,
                                    min(len(rest_raw), len(rest_masked)) - prefix)
        best = -1
        clean = ""
        for i, piece in enumerate(self._pending):
            if piece.end > allowed:
                break
            offset = piece.end - start
            if offset <= prefix:
                best, clean = i, rest_masked[:offset]
            elif size - piece.end <= suffix:
                best, clean = i, rest_masked[:len(rest_masked) - (size - piece.end)]
        if best < 0:
            return
        pieces = self._pending[:best + 1]
        del self._pending[:best + 1]
        region = rest_raw[:pieces[-1].end - start]
        if clean == region:
            self._outbox.extend(p.event.raw for p in pieces)
        else:
            done = 0
            j = 0
            while j < len(pieces) and pieces[j].end - start <= prefix:
                self._outbox.append(pieces[j].event.raw)
                done = pieces[j].end - start
                j += 1
            if j < len(pieces) and clean[done:]:
                self._outbox.append(with_text(pieces[j].event, pieces[j].spot, clean[done:]))
        self._sent.append(clean)
        self._sent_len += len(clean)
        self._sent_raw = pieces[-1].end
        self.sent_chars += len(clean)
        channel = self._by_channel.get(pieces[0].spot.channel)
        if channel is None:
            channel = self._by_channel[pieces[0].spot.channel] = _Channel()
        channel.raw.append(region)
        channel.clean.append(clean)
        channel.raw_len += len(region)
        channel.clean_len += len(clean)
        if clean != region:
            channel.changed = True
            self._sent_clean = False

    async def _unplaced(self, event: Event, found: list[tuple[Any, str]]) -> None:
        """An event whose text `text_of` does not place, with strings that may be text
        (`loose.loose_strings`): the texts it repeats swapped for their masked form
        (`_rewritten`); one other string is text of a channel of its own that the next
        such events continue (`_loose_channel`: a refusal's or a transcript's deltas, a
        content block's first text), read as any text is, a holdback across events
        included; several are read as one text (`LOOSE_BREAK` between them) and masked in
        place. What goes out is put in the outbox (or held, as text is). `found`: the
        event's loose strings (read again only when `_rewritten` swapped some)."""
        rewritten = self._rewritten(event)
        doc = event.doc
        by_channel = self._by_channel
        if rewritten is not event.raw:
            found = loose_strings(doc)
        spots = [(path, text) for path, text in found
                 if not any(ch.holds(text) for ch in by_channel.values())]
        if not spots:
            self._outbox.append(rewritten)
            return
        if len(spots) == 1 and rewritten is event.raw:
            await self._text(event, TextSpot(_loose_channel(event, spots[0][0]), *spots[0]))
            return
        self._loose += 1
        spot = TextSpot(("loose", self._loose), (), LOOSE_BREAK.join(t for _, t in spots))
        mark = len(self._outbox)
        self._add(event, spot)
        await self._close_run()
        del self._outbox[mark:]  # the event goes out once, below, with its strings masked
        # One event's own channel: no later text continues it (and kept, every later
        # event would compare with it: `_Channel.holds`, `_rewritten`).
        clean = "".join(by_channel.pop(spot.channel).clean)
        if clean == spot.text:
            self._outbox.append(rewritten)
            return
        parts = clean.split(LOOSE_BREAK)
        if len(parts) != len(spots):
            raise StreamCut("a masked match crossed two strings of one event")
        for (path, _), part in zip(spots, parts, strict=True):
            set_at(doc, path, part)
        drop_logprobs(doc)
        self._outbox.append(render(event.name, doc))

    def _rewritten(self, event: Event) -> bytes:
        """An event that repeats a whole text (the responses API's `.done` and
        `response.completed`) carries the masked text the client already has."""
        if event.doc is None:
            return event.raw
        swap = {}
        for channel in self._by_channel.values():
            if channel.changed:
                raw, clean = "".join(channel.raw), "".join(channel.clean)
                if raw and raw != clean:
                    swap[raw] = clean
        if swap and replace_strings(event.doc, swap):
            return render(event.name, event.doc)
        return event.raw

    def _flush(self) -> list[bytes]:
        if self.strategy == "end_only":
            return []
        return self._drain()

    def _drain(self) -> list[bytes]:
        out, self._outbox = self._outbox, []
        return out
