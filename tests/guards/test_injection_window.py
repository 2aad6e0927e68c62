"""The window searches the injection matcher skips (`injection_window`): a window with no
end of its entry's form without assertions holds nothing the search finds, a match
ending `reach` before the window's end is one the prefilter saw, and the guard finds
the same with the skips as without them."""

from __future__ import annotations

import random
from typing import Any

import pytest

from secproxy.content import Role
from secproxy.guards import hscache, injection, injection_window, native
from tests.guards.test_injection_match_libhs import twins_ready
from tests.guards.test_injection_match_native_hits import LEX
from tests.guards.test_injection_shortcuts import MIXED, hits, texts

try:
    from secproxy.guards import _hsmatch
except ImportError:  # built without libhs: the prefilter alone gates the windows
    _hsmatch = None
built = pytest.mark.skipif(_hsmatch is None, reason="_hsmatch not built (no libhs headers)")


def _datas() -> list[bytes]:
    rnd = random.Random(11)
    words = [t for t, _ in texts()] + [MIXED]
    out = [injection._lower(t).encode("utf-8", "replace") + b"\n" for t in words]
    # Hostile spacing and cuts: vertical tabs, form feeds, words run together.
    for text in words[::5]:
        chars = list(injection._lower(text))
        for _ in range(len(chars) // 20):
            chars.insert(rnd.randrange(len(chars) + 1), rnd.choice("\x0b\x0c\t-_./"))
        out.append("".join(chars).encode("utf-8", "replace"))
    return out


def _ends(database: Any, data: bytes) -> dict[int, list[int]]:
    got: dict[int, list[int]] = {}

    def on(eid: int, start: int, end: int, flags: int, context: object) -> None:
        got.setdefault(eid, []).append(end)
    database.scan(data, match_event_handler=on)
    return got


def _twin_ends(database: Any, data: bytes) -> dict[int, list[int]]:
    twin = hscache.twin(database)
    hits = _hsmatch.Hits()
    assert not twin.scan(data, _hsmatch.Scratch(twin), hits)
    found: dict[int, list[int]] = hits.ends_by_id()
    return found


def test_every_window_entry_has_a_form_hyperscan_takes() -> None:
    found = injection.injection_match._window_entries(LEX)
    assert found.exact is not None
    assert not found.exact_unsure
    assert found.reach is not None and set(found.reach) == {
        code >> 1 for codes in LEX.stems for code in codes if not code & 1}


def test_the_form_drops_assertions_and_spells_out_classes() -> None:
    form = injection_window.exact_form
    assert form(rb"\b(?<![/\.])export\b(?!\s{1,3}it)") == b"export"
    assert form(rb"^a\s{,3}[\sx]\S$") == (rb"a[\t\n\x0b\x0c\r\x20]{0,3}[\t\n\x0b\x0c\r\x20x]"
                                          rb"[^\t\n\x0b\x0c\r\x20]")
    assert form(rb"(?P<x>a)") is None and form(rb"(?i)a") is None and form(rb"a++") is None
    assert form(rb"(?=a)*b") is None and form(rb"[[:alpha:]]") is None
    assert injection_window.reach(rb"\bab\b") == 2
    assert injection_window.reach(rb"ab(?![0-9a-z]{0,40}/)") == 41
    assert injection_window.reach(rb"ab(?!x*/)") == -1
    assert injection_window.reach(rb"ab") == 0


@built
@pytest.mark.timeout(600)
def test_a_window_without_an_end_of_the_form_holds_no_match() -> None:
    found = injection.injection_match._window_entries(LEX)
    entries = sorted(found.reach)
    rnd = random.Random(5)
    checked = 0
    for data in _datas():
        exact = _twin_ends(found.exact, data)
        prefilter = _ends(found.database, data)
        for ei in rnd.sample(entries, 60) + [e for e in exact if e in found.reach][:60]:
            regex, width = LEX.entries[ei].regex, LEX.entries[ei].width
            ends = exact.get(ei, [])
            spots = [rnd.randrange(len(data) + 1) for _ in range(4)] + ends[:8]
            for at in spots:
                for lo, hi in ((max(0, at - width - 1), min(len(data), at + width + 1)),
                               (max(0, at - 3), min(len(data), at + rnd.randrange(1, 9)))):
                    got = [m.span() for m in regex.finditer(data, lo, hi) if m.end() > m.start()]
                    if not any(lo < e <= hi for e in ends):
                        assert not got, (ei, data[lo:hi])
                        continue
                    checked += 1
                    reach = found.reach[ei]
                    if got and reach >= 0 and got[0][1] + reach <= hi:
                        # A match of the whole text: the prefilter has its end.
                        assert got[0][1] in prefilter.get(ei, []), (ei, data[lo:hi])
    assert checked > 1000


@built
@pytest.mark.timeout(900)
def test_the_skips_change_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = texts() + [(MIXED.replace(" ", "\x0b", 40), Role.USER)]
    twins_ready(injection.injection_match)
    fast = [hits(t, r) for t, r in cases]
    assert sum(1 for h in fast if h) > len(fast) // 3
    pure = native.source("secproxy.guards.injection_match")
    twins_ready(pure)
    matcher = pure.Matcher(LEX, injection._lower(MIXED).encode("utf-8"))
    matcher._load_exact()
    assert matcher.exact_unsure is not None  # the skips are on
    monkeypatch.setattr(injection, "injection_match", pure)
    assert [hits(t, r) for t, r in cases] == fast
    # Without the exact form's ends: the prefilter's gate alone, as before.

    def unknown(self: Any) -> dict[int, list[int]]:
        self.exact_ends = {}
        return self.exact_ends
    monkeypatch.setattr(pure.Matcher, "_load_exact", unknown)
    assert [hits(t, r) for t, r in cases] == fast
