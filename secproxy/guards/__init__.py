"""Content guards behind one small protocol.

A guard looks at an action's content (prompt, frame, tool arguments, output) and
returns findings with what to do about them: `block`, `challenge`, `sanitize` (with the
rewritten content) or nothing. Guard families (injection, secrets, PII, encoding…) each
live in their own module and plug into the engine's `guards` stage.
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from secproxy.model import Action, Finding

GuardAction = Literal["allow", "sanitize", "challenge", "block"]


@dataclass(slots=True)
class GuardResult:
    """What one guard found and what it asks for."""

    action: GuardAction = "allow"
    findings: list[Finding] = field(default_factory=list)
    sanitized: str | None = None
    """The content rewritten (masks in place), when `action` is `sanitize`."""


@runtime_checkable
class Guard(Protocol):
    """One content check. `check` may be a plain function or a coroutine function."""

    name: str

    def applies(self, action: Action) -> bool:
        """Cheap pre-filter: surface, direction, presence of content."""
        ...

    def check(self, action: Action) -> GuardResult | Awaitable[GuardResult]:
        ...
