"""YAML and JSON that refuse a key given twice in one mapping.

PyYAML's and `json`'s own loaders keep the last value of a repeated key and say
nothing: a rule written `action: deny` then, a line later, `action: allow` became an
allow rule, a second `listeners:` section silently replaced the first. In a security
tool's config a silent override is worse than an error, so every config, rules and
allowlist text the proxy reads goes through these loaders and a repeated key is refused
with both lines. YAML's merge key (`<<: *defaults`) still overrides, as it is meant to.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError


class DuplicateKeyError(ValueError):
    """A JSON object that names one key twice."""


class StrictLoader(yaml.SafeLoader):
    """`yaml.SafeLoader` refusing repeated keys."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, yaml.MappingNode):
            seen: dict[tuple[str, str], yaml.Node] = {}
            for key_node, _ in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                    continue
                key = (key_node.tag, key_node.value)
                first = seen.setdefault(key, key_node)
                if first is not key_node:
                    raise ConstructorError(
                        None, None,
                        f"the key `{key_node.value}` is given twice in one mapping (first on "
                        f"line {first.start_mark.line + 1}); the second would silently "
                        "replace the first",
                        key_node.start_mark)
        return super().construct_mapping(node, deep=deep)


def load(text: str) -> Any:
    """`yaml.safe_load(text)` that refuses repeated keys (`yaml.YAMLError`)."""
    return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - a safe loader


def json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`json.loads(..., object_pairs_hook=json_pairs)`: an object, or `DuplicateKeyError`."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKeyError(
                f"the key `{key}` is given twice in one object; the second would silently "
                "replace the first")
        out[key] = value
    return out
