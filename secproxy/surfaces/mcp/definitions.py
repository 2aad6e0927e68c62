"""Definitions a server advertises (tools, prompts, resources): their strings, their
pins and how two versions differ.

Every string of a definition reaches the model: descriptions, titles, parameter
descriptions, enum values, defaults, examples. `strings()` finds them all with a
readable path (`tools[3].inputSchema.properties.path.description`) for the guards and
for findings that say where. A tool's pin is the hash of its name, title, description,
input and output schemas and annotations (canonical JSON); its content hash leaves the
name out, so a tool removed and brought back under another name is recognised.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from typing import Any

from secproxy.content import SCHEMA_NAMING, KeyName, TextSlots, key_worth_guarding

PINNED_KEYS = ("name", "title", "description", "inputSchema", "outputSchema", "annotations")
"""What a tool's pin covers. The annotations are hints, but a client acts on them (a
tool that says `readOnlyHint: true` or `destructiveHint: false` may be run without
asking its user): a server flipping one after approval changed its tool."""
ANNOTATIONS = "annotations"
"""Always in a pinned part (null when the tool has none): a pin without it was made
before annotations were pinned (`pins.PinStore.check`)."""


def _step(path: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if isinstance(key, str) and key.isidentifier():
        return f"{path}.{key}" if path else key
    return f"{path}[{json.dumps(key)}]"


def strings(item: Any, base: str) -> tuple[TextSlots, list[str]]:
    """Every string under `item` (object keys that are property names included, since a
    schema's property names reach the model too, and any key worth guarding as content;
    `_meta` too, the server's to fill and a client's to show), as places and their
    paths."""
    slots = TextSlots()
    paths: list[str] = []
    _strings([item], 0, base, slots, paths)
    return slots, paths


def _strings(container: Any, key: Any, path: str, slots: TextSlots, paths: list[str]
             ) -> None:
    # A function of the module: a closure calling itself is a reference cycle.
    value = container[key]
    if isinstance(value, str):
        slots.places.append((container, key))
        paths.append(path)
    elif isinstance(value, dict):
        names = key in SCHEMA_NAMING
        for k in list(value):
            at = _step(path, k)
            _strings(value, k, at, slots, paths)
            if names or key_worth_guarding(k):  # after its value: written after it
                slots.places.append((KeyName(value, k), 0))
                paths.append(at)
    elif isinstance(value, list):
        for i in range(len(value)):
            _strings(value, i, _step(path, i), slots, paths)


def _canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def pinned_part(tool: dict[str, Any], *, annotations: bool = True) -> dict[str, Any]:
    """The part of a tool definition its pin covers (without `annotations`: as pins
    were made before they were pinned)."""
    part = {k: tool[k] for k in PINNED_KEYS if k in tool}
    if annotations:
        part.setdefault(ANNOTATIONS, None)
    else:
        part.pop(ANNOTATIONS, None)
    return part


def pin_hash(tool: dict[str, Any], *, annotations: bool = True) -> str:
    """SHA-256 of the pinned part, canonical JSON."""
    part = pinned_part(tool, annotations=annotations)
    return hashlib.sha256(_canonical(part).encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(tool: dict[str, Any], *, annotations: bool = True) -> str:
    """SHA-256 of the pinned part without the name: the same tool under another name."""
    part = pinned_part(tool, annotations=annotations)
    part.pop("name", None)
    return hashlib.sha256(_canonical(part).encode("utf-8", "surrogatepass")).hexdigest()


def diff(old: dict[str, Any] | None, new: dict[str, Any], name: str) -> str:
    """A unified diff of two definitions (pretty JSON), for the operator."""
    before = json.dumps(old, indent=2, sort_keys=True, ensure_ascii=False).splitlines() \
        if old is not None else []
    after = json.dumps(pinned_part(new), indent=2, sort_keys=True,
                       ensure_ascii=False).splitlines()
    lines = difflib.unified_diff(before, after, f"{name} (pinned)", f"{name} (now)",
                                 lineterm="", n=2)
    return "\n".join(lines)


def widened(old: dict[str, Any] | None, new: dict[str, Any]) -> list[str]:
    """How a new input schema accepts more than the pinned one: new parameters, fewer
    required ones, more enum values (said in the finding; any change is held anyway)."""
    if old is None:
        return []
    before = old.get("inputSchema") if isinstance(old.get("inputSchema"), dict) else {}
    after = new.get("inputSchema") if isinstance(new.get("inputSchema"), dict) else {}
    assert isinstance(before, dict) and isinstance(after, dict)
    out = []
    old_props = before.get("properties") if isinstance(before.get("properties"), dict) else {}
    new_props = after.get("properties") if isinstance(after.get("properties"), dict) else {}
    assert isinstance(old_props, dict) and isinstance(new_props, dict)
    added = [p for p in new_props if p not in old_props]
    if added:
        out.append("new parameters: " + ", ".join(sorted(added)))
    old_req = set(before.get("required") or [])
    new_req = set(after.get("required") or [])
    if old_req - new_req:
        out.append("no longer required: " + ", ".join(sorted(old_req - new_req)))
    for prop, schema in new_props.items():
        was = old_props.get(prop)
        if isinstance(schema, dict) and isinstance(was, dict):
            more = [v for v in schema.get("enum") or [] if v not in (was.get("enum") or [])]
            if more and was.get("enum") is not None:
                out.append(f"{prop} accepts more values: {', '.join(map(str, more))}")
    if after.get("additionalProperties") not in (None, False) and \
            before.get("additionalProperties") is False:
        out.append("accepts additional properties")
    return out
