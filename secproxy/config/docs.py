"""The config's field docstrings, read when they are shown rather than at import.

A config field is documented by the string right after it in its class body, as PEP 257
calls an attribute docstring. pydantic can read them itself (`use_attribute_docstrings`),
but it does so for every model as the class is made, through the source of each class:
0.27 s of CPU at every start of every `secproxy` process, most of which never shows a
description. `secproxy config example` (`reference.py`) and `secproxy config schema`
are the only readers, and they call `field_docs` and `with_docs` here.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

__all__ = ["field_docs", "with_docs"]


@cache
def _own_docs(cls: type) -> dict[str, str]:
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):  # no source (a frozen build): no descriptions
        return {}
    tree = ast.parse(source)
    body = next((n.body for n in tree.body if isinstance(n, ast.ClassDef)), [])
    out: dict[str, str] = {}
    for node, after in zip(body, body[1:], strict=False):
        if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)):
            out[node.target.id] = inspect.cleandoc(after.value.value)
    return out


def field_docs(model: type[BaseModel]) -> dict[str, str]:
    """Each field's docstring, the model's own over its bases'."""
    out: dict[str, str] = {}
    for cls in reversed(model.__mro__):
        if isinstance(cls, type) and issubclass(cls, BaseModel) and cls is not BaseModel:
            out.update(_own_docs(cls))
    return out


class _Documented(GenerateJsonSchema):
    """The JSON Schema with each field's docstring as its `description`."""

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        out = super().model_schema(schema)
        docs = field_docs(schema["cls"])
        props = out.get("properties")
        if isinstance(props, dict):
            for name, prop in props.items():
                if name in docs and isinstance(prop, dict) and "description" not in prop:
                    prop["description"] = docs[name]
        return out


def with_docs(model: type[BaseModel]) -> dict[str, Any]:
    """`model.model_json_schema()` with the field docstrings as descriptions."""
    return model.model_json_schema(schema_generator=_Documented)
