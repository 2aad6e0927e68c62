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

_CMD = r"(?:^|[;&|`(\n]|\$\(|\bthen\s|\bdo\s)\s*(?:sudo\s+(?:-\S+\s+)*)?"
_SECRET_PATH = re.compile(
    r"\.ssh/+(?:id_[a-z0-9_]+|identity)\b(?!\.pub)|\.aws/+credentials|/etc/+shadow\b|"
    r"\.netrc\b|\.kube/+config\b|\.docker/+config\.json|\.git-credentials|\.pgpass\b|"
    r"\.npmrc\b|\.pypirc\b|gcloud/+\S*credentials|application_default_credentials|"
    r"\.azure/+(?:accesstokens|msal_token_cache)|\.vault-token|\.gnupg/|"
    r"(?:^|[\s/\"'=])\.env(?:\.[a-z]+)?(?=$|[\s\"';|&)])|"
    r"(?:^|[\s/\"'=])(?:secrets?|credentials?)\.(?:ya?ml|json|toml|txt|env)\b|"
    r"/proc/+(?:self|\d+)/+environ|\bos\.environ\b|\bprocess\.env\b|"
    r"(?:^|[;&|`(\n]|\$\()\s*(?:env|printenv|export\s+-p|set)\s*(?:$|[;&|`)\n>])",
    re.IGNORECASE)
_SENDS_CMD = re.compile(
    r"\bcurl\b[^|;&\n]*\s(?:-[a-z]*[dft]\b|--data\S*|--form\S*|--upload-file|--json|"
    r"-x\s*(?:post|put|patch)\b|--request\s+(?:post|put|patch)\b)|"
    r"\bwget\b[^|;&\n]*\s--(?:post-data|post-file|body-data|body-file|method[= ]\s*(?:post|put))|"
    r"(?:^|[\s|;&(])(?:nc|ncat|netcat)\s+(?:-\S+\s+)*[a-z0-9][\w.-]*\s+\d{1,5}\b|"
    r"/dev/+(?:tcp|udp)/|\bsocat\b[^|;&\n]*\btcp[46]?:|"
    r"\b(?:scp|rsync|sftp)\b[^|;&\n]*\s\S*[\w.-]+:\S*|"
    r"\brequests\.(?:post|put|patch)\s*\(|\bhttpx\.(?:post|put|patch)\s*\(|"
    r"\bfetch\s*\([^)]*method\s*:\s*[\"'](?:post|put|patch)|"
    r"\binvoke-(?:webrequest|restmethod)\b[^|;&\n]*-method\s+(?:post|put)|"
    r"\b(?:sendmail|mail|mutt)\s+(?:-\S+\s+)*\S+@",
    re.IGNORECASE)
_DOWNLOAD = re.compile(
    r"\bcurl\b[^|;&\n]*\s(?:-[a-z]*o\s*|--output[= ]\s*|-[a-z]*O\b)(\S*)|"
    r"\bcurl\b[^|;&\n]*https?://\S+\s*>\s*(\S+)|"
    r"\bwget\b[^|;&\n]*?(?:-O\s*(\S+)|\s(?:https?|ftp)://\S*?([^/\s\"']+)(?=[\s\"']|$))|"
    r"\b(?:invoke-webrequest|iwr)\b[^|;&\n]*-outfile\s+(\S+)|"
    r"\burlretrieve\s*\([^,]+,\s*[\"']([^\"']+)|"
    r"\bcertutil\b[^|;&\n]*-urlcache[^|;&\n]*\s(\S+)\s*$",
    re.IGNORECASE)
_CHMOD = re.compile(
    r"\bchmod\s+(?:-\S+\s+)*(?:[ugoa]*\+[rwxst]*x[rwxst]*|0?[0-7]{0,2}[1357][0-7]{0,2})\s+"
    r"(?:-\S+\s+)*([^\s;&|]+)|\bos\.chmod\s*\(\s*[\"']([^\"']+)",
    re.IGNORECASE)
_EXECUTE = re.compile(
    _CMD + r"(?:(?:nohup|exec|source|\.|(?:ba|z|da)?sh|python[\d.]*|perl|start-process)\s+)?"
    r"((?:\.{1,2}/|/tmp/|/var/tmp/|/dev/shm/|~/|\$home/)[^\s;&|]+)",
    re.IGNORECASE)
_RECON = re.compile(
    _CMD + r"(?:whoami|id(?=$|\s|[;&|])|uname\s+-\S*a|hostname(?=$|\s|[;&|])|ifconfig|"
    r"ip\s+(?:a|addr|address|route|r)(?=$|\s)|netstat|ss\s+-\S*[lt]|arp\s+-a|"
    r"ps\s+(?:aux|-ef|-aux)|sudo\s+-l|getent\s+passwd|lsb_release|systeminfo|"
    r"net\s+(?:user|localgroup)|nmap|crontab\s+-l|cat\s+/etc/(?:passwd|os-release|issue|hosts)|"
    r"find\s+/\S*\s[^;&|\n]*-perm|ls\s+-\S*\s+/(?:root|home|etc)\b|w(?=$|[;&|\n]))",
    re.IGNORECASE)
_STARTUP_PATH = (
    r"(?:\.(?:bashrc|bash_profile|bash_login|bash_logout|profile|zshrc|zprofile|zshenv|"
    r"zlogin|cshrc|tcshrc|kshrc)\b|\.config/+fish/+config\.fish|\.config/+autostart/|"
    r"\.config/+systemd/+user/|/etc/+(?:profile|bash\.bashrc|environment|rc\.local|crontab|"
    r"cron\.\w+/|systemd/+system/|init\.d/|xdg/+autostart/|ld\.so\.preload|sudoers)|"
    r"/var/+spool/+cron|\.ssh/+authorized_keys2?\b|library/+launch(?:agents|daemons)/|"
    r"start menu[/\\]+programs[/\\]+startup|currentversion[/\\]+run)")
_STARTUP = re.compile(_STARTUP_PATH, re.IGNORECASE)
_STARTUP_WRITE = re.compile(
    r"(?:>>?|\btee\s+(?:-a\s+)?|\b(?:cp|mv|install|ln\s+-s\S*)\s+\S+\s+|\bsed\s+-i\S*\s+.*\s)"
    r"\s*[\"']?\S*" + _STARTUP_PATH +
    r"|\bcrontab\s+(?!-l|-r)\S+|\|\s*crontab\b|\bsystemctl\s+(?:--user\s+)?enable\b|"
    r"\breg(?:\.exe)?\s+add\s+\S*currentversion[/\\]run|\bschtasks\s+/create\b",
    re.IGNORECASE)
_TOOL_WRITE = re.compile(r"write|save|put|create|append|edit|patch|update|upload|replace|"
                         r"insert|mkdir|touch", re.IGNORECASE)
_TOOL_READ = re.compile(r"read|cat|view|open|load|get|show|print|head|tail|fetch",
                        re.IGNORECASE)
_TOOL_SEND = re.compile(r"(?:^|[_.\-/:])(?:send|post|upload|email|mail|webhook|publish|"
                        r"share|tweet|sms|notify)(?:$|[_.\-/:])", re.IGNORECASE)
_TOOL_SHELL = re.compile(r"shell|bash|exec|run|terminal|command|cmd|console|powershell|script|"
                         r"code|python|\bsh\b", re.IGNORECASE)
_TOOL_LIST = re.compile(r"list|\bls\b|dir|stat|exists|glob|search|tree|find", re.IGNORECASE)
_SEND_METHODS = frozenset({"POST", "PUT", "PATCH"})
_BODY_KEYS = frozenset({"body", "data", "json", "files", "form", "payload", "content"})
_FROM_FINDINGS = {"credential_read": "secret_read", "env_dump": "secret_read",
                  "exfiltration": "outbound_send", "persistence": "startup_write"}


def _label(text: str) -> str:
    line = mask_text(" ".join(text[:400].split()))
    return line if len(line) <= 80 else line[:77] + "…"


def _name(path: str | None) -> str | None:
    if not path:
        return None
    name = path.strip("\"'`").rstrip("/").rsplit("/", 1)[-1]
    return name or None


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
        found.extend(_from_text(text, tool))
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


def _from_text(text: str, tool: str) -> list[tuple[int, str, str | None]]:
    out: list[tuple[int, str, str | None]] = []
    writes = bool(tool) and bool(_TOOL_WRITE.search(tool))
    lists = bool(tool) and bool(_TOOL_LIST.search(tool)) and not _TOOL_READ.search(tool)
    if writes:
        m = _STARTUP.search(text)
        if m:
            out.append((m.start(), "startup_write", None))
        return out
    m = _SECRET_PATH.search(text)
    if m and not lists:
        out.append((m.start(), "secret_read", None))
    if tool and _TOOL_READ.search(tool) and not _TOOL_SHELL.search(tool):
        return out  # a path given to a reading tool is read, not run
    m = _SENDS_CMD.search(text)
    if m:
        out.append((m.start(), "outbound_send", None))
    for m in _DOWNLOAD.finditer(text):
        target = next((g for g in m.groups() if g), None)
        out.append((m.start(), "download", _name(target)))
    for m in _CHMOD.finditer(text):
        out.append((m.start(), "chmod", _name(m.group(1) or m.group(2))))
    for m in _EXECUTE.finditer(text):
        out.append((m.start(1), "execute", _name(m.group(1))))
    m = _RECON.search(text)
    if m:
        out.append((m.start(), "recon", None))
    m = _STARTUP_WRITE.search(text)
    if m:
        out.append((m.start(), "startup_write", None))
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
