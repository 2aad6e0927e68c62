"""Redaction before anything is stored: sensitive headers and secret-looking query values."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, quote

SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)
REDACTED = "[REDACTED]"
_SECRET_KEYS = re.compile(
    r"(?:^|[_\-.])(?:token|key|secret|password|passwd|pwd|auth|signature|sig|session|"
    r"credential|apikey|access[_\-]?token|client[_\-]?secret|code)(?:$|[_\-.])",
    re.IGNORECASE,
)
_SECRET_VALUE = re.compile(
    r"^(?:sk-|sk_|pk_|rk_|ghp_|gho_|ghs_|github_pat_|xox[abprs]-|AKIA|ASIA|AIza|eyJ)"
    r"|^[A-Za-z0-9+/_\-]{32,}={0,2}$"
)


def sensitive_names(extra: Iterable[str] = ()) -> frozenset[str]:
    """The lower-case header names to redact: the built-in ones plus `extra`."""
    return SENSITIVE_HEADERS | {e.lower() for e in extra}


def redact_headers(
    headers: Mapping[str, str], extra: Iterable[str] = (), *, names: frozenset[str] | None = None
) -> dict[str, str]:
    """Copy of `headers` with sensitive values replaced by `[REDACTED]` (`names`, when
    given, is a precomputed `sensitive_names(extra)`)."""
    names = names if names is not None else sensitive_names(extra)
    return {k: (REDACTED if k.lower() in names else v) for k, v in headers.items()}


def mask_query(query: str | None) -> str | None:
    """Keep every key; mask values whose key or shape says "secret"."""
    if not query:
        return query
    parts = []
    for key, value in parse_qsl(query, keep_blank_values=True):
        if value and (_SECRET_KEYS.search(key) or _SECRET_VALUE.search(value)):
            value = REDACTED
        parts.append(f"{quote(key, safe='')}={quote(value, safe='[]')}" if value else quote(key))
    return "&".join(parts)


def mask_url(url: str | None) -> str | None:
    """`host/path?token=abc&page=2` → `host/path?token=[REDACTED]&page=2`."""
    if not url or "?" not in url:
        return url
    base, _, query = url.partition("?")
    return f"{base}?{mask_query(query)}"
