"""LiteralSet: the words of a set found in a text in one pass, as substring searches of
the lower-cased text would find them (and, for whole words, a superset of them)."""

from __future__ import annotations

import random

import pytest

from secproxy.guards import literals
from secproxy.guards.literals import LiteralSet

WORDS = ("passport", "date of birth", "né le", "рожд", "护照", "dob", "pan", "k", "ß")
ALPHABET = ("a", "b", "d", "o", "p", "s", "n", " ", "-", ".", "é", "É", "Р", "р", "ж", "д",
            "о", "护", "照", "K", "\u212a", "ẞ", "ß", "İ", "\n", "A", "N", "P", "B", "O")


def texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rnd.choice(WORDS) if rnd.random() < 0.2 else rnd.choice(ALPHABET)
                 for _ in range(rnd.randint(0, 40))]
        text = "".join(parts)
        out.append(text.upper() if rnd.random() < 0.3 else text)
    return out


@pytest.fixture(params=["native", "fallback"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "fallback":
        monkeypatch.setattr(literals, "_hs", None)
    elif literals._hs is None:
        pytest.skip("hyperscan is not installed here")
    return str(request.param)


def test_found_is_what_substring_searches_of_the_lower_cased_text_find(engine: str) -> None:
    words = LiteralSet(WORDS)
    for text in texts(3000, 1):
        lower = text.lower()
        assert words.found(text) == [w for w in WORDS if w in lower], text
        assert words.any(text) == any(w in lower for w in WORDS)


def test_whole_words_are_a_superset_of_tokens_and_skip_words_inside_words(engine: str
                                                                          ) -> None:
    words = LiteralSet(("ass", "kill yourself", "бля"), words_only=True)
    assert words.found("What a pain in the ASS!") == ["ass"]
    assert words.found("go (kill) -- yourself...") == ["kill yourself"]
    assert words.found("«бля»") == ["бля"]
    if engine == "native":  # substring searches stand in for whole words without it
        assert words.found("a class of its own, assessed by Kill Yourselfie") == []
    for text in texts(2000, 2):
        tokens = set(text.lower().replace("-", " ").replace(".", " ").split())
        if "ass" in tokens:
            assert "ass" in words.found(text), text


def test_words_must_be_lower_case_and_not_blank() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        LiteralSet(["Passport"])
    with pytest.raises(ValueError, match="non-blank"):
        LiteralSet(["  "])
    assert LiteralSet([]).found("anything") == []
    assert LiteralSet(["x"]).found("") == []
