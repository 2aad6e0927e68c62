"""An action of more slots than `merged.MAX_SLOTS`: the per-slot guard families read runs
of slots of one role joined, and what they find lands on the slots as they arrived —
masks in the right slot at the right place, every other slot untouched."""

from __future__ import annotations

import json
import random

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.content import Role, Slot
from secproxy.engine import Engine
from secproxy.engine.merged import MAX_SLOTS, Merged
from secproxy.guards import Hit
from secproxy.model import Action, Decision, Direction, Surface
from tests.guards.secrets_samples import pem

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
        Hit("x", "across the newline: a piece in each", slot=0, span=(1, 5)),
        Hit("x", "on the newline itself: the next slot", slot=0, span=(2, 4)),
        Hit("x", "no span", slot=2),
        Hit("x", "the other role", slot=1, span=(0, 2)),
    ])
    assert [(h.slot, h.span) for h in back] == [(1, (0, 2)), (0, (1, 2)), (1, (0, 2)),
                                                (1, (0, 1)), (3, None), (2, (0, 2))]


def test_a_hit_over_empty_slots_lands_only_in_slots_with_characters() -> None:
    slots = [Slot(Role.USER, "ab"), Slot(Role.USER, ""), Slot(Role.USER, ""),
             Slot(Role.USER, "cd")]
    merged = Merged(slots)
    assert merged.slots[0].text == "ab\n\n\ncd"
    back = merged.back([Hit("x", "from a's b to c", slot=0, span=(1, 6)),
                        Hit("x", "newlines only", slot=0, span=(2, 4))])
    assert [(h.slot, h.span) for h in back] == [(0, (1, 2)), (3, (0, 1)), (1, None)]


async def test_a_private_key_one_line_per_slot_is_masked_in_every_slot() -> None:
    # Among more slots than MAX_SLOTS the secrets guard reads them joined: a PEM key
    # sent one line per string is found across them, and every line of it is masked
    # (the body used to pass unmasked behind a masked first line).
    rng = random.Random(7)
    lines = pem(rng).split("\n")
    slots = [Slot(Role.TOOL_CALL, f"v{i % 7}", ("args", i)) for i in range(2 * MAX_SLOTS)]
    at = 1500
    for j, line in enumerate(lines):
        slots[at + j] = Slot(Role.TOOL_CALL, line, ("args", at + j))
    e = engine()
    action = Action(Surface.TOOL, Direction.REQUEST, slots=slots)
    verdict = await e.decide(action)
    assert verdict.decision is Decision.ALLOW_WITH_REDACTION
    assert action.slots is not None
    out = [action.slots[at + j].text for j in range(len(lines))]
    body = lines[1:-1]
    assert all(line not in piece for line, piece in zip(body, out[1:-1], strict=True))
    assert all("[REDACTED:" in piece for piece in out[:-1])
    assert action.slots[at - 1].text == slots[at - 1].text
    assert action.slots[at + len(lines)].text == slots[at + len(lines)].text
    # One key, one finding: its further pieces are masked without findings of their own
    # (each would add session risk).
    assert len([f for f in verdict.findings if f.category == "secret"]) == 1
    e.shutdown()


async def test_a_private_key_one_line_per_slot_among_few_slots_is_found() -> None:
    # Read one slot at a time, no line of a key is a secret: an action whose slots hold
    # a PEM block begun in one and ended in another is read joined however few they are.
    lines = pem(random.Random(8)).split("\n")
    slots = [Slot(Role.TOOL_CALL, "note", ("args", 0)),
             *(Slot(Role.TOOL_CALL, line, ("args", j + 1)) for j, line in enumerate(lines)),
             Slot(Role.TOOL_CALL, "done", ("args", len(lines) + 1))]
    e = engine()
    action = Action(Surface.TOOL, Direction.REQUEST, slots=slots)
    verdict = await e.decide(action)
    assert verdict.decision is Decision.ALLOW_WITH_REDACTION
    assert action.slots is not None
    assert all(line not in piece.text
               for line, piece in zip(lines[1:-1], action.slots[2:-2], strict=True))
    assert action.slots[0].text == "note" and action.slots[-1].text == "done"
    assert len([f for f in verdict.findings if f.category == "secret"]) == 1
    e.shutdown()
