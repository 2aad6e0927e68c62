"""The `tool_abuse` family: tool calls that do harm — for shell, filesystem, HTTP, SQL
and code-execution tools alike.

It reads a call's arguments (the slots of role `tool_call`; other roles are left to the
content families) in every normalised form (`tool_abuse_rules.forms`: quoting, escapes,
`$IFS`, brace lists, `${x:-default}`, `$(printf word)`, variables and aliases holding a
command, busybox applets, `rev`, globs that reach a credential file or a program,
base64/hex/percent blobs decoded and read again) and in the views
the engine's normaliser made, and reports, category `tool_abuse`, one hit per kind
found in a slot:

`destructive_command` (recursive deletes of root, home, system or data trees, disk,
volume and pool wipes, fork bombs, cloud resources, snapshots and backups deleted, force
pushes to a main branch and history rewrites, logs wiped), `destructive_sql` (DROP,
TRUNCATE, DELETE or UPDATE without WHERE or under an always-true one, ORMs deleting every
row), `sql_injection` (tautologies, stacked statements, SQL escapes to files or
commands), `credential_read` (private keys, cloud and registry credentials, password
stores, `.env` read out, credential dumping tools), `env_dump`, `download_exec` (`curl …
| sh`, a download made executable, PowerShell `iex`), `reverse_shell`,
`privilege_escalation`, `cloud_metadata`, `exfiltration` (capture services; paste and
file-drop sites when data is sent), `path_traversal` and `persistence` (startup files or
schedulers given a network payload, `authorized_keys` appended to).

What a tool does with a bare path comes from its name: a credential file given to a
`list_dir` or `stat` tool is not read; `.env` given to a `write_file` tool is not read
out; a root, home or system path given to a delete tool (or as a move tool's source) is
destroyed, and so is a disk device given to a write tool; a DELETE request for every index,
a repository, a bucket or a namespace is destruction too. A list of strings (an exec
tool's argv) is also read as the one command it runs. A write tool's content is not read
by the rules when the file is a document (Markdown, text, HTML…): prose nobody runs.
Benign look-alikes stay quiet by construction: `rm -rf ./build` deletes no root,
`cat README.md` reads no credential, `curl https://api.github.com` pipes into nothing.

Settings: `kinds` (default all), `roles` (default `[tool_call]`), `capture_hosts` and
`drop_hosts` (more host name patterns, regular expressions, for the exfiltration rules).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from secproxy.content import Role, Slot
from secproxy.guards import BaseGuard, GuardContext, GuardSettingsError, Hit
from secproxy.guards.tool_abuse_rules import (
    CAPTURE_HOSTS,
    CAPTURE_NEEDS,
    DROP_HOSTS,
    DROP_NEEDS,
    KINDS,
    METADATA_LITERALS,
    Words,
    call_sends,
    call_target_hits,
    candidates,
    credential_candidates,
    credential_hits,
    exfiltration_hits,
    forms,
    host_regex,
    metadata_hits,
    persistence_hits,
    script_shell_hits,
    url_traversal_hits,
    writes,
)
from secproxy.model import Severity

CATEGORY = "tool_abuse"
_SETTINGS = ("kinds", "roles", "capture_hosts", "drop_hosts")
_FOLDED = ("fold", "clean")
_HEAD = 8 * 1024
_TAIL = 2 * 1024
"""A longer argument is read as its first `_HEAD` and last `_TAIL` characters: a command
is short, and a longer text is data (a file's content) whose rules' windows would
otherwise cost time in proportion to the triggers an attacker can repeat in it."""


def _clip(text: str) -> str:
    if len(text) <= _HEAD + _TAIL:
        return text
    # Cut at white space: a word cut in two could read as another (`sudo` as `su`).
    head, tail = text[:_HEAD], text[-_TAIL:]
    head = head[:max(head.rfind(" "), head.rfind("\n"), 0)]
    first = re.search(r"\s", tail)
    tail = tail[first.start():] if first else tail
    return head + "\n" + tail
_SEVERITY = {"credential_read": Severity.HIGH, "cloud_metadata": Severity.HIGH,
             "exfiltration": Severity.HIGH}


_CONTENT_KEYS = frozenset({"content", "contents", "text", "body", "data", "new_str", "old_str",
                           "new_string", "old_string", "insert_text", "file_text"})
_PROSE = re.compile(r"\.(?:md|markdown|rst|txt|adoc|asciidoc|html?|tex)$", re.IGNORECASE)
_ARGV_MAX = 64


def _written_prose(tool: str, arguments: Mapping[str, Any] | None) -> bool:
    """Whether the call writes a document (Markdown, text, HTML…): its content is prose
    that nobody runs, so the command rules do not read it (its path still is read)."""
    if not arguments or not writes(tool):
        return False
    path = next((v for k in ("path", "file_path", "filename", "file", "target")
                 if isinstance(v := arguments.get(k), str)), None)
    return path is not None and bool(_PROSE.search(path.strip()))


def _argv_commands(slots: Sequence[Slot], roles: frozenset[Role], nested_only: bool = False
                   ) -> list[tuple[int, str]]:
    """Lists of strings (`["rm", "-rf", "/"]`, an exec tool's argv) as the one command
    they run (their first `_ARGV_MAX` words), with the index of the list's first slot:
    each word alone says nothing. With `nested_only`, only lists inside an argument's
    value (a top-level argument's list is part of `tool_command`'s command line)."""
    groups: dict[tuple[Any, ...], list[int]] = {}
    for index, slot in enumerate(slots):
        if slot.path and type(slot.path[-1]) is int and slot.role in roles and not (
                nested_only and len(slot.path) == 2):
            groups.setdefault(tuple(slot.path[:-1]), []).append(index)
    return [(indexes[0], " ".join(slots[i].text for i in indexes[:_ARGV_MAX]))
            for indexes in groups.values() if len(indexes) >= 2]


_PROGRAMS = frozenset({
    "git", "gh", "glab", "hg", "svn", "npm", "npx", "yarn", "pnpm", "bun", "bunx", "pip", "pip3",
    "pipx", "uv", "poetry", "conda", "gem", "bundle", "cargo", "go", "composer", "brew", "apt",
    "aptget", "yum", "dnf", "apk", "choco", "winget", "docker", "podman", "kubectl", "helm",
    "terraform", "aws", "gcloud", "gsutil", "az", "psql", "mysql", "mongosh", "redis", "curl",
    "wget", "ssh", "scp", "rsync", "sftp", "systemctl", "crontab", "openssl"})
"""Programs a tool may be named after (`git`, `git_push`, `npm-install`): the call is then
read as that program's command line as well."""
_MANAGER_KEYS = ("manager", "package_manager", "program", "cli", "tool", "executable", "binary")
"""Arguments that name the program of a generically named tool (`install_package`)."""
_POSITIONAL = frozenset({
    "subcommand", "command", "cmd", "operation", "op", "action", "verb", "args", "argv",
    "arguments", "package", "packages", "name", "names", "spec", "specs", "requirement",
    "requirements", "remote", "repository", "repo", "url", "source", "src", "branch", "ref",
    "refspec", "refspecs", "target", "path", "paths", "file", "files", "resource", "resources",
    "image", "query", "dest", "destination", "host"})
"""Argument names whose values a command line gives as words of their own; any other
argument becomes an option (`index_url` → `--index-url VALUE`, `force: true` → `--force`)."""
_TOOL_WORDS = re.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=512)
def _tool_words(tool: str) -> tuple[str, ...]:
    """The words of a tool's name (a call names one of a few tools, again and again)."""
    return tuple(_TOOL_WORDS.findall(tool.lower()))


def tool_command(tool: str, arguments: Mapping[str, Any] | None) -> str | None:
    """The command line a call to a tool named after a program stands for: `git` with
    `{"args": ["push", "--force", "origin", "main"]}`, `git_push` with `{"remote": …,
    "force": true}`, `install_package` with `{"manager": "pip", "index_url": …}` — the
    program, the tool name's other words, then the arguments as words and options, in
    their order. None for a tool named after no program (a shell tool's command is read
    as it is)."""
    if not arguments:
        return None
    words = _tool_words(tool)
    if not words:
        return None
    if words[0] not in _PROGRAMS:
        named = ""
        for k in _MANAGER_KEYS:  # (a loop: no generator made for the usual shell call)
            v = arguments.get(k)
            if isinstance(v, str):
                named = v
                break
        if named.lower().replace("-", "") not in _PROGRAMS:
            return None
        words = (named.lower(), *words)
    parts = list(words)
    for key, value in arguments.items():
        if key in _MANAGER_KEYS:
            continue
        option = "--" + key.replace("_", "-")
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, bool):
                if item:
                    parts.append(option)
            elif isinstance(item, str | int | float):
                parts.extend((str(item),) if key.lower() in _POSITIONAL else (option, str(item)))
    return " ".join(parts) if len(parts) > len(words) else None


def _strings(settings: Mapping[str, Any], key: str, default: Sequence[str]) -> tuple[str, ...]:
    value = settings.get(key, default)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise GuardSettingsError(f"tool_abuse: {key} must be a list of strings")
    return tuple(value)


@dataclass
class ToolAbuseGuard(BaseGuard):
    """Reports dangerous tool calls (see the module)."""

    family: str = "tool_abuse"
    kinds: frozenset[str] = field(default=frozenset(KINDS))
    roles: frozenset[Role] = field(default=frozenset({Role.TOOL_CALL}))
    capture: re.Pattern[str] = field(default_factory=lambda: host_regex(CAPTURE_HOSTS),
                                     repr=False)
    drop: re.Pattern[str] = field(default_factory=lambda: host_regex(DROP_HOSTS), repr=False)
    capture_needs: tuple[str, ...] | None = CAPTURE_NEEDS
    drop_needs: tuple[str, ...] | None = DROP_NEEDS

    def configure(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - set(_SETTINGS)
        if unknown:
            raise GuardSettingsError(f"family tool_abuse takes {', '.join(_SETTINGS)} "
                                     f"(got {', '.join(sorted(unknown))})")
        kinds = _strings(settings, "kinds", KINDS)
        bad = sorted(set(kinds) - set(KINDS))
        if bad:
            raise GuardSettingsError(f"tool_abuse: unknown kinds {', '.join(bad)} "
                                     f"(known: {', '.join(KINDS)})")
        roles = _strings(settings, "roles", [Role.TOOL_CALL.value])
        try:
            self.roles = frozenset(Role(r) for r in roles)
        except ValueError:
            raise GuardSettingsError(f"tool_abuse: roles must be of {', '.join(Role)}") from None
        self.kinds = frozenset(kinds)
        extra_capture = _strings(settings, "capture_hosts", [])
        extra_drop = _strings(settings, "drop_hosts", [])
        # The prefilters know the built-in names only: hosts of the config's own are
        # searched for in every form.
        self.capture_needs = None if extra_capture else CAPTURE_NEEDS
        self.drop_needs = None if extra_drop else DROP_NEEDS
        try:
            self.capture = host_regex([*CAPTURE_HOSTS, *extra_capture])
            self.drop = host_regex([*DROP_HOSTS, *extra_drop])
        except re.error as exc:
            raise GuardSettingsError(f"tool_abuse: a host pattern is not valid: {exc}") from None

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        action = ctx.action
        tool = action.target.tool or ""
        # Whether the call sends data matters to the exfiltration rules only: worked out
        # when one of them is asked (`_scan`), not for every call.
        sends = None
        prose = _written_prose(tool, action.arguments)
        # A tool named after a program (`npm`, `git_push`) is read as that program's
        # command line (`tool_command`), its argument lists included: such a list holds
        # the program's arguments (`["config", "set", …]`), not commands of their own.
        command = tool_command(tool, action.arguments)
        hits: list[Hit] = []
        for index, slot in enumerate(slots):
            if slot.role not in self.roles or not slot.text:
                continue
            if command is not None and len(slot.path) == 2 and type(slot.path[-1]) is int:
                continue  # a word of a top-level argument list: read in `command`
            if prose and slot.path[-1:] and slot.path[-1] in _CONTENT_KEYS:
                continue
            found: dict[str, Hit] = {}
            for view in ctx.views(index, slot.text):
                if view.how in _FOLDED:
                    continue  # leetspeak folding turns 0 into o: a shell does not
                whole = view.origin(0, len(view.text)) if view.how != "raw" else None
                text = _clip(view.text)
                for n, form in enumerate(forms(text)):
                    exact = view.how == "raw" and n == 0 and text is view.text
                    for kind, severity, label, span in self._scan(
                            form, tool, sends, action.arguments, action.target.method):
                        if kind in found or kind not in self.kinds:
                            continue
                        where = span if exact else whole or (0, len(slot.text))
                        how = "" if exact else " (once normalised)"
                        found[kind] = Hit(CATEGORY, f"{kind.replace('_', ' ')}: {label}{how}",
                                          severity, index, where, kind=kind)
            hits.extend(found.values())
        if "destructive_command" in self.kinds:
            hits.extend(self._target_hits(slots, tool, action.arguments, action.target.method,
                                          hits))
        commands = _argv_commands(slots, self.roles, nested_only=command is not None)
        if command is not None:
            first = next((i for i, s in enumerate(slots) if s.role in self.roles and s.text),
                         None)
            if first is not None:
                commands.append((first, command))
        for index, command in commands:
            found = {}
            for form in forms(_clip(command)):
                for kind, severity, label, _span in self._scan(
                        form, tool, sends, action.arguments, action.target.method):
                    if kind not in found and kind in self.kinds and \
                            not any(h.kind == kind and h.slot == index for h in hits):
                        found[kind] = Hit(CATEGORY, f"{kind.replace('_', ' ')}: {label} "
                                          "(arguments read as one command)", severity,
                                          index, (0, len(slots[index].text)), kind=kind)
            hits.extend(found.values())
        return hits

    def _target_hits(self, slots: Sequence[Slot], tool: str,
                     arguments: Mapping[str, Any] | None, method: str | None, hits: list[Hit]
                     ) -> list[Hit]:
        for label, key in call_target_hits(tool, arguments, method):
            index = next((i for i, s in enumerate(slots)
                          if s.path[-1:] == (key,) and s.role in self.roles), None)
            if index is not None and not any(h.kind == "destructive_command" and h.slot == index
                                             for h in hits):
                return [Hit(CATEGORY, f"destructive command: {label}", Severity.CRITICAL,
                            index, (0, len(slots[index].text)), kind="destructive_command")]
        return []

    def _scan(self, form: str, tool: str, sends: bool | None,
              arguments: Mapping[str, Any] | None, method: str | None = None
              ) -> list[tuple[str, Severity, str, tuple[int, int]]]:
        """The rules' findings in one form; `sends`: whether the call sends data (None:
        not known yet, `call_sends` of `arguments` and `method` when a rule asks)."""
        out = []
        words = Words(form)
        for rule in candidates(words):
            m = rule.search_candidate(form)
            if m:
                out.append((rule.kind, rule.severity, rule.label, m.span()))
        # Each reader below starts by asking for what the form needs first: asked here,
        # a form without it (most) makes no generator.
        if credential_candidates(words.present):
            for label, span in credential_hits(form, tool, words):
                out.append(("credential_read", _SEVERITY["credential_read"], label, span))
        if not words.anywhere.isdisjoint(METADATA_LITERALS):
            for label, span in metadata_hits(form, words):
                out.append(("cloud_metadata", _SEVERITY["cloud_metadata"], label, span))
        if "socket" in form or "tcp" in form or "net" in form:
            for label, span in script_shell_hits(form):
                out.append(("reverse_shell", Severity.CRITICAL, label, span))
        if writes(tool):
            for label, span in persistence_hits(form, tool, arguments):
                out.append(("persistence", Severity.HIGH, label, span))
        if "://" in form and ".." in form:
            for label, span in url_traversal_hits(form):
                out.append(("path_traversal", Severity.HIGH, label, span))
        capture, drop = self.capture_needs, self.drop_needs
        if capture is None or drop is None or not words.present.isdisjoint(capture) or \
                not words.present.isdisjoint(drop) or "$(" in form or "`" in form:
            if sends is None:
                sends = call_sends(arguments, method)
            for label, span in exfiltration_hits(form, self.capture, self.drop, sends,
                                                 capture, drop, words):
                out.append(("exfiltration", _SEVERITY["exfiltration"], label, span))
        return out
