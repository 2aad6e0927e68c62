"""One redaction for everything that leaves the engine: credentials in URLs, headers,
structured values and free text, masked deterministically and readably.

- query and matrix values: `token=[REDACTED]`, `;jsessionid=[REDACTED]`; and in
  structured values (`mask_value`), the value of a key named like a credential
- userinfo: `user:[REDACTED]@host`
- a path segment that is a credential: `[REDACTED:github-pat]`, `bot[REDACTED:telegram]`
- header values: `[REDACTED]` for credential-bearing names (the fixed list, the
  configured extras, anything named like a token, key, secret, session or auth), and
  known token shapes inside any other value
- free text (summaries, content, reasons, log lines): known token shapes, `Bearer …`,
  `name=value` pairs whose name says "secret" (but a word after an id's name, such as
  `session_id: Input should be a valid string`: a generated id is no word; a query or
  a structured value keeps `session_id=Input` and `{"session_id": "Input"}` alike)

Every function returns its argument itself (`is`) when there is nothing to mask, so
callers can tell a clean value without comparing, and masking masked text changes
nothing. The engine masks a copy of each `Action` it publishes (`Redactor.action`); the
surface keeps the raw one for forwarding. The audit ledger and the log filter apply the
same functions again as a last line of defence.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import unquote_plus

from secproxy.content import KEY_MIN, RE2_CLASSES
from secproxy.model import Action, Finding, Principal, Target, Verdict

_re2: Any
try:  # RE2 is a dependency; without it every triggered text gets the full search
    import re2

    _re2 = re2
except ImportError:  # pragma: no cover - depends on the platform
    _re2 = None

REDACTED = "[REDACTED]"
EVENT_CONTENT = 200
"""Characters of an action's content an event carries (masked): enough for a summary;
the content itself stays in the proxy."""
APPROVAL_CONTENT = 4000
"""Characters of an action's content an approval shows (masked)."""
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key",
        "x-goog-api-key",
        "x-auth-token",
        "private-token",
        "x-csrf-token",
        "x-xsrf-token",
        "x-amz-security-token",
        "x-vault-token",
    }
)
"""Header names always masked, besides names that look like credentials."""

_NAME = (
    r"[\w.\-]*(?:token|secret|passw(?:or)?d?|pwd|api[_\-]?key|apikey|access[_\-]?key|"
    r"private[_\-]?key|auth|session(?!s\b)|sessid|cookie|credential|signature|jwt|bearer)[\w.\-]*"
)
_KEYWORD = (
    r"(?:token|secret|passw(?:or)?d?|pwd|api[_\-]?key|apikey|access[_\-]?key|private[_\-]?key|"
    r"auth|session(?!s\b)|sessid|cookie|credential|signature|jwt|bearer)"
)
_TRIGGERS = (
    "token", "secret", "passw", "pwd", "key", "auth", "sess", "cookie", "credential",
    "signature", "jwt", "bearer", "basic", "digest", "://", "-----begin", "eyj", "akia",
    "asia", "agpa", "aida", "aroa", "anpa", "aipa", "ghp_", "gho_", "ghu_", "ghs_", "ghr_",
    "github_pat_", "glpat-", "xox", "sk_", "rk_", "pk_", "whsec_", "sk-", "aiza", "ya29.",
    "npm_", "pypi-", "hf_", "sg.", "_v1_", "shp",
)
"""Lower-case strings one of which is in any text `_TEXT` can match (a cheap pre-check)."""
_SECRET_NAME = re.compile(rf"^(?:{_NAME}|(?:.*[_\-.])?(?:key|sig|code|sid|pass|otp))$", re.I)
"""A header, query, matrix or JSON key whose value is a credential."""

# Token shapes, most specific first; each alternative is a named group (its kind). A
# shape starts where no letter or digit is before it (not `\b`: `tool_AKIA…`, a key
# glued to a name by `_`, stayed in clear).
_SHAPES = (
    ("private_key",
     r"-----BEGIN[A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z ]*PRIVATE KEY-----|$)"),
    ("jwt", r"(?<![A-Za-z0-9])eyJ[A-Za-z0-9_\-]{6,}\.[A-Za-z0-9_\-]{6,}\.[A-Za-z0-9_\-]*"),
    ("aws_key",
     r"(?<![A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|AIPA)[0-9A-Z]{16}(?![A-Za-z0-9])"),
    ("github_pat", r"(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})"),
    ("gitlab_pat", r"(?<![A-Za-z0-9])glpat-[A-Za-z0-9_\-]{20,}"),
    ("slack", r"(?<![A-Za-z0-9])xox[abposre]-[A-Za-z0-9\-]{10,}"),
    ("stripe", r"(?<![A-Za-z0-9])(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}"
               r"|(?<![A-Za-z0-9])whsec_[A-Za-z0-9]{20,}"),
    ("anthropic", r"(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_\-]{10,}"),
    ("api_key", r"(?<![A-Za-z0-9])sk-[A-Za-z0-9_\-]{16,}"),
    ("google", r"(?<![A-Za-z0-9])AIza[0-9A-Za-z_\-]{30,}"
               r"|(?<![A-Za-z0-9])ya29\.[0-9A-Za-z_\-]{20,}"),
    ("telegram", r"(?:(?<=bot)|\b)\d{6,12}:[A-Za-z0-9_\-]{30,}"),
    ("npm", r"(?<![A-Za-z0-9])npm_[A-Za-z0-9]{30,}|(?<![A-Za-z0-9])pypi-[A-Za-z0-9_\-]{40,}"),
    ("huggingface", r"(?<![A-Za-z0-9])hf_[A-Za-z0-9]{30,}"),
    ("sendgrid", r"(?<![A-Za-z0-9])SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}"),
    ("twilio", r"(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])"),
    ("digitalocean", r"(?<![A-Za-z0-9])do[opr]_v1_[a-f0-9]{40,}"),
    ("shopify", r"(?<![A-Za-z0-9])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"),
    ("mailgun", r"(?<![A-Za-z0-9])key-[0-9a-f]{32}(?![A-Za-z0-9])"),
)
_KINDS = {name: name.replace("_", "-") for name, _ in _SHAPES}
_SHAPE = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _SHAPES)
_AUTH_VALUE = r"(?:bearer|basic|token|digest|apikey)\s+(?!\[REDACTED)[A-Za-z0-9._~+/=\-]{8,}"
_TEXT = re.compile(
    # URL userinfo (`scheme://user:password@`), kept up to the colon.
    r"(?P<userinfo>://[^\s/?#@:\[\]]*:)(?!\[REDACTED)[^\s/?#@]+@"
    # `Authorization: Bearer abc`: the scheme word stays.
    rf"|(?P<scheme>\b(?:bearer|basic|token|digest|apikey)\s+)(?!\[REDACTED)"
    r"(?P<auth>[A-Za-z0-9._~+/=\-]*[0-9._~+/=\-][A-Za-z0-9._~+/=\-]*)(?<=\S{8})"
    # `password=…`, `"api_key": "…"`, `Cookie: sid=…`: the name and separator stay.
    # The name's tail is bounded: unbounded, every keyword in a long run of letters
    # ("tokentoken…") would scan to the end and back (quadratic time on the event loop).
    rf"|(?P<pair>{_KEYWORD}[\w.\-]{{0,48}}[\"']?[ \t]{{0,8}}[=:][ \t]{{0,8}}[\"']?)"
    rf"(?!\[REDACTED)(?:{_AUTH_VALUE}|[^\s&;,\"'`{{}}\[\]<>()]+)"
    rf"|{_SHAPE}",
    re.I,
)
_SHAPE_RE = re.compile(_SHAPE)

_COUNT = re.compile(r"\{(\d+)(?:,\d*)?\}")


def _for_re2(pattern: str) -> str:
    """`pattern` loosened into one RE2 accepts, matching wherever `pattern` matches (and
    maybe elsewhere): lookarounds dropped (they only narrow a match), counted repeats
    made open (`{0,8}` any, `{1,8}` one or more; `{16,40}` of an ASCII class sixteen or
    more, of any other atom one or more), `\\w`, `\\d` and `\\s` given their
    Unicode meaning. `\\b` stays: each one here stands next to an ASCII
    word character, where RE2's boundaries are at least Python's."""
    out: list[str] = []
    i, depth, n = 0, 0, len(pattern)
    ascii_class = unicode_class = False
    """Whether the last atom written is a class of ASCII characters only; whether the
    class being written holds a Unicode one (`\\w`)."""
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            code = pattern[i + 1]
            if code in RE2_CLASSES:
                cls = RE2_CLASSES[code]
                out.append(cls if depth else f"[{cls}]")
                unicode_class = True
            else:
                out.append(pattern[i:i + 2])
            ascii_class = False
            i += 2
            continue
        closes = False
        if ch == "[" and not depth:
            depth, unicode_class = 1, False
        elif ch == "]" and depth and out and out[-1] != "[" and out[-1] != "[^":
            depth, closes = 0, True
        if not depth and pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(pattern, i)
            ascii_class = False
            continue
        if ch == "{" and not depth and (m := _COUNT.match(pattern, i)):
            # Counted repeats of Unicode classes would make RE2's automaton too big; the
            # least count of a small ASCII class keeps the loose pattern selective
            # (`\\d{6,12}:` is not any `1:`).
            least = int(m[1])
            out.append("*" if not least else "+" if least == 1 or not ascii_class
                       else f"{{{least},}}")
            ascii_class = False
            i = m.end()
            continue
        ascii_class = closes and not unicode_class
        out.append("[^" if ch == "[" and pattern.startswith("[^", i) else ch)
        i += 2 if out[-1] == "[^" else 1
    return "".join(out)


def _group_end(pattern: str, i: int) -> int:
    """The index after the group opening at `i` (escapes and classes skipped)."""
    level, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern.startswith(("[]", "[^]"), i):
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif ch == "(":
            level += 1
        elif ch == ")":
            level -= 1
            if not level:
                return i + 1
        i += 1
    return i


def _prefilter() -> Any:
    if _re2 is None:
        return None
    options = _re2.Options()
    options.case_sensitive = False
    options.never_capture = True
    options.max_mem = 32 << 20
    return _re2.compile(_for_re2(_TEXT.pattern), options)


_TEXT_MAYBE = _prefilter()
"""`_TEXT` loosened for RE2 (`_for_re2`): it matches wherever `_TEXT` does, in one linear
pass; `_masked_text` asks it where `_TEXT` may start a match. `_TEXT` (Python's
backtracking engine, ~30 alternatives tried at every position) costs ~1.5 µs a character,
and the words that trigger it ("token", "key", "auth") are everywhere in prose."""


_TELEGRAM = re.compile(r"\d{6,12}:[A-Za-z0-9_\-]{30,}")
_SHAPE_NAMES = tuple(name for name, _ in _SHAPES)
_SEGMENT_TOKEN = re.compile(r"[A-Za-z0-9_\-+=~]{20,}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_HEX = re.compile(r"[0-9a-fA-F]{32,}")
_VALUE = re.compile(
    rf"^(?:sk-|sk_|pk_|rk_|gh[pousr]_|github_pat_|glpat-|xox[abposre]-|AKIA|ASIA|AIza|eyJ|{_AUTH_VALUE})",
    re.I,
)
_names_seen: dict[str, bool] = {}


def secret_name(name: str) -> bool:
    """True when a key or header named `name` holds a credential (by its name)."""
    hit = _names_seen.get(name)
    if hit is None:
        hit = name.lower() in SENSITIVE_HEADERS or _SECRET_NAME.match(name) is not None
        if len(_names_seen) < 4096:
            _names_seen[name] = hit
    return hit


def _entropy(text: str) -> float:
    n = len(text)
    counts: dict[str, int] = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def token_kind(value: str) -> str | None:
    """The kind of credential `value` is as a whole (a known shape, or a long random
    string: `token`, `hex`), or None for ordinary text, ids and UUIDs."""
    if len(value) < 12:
        return None
    m = _SHAPE_RE.search(value)
    if m is not None and m.lastgroup is not None:
        return _KINDS[m.lastgroup]
    if _VALUE.match(value):
        return "token"
    if len(value) < 20 or _SEGMENT_TOKEN.fullmatch(value) is None or _UUID.fullmatch(value):
        return None
    if _HEX.fullmatch(value):
        return "hex"
    digits = sum(ch.isdigit() for ch in value)
    upper = sum(ch.isupper() for ch in value)
    lower = sum(ch.islower() for ch in value)
    if digits == 0 or (upper == 0 and lower == 0):
        return None
    # Random strings mix classes and rarely repeat; words and dates do not.
    mixed = upper and lower
    if (mixed or len(value) >= 32) and _entropy(value) >= min(4.0, math.log2(len(value)) - 0.6):
        return "token"
    return None


_PLAIN_WORD = re.compile(r"[A-Z]?[a-z]{1,23}|[A-Z]{1,24}")
"""A value that is a word (`Input`, `none`, `NULL`): letters in one case, or a capital
and lower case; a generated id mixes cases or has digits."""
_ID = r"(?:[_\-.][iI][dD]|Id)"
_ID_NAME = re.compile(rf"{_ID}[\"']?[ \t]*[=:]")
"""The end of a `pair` whose name is an identifier's (`session_id: `, `"tokenId": "`;
not `token_valid=`, nor a cookie's `PHPSESSID=`)."""
_ID_KEY = re.compile(rf"{_ID}\Z")
"""The end of a key that names an identifier (`session_id`, `tokenId`)."""


def _id_word(key: str, value: str) -> bool:
    """A plain word under an identifier's name (`session_id`: `Input`): no credential,
    as in free text (`_text_sub`); a generated id has digits or mixed case, and a
    password or a key may be a word (their names are no id's)."""
    return _ID_KEY.search(key) is not None and _PLAIN_WORD.fullmatch(value) is not None


def _text_sub(m: re.Match[str]) -> str:
    group = m.lastgroup
    if group == "userinfo":
        return f"{m['userinfo']}{REDACTED}@"
    if group == "auth":
        return f"{m['scheme']}{REDACTED}"
    if group == "pair":
        name = m["pair"]
        # `session_id: Input should be a valid string` names a field: a word is no id a
        # session was given (a password or a key may be a word: those names stay masked).
        if _ID_NAME.search(name) and _PLAIN_WORD.fullmatch(m.string, m.end("pair"), m.end()):
            return m[0]
        return f"{name}{REDACTED}"
    return f"[REDACTED:{_KINDS[group]}]" if group else REDACTED


_CLEAN_LIMIT = 512
"""Longest value remembered as clean."""


class _CleanSet:
    """Values already found to need no masking (agents repeat the same headers, paths
    and queries): a set lookup instead of a scan. Only clean values are kept, so it
    holds no secret; it starts over when full."""

    __slots__ = ("values", "maxsize")

    def __init__(self, maxsize: int = 16384):
        self.values: set[str] = set()
        self.maxsize = maxsize

    def add(self, value: str) -> None:
        if len(value) <= _CLEAN_LIMIT:
            if len(self.values) >= self.maxsize:
                self.values.clear()
            self.values.add(value)


_clean_text = _CleanSet()
_clean_path = _CleanSet()
_clean_query = _CleanSet()
_clean_host = _CleanSet()


def _triggered(text: str) -> bool:
    lower = text.lower()
    for trigger in _TRIGGERS:
        if trigger in lower:
            return True
    # Telegram bot tokens (`123456789:AA…`) outside a `bot…` path segment.
    return ":" in text and _TELEGRAM.search(text) is not None


MAX_SCANNED = 8192
"""Longest text scanned for credentials; what is longer leaves the engine cut to this
(a 64 KiB header value must not buy seconds of the event loop, nor leave unscanned)."""


def mask_text(text: str) -> str:
    """Free text with every credential it shows masked (the same object when clean);
    text over `MAX_SCANNED` characters comes back cut there, then masked."""
    if len(text) < 8 or text in _clean_text.values:
        return text
    if len(text) > MAX_SCANNED:
        cut = _head(text, MAX_SCANNED)
        text = f"{cut}…[{len(text) - len(cut)} more characters not shown]"
    if _triggered(text):
        masked = _masked_text(text)
        if masked is not text:
            return masked
    _clean_text.add(text)
    return text


_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"
"""The letters beyond ASCII that Python's case-blind matching takes for ASCII ones (İ ı
for i, ſ for s, the Kelvin sign for k); RE2's `\\b` sees no word there, so a text with
one is searched in full."""
MISSES = 64
"""Places where RE2's loose pattern starts a match and `_TEXT` does not, tried one by one
before `_masked_text` gives the whole text to `_TEXT.sub` (lookarounds RE2 drops:
`[REDACTED…` values already masked, short `Bearer` values)."""


def _masked_text(text: str) -> str:
    """`_TEXT.sub(_text_sub, text)` (the same object when nothing matches), with Python's
    engine tried only where RE2's loose pattern starts a match: every match of `_TEXT`
    starts where one of the loose pattern's does (it drops only what narrows a match), and
    RE2's leftmost start from a position is the first such place. `_TEXT` alone tries its
    ~30 alternatives at every character (~0.7 ms per KiB of prose holding a trigger word;
    every decision's content passes here before it leaves the engine). RE2 reads the
    text's UTF-8 once (given a `str`, it encodes the whole text at every call)."""
    maybe = _TEXT_MAYBE
    if maybe is None:
        return _substituted(text)
    try:
        data = text.encode()
    except UnicodeEncodeError:  # a lone surrogate: RE2 takes UTF-8 only
        return _substituted(text)
    same = len(data) == len(text)  # ASCII: a byte's offset is its character's
    if not same and any(c in text for c in _ASCII_FOLDS):
        return _substituted(text)
    parts: list[str] = []
    last = at = misses = 0
    while (loose := maybe.search(data, at)) is not None:
        where = loose.start()
        start = where if same else len(data[:where].decode())
        m = _TEXT.match(text, start)
        if m is None:
            misses += 1
            if misses > MISSES:
                return _substituted(text)
            at = where + (1 if same else len(text[start].encode()))
            continue
        end = m.end()
        if end == start:  # no alternative matches empty; if one did, sub's rules apply
            return _substituted(text)
        parts.append(text[last:start])
        parts.append(_text_sub(m))
        last = end
        at = end if same else len(text[:end].encode())
    if not parts:
        return text
    parts.append(text[last:])
    masked = "".join(parts)
    return text if masked == text else masked  # (every match a plain word: clean)


def _substituted(text: str) -> str:
    masked = _TEXT.sub(_text_sub, text)
    return text if masked == text else masked


def _mask_pair(part: str, sep: str = "=") -> str:
    """One `key=value` of a query or matrix parameter list."""
    key, eq, value = part.partition(sep)
    if not eq:
        return f"[REDACTED:{kind}]" if (kind := token_kind(unquote_plus(part))) else part
    if not value or value == REDACTED:
        return part
    plain_key = unquote_plus(key) if "%" in key else key
    plain = unquote_plus(value) if "%" in value or "+" in value else value
    if secret_name(plain_key) and not _id_word(plain_key, plain) or \
            token_kind(plain) is not None:
        return f"{key}={REDACTED}"
    masked = mask_text(plain)
    return part if masked is plain else f"{key}={masked}"


def mask_query(query: str | None) -> str | None:
    """Keep every key (and the raw text of clean values); mask values whose key or shape
    says "secret"."""
    if not query or query in _clean_query.values:
        return query
    return _mask_parts(query, "&", _mask_pair, _clean_query)


def _mask_segment(segment: str) -> str:
    if ";" in segment:
        head, *params = segment.split(";")
        masked = [_mask_segment(head), *(_mask_pair(p) for p in params)]
        return ";".join(masked)
    if len(segment) < 20:
        return segment
    plain = unquote_plus(segment) if "%" in segment else segment
    text = mask_text(plain)
    if text is not plain:
        return text
    kind = token_kind(plain)
    return f"[REDACTED:{kind}]" if kind else segment


def mask_path(path: str | None) -> str | None:
    """A URL path with matrix parameters and credential-shaped segments masked."""
    if not path or path in _clean_path.values:
        return path
    if len(path) < 20 and ";" not in path and "@" not in path and "%" not in path:
        _clean_path.add(path)  # so that the next check of it is the set's
        return path
    return _mask_parts(path, "/", _mask_segment, _clean_path)


def _mask_parts(text: str, sep: str, mask: Callable[[str], str], clean: _CleanSet) -> str:
    """`text` split at `sep`, each part masked; the same object (remembered in `clean`)
    when no part changed."""
    parts = text.split(sep)
    out = [mask(p) for p in parts]
    if out == parts:
        clean.add(text)
        return text
    return sep.join(out)


def mask_host(host: str | None) -> str | None:
    """A host name with each label that is a credential masked: a secret sent as a DNS
    label (`AKIA….attacker.example`) is refused at the proxy, and its record must not
    keep it (`[REDACTED:aws-key].attacker.example`)."""
    if not host or host in _clean_host.values:
        return host
    if len(host) < 12:
        _clean_host.add(host)
        return host
    return _mask_parts(host, ".", _mask_label, _clean_host)


def _mask_label(label: str) -> str:
    kind = token_kind(label)
    return label if kind is None else f"[REDACTED:{kind}]"


def mask_url(url: str | None) -> str | None:
    """`[scheme://][user:pw@]host/path[?query][#frag]` with the password, credential path
    segments, matrix parameters, query and fragment values masked."""
    if not url:
        return url
    rest = url
    scheme = ""
    if "://" in rest:
        scheme, _, rest = rest.partition("://")
        scheme += "://"
    rest, hash_, fragment = rest.partition("#")
    rest, qmark, query = rest.partition("?")
    slash = rest.find("/")
    authority, path = (rest, "") if slash < 0 else (rest[:slash], rest[slash:])
    userinfo, at, host = authority.rpartition("@")
    name, colon, port = host.rpartition(":") if not host.endswith("]") else ("", "", "")
    if not colon or not port.isdigit():
        name, colon, port = host, "", ""
    masked_name = mask_host(name)
    if masked_name is not name:
        host = f"{masked_name}{colon}{port}"
    if at:
        user, colon, _password = userinfo.partition(":")
        if colon:
            user = f"{user}:{REDACTED}"
        elif token_kind(unquote_plus(user)) or len(user) >= 16:
            user = REDACTED
        authority = f"{user}@{host}"
    else:
        authority = host
    masked = (
        f"{scheme}{authority}{mask_path(path) or ''}"
        + (f"?{mask_query(query)}" if qmark else "")
        + (f"#{mask_query(fragment)}" if hash_ else "")
    )
    return url if masked == url else masked


def sensitive_names(extra: Iterable[str] = ()) -> frozenset[str]:
    """The lower-case header names always masked: the built-in ones plus `extra`."""
    return SENSITIVE_HEADERS | {e.lower() for e in extra}


def redact_headers(
    headers: Mapping[str, str], extra: Iterable[str] = (), *, names: frozenset[str] | None = None
) -> dict[str, str]:
    """Copy of `headers` with credential values replaced by `[REDACTED]` (`names`, when
    given, is a precomputed `sensitive_names(extra)`) and token shapes in the others
    masked."""
    names = names if names is not None else sensitive_names(extra)
    out = {}
    for k, v in headers.items():
        # A name is text too (`X-AKIA…: 1`): masked as a value is.
        key = mask_text(k) if isinstance(k, str) and len(k) >= KEY_MIN else k
        if k.lower() in names or secret_name(k):
            out[key] = REDACTED if v else v
        else:
            out[key] = mask_text(v) if isinstance(v, str) else v
    return out


def _headers_clean(headers: Mapping[str, Any], names: frozenset[str]) -> bool:
    """True when `redact_headers` would change nothing (the hot path: no copy)."""
    seen = _names_seen
    clean = _clean_text.values
    extra = names is not SENSITIVE_HEADERS and len(names) > len(SENSITIVE_HEADERS)
    for k, v in headers.items():
        if (k.__class__ is str and len(k) >= KEY_MIN and k not in clean
                and mask_text(k) is not k):
            return False  # a credential in the name itself
        hit = seen.get(k)
        if hit is None:
            hit = secret_name(k)
        if hit or (extra and k.lower() in names):
            if v and v != REDACTED:
                return False
        elif (v.__class__ is str and len(v) >= 8 and v not in clean
              and mask_text(v) is not v):
            return False
    return True


_URL_KEYS = frozenset({"url", "request_target", "client_path", "referer", "location"})


MAX_DEPTH = 32
"""Nesting kept in a masked value; what is deeper is replaced (never shown unscanned)."""


def mask_value(value: Any, names: frozenset[str] = SENSITIVE_HEADERS, _depth: int = 0) -> Any:
    """A JSON-like value (metadata, tool arguments) with credentials masked: values of
    secret-named keys, headers, URLs and text. The same object when clean."""
    cls = value.__class__
    if cls is dict:
        return _mask_dict(value, names, _depth)
    if isinstance(value, str):
        return mask_text(value)
    if _depth >= MAX_DEPTH and isinstance(value, dict | list | tuple):
        return f"[nested deeper than {MAX_DEPTH} levels: not shown]"
    if isinstance(value, dict):
        return _mask_dict(value, names, _depth)
    if isinstance(value, list | tuple):
        items = [mask_value(v, names, _depth + 1) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return items
    return value


_PLAIN = frozenset({int, float, bool, type(None)})
"""Leaf types `mask_value` returns as they are (whatever their key says)."""


def _mask_dict(value: dict[Any, Any], names: frozenset[str], depth: int) -> Any:
    """`mask_value` of a dict. The common leaves (a text known clean or too short to
    hold a credential, a number) are settled here rather than in a call each, and the
    copy is only made once something changes: most values are clean (one or two per
    decision, every one of them walked)."""
    if depth >= MAX_DEPTH:
        return f"[nested deeper than {MAX_DEPTH} levels: not shown]"
    clean = _clean_text.values
    seen = _names_seen
    out: dict[Any, Any] | None = None
    for i, (k, v) in enumerate(value.items()):
        cls = v.__class__
        if k.__class__ is str:
            hit = seen.get(k)
            if hit is None:
                hit = secret_name(k)
        else:
            hit = isinstance(k, str) and secret_name(k)
        if hit and v not in (None, "", REDACTED) and isinstance(v, str | int | float) \
                and not (isinstance(v, str) and _id_word(k, v)):
            new: Any = REDACTED
        elif cls is str:
            if k in _URL_KEYS:
                new = mask_url(v)
            else:
                new = v if len(v) < 8 or v in clean else mask_text(v)
        elif cls in _PLAIN:
            new = v
        elif k == "headers" and isinstance(v, dict):
            new = v if _headers_clean(v, names) else redact_headers(v, names=names)
        elif k in _URL_KEYS and isinstance(v, str):
            new = mask_url(v)
        else:
            new = mask_value(v, names, depth + 1)
        # A key is text too (`{"AKIA…": 1}`): masked as a value is, once it could hold one.
        key = k if k.__class__ is not str or len(k) < KEY_MIN or k in clean else mask_text(k)
        if out is not None:
            out[key] = new
        elif new is not v or key is not k:
            out = dict(itertools.islice(value.items(), i))
            out[key] = new
    return value if out is None else out


_SEPARATORS = re.compile(r"[\s\"',;&<>{}()\[\]]")


def _head(text: str, limit: int) -> str:
    """The start of `text` for masking then showing: cut at a separator, so that no
    credential is cut in two (a half would not be recognised, and could be shown)."""
    if len(text) <= limit:
        return text
    cut = limit
    for m in _SEPARATORS.finditer(text, limit, limit + 512):
        cut = m.start()
        break
    else:
        head = text[:limit]
        last = max((m.start() for m in _SEPARATORS.finditer(head)), default=0)
        return head[:last]
    return text[:cut]


def _name(value: str | None) -> str | None:
    """A name from the wire (a tool, a session or agent id, a method) masked as text,
    the same object when clean (`mask_text`: short and known-clean ones not scanned)."""
    return mask_text(value) if value else value


class Redactor:
    """The masking the engine applies to what it publishes, with the configured extra
    header names (`audit.redact_headers`)."""

    def __init__(self, extra: Iterable[str] = ()):
        self.names = sensitive_names(extra)

    def action(self, action: Action, *, content_limit: int = EVENT_CONTENT) -> Action:
        """`action` itself when nothing in it needs masking, else a masked copy (the
        caller keeps the raw one) with at most `content_limit` characters of content."""
        t = action.target
        # A value already known clean is not looked at again (the hot path: one or two
        # events per decision); mask_* would find it in the same set.
        path = t.path
        if path and path not in _clean_path.values:
            path = mask_path(path)
        host = t.host
        if host and host not in _clean_host.values:
            host = mask_host(host)
        query = t.query
        if query and query not in _clean_query.values:
            query = mask_query(query)
        content = action.content
        if content:
            content = mask_text(_head(content, content_limit))
        arguments = action.arguments
        if arguments:
            arguments = mask_value(arguments, self.names)
        metadata = action.metadata
        if metadata:
            metadata = mask_value(metadata, self.names)
        # Names an agent chooses are text too: a key sent as the tool's name, the
        # session id, the agent id or the method reached the ledger and the console.
        tool, method, session = _name(t.tool), _name(t.method), _name(action.session)
        principal = action.principal
        user, agent, channel = _name(principal.user), _name(principal.agent), _name(
            principal.channel)
        if (path is t.path and query is t.query and host is t.host
                and content is action.content
                and arguments is action.arguments and metadata is action.metadata
                and tool is t.tool and method is t.method and session is action.session
                and user is principal.user and agent is principal.agent
                and channel is principal.channel):
            return action
        target = t
        if path is not t.path or query is not t.query or tool is not t.tool or (
                method is not t.method) or host is not t.host:
            target = Target(host, t.port, t.scheme, path, query, method, tool)
        if user is not principal.user or agent is not principal.agent or (
                channel is not principal.channel):
            principal = Principal(principal.ip, user, principal.api_key, channel, agent)
        return Action(action.surface, action.direction, principal, target,
                      session, content, arguments, metadata, action.request_id,
                      action.created)

    def verdict(self, verdict: Verdict) -> Verdict:
        """`verdict` itself, or a copy whose reason and finding messages are masked."""
        reason = verdict.reason
        findings = verdict.findings
        clean = _clean_text.values
        if reason and reason not in clean:
            reason = mask_text(reason)
        masked = findings
        for i, f in enumerate(findings):
            message = f.message
            if message in clean:
                continue
            message = mask_text(message)
            if message is not f.message:
                if masked is findings:
                    masked = list(findings)
                masked[i] = Finding(f.stage, f.category, message, f.severity, f.span,
                                    f.kind)
        if reason is verdict.reason and masked is findings:
            return verdict
        return Verdict(verdict.decision, masked, verdict.rule, reason, verdict.sanitized,
                       verdict.timings, verdict.retry_after, verdict.approval_id,
                       verdict.shadow, verdict.logged, verdict.guard_timings, verdict.limit)
