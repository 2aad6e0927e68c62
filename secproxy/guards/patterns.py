"""The `patterns` family: configured regular expressions masked with deterministic text.

Settings: `patterns`, a list of `{name, pattern, replacement?, severity?}`. Every match
in every slot is a hit whose replacement is the pattern's mask (`[REDACTED:<name>]`
unless a replacement is given); with the guard's action `sanitize` the matches are
masked and the verdict becomes `allow_with_redaction`.

The WebSocket relay's output rules (`ws.redact_patterns`) are a guard of this family
(`secproxy.config.guards.guard_entries` turns them into one).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from secproxy.content import Slot
from secproxy.guards import BaseGuard, GuardContext, GuardSettingsError, Hit
from secproxy.model import Severity


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    """A pattern ready to apply."""

    name: str
    regex: re.Pattern[str]
    mask: str
    severity: Severity


def compile_patterns(entries: Sequence[Any]) -> tuple[CompiledPattern, ...]:
    """Patterns from their settings (mappings with `name`, `pattern`, optional
    `replacement` and `severity`); raises GuardSettingsError naming the bad entry."""
    out = []
    if not isinstance(entries, list | tuple):
        raise GuardSettingsError("patterns must be a list")
    for i, entry in enumerate(entries):
        if not isinstance(entry, Mapping):
            raise GuardSettingsError(f"patterns[{i}] must be a mapping")
        unknown = set(entry) - {"name", "pattern", "replacement", "severity"}
        if unknown:
            raise GuardSettingsError(f"patterns[{i}]: unknown keys {', '.join(sorted(unknown))}")
        name, pattern = entry.get("name"), entry.get("pattern")
        if not isinstance(name, str) or not name:
            raise GuardSettingsError(f"patterns[{i}].name is required")
        if not isinstance(pattern, str) or not pattern:
            raise GuardSettingsError(f"patterns[{i}].pattern is required")
        try:
            regex = re.compile(pattern)
        except re.error as exc:
            raise GuardSettingsError(
                f"patterns[{i}].pattern is not a valid regular expression: {exc}") from None
        if regex.match(""):
            raise GuardSettingsError(
                f"patterns[{i}].pattern matches the empty string; it would mask everywhere")
        replacement = entry.get("replacement")
        mask = replacement if isinstance(replacement, str) else f"[REDACTED:{name}]"
        try:
            severity = Severity(entry.get("severity", Severity.LOW))
        except ValueError:
            raise GuardSettingsError(f"patterns[{i}].severity must be one of "
                                     f"{', '.join(Severity)}") from None
        out.append(CompiledPattern(name, regex, mask, severity))
    return tuple(out)


@dataclass
class PatternGuard(BaseGuard):
    """Reports (and, sanitizing, masks) every match of its patterns."""

    family: str = "patterns"
    patterns: tuple[CompiledPattern, ...] = field(default=())

    def configure(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - {"patterns"}
        if unknown:
            raise GuardSettingsError(
                f"family patterns takes `patterns` only (got {', '.join(sorted(unknown))})")
        self.patterns = compile_patterns(settings.get("patterns", []))

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        hits: dict[tuple[int, tuple[int, int], str], Hit] = {}
        for index, s in enumerate(slots):
            text = s.text
            if not text:
                continue
            # Every view (raw, folded, decoded), each match mapped back to the raw text:
            # a pattern written with look-alikes or in base64 is masked where it arrived.
            for view in ctx.views(index, text):
                for p in self.patterns:
                    for m in p.regex.finditer(view.text):
                        if m.end() == m.start():
                            continue  # an empty match has nothing to mask
                        span = view.origin(m.start(), m.end())
                        if (index, span, p.name) not in hits:
                            hits[(index, span, p.name)] = Hit(
                                "redaction", f"matched pattern {p.name}", p.severity, index,
                                span, p.mask, kind=p.name)
        return list(hits.values())
