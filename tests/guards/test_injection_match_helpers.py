"""The injection matcher's written-out helpers against what they stand for, in its
compiled build and in its source: `_at_least` and `_after` are `bisect.bisect_left` and
`bisect.bisect_right` on lists of numbers (hits and spans packed into one number each),
`_word_end` is where the regular expression it replaced ends."""

from __future__ import annotations

import bisect
import random
import re
from types import ModuleType

import pytest

from secproxy.guards import injection, native

BUILDS = [pytest.param(injection.injection_match, id="installed"),
          pytest.param(native.source("secproxy.guards.injection_match"), id="source")]
WORD_TAIL = re.compile(rb"(?:[0-9a-z]|[\xc2-\xdf][\x80-\xbf]){1,24}")
"""What `_word_end` replaced (a span's word tail after its stem)."""


@pytest.mark.parametrize("build", BUILDS)
def test_the_searches_answer_as_bisect_does(build: ModuleType) -> None:
    rnd = random.Random(11)
    for _ in range(2000):
        size = rnd.randrange(0, 12)
        hits = sorted(rnd.randrange(0, 40) << rnd.choice((0, 32)) for _ in range(size))
        for key in (rnd.randrange(-5, 45), rnd.randrange(-5, 45) << 32, -(1 << 40), 1 << 70):
            assert build._at_least(hits, key) == bisect.bisect_left(hits, key), (hits, key)
            assert build._after(hits, key) == bisect.bisect_right(hits, key), (hits, key)


@pytest.mark.parametrize("build", BUILDS)
def test_a_span_packed_in_one_number_sorts_as_its_pair(build: ModuleType) -> None:
    rnd = random.Random(5)
    pairs = [(rnd.randrange(0, 1 << 20), rnd.randrange(0, 1 << 20)) for _ in range(500)]
    packed = sorted(s << build.SPAN_BITS | e for s, e in pairs)
    assert [(x >> build.SPAN_BITS, x & ((1 << build.SPAN_BITS) - 1)) for x in packed] == sorted(
        pairs)


TAILS = [b"ignore", b"ignored all", b"x", b"", b" word", b"abc(", b"a" * 30, b"12ab-",
         "ignorés".encode(), "игнорируй это".encode(), "über".encode(), "übersetze".encode(),
         b"ab\xc3", b"ab\xc3A", "日本語".encode(), "ab日本".encode(), b"AB", "é".encode() * 30,
         "tõe".encode() + b"\x80"]


@pytest.mark.parametrize("build", BUILDS)
@pytest.mark.parametrize("text", TAILS)
def test_a_word_tail_ends_where_the_expression_ended(build: ModuleType, text: bytes) -> None:
    for at in range(len(text) + 1):
        m = WORD_TAIL.match(text, at)
        assert build._word_end(text, at) == (m.end() if m else at), (text, at)


@pytest.mark.parametrize("build", BUILDS)
def test_the_looked_surroundings_answer_as_a_set_of_stretches_does(build: ModuleType) -> None:
    """`_Looked` groups stretches by their middle before copying them whole: blocks that
    recur make stretches of one middle and different ends, and of one length near the
    text's ends (cut short there) and in texts shorter than two spans."""
    rnd = random.Random(3)
    blocks = [bytes(rnd.choice(b"ab ") for _ in range(100)) for _ in range(3)]
    for span in (40, 300, 1038):
        for size in (5, 150, 700, 4000):
            for _ in range(20):
                data = b"".join(rnd.choice(blocks) for _ in range(size // 100 + 1))[:size]
                looked = build._Looked(data, span)
                reference: set[tuple[int, bytes]] = set()
                for _ in range(200):
                    sid, at = rnd.randrange(3), rnd.randrange(0, size + 1)
                    key = (sid, data[max(0, at - span):at + span])
                    assert looked.add(sid, at) == (key in reference), (span, size, sid, at)
                    reference.add(key)
