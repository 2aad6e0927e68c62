"""The injection family's lexicons, compiled: word classes per language
(`guards/data/injection/<lang>.yaml`) and the rules that combine them, matched in two
Hyperscan stages and positional arithmetic instead of whole-text regular expressions.

A language file holds *classes* (lists of lowercase regex fragments: the verbs of
overriding, the nouns for instructions, the ways of addressing an AI…) and the cues that
weaken a match (negation, reported speech). `universal.yaml` holds language-independent
classes and whole-expression rules (chat-template tokens, beacons, hidden text) and the
*grammar*: rules written once over class names, instantiated for every language that
defines those classes — `re: '{a}{g25}{b}'` (classes in this order, each within N
characters of the previous one's end) or `any: [a, b, c]` with `gap` (in any order).
`distinctive` names the classes rare in ordinary text; every grammar rule names one.

Matching: each class entry is reduced to a literal stem it cannot match without (taken
from its parsed expression). Stage one scans the stems of the distinctive classes and the
universal rules over the whole text — ordinary text finds almost nothing there and stops.
Stage two scans the language's other classes only in windows around those hits. Each
stem hit is confirmed by its entry's `re` near it, and a rule matches where its classes'
confirmed spans follow each other within the gaps.

Templates: `{name}` a class; `{gN}` a gap of up to N characters (scaled by the
language's `gapscale` as its script takes more bytes per word); in class entries a space
is one to three whitespace characters. Entries are written for the lowercased text
encoded as UTF-8, in the common subset of Hyperscan and Python `re` syntax over bytes (no
lookaround, no back-references, bounded repeats; non-ASCII characters inside `[...]` only
as single characters). In languages written with spaces each entry must start a word. A
class may say what may not stand right before its entries (`not_after: '/'`: `tokens` in
`/api/v1/tokens` names an endpoint) or right after their word (`not_before: '/'`:
`secrets/gcp.json` is a folder); the compiler writes the lookaround.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import yaml

from secproxy.guards import GuardSettingsError, hscache

try:
    import hyperscan as _hs  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - a dependency; reported at configure()
    _hs = None  # type: ignore[assignment]

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "ko", "ar", "hi")
"""The languages with a lexicon (ISO 639-1); `universal` rules apply to all of them."""

KINDS = ("instruction_override", "persona_jailbreak", "system_prompt_extraction",
         "delimiter_termination", "fake_turn", "authority_claim", "exfiltration",
         "tool_redirection", "hidden_instruction")
"""The kinds of the `prompt_injection` category."""

META = "meta"
"""The universal class of the vocabulary of texts *about* prompt injection."""

CONTEXTS = ("user", "system", "untrusted", "output")
"""Where a slot's text comes from: the user's prompt, the developer's system prompt,
content from the world (tool results, fetched pages, mail), or the model's output."""

WORD_BYTES = r"0-9a-z_\x80-\xff"
_W = f"[{WORD_BYTES}]"
_NW = f"[^{WORD_BYTES}]"
_BEFORE_WORD = f"(?:^|{_NW})"
_REF = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_GAP = re.compile(r"^g([0-9]{1,3})$")
_LOOKAROUND = re.compile(r"\(\?<[=!]|\(\?=")
"""Lookbehind and positive lookahead are refused; a negative lookahead (`ignor(?!e
case)`) is allowed, as only `re` runs an entry (Hyperscan runs its stem). What may not
stand before a class's entries is its `not_after` (`_not_after`)."""
_MAX_WIDTH = 2000
"""The widest match a rule may have, in bytes: where a match ends, its start is looked
for this far back at most."""



def _opening(entry: str) -> str:
    """The letters an entry can open with, as one string (`(?:ai|llm) agents?` opens
    with `al`): its first literal, or every first literal of a group of alternatives
    that opens it; "" when something else may open it (a class, an optional part). An
    entry opened by letters of one kind starts a word as one opened by a letter does:
    `(?:ai|bot) agents?` is not found in `mai\nagent`."""
    if entry[:1] != "(":
        return entry[:1]
    try:
        items = _parser.parse(entry)
    except re.error:
        return ""

    def first(seq: Any) -> str:
        if not len(seq):
            return ""
        op, av = seq[0]
        if op is _constants.LITERAL:
            return chr(av)
        if op is _constants.SUBPATTERN:
            return first(av[3])
        if op is _constants.BRANCH:
            got = [first(branch) for branch in av[1]]
            return "" if not all(got) else "".join(dict.fromkeys("".join(got)))
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1:
            return first(av[2])
        return ""

    got = first(items)
    if got.isascii() and got.isalnum() or got.isalpha() and not any(c.isascii() for c in got):
        return got[0]
    return ""


def data_folder() -> Traversable:
    """Where the shipped lexicons are (`guards/data/injection`)."""
    return resources.files("secproxy.guards").joinpath("data", "injection")


def _parse(name: str, text: str) -> dict[str, Any]:
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise GuardSettingsError(f"injection lexicon {name}.yaml is not a mapping")
    _refuse_repeated_keys(name, text)
    return data


_KEY_LINE = re.compile(r"^( {0,2})([A-Za-z_][A-Za-z0-9_]*):(?=\s)", re.M)


def _refuse_repeated_keys(name: str, text: str) -> None:
    """A top-level key, or a key of one top-level block (a class of `classes:`), named
    twice. YAML keeps the second and drops the first without a word: a class added under
    a name in use replaced the older one's entries for every rule reading it. (The C
    loader has no hook for it; this reads the lines, as the files are laid out.)"""
    seen: dict[tuple[str, str], int] = {}
    block = ""
    line, at = 1, 0
    for m in _KEY_LINE.finditer(text):
        indent, key = m.group(1), m.group(2)
        if not indent:
            block = key
        line += text.count("\n", at, m.start())
        at = m.start()
        first = seen.setdefault((block if indent else "", key), line)
        if first != line:
            where = f"`{key}` in `{block}`" if indent else f"`{key}`"
            raise GuardSettingsError(
                f"injection lexicon {name}.yaml: {where} is given twice (lines {first} and "
                f"{line}); the second would silently replace the first")


_OPEN_REPEAT = re.compile(r"(?<!\\)\{([0-9]+),\}")
_WIDE_CLASS = re.compile(r"\[(?!\^)((?:\\.|[^\]\\])+)\]")


def _widen(m: re.Match[str]) -> str:
    """A `[...]` class holding non-ASCII characters as an alternation (over bytes, a
    class holds single bytes only)."""
    body = m.group(1)
    if body.isascii():
        return m.group(0)
    wide = "".join(dict.fromkeys(c for c in body if not c.isascii()))
    narrow = "".join(c for c in body if c.isascii())
    alts = ([f"[{narrow}]"] if narrow else []) + list(wide)
    return "(?:" + "|".join(alts) + ")"


def _not_after(chars: object, where: str) -> str:
    """A class's `not_after`: ASCII punctuation none of whose characters may stand just
    before an entry (`/` for words that are a path's segment in `/api/v1/tokens`, `-` for
    a program's name in `ssh-agent`), as a lookbehind the compiler writes itself."""
    if not isinstance(chars, str) or not all(c.isascii() and not c.isalnum() and not
                                             c.isspace() for c in chars):
        raise GuardSettingsError(f"injection lexicon {where}: not_after takes ASCII "
                                 f"punctuation (got {chars!r})")
    return f"(?<![{re.escape(chars)}])" if chars else ""


def _not_before(chars: object, where: str) -> str:
    """A class's `not_before`: punctuation none of whose characters may follow an entry's
    word (`secrets` in `secrets/gcp.json` names a folder), as a lookahead past the rest of
    the word."""
    return _not_after(chars, where).replace("(?<!", f"(?![{WORD_BYTES}.-]{{0,40}}", 1)


def _bytes_syntax(fragment: str, where: str) -> str:
    """A fragment in the shared byte syntax: `\\w`, `\\W` and `\\b` over word bytes,
    unbounded repeats bounded, a space as a short run of whitespace, classes of
    non-ASCII characters as alternations."""
    if _LOOKAROUND.search(fragment):
        raise GuardSettingsError(f"injection lexicon {where}: no lookaround allowed "
                                 f"({fragment!r})")
    fragment = _WIDE_CLASS.sub(_widen, fragment)
    fragment = _OPEN_REPEAT.sub(lambda m: f"{{{m.group(1)},{int(m.group(1)) + 24}}}", fragment)
    out: list[str] = []
    in_class = escaped = False
    i = 0
    while i < len(fragment):
        c = fragment[i]
        if escaped:
            escaped = False
            if c == "w":
                out[-1] = WORD_BYTES if in_class else _W
            elif c == "W":
                if in_class:
                    raise GuardSettingsError(f"injection lexicon {where}: \\W in a class")
                out[-1] = _NW
            elif c == "b" and not in_class and i >= 2 and not fragment[i - 2].isascii():
                # Over bytes, `\\b` sees no boundary after a non-ASCII letter: the end
                # of such a word is a following non-word byte (the scanned text ends
                # with a line break, so there always is one).
                out[-1] = _NW
            else:
                out[-1] += c
            i += 1
            continue
        if c == "\\":
            escaped = True
            out.append("\\")
        elif c == "[" and not in_class:
            in_class = True
            out.append(c)
        elif c == "]" and in_class:
            in_class = False
            out.append(c)
        elif in_class and not c.isascii():
            raise GuardSettingsError(f"injection lexicon {where}: non-ASCII character in a "
                                     f"[...] class ({fragment!r}); use an alternation")
        elif c == " " and not in_class:
            optional = fragment[i + 1:i + 2] == "?"
            out.append(r"\s{0,3}" if optional else r"\s{1,3}")
            i += 2 if optional else 1
            continue
        elif c in "*+" and not in_class and out and not out[-1].endswith("\\"):
            out.append("{0,24}" if c == "*" else "{1,24}")
        elif not c.isascii() and not in_class and fragment[i + 1:i + 2] in _QUANTIFIERS:
            # Over bytes, a quantifier after a non-ASCII character would repeat its
            # last byte only (`已经?` would need `已` and half of `经`): the whole
            # character is repeated.
            out.append(f"(?:{c})")
        else:
            out.append(c)
        i += 1
    return "".join(out)


_QUANTIFIERS = ("?", "*", "+", "{")


class _Builder:
    """Expands one language's classes and templates."""

    def __init__(self, lang: str, data: Mapping[str, Any], base: Mapping[str, Any]):
        self.lang = lang
        self.spaced = bool(data.get("spaced", True))
        self.scale = float(data.get("gapscale", 1.0))
        self.own: dict[str, Any] = dict(data.get("classes") or {})
        self.base: dict[str, Any] = dict(base.get("classes") or {}) if base is not data else {}
        self._expanded: dict[str, str] = {}
        self.entries: dict[str, list[tuple[str, str]]] = {}
        """Per class: each entry's expression and the word start it needs (`ascii`:
        `\\b`, `other`: no word byte before it, ``: none)."""

    def has(self, name: str) -> bool:
        return name in self.own or name in self.base

    def _spec(self, name: str) -> tuple[dict[str, Any], bool]:
        if name in self.own:
            spec, own = self.own[name], True
        elif name in self.base:
            spec, own = self.base[name], False
        else:
            raise GuardSettingsError(f"injection lexicon {self.lang}: unknown class {name}")
        return (spec if isinstance(spec, dict) else {"re": spec}), own

    def klass(self, name: str, stack: tuple[str, ...] = ()) -> str:
        got = self._expanded.get(name)
        if got is not None:
            return got
        if name in stack:
            raise GuardSettingsError(f"injection lexicon {self.lang}: class {name} refers "
                                     "to itself")
        spec, own = self._spec(name)
        entries = spec.get("re", [])
        if not isinstance(entries, list) or not entries or not all(
                isinstance(e, str) and e for e in entries):
            raise GuardSettingsError(f"injection lexicon {self.lang}: class {name} must be "
                                     "a non-empty list of non-empty strings")
        where = f"{self.lang if own else 'universal'}.{name}"
        raw = bool(spec.get("raw", False))
        bound = self.spaced and own and spec.get("bound", True)
        after = _not_after(spec.get("not_after", ""), where)
        before = _not_before(spec.get("not_before", ""), where)
        alts = []
        parts = self.entries[name] = []
        for entry in dict.fromkeys(entries):
            if raw:
                alts.append(entry)
                parts.append((entry, ""))
                continue
            body = after + self.expand(_bytes_syntax(entry, where), (*stack, name)) + before
            first = _opening(entry) if bound else ""
            start = ""
            if bound and first.isascii() and first.isalnum():
                start = "ascii"
                parts.append((body, start))
                body = r"\b" + body
            elif bound and not first.isascii() and first.isalpha():
                start = "other"
                parts.append((body, start))
                body = _BEFORE_WORD + body
            else:
                parts.append((body, start))
            alts.append(body)
        got = self._expanded[name] = "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")"
        return got

    def expand(self, template: str, stack: tuple[str, ...] = ()) -> str:
        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            gap = _GAP.match(name)
            if gap:
                return rf"[\s\S]{{0,{round(int(gap.group(1)) * self.scale)}}}"
            return self.klass(name, stack)
        return _REF.sub(sub, template)

    def owner(self, name: str) -> str:
        """Which lexicon defines class `name` (classes of `universal.yaml` are shared)."""
        return self.lang if name in self.own else "universal"

    def names(self, template: str) -> list[str]:
        return [n for n in _REF.findall(template) if not _GAP.match(n)]



def _cue(data: Mapping[str, Any], key: str, where: str) -> re.Pattern[str] | None:
    got = data.get(key)
    if not got:
        return None
    alts = "|".join(got) if isinstance(got, list) else got
    return re.compile(f"(?:{alts}){where}")




# --- Literal prefilters -------------------------------------------------------------
# Every class entry is found by a literal it cannot match without (a "stem"), taken
# from its parsed expression; Hyperscan finds the stems, Python's `re` confirms the
# entry in a window around each stem found.

_SETMAX = 32
"""Most strings a literal set may hold (alternations expand into sets)."""
_B = 0
"""Marks `\\b` inside a stem (the byte 0 never occurs in lowercased stems)."""
_MARKS = bytes((_B,))
SPACES = bytes.maketrans(b"\t\n\r\x0b\x0c", b"     ")
"""Turns every whitespace byte into a space: stems are scanned in this copy of the text,
where `system prompt` finds a line-broken `system\\nprompt` too."""
_Lits = frozenset[bytes]


def _product(a: _Lits, b: _Lits) -> _Lits | None:
    if len(a) * len(b) > _SETMAX:
        return None
    return frozenset(x + y for x in a for y in b)


def _node(op: Any, av: Any) -> tuple[_Lits | None, list[tuple[_Lits, bool]]]:
    """What one parsed node matches exactly (a small set of strings), or else the
    literal sets one of whose strings every match of it holds."""
    c = _constants
    if op is c.LITERAL:
        return frozenset((bytes((av,)),)), []
    if op is c.ASSERT_NOT:
        return frozenset((b"",)), []
    if op is c.AT:
        return frozenset((bytes((_B,)) if av is c.AT_BOUNDARY else b"",)), []
    if op is c.IN:
        chars: set[bytes] = set()
        for iop, iav in av:
            if iop is c.LITERAL:
                chars.add(bytes((iav,)))
            elif iop is c.RANGE and iav[1] - iav[0] < 8:
                chars.update(bytes((x,)) for x in range(iav[0], iav[1] + 1))
            else:
                return None, []
        return (frozenset(chars), []) if len(chars) <= 8 else (None, [])
    if op is c.SUBPATTERN:
        return _seq(av[-1])[:2]
    if op is c.BRANCH:
        exact: set[bytes] | None = set()
        need: set[bytes] | None = set()
        for alt in av[1]:
            ex, cands, _ = _seq(alt)
            if ex is not None and exact is not None:
                exact |= ex
            else:
                exact = None
            best = ex if ex is not None else _best(cands)
            if need is None or best is None or _score(best)[2] == 0:
                need = None
            else:
                need |= best
        if exact is not None and len(exact) <= _SETMAX:
            return frozenset(exact), []
        return None, [(frozenset(need), False)] if need else []
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        if list(sub) == [(c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)])] and high == 3 and low < 2:
            # An entry's space: one space in the scanned copy of the text, where every
            # whitespace character is a space (runs of several are not looked for).
            return frozenset((b" ",) if low else (b"", b" ")), []
        ex, cands, _ = _seq(sub)
        if low == 0:
            if high == 1 and ex is not None:
                return frozenset(ex | {b""}), []
            return None, []
        if ex is not None and low == high:
            got: _Lits | None = frozenset((b"",))
            for _ in range(low):
                got = _product(got, ex) if got is not None else None
            if got is not None:
                return got, []
        out = list(cands)
        if ex is not None:
            out.append((ex, False))
        return None, [(s, False) for s, _ in out]
    return None, []


def _seq(items: Any) -> tuple[_Lits | None, list[tuple[_Lits, bool]], bool]:
    """A sequence's exact strings (None when unbounded or too many), its candidate
    literal sets with whether each opens the sequence, and whether it was cut."""
    cur: _Lits = frozenset((b"",))
    at_start = True
    cut = False
    cands: list[tuple[_Lits, bool]] = []
    for op, av in items:
        ex, sub = _node(op, av)
        joined = _product(cur, ex) if ex is not None else None
        if joined is not None:
            cur = joined
            continue
        if cur != {b""}:
            cands.append((cur, at_start))
        cands += [(s, False) for s, _ in sub]
        if ex is not None:  # too many strings to join: a fresh run from this node
            cur = ex
        else:
            cur = frozenset((b"",))
        at_start, cut = False, True
    if cut:
        if cur != {b""}:
            cands.append((cur, at_start))
        return None, cands, True
    return cur, cands, False


_COMMON = frozenset(w.encode() for w in (
    "the this that these those there their them they then than what when which with will "
    "would your you yours from have has had been were was are and for not but all any "
    "every each some such only also just more most now new old other into onto over "
    "about after before under here system mode never always one two our out use used "
    "user data file files text page content message messages info time make made like "
    "les des une pour dans avec pas sont tous toutes vous votre der die das und ist "
    "nicht eine mit den dem ich alle los las que del una por para con son che della "
    "per non gli sono het een van niet voor zijn deze").split())
"""Words too frequent to find an entry by (a stem that is one of them counts as one
byte long)."""


def _score(lits: _Lits) -> tuple[int, int, int]:
    """How good a literal set is as a stem: its shortest string (markers not counted;
    from four bytes on a stem is rare enough), then how few strings it holds (each is a
    Hyperscan expression), then its shortest string again."""
    size = min(1 if s.translate(None, _MARKS).strip() in _COMMON else
               len(s.translate(None, _MARKS)) for s in lits)
    return min(4, size), -len(lits), size


def _best(cands: list[tuple[_Lits, bool]]) -> _Lits | None:
    return max((s for s, _ in cands), key=_score, default=None)


_LOOKS = re.compile(r"\(\?<?[!=]")


def _stems(body: str, where: str) -> tuple[_Lits, bool, int]:
    """The literals one of which every match of `body` holds, whether they open it, and
    its longest match in bytes — counting what its lookarounds look at, as an entry is
    confirmed in a window that wide around its stem (`\\.env\\b(?!\\.example)` must see
    `.example`)."""
    try:
        parsed = _parser.parse(body.encode("utf-8"))
        width = min(int(_parser.parse(_LOOKS.sub("(?:", body).encode("utf-8")).getwidth()[1]),
                    _MAX_WIDTH)
    except (re.error, OverflowError) as exc:
        raise GuardSettingsError(f"injection lexicon {where}: {exc}") from None
    ex, cands, _ = _seq(list(parsed))
    if ex is not None:
        cands = [*cands, (ex, True)]
    best = max(cands, key=lambda c: (_score(c[0]), c[1]), default=None)
    if best is None or _score(best[0])[2] == 0:
        raise GuardSettingsError(f"injection lexicon {where}: no literal in {body[:60]!r}")
    return best[0], best[1], width


def _hs_literal(lit: bytes, start: str) -> bytes:
    """A stem as a Hyperscan expression, with the word start its entry requires when it
    is short (a long stem is rare anyway, and pure literals compile and scan fastest)."""
    if len(lit.translate(None, _MARKS)) >= 5:
        lit, start = lit.replace(bytes((_B,)), b""), ""
    body = b"".join(_MARK_EXPR.get(c) or b"\\x%02x" % c for c in lit)
    if start == "ascii":
        return b"\\b" + body if lit[:1].isalnum() else body
    if start == "other":
        return b"(?:^|[^" + WORD_BYTES.encode() + b"])" + body
    return body


_MARK_EXPR = {_B: rb"\b"}
_STARTS = {"ascii": rb"\b", "other": rb"(?<![" + WORD_BYTES.encode() + rb"])", "": b""}


@dataclass
class Entry:
    """One class entry: its stems' Hyperscan ids point here."""

    cls: int
    """Index of its class in `Lexicon.classes`."""
    pattern: bytes
    width: int
    """Its longest match, in bytes."""
    scripts: int = 0
    """The script groups every match holds a character of (`scripts`): each of its
    stems does — a text without one of them cannot match it."""
    _regex: re.Pattern[bytes] | None = None

    @property
    def regex(self) -> re.Pattern[bytes]:
        """The confirming expression, compiled at first use (most entries never are)."""
        if self._regex is None:
            self._regex = re.compile(self.pattern)
        return self._regex


_ASCII = bytes(range(128))
_SCRIPT_GROUPS = ((0xC2, 0xCF), (0xD0, 0xD4), (0xD5, 0xD7), (0xD8, 0xDB), (0xDC, 0xDF),
                  (0xE0, 0xE0), (0xE1, 0xE1), (0xE2, 0xE2), (0xE3, 0xE9), (0xEA, 0xED),
                  (0xEE, 0xEF), (0xF0, 0xF4))
"""UTF-8 lead bytes by the scripts they start, one bit each: Latin supplements, Greek
and IPA; Cyrillic; Armenian and Hebrew; Arabic; Syriac and Thaana; Indic and Thai (0xE0);
other scripts; punctuation and symbols; kana and CJK ideographs; Hangul; private use and
full-width forms; four-byte characters."""
_SCRIPT_BIT = [0] * 256
for _bit, (_lo, _hi) in enumerate(_SCRIPT_GROUPS):
    for _b in range(_lo, _hi + 1):
        _SCRIPT_BIT[_b] = 1 << _bit


def scripts(data: bytes) -> int:
    """The script groups of the characters in UTF-8 `data` (`_SCRIPT_GROUPS`), as a bit
    mask: which scripts it holds, by their characters' lead bytes."""
    if data.isascii():  # most texts: no pass building a copy of the text
        return 0
    mask = 0
    for b in set(data.translate(None, _ASCII)):
        mask |= _SCRIPT_BIT[b]
    return mask


_ENDS = (rb"[.!?;][\"')\]]{0,3}\s|\xe3\x80\x82|\xef\xbc[\x81\x9f\x9b]|\xe0\xa5\xa4|\xd8\x9f"
         rb"|\n[ \t]*(?:\n|#|//|/\*|\*|--|<!--|[0-9]{4}-[0-9]{2}-[0-9]{2})"
         rb"|\n[ \t]{0,8}[a-z0-9][a-z0-9_,.-]{0,39}[ \t]{2,}")
CLAUSE_ENDS = {"sentence": re.compile(_ENDS), "line": re.compile(_ENDS + rb"|\n")}
"""What ends a sentence, in the lowercased text's UTF-8 bytes (see `Rule.clause`): a full
stop, question or exclamation mark or semicolon (closing quotes or brackets may follow)
before a space; the CJK, Devanagari and Arabic marks; a blank line, and a line break
before a new comment line, a dated log record (in code and logs one line is one
statement) or a table's row (a word, then a column's spaces: `sync      Sync records
with…` in a CLI's help) — or, for `line`, any line break."""


@dataclass(frozen=True, slots=True)
class Step:
    """One position of a rule: any of `classes`, at most `gap` bytes after the
    previous position's end."""

    classes: tuple[int, ...]
    gap: int


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled rule."""

    id: str
    """`<lang>.<name>`, unique."""
    lang: str
    """A language code, or `universal`."""
    kind: str
    weight: float
    ctx: Mapping[str, float]
    """Factor per context (missing: 1.0)."""
    label: str
    """What the rule detects, for messages."""
    orders: tuple[tuple[Step, ...], ...] = ()
    """A class rule: its classes in each order it accepts, with the gaps between them."""
    needs: tuple[frozenset[int], ...] = ()
    """Its positions other than the anchor's, each a set of classes any of which does."""
    anchor: int = -1
    """The rule's distinctive class: no hit of it in a text, no match of the rule."""
    reach: int = 0
    """How far from its anchor's hit a match of the rule may reach, in bytes."""
    regex: re.Pattern[bytes] | None = None
    """A universal rule's expression over the lowercased text's UTF-8 bytes (found by
    Hyperscan as a whole, located by `re` in a window)."""
    width: int = 0
    """A universal rule's longest match, in bytes."""
    line_start: bool = False
    """Matches only at the start of a line (after indentation and markup)."""
    clause: str = ""
    """A class rule whose classes must stand in one sentence (`sentence`) or one line
    (`line`): what ends one (`CLAUSE_ENDS`) may not lie between them. An
    order to send secrets somewhere is one sentence; the same words strewn over a text
    (a comment's verb, the next line's variable) are not one."""


@dataclass(frozen=True, slots=True)
class Language:
    """One language's context cues, over the lowercased text (not bytes)."""

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
    """Every rule of every language, the class entries, and their databases."""

    rules: tuple[Rule, ...]
    classes: tuple[str, ...]
    """`<lang>.<name>` of each class, by index."""
    entries: tuple[Entry, ...]
    stems: tuple[tuple[int, ...], ...]
    """The entries of each stem (by Hyperscan id), as `entry index * 2 + opens`:
    an entry that opens with the stem is tried at one place only."""
    stem_len: tuple[int, ...]
    """Each stem's length in bytes."""
    anchors: Any
    """Hyperscan database of the anchor classes' stems (ids below `len(stems)`) and
    the function words of the languages (ids from `len(stems) + len(rules)`), scanned
    over every text with its whitespace turned into spaces (`SPACES`)."""
    universal: Any
    """Hyperscan database of the universal rules (id: rule index), over the text."""
    common: Mapping[str, Any]
    """Per language, the database of its other classes' stems: scanned only in
    windows around the language's anchor hits."""
    meta: Any
    """Database of the vocabulary of texts about prompt injection (one id per term)."""
    by_anchor: Mapping[int, tuple[int, ...]]
    """The class rules of each anchor class (indexes in `rules`)."""
    lang_of: tuple[str, ...]
    """The language of each class."""
    marked: tuple[str, ...] = ()
    """The languages recognised by their function words (id `len(stems) + len(rules)
    + position` in `anchors`): the others' rules always run."""
    markers: Mapping[str, re.Pattern[bytes]] = field(default_factory=dict)
    """Each marked language's function words, looked for near its anchors' hits."""
    languages: Mapping[str, Language] = field(default_factory=dict)


_TOKEN = re.compile(r"\{g([0-9]{1,3})\}|\{([a-z_][a-z0-9_]*)\}"
                    r"|\(\?:((?:\{[a-z_][a-z0-9_]*\}\|?)+)\)")


def _steps(b: _Builder, template: str, cls: dict[str, int], rid: str) -> tuple[Step, ...] | None:
    """A template of classes and gaps as steps; None when it holds other syntax."""
    steps: list[Step] = []
    gap, at = 0, 0
    for m in _TOKEN.finditer(template):
        if m.start() != at:
            return None
        at = m.end()
        if m.group(1):
            gap = round(int(m.group(1)) * b.scale)
            continue
        names = [m.group(2)] if m.group(2) else _REF.findall(m.group(3))
        steps.append(Step(tuple(cls[f"{b.owner(n)}.{n}"] for n in names), gap))
        gap = 0
    return tuple(steps) if at == len(template) and steps else None


def _width(pattern: str) -> int:
    try:
        return int(_parser.parse(pattern).getwidth()[1])
    except (re.error, OverflowError) as exc:
        raise GuardSettingsError(f"injection lexicon: {exc}") from None


class _Classes:
    """The classes used by rules, numbered, with their entries."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.names: list[str] = []
        self.lang: list[str] = []
        self.entries: list[Entry] = []
        self.stems: list[tuple[bytes, int, int]] = []
        """(Hyperscan expression, entry index * 2 + opens, length) of every stem."""
        self.of_class: dict[int, list[int]] = {}

    def add(self, b: _Builder, name: str) -> int:
        key = f"{b.owner(name)}.{name}"
        if key in self.index:
            return self.index[key]
        b.klass(name)
        ci = self.index[key] = len(self.names)
        self.names.append(key)
        self.lang.append(b.owner(name))
        for body, start in b.entries[name]:
            stems, opens, width = _stems(body, key)
            pattern = _STARTS[start] + body.encode("utf-8")
            ei = len(self.entries)
            # The scripts every stem holds: every match holds one of the stems.
            needs = -1
            for s in stems:
                needs &= scripts(s)
            self.entries.append(Entry(ci, pattern, width, max(needs, 0)))
            self.of_class.setdefault(ci, []).append(ei)
            # Sorted: the stems' Hyperscan ids, and so the order hits are confirmed in,
            # must not depend on the interpreter's string hashing.
            # The length is the stem's bytes, word-boundary marks not counted: an entry
            # opened by its stem is confirmed at the hit's end less this length, which
            # every entry sharing the stem's expression uses (the first one's).
            for s in sorted(stems):
                fixed = bytes((_B,)) not in s
                self.stems.append((_hs_literal(s, start if opens else ""),
                                   ei * 2 + int(opens and fixed),
                                   len(s.translate(None, _MARKS))))
        return ci


def _class_rules(b: _Builder, specs: list[Any], distinctive: list[str], cl: _Classes,
                 prefix: str) -> list[Rule]:
    """The grammar's class rules for builder `b`'s language (a rule naming a class the
    language lacks is skipped)."""
    out = []
    for spec in specs:
        rid = f"{prefix}.{spec.get('id')}"
        kind = spec.get("kind")
        if kind not in KINDS:
            raise GuardSettingsError(f"injection rule {rid}: unknown kind {kind!r}")
        group = spec.get("any")
        if group is not None:
            gap = spec.get("gap", 40)
            if not isinstance(group, list) or not 2 <= len(group) <= 4 or not isinstance(
                    gap, int):
                raise GuardSettingsError(f"injection rule {rid}: `any` takes 2 to 4 class "
                                         "names and `gap` a number of characters")
            templates = [f"{{g{gap}}}".join(f"{{{n}}}" for n in order)
                         for order in itertools.permutations(group)]
        else:
            template = spec.get("re")
            if not isinstance(template, str):
                raise GuardSettingsError(f"injection rule {rid}: `re` or `any` is required")
            templates = [template]
        named = list(dict.fromkeys(n for t in templates for n in b.names(t)))
        if not all(b.has(n) for n in named):
            continue
        for n in named:
            cl.add(b, n)
        orders = []
        for t in templates:
            steps = _steps(b, t, cl.index, rid)
            if steps is None:
                raise GuardSettingsError(f"injection rule {rid}: a grammar rule is classes "
                                         f"and gaps only ({t!r})")
            orders.append(steps)
        anchor = next((n for n in named if n in distinctive), None)
        if anchor is None:
            raise GuardSettingsError(f"injection rule {rid}: names no distinctive class")
        # The farthest another class's hit may lie from the anchor's: the gaps, and
        # what the classes in between usually span.
        reach = max(sum(s.gap for s in o) for o in orders) + 24 * (len(orders[0]) - 1)
        ctx = dict(spec.get("ctx", {}))
        if set(ctx) - set(CONTEXTS):
            raise GuardSettingsError(f"injection rule {rid}: unknown context in {sorted(ctx)}")
        clause = spec.get("clause")
        if clause is not None and clause not in CLAUSE_ENDS:
            raise GuardSettingsError(f"injection rule {rid}: clause is one of "
                                     f"{', '.join(CLAUSE_ENDS)} (got {clause!r})")
        ai = cl.index[f"{b.owner(anchor)}.{anchor}"]
        needs = tuple(frozenset(st.classes) for st in orders[0] if ai not in st.classes)
        out.append(Rule(rid, b.lang, kind, float(spec.get("w", 0.5)), ctx,
                        str(spec.get("label") or spec.get("id")), tuple(orders), needs,
                        ai, min(reach, _MAX_WIDTH),
                        clause=clause or ""))
    return out


def _raw_rules(b: _Builder, specs: list[Any]) -> list[Rule]:
    """The universal rules: whole expressions."""
    out = []
    for spec in specs:
        rid = f"universal.{spec.get('id')}"
        kind = spec.get("kind")
        if kind not in KINDS:
            raise GuardSettingsError(f"injection rule {rid}: unknown kind {kind!r}")
        template = spec.get("re")
        if not isinstance(template, str):
            raise GuardSettingsError(f"injection rule {rid}: `re` is required")
        pattern = b.expand(_bytes_syntax(template, rid))
        if spec.get("line_start"):
            # Two spaces: a line break escaped inside a JSON or code string (`\\n`),
            # which the scanner blanks to two spaces of the same width.
            pattern = rf"(?:^|\n|  )[ \t>*#_\[(<\-/]{{0,6}}(?:{pattern})"
        try:
            regex = re.compile(pattern.encode("utf-8"))
        except re.error as exc:
            raise GuardSettingsError(f"injection rule {rid}: {exc}") from None
        width = _width(pattern)
        if width > _MAX_WIDTH:
            raise GuardSettingsError(f"injection rule {rid}: matches up to {width} bytes "
                                     f"(at most {_MAX_WIDTH})")
        ctx = dict(spec.get("ctx", {}))
        if set(ctx) - set(CONTEXTS):
            raise GuardSettingsError(f"injection rule {rid}: unknown context in {sorted(ctx)}")
        out.append(Rule(rid, "universal", kind, float(spec.get("w", 0.5)), ctx,
                        str(spec.get("label") or spec.get("id")), regex=regex, width=width,
                        line_start=bool(spec.get("line_start", False))))
    return out


def _compile(exprs: list[bytes], ids: list[int], flags: list[int], what: str) -> Any:
    try:
        db = hscache.build(exprs, ids, flags)
    except _hs.error as exc:
        raise GuardSettingsError(f"injection lexicon: Hyperscan refused the {what}: "
                                 f"{exc}") from None
    return db


def build_lexicon(languages: tuple[str, ...], texts: Mapping[str, str]) -> Lexicon:
    """The rules of `languages` (plus the universal ones) and their databases, from the
    lexicon files' texts (`universal` and each language, by name)."""
    if _hs is None:  # pragma: no cover - hyperscan is a dependency
        raise GuardSettingsError("injection: the hyperscan package is required")
    base = _parse("universal", texts["universal"])
    grammar = base.get("grammar") or []
    distinctive = list(base.get("distinctive") or ())
    cl = _Classes()
    ub = _Builder("universal", base, base)
    rules = _raw_rules(ub, base.get("rules") or [])
    langs: dict[str, Language] = {}
    markers: dict[str, bytes] = {}
    for lang in languages:
        data = _parse(lang, texts[lang])
        words = data.get("markers")
        if words:
            alts = b"|".join(re.escape(str(w).encode("utf-8")) for w in words)
            nw = f"[^{WORD_BYTES}]".encode()
            markers[lang] = b"(?:^|" + nw + b")(?:" + alts + b")" + nw
        b = _Builder(lang, data, base)
        skip = set(data.get("skip") or ())
        rules += _class_rules(b, [g for g in grammar if g.get("id") not in skip],
                              distinctive, cl, f"{lang}.g")
        langs[lang] = Language(lang, _cue(data, "neg", r"[\s*_]{0,3}$"),
                               _cue(data, "neg_after", ""), _cue(data, "hedge", ""))
    if len({r.id for r in rules}) != len(rules):
        raise GuardSettingsError("injection lexicon: duplicate rule ids")
    anchor_classes = {r.anchor for r in rules if r.anchor >= 0}
    by_anchor: dict[int, list[int]] = {}
    for i, r in enumerate(rules):
        if r.anchor >= 0:
            by_anchor.setdefault(r.anchor, []).append(i)
    # One Hyperscan id per distinct stem expression (many entries share a stem), with
    # the anchor stems and each language's other stems in separate databases.
    table: dict[bytes, int] = {}
    stem_entries: list[list[int]] = []
    a_ids: dict[int, None] = {}
    common: dict[str, dict[int, None]] = {}
    stem_len: list[int] = []
    for expr, ei, size in cl.stems:
        ci = cl.entries[ei // 2].cls
        groups = (("",) if ci in anchor_classes else
                  languages if cl.lang[ci] == "universal" else (cl.lang[ci],))
        for group in groups:
            sid = table.setdefault(expr + b"\0" + group.encode(), len(table))
            if sid == len(stem_entries):
                stem_entries.append([])
                stem_len.append(size)
            if ei not in stem_entries[sid]:
                stem_entries[sid].append(ei)
            if group:
                common.setdefault(group, {})[sid] = None
            else:
                a_ids[sid] = None
    exprs = [k.rsplit(b"\0", 1)[0] for k in table]
    n = len(exprs)
    a_exprs = [exprs[i] for i in a_ids]
    a_flags = [0] * len(a_exprs)
    ids = list(a_ids)
    raw = [i for i, r in enumerate(rules) if r.regex is not None]
    universal = _compile([_hs_expression(r.regex.pattern) for r in rules if r.regex], raw,
                         [_hs.HS_FLAG_SINGLEMATCH | _hs.HS_FLAG_PREFILTER] * len(raw),
                         "universal rules")
    for i, expr in enumerate(markers.values()):
        a_exprs.append(expr)
        ids.append(n + len(rules) + i)
        a_flags.append(_hs.HS_FLAG_SINGLEMATCH)
    anchors = _compile(a_exprs, ids, a_flags, "anchor classes and universal rules")
    dbs = {lang: _compile([exprs[i] for i in got], list(got), [0] * len(got),
                          f"{lang} classes") for lang, got in common.items()}
    ub.klass(META)
    meta_terms = [term for term, _ in ub.entries[META]]
    meta = _compile([t.encode("utf-8") for t in meta_terms], list(range(len(meta_terms))),
                    [_hs.HS_FLAG_SINGLEMATCH] * len(meta_terms), "meta vocabulary")
    return Lexicon(tuple(rules), tuple(cl.names), tuple(cl.entries),
                   tuple(tuple(e) for e in stem_entries), tuple(stem_len), anchors, universal,
                   dbs, meta,
                   {k: tuple(v) for k, v in by_anchor.items()}, tuple(cl.lang), tuple(markers),
                   {k: re.compile(v) for k, v in markers.items()}, langs)


_COUNTED = re.compile(rb"(?<!\\)\{([0-9]+),([0-9]+)\}")


def _hs_expression(pattern: bytes) -> bytes:
    """A universal rule's expression for Hyperscan, loosened to compile fast (wide
    counted repeats left open, and Hyperscan's prefilter mode): it may find more than
    the rule, never less — `re` locates the rule's own matches after a hit."""
    def loosen(m: re.Match[bytes]) -> bytes:
        low, high = int(m.group(1)), int(m.group(2))
        if high < 12:
            return m.group(0)
        return b"*" if low == 0 else b"+" if low == 1 else b"{%d,}" % low
    return _COUNTED.sub(loosen, pattern)


def new_scratch(database: Any) -> Any:
    """Hyperscan scratch space for `database` (one per thread scanning it)."""
    return _hs.Scratch(database)


__all__ = ["CONTEXTS", "KINDS", "LANGUAGES", "META", "WORD_BYTES", "SPACES", "Entry", "Language",
           "Lexicon", "Rule", "Step", "build_lexicon", "data_folder", "new_scratch"]
