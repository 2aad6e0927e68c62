"""`secproxy scan`: the proxy's content guards over files or stdin, for CI and tuning."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from secproxy.cli.options import ConfigOpt
from secproxy.cli.render import console, err_console
from secproxy.content import Role
from secproxy.errors import ExitCode, NotFoundError, UsageError
from secproxy.files import MASK_KEY
from secproxy.model import Severity
from secproxy.terminal import visible

if TYPE_CHECKING:
    from secproxy.guards import Guard, Masker
    from secproxy.scan import ScanReport

DEFAULT_FAMILIES = ("secrets", "pii", "injection", "encoding", "toxicity")
"""What `scan` runs without a config: every built-in family that needs no settings."""


class ScanFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"


def scan(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files or directories to scan (directories are walked), or - for stdin. "
             "Default: stdin when it is piped, else the current directory.",
        show_default=False)] = None,
    config: ConfigOpt = None,
    family: Annotated[list[str] | None, typer.Option(
        "--family", "-F",
        help="Run only the guards of this family (repeatable). Without --config: the "
             f"built-in families {', '.join(DEFAULT_FAMILIES)}.", show_default=False)] = None,
    fmt: Annotated[ScanFormat | None, typer.Option(
        "--format", "-f", help="Output: table (default on a terminal), json, jsonl or sarif "
        "(SARIF 2.1.0, for code-scanning uploads).", show_default=False)] = None,
    min_severity: Annotated[Severity, typer.Option(
        "--min-severity", help="Report only findings at or above this severity.")
    ] = Severity.INFO,
    role: Annotated[Role, typer.Option(
        "--as", help="What the content is to the guards: body (default), user (a prompt), "
        "tool_result (what a tool or page returned: indirect injection weighs more)…")
    ] = Role.BODY,
    exclude: Annotated[list[str] | None, typer.Option(
        "--exclude", "-x", help="Skip paths matching this glob (repeatable; matched against "
        "the path and the file name).", show_default=False)] = None,
    allow_file: Annotated[Path | None, typer.Option(
        "--allow", help="A YAML or JSON file with a list of allowlist entries (as "
        "guards.allow: fingerprints, match, paths, kinds, guards, reason), added to the "
        "config's.", show_default=False)] = None,
    key_file: Annotated[Path | None, typer.Option(
        "--key-file", help="The mask key whose fingerprints to print (default: mask.key in "
        "the state directory when it exists, so fingerprints match the proxy's).",
        show_default=False)] = None,
    max_size: Annotated[int, typer.Option(
        "--max-size", help="Skip files larger than this many MiB.", min=1,
        max=1024 * 1024)] = 10,
) -> None:
    """Scan files or stdin with the proxy's content guards (secrets, PII, injection…).

    Exit status 1 when something is found, 0 when nothing is. Findings show where and a
    fingerprint, never the text found; allow a false positive by listing its fingerprint
    under guards.allow (or in an --allow file)."""
    _say_compiling()  # before the imports below: they compile the folding triggers
    from secproxy.config import load_config
    from secproxy.config.guards import viewer_of
    from secproxy.guards import GuardSettingsError
    from secproxy.guards.allow import Allowlist
    from secproxy.scan import STDIN, Scanner

    loaded = load_config(config)
    cfg = loaded.config
    guards = _guards(cfg if config is not None else None, family)
    allow_entries: list[Any] = list(cfg.guards.allow)
    if allow_file is not None:
        allow_entries += _allow_entries(allow_file)
    try:
        allow = Allowlist.parse(allow_entries)
    except GuardSettingsError as exc:
        raise UsageError(f"allowlist: {exc}") from None
    scanner = Scanner(guards, viewer=viewer_of(cfg), masker=_masker(key_file, cfg),
                      allow=allow, min_severity=min_severity, role=role,
                      max_bytes=max_size * 1024 * 1024, exclude=exclude or ())
    if not paths:
        paths = [STDIN] if not sys.stdin.isatty() else ["."]
    for p in paths:
        if p != STDIN and not Path(p).exists():
            raise NotFoundError(f"no such file or directory: {p}")
    report = scanner.scan_paths(paths)
    _render(report, fmt or (ScanFormat.table if sys.stdout.isatty() else ScanFormat.json))
    if report.findings:
        raise typer.Exit(ExitCode.CHECK_FAILED)


def _say_compiling() -> None:
    """On a terminal, the guards' one-time notice that their databases are being
    compiled (seconds, on a machine's first scan) is said on stderr, not left to a
    silent wait; piped or in CI, stderr keeps only the summary."""
    if not sys.stderr.isatty():
        return
    import logging

    notices = logging.getLogger("secproxy.guards")
    notices.setLevel(logging.INFO)
    if any(getattr(h, _NOTICES, False) for h in notices.handlers):
        return  # said once per process, however many scans it runs
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("secproxy: %(message)s"))
    setattr(handler, _NOTICES, True)
    notices.addHandler(handler)


_NOTICES = "_secproxy_scan_notices"
"""The mark of the handler `_say_compiling` adds (so that a second scan adds none)."""


def _guards(cfg: Any, families: list[str] | None) -> list[Guard]:
    from secproxy.config.guards import configured_guards
    from secproxy.guards import GuardPolicy, GuardSettingsError, registry

    if cfg is not None:
        guards = configured_guards(cfg)
    else:
        names = families or [f for f in DEFAULT_FAMILIES if f in registry.FAMILIES]
        guards = []
        for name in names:
            try:
                guard = registry.make(name, name, {})
            except GuardSettingsError as exc:
                raise UsageError(f"--family {name}: {exc}") from None
            guard.policy = GuardPolicy(action=registry.DEFAULT_ACTIONS.get(name, "block"))
            guards.append(guard)
        return guards
    if families:
        unknown = set(families) - {g.family for g in guards}
        if unknown:
            raise UsageError(f"--family {', '.join(sorted(unknown))}: the config has no guard "
                             "of that family")
        guards = [g for g in guards if g.family in families]
    if not guards:
        raise UsageError("the config lists no guards to scan with",
                         hint="add guards under guards.use, or scan without --config")
    return guards


def _allow_entries(path: Path) -> list[Any]:
    import yaml

    from secproxy.config import strict_yaml
    from secproxy.config.loader import MAX_BYTES
    from secproxy.scan import read_named

    try:
        raw = read_named(path, MAX_BYTES)
    except OSError as exc:
        raise NotFoundError(f"cannot read the allowlist {path}: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise UsageError(f"the allowlist {path} is larger than {MAX_BYTES >> 20} MiB")
    try:
        data = strict_yaml.load(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise UsageError(f"the allowlist {path} is not UTF-8 text: {exc}") from None
    except yaml.YAMLError as exc:
        raise UsageError(f"the allowlist {path} is not valid YAML or JSON: {exc}") from None
    except RecursionError:
        raise UsageError(f"the allowlist {path} is nested too deeply") from None
    if isinstance(data, dict) and "allow" in data:
        data = data["allow"]
    if not isinstance(data, list):
        raise UsageError(f"the allowlist {path} must be a list of entries (or `allow:` "
                         "with one)")
    return data


def _masker(key_file: Path | None, cfg: Any) -> Masker:
    from secproxy.guards import Masker

    path = key_file if key_file is not None else cfg.resolved_state_dir / MASK_KEY
    try:
        from secproxy.scan import read_named

        key = read_named(path, 32)
    except FileNotFoundError:
        if key_file is not None:
            raise NotFoundError(f"no mask key at {key_file}") from None
        return Masker()
    except OSError as exc:
        raise UsageError(f"cannot read the mask key {path}: {exc.strerror}") from None
    if len(key) != 32:
        size = f"{len(key)} bytes" if len(key) <= 32 else "more than 32 bytes"
        raise UsageError(f"{path} is not a mask key ({size}, not 32)")
    return Masker(key)


LEVELS = {Severity.CRITICAL: "error", Severity.HIGH: "error", Severity.MEDIUM: "warning",
          Severity.LOW: "note", Severity.INFO: "note"}
"""SARIF levels of our severities."""


def sarif(report: ScanReport) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (one run; one rule per kind)."""
    from secproxy import __version__

    rules: dict[str, dict[str, Any]] = {}
    results = []
    for f in report.findings:
        rule_id = f"{f.family}/{f.kind}"
        rules.setdefault(rule_id, {
            "id": rule_id, "name": f.kind,
            "shortDescription": {"text": f"{f.category}: {f.kind}"},
            "properties": {"family": f.family, "category": f.category},
        })
        results.append({
            "ruleId": rule_id,
            "level": LEVELS[f.severity],
            "message": {"text": f"{f.message} (fingerprint {f.fingerprint})"},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": f.path},
                "region": {"startLine": f.line, "startColumn": f.column,
                           "endLine": f.end_line, "endColumn": f.end_column},
            }}],
            "partialFingerprints": {"secproxy/v1": f.fingerprint},
            "properties": {"severity": str(f.severity), "guard": f.guard},
        })
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "secproxy", "version": __version__,
                                "informationUri": "https://github.com/secproxy/secproxy",
                                "rules": list(rules.values())}},
            "results": results,
        }],
    }


def _render(report: ScanReport, fmt: ScanFormat) -> None:
    if fmt is ScanFormat.sarif:
        sys.stdout.write(json.dumps(sarif(report), indent=2) + "\n")
        return
    if fmt is ScanFormat.json:
        sys.stdout.write(json.dumps({
            "findings": [f.to_dict() for f in report.findings],
            "files": report.files, "skipped": report.skipped, "allowed": report.allowed,
        }, indent=2) + "\n")
        return
    if fmt is ScanFormat.jsonl:
        for f in report.findings:
            sys.stdout.write(json.dumps(f.to_dict()) + "\n")
        return
    if report.findings:
        table = Table(header_style="bold")
        for c in ("where", "severity", "family", "kind", "message", "fingerprint"):
            table.add_column(c, overflow="fold")
        for f in report.findings:
            # as written: a str cell is read as markup (`pages/[id].tsx` lost its `[id]`,
            # an archive member named `[bold red]…` restyled the row)
            table.add_row(*(Text(visible(c)) for c in (
                f"{f.path}:{f.line}:{f.column}", str(f.severity), f.family, f.kind,
                f.message, f.fingerprint)))
        console.print(table)
    skipped = ", ".join(f"{n} {why}" for why, n in sorted(report.skipped.items()))
    summary = (f"{len(report.findings)} finding(s) in {report.files} file(s)"
               + (f"; skipped {skipped}" if skipped else "")
               + (f"; {report.allowed} allowed by the allowlist" if report.allowed else ""))
    err_console.print(summary, highlight=False)
