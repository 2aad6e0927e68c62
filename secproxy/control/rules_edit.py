"""Replacing the rules of a running proxy from YAML an operator edited.

The operator sends the `rules` list only (or a mapping with a `rules` key). The new
config is the running one with that list swapped in, validated completely by the same
loader as any config file; problems come back with line numbers relative to the text
the operator sent, so an editor can point at the right line. A rejected edit changes
nothing. Saving the rules into the config file is `rules_file`'s job.

Parsing and validating take a while for a large text: the control commands run these
functions in a thread, off the event loop.
"""

from __future__ import annotations

from typing import Any

import yaml

from secproxy.config import Config, LoadedConfig, Overrides, load_config, strict_yaml
from secproxy.config.loader import MAX_DEPTH
from secproxy.config.references import escape_references
from secproxy.config.types import REVEAL
from secproxy.errors import ConfigError, ConfigIssue


def rules_yaml(config: Config) -> str:
    """The running rules as YAML, compact (only what differs from the defaults)."""
    rules = [
        r.model_dump(mode="json", exclude_none=True, exclude_defaults=True) for r in config.rules
    ]
    if not rules:
        return "# no rules: every action gets engine.default_action\n[]\n"
    return yaml.safe_dump(rules, sort_keys=False, allow_unicode=True)


def rules_rows(config: Config) -> list[dict[str, Any]]:
    """One row per rule, with its effective name and position (from 1)."""
    rows = []
    for i, rule in enumerate(config.rules):
        data = rule.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
        data["name"] = config.rule_name(i)
        data["position"] = i + 1
        data.setdefault("mode", rule.mode)
        rows.append(data)
    return rows


def _issue(message: str, line: int | None) -> ConfigError:
    return ConfigError([ConfigIssue("", message, line=line)], "rules")


def parse_rules_text(text: str) -> list[Any]:
    """The rules list from the operator's YAML (a list, or a mapping with `rules`)."""
    try:
        data = strict_yaml.load(text)
    except RecursionError:  # thousands of levels: the parser's own recursion gives out
        raise _issue(f"nested more than {MAX_DEPTH} levels deep", None) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise _issue(f"not valid YAML: {problem}", mark.line + 1 if mark else None) from None
    if data is None:
        return []
    if isinstance(data, dict):
        if set(data) != {"rules"}:
            extra = ", ".join(sorted(str(k) for k in data if k != "rules"))
            raise _issue(
                "send the rules list only (or a mapping with just `rules`); "
                f"other settings cannot be changed here: {extra or 'no `rules` key'}",
                1,
            )
        data = data["rules"] if data["rules"] is not None else []
    if not isinstance(data, list):
        raise _issue(f"expected a list of rules, got a {type(data).__name__}", 1)
    return data


def _base_settings(config: Config) -> dict[str, Any]:
    """The running config without its rules, as plain data that loads back unchanged."""
    # Secrets in clear: this text is validated and written back, never shown.
    base = config.model_dump(mode="json", exclude_none=True, context=REVEAL)
    base.pop("rules", None)
    check = {**base, "rules": [r.model_dump(mode="json", exclude_none=True) for r in config.rules]}
    try:
        same = Config.model_validate(check) == config
    except Exception:
        same = False
    if not same:
        raise ConfigError(
            [ConfigIssue("", "the running config cannot be re-read from its own dump")],
            hint="edit the config file and reload it (SIGHUP) instead",
        )
    # Values are resolved already: a `${` in one (from `$${` or a variable) stays literal.
    return escape_references(base)


def build_config_text(config: Config, rules_text: str) -> tuple[str, int]:
    """Full config YAML with the operator's rules in place, and how many lines come
    before the operator's text (to map issue lines back)."""
    parse_rules_text(rules_text)  # syntax and shape errors, with the operator's lines
    head = yaml.safe_dump(_base_settings(config), sort_keys=False, allow_unicode=True)
    body = rules_text if rules_text.endswith("\n") else rules_text + "\n"
    stripped = strict_yaml.load(rules_text)
    if stripped is None or (isinstance(stripped, dict) and stripped["rules"] is None):
        return head + "rules: []\n", head.count("\n")  # comments only, or `rules:` alone
    if isinstance(stripped, dict):
        return head + body, head.count("\n")
    indented = "".join("  " + line if line.strip() else line for line in body.splitlines(True))
    return head + "rules:\n" + indented, head.count("\n") + 1


def load_edited(full: str, source: str | None, overrides: Overrides | None) -> LoadedConfig:
    """Validate the text `build_config_text` built, as a reload would (the running
    config's source and command-line overrides kept). Parses and validates: blocking."""
    loaded = load_config(text=full, fmt="yaml", overrides=overrides)
    return LoadedConfig(loaded.config, source, loaded.warnings, overrides)


def relative_issues(exc: ConfigError, offset: int) -> list[ConfigIssue]:
    """Issues with lines counted in the operator's text (None when outside it)."""
    out = []
    for issue in exc.issues:
        line = issue.line - offset if issue.line is not None and issue.line > offset else None
        out.append(ConfigIssue(issue.path, issue.message, issue.value, line, "rules"))
    return out
