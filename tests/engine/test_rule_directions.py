"""Rules by direction, and which directions a rate limit counts."""

from __future__ import annotations

import pytest

from secproxy.config import RateLimitPolicy, Rule, load_config
from secproxy.engine.rules import RuleSet
from secproxy.errors import ConfigError
from secproxy.model import Action, Direction, Surface, Target


def frame(direction: Direction) -> Action:
    return Action(Surface.WS, direction, target=Target(host="gw", method="tools/call"))


def test_a_rule_without_directions_matches_every_direction() -> None:
    rules = RuleSet([Rule(action="deny")], ["all"])
    for direction in Direction:
        assert rules.match(frame(direction)).rule is not None


def test_a_rule_with_directions_matches_only_those() -> None:
    rules = RuleSet(
        [Rule(action="deny", directions=[Direction.RESPONSE]), Rule(action="allow")],
        ["answers", "rest"],
    )
    assert [rules.match(frame(d)).rule.name for d in Direction] == [  # type: ignore[union-attr]
        "rest", "answers", "rest"
    ]
    # The host's candidate list is shared by both directions (the cache is per host only).
    assert len(rules._by_host) == 1


def test_a_rate_limit_counts_requests_unless_told_otherwise() -> None:
    assert RateLimitPolicy(type="rate_limit", max_requests=1).count == [Direction.REQUEST]
    both = RateLimitPolicy(type="rate_limit", max_requests=1, count=["request", "response",
                                                                     "request"])
    assert both.count == [Direction.REQUEST, Direction.RESPONSE]


@pytest.mark.parametrize("text, message", [
    ("rules: [{action: deny, directions: []}]", "at least one direction"),
    ("rules: [{action: deny, directions: [upstream]}]", "directions"),
    ("rules: [{action: allow, policies: [{type: rate_limit, max_requests: 1, count: []}]}]",
     "at least one direction"),
])
def test_bad_directions_are_config_errors(text: str, message: str) -> None:
    with pytest.raises(ConfigError) as exc:
        load_config(text=text, env={})
    assert message in str(exc.value)
