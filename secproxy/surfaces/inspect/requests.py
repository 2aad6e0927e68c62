"""The inspection API's request bodies, validated strictly (pydantic): an unknown field,
a wrong type or a missing field is refused with the field's name.

`parse(model, raw)` returns the model or a `Malformed` naming the first field at fault
(`arguments.path`, `text`…) and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from aiohttp import StreamReader
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from secproxy.content import DuplicateKey, TooDeep, load_json

Id = Field(min_length=1, max_length=256)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Caller(_Strict):
    """Who asks, and in which session."""

    session_id: str = Id
    """The agent's session: findings and risk accumulate per session."""
    agent_id: str = Id
    """The agent (the principal, when no API key names one)."""


class InputRequest(Caller):
    """`POST /inspect/input`: text that goes into an agent (a prompt, a fetched page)."""

    text: str = Field(max_length=1_000_000)
    source: Literal["user", "system", "tool", "web", "email", "document"] = "user"
    """Where the text comes from: `user` and `system` are trusted more than what the agent
    fetched (`tool`, `web`, `email`, `document`), which is read as untrusted content."""


class ToolCallRequest(Caller):
    """`POST /inspect/tool-call` (and `/approval/submit`): a call the agent wants to make."""

    tool_name: str = Field(min_length=1, max_length=256)
    arguments: dict[str, Any] | None = None
    """The call's arguments as structured JSON."""
    action: str | None = Field(default=None, max_length=1_000_000)
    """Or the call as one string (a command line, a query)."""

    @model_validator(mode="after")
    def _one_of(self) -> ToolCallRequest:
        if (self.arguments is None) == (self.action is None):
            raise ValueError("give exactly one of `arguments` (an object) and `action` "
                             "(a string)")
        return self

    def argument_doc(self) -> dict[str, Any]:
        """The arguments as the action carries them (`action` as `{"action": …}`)."""
        return self.arguments if self.arguments is not None else {"action": self.action}


class OutputRequest(Caller):
    """`POST /inspect/output`: a tool's or model's output before the agent sees it."""

    text: str = Field(max_length=1_000_000)
    tool_name: str | None = Field(default=None, min_length=1, max_length=256)
    """The tool whose result this is, if any."""
    source: Literal["tool", "model"] = "tool"


class ExecuteRequest(ToolCallRequest):
    """`POST /execute`: a call to run through a handler (`tool_name` names it)."""

    permit: str | None = Field(default=None, min_length=1, max_length=4096)
    """A permit from `GET /approval/{id}`, when the action needs an approval."""


class ResolveRequest(_Strict):
    """`POST /approval/resolve`: an operator's answer."""

    approval_id: str = Id
    approve: bool
    note: str | None = Field(default=None, max_length=2000)


@dataclass(frozen=True, slots=True)
class Malformed:
    """Why a body was refused."""

    field: str | None
    """The field at fault (dotted), None when the body as a whole is."""
    message: str

    def reason(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


M = TypeVar("M", bound=BaseModel)


async def read_upto(stream: StreamReader, limit: int) -> bytes:
    """The whole body, or its first `limit + 1` bytes when it is longer (so the caller
    can tell "too long"). `StreamReader.read(n)` alone returns what has arrived so far:
    a body in more than one TCP segment was cut at the first and refused as not JSON."""
    raw = await stream.read(limit + 1)
    if len(raw) > limit or stream.at_eof() or not raw:
        return raw
    parts = [raw]
    size = len(raw)
    while size <= limit:
        chunk = await stream.read(limit + 1 - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


_KEYISH = re.compile(rb'"[ \t\n\r]*:')
"""Where a key may end: every key of a JSON text ends so (a string value may too)."""


def _keys(value: Any) -> int:
    """How many keys the JSON behind a validated value had (its objects' keys)."""
    if isinstance(value, BaseModel):
        return sum(1 + _keys(getattr(value, name)) for name in value.model_fields_set)
    if isinstance(value, dict):
        return sum(1 + _keys(v) for v in value.values())
    if isinstance(value, list):
        return sum(_keys(v) for v in value)
    return 0


def _twice(raw: bytes, got: BaseModel) -> Malformed | None:
    """A body that names a key twice in one object: pydantic keeps the last value, a
    runtime's parser may keep the first (the call inspected would not be the call run).
    As many key ends in the text as keys in the model: no key came twice (a string value
    can only add key ends, never hide one); otherwise the exact check."""
    if len(_KEYISH.findall(raw)) == _keys(got):
        return None
    try:
        load_json(raw, unique=True)
    except DuplicateKey as twice:
        return Malformed(None, f"the body names the key {twice.key!r} twice in one object")
    except ValueError:
        pass
    return None


def parse(model: type[M], raw: bytes) -> M | Malformed:
    """The body as `model`, or what is wrong with it."""
    try:  # a body that is right goes through pydantic's own JSON parser, in one step
        got = model.model_validate_json(raw)
    except ValidationError:
        # What is wrong is said the slower way, from the parsed JSON; and what pydantic's
        # parser refuses but the standard one reads (a byte-order mark, UTF-16, a lone
        # surrogate) is read that way, and must pass the same checks.
        pass
    else:
        return _twice(raw, got) or got
    try:  # a key named twice is looked for here too: this way is not only for errors
        data = load_json(raw, unique=True) if raw.strip() else None
    except DuplicateKey as twice:
        return Malformed(None, f"the body names the key {twice.key!r} twice in one object")
    except TooDeep as exc:
        return Malformed(None, f"the body is {exc}")
    except ValueError as exc:
        return Malformed(None, f"the body is not JSON: {exc}")
    if not isinstance(data, dict):
        return Malformed(None, "the body must be a JSON object")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        field = ".".join(str(p) for p in first["loc"]) or None
        message = first["msg"]
        if first["type"] == "missing":
            message = "this field is required"
        elif first["type"] == "extra_forbidden":
            message = "unknown field"
        elif first["type"] == "value_error":  # our own check's words, without pydantic's
            message = message.removeprefix("Value error, ")
        return Malformed(field, message)
