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

import hashlib
import hmac
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
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
    """Text to put in place of the span when the guard sanitizes (default: the
    installation's deterministic mask, `Masker.mask(kind or category, text)`)."""
    kind: str = ""
    """The precise kind within the category (`aws_access_key`, `email`, `iban`,
    `instruction_override`…); names the mask and the finding."""
    part: bool = False
    """A further piece of one hit whose span covers several slots (`engine.merged`):
    masked like the hit, no finding (nor session risk) of its own."""


@dataclass(frozen=True, slots=True)
class View:
    """One way to read a slot's text: as it is (`raw`), folded (NFKC, confusables,
    invisible characters removed…) or decoded from an encoding (`base64`, `hex`, `url`…).

    Guards scan every view of a slot and map what they find back to the slot with
    `origin()`, so a mask always covers the characters as they arrived."""

    text: str
    how: str = "raw"
    """`raw` for the slot's own text; otherwise the transformation(s), e.g. `fold`,
    `base64`, `base64+url`."""
    index: Sequence[int] | None = None
    """For views that keep positions (folding): `index[i]` is where the view's character
    `i` starts in the slot's text; it has `len(text) + 1` entries (the last is the end)."""
    span: tuple[int, int] | None = None
    """For decoded views: the span of the slot's text the view was decoded from."""

    def origin(self, start: int, end: int) -> tuple[int, int]:
        """The span of the slot's text that the view's `start:end` came from."""
        if self.index is not None:
            return self.index[start], self.index[end]
        if self.span is not None:
            return self.span
        return start, end


Viewer = Callable[[str], Sequence[View]]
"""Makes the views of one text; the first is always `View(text)` (raw)."""


def raw_view(text: str) -> tuple[View, ...]:
    """The one view of a text when nothing normalises it."""
    return (View(text),)


class Masker:
    """Deterministic masks for one installation: `[REDACTED:<kind>:<8 hex>]`, the hex
    being an HMAC-SHA256 of the masked text under a key kept in the state directory.
    The same value gets the same mask (findings and ledger records can be correlated),
    but the mask cannot be reversed by hashing candidate values without the key."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes | None = None):
        self._key = key if key is not None else os.urandom(32)

    def rekey(self, key: bytes) -> None:
        self._key = key

    def fingerprint(self, kind: str, text: str) -> str:
        """`<kind>:<8 hex>`: what identifies this value of this kind on this installation
        (the mask's inner part; what allowlists name)."""
        digest = hmac.new(self._key, text.encode("utf-8", "surrogatepass"),
                          hashlib.sha256).hexdigest()
        return f"{kind}:{digest[:8]}"

    def mask(self, kind: str, text: str) -> str:
        return f"[REDACTED:{self.fingerprint(kind, text)}]"


@dataclass(frozen=True, slots=True)
class GuardContext:
    """What a guard may know about the action besides its slots."""

    action: Action
    taint: int = 0
    """The session's taint level."""
    viewer: Viewer = raw_view
    """Makes a slot's views (the normaliser, when configured)."""
    cache: dict[int, Sequence[View]] = field(default_factory=dict)

    def views(self, index: int, text: str) -> Sequence[View]:
        """The views of slot `index` (whose text is `text`), made once per action and
        shared by every guard."""
        got = self.cache.get(index)
        if got is None:
            got = self.cache[index] = self.viewer(text)
        return got


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
