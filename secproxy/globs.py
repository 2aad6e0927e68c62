"""URL, host and name globs, compiled once to regular expressions.

URL globs are written `[scheme://]host[:port][/path]`; the scheme is ignored, the port is
optional (absent = any port), and a glob without a path matches every path. In hosts
`*` matches any run of characters (dots included); in paths `*` stays inside one segment
and `**` crosses `/`; a trailing `/**` also matches the directory itself. The query string
is never part of the match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_HOST_CHARS = re.compile(r"^[a-z0-9*._\-\[\]:]+$")


def _glob_to_regex(glob: str, *, segment: str) -> str:
    """`*` → any run without `segment` chars, `**` → anything."""
    out = []
    i = 0
    while i < len(glob):
        c = glob[i]
        if c == "*":
            if glob.startswith("**", i):
                out.append(".*")
                i += 2
                continue
            out.append(f"[^{segment}]*" if segment else ".*")
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


@lru_cache(maxsize=4096)
def name_glob(glob: str) -> re.Pattern[str]:
    """A glob over a plain name (tool, principal key, host): `*` matches anything."""
    return re.compile(_glob_to_regex(glob.lower(), segment="") + r"\Z", re.IGNORECASE)


def path_glob(glob: str) -> re.Pattern[str]:
    """A glob over a URL path: `*` within a segment, `**` across, trailing `/**` optional."""
    if not glob.startswith("/"):
        glob = "/" + glob
    if glob.endswith("/**"):
        body = _glob_to_regex(glob[:-3], segment="/") + r"(?:/.*)?"
    else:
        body = _glob_to_regex(glob, segment="/")
    return re.compile(body + r"\Z")


@dataclass(frozen=True, slots=True)
class UrlGlob:
    """A compiled URL glob."""

    source: str
    host: re.Pattern[str]
    host_literal: str | None
    """The host when it has no wildcard, for fast indexing."""
    port: int | None
    path: re.Pattern[str] | None

    def matches(self, host: str, port: int | None, path: str | None) -> bool:
        if self.port is not None and port != self.port:
            return False
        if self.host_literal is not None:
            if host != self.host_literal:
                return False
        elif not self.host.match(host):
            return False
        return self.path is None or bool(self.path.match(path or "/"))


def split_url_glob(pattern: str) -> tuple[str, str | None, str | None]:
    """`https://Host:8443/a/*` → (`host`, `8443`, `/a/*`); the scheme is dropped."""
    rest = _SCHEME.sub("", pattern.strip())
    hostport, slash, path = rest.partition("/")
    path_part = "/" + path if slash else None
    port: str | None = None
    if hostport.startswith("["):
        end = hostport.find("]")
        if end >= 0 and hostport[end + 1 : end + 2] == ":":
            port = hostport[end + 2 :]
            hostport = hostport[: end + 1]
    elif hostport.count(":") == 1:
        hostport, _, port = hostport.partition(":")
    return hostport.lower(), port, path_part


def compile_url_glob(pattern: str) -> UrlGlob:
    """Compile a URL glob; raises ValueError for a port that is not a number."""
    host, port_s, path = split_url_glob(pattern)
    port: int | None = None
    if port_s is not None and port_s not in ("", "*"):
        if not port_s.isdigit() or not 0 < int(port_s) <= 65535:
            raise ValueError(f"port {port_s!r} in {pattern!r} is not a number from 1 to 65535")
        port = int(port_s)
    host = host or "*"
    literal = None if "*" in host else host.strip("[]")
    host_re = re.compile(_glob_to_regex(host.strip("[]"), segment="/") + r"\Z")
    path_re = None
    if path is not None and path not in ("/**",):
        path_re = path_glob(path)
    return UrlGlob(pattern, host_re, literal, port, path_re)


def host_is_plausible(pattern: str) -> bool:
    """False for host globs that no host name or address can ever match."""
    host, _, _ = split_url_glob(pattern)
    return bool(_HOST_CHARS.match(host or "*"))


def concrete_example(pattern: str) -> tuple[str, int | None, str]:
    """A representative URL matched by `pattern`, for shadowing checks: each `*` becomes
    `x` and each `**` becomes `x/x`, so a segment-bound glob does not cover it."""
    host, port_s, path = split_url_glob(pattern)
    host = (host or "*").replace("**", "x.x").replace("*", "x.x").strip("[]")
    path = (path or "/x/x").replace("**", "x/x").replace("*", "x")
    port = int(port_s) if port_s and port_s.isdigit() else None
    return host, port, path
