"""The `tool_abuse` family's grammar: how a tool call's argument is normalised, and the
rules that read it.

An argument is read in several forms: as it came (lower-cased), as a shell would see it
once quoting is undone (`shell_form`: quotes and backslashes dropped, `$IFS` as a space,
ANSI-C `$'\\x..'` strings and `\\xNN` escapes decoded, `{cmd,arg}` brace lists and simple
`a=cu;b=rl;$a$b` assignments expanded, `| rev` reversed, string literals joined with `+`
and `''.join`, `__import__`/`getattr`/`x['y']` read as dotted names, PowerShell backticks
and cmd carets dropped, `printf` formats filled), and decoded from the base64, base32, hex,
character-code and percent-encoded blobs it carries (PowerShell's UTF-16 `-EncodedCommand`
too), each decoded text normalised again, two levels deep; rot13 through `tr` and SQL's
inline comments give forms of their own. Every rule runs on every form.

Rules are plain regular expressions (`PATTERNS`, bounded repeats only, compiled once at
import) plus three readers that need more than a pattern:

- credential files (`CREDENTIAL_PATHS`): a private key, a cloud or registry credential
  file, a password database… is abuse when it is read, copied or sent — not when the
  command only lists it, fixes its mode, or hands it to `ssh -i` as an identity; `.env`
  files count only when they are read (`cat`, `grep`, an upload, a read tool);
- cloud metadata: 169.254.0.0/16 (and Alibaba's 100.100.100.200) in whatever form an IPv4
  address can be written (decimal, hex, octal, short forms, IPv4-mapped IPv6), EC2's
  IPv6 endpoint, the provider host names, and the metadata paths and headers;
- exfiltration: capture services (webhook.site, request bins, OAST hosts…) always; paste
  and file-drop sites when something is sent to them (a POST, `curl -d/-F/-T`, a pipe
  into `nc`), judged from the command or from the call's method and body.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from secproxy.guards.literals import LiteralSet
from secproxy.model import Severity

KINDS = ("destructive_command", "destructive_sql", "credential_read", "env_dump",
         "download_exec", "reverse_shell", "privilege_escalation", "cloud_metadata",
         "exfiltration", "path_traversal", "persistence", "sql_injection", "cryptomining",
         "shell_escape")
"""Every kind the family reports."""

_C = Severity.CRITICAL
_H = Severity.HIGH
_M = Severity.MEDIUM


@dataclass(frozen=True, slots=True)
class Pattern:
    """One rule: a kind, a compiled expression over a normalised form, a severity."""

    kind: str
    regex: re.Pattern[str]
    severity: Severity
    label: str
    needs: tuple[str, ...] = ()
    """Literals of which a match contains at least one (lower-case): the rule runs only
    on a form that has one (`in` is far cheaper than a regex that cannot skip ahead).
    A need made of word characters (and not starting with `_`) must start a word of
    the form (see `Words`); any other is looked for anywhere."""

    also: tuple[str, ...] = ()
    """A second set of literals of which a match also contains one (any-of, like
    `needs`): for rules that join two parts with a window, which cost time in
    proportion to the first part's occurrences."""

    def search(self, form: str, words: Words) -> re.Match[str] | None:
        if self.needs and words.present.isdisjoint(self.needs):
            return None
        return self.search_candidate(form)

    def search_candidate(self, form: str) -> re.Match[str] | None:
        """`search` for a rule `candidates` gave (one of its needs is in the form)."""
        for literal in self.also:
            if literal in form:
                return self.regex.search(form)
        return None if self.also else self.regex.search(form)


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_WORDLIKE = re.compile(r"[a-z0-9][a-z0-9_]*")


class Words:
    """The rules' needs a form holds (`present`), found in one pass over it (see
    `Pattern.needs`)."""

    __slots__ = ("anywhere", "present")

    def __init__(self, form: str):
        found = _needs().found(form)
        self.anywhere = frozenset(found)
        """Every literal of `_needs()` the form may hold, word start or not (the scan is
        case-insensitive: a prefilter, confirmed by the caller's own search)."""
        drop = [n for n in found if n in _WORD_NEEDS and not _starts_word(form, n)]
        self.present = self.anywhere.difference(drop) if drop else self.anywhere


def _starts_word(form: str, need: str) -> bool:
    """Whether `need` (word characters) starts a run of `[a-z0-9_]` in `form`: one of its
    occurrences has no such character before it (what joining the form's runs and
    looking for `" " + need` answered, without making the runs)."""
    at = form.find(need)
    while at >= 0:
        if at == 0 or form[at - 1] not in _WORD_CHARS:
            return True
        at = form.find(need, at + 1)
    return False


_NEEDS: list[LiteralSet] = []
_WORD_NEEDS: set[str] = set()


def _needs() -> LiteralSet:
    """Every need of every rule, compiled once (on first use: the tables are below)."""
    if not _NEEDS:
        everything = sorted({n for p in PATTERNS for n in p.needs}
                            | {n for c in CREDENTIAL_PATHS for n in c.needs}
                            | set(CAPTURE_NEEDS) | set(DROP_NEEDS)
                            | set(_METADATA_NEEDS) | set(_ADDRESS_NEEDS))
        _WORD_NEEDS.update(n for n in everything if _WORDLIKE.fullmatch(n))
        _NEEDS.append(LiteralSet(everything))
    return _NEEDS[0]


_CANDIDATES: dict[frozenset[str], tuple[Pattern, ...]] = {}
_BY_NEED: dict[str, tuple[int, ...]] = {}


def candidates(words: Words) -> tuple[Pattern, ...]:
    """The rules that may match a form holding `words` (those with a need among them),
    in `PATTERNS` order: a form holds few needs, so most rules are never asked. Memoised
    by the set of needs (forms repeat theirs)."""
    present = words.present
    found = _CANDIDATES.get(present)
    if found is None:
        if not _BY_NEED:
            index: dict[str, list[int]] = {}
            for i, rule in enumerate(PATTERNS):
                for need in rule.needs:
                    index.setdefault(need, []).append(i)
            _BY_NEED.update((n, tuple(ids)) for n, ids in index.items())
        ids = sorted({i for n in present for i in _BY_NEED.get(n, ())})
        if len(_CANDIDATES) >= 4096:
            _CANDIDATES.clear()
        found = _CANDIDATES[present] = tuple(PATTERNS[i] for i in ids)
    return found


def _p(kind: str, severity: Severity, label: str, expr: str) -> Pattern:
    return Pattern(kind, re.compile(expr, re.IGNORECASE), severity, label, NEEDS[label],
                   ALSO.get(label, ()))


def _ps(kind: str, severity: Severity, label: str,
        *parts: tuple[tuple[str, ...], str] | tuple[tuple[str, ...], str, tuple[str, ...]]
        ) -> tuple[Pattern, ...]:
    """One rule written as several patterns, each with needs of its own and opening on a
    literal (a literal first is found like `str.find`; an expression opening on `\\b` or
    on alternatives is tried at every position of the form: ten to twenty-five times the
    cost on a long one)."""
    return tuple(Pattern(kind, re.compile(part[1], re.IGNORECASE), severity, label, part[0],
                         part[2] if len(part) > 2 else  # type: ignore[misc]
                         PART_ALSO.get((label, part[0][0]), ()))
                 for part in parts)


_SYSTEM_PATHS = ("/etc/", "/boot/", "/var/lib/", "/usr/")
PART_ALSO: dict[tuple[str, str], tuple[str, ...]] = {
    ("system or data file emptied", ">"): _SYSTEM_PATHS,
    ("system or data file emptied", "cp"): ("/dev/null",),
    ("system or data file emptied", "truncate"): _SYSTEM_PATHS,
    ("system or data file emptied", "rm"): ("/etc/", "/boot/", "/bin/", "/sbin/", "/lib"),
    ("logs or shell history wiped", "truncate"): ("/var/log", "_history"),
    ("logs or shell history wiped", ">"): ("/var/log", "_history"),
    ("logs or shell history wiped", "cp"): ("/dev/null",),
    ("logs or shell history wiped", "history"): ("-c",),
    ("logs or shell history wiped", "ln"): ("/dev/null",),
    ("logs or shell history wiped", "rm"): ("/var/log", "_history"),
    ("force push or deletion of a main branch, history rewritten", "git"): (
        "push", "filter-branch", "reflog", "update-ref"),
    ("force push or deletion of a main branch, history rewritten", "gh "): ("delete",),
    ("cloud resource, backup or cluster data deleted", "aws"): (
        "delete-", "terminate-", "deregister-", "schedule-key-deletion"),
    ("cloud resource, backup or cluster data deleted", "gcloud"): ("delete", " rm"),
    ("cloud resource, backup or cluster data deleted", "az "): ("delete",),
    ("cloud resource, backup or cluster data deleted", "kubectl"): ("delete",),
    ("cloud resource, backup or cluster data deleted", "terraform"): ("destroy", "state"),
    ("every container or volume removed", "docker"): ("prune", "rm"),
    ("every container or volume removed", "podman"): ("prune", "rm"),
    ("search index or everything deleted over HTTP", "xdelete"): ("_all", "*"),
    ("search index or everything deleted over HTTP", "delete"): ("_all", "*"),
    ("every row deleted through an ORM", "delete"): (".objects.all()", ".query("),
    ("rows deleted under an always-true condition", "delete"): ("where",),
    ("rows deleted under an always-true condition", "update"): ("where",),
}
"""Second literals (`Pattern.also`) for parts of `_ps` rules, by label and the part's first
need: every match of the part contains one."""
for _w in ("get-childitem", "gci", "dir", "ls"):
    PART_ALSO[("files under a drive or home removed recursively", _w)] = ("|",)
for _w in ("path", "walk", "listdir", "scandir", "readdirsync", "glob"):
    PART_ALSO[("code deleting every file under a root, home or system directory", _w)] = (
        "unlink", "remove", "rmdir", "rmtree", "rmsync")
for _w in ("open", "appendfile", "writefile", "add-content"):
    PART_ALSO[("code appending to a startup file or authorized_keys", _w)] = (
        "authorized_keys", ".bashrc", ".bash_profile", ".profile", ".zshrc", "/etc/rc.local",
        "/etc/cron")


ALSO: dict[str, tuple[str, ...]] = {
    "fork bomb": ("()", "( )"),
    "everything removed after changing to a root, home or system directory": ("rm",),
    "everything under a directory deleted by find": ("-delete", "-exec"),
    "interpreter running a downloaded script": ("<(", "$(", "`"),
    "download made executable": ("curl", "wget", "fetch", "aria2c", "tftp", "scp",
                                 "invoke-webrequest", "iwr"),
    "startup file or scheduler given a network payload": (
        ".bashrc", ".bash_profile", ".profile", ".zshrc", ".zprofile", ".zshenv", "/etc/profile",
        "/etc/rc.local", "/etc/cron", "/var/spool/cron", "/etc/systemd/system/", "/etc/init.d/",
        ".config/autostart/", "library/launch", "crontab"),
    "named pipe wired to a network client": ("nc", "telnet", "s_client", "socat"),
    "numeric tautology": ("=",),
    "comment cutting the query after a closed quote": ("--", "#"),
    "directory emptied by rsync --delete": ("--delete",),
    "root or system directory moved away": ("/",),
    "package fetched over plain HTTP, from a bare address or run from a URL": (
        "://", "--trusted-host", "gist:", "github:", "go install"),
    "privileged shell mode": ("-p",),
    "cloned repository's script run": ("://",),
    "package registry switched to plain HTTP or a bare address": ("://",),
    "repository archived and sent over the network": ("|",),
    "repository pushed whole to a newly added remote": ("--all", "--mirror"),
    "secret file committed and pushed": ("push",),
    "data piped to a raw network socket": ("|",),
}
"""The second literals of the windowed rules (`Pattern.also`), by label."""


_MINERS = ("xmrig", "xmr-stak", "cpuminer", "minerd", "cgminer", "bfgminer", "ethminer",
           "lolminer", "nbminer", "phoenixminer", "nanominer", "gminer", "teamredminer",
           "srbminer", "t-rex", "ccminer", "nheqminer")
_POOLS = ("minexmr", "nanopool", "2miners", "f2pool", "supportxmr", "moneroocean",
          "hashvault", "herominers", "nicehash", "ethermine", "minergate", "c3pool",
          "unmineable", "kryptex", "zergpool", "viabtc", "antpool")

NEEDS: dict[str, tuple[str, ...]] = {
    "mining pool reached over stratum": ("stratum",),
    "miner run against a pool": _MINERS,
    "known mining pool with a port": _POOLS,
    "recursive rm of a root, home or system directory": ("rm",),
    "rm --no-preserve-root": ("--no-preserve-root",),
    "everything under the working directory or its parent removed": ("rm",),
    "everything removed after changing to a root, home or system directory": ("cd",),
    "filesystem created over a device": ("mkfs", "mkswap"),
    "raw write to a disk device": ("of=/",),
    "output redirected onto a disk device": ("/dev/",),
    "device or system files shredded or wiped": ("shred", "wipefs", "wipe", "srm"),
    "root or system directory piped to xargs rm": ("xargs",),
    "fork bomb": ("&",),
    "recursive mode or owner change of a root or system directory": ("chmod", "chown", "chgrp"),
    "find deleting from a root, home or system directory": ("find",),
    "shadow copies or backups deleted": ("vssadmin", "wbadmin", "bcdedit", "cipher", "wmic",
                                         "win32_shadowcopy"),
    "code removing a root, home or system tree": (
        "rmtree", "rmsync", "rmdirsync", "rimraf", "rm_rf", "remove_dir", "removeall",
        "removedirs", "deletedirectory", "rmdir"),
    "code removing the home directory": ("rmtree", "rmsync", "rm_rf", "remove_dir_all", "removeall",
                                         "rimraf"),
    "data store flushed": ("flushall", "flushdb", "dropdatabase", ".drop()", "deletemany",
                           ".remove("),
    "disk, volume, pool or partition table destroyed": (
        "blkdiscard", "sgdisk", "parted", "fdisk", "sfdisk", "lvremove", "vgremove", "pvremove",
        "zpool", "zfs", "btrfs", "mdadm", "cryptsetup", "hdparm", "clear-disk", "format-volume",
        "remove-partition", "initialize-disk"),
    "everything under a directory deleted by find": ("find",),
    "directory emptied by rsync --delete": ("rsync",),
    "root or system directory moved away": ("mv",),
    "scheduled jobs or databases removed from the command line": (
        "crontab", "dropdb", "mysqladmin", "userdel", "deluser", "rclone", "tmutil"),
    "table, database or schema dropped": ("drop",),
    "table truncated": ("truncate",),
    "delete without a where clause": ("delete",),
    "update without a where clause": ("update",),
    "column or constraint dropped": ("alter",),
    "tautology after a closed quote": ("'",),
    "union select of credentials": ("union",),
    "stacked statement after a closed quote": ("'", "shutdown"),
    "comment cutting the query after a closed quote": ("'",),
    "numeric tautology": ("or",),
    "time delay injected": ("sleep", "pg_sleep", "benchmark", "waitfor"),
    "SQL escape to the shell or the filesystem": (
        "xp_cmdshell", "sp_oacreate", "outfile", "dumpfile", "load_file", "pg_read",
        "lo_import", "program", "sys_exec", "infile"),
    "download made executable": ("chmod",),
    "PowerShell download and invoke": ("iex", "invoke-expression", "downloadstring",
                                       "downloadfile"),
    "Windows binary fetching remote code": ("certutil", "mshta", "regsvr32", "bitsadmin",
                                            "rundll32"),
    "code executing fetched code": ("exec", "eval"),
    "package fetched over plain HTTP, from a bare address or run from a URL": (
        "pip", "pip3", "pipx", "uv", "npm", "npx", "yarn", "pnpm", "gem", "cargo", "go install",
        "bunx"),
    "cloned repository's script run": ("git",),
    "package registry switched to plain HTTP or a bare address": ("config", "set"),
    "repository archived and sent over the network": ("git",),
    "shell over /dev/tcp": ("/dev/tcp", "/dev/udp"),
    "named pipe wired to a network client": ("mkfifo", "mknod"),
    "socat executing a shell": ("socat",),
    "zsh socket wired to a shell": ("ztcp",),
    "X terminal sent to a remote display": ("xterm",),
    "setuid bit set": ("chmod",),
    "sudoers or account database edited": ("nopasswd", "/etc/", ":0:0:"),
    "account added to an admin group or root password changed": (
        "usermod", "gpasswd", "passwd", "chpasswd", "useradd", "localgroup"),
    "container escape to the host": ("docker", "nsenter", "chroot"),
    "shell spawned from a program run as root": ("sudo",),
    "privileged shell mode": ("sh", "bash", "dash"),
    "process environment read from /proc": ("environ",),
    "secret environment variable printed": ("printenv", "echo", "printf"),
    "SSH key added to authorized_keys": ("authorized_keys",),
    "startup file or scheduler given a network payload": (
        "curl", "wget", "nc", "/dev/tcp", "base64", "python", "bash", "powershell", "iex"),
    "three or more parent steps": ("..",),
    "parent steps to a sensitive file": ("..",),
    "file URL to a system file": ("file://",),
    "cloud secret store read": ("aws", "gcloud", "az ", "vault"),
    "git credential helper running a shell command": ("credential.helper",),
    "key files found and read out": ("find",),
    "secret file committed and pushed": ("git",),
    "repository pushed whole to a newly added remote": ("git",),
    "data piped to a raw network socket": ("nc", "ncat", "netcat", "socat", "telnet"),
    "root, home or credential directory served over HTTP": ("http.server", "simplehttpserver"),
}
"""The literals each pattern's matches contain (`Pattern.needs`), by label."""


# Where a simple command starts: the text's start, a separator, a subshell, a pipe, then
# wrappers that run the command after them.
_CMD = (r"(?:^|[;&|`(\n{}]|\$\(|\bthen\s|\bdo\s|\belse\s)\s*"
        r"(?:(?:sudo|doas|nohup|exec|command|builtin|time|nice|xargs|timeout\s+\d+|"
        r"(?:/usr)?(?:/bin/)?(?:ba|da|z|k)?sh\s+-c)"
        r"(?:\s+-{1,2}[\w-]+)*\s+|[a-z_]\w{0,30}=\S{0,200}\s+){0,4}"
        r"(?:(?:/usr)?(?:/local)?/s?bin/)?")
_SH = r"(?:/usr)?(?:/bin/)?(?:ba|da|z|k|c|tc|fi|a)?sh\b"
_INTERP = (rf"(?:{_SH}|python[\d.]*|perl|ruby|node|php|lua|iex|invoke-expression|pwsh|powershell|"
           r"\$\{?(?:shell|bash)\}?(?![\w{])|\$0\b)")
"""An interpreter, by name or by the variable that holds the user's shell."""
_ARG = r"[^;&|\n]"  # a character of the same simple command
_SYSDIR = r"(?:etc|usr|var|bin|sbin|lib|lib32|lib64|boot|home|root|opt|srv|sys|proc|dev|mnt)"
_RM_TARGET = (rf"(?:/\*?|~/?\*?|\$\{{?home\}}?/?\*?|/{_SYSDIR}/?\*?|/home/[\w.-]+/?\*?|"
              r"/usr/[\w.-]+/?\*?|/var/(?!lib/(?:apt|dpkg/info|yum|dnf|pacman/sync)\b)"
              r"(?:log|lib|www|backups?|mail|spool|opt)(?:/[\w.-]+){0,3}/?"
              r"\*?|"
              r"/(?:srv|mnt|media|data|backups?)(?:/[\w.-]+)?/?\*?|(?:\./)?\.git/?|"
              r"/users/[\w.-]+/?\*?|~/(?:documents|desktop|pictures|photos|music|videos|projects|"
              r"src|code|work|workspace|git|repos|\.config|\.local|\.local/share)/?\*?|"
              r"/etc/\S{0,60}|/boot/\S{0,60}|/root/\S{0,60}|[a-z]:\\\\?\*?)")
_END = r"(?=$|[\s;&|)`'\"])"

_SECURITY_LOG = (r"/var/log/(?:auth|secure|syslog|messages|wtmp|btmp|lastlog|faillog|kern|audit/)"
                 r"\S*")
"""The logs that record who did what (an application's own log is emptied routinely)."""
_COMMAND_START = (r"^", r"[;&|`(\n]", r"[;&|`(\n]\s", r"[;&|`(\n]\s\s", r"\$\(", r"^\s", r"sudo\s",
                  r"/[ck]\s", r"^/bin/", r"^/usr/bin/", r"[;&|`(\n]\s/usr/bin/")
"""What stands before a command word where a command starts (fixed-width look-behinds
for a rule that opens on the word itself)."""

PATTERNS: tuple[Pattern, ...] = (
    # -- destructive commands ---------------------------------------------------------
    _p("destructive_command", _C, "recursive rm of a root, home or system directory",
       rf"{_CMD}rm\s+(?:{_ARG}{{0,80}}?\s)?(?:-[a-z]*r[a-z]*|--recursive|-[a-z]*f[a-z]*)"
       rf"(?:\s+-{{1,2}}[\w-]+){{0,4}}(?:\s+\S+){{0,4}}?\s+{_RM_TARGET}{_END}"),
    _p("destructive_command", _H, "everything under the working directory or its parent removed",
       r"^\s*(?:sudo\s+)?rm\s+(?=(?:-\S+\s+){0,7}(?:-[a-z]*r[a-z]*|--recursive)\s)(?:-\S+\s+){1,8}"
       r"(?:\*|\.|\./|\./\*|\.\*|\.\.(?:/\.\.)*/?\*?)\s*$"),
    _p("destructive_command", _C, "everything removed after changing to a root, home or system "
       "directory",
       rf"cd(?<=\bcd)\s+(?:/|~|\$\{{?home\}}?|/{_SYSDIR}|/home/[\w.-]+)/?\s*(?:&&|;)\s*(?:sudo\s+)?"
       r"rm\s+(?:-\S+\s+)*-[a-z]*r[a-z]*\s+(?:-\S+\s+)*(?:\*|\.|\./\*|\.\*)(?=$|[\s;&|])"),
    _p("destructive_command", _C, "rm --no-preserve-root",
       r"\brm\s[^;&|\n]{0,120}--no-preserve-root"),
    _p("destructive_command", _C, "filesystem created over a device",
       r"\b(?:mkfs(?:\.\w+)?|mkswap)\s[^;&|\n]{0,60}/dev/"),
    _p("destructive_command", _C, "raw write to a disk device",
       r"\bdd\s[^;&|\n]{0,160}\bof=(?:/dev/(?:sd|hd|vd|xvd|nvme|mmcblk|disk|mapper|md|root)|"
       r"/etc/|/boot/|/var/lib/|/usr/)"),
    *_ps("destructive_command", _H, "system or data file emptied",
         ((">",), r">(?:(?<=^>)|(?<=^ >)|(?<=[;&|\n:]>)|(?<=[;&|\n:] >)|(?<=[;&|\n:]  >)|"
          r"(?<=true >)|(?<=/null >)|(?<=echo >)|(?<=echo  >)|(?<=-n >)|(?<=-n  >)|(?<='' >)|"
          r"(?<=\"\" >)|(?<=printf  >)|(?<=then >)|(?<=do >))\s*(?:/etc/|/boot/|/var/lib/|/usr/)"
          r"\S+"),
         (("cp",), r"cp(?<=\bcp)\s+/dev/null\s+(?:/etc/|/boot/|/var/lib/|/usr/)\S+"),
         (("truncate",), r"truncate(?<=\btruncate)\s+(?:-\S+\s+)*(?:-s\s*0|--size[= ]0)\s+(?:-\S+"
                         r"\s+)*"
          r"(?:/etc/|/boot/|/var/lib/|/usr/)\S+"),
         (("rm", "unlink"), r"\b(?:rm|unlink)\s+(?:-\S+\s+)*(?:/etc/(?:passwd|shadow|group|sudoers|"
          r"fstab|hosts|resolv\.conf|hostname)|/boot/\S+|/s?bin/\w+|/usr/s?bin/\w+|"
          r"/lib\S*/ld-linux\S*)(?=$|[\s;&|])")),
    _p("destructive_command", _C, "output redirected onto a disk device",
       r">\s*/dev/(?:sd[a-z]|hd[a-z]|vd[a-z]|xvd[a-z]|nvme\d|mmcblk\d|disk\d)"),
    _p("destructive_command", _C, "device or system files shredded or wiped",
       r"\b(?:shred|wipefs)\s[^;&|\n]{0,80}(?:/dev/|--all\b|-a\b|/etc/|~/|/home/|/var/lib/|/srv/|"
       r"/root/|/var/backups?/)|"
       r"\b(?:wipe|srm)\s+(?:-\S+\s+)*(?:/|~|/home/|/etc|/var|/srv|/users/)"),
    _p("destructive_command", _C, "fork bomb",
       r"(\w{1,20}|:)\s*\(\s*\)\s*\{\s*\1\s*\|\s*\1\s*&\s*\}\s*;\s*\1"),
    _p("destructive_command", _H, "recursive mode or owner change of a root or system directory",
       rf"\bch(?:mod|own|grp)\s+(?:-\w+\s+)*(?:-[a-z]*r[a-z]*|--recursive)\s+(?:-\w+\s+)*\S+\s+"
       rf"(?:/\*?|/{_SYSDIR}/?\*?|~/?\*?){_END}"),
    _p("destructive_command", _C, "find deleting from a root, home or system directory",
       rf"\bfind\s+(?:/|~|\$\{{?home\}}?|/{_SYSDIR})/?\s{_ARG}{{0,160}}"
       rf"(?:-delete\b|-exec\s+(?:rm|shred)\b|\|\s*xargs\s+(?:-\S+\s+)*(?:rm|shred)\b)"),
    _p("destructive_command", _C, "root or system directory piped to xargs rm",
       rf"\b(?:ls|echo|printf|find)\s+(?:-\S+\s+)*{_RM_TARGET}\s*\|\s*xargs\s+(?:-\S+\s+)*"
       r"rm\s+(?:-\S+\s+)*-[a-z]*r"),
    *_ps("destructive_command", _C, "Windows drive or system folder deleted or formatted",
         (("%userprofile%", "%systemroot%", "%windir%", "%homepath%", "%systemdrive%"),
          r"\b(?:del|erase|rd|rmdir)\s+(?:/[a-z]\s+){1,4}%(?:userprofile|systemroot|windir|homepa"
          r"th|"
          r"systemdrive)%\\?\*?(?=$|[\s\"'])"),
         ((":\\",), r"\b(?:(?:del|erase)\s+(?:/[a-z]\s+){1,4}[a-z]:\\|(?:rd|rmdir)\s+(?:/[a-z]\s+"
                    r"){1,3}"
          r"[a-z]:\\(?:windows|users)?\\?(?=$|[\s\"']))"),
         (("format",), r"format(?<=\bformat)(?:\.com)?\s+[a-z]:(?=$|\s|/)")),
    *_ps("destructive_command", _C, "Remove-Item -Recurse on a drive or home",
         *(((w,), rf"{w}(?<=\b{w})['\")]{{0,3}}\s(?=(?:[^;|\n]{{0,200}}\s)?-r(?:ecurse)?\b)"
            r"[^;|\n]{0,200}?"
            r"(?:\s[a-z]:\\(?:(?:windows|users)(?:\\system32|\\syswow64)?)?\\?(?=$|[\s\"'*])|"
            r"\$env:(?:userprofile|systemroot|windir)\b|\s~[/\\]?(?=$|\s))", ("-r",))
           for w in ("remove-item", "ri", "rm", "del", "rd", "rmdir"))),
    _p("destructive_command", _C, "shadow copies or backups deleted",
       r"\b(?:vssadmin(?:\.exe)?\s+delete\s+shadows|wbadmin\s+delete\s+(?:catalog|backup)|"
       r"bcdedit\s[^\n]{0,60}recoveryenabled\s+no|cipher\s+/w:|wmic(?:\.exe)?\s+shadowcopy\s+dele"
       r"te|"
       r"win32_shadowcopy\b[^\n]{0,120}\.delete\(\))"),
    _p("destructive_command", _C, "code removing a root, home or system tree",
       rf"(?:\.|\b)(?:rmtree|rmsync|rmdirsync|rimraf(?:\.sync)?|rm_rf|remove_dir(?:_all)?|"
       rf"removeall|removedirs|deletedirectory|rmdir)\s*\(\s*['\"`]?(?:{_RM_TARGET}|/{_SYSDIR})/?"
       rf"['\"`]?\s*(?:[,)]|$)"),
    _p("destructive_command", _C, "code removing the home directory",
       r"\b(?:rmtree|rmsync|rm_rf|remove_dir_all|removeall|rimraf(?:\.sync)?)\s*\(\s*"
       r"(?:os\.path\.expanduser\(\s*['\"]?~['\"]?\s*\)|(?:require\(\s*['\"]?os['\"]?\s*\)\.|os\."
       r")homedir\(\)|"
       r"(?:pathlib\.)?path\.home\(\)|str\(path\.home\(\)\)|dir\.home\b|env\[\s*['\"]?home['\"]?"
       r"\s*\]|"
       r"os\.userhomedir\(\)|process\.env\.home\b|\$home\b)"),
    *_ps("destructive_command", _H, "cloud storage, cluster or infrastructure destroyed",
         (("aws",), r"aws(?<=\baws)\s+(?:s3\s+rb\s[^;&|\n]{0,120}--force|s3\s+rm\s[^;&|\n]{0,200}"
          r"--recursive|ec2\s+terminate-instances|rds\s+delete-db-(?:instance|cluster)|"
          r"dynamodb\s+delete-table)"),
         (("gsutil",), r"gsutil(?<=\bgsutil)\s+(?:-m\s+)?rm\s+(?:-r|(?:-\S+\s+)*gs://[\w.-]+/?\*)"),
         (("gcloud",), r"gcloud(?<=\bgcloud)\s[^;&|\n]{0,80}\bdelete\b[^;&|\n]{0,80}--quiet"),
         (("az ",), r"az(?<=\baz)\s+group\s+delete"),
         (("kubectl",), r"kubectl(?<=\bkubectl)(?:\s+(?:-n|--namespace|--context|--cluster)[= ]?"
                        r"\s*\S+)*\s+delete\s+(?:ns|namespaces?|all|(?:\S+\s+)?--all\b)"),
         (("terraform", "pulumi"), r"\b(?:terraform|pulumi)\s+destroy"),
         (("helm",), r"helm(?<=\bhelm)\s+(?:uninstall\s[^;&|\n]{0,80}--no-hooks|delete\s[^;&|\n]{"
                     r"0,80}"
          r"--purge)")),
    _p("destructive_command", _C, "disk, volume, pool or partition table destroyed",
       r"\bblkdiscard\s[^;&|\n]{0,60}/dev/|\bsgdisk\s[^;&|\n]{0,40}(?:--zap-all|-z\b|--clear|-o\b)|"
       r"\bparted\s[^;&|\n]{0,60}/dev/\S+\s[^;&|\n]{0,20}\b(?:mklabel|rm)\b|"
       r"\b(?:sfdisk\s[^;&|\n]{0,40}--delete|fdisk\s[^;&|\n]{0,20}/dev/\S+\s*<<<)|"
       r"\b(?:lv|vg|pv)remove\s|\bzpool\s+destroy\b|\bzfs\s+destroy\b|"
       r"\bbtrfs\s+subvolume\s+delete\b|\bmdadm\s[^;&|\n]{0,40}--zero-superblock|"
       r"\bcryptsetup\s+(?:luks)?erase\b|\bhdparm\s[^;&|\n]{0,60}--security-erase|"
       r"\b(?:clear-disk|remove-partition)\b|\bformat-volume\b|"
       r"\binitialize-disk\b[^\n]{0,80}-partitionstyle"),
    *_ps("destructive_command", _H, "logs or shell history wiped",
         (("truncate",), r"truncate(?<=\btruncate)\s+(?:-\S+\s+)*(?:-s\s*0|--size[= ]0)\s+(?:-\S+"
                         r"\s+)*"
          rf"(?:{_SECURITY_LOG}|\S*_history\b)"),
         ((">",), r">(?:(?<=^>)|(?<=^ >)|(?<=[;&|\n:]>)|(?<=[;&|\n:] >)|(?<=[;&|\n:]  >)|"
          r"(?<=true >)|(?<=/null >)|(?<=echo >)|(?<=echo  >)|(?<=-n >)|(?<=-n  >)|(?<='' >)|"
          r"(?<=\"\" >)|(?<=printf  >)|(?<=then >)|(?<=do >))\s*"
          rf"(?:{_SECURITY_LOG}|\S*/\.\w*_history\b)"),
         (("cp",), rf"cp(?<=\bcp)\s+/dev/null\s+(?:{_SECURITY_LOG}|\S*/\.\w*_history\b)"),
         (("history",), r"history(?:(?<=^history)|(?<=[;&|\n]history)|(?<=[;&|\n] history)|"
          r"(?<=[;&|\n]  history))\s+-c\b"),
         (("histfile",), r"\bunset\s+histfile\b|\bhistfile=/dev/null\b"),
         (("ln",), r"ln(?<=\bln)\s+-\w*s\w*\s+/dev/null\s+\S*(?:_history|/var/log/)"),
         (("journalctl",), r"journalctl(?<=\bjournalctl)\s[^;&|\n]{0,40}--vacuum-(?:time|size)"
          r"[= ]?(?:1s|0|1)\b"),
         (("wevtutil", "clear-eventlog"), r"\bwevtutil(?:\.exe)?\s+cl\b|\bclear-eventlog\b"),
         (("rm",), r"rm(?<=\brm)\s+(?:-\S+\s+)*(?:/var/log/?\*?|\S*/\.\w*_history|/var/log/(?:auth|"
          r"secure|syslog|messages|wtmp|btmp|lastlog)\S*)(?=$|[\s;&|])")),
    *_ps("destructive_command", _H, "force push or deletion of a main branch, history rewritten",
         (("git",), r"git(?<=\bgit)\s+(?:push\s(?=[^;&|\n]{0,120}?(?<![\w-])(?:-f\b|"
          r"--force(?!-with-lease|-if-includes)\b|-[a-z]*f[a-z]*\s))[^;&|\n]{0,120}?\s(?:\S+:)?"
          r"(?:refs/heads/)?(?:main|master|trunk|develop|prod\w*|production|release\S*)"
          r"(?=$|[\s;&|])|"
          r"push\s[^;&|\n]{0,80}?\s(?:\+|:|--delete\s+|-d\s+)(?:refs/heads/)?"
          r"(?:main|master|trunk|prod\w*|production)(?=$|[\s;&|])|"
          r"push\s[^;&|\n]{0,80}--mirror\b[^;&|\n]{0,40}(?:-f|--force)\b|"
          r"filter-branch\b|reflog\s+expire\s[^;&|\n]{0,40}--expire=now|"
          r"update-ref\s+-d\s+refs/heads/(?:main|master)\b|"
          r"push\s(?=[^;&|\n]{0,80}?(?<![\w-])(?:-f\b|--force\b(?!-)))[^;&|\n]{0,80}--all\b|"
          r"reset\s+--hard\s+\S+[^\n]{0,80}\bgit\s+push\s(?:[^;&|\n]{0,60}\s)?(?:-f|--force)\b(?!"
          r"-))"),
         (("gh ",), r"gh(?<=\bgh)\s+(?:repo\s+delete\b|api\s[^;&|\n]{0,40}(?:-x|--method)\s*"
          r"delete\s+/?repos/[\w.-]+/[\w.-]+/?(?=$|[\s;&|]))")),
    _p("destructive_command", _C, "everything under a directory deleted by find",
       r"find(?<=\bfind)\s+(?!\S*(?:cache|tmp|temp|build|dist|node_modules|__pycache__))"
       r"(?:/[\w./-]*|~[\w./-]*|\$\{?home\}?[\w./-]*)"
       r"(?:\s+(?:-type\s+[fdl]|-mindepth\s+\d|-maxdepth\s+\d+|-xdev|-depth|-mount|-print))*\s+"
       r"(?:-delete\b|-exec\s+(?:rm|shred|unlink)\b)"),
    _p("destructive_command", _C, "directory emptied by rsync --delete",
       r"rsync(?<=\brsync)\s(?=[^;&|\n]{0,200}--delete)[^;&|\n]{0,200}?\s(?:\S*empty\S*|\$\(\s*mk"
       r"temp\s+-d\s*\)/?|"
       r"/dev/null/?)\s+(?:\S+:)?(?:/|~)\S*"),
    _p("destructive_command", _C, "root or system directory moved away",
       rf"{_CMD}mv\s+(?:-\S+\s+)*(?:/|/{_SYSDIR}|~|/home/[\w.-]+)/?\s+\S+|"
       r"\bmv\s+(?:-\S+\s+)*\S+\s+/dev/null\b"),
    *_ps("destructive_command", _H, "cloud resource, backup or cluster data deleted",
         (("aws",), r"aws(?<=\baws)\s+[\w-]+\s+(?:delete-(?:bucket|db-(?:instance|cluster)\S*|"
          r"db-snapshot|db-cluster-snapshot|snapshot|volume|table|stack|recovery-point|"
          r"backup-vault|backup-plan|file-system|cluster|repository|log-group|hosted-zone|vault|"
          r"domain|global-table|replication-group|cache-cluster|archive|image|secret|"
          r"function|queue|stream|load-balancer|distribution|user|role|backup-vault)(?![\w-])|"
          r"terminate-instances\b|schedule-key-deletion\b|deregister-image\b)"),
         (("gcloud",), r"gcloud(?<=\bgcloud)\s+storage\s+rm\s[^;&|\n]{0,60}(?:-r\b|--recursive)"),
         (("gcloud",), r"gcloud(?<=\bgcloud)\s+(?:beta\s+|alpha\s+)?(?:sql|compute|container|"
          r"storage|projects|spanner|bigtable|redis|filestore|functions|run|firestore|pubsub|"
          r"secrets|kms)\s[^;&|\n]{0,80}\bdelete\b"),
         (("az ",), r"az(?<=\baz)\s+(?:group|vm|vmss|aks|sql|cosmosdb|storage|keyvault|webapp|"
          r"functionapp|postgres|mysql|redis|disk|snapshot|backup|acr)\b[^;&|\n]{0,80}"
          r"\bdelete(?:-batch)?\b"),
         (("kubectl",), r"kubectl(?<=\bkubectl)(?:\s+(?:-n|--namespace|--context|--cluster)[= ]?"
                        r"\s*\S+)*\s+delete\s+(?:pvc|pv|persistentvolume\w*|crds?|"
          r"customresourcedefinitions?|nodes?|statefulsets?|sts)\b"),
         (("terraform",), r"terraform(?<=\bterraform)\s+(?:apply\s[^;&|\n]{0,80}-destroy\b|"
          r"state\s+rm\b)"),
         (("cdk", "serverless", "sls", "sam", "eksctl", "velero", "borg"),
          r"\b(?:cdk\s+destroy|serverless\s+remove|sls\s+remove|sam\s+delete|"
          r"eksctl\s+delete\s+cluster|velero\s+(?:backup|schedule)\s+delete|borg\s+delete)\b"),
         (("etcdctl",), r"etcdctl(?<=\betcdctl)\s+del\s[^;&|\n]{0,60}--(?:prefix|from-key)"),
         (("restic",), r"restic(?<=\brestic)\s[^;&|\n]{0,160}\bforget\b[^;&|\n]{0,80}"
          r"--keep-\w+[= ]0\b"),
         (("doctl", "heroku", "flyctl", "vercel", "oci"),
          r"\b(?:doctl|heroku|flyctl|vercel|oci)\s[^;&|\n]{0,60}\b(?:delete|destroy|remove|rm)\b"
          r"[^;&|\n]{0,80}(?:--force|-f\b|--yes|--confirm|--auto-approve)")),
    *_ps("destructive_command", _H, "every container or volume removed",
         *(((w,), rf"{w}(?<=\b{w})\s+(?:system\s+prune\b[^;&|\n]{{0,60}}--volumes|volume\s+prune\b"
            r"[^;&|\n]{0,40}(?:-a\b|--all\b)|(?:volume\s+|container\s+)?rm\s[^;&|\n]{0,40}\$\(\s*"
            r"(?:docker|podman)\s+(?:volume\s+ls|ps\s+-a?q|ps\s+-qa|container\s+ls\s+-a?q)"
            r"(?![^)]{0,80}(?:\s-f\b|--filter)))")
           for w in ("docker", "podman"))),
    _p("destructive_command", _H, "scheduled jobs or databases removed from the command line",
       r"\bcrontab\s+(?:-u\s+\S+\s+)?-r\b|"
       r"\bdropdb\s+(?:-\S+\s+(?:(?!-)\S+\s+)?){0,6}"
       r"(?!\S*(?:test|tmp|temp|scratch|dev\b|_ci\b|ci_))\w\S*\s*(?=$|[;&|\n])|"
       r"\bmysqladmin\s[^;&|\n]{0,80}\bdrop\s+\w|\buserdel\s+(?:-\S+\s+)*-[a-z]*r[a-z]*\b|"
       r"\bdeluser\s[^;&|\n]{0,40}--remove-(?:home|all-files)\b|\brclone\s+purge\b|"
       r"\btmutil\s+delete\b"),
    *_ps("destructive_command", _H, "search index or everything deleted over HTTP",
         *(((n,), rf"{p}delete\b[^;&|\n]{{0,200}}/(?:_all|\*|[\w.-]*\*)(?=$|[\s'\"/?])")
           for n, p in (("xdelete", r"-x\s*"), ("delete", r"-x\s+"), ("delete", r"--request\s+")))),
    *_ps("destructive_command", _C, "files under a drive or home removed recursively",
         *(((w,), rf"{w}(?<=\b{w})\s+(?:-path\s+)?(?:[a-z]:\\(?:users|windows)?\\?|"
            r"\$env:userprofile|~)(?=\s)[^|\n]{0,80}\|\s*(?:remove-item|ri|rm|del)\b")
           for w in ("get-childitem", "gci", "dir", "ls"))),
    *_ps("destructive_command", _C,
         "code deleting every file under a root, home or system directory",
         *(((w,), rf"{w}(?<=\b{w})\s*\(\s*['\"`]?{_RM_TARGET}['\"`]?\s*\)[\s\S]{{0,300}}?"
            r"\b(?:unlink|remove|rmdir|rmtree|unlinksync|rmsync)\s*\(")
           for w in ("path", "walk", "listdir", "scandir", "readdirsync", "glob"))),
    *_ps("destructive_sql", _H, "every row deleted through an ORM",
         (("delete",), r"\.objects\.all\(\)\.delete\(\)"),
         (("delete",), r"\.query\(\s*[\w.]+\s*\)\.delete\("),
         (("delete_all", "destroy_all"),
          r"\.(?<=\w\.)(?:delete_all|destroy_all)\b(?!\s*\(\s*[^)\s])"),
         (("knex",), r"knex(?<=\bknex)\(\s*['\"]?\w+['\"]?\s*\)\.(?:del|delete|truncate)\(\s*\)"),
         (("deletemany",), r"\.deletemany\(\s*\)"),
         (("destroy",), r"\.destroy\(\s*\{\s*where\s*:\s*\{\s*\}")),
    _p("destructive_command", _H, "data store flushed",
       r"\b(?:flushall|flushdb)\b|\.dropdatabase\(\)|\bdb\.\w+\.drop\(\)|"
       r"\.(?:deletemany|remove)\(\s*\{\s*\}\s*\)"),
    _p("destructive_sql", _H, "table, database or schema dropped",
       r"\bdrop\s+(?:table|database|schema|user|view|index|collection|keyspace|tablespace|"
       r"owned\s+by|materialized\s+view)\b"),
    *_ps("destructive_sql", _H, "rows deleted under an always-true condition",
         (("delete",), r"delete(?<=\bdelete)\s+from\s+[\w.\"`\[\]]{1,120}\s+(?:set\s[^;]{1,300}?"
                       r"\s)?where\s+"
          r"(?:1|true|not\s+false|(\d{1,10})\s*=\s*\1|'(\w{0,20})'\s*=\s*'\2'|1\s*>\s*0|"
          r"\w{1,30}\s+is\s+not\s+null\s+or\s+\w{1,30}\s+is\s+null)\s*(?:;|$|--|\))"),
         (("update",), r"update(?<=\bupdate)\s+[\w.\"`\[\]]{1,120}\s+(?:set\s[^;]{1,300}?\s)?wher"
                       r"e\s+"
          r"(?:1|true|not\s+false|(\d{1,10})\s*=\s*\1|'(\w{0,20})'\s*=\s*'\2'|1\s*>\s*0|"
          r"\w{1,30}\s+is\s+not\s+null\s+or\s+\w{1,30}\s+is\s+null)\s*(?:;|$|--|\))")),
    _p("destructive_sql", _H, "table truncated",
       r"\btruncate\s+(?:table\s+)?[\w.\"`\[]"),
    _p("destructive_sql", _H, "delete without a where clause",
       r"delete(?<=\bdelete)\s+from\s+[\w.\"`\[\]]{1,120}\s*(?:;|$|--|\))"),
    _p("destructive_sql", _H, "update without a where clause",
       r"update(?<=\bupdate)\s+[\w.\"`\[\]]{1,120}\s+set\s(?:(?!\bwhere\b)[^;]){1,400}(?:;|$)"),
    _p("destructive_sql", _M, "column or constraint dropped",
       r"\balter\s+table\s+[\w.\"`\[\]]{1,120}\s+drop\s"),
    # -- SQL abuse: injection and escapes to files or commands ------------------------
    _p("sql_injection", _H, "tautology after a closed quote",
       r"'\s*\)?\s*(?:or|\|\|)\s+(?:'(\w{0,20})'\s*=\s*'\1'|(\w{1,20})\s*=\s*\2\b|'(\w{1,20})'\s*"
       r"=\s*'?\3\b|true\b)"),
    _p("sql_injection", _H, "union select of credentials",
       r"union(?<=\bunion)\s+(?:all\s+)?select\b[^;]{0,200}\b(?:password\w{0,10}|passwd|pwd|pass_"
       r"hash|"
       r"secret|token|api_key|credit_card|ssn|information_schema|sqlite_master|sqlite_schema|"
       r"pg_catalog|pg_shadow|mysql\.user|sys\.(?:tables|objects|sql_logins)|all_tables)\b"),
    _p("sql_injection", _H, "stacked statement after a closed quote",
       r"'\s*\)?\s*;\s*(?:drop|delete|update|insert|truncate|exec|shutdown|alter|grant)\b|"
       r";\s*shutdown(?:\s+with\s+nowait)?\s*(?:;|$|--|#)"),
    _p("sql_injection", _H, "comment cutting the query after a closed quote",
       r"'(?<=\w')\)?(?:#|[ \t]*--(?!-))"),
    _p("sql_injection", _H, "numeric tautology",
       r"or(?<=\bor)\s+(\d{1,10})\s*=\s*\1\s*(?:$|--|#|;|\)|\b(?:and|or|limit|order|group|union)"
       r"\b)"),
    _p("sql_injection", _H, "time delay injected",
       r"(?:\b(?:and|or)\b|'|;)\s*\(?\s*(?:select\s+)?(?:sleep|pg_sleep|benchmark)\s*\(|"
       r"\bwaitfor\s+delay\s+'"),
    _p("sql_injection", _C, "SQL escape to the shell or the filesystem",
       r"\b(?:xp_cmdshell|sp_oacreate|into\s+(?:out|dump)file|load_file\s*\(|"
       r"pg_read_(?:binary_)?file\s*\(|lo_import\s*\(|copy\s[^;]{0,120}\b(?:from|to)\s+program\b|"
       r"sys_exec\s*\(|load\s+data\s+(?:local\s+)?infile)"),
    # -- download and execute -----------------------------------------------------------
    *_ps("download_exec", _C, "download piped into an interpreter",
         *(((w,), rf"{w}(?<=\b{w})\b[^;&\n|]{{0,300}}(?:\|[^;&\n|]{{0,120}}){{0,2}}\|\s*"
            rf"(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+(?:\S+=\S*\s+)*)?"
            rf"(?:{_INTERP}|(?:\.|source)\s+/dev/stdin\b)", ("|",))
           for w in ("curl", "wget", "fetch", "aria2c", "lwp-download", "iwr", "irm",
                     "invoke-webrequest", "invoke-restmethod", "downloadstring"))),
    *_ps("download_exec", _C, "interpreter running a downloaded script",
         (("curl", "wget"), rf"(?:{_INTERP}|source|\.)\s+(?:-\w+\s+)*<\s*\(\s*(?:curl|wget)\b",
          ("<(", "< (")),
         (("curl", "wget"), rf"{_INTERP}\s+(?:-\w+\s+)*-c\s+\$\(\s*(?:curl|wget)\b", ("-c $(",)),
         (("eval",), r"eval(?<=\beval)\s+(?:\$\(|`)\s*(?:curl|wget)\b")),
    _p("download_exec", _C, "download made executable",
       r"\b(?:curl|wget|fetch|aria2c|tftp|scp|invoke-webrequest|iwr)\b[^\n]{0,400}?"
       r"\bchmod\s+(?:-\w+\s+)*(?:[ugoa]*\+[rw]*x|0?[0-7]?[1357][0-7]{0,2}\b)"),
    *_ps("download_exec", _C, "download then run",
         *(((w,), rf"{w}(?<=\b{w})\b[^\n]{{0,300}}?(?:&&|;|\|\|)\s*(?:sudo\s+)?(?:{_SH}|python[\d"
                  rf".]*|"
            r"perl|\./|/tmp/|/dev/shm/)\S*", ("&&", ";", "||")) for w in ("curl", "wget"))),
    _p("download_exec", _C, "PowerShell download and invoke",
       r"\b(?:iex|invoke-expression)\b[^\n]{0,40}(?:\(|\|)?\s*\(?\s*(?:iwr|irm|invoke-webrequest|"
       r"invoke-restmethod|\(?new-object\s+(?:system\.)?net\.webclient)|"
       r"downloadstring\s*\([^\n]{0,200}\)\s*\|\s*(?:iex|invoke-expression)|"
       r"downloadfile\s*\([^\n]{0,300}\b(?:start-process|invoke-item|&\s*\$)"),
    _p("download_exec", _C, "Windows binary fetching remote code",
       r"\bcertutil(?:\.exe)?\s[^\n]{0,60}-urlcache\b[^\n]{0,80}https?://|"
       r"\bmshta(?:\.exe)?\s+(?:vbscript:|javascript:|https?://)|"
       r"\bregsvr32(?:\.exe)?\s[^\n]{0,60}/i:\s*https?://|"
       r"\bbitsadmin(?:\.exe)?\s[^\n]{0,40}/transfer\b|\brundll32(?:\.exe)?\s[^\n]{0,40}javascrip"
       r"t:"),
    _p("download_exec", _C, "code executing fetched code",
       r"\b(?:exec|eval)\s*\([^\n]{0,200}?\b(?:urlopen|urllib\.request|requests\.get|httpx\.get|"
       r"urlretrieve|fetch|http\.get|open-uri|net::http)\b|"
       r"\b(?:exec|eval)\s*\(?\s*(?:file_get_contents|get|lwp::simple::get)\s*\(\s*[\"']?https?://|"
       r"\bhttps?[\"']?\s*\)?\.get\s*\([^\n]{0,300}?\beval\s*\(|"
       r"\bfetch\s*\([^\n]{0,300}?\.then\s*\(\s*(?:eval|function|new\s+function)\s*\)|"
       r"\b(?:urlopen|requests\.get|httpx\.get)\s*\([^\n]{0,200}\)\s*\.(?:read\(\)|text|content)"
       r"[^\n]{0,60}\b(?:exec|eval)\s*\("),
    _p("download_exec", _H,
       "package fetched over plain HTTP, from a bare address or run from a URL",
       r"\b(?:pip[\d.]*|pipx|uv\s+pip|npm|yarn|pnpm|gem|cargo|go)\s+(?:install|add|i)\b"
       r"[^;&|\n]{0,200}?(?:--trusted-host\b|(?:git\+)?(?:https?|git)://(?:[^\s/@]*@)?"
       r"(?:\d{1,3}\.){3}\d{1,3}\b|(?:git\+)?http://(?!localhost\b|127\.|\[::1\]))|"
       r"\bgo\s+install\s+(?:\d{1,3}\.){3}\d{1,3}/|"
       r"\b(?:npx|bunx|pnpm\s+dlx|yarn\s+dlx)\s+(?:-\S+\s+)*(?:https?://|gist:|github:)"),
    _p("download_exec", _H, "cloned repository's script run",
       rf"\bgit\s+clone\s[^;&|\n]{{0,200}}?(?:https?|git)://(?:[^\s/@]*@)?(?:\d{{1,3}}\.){{3}}"
       rf"\d{{1,3}}\b[^\n]{{0,200}}?(?:&&|;)\s*(?:cd\s+\S+\s*(?:&&|;)\s*)?(?:sudo\s+)?"
       rf"(?:{_SH}|python[\d.]*|perl|\./|make\b)"),
    _p("download_exec", _H, "package registry switched to plain HTTP or a bare address",
       r"\b(?:pip[\d.]*|npm|yarn|pnpm|uv|poetry|gem|conda)\s+config\s+(?:set|add)\s+"
       r"(?:--\S+\s+)*[\w.-]*(?:index-url|index_url|registry|source|channels)[\w.-]*"
       r"(?:\s+|\s*=\s*)[\"']?(?:https?://(?:[^\s/@]*@)?(?:\d{1,3}\.){3}\d{1,3}\b|"
       r"http://(?!localhost\b|127\.|\[::1\]))"),
    # -- reverse and bind shells -------------------------------------------------------
    _p("reverse_shell", _C, "shell over /dev/tcp", r"/dev/(?:tcp|udp)/[\w.\-\[\]:]{1,100}/\d{1,5}"),
    *_ps("reverse_shell", _C, "netcat handing a shell to the network",
         *(((n,), rf"{w}(?<=\b{w})\b{_ARG}{{0,160}}?\s(?:-[a-z]*[ec]\s*(?:\S*/)?(?:{_SH}|cmd(?:\."
                  rf"exe)?|"
            r"powershell|pwsh|python)|--(?:sh-)?exec\b|--lua-exec\b)",
            ("sh", "cmd", "powershell", "pwsh", "python", "exec"))
           for n, w in (("nc", "nc"), ("nc", "ncat"), ("netcat", "netcat")))),
    _p("reverse_shell", _C, "named pipe wired to a network client",
       r"\b(?:mkfifo|mknod)\b[^\n]{0,200}?\b(?:nc|ncat|netcat|telnet|openssl\s+s_client|socat)\b"),
    _p("reverse_shell", _C, "socat executing a shell",
       r"\bsocat\b[^\n]{0,200}?\b(?:exec|system):[^\n]{0,40}?(?:sh|bash|cmd|powershell|pty)"),
    *_ps("reverse_shell", _C, "telnet or openssl piped into a shell",
         *(((n,), rf"{w}(?<=\b{w}){after}\b[^\n|]{{0,120}}\|\s*(?:\S*/)?{_SH}", ("|",))
           for n, w, after in (("telnet", "telnet", ""), ("s_client", "openssl", r"\s+s_client"),
                               ("nc", "nc", ""), ("ncat", "ncat", ""), ("netcat", "netcat", "")))),
    _p("reverse_shell", _C, "zsh socket wired to a shell",
       r"\bztcp\s+(?:-\w+\s+)*[\w.:\[\]-]{1,100}\s+\d{1,5}\b"),
    *_ps("reverse_shell", _C, "script socket wired to a shell",
         (("fsockopen",), r"fsockopen(?<=\bfsockopen)\s*\([\s\S]{0,300}?\b(?:exec|shell_exec|syst"
                          r"em|"
          r"passthru|proc_open|popen)\s*\("),
         (("tcpsocket",), r"tcpsocket(?<=\btcpsocket)\.(?:open|new)\b[\s\S]{0,300}?(?:\bexec\b|"
          r"\bspawn\b|\bsystem\b|io\.popen|/bin/(?:ba)?sh)"),
         (("tcpclient",), r"net\.sockets\.tcpclient\b[\s\S]{0,400}?\bgetstream\b"),
         (("net.dial",), r"net\.dial(?<=\bnet\.dial)\s*\(\s*tcp\b[\s\S]{0,300}?\bexec\.command\b"),
         (("/inet/tcp/",), r"/inet/tcp/\d{1,5}/"),
         (("socket",), r"socket(?<=\buse\ssocket)\b[\s\S]{0,300}?\b(?:exec|system|open\s*\(\s*std"
                       r"in)")),
    _p("reverse_shell", _C, "X terminal sent to a remote display",
       r"\bxterm\s+-display\s+[\w.]{1,60}:\d"),
    # -- privilege escalation ------------------------------------------------------------
    *_ps("privilege_escalation", _H, "root shell through sudo or su",
         (("sudo",), rf"sudo(?<=\bsudo)\s+(?![^;&|\n]{{0,40}}?(?:-[a-z]*u\s*|--user[= ])(?!root\b"
                     rf"|0\b|#"
                     rf"0\b)\w)"
          rf"(?:-[a-z]*[is][a-z]*{_END}|(?:-\S+\s+(?:\w+\s+)?){{0,3}}"
          rf"(?:su\b|{_SH}|(?:/usr)?/bin/(?:ba|z|da)?sh\b))"),
         (("su",), r"su(?:(?<=^su)|(?<=[;&|]su)|(?<=[;&|]\ssu)|(?<=[;&|]\s\ssu)|(?<=[;&|]\s\s\ssu))"
          r"(?:\s+(?:-\s+|-l\s+|--login\s+)?root\b|\s*-?\s*(?:$|[;&|]))")),
    _p("privilege_escalation", _H, "setuid bit set",
       r"\bchmod\s+(?:-\w+\s+)*(?:(?![go]+\+)[ugoa]*\+[rwxt]*s|[46][0-7]{3})\b"),
    _p("privilege_escalation", _C, "sudoers or account database edited",
       r"\bnopasswd\b|(?:>>?|\btee\s+(?:-a\s+)?|\bsed\s+-i\S*\s+[^\n]{0,80}\s)\s*"
       r"/etc/(?:sudoers(?:\.d/\S*)?|passwd|shadow|group)\b|"
       r"\b\w{1,32}:[^:\s]{0,120}:0:0:"),
    _p("privilege_escalation", _H, "account added to an admin group or root password changed",
       r"\b(?:usermod\s+(?:-\w+\s+)*-a?g\s*(?:\S+,)?(?:sudo|wheel|admin|root|docker)\b|"
       r"gpasswd\s+-a\s+\S+\s+(?:sudo|wheel|docker)\b|passwd\s+root\b|"
       r"root:\S{1,120}\s*\|\s*chpasswd|useradd\s[^\n]{0,80}-o\s[^\n]{0,20}-u\s*0\b|"
       r"net\s+localgroup\s+administrators\s+\S+\s+/add)"),
    _p("privilege_escalation", _H, "container escape to the host",
       r"\bdocker\s+run\b[^;&|\n]{0,200}(?:--privileged|-v\s*/:/|--volume[= ]/:/|--pid[= ]host)|"
       r"\bnsenter\s+(?:-\w+\s+)*(?:-t|--target)[= ]?\s*1\b|\bchroot\s+/host\b"),
    _p("privilege_escalation", _H, "shell spawned from a program run as root",
       r"\bsudo\s[^;&|\n]{0,120}?(?::!|!\s*|-exec\s+|system\s*\(|spawn\s*\(|exec\s*\()\s*"
       r"[\"']?(?:/usr)?(?:/bin/)?(?:ba|z|da)?sh\b"),
    _p("privilege_escalation", _H, "privileged shell mode",
       # The literal first: a pattern opening on a class is tried at every position.
       r"sh(?:(?<=[\s/;&|]sh)|(?<=[\s/;&|]bash)|(?<=[\s/;&|]dash)|(?<=^sh)|(?<=^bash)|"
       r"(?<=^dash))\s+-p\b"),
    *_ps("privilege_escalation", _H, "cloud or cluster admin rights granted",
         (("aws",), r"aws(?<=\baws)\s+iam\s+(?:attach-(?:user|role|group)-policy\b[^;&|\n]{0,200}"
          r"(?:administratoraccess|iamfullaccess|poweruseraccess)|put-(?:user|role|group)-policy\b|"
          r"create-access-key\b|create-login-profile\b|update-login-profile\b|"
          r"add-user-to-group\b[^;&|\n]{0,120}admin)"),
         (("gcloud",), r"gcloud(?<=\bgcloud)\s(?:[^;&|\n]{0,120}add-iam-policy-binding\b[^;&|\n]{"
                       r"0,200}"
          r"roles/(?:owner|editor|iam\.\w*admin\w*|resourcemanager\.\w*admin)|"
          r"iam\s+service-accounts\s+keys\s+create\b)"),
         (("az ",), r"az(?<=\baz)\s+(?:role\s+assignment\s+create\b[^;&|\n]{0,200}(?:owner|contri"
                    r"butor|"
          r"user\s+access\s+administrator)|ad\s+(?:sp|app)\s+credential\s+reset\b)"),
         (("kubectl",), r"kubectl(?<=\bkubectl)\s+create\s+(?:cluster)?rolebinding\b[^;&|\n]{0,200}"
          r"cluster-admin")),
    *_ps("privilege_escalation", _H, "privilege escalation tool or recon",
         (("setuid", "seteuid", "setreuid", "setresuid"), r"\bset(?:e|re|res)?uid\s*\(\s*0\s*[,)]"),
         (("pkexec",), r"pkexec(?<=\bpkexec)\b"),
         (("setcap",), r"setcap(?<=\bsetcap)\s[^\n]{0,40}cap_(?:setuid|sys_admin|dac_override|"
          r"sys_ptrace)"),
         (("find",), r"find(?<=\bfind)\s+/\s[^;&|\n]{0,120}-perm\s+[-/+]?(?:4000|u=s|-u=s|2000|g="
                     r"s)"),
         (("getcap",), r"getcap(?<=\bgetcap)\s+-r\s+/"),
         (("sudo",), r"sudo(?:(?<=^sudo)|(?<=[;&|]sudo)|(?<=[;&|]\ssudo)|(?<=[;&|]\s\ssudo))\s+-l"
                     r"\s*"
          r"(?:$|[;&|])"),
         (("linpeas", "linenum", "les.sh", "pspy", "winpeas", "juicypotato", "printspoofer"),
          r"\b(?:linpeas|linenum|les\.sh|pspy|winpeas|juicypotato|printspoofer)\b"),
         (("runas",), r"runas(?<=\brunas)\s+/user:administrator")),
    # -- environment dumps ---------------------------------------------------------------
    *_ps("env_dump", _H, "whole environment printed",
         *(((w,), w + "(?:" + "|".join(f"(?<={b}{w})" for b in _COMMAND_START) + ")" + tail
            + r"\s*(?=$|[;&>)`\n]|\|(?!\s*(?:grep|egrep|rg)\s(?:\s*-\w+)*\s*\^?"
            r"(?![^\s|;&]*(?:key|secret|token|pass|cred|auth|aws|session))\w))")
           for w, tail in (("env", r"(?:\s+-0)?"), ("printenv", ""), ("export", r"\s+-p"),
                           ("declare", r"\s+-x"), ("set", ""), ("compgen", r"\s+-v")))),
    *_ps("env_dump", _H, "container or pod environment read",
         *(((w,), rf"{w}(?<=\b{w})\s+exec\b[^;&|\n]{{0,160}}\s(?:--\s+)?(?:env|printenv)\s*"
            r"(?=$|[;&|>)])", ("env",)) for w in ("kubectl", "docker", "podman")),
         (("env",), r"\{\{\s*\.config\.env\s*\}\}")),
    _p("env_dump", _H, "process environment read from /proc",
       r"/proc/(?:self|\d+|\$\$|\*)/environ"),
    _p("env_dump", _H, "secret environment variable printed",
       r"\b(?:printenv|echo|printf)\s+[^;&|\n]{0,60}?\$\{?\w{0,40}(?:secret|token|passw(?:or)?d|"
       r"api_?key|access_?key|private_?key|credential)\w{0,20}\}?\s*(?:$|[;&>]|\|\s*(?:base64|xxd|"
       r"curl|nc|ncat|tee)\b)|\bprintenv\s+\w{0,40}(?:secret|token|passw(?:or)?d|api_?key|"
       r"access_?key|credential)\w{0,20}"),
    *_ps("env_dump", _H, "code dumping the whole environment",
         (("environ", "process.env"),
          r"\b(?:print|pprint|dumps|str|repr|write|post|put|send|log|"
          r"console\.log|stringify|jsonify|puts|echo|dump)\w{0,10}\s*\([^()\n]{0,200}?"
          r"(?<!env=)(?<!env:)(?<!env )(?<!\.\.\.)"
          r"(?:(?:dict|str|repr|list|vars)\s*\(\s*|\{\s*\*\*\s*)?(?:os\.environ|process\.env)\s*"
          r"(?:\}\s*)?(?:,[^()\n]{0,40})?\)",
          ("environ)", "env)", "environ )", "env )", "environ  )", "env  )", "environ}", "env}",
           "environ,", "env,")),
         (("environ",), r"os\.environ\.items\(\)(?<=\bos\.environ\.items\(\))"),
         (("process.env",), r"object\.(?<=\bobject\.)(?:entries|keys)\(\s*process\.env\s*\)"),
         (("env:",), r"\b(?:gci|get-childitem|dir|ls)\s+env:(?:\s|$|\||;)"),
         (("getenvironmentvariables",), r"getenvironmentvariables\s*\(\s*\)"),
         (("process.env",), r"\b(?:node|deno|bun)\s+(?:-p|--print)\s+[\"']?process\.env\b(?!\.)"),
         (("getenv",), r"\b(?:system\.)?getenv\(\s*\)"),
         (("env.to_h",), r"env\.to_h(?<=\benv\.to_h)\b"),
         (("environ",), r"environ(?<=\benviron)\s*\(\s*\)"),
         (("%env",), r"\bkeys\s*%env\b|\b(?:print|dumper)\w*\s*\(?\s*\\?%env\b")),
    # -- a shell started through another program's option (an allowlisted tool, a sudo
    #    rule or a restricted shell escaped: tar, find, awk, vim, zip, rsync, git, pty) --
    *_ps("shell_escape", _H, "shell started from another program's option",
         (("checkpoint-action",), r"--checkpoint-action\s*=\s*exec\s*="),
         (("to-command",), rf"--to-command\s*=?\s*['\"]?\s*{_INTERP}"),
         (("--use-compress",), rf"--use-compress-program\s*=?\s*['\"]?\s*{_SH}"),
         (("-i ",), rf"\btar\b[^;&|\n]{{0,80}}\s-i\s+['\"]?\s*{_SH}"),
         (("-exec",), rf"-exec(?:dir)?\s+['\"]?\s*{_INTERP}(?:\s+-[ci]\b|\s*['\"]?\s*[;\\+])"),
         (("system",), rf"\b[gmn]?awk\b[^\n]{{0,200}}?\bsystem\s*\(\s*['\"]\s*{_SH}"),
         ((":!", ":shell"), r"\b(?:n?vim?|ex|view)\b[^;&|\n]{0,80}?\s[-+]c\s*['\"]?\s*:?"
                            r"(?:!|shell\b|set\s+shell)"),
         (("-tt", "unzip-command"), rf"\bzip\b[^;&|\n]{{0,200}}?\s(?:-TT|--unzip-command)"
                                   rf"\s*=?\s*['\"]?\s*{_SH}"),
         (("-e ",), rf"\brsync\b[^;&|\n]{{0,120}}?\s-e\s*['\"]?\s*{_SH}"),
         (("core.",), rf"\bgit\b[^;&|\n]{{0,40}}?\s-c\s*['\"]?core\.(?:pager|sshcommand|"
                      rf"editor|fsmonitor|hookspath|askpass)\s*=\s*['\"]?\s*{_INTERP}"),
         (("pty.spawn",), r"\bpty\.spawn\s*\(\s*['\"\[]\s*['\"]?(?:/usr)?(?:/bin/)?"
                          r"(?:ba|da|z|k)?sh\b"),
         (("-qc",), rf"\bscript\b\s+-q?c\s+['\"]?\s*{_SH}"),
         (("exec",), rf"\b(?:perl|ruby)\b[^\n]{{0,80}}?\bexec\s*\(?\s*['\"]\s*{_SH}")),
    # -- cryptomining (the host's CPU or GPU made to work for someone else) -------------
    _p("cryptomining", _H, "mining pool reached over stratum",
       r"\bstratum(?:\d)?\+(?:tcp|ssl|tls|ws|wss)://[\w.\-]{1,120}(?::\d{2,5})?"),
    _p("cryptomining", _H, "miner run against a pool",
       r"\b(?:" + "|".join(re.escape(m) for m in _MINERS) + r")(?:-[\w.]+)?(?:\.exe)?"
       r"(?![\w.-])(?=[^;&|\n]{0,200}?\s(?:-o|--url|-a|--algo|--donate-level|-u|--user|"
       r"--coin|--pool|-p|--wallet|-w)(?:[\s=]|$))"),
    _p("cryptomining", _H, "known mining pool with a port",
       r"\b(?:[\w-]{1,40}\.){0,3}(?:" + "|".join(_POOLS) + r")\.(?:com|org|net|pro|io|"
       r"stream|fr|cc|info)(?::\d{2,5})\b"),
    # -- persistence ---------------------------------------------------------------------
    _p("persistence", _H, "SSH key added to authorized_keys",
       r"(?:>>?|\btee\s+(?:-a\s+)?|\bcp\s+\S+\s+|\bmv\s+\S+\s+)\s*\S*\.ssh/authorized_keys2?\b"),
    *_ps("persistence", _H, "code appending to a startup file or authorized_keys",
         *(((w,), rf"{w}(?<=\b{w})\s*\([^\n]{{0,120}}?"
            r"(?:\.ssh/authorized_keys2?\b[^\n]{0,60}?(?:,\s*['\"]?a\+?['\"]?\s*\)|\bappendfile)|"
            r"(?:\.bashrc|\.bash_profile|\.profile|\.zshrc|/etc/rc\.local|/etc/cron\S*)\b[^\n]{0,"
            r"300}?"
            r"(?:curl|wget|/dev/tcp/|bash\s+-i|nc\s+\S+\s+\d{2,5}))")
           for w in ("open", "appendfile", "writefile", "add-content"))),
    _p("persistence", _C, "startup file or scheduler given a network payload",
       r"(?:\b(?:curl|wget|nc|ncat|/dev/tcp|base64\s+-d|python[\d.]*\s+-c|bash\s+-i|powershell|"
       r"iex)\b[^\n]{0,300}?(?:>>?|\btee\s+(?:-a\s+)?)\s*\S*(?:\.bashrc|\.bash_profile|\.profile|"
       r"\.zshrc|\.zprofile|\.zshenv|/etc/profile\S*|/etc/rc\.local|/etc/cron\S*|"
       r"/var/spool/cron\S*|/etc/systemd/system/\S+|/etc/init\.d/\S+|\.config/autostart/\S*|"
       r"library/launch(?:agents|daemons)/\S*)|"
       r"\b(?:curl|wget|nc|ncat|/dev/tcp|bash\s+-i|python[\d.]*\s+-c)\b[^\n]{0,300}?\|\s*"
       r"crontab\s+-|\bcrontab\s+-l\b[^\n]{0,40};\s*echo\b[^\n]{0,300}\b(?:curl|wget|nc|"
       r"/dev/tcp|bash\s+-i)\b)"),
    *_ps("persistence", _H, "Windows autorun or scheduled task created",
         (("reg",), r"reg(?<=\breg)(?:\.exe)?\s+add\s+\S*\\currentversion\\(?:run|runonce)\b"),
         (("schtasks",), r"schtasks(?<=\bschtasks)(?:\.exe)?\s+/create\b[^\n]{0,300}"
          r"\b(?:powershell|cmd|http|\.exe|\.ps1)"),
         (("new-itemproperty",), r"new-itemproperty\s[^\n]{0,80}\\currentversion\\run\b")),
    # -- path traversal ------------------------------------------------------------------
    _p("path_traversal", _H, "three or more parent steps",
       r"(?:\.\.[/\\]){3,}"),
    _p("path_traversal", _H, "parent steps to a sensitive file",
       r"(?:\.\.[/\\]){1,20}(?:etc/(?:passwd|shadow|hosts|sudoers)|windows[/\\]|win\.ini|"
       r"boot\.ini|proc/self|\.ssh/|\.aws/|root/|\.env\b)"),
    *_ps("path_traversal", _H, "encoded or doubled parent steps",
         (("%",), r"%(?:(?:2e|252e|c0%ae|u002e)(?:%2e|%252e|%c0%ae|%u002e|\.)"
          r"(?:%2f|%5c|%252f|%c0%af|%c1%9c|%u2215)|(?:2e|252e|c0%ae)(?:%2e|%252e|%c0%ae)[/\\]|"
          r"(?<=\.%)(?:2e|252e|c0%ae|u002e)(?:%2f|%5c|%252f|%c0%af|%c1%9c|%u2215))"),
         (("..",), r"\.\.(?:(?:%2f|%5c|%252f|%c0%af|%c1%9c|%u2215)|\.*//|;/|\\/|\./\./)")),
    _p("path_traversal", _H, "file URL to a system file",
       r"\bfile://(?:localhost)?/(?:etc/|proc/|root/|home/[^/\s]+/\.|[a-z]:[/\\]windows)"),
    # -- credential dumping that names no file ----------------------------------------------
    *_ps("credential_read", _C, "credential dumping tool or token printed",
         (("gpg",), r"gpg(?<=\bgpg)\s[^;&|\n]{0,40}--export-secret-(?:sub)?keys\b"),
         (("mimikatz", "sekurlsa", "lsadump"), r"\b(?:mimikatz|sekurlsa|lsadump)"),
         (("procdump",), r"procdump(?<=\bprocdump)\S*\s[^\n]{0,60}lsass"),
         (("comsvcs",), r"comsvcs(?<=\bcomsvcs)(?:\.dll)?\S*\s[^\n]{0,40}minidump"),
         (("reg",), r"reg(?<=\breg)(?:\.exe)?\s+save\s+hklm\\(?:sam|security|system)\b"),
         (("security",), r"security(?<=\bsecurity)\s+(?:find-generic-password|"
          r"find-internet-password|dump-keychain)\b"),
         (("aws",), r"aws(?<=\baws)\s+configure\s+get\s+aws_(?:secret_access_key|access_key_id|"
          r"session_token)"),
         (("gcloud",), r"gcloud(?<=\bgcloud)\s+auth\s+(?:application-default\s+)?print-access-tok"
                       r"en"),
         (("az ",), r"az(?<=\baz)\s+account\s+get-access-token"),
         (("kubectl",), r"kubectl(?<=\bkubectl)\s+get\s+secrets?\b[^;&|\n]{0,120}"
          r"-o\s*(?:yaml|json|jsonpath|go-template)"),
         (("vault",), r"vault(?<=\bvault)\s+(?:kv\s+get|read)\s[^\n]{0,60}-field="),
         (("gh ",), r"gh(?<=\bgh)\s+auth\s+token\b"),
         (("/var/run/secrets/",), r"cat(?<=\bcat)\s+/var/run/secrets/"),
         (("docker", "podman", "kubectl"), r"\b(?:docker|podman|kubectl)\s+exec\b[^;&|\n]{0,120}\s"
          r"(?:cat|head|tail|strings|base64)\s+(?:/var)?/run/secrets/", ("/run/secrets/",))),
    _p("credential_read", _C, "cloud secret store read",
       r"\baws\s+secretsmanager\s+get-secret-value\b|"
       r"\baws\s+ssm\s+get-parameters?(?:-by-path)?\b[^;&|\n]{0,200}--with-decryption\b|"
       r"\bgcloud\s+secrets\s+versions\s+access\b|"
       r"\baz\s+keyvault\s+(?:secret\s+(?:show|download)|key\s+download)\b|"
       r"\bvault\s+(?:kv\s+get|read)\s"),
    _p("credential_read", _H, "git credential helper running a shell command",
       r"\bcredential\.helper\s*[= ]\s*[\"']?!"),
    _p("credential_read", _H, "key files found and read out",
       r"find(?<=\bfind)\s[^;&|\n]{0,160}-i?name\s+[\"']?\S*(?:\.pem|\.key|\.p12|\.pfx|\.kdbx|id_"
       r"rsa|"
       r"id_ed25519|id_ecdsa|credentials)\b[^\n]{0,160}(?:-exec\s+(?:cat|base64|xxd|strings|head|"
       r"tail|curl|nc|tar|cp|scp)\b|\|\s*xargs\s+(?:-\S+\s+)*(?:cat|base64|xxd|tar|curl)\b)"),
    # -- exfiltration that names no capture or drop site ---------------------------------
    _p("exfiltration", _H, "secret file committed and pushed",
       r"\bgit\s+add\s[^;&|\n]{0,120}(?:\.env\b|id_rsa|id_ed25519|\.aws/credentials|\.pem\b|"
       r"\.kube/config)[^\n]{0,300}\bgit\s+push\b"),
    _p("exfiltration", _H, "repository archived and sent over the network",
       r"\bgit\s+(?:-\S+\s+)*(?:archive|bundle\s+create)\b[^;&|\n]{0,200}\|\s*(?:\S+\s*\|\s*)?"
       r"(?:curl|wget|nc|ncat|netcat|socat|telnet)\b"),
    _p("exfiltration", _H, "repository pushed whole to a newly added remote",
       r"\bgit\s+remote\s+add\s+(\S+)\s[^\n]{0,300}\bgit\s+push\s+(?:-\S+\s+)*\1\s+"
       r"(?:-\S+\s+)*--(?:all|mirror)\b"),
    *_ps("exfiltration", _H, "system or home file sent in a request",
         *(((w,), rf"{w}(?<=\b{w})\b[^;&|\n]{{0,200}}(?:--post-file[= ]|--body-file[= ]|"
            r"(?:-d|--data\S*|-f|--form)\s+[\w-]*=?@|-t\s+|--upload-file\s+)"
            r"(?:/etc/|/root/|~/|/home/|\$\{?home\b)") for w in ("curl", "wget")),
         (("curl",), r"\b(?:cat|base64|base32|xxd|tar|gzip|zip)\s+(?:-\S+\s+)*(?:/etc/|/root/|~/|"
                     r"/home/)"
          r"\S*\s*\|\s*curl\b[^;&|\n]{0,200}(?:-d|--data\S*|-f|--form|-t|--upload-file)\s+"
          r"[\w-]*=?@?-", ("|",))),
    _p("exfiltration", _H, "data piped to a raw network socket",
       r"\b(?:cat|tar|zip|gzip|base64|mysqldump|pg_dump|sqlite3)\b[^;&|\n]{0,200}\|\s*"
       r"(?:nc|ncat|netcat|telnet|socat)\s+(?:-[a-z]+\s+)*(?!-l)(?!localhost\b|127\.)"
       r"[\w.:-]+\s+\d{1,5}\b"),
    _p("exfiltration", _H, "root, home or credential directory served over HTTP",
       r"\b(?:http\.server|simplehttpserver)\b[^;&|\n]{0,80}(?:--directory|-d)[= ]\s*"
       r"(?:/|~|/etc|/root|/home|\$\{?home\}?|\S*\.ssh|\S*\.aws|\S*\.gnupg)(?=$|[\s/;&|])|"
       r"\bcd\s+(?:/|~|/etc|/root|/home|\S*\.ssh)\s*(?:&&|;)\s*python[\d.]*\s+-m\s+"
       r"(?:http\.server|simplehttpserver)\b"),
)
"""The pattern rules, run on every normalised form of an argument."""


@dataclass(frozen=True, slots=True)
class CredentialPath:
    """A file whose contents are credentials."""

    regex: re.Pattern[str]
    label: str
    read_only: bool = False
    """Abuse only when read (`cat`, an upload, a read tool): `.env` files, which are
    also sourced and passed to tools as they should be."""
    needs: tuple[str, ...] = ()
    """Literals of which a match contains at least one (see `Pattern.needs`)."""


def _cred(label: str, expr: str, read_only: bool = False) -> CredentialPath:
    return CredentialPath(re.compile(expr, re.IGNORECASE), label, read_only, CRED_NEEDS[label])


CRED_NEEDS: dict[str, tuple[str, ...]] = {
    "SSH private key": ("id_", ".ssh", "ssh_host"),
    "cloud credentials": (".aws", "gcloud", ".azure", ".oci"),
    "cluster or registry credentials": (".kube", "serviceaccount", ".docker", "containers"),
    "tool credentials": (".netrc", "_netrc", ".pgpass", ".my.cnf", ".git-credentials", ".npmrc",
                         ".pypirc", ".vault-token", ".htpasswd", ".boto", ".s3cfg",
                         ".dockercfg", ".terraform.d", "hosts.yml", ".cargo", ".gem",
                         "settings-security"),
    "password or key store": ("/etc/", "\\config\\sam", "ntds", "login data",
                              "cookies.sqlite", "logins.json", "key3.db", "key4.db",
                              "keychains", ".gnupg", ".password-store", ".kdbx"),
    "shell history": ("_history",),
    "cloud or cluster credential directory": (".aws", ".kube"),
    "environment file": (".env",),
}
"""The literals each credential file's matches contain, by label."""


CREDENTIAL_PATHS: tuple[CredentialPath, ...] = (
    _cred("SSH private key", r"\bid_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?(?![\w.-]*\.pub)"
          r"(?=$|[^\w.-]|[\w.-]*(?:$|[^\w.-]))|\.ssh[/\\]+[\w.-]*\.(?:pem|key)\b|"
          r"\.ssh[/\\]*(?=$|[\s'\"`;|&)])|/etc/ssh/ssh_host_\w+_key(?!\.pub)\b"),
    _cred("cloud credentials", r"\.aws[/\\]+(?:credentials|sso/cache)\b|"
          r"gcloud[/\\]+(?:credentials\.db|access_tokens\.db|application_default_credentials\.json|"
          r"legacy_credentials)|\.azure[/\\]+(?:accesstokens\.json|msal_token_cache\S*)|"
          r"\.oci[/\\]+\S*\.pem\b"),
    _cred("cluster or registry credentials", r"\.kube[/\\]+config\b|"
          r"/var/run/secrets/kubernetes\.io/serviceaccount|\.docker[/\\]+config\.json\b|"
          r"\.config[/\\]+containers[/\\]+auth\.json\b"),
    _cred("tool credentials", r"(?:^|[^\w])(?:\.netrc|_netrc|\.pgpass|\.my\.cnf|\.git-credentials|"
          r"\.npmrc|\.pypirc|\.vault-token|\.htpasswd|\.boto|\.s3cfg|\.dockercfg)\b|"
          r"\.terraform\.d[/\\]+credentials\S*|\.config[/\\]+gh[/\\]+hosts\.yml\b|"
          r"\.cargo[/\\]+credentials\S*|\.gem[/\\]+credentials\b|\.m2[/\\]+settings-security\.xml"),
    _cred("password or key store", r"/etc/(?:shadow|gshadow|master\.passwd|security/opasswd)\b|"
          r"/etc/ssl/private\b|\.gnupg[/\\]*(?:private-keys-v1\.d|secring\.gpg)?(?=$|[\s'\"/\\])|"
          r"\\config\\sam\b|\bntds\.dit\b|(?:login\s+data|\bcookies\.sqlite|\blogins\.json|\bkey["
          r"34]\.db)"
          r"(?=$|[\s'\"])|library[/\\]+keychains\b|\.password-store\b|\.kdbx\b"),
    _cred("shell history", r"\.(?:bash|zsh|sh|psql|mysql|python|node_repl|rediscli)_history\b|"
          r"consolehost_history\.txt"),
    _cred("cloud or cluster credential directory", r"\.(?:aws|kube)[/\\]*(?=$|[\s'\"`;|&)])",
          read_only=True),
    _cred("environment file", r"(?:^|[\s/\\'\"=:@<])\.env(?:\.(?!example|sample|template|dist|"
          r"defaults|schema)[\w-]{1,20})?(?=$|[\s'\"`;|&)>,\]}])", read_only=True),
)
"""Credential files, by what they hold."""

_LIST_VERBS = frozenset({
    "ls", "ll", "dir", "mkdir", "chmod", "chown", "chgrp", "stat", "test", "[", "[[", "cd",
    "ssh-keygen", "ssh-add", "file", "wc", "touch", "install", "ssh-copy-id", "setfacl",
    "restorecon", "tree", "du", "find", "getfacl", "lsattr",
})
"""Commands that touch a credential file without reading it out."""
_IDENTITY_VERBS = frozenset({"ssh", "scp", "sftp", "rsync", "git", "ansible", "ansible-playbook",
                             "mosh", "autossh", "sshfs"})
"""Commands that take a private key as their identity (`-i KEY`)."""
_READ_VERBS = frozenset({
    "cat", "tac", "less", "more", "head", "tail", "bat", "type", "get-content", "gc", "strings",
    "xxd", "od", "hexdump", "base64", "base32", "nl", "awk", "grep", "egrep", "rg", "sed",
    "curl", "wget", "scp", "rsync", "nc", "ncat", "netcat", "cp", "tar", "zip", "7z", "gzip",
    "openssl", "gpg", "python", "python3", "node", "ruby", "perl", "php", "sort", "uniq",
    "cut", "jq", "yq", "paste", "tee", "mail", "sendmail", "socat", "xclip", "pbcopy",
    "select-string", "sls", "certutil", "iconv", "diff", "cmp", "vim", "vi", "nano", "view",
    "emacs", "open", "readfile", "read_text", "read_bytes",
})
"""Commands that read a `.env` file out (sourcing it is how it is meant to be used)."""
_IDENTITY_FLAG = re.compile(r"(?:-i|identityfile[= ]|--key-file[= ]|--private-key[= ])\s*\S{0,20}$")
_READ_AFTER = re.compile(r"(?:\|\s*xargs\s+(?:-\S+\s+){0,4}|-exec\s+)(?:cat|base64|xxd|strings|"
                         r"head|tail|curl|nc|tar|cp|scp)\b", re.IGNORECASE)
"""A found file handed on to a command that reads it (`find … | xargs cat`)."""
_COPY_VERBS = frozenset({"cp", "mv", "install", "ln", "rsync", "scp"})
_SEPARATORS = re.compile(r"[;&|`(){}\n]|\$\(")
_WRAPPERS = frozenset({"sudo", "doas", "nohup", "exec", "command", "builtin", "time", "nice",
                       "xargs", "env", "timeout", "then", "do", "else", "!"})


def segment_verb(text: str, at: int) -> tuple[str, str]:
    """The command of the simple command around `text[at]` (its first word past wrappers
    and assignments, path stripped) and what comes between the segment's start and `at`."""
    start = 0
    for m in _SEPARATORS.finditer(text, max(0, at - 400), at):
        start = m.end()
    before = text[start:at]
    for word in before.split():
        if word in _WRAPPERS or re.fullmatch(r"[a-z_]\w*=\S*|-\S+|\d+", word):
            continue
        return word.rsplit("/", 1)[-1].rsplit("\\", 1)[-1], before
    return "", before


_TOOL_WRITE = re.compile(r"write|save|put|create|append|edit|patch|update|upload|mkdir|"
                         r"chmod|move|rename|delete|remove|touch", re.IGNORECASE)
_TOOL_LIST = re.compile(r"list|ls\b|dir|stat|exists|glob|search|tree|find", re.IGNORECASE)


@functools.lru_cache(maxsize=512)
def writes(tool: str) -> bool:
    """Whether a tool's name says it writes, creates or changes files."""
    return bool(_TOOL_WRITE.search(tool))


@functools.lru_cache(maxsize=512)
def _lists(tool: str) -> bool:
    """Whether a tool's name says it lists or inspects files."""
    return bool(_TOOL_LIST.search(tool))


@functools.lru_cache(maxsize=512)
def _destroys(tool: str) -> tuple[bool, bool]:
    """Whether a tool's name says it moves, and whether it deletes (a move deletes its
    source)."""
    moves = _TOOL_MOVE.search(tool) is not None
    return moves, moves or _TOOL_DELETE.search(tool) is not None


_CRED_CANDIDATES: dict[frozenset[str], tuple[CredentialPath, ...]] = {}


def credential_candidates(present: frozenset[str]) -> tuple[CredentialPath, ...]:
    """The credential files a form holding `present` may name (a need of theirs among
    them), in `CREDENTIAL_PATHS` order; memoised like `candidates`."""
    found = _CRED_CANDIDATES.get(present)
    if found is None:
        if len(_CRED_CANDIDATES) >= 4096:
            _CRED_CANDIDATES.clear()
        found = _CRED_CANDIDATES[present] = tuple(
            c for c in CREDENTIAL_PATHS if not present.isdisjoint(c.needs))
    return found


def credential_hits(form: str, tool: str, found: Words | None = None
                    ) -> Iterator[tuple[str, tuple[int, int]]]:
    """Credential files read in `form` (one normalised form of an argument of `tool`):
    (label, span) for each."""
    found = found or Words(form)
    creds = credential_candidates(found.present)
    if not creds:
        return
    words = " " in form.strip() or "\n" in form
    for cred in creds:
        for m in cred.regex.finditer(form):
            if not words:
                # A bare path: the tool says what is done with it.
                if _lists(tool) and not writes(tool):
                    continue
                if cred.read_only and writes(tool):
                    continue
                yield cred.label, m.span()
                break
            verb, before = segment_verb(form, m.start())
            rest = _SEPARATORS.split(form[m.end():m.end() + 400], 1)[0]
            if verb in _COPY_VERBS and not rest.strip():
                continue  # the destination of a copy is written, not read
            if cred.read_only:
                if verb not in _READ_VERBS and not re.search(r"[@<]\s*$|open\s*\($", before):
                    continue
            elif verb in _LIST_VERBS and not _READ_AFTER.search(form, m.end(), m.end() + 300):
                continue
            elif verb in _IDENTITY_VERBS and _IDENTITY_FLAG.search(before):
                continue
            yield cred.label, m.span()
            break


_NET_CLIENT = re.compile(
    r"\bsocket\s*\.\s*socket\b|\bsocket\(|\bnet\.socket\b|\bnew\s+net\.|\bnet\.connect\b|"
    r"\bnet\.createconnection\b|\btcpclient\b|\btcpsocket\b|\bnet\.dial\b|\bsocket\.connect\b|"
    r"\bio::socket::inet\b|\bjava\.net\.socket\b|\bnew\s+socket\s*\(|"
    r"\brequire\s*\(\s*[\"']net[\"']\s*\)|\bcreate_connection\s*\(", re.IGNORECASE)
_CONNECTS = re.compile(r"\.connect\s*\(|\bcreate_connection\s*\(|\bconnect\s*\(|peeraddr|"
                       r"new\s+socket\s*\(\s*[\"'\w.]+\s*,\s*\d{2,5}|\bdial\s*\(", re.IGNORECASE)
_SHELL_EXEC = re.compile(
    r"/bin/(?:ba|z|da|k)?sh\b|\bcmd(?:\.exe)?['\"]|\bpowershell(?:\.exe)?['\"]|pty\.spawn|"
    r"\bdup2\s*\(|\.pipe\(\s*\w+\.stdin\b|\bfdopen\s*\(|\bsystem\s*\$_", re.IGNORECASE)


def script_shell_hits(form: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """Code that opens a network connection and wires a shell to it, in any order."""
    if "socket" not in form and "tcp" not in form and "net." not in form and "net'" not in form \
            and 'net"' not in form:
        return
    client = _NET_CLIENT.search(form)
    if client and _CONNECTS.search(form) and _SHELL_EXEC.search(form):
        yield "script socket wired to a shell", client.span()


_AUTOSTART = re.compile(
    r"(?:\.bashrc|\.bash_profile|\.bash_login|\.profile|\.zshrc|\.zprofile|\.zshenv|\.zlogin|"
    r"/etc/profile\S*|/etc/bash\.bashrc|/etc/rc\.local|/etc/cron\S*|/var/spool/cron\S*|"
    r"/etc/systemd/system/\S+|\.config/systemd/user/\S+|/etc/init\.d/\S+|\.config/autostart/\S*|"
    r"library/launch(?:agents|daemons)/\S*|start menu\\programs\\startup)(?=$|[\s'\"])",
    re.IGNORECASE)
_AUTHORIZED_KEYS = re.compile(r"\.ssh[/\\]+authorized_keys2?\b", re.IGNORECASE)
_PAYLOAD = re.compile(r"\b(?:curl|wget|nc|ncat|netcat|socat|base64\s+-d|python[\d.]*\s+-c|"
                      r"perl\s+-e|bash\s+-i|sh\s+-i|powershell|iex|mkfifo)\b|/dev/tcp/",
                      re.IGNORECASE)


_TOOL_DELETE = re.compile(r"delete|remove|(?:^|[\W_])rm(?:$|[\W_])|rmdir|unlink|destroy|purge|"
                          r"wipe|erase|truncate|trash", re.IGNORECASE)
_TOOL_MOVE = re.compile(r"move|rename|(?:^|[\W_])mv(?:$|[\W_])", re.IGNORECASE)
_PROTECTED = re.compile(
    rf"(?:/|~|\$\{{?home\}}?|/{_SYSDIR}|/home/[\w.-]+|/users/[\w.-]+|/usr/[\w.-]+|"
    r"/var/(?:log|lib|www|backups?|mail|spool|opt)(?:/[\w.-]+){0,2}|"
    r"/(?:srv|mnt|media|data|backups?)(?:/[\w.-]+)?|(?:\./)?\.git|"
    r"[a-z]:\\?(?:windows|users(?:\\[\w.-]+)?)?|"
    r"/etc/(?:passwd|shadow|group|gshadow|sudoers|fstab|hosts)|/boot/\S*)[/\\]?\*?",
    re.IGNORECASE)
"""What a delete or move tool must not be given: root, home, system and data trees and the
files a system cannot run without (a file of /etc is configuration, changed routinely)."""
_DEVICE = re.compile(r"/dev/(?:sd[a-z]|hd[a-z]|vd[a-z]|xvd[a-z]|nvme\d|mmcblk\d|disk\d|mapper/)",
                     re.IGNORECASE)
_SOURCE_KEYS = ("path", "source", "src", "from", "old_path", "file_path", "target", "directory",
                "dir", "folder")
_DELETE_URL = re.compile(
    r"://[^/\s]{1,255}/(?:[^\s?#]{0,200}/)?(?:_all|\*|[\w.-]{0,100}\*)/?(?=[?#]|$)|"
    r"://api\.github\.com/repos/[^/\s]{1,100}/[^/\s?#]{1,100}/?(?=[?#]|$)|"
    r"/storage/v1/b/[^/\s?#]{1,222}/?(?=[?#]|$)|/api/v1/namespaces/[^/\s?#]{1,63}/?(?=[?#]|$)",
    re.IGNORECASE)
"""What a DELETE request destroys whole: every index (`/_all`, `logs-*`), a repository, a
storage bucket, a cluster namespace."""


def call_target_hits(tool: str, arguments: Mapping[str, Any] | None, method: str | None
                     ) -> Iterator[tuple[str, str]]:
    """Destruction a structured call does by what it is and what it names, not by a
    command: a delete tool given a root, home or system path; a move tool given one as its
    source; a write tool given a disk device; a DELETE request for a whole index,
    repository, bucket or namespace. (label, argument key) for each."""
    if not arguments:
        return
    moves, deletes = _destroys(tool)
    if deletes or writes(tool):
        paths = [(k, v.strip()) for k in _SOURCE_KEYS
                 if isinstance(v := arguments.get(k), str) and 0 < len(v) <= 300]
        for key, path in (paths[:1] if moves else paths) if deletes else ():
            if _PROTECTED.fullmatch(path):
                yield "root, home or system directory deleted or moved by a file tool", key
                return
        for key, path in paths if not deletes else ():
            if _DEVICE.match(path):
                yield "disk device written by a file tool", key
                return
    verb = method or arguments.get("method")
    url = arguments.get("url")
    if isinstance(verb, str) and verb.upper() == "DELETE" and isinstance(url, str) \
            and len(url) <= 4096 and _DELETE_URL.search(url):
        yield "index, repository, bucket or namespace deleted over HTTP", "url"


def persistence_hits(form: str, tool: str, arguments: Mapping[str, Any] | None
                     ) -> Iterator[tuple[str, tuple[int, int]]]:
    """A write tool (`form` a bare path) adding an SSH key to `authorized_keys`, or a
    network payload to a startup file or scheduler."""
    if not writes(tool) or _lists(tool) or " " in form.strip():
        return
    m = _AUTHORIZED_KEYS.search(form)
    if m:
        yield "SSH key added to authorized_keys", m.span()
        return
    m = _AUTOSTART.search(form)
    if m and arguments and any(isinstance(v, str) and _PAYLOAD.search(v)
                               for v in arguments.values()):
        yield "startup file or scheduler given a network payload", m.span()


# -- cloud metadata --------------------------------------------------------------------

_NUM = r"(?:0x[0-9a-f]{1,8}|\d{1,10})"
_DOTTED = re.compile(rf"(?<![\w.]){_NUM}(?:\.{_NUM}){{1,3}}(?![\w]|\.\d)", re.IGNORECASE)
_HOST_NUMBER = re.compile(r"://(?:[^/\s@]{0,100}@)?(0x[0-9a-f]{1,8}|\d{8,10})(?=[:/\s?#]|$)",
                          re.IGNORECASE)
_METADATA_NAMES = re.compile(
    r"\bmetadata\.google\.internal\b|\bmetadata\.goog\b|\binstance-data(?:\.ec2\.internal)?\b|"
    r"\bmetadata\.azure\.(?:com|internal)\b|\bfd00:ec2::254\b|::ffff:(?:a9fe:[0-9a-f]{1,4}|"
    r"169\.254\.\d{1,3}\.\d{1,3})\b|\b168\.63\.129\.16\b|"
    r"/latest/(?:meta-data|user-data|api/token|dynamic/instance-identity)|"
    r"/computemetadata/v1\b|/metadata/(?:instance|identity/oauth2/token)(?=[/?#\s]|$)|"
    r"/opc/v[12]/instance\b|"
    r"\bmetadata-flavor\s*[:=]\s*google\b|\bx-aws-ec2-metadata-token\b", re.IGNORECASE)


_METADATA_NEEDS = ("metadata", "instance-data", "fd00:ec2", "::ffff:", "168.63.129.16",
                   "/latest/", "/opc/v", "x-aws-ec2")
_ADDRESS_NEEDS = ("169", "0xa9", "0251", "2852", "100.100.100.200", "0x", "1684")
"""What 169.254.x.x or 100.100.100.200 contains however it is written (dotted, hex,
octal, one or two parts; 1684300900 is 100.100.100.200 as one number)."""
METADATA_LITERALS = frozenset(_METADATA_NEEDS + _ADDRESS_NEEDS)
"""What a form `metadata_hits` reports on holds one of (for callers with its `Words`)."""


def _ipv4(text: str) -> int | None:
    """An IPv4 address written as inet_aton reads it (1 to 4 parts, decimal, octal with
    a leading 0, hex with 0x), as an integer; None when it is not one."""
    parts = text.split(".")
    values = []
    for p in parts:
        try:
            if p.lower().startswith("0x"):
                values.append(int(p, 16))
            elif len(p) > 1 and p.startswith("0"):
                values.append(int(p, 8))
            else:
                values.append(int(p, 10))
        except ValueError:
            return None
    if len(values) == 4 and all(v < 256 for v in values):
        return (values[0] << 24) | (values[1] << 16) | (values[2] << 8) | values[3]
    if len(values) == 3 and values[0] < 256 and values[1] < 256 and values[2] < 65536:
        return (values[0] << 24) | (values[1] << 16) | values[2]
    if len(values) == 2 and values[0] < 256 and values[1] < (1 << 24):
        return (values[0] << 24) | values[1]
    if len(values) == 1 and values[0] < (1 << 32):
        return values[0]
    return None


_LINK_LOCAL = (0xA9FE0000, 0xA9FEFFFF)  # 169.254.0.0/16: every cloud's metadata service
_ALIYUN = (100 << 24) | (100 << 16) | (100 << 8) | 200  # Alibaba Cloud's 100.100.100.200


def _is_metadata_address(value: int) -> bool:
    return _LINK_LOCAL[0] <= value <= _LINK_LOCAL[1] or value == _ALIYUN


_HOST_BEFORE = frozenset(" \t\n@=\"'[(,:;|&`")
"""What may stand before a host besides a URL's `//`: user info, a separator, a quote
(not a single `/`: that is a path segment or a file name, where no request goes)."""


def metadata_hits(form: str, found: Words | None = None
                  ) -> Iterator[tuple[str, tuple[int, int]]]:
    """Cloud metadata endpoints named in `form`; `found`: its `Words`, when the caller
    has them (their one pass says which needs may be there, before any is looked for)."""
    anywhere = found.anywhere if found is not None else None
    if (anywhere is None or not anywhere.isdisjoint(_METADATA_NEEDS)) and any(
            n in form for n in _METADATA_NEEDS):
        m = _METADATA_NAMES.search(form)
        if m:
            yield "cloud metadata endpoint", m.span()
            return
    if (anywhere is not None and anywhere.isdisjoint(_ADDRESS_NEEDS)) or not any(
            n in form for n in _ADDRESS_NEEDS):
        return
    for m in _DOTTED.finditer(form):
        at = m.start()
        if at and form[at - 1] not in _HOST_BEFORE and form[max(0, at - 2):at] != "//":
            continue  # a path segment or a file name, not where a request goes
        value = _ipv4(m.group())
        if value is not None and _is_metadata_address(value) and (
                m.group().count(".") == 3 or "://" in form or "@" in form):
            yield "cloud metadata address", m.span()
            return
    for m in _HOST_NUMBER.finditer(form):
        value = _ipv4(m.group(1))
        if value is not None and _is_metadata_address(value):
            yield "cloud metadata address", m.span(1)
            return


_URL_PATH = re.compile(r"\b[a-z][a-z0-9+.-]{1,15}://[^\s/?#]{1,255}(/[^\s?#]{0,2000})",
                       re.IGNORECASE)


def url_traversal_hits(form: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """URLs whose path climbs above the site's root with `..` segments (a `..` that
    stays inside the path is only an odd spelling)."""
    if "://" not in form or ".." not in form:
        return
    for m in _URL_PATH.finditer(form):
        depth = 0
        for segment in m.group(1).split("/")[1:]:
            if segment == "..":
                depth -= 1
                if depth < 0:
                    yield "URL path climbing above the root", m.span()
                    return
            elif segment not in ("", "."):
                depth += 1


# -- exfiltration ---------------------------------------------------------------------------

CAPTURE_HOSTS = (
    r"webhook\.site", r"requestbin\.(?:com|net|io)", r"\w[\w-]*\.requestcatcher\.com",
    r"(?:\w[\w-]*\.)?m\.pipedream\.net", r"(?:\w[\w-]*\.)?pipedream\.net",
    r"(?:\w[\w-]*\.)*oast\.(?:pro|live|site|online|fun|me)", r"(?:\w[\w-]*\.)*interact\.sh",
    r"(?:\w[\w-]*\.)*interactsh\.com", r"(?:\w[\w-]*\.)*burpcollaborator\.net",
    r"(?:\w[\w-]*\.)*oastify\.com", r"(?:\w[\w-]*\.)*dnslog\.cn", r"(?:\w[\w-]*\.)*ceye\.io",
    r"canarytokens\.com", r"(?:\w[\w-]*\.)*beeceptor\.com", r"hookbin\.com", r"postb\.in",
    r"ptsv[23]\.com", r"(?:\w[\w-]*\.)*requestrepo\.com", r"(?:\w[\w-]*\.)*webhook\.cool",
    r"(?:discord|discordapp)\.com/api/webhooks", r"api\.telegram\.org/bot[^/\s]*/send\w*",
)
"""Services that exist to capture what is sent to them: any request there exfiltrates."""
DROP_HOSTS = (
    r"pastebin\.com", r"paste\.ee", r"hastebin\.com", r"(?:www\.)?toptal\.com/developers/hastebin",
    r"dpaste\.(?:com|org)", r"paste\.rs", r"termbin\.com", r"0x0\.st", r"transfer\.sh",
    r"file\.io", r"tmpfiles\.org", r"bashupload\.com", r"gofile\.io", r"(?:\w+\.)?catbox\.moe",
    r"ix\.io", r"sprunge\.us", r"rentry\.(?:co|org)", r"controlc\.com", r"justpaste\.it",
    r"pastes\.io", r"ghostbin\.\w+", r"paste\.c-net\.org", r"temp\.sh", r"oshi\.at",
    r"(?:\w[\w-]*\.)*ngrok(?:-free)?\.(?:io|app|dev)", r"(?:\w[\w-]*\.)*trycloudflare\.com",
    r"(?:\w[\w-]*\.)*serveo\.net", r"(?:\w[\w-]*\.)*loca\.lt",
)
"""Paste, file-drop and tunnel services: sending data there exfiltrates it."""


def host_regex(hosts: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.-])(?:" + "|".join(hosts) + r")(?![\w-])", re.IGNORECASE)


_SENDS = re.compile(
    r"\b(?:curl|http|https|xh)\b[^;&\n]{0,300}(?:\s-(?:d|f|t|F|T)\b|\s--data\S*|\s--form\b|"
    r"\s--upload-file\b|\s--json\b|\s-x\s*(?:post|put|patch)\b|\s--request\s+(?:post|put|patch)\b|"
    r"\s(?:post|put)\s)|\bwget\b[^;&\n]{0,300}--(?:post-data|post-file|body-data|body-file|"
    r"method[= ](?:post|put))|\|\s*(?:curl|nc|ncat|netcat)\b|\b(?:nc|ncat|netcat)\s+\S+\s+\d+\s*<|"
    r"\binvoke-(?:webrequest|restmethod)\b[^\n]{0,200}-(?:method\s+(?:post|put)|body|infile)\b|"
    r"\b(?:requests|httpx|session)\.(?:post|put|patch)\s*\(|\bfetch\s*\([^)]{0,200}method\s*:\s*"
    r"(?:post|put)|\bupload", re.IGNORECASE)
_SUBSTITUTED_HOST = re.compile(
    r"\b(?:curl|wget|nc|ncat|dig|nslookup|host|ping|drill)\b[^;&|\n]{0,200}"
    r"(?:\$\(|`)\s*(?:cat|env|printenv|whoami|id|hostname|base64|xxd|tar|uname|head|ls)\b",
    re.IGNORECASE)
_BODY_KEYS = frozenset({"body", "data", "json", "files", "form", "payload", "content", "file"})


def call_sends(arguments: Mapping[str, Any] | None, method: str | None) -> bool:
    """Whether a structured HTTP call sends data: its method, or a body argument."""
    if method and method.upper() in ("POST", "PUT", "PATCH"):
        return True
    if not arguments:
        return False
    m = arguments.get("method")
    if isinstance(m, str) and m.upper() in ("POST", "PUT", "PATCH"):
        return True
    return any(k in _BODY_KEYS and v not in (None, "", {}, []) for k, v in arguments.items())


CAPTURE_NEEDS = ("webhook", "requestbin", "requestcatcher", "pipedream", "oast", "interact",
                 "burpcollaborator", "dnslog", "ceye", "canarytokens", "beeceptor", "hookbin",
                 "postb.in", "ptsv", "requestrepo", "discord", "telegram")
DROP_NEEDS = ("paste", "dpaste", "justpaste", "termbin", "0x0.st", "transfer.sh", "file.io",
              "tmpfiles", "bashupload", "gofile", "catbox", "ix.io", "sprunge", "rentry",
              "controlc",
              "ghostbin", "temp.sh", "oshi.at", "ngrok", "trycloudflare", "serveo", "loca.lt",
              "hastebin")
"""Literals of the built-in host lists' names (prefilters, used when no host is added)."""


def exfiltration_hits(form: str, capture: re.Pattern[str], drop: re.Pattern[str], sends: bool,
                      capture_needs: tuple[str, ...] | None = CAPTURE_NEEDS,
                      drop_needs: tuple[str, ...] | None = DROP_NEEDS,
                      found: Words | None = None) -> Iterator[tuple[str, tuple[int, int]]]:
    """Data sent out of the machine in `form`; `sends` says whether the call itself sends
    (a structured HTTP call's method or body). `*_needs`: the host lists' prefilter
    literals (None: always search, for lists with hosts of the config's own)."""
    present = (found or Words(form)).present
    m = capture.search(form) if capture_needs is None or not present.isdisjoint(
        capture_needs) else None
    if m:
        yield "request to a capture service", m.span()
        return
    m = drop.search(form) if drop_needs is None or not present.isdisjoint(drop_needs) else None
    if m and (sends or _SENDS.search(form)):
        yield "data sent to a paste or file-drop site", m.span()
        return
    m = _SUBSTITUTED_HOST.search(form) if "$(" in form or "`" in form else None
    if m:
        yield "command output sent in a network request", m.span()


# -- normalisation ---------------------------------------------------------------------------

_ANSI_C = re.compile(r"\$'((?:[^'\\]|\\.){0,2000})'")
_ESCAPES = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|([0-7]{3}))")
_IFS = re.compile(r"\$\{?IFS(?:[%#][^}\s]{0,4})?\}?(?:\$\d)?")
_EMPTY = re.compile(r"\$[@*]|\$\{\w{0,30}:?-\}|`\s*`|\$\(\s*\)")
_DEFAULT = re.compile(r"\$\{\w{1,30}:?[-=]([^{}$]{1,100})\}")
"""`${x:-rm}`: the default a shell puts for an unset variable."""
_UNQUOTE = str.maketrans("", "", "\"'")
_QUOTED_ASSIGN = re.compile(r"(?:^|[;&\s])([a-z_]\w{0,30})=(['\"])([^'\"\n]{1,200})\2",
                            re.IGNORECASE)
"""`X='rm -rf /'`: a quoted value, spaces and all (`_ASSIGN` reads unquoted ones)."""
_ECHOED = re.compile(r"\$\(\s*(?:printf|echo)\s+(?:-\w+\s+)?([^()$`|;&]{1,100}?)\s*\)|"
                     r"`\s*(?:printf|echo)\s+(?:-\w+\s+)?([^`$|;&]{1,100}?)\s*`")
"""`$(printf rm)`, `` `echo rm` ``: a command substitution that only prints a word."""
_FORMATTED = re.compile(r"\$\(\s*printf\s+(\S{0,100}%s\S{0,100})\s+([^()$`|;&]{1,100}?)\s*\)")
"""`$(printf '/etc/sh%sow' ad)`: a format filled with its arguments."""


def _format(m: re.Match[str]) -> str:
    out = m.group(1)
    for word in m.group(2).split()[:10]:
        out = out.replace("%s", word, 1)
    return out


_ALIAS = re.compile(r"\balias\s+[\w.-]{1,30}=")
_BUSYBOX = re.compile(r"\bbusybox\s+(?=[a-z])")
_BACKSLASH = re.compile(r"\\\n|\\(?=[^\\])")
_BRACES = re.compile(r"\{(?<!\$\{)([^{}\s,]{1,100}(?:,[^{}\s,]{0,200}){1,20})\}")
"""`{cat,/etc/passwd}` (not `${x}`); the `{` first and the `$` looked behind it: `re` finds a
pattern led by a literal like `str.find`, and tries one led by a look-behind at every
position."""
_ASSIGN = re.compile(r"(?:^|[;&\s])([a-z_]\w{0,30})=([^\s;&|]{1,200})", re.IGNORECASE)
_BLOB64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_B64_CLASSES = bytes(ord("b") if chr(c) in
                     "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-"
                     else ord(" ") for c in range(256))
_B64_RUN = b"b" * 16
"""`_BLOB64`'s alphabet as `b` (every other byte a space): a text whose classes hold no
`_B64_RUN` has no run."""
_HEXBLOB = re.compile(r"(?<![0-9a-fA-F])(?:[0-9a-fA-F]{2}){8,}(?![0-9a-fA-F])")
_PCT = re.compile(r"%[0-9a-fA-F]{2}")
_REV = re.compile(r"\|\s*rev\b|\brev\s*<<<")
_ROT13 = re.compile(r"(?:echo|printf)\s+(?:-\w+\s+)?([^|]{1,200}?)\s*\|\s*tr\s+(?:a-z|a-za-z)\s+"
                    r"(?:n-za-m|n-za-mn-za-m)\b")
"""`tr 'a-z' 'n-za-m'`: rot13, which reads a command written backwards in the alphabet."""
_CONCAT = re.compile(r"(['\"])\s*\+\s*(['\"])")
"""`'sh'+'util'`, `"Down"+"loadString"`: string literals joined (Python, JavaScript,
PowerShell, T-SQL) read as the one string they make."""
_JOIN = re.compile(r"(?:''|\"\")\.join\(\s*\[((?:\s*['\"][^'\"\n]{0,100}['\"]\s*,?){1,20})\]\s*\)")
_JOIN_ITEM = re.compile(r"['\"]([^'\"\n]{0,100})['\"]")
_IMPORT = re.compile(r"__import__\(\s*(\w{1,40})\s*\)")
_GETATTR = re.compile(r"\bgetattr\(\s*([\w.]{1,80})\s*,\s*(\w{1,40})\s*\)")
_SUBSCRIPT = re.compile(r"\[(?<=[\w)]\[)\s*([a-z_]\w{0,40})\s*\]", re.IGNORECASE)
"""`__import__('os')`, `getattr(os, 'system')`, `require('fs')['rmSync']`: names looked up
by string, read as the dotted names they are (after quoting is undone)."""
_TICK = re.compile(r"[`^](?<=[a-z][`^])(?=[a-z])", re.IGNORECASE)
"""PowerShell's backtick and cmd's caret between letters escape nothing (`I`E`X`, `r^d`)."""
_SLASH_VAR = re.compile(r"\$\{(?:path|home|pwd|shell|oldpwd):0:1\}", re.IGNORECASE)
"""`${PATH:0:1}`: the first character of a path variable, a `/`."""
_EXTRA_SLASHES = re.compile(r"(?<![:/])/{2,}")
_DOT_SEGMENT = re.compile(r"/\.(?=/)")
_PARENT_SEGMENT = re.compile(r"/(?!\.\./)[^/\s'\"]{1,255}/\.\.(?=/)|(?<![^\s'\"=])/\.\.(?=/)")
"""`/etc//shadow`, `/etc/./shadow`, `/etc/x/../shadow`, `/../etc/shadow`: one path, as the
system reads it (a URL's `scheme://` left alone)."""
_SQL_COMMENT = re.compile(r"/\*(!\d{0,6})?([^\n]{0,30}?)\*/")
"""`DROP/**/TABLE`, `/*!50000UNION*/`: short inline comments, which SQL reads as a space
(MySQL's versioned ones as their body); a long block comment is prose."""
_CODES = r"\b[^\[\]()]{0,40}[\[(]\s*((?:\d{2,3}\s*,\s*){3,200}\d{2,3})\s*[\])]"
_CHARCODES = (("chr", re.compile("chr" + _CODES)),
              ("fromcharcode", re.compile("fromcharcode" + _CODES)))
"""`''.join(map(chr, [114, 109…]))`, `String.fromCharCode(114, 109…)`: text written as
its character codes."""
_BASE32 = re.compile(r"(?<![A-Z2-7])[A-Z2-7]{8,}={0,6}")
_B64_CALLS = ("b64decode", "frombase64string", "atob", "decode64")
_HEX_CALLS = ("xxd", "hex", "printf", "decode", "echo -e", "perl", "\\x")
"""Where a hex run is decoded before it runs (`xxd -r -p`, `bytes.fromhex`, `unhexlify`…):
hex runs elsewhere are digests and ids."""
_ARGV_HEAD = re.compile(r"[\"']([\w./-]{1,40})[\"']\s*,\s*$")
"""`spawn('rm', ['-rf', '/'])`: the command named just before an argument list."""
_ARGV_CALL = re.compile(r"\bcommand(?:context)?\(\s*(?:ctx\s*,\s*)?((?:\"[^\"\n]{0,100}\"\s*,\s*)"
                        r"{1,30}"
                        r"\"[^\"\n]{0,100}\")\s*\)", re.IGNORECASE)
"""Go's `exec.Command("rm", "-rf", "/")`: a command and its words as arguments."""
_ARGV = re.compile(
    r"\[\s*((?:[\"'][^\"'\n]{0,200}[\"']\s*,\s*){1,30}[\"'][^\"'\n]{0,200}[\"'])\s*\]")
_ARGV_ITEM = re.compile(r"[\"']([^\"'\n]{0,200})[\"']")
_B64_SHORT = re.compile(
    r"(?:echo|printf|<<<)\s+(?:-\w+\s+)?(?:[\"']%s[\"']\s+)?[\"']?([A-Za-z0-9+/]{4,}={0,2})[\"']?"
    r"\s*\|\s*base64\s+(?:-d|"
    r"--decode|-D)|(?:b64decode|frombase64string|atob|decode64)\s*\(\s*[\"']([A-Za-z0-9+/_-]{4,}="
    r"{0,2})",
    re.IGNORECASE)


def _escape(m: re.Match[str]) -> str:
    hex_, uni, octal = m.groups()
    code = int(hex_, 16) if hex_ else int(uni, 16) if uni else int(octal, 8)
    return chr(code)


_SHELL_SYNTAX = re.compile(r"[+\\$`'\"(^{]")
"""The characters one of `shell_form`'s steps starts from (with the words `alias` and
`busybox`): a text with none of them is only stripped and lower-cased."""


def shell_form(text: str) -> str:
    """`text` as a shell would run it, roughly: escapes decoded, quoting and `$IFS`
    undone, brace lists and simple assignments expanded, lower-cased."""
    # Each step only where its trigger character is there: most arguments have none, and
    # most have none at all (one search answers for every step).
    if _SHELL_SYNTAX.search(text) is None and "alias" not in text and "busybox" not in text:
        return text.strip().lower()
    s = text
    if "+" in s:
        s = _CONCAT.sub("", s)
    if ".join" in s:
        s = _JOIN.sub(lambda m: "'" + "".join(_JOIN_ITEM.findall(m.group(1))) + "'", s)
    if "\\" in s:
        s = s.replace("\\n", "\n")  # a string's newline escape separates commands
        if "$'" in s:
            s = _ANSI_C.sub(lambda m: _ESCAPES.sub(_escape, m.group(1)), s)
        s = _ESCAPES.sub(_escape, s)
    dollar = "$" in s
    if dollar:
        if "IFS" in s:
            s = _IFS.sub(" ", s)
        s = _EMPTY.sub("", s)
        if "${" in s:
            s = _DEFAULT.sub(lambda m: m.group(1), s)
            s = _SLASH_VAR.sub("/", s)
    elif "`" in s:
        s = _EMPTY.sub("", s)
    quoted = dict((m[0], m[2]) for m in _QUOTED_ASSIGN.findall(s)[:20]) if dollar and "=" in s \
        else {}
    subscripted = "['" in s or '["' in s
    s = s.translate(_UNQUOTE)
    if "\\" in s:
        s = _BACKSLASH.sub("", s)
    if "`" in s or "$(" in s:
        if "%s" in s:
            s = _FORMATTED.sub(_format, s)
        s = _ECHOED.sub(lambda m: m.group(1) or m.group(2), s)
    if "`" in s or "^" in s:
        s = _TICK.sub("", s)
    if "(" in s:
        if "__import__" in s:
            s = _IMPORT.sub(lambda m: m.group(1), s)
        if "getattr" in s:
            s = _GETATTR.sub(lambda m: f"{m.group(1)}.{m.group(2)}", s)
    if subscripted:
        s = _SUBSCRIPT.sub(lambda m: "." + m.group(1), s)
    if "alias" in s:
        s = _ALIAS.sub("; ", s)  # an alias's value is a command that will run
    if "busybox" in s:
        s = _BUSYBOX.sub("", s)  # busybox runs the applet named after it
    if "{" in s and "," in s:
        s = _BRACES.sub(lambda m: " ".join(m.group(1).split(",")), s)
    if dollar and "=" in s:
        assigned = dict(_ASSIGN.findall(s)[:20]) | quoted
        if assigned:
            names = "|".join(re.escape(n) for n in sorted(assigned, key=len, reverse=True))
            s = re.sub(rf"\$\{{?({names})\}}?", lambda m: assigned[m.group(1)], s)
    # Runs of spaces stay: every rule reads `\s+` (collapsing them cost more than all
    # the rules on an indented file).
    return s.strip().lower()


def _printable(data: bytes) -> str | None:
    for encoding in ("utf-8", "utf-16-le"):
        if encoding == "utf-16-le" and (len(data) < 4 or data[1:8:2].count(0) < 3):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and sum(c.isprintable() or c in "\n\r\t" for c in text) >= 0.9 * len(text):
            return text
    return None


def _b64(run: str) -> str | None:
    run = run.rstrip("=").replace("-", "+").replace("_", "/")
    if len(run) % 4 == 1:
        return None
    try:
        data = base64.b64decode(run + "=" * (-len(run) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _printable(data)


_B64_CALLED = re.compile("|".join(map(re.escape, _B64_CALLS)))
_HEX_CALLED = re.compile("|".join(map(re.escape, _HEX_CALLS)))


_BLOB_CUES = LiteralSet(("base64", "base32", "chr", "fromcharcode", *_B64_CALLS, *_HEX_CALLS))
"""Every word below that calls for a search of its own: a text with none of them, no `%`
and no run of 16 base64 characters has no blob (one native pass answers for all: an
alternation of them in `re` costs ~10 us on a 400-character file)."""


def decoded_blobs(text: str, budget: int = 8) -> Iterator[str]:
    """Texts decoded from the base64, hex and percent-encoded runs in `text` (base64
    runs of 16 characters or more anywhere, shorter ones where they are decoded)."""
    if "%" not in text and not _BLOB_CUES.any(text) and \
            _B64_RUN not in text.encode("ascii", "replace").translate(_B64_CLASSES):
        return
    low = text.lower()
    short = "base64" in low or _B64_CALLED.search(low) is not None
    for m in _B64_SHORT.finditer(text) if short else ():
        got = _b64(m.group(1) or m.group(2))
        if got is not None:
            yield got
    # A run is 16 characters of the alphabet at least: found in the text's classes with
    # `bytes.find` (the regex, led by a class, is tried at every position).
    runs = _B64_RUN in text.encode("ascii", "replace").translate(_B64_CLASSES)
    for m in _BLOB64.finditer(text) if runs else ():
        if budget <= 0:
            return
        budget -= 1
        got = _b64(m.group())
        if got is not None:
            yield got
    hexed = _HEX_CALLED.search(low) is not None
    for m in _HEXBLOB.finditer(text) if hexed else ():
        if budget <= 0:
            return
        budget -= 1
        got = _printable(bytes.fromhex(m.group()))
        if got is not None:
            yield got
    if "base32" in low:
        for m in _BASE32.finditer(text):
            if budget <= 0:
                return
            budget -= 1
            try:
                got = _printable(base64.b32decode(m.group() + "=" * (-len(m.group()) % 8)))
            except (binascii.Error, ValueError):
                got = None
            if got is not None:
                yield got
    for literal, regex in _CHARCODES:
        for m in regex.finditer(low) if literal in low else ():
            codes = [int(c) for c in m.group(1).split(",")]
            if all(9 <= c < 127 for c in codes):
                yield "".join(map(chr, codes))
    if _PCT.search(text):
        once = unquote(text)
        yield once
        if _PCT.search(once):
            yield unquote(once)


_GLOB_TRIM = ";&|<>()`='\"{}"
_GLOB_TARGETS = (
    "/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/passwd", "~/.ssh/id_rsa",
    "~/.ssh/id_ed25519", "~/.ssh/id_ecdsa", "/root/.ssh/id_rsa", "~/.aws/credentials",
    "~/.kube/config", "~/.docker/config.json", "~/.git-credentials", "~/.netrc",
    "/proc/self/environ", "/bin/sh", "/bin/bash", "/bin/cat", "/usr/bin/cat", "/bin/nc",
    "/usr/bin/nc", "/usr/bin/curl", "/usr/bin/wget", "/usr/bin/python3", "/bin/rm",
    "/usr/bin/env", "/usr/bin/printenv",
)
"""Files and programs a shell glob is written to reach without naming them (`/e?c/s*dow`,
`/???/?at`): a word of a form that globs to one of them is read as it."""


_STARS = re.compile(r"\*{2,}")
_HOME_PREFIX = re.compile(r"^(?:\$\{?home\}?|/home/[\w.-]{1,40}|/root)(?=/)")
"""A home directory however it is written, as the `~` the targets use."""
_GLOB_REACH = 2 * max(map(len, _GLOB_TARGETS)) + 1
"""The longest glob word (runs of `*` as one) that could reach a target: longer ones
are not matched (a megabyte of `*` took seconds, one target after another)."""


def _glob_match(pattern: str, name: str) -> bool:
    """`?` and `*` globbing as a shell does it, without compiling anything."""
    p = n = 0
    star, mark = -1, 0
    while n < len(name):
        if p < len(pattern) and (pattern[p] == name[n] or (pattern[p] == "?" and name[n] != "/")):
            p += 1
            n += 1
        elif p < len(pattern) and pattern[p] == "*":
            star, mark = p, n
            p += 1
        elif star >= 0 and name[mark] != "/":  # neither `*` nor `?` stands for a `/`
            p, mark = star + 1, mark + 1
            n = mark
        else:
            return False
    return all(c == "*" for c in pattern[p:])


def _globbed(form: str) -> str | None:
    """`form` with its glob words that reach a `_GLOB_TARGETS` entry written as it."""
    out = form
    for token in form.split()[:200]:
        word = token.strip(_GLOB_TRIM)
        if ("?" not in word and "*" not in word) or "/" not in word or "://" in word \
                or not any(c.isalpha() for c in word):
            continue
        # `**` globs as `*`; a word longer than that can reach no target (each of the
        # target's characters takes at most one of the word's, with a `*` beside it)
        pattern = _STARS.sub("*", _HOME_PREFIX.sub("~", word, 1))
        if len(pattern) > _GLOB_REACH:
            continue
        for target in _GLOB_TARGETS:
            if _glob_match(pattern, target):
                out = out.replace(word, target)
                break
    return out if out != form else None


def _tidy_paths(text: str) -> str:
    """`text` with its paths' extra slashes, `.` and `dir/..` segments taken out, which
    the system resolves before it opens the file a rule names."""
    text = _EXTRA_SLASHES.sub("/", text)
    for _ in range(32):  # `a/b/../../x`: one level a pass
        tidied = _PARENT_SEGMENT.sub("", _DOT_SEGMENT.sub("", text))
        if tidied == text:
            break
        text = tidied
    return text


def forms(text: str, depth: int = 2) -> list[str]:
    """Every normalised form of one argument (see the module), the raw one first."""
    out = [text.lower()]
    if not text.isascii():
        # Full-width and other compatibility look-alikes (`ｒｍ -rf ／`) read as ASCII.
        folded = unicodedata.normalize("NFKC", text)
        if folded != text and folded.isascii():
            return out + [f for f in forms(folded, depth) if f != out[0]]
    shell = shell_form(text)
    if shell != out[0].strip():
        out.append(shell)
    if "//" in shell or "/." in shell:
        tidy = _tidy_paths(shell)
        if tidy != shell:
            out.append(tidy)
    if "rev" in shell and _REV.search(shell):  # both of its forms hold `rev`
        out.append(shell[::-1])
    if "+" in text and "\\" in text and _CONCAT.search(text):
        # joined strings with their backslashes (Windows paths), which the shell form drops
        out.append(_CONCAT.sub("", text).lower())
    if ("`" in text or "^" in text) and _TICK.search(text):
        out.append(_TICK.sub("", text).lower())
    if "n-za-m" in shell:
        out.extend(codecs.encode(m.group(1), "rot13") for m in _ROT13.finditer(shell))
    if "/*" in shell and "*/" in shell:
        uncommented = _SQL_COMMENT.sub(lambda m: m.group(2) if m.group(1) else " ", shell)
        if uncommented != shell:
            out.append(uncommented)
    if ("?" in shell or "*" in shell) and "/" in shell:
        globbed = _globbed(shell)
        if globbed is not None:
            out.append(globbed)
    # An argv list (`subprocess.run(['rm', '-rf', '/'])`) read as the command it runs.
    argv = [" ".join([*_ARGV_HEAD.findall(text[max(0, m.start() - 50):m.start()])[:1],
                      *_ARGV_ITEM.findall(m.group(1))]) for m in _ARGV.finditer(text)]
    if "ommand" in text:
        argv += [" ".join(_ARGV_ITEM.findall(m.group(1))) for m in _ARGV_CALL.finditer(text)]
    if argv:
        out.append("\n".join(argv).lower())
    if depth > 0:
        for source in (text,):
            for decoded in decoded_blobs(source):
                for f in forms(decoded, depth - 1):
                    if f not in out:
                        out.append(f)
    return out
