"""What the content guards see of a plain-HTTP request or response, and the bytes that
go on when they mask something.

A request becomes slots (`content.Slot`): the URL path (`url`), each query pair as
`name=value` (`query`, `+` and percent escapes decoded), each header value except the
framing, hop-by-hop and `egress.inspect.skip_headers` ones (`header`), and the body
(`body`): one slot per pair of a form (a body labelled a form that cannot be one is
text), one per string of a JSON document, the whole text otherwise.
`RequestView.rewrite()` turns masked slots back into an origin-form target, headers and
body, re-encoded the way they arrived (a `%2F` in the path stays one).

Bodies are text when their type or their bytes say so: UTF-8 (or the declared charset),
else Latin-1 byte for byte (so a masked body is re-encoded exactly outside the masks)
with at most 1% control bytes. A body declared binary (images, archives…) that does not
decode as UTF-8 is not guarded.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_from_bytes, unquote_to_bytes

from secproxy.content import (
    Role,
    Slot,
    collect,
    dump_json,
    load_json,
    write_back,
)
from secproxy.surfaces.egress.http1 import HOP_BY_HOP, Headers, RequestHead

NOT_GUARDED = frozenset({b"host", b"content-length", b"transfer-encoding",
                         b"content-encoding", b"expect"}) | HOP_BY_HOP
"""Request headers whose values are framing or routing, never content."""
COMMON_HEADERS = frozenset({
    b"host", b"user-agent", b"accept", b"accept-encoding", b"accept-language",
    b"accept-charset", b"connection", b"proxy-connection", b"keep-alive", b"content-type",
    b"content-length", b"content-encoding", b"transfer-encoding", b"authorization",
    b"proxy-authorization", b"cookie", b"cache-control", b"pragma", b"referer", b"origin",
    b"if-none-match", b"if-modified-since", b"if-match", b"if-unmodified-since", b"range",
    b"expect", b"te", b"upgrade", b"dnt", b"date", b"via", b"x-requested-with",
    b"x-forwarded-for", b"x-forwarded-proto", b"x-forwarded-host", b"x-real-ip",
    b"sec-fetch-mode", b"sec-fetch-site", b"sec-fetch-dest", b"sec-fetch-user",
    b"upgrade-insecure-requests", b"content-disposition", b"content-language",
    b"x-api-key", b"x-request-id", b"traceparent", b"tracestate", b"baggage",
})
"""Header names every client sends: not read as content (their values may be); the names
of all others are, together, as one read-only slot."""
_TEXT_TYPES = frozenset({
    "application/json", "application/xml", "application/x-www-form-urlencoded",
    "application/graphql", "application/javascript", "application/x-javascript",
    "application/ecmascript", "application/yaml", "application/x-yaml",
    "application/toml", "application/sql", "application/xhtml", "application/rss",
    "application/atom", "application/x-sh", "application/csv",
})
_STREAMED_TYPES = frozenset({"text/event-stream", "application/x-ndjson",
                             "application/jsonl", "application/json-seq"})
"""Text sent as it is produced (server-sent events, JSON lines): held whole, it would
reach the client only at its end."""
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/", "model/")
_JUNK = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_JUNK_SHARE = 0.01
_PATH_SLASH = re.compile(rb"(%2[fF])")
_UTF8 = frozenset({"utf-8", "utf8"})
_PATH_SAFE = "/:@!$&'()*+,;=~-._"


def media_type(value: bytes | None) -> tuple[str, str | None]:
    """(type/subtype in lower case, charset or None) of a Content-Type value."""
    if not value:
        return "", None
    text = value.decode("latin-1")
    kind, _, params = text.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, v = param.partition("=")
        if name.strip().lower() == "charset":
            charset = v.strip().strip('"').lower() or None
    return kind.strip().lower(), charset


def textual(kind: str) -> bool:
    """A media type whose body is text (HTML, JSON, XML, forms, markdown…)."""
    if kind.startswith("text/"):
        return True
    if kind in _TEXT_TYPES:
        return True
    return kind.endswith(("+json", "+xml", "+yaml"))


def streamed(kind: str) -> bool:
    """A text type sent as it is produced (server-sent events, JSON lines)."""
    return kind in _STREAMED_TYPES


def binary(kind: str) -> bool:
    """A media type declared binary (images, audio, archives…)."""
    return kind.startswith(_BINARY_PREFIXES) or kind in (
        "application/zip", "application/gzip", "application/x-gzip", "application/pdf",
        "application/x-tar", "application/wasm", "application/x-protobuf",
        "application/protobuf", "application/grpc", "application/msgpack", "application/cbor")


@dataclass(frozen=True, slots=True)
class Text:
    """A body decoded for the guards, and how to encode it back."""

    text: str
    codec: str

    def encode(self, text: str) -> bytes:
        return text.encode(self.codec, "surrogateescape")


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
"""Byte-order marks and the codec that reads the text after them (the mark is kept, as
U+FEFF, so that the body encodes back to the same bytes); UTF-32's before UTF-16's, whose
little-endian mark begins UTF-32's."""


def _sniffed(data: bytes) -> str | None:
    """UTF-16 or UTF-32 a body is written in when its type names no charset: by its
    byte-order mark, or, without one, by the NULs every other byte of UTF-16 holds for
    Latin-script text (more than nine in ten of the odd or the even bytes; the others
    mostly not). A key sent as `application/octet-stream` in UTF-16 reads as text so,
    where UTF-8 sees a NUL between each two letters and the guards nothing."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    size = len(data)
    if size < 8 or size % 2 or data.count(0) * 3 < size:
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    half = size // 2
    if odd * 10 > half * 9 and even * 10 < half:
        return "utf-16-le"
    if even * 10 > half * 9 and odd * 10 < half:
        return "utf-16-be"
    return None


def decode_text(data: bytes, kind: str, charset: str | None) -> Text | None:
    """The body as text, or None when it is not text (declared binary, or more than 1%
    control bytes when its type does not say text).

    UTF-8 (or the declared charset; with none, UTF-16 or UTF-32 when `_sniffed` finds
    them) when it decodes; a UTF-8 character cut at the end (a body held up to a limit)
    stays as escaped bytes. Anything else is read as Latin-1, byte for byte: fast, exact
    on the way back, and ASCII secrets and markers read the same."""
    codec = "utf-8"
    if charset and charset not in _UTF8:
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            codec = "utf-8"
    elif not charset and not binary(kind):
        codec = _sniffed(data) or codec
    try:
        return Text(data.decode(codec), codec)
    except UnicodeDecodeError as exc:
        if codec == "utf-8" and exc.start >= len(data) - 3:
            return Text(data.decode(codec, "surrogateescape"), codec)
    except UnicodeError:
        pass  # a codec that cannot decode at all (an encoder-only name, say)
    text = data.decode("latin-1")
    if textual(kind):
        return Text(text, "latin-1")
    if binary(kind) or len(_JUNK.findall(text)) > len(text) * _JUNK_SHARE:
        return None
    return Text(text, "latin-1")


def decompress(data: bytes, coding: str, limit: int) -> bytes | None:
    """A whole gzip or deflate body decoded, at most `limit` bytes of it; None when the
    coding is another, the data is cut or broken, or it decodes to more than `limit`.
    Every member of a gzip body is read, as receivers do (a second member held what the
    first did not show); a deflate stream with bytes after its end is refused."""
    if coding in ("gzip", "x-gzip"):
        out = bytearray()
        rest = data
        while rest:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                out += d.decompress(rest, limit + 1 - len(out))
            except zlib.error:
                return None
            if len(out) > limit or d.unconsumed_tail or not d.eof:
                return None
            rest = d.unused_data
        return bytes(out)
    if coding != "deflate":
        return None
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):  # zlib-wrapped, or raw as some send
        d = zlib.decompressobj(wbits)
        try:
            got = d.decompress(data, limit + 1)
        except zlib.error:
            continue
        if len(got) > limit or d.unconsumed_tail or not d.eof or d.unused_data:
            return None
        return got
    return None


# -- requests ----------------------------------------------------------------------------


def _unquote(raw: bytes, *, plus: bool) -> str:
    if plus:
        raw = raw.replace(b"+", b" ")
    if b"%" in raw:
        raw = unquote_to_bytes(raw)
    return raw.decode("utf-8", "surrogateescape")


def _quote(text: str, *, plus: bool) -> bytes:
    data = text.encode("utf-8", "surrogateescape")
    if plus:
        return quote_from_bytes(data, safe=" ").replace(" ", "+").encode("ascii")
    return quote_from_bytes(data, safe=_PATH_SAFE).encode("ascii")


def _path_text(raw: bytes) -> str:
    """The path decoded, but `%2F` kept as written: it is not a segment separator."""
    if b"%" not in raw:
        return raw.decode("utf-8", "surrogateescape")  # nothing escaped (most paths)
    parts = _PATH_SLASH.split(raw)
    return "".join(p.decode("ascii") if i % 2 else _unquote(p, plus=False)
                   for i, p in enumerate(parts))


def _path_bytes(text: str) -> bytes:
    parts = re.split(r"(%2[fF])", text)
    return b"".join(p.encode("ascii") if i % 2 else _quote(p, plus=False)
                    for i, p in enumerate(parts))


class _Pairs:
    """`name=value&…` (a query or a form body): a slot per pair, reading `name=value`
    decoded — the name is content too (`?AKIA…=1` sends the key as a name) and the
    context of its value (`aws_secret_access_key=…` is a secret where the bare value is
    only a random string) — put back raw unless masked."""

    __slots__ = ("parts",)

    def __init__(self, raw: bytes):
        self.parts = raw.split(b"&")

    def slots(self, role: Role, prefix: tuple[str, ...]) -> list[Slot]:
        out = []
        for i, part in enumerate(self.parts):
            name, eq, value = part.partition(b"=")
            if not part or (eq and not name and not value):
                continue
            text = _unquote(name, plus=True)
            if eq:
                text += "=" + _unquote(value, plus=True)
            out.append(Slot(role, text, (*prefix, i)))
        return out

    def rewrite(self, slots: list[Slot]) -> bytes:
        parts = list(self.parts)
        for s in slots:
            i = s.path[-1]
            assert isinstance(i, int)
            name, eq, _ = parts[i].partition(b"=")
            named = _unquote(name, plus=True) + "="
            if eq and s.text.startswith(named):  # the name as it was: only its value masked
                parts[i] = name + b"=" + _quote(s.text[len(named):], plus=True)
            else:  # a mask in the name: the pair written anew from what the guards left
                new_name, new_eq, new_value = s.text.partition("=")
                parts[i] = _quote(new_name, plus=True) + (
                    b"=" + _quote(new_value, plus=True) if new_eq else b"")
        return b"&".join(parts)


_NOT_A_FORM = re.compile(rb"[\x00-\x20\x7f]|\A[A-Za-z0-9+/]{16,}={0,2}\Z")
"""What an `application/x-www-form-urlencoded` body cannot hold if it is one: a raw space,
line break or control byte (a form writes them `+` and `%0A`), or base64 alone. curl's
`--data-binary @file` and `-d` send any file with that type: a private key's PEM read
as a form lost its armour to the `=` and `+` splits and left unread."""


MAX_BODY_SLOTS = 2048
"""Form values or JSON strings guarded one by one, at most; a body of more is guarded as
one text. Each slot costs the guards a few microseconds of their own however short it
is: a megabyte of `a=1&` (250,000 values) took two seconds of the proxy's CPU, where
the same bytes as one text take a fraction of it, with the same secrets found — as long
as the values stand in the text as they read (`_reads_as_written`): an escaped body
keeps its slot per value."""


def _reads_as_written(text: str, form: _Pairs | None) -> bool:
    """Whether a form's or JSON document's values stand in its text as they read: no
    percent-escape or `+` in a form, no backslash escape in JSON. Only such a body is
    guarded as one text past `MAX_BODY_SLOTS` (an escaped key, `%41%4B%49%41…` or
    `\\u0041…`, padded with thousands of fields would otherwise reach the guards
    escaped, and pass)."""
    if form is not None:
        return "%" not in text and "+" not in text
    return "\\" not in text


@dataclass(slots=True)
class Body:
    """A request or response body as the guards read it."""

    text: Text
    kind: str
    form: _Pairs | None = None
    doc: Any = None
    """The parsed JSON document (None: not JSON, or not parsable)."""

    def slots(self) -> list[Slot]:
        """A slot per form value or JSON string; the whole text as one slot when the body
        is neither, or holds more than `MAX_BODY_SLOTS` of them written as they read (and
        is from then on read, and rewritten, as text)."""
        out: list[Slot] = []
        if self.form is not None:
            out = self.form.slots(Role.BODY, ("body", "form"))
        elif self.doc is not None:
            out = [Slot(Role.BODY, s.text, ("body", "json", *s.path))
                   for s in collect(self.doc, Role.BODY) if s.text]
        else:
            return [Slot(Role.BODY, self.text.text, ("body",))]
        if len(out) <= MAX_BODY_SLOTS or not _reads_as_written(self.text.text, self.form):
            return out
        self.form = self.doc = None
        return [Slot(Role.BODY, self.text.text, ("body",))]

    def rewrite(self, slots: list[Slot]) -> bytes:
        """The body with the (masked) slots put back."""
        if self.form is not None:
            return self.form.rewrite(slots)
        if self.doc is not None:
            doc = write_back(self.doc, [Slot(s.role, s.text, s.path[2:]) for s in slots])
            return self.text.encode(dump_json(doc))
        return self.text.encode(slots[0].text)


def read_body(data: bytes, content_type: bytes | None, *, whole: bool = True,
              bytes_too: bool = False) -> Body | None:
    """The body for the guards (a form, a JSON document, or text); None when binary,
    unless `bytes_too` (a request's body): then a binary one is read byte for byte as
    Latin-1 (ASCII secrets read as they are, masks go back in place). A body cut short
    (`whole` False) is read as plain text."""
    kind, charset = media_type(content_type)
    text = decode_text(data, kind, charset)
    if text is None:
        if not bytes_too:
            return None
        # A type that says binary, or a byte that is no UTF-8, was a way out for any
        # text behind it: `image/png` and b"\x89PNG…" + "deploy sk-…" left unread.
        return Body(Text(data.decode("latin-1"), "latin-1"), kind)
    body = Body(text, kind)
    if not whole:
        return body
    if kind == "application/x-www-form-urlencoded":
        if _NOT_A_FORM.search(data) is None:
            body.form = _Pairs(data)
    elif kind == "application/json" or kind.endswith("+json"):
        try:
            body.doc = load_json(text.text, unique=True)
        except ValueError:  # not JSON, nested too deep to walk, or a key named twice
            body.doc = None  # (one value unread by the guards): read as text
    elif "\\" in text.text and text.text.lstrip()[:1] in ("{", "["):
        # JSON under another type (text/plain, text/json): a server that parses it
        # anyway reads `\u0033` as `3`, so the guards read its strings unescaped too
        try:
            body.doc = load_json(text.text, unique=True)
        except ValueError:
            body.doc = None
    return body


class RequestView:
    """What the guards see of one request, and how their masks go back into it."""

    __slots__ = ("head", "path", "query", "pairs", "body", "slots")

    def __init__(self, head: RequestHead, origin: bytes, skip: frozenset[bytes],
                 body: Body | None, host: Slot | None = None):
        self.head = head
        path, qmark, query = origin.partition(b"?")
        self.path = path
        self.query: bytes | None = query if qmark else None
        self.pairs = _Pairs(query) if query else None
        self.body = body
        slots = [Slot(Role.URL, _path_text(path), ("url",))]
        if host is not None:
            slots.insert(0, host)  # read only: a masked name is refused, not sent
        if self.pairs is not None:
            slots += self.pairs.slots(Role.QUERY, ("query",))
        drop = NOT_GUARDED | head.tokens | skip
        names = []
        for i, (lname, name, value) in enumerate(head.headers):
            if lname not in drop and value:
                slots.append(Slot(Role.HEADER, value.decode("latin-1"), ("header", i)))
            if lname not in COMMON_HEADERS and lname not in head.tokens:  # (hop names:
                names.append(name.decode("latin-1"))                     # not forwarded)
        if names:  # read only: a name cannot be masked (`X-AKIA…: 1`), it is refused
            slots.append(Slot(Role.NAME, "\n".join(names), ("names",)))
        if body is not None:
            slots += body.slots()
        self.slots = slots

    def rewrite(self, slots: list[Slot]) -> tuple[bytes, Headers, bytes | None]:
        """The origin-form target, headers and body with the masked slots put back
        (the body None when it was not read); Content-Length is left to the caller."""
        path, query = self.path, self.query
        headers = list(self.head.headers)
        by_place: dict[str, list[Slot]] = {}
        for old, new in zip(self.slots, slots, strict=True):
            if old.text != new.text:
                by_place.setdefault(str(new.path[0]), []).append(new)
        for s in by_place.get("url", ()):
            path = _path_bytes(s.text)
        if "query" in by_place and self.pairs is not None:
            query = self.pairs.rewrite(by_place["query"])
        for s in by_place.get("header", ()):
            i = s.path[1]
            assert isinstance(i, int)
            lname, name, _ = headers[i]
            headers[i] = (lname, name, s.text.encode("latin-1", "replace"))
        body = None
        if self.body is not None and "body" in by_place:
            body = self.body.rewrite(by_place["body"])
        origin = path + b"?" + query if query is not None else path
        return origin, headers, body
