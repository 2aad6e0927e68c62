"""Text from traffic, made safe to show on an operator's terminal.

What an agent or a model names — a tool, a URL path, its agent name, an approval's
summary — reaches `secproxy tui`, `secproxy audit query` and the other read commands.
A terminal acts on some characters instead of showing them: ESC starts sequences that
retitle the window, write the clipboard or move the cursor; C1 controls do the same;
bidi overrides show a name reversed. `visible` writes each of them as an escape
(`\\x1b`, `\\u202e`); tab and line breaks are kept.
"""

from __future__ import annotations

import re
from typing import Any

UNSHOWN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f"
                     "\u202a-\u202e\u2066-\u2069]")
"""The characters `visible` escapes (not tab, line feed and carriage return: a rules file
with CRLF line ends, shown in the console's editor and saved back, stays one)."""


def _escaped(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with the characters a terminal would act on written as escapes."""
    return UNSHOWN.sub(_escaped, text) if UNSHOWN.search(text) else text


def shown(value: Any) -> Any:
    """`value` (a message from the proxy: dicts, lists, strings) with `visible` applied
    to every string, keys too."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {shown(k): shown(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shown(v) for v in value]
    return value
