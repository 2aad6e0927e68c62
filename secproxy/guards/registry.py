"""The guard families, by name, and building guards from their config entries.

`FAMILIES` maps a family name (the `family:` of a `guards.use` entry) to a factory
`factory(name) -> Guard`; `build()` makes each configured guard, gives it its settings
(`configure`) and its policy. A new family is one module and one line here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, Protocol

from secproxy.guards import Guard, GuardAction, GuardPolicy, GuardSettingsError
from secproxy.guards.encoding import EncodingGuard
from secproxy.guards.injection import InjectionGuard
from secproxy.guards.length import LengthGuard
from secproxy.guards.patterns import PatternGuard
from secproxy.guards.pii import PiiGuard
from secproxy.guards.secrets import SecretsGuard
from secproxy.guards.tool_abuse import ToolAbuseGuard
from secproxy.guards.toxicity import ToxicityGuard
from secproxy.model import Direction, Severity, Surface

FAMILIES: dict[str, Callable[[str], Guard]] = {
    "patterns": lambda name: PatternGuard(name),
    "secrets": lambda name: SecretsGuard(name),
    "injection": lambda name: InjectionGuard(name),
    "encoding": lambda name: EncodingGuard(name),
    "pii": lambda name: PiiGuard(name),
    "toxicity": lambda name: ToxicityGuard(name),
    "length": lambda name: LengthGuard(name),
    "tool_abuse": lambda name: ToolAbuseGuard(name),
}
"""Guard families: name → factory taking the guard's name."""

DEFAULT_ACTIONS: dict[str, GuardAction] = {"patterns": "sanitize", "encoding": "log",
                                           "secrets": "sanitize", "pii": "sanitize",
                                           "toxicity": "log"}
"""A family's action when its entry names none (every other family: `block`)."""


class GuardSpec(Protocol):
    """One configured guard, as the config's `guards.use` entries are."""

    @property
    def name(self) -> str: ...
    @property
    def family(self) -> str: ...
    @property
    def action(self) -> GuardAction | None: ...
    @property
    def min_severity(self) -> Severity: ...
    @property
    def directions(self) -> list[Direction]: ...
    @property
    def surfaces(self) -> list[Surface] | None: ...
    @property
    def on_error(self) -> Literal["block", "allow"] | None: ...
    @property
    def settings(self) -> Mapping[str, Any]: ...


def make(family: str, name: str, settings: Mapping[str, Any]) -> Guard:
    """A configured guard of `family`; GuardSettingsError when the family is unknown or
    the settings are invalid."""
    factory = FAMILIES.get(family)
    if factory is None:
        raise GuardSettingsError(
            f"unknown guard family {family!r} (known: {', '.join(sorted(FAMILIES))})")
    guard = factory(name)
    guard.configure(settings)
    return guard


def build(specs: Iterable[GuardSpec], *, on_error: Literal["block", "allow"] = "block"
          ) -> list[Guard]:
    """The guards of the config entries, in order, each with its policy."""
    out = []
    for spec in specs:
        guard = make(spec.family, spec.name, spec.settings)
        guard.policy = GuardPolicy(
            action=spec.action or DEFAULT_ACTIONS.get(spec.family, "block"),
            min_severity=spec.min_severity,
            directions=frozenset(spec.directions),
            surfaces=frozenset(spec.surfaces) if spec.surfaces is not None else None,
            on_error=spec.on_error or on_error,
        )
        out.append(guard)
    return out
