"""Content guards behind one small protocol.

A guard looks at an action's content as slots (`secproxy.content`: prompt, frame, tool
arguments, output…) and answers with `Hit`s: what it found, where (slot and character
span) and, for what can be masked, the text to put in its place. It decides nothing:
its configured `GuardPolicy` says whether a hit blocks, challenges, is masked or only
logged, and the engine's `guards` stage merges the masks of every guard by span.

Guard families (patterns, and later injection, secrets, PII, encoding…) each live in
their own module and are listed in `registry.FAMILIES`. Guards import only
`secproxy.model`, `secproxy.content` and their own data (an import-linter contract).
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from secproxy.content import Slot
from secproxy.model import Action, Direction, Severity, Surface

GuardAction = Literal["block", "sanitize", "challenge", "log"]
Cost = Literal["cheap", "heavy"]
"""`cheap` guards run inline on the event loop; `heavy` ones in the stage's worker pool."""

SEVERITY_RANK = {s: i for i, s in enumerate(Severity)}
"""Severities from least to most serious, for thresholds."""


class GuardSettingsError(ValueError):
    """A guard's settings are invalid; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One thing a guard found."""

    category: str
    """What kind of problem (`secret`, `pii`, `prompt_injection`, `redaction`…)."""
    message: str
    severity: Severity = Severity.MEDIUM
    slot: int = 0
    """Index of the slot it was found in."""
    span: tuple[int, int] | None = None
    """Character span in that slot, when it has one."""
    replacement: str | None = None
    """Text to put in place of the span when the guard sanitizes (default: a mask named
    after the category)."""


@dataclass(frozen=True, slots=True)
class GuardContext:
    """What a guard may know about the action besides its slots."""

    action: Action
    taint: int = 0
    """The session's taint level."""


@dataclass(frozen=True, slots=True)
class GuardPolicy:
    """What the engine does with one guard's hits (from the `guards:` config)."""

    action: GuardAction = "block"
    min_severity: Severity = Severity.INFO
    """Hits below this severity are ignored."""
    directions: frozenset[Direction] = frozenset(Direction)
    """Directions the guard inspects."""
    surfaces: frozenset[Surface] | None = None
    """Surfaces the guard inspects; None: all of them."""
    on_error: Literal["block", "allow"] = "block"
    """A guard that raises fails the stage closed (`block`), or is skipped with a
    `guard_error` finding (`allow`)."""


@runtime_checkable
class Guard(Protocol):
    """One content check. `inspect` may be a plain function or a coroutine function; a
    plain one marked `heavy` runs in a worker thread."""

    name: str
    """This guard's name in findings and config."""
    family: str
    """The family it belongs to (`patterns`…): the key in `registry.FAMILIES`."""
    cost: Cost
    policy: GuardPolicy

    def configure(self, settings: Mapping[str, Any]) -> None:
        """Take the family-specific settings; raise `GuardSettingsError` when invalid."""
        ...

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext
                ) -> list[Hit] | Awaitable[list[Hit]]:
        ...


@dataclass
class BaseGuard:
    """Defaults for guard implementations: cheap, blocking, no settings."""

    name: str
    family: str = "custom"
    cost: Cost = "cheap"
    policy: GuardPolicy = field(default_factory=GuardPolicy)

    def configure(self, settings: Mapping[str, Any]) -> None:
        if settings:
            raise GuardSettingsError(
                f"family {self.family} takes no settings (got {', '.join(settings)})")
