"""The reference config that `secproxy config example` prints, generated from the schema.

Every key of every section appears with its default value, its docstring above it as a
comment and, for a fixed set of choices, the choices after it. A list (or map) of entries
— rules, webhooks, proxy users, redaction patterns, upstreams — is empty by default; a
commented block after it shows one entry with every key, ready to uncomment. Being
generated, the reference is complete by construction: a key added to a section shows up
on its own. The text validates as is and runs on the built-in defaults.
"""

from __future__ import annotations

import hashlib
import inspect
import textwrap
import types
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import yaml
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined, to_jsonable_python

from secproxy.config.alerts import WebhookTarget
from secproxy.config.docs import field_docs
from secproxy.config.egress import ProxyUser
from secproxy.config.guards import GuardEntry
from secproxy.config.inspect import InspectKey
from secproxy.config.limits import GlobalLimit, LimitNumbers
from secproxy.config.llm import Price, ProxyKey
from secproxy.config.mcp import McpServer
from secproxy.config.rules import RateLimitPolicy, Rule, TimeRestrictionPolicy
from secproxy.config.schema import Config, Upstream
from secproxy.config.sinks import JsonlSink, OtlpSink, SyslogSink
from secproxy.config.types import parse_duration
from secproxy.config.ws import RedactPattern

WIDTH = 88
"""Longest comment line."""

HEADER = """\
secproxy reference configuration: every key, with its default value.
Generated from the config schema by `secproxy config example`. Every key is optional:
with no file at all secproxy runs on exactly these defaults. Check a file with
`secproxy config validate FILE`; for editor completion, `secproxy config schema`.
Durations are seconds or a number with a unit: 250ms, 30s, 15m, 2h, 3d, 1w.
Lists of entries (rules, webhooks, users...) are empty by default; the commented block
after each shows one entry with every key: remove the leading `# ` to use it."""

SAMPLES: dict[type[BaseModel], dict[str, Any]] = {
    Rule: {
        "name": "openai",
        "match": "api.openai.com",
        "action": "allow",
        "policies": [
            {"type": "rate_limit", "requests_per_minute": 60},
            {
                "type": "time_restriction",
                "allowed_hours_start": "07:00",
                "allowed_hours_end": "20:00",
                "allowed_days": ["mon", "tue", "wed", "thu", "fri"],
                "timezone": "Europe/Berlin",
            },
        ],
    },
    RateLimitPolicy: {"type": "rate_limit"},
    GlobalLimit: {"name": "per-ip", "requests_per_minute": 600, "burst": 50, "limit_by": "ip",
                  "whitelist": ["ip:10.0.0.*"]},
    LimitNumbers: {"requests_per_minute": 6000},
    TimeRestrictionPolicy: {"type": "time_restriction"},
    ProxyUser: {"name": "agent1", "password_sha256": hashlib.sha256(b"change me").hexdigest()},
    RedactPattern: {"name": "openai_key", "pattern": "sk-[A-Za-z0-9]{20,}"},
    GuardEntry: {
        "name": "secrets",
        "family": "patterns",
        "settings": {"patterns": [{"name": "openai_key", "pattern": "sk-[A-Za-z0-9]{20,}"}]},
    },
    WebhookTarget: {
        "name": "security",
        "url": "https://hooks.slack.com/services/T000/B000/XXXX",
        "format": "slack",
    },
    Upstream: {"url": "https://api.openai.com", "limits": {"tokens_per_minute": 200_000}},
    ProxyKey: {"key": "sp-agent1-change-me", "principal": "agent1",
               "limits": {"tokens_per_day": 2_000_000}},
    Price: {"input": 2.5, "output": 10.0},
    InspectKey: {"name": "agent1", "key": "sp-inspect-change-me",
                 "rate_limit": {"requests_per_minute": 600, "burst": 20}},
    McpServer: {"url": "http://127.0.0.1:3001/mcp"},
    JsonlSink: {"type": "jsonl", "name": "file", "path": "/var/log/secproxy/audit.jsonl"},
    SyslogSink: {"type": "syslog", "name": "siem", "address": "udp://127.0.0.1:514"},
    OtlpSink: {"type": "otlp", "name": "otel", "endpoint": "http://127.0.0.1:4318/v1/logs"},
}
"""What the example entry of a list or map shows for the keys an entry needs (and a few
that show typical use); every other key shows its default. A new kind of entry with a
required key needs a sample here, or its example shows `<required>`."""

MAP_KEYS = {"upstreams": "openai", "servers": "github", "prices": "gpt-4o*",
            "custom_limits": "user:ci-bot"}
"""The example key of each map of entries."""

NOTES: dict[str, list[str]] = {
    "rules": [
        "  # More rules, one per line:",
        '  - {name: internal, match: "*.internal.example.com", action: deny}',
        '  - {name: iam, match: "*.amazonaws.com/iam/**", action: deny, reason: Not for agents}',
        "  - {name: publish, match: upload.pypi.org, methods: [POST], action: require_approval}",
        '  - {name: shell-after-web, tools: [shell.*], min_taint: 1, action: require_approval}',
        '  - {name: trial, match: "*.pastebin.com", action: deny, mode: report}',
    ],
}
"""More lines for the commented example of a list, by key: YAML that may be uncommented
with the rest (comment lines in it start with `#`)."""

SKIP_CHOICES = {(Rule, "surfaces")}
"""Keys whose type allows more than the key does (the docstring names what is valid)."""

REQUIRED = "<required>"


def render_reference() -> str:
    """The whole reference config as commented YAML text."""
    lines = [_comment(line) if line else "#" for line in HEADER.splitlines()]
    lines += _model(Config, _values_of(Config()), "", top=True)
    return "\n".join(lines).rstrip() + "\n"


# -- types ------------------------------------------------------------------------------


def _unwrap(annotation: Any) -> tuple[Any, list[Any]]:
    """The type without `Annotated` and `| None`, and the metadata found on the way."""
    metadata: list[Any] = []
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            metadata.extend(annotation.__metadata__)
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation, metadata
            annotation = args[0]
        else:
            return annotation, metadata


def _models(annotation: Any) -> list[type[BaseModel]]:
    """The models a type stands for: one, or the members of a union of models."""
    inner, _ = _unwrap(annotation)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return [inner]
    if get_origin(inner) in (Union, types.UnionType):
        members = [_unwrap(a)[0] for a in get_args(inner)]
        if members and all(isinstance(m, type) and issubclass(m, BaseModel) for m in members):
            return members
    return []


def _container(annotation: Any) -> tuple[str, list[type[BaseModel]]]:
    """`("list", models)` or `("map", models)` for a list or map of entries."""
    inner, _ = _unwrap(annotation)
    origin, args = get_origin(inner), get_args(inner)
    if origin is list and args and _models(args[0]):
        return "list", _models(args[0])
    if origin is dict and len(args) == 2 and _models(args[1]):
        return "map", _models(args[1])
    return "", []


def _is_duration(field: FieldInfo) -> bool:
    found = list(field.metadata)
    found += _unwrap(field.annotation)[1]
    return any(getattr(m, "func", None) is parse_duration for m in found)


def _choices(annotation: Any) -> tuple[str, list[str]]:
    """(`one` or `any`, the values) for a Literal or Enum, or a list of one."""
    inner, _ = _unwrap(annotation)
    kind = "one"
    if get_origin(inner) is list and get_args(inner):
        kind, inner = "any", _unwrap(get_args(inner)[0])[0]
    if get_origin(inner) is Literal:
        return kind, [str(v) for v in get_args(inner)]
    if isinstance(inner, type) and issubclass(inner, Enum):
        return kind, [str(m.value) for m in inner]
    return kind, []


# -- values -----------------------------------------------------------------------------


def _values_of(instance: BaseModel) -> dict[str, Any]:
    return {name: getattr(instance, name) for name in type(instance).model_fields}


def _sample_values(cls: type[BaseModel], given: dict[str, Any] | None = None) -> dict[str, Any]:
    """An example entry: the sample's values, every other key at its default."""
    sample = {**SAMPLES.get(cls, {}), **(given or {})}
    out: dict[str, Any] = {}
    for name, field in cls.model_fields.items():
        if name in sample:
            out[name] = sample[name]
        elif field.default is not PydanticUndefined or field.default_factory is not None:
            out[name] = field.get_default(call_default_factory=True)
        else:
            out[name] = REQUIRED
    return out


def _pick(models: list[type[BaseModel]], item: Any) -> type[BaseModel]:
    """The model of a union an item dict belongs to (by its `type` tag)."""
    if len(models) > 1 and isinstance(item, dict):
        for model in models:
            tag = model.model_fields.get("type")
            if tag is not None and item.get("type") in get_args(tag.annotation):
                return model
    return models[0]


def _duration(seconds: float) -> str:
    if seconds == 0:
        return "0s"
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size and float(seconds / size).is_integer():
            return f"{int(seconds // size)}{unit}"
    return f"{round(seconds * 1000)}ms"


def _scalar(value: Any, field: FieldInfo) -> str:
    if _is_duration(field) and isinstance(value, int | float) and not isinstance(value, bool):
        return _duration(float(value))
    if value == REQUIRED:
        return REQUIRED
    text = yaml.safe_dump(
        to_jsonable_python(value),
        default_flow_style=True,
        width=1_000_000,
        allow_unicode=True,
        sort_keys=False,
    )
    return text.removesuffix("\n...\n").strip()


# -- text -------------------------------------------------------------------------------


def _comment(text: str) -> str:
    return f"# {text}" if text else "#"


def _doc(owner: type[BaseModel], name: str, field: FieldInfo,
         models: list[type[BaseModel]]) -> str:
    """A key's docstring, else the docstring of the section it holds."""
    if field.description:
        return field.description
    if name in (docs := field_docs(owner)):
        return docs[name]
    if len(models) == 1 and models[0].__doc__:
        return inspect.cleandoc(models[0].__doc__)
    return ""


def _wrapped(doc: str, indent: str, margin: int) -> list[str]:
    """A docstring as comment lines, each paragraph re-flowed to fit."""
    width = max(40, WIDTH - margin - len(indent) - 2)
    out: list[str] = []
    for para in doc.split("\n\n"):
        text = " ".join(para.split())
        if text:
            out += [indent + _comment(line) for line in textwrap.wrap(text, width)]
    return out


def _model(
    cls: type[BaseModel],
    values: dict[str, Any],
    indent: str,
    *,
    top: bool = False,
    margin: int = 0,
) -> list[str]:
    """The keys of one section at `indent`, each with its comment; a blank line sets off
    each top-level section and each subsection. `margin`: columns the lines will be
    shifted right by (a commented example's `# `)."""
    out: list[str] = []
    for name, field in cls.model_fields.items():
        lines = _key(cls, name, field, values.get(name), indent, margin)
        section = bool(out) and bool(_models(field.annotation))
        if (top or section) and out and out[-1] != "":
            out.append("")
        out += lines
    return out


def _key(
    owner: type[BaseModel], name: str, field: FieldInfo, value: Any, indent: str, margin: int
) -> list[str]:
    models = _models(field.annotation)
    kind, entries = _container(field.annotation)
    out = _wrapped(_doc(owner, name, field, models or entries), indent, margin)
    if models and isinstance(value, BaseModel):
        out.append(f"{indent}{name}:")
        return out + _model(type(value), _values_of(value), indent + "  ", margin=margin)
    if models and isinstance(value, dict):
        out.append(f"{indent}{name}:")
        values = _sample_values(models[0], value)
        return out + _model(models[0], values, indent + "  ", margin=margin)
    if kind and value:
        block = _entries(name, kind, entries, value, margin + len(indent))
        return out + [indent + ln for ln in block]
    line = f"{indent}{name}: {_scalar(value, field)}"
    how, choices = _choices(field.annotation)
    if len(choices) > 1 and (owner, name) not in SKIP_CHOICES:
        note = "# " + (" | ".join(choices) if how == "one" else "any of: " + ", ".join(choices))
        if margin + len(line) + 2 + len(note) <= WIDTH:
            line += "  " + note
        else:
            out.append(indent + note)
    out.append(line)
    if kind:
        out += _example(name, kind, entries, indent, margin)
    return out


def _entries(
    name: str, kind: str, models: list[type[BaseModel]], items: Any, margin: int
) -> list[str]:
    """A list or map of entries as a YAML block, every key of every entry shown."""
    out = [f"{name}:"]
    if kind == "map":
        for key, item in dict(items).items():
            values = _values_of(item) if isinstance(item, BaseModel) else None
            model = type(item) if isinstance(item, BaseModel) else models[0]
            out.append(f"  {key}:")
            values = values or _sample_values(model, item)
            out += _model(model, values, "    ", margin=margin)
        return out
    for item in items:
        if isinstance(item, BaseModel):
            model, values = type(item), _values_of(item)
        else:
            model = _pick(models, item)
            values = _sample_values(model, item)
        lines = _model(model, values, "", margin=margin + 4)
        first = next(i for i, ln in enumerate(lines) if not ln.startswith("#"))
        out += ["  " + ln for ln in lines[:first]]
        out.append("  - " + lines[first])
        out += ["    " + ln for ln in lines[first + 1 :]]
    return out


def _example(
    name: str, kind: str, models: list[type[BaseModel]], indent: str, margin: int
) -> list[str]:
    """The commented example of an empty list or map of entries: one entry of each kind,
    every key shown, ready to uncomment (its own comments then start with `#`)."""
    if kind == "map":
        sample: Any = {MAP_KEYS.get(name, "name"): SAMPLES.get(models[0], {})}
    else:
        sample = [SAMPLES.get(m, {}) for m in models]
    block = _entries(name, kind, models, sample, margin + len(indent) + 2)
    block += NOTES.get(name, [])
    out = []
    for line in block:
        body = line.lstrip()
        lead = line[: len(line) - len(body)]
        out.append(f"{indent}# {lead}{'#' if body.startswith('#') else ''}{body}".rstrip())
    return [*out, ""]
