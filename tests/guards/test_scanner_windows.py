"""The windows an `every` rule's match ends give (`scanner._merged`): from the rule's
width before each end to the end, a window merged into the previous one when it starts
at or before that one's end; read off the ends in one pass."""

from __future__ import annotations

import random
import time

import pytest

from secproxy.guards import hscache, scanner
from secproxy.guards.scanner import MultiScanner, ScanRule, _merged, has_hyperscan


def one_by_one(ends: list[int], width: int) -> list[tuple[int, int]]:
    """The same windows, each end's made and merged into the last in turn."""
    wins: list[tuple[int, int]] = []
    for end in ends:
        lo = 0 if width < 0 else max(0, end - width)
        if wins and lo <= wins[-1][1]:
            wins[-1] = (wins[-1][0], end)
        else:
            wins.append((lo, end))
    return wins


def test_merged_windows_are_the_runs_of_possible_starts() -> None:
    rng = random.Random(8)
    for _ in range(5_000):
        ends = sorted(rng.choices(range(1, 300), k=rng.randrange(1, 25)))
        width = rng.choice([-1, 0, 1, 3, 10, 40, 400])
        assert _merged(ends, width) == one_by_one(ends, width), (ends, width)


def test_an_every_rule_is_confirmed_in_each_window() -> None:
    if not has_hyperscan():
        return
    sc = MultiScanner([ScanRule(0, "key=[0-9]{4}", every=True)], engine="hyperscan")
    text = "key=1234 " + "x" * 50 + " key=5678 key=9012"
    assert [m.group() for _, m in sc.finditer(text)] == ["key=1234", "key=5678", "key=9012"]
    assert sc.prefilter(text).windows[0] == [(0, 8), (60, 68), (69, 77)]


@pytest.mark.parametrize("sound", [True, False], ids=["sound binding", "unsound binding"])
def test_the_twin_finds_what_the_binding_found(monkeypatch: pytest.MonkeyPatch,
                                               sound: bool) -> None:
    """A scanner scans its `_hsmatch` twin — from its first text where the binding misses
    ends (`hscache.binding_sound`), after `TWIN_AFTER` texts elsewhere: the same windows,
    matches and first candidates as the binding's scan gives (on texts where the
    binding's library misses nothing)."""
    if not has_hyperscan() or scanner._native is None:
        pytest.skip("hyperscan or _hsmatch is not here")
    monkeypatch.setattr(hscache, "binding_sound", lambda: sound)
    rules = [ScanRule(0, r"key=[0-9]{4}", every=True), ScanRule(1, r"tok_[a-z]{6}\b"),
             ScanRule(2, r"(?:ab|cd){3,}", every=True), ScanRule(3, r"zz[0-9]+y")]
    rng = random.Random(9)
    pieces = ["key=1234", "key=12", "tok_abcdef", "tok_abcdefg", "abab", "cdab", "zz12y",
              " ", "\n", "x", "é", "€"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
             for _ in range(300)]
    groups = [texts[i:i + rng.randrange(2, 6)] for i in range(0, 300, 5)]

    def answers(sc: MultiScanner) -> list[object]:
        return ([(sc.prefilter(t).windows, [(i, m.span()) for i, m in sc.finditer(t)])
                 for t in texts] + [sc.first_candidate(g) for g in groups])

    monkeypatch.setattr(scanner, "TWIN_AFTER", 10**9)
    binding = MultiScanner(rules, engine="hyperscan")
    binding._twin = None  # the binding's scan alone
    by_binding = answers(binding)
    monkeypatch.setattr(scanner, "TWIN_AFTER", 1)
    twinned = MultiScanner(rules, engine="hyperscan")
    if sound:
        assert twinned._twin is None
        twinned.prefilter("a first text")
        deadline = time.monotonic() + 60
        while twinned._twin is None:
            assert time.monotonic() < deadline, "no twin made"
            time.sleep(0.05)
    else:
        assert twinned._twin is not None  # made with the database, before any text
    assert answers(twinned) == by_binding


@pytest.mark.parametrize(("patterns", "joinable"), [
    ([r"\babc\b", r"x\d+"], True), ([r"x\d+", r"^abc"], False), ([r"abc$"], False),
    ([r"(?m)^abc"], False), ([r"a\Bbc"], True)])
def test_rules_anchored_to_a_text_s_edge_are_never_scanned_joined(patterns: list[str],
                                                                  joinable: bool) -> None:
    # Joined, `^abc` would be looked for at the joined text's start only: every text
    # is scanned alone instead (first_candidate answers 0).
    if not has_hyperscan():
        pytest.skip("hyperscan is not installed here")
    sc = MultiScanner(enumerate(patterns), engine="hyperscan")
    assert sc._joinable is joinable
    assert sc.first_candidate(["zz", "no abc here, x1"]) == (1 if joinable else 0)
