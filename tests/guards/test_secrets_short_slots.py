"""A slot too short for any format of the secrets detector is passed without its views
nor a scan (`MultiScanner.shortest`): the short parts of a request (`/x`, `1`, `*/*`)
cost next to nothing, and what is found is unchanged."""

from __future__ import annotations

import random
import string

import pytest

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext, View
from secproxy.guards.normalise import Normaliser
from secproxy.guards.scanner import MultiScanner, ScanRule, has_hyperscan
from secproxy.guards.secrets import SecretsGuard, detector
from secproxy.model import Action, Surface

needs_hyperscan = pytest.mark.skipif(not has_hyperscan(), reason="hyperscan not installed")


def guard(settings: dict[str, object] | None = None) -> SecretsGuard:
    g = SecretsGuard("secrets")
    g.configure(settings or {})
    return g


class CountingViewer:
    """The normaliser's views, counting the texts asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.normaliser = Normaliser()

    def __call__(self, text: str) -> tuple[View, ...]:
        self.asked.append(text)
        return self.normaliser.views(text)


def inspect(g: SecretsGuard, texts: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    slots = [Slot(Role.HEADER, t) for t in texts]
    viewer = CountingViewer()
    hits = g.inspect(slots, GuardContext(Action(Surface.EGRESS, slots=slots), viewer=viewer))
    return viewer.asked, [(h.slot, h.kind) for h in hits]


@needs_hyperscan
def test_short_ascii_slots_are_passed_without_their_views() -> None:
    g = guard()
    assert g.detector.scanner.shortest >= 5
    aws = "AKIA" + "QYLPMN5HFIQR7XYZ"
    asked, hits = inspect(g, ["/x", "1", "*/*", "gzip", "127.0.0.1:8080", aws])
    assert asked == ["127.0.0.1:8080", aws]
    assert hits == [(5, "aws_access_key_id")]


@needs_hyperscan
def test_a_short_text_that_is_not_ascii_is_still_looked_at() -> None:
    asked, _ = inspect(guard(), ["\uff41b", "é"])
    assert asked == ["\uff41b", "é"]


@needs_hyperscan
def test_a_short_custom_rule_lowers_the_bound() -> None:
    g = guard({"rules": [{"kind": "pin", "pattern": "P[0-9]{2}"}]})
    assert g.detector.scanner.shortest == 3
    asked, hits = inspect(g, ["P42", "/x"])
    assert asked == ["P42"]
    assert hits == [(0, "pin")]


def test_the_bound_is_the_shortest_match_of_any_rule() -> None:
    rules = [ScanRule(0, "token=[a-z]{8,}"), ScanRule(1, r"(?<![a-z])k[0-9]{3}\b")]
    if has_hyperscan():
        sc = MultiScanner(rules, engine="hyperscan")
        assert sc.shortest == 4
        assert sc.prefilter("k123").windows
        # a back-reference may be matched by anything in Hyperscan's prefilter mode
        assert MultiScanner([ScanRule(0, r"(ab)x\1")], engine="hyperscan").shortest == 0
        # long counted repeats are loosened to 64 for Hyperscan, and so is the bound
        assert MultiScanner([ScanRule(0, "a{100}")], engine="hyperscan").shortest == 64
    literal = MultiScanner([ScanRule(0, "token=[a-z]{8,}")], engine="literal")
    assert literal.shortest == len("token=")


@needs_hyperscan
def test_no_short_ascii_text_has_a_candidate_of_the_default_detector() -> None:
    det = detector()
    rng = random.Random(5)
    alphabet = string.printable
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, det.scanner.shortest)))
        assert det.scanner.prefilter(text).windows == {}, text


def test_views_of_ascii_texts_are_never_longer_than_the_text() -> None:
    norm = Normaliser()
    rng = random.Random(11)
    pieces = ["aGVsbG8gd29ybGQ=", "68656c6c6f", "%41%42", "&amp;", "&#65;", "\\x41", "\\u0041",
              "h e l l o", "p4ssw0rd", "gur", "naq", "rot13", "Vtaber", " ", "x", "=", "1"]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6)))
        assert all(len(v.text) <= len(text) for v in norm.views(text)), text


PIECES = ["/x", "1", "*/*", "gzip, deflate", "bench/1.0", "api.example.com", "password=", "Bearer ",
          "token: ", "AKIA" + "QYLPMN5HFIQR7XYZ", "hunter2hunter2", "postgres://u:", "@db:5432/x",
          "seed words ", "abandon ", "-p", "mysql -u root -p", "ghp_", "x" * 40, "\n", " ", "é"]


@needs_hyperscan
def test_short_texts_scanned_together_find_what_each_finds_alone() -> None:
    det = detector()
    rng = random.Random(3)
    skipped = 0
    for _ in range(3_000):
        texts = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 5)))
                 for _ in range(rng.randrange(1, 9))]
        first = det.scanner.first_candidate(texts)
        assert all(det.scanner.prefilter(t).windows == {} for t in texts[:first]), texts
        assert det.find_many(texts) == [det.find(t) for t in texts], texts
        skipped += first
    assert skipped > 3_000


@needs_hyperscan
def test_a_secret_in_a_later_text_is_where_the_joined_pass_points() -> None:
    det = detector()
    aws = "AKIA" + "QYLPMN5HFIQR7XYZ"
    texts = ["api.example.com", "/v1/items", f"k={aws}", "python-httpx/0.27.0"]
    assert det.scanner.first_candidate(texts) == 2
    assert det.scanner.first_candidate(texts[:2] + texts[3:]) == 3
    assert [[f.kind for f in got] for got in det.find_many(texts)] == [
        [], [], ["aws_access_key_id"], []]


def test_texts_are_not_joined_where_their_place_would_change_a_match() -> None:
    # `^` and `$` would see a text's start and end inside the joined one
    if has_hyperscan():
        anchored = MultiScanner([ScanRule(0, "^key-[0-9]{4}$")], engine="hyperscan")
        assert anchored.first_candidate(["x", "key-1234"]) == 0
        bounded = MultiScanner([ScanRule(0, r"\bkey-[0-9]{4}\b")], engine="hyperscan")
        assert bounded.first_candidate(["x", "key-1234"]) == 1
        assert bounded.first_candidate(["x", "key"]) == 2
    literal = MultiScanner([ScanRule(0, r"\bkey-[0-9]{4}\b")], engine="literal")
    assert literal.first_candidate(["x", "key-1234"]) == 0
