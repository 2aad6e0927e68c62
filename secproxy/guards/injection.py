"""The `injection` family: prompt injection, direct and indirect, in 13 languages.

Instruction overrides, persona jailbreaks, system-prompt extraction, delimiter and
chat-template injection, fake turns, authority claims, exfiltration instructions
(markdown image beacons, "send the conversation to…"), tool redirection inside tool
results and instructions hidden from the reader. The grammar lives in data
(`guards/data/injection/*.yaml`, compiled by `injection_rules`); this module scans
and scores.

Scanning is cheap on clean text: one Hyperscan pass over the trigger stems of every
language finds where a rule could match; only rules whose classes were all seen in a
window around the triggers run, on that window. Each match is a signal with a weight,
lowered by its surroundings — negated ("do not ignore"), quoted, reported ("attackers
write…", "for example"), in a code block, in a text about prompt injection — and scaled
by where the slot's text comes from: instructions addressed to the AI inside a tool
result or a fetched page count more (`tool_result_boost`), the developer's system
prompt less. A slot whose signals add up to `threshold` (one hard signal suffices)
gives one hit per kind of signal found.

Settings: `threshold` (default 1.0), `languages` (default all), `kinds` (default all),
`tool_result_boost` (default 1.5).
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import hyperscan  # type: ignore[import-untyped]

from secproxy.content import Role, Slot
from secproxy.guards import BaseGuard, GuardContext, GuardSettingsError, Hit
from secproxy.guards.injection_rules import (
    CONTEXTS,
    KINDS,
    LANGUAGES,
    WORD,
    Lexicon,
    Rule,
    compile_lexicon,
)
from secproxy.model import Action, Direction, Severity, Surface

CATEGORY = "prompt_injection"
SPAN = 200
"""Characters each side of a trigger that a rule's match may reach."""
TRIES_PER_RULE = 4096
"""Places one rule is tried at in one view: a flood of triggers that never complete a
match costs this much at most (a text with more is not a prompt anyone reads)."""
MATCHES_PER_RULE = 32
"""Matches of one rule kept per view: the score takes the best one, and a flood of
trigger words must not cost more than that."""
_QUOTES = (("“", "”"), ("«", "»"), ("„", "“"), ("「", "」"), ("『", "』"), ("‘", "’"))
_local = threading.local()
_WORD = re.compile(WORD)
_WORD_BYTE = bytes(1 if chr(b).isascii() and (chr(b).isalnum() or b == 0x5F) else 0
                   for b in range(256))
"""ASCII letters, digits and `_`: what a stem's word boundary may not touch."""


@dataclass(frozen=True, slots=True)
class Signal:
    """One rule's match, weighed in its context."""

    rule: Rule
    span: tuple[int, int]
    weight: float


def slot_context(role: Role, action: Action) -> str:
    """Where a slot's text comes from (one of `CONTEXTS`)."""
    if role is Role.SYSTEM:
        return "system"
    if role is Role.TOOL_RESULT:
        return "untrusted"
    if role is Role.ASSISTANT:
        return "output"
    if action.direction is not Direction.REQUEST:
        # What the model wrote, or what the world sent back: pages, mail, tool output.
        return "output" if action.surface is Surface.LLM else "untrusted"
    return "user"


def _present(lex: Lexicon, data: bytes) -> tuple[set[str], int]:
    """The classes whose stems occur anywhere in `data` (ignoring word boundaries: a
    superset, from one report per stem), and how many distinct terms of the vocabulary
    of texts about prompt injection it holds."""
    found: set[str] = set()
    meta: list[int] = []
    stems, is_meta = lex.stems, lex.meta

    def seen(expr: int, start: int, end: int, flags: int, context: object) -> None:
        found.update(stems[expr])
        if expr in is_meta:
            meta.append(expr)

    lex.present.scan(data, match_event_handler=seen, scratch=_scratch(lex, "present"))
    return found, len(meta)


def _scratch(lex: Lexicon, which: str) -> Any:
    """This thread's Hyperscan scratch space for one of the lexicon's databases."""
    db = getattr(lex, which)
    cache = getattr(_local, "scratch", None)
    if cache is None:
        cache = _local.scratch = {}
    got = cache.get(which)
    if got is None or got[0] is not db:
        got = cache[which] = (db, hyperscan.Scratch(db))
    return got[1]


def _triggers(lex: Lexicon, data: bytes, text: str, wanted: set[str]
              ) -> dict[str, list[tuple[int, int]]]:
    """Where the stems of the `wanted` classes are in the text, by class: sorted
    (start, end) character offsets, at word boundaries where the stem needs them."""
    hits: list[tuple[int, int, int]] = []
    stems, bounds, size = lex.stems, lex.bounds, len(data)

    def seen(expr: int, start: int, end: int, flags: int, context: object) -> None:
        if stems[expr].isdisjoint(wanted):
            return
        need = bounds[expr]
        if need and ((need & 1 and start and _WORD_BYTE[data[start - 1]])
                     or (need & 2 and end < size and _WORD_BYTE[data[end]])):
            return
        hits.append((start, end, expr))

    lex.database.scan(data, match_event_handler=seen, scratch=_scratch(lex, "database"))
    if size != len(text) and hits:
        hits = _char_offsets(data, hits)
    out: dict[str, list[tuple[int, int]]] = {}
    for start, end, expr in sorted(hits):
        for c in stems[expr] & wanted:
            out.setdefault(c, []).append((start, end))
    return out


def _char_offsets(data: bytes, hits: list[tuple[int, int, int]]
                  ) -> list[tuple[int, int, int]]:
    """Byte offsets turned into character offsets, in one pass over the text."""
    marks = sorted({o for start, end, _ in hits for o in (start, end)})
    chars: dict[int, int] = {}
    at = count = 0
    for o in marks:
        count += len(data[at:o].decode("utf-8", "replace"))
        chars[o] = count
        at = o
    return [(chars[s], chars[e], x) for s, e, x in hits]


def _near(spots: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    """Whether one of `spots` starts within `SPAN` of start:end."""
    if not spots:
        return False
    i = bisect.bisect_left(spots, (start - SPAN, -1))
    return i < len(spots) and spots[i][0] <= end + SPAN


def _lower(text: str) -> str:
    """Lowercase that keeps every character's position (`İ` lowers to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[0] for c in text)


@dataclass
class _Surroundings:
    """What lowers a signal: negation, quotes, reported speech, code, meta talk."""

    lex: Lexicon
    text: str
    fences: list[int] | None = None

    def factor(self, rule: Rule, start: int, end: int) -> float:
        text = self.text
        before = _lower(text[max(0, start - 60):start])
        after = _lower(text[end:end + 12])
        factor = 1.0
        for code in (rule.lang, "en"):
            cues = self.lex.languages.get(code)
            if cues is None:
                continue
            if (cues.neg and cues.neg.search(before[-30:])) or (
                    cues.neg_after and cues.neg_after.match(after)):
                return 0.15
            if cues.hedge and cues.hedge.search(before):
                factor = 0.5
        if _quoted(text, start, end):
            factor *= 0.5
        if self.fences is None:
            self.fences = [i for i in _find_all(text, "```")]
        if bisect.bisect_left(self.fences, start) % 2:
            factor *= 0.5
        return factor


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether start:end is a quoted phrase: a quote opens before it on its line and
    closes right after it (a JSON string or a long quoted passage is not a quotation of
    the phrase, and is read as what it says)."""
    line = text[text.rfind("\n", max(0, start - 400), start) + 1:start]
    tail = text[end:end + 4].lstrip(" .,;:!?…")
    for a, b in (*_QUOTES, ('"', '"'), ("`", "`"), ("'", "'")):
        opened = line.count(a) % 2 if a == b else line.count(a) > line.count(b)
        if opened and tail.startswith(b):
            return True
    return False


def _find_all(text: str, needle: str) -> list[int]:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + len(needle))
    return out


def scan(lex: Lexicon, text: str, context: str, boost: float) -> list[Signal]:
    """The signals in one view's text, weighed for `context`."""
    if lex.database is None or not text:
        return []
    data = text.encode("utf-8", "replace")
    present, meta = _present(lex, data)
    rules = lex.rules
    candidates = sorted({i for c in present for i in lex.by_class.get(c, ())
                         if rules[i].needs <= present})
    if not candidates:
        return []
    spots = _triggers(lex, data, text, {c for i in candidates for c in rules[i].needs})
    base = boost if context == "untrusted" else 0.5 if context == "system" else 1.0
    # A text *about* prompt injection (an article, a classifier's docs) quotes attacks.
    base *= 1.0 if not meta else 0.7 if meta == 1 else 0.5
    where = _Surroundings(lex, text)
    low = _lower(text)
    out: list[Signal] = []
    for i in candidates:
        rule = rules[i]
        weight = rule.weight * base * rule.ctx.get(context, 1.0)
        if weight > 0:
            for s, e in _matches(rule, low, spots):
                out.append(Signal(rule, (s, e), weight * where.factor(rule, s, e)))
    return out


def _matches(rule: Rule, low: str, spots: dict[str, list[tuple[int, int]]]
             ) -> list[tuple[int, int]]:
    """The rule's matches near triggers of every class it needs: tried just before the
    triggers of its rarest class that has a bounded offset into a match, or else
    searched for around those of its rarest class."""
    def rarity(c: str) -> int:
        return len(spots.get(c, ()))

    leads = [c for c in rule.needs if c in rule.backs]
    anchor = min(leads or rule.needs, key=rarity)
    back = rule.backs.get(anchor)
    others = [spots.get(c) for c in rule.needs if c != anchor]
    found: list[tuple[int, int]] = []
    done = tries = 0
    for start, end in spots.get(anchor, ()):
        if start < done or not all(_near(o, start, end) for o in others):
            continue
        tries += 1
        if tries > TRIES_PER_RULE:
            break
        got = []
        if back is not None:
            for pos in range(max(done, start - back), start + 1):
                if not _starts_ok(rule, low, pos):
                    continue
                m = rule.regex.match(low, pos)
                if m and m.end() > pos:
                    got.append(m)
                    break
        else:
            got = [m for m in rule.regex.finditer(low, max(done, start - SPAN), end + SPAN)
                   if m.end() > m.start() and _starts_ok(rule, low, m.start())]
            done = end + SPAN
        for m in got:
            found.append(m.span())
            done = max(done, m.end())
        if len(found) >= MATCHES_PER_RULE:
            break
    return found


def _starts_ok(rule: Rule, low: str, pos: int) -> bool:
    """Whether a match of the rule may start at `pos`: at a word's start for languages
    written with spaces, at a line's start (after indentation or markup) for rules that
    say so."""
    if rule.word_start and pos and _WORD.match(low, pos - 1):
        return False
    if not rule.line_start:
        return True
    head = low[max(0, low.rfind("\n", max(0, pos - 12), pos) + 1):pos]
    if pos > 12 and "\n" not in low[pos - 12:pos]:
        return False
    return not head.strip(" \t>*#_[(<-")


def severity(score: float, threshold: float, hard: bool) -> Severity:
    """A slot's severity from its score."""
    if score >= 3 * threshold:
        return Severity.CRITICAL
    if hard or score >= 1.5 * threshold:
        return Severity.HIGH
    return Severity.MEDIUM


def _float(settings: Mapping[str, Any], key: str, default: float, low: float,
           high: float) -> float:
    value = settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not (
            low < value <= high):
        raise GuardSettingsError(f"injection: {key} must be a number in ({low:g}, {high:g}]"
                                 f" (got {value!r})")
    return float(value)


def _names(settings: Mapping[str, Any], key: str, known: tuple[str, ...]) -> tuple[str, ...]:
    value = settings.get(key, list(known))
    if not isinstance(value, list | tuple) or not value or not all(
            isinstance(v, str) for v in value):
        raise GuardSettingsError(f"injection: {key} must be a non-empty list of names")
    unknown = sorted(set(value) - set(known))
    if unknown:
        raise GuardSettingsError(f"injection: unknown {key} {', '.join(unknown)} "
                                 f"(known: {', '.join(known)})")
    return tuple(v for v in known if v in value)


@dataclass
class InjectionGuard(BaseGuard):
    """Scores every slot for prompt injection and reports the slots over threshold."""

    family: str = "injection"
    threshold: float = 1.0
    tool_result_boost: float = 1.5
    languages: tuple[str, ...] = LANGUAGES
    kinds: tuple[str, ...] = KINDS
    lexicon: Lexicon | None = field(default=None, repr=False)

    def configure(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - {"threshold", "languages", "kinds", "tool_result_boost"}
        if unknown:
            raise GuardSettingsError(
                f"family injection takes threshold, languages, kinds and "
                f"tool_result_boost (got {', '.join(sorted(unknown))})")
        self.threshold = _float(settings, "threshold", 1.0, 0.0, 100.0)
        self.tool_result_boost = _float(settings, "tool_result_boost", 1.5, 0.0, 10.0)
        self.languages = _names(settings, "languages", LANGUAGES)
        self.kinds = _names(settings, "kinds", KINDS)
        self.lexicon = compile_lexicon(self.languages, self.kinds)

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        lex = self.lexicon
        if lex is None:
            lex = self.lexicon = compile_lexicon(self.languages, self.kinds)
        hits: list[Hit] = []
        for index, slot in enumerate(slots):
            if not slot.text:
                continue
            context = slot_context(slot.role, ctx.action)
            best: dict[str, Signal] = {}
            for view in ctx.views(index, slot.text):
                for sig in scan(lex, view.text, context, self.tool_result_boost):
                    sig = Signal(sig.rule, view.origin(*sig.span), sig.weight)
                    got = best.get(sig.rule.id)
                    if got is None or sig.weight > got.weight:
                        best[sig.rule.id] = sig
            if best:
                hits += self._judge(index, slot.text, list(best.values()), lex)
        return hits

    def _judge(self, index: int, text: str, signals: list[Signal], lex: Lexicon
               ) -> list[Hit]:
        """The slot's hits when its signals reach the threshold: one per kind and
        cluster of nearby signals."""
        score = 0.0
        kept: list[Signal] = []
        for sig in sorted(signals, key=lambda s: -s.weight):
            # Rules of one kind matching the same words are weaker evidence than two
            # separate signals: the stronger counts, an overlapping weaker one half.
            overlap = any(k.rule.kind == sig.rule.kind and k.span[0] < sig.span[1]
                          and sig.span[0] < k.span[1] for k in kept)
            weight = sig.weight * (0.5 if overlap else 1.0)
            score += weight
            kept.append(Signal(sig.rule, sig.span, weight))
        clusters: dict[str, list[tuple[int, int, float, list[str]]]] = {}
        for sig in sorted(kept, key=lambda s: s.span):
            runs = clusters.setdefault(sig.rule.kind, [])
            if runs and sig.span[0] <= runs[-1][1] + 200:
                s, e, w, labels = runs[-1]
                runs[-1] = (s, max(e, sig.span[1]), w + sig.weight, [*labels, sig.rule.label])
            else:
                runs.append((sig.span[0], sig.span[1], sig.weight, [sig.rule.label]))
        if score < self.threshold:
            return []
        hard = any(k.weight >= self.threshold for k in kept)
        level = severity(score, self.threshold, hard)
        out = []
        for kind, runs in clusters.items():
            for s, e, _, labels in runs:
                names = ", ".join(dict.fromkeys(labels))
                out.append(Hit(CATEGORY, f"{kind.replace('_', ' ')}: {names} "
                               f"(score {score:.2f} ≥ {self.threshold:g})", level, index,
                               (s, e), kind=kind))
        return out


__all__ = ["CATEGORY", "CONTEXTS", "InjectionGuard", "Signal", "scan", "slot_context"]
