"""Pattern redaction: configured regular expressions masked with deterministic text.

The output rules of the WebSocket relay (`ws.redact_patterns`) are this guard: each
match in a gateway result (and, with `ws.redact_requests`, in a client frame) is replaced
by its mask (`[REDACTED:<name>]` unless a replacement is given), which turns an `allow`
into `allow_with_redaction` with the masked text as the verdict's `sanitized` content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from secproxy.config import Config
from secproxy.config.ws import RedactPattern
from secproxy.guards import Guard, GuardResult
from secproxy.model import Action, Direction, Finding, Severity, Surface


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    """A pattern ready to apply."""

    name: str
    regex: re.Pattern[str]
    mask: str
    severity: Severity


def _literal(mask: str) -> Callable[[re.Match[str]], str]:
    return lambda _match: mask


class PatternRedactor:
    """Masks every match of its patterns in the actions it applies to."""

    name = "patterns"

    def __init__(
        self,
        patterns: Iterable[RedactPattern],
        *,
        surfaces: Iterable[Surface] = (Surface.WS,),
        directions: Iterable[Direction] = (Direction.RESPONSE,),
    ):
        self.patterns = tuple(
            CompiledPattern(p.name, re.compile(p.pattern), p.mask, p.severity) for p in patterns
        )
        self.surfaces = frozenset(surfaces)
        self.directions = frozenset(directions)

    def applies(self, action: Action) -> bool:
        return (
            bool(action.content)
            and action.surface in self.surfaces
            and action.direction in self.directions
        )

    def check(self, action: Action) -> GuardResult:
        text = action.content or ""
        findings: list[Finding] = []
        for p in self.patterns:
            first = p.regex.search(text)
            if first is None:
                continue
            span = first.span()
            # A callable replacement keeps the mask literal (no group references).
            text, count = p.regex.subn(_literal(p.mask), text)
            findings.append(Finding(
                self.name, "redaction",
                f"masked {count} match{'es' * (count != 1)} of pattern {p.name}",
                p.severity, span))
        if not findings:
            return GuardResult()
        return GuardResult("sanitize", findings, sanitized=text)


def ws_pattern_guards(config: Config) -> Sequence[Guard]:
    """Guard factory for the engine: the relay's output rules, if any are configured."""
    ws = config.ws
    if not ws.redact_patterns:
        return ()
    directions = [Direction.RESPONSE]
    if ws.redact_requests:
        directions.append(Direction.REQUEST)
    return (PatternRedactor(ws.redact_patterns, directions=directions),)
