"""Reading a config: YAML or JSON, `${NAME}`/`${file:/path}` references, `SECPROXY_*`
environment overrides, CLI overrides, validation of the whole before use, and errors
that say file, line, key path, value and what was expected. Also lint warnings (rules
that can never match).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from secproxy.config.lint import lint
from secproxy.config.references import Location, resolve_references
from secproxy.config.schema import Config
from secproxy.config.strict_yaml import DuplicateKeyError, StrictLoader, json_pairs
from secproxy.config.types import parse_hostport
from secproxy.errors import ConfigError, ConfigIssue
from secproxy.globs import compile_url_glob
from secproxy.redact import secret_name

SURFACES = ("egress", "llm", "ws", "api")


@dataclass
class Overrides:
    """Settings from the command line; they win over the file and the environment."""

    listen: dict[str, str] = field(default_factory=dict)
    """surface → `HOST:PORT`."""
    upstreams: dict[str, str] = field(default_factory=dict)
    """name → URL."""
    disabled: set[str] = field(default_factory=set)
    state_dir: str | None = None
    log_level: str | None = None
    log_format: str | None = None


@dataclass(frozen=True)
class LoadedConfig:
    """A validated config with where it came from and what lint found."""

    config: Config
    source: str | None = None
    warnings: list[str] = field(default_factory=list)
    overrides: Overrides | None = None
    """Command-line overrides it was loaded with; a reload applies them again."""


def _line_of(root: yaml.Node | None, path: Sequence[str | int]) -> int | None:
    """1-based line of the node at `path` in a composed YAML tree (closest parent found)."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for part in path:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == str(part):
                    nxt = v if not isinstance(v, yaml.ScalarNode) else v
                    line = k.start_mark.line + 1
                    break
            if nxt is None:
                return line
            node = nxt
            if not isinstance(node, yaml.ScalarNode):
                continue
            line = node.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return line
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def format_path(loc: Sequence[str | int]) -> str:
    """`("rules", 3, "policies", 0, "x")` → `rules[3].policies[0].x`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def parse_path(path: str) -> list[str | int]:
    """`rules[3].policies[0].x` → `["rules", 3, "policies", 0, "x"]`."""
    out: list[str | int] = []
    for part in path.split("."):
        name, _, rest = part.partition("[")
        if name:
            out.append(name)
        for index in rest.replace("]", "").split("[") if rest else ():
            if index.isdigit():
                out.append(int(index))
    return out


def _clean_loc(loc: Sequence[str | int]) -> list[str | int]:
    """Drop pydantic's union-branch tags (`rate_limit`, `function-after[...]`) from paths."""
    skip_prefixes = ("function-", "tagged-union", "union[")
    out: list[str | int] = []
    for part in loc:
        if isinstance(part, str) and (
            part.startswith(skip_prefixes) or part in ("rate_limit", "time_restriction")
        ):
            continue
        out.append(part)
    return out


def _expected(err: Mapping[str, Any]) -> str:
    kind = err["type"]
    msg = str(err["msg"])
    if kind == "extra_forbidden":
        return "unknown key (check the spelling; see `secproxy config example`)"
    if kind == "missing":
        return "required key is missing"
    if kind in ("union_tag_invalid", "union_tag_not_found") and "sinks" in err["loc"]:
        return "expected a sink `type`: jsonl, syslog or otlp"
    if kind == "union_tag_invalid":
        return "unknown policy type; expected one of: rate_limit, time_restriction"
    if kind == "union_tag_not_found":
        return "policy needs a `type` (rate_limit or time_restriction)"
    if kind == "literal_error":
        return msg.replace("Input should be", "expected")
    if msg.startswith("Value error, "):
        return msg[len("Value error, ") :]
    return msg.replace("Input should be", "expected")


def issues_from_validation(
    exc: ValidationError,
    *,
    source: str | None,
    tree: yaml.Node | None,
    written: Mapping[Location, str] | None = None,
) -> list[ConfigIssue]:
    """Turn pydantic errors into `ConfigIssue`s with key paths and lines. A value that
    came from a reference is shown as `written` in the file, never resolved."""
    issues = []
    for err in exc.errors(include_url=False):
        loc = _clean_loc(err["loc"])
        message = _expected(err)
        path = format_path(loc)
        # Model-level checks name their own path in the message.
        head = message.split(" ", 1)[0]
        if not loc and " " in message and head.startswith(("rules", "llm", "listeners")):
            path, _, message = message.partition(" ")
            loc = parse_path(path)
        value = err.get("input") if err["type"] != "missing" else None
        if value is not None and written and tuple(loc) in written:
            value = written[tuple(loc)]  # a file's content or a variable may be a secret
        if value is not None and _secret_place(loc):
            value = None  # never echo what may be a secret (a password, a webhook URL)
        issues.append(
            ConfigIssue(
                path=path, message=message, value=value, line=_line_of(tree, loc), source=source
            )
        )
    return sorted(issues, key=lambda i: (i.line is None, i.line or 0))


def _secret_place(loc: Sequence[Any]) -> bool:
    """True when the value at `loc` may hold a secret: a secret-looking key anywhere on
    the path (`password`, `token`, `api_keys`…), or a webhook's URL or headers."""
    names = [p for p in loc if isinstance(p, str)]
    if any(secret_name(n) or n in ("users", "headers", "lock") for n in names):
        return True
    return "webhooks" in names and names[-1] == "url"


MAX_DEPTH = 64
"""Deepest nesting of mappings and lists a config may have (the reference has 6)."""
MAX_VALUES = 1_000_000
"""Most values a config may hold once YAML aliases are expanded (a billion-laughs file
holds a few dozen nodes that expand to billions)."""
MAX_BYTES = 4 << 20
"""Largest config file read (the reference is ~60 KB; PyYAML reads ~1 MB a second)."""


def _too_deep(source: str | None) -> ConfigIssue:
    return ConfigIssue("", f"nested more than {MAX_DEPTH} levels deep", source=source)


def _shape_problem(data: Any) -> str | None:
    """Why `data` is no config's shape: nested too deep, refers to itself, or too many
    values once aliases are expanded; None when it is fine. Iterative and counts each
    shared object's expanded size once, so a hostile file is refused in linear time."""
    sizes: dict[int, int] = {}
    open_ids: set[int] = set()
    stack: list[tuple[Any, int, bool]] = [(data, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        key = id(node)
        children = list(node.values()) if isinstance(node, dict) else node
        if done:
            open_ids.discard(key)
            total = 1 + sum(
                sizes.get(id(c), 1) if isinstance(c, (dict, list)) else 1 for c in children
            )
            if total > MAX_VALUES:
                return f"holds more than {MAX_VALUES:,} values once its aliases are expanded"
            sizes[key] = total
            continue
        if key in open_ids:
            return "refers to itself (an alias inside its own anchor)"
        if key in sizes:
            continue
        if depth > MAX_DEPTH:
            return f"nested more than {MAX_DEPTH} levels deep"
        open_ids.add(key)
        stack.append((node, depth, True))
        stack.extend((c, depth + 1, False) for c in children)
    return None


def parse_text(text: str, *, source: str | None, fmt: str | None = None) -> tuple[Any, Any]:
    """Parse YAML or JSON text → (data, YAML node tree for line numbers)."""
    is_json = fmt == "json" or (fmt is None and source is not None and source.endswith(".json"))
    tree: yaml.Node | None = None
    try:
        if is_json:
            data = json.loads(text, object_pairs_hook=json_pairs)
        else:
            loader = StrictLoader(text)
            try:
                tree = loader.get_single_node()
                data = loader.construct_document(tree) if tree is not None else None
            finally:
                loader.dispose()
    except RecursionError:
        raise ConfigError([_too_deep(source)], source) from None
    except DuplicateKeyError as e:
        raise ConfigError([ConfigIssue("", f"not valid JSON: {e}", source=source)],
                          source) from None
    except json.JSONDecodeError as e:
        raise ConfigError(
            [
                ConfigIssue(
                    "", f"not valid JSON: {e.msg} (column {e.colno})", line=e.lineno, source=source
                )
            ],
            source,
        ) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or str(e)
        raise ConfigError(
            [
                ConfigIssue(
                    "",
                    f"not valid YAML: {problem}",
                    line=mark.line + 1 if mark else None,
                    source=source,
                )
            ],
            source,
        ) from None
    problem = _shape_problem(data)
    if problem:
        raise ConfigError([ConfigIssue("", problem, source=source)], source)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(
            [
                ConfigIssue(
                    "",
                    f"the top level must be a mapping of settings, got a {type(data).__name__}",
                    line=1,
                    source=source,
                )
            ],
            source,
        )
    return data, tree


def _set(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    """Set `data[a][b]… = value`, creating missing sections. A section that exists but is
    not a mapping is left alone, so validation reports it instead of it being replaced."""
    node = data
    for key in path[:-1]:
        node = node.setdefault(key, {})
        if not isinstance(node, dict):
            return
    node[path[-1]] = value


_ENV = {
    "SECPROXY_STATE_DIR": ("state_dir",),
    "SECPROXY_LOG_LEVEL": ("logging", "level"),
    "SECPROXY_LOG_FORMAT": ("logging", "format"),
    "SECPROXY_DEFAULT_ACTION": ("engine", "default_action"),
    "SECPROXY_ON_ERROR": ("engine", "on_error"),
    "SECPROXY_LEDGER": ("audit", "path"),
    "SECPROXY_CONTROL_SOCKET": ("control", "socket"),
    "SECPROXY_WS_UPSTREAM": ("ws", "upstream"),
}


def _env_overrides(data: dict[str, Any], env: Mapping[str, str]) -> None:
    """Apply `SECPROXY_*` variables to the raw config (before validation)."""
    for name, path in _ENV.items():
        if name in env:
            _set(data, path, env[name])
    for surface in SURFACES:
        value = env.get(f"SECPROXY_LISTEN_{surface.upper()}")
        if value:
            _set_listen(data, surface, value, origin=f"SECPROXY_LISTEN_{surface.upper()}")


def _set_listen(data: dict[str, Any], surface: str, value: str, *, origin: str) -> None:
    try:
        host, port = parse_hostport(value)
    except ValueError as e:
        raise ConfigError([ConfigIssue(f"listeners.{surface}", str(e), source=origin)]) from None
    for key, item in (("host", host), ("port", port), ("enabled", True)):
        _set(data, ("listeners", surface, key), item)


def _apply_overrides(data: dict[str, Any], ov: Overrides) -> None:
    for surface, value in ov.listen.items():
        if surface not in SURFACES:
            raise ConfigError(
                [
                    ConfigIssue(
                        "",
                        f"--listen names unknown surface {surface!r}; expected one of "
                        + ", ".join(SURFACES),
                        source="command line",
                    )
                ]
            )
        _set_listen(data, surface, value, origin="--listen")
    for name, url in ov.upstreams.items():
        _set(data, ("upstreams", name, "url"), url)
        if name == "ws" or url.startswith(("ws://", "wss://")):
            _set(data, ("ws", "upstream"), url)
    for surface in ov.disabled:
        _set(data, ("listeners", surface, "enabled"), False)
    if ov.state_dir:
        data["state_dir"] = ov.state_dir
    if ov.log_level:
        _set(data, ("logging", "level"), ov.log_level)
    if ov.log_format:
        _set(data, ("logging", "format"), ov.log_format)


def _fill_listener_ports(data: dict[str, Any]) -> None:
    """A listener given without `port` keeps its default port."""
    defaults = {"egress": 4100, "llm": 8080, "ws": 18790, "api": 8000}
    listeners = data.get("listeners")
    if isinstance(listeners, dict):
        for name, entry in listeners.items():
            if isinstance(entry, dict) and name in defaults:
                entry.setdefault("port", defaults[name])


def _resolved(
    data: dict[str, Any],
    variables: Mapping[str, str] | None,
    *,
    source: str | None,
    tree: yaml.Node | None,
) -> tuple[dict[str, Any], dict[Location, str]]:
    """The file's data with its references resolved, and the values as written; raises
    `ConfigError` naming every reference that has no value."""
    data, found = resolve_references(data, os.environ if variables is None else variables)
    if found.problems:
        raise ConfigError(
            [
                ConfigIssue(format_path(loc), message, line=_line_of(tree, loc), source=source)
                for loc, message in found.problems
            ],
            source,
            hint="set the variable or create the file, or write $${ for a literal ${",
        )
    return data, found.written


class _NotAFile(Exception):
    """The path names something that is no config file to read."""


def _read_file(p: Path) -> str:
    """The file's text. A FIFO or device is opened without waiting for a writer, and
    one with nothing written is refused rather than read as an empty config; more than
    MAX_BYTES is refused unread past the limit."""
    if p.is_dir():
        raise IsADirectoryError(str(p))
    fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as f:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
        if not regular:
            os.set_blocking(fd, True)
        raw = f.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise _NotAFile(f"is larger than {MAX_BYTES >> 20} MiB; a config is a few KB")
    if not regular and not raw:
        raise _NotAFile("is not a regular file and nothing was written to it")
    return raw.decode("utf-8")


def load_config(
    path: str | os.PathLike[str] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    overrides: Overrides | None = None,
    text: str | None = None,
    fmt: str | None = None,
    variables: Mapping[str, str] | None = None,
) -> LoadedConfig:
    """Read, merge and validate a config. No path and no text = the built-in defaults.

    `env` is where `SECPROXY_*` overrides are read; `variables` is what `${NAME}`
    references in the file read (both default to the process environment: a caller may
    validate a file without the overrides of the shell it runs in, but its references
    still name this host's variables)."""
    env = os.environ if env is None else env
    source: str | None = None
    tree = None
    if text is None and path is None and env.get("SECPROXY_CONFIG"):
        path = env["SECPROXY_CONFIG"]
    if text is None and path is not None:
        source = str(path)
        p = Path(path).expanduser()
        try:
            text = _read_file(p)
        except _NotAFile as e:
            raise ConfigError([ConfigIssue("", str(e), source=source)], source) from None
        except FileNotFoundError:
            raise ConfigError(
                [ConfigIssue("", "file not found", source=source)],
                source,
                hint="run `secproxy config example > secproxy.yaml` for a start",
            ) from None
        except IsADirectoryError:
            raise ConfigError(
                [ConfigIssue("", "is a directory, expected a YAML or JSON file", source=source)],
                source,
            ) from None
        except (PermissionError, UnicodeDecodeError) as e:
            raise ConfigError(
                [ConfigIssue("", f"cannot be read: {e}", source=source)], source
            ) from None
    data: dict[str, Any] = {}
    written: dict[Location, str] = {}
    if text is not None:
        data, tree = parse_text(text, source=source, fmt=fmt)
        data, written = _resolved(data, variables, source=source, tree=tree)
    _env_overrides(data, env)
    if overrides is not None:
        _apply_overrides(data, overrides)
    _fill_listener_ports(data)
    try:
        config = Config.model_validate(data)
    except ValidationError as e:
        raise ConfigError(
            issues_from_validation(e, source=source, tree=tree, written=written), source
        ) from None
    for i, rule in enumerate(config.rules):
        if rule.match:
            try:
                compile_url_glob(rule.match)
            except ValueError as e:
                raise ConfigError(
                    [
                        ConfigIssue(
                            f"rules[{i}].match",
                            str(e),
                            value=written.get(("rules", i, "match"), rule.match),
                            line=_line_of(tree, ["rules", i, "match"]),
                            source=source,
                        )
                    ],
                    source,
                ) from None
    return LoadedConfig(config, source, lint(config), overrides)
