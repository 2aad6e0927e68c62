"""A tool call's argument values read end to end by the secrets family
(`content.joined_view`, `Role.JOINED`): a key split over two values is found and refuses
the call (no mask can go into a join); a key within one value is still masked in that
value, and the families that read the call as a whole do not count the view."""

from __future__ import annotations

import json

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.content import JOIN_EDGE, MAX_JOINED, Role, Slot, across, joined_view
from secproxy.engine import Engine
from secproxy.model import Action, Decision, Direction, Surface

HALVES = ("AKIA", "IOSFODNN7EXAMPL3")  # a made-up key of a valid shape, in two


def engine(max_chars: int = 100_000) -> Engine:
    text = json.dumps({"guards": {"use": [
        {"name": "secrets", "family": "secrets", "action": "sanitize"},
        {"name": "length", "family": "length", "action": "block",
         "settings": {"max_chars": max_chars}}]}})
    return Engine(load_config(text=text, env={}), guard_factory=configured_guards)


def call(*values: str) -> Action:
    slots = [Slot(Role.TOOL_CALL, v, (i,)) for i, v in enumerate(values)]
    view = joined_view(values)
    assert view is not None
    return Action(Surface.MCP, Direction.REQUEST, content="\n".join(values),
                  slots=[*slots, view])


async def test_a_key_split_over_two_values_refuses_the_call() -> None:
    e = engine()
    action = call("read", *HALVES, "now")
    verdict = await e.decide(action)
    assert verdict.decision is Decision.BLOCK
    (finding,) = [f for f in verdict.findings if f.category == "secret"]
    assert finding.kind == "aws_access_key_id" and finding.span is None
    e.shutdown()


async def test_a_key_within_one_value_is_masked_there() -> None:
    e = engine()
    key = "".join(HALVES)
    action = call(f"deploy with {key}", "now")
    verdict = await e.decide(action)
    assert verdict.decision is Decision.ALLOW_WITH_REDACTION
    assert action.slots is not None and action.content is not None
    assert action.slots[0].text.startswith("deploy with [REDACTED:aws_access_key")
    assert key not in action.content and action.content.endswith("\nnow")
    e.shutdown()


async def test_unrelated_values_and_the_whole_call_families() -> None:
    e = engine(max_chars=80)
    # 80 characters of values: the view (80 more) is not counted by `length`.
    assert (await e.decide(call("a" * 40, "b" * 40))).decision is Decision.ALLOW
    assert (await e.decide(call("AKIA", "hello world"))).decision is Decision.ALLOW
    e.shutdown()


def test_the_view_is_bounded_and_knows_where_each_value_starts() -> None:
    long = "x" * (3 * JOIN_EDGE)
    edges = f"{'x' * JOIN_EDGE}\n{'x' * JOIN_EDGE}"
    view = joined_view(["ab", long, "cd"])
    assert view is not None and view.role is Role.JOINED
    # The whole run, then every two that follow each other (three are the whole).
    assert view.text == f"ab{edges}cd\nab{edges}\n{edges}cd"
    whole = len(f"ab{edges}cd")
    assert view.path == (2, 2 + len(edges), whole + 3, whole + 1 + len(f"ab{edges}") + 1
                         + len(edges))
    assert across(view, (1, 3)) and not across(view, (3, 5)) and not across(view, None)
    assert joined_view(["one"]) is None
    assert joined_view(["v"] * 1000) == joined_view(["v"] * MAX_JOINED)
