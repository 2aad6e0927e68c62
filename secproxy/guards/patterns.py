"""The `patterns` family: configured regular expressions masked with deterministic text.

Settings: `patterns`, a list of `{name, pattern, replacement?, severity?}`. Every match
in every slot is a hit whose replacement is the pattern's mask (`[REDACTED:<name>]`
unless a replacement is given); with the guard's action `sanitize` the matches are
masked and the verdict becomes `allow_with_redaction`.

Patterns are written in Python's syntax and matched by RE2 whenever RE2 can run them
(`_for_re2`), in time linear in the text: a pattern such as `(\\w+\\s?)+:`, which
makes Python's backtracking engine take years over a long line of words, cannot stall
a request.
Only what RE2 lacks (lookarounds, backreferences, `$`, a non-boundary) runs on Python's
`re`.

The WebSocket relay's output rules (`ws.redact_patterns`) are a guard of this family
(`secproxy.config.guards.guard_entries` turns them into one).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from secproxy.content import RE2_CLASSES, Slot
from secproxy.guards import BaseGuard, GuardContext, GuardSettingsError, Hit
from secproxy.model import Severity

_re2: Any
try:  # RE2 is a dependency; without it (a platform it does not build on) patterns run on re
    import re2

    _re2 = re2
except ImportError:  # pragma: no cover - depends on the platform
    _re2 = None


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    """A pattern ready to apply."""

    name: str
    regex: re.Pattern[str]
    """The pattern as Python reads it (its width and the empty match are measured on it)."""
    mask: str
    severity: Severity
    finder: Any = None
    """What finds the matches: the pattern in RE2 when RE2 can run it, else `regex`."""




def _for_re2(pattern: str) -> Any:
    """`pattern` compiled by RE2 with Python's meaning, or None when RE2 would read it
    otherwise or not at all. `\\w`, `\\d`, `\\s` and their negations get Python's
    Unicode classes (a negation inside brackets, `[\\S-]`, is left to Python), `$`
    (which Python also finds before a final newline) and `\\B` are left to Python;
    `\\b` is RE2's, where only ASCII letters, digits and `_` make a word (Python
    counts every letter): it differs only where a non-ASCII letter touches it."""
    if _re2 is None:
        return None
    out: list[str] = []
    i, in_class, n = 0, False, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            code = pattern[i + 1]
            cls = RE2_CLASSES.get(code.lower())
            if code == "B" or cls is not None and code.isupper() and in_class:
                return None
            if cls is None:
                out.append(pattern[i:i + 2])
            elif in_class:
                out.append(cls)
            else:
                out.append(f"[^{cls}]" if code.isupper() else f"[{cls}]")
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or out[-1] in ("[", "[^")
        elif ch == "[":
            in_class = True
            if pattern.startswith("[^", i):
                out.append("[^")
                i += 2
                continue
        elif ch == "$":
            return None
        out.append(ch)
        i += 1
    options = _re2.Options()
    options.log_errors = False  # a pattern RE2 refuses goes to Python's re, silently
    try:
        return _re2.compile("".join(out), options)
    except _re2.error:
        return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    """`text` as RE2 can take it (UTF-8): a lone surrogate (from a `\\ud800` escape in
    JSON) becomes U+FFFD, one character for one, so that every offset stays."""
    if text.isascii():
        return text
    try:
        text.encode()
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


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
        out.append(CompiledPattern(name, regex, mask, severity, _for_re2(pattern) or regex))
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
                seen = encodable(view.text)
                for p in self.patterns:
                    for m in p.finder.finditer(seen if p.finder is not p.regex else view.text):
                        if m.end() == m.start():
                            continue  # an empty match has nothing to mask
                        span = view.origin(m.start(), m.end())
                        if (index, span, p.name) not in hits:
                            hits[(index, span, p.name)] = Hit(
                                "redaction", f"matched pattern {p.name}", p.severity, index,
                                span, p.mask, kind=p.name)
        return list(hits.values())
