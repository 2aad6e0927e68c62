"""Chains: steps across one session's calls that are harmless alone and harmful together.

`steps_of(action, findings)` reads what a call does as steps (`secret_read`,
`outbound_send`, `download`, `chmod`, `execute`, `recon`, `startup_write`), from the
call itself (its tool's name and its arguments as the tool-call text) and from what the
guards found in it (a credential read, a secret in a tool's result). `completed(...)`
then says which `CHAINS` the call completes given the steps the session made before:

    exfiltration       secret_read → outbound_send
    download_execute   download → chmod → execute       (the same file, when named)
    persistence        recon → startup_write

A chain completes only when its last step is in this call and an earlier one came from
an earlier call: a single call doing it all is the tool-abuse guard's to find. The
patterns are deliberately plain (command words and well-known paths) so that they read
any tool's arguments; the guard's normalisation is not repeated here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from secproxy.engine import chain_steps
from secproxy.model import Action, Direction, Finding
from secproxy.redact import mask_text

CHAINS: dict[str, tuple[str, ...]] = {
    "exfiltration": ("secret_read", "outbound_send"),
    "download_execute": ("download", "chmod", "execute"),
    "persistence": ("recon", "startup_write"),
}
"""Each chain's steps, in order."""
DEFAULT_ACTIONS = {"exfiltration": "block", "download_execute": "block",
                   "persistence": "require_approval"}
"""What a completed chain does unless `sessions.chain_actions` says otherwise."""
_CLIP = 8 * 1024
"""A call is read as its first characters: a command is short, the rest is data."""


@dataclass(frozen=True, slots=True)
class Step:
    """One thing a call did, as a chain sees it."""

    name: str
    at: float
    request_id: str
    what: str
    """A short human label (`cat ~/.aws/credentials`), masked where it matters."""
    file: str | None = None
    """The file the step is about (downloaded, made executable, run), when named."""

    def to_list(self) -> list[str | float | None]:
        return [self.name, self.at, self.request_id, self.what, self.file]

    @classmethod
    def from_list(cls, row: Sequence[object]) -> Step:
        name, at, request_id, what, obj = row
        return cls(str(name), float(at), str(request_id), str(what),  # type: ignore[arg-type]
                   None if obj is None else str(obj))


@dataclass(frozen=True, slots=True)
class Completed:
    """A chain this call completed, with the steps that made it."""

    name: str
    steps: tuple[Step, ...]

    def message(self, now: float) -> str:
        parts = []
        for step in self.steps:
            ago = now - step.at
            when = "this call" if ago <= 0 and step is self.steps[-1] else (
                f"call {step.request_id}, {_ago(ago)} ago")
            parts.append(f"{step.name} ({step.what}; {when})")
        return f"chain {self.name}: " + " → ".join(parts)


def _ago(seconds: float) -> str:
    if seconds < 60:
        return f"{max(seconds, 0):.0f}s"
    if seconds < 3600:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h"


# -- what a call does -----------------------------------------------------------------

_SEND_METHODS = frozenset({"POST", "PUT", "PATCH"})
_BODY_KEYS = frozenset({"body", "data", "json", "files", "form", "payload", "content"})
_TOOL_SEND = re.compile(r"(?:^|[_.\-/:])(?:send|post|upload|email|mail|webhook|publish|"
                        r"share|tweet|sms|notify)(?:$|[_.\-/:])", re.IGNORECASE)
_FROM_FINDINGS = {"credential_read": "secret_read", "env_dump": "secret_read",
                  "exfiltration": "outbound_send", "persistence": "startup_write"}


def _label(text: str) -> str:
    line = mask_text(" ".join(text[:400].split()))
    return line if len(line) <= 80 else line[:77] + "…"


def steps_of(action: Action, findings: Iterable[Finding], now: float) -> list[Step]:
    """What this call does, as chain steps (in the order they appear in it)."""
    found: list[tuple[int, str, str | None]] = []
    rid = action.request_id
    tool = action.target.tool or ""
    request = action.direction is Direction.REQUEST
    for f in findings:
        step = _FROM_FINDINGS.get(f.kind) if f.category == "tool_abuse" else None
        if step is not None and request:
            found.append((f.span[0] if f.span else 0, step, None))
        elif f.category == "secret" and not request:
            found.append((0, "secret_read", None))  # a secret in what the agent gets back
    text = (action.original if action.original is not None else action.content) or ""
    text = text[:_CLIP]
    if request and (tool or action.arguments is not None):
        found.extend(chain_steps.read(text, tool))
        if _sends(action, tool):
            found.append((len(text), "outbound_send", None))
    if not found:
        return []
    found.sort(key=lambda item: item[0])
    seen: set[tuple[str, str | None]] = set()
    out = []
    what = _label(f"{tool}: {text}" if tool and tool not in text[:len(tool) + 1] else text) \
        or action.summary()
    for _, name, obj in found:
        if (name, obj) in seen:
            continue
        seen.add((name, obj))
        out.append(Step(name, now, rid, what, obj))
    return out


def _sends(action: Action, tool: str) -> bool:
    """A call whose tool sends data out: an HTTP call with a body or a writing method,
    or a tool named for sending (`send_email`, `slack.post_message`)."""
    if tool and _TOOL_SEND.search(tool):
        return True
    target = action.target
    if target.host is None:
        return False
    if (target.method or "").upper() in _SEND_METHODS:
        return True
    args = action.arguments
    if isinstance(args, dict) and any(args.get(k) for k in _BODY_KEYS):
        return True
    return len(target.query or "") >= 64  # data carried in a long query string


# -- chains ---------------------------------------------------------------------------


def _same_object(a: Step, b: Step) -> bool:
    return a.file is None or b.file is None or a.file == b.file


def completed(history: Sequence[Step], current: Sequence[Step], now: float, window: float
              ) -> list[Completed]:
    """The chains the current call's steps complete after `history` (oldest first)."""
    if not current:
        return []
    names = {s.name for s in current}
    earliest = now - window
    out = []
    for chain, order in CHAINS.items():
        if order[-1] not in names:
            continue
        found = _walk(order, list(history), list(current), earliest)
        if found is not None:
            out.append(Completed(chain, found))
    return out


def _walk(order: tuple[str, ...], history: list[Step], current: list[Step], earliest: float
          ) -> tuple[Step, ...] | None:
    """The most recent way to make `order`, its last step in `current` and at least one
    step before it from `history`; None when there is none."""
    last = next((s for s in reversed(current) if s.name == order[-1]), None)
    if last is None:
        return None
    pool = [s for s in history if s.at >= earliest]
    before = current[:current.index(last)]
    steps = [last]
    later = last
    from_history = False
    for name in reversed(order[:-1]):
        pick = next((s for s in reversed(before) if s.name == name and _same_object(s, later)),
                    None)
        if pick is not None:
            before = before[:before.index(pick)]
        else:
            pick = next((s for s in reversed(pool) if s.name == name
                         and _same_object(s, later)), None)
            if pick is None:
                return None
            from_history = True
            before = []
            pool = pool[:pool.index(pick)]
        steps.append(pick)
        later = pick
    return tuple(reversed(steps)) if from_history else None
