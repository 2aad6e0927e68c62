"""The handlers `POST /execute` runs once the engine allows an action.

Each handler first `prepare`s its arguments — checked, and refused when they break the
handler's own confinement, before anything is decided — then `run`s them. Refusals are
`HandlerRefused` (the call is `blocked`), bad arguments `HandlerArgumentError`
(`malformed`); anything a running handler raises is a failure (`failed`).

- `http`: a request to the URL the engine checked, connecting only to the addresses
  the destination stage resolved and passed (SSRF, rules); redirects are not followed;
  the answer is cut at `handlers.http_max_bytes`.
- `fs_read` / `fs_write`: a path inside one of `handlers.fs_roots` (relative paths are
  taken from the first root). The path is resolved with `os.path.realpath` (every `..`
  and symlink followed) and must stay inside its root; the file is then opened from
  the root down, one directory at a time with `O_NOFOLLOW` (`_open_beneath`), so a
  symlink swapped in after the check, at the file or at any directory above it, is
  refused too. Only regular files are read or written: a FIFO, a device or a directory
  is refused without blocking (a FIFO opened for reading would hold a worker thread
  until someone writes to it). A file with more than one hard link is refused too, read
  or written: another of its names may be outside the roots, which no check on this
  name can see. secproxy's own files (its config, state directory and ledger) are
  refused wherever the roots are (`_not_own`).
- `shell`: off unless `handlers.shell`; then only commands named in
  `handlers.shell_allow` (and not with the arguments by which a program runs another:
  env or xargs with a program, find -exec, git -c, tar -I, rsync -e…: `_hook`), run as
  an argv list (no shell interprets it), stdin closed,
  output cut at `handlers.shell_max_output`, killed at the handler timeout, with only
  the proxy's PATH, HOME, user, locale, TZ, TMPDIR and TERM for environment (`_SHELL_ENV`).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import re
import shlex
import shutil
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

from secproxy.config.inspect import HandlerSettings
from secproxy.net.paths import AMBIGUOUS_PATH, ambiguous, decode_unreserved
from secproxy.surfaces.inspect.requests import read_upto

HANDLERS = ("http", "fs_read", "fs_write", "shell")
"""The handler names `tool_name` may take in `POST /execute`."""


class HandlerArgumentError(ValueError):
    """The arguments do not fit the handler (the call is malformed)."""


class HandlerRefused(Exception):
    """The handler will not do this (the call is blocked); `kind` says why."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class BadAnswer(Exception):
    """An HTTP answer the client could not parse (the call `failed`). Its message keeps
    the parser's words and drops the answer's bytes it quotes: those reach the agent,
    and the ledger, only through the guards' decision on an output."""


_QUOTED = re.compile(r":?\s*(?:bytearray\()?b['\"]")
"""Where a parser's message starts quoting the bytes it read."""


def _parser_words(text: str) -> str:
    """'400, message: Bad status line: Invalid status code: b'HTTP/1.1 2x0 …'' as
    'Bad status line: Invalid status code'."""
    words = _QUOTED.split(" ".join(text.split()), 1)[0]
    head, sep, rest = words.partition("message: ")
    return (rest if sep and head.rstrip(", ").isdigit() else words).rstrip(": .")


@dataclass(frozen=True, slots=True)
class Prepared:
    """A handler call whose arguments have been checked."""

    handler: str
    args: dict[str, Any]


def _text(args: Mapping[str, Any], key: str, *, required: bool = True) -> str | None:
    value = args.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value):
        raise HandlerArgumentError(f"arguments.{key}: a non-empty string is required")
    return value


def _encodable(value: Any, where: str) -> None:
    """HandlerArgumentError for a string in `value` that UTF-8 cannot hold: a lone
    surrogate (JSON's `\\ud800`), which no file name, argument or body can carry as the
    guards read it (open() and the HTTP client raised on it, after the allow)."""
    if isinstance(value, str):
        try:
            value.encode()
        except UnicodeEncodeError:
            raise HandlerArgumentError(f"{where}: holds a lone surrogate, which no handler "
                                       "can pass on") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _encodable(key, where)
            _encodable(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _encodable(item, f"{where}.{i}")


def prepare(handler: str, args: Mapping[str, Any], settings: HandlerSettings, *,
            own: Sequence[str] = ()) -> Prepared:
    """Check the arguments of a handler call; HandlerArgumentError or HandlerRefused.
    `own`: secproxy's own files and directories (resolved), which the fs handlers never
    touch whatever `fs_roots` holds."""
    _encodable(dict(args), "arguments")
    if handler == "http":
        if not settings.http:
            raise HandlerRefused("handler_disabled", "the http handler is off")
        url = _text(args, "url") or ""
        try:
            parts = urlsplit(url)
        except ValueError as exc:  # a bracketed host that is no IP address
            raise HandlerArgumentError(f"arguments.url: {exc}") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise HandlerArgumentError("arguments.url: an http(s) URL is required")
        if ambiguous(decode_unreserved(parts.path)):  # the client would send a path
            raise HandlerArgumentError(f"arguments.url: {AMBIGUOUS_PATH}")  # not checked
        method = _text(args, "method", required=False) or "GET"
        if not _TOKEN.fullmatch(method):
            raise HandlerArgumentError("arguments.method: not an HTTP method")
        headers = args.get("headers") or {}
        if not isinstance(headers, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
            raise HandlerArgumentError("arguments.headers: an object of strings is required")
        headers = _request_headers(headers, parts.netloc.rpartition("@")[2])
        body = args.get("body")
        if body is not None and not isinstance(body, str):
            raise HandlerArgumentError("arguments.body: a string is required")
        return Prepared("http", {"url": url, "method": method.upper(), "headers": headers,
                                 "body": body})
    if handler in ("fs_read", "fs_write"):
        if not settings.fs_roots:
            raise HandlerRefused("handler_disabled",
                                 f"the {handler} handler is off (no inspect.handlers.fs_roots)")
        path = _text(args, "path") or ""
        if "\x00" in path:
            raise HandlerArgumentError("arguments.path: contains a NUL character")
        resolved, root = confine(path, [str(r.expanduser()) for r in settings.fs_roots],
                                 parent_only=handler == "fs_write")
        _not_own(resolved, root, own)
        _one_name(resolved)
        if handler == "fs_read":
            return Prepared(handler, {"path": resolved, "root": root})
        _not_git_config(resolved, root)
        content = args.get("content")
        if not isinstance(content, str):
            raise HandlerArgumentError("arguments.content: a string is required")
        if len(content.encode()) > settings.fs_max_bytes:
            raise HandlerRefused("too_large", f"content over {settings.fs_max_bytes} bytes")
        append = args.get("append", False)
        if not isinstance(append, bool):
            raise HandlerArgumentError("arguments.append: true or false")
        return Prepared(handler, {"path": resolved, "root": root, "content": content,
                                  "append": append})
    if handler == "shell":
        if not settings.shell:
            raise HandlerRefused("shell_disabled", "the shell handler is off "
                                 "(inspect.handlers.shell)")
        given = [k for k in ("argv", "command", "action") if k in args]
        if len(given) > 1:  # the one run would not be all that was shown and approved
            raise HandlerArgumentError(f"arguments: give one of argv, command (or action), "
                                       f"not {' and '.join(given)}")
        argv = args.get("argv")
        if argv is None:
            # A command line (`arguments.command`, or the call given as `action`), split
            # as a shell would split words, and then run without one.
            command = _text(args, "action" if "action" in args else "command") or ""
            try:
                argv = shlex.split(command)
            except ValueError as exc:
                raise HandlerArgumentError(f"arguments.command: {exc}") from None
        if not isinstance(argv, list) or not argv or not all(isinstance(a, str) for a in argv):
            raise HandlerArgumentError("arguments.argv: a non-empty list of strings is required")
        if any("\x00" in a for a in argv):
            raise HandlerArgumentError("arguments.argv: contains a NUL character")
        if argv[0] not in settings.shell_allow:
            raise HandlerRefused("not_allowlisted",
                                 f"{argv[0]!r} is not in inspect.handlers.shell_allow")
        _runs_only_allowed(argv)
        program = argv[0] if os.path.isabs(argv[0]) else shutil.which(argv[0])
        if program is None:
            raise HandlerRefused("not_found", f"{argv[0]!r} is not on PATH")
        safe = GIT_SAFE if os.path.basename(argv[0]) == "git" else ()
        return Prepared("shell", {"argv": [program, *safe, *argv[1:]]})
    raise HandlerArgumentError(f"tool_name: not a handler (one of {', '.join(HANDLERS)})")


_FRAMING = frozenset({"content-length", "transfer-encoding", "connection", "keep-alive",
                      "upgrade", "te", "trailer", "proxy-connection"})
"""Headers that say where a request ends or what the connection becomes: the handler's
own (a Transfer-Encoding beside the body's Content-Length makes the server read what
follows a chunked end as a second request, which nothing decided)."""
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _request_headers(headers: dict[str, str], authority: str) -> dict[str, str]:
    """An http call's headers as they may be sent: no framing header, a Host only as the
    URL names it (the server picks the site by it: the one checked is the URL's), names
    that are tokens and values without line breaks."""
    kept: dict[str, str] = {}
    for name, value in headers.items():
        lname = name.lower()
        if not _TOKEN.fullmatch(name) or any(c in value for c in "\r\n\x00"):
            raise HandlerArgumentError(f"arguments.headers.{name}: not a valid header")
        if lname in _FRAMING:
            raise HandlerArgumentError(f"arguments.headers.{name}: set by the handler")
        if lname == "host":
            if value.strip().lower() != authority.lower():
                raise HandlerArgumentError(f"arguments.headers.{name}: the host is the "
                                           "URL's (give it in arguments.url)")
            continue
        kept[name] = value
    return kept


_WRAPPERS = frozenset({"env", "xargs", "nice", "nohup", "timeout", "stdbuf", "setsid",
                       "sudo", "doas", "strace", "ltrace", "flock", "chroot", "unshare",
                       "nsenter", "watch", "time", "ionice", "taskset", "busybox", "command",
                       "exec", "script", "runuser", "chrt", "cpulimit", "firejail"})
"""Programs whose arguments name another program they run."""
_GIT_GLOBAL = ("-c", "--config-env", "--exec-path", "--git-dir", "--work-tree")
"""git's options before its subcommand that run a command line of the caller's (a config
override: core.sshCommand, core.pager, core.fsmonitor, an alias with '!'…), or point git
at a repository directory of the caller's making (whose config names programs)."""
GIT_SAFE = ("-c", "safe.bareRepository=explicit")
"""Put before an allowlisted git's arguments: a directory laid out as a bare repository
(a `config` written with fs_write beside `HEAD`, `objects`, `refs`) is not one git uses
unless told, so its config is never read."""
_GIT_RUNNERS = frozenset({"config", "filter-branch", "difftool", "mergetool", "send-email",
                          "daemon", "instaweb", "web--browse", "credential", "p4", "svn"})
"""git subcommands that run a program they are told of (a filter, an external diff or
merge tool, a mailer, a hook, a helper), or that write the config naming one for every
later call: `git config --global alias.x '!cmd'` then `git x` (core.fsmonitor,
core.sshCommand, diff.external… the same)."""
_GIT_RUN_OPTIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "rebase": (("--exec",), "x"), "grep": (("--open-files-in-pager",), "O"),
    "clone": (("--config", "--template"), "c"), "init": (("--template",), ""),
    "submodule": (("foreach",), ""), "bisect": (("run",), "")}
"""Per subcommand, the long options (or words) and the short options by which it runs a
command line of the caller's, or writes config that does (clone -c core.fsmonitor=…)."""


def _hook(name: str, argv: list[str]) -> str | None:
    """The option by which `name` (an allowlisted program) would run a command line of
    the caller's, if an argument gives one."""
    args = argv[1:]
    if name == "git":
        rest: list[str] = []
        valued = False
        for i, arg in enumerate(args):
            if valued:  # the value of -C, --git-dir…
                valued = False
                continue
            if not arg.startswith("-"):  # the subcommand: global options end here
                rest = args[i:]
                break
            if arg.startswith(_GIT_GLOBAL):
                return arg.split("=", 1)[0][:12]
            valued = arg in ("-C", "--git-dir", "--work-tree", "--namespace")
        if rest and rest[0] in _GIT_RUNNERS:
            return rest[0]
        words, shorts = _GIT_RUN_OPTIONS.get(rest[0], ((), "")) if rest else ((), "")
        for arg in rest:
            bundle = arg[1:] if arg.startswith("-") and not arg.startswith("--") else ""
            if arg.startswith(("--upload-pack", "--receive-pack", "--exec=")) or (
                    "ext::" in arg) or (rest[0] == "clone" and arg.startswith("-u")) or (
                    arg.split("=", 1)[0] in words) or any(c in bundle for c in shorts):
                return f"{rest[0]} {arg.split('=', 1)[0][:24]}"
        return None
    for i, arg in enumerate(args):
        bundle = arg[1:] if arg.startswith("-") and not arg.startswith("--") else ""
        if name == "find" and arg in ("-exec", "-execdir", "-ok", "-okdir"):
            return arg
        if name == "tar" and (arg.startswith(("--checkpoint-action", "--to-command",
                                              "--use-compress-program", "--rsh-command",
                                              "--info-script", "--new-volume-script"))
                              or "I" in bundle or "F" in bundle
                              or (i == 0 and not arg.startswith("-")
                                  and ("I" in arg or "F" in arg))):
            return arg.split("=", 1)[0][:24]
        if name == "rsync" and (arg.startswith(("--rsh", "--rsync-path")) or "e" in bundle):
            return arg.split("=", 1)[0][:14]
        if name in ("ssh", "scp", "sftp") and (
                "F" in bundle[:1] or (name != "ssh" and "S" in bundle[:1]) or (
                    arg.startswith("-o") and any(
                        word in (arg[2:] or (args[i + 1] if i + 1 < len(args) else "")).lower()
                        for word in ("command", "match")))):
            return arg[:2]
        if name == "zip" and arg.startswith(("-TT", "--unzip-command")):
            return arg[:15]
    return None


def _runs_only_allowed(argv: list[str]) -> None:
    """HandlerRefused when the command would run a program `shell_allow` does not name
    (the allowlist names every program that runs, not only the first): a wrapper such as
    env or xargs with a program to run, or an option that hands a command line to a
    shell (`_hook`)."""
    name = os.path.basename(argv[0])
    if name in _WRAPPERS and len(argv) > 1:
        raise HandlerRefused("runs_another", f"{argv[0]!r} runs the program its arguments "
                             "name: name that program in inspect.handlers.shell_allow and "
                             "call it directly")
    hook = _hook(name, argv)
    if hook is not None:
        raise HandlerRefused("runs_another", f"{name} {hook}… runs a command line of the "
                             "caller's, which inspect.handlers.shell_allow does not name")


def _not_git_config(path: str, root: str) -> None:
    """Refuse a write into a repository's `.git` (its config names programs git runs:
    core.fsmonitor, hooks, filter and diff drivers; a `.git` file points git elsewhere)
    or to git's own config files: with `git` in shell_allow, `fs_write repo/.git/config`
    then `git -C repo status` ran the program the file named."""
    parts = [p.lower() for p in os.path.relpath(path, root).split(os.sep)]
    if ".git" in parts or parts[-1] in (".gitconfig", ".gitmodules") or (
            "git" in parts[:-1] and ".config" in parts[:-1]):
        raise HandlerRefused("git_files", f"{path}: writing a repository's .git or git's "
                             "config is refused (git runs the programs they name)")


def _not_own(path: str, root: str, own: Sequence[str]) -> None:
    """Refuse one of secproxy's own files that a root holds (an `fs_roots` entry such as
    the home directory): the config names the operator keys, the state directory holds
    the permit and ledger signing keys and the masking key, the ledger is the record of
    what the agent did. A root made inside the state directory is the operator's own
    choice of a work area, and what is under it is the agent's."""
    for mine in own:
        if (os.path.commonpath([path, mine]) == mine or path.startswith(mine + "-")) and \
                not (root != mine and os.path.commonpath([root, mine]) == mine):
            raise HandlerRefused("proxy_file", f"{path} is one of secproxy's own files "
                                               "(its config, state or ledger)")


def _one_name(path: str) -> None:
    """Refuse a regular file with more than one hard link: its other names may be
    outside the roots (whoever could write both made it), which no check on this name
    can see. A file that is not there yet (one to create) is the open's to check."""
    try:
        st = os.lstat(path)
    except OSError:
        return
    if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
        raise _hard_linked(path, st.st_nlink)


def _hard_linked(path: str, links: int) -> HandlerRefused:
    return HandlerRefused("hard_link", f"{path} has {links} hard links: another name may "
                                       "be outside inspect.handlers.fs_roots")


def confine(path: str, roots: list[str], *, parent_only: bool = False) -> tuple[str, str]:
    """`path` resolved (symlinks and `..` followed) inside one of `roots`, and that root
    resolved; HandlerRefused when it leads outside. With `parent_only` (a file to create)
    only its directory is resolved, and the name itself must be a plain name."""
    base = roots[0]
    joined = path if os.path.isabs(path) else os.path.join(base, path)
    if parent_only:
        directory, name = os.path.split(joined)
        if name in ("", ".", ".."):
            raise HandlerArgumentError("arguments.path: names no file")
        resolved = os.path.join(os.path.realpath(directory), name)
    else:
        resolved = os.path.realpath(joined)
    for root in roots:
        real_root = os.path.realpath(root)
        if os.path.commonpath([resolved, real_root]) == real_root:
            return resolved, real_root
    raise HandlerRefused("path_escape", f"{path!r} resolves outside inspect.handlers.fs_roots")


class _CheckedResolver(AbstractResolver):
    """Answers with the addresses the engine's destination stage checked, only."""

    def __init__(self, host: str, addresses: list[Any]):
        self._host = host
        self._addresses = [str(a) for a in addresses]

    async def resolve(self, host: str, port: int = 0, family: int = 0) -> list[ResolveResult]:
        import socket

        if host != self._host:
            raise OSError(f"{host} was not checked")
        return [ResolveResult(hostname=host, host=a, port=port,
                              family=socket.AF_INET6 if ":" in a else socket.AF_INET,
                              proto=0, flags=socket.AI_NUMERICHOST) for a in self._addresses]

    async def close(self) -> None:
        return None


async def run(prepared: Prepared, settings: HandlerSettings, *,
              addresses: list[Any] | None = None) -> dict[str, Any]:
    """Run a prepared call; what it produced, as JSON. Raises on failure."""
    if prepared.handler == "http":
        return await _http(prepared.args, settings, addresses or [])
    if prepared.handler == "fs_read":
        return await asyncio.to_thread(_read, prepared.args["path"], prepared.args["root"],
                                       settings.fs_max_bytes)
    if prepared.handler == "fs_write":
        return await asyncio.to_thread(_write, prepared.args)
    return await _shell(prepared.args["argv"], settings.shell_max_output)


async def _http(args: dict[str, Any], settings: HandlerSettings, addresses: list[Any]
                ) -> dict[str, Any]:
    host = urlsplit(args["url"]).hostname or ""
    if not addresses:
        raise HandlerRefused("unchecked_destination", "no checked address for the host")
    connector = aiohttp.TCPConnector(resolver=_CheckedResolver(host, addresses),
                                     use_dns_cache=False, force_close=True)
    try:
        async with aiohttp.ClientSession(connector=connector) as http, http.request(
                args["method"], args["url"], headers=args["headers"], data=args["body"],
                allow_redirects=False) as resp:
            body = await read_upto(resp.content, settings.http_max_bytes)
    except aiohttp.ClientResponseError as exc:  # a head that does not parse
        raise BadAnswer(f"the answer is not valid HTTP: {_parser_words(exc.message)}") \
            from None
    except aiohttp.ClientPayloadError as exc:  # a body that does not
        raise BadAnswer(f"the answer's body is not valid: {_parser_words(str(exc))}") \
            from None
    truncated = len(body) > settings.http_max_bytes
    return {"status": resp.status, "headers": dict(resp.headers),
            "body": body[:settings.http_max_bytes].decode("utf-8", "replace"),
            "truncated": truncated}


_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


def _open_beneath(path: str, root: str, flags: int) -> int:
    """A descriptor of the regular file `path` (resolved, inside `root`), opened from
    `root` down one directory at a time with `O_NOFOLLOW`: a symlink put in place of
    the file or of a directory on the way since `confine` checked it is refused, as is
    anything but a regular file (opened `O_NONBLOCK`, so a FIFO does not block)."""
    parts = os.path.relpath(path, root).split(os.sep)
    fd = os.open(root, _DIR_FLAGS)
    try:
        for part in parts[:-1]:
            following = os.open(part, _DIR_FLAGS, dir_fd=fd)
            os.close(fd)
            fd = following
        opened = os.open(parts[-1], flags | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY
                         | getattr(os, "O_CLOEXEC", 0), 0o644, dir_fd=fd)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            raise HandlerRefused("symlink", f"{path}: a symlink on its way "
                                            "(changed since it was checked)") from None
        if exc.errno in (errno.ENXIO, errno.EISDIR):
            raise HandlerRefused("not_a_file", f"{path} is not a regular file") from None
        raise
    finally:
        os.close(fd)
    st = os.fstat(opened)
    if not stat.S_ISREG(st.st_mode):
        os.close(opened)
        raise HandlerRefused("not_a_file", f"{path} is not a regular file")
    if st.st_nlink > 1:  # linked since `prepare` looked (`_one_name`)
        os.close(opened)
        raise _hard_linked(path, st.st_nlink)
    os.set_blocking(opened, True)
    return opened


def _read(path: str, root: str, limit: int) -> dict[str, Any]:
    fd = _open_beneath(path, root, os.O_RDONLY)
    with os.fdopen(fd, "rb") as fh:
        data = fh.read(limit + 1)
    return {"path": path, "content": data[:limit].decode("utf-8", "replace"),
            "bytes": min(len(data), limit), "truncated": len(data) > limit}


def _write(args: dict[str, Any]) -> dict[str, Any]:
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if args["append"] else 0)
    fd = _open_beneath(args["path"], args["root"], flags)
    data = args["content"].encode()
    with os.fdopen(fd, "wb") as fh:
        if not args["append"]:
            fh.truncate(0)  # after the check: a FIFO's or device's open truncates nothing
        fh.write(data)
    return {"path": args["path"], "bytes": len(data), "appended": args["append"]}


_SHELL_ENV = frozenset({"PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ",
                        "TMPDIR", "TERM"})
"""What a command run for an agent gets of the proxy's environment (and `LC_*`): not
the rest, which holds the upstreams' real API keys (`api_key_env`) and the proxy's own
settings, for any allowlisted program that can print its environment to read."""


def _shell_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k in _SHELL_ENV or k.startswith("LC_")}


class _Captured(asyncio.SubprocessProtocol):
    """A command's stdout and stderr, each kept up to `limit` bytes and the rest dropped
    as it arrives (the command never blocks on a full pipe, and reading never pauses),
    and `done` once it has exited and closed both."""

    def __init__(self, limit: int, done: asyncio.Future[None]):
        self.limit = limit
        self.kept = {1: bytearray(), 2: bytearray()}
        self.cut = False
        self.done = done

    def pipe_data_received(self, fd: int, data: bytes) -> None:
        kept = self.kept[fd]
        room = self.limit - len(kept)
        if len(data) > room:
            self.cut = True
        if room > 0:
            kept += data[:room]

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_result(None)


async def _shell(argv: list[str], limit: int) -> dict[str, Any]:
    """Run `argv`. At the handler's timeout (a cancellation) its process group is killed
    and its pipes closed, not waited for: a reader paused on a full buffer (`yes`) never
    sees their end, nor does anyone while a program that left the group holds one."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()
    transport, captured = await loop.subprocess_exec(
        lambda: _Captured(limit, done), *argv, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        start_new_session=True, env=_shell_env())
    try:
        await done
    finally:
        if not done.done():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(transport.get_pid(), 9)
        transport.close()
    out, err = (bytes(captured.kept[fd]).decode("utf-8", "replace") for fd in (1, 2))
    return {"exit_code": transport.get_returncode(), "stdout": out, "stderr": err,
            "truncated": captured.cut}
