"""Secrets that no provider prefix announces: values assigned to secret-like names,
secrets told in a sentence, credentials in URLs and command lines, bearer tokens and
BIP-39 seed phrases — and, on the assignment detector, the provider shapes that need a
keyword (`near()` rules of `secrets_rules`: 32 hex digits under `DATADOG_API_KEY`).

Each detector is a `Special`: a prefilter pattern for the shared multi-pattern scanner
(so a text without `password`, `://` or a run of short words never reaches it) and a
function that reads the text from where the scanner says a match can start and returns
`Found`s. What makes these detectors precise is not the pattern but the filters:
secret-like names (`db_password`, `apiKey`, `--token`) whose value is a literal, neither
a reference (`os.environ[…]`, `${VAR}`, `self.token`), a type (`token: str`), a
placeholder (`<your-key>`, `changeme`, `xxxx`), a path, a URL, a hash under a hash's name
nor a low-entropy word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from re import _parser as _sre_parse  # type: ignore[attr-defined]

from secproxy.guards import secrets_checks as chk
from secproxy.guards.scanner import Prefiltered, Window, required_literals
from secproxy.model import Severity


@dataclass(frozen=True, slots=True)
class Found:
    """One secret in a text."""

    kind: str
    start: int
    end: int
    severity: Severity
    message: str


@dataclass(frozen=True, slots=True)
class ContextRule:
    """A provider's value shape, recognised when assigned to a name near its keywords."""

    kind: str
    keywords: re.Pattern[str]
    """Searched in the lower-cased name and the 40 characters before it."""
    value: re.Pattern[str]
    """Matched in full against the value."""
    severity: Severity
    check: Callable[[str], bool] | None = None


@dataclass(frozen=True, slots=True)
class Options:
    """What the detectors of one configuration share."""

    min_entropy: float = 3.0
    require_checksum: bool = True
    context: tuple[ContextRule, ...] = ()
    gate: tuple[tuple[str, tuple[int, ...]], ...] = ()
    """Literals of the `context` rules' keywords, each with the rules that need it (one
    substring test per literal: faster than one search of all the keyword patterns)."""
    ungated: tuple[int, ...] = ()
    """Context rules whose keywords have no literal to test first."""

    @classmethod
    def build(cls, min_entropy: float, require_checksum: bool,
              context: tuple[ContextRule, ...]) -> Options:
        by_literal: dict[str, list[int]] = {}
        ungated = []
        for i, rule in enumerate(context):
            lits = required_literals(rule.keywords.pattern)
            if lits is None:
                ungated.append(i)
            for lit in lits or ():
                by_literal.setdefault(lit, []).append(i)
        gate = tuple((lit, tuple(ids)) for lit, ids in by_literal.items())
        return cls(min_entropy, require_checksum, context, gate, tuple(ungated))

    def context_rules(self, near: str) -> list[ContextRule]:
        """The context rules whose keywords may occur in `near` (lower case)."""
        ids = set(self.ungated)
        for lit, rule_ids in self.gate:
            if lit in near:
                ids.update(rule_ids)
        return [self.context[i] for i in sorted(ids)]


Finder = Callable[[Prefiltered, list[Window], Options, frozenset[int]], Iterator[Found]]
"""`find(prefiltered, windows, options, covered)`: the findings whose match starts in one
of `windows` (where the prefilter found a candidate); `covered` holds the start offsets of
what the provider formats found, which need not be judged again."""


@dataclass(frozen=True, slots=True)
class Special:
    """A detector with its own logic behind a scanner prefilter."""

    name: str
    prefilter: str
    """A pattern for the scanner that matches wherever the detector can find something,
    starting where the finding's match starts."""
    find: Finder
    every: bool = False
    """Windows around each prefilter match (`ScanRule.every`), not one from the first."""


def _reach(rx: re.Pattern[str]) -> int:
    """How far past a match's start confirming it may read."""
    return int(_sre_parse.parse(rx.pattern, rx.flags).getwidth()[1]) + 64


def _search(rx: re.Pattern[str], text: str, windows: list[Window], reach: int
            ) -> Iterator[re.Match[str]]:
    """The matches of `rx` that start in one of `windows`, in order."""
    pos = 0
    for lo, hi in windows:
        for m in rx.finditer(text, max(lo, pos), min(len(text), hi + reach)):
            if m.start() > hi:
                break
            pos = m.end()
            yield m


_A = re.ASCII
_IDENT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-$@")

# --- assignments --------------------------------------------------------------------

_KEYWORDS = (r"password|passwd|passphrase|passcode|pass|pwd|secret|token|api[_\-. ]?key"
             r"|access[_\-. ]?key|priv(?:ate)?[_\-. ]?key|auth[_\-.]?(?:key|code)"
             r"|credentials?|signing[_\-.]?key|encryption[_\-.]?key|master[_\-.]?key"
             r"|app[_\-.]?key|license[_\-.]?key|sas[_\-.]?key|account[_\-.]?key"
             r"|storage[_\-.]?key|shared[_\-.]?key"
             r"|conn(?:ection)?[_\-.]?str(?:ing)?|[_\-.]key")
"""Names that hold secrets. A name that only ends in `_key` (`ADMIN_KEY`, `WRITE_KEY`) is
weak: its value is reported only when a provider's keyword and shape say whose it is."""
_KEYWORDS_BY_LETTER = (
    r"p(?:ass(?:word|wd|phrase|code|)|wd|riv(?:ate)?[_\-. ]?key)"
    r"|s(?:ecret|igning[_\-.]?key|as[_\-.]?key|torage[_\-.]?key|hared[_\-.]?key)"
    r"|token"
    r"|a(?:pi[_\-. ]?key|ccess[_\-. ]?key|uth[_\-.]?(?:key|code)|pp[_\-.]?key"
    r"|ccount[_\-.]?key)"
    r"|c(?:redentials?|onn(?:ection)?[_\-.]?str(?:ing)?)"
    r"|encryption[_\-.]?key|master[_\-.]?key|license[_\-.]?key|[_\-.]key")
"""`_KEYWORDS` grouped by first letter, each group's words in their order there: the
same matches (no two groups can match at one place). `re` tries an alternation's
branches one by one at every place where one may start, and most letters of prose open
one: nine branches to try there instead of twenty-four halve the search."""
_KEYWORD = re.compile(_KEYWORDS_BY_LETTER, _A)
"""Found in the lower-cased text (a case-sensitive search is several times faster)."""
_VALUE_START = r"[\"'`]?[^\s$<{(\[,;})\]\"'`]{6}"
"""Six characters of a value that is neither a reference (`${X}`, `<name>`, `{{ x }}`,
`(…)`) nor too short to be a credential (which also skips most numbers)."""
ASSIGN_PREFILTER = (rf"(?i:{_KEYWORDS})[\w.\-]{{0,40}}(?:[\"'`\]]{{0,2}}\s{{0,3}}"
                    rf"(?::=|=>|==?|:|>)\s{{0,3}}{_VALUE_START}"
                    rf"|[\"'],\s{{0,3}}{_VALUE_START}|[\"']\s{{1,3}}(?i:value|content)\s{{0,2}}="
                    r"|[\"']?,\s{0,3}\"value\"\s{0,3}:|[\"']?[ \t]{0,3}\r?\n[ \t]{0,16}value:)")
FLAG_PREFILTER = (rf"--?[a-z0-9_.\-]{{0,30}}(?:{_KEYWORDS})[a-z0-9_.\-]{{0,20}}"
                  rf"[ \t]{{1,3}}{_VALUE_START}")
"""Command-line flags (`--db-password value`): lower case, as flags are written, which
the prefilter matches faster than a caseless pattern."""

_ASSIGN = re.compile(
    r"(?P<rest>[\w.\-]{0,40})(?P<kq>[\"'`]?)\]?"
    r"(?:\s{0,3}(?P<op>:=|=>|==|=|:|,)\s{0,3}|(?P<ws>[ \t]{1,3})|(?P<xml>>))"
    r"(?:\"(?P<dq>[^\"\r\n]{1,2048})\"|'(?P<sq>[^'\r\n]{1,2048})'|`(?P<bq>[^`\r\n]{1,2048})`"
    r"|(?P<bare>[^\s\"'`,;&<>(){}\[\]]{1,2048}))", _A)

_ATTR_VALUE = re.compile(
    r"[ \t]{1,3}(?i:value|content)\s{0,2}=\s{0,2}"
    r"(?:\"(?P<dq>[^\"\r\n]{1,2048})\"|'(?P<sq>[^'\r\n]{1,2048})')", _A)
"""The value attribute after a quoted name attribute (`<add key="apiKey" value="…"/>`)."""

_TYPED_VALUE = re.compile(
    r"[ \t]{0,3}[&\w\[\]<>.?]{1,40}[ \t]{0,3}=[ \t]{0,3}"
    r"(?:\"(?P<dq>[^\"\r\n]{1,2048})\"|'(?P<sq>[^'\r\n]{1,2048})')", _A)
"""The value after a type (`API_KEY: str = "…"`, `const KEY: &str = "…"`)."""
_PAIR_VALUE = re.compile(
    r"[ \t]{0,3},[ \t]{0,3}\"value\"[ \t]{0,3}:[ \t]{0,3}\"(?P<dq>[^\"\r\n]{1,2048})\""
    r"|[ \t]{0,3}\r?\n[ \t]{0,16}value:[ \t]{0,3}"
    r"(?:\"(?P<dq2>[^\"\r\n]{1,2048})\"|'(?P<sq>[^'\r\n]{1,2048})'"
    r"|(?P<bare>[^\s\"'#]{1,2048}))", _A)
"""The value of a name/value pair: JSON's `{"name": "X-Api-Key", "value": "…"}` (HAR,
Postman) and YAML's `- name: DB_PASSWORD` then `value: …` (Kubernetes env)."""
_PAIR_NAME = re.compile(r"(?:\"(?:name|key)\"[ \t]{0,3}:[ \t]{0,3}\"|(?:^|\n)[ \t]{0,16}-?"
                        r"[ \t]{0,3}name:[ \t]{0,3}[\"']?)[\w.\-]{0,40}$", _A)
"""What precedes the name of such a pair."""

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[_.\-$@]+", _A)

_NOT_SECRET_WORDS = frozenset("""
id ids uuid guid name names type types url uri urls uris endpoint endpoints path paths
file files filename dir directory folder length len count size limit limits max min ttl
expiry expires expiration exp format prefix suffix env var vars header headers field
fields label hint policy policies rotation strength required enabled enable disabled
disable hash hashed hashing digest sha sha1 sha256 sha512 md5 bcrypt regex pattern usage
mode method algorithm alg version timeout lifetime age location provider source store
manager service param params parameter placeholder example description desc text message
msg error input prompt reset changed updated created modified at on by rules validator
validation valid invalid tokens tokenizer tokenize tokenized tokenization num page next
continuation pagination cursor idempotency sync csrf xsrf public publishable pub nonce
request trace correlation span budget price cost ratio rate index idx position pos
characters chars bytes bits estimator encoder decoder counter counts type_hint schema
class kind module function func callback handler key_id keyid reference ref refs
""".split())
"""Name parts that make a `…_token`, `password_…` name something other than a secret."""

_NOT_SECRET_ANYWHERE = frozenset(
    "tokens tokenizer csrf xsrf public publishable max num page pagination continuation "
    "cursor next idempotency".split())
"""Name parts that make the whole name something other than a secret's."""

_TYPE_NAMES = frozenset("""
str string bool boolean int integer number float double bytes any object none null
optional secretstr secret text varchar char uuid list dict map array record date datetime
""".split())

_STRONG_CLASSES = ("password", "secret", "api_key")


def _key_class(keyword: str) -> str:
    k = keyword.lower()
    if k.startswith("pass") or k == "pwd":
        return "password"
    if "token" in k:
        return "token"
    if "api" in k:
        return "api_key"
    return "secret"


_DOTTED = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+", _A)
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*", _A)
_ENV_REF = re.compile(r"\$\{?[A-Za-z_]\w*\}?|%[A-Za-z_]\w*%|\$\([^)]*\)?", _A)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", _A | re.I)
_HEXISH = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                     r"|[0-9a-fA-F]{16,128}", _A)
_PATHLIKE = re.compile(r"(?:[A-Za-z]:\\|\\\\|\.{0,2}/|~/|file:|https?:|s3:|gs:)", _A)
_FILE_EXT = re.compile(r"\.(?:pem|key|json|txt|ya?ml|env|p12|pfx|crt|cer|jks|conf|cfg|ini"
                       r"|toml|xml|properties|py|js|ts|sh|gpg|asc)$", _A | re.I)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", _A)
_VERSIONISH = re.compile(r"v?\d+(?:[.\-:/]\d+)+", _A)
_STORE_REF = re.compile(
    r"(?:op|vault|ssm|awssm|gcpsm|azkv|secret|secrets|sops|keyvault)://|vault:|"
    r"arn:aws[\w\-]{0,12}:(?:secretsmanager|ssm|kms):|(?:os\.environ|process\.env|getenv\(|"
    r"System\.getenv|ENV\[|Environment\.GetEnvironmentVariable)"
    r"|!(?:vault|secret|Ref|Sub|GetAtt|ImportValue|env|include)\b"
    r"|(?i:pk\.eyj|pk_(?:live|test)_|sha256:|md5:)", _A)
"""A reference to where a secret is kept (a secret manager's URI or ARN, the
environment, a YAML tag such as Ansible's `!vault`), not the secret: `op://vault/item/field`,
`os.environ[…]`; or a value that is public by design (Mapbox's `pk.` and Stripe's
publishable tokens, a key's `SHA256:` fingerprint)."""


_ANNOTATED = re.compile(r"[ \t]{0,3}(?:\|[ \t]{0,3}[A-Za-z_]|=[ \t]{0,3}[^=\s])", _A)
"""What follows a type after `name:` in code: another type of a union, a default value."""
_SNAKE = re.compile(r"[a-z]{2,15}(?:_[a-z]{2,15}){1,8}|[A-Z]{2,15}(?:_[A-Z]{2,15}){1,8}", _A)
"""A variable's or constant's name written as a value (`aws_session_token=aws_session_token`,
`'CURLOPT_PASSWORD', 'CURLOPT_READDATA'`, `"ANTHROPIC_API_KEY:ANTHROPIC_AUTH_TOKEN"`)."""
_DOTTED_NAME = re.compile(r"(?:[A-Z][a-z]{1,15}){1,8}(?:\.(?:[A-Z][a-z]{1,15}){1,8})+", _A)
"""Names of types or fields joined by dots (`"output_token": "DistributionList.NextMarker"`)."""
_WORDS_AND_NUMBERS = re.compile(r"[a-z]{2,12}(?:-?[0-9]{1,4}|-[a-z]{2,12})+", _A)
_PASCAL = re.compile(r"(?:[A-Z][a-z]{1,15}){2,8}", _A)
"""A class or type named as a value (`client_secret: SessionClientSecret`, `"WRONGPASS":
AuthenticationError`); quoted, it may be a password of words (`"WinterHarbor"`)."""


_MAX_VALUE = 2048
"""The longest assigned value read (the patterns' `{1,2048}`): a longer one is cut there."""


def _value_ok(value: str, *, quoted: bool, code_style: bool, cls: str,
              min_entropy: float) -> bool:
    """Whether an assigned value is a literal credential (see module docstring)."""
    n = len(value)
    if n < (6 if cls == "password" else 8) or n > _MAX_VALUE:
        return False
    if _SNAKE.fullmatch(value) or _PASCAL.fullmatch(value) and (
            not quoted or cls != "password") or _DOTTED_NAME.fullmatch(value):
        return False  # a name in code, not a literal
    if _WORDS_AND_NUMBERS.fullmatch(value) and _HASH_WORDS.search(value):
        return False  # a hash's name: `password_encryption = scram-sha-256`
    if cls != "password" and quoted and any(c.isspace() for c in value):
        return False  # a token or key has no spaces: `Token.Comment: "italic #A3AAB2"`
    low = value.lower()
    if low in _TYPE_NAMES or (not quoted and low.split("[", 1)[0] in _TYPE_NAMES):
        return False
    if _ENV_REF.fullmatch(value) or _FILE_EXT.search(value) or _STORE_REF.match(value):
        return False
    if _PATHLIKE.match(value) and not (n >= 20 and (_random_mix(value)
                                                    or _random_segment(value))):
        return False  # a path or URL (base64 can open with `/` too)
    if _EMAIL.fullmatch(value) or _VERSIONISH.fullmatch(value):
        return False
    if not quoted and (_DOTTED.fullmatch(value) and not _mixed_token(value)
                       or code_style and _IDENTIFIER.fullmatch(value)
                       and not _mixed_token(value)):
        return False  # a reference to a variable or attribute, not a literal
    if chk.is_placeholder(value):
        return False
    if "/" in value and all(p.isalpha() or not p for p in re.split(r"[/_\-.]", value)):
        return False  # a path made of words
    if value.isdigit():
        return cls == "password" and n >= 6
    if _UUID.fullmatch(value):
        return cls in _STRONG_CLASSES
    if re.fullmatch(r"[0-9a-fA-F]+", value) and n in (32, 40, 64, 128):
        return cls in _STRONG_CLASSES or cls == "token"
    if cls == "password":
        if not any(c.isdigit() or c.isupper() or not c.isalnum() and c not in "-_. "
                   for c in value):
            return False  # lower-case words (`correct-horse`): a fixture or a setting
        return chk.entropy(value) >= 2.0
    if value.isalpha() and not _mixed_token(value) and n < 24:
        return False
    return chk.looks_random(value, min_entropy)


def _random_mix(value: str) -> bool:
    """Upper and lower case with digits among them, as generated strings have."""
    return (sum(c.isdigit() for c in value) >= 3 and any(c.isupper() for c in value)
            and any(c.islower() for c in value))


def _random_segment(value: str) -> bool:
    """A part between `/`, `+` and the like in which case changes as no name's does
    (`fJtxZwnWscCvvnSp`; `MyProject`, `README`, `ed25519` are names)."""
    return any(len(part) >= 8 and not (part.islower() or part.isupper() or part.isdigit()
                                        or _CAMEL_PART.fullmatch(part))
               for part in _SEGMENTS.split(value))


_SEGMENTS = re.compile(r"[/+_\-.=:~]+")
_CAMEL_PART = re.compile(r"[a-z0-9]{0,12}(?:[A-Z][a-z0-9]{1,12}|[A-Z]{2,6}(?![a-z]))+")


def _mixed_token(value: str) -> bool:
    """Digits among letters, or upper case after lower case: generated, not a name."""
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    if has_digit and has_alpha:
        return True
    return bool(re.search(r"[a-z].*[A-Z].*[a-z].*[A-Z]", value))


def find_assignments(pf: Prefiltered, windows: list[Window], opts: Options,
                     covered: frozenset[int]) -> Iterator[Found]:
    """Values assigned to secret-like names."""
    text = pf.text
    # The keywords are searched in lower case: an ASCII text's windows are lowered one
    # by one (a few hundred characters, not the whole text); other text is lowered whole
    # as `Prefiltered.low` does it (offset for offset).
    whole = None if text.isascii() else pf.low
    pos = 0
    for lo, hi in windows:
        pos = max(lo, pos)
        end = min(len(text), hi + 32)
        low, base = (text[pos:end].lower(), pos) if whole is None else (whole, 0)
        while pos <= hi:
            m = _KEYWORD.search(low, pos - base, end - base)
            if m is None or m.start() + base > hi:
                break
            ks, ke = m.start() + base, m.end() + base
            got, stop = _assignment(text, ks, ke, opts, covered)
            if got is not None:
                yield got
            # what an assignment's value holds is not searched again: `password=` a
            # million times costs one look per value, not one per keyword
            pos = max(ke, stop)


def _assignment(text: str, ks: int, ke: int, opts: Options, covered: frozenset[int]
                ) -> tuple[Found | None, int]:
    """The secret assigned to the name around the keyword at `ks:ke` (or None), and
    where the assignment ends."""
    word = text[ks:ke]
    after = text[ke:ke + 1]
    if after.isalpha() and (after.islower() or word.isupper()):
        return None, ke  # the keyword begins a longer word: `tokens`, `passport`
    before = text[ks - 1:ks]
    if word.lower() == "pass" and before.isalpha() and not word[0].isupper():
        return None, ke  # `bypass`, `compass`
    am = _ASSIGN.match(text, ke)
    pair = _pair(text, ks, ke) if am is None or am.group("op") in (",", None) else None
    if pair is not None:
        return _pair_value(text, ks, ke, pair, opts, covered)
    if am is None:
        return None, ke
    value_group = am.lastgroup or "bare"  # the value's group closes the match
    vm: re.Match[str] = am  # the value's match: `am`, or the attribute beside the name's
    attr_pair = False
    if am.group("ws") is not None and am.group("kq") and text[ks - 1:ks] != "-":
        attr = _ATTR_VALUE.match(text, am.start("ws"))
        if attr is None:
            return None, am.end()
        vm, value_group, attr_pair = attr, attr.lastgroup or "dq", True
    elif am.group("op") == "," and (not am.group("kq") or value_group == "bare"):
        return None, am.end()  # `"name", "value"` only with both quoted
    elif am.group("op") == ":" and value_group == "bare" and (
            typed := _TYPED_VALUE.match(text, am.end("op"))):
        vm, value_group = typed, typed.lastgroup or "dq"
    if vm.start(value_group) in covered:
        return None, vm.end()  # a provider format found it
    value = vm.group(value_group).strip()
    quoted = value_group != "bare"
    if not quoted and (text[vm.end():vm.end() + 1] in ("(", "[", ".")
                       or _DOTTED.fullmatch(value) and not _mixed_token(value)):
        return None, vm.end()  # a call, subscript or attribute: `get_password()`
    if am.group("op") == "==" and not text[am.start("op") - 1:am.start("op")].isspace():
        return None, vm.end()  # base64 padding, not a comparison
    start = ks
    while start > 0 and text[start - 1] in _IDENT and ks - start < 60:
        start -= 1
    if ks - start >= 60:
        return None, vm.end()  # inside a long run (a base64 blob), not a name
    if am.group("op") == "," and text[start - 1:start] != am.group("kq"):
        return None, vm.end()
    key = text[start:am.end("rest")]
    flag = key.startswith("-")
    key = key.lstrip("-$@")
    if am.group("ws") is not None and not flag and not attr_pair:
        return None, vm.end()  # `name value` only for command-line flags
    if am.group("xml") is not None and (text[start - 1:start] != "<"
                                        or not text.startswith("</", am.end())):
        return None, vm.end()
    if sum(c.isdigit() for c in key) >= 3 and not key.isupper() and not key.islower():
        return None, vm.end()  # a random run, not a name
    words = [w.lower() for w in _CAMEL.split(key) if w]
    if not words or words[-1] in _NOT_SECRET_WORDS or any(
            w in _NOT_SECRET_ANYWHERE for w in words):
        return None, vm.end()
    op = am.group("op") or ""
    code_style = (op in ("=", "==") and text[ke:am.start("op")].endswith(" ")
                  and not key.isupper())
    if op == ":" and not quoted and key.islower() and value.lower() in _TYPE_NAMES:
        return None, vm.end()
    if op == ":" and not quoted and _ANNOTATED.match(text, vm.end()):
        return None, vm.end()  # a type annotation: `private_key: Ed25519PrivateKey | None`
    vs = vm.start(value_group)
    ve = vs + len(vm.group(value_group).rstrip())
    vs += len(vm.group(value_group)) - len(vm.group(value_group).lstrip())
    cls = _key_class(word)
    ok = _value_ok(value, quoted=quoted, code_style=code_style, cls=cls,
                   min_entropy=opts.min_entropy)
    if not ok and not _HEXISH.fullmatch(value):
        return None, vm.end()  # (a hex or UUID value may be a provider's: see below)
    # a provider's shape under its name gets the provider's kind (a value that passed the
    # generic tests is rare, so the keyword search runs seldom)
    near = text[max(0, start - 40):am.end("rest")].lower()
    for rule in opts.context_rules(near):
        if (rule.value.fullmatch(value) and rule.keywords.search(near)
                and not chk.is_fake_token(value)
                and (rule.check is None or rule.check(value))):
            return Found(rule.kind, vs, ve, rule.severity,
                         f"{rule.kind.replace('_', ' ')} assigned to {key[:40]}"), vm.end()
    if not ok or word[0] in "_-." or (
            _HEXISH.fullmatch(value) and _HASH_WORDS.search(text, max(0, start - 40), vs)):
        return None, vm.end()  # (`checksum of password-manager.tgz: <hex>`: its hash)
    strong = len(value) >= 16 and chk.entropy(value) >= 3.5
    severity = Severity.HIGH if cls == "password" or strong else Severity.MEDIUM
    kind = {"password": "generic_password", "token": "generic_token",
            "api_key": "generic_api_key"}.get(cls, "generic_secret")
    return Found(kind, vs, ve, severity, f"{kind.replace('_', ' ')} assigned to "
                 f"{key[:40]}"), vm.end()


def _pair(text: str, ks: int, ke: int) -> re.Match[str] | None:
    """The value of the name/value pair whose name holds the keyword at `ks:ke`."""
    end = ke
    while end < len(text) and text[end] in _IDENT and end - ke < 40:
        end += 1
    if text[end:end + 1] in ("\"", "'"):
        end += 1
    m = _PAIR_VALUE.match(text, end)
    if m is None or not _PAIR_NAME.search(text[max(0, ks - 60):ks]):
        return None
    return m


def _pair_value(text: str, ks: int, ke: int, m: re.Match[str], opts: Options,
                covered: frozenset[int]) -> tuple[Found | None, int]:
    group = m.lastgroup or "dq"
    value = m.group(group)
    vs = m.start(group)
    cls = _key_class(text[ks:ke])
    if vs in covered or not _value_ok(value, quoted=group != "bare", code_style=False,
                                      cls=cls, min_entropy=opts.min_entropy):
        return None, m.end()
    kind = {"password": "generic_password", "token": "generic_token",
            "api_key": "generic_api_key"}.get(cls, "generic_secret")
    return Found(kind, vs, vs + len(value), Severity.HIGH,
                 f"{kind.replace('_', ' ')} in a name/value pair"), m.end()


# --- credentials in URLs and command lines ------------------------------------------

URL_PREFILTER = r"[A-Za-z][A-Za-z0-9+.\-]{1,24}://[^\s/@]{0,128}:[^\s/]{1,256}@"
_URL = re.compile(
    r"(?<![A-Za-z0-9+.\-])(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]{1,24})://"
    r"(?P<user>[^\s:@/?#\"'<>`]{0,128}):(?P<pw>[^\s/\"'<>`]{1,256})@"
    r"(?P<host>[^\s/@?#\"'<>`]{1,253})", _A)
_URL_REACH = _reach(_URL)

_DB_SCHEMES = {
    "postgres": "postgres", "postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql",
    "mysqlx": "mysql", "mongodb": "mongodb", "mongodb+srv": "mongodb", "redis": "redis",
    "rediss": "redis", "amqp": "amqp", "amqps": "amqp", "mssql": "mssql",
    "sqlserver": "mssql", "oracle": "oracle", "clickhouse": "clickhouse",
    "cockroachdb": "postgres", "couchdb": "couchdb", "neo4j": "neo4j", "neo4j+s": "neo4j",
    "bolt": "neo4j", "cassandra": "cassandra", "influxdb": "influxdb", "nats": "nats",
    "kafka": "kafka", "snowflake": "snowflake", "db2": "db2", "elasticsearch": "elastic",
    "memcached": "memcached", "ldap": "ldap", "ldaps": "ldap", "smtp": "smtp",
    "smtps": "smtp", "imap": "imap", "imaps": "imap", "ftp": "ftp", "ftps": "ftp",
    "sftp": "ftp",
}
_PASSWORD_WORDS = frozenset({"password", "pass", "passwd", "pwd", "secret", "pw", "p",
                             "mypassword", "yourpassword", "dbpassword", "userpassword"})


def _password_ok(user: str, password: str) -> bool:
    if not password or password.lower() in _PASSWORD_WORDS:
        return False
    if _ENV_REF.search(password) or chk.is_placeholder(password):
        return False
    return not (password.isdigit() and len(password) <= 5 and "." in user)


def find_url_credentials(pf: Prefiltered, windows: list[Window], _opts: Options,
                         _covered: frozenset[int]
                         ) -> Iterator[Found]:
    """`scheme://user:password@host`: the password."""
    for m in _search(_URL, pf.text, windows, _URL_REACH):
        scheme = m.group("scheme").lower()
        if not _password_ok(m.group("user"), m.group("pw")):
            continue
        db = _DB_SCHEMES.get(scheme)
        kind = f"{db}_url_password" if db else (
            "basic_auth_url" if scheme in ("http", "https", "ws", "wss") else "url_password")
        yield Found(kind, m.start("pw"), m.end("pw"), Severity.HIGH,
                    f"password in a {scheme}:// URL")


CLI_PREFILTER = (r"(?:\s(?:-u|--user)[\s=]{1,3}[\"']?[^\s:\"']{1,64}:"
                 r"|mysql\S{0,10}\s[^\n]{0,200}\s-p\S|sshpass\s{1,3}-p"
                 r"|(?:login|mongo|sqlcmd|mariadb)[^\n]{0,120}\s-u\s{1,3}\S{1,64}\s{1,3}-p\s"
                 r"|redis-cli(?:\s[^\n]{0,100})?\s-a\s|\s-U\s{1,3}[^\s%]{1,64}%|net\s{1,3}user\s"
                 r"|htpasswd\s{1,3}-|\|\s{0,3}sudo\s|(?i:convertto-securestring)\s"
                 r"|zip(?:\s[^\n]{0,80})?\s-P\s|7za?\s[^\n]{0,80}\s-p\S|-pass\s{1,3}pass:)")
_Q = r"(?P<{0}>[\"']?)(?P<{1}>[^\s\"']{{4,128}})(?P={0})"
"""A command-line value, bare or quoted: its quote group and its value group."""
_CLI = re.compile(
    r"(?:(?<=\s)(?:-u|--user)[\s=]{1,3}[\"']?(?P<user>[^\s:\"']{1,64}):(?P<pw>[^\s\"']{1,128})"
    r"|(?<![\w-])mysql\S{0,10}\s[^\n]{0,200}?\s-p" + _Q.format("mq", "mpw") +
    r"|sshpass\s{1,3}-p\s{0,3}" + _Q.format("q", "spw") +
    # `docker login -u bot -p …`, `mongosh … -u admin -p …`, `az login -u … -p …`
    r"|(?:login|mongo\w{0,2}|sqlcmd|mariadb)\b[^\n|;&]{0,120}?\s-u\s{1,3}(?P<lu>[^\s\"']{1,64})"
    r"\s{1,3}-p\s{1,3}" + _Q.format("lq", "lpw") +
    r"|redis-cli(?:\s[^\n|;&]{0,100}?)?\s-a\s{1,3}" + _Q.format("rq", "rpw") +
    r"|(?<=\s)-U\s{1,3}(?P<su>[^\s%\"']{1,64})%(?P<spw2>[^\s\"']{4,128})"
    r"|\bnet\s{1,3}user\s{1,3}(?P<nu>[^\s/\"']{1,64})\s{1,3}" + _Q.format("nq", "npw") +
    r"(?=\s{1,3}/(?:add|domain|y)\b)"
    r"|htpasswd\s{1,3}-[a-zA-Z]*b[a-zA-Z]*\s{1,3}\S{1,200}\s{1,3}(?P<hu>[^\s\"']{1,64})\s{1,3}"
    + _Q.format("hq", "hpw") +
    r"|echo\s{1,3}" + _Q.format("eq", "epw") + r"\s{0,3}\|\s{0,3}sudo\s{1,3}(?:-\w+\s{1,3})*-S\b"
    r"|(?i:convertto-securestring)\s{1,3}(?i:-string\s{1,3})?(?P<cq>[\"'])(?P<cpw>[^\"'\n]{4,128})"
    r"(?P=cq)\s{1,3}(?i:-asplaintext)"
    r"|\bzip(?:\s[^\n|;&]{0,80}?)?\s-P\s{1,3}" + _Q.format("zq", "zpw") +
    r"|\b7za?\s[^\n|;&]{0,80}?\s-p(?P<zpw2>[^\s\"']{4,128})"
    r"|-pass\s{1,3}pass:(?P<opw>[^\s\"']{4,128}))", _A)
_CLI_VALUES = ("pw", "mpw", "spw", "lpw", "rpw", "spw2", "npw", "hpw", "epw", "cpw", "zpw", "zpw2",
               "opw")
_CLI_USERS = {"pw": "user", "lpw": "lu", "spw2": "su", "npw": "nu", "hpw": "hu"}
_CLI_STRICT = frozenset(("npw", "hpw", "epw", "zpw", "zpw2", "opw", "rpw"))
"""Values whose flag says less (a command's argument after a user name, an archive's
password): they must hold two kinds of characters, as a chosen password does."""


_CLI_REACH = _reach(_CLI)


def find_cli_credentials(pf: Prefiltered, windows: list[Window], _opts: Options,
                         _covered: frozenset[int]
                         ) -> Iterator[Found]:
    """`curl -u user:password`, `mysql … -pPASSWORD`, `sshpass -p …`, `docker login -u … -p
    …`, `redis-cli -a …`, `smbclient -U user%…`, `net user … … /add`, `htpasswd -b`, a
    password echoed into `sudo -S`, PowerShell's `ConvertTo-SecureString "…" -AsPlainText`,
    archive and `openssl` passwords."""
    for m in _search(_CLI, pf.text, windows, _CLI_REACH):
        group = next(g for g in _CLI_VALUES if m.group(g) is not None)
        user = _CLI_USERS.get(group)
        value = m.group(group)
        if not _password_ok(m.group(user) or "" if user else "", value) or (
                group in _CLI_STRICT and chk.char_classes(value) < 2):
            continue
        yield Found("cli_password", m.start(group), m.end(group), Severity.HIGH,
                    "password on a command line")


BEARER_PREFILTER = r"(?i:bearer\s|authorization[\"'`]?\s{0,3}[:=]\s{0,3}[\"'`]?token\s)"
_BEARER = re.compile(
    r"(?i:\bbearer|authorization[\"'`]?\s{0,3}[:=]\s{0,3}[\"'`]?token)[ \t]{1,3}"
    r"(?P<tok>[A-Za-z0-9_\-.~+/]{16,4000}={0,2})(?![A-Za-z0-9_\-.~+/=])", _A)


_BEARER_REACH = _reach(_BEARER)


def find_bearer_tokens(pf: Prefiltered, windows: list[Window], opts: Options,
                       covered: frozenset[int]
                       ) -> Iterator[Found]:
    """`Authorization: Bearer …` / `token …` values that are random."""
    for m in _search(_BEARER, pf.text, windows, _BEARER_REACH):
        value = m.group("tok")
        if m.start("tok") in covered or chk.is_placeholder(value) or not _mixed_token(value):
            continue
        if not chk.looks_random(value, opts.min_entropy):
            continue
        yield Found("bearer_token", m.start("tok"), m.end("tok"), Severity.HIGH,
                    "bearer token")


# --- BIP-39 seed phrases ------------------------------------------------------------

_NOT_IN_WORDLIST = """the and for with from are was not but your their which would could
should been were has had its our than them these those some after here how who why does
did done made using get got each well may might shall him her his she let thanks files
data see think look new out per via yes yet too many most both lot""".split()
"""Frequent English words that are not BIP-39 words: a run of words containing one is
not a mnemonic, so the prefilter skips ordinary prose."""


def _words_except(stop: list[str], lo: int = 3, hi: int = 8) -> str:
    """A pattern for words of `lo`..`hi` letters a-z other than `stop` (lower case)."""

    def node(prefix: str) -> str:
        d = len(prefix)
        nexts = sorted({w[d] for w in stop if w.startswith(prefix) and len(w) > d})
        alts = []
        if hi - d - 1 >= 0:
            others = "".join(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in nexts)
            if others:
                alts.append(f"[{others}][a-z]{{{max(lo - d - 1, 0)},{hi - d - 1}}}")
            alts.extend(c + node(prefix + c) for c in nexts)
        body = "|".join(alts)
        if lo <= d <= hi and prefix not in stop:
            return f"(?:{body})?" if body else ""
        return f"(?:{body})"

    return node("")


_SEP = r"(?:[\s,;|\"'\-]|\d{1,2}[.):]){1,8}"
_WORDLIKE = _words_except([w for w in _NOT_IN_WORDLIST if w not in chk.bip39_index()])
SEED_PREFILTER = rf"(?i)\b{_WORDLIKE}\b(?:{_SEP}\b{_WORDLIKE}\b){{11}}"
_SEP_RE = re.compile(_SEP, _A)
_SEED_CONTEXT = re.compile(r"(?i)seed|mnemonic|recovery|phrase|wallet|backup|secret words", _A)


def find_seed_phrases(pf: Prefiltered, windows: list[Window], opts: Options,
                      _covered: frozenset[int]
                      ) -> Iterator[Found]:
    """12–24 BIP-39 words with a valid checksum (or, when the checksum is not required,
    after a word such as `seed`, a run of exactly a mnemonic's length that fails it).

    A phrase lies in a chain of wordlist words each joined to the next by a separator
    (`_SEP`). A window is split into its words and the gaps between them (one C call),
    each distinct gap is tested once, and the chains are found by one regular expression
    over a byte per gap and word: word-dense text ("hello world " repeated, where the
    prefilter takes every word) costs no Python call per word."""
    text = pf.text
    index = chk.bip39_index()
    for lo, hi in windows:
        parts = _WORD_SPLIT.split(text[lo:hi])  # gap, word, gap, word, …, gap
        words = " ".join(parts[1::2]).lower().split()
        if len(words) < 12:
            continue
        gaps = parts[2:-1:2]  # between two words
        joins = {g: 2 if _SEP_RE.fullmatch(g) else 3 for g in set(gaps)}
        marks = bytearray(2 * len(words))  # a gap's mark (the first: 0), then its word's
        marks[2::2] = bytes(map(joins.__getitem__, gaps))
        marks[1::2] = bytes(map(index.__contains__, words))
        offsets: list[int] = []
        for chain in _CHAIN_MARKS.finditer(marks):
            first, last = chain.start() // 2, chain.end() // 2
            found = chk.bip39_phrases(words[first:last])
            if found and not offsets:
                offsets = list(itertools.accumulate(map(len, parts), initial=lo))
            for at, count, ok in found:
                start = offsets[2 * (first + at) + 1]
                end = offsets[2 * (first + at + count)]
                yield from _seed_found(text, start, end, count, ok, opts.require_checksum)


_WORD_SPLIT = re.compile("([A-Za-z]+)", _A)
_CHAIN_MARKS = re.compile(rb"\x01(?:\x02\x01){11,}")
"""At least 12 wordlist words (1) in a row, each joined to the next by a separator (2),
in a window's marks (a gap's mark, then its word's)."""


def _seed_found(text: str, start: int, end: int, count: int, ok: bool,
                require_checksum: bool) -> Iterator[Found]:
    if ok:
        yield Found("bip39_seed_phrase", start, end, Severity.CRITICAL,
                    f"BIP-39 seed phrase ({count} words, checksum verified)")
    elif not require_checksum and _SEED_CONTEXT.search(text, max(0, start - 120), start):
        yield Found("bip39_seed_phrase", start, end, Severity.MEDIUM,
                    f"BIP-39 words ({count}) after a seed-phrase label; the checksum "
                    "does not verify")


# --- secrets told in prose ----------------------------------------------------------

_PROSE_KEYWORDS = (r"password|passwort|kennwort|passwd|passphrase|passcode|contrase|mot de passe"
                   r"|senha|wachtwoord|salasana|token|jeton|secret|api[ _\-]?key|private[ _]key"
                   r"|access[ _]key|credentials?|cl\xe9|clave|chiave|chave|sleutel|schl\xfcssel")
# Latin-1 letters are written as escapes: the patterns stay ASCII for Hyperscan, which
# reads text as Latin-1 bytes (`\xe9` is é both to `re` and to it).
_PROSE_VERBS = r"is|ist|lautet|est|es|era|was|to|\xe8|\xe9|\xe9\s\xe9|are|sind|son|sono|s\xe3o|zijn"
PROSE_PREFILTER = (rf"(?i)(?:\b|_)(?:(?:{_PROSE_KEYWORDS})\b|cl\xe9)[\"'`]?"
                   rf"(?:[^\n\"`,;{{}}]{{0,40}}(?:[:=]|\s(?:{_PROSE_VERBS})\s)|\s)\s{{0,3}}[\"'`]?"
                   r"[^\s\"'`<>]{0,40}\d")
"""A secret's name, a separator and, within the next word, a digit (which `_strong`
values all have): prose that merely mentions tokens or passwords seldom matches."""
_PROSE = re.compile(
    rf"(?<![A-Za-z0-9.])(?<![a-z0-9]_)(?<![^A-Za-z]-)(?i:{_PROSE_KEYWORDS})(?![A-Za-z0-9_\-@])[\"'`]?"
    rf"(?:[^\n\"`,;{{}}]{{0,40}}?(?:[:=]|\s(?:{_PROSE_VERBS})\s)|\s)\s{{0,3}}[\"'`]?"
    r"(?P<v>[^\s\"'`<>]{8,2048})", _A)
_PROSE_REACH = _reach(_PROSE)
# (A keyword followed by `@` is a URL's user information, `postgres://user:password@db`:
# the word is the password written in, a placeholder, and what follows is the host.)
_PROSE_TOLD = re.compile(rf"[:=]|\s(?:{_PROSE_VERBS})\s", _A | re.I)
"""How a sentence tells a value rather than names one: a colon, `=` or a verb."""
_HASH_WORDS = re.compile(
    r"hash|sha-?\d|md5|checksum|check sum|digest|fingerprint|hmac|bcrypt|argon|pbkdf|"
    r"prüfsumme|empreinte|somme de contr|suma de verif|huella", _A | re.I)
"""A hash's name near a hex value told after a secret's name: the value is its hash."""
_TRAILING = ".,;:!?)]}"


def find_prose_secrets(pf: Prefiltered, windows: list[Window], opts: Options,
                       covered: frozenset[int]) -> Iterator[Found]:
    """`the admin password for the router is Violet@5390violet`, `Das Passwort ist …`,
    `machine x login y password …`, `here is the wallet private key: 0x…`: a value told
    after a secret's name, kept only when it has a generated or password shape (letters
    and digits, several classes, high entropy), not a word, path, URL or version."""
    text = pf.text
    for m in _search(_PROSE, text, windows, _PROSE_REACH):
        if chk.is_placeholder(m.group("v")):
            continue  # (before trailing dots are cut: `sk-ant-api03-...`)
        value = m.group("v").rstrip(_TRAILING)
        start = m.start("v")
        word = m.group()[:12].lower()
        cls = "password" if word.startswith(("pass", "contra", "mot", "senha", "wacht",
                                             "salas", "kennw")) else _key_class(word)
        if start in covered or len(value) < 8 or _ANNOTATED.match(text, start + len(value)):
            continue  # (a type annotation's union or default after it: code)
        if _HEXISH.fullmatch(value.lstrip("([{")):
            # a hex run or UUID is a secret only when told as one (`password: …`, `the
            # token is …`), and never beside a hash's name (`password hash: …`, `the
            # token's SHA-256 is …`, `checksum of password-manager.tgz: …`); `Token …
            # was revoked` names one
            if (not _PROSE_TOLD.search(text, m.start(), start)
                    or _HASH_WORDS.search(text, max(0, m.start() - 40), start)
                    or not (_UUID.fullmatch(value) or len(value) in (32, 40, 48, 64, 128))
                    or chk.entropy(value) < opts.min_entropy):
                continue
        elif not _strong(value, cls, opts.min_entropy):
            continue
        kind = {"password": "generic_password", "token": "generic_token",
                "api_key": "generic_api_key"}.get(cls, "generic_secret")
        yield Found(kind, start, start + len(value), Severity.HIGH,
                    f"{kind.replace('_', ' ')} given in a sentence")


def _strong(value: str, cls: str, min_entropy: float) -> bool:
    """A password's shape (several character classes) or, for a token or key, a
    generated one (random over its length), told apart from words, paths, versions and
    product names (`python-requests/2.32`)."""
    if (chk.is_placeholder(value) or _PATHLIKE.match(value) or _EMAIL.fullmatch(value)
            or _STORE_REF.match(value) or _CALL.match(value)
            or _VERSIONISH.fullmatch(value) or _FILE_EXT.search(value) or "://" in value
            or _PRODUCT.fullmatch(value)):
        return False
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    if letters < 2 or digits < 2:
        return False
    if chk.char_classes(value) >= 3 and chk.entropy(value) >= min(min_entropy, 3.0):
        return True
    return cls != "password" and len(value) >= 16 and chk.looks_random(value, min_entropy)


_PRODUCT = re.compile(r"[A-Za-z][\w.\-]*/v?\d+(?:\.\d+)*", _A)
_CALL = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*[(\[]", _A)
"""Code told after a secret's name, not a value: a call or a subscript (`token =
b64encode(userpass).decode()`, `private_key = Ed25519PrivateKey.from_private_bytes(d)`,
`token.children[1].content = token.children[1].content[3:]`)."""

_INTL_KEYWORDS = (
    "密钥|密鑰|秘钥|密码|密碼|口令|令牌|凭证|キー|鍵|パスワード|トークン|シークレット|認証情報"
    "|키|비밀번호|암호|토큰|시크릿|ключ|пароль|токен|секрет|мастер-ключ"
    "|مفتاح|كلمة المرور|كلمة السر|الرمز المميز|توكن|رمز الوصول"
    "|कुंजी|पासवर्ड|टोकन|सीक्रेट")
"""A secret's name in the languages whose scripts are not Latin (zh ja ko ru ar hi)."""
INTL_PREFILTER = r"[^\x00-\x3e\x40-\x7f][^\n]{0,3}[:=?\x80-\xff][ \t]{0,3}[\"'`]?[!-~]{8}"
"""A letter outside ASCII (Hyperscan sees characters past Latin-1 as `?`), a colon (`:`
or a full-width one) and the start of an ASCII value: text in those scripts with a
value told after a colon, which the keyword search below confirms."""
_INTL = re.compile(
    rf"(?:{_INTL_KEYWORDS})[^\n\"`]{{0,30}}?(?:[:=\uff1a\uff1d]|是|为|は|는|은|—)[ \t\u3000]{{0,3}}"
    r"[\"'`\u300c\u300e]?(?P<v>[!#$%&*+\-./0-9=?@A-Z^_a-z~]{8,200})")
_INTL_FIRSTS = frozenset(w[0] for w in _INTL_KEYWORDS.split("|"))


def find_intl_prose_secrets(pf: Prefiltered, windows: list[Window], opts: Options,
                            covered: frozenset[int]) -> Iterator[Found]:
    """`这是生产环境的密钥：…`, `本番のAPIキーはこちらです：…`, `токен: …`: a value told
    after a secret's name in Chinese, Japanese, Korean, Russian, Arabic or Hindi."""
    text = pf.text
    if text.isascii() or not any(c in text for c in _INTL_FIRSTS):
        return
    lo = max(0, windows[0][0] - 48) if windows else 0
    for m in _INTL.finditer(text, lo):
        if chk.is_placeholder(m.group("v")):
            continue  # (before trailing dots are cut: `sk-ant-api03-...`)
        value = m.group("v").rstrip(_TRAILING)
        start = m.start("v")
        if start in covered or not _strong(value, "token", opts.min_entropy):
            continue
        word = m.group()[:8]
        cls = "password" if any(w in word for w in ("密码", "密碼", "口令", "パスワード",
                                                    "비밀번호", "암호", "пароль", "كلمة",
                                                    "पासवर्ड")) else "secret"
        kind = "generic_password" if cls == "password" else "generic_secret"
        yield Found(kind, start, start + len(value), Severity.HIGH,
                    f"{kind.replace('_', ' ')} given in a sentence")


SPECIALS: tuple[Special, ...] = (
    Special("url_credentials", URL_PREFILTER, find_url_credentials, every=True),
    Special("cli_credentials", CLI_PREFILTER, find_cli_credentials, every=True),
    Special("bearer", BEARER_PREFILTER, find_bearer_tokens, every=True),
    Special("seed_phrase", SEED_PREFILTER, find_seed_phrases, every=True),
    Special("assignment", ASSIGN_PREFILTER, find_assignments, every=True),
    Special("flag", FLAG_PREFILTER, find_assignments, every=True),
    Special("prose", PROSE_PREFILTER, find_prose_secrets, every=True),
    Special("intl_prose", INTL_PREFILTER, find_intl_prose_secrets),
)
"""In order of precedence: where two overlap, the earlier one's finding stays."""
