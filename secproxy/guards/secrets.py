"""The `secrets` family: credentials in content — provider tokens, private keys, JWTs,
passwords in URLs and assignments, crypto wallet keys and seed phrases.

`SecretDetector` compiles every format once (the provider table in `secrets_rules`, the
detectors of `secrets_generic`, any custom rules) into one `MultiScanner` and turns a
text into `Found`s: each match validated (checksums, decodable structure), placeholders
dropped, overlaps resolved (a provider format beats a generic finding of the same span,
and what a provider format refused for its checksum no generic detector reports).
Detectors are cached by their configuration, so snapshots that keep the same settings
share one compiled scanner (Hyperscan compiles the ~240 patterns in about a second).

`SecretsGuard` runs it on every view of every slot (`ctx.views`: the raw text and what
the normaliser folds or decodes) and maps what it finds back to the slot. Its default
action is `sanitize`: the engine puts the installation's keyed mask in place of each
secret. The parts of a request are many short texts: an ASCII one shorter than any
format's shortest match is passed by, and the short views are scanned together first
(`find_many`), one pass for a request that holds nothing.

Settings (all optional):
- `disable`: kinds not to report; `enable`: report only these kinds;
- `min_entropy` (bits per character, default 3.0): what a generic value must reach;
- `require_checksum` (default true): drop tokens (and BIP-39 phrases) whose checksum
  fails; false reports them at `medium` (a phrase only after a label such as `seed`);
- `rules`: custom formats, `{kind, pattern, severity?, group?}`;
- `engine`: `auto` (Hyperscan when installed), `hyperscan` or `literal`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from secproxy.content import Role, Slot
from secproxy.guards import BaseGuard, GuardContext, GuardSettingsError, Hit
from secproxy.guards import secrets_checks as chk
from secproxy.guards.scanner import Engine, MultiScanner, ScanRule
from secproxy.guards.secrets_generic import SPECIALS, ContextRule, Found, Options
from secproxy.guards.secrets_rules import RULES, SecretRule
from secproxy.model import Severity

CATEGORY = "secret"
_JOINED = Role.JOINED

SPECIAL_KINDS = frozenset({
    "generic_password", "generic_token", "generic_api_key", "generic_secret",
    "basic_auth_url", "url_password", "cli_password", "bearer_token", "bip39_seed_phrase",
    *(f"{db}_url_password" for db in (
        "postgres", "mysql", "mongodb", "redis", "amqp", "mssql", "oracle", "clickhouse",
        "couchdb", "neo4j", "cassandra", "influxdb", "nats", "kafka", "snowflake", "db2",
        "elastic", "memcached", "ldap", "smtp", "imap", "ftp")),
})
"""Kinds the generic detectors report."""

KINDS = frozenset(r.kind for r in RULES) | SPECIAL_KINDS
"""Every kind the family reports without custom rules."""

_SEVERITY_ORDER = list(Severity)

_JOIN_BELOW = 1024
"""Texts up to this length are scanned together first (`SecretDetector.find_many`);
longer ones, whose single pass costs more than its call, one by one."""


def _lower(a: Severity, b: Severity) -> Severity:
    return a if _SEVERITY_ORDER.index(a) <= _SEVERITY_ORDER.index(b) else b


def _literal_prefix(pattern: str) -> int:
    """How many literal characters every match of `pattern` starts with."""
    from re import _parser  # type: ignore[attr-defined]

    n = 0
    for op, _av in _parser.parse(pattern, re.ASCII):
        if op is _parser.LITERAL:
            n += 1
        elif op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT) and n == 0:
            continue
        else:
            break
    return n


class SecretDetector:
    """Every format of one configuration, compiled; `find(text)` reports secrets."""

    def __init__(self, rules: Sequence[SecretRule], *, min_entropy: float = 3.0,
                 require_checksum: bool = True, engine: Engine = "auto") -> None:
        self.rules = tuple(r for r in rules if r.context is None)
        self.options = Options.build(min_entropy, require_checksum, tuple(
            ContextRule(r.kind, re.compile(r.context, re.ASCII),
                        re.compile(r.pattern, re.ASCII), r.severity, r.check)
            for r in rules if r.context is not None))
        self.require_checksum = require_checksum
        n = len(self.rules)
        self._prefix = [_literal_prefix(r.pattern) if r.group == 0 else 0 for r in self.rules]
        self.scanner = MultiScanner(
            [*(ScanRule(i, r.pattern, r.anchor) for i, r in enumerate(self.rules)),
             *(ScanRule(n + j, s.prefilter, every=s.every) for j, s in enumerate(SPECIALS))],
            engine=engine)

    def find(self, text: str) -> list[Found]:
        """The secrets in `text`, in order, none inside another."""
        pf = self.scanner.prefilter(text)
        if not pf.windows:  # no rule may match (most texts)
            return []
        found: list[tuple[int, Found]] = []
        n = len(self.rules)
        specials = []
        claimed: list[int] = []
        for rule_id in pf.windows:
            if rule_id < n:
                found.extend((rule_id, f) for f in self._rule_matches(
                    rule_id, pf.matches(rule_id), claimed))
            else:
                specials.append(rule_id)
        # what a provider format found, or refused for a failed checksum, is not judged
        # again by the generic detectors (a `ghp_` token with a bad checksum is a fake,
        # not a generic token)
        covered = frozenset(claimed)
        for rule_id in specials:
            special = SPECIALS[rule_id - n]
            found.extend((rule_id, f) for f in special.find(pf, pf.windows[rule_id],
                                                            self.options, covered))
        return _resolve(found) if len(found) > 1 else [f for _, f in found]

    def find_many(self, texts: Sequence[str]) -> list[list[Found]]:
        """`find` of each text. The short ones (the parts of a request: a host, a path,
        header values) are first scanned together in one pass (`first_candidate`), and
        only from the first that may hold a secret are they scanned one by one."""
        out: list[list[Found]] = [[] for _ in texts]
        short = [i for i, text in enumerate(texts) if len(text) <= _JOIN_BELOW]
        first = self.scanner.first_candidate([texts[i] for i in short])
        skip = frozenset(short[:first])
        for i, text in enumerate(texts):
            if i not in skip:
                out[i] = self.find(text)
        return out

    def _rule_matches(self, rule_id: int, matches: Iterator[re.Match[str]],
                      claimed: list[int]) -> list[Found]:
        rule = self.rules[rule_id]
        out = []
        for m in matches:
            group = rule.group if m.group(rule.group) is not None else 0
            secret = m.group(group)
            if chk.is_fake_token(secret[self._prefix[rule_id]:] if group == 0 else secret):
                continue
            if rule.checksum and (rule.claims or not (secret.islower() or secret.isupper())):
                claimed.append(m.start(group))
            severity, note = rule.severity, ""
            if rule.check is not None:
                if rule.check(secret):
                    note = " (checksum verified)" if rule.checksum else ""
                elif rule.checksum and not self.require_checksum:
                    severity, note = _lower(severity, Severity.MEDIUM), \
                        " (checksum does not verify)"
                else:
                    continue
            start, end = m.span(group)
            claimed.append(start)
            out.append(Found(rule.kind, start, end, severity,
                             f"{rule.kind.replace('_', ' ')}{note}"))
        return out


def _resolve(found: list[tuple[int, Found]]) -> list[Found]:
    """Drop findings inside a span an earlier-listed detector already covers.

    Whether a kept span covers a finding is the furthest end among kept spans that start
    at or before it, which a Fenwick tree over the findings' starts answers in log time:
    thousands of findings in one text (a pasted dump of keys) cost n log n, not n²."""
    starts = sorted({f.start for _, f in found})
    slot = {s: i + 1 for i, s in enumerate(starts)}
    furthest = [-1] * (len(starts) + 1)  # Fenwick tree of the max end, by start
    kept: list[Found] = []
    for _, f in sorted(found, key=lambda x: (x[0], x[1].start)):
        i, end = slot[f.start], -1
        while i > 0:
            end = max(end, furthest[i])
            i -= i & -i
        if end >= f.end:
            continue
        kept.append(f)
        i = slot[f.start]
        while i < len(furthest):
            furthest[i] = max(furthest[i], f.end)
            i += i & -i
    return sorted(kept, key=lambda f: (f.start, f.end))


def detector(disabled: frozenset[str] = frozenset(), custom: tuple[SecretRule, ...] = (),
             min_entropy: float = 3.0, require_checksum: bool = True,
             engine: Engine = "auto") -> SecretDetector:
    """The detector for one configuration, compiled once and shared (the defaults and
    the same values given are one configuration: one build, one copy held)."""
    return _detector(disabled, custom, float(min_entropy), require_checksum, engine)


@lru_cache(maxsize=16)
def _detector(disabled: frozenset[str], custom: tuple[SecretRule, ...], min_entropy: float,
              require_checksum: bool, engine: Engine) -> SecretDetector:
    rules = [r for r in RULES if r.kind not in disabled] + list(custom)
    return SecretDetector(rules, min_entropy=min_entropy, require_checksum=require_checksum,
                          engine=engine)


def _custom_rules(entries: Any) -> tuple[SecretRule, ...]:
    if not isinstance(entries, list | tuple):
        raise GuardSettingsError("secrets: rules must be a list")
    out = []
    for i, entry in enumerate(entries):
        where = f"secrets: rules[{i}]"
        if not isinstance(entry, Mapping):
            raise GuardSettingsError(f"{where} must be a mapping")
        unknown = set(entry) - {"kind", "pattern", "severity", "group"}
        if unknown:
            raise GuardSettingsError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
        kind, pattern = entry.get("kind"), entry.get("pattern")
        if not isinstance(kind, str) or not re.fullmatch(r"[a-z0-9_]{1,64}", kind):
            raise GuardSettingsError(f"{where}.kind must be a name of [a-z0-9_]")
        if not isinstance(pattern, str) or not pattern:
            raise GuardSettingsError(f"{where}.pattern is required")
        try:
            rx = re.compile(pattern, re.ASCII)
        except re.error as exc:
            raise GuardSettingsError(f"{where}.pattern is not a valid regular expression: "
                                     f"{exc}") from None
        if rx.match(""):
            raise GuardSettingsError(f"{where}.pattern matches the empty string")
        group = entry.get("group", 0)
        if not isinstance(group, int) or not 0 <= group <= rx.groups:
            raise GuardSettingsError(f"{where}.group must be 0..{rx.groups}")
        try:
            severity = Severity(entry.get("severity", Severity.HIGH))
        except ValueError:
            raise GuardSettingsError(
                f"{where}.severity must be one of {', '.join(Severity)}") from None
        out.append(SecretRule(kind, pattern, severity, group, provider="custom"))
    return tuple(out)


def _kinds(value: Any, key: str, known: frozenset[str]) -> frozenset[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(k, str) for k in value):
        raise GuardSettingsError(f"secrets: {key} must be a list of kinds")
    unknown = sorted(set(value) - known)
    if unknown:
        raise GuardSettingsError(f"secrets: {key}: unknown kinds {', '.join(unknown)}")
    return frozenset(value)


@dataclass
class SecretsGuard(BaseGuard):
    """Reports credentials; sanitizing, the engine masks each one."""

    family: str = "secrets"
    enabled: frozenset[str] | None = None
    """Only these kinds are reported (None: every kind not disabled)."""
    disabled: frozenset[str] = frozenset()
    detector: SecretDetector = field(default_factory=detector)

    def configure(self, settings: Mapping[str, Any]) -> None:
        allowed = {"enable", "disable", "min_entropy", "require_checksum", "rules", "engine"}
        unknown = set(settings) - allowed
        if unknown:
            raise GuardSettingsError(f"family secrets takes {', '.join(sorted(allowed))} "
                                     f"(got {', '.join(sorted(unknown))})")
        custom = _custom_rules(settings.get("rules", []))
        known = KINDS | {r.kind for r in custom}
        enabled = (_kinds(settings["enable"], "enable", known) if "enable" in settings
                   else None)
        disabled = _kinds(settings.get("disable", []), "disable", known)
        min_entropy = settings.get("min_entropy", 3.0)
        if isinstance(min_entropy, bool) or not isinstance(min_entropy, int | float) or not (
                0 <= min_entropy <= 8):
            raise GuardSettingsError("secrets: min_entropy must be a number from 0 to 8")
        require_checksum = settings.get("require_checksum", True)
        if not isinstance(require_checksum, bool):
            raise GuardSettingsError("secrets: require_checksum must be true or false")
        engine = settings.get("engine", "auto")
        if engine not in ("auto", "hyperscan", "literal"):
            raise GuardSettingsError("secrets: engine must be auto, hyperscan or literal")
        off_rules = frozenset(r.kind for r in RULES if r.kind in disabled or (
            enabled is not None and r.kind not in enabled))
        try:
            self.detector = detector(off_rules, custom, float(min_entropy), require_checksum,
                                     engine)
        except (ValueError, re.error) as exc:
            raise GuardSettingsError(f"secrets: {exc}") from None
        except Exception as exc:  # Hyperscan's own compile errors name the pattern
            raise GuardSettingsError(f"secrets: a rule does not compile: {exc}") from None
        self.enabled, self.disabled = enabled, disabled

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        hits: list[Hit] = []
        seen: set[tuple[int, tuple[int, int], str]] = set()
        # An ASCII text shorter than every format's shortest match holds none, nor does
        # any of its views (folding and decoding ASCII never lengthen it): the short
        # slots of a request (`/x`, `1`, `*/*`) are passed without making their views.
        shortest = self.detector.scanner.shortest
        views = [(index, view) for index, slot in enumerate(slots)
                 if slot.text and (len(slot.text) >= shortest or not slot.text.isascii())
                 for view in ctx.views(index, slot.text)]
        found = self.detector.find_many([view.text for _, view in views])
        for (index, view), finds in zip(views, found, strict=True):
            # A joined view of values (`Role.JOINED`) glues a label in one value to the
            # next one's text: only a provider's format, whole across two values, counts.
            formats = slots[index].role is _JOINED
            for f in finds:
                if f.kind in self.disabled or (
                        self.enabled is not None and f.kind not in self.enabled) or (
                        formats and f.kind in SPECIAL_KINDS):
                    continue
                span = view.origin(f.start, f.end)
                key = (index, span, f.kind)
                if key in seen:
                    continue
                seen.add(key)
                where = "" if view.how == "raw" else f" (in {view.how} text)"
                hits.append(Hit(CATEGORY, f"{f.message}{where}", f.severity, index, span,
                                kind=f.kind))
        return self._named(slots, hits)

    def _named(self, slots: Sequence[Slot], hits: list[Hit]) -> list[Hit]:
        """A value read with the name it is filed under in a document (a JSON key: a
        tool call's `{"aws_secret_access_key": "…"}`, a body's `{"password": …}`): the
        formats known by their name (an AWS secret key, generic assignments) were found
        in `aws_secret_access_key=…` written as text and missed as a document's value,
        on every surface. Read as `name=value`, raw, for values nothing was found in
        whose name may hold a secret (`_SECRET_NAME`, a cheap filter; the detector's
        entropy and placeholder checks decide); spans kept inside the value."""
        found = {h.slot for h in hits}
        named = [(index, slot.path[-1], slot.text) for index, slot in enumerate(slots)
                 if index not in found and slot.path and isinstance(slot.path[-1], str)
                 and slot.text and _SECRET_NAME.search(slot.path[-1]) is not None]
        if not named:
            return hits
        texts = [f"{name}={text}" for _, name, text in named]
        for (index, name, text), finds in zip(named, self.detector.find_many(texts),
                                              strict=True):
            skip, kept = len(name) + 1, (-1, -1)
            for f in sorted(finds, key=lambda f: (f.start, -f.end)):
                if f.end <= skip or f.kind in self.disabled or (
                        self.enabled is not None and f.kind not in self.enabled):
                    continue
                span = (max(f.start, skip) - skip, min(f.end - skip, len(text)))
                if kept[0] <= span[0] and span[1] <= kept[1]:
                    continue  # within a find already kept (`pass=a&b`: to `&`, then whole)
                kept = span
                hits.append(Hit(CATEGORY, f.message, f.severity, index, span, kind=f.kind))
        return hits


_SECRET_NAME = re.compile(
    r"(?i)pass|pwd|secret|token|key|cred|auth|private|signature|session|cookie|bearer|dsn|"
    r"conn|salt|otp|pin\b")
"""Names a value filed under may be a secret by (`SecretsGuard._named`): a filter, so
that only such values are read again; what is a secret is the detector's to say."""
