"""Server-sent events cut the way a client cuts them (the HTML standard's event stream).

A guard must read an event as the client will: what it decides is then what the client
acts on. The standard ends a line with CR LF, a lone LF or a lone CR (a CR at the end of
what has arrived waits for the next bytes: it may be the first half of CR LF), ends an
event with an empty line, ignores one byte order mark at the start of the stream, reads
`field: value` (one space after the colon dropped; a line without a colon is a field with
an empty value; a line starting with a colon is a comment) and joins an event's `data`
lines with LF. Anything else — another Unicode line break such as U+2028 or NEL inside a
JSON string, a CR-only stream, `\\n\\r\\n` between two events — is read here as the
client reads it, not as a shortcut would.

`EventSplitter.feed(bytes)` gives whole events with the exact bytes they came in (to
pass on unchanged) and their fields; `rest()` what is left when the stream ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["BOM", "EventSplitter", "EventTooLong", "SseEvent", "field", "fields", "read_event"]

BOM = b"\xef\xbb\xbf"
_EOL = re.compile(rb"\r\n?|\n")
_TWO_ENDS = (b"\n\n", b"\r\r", b"\n\r")
"""Two characters in a row that may end a line and then an empty one (CR LF is one)."""


@dataclass(slots=True)
class SseEvent:
    """One event as a client reads it."""

    raw: bytes
    """The bytes it arrived as, the empty line that ended it included (a leading byte
    order mark of the stream too)."""
    lines: list[bytes]
    """Its non-empty lines, without their line endings (and without the stream's byte
    order mark)."""
    name: str | None
    data: str | None
    """Its `data` lines joined with LF; None when it has none (a client dispatches
    nothing for it: a comment, a lone `id:` or `retry:`)."""

    def others(self) -> list[bytes]:
        """Its lines that are not `data` fields (event, id, retry, comments)."""
        return [ln for ln in self.lines if field(ln)[0] != b"data"]


def field(line: bytes) -> tuple[bytes, bytes]:
    """A line's field name and value (a comment's name is empty)."""
    if line[:1] == b":":
        return b"", line[1:]
    key, colon, value = line.partition(b":")
    if colon and value[:1] == b" ":
        value = value[1:]
    return key, value


def fields(lines: list[bytes]) -> tuple[str | None, str | None]:
    """An event's name and data (its `data` lines joined with LF; None when it has
    none) from the lines `EventSplitter` cut."""
    if len(lines) == 1 and lines[0].startswith(b"data: "):  # most events of a stream
        return None, lines[0][6:].decode("utf-8", "replace")
    name: str | None = None
    data: list[bytes] = []
    for line in lines:
        key, value = field(line)
        if key == b"data":
            data.append(value)
        elif key == b"event":
            name = value.decode("utf-8", "replace")
    return name, b"\n".join(data).decode("utf-8", "replace") if data else None


def read_event(raw: bytes, lines: list[bytes]) -> SseEvent:
    """The fields of an event of `lines` (as `EventSplitter` cut them)."""
    name, data = fields(lines)
    return SseEvent(raw, lines, name, data)


E = TypeVar("E")
_HEAD = 4096
"""Bytes of an event over the limit kept for its reader (`EventTooLong.head`)."""


class EventTooLong(ValueError):
    """An event over the splitter's limit, not read: its first bytes are `head` (what
    its reader may still tell of it: the id and method of a message whose JSON begins
    there)."""

    def __init__(self, limit: int, start: bytes):
        super().__init__(f"an event longer than {limit} bytes")
        self.head = start[:_HEAD]


class EventSplitter(Generic[E]):
    """Bytes in, whole events out; an event may arrive in many pieces, many events in
    one. `limit` bounds an event's size (`EventTooLong`, a ValueError, past it).
    `make(raw, lines)` makes each event (`read_event`: an `SseEvent`; a surface may make
    its own kind at once)."""

    __slots__ = ("_buf", "_lines", "_more", "_more_size", "_scan", "_started", "limit",
                 "make")

    def __init__(self, make: Callable[[bytes, list[bytes]], E],
                 limit: int = 8 * 1024 * 1024):
        self.make = make
        self._buf = b""
        self._more: list[bytes] = []
        """Pieces come since `_buf` was last read, none of which can end an event: kept
        apart until one can, so that a long event in many pieces is joined once (not
        copied and searched again with every piece)."""
        self._more_size = 0
        self._lines: list[bytes] = []
        self._scan = 0
        """Where the next line starts in `_buf` (lines before it are in `_lines`)."""
        self._started = False
        """Whether the stream's first line has been read (its byte order mark dropped)."""
        self.limit = limit

    def feed(self, data: bytes) -> list[E]:
        more = self._more
        if not (b"\n\n" in data or b"\r\r" in data or b"\n\r" in data
                or (more[-1] if more else self._buf)[-1:] + data[:1] in _TWO_ENDS):
            # No empty line can end here (an empty line is two line ends in a row, and
            # CR LF is one): nothing to read yet.
            more.append(data)
            self._more_size += len(data)
            if len(self._buf) + self._more_size > self.limit:
                raise EventTooLong(self.limit, self._buf or more[0])
            return []
        if more:
            data = b"".join([*more, data])
            more.clear()
            self._more_size = 0
        buf = self._buf + data if self._buf else data
        if self._started and not self._scan and not self._lines and b"\r" not in buf:
            return self._feed_lf(buf)
        end = len(buf)
        out: list[E] = []
        make = self.make
        start = 0
        pos = self._scan
        lines = self._lines
        search = _EOL.search
        while True:
            m = search(buf, pos)
            if m is None:
                break
            cut, nxt = m.span()
            if nxt == end and nxt - cut == 1 and buf[cut] == 13:
                break  # a CR last: wait, it may be the first half of CR LF
            line = buf[pos:cut]
            pos = nxt
            if not self._started:
                self._started = True
                if line.startswith(BOM):
                    line = line[3:]
            if line:
                lines.append(line)
                continue
            if lines:  # (blank lines before an event's first line go with its bytes)
                if pos - start > self.limit:  # (come whole in one piece)
                    raise EventTooLong(self.limit, buf[start:start + _HEAD])
                out.append(make(buf[start:pos], lines))
                lines = []
                start = pos
        self._buf = buf[start:] if start else buf
        self._scan = pos - start
        self._lines = lines
        if len(self._buf) > self.limit:
            raise EventTooLong(self.limit, self._buf)
        return out

    def _feed_lf(self, buf: bytes) -> list[E]:
        """`feed` where no CR is in sight and no event is half read: lines end with LF
        only, so an event ends where an LF follows an LF (blank lines before an event's
        first line go with its bytes, as in `feed`). The bytes after the last whole
        event wait, to be read again with the next."""
        out: list[E] = []
        make = self.make
        start = pos = 0
        find = buf.find
        while (cut := find(b"\n\n", pos)) >= 0:
            pos = cut + 2
            lines = [ln for ln in buf[start:cut].split(b"\n") if ln]
            if lines:
                if pos - start > self.limit:  # (come whole in one piece)
                    raise EventTooLong(self.limit, buf[start:start + _HEAD])
                out.append(make(buf[start:pos], lines))
                start = pos
        rest = self._buf = buf[start:] if start else buf
        if len(rest) > self.limit:
            raise EventTooLong(self.limit, rest)
        return out

    def rest(self) -> list[E]:
        """What is left when the stream ends: an event without its empty line (a client
        drops it; it is given here to be decided all the same)."""
        buf, lines = self._buf + b"".join(self._more), self._lines
        tail = buf[self._scan:]
        self._buf, self._lines, self._scan = b"", [], 0
        self._more, self._more_size = [], 0
        if tail.endswith(b"\r"):
            tail = tail[:-1]
        if not self._started:
            self._started = True
            if tail.startswith(BOM):
                tail = tail[3:]
        if tail:
            lines = [*lines, tail]
        return [self.make(buf, lines)] if lines else []
