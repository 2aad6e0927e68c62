"""LiteralSet: the words of a set found in a text in one pass, as substring searches of
the lower-cased text would find them; WordGate: every text holding a phrase as whole
words let through, words inside other words kept out; CharSets: which sets of
characters a text has one of."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from secproxy.guards import literals
from secproxy.guards.literals import CharSets, LiteralSet, WordGate

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


@pytest.fixture(params=["native", "binding", "fallback"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """`native`: scanned by `_hsmatch` (hits kept in C); `binding`: by the hyperscan
    binding, as without `_hsmatch`; `fallback`: without Hyperscan at all."""
    if request.param == "fallback":
        monkeypatch.setattr(literals, "_hs", None)
    elif literals._hs is None:
        pytest.skip("hyperscan is not installed here")
    elif request.param == "binding":
        monkeypatch.setattr(literals, "_native", None)
    elif literals._native is None:
        pytest.skip("_hsmatch is not built here")
    return str(request.param)


def test_found_is_what_substring_searches_of_the_lower_cased_text_find(engine: str) -> None:
    words = LiteralSet(WORDS)
    for text in texts(3000, 1):
        lower = text.lower()
        assert words.found(text) == [w for w in WORDS if w in lower], text
        assert words.any(text) == any(w in lower for w in WORDS)


def tokens(text: str) -> list[str]:
    """A tokenisation that splits on spaces and punctuation only."""
    return re.findall(r"[^\W_]+", text.lower())


@pytest.fixture(params=["native", "fallback"])
def gate_engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "fallback":
        monkeypatch.setattr(literals, "_re2", None)
    elif literals._re2 is None:
        pytest.skip("RE2 is not installed here")
    return str(request.param)


def test_the_gate_lets_through_every_text_holding_a_phrase_as_whole_words(
        gate_engine: str) -> None:
    phrases = ("ass", "kill yourself", "бля", "f*ck", "you're dead")
    gate = WordGate(phrases)
    assert gate.any("What a pain in the ASS!")
    assert gate.any("go (kill) -- yourself...")
    assert gate.any("«Бля»")
    assert gate.any("oh F*CK.")
    assert gate.any("you're\u2003dead")
    rnd = random.Random(3)
    pieces = ["ass", "kill", "yourself", "бля", "class", "skill", "your", "self", " ", ", ",
              "\u00a0", "—", "_", "é", "x", "1", "Ass", "KILL"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        words = tokens(text)
        present = "ass" in words or "бля" in words or any(
            words[i:i + 2] == ["kill", "yourself"] for i in range(len(words)))
        if present:
            assert gate.any(text), text


def test_the_gate_keeps_out_words_inside_words() -> None:
    if literals._re2 is None:
        pytest.skip("RE2 is not installed here")
    gate = WordGate(("ass", "kill yourself", "hell"))
    for text in ("a class of its own, assessed", "skill yourself up", "shell scripts",
                 "Hello", "killyourself", ""):
        assert not gate.any(text), text


def test_char_sets_say_which_sets_a_text_has_a_character_of(engine: str) -> None:
    sets = ("\u200b\u200d\u202e", "ａｂｃ\u24b6", "éü", "\U0001d41a")
    chars = CharSets(*sets)
    rnd = random.Random(4)
    pool = [*"abc \n’—", *"".join(sets), "\ud800", "\U0001f600"]
    for _ in range(3000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 12)))
        assert chars.found(text) == {i for i, s in enumerate(sets) if set(s) & set(text)}
    with pytest.raises(ValueError, match="hold a character"):
        CharSets("ab", "")


def test_words_must_be_lower_case_and_not_blank() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        LiteralSet(["Passport"])
    with pytest.raises(ValueError, match="non-blank"):
        LiteralSet(["  "])
    with pytest.raises(ValueError, match="lower-case"):
        WordGate(["Kill yourself"])
    assert LiteralSet([]).found("anything") == []
    assert LiteralSet(["x"]).found("") == []
    assert not WordGate([]).any("anything")


def test_triggers_say_which_patterns_match_and_where(engine: str) -> None:
    patterns = (rb"[A-Za-z][0-9]", rb"ab{2,}", rb"(?:^|[^a-z])x[0-9]*(?:[^a-z0-9]|$)")
    triggers = literals.Triggers(*patterns, every=(0,))
    rnd = random.Random(5)
    pool = [*"abx0 9\n", "é", "Р", "\ud800"]
    for _ in range(2000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 16)))
        data = text.encode("latin-1", "replace")
        expected = [re.search(p, data) is not None for p in patterns]
        if engine == "fallback":
            assert triggers.ends(text) is None
            assert triggers.found(text) == [True, True, True]
            continue
        assert triggers.found(text) == expected
        # every end of the first pattern (its matches cannot overlap but may abut)
        assert triggers.ends(text)[0] == [m.end() for m in re.finditer(patterns[0], data)]  # type: ignore[index]


def test_triggers_give_up_on_a_flood_of_matches(engine: str) -> None:
    if engine == "fallback":
        return
    triggers = literals.Triggers(rb"ab", rb"cd", every=(0,), limit=4)
    assert triggers.ends("ab ab ab cd") == [[2, 5, 8], [11]]
    assert triggers.ends("ab ab ab ab cd") is None  # past the limit: as without Hyperscan
    assert triggers.found("ab ab ab ab ab") == [True, True]


def test_a_set_s_database_is_compiled_once_per_machine(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if literals._hs is None or literals._native is None:
        pytest.skip("_hsmatch is not built here")
    monkeypatch.setenv("SECPROXY_CACHE_DIR", str(tmp_path))
    first = LiteralSet(["passport", "dob"])
    [kept] = tmp_path.glob("*.lhs")  # the next process loads it instead of compiling
    assert LiteralSet(["passport", "dob"]).found("DOB, Passport") == ["passport", "dob"]
    # The same words in another order (a set's, which differs between processes): the
    # same file, and the set's own order.
    assert LiteralSet(["dob", "passport"]).found("DOB, Passport") == ["dob", "passport"]
    assert list(tmp_path.glob("*.lhs")) == [kept]
    kept.write_bytes(b"damaged")
    assert LiteralSet(["passport", "dob"]).found("a dob") == first.found("a dob") == ["dob"]
    assert kept.read_bytes() != b"damaged"
