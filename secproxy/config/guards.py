"""Config section `guards`: which content guards run, and what their findings do.

Each entry of `use` names a guard of a family (`secproxy.guards.registry.FAMILIES`)
with the family's own `settings`, validated when the config is loaded. The relay's
older `ws.redact_patterns` keep working: they become one more `patterns` guard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, get_args

from pydantic import Field, field_validator, model_validator

from secproxy.config.types import StrictModel
from secproxy.config.ws import WsSettings
from secproxy.guards import GuardAction, GuardSettingsError, raw_view, registry
from secproxy.guards.allow import Allowlist
from secproxy.model import Direction, Severity, Surface

if TYPE_CHECKING:
    from secproxy.config.schema import Config
    from secproxy.guards import Guard, Viewer

Decoder = Literal["base64", "base32", "hex", "url", "html", "escape", "tags",
                  "variation_selectors", "rot13", "reversed", "binary", "morse", "compressed"]
"""`secproxy.guards.decoding.DECODERS`, in its order, written out: loading a config
imports no decoder (their tables and Hyperscan), which only a process running guards
needs."""


class GuardEntry(StrictModel):
    """One guard: a family, its settings, and what its findings do."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.:-]+$")
    """Shown as the stage of its findings and in the ledger."""
    family: str
    """The guard family: `patterns` (regular expressions, masked when sanitizing)."""
    action: GuardAction | None = None
    """What a finding at or above `min_severity` does: `block`, `challenge`, `sanitize`
    (mask the span; a finding without a span blocks) or `log` (record only). Unset: the
    family's own (`patterns`: sanitize; others: block)."""
    min_severity: Severity = Severity.INFO
    """Findings below this severity are ignored."""
    directions: list[Direction] = [Direction.REQUEST, Direction.RESPONSE, Direction.STREAM]
    """Directions inspected: `request` (input: what an agent sends), `response` and
    `stream` (output: what comes back)."""
    surfaces: list[Surface] | None = None
    """Surfaces inspected (egress, llm, ws, tool…); unset: all of them."""
    on_error: Literal["block", "allow"] | None = None
    """When the guard itself fails: `block` (fail closed) or `allow` (skip it, with a
    `guard_error` finding). Unset: `guards.on_error`."""
    settings: dict[str, Any] = {}
    """The family's settings; `patterns`: `{patterns: [{name, pattern, replacement,
    severity}]}`."""

    @field_validator("directions")
    @classmethod
    def _some_direction(cls, v: list[Direction]) -> list[Direction]:
        if not v:
            raise ValueError("list at least one direction (request, response, stream)")
        return list(dict.fromkeys(v))

    @model_validator(mode="after")
    def _family_accepts(self) -> GuardEntry:
        try:
            registry.make(self.family, self.name, self.settings)
        except GuardSettingsError as exc:
            raise ValueError(str(exc)) from None
        return self


class NormaliseSettings(StrictModel):
    """The normaliser: the folded and decoded views of a content that every guard scans
    besides the raw text (`secproxy.guards.normalise`)."""

    enabled: bool = True
    """Off: guards see the raw text only."""
    fold: bool = True
    """Make the folded view (invisible characters, NFKC, look-alikes, leetspeak, spaced
    letters undone; lowercase)."""
    max_depth: int = Field(default=3, ge=0, le=8)
    """Decodes deep: 1 decodes what the raw text encodes, 2 also what that encodes…"""
    max_decoded_chars: int = Field(default=256 * 1024, ge=0, le=16 * 1024 * 1024)
    """Decoded characters made for one content, all views together."""
    max_views: int = Field(default=32, ge=1, le=256)
    """Views of one content, the raw one included."""
    decoders: list[Decoder] = list(get_args(Decoder))
    """Which decoders run: base64, base32, hex, url, html, escape, tags,
    variation_selectors, rot13, reversed, binary, morse, compressed (gzip, zlib, bzip2,
    xz, tar and zip, raw or inside base64 and hex)."""


class GuardsSettings(StrictModel):
    """The content guards of the engine's `guards` stage, run after the rules."""

    strategy: Literal["fail_fast", "all"] = "all"
    """`all`: every guard runs and every finding is recorded; `fail_fast`: the first guard
    (in listed order) whose finding blocks or challenges decides, the rest are skipped."""
    on_error: Literal["block", "allow"] = "block"
    """Default for each guard's `on_error`."""
    use: list[GuardEntry] = []
    """The guards, in order. Masks from every sanitizing guard are merged by span."""
    allow: list[dict[str, Any]] = []
    """Known false positives, never reported: entries of `fingerprints` (`<kind>:<8 hex>`,
    as `secproxy scan` prints them and masks show them), `match` (a regular expression
    the found text matches in full), `paths` (globs of `host/path` in the proxy, of file
    paths for `secproxy scan`), narrowed by `kinds` and `guards`, with a `reason`."""
    normalise: NormaliseSettings = NormaliseSettings()
    """The views every guard scans besides the raw text (folded, decoded)."""
    cache_entries: int = Field(default=8192, ge=0, le=1_000_000)
    """Findings kept for slots already inspected (an LLM conversation resends its earlier
    messages every turn): a guard scans a message's text once per config, surface,
    direction, role and taint, and the findings are reused after (keyed by a digest of
    the text, which is not kept). Least recently used out first; 0 turns it off."""

    @field_validator("allow")
    @classmethod
    def _allow_valid(cls, v: list[dict[str, Any]]) -> list[dict[str, Any]]:
        try:
            Allowlist.parse(v)
        except GuardSettingsError as exc:
            raise ValueError(str(exc)) from None
        return v

    @model_validator(mode="after")
    def _names_unique(self) -> GuardsSettings:
        names = [g.name for g in self.use]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"guard names must be unique: {', '.join(dupes)}")
        return self


def guard_entries(guards: GuardsSettings, ws: WsSettings) -> list[GuardEntry]:
    """The configured guards, plus the relay's `ws.redact_patterns` as a `patterns` guard
    on ws gateway results (and client frames with `ws.redact_requests`)."""
    entries = list(guards.use)
    if ws.redact_patterns:
        directions = [Direction.RESPONSE]
        if ws.redact_requests:
            directions.append(Direction.REQUEST)
        patterns = [p.model_dump(exclude_none=True) for p in ws.redact_patterns]
        entries.append(GuardEntry.model_construct(
            name="patterns", family="patterns", action="sanitize",
            min_severity=Severity.INFO, directions=directions, surfaces=[Surface.WS],
            on_error=None, settings={"patterns": patterns}))
    return entries


def viewer_of(config: Config) -> Viewer:
    """How guards read content under `config`: the views of each slot (`Viewer`). Used by
    the engine and `secproxy scan` alike, so both see the same text: the normaliser's
    (its tables built now rather than on the first request), or the raw text alone when
    `guards.normalise.enabled` is off."""
    from secproxy.guards.normalise import Normaliser

    settings = config.guards.normalise
    if not settings.enabled:
        return raw_view
    normaliser = Normaliser(settings)
    normaliser.warm()
    return normaliser.views


def configured_guards(config: Config) -> list[Guard]:
    """The guards `config` asks for, ready for the engine (its `guard_factory`)."""
    return registry.build(guard_entries(config.guards, config.ws),
                          on_error=config.guards.on_error)
