"""An action of more slots than `merged.MAX_SLOTS`: the per-slot guard families read runs
of slots of one role joined, and what they find lands on the slots as they arrived —
masks in the right slot at the right place, every other slot untouched."""

from __future__ import annotations

import json

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.content import Role, Slot
from secproxy.engine import Engine
from secproxy.engine.merged import MAX_SLOTS, Merged
from secproxy.guards import Hit
from secproxy.model import Action, Decision, Direction, Surface

AWS_KEY = "AKIA" + "Q2Z7" * 4


def engine(max_chars: int = 100_000) -> Engine:
    text = json.dumps({"guards": {"use": [
        {"name": "secrets", "family": "secrets", "action": "sanitize"},
        {"name": "injection", "family": "injection", "action": "block",
         "directions": ["response"]},
        {"name": "length", "family": "length", "action": "block",
         "settings": {"max_chars": max_chars}}]}})
    return Engine(load_config(text=text, env={}), guard_factory=configured_guards)


def many(n: int, at: int, text: str, role: Role = Role.TOOL_CALL) -> list[Slot]:
    slots = [Slot(role, f"v{i % 7}", ("args", i)) for i in range(n)]
    slots[at] = Slot(role, text, ("args", at))
    return slots


async def test_a_secret_among_thousands_of_slots_is_masked_in_its_own_slot() -> None:
    e = engine()
    slots = many(3 * MAX_SLOTS, 2500, f"key {AWS_KEY} here")
    action = Action(Surface.TOOL, Direction.REQUEST, slots=slots)
    verdict = await e.decide(action)
    assert verdict.decision is Decision.ALLOW_WITH_REDACTION
    assert action.slots is not None and len(action.slots) == len(slots)
    out = action.slots[2500].text
    assert out.startswith("key [REDACTED:aws_access_key") and out.endswith("] here")
    assert all(a == b for i, (a, b) in enumerate(zip(action.slots, slots, strict=True))
               if i != 2500)
    (finding,) = [f for f in verdict.findings if f.category == "secret"]
    assert finding.stage == "secrets"
    e.shutdown()


async def test_the_guards_that_read_the_whole_call_still_get_every_slot() -> None:
    # `length` (a family that sums the slots) is given the slots as they are: joined, the
    # newlines between them would count, and these 81,920 characters would be 83,967.
    n = 2 * MAX_SLOTS
    e = engine(max_chars=40 * n)
    slots = [Slot(Role.TOOL_CALL, "x" * 40, ("args", i)) for i in range(n)]
    verdict = await e.decide(Action(Surface.TOOL, Direction.REQUEST, slots=slots))
    assert verdict.decision is Decision.ALLOW
    over = slots + [Slot(Role.TOOL_CALL, "y", ("args", -1))]
    verdict = await e.decide(Action(Surface.TOOL, Direction.REQUEST, slots=over))
    assert verdict.decision is Decision.BLOCK
    e.shutdown()


def test_runs_of_one_role_are_joined_and_hits_go_back_to_their_slot() -> None:
    slots = [Slot(Role.USER, "ab"), Slot(Role.USER, "cde"), Slot(Role.TOOL_RESULT, "fg"),
             Slot(Role.USER, "hij"), Slot(Role.USER, "")]
    merged = Merged(slots)
    assert [(s.role, s.text) for s in merged.slots] == [
        (Role.USER, "ab\ncde"), (Role.TOOL_RESULT, "fg"), (Role.USER, "hij\n")]
    back = merged.back([
        Hit("x", "in the second", slot=0, span=(3, 5)),
        Hit("x", "across the newline: cut at the end of the first", slot=0, span=(1, 5)),
        Hit("x", "on the newline itself: the next slot", slot=0, span=(2, 4)),
        Hit("x", "no span", slot=2),
        Hit("x", "the other role", slot=1, span=(0, 2)),
    ])
    assert [(h.slot, h.span) for h in back] == [(1, (0, 2)), (0, (1, 2)), (1, (0, 1)),
                                                (3, None), (2, (0, 2))]
