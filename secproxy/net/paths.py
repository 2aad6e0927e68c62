"""URL paths as origin servers read them: what a rule on a path is matched against, for
the egress proxy's requests and the inspection API's `url` arguments alike.

`normalize_path` decodes percent-encoded unreserved characters, reads a backslash as a
slash as WHATWG URL parsers do, merges runs of slashes as nginx and Apache do and removes
dot segments, so `/%61dmin`, `/x/../admin`, `//admin` or `/x\\..\\admin` cannot slip past a
rule on `/admin/**`. A path holding a dot segment together with `//`, a backslash or an
encoded slash or backslash is `ambiguous`: servers (and HTTP clients, which resolve dot
segments before sending) resolve it differently (`/admin//../public` is `/public` once
slashes are merged, `/admin/public` to a WHATWG parser; `/admin/x\\..\\..\\public` stays
under /admin/ where a backslash is a character), so no one reading of it is safe to check.
"""

from __future__ import annotations

import re

_SLASHES = re.compile(r"/{2,}")
_SEPARATOR = r"(?:/|\\|%2F|%5C)"
_DOT_SEGMENT = re.compile(rf"(?:^|{_SEPARATOR})\.\.?(?={_SEPARATOR}|$)")
_READ_APART = re.compile(r"//|\\|%2F|%5C")
"""What servers read differently: runs of slashes (merged or not), a backslash (a slash or
a character), an encoded slash or backslash (decoded by nginx, not by others)."""
AMBIGUOUS_PATH = (
    "the path holds a dot segment (. or ..) together with '//', a backslash or an encoded "
    "slash, which servers resolve to different paths: send it with its dot segments "
    "resolved"
)
_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def normalize_path(path: str) -> str:
    """Decode percent-encoded unreserved characters, read backslashes as slashes, merge
    runs of slashes and remove dot segments."""
    return resolve_path(decode_unreserved(path))


def ambiguous(path: str) -> bool:
    """Whether `path` (percent-decoded: `decode_unreserved`) is one servers resolve to
    different paths (see the module)."""
    return "." in path and _READ_APART.search(path) is not None and \
        _DOT_SEGMENT.search(path) is not None


def decode_unreserved(path: str) -> str:
    """`path` with its percent-encoded unreserved characters decoded and the other
    percent-encodings upper-cased."""
    if "%" in path:
        out = []
        i = 0
        n = len(path)
        while i < n:
            c = path[i]
            if c == "%" and i + 2 < n and _is_hex(path[i + 1 : i + 3]):
                code = int(path[i + 1 : i + 3], 16)
                if code in _UNRESERVED:
                    out.append(chr(code))
                    i += 3
                    continue
                out.append(path[i : i + 3].upper())
                i += 3
                continue
            out.append(c)
            i += 1
        path = "".join(out)
    return path


def resolve_path(path: str) -> str:
    """`path` (percent-decoded) with backslashes read as slashes, runs of slashes merged
    and dot segments removed."""
    if "\\" in path:
        path = path.replace("\\", "/")
    if "//" in path:
        path = _SLASHES.sub("/", path)
    if "/." not in path:
        return path
    stack: list[str] = []
    segments = path.split("/")
    for seg in segments[1:]:
        if seg == "..":
            if stack:
                stack.pop()
        elif seg != ".":
            stack.append(seg)
    tail = "/" if segments[-1] in (".", "..") else ""
    return "/" + "/".join(stack) + (tail if stack else "")


def _is_hex(text: str) -> bool:
    return len(text) == 2 and all(c in "0123456789abcdefABCDEF" for c in text)
