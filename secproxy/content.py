"""Content as slots: role-tagged pieces of text with a path back into the wire format.

A surface cuts what it decides on into `Slot`s — the system prompt, a user message, a
tool call's arguments, a tool result, a URL, a header, a frame — each remembering where
it lives in the parsed wire document (`path`: keys and list positions from the root,
like a JSON pointer). Guards see the slots and answer with spans to mask; masks from
every guard are merged by span (`merge_redactions`), applied per slot
(`apply_redactions`), and written back into the document (`write_back`), so the
structure of a JSON body or frame survives a rewrite.

`TextSlots` is the same idea for a document already parsed by the WebSocket adapters:
the string leaves of one message, held as (container, key) places.

`load_json` is how a surface reads a JSON document from the wire: it refuses one nested
deeper than `MAX_JSON_DEPTH`, which the recursive walks here and in the guards could not
follow (Python's stack ends near a thousand levels).

This module imports nothing from secproxy: the model, the guards and every surface
may use it.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import orjson

Path = tuple[str | int, ...]
"""Keys and list positions from the root of a parsed document; `()` is the root."""

RE2_CLASSES = {"w": r"\pL\pN_", "d": r"\p{Nd}", "s": r"\s\x{1c}-\x{1f}\x{85}\p{Z}"}
"""Python's Unicode classes of `str` patterns (`\\w`, `\\d`, `\\s`) spelled for RE2,
whose own are ASCII: for the patterns guard and the redactor's prefilter, which read
content with RE2 (here: this module is the one both may import)."""

MAX_JSON_DEPTH = 200
"""The deepest nesting of objects and arrays a document from the wire may have. Real
requests, tool arguments and MCP messages stay far below it (a tool's JSON Schema nests
a dozen levels); past it a body is refused as malformed (`TooDeep`) rather than walked
by code that recurses once per level (`collect`, `TextSlots`, `json.dumps` when a
sanitized body is written back) and would run out of stack."""


class TooDeep(ValueError):
    """A JSON document nested deeper than `MAX_JSON_DEPTH` (a `ValueError`, as a syntax
    error is: code that reads a body as JSON or else as text treats it so)."""

    def __init__(self) -> None:
        super().__init__(f"nested deeper than {MAX_JSON_DEPTH} levels of objects and arrays")


class DuplicateKey(ValueError):
    """An object names a key twice (`load_json(..., unique=True)`)."""

    def __init__(self, key: str):
        super().__init__(f"the key {key!r} is named twice in one object")
        self.key = key


def unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An `object_pairs_hook`: the object, or `DuplicateKey` when a key comes twice
    (a set is built only when the dict came out shorter than its pairs)."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return obj


def load_json(raw: str | bytes | bytearray, *, unique: bool = False) -> Any:
    """`json.loads(raw)`, refusing a document nested deeper than `MAX_JSON_DEPTH`
    (`TooDeep`); a syntax error is `json.JSONDecodeError`, both `ValueError`s. With
    `unique`, an object naming a key twice is `DuplicateKey` (a `ValueError` too): this
    parser keeps the last value, another reader may keep the first."""
    try:
        doc = json.loads(raw, object_pairs_hook=unique_object) if unique else json.loads(raw)
    except RecursionError:  # thousands of levels: the parser itself ran out of stack
        raise TooDeep() from None
    check_depth(raw, doc)
    return doc


_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19
"""Digits enough for an integer past 64 bits (which orjson reads as a float), once
`_DIGITS` has made every digit a 0: a C pass, where a regular expression took ten
times orjson's time."""
_SCANNED = 64 * 1024
"""Longer texts are not scanned for digits: their parsed values are searched for a float
instead (a few nodes around long strings, where the scan would cost more than orjson)."""


def load_json_fast(raw: str | bytes) -> Any:
    """`load_json(raw)`, by orjson where it reads the same (about a tenth of the time).
    orjson refuses what the standard parser reads differently or not at all (NaN, lone
    surrogates, a byte-order mark, bytes that are not UTF-8), which then goes the
    standard way; only integers past 64 bits it reads differently (as floats), so a text
    that may hold one goes the standard way too."""
    if isinstance(raw, str):
        try:
            data = raw.encode()
        except UnicodeEncodeError:
            return load_json(raw)
    else:
        data = raw
    if len(data) <= _SCANNED and _LONG_NUMBER in data.translate(_DIGITS):
        return load_json(raw)
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError:
        return load_json(raw)
    if len(data) > _SCANNED and _has_float(doc):
        return load_json(raw)
    check_depth(data, doc)
    return doc


def _has_float(doc: Any) -> bool:
    stack = [doc]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, float):
            return True
    return False


def dump_json(obj: Any) -> str:
    """Compact JSON, non-ASCII kept as is, always encodable as UTF-8: a lone surrogate
    (decoded from a `\\udc80` escape in what was read) goes back out as the same escape,
    where `.encode()` of the plain dump would raise."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    if not text.isascii():
        try:
            text.encode()
        except UnicodeEncodeError:
            return json.dumps(obj, separators=(",", ":"))
    return text


def check_depth(raw: str | bytes | bytearray, doc: Any) -> None:
    """Raise `TooDeep` when `doc` (parsed from `raw`) nests deeper than `MAX_JSON_DEPTH`.
    A document with fewer opening brackets in its text than that cannot, which is all of
    them but the hostile ones: those are then walked, without recursion."""
    if isinstance(raw, str):
        opened = raw.count("{") + raw.count("[")
    else:
        opened = raw.count(b"{") + raw.count(b"[")
    if opened <= MAX_JSON_DEPTH or not isinstance(doc, (dict, list)):
        return
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise TooDeep()
        items = value.values() if isinstance(value, dict) else value
        stack.extend((v, depth + 1) for v in items if isinstance(v, (dict, list)))


class Role(StrEnum):
    """What a piece of content is."""

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
    TOOL_CALL = "tool_call"
    """A tool call's arguments."""
    TOOL_RESULT = "tool_result"
    URL = "url"
    HOST = "host"
    """A destination's name (a request's, a tunnel's): what a guard would mask in it is
    refused instead — a name cannot be sent masked, and looking it up sends it."""
    QUERY = "query"
    HEADER = "header"
    NAME = "name"
    """Names a request gives its values under (header names; on the LLM gateway, query
    names too): data leaves in them as in the values (`X-AKIA…: 1`). Read only, as a
    host name is: what a guard would mask in one is refused, a name cannot be sent
    masked."""
    BODY = "body"
    FRAME = "frame"
    JOINED = "joined"
    """Several values read as one text, end to end (`joined_view`: a tool call's
    argument strings, where a key sent split over two of them is whole). Only the
    secrets family reads it, and only a hit that runs from one value into the next
    counts (one within a value is that value's own); read only, as a name is: no mask
    can go into a join, so such a hit refuses the action."""


@dataclass(frozen=True, slots=True)
class Slot:
    """One role-tagged piece of text."""

    role: Role
    text: str
    path: Path = ()
    """Where `text` lives in the wire document (see `write_back`)."""

    def replace(self, text: str) -> Slot:
        return Slot(self.role, text, self.path)


@dataclass(frozen=True, slots=True)
class Redaction:
    """Replace `slot`'s characters `start:end` by `text`."""

    slot: int
    start: int
    end: int
    text: str


def joined(slots: Sequence[Slot]) -> str:
    """The slots' text as one string, one newline between slots (what `Action.content`
    holds when a surface gives slots)."""
    if len(slots) == 1:
        return slots[0].text
    return "\n".join(s.text for s in slots)


JOIN_EDGE = 128
"""Of a value longer than twice this, a `joined_view` takes the first and the last
`JOIN_EDGE` characters, a newline between them (no pattern runs across it): a secret
split over two values lies at their edges."""
MAX_JOINED = 32
"""Values a `joined_view` takes at most (the first ones)."""


def joined_view(texts: Sequence[str]) -> Slot | None:
    """`texts` end to end as one `Role.JOINED` slot, bounded (`JOIN_EDGE`, `MAX_JOINED`):
    all of them, then every two and every three that follow each other, a newline
    between these runs (a key split in two is found whatever its neighbours hold, as
    they would run on into it in the whole); its path is where each value after the
    first of a run starts. None for fewer than two texts."""
    values = [f"{t[:JOIN_EDGE]}\n{t[-JOIN_EDGE:]}" if len(t) > 2 * JOIN_EDGE else t
              for t in texts[:MAX_JOINED]]
    count = len(values)
    if count < 2:
        return None
    runs = [(0, count)] + [(i, i + n) for n in (2, 3) if n < count
                           for i in range(count - n + 1)]
    parts: list[str] = []
    starts: list[int] = []
    at = 0
    for first, end in runs:
        if parts:
            parts.append("\n")
            at += 1
        for i in range(first, end):
            if i > first:
                starts.append(at)
            parts.append(values[i])
            at += len(values[i])
    return Slot(Role.JOINED, "".join(parts), tuple(starts))


def across(slot: Slot, span: tuple[int, int] | None) -> bool:
    """Whether `span` of a `Role.JOINED` slot runs from one of its values into the next."""
    return span is not None and any(span[0] < start < span[1] for start in slot.path
                                    if isinstance(start, int))


def offsets(slots: Sequence[Slot]) -> list[int]:
    """Where each slot starts in `joined(slots)`."""
    out = []
    at = 0
    for s in slots:
        out.append(at)
        at += len(s.text) + 1
    return out


def merge_redactions(redactions: Iterable[Redaction]) -> list[Redaction]:
    """Merge overlapping redactions of the same slot into one covering their union, with
    the text of the widest (the first given, among equally wide ones), so that no
    character any guard asked to mask survives. Sorted by slot and start."""
    order = sorted(enumerate(redactions), key=lambda p: (p[1].slot, p[1].start, p[0]))
    merged: list[Redaction] = []
    widest: list[tuple[int, int]] = []  # (width, -given position) of the text chosen
    for pos, r in order:
        if merged and merged[-1].slot == r.slot and r.start < merged[-1].end:
            last = merged[-1]
            width = r.end - r.start
            text = last.text
            if (width, -pos) > widest[-1]:
                text = r.text
                widest[-1] = (width, -pos)
            merged[-1] = Redaction(last.slot, last.start, max(last.end, r.end), text)
            continue
        merged.append(r)
        widest.append((r.end - r.start, -pos))
    return merged


def apply_redactions(slots: Sequence[Slot], redactions: Iterable[Redaction]) -> list[Slot]:
    """The slots with the (merged) redactions applied; untouched slots are kept as is."""
    out = list(slots)
    by_slot: dict[int, list[Redaction]] = {}
    for r in merge_redactions(redactions):
        by_slot.setdefault(r.slot, []).append(r)
    for index, rs in by_slot.items():
        text = out[index].text
        parts = []
        at = 0
        for r in rs:
            parts.append(text[at:r.start])
            parts.append(r.text)
            at = r.end
        parts.append(text[at:])
        out[index] = out[index].replace("".join(parts))
    return out


class _Step(str):
    """A path's last step that reads its key another way than the plain key does: never
    equal to the plain key (nor to another kind of step), so two such paths differ."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash((type(self).__name__, str(self)))


class KeyOf(_Step):
    """The last step of a path that names an object's key itself, not its value: JSON
    keys are content too (a key sent as `{"AKIA…": 1}` leaves as surely as a value)."""

    __slots__ = ()


_PLAIN_KEY = re.compile(r"[A-Za-z]+(?:[_.\-][A-Za-z]+)*")
KEY_MIN = 8


def key_worth_guarding(key: str) -> bool:
    """Whether a JSON key is guarded as content: one of `KEY_MIN` characters or more
    that is not a plain name (`session_id`, `additionalProperties`, `X-Request-Kind`):
    digits, other punctuation, spaces or other scripts in it, as secrets, addresses and
    numbers have. Plain names, which a document's shape is made of, cost no slot."""
    return len(key) >= KEY_MIN and _PLAIN_KEY.fullmatch(key) is None


SCHEMA_NAMING = frozenset({"properties", "patternProperties", "$defs", "definitions",
                           "dependentSchemas", "dependentRequired"})
"""JSON Schema keywords whose object's keys are names a model reads (a parameter's)."""


def rename_key(d: dict[str, Any], old: str, new: str) -> None:
    """Rename key `old` of `d` to `new` in place, keeping the keys' order."""
    if old == new or old not in d:
        return
    items = list(d.items())
    d.clear()
    d.update((new if k == old else k, v) for k, v in items)


class EncodedOf(_Step):
    """The last step of a path to a string that encodes text in base64 (bare, or a
    `data:` URL's `;base64,` payload: a text file sent inline): the slot's text is the
    decoded text (`encoded_text`), and writing it back encodes it again, the URL's
    head kept."""

    __slots__ = ()


def encoded_text(value: str) -> str | None:
    """The UTF-8 text that base64 `value`, or a `data:` URL's base64 payload, encodes;
    None for bytes that are no text (an image, a PDF) or anything else (`base64_text`)."""
    if value.startswith("data:"):
        head, comma, payload = value.partition(",")
        if not comma or not head.lower().endswith(";base64"):
            return None
        value = payload
    return base64_text(value)


def encoded_like(old: str, text: str) -> str:
    """`text` encoded as `old` was: base64 of the same character encoding (UTF-8, or
    UTF-16 behind its byte-order mark), behind `old`'s `data:` head if it had one."""
    head, comma, payload = old.partition(",") if old.startswith("data:") else ("", "", old)
    raw = _b64decode(payload)
    codec = _codec_of(raw) if raw is not None else "utf-8"
    data = base64.b64encode(text.encode(codec, "surrogatepass")).decode("ascii")
    return f"{head}{comma}{data}"


def get_at(doc: Any, path: Path) -> Any:
    """The value at `path` in a parsed document (a key's name for a last step that is a
    `KeyOf`, the decoded text for one that is an `EncodedOf`); KeyError/IndexError when
    absent."""
    for part in path:
        kind = type(part)
        if kind is KeyOf:
            if str(part) not in doc:
                raise KeyError(part)
            return str(part)
        if kind is EncodedOf:
            return encoded_text(doc[str(part)])
        doc = doc[part]
    return doc


def set_at(doc: Any, path: Path, value: Any) -> Any:
    """Put `value` at `path` in a parsed document (in place; a last step that is a
    `KeyOf` renames that key to `value`); the new root is returned (`value` itself for
    the empty path)."""
    if not path:
        return value
    container, last = get_at(doc, path[:-1]), path[-1]
    if type(last) is KeyOf:
        rename_key(container, str(last), value)
    elif type(last) is EncodedOf:
        key = str(last)
        container[key] = encoded_like(container[key], value)
    else:
        container[last] = value
    return doc


def write_back(doc: Any, slots: Iterable[Slot]) -> Any:
    """Write every slot's text into the document at its path (in place; a `joined_view`
    is skipped); returns the root, which is new when a slot's path is the root. Values
    first, then renamed keys, the deepest first: a key renamed early would break the
    paths through it."""
    keys = []
    for s in slots:
        if s.role is Role.JOINED:  # a view of several values, no place of its own
            continue
        if s.path and type(s.path[-1]) is KeyOf:
            keys.append(s)
        else:
            doc = set_at(doc, s.path, s.text)
    for s in sorted(keys, key=lambda s: -len(s.path)):
        doc = set_at(doc, s.path, s.text)
    return doc


def collect(doc: Any, role: Role, path: Path = (), *,
            skip_keys: frozenset[str] = frozenset()) -> list[Slot]:
    """A slot for every string under `path` in a parsed JSON document (depth first),
    and for every key worth guarding (`key_worth_guarding`; its path ends in `KeyOf`)."""
    out: list[Slot] = []
    _collect(get_at(doc, path), path, role, skip_keys, out)
    return out


def _collect(value: Any, at: Path, role: Role, skip_keys: frozenset[str], out: list[Slot]
             ) -> None:
    # A function of the module, not a closure calling itself: such a closure is a cycle
    # (function, cell, function) that only the garbage collector frees, holding the
    # request's slots until it runs (every collection then walks them).
    if isinstance(value, str):
        out.append(Slot(role, value, at))
    elif isinstance(value, dict):
        for k, v in value.items():
            if k not in skip_keys:
                if key_worth_guarding(k):
                    out.append(Slot(role, k, (*at, KeyOf(k))))
                _collect(v, (*at, k), role, skip_keys, out)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _collect(v, (*at, i), role, skip_keys, out)


class KeyName:
    """A key of an object as a place of `TextSlots`: `place[0]` is its name, and setting
    it renames the key. It follows its value among the places, so that the value is
    written under the old name before the name changes (places deeper down hold their
    own containers, which a renamed key does not move)."""

    __slots__ = ("d", "key")

    def __init__(self, d: dict[str, Any], key: str):
        self.d, self.key = d, key

    def __getitem__(self, _: int) -> str:
        return self.key

    def __setitem__(self, _: int, value: str) -> None:
        rename_key(self.d, self.key, value)
        self.key = value


class Base64Text:
    """A base64 string holding UTF-8 text, as a place of `TextSlots`: `place[0]` is the
    text, and setting it stores the new text's base64 in the container (an MCP
    resource's `blob` of a text file: the client decodes it for the model, so a guard
    must read the text and a mask must leave valid base64 behind)."""

    __slots__ = ("c", "key", "text")

    def __init__(self, c: Any, key: Any, text: str):
        self.c, self.key, self.text = c, key, text

    def __getitem__(self, _: int) -> str:
        return self.text

    def __setitem__(self, _: int, value: str) -> None:
        if value != self.text:
            self.c[self.key] = encoded_like(self.c[self.key], value)
            self.text = value


MAX_DECODED_BLOB = 4 * 1024 * 1024
"""The longest base64 string `base64_text` decodes (larger blobs are left as bytes)."""

_BASE64_BLOB = re.compile(r"[A-Za-z0-9+/\s]*={0,2}\s*")
_SPACES = re.compile(r"\s+")
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BOMS = ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"\xef\xbb\xbf", "utf-8-sig"))


def _b64decode(value: str) -> bytes | None:
    """Base64 as forgiving decoders read it (a browser's `atob`, Node): whitespace
    ignored, the padding optional; None when it is no base64."""
    if not value or len(value) > MAX_DECODED_BLOB or not _BASE64_BLOB.fullmatch(value):
        return None
    data = _SPACES.sub("", value).rstrip("=")
    if len(data) % 4 == 1:
        return None
    try:
        return base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def _codec_of(raw: bytes) -> str:
    """The character encoding of decoded bytes: UTF-16 or UTF-8 by a byte-order mark,
    else UTF-8."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return codec
    return "utf-8"


def base64_text(value: str) -> str | None:
    """The text a base64 string encodes, when it is text: UTF-8 (or UTF-16 or UTF-8
    behind a byte-order mark) with control characters (but tab, newlines and form feed)
    one in a hundred at most, as a text file with a stray NUL or escape has; None for an
    image, a binary file, or a string longer than `MAX_DECODED_BLOB`."""
    raw = _b64decode(value)
    if not raw:
        return None
    try:
        text = raw.decode(_codec_of(raw))
    except (UnicodeDecodeError, ValueError):
        return None
    if not text or len(_TEXT_CONTROLS.findall(text)) > max(1, len(text) // 100):
        return None
    return text


class TextSlots:
    """The string leaves that form a message's content, in document order.

    Content is the leaves joined with newlines. `slots()` gives one `Slot` per leaf and
    `write()` puts rewritten slots back, leaf by leaf. `apply()` takes sanitized content
    as one string instead: each leaf gets as many lines as it had; if a guard changed the
    number of lines, all of the sanitized text goes to the first leaf and the others are
    emptied (the masking is kept, only the layout is lost)."""

    __slots__ = ("places",)

    def __init__(self) -> None:
        self.places: list[tuple[Any, Any]] = []
        """(container, key) pairs: `container[key]` is a string."""

    def collect(self, container: Any, key: Any, *, skip_keys: frozenset[str] = frozenset(),
                naming: frozenset[str] = frozenset()) -> None:
        """Add every string under `container[key]` (depth first), and every key worth
        guarding (`key_worth_guarding`) as a place of its own (`KeyName`); every key of
        an object under a key in `naming` too (`SCHEMA_NAMING`: a schema's property
        names, which a model reads as it reads their descriptions)."""
        value = container[key]
        if isinstance(value, str):
            self.places.append((container, key))
        elif isinstance(value, dict):
            names = key in naming
            for k in list(value):
                if k not in skip_keys:
                    self.collect(value, k, skip_keys=skip_keys, naming=naming)
                    if names or key_worth_guarding(k):  # after its value: written after it
                        self.places.append((KeyName(value, k), 0))
        elif isinstance(value, list):
            for i in range(len(value)):
                self.collect(value, i, skip_keys=skip_keys, naming=naming)

    def text(self) -> str | None:
        places = self.places
        if not places:
            return None
        if len(places) == 1:
            c, k = places[0]
            return c[k]  # type: ignore[no-any-return]
        return "\n".join(c[k] for c, k in places)

    def slots(self, role: Role) -> list[Slot]:
        """One slot per leaf; its path is the leaf's position among the places (the
        places hold the containers themselves, not their paths from the root)."""
        return [Slot(role, c[k], (i,)) for i, (c, k) in enumerate(self.places)]

    def view(self) -> Slot | None:
        """The `joined_view` of its values (key names left out); None for fewer than two."""
        return joined_view([c[k] for c, k in self.places if not isinstance(c, KeyName)])

    def call_slots(self) -> list[Slot]:
        """A tool call's slots: one per leaf (`Role.TOOL_CALL`), then, for two values or
        more, their `joined_view` (a key sent split over two arguments is whole there)."""
        out = self.slots(Role.TOOL_CALL)
        view = self.view()
        if view is not None:
            out.append(view)
        return out

    def write(self, slots: Sequence[Slot]) -> None:
        """Put rewritten slots (from `slots()`) back into their leaves (a `joined_view`
        is no leaf: nothing is written from it)."""
        for s in slots:
            if s.role is Role.JOINED:
                continue
            index = s.path[0]
            assert isinstance(index, int)
            c, k = self.places[index]
            c[k] = s.text

    def apply(self, sanitized: str) -> None:
        """Write sanitized content back into the leaves."""
        places = self.places
        if not places:
            return
        counts = [c[k].count("\n") + 1 for c, k in places]
        lines = sanitized.split("\n")
        if len(lines) != sum(counts):
            first_c, first_k = places[0]
            first_c[first_k] = sanitized
            for c, k in places[1:]:
                c[k] = ""
            return
        at = 0
        for (c, k), n in zip(places, counts, strict=True):
            c[k] = "\n".join(lines[at:at + n])
            at += n


def arguments_view(arguments: Any) -> Slot | None:
    """The `joined_view` of the string values in a tool call's parsed arguments (depth
    first, key names left out), as `TextSlots.call_slots` adds it: for a surface whose
    slots are not one per value (an LLM answer's call, its arguments one JSON text)."""
    slots = TextSlots()
    slots.collect([arguments], 0)
    return slots.view()
