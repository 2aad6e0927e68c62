"""Known false positives, allowed by fingerprint, by text or by place.

One allowlist serves the proxy (the engine's `guards` stage) and `secproxy scan`, so a
value allowed while tuning with `scan` is allowed in traffic too. An entry suppresses a
hit when every condition it gives holds:

- `fingerprints`: the hit's fingerprint, `<kind>:<8 hex>` — the same as the inner part
  of its mask (`[REDACTED:<kind>:<8 hex>]`), shown by `scan` and in findings — or just
  the 8 hex digits for any kind;
- `match`: a regular expression the found text matches in full (e.g. `AKIA[A-Z0-9]{12}EXAMPLE`);
- `kinds` / `guards`: only hits of these kinds / from these guards;
- `paths`: glob patterns of where the content came from — a file's path for `scan`,
  `host/path` of the action's target in the proxy.

Fingerprints are keyed with the installation's mask key, so a fingerprint taken on one
installation means nothing on another (and cannot be reversed by hashing candidates).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from secproxy.guards import GuardSettingsError

_FINGERPRINT = re.compile(r"^(?:[A-Za-z0-9_.:-]+:)?[0-9a-f]{8}$")


@dataclass(frozen=True, slots=True)
class AllowEntry:
    """One allowlist entry; empty conditions do not constrain."""

    fingerprints: frozenset[str] = frozenset()
    match: re.Pattern[str] | None = None
    kinds: frozenset[str] = frozenset()
    guards: frozenset[str] = frozenset()
    paths: tuple[str, ...] = ()
    reason: str = ""

    def allows(self, guard: str, kind: str, text: str, fingerprint: str,
               path: str | None) -> bool:
        if self.kinds and kind not in self.kinds:
            return False
        if self.guards and guard not in self.guards:
            return False
        if self.fingerprints and not (fingerprint in self.fingerprints
                                      or fingerprint.rpartition(":")[2] in self.fingerprints):
            return False
        if self.match is not None and self.match.fullmatch(text) is None:
            return False
        if self.paths:
            return path is not None and any(fnmatch.fnmatchcase(path, p) for p in self.paths)
        return True


class Allowlist:
    """The entries, in order; `allows()` is true when any entry allows the hit."""

    __slots__ = ("entries",)

    def __init__(self, entries: Iterable[AllowEntry] = ()):
        self.entries = tuple(entries)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def allows(self, guard: str, kind: str, text: str, fingerprint: str,
               path: str | None = None) -> bool:
        return any(e.allows(guard, kind, text, fingerprint, path) for e in self.entries)

    @classmethod
    def parse(cls, items: Sequence[Mapping[str, Any]]) -> Allowlist:
        """Entries from their settings (mappings); GuardSettingsError names the bad one."""
        return cls(parse_entry(item, i) for i, item in enumerate(items))


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple) and all(isinstance(v, str) and v for v in value):
        return list(value)
    raise GuardSettingsError(f"{where} must be a string or a list of non-empty strings")


def parse_entry(item: Mapping[str, Any], index: int = 0) -> AllowEntry:
    """One entry from its settings."""
    where = f"allow[{index}]"
    if not isinstance(item, Mapping):
        raise GuardSettingsError(f"{where} must be a mapping")
    unknown = set(item) - {"fingerprints", "fingerprint", "match", "kinds", "guards", "paths",
                           "reason"}
    if unknown:
        raise GuardSettingsError(f"{where}: unknown keys {', '.join(sorted(unknown))} "
                                 "(known: fingerprints, match, kinds, guards, paths, reason)")
    fingerprints = _strings(item.get("fingerprints"), f"{where}.fingerprints")
    fingerprints += _strings(item.get("fingerprint"), f"{where}.fingerprint")
    for fp in fingerprints:
        if not _FINGERPRINT.match(fp):
            raise GuardSettingsError(
                f"{where}.fingerprints: {fp!r} is not a fingerprint (`<kind>:<8 hex>` or "
                "8 hex digits, as `secproxy scan` prints them)")
    match = item.get("match")
    pattern = None
    if match is not None:
        if not isinstance(match, str) or not match:
            raise GuardSettingsError(f"{where}.match must be a non-empty regular expression")
        try:
            pattern = re.compile(match)
        except re.error as exc:
            raise GuardSettingsError(f"{where}.match is not a valid regular expression: "
                                     f"{exc}") from None
    paths = _strings(item.get("paths"), f"{where}.paths")
    if not (fingerprints or pattern is not None or paths):
        raise GuardSettingsError(
            f"{where} needs fingerprints, match or paths: kinds and guards alone would "
            "switch a check off (use the guard's own settings for that)")
    reason = item.get("reason", "")
    if not isinstance(reason, str):
        raise GuardSettingsError(f"{where}.reason must be a string")
    return AllowEntry(
        fingerprints=frozenset(fingerprints),
        match=pattern,
        kinds=frozenset(_strings(item.get("kinds"), f"{where}.kinds")),
        guards=frozenset(_strings(item.get("guards"), f"{where}.guards")),
        paths=tuple(paths),
        reason=reason,
    )
