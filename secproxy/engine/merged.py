"""An action of countless slots, read by the content guards as a few long ones.

Every slot costs each guard a fixed few microseconds, however short its text: its
views, its scanner passes, its Python. A request of 100,000 two-letter strings (a JSON
array, a form, a chat message of that many parts) cost the four default LLM guards
seconds of the proxy's CPU, where the same bytes as one text cost a fraction of it —
a way to stall the proxy with one request. Past `MAX_SLOTS`, the families that read
each slot on its own (`guard_cache.PER_SLOT`) get the action's slots joined: slots of
one role that follow each other become one slot, a newline between two (as
`content.joined` writes them), and their hits are mapped back to the slot each starts
in, so that masks, allowlists and findings name the slots as they arrived. Read
together, neighbouring strings can make a match none of them holds alone (a name in one,
its value in the next, a private key one line per string); it is kept, as one hit in
each slot its span covers (the pieces after the first marked `part`: one finding), so a
mask covers every piece of it where it arrived. Other
guards (tool abuse, length, custom ones) get the slots as they are.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Sequence

from secproxy.content import Slot
from secproxy.engine.guard_cache import PER_SLOT
from secproxy.guards import Guard, Hit

MAX_SLOTS = 1024
"""Slots of one action read one by one; an action with more is read joined."""


def split_block(slots: Sequence[Slot]) -> bool:
    """Whether a PEM block (a private key) begins in one of `slots` and does not end
    there: sent one line per string, its lines are secrets only read together, so the
    action is read joined however few its slots (`stages._inputs`)."""
    return any("-----BEGIN" in s.text and "-----END" not in s.text for s in slots)


def joinable(guard: Guard) -> bool:
    """Whether `guard` reads each slot on its own: a built-in per-slot family's own class
    (or a guard built on its first use that will be one)."""
    family = guard.family
    if family not in PER_SLOT:
        return False
    real = getattr(guard, "built", guard)
    return real is None or type(real).__module__ == f"secproxy.guards.{family}"


class Merged:
    """The joined slots of one action, and the way back to its own."""

    __slots__ = ("_members", "_original", "_starts", "slots")

    def __init__(self, slots: Sequence[Slot]):
        self._original = slots
        members: list[list[int]] = []
        starts: list[list[int]] = []
        for i, slot in enumerate(slots):
            if members and slots[members[-1][0]].role is slot.role:
                last = members[-1][-1]
                starts[-1].append(starts[-1][-1] + len(slots[last].text) + 1)
                members[-1].append(i)
            else:
                members.append([i])
                starts.append([0])
        self._members = members
        self._starts = starts
        self.slots = [Slot(slots[group[0]].role, "\n".join(slots[i].text for i in group))
                      for group in members]
        """What the guards read: one slot per run of slots of one role."""

    def back(self, hits: list[Hit]) -> list[Hit]:
        """`hits` on the joined slots, as hits on the action's own slots: a hit whose
        span covers several slots becomes one hit in each (the newlines between them and
        empty slots have none)."""
        out: list[Hit] = []
        for hit in hits:
            self._back(hit, out)
        return out

    def _back(self, hit: Hit, out: list[Hit]) -> None:
        group, starts = self._members[hit.slot], self._starts[hit.slot]
        if hit.span is None:
            out.append(dataclasses.replace(hit, slot=group[0]))
            return
        start, end = hit.span
        first = k = bisect_right(starts, start) - 1
        found = False
        while k < len(group) and (k == first or starts[k] < end):
            at = starts[k]
            lo, hi = max(start, at) - at, min(end, at + len(self._original[group[k]].text)) - at
            if hi > lo:
                out.append(dataclasses.replace(hit, slot=group[k], span=(lo, hi), part=found))
                found = True
            k += 1
        if not found:  # no character of any slot: the slot it starts in, or the next
            inside = start - starts[first] < len(self._original[group[first]].text)
            k = first if inside else min(first + 1, len(group) - 1)
            out.append(dataclasses.replace(hit, slot=group[k], span=None))
