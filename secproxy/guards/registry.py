"""The guard families, by name, and building guards from their config entries.

`FAMILIES` maps a family name (the `family:` of a `guards.use` entry) to a factory
`factory(name) -> Guard`; `build()` makes each configured guard, gives it its settings
(`configure`) and its policy. A new family is one module and one line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from secproxy.guards import Guard, GuardAction, GuardPolicy, GuardSettingsError
from secproxy.model import Direction, Severity, Surface


def _family(module: str, cls: str) -> Callable[[str], Guard]:
    """A factory that imports the family's module on first use: a command that builds
    no guard (`--help`, `audit query`) never loads the scanners and their tables."""

    def factory(name: str) -> Guard:
        guard: Guard = getattr(importlib.import_module(f"secproxy.guards.{module}"), cls)(name)
        return guard

    return factory


FAMILIES: dict[str, Callable[[str], Guard]] = {
    "patterns": _family("patterns", "PatternGuard"),
    "secrets": _family("secrets", "SecretsGuard"),
    "injection": _family("injection", "InjectionGuard"),
    "encoding": _family("encoding", "EncodingGuard"),
    "pii": _family("pii", "PiiGuard"),
    "toxicity": _family("toxicity", "ToxicityGuard"),
    "length": _family("length", "LengthGuard"),
    "tool_abuse": _family("tool_abuse", "ToolAbuseGuard"),
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


@dataclass(frozen=True, slots=True)
class Default:
    """A guard entry a surface's defaults imply (`llm.guards`, `inspect.guards`,
    `mcp.guards`, `egress.guards`), read as a `guards.use` entry is."""

    name: str
    family: str
    action: GuardAction | None
    """None: the family's own (`DEFAULT_ACTIONS`)."""
    directions: list[Direction]
    surfaces: list[Surface] | None
    min_severity: Severity = Severity.INFO
    on_error: Literal["block", "allow"] | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)


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
        guard.policy = policy_of(spec, on_error=on_error)
        out.append(guard)
    return out


def policy_of(spec: GuardSpec, *, on_error: Literal["block", "allow"] = "block"
              ) -> GuardPolicy:
    """The policy `build` gives the guard of `spec` (known without building it)."""
    return GuardPolicy(
        action=spec.action or DEFAULT_ACTIONS.get(spec.family, "block"),
        min_severity=spec.min_severity,
        directions=frozenset(spec.directions),
        surfaces=frozenset(spec.surfaces) if spec.surfaces is not None else None,
        on_error=spec.on_error or on_error,
    )
