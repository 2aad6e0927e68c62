"""Names and paths as learning mode reads them: the registrable domain of a host, many
subdomains collapsed into `*.domain`, the stable prefix of a path, and text made safe for
one comment line. Pure functions."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

COLLAPSE_MIN = 3
"""Distinct subdomains of one registrable domain from which they become `*.domain`."""
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go"})
_ID_SEGMENT = re.compile(
    r"^(?:\d+|[0-9a-f]{8,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",
    re.IGNORECASE,
)
_BREAKS = frozenset("\x85\u2028\u2029")
_IP = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f]*:[0-9a-f:.]*\]?)$", re.IGNORECASE)


def one_line(text: str) -> str:
    """Text for a comment line: line breaks and other control characters (which a host,
    tool or reason from the wire may hold) become spaces."""
    return "".join(" " if c in _BREAKS or ord(c) < 0x20 or ord(c) == 0x7F else c
                   for c in text)


def url_path(url: str | None) -> str | None:
    """The path of a ledger URL (`host[:port]/path[?query]`), without the query."""
    if not url:
        return None
    slash = url.find("/")
    if slash < 0:
        return "/"
    return url[slash:].split("?", 1)[0].split("#", 1)[0] or "/"


def registrable(host: str) -> str | None:
    """The domain a host is registered under (`api.eu.example.co.uk` → `example.co.uk`),
    or None for addresses and single-label names. A short heuristic, not the public
    suffix list: two labels, three when the second-level one is a common suffix."""
    if _IP.match(host):
        return None
    labels = host.rstrip(".").split(".")
    if len(labels) < 2:
        return None
    take = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 \
        else 2
    return ".".join(labels[-take:]) if len(labels) >= take else None


def path_prefix(path: str) -> str:
    """The stable part of a path: from the first id, masked or glob-like segment on,
    and a last segment that names a file (`app.js`), dropped."""
    segments = [seg for seg in path.split("/") if seg]
    if segments and "." in segments[-1]:
        segments.pop()
    kept: list[str] = []
    for seg in segments:
        if _ID_SEGMENT.match(seg) or "[REDACTED" in seg or "*" in seg:
            break
        kept.append(seg)
    return "/" + "/".join(kept)


def common_prefix(prefixes: Iterable[str]) -> str:
    split = [p.strip("/").split("/") if p != "/" else [] for p in prefixes]
    common: list[str] = []
    for parts in zip(*split, strict=False):
        if len(set(parts)) != 1:
            break
        common.append(parts[0])
    return "/" + "/".join(common)


def host_groups(hosts: Iterable[str]) -> dict[str, list[str]]:
    """Host condition → the observed hosts it covers (subdomains collapsed)."""
    by_domain: dict[str, list[str]] = defaultdict(list)
    alone: list[str] = []
    for host in hosts:
        domain = registrable(host)
        if domain is None or domain == host:
            alone.append(host)
        else:
            by_domain[domain].append(host)
    groups: dict[str, list[str]] = {h: [h] for h in alone}
    for domain, subs in by_domain.items():
        if len(subs) >= COLLAPSE_MIN:
            groups[f"*.{domain}"] = sorted(subs)
        else:
            groups.update({h: [h] for h in subs})
    return groups
