"""Looking at a stream's newest text only: the window a look scans, and how far back it
reaches.

A stream (`pipeline.Stream`) is looked at again and again as it grows. Scanning all of
it at every look costs O(n²/k) guard work for n characters looked at every k; a look
instead scans a window: the text after the stream's *settled* point plus `reach`
characters before it. Hits that end at or before the settled point lie in text an
earlier look already judged, with as much context, and are skipped (the guards stage
reads `StreamWindow.settled`); the masks the stage applies come back in
`StreamWindow.redactions`, so the stream can render the settled text once and keep it.

The reach is worked out from the guards that look at the stream (`reach_of`), config
free: a match the guard can make is at most this wide, plus `CONTEXT` characters a guard
may read before a match (a keyword before a secret, a veto word before a number):

- `patterns`: the widest match of its regular expressions (unbounded: `DEFAULT_REACH`);
- `secrets` 256 and `pii` 128 (`FAMILY_WIDTH`): the widths the LLM gateway's holdback
  uses too — a longer match (a PEM block) is found from its first 256 characters on and
  masked; the stream never settles inside a mask, so the window follows it as it grows;
- `length` measures the whole text: with it the window is the whole text (the old cost);
- every other family (injection: rules up to 2,000 bytes wide with their anchor's
  surroundings; toxicity: frames and scores over the text around them; encoding;
  custom guards): `DEFAULT_REACH`, 2,048 characters.

A look then scans about `reach + CONTEXT + new` characters, whatever the length of the
stream: linear work in all. What a window cannot show: a match wider than the reach that
began before the window (only a `patterns` expression whose width is unbounded, or a
family's match beyond its listed width) is found from the window's start on, not whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

from secproxy.content import Redaction
from secproxy.guards import Guard
from secproxy.guards.patterns import PatternGuard
from secproxy.model import Action

if TYPE_CHECKING:
    from secproxy.engine.stages import Context

DEFAULT_REACH = 2048
"""How far back a look reaches for a guard whose longest match is not known: above the
injection rules' widest match (2,000 bytes) and the toxicity frames' windows."""
CONTEXT = 64
"""Characters around a match a guard may read (a keyword before a secret, a veto word
before a number): looked at again before the window's oldest possible match, and after
the settled point (a match waiting on what follows it is judged again)."""
FAMILY_WIDTH = {"secrets": 256, "pii": 128}
"""Longest match of the families whose matches are not regular expressions we can
measure (see the module docstring)."""
WHOLE_TEXT = frozenset({"length"})
"""Families that measure the whole text: a window would not do."""

Check = Callable[[Action, "Context"], Any]


@dataclass(slots=True)
class StreamWindow:
    """One look of a stream: what the guards stage is told, and what it tells back."""

    settled: int
    """Offset in the window's text: hits ending at or before it are skipped (an earlier
    look judged them)."""
    redactions: list[Redaction] = field(default_factory=list)
    """The masks the stage applied to the window (merged, sorted, window offsets)."""

    def bind(self, check: Check) -> Check:
        """The guards stage's `check` run with this window in its context."""

        def windowed(action: Action, ctx: Context) -> Any:
            ctx.window = self
            return check(action, ctx)

        return windowed


def _pattern_width(regex: Any) -> int:
    try:
        width = int(_sre_parse.parse(regex.pattern, regex.flags).getwidth()[1])
    except Exception:  # something the parser cannot measure: assume the worst
        return DEFAULT_REACH
    return min(width, DEFAULT_REACH)


def guard_reach(guard: Guard) -> int | None:
    """The longest match `guard` can make (None: it needs the whole text)."""
    if guard.family in WHOLE_TEXT:
        return None
    if isinstance(guard, PatternGuard):
        return max((_pattern_width(p.regex) for p in guard.patterns), default=0)
    return FAMILY_WIDTH.get(guard.family, DEFAULT_REACH)


def reach_of(guards: Sequence[Guard], action: Action) -> int | None:
    """How far before its settled point a look at `action`'s stream reaches: the longest
    match of the guards that look at it, plus `CONTEXT` (None: the whole text)."""
    longest = 0
    for guard in guards:
        policy = guard.policy
        if action.direction not in policy.directions or (
                policy.surfaces is not None and action.surface not in policy.surfaces):
            continue
        reach = guard_reach(guard)
        if reach is None:
            return None
        longest = max(longest, reach)
    return longest + CONTEXT


def render(text: str, redactions: Sequence[Redaction], start: int, end: int) -> str:
    """`text[start:end]` with the redactions that lie within it applied (sorted, not
    overlapping: `merge_redactions`)."""
    parts = []
    at = start
    for r in redactions:
        if r.start >= end:
            break
        if r.start < at:
            continue
        parts.append(text[at:r.start])
        parts.append(r.text)
        at = r.end
    parts.append(text[at:end])
    return "".join(parts)
