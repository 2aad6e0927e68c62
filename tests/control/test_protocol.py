"""Control protocol framing: a line decodes to what the standard JSON parser reads from
it, whichever parser reads it (orjson where it reads the same, the standard one for
what orjson refuses or reads differently), and a message encodes to the bytes
`json.dumps` wrote."""

from __future__ import annotations

import json
import math
import random
from typing import Any

import pytest

from secproxy.control import protocol
from secproxy.control.protocol import ProtocolError

_PIECES: list[Any] = [
    0, -1, 7, 2**63 - 1, -(2**63), 2**63, 2**64, 2**70, -(2**70), 10**30,
    0.1, -0.0, 1e300, 5e-324, 1.7976931348623157e308, 123456789.125,
    "", "plain", "caf\u00e9", "\U0001f600", "tab\tnew\nline", "quote\" back\\slash",
    "\u2028\u2029", "\x00\x1f", "\udc80\udcff", "\ud800", "9" * 25,
    True, False, None,
]


def _value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth < 4 and roll < 0.2:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if depth < 4 and roll < 0.4:
        return {rng.choice(["a", "text", "id", "\u00e9t\u00e9", "k" * 30, "1"]):
                _value(rng, depth + 1) for _ in range(rng.randrange(4))}
    return rng.choice(_PIECES)


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (1 and 1.0 are not the same)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b) and (not isinstance(a, float) or math.copysign(1, a) ==
                             math.copysign(1, b))


def test_a_line_decodes_as_the_standard_parser_reads_it() -> None:
    rng = random.Random(20261127)
    for i in range(3000):
        payload = {"text": json.dumps(_value(rng)), "value": _value(rng)}
        line = protocol.encode(protocol.envelope("mcp/relay", payload, id=i))
        assert _same(protocol.decode(line), json.loads(line)), line


def test_a_long_line_decodes_as_the_standard_parser_reads_it() -> None:
    rng = random.Random(11)
    for i in range(200):
        payload = {"text": "caf\u00e9 \"quoted\" " * rng.randrange(1, 12_000),
                   "value": _value(rng), "more": [_value(rng) for _ in range(5)]}
        line = protocol.encode(protocol.envelope("mcp/relay", payload, id=i))
        assert _same(protocol.decode(line), json.loads(line)), line[:200]


@pytest.mark.parametrize("line", [
    b'{"v":1,"type":"x","payload":{"n":123456789012345678901234567890}}\n',
    b'{"v":1,"type":"x","payload":{"n":-9223372036854775809}}',
    b'{"v":1,"type":"x","payload":{"n":NaN,"m":-Infinity,"o":1e400}}\n',
    b'{"v":1,"type":"x","payload":{"s":"\\udc80\\ud800x"}}\n',
    b'\xef\xbb\xbf{"v":1,"type":"x","payload":{}}\n',
    b'  {"v":1,"type":"x","payload":{"a":[1,2.0,"3"]}}  \r\n',
])
def test_what_orjson_reads_differently_is_read_the_standard_way(line: bytes) -> None:
    assert _same(protocol.decode(line), json.loads(line))


@pytest.mark.parametrize("line", [
    b'{"v":1,"type":"x","payload":{"s":"\xff"}}\n',
    b'{"v":1,"type":"x","payload":{"a":1,}}\n',
    b'{"v":1,"type":"x"',
    b'[1]',
    b'{"v":1,"type":"x","payload":' + b"[" * 250 + b"]" * 250 + b"}",
])
def test_what_is_not_an_envelope_is_refused(line: bytes) -> None:
    with pytest.raises(ProtocolError):
        protocol.decode(line)


def test_encode_writes_what_json_dumps_wrote() -> None:
    rng = random.Random(7)
    for i in range(1000):
        msg = protocol.envelope("reply", {"v": _value(rng), "n": float("nan")}, id=i)
        expected = json.dumps(msg, separators=(",", ":"), default=str).encode() + b"\n"
        assert protocol.encode(msg) == expected
