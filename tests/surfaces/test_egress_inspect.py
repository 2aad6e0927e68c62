"""What the egress content guards see of a request or body, and the bytes that go on
when a mask is put back (`secproxy.surfaces.egress.inspect`)."""

from __future__ import annotations

import gzip
import json
import os
import zlib

from secproxy.content import Role
from secproxy.surfaces.egress.guarded import accept_decodable
from secproxy.surfaces.egress.http1 import RequestHead
from secproxy.surfaces.egress.inspect import MAX_BODY_SLOTS, RequestView, decompress, read_body


def head(*headers: tuple[bytes, bytes]) -> RequestHead:
    return RequestHead(b"POST", b"http://h/", [(n.lower(), n, v) for n, v in headers],
                       "1.1", True, False)


def masked(view: RequestView, old: str, new: str) -> list:
    return [s.replace(s.text.replace(old, new)) for s in view.slots]


def test_slots_name_every_place_with_its_role() -> None:
    h = head((b"Host", b"h"), (b"X-Note", b"hi there"), (b"Authorization", b"Bearer t"),
             (b"Content-Length", b"9"), (b"Connection", b"x-hop"), (b"X-Hop", b"v"))
    body = read_body(b"a=1&b=two+words", b"application/x-www-form-urlencoded")
    view = RequestView(h, b"/p%2Fq/r%20s?x=%41&flag&y=", frozenset({b"authorization"}), body)
    got = [(s.role, s.text, s.path) for s in view.slots]
    assert got == [
        (Role.URL, "/p%2Fq/r s", ("url",)),
        (Role.QUERY, "x=A", ("query", 0)),  # a pair reads name=value: the name is
        (Role.QUERY, "flag", ("query", 1)),  # content, and its value's context
        (Role.QUERY, "y=", ("query", 2)),
        (Role.HEADER, "hi there", ("header", 1)),
        (Role.NAME, "X-Note", ("names",)),  # names a client's own headers: read only
        (Role.BODY, "a=1", ("body", "form", 0)),
        (Role.BODY, "b=two words", ("body", "form", 1)),
    ]


def test_only_masked_places_are_rewritten_the_rest_stays_byte_for_byte() -> None:
    h = head((b"X-Note", b"key SECRET1"), (b"X-Other", b"caf\xe9"))
    view = RequestView(h, b"/a%2Fb/SECRET1?keep=%7e+x&k=SECRET1", frozenset(), None)
    origin, headers, body = view.rewrite(masked(view, "SECRET1", "[M]"))
    assert origin == b"/a%2Fb/%5BM%5D?keep=%7e+x&k=%5BM%5D"
    assert headers[0][2] == b"key [M]" and headers[1][2] == b"caf\xe9"
    assert body is None
    untouched = RequestView(h, b"/x?q=%7e", frozenset(), None)
    assert untouched.rewrite(untouched.slots)[0] == b"/x?q=%7e"


def test_a_json_body_is_rewritten_as_valid_json_with_strings_masked() -> None:
    doc = {"a": "use SECRET1 now", "n": [1, 2.5, None, True], "deep": {"k": ["SECRET1"]}}
    body = read_body(json.dumps(doc).encode(), b"application/json; charset=utf-8")
    assert body is not None
    view = RequestView(head(), b"/", frozenset(), body)
    out = view.rewrite(masked(view, "SECRET1", "[M]"))[2]
    assert out is not None
    assert json.loads(out) == {"a": "use [M] now", "n": [1, 2.5, None, True],
                               "deep": {"k": ["[M]"]}}


def test_a_body_of_countless_values_is_guarded_and_masked_as_one_text() -> None:
    # Each slot has a fixed cost in every guard: a megabyte of tiny values is one text.
    pairs = [f"k{i}=v" for i in range(MAX_BODY_SLOTS)] + ["key=SECRET1"]
    form = read_body("&".join(pairs).encode(), b"application/x-www-form-urlencoded")
    doc = read_body(json.dumps({"k": ["v"] * MAX_BODY_SLOTS, "key": "SECRET1"}).encode(),
                    b"application/json")
    for body, raw in ((form, "&".join(pairs)), (doc, None)):
        assert body is not None
        view = RequestView(head(), b"/", frozenset(), body)
        (text,) = [s for s in view.slots if s.role is Role.BODY]
        assert text.path == ("body",) and "SECRET1" in text.text
        out = view.rewrite(masked(view, "SECRET1", "[M]"))[2]
        assert out is not None and b"SECRET1" not in out and b"[M]" in out
        if raw is not None:
            assert out == raw.replace("SECRET1", "[M]").encode()
    fewer = read_body("&".join(pairs[1:]).encode(), b"application/x-www-form-urlencoded")
    assert fewer is not None and len(fewer.slots()) == MAX_BODY_SLOTS


def test_a_padded_body_with_an_escaped_secret_keeps_a_slot_per_value() -> None:
    """Past MAX_BODY_SLOTS a body is one text only when its values read as written: a
    percent- or JSON-escaped key padded with thousands of fields reached the guards
    escaped, as one text, and passed."""
    escaped = "".join(f"%{b:02X}" for b in b"SECRET1")
    pairs = [f"k{i}=v" for i in range(MAX_BODY_SLOTS)] + [f"key={escaped}"]
    form = read_body("&".join(pairs).encode(), b"application/x-www-form-urlencoded")
    doc = read_body(('{"k": ["v"' + ', "v"' * (MAX_BODY_SLOTS - 1)
                     + '], "key": "\\u0053ECRET1"}').encode(), b"application/json")
    for body in (form, doc):
        assert body is not None
        view = RequestView(head(), b"/", frozenset(), body)
        assert any(s.text in ("SECRET1", "key=SECRET1") for s in view.slots)
        out = view.rewrite(masked(view, "SECRET1", "[M]"))[2]
        assert out is not None and escaped.encode() not in out
        assert b"ECRET1" not in out and (b"[M]" in out or b"%5BM%5D" in out)


def test_bodies_that_are_not_utf8_come_back_exactly() -> None:
    data = b"caf\xe9 SECRET1 \xff\xfe end"
    body = read_body(data, b"text/plain")
    assert body is not None and "SECRET1" in body.text.text
    view = RequestView(head(), b"/", frozenset(), body)
    assert view.rewrite(view.slots)[2] is None  # nothing masked: nothing rewritten
    out = view.rewrite(masked(view, "SECRET1", "[M]"))[2]
    assert out == b"caf\xe9 [M] \xff\xfe end"
    # A UTF-8 character cut by a limit stays as its bytes.
    cut = "naïve SECRET1 é".encode()[:-1]
    text = read_body(cut, None, whole=False)
    assert text is not None and text.text.encode(text.text.text) == cut


def test_binary_bodies_are_not_read_as_text() -> None:
    noise = os.urandom(4096)
    assert read_body(noise, b"image/png") is None
    assert read_body(noise, b"application/octet-stream") is None
    assert read_body(noise, None) is None
    assert read_body(b"plain words in an octet stream", b"application/octet-stream") is not None


def test_decompress_is_bounded_and_whole_or_nothing() -> None:
    text = b"hello " * 1000
    assert decompress(gzip.compress(text), "gzip", 10_000) == text
    assert decompress(zlib.compress(text), "deflate", 10_000) == text
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    assert decompress(raw.compress(text) + raw.flush(), "deflate", 10_000) == text
    bomb = gzip.compress(b"\0" * 5_000_000)
    assert len(bomb) < 10_000 and decompress(bomb, "gzip", 1_000_000) is None
    assert decompress(gzip.compress(text)[:-20], "gzip", 10_000) is None  # cut short
    assert decompress(b"whatever", "br", 10_000) is None


def test_accept_encoding_is_narrowed_to_what_can_be_decoded() -> None:
    h = head((b"Accept-Encoding", b"gzip, deflate, br;q=0.9, zstd"))
    assert accept_decodable(h).get(b"accept-encoding") == b"gzip, deflate"
    only_br = head((b"Accept-Encoding", b"br"))
    assert accept_decodable(only_br).get(b"accept-encoding") == b"identity"
    fine = head((b"Accept-Encoding", b"gzip"))
    assert accept_decodable(fine) is fine
