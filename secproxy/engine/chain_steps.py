"""Reading a tool call's text as chain steps (for `chains.py`).

`read(text, tool)` returns `(position, step, file)` for each step the text shows. A
shell-like text is cut into simple commands (at `;`, `&`, `|`, newlines, backticks and
`$(`) and each is read by its command word (`curl`, `chmod`, `whoami`, `./run`) and its
arguments, which costs a split and a few set lookups; the few patterns that are not
commands (credential paths, startup files, a script's `requests.post(`) run only when
one of their literals is in the text (one Hyperscan pass finds them all). What a bare
path means comes from the tool's name: a reading tool reads it, a writing tool writes it.
"""

from __future__ import annotations

import functools
import re

from secproxy.guards.literals import LiteralSet

Found = tuple[int, str, str | None]

_SECRET_PATH = re.compile(
    r"\.ssh/+(?:id_[a-z0-9_]+|identity)\b(?!\.pub)|\.aws/+credentials|/etc/+shadow\b|"
    r"\.netrc\b|\.kube/+config\b|\.docker/+config\.json|\.git-credentials|\.pgpass\b|"
    r"\.npmrc\b|\.pypirc\b|gcloud/+\S*credentials|application_default_credentials|"
    r"\.azure/+(?:accesstokens|msal_token_cache)|\.vault-token|\.gnupg/|"
    r"(?:^|[\s/\"'=])\.env(?:\.[a-z]+)?(?=$|[\s\"';|&)])|"
    r"(?:^|[\s/\"'=])(?:secrets?|credentials?)\.(?:ya?ml|json|toml|txt|env)\b|"
    r"/proc/+(?:self|\d+)/+environ|\bos\.environ\b|\bprocess\.env\b",
    re.IGNORECASE)
_SCRIPT_SENDS = re.compile(
    r"\b(?:requests|httpx)\.(?:post|put|patch)\s*\(|"
    r"\bfetch\s*\([^)]{0,400}method\s*:\s*[\"'](?:post|put|patch)|"
    r"\binvoke-(?:webrequest|restmethod)\b[^|;&\n]{0,400}-method\s+(?:post|put|patch)",
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
# Sets, not tuples: `found.isdisjoint(needs)` walks a tuple whole even when nothing was
# found (most calls), a set only as far as the smaller of the two.
_SECRET_NEEDS = frozenset({".ssh", ".aws", "shadow", ".netrc", ".kube", ".docker", "credential",
                           ".pgpass", ".npmrc", ".pypirc", "gcloud", ".azure", ".vault-token",
                           ".gnupg", ".env", "secret", "environ", "process.env"})
_SCRIPT_NEEDS = frozenset({"requests.", "httpx.", "fetch", "invoke-"})
_STARTUP_NEEDS = frozenset({".bash", ".zsh", ".profile", ".cshrc", ".tcshrc", ".kshrc", "fish",
                            "autostart", "systemd", "/etc/", "cron", "authorized_keys",
                            "launchagents", "launchdaemons", "startup", "currentversion",
                            "systemctl", "schtasks"})
_LITERALS = LiteralSet(sorted({*_SECRET_NEEDS, *_SCRIPT_NEEDS, *_STARTUP_NEEDS}))

_TOOL_WRITE = re.compile(r"write|save|put|create|append|edit|patch|update|upload|replace|"
                         r"insert|mkdir|touch", re.IGNORECASE)
_TOOL_READ = re.compile(r"read|cat|view|open|load|get|show|print|head|tail|fetch",
                        re.IGNORECASE)
_TOOL_SHELL = re.compile(r"shell|bash|exec|run|terminal|command|cmd|console|powershell|script|"
                         r"code|python|\bsh\b", re.IGNORECASE)
_TOOL_LIST = re.compile(r"list|\bls\b|dir|stat|exists|glob|search|tree|find", re.IGNORECASE)

_SPLIT = re.compile(r"[;&|`\n(){}]|\$\(")
_PREFIXES = frozenset({"sudo", "doas", "nohup", "exec", "command", "builtin", "time", "nice",
                       "env", "then", "do", "else", "!"})
_FLAG_VALUE = frozenset({"-u", "-g", "-n", "-p", "-C", "-U", "-D", "-r", "-t", "--user",
                         "--group", "--chdir"})
"""Flags of a prefix command (`sudo`, `nice`) that take the next word as their value."""
_LOCAL = ("./", "../", "/tmp/", "/var/tmp/", "/dev/shm/", "~/", "$home/", "${home}/")
_RUNNERS = frozenset({"bash", "sh", "zsh", "dash", "ksh", "source", ".", "python", "python3",
                      "perl", "ruby", "node", "start-process"})
_RECON = frozenset({"whoami", "id", "hostname", "ifconfig", "netstat", "lsb_release",
                    "systeminfo", "nmap", "getent", "arp"})
_RECON_FILES = frozenset({"/etc/passwd", "/etc/os-release", "/etc/issue", "/etc/hosts",
                          "/etc/group"})
_SEND_FLAGS = frozenset({"-d", "--data", "--data-binary", "--data-raw", "--data-urlencode", "-F",
                         "--form", "-T", "--upload-file", "--json"})
_WRITE_METHODS = frozenset({"post", "put", "patch"})
_MAILERS = frozenset({"mail", "mailx", "sendmail", "mutt"})
_REMOTE_COPY = frozenset({"scp", "rsync", "sftp"})
_NETCAT = frozenset({"nc", "ncat", "netcat"})
_NAMED = frozenset({*_RECON, "uname", "ip", "ps", "ss", "crontab", "net", "cat", "find", "ls",
                    "printenv", "export", "set", "chmod", "curl", "wget", "invoke-webrequest",
                    "iwr", "certutil", "socat", *_NETCAT, *_REMOTE_COPY, *_MAILERS})
"""Every command word `_command` looks at past a local path or a runner."""


def _name(path: str | None) -> str | None:
    if not path:
        return None
    name = path.strip("\"'`").rstrip("/").rsplit("/", 1)[-1]
    return name or None


def _is_mode_x(arg: str) -> bool:
    if "+" in arg:
        return "x" in arg.partition("+")[2]
    return arg.isdigit() and any(d in "1357" for d in arg[-3:])


def _command(words: list[str], at: int) -> list[Found]:
    """The steps of one simple command (`words`: its words, the command word first)."""
    verb = words[0]
    args = words[1:]
    out: list[Found] = []
    if verb.startswith(_LOCAL):
        out.append((at, "execute", _name(verb)))
    elif verb in _RUNNERS:
        script = next((a for a in args if not a.startswith("-")), "")
        if script.startswith(_LOCAL) or script.endswith(".sh"):
            out.append((at, "execute", _name(script)))
    if verb not in _NAMED:  # most commands: none of the tests below can hold
        return out
    if verb in _RECON or (verb == "uname" and any(a.startswith("-") and "a" in a for a in args)) \
            or (verb == "ip" and args[:1] in (["a"], ["addr"], ["address"], ["r"], ["route"])) \
            or (verb == "ps" and args[:1] in (["aux"], ["-ef"], ["-aux"], ["-e"])) \
            or (verb == "ss" and bool(args)) or (verb == "crontab" and "-l" in args) \
            or (verb == "net" and args[:1] in (["user"], ["localgroup"])) \
            or (verb == "cat" and any(a in _RECON_FILES for a in args)) \
            or (verb == "find" and "-perm" in args) \
            or (verb == "ls" and any(a in ("/root", "/home", "/etc", "~", "/") for a in args)):
        out.append((at, "recon", None))
    if verb == "printenv" and not args or verb == "export" and args == ["-p"] \
            or verb == "set" and not args:
        out.append((at, "secret_read", None))
    if verb == "chmod":
        modes = [a for a in args if not a.startswith("-")]
        if len(modes) >= 2 and _is_mode_x(modes[0]):
            out.append((at, "chmod", _name(modes[-1])))
    elif verb == "curl":
        out.extend(_curl(args, at))
    elif verb == "wget":
        if any(a.startswith(("--post-", "--body-", "--method=p", "--method=P")) for a in args):
            out.append((at, "outbound_send", None))
        else:
            out.append((at, "download", _output(args, ("-O", "--output-document"))))
    elif verb in ("invoke-webrequest", "iwr", "certutil") and any(
            a.lower() in ("-outfile", "-urlcache") for a in args):
        out.append((at, "download", _name(args[-1]) if args else None))
    elif verb in _NETCAT and len([a for a in args if not a.startswith("-")]) >= 2:
        out.append((at, "outbound_send", None))
    elif verb in _REMOTE_COPY and args and ":" in args[-1] and not args[-1].startswith("-"):
        out.append((at, "outbound_send", None))
    elif verb in _MAILERS and any("@" in a for a in args):
        out.append((at, "outbound_send", None))
    elif verb == "socat" and any(a.lower().startswith(("tcp:", "tcp4:", "tcp6:", "udp:"))
                                 for a in args):
        out.append((at, "outbound_send", None))
    return out


def _output(args: list[str], flags: tuple[str, ...]) -> str | None:
    """The file a download writes: after an output flag, else the URL's last part."""
    for i, a in enumerate(args):
        if a in flags and i + 1 < len(args):
            return _name(args[i + 1])
        if a.startswith("-O") and len(a) > 2 and a[2] != "-":
            return _name(a[2:])
    url = next((a for a in args if "://" in a), None)
    return _name(url.split("?", 1)[0]) if url else None


def _curl(args: list[str], at: int) -> list[Found]:
    sends = False
    output: str | None = None
    saves = False
    for i, a in enumerate(args):
        nxt = args[i + 1] if i + 1 < len(args) else ""
        if a in _SEND_FLAGS or a.startswith(("--data", "--form", "-d@", "-F")):
            sends = True
        elif a in ("-X", "--request") and nxt.lower() in _WRITE_METHODS:
            sends = True
        elif a.startswith("-X") and a[2:].lower() in _WRITE_METHODS:
            sends = True
        elif a in ("-o", "--output") or (a.startswith("-") and not a.startswith("--")
                                         and a.endswith("o")):
            saves, output = True, _name(nxt)
        elif a == "-O" or a == "--remote-name" or (a.startswith("-") and not a.startswith("--")
                                                   and "O" in a):
            saves = True
            output = output or _output(args, ())
        elif a in (">", ">>") or a.startswith(">"):
            saves, output = True, _name(a.lstrip(">") or nxt)
    out: list[Found] = []
    if sends:
        out.append((at, "outbound_send", None))
    if saves:
        out.append((at, "download", output))
    return out


def _commands(text: str) -> list[Found]:
    out: list[Found] = []
    at = 0
    for part in _SPLIT.split(text):
        words = part.split()
        start = at
        at += len(part) + 1
        if words and words[0] == "env" and all("=" in w for w in words[1:]):
            out.append((start, "secret_read", None))  # `env` alone lists the environment
            continue
        while words and (words[0] in _PREFIXES or "=" in words[0] and not words[0].startswith(
                ("-", "/", "."))):
            if words[0] in ("sudo", "doas") and "-l" in words[1:2]:
                out.append((start, "recon", None))
            words = words[1:]
            while words and words[0].startswith("-") and len(words) > 1:
                # a prefix's own flags (`sudo -u root`, `nice -n 5`)
                words = words[2:] if words[0] in _FLAG_VALUE else words[1:]
        if words:
            words[0] = words[0].lower()
            out.extend(_command(words, start))
    return out


@functools.lru_cache(maxsize=4096)
def _tool_kind(tool: str) -> tuple[bool, bool, bool]:
    """Whether a tool of this name writes, lists, and only reads or lists (runs nothing):
    four searches of its name, asked once per name rather than at every call."""
    if not tool:
        return False, False, False
    reads = bool(_TOOL_READ.search(tool))
    lists = bool(_TOOL_LIST.search(tool)) and not reads
    return (bool(_TOOL_WRITE.search(tool)), lists,
            (lists or reads) and not _TOOL_SHELL.search(tool))


def read(text: str, tool: str) -> list[Found]:
    """The steps `text` (a tool call's arguments) shows, for a tool named `tool`."""
    found = frozenset(_LITERALS.found(text))
    writes, lists, passive = _tool_kind(tool)
    if writes:
        m = _STARTUP.search(text) if not found.isdisjoint(_STARTUP_NEEDS) else None
        return [(m.start(), "startup_write", None)] if m else []
    out: list[Found] = []
    m = _SECRET_PATH.search(text) if not lists and not found.isdisjoint(_SECRET_NEEDS) else None
    if m:
        out.append((m.start(), "secret_read", None))
    if passive:
        return out  # a path given to a reading or listing tool is not run
    out.extend(_commands(text))
    m = _SCRIPT_SENDS.search(text) if not found.isdisjoint(_SCRIPT_NEEDS) else None
    if m:
        out.append((m.start(), "outbound_send", None))
    m = _STARTUP_WRITE.search(text) if not found.isdisjoint(_STARTUP_NEEDS) else None
    if m:
        out.append((m.start(), "startup_write", None))
    return out
