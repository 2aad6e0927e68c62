"""`secproxy config example|validate` as a user runs them: the reference config is the
complete schema (every key, with its default and what it does) and validates as is."""

from __future__ import annotations

import os
import re
import subprocess
import types
from pathlib import Path
from typing import Annotated, Any, Union, get_args, get_origin

import yaml
from pydantic import BaseModel

from secproxy.config import Config, load_config
from tests.cli.conftest import SECPROXY, run_cli


def _models(annotation: Any) -> list[type[BaseModel]]:
    """The models a field holds: itself, its list items or map values, union members."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return _models(args[0])
    if origin in (Union, types.UnionType, list):
        return [m for a in args for m in _models(a)]
    if origin is dict:
        return _models(args[1])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def schema_keys(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every dotted key of the schema; a map's own keys are `*`."""
    keys = set()
    for name, field in model.model_fields.items():
        key = prefix + name
        keys.add(key)
        is_map = get_origin(field.annotation) is dict
        for sub in _models(field.annotation):
            keys |= schema_keys(sub, key + (".*." if is_map else "."))
    return keys


_KEY = re.compile(r"^(\s*)(?:- )?([a-z_][a-z0-9_]*|[a-z0-9][a-z0-9_.*:-]*):(?:\s|$)")


def example_keys(text: str) -> set[str]:
    """Dotted keys set in the text, or in its commented examples (one `# ` removed), or
    in the examples nested in those (a map of entries inside an example's entry is an
    example of its own, one `#` deeper: `#   ##   key:`)."""
    keys: set[str] = set()
    stack: list[tuple[int, str]] = []
    for raw in text.splitlines():
        body = raw.lstrip()
        line = raw
        while body.startswith("#"):
            rest = body.lstrip("#")
            if not rest.startswith(" "):
                break
            line = line[: len(line) - len(body)] + rest[1:]
            body = line.lstrip()
        m = _KEY.match(line)
        if not m:
            continue
        indent = len(m.group(1)) + (2 if line.lstrip().startswith("- ") else 0)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        path = [k for _, k in stack] + [m.group(2)]
        keys.add(".".join(path))
        stack.append((indent, m.group(2)))
    return keys


def uncommented(text: str) -> str:
    """The text with every commented example after an empty `key: []` / `key: {}` made
    real, in place of that empty value."""
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)([a-z_]+): (\[\]|\{\})$", lines[i])
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if m and nxt == f"{m.group(1)}# {m.group(2)}:":
            indent = m.group(1)
            i += 1
            while i < len(lines) and lines[i].startswith(indent + "#"):
                out.append(indent + lines[i][len(indent) + 2 :])
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out) + "\n"


def test_example_has_every_key_of_the_schema_and_validates(tmp_path: Path) -> None:
    result = run_cli("config", "example")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    wanted = schema_keys(Config)
    found = example_keys(text)
    missing = sorted(
        k for k in wanted if not any(re.fullmatch(re.escape(k).replace(r"\*", "[^.]+"), f)
                                     for f in found)
    )
    assert missing == [], f"keys missing from `secproxy config example`: {missing}"
    # Keys the issue found missing, by name.
    for key in ("alerts.webhooks.url", "egress.ssrf_allow", "egress.dns_cache_ttl",
                "egress.pool_max_idle_per_host", "ws.lock.probe_path", "ws.retry_jitter"):
        assert key in found
    # Every default is the real default: the example loads to exactly the built-in config.
    path = tmp_path / "example.yaml"
    path.write_text(text)
    checked = run_cli("config", "validate", "--strict", str(path))
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith(f"ok {path}: 0 rules")
    assert load_config(path, env={}).config == load_config(env={}).config
    # Docstrings are the comments.
    assert "# Where the ledger, state database and control socket live" in text
    assert "  # Host names (exact, case-insensitive) and addresses or CIDR ranges" in text


def test_the_commented_examples_validate_too(tmp_path: Path) -> None:
    text = uncommented(run_cli("config", "example").stdout)
    data = yaml.safe_load(text)
    assert data["rules"][0]["policies"][1]["type"] == "time_restriction"
    assert data["alerts"]["webhooks"][0]["name"] == "security"
    assert data["egress"]["users"][0]["name"] == "agent1"
    # The example's upstreams would start the LLM gateway: validation does not need it.
    data["listeners"]["llm"]["enabled"] = False
    path = tmp_path / "everything.yaml"
    path.write_text(yaml.safe_dump(data))
    checked = run_cli("config", "validate", "--strict", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "6 rules" in checked.stdout


def run_piped(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command with stdout and stderr pipes and no COLUMNS: as in a script."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    return subprocess.run(
        [*SECPROXY, *args], capture_output=True, text=True, timeout=30, env=env,
        stdin=subprocess.DEVNULL,
    )


def test_strict_validation_prints_the_warnings_and_fails_plainly(tmp_path: Path) -> None:
    shadow = tmp_path / "shadow.yaml"
    shadow.write_text("rules:\n  - {match: '*', action: allow}\n  - {match: a.com, action: deny}\n")
    lenient = run_cli("config", "validate", str(shadow))
    assert lenient.returncode == 0
    assert lenient.stdout == f"ok {shadow}: 2 rules, default action allow (1 warning)\n"
    strict = run_cli("config", "validate", "--strict", str(shadow))
    assert strict.returncode == 1 and strict.stdout == ""
    assert strict.stderr.splitlines() == [
        "warning: rules[1] (rule-2) can never match: rules[0] (rule-1) matches everything it "
        "does and comes first",
        f"error: {shadow}: 2 rules, default action allow; 1 warning, which --strict treats "
        "as errors",
    ]


def test_piped_output_is_never_hard_wrapped(tmp_path: Path) -> None:
    name = "a-rule-with-a-name-far-longer-than-eighty-columns-" * 3
    config = tmp_path / ("deeply-nested-directory-name-" * 3)
    config.mkdir()
    path = config / "c.yaml"
    path.write_text(f"rules:\n  - {{name: {name}, match: '*', action: allow}}\n"
                    "  - {match: a.com, action: deny}\n")
    result = run_piped("config", "validate", str(path))
    assert result.returncode == 0
    assert result.stdout == f"ok {path}: 2 rules, default action allow (1 warning)\n"
    assert result.stderr == (
        f"warning: rules[1] (rule-2) can never match: rules[0] ({name}) matches everything "
        "it does and comes first\n"
    )


def test_validate_reads_stdin_for_dash() -> None:
    def piped(text: bytes) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([*SECPROXY, "config", "validate", "-"], input=text,
                              capture_output=True, timeout=30)

    good = piped(run_cli("config", "example").stdout.encode())
    assert good.returncode == 0, good.stderr
    assert good.stdout.decode().startswith("ok -: 0 rules")
    bad = piped(b"rules: [{match: a.com, action: alow}]\n")
    assert bad.returncode == 3
    assert b"rules[0].action" in bad.stderr and b"Traceback" not in bad.stderr
