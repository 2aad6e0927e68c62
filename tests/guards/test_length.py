"""The length guard: characters and estimated tokens, per slot or in total, and a hit
without span that blocks even a sanitizing guard."""

from __future__ import annotations

import pytest

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.content import Role, Slot
from secproxy.engine import Engine
from secproxy.guards import GuardContext, GuardSettingsError
from secproxy.guards.length import LengthGuard, estimate_tokens
from secproxy.model import Action, Decision, Surface


def guard(**settings: object) -> LengthGuard:
    g = LengthGuard("length")
    g.configure(settings)
    return g


def hits(g: LengthGuard, *texts: str) -> list[tuple[int, str]]:
    slots = [Slot(Role.USER, t) for t in texts]
    return [(h.slot, h.kind) for h in g.inspect(slots, GuardContext(Action(Surface.LLM)))]


def test_token_estimate_by_script() -> None:
    assert estimate_tokens("") == 0
    assert estimate_tokens("a" * 400) == 100
    assert estimate_tokens("a" * 401) == 101  # rounded up
    assert estimate_tokens("数据" * 50) == 100  # one per ideograph
    assert estimate_tokens("データ" * 10 + "한국어" * 10) == 60
    assert estimate_tokens("привет" * 10) == 30  # half a token per Cyrillic letter
    assert estimate_tokens("ab" * 20 + "数") == 11


def test_total_and_per_slot_limits() -> None:
    total = guard(max_chars=10)
    assert hits(total, "12345", "123456") == [(0, "max_chars")]
    assert hits(total, "12345", "12345") == []
    per_slot = guard(max_chars=10, per="slot")
    assert hits(per_slot, "12345", "123456") == []
    assert hits(per_slot, "1", "x" * 11, "y" * 12) == [(1, "max_chars"), (2, "max_chars")]
    tokens = guard(max_tokens=5)
    assert hits(tokens, "a" * 20) == []
    assert hits(tokens, "a" * 21) == [(0, "max_tokens")]
    assert hits(tokens, "数" * 6) == [(0, "max_tokens")]
    both = guard(max_chars=3, max_tokens=1)
    assert hits(both, "abcdefgh") == [(0, "max_chars"), (0, "max_tokens")]


@pytest.mark.parametrize(("settings", "message"), [
    ({}, "needs max_chars or max_tokens"), ({"max_chars": 0}, "positive"),
    ({"max_tokens": "many"}, "positive"), ({"max_chars": True}, "positive"),
    ({"max_chars": 5, "per": "message"}, "total or slot"), ({"max_bytes": 5}, "takes")])
def test_invalid_settings(settings: dict[str, object], message: str) -> None:
    with pytest.raises(GuardSettingsError, match=message):
        guard(**settings)


async def test_too_long_blocks_even_when_the_guard_sanitizes() -> None:
    config = load_config(text="guards: {use: [{name: size, family: length, action: sanitize, "
                              "settings: {max_tokens: 8}}]}", env={})
    engine = Engine(config, guard_factory=configured_guards)
    v = await engine.decide(Action(Surface.LLM, content="word " * 10), audit=False)
    assert v.decision is Decision.BLOCK and v.category == "length"
    ok = await engine.decide(Action(Surface.LLM, content="short"), audit=False)
    assert ok.decision is Decision.ALLOW
