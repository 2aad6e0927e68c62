"""The injection family's lexicons, compiled: word classes and rule templates per
language (`guards/data/injection/<lang>.yaml`) turned into regular expressions, and the
trigger stems of every class into one Hyperscan database (the prefilter).

A language file holds *classes* (lists of lowercase regex fragments: the verbs of
overriding, the nouns for instructions, persona markers…) and *rules*: templates that
compose classes with bounded gaps (`{ov}{g3}{prior}{g2}{rules}`), each with a kind, a
weight and optional per-context factors. Templates are grammar, not phrases: one rule
covers every verb × quantifier × noun combination of its language, in its word order.

Macros in templates and class entries:
`{w}`/`{nw}` a word / non-word character (Devanagari and Arabic marks count as word
characters, which Python's `\\w` does not do); `{_}` a short separator; `{gN}` up to N
words in between (N ≤ 9); `{cN}` up to N characters of the same sentence (for scripts
written without spaces); `{name}` a class of this language or of `universal.yaml`.

A rule is tried only where the prefilter saw, within one window, a stem of every class
it `needs` (by default every class its template names that can be anchored: each entry
starts with a literal stem). So clean text costs one Hyperscan pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import hyperscan  # type: ignore[import-untyped]
import yaml

from secproxy.guards import GuardSettingsError

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "ko", "ar", "hi")
"""The languages with a lexicon (ISO 639-1); `universal` rules apply to all of them."""

KINDS = ("instruction_override", "persona_jailbreak", "prompt_extraction",
         "delimiter_injection", "fake_turn", "authority_claim", "exfiltration",
         "tool_redirection", "hidden_instruction")
"""The kinds of the `prompt_injection` category."""

META = "universal.meta"
"""The class of the vocabulary of texts about prompt injection."""

CONTEXTS = ("user", "system", "untrusted", "output")
"""Where a slot's text comes from: the user's prompt, the developer's system prompt,
content from the world (tool results, fetched pages, mail), or the model's output."""

_MARKS = r"\u0900-\u0963\u0966-\u097f\u0610-\u061a\u064b-\u065f\u0670\u30fc"
WORD = rf"[\w{_MARKS}]"
NONWORD = rf"[^\w{_MARKS}]"
_MACROS = {
    "w": WORD,
    "nw": NONWORD,
    "_": rf"{NONWORD}{{1,6}}",
}
_REF = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_GAP = re.compile(r"^([gc])([0-9]{1,3})$")
_META = set(".^$*+?{}[]()|")
_MAX_BACK = 64
"""A lead class whose stem may sit further into a match is not used as the lead."""
_SHORT_OK = frozenset({"![", "<!--", "</", "dan", "ai", "llm", "gpt", "bot", "rm -rf", "iban"})
"""Short stems rare enough as words (with their boundaries) to trigger on."""
_FLAGS = hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SOM_LEFTMOST


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled rule."""

    id: str
    """`<lang>.<name>`, unique."""
    lang: str
    kind: str
    weight: float
    regex: re.Pattern[str]
    needs: frozenset[str]
    """Classes (`<lang>.<class>`) whose stems must all be seen near a match."""
    ctx: Mapping[str, float]
    """Factor per context (missing: 1.0)."""
    label: str
    """What the rule detects, for messages."""
    backs: Mapping[str, int] = field(default_factory=dict)
    """For the needed classes whose stem is at most that many characters into a match:
    the rule is tried only at such a class's triggers (the rarest one's). A rule with
    none is searched for around the triggers of its rarest class."""
    line_start: bool = False
    """Matches only at the start of a line (after indentation and markup)."""
    word_start: bool = False
    """Matches only where a word starts (languages written with spaces)."""


@dataclass(frozen=True, slots=True)
class Language:
    """One language's context cues."""

    code: str
    neg: re.Pattern[str] | None
    """Negation just before a match (`do not`, `nicht`, `不要`…): the signal is denied."""
    neg_after: re.Pattern[str] | None
    """Negation just after a match, for verb-final languages (`無視しないで`)."""
    hedge: re.Pattern[str] | None
    """Reported speech or example markers before a match (`for example`, `if a user
    asks you to`, `attackers write`)."""


@dataclass
class Lexicon:
    """Every enabled rule, the prefilter over their stems, and the context cues."""

    rules: tuple[Rule, ...]
    database: Any
    """Hyperscan database of the stems, reporting every match with its start;
    expression id → `stems[id]`."""
    present: Any
    """The same stems, each reported once: which classes a text has at all."""
    stems: tuple[frozenset[str], ...]
    """For each prefilter expression, the classes it is a stem of."""
    bounds: tuple[int, ...]
    """For each prefilter expression, the word boundaries its match needs (1: before,
    2: after)."""
    by_class: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    """Class → indexes in `rules` of the rules that need it."""
    languages: Mapping[str, Language] = field(default_factory=dict)
    meta: frozenset[int] = frozenset()
    """The prefilter expressions of the vocabulary of texts *about* prompt injection
    (articles, docs, classifiers: universal class `meta`)."""


def _load(name: str) -> dict[str, Any]:
    text = resources.files("secproxy.guards").joinpath(
        "data", "injection", f"{name}.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise GuardSettingsError(f"injection lexicon {name}.yaml is not a mapping")
    return data


def stem(entry: str) -> tuple[str, bool, bool, int]:
    """The longest run of literal characters every match of `entry` (a regex) contains
    (`e-?mail\\w*` → `mail`): the prefilter's trigger for it. With it: whether it starts
    the entry, whether a `\\b` follows it, and at most how many characters come before
    it in a match. Empty when the entry has no literal run."""
    try:
        parsed = _parser.parse(entry)
    except re.error:
        return "", False, False, 0
    best: tuple[str, bool, bool, int] = ("", False, False, 0)
    run: list[str] = []
    first = 0
    for i, (op, av) in enumerate([*parsed.data, (None, None)]):
        if op is _constants.LITERAL:
            if not run:
                first = i
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        if run and len(run) > len(best[0]):
            bounded = op is _constants.AT and av is _constants.AT_BOUNDARY
            before = _parser.SubPattern(parsed.state, parsed.data[:first]).getwidth()[1]
            best = ("".join(run), first == 0, bounded, before)
        run = []
    return best


def _hs_expression(literal: str) -> str:
    """A Hyperscan expression for a stem, over UTF-8 bytes: ASCII letters caseless by
    flag, other cased letters as an alternation of both cases. Plain literals: the
    database's UTF-8 mode, `\\b` and character classes all make it compile many times
    slower, so word boundaries are checked where a match is reported."""
    parts = []
    for c in literal:
        if c.isascii():
            parts.append(c if c.isalnum() else f"\\x{ord(c):02x}")
            continue
        cases = dict.fromkeys((c.lower(), c.upper(), c))
        alts = ["".join(f"\\x{b:02x}" for b in v.encode()) for v in cases]
        parts.append(alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})")
    return "".join(parts)


def _bounds(literal: str, starts: bool, ends: bool) -> int:
    """Which word boundaries a stem's match needs: 1 before, 2 after (ASCII only)."""
    need = 0
    if starts and literal[:1].isascii() and literal[:1].isalnum():
        need |= 1
    if ends and literal[-1:].isascii() and literal[-1:].isalnum():
        need |= 2
    return need


def _distinct(literal: str) -> bool:
    """Whether a stem is rare enough to trigger on: 4 characters in scripts with short
    letters (3 for Cyrillic and the like), 2 in CJK, Arabic or Devanagari."""
    if not literal.strip():
        return False
    if literal.isascii():
        return len(literal.strip()) >= 4 or literal in _SHORT_OK
    if any(ord(c) >= 0x0600 for c in literal):
        return len(literal) >= 2
    return len(literal) >= 3


class _Builder:
    """Expands one language's classes and templates."""

    def __init__(self, lang: str, data: Mapping[str, Any], base: Mapping[str, Any]):
        self.lang = lang
        self.boundary = bool(data.get("boundary", False))
        self.classes: dict[str, Any] = {**base.get("classes", {}), **data.get("classes", {})}
        self.owner = {name: (lang if name in data.get("classes", {}) else "universal")
                      for name in self.classes}
        self.compound = set(data.get("compound", ()))
        self._expanded: dict[str, str] = {}

    def spec(self, name: str) -> dict[str, Any]:
        spec = self.classes[name]
        return spec if isinstance(spec, dict) else {"re": spec}

    def entries(self, name: str) -> list[str]:
        got = self.spec(name).get("re", [])
        if not isinstance(got, list) or not all(isinstance(e, str) and e for e in got):
            raise GuardSettingsError(f"injection lexicon {self.lang}: class {name} must be "
                                     "a list of non-empty strings")
        return got

    def expand(self, template: str, stack: tuple[str, ...] = ()) -> str:
        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in _MACROS:
                return _MACROS[name]
            gap = _GAP.match(name)
            if gap:
                n = int(gap.group(2))
                if gap.group(1) == "g":
                    return rf"(?:{NONWORD}{{1,6}}{WORD}{{1,30}}){{0,{n}}}{NONWORD}{{1,6}}"
                return rf"[^\n。！？!?]{{0,{n}}}"
            if name not in self.classes:
                raise GuardSettingsError(f"injection lexicon {self.lang}: unknown class {name}")
            if name in stack:
                raise GuardSettingsError(f"injection lexicon {self.lang}: class {name} "
                                         "refers to itself")
            return self.klass(name, (*stack, name))
        return _REF.sub(sub, template)

    def klass(self, name: str, stack: tuple[str, ...] = ()) -> str:
        got = self._expanded.get(name)
        if got is None:
            head = f"{WORD}{{0,20}}" if name in self.compound else ""
            alts = sorted((self.expand(e, stack or (name,)) for e in self.entries(name)),
                          key=len, reverse=True)
            got = self._expanded[name] = f"(?:{head}(?:{'|'.join(alts)}))"
        return got

    def anchorable(self, name: str) -> bool:
        spec = self.spec(name)
        if spec.get("anchor") is False:
            return False
        return "hs" in spec or all(_distinct(stem(self.expand(e, (name,)))[0])
                                   for e in self.entries(name))

    def stems(self, name: str) -> list[tuple[str, int]]:
        spec = self.spec(name)
        if "hs" in spec:
            return [(e, 0) for e in spec["hs"]]
        own = self.boundary if self.owner[name] == self.lang else False
        boundary = bool(spec.get("boundary", own)) and name not in self.compound
        out = []
        for e in self.entries(name):
            literal, starts, ends, _ = stem(self.expand(e, (name,)))
            out.append((_hs_expression(literal), _bounds(literal, boundary and starts, ends)))
        return out

    def back(self, name: str) -> int:
        """At most how many characters of a match of the class come before its stem."""
        if "hs" in self.spec(name):
            return 0
        head = 20 if name in self.compound else 0
        return head + max(stem(self.expand(e, (name,)))[3] for e in self.entries(name))

    def key(self, name: str) -> str:
        return f"{self.owner[name]}.{name}"


def _rule(b: _Builder, spec: Mapping[str, Any], kinds: frozenset[str]) -> Rule | None:
    rid = f"{b.lang}.{spec.get('id')}"
    kind = spec.get("kind")
    if kind not in KINDS:
        raise GuardSettingsError(f"injection rule {rid}: unknown kind {kind!r}")
    if kind not in kinds:
        return None
    template = spec.get("re")
    if not isinstance(template, str):
        raise GuardSettingsError(f"injection rule {rid}: `re` is required")
    named = [n for n in _REF.findall(template) if n not in _MACROS and not _GAP.match(n)]
    needs = spec.get("need") or [n for n in named if b.anchorable(n)]
    if not needs:
        raise GuardSettingsError(f"injection rule {rid}: no class with stems to anchor it")
    for n in needs:
        if n not in b.classes or not b.anchorable(n):
            raise GuardSettingsError(f"injection rule {rid}: class {n} cannot anchor it")
    # The word boundary before a match is checked by the scanner: a lookbehind at the
    # start would keep `re` from skipping ahead to the characters a match can start with.
    pattern = _spaces(b.expand(template))
    try:
        regex = re.compile(pattern)
    except re.error as exc:
        raise GuardSettingsError(f"injection rule {rid}: {exc}") from None
    ctx = dict(spec.get("ctx", {}))
    if set(ctx) - set(CONTEXTS):
        raise GuardSettingsError(f"injection rule {rid}: unknown context in {sorted(ctx)}")
    backs = {}
    for n in needs:
        back = _prefix_width(b, template, n)
        if back is not None and back <= _MAX_BACK:
            backs[b.key(n)] = back
    return Rule(rid, b.lang, kind, float(spec.get("w", 0.5)), regex,
                frozenset(b.key(n) for n in needs), ctx,
                str(spec.get("label") or spec.get("id")), backs,
                bool(spec.get("line_start", False)), b.boundary)


def _prefix_width(b: _Builder, template: str, name: str) -> int | None:
    """At most how many characters of a match of `template` come before the stem of
    class `name` (None when unbounded or not computable)."""
    at = template.find("{" + name + "}")
    if at < 0:
        return None
    try:
        parsed = _parser.parse(_spaces(b.expand(template[:at])))
    except (re.error, GuardSettingsError):
        return None
    width = parsed.getwidth()[1]
    if width >= _MAX_BACK:
        return None
    return width + b.back(name)


def _spaces(pattern: str) -> str:
    """A literal space in a template stands for a short run of whitespace (outside
    character classes), so line breaks and double spaces do not hide a phrase; an
    optional space (` ?`) for an optional run."""
    out: list[str] = []
    in_class = escaped = skip = False
    for i, c in enumerate(pattern):
        if skip:
            skip = False
            continue
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        elif c == " " and not in_class:
            optional = pattern[i + 1:i + 2] in ("?", "*")
            out.append(r"\s{0,3}" if optional else r"\s{1,3}")
            skip = optional
            continue
        out.append(c)
    return "".join(out)


def _cue(data: Mapping[str, Any], key: str, where: str) -> re.Pattern[str] | None:
    got = data.get(key)
    if not got:
        return None
    alts = "|".join(got) if isinstance(got, list) else got
    return re.compile(f"(?:{alts}){where}")


@lru_cache(maxsize=16)
def compile_lexicon(languages: tuple[str, ...], kinds: tuple[str, ...]) -> Lexicon:
    """The rules of `languages` (plus the universal ones) for `kinds`, with their
    prefilter; cached, as configure() runs at every config load."""
    base = _load("universal")
    wanted = frozenset(kinds)
    rules: list[Rule] = []
    stems: dict[tuple[str, int], set[str]] = {}
    langs: dict[str, Language] = {}
    for lang in ("universal", *languages):
        data = base if lang == "universal" else _load(lang)
        b = _Builder(lang, data, base if lang != "universal" else {})
        for spec in data.get("rules", []):
            rule = _rule(b, spec, wanted)
            if rule is None:
                continue
            rules.append(rule)
            for n in rule.needs:
                for expr in b.stems(n.split(".", 1)[1]):
                    stems.setdefault(expr, set()).add(n)
        langs[lang] = Language(lang, _cue(data, "neg", r"[\s*_]{0,3}$"),
                               _cue(data, "neg_after", ""), _cue(data, "hedge", ""))
    if len({r.id for r in rules}) != len(rules):
        raise GuardSettingsError("injection lexicon: duplicate rule ids")
    meta_builder = _Builder("universal", base, {})
    for expr in meta_builder.stems("meta"):
        stems.setdefault(expr, set()).add(META)
    exprs = sorted(stems)
    dbs = []
    for flags in (_FLAGS, hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SINGLEMATCH):
        db = hyperscan.Database()
        if exprs:
            db.compile(expressions=[e.encode() for e, _ in exprs],
                       ids=list(range(len(exprs))), elements=len(exprs),
                       flags=[flags] * len(exprs))
        dbs.append(db if exprs else None)
    by_class: dict[str, list[int]] = {}
    for i, r in enumerate(rules):
        for n in r.needs:
            by_class.setdefault(n, []).append(i)
    return Lexicon(tuple(rules), dbs[0], dbs[1],
                   tuple(frozenset(stems[e]) for e in exprs), tuple(b for _, b in exprs),
                   {k: tuple(v) for k, v in by_class.items()}, langs,
                   frozenset(i for i, e in enumerate(exprs) if META in stems[e]))
