"""Saving edited rules into the config file the proxy runs from.

In a YAML file only the top-level `rules:` block changes — its line range comes from
the parser's marks — so every other line, comments included, stays byte for byte; inside
it the operator's rules are merged rule by rule (`rules_edit_merge`: untouched rules keep
their lines, comments and style); a file without `rules:` gets one appended. A file of
several YAML documents, or with anchors/aliases in its rules, is refused. A JSON file is
rewritten as JSON (it has no comments to keep). The whole new file is validated by the
same loader as any config, and must load exactly the rules that were applied, before
anything is written. The write is atomic (a temporary file in the same directory, then
`os.replace`), keeps the file's mode, and leaves the previous version beside it as `<file>.bak`.

Everything here blocks (file I/O, parsing, validation): callers run it in a thread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from secproxy.config import Config, Overrides, load_config, strict_yaml
from secproxy.control import rules_edit_merge
from secproxy.control.rules_edit_merge import split_lines
from secproxy.errors import ConfigError, SecproxyError

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})

log = logging.getLogger(__name__)


class RulesNotSaved(SecproxyError):
    """The rules could not be written into the config file; nothing was changed."""


@dataclass(frozen=True)
class SavedRules:
    """Where the rules were written, and where the previous file was kept."""

    path: Path
    backup: Path
    format: str
    """`yaml` or `json`."""
    previous: bytes
    """The file as it was, to put it back when the running config cannot take the rules."""


def is_json(source: str) -> bool:
    """Whether the loader reads `source` as JSON (the same rule: the file name)."""
    return source.endswith(".json")


def _not_saved(path: Path, why: str, hint: str | None = None) -> RulesNotSaved:
    return RulesNotSaved(
        f"the rules were not saved: {path} {why}; nothing changed",
        hint or "edit the file by hand, or apply without saving (in memory only)",
    )


def _rules_block(rules_text: str, indent: int) -> str:
    """The operator's rules as a top-level `rules:` block (their own text and comments)."""
    lines = rules_text.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)  # `rules apply` blanks a whole config's other lines; drop them here
    while lines and not lines[-1].strip():
        lines.pop()
    data = strict_yaml.load("\n".join(lines)) if lines else None
    if data is None or (isinstance(data, dict) and data.get("rules") is None):
        block = ["rules: []"]
    elif isinstance(data, dict):
        block = lines
    else:
        block = ["rules:"] + ["  " + ln if ln.strip() else ln for ln in lines]
    pad = " " * indent
    return "".join((pad + ln if ln.strip() else ln) + "\n" for ln in block)


def _node_end(first: yaml.Event, events: Any) -> tuple[int, int]:
    """(line, column) where the node that starts with `first` ends: the end of its last
    scalar or alias (a block collection's own end mark sits at the next token, after any
    comments), or after the closing bracket of a flow collection."""
    end: Any = first.end_mark
    if not isinstance(first, yaml.CollectionStartEvent):
        return end.line, end.column
    last = end.line, end.column
    for event in events:
        if isinstance(event, yaml.CollectionEndEvent):
            end = event.end_mark
            return (end.line, end.column) if first.flow_style else last
        last = _node_end(event, events)
    return last


def _rules_span(text: str, path: Path) -> tuple[tuple[int, int] | None, int]:
    """The top-level `rules:` block as (first line, last line), 0-based and both
    included, or None when there is none; and the column the top-level keys start at."""
    try:
        events = iter(yaml.parse(text))
        found: tuple[int, int, int] | None = None
        column: int | None = None
        for event in events:
            if isinstance(event, yaml.MappingStartEvent):
                break
            if isinstance(event, yaml.ScalarEvent) and event.value in _NULLS:
                return None, 0  # `---` alone: loads as no settings
            if isinstance(event, yaml.NodeEvent):
                raise _not_saved(path, "does not hold a mapping of settings")
        else:
            return None, 0  # an empty file, or comments only
        if event.flow_style:
            raise _not_saved(
                path,
                "is one flow mapping ({…}); its rules block cannot be replaced in place",
                "write it as block YAML (one `key:` per line) or as a .json file, "
                "or apply without saving",
            )
        for key in events:
            if isinstance(key, yaml.MappingEndEvent):
                break
            start: Any = key.start_mark
            if column is None:
                column = start.column
            _node_end(key, events)
            end_line, end_column = _node_end(next(events), events)
            if isinstance(key, yaml.ScalarEvent) and key.value == "rules":
                found = (start.line, end_line, end_column)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise _not_saved(path, f"is not valid YAML now{where}") from None
    column = column or 0
    if found is None:
        return None, column
    first, end_line, end_column = found
    lines = split_lines(text)
    if lines[first][:column].strip():
        raise _not_saved(path, f"has other text before `rules:` on line {first + 1}")
    if end_column == 0 and end_line > first:
        last = end_line - 1  # a block scalar ends at the start of the line after it
    else:
        last = end_line
        rest = lines[last][end_column:].strip() if last < len(lines) else ""
        if rest and not rest.startswith("#"):
            raise _not_saved(path, f"has other settings on line {last + 1}, after the rules")
    while last > first and not lines[last].strip():
        last -= 1  # blank lines after the rules stay where they are
    return (first, last), column


def _ends_line(line: str) -> bool:
    return line.endswith(("\n", "\r", "\x85", "\u2028", "\u2029"))


def _merged_block(text: str, lines: list[str], span: tuple[int, int], rules_text: str,
                  newline: str) -> str | None:
    """The file's `rules:` block with the operator's rules merged in rule by rule
    (`rules_edit_merge`), or None when either side is not a block list of rules."""
    found = rules_edit_merge.rule_lines(text, under_key=True)
    typed = rules_edit_merge.rule_lines(rules_text.replace("\r\n", "\n"), under_key=False)
    if found is None or typed is None or found[1] != span[1]:
        return None
    merged = rules_edit_merge.merge_rules(found[0], typed[0])
    ended = [ln if ln.endswith(("\n", "\r", "\x85", "\u2028", "\u2029")) else ln + "\n"
             for ln in merged]
    if newline != "\n":
        ended = [ln[:-1] + newline if ln.endswith("\n") and not ln.endswith("\r\n") else ln
                 for ln in ended]
    return lines[span[0]] + "".join(ended)


def yaml_with_rules(text: str, rules_text: str, path: Path, *, merge: bool = True) -> str:
    """The YAML file `text` with the operator's rules in its top-level `rules:` block
    (merged rule by rule when both are block lists, else the block replaced by their text;
    appended when there is none); every other line as it was."""
    newline = "\r\n" if "\r\n" in text else "\n"
    span, column = _rules_span(text, path)
    _refuse_other_documents(text, path)
    lines = split_lines(text)
    if span is None:
        block = _rules_block(rules_text, column).replace("\n", newline)
        if lines and not _ends_line(lines[-1]):
            text += newline
        return text + block
    first, last = span
    try:
        rules_edit_merge.refuse_anchors(text, first, last)
    except rules_edit_merge.RulesNotMergeable as exc:
        raise _not_saved(path, exc.message, "edit the file by hand (or write the rules out "
                         "without anchors), or apply without saving") from None
    merged = _merged_block(text, lines, span, rules_text, newline) if merge else None
    if merged is None:
        merged = _rules_block(rules_text, column).replace("\n", newline)
    block = merged
    if last == len(lines) - 1 and not _ends_line(lines[last]):
        block = block[: -len(newline)]  # the file ended without a line break: keep it so
    return "".join(lines[:first]) + block + "".join(lines[last + 1 :])


def _refuse_other_documents(text: str, path: Path) -> None:
    """A config is one YAML document: a file holding more cannot be loaded, nor saved."""
    starts = sum(isinstance(e, yaml.DocumentStartEvent) for e in yaml.parse(text))
    if starts > 1:
        raise _not_saved(path, f"holds {starts} YAML documents (`---`), a config is one",
                         "keep one document in the file, or apply without saving")


def json_with_rules(text: str, rules: list[dict[str, Any]], path: Path) -> str:
    """The JSON file `text` rewritten with `rules` in place of its own."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _not_saved(path, f"is not valid JSON now (line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise _not_saved(path, "does not hold an object of settings")
    data["rules"] = rules
    out = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return out.replace("\n", "\r\n") if "\r\n" in text else out


def _validated(path: Path, new_text: str, fmt: str, applied: Config, ov: Overrides | None) -> None:
    """The new file loads, with exactly the rules that are being applied."""
    try:
        loaded = load_config(text=new_text, fmt=fmt, overrides=ov)
    except ConfigError as exc:
        issues = [dataclasses.replace(i, source=str(path)) for i in exc.issues]
        count = len(issues)
        raise RulesNotSaved(
            f"the rules were not saved: {path} would not load with them "
            f"({count} problem{'s' * (count != 1)}); nothing changed\n"
            + "\n".join(f"  {i}" for i in issues),
            "fix the file's other settings (or reload it to see what it holds), "
            "or apply without saving",
        ) from None
    if loaded.config.rules != applied.rules:
        raise _not_saved(path, "would load other rules than the ones applied")


def _write_atomic(path: Path, data: bytes, like: os.stat_result) -> None:
    """Write `data` to `path` through a temporary file in the same directory, with the
    mode (and, where allowed, the owner) of `like`."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, like.st_mode & 0o7777)
        with contextlib.suppress(OSError):  # only root may give a file away
            os.chown(tmp, like.st_uid, like.st_gid)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def save_rules(
    source: str, rules_text: str, applied: Config, overrides: Overrides | None
) -> SavedRules:
    """Write the rules of `applied` (sent as `rules_text`) into the config file `source`.

    Validates the whole new file first; on any problem raises `RulesNotSaved` and the
    file is untouched."""
    path = Path(source).expanduser().resolve()  # a symlinked config: write its target
    try:
        previous = path.read_bytes()
        stat = path.stat()
        text = previous.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _not_saved(path, f"cannot be read: {exc}") from None
    fmt = "json" if is_json(source) else "yaml"
    if fmt == "json":
        rules = [
            r.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
            for r in applied.rules
        ]
        new_text = json_with_rules(text, rules, path)
    else:
        new_text = yaml_with_rules(text, rules_text, path)
    try:
        _validated(path, new_text, fmt, applied, overrides)
    except RulesNotSaved:
        plain = yaml_with_rules(text, rules_text, path, merge=False) if fmt == "yaml" else ""
        if plain in ("", new_text):
            raise
        # The merged block did not load as applied: write the operator's text as the block.
        log.warning("rules merge into %s did not round-trip; writing the edited text", path)
        _validated(path, plain, fmt, applied, overrides)
        new_text = plain
    backup = path.with_name(path.name + ".bak")
    try:
        _write_atomic(backup, previous, stat)
        _write_atomic(path, new_text.encode("utf-8"), stat)
    except OSError as exc:
        raise _not_saved(path, f"cannot be written: {exc}") from None
    return SavedRules(path, backup, fmt, previous)


def restore(saved: SavedRules) -> None:
    """Put the file back as it was before `save_rules` (the running config refused the
    rules after they were written)."""
    _write_atomic(saved.path, saved.previous, saved.path.stat())


def rules_in_file(source: str, config: Config) -> str | None:
    """The top-level `rules:` block of the YAML file `source` as it is written there
    (comments included), when its rules are exactly the running `config`'s; else None
    (a JSON file, a file changed since, or unreadable)."""
    if is_json(source):
        return None
    path = Path(source).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
        span, column = _rules_span(text, path)
    except (OSError, UnicodeDecodeError, RulesNotSaved):
        return None
    if span is None:
        return None
    block = "".join(ln[column:] for ln in split_lines(text)[span[0] : span[1] + 1])
    block = block.replace("\r\n", "\n")
    block = block if block.endswith("\n") else block + "\n"
    try:
        loaded = load_config(text=block, fmt="yaml", env={})
    except ConfigError:
        return None
    return block if loaded.config.rules == config.rules else None
