"""The gateway's reading of JSON bodies (`formats.decode`): orjson's document is taken
only where it is the standard parser's, and a key named twice is still found whatever
the body does to hide it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from secproxy.content import DuplicateKey, TooDeep, load_json
from secproxy.surfaces.llm.formats import decode, parse_request

PAD = "x" * 2048
"""Makes an answer long enough for the orjson path (`formats._SCANNED`)."""


def read(body: bytes, unique: bool) -> tuple[str, Any]:
    try:
        doc = decode(body, unique=unique)
    except ValueError as exc:
        return "error", type(exc).__name__
    return "doc", (repr(doc), json.dumps(doc))


def standard(body: bytes, unique: bool) -> tuple[str, Any]:
    try:
        doc = load_json(body, unique=unique)
    except ValueError as exc:
        return "error", type(exc).__name__
    return "doc", (repr(doc), json.dumps(doc))


@pytest.mark.parametrize("body", [
    # a key named twice, the value dropped holding colons of its own
    b'{"model": "m", "note": "a:b", "note": "c"}',
    # ... and a colon written as an escape where the counted ones could be made to add up
    b'{"model": "m", "note": "a:b", "note": "c", "x": "\\u003a"}',
    b'{"a": 1, "a": 2}',
    b'{"messages": [{"role": "user", "content": "hi", "content": "k:v"}]}',
    b'{":": ":", ":": 1}',
])
def test_a_key_named_twice_is_found(body: bytes) -> None:
    with pytest.raises(DuplicateKey):
        decode(body, unique=True)
    parsed = parse_request("openai_chat", body)
    assert parsed.doc is None and parsed.text == body.decode()  # guarded as text


@pytest.mark.parametrize("body", [
    b'{"model": "m", "n": 18446744073709551617, "c": "a:b"}',
    b'{"model": "m", "n": -9223372036854775809}',
    b'{"model": "m", "n": 9223372036854775807, "f": 1e300, "g": 0.5}',
    b'{"text": "colons: one: two", "k:ey": [":", {"::": "x"}]}',
    b'{"text": "a \\u003a b"}',
    b'{"t": "\\ud83d\\ude00", "u": "\\u00e9"}',
    b'[' * 200 + b']' * 200,
    b'[' * 201 + b']' * 201,
    b'{"a": NaN}',
    b'\xef\xbb\xbf{"a": 1}',
    b'{"a": "\xff"}',
    b'{"a": 1',
])
@pytest.mark.parametrize("unique", [True, False])
def test_documents_read_as_the_standard_parser_reads_them(body: bytes, unique: bool) -> None:
    for one in (body, b'["' + PAD.encode() + b'", ' + body + b"]"):
        assert read(one, unique) == standard(one, unique)


def test_a_deep_request_is_refused_as_before() -> None:
    with pytest.raises(TooDeep):
        parse_request("openai_chat", b"[" * 201 + b"]" * 201)
