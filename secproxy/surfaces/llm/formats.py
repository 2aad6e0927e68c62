"""The LLM wire formats as content slots: what a request asks and what an answer says.

`parse_request` cuts an OpenAI chat completions, OpenAI responses or Anthropic messages
body into role-tagged `Slot`s (system prompt, user text, assistant text, tool call
arguments, tool results, tool definitions) whose paths lead back into the parsed JSON,
so a sanitized slot is written back in place (`content.write_back`) and the body keeps
its shape. Images, audio, files and thinking blocks are skipped by type. Unknown JSON
gives a slot per string value; a body that is not JSON is one slot of raw text.

`parse_answer` does the same for an answer that is not streamed, and lists the tool
calls the model returned (`ToolCall`); `replace_tool_calls` swaps refused ones for a text
part saying why. Pure functions: no I/O, no decisions.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

from secproxy.content import (
    MAX_JSON_DEPTH,
    EncodedOf,
    KeyOf,
    Path,
    Role,
    Slot,
    TooDeep,
    collect,
    dump_json,
    encoded_text,
    key_worth_guarding,
    load_json,
    load_json_fast,
)

Format = Literal["openai_chat", "openai_responses", "anthropic_messages", "openai_other",
                 "other"]

ROUTES: dict[str, Format] = {
    "/v1/chat/completions": "openai_chat",
    "/v1/responses": "openai_responses",
    "/v1/messages": "anthropic_messages",
    "/v1/embeddings": "openai_other",
    "/v1/completions": "openai_other",
}
"""The paths whose format (and so whose kind of upstream) is known."""

_SYSTEM_ROLES = {"system": Role.SYSTEM, "developer": Role.SYSTEM, "user": Role.USER,
                 "assistant": Role.ASSISTANT, "tool": Role.TOOL_RESULT,
                 "function": Role.TOOL_RESULT}
_TOOL_SKIP = frozenset({"name", "type", "required", "strict", "additionalProperties"})
_TEXT_PARTS = frozenset({"text", "input_text", "output_text"})
_STRUCTURAL = frozenset({"role", "type", "model", "id", "object", "tool_call_id",
                         "tool_use_id", "call_id", "finish_reason", "stop_reason",
                         "media_type", "mime_type", "detail", "reasoning_effort",
                         "service_tier", "tool_choice", "format", "encoding_format"})
"""Keys whose string values name a shape, not content (`"role": "user"`, a model, an
id): not guarded as the rest of a request (`_rest`)."""
_MEDIA = frozenset({"image", "image_url", "input_image", "input_audio", "audio", "file",
                    "input_file", "document"})
"""Part types that hold an image, audio or a file (base64 or a link): their encoded bytes
are skipped (`_encoded`), their other strings guarded."""


def format_of(path: str) -> Format:
    """The format of a request by its path (a prefix before `/v1/` is allowed)."""
    at = path.find("/v1/")
    tail = path[at:] if at >= 0 else path
    return ROUTES.get(tail.rstrip("/"), "other")


@dataclass(slots=True)
class Parsed:
    """A request or answer body, parsed."""

    doc: Any
    """The parsed JSON, or None for a body that is not JSON."""
    slots: list[Slot]
    text: str | None = None
    """The body as text when it is not JSON (its only slot's text)."""
    tool_calls: list[ToolCall] = field(default_factory=list)
    """Tool calls in an answer."""

    @property
    def model(self) -> str | None:
        m = self.doc.get("model") if isinstance(self.doc, dict) else None
        return m if isinstance(m, str) else None

    @property
    def stream(self) -> bool:
        return isinstance(self.doc, dict) and self.doc.get("stream") is True


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One tool call an answer carries."""

    name: str
    arguments: dict[str, Any] | None
    """The arguments, when they are a JSON object."""
    text: str
    """The arguments as the model wrote them (JSON text)."""
    path: Path
    """Where the call is in the answer (a list position last)."""
    arguments_path: Path | None
    """Where its arguments string is, when they are one (OpenAI); None for an object
    (Anthropic's `input`, a responses item's `action`)."""
    object_key: str = "input"
    """With no `arguments_path`: the key of the call's arguments object."""


def decode(body: bytes, *, unique: bool = False) -> Any:
    """The JSON of a body; ValueError when it is not JSON (`TooDeep` when it nests
    deeper than `content.MAX_JSON_DEPTH`; with `unique`, `DuplicateKey` when an object
    names a key twice). By orjson when its document is the standard parser's
    (`_as_standard`, with `unique` naming no key twice): a prompt in half the
    instructions (4 KiB: 134,000 -> 66,000; 86 bytes: 46,000 -> 22,000; the standard
    parser calls a Python function per object, and the depth check counts the body's
    brackets twice), an answer longer than `_SCANNED` in 40 % (4 KiB: 123,000 ->
    52,000; a shorter one goes by `content.load_json_fast`, whose scans of its bytes
    cost less there than a walk of its nodes). Anything else (orjson refuses it, a key
    may come twice, a long integer, a colon written as an escape, a deep document) goes
    the standard way, which says why."""
    if not unique and len(body) <= _SCANNED:
        return load_json_fast(body)
    if not unique or _ESCAPED_COLON not in body:
        try:
            doc = orjson.loads(body)
        except orjson.JSONDecodeError:
            pass
        else:
            if _as_standard(doc, body.count(b":") if unique else None):
                return doc
    return load_json(body, unique=unique)


_SCANNED = 1024
"""The longest answer read by `content.load_json_fast` (see `decode`)."""
_ESCAPED_COLON = b"\\u003"
"""The start of a colon written as an escape (`\\u003a`), which `_as_standard` could
not count: a body holding it goes the standard way when keys must be unique."""
_BIG = float(1 << 63)
"""orjson reads an integer past 64 bits as a float: an integral float at least this
large may have been one (the standard parser reads it exactly)."""


def _as_standard(doc: Any, colons: int | None) -> bool:
    """Whether orjson's `doc` is what the standard parser reads from the same body (and
    `load_json` takes): no integral float that may have been an integer past 64 bits, no
    nesting deeper than `MAX_JSON_DEPTH`; and, given the body's `colons` (none written
    as an escape), no key named twice in one object: the body's colons less those inside
    its strings are its members, as many as the document holds only when no member was
    dropped for a later one of the same key (whose key and value took their own colons
    with them)."""
    members = 0
    stack: list[tuple[Any, int]] = [([doc], 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return False
        if type(value) is dict:
            members += len(value)
            if colons is not None:
                for key in value:
                    if ":" in key:
                        colons -= key.count(":")
            items = value.values()
        else:
            items = value
        for item in items:
            kind = type(item)
            if kind is str:
                if colons is not None and ":" in item:
                    colons -= item.count(":")
            elif kind is dict or kind is list:
                stack.append((item, depth + 1))
            elif kind is float and not -_BIG < item < _BIG and item.is_integer():
                return False
    return colons is None or colons == members


def encode(doc: Any) -> bytes:
    """A rewritten body (compact; non-ASCII kept as is)."""
    return dump_json(doc).encode()


def parse_request(fmt: Format, body: bytes) -> Parsed:
    """The slots of a request body in format `fmt`; `TooDeep` for a JSON body nested
    deeper than the gateway reads (refused, not forwarded as text)."""
    try:
        # A key named twice: one value would be guarded and the body, as it is, sent
        # with both (the upstream may read either): such a body is guarded as text.
        doc = decode(body, unique=True) if body else None
    except TooDeep:
        raise
    except (ValueError, UnicodeDecodeError):
        text = body.decode("utf-8", "replace")
        return Parsed(None, [Slot(Role.BODY, text)], text)
    if doc is None:
        return Parsed(None, [])
    if not isinstance(doc, dict):
        return Parsed(doc, collect(doc, Role.BODY))
    if fmt == "openai_chat" and isinstance(doc.get("messages"), list):
        slots = _chat_request(doc)
    elif fmt == "openai_responses":
        slots = _responses_request(doc)
    elif fmt == "anthropic_messages" and isinstance(doc.get("messages"), list):
        slots = _anthropic_request(doc)
    elif fmt == "openai_other":
        slots = [s for key in ("input", "prompt", "suffix") if key in doc
                 for s in collect(doc, Role.USER, (key,))]
    else:
        return Parsed(doc, collect(doc, Role.BODY))
    return Parsed(doc, slots + _rest(doc, slots))


def _rest(doc: dict[str, Any], slots: list[Slot]) -> list[Slot]:
    """The strings of a request outside its content slots, as body slots: whatever the
    upstream receives is guarded (a key in `user`, `metadata`, a message's `name` or a
    part of an odd shape leaves as surely as one in a message), less the values that
    name a shape (`_STRUCTURAL`; a call's function name), media parts' encoded bytes
    (`_MEDIA`, `_encoded`) and the tool definitions (`_tools` reads those)."""
    out: list[Slot] = []
    _rest_of(doc, (), {s.path for s in slots}, out)
    return out


def _rest_of(value: Any, at: Path, taken: set[Path], out: list[Slot],
             media: bool = False) -> None:
    # A function of the module: a closure calling itself is a reference cycle, which
    # only the garbage collector frees.
    if isinstance(value, str):
        if value and at not in taken:
            out.append(Slot(Role.BODY, value, at))
    elif isinstance(value, dict):
        media = media or _is(value.get("type"), _MEDIA)
        call = "arguments" in value or "input" in value
        for k, v in value.items():
            if not at and k == "tools":
                continue
            if key_worth_guarding(k) and (*at, KeyOf(k)) not in taken:
                out.append(Slot(Role.BODY, k, (*at, KeyOf(k))))
            if isinstance(v, str) and (k in _STRUCTURAL or call and k == "name"):
                continue
            if isinstance(v, str) and media and _encoded(k, v, value):
                text = encoded_text(v)  # a text file sent inline: read as its text
                if text is not None and (*at, EncodedOf(k)) not in taken:
                    out.append(Slot(Role.BODY, text, (*at, EncodedOf(k))))
                continue
            _rest_of(v, (*at, k), taken, out, media)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _rest_of(v, (*at, i), taken, out, media)


_ENCODED_KEYS = frozenset({"data", "file_data", "b64_json"})


def _encoded(key: str, value: str, container: dict[str, Any]) -> bool:
    """Whether a string of a media part (`_MEDIA`) is its encoded bytes: base64 `data`
    (not a text document's: Anthropic's `{"type": "text", "data": …}` source is plain
    text), `file_data`, a `data:` URL. The guards read such bytes only when they are
    text (`encoded_text`: a `.txt` or `.csv` file sent inline, whatever its media type
    says), as that text, a mask written back encoded; an image's or a PDF's are left as
    sent. The part's other strings are guarded as the rest of the request: a file name,
    a title, a document's context, a plain text source, and an image's URL (the provider
    fetches it: a key in its query leaves as surely as one in a message)."""
    if value.startswith("data:"):  # one without `;base64` is text, percent-escaped
        return value.partition(",")[0].lower().endswith(";base64")
    return key in _ENCODED_KEYS and container.get("type") != "text"


_SENT_BY_CLIENTS = frozenset({
    "host", "user-agent", "accept", "accept-encoding", "accept-language", "content-type",
    "content-length", "content-encoding", "authorization", "x-api-key", "api-key", "cookie",
    "origin", "referer", "cache-control", "pragma", "traceparent", "tracestate",
    "baggage", "x-request-id", "idempotency-key", "expect", "via", "forwarded", "x-real-ip",
    "dnt", "priority"})
"""Headers clients and SDKs send on their own (credentials among them, which go on as
they are): not guarded as content."""
_SENT_BY_SDKS = ("x-stainless-", "openai-", "anthropic-", "x-forwarded-", "sec-",
                 "x-amzn-", "x-goog-")


def custom_header(name: str) -> bool:
    """Whether a request header is one an agent's own code added (guarded as content):
    not one clients and SDKs send on their own (`_SENT_BY_CLIENTS`, `_SENT_BY_SDKS`)."""
    low = name.lower()
    return low not in _SENT_BY_CLIENTS and not low.startswith(_SENT_BY_SDKS)


def wire_slots(query: Sequence[tuple[str, str]], headers: Sequence[tuple[str, str]]
               ) -> list[Slot]:
    """A request's content outside its body: its query's values and the values of its
    custom headers (`custom_header`), each a slot whose path is where it is in `query`
    or `headers` (`("query", i)`, `("header", i)`; they are not in the body's document),
    and their names as one read-only slot (`("names",)`, `Role.NAME`). A key put in
    `?key=` or an `X-Note` header leaves as surely as one in a message."""
    out = [Slot(Role.QUERY, v, ("query", i)) for i, (_, v) in enumerate(query) if v]
    out += [Slot(Role.HEADER, v, ("header", i)) for i, (n, v) in enumerate(headers)
            if v and custom_header(n)]
    # The names too, read only (`?AKIA…=1`, `X-AKIA…: 1`: a name cannot go masked).
    names = [n for n, _ in query if n] + [n for n, _ in headers if custom_header(n)]
    if names:
        out.append(Slot(Role.NAME, "\n".join(names), ("names",)))
    return out


def _is(value: Any, names: frozenset[str]) -> bool:
    """Whether a JSON value is one of `names` (a list or an object, from a malformed
    request, is none: not a TypeError)."""
    return isinstance(value, str) and value in names


def _parts(content: Any, role: Role, at: Path) -> list[Slot]:
    """A message's content: a string, or a list of parts of which text ones count."""
    if isinstance(content, str):
        return [Slot(role, content, at)]
    out = []
    if isinstance(content, list):
        for j, part in enumerate(content):
            if isinstance(part, str):
                out.append(Slot(role, part, (*at, j)))
            elif isinstance(part, dict) and _is(part.get("type"), _TEXT_PARTS) \
                    and isinstance(part.get("text"), str):
                out.append(Slot(role, part["text"], (*at, j, "text")))
    return out


def _tools(doc: dict[str, Any], inner: str | None) -> list[Slot]:
    """Tool definitions: their descriptions and schemas are prompt text too."""
    out: list[Slot] = []
    tools = doc.get("tools")
    if isinstance(tools, list):
        for k, tool in enumerate(tools):
            if not isinstance(tool, dict):
                continue
            if inner is not None and isinstance(tool.get(inner), dict):
                out += collect(doc, Role.SYSTEM, ("tools", k, inner), skip_keys=_TOOL_SKIP)
            else:
                out += collect(doc, Role.SYSTEM, ("tools", k), skip_keys=_TOOL_SKIP)
    return out


def _chat_request(doc: dict[str, Any]) -> list[Slot]:
    out: list[Slot] = []
    for i, msg in enumerate(doc["messages"]):
        if not isinstance(msg, dict):
            continue
        role = _SYSTEM_ROLES.get(str(msg.get("role")), Role.USER)
        out += _parts(msg.get("content"), role, ("messages", i, "content"))
        calls = msg.get("tool_calls")
        if isinstance(calls, list):
            for k, call in enumerate(calls):
                fn = call.get("function") if isinstance(call, dict) else None
                if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                    out.append(Slot(Role.TOOL_CALL, fn["arguments"],
                                    ("messages", i, "tool_calls", k, "function", "arguments")))
    return out + _tools(doc, "function")


def _responses_request(doc: dict[str, Any]) -> list[Slot]:
    out: list[Slot] = []
    if isinstance(doc.get("instructions"), str):
        out.append(Slot(Role.SYSTEM, doc["instructions"], ("instructions",)))
    items = doc.get("input")
    if isinstance(items, str):
        out.append(Slot(Role.USER, items, ("input",)))
    elif isinstance(items, list):
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            kind = item.get("type")
            if kind == "function_call" and isinstance(item.get("arguments"), str):
                out.append(Slot(Role.TOOL_CALL, item["arguments"], ("input", i, "arguments")))
            elif kind == "function_call_output":
                out += _parts(item.get("output"), Role.TOOL_RESULT, ("input", i, "output"))
            elif "role" in item:
                role = _SYSTEM_ROLES.get(str(item.get("role")), Role.USER)
                out += _parts(item.get("content"), role, ("input", i, "content"))
    return out + _tools(doc, None)


def _anthropic_request(doc: dict[str, Any]) -> list[Slot]:
    out = _parts(doc.get("system"), Role.SYSTEM, ("system",))
    for i, msg in enumerate(doc["messages"]):
        if not isinstance(msg, dict):
            continue
        role = Role.ASSISTANT if msg.get("role") == "assistant" else Role.USER
        content = msg.get("content")
        at: Path = ("messages", i, "content")
        if isinstance(content, str):
            out.append(Slot(role, content, at))
            continue
        if not isinstance(content, list):
            continue
        for j, block in enumerate(content):
            if not isinstance(block, dict):
                continue
            kind = block.get("type")
            if kind == "text" and isinstance(block.get("text"), str):
                out.append(Slot(role, block["text"], (*at, j, "text")))
            elif kind == "tool_use" and isinstance(block.get("input"), dict | list):
                out += collect(doc, Role.TOOL_CALL, (*at, j, "input"))
            elif kind == "tool_result":
                out += _parts(block.get("content"), Role.TOOL_RESULT, (*at, j, "content"))
    return out + _tools(doc, None)


# -- answers ----------------------------------------------------------------------


def parse_answer(fmt: Format, body: bytes) -> Parsed:
    """The assistant text (slots) and tool calls of an answer that is not streamed."""
    try:
        doc = decode(body) if body else None
    except (ValueError, UnicodeDecodeError):
        text = body.decode("utf-8", "replace")
        return Parsed(None, [Slot(Role.BODY, text)], text)
    if not isinstance(doc, dict):
        return Parsed(doc, collect(doc, Role.BODY) if doc is not None else [])
    if fmt == "openai_chat" and isinstance(doc.get("choices"), list):
        return _chat_answer(doc)
    if fmt == "openai_responses" and isinstance(doc.get("output"), list):
        return _responses_answer(doc)
    if fmt == "anthropic_messages" and isinstance(doc.get("content"), list):
        return _anthropic_answer(doc)
    if fmt == "openai_other" and isinstance(doc.get("choices"), list):
        slots = [Slot(Role.ASSISTANT, c["text"], ("choices", i, "text"))
                 for i, c in enumerate(doc["choices"])
                 if isinstance(c, dict) and isinstance(c.get("text"), str)]
        return Parsed(doc, slots)
    # Anything else (an error, an embeddings answer): every string it holds.
    return Parsed(doc, collect(doc, Role.BODY))


REASONING_KEYS = ("reasoning_content", "reasoning")
"""Where OpenAI-compatible providers put a chat answer's reasoning text, beside `content`
in a message or a streamed delta (DeepSeek's `reasoning_content`; OpenRouter's and
others' `reasoning`): guarded as model output. OpenRouter repeats it in
`reasoning_details` (`text`, `summary`), guarded too: a message's entries each as a slot,
a streamed delta's with the delta's reasoning they repeat (`sse.TextSpot.mirrors`), or
as text of their own when they are alone or say other words (one entry a delta; a delta
with several entries saying other words is not read yet)."""


def _arguments(text: str) -> dict[str, Any] | None:
    try:
        value = load_json(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _chat_answer(doc: dict[str, Any]) -> Parsed:
    slots: list[Slot] = []
    calls: list[ToolCall] = []
    for i, choice in enumerate(doc["choices"]):
        msg = choice.get("message") if isinstance(choice, dict) else None
        if not isinstance(msg, dict):
            continue
        slots += _parts(msg.get("content"), Role.ASSISTANT, ("choices", i, "message", "content"))
        for key in REASONING_KEYS:  # the model's words as surely as its content
            if isinstance(msg.get(key), str):
                slots.append(Slot(Role.ASSISTANT, msg[key], ("choices", i, "message", key)))
        details = msg.get("reasoning_details")  # OpenRouter's, the same words again
        if isinstance(details, list):
            for j, detail in enumerate(details):
                for key in ("text", "summary"):
                    if isinstance(detail, dict) and isinstance(detail.get(key), str):
                        slots.append(Slot(Role.ASSISTANT, detail[key], (
                            "choices", i, "message", "reasoning_details", j, key)))
        tcs = msg.get("tool_calls")
        if isinstance(tcs, list):
            for k, tc in enumerate(tcs):
                if not isinstance(tc, dict):
                    continue
                # A custom tool's call (type "custom") carries free-form `input`.
                kind, field = ("function", "arguments") if "function" in tc \
                    else ("custom", "input")
                fn = tc.get(kind)
                if isinstance(fn, dict):
                    raw = fn.get(field)
                    text = raw if isinstance(raw, str) else ""
                    at: Path = ("choices", i, "message", "tool_calls", k)
                    calls.append(ToolCall(str(fn.get("name") or ""), _arguments(text), text,
                                          at, (*at, kind, field)))
        fn = msg.get("function_call")  # the deprecated `functions` form, still answered
        if isinstance(fn, dict):
            raw = fn.get("arguments")
            text = raw if isinstance(raw, str) else ""
            at = ("choices", i, "message", "function_call")
            calls.append(ToolCall(str(fn.get("name") or ""), _arguments(text), text, at,
                                  (*at, "arguments")))
    return Parsed(doc, slots, tool_calls=calls)


CLIENT_CALLS: dict[str, tuple[str | None, str]] = {
    "function_call": (None, "arguments"),
    "custom_tool_call": (None, "input"),
    "local_shell_call": ("local_shell", "action"),
    "shell_call": ("shell", "action"),
    "computer_call": ("computer_use_preview", "action"),
    "apply_patch_call": ("apply_patch", "operation"),
}
"""The responses API's output items that the agent carries out (the hosted tools'
calls run at the provider): the tool's name (None: the item's `name`) and the key of
what it is to do (a string, or an object)."""


def client_call(item: dict[str, Any]) -> tuple[str, str, Any] | None:
    """A responses output item the agent carries out, as (tool name, key of its
    arguments, their value); None for any other item."""
    spec = CLIENT_CALLS.get(item.get("type"))  # type: ignore[arg-type]
    if spec is None:
        return None
    name, key = spec
    return name or str(item.get("name") or ""), key, item.get(key)


def _responses_answer(doc: dict[str, Any]) -> Parsed:
    slots: list[Slot] = []
    calls: list[ToolCall] = []
    for i, item in enumerate(doc["output"]):
        if not isinstance(item, dict):
            continue
        if item.get("type") == "message":
            slots += _parts(item.get("content"), Role.ASSISTANT, ("output", i, "content"))
        elif (found := client_call(item)) is not None:
            name, key, value = found
            if isinstance(value, dict):
                calls.append(ToolCall(name, value, json.dumps(value, ensure_ascii=False),
                                      ("output", i), None, key))
                continue
            text = value if isinstance(value, str) else ""
            calls.append(ToolCall(name, _arguments(text), text, ("output", i),
                                  ("output", i, key)))
    return Parsed(doc, slots, tool_calls=calls)


def _anthropic_answer(doc: dict[str, Any]) -> Parsed:
    slots: list[Slot] = []
    calls: list[ToolCall] = []
    for j, block in enumerate(doc["content"]):
        if not isinstance(block, dict):
            continue
        if block.get("type") == "text" and isinstance(block.get("text"), str):
            slots.append(Slot(Role.ASSISTANT, block["text"], ("content", j, "text")))
        elif block.get("type") == "tool_use":
            args = block.get("input")
            calls.append(ToolCall(str(block.get("name") or ""),
                                  args if isinstance(args, dict) else None,
                                  json.dumps(args, ensure_ascii=False), ("content", j), None))
    return Parsed(doc, slots, tool_calls=calls)


def replace_tool_calls(fmt: Format, doc: dict[str, Any],
                       refused: list[tuple[ToolCall, str]]) -> None:
    """Take refused tool calls out of an answer (in place), each replaced by a text part
    saying why; when none is left, the stop reason no longer says a tool is called."""
    for call, why in sorted(refused, key=lambda r: r[0].path, reverse=True):
        if fmt == "openai_chat":
            *at, k = call.path
            msg = doc["choices"][at[1]]["message"]
            if k == "function_call":
                del msg["function_call"]
                if doc["choices"][at[1]].get("finish_reason") == "function_call":
                    doc["choices"][at[1]]["finish_reason"] = "stop"
            else:
                del msg["tool_calls"][k]
            content = msg.get("content")
            msg["content"] = f"{content}\n{why}" if isinstance(content, str) and content \
                else why
        elif fmt == "openai_responses":
            doc["output"][call.path[1]] = {
                "type": "message", "id": f"msg_secproxy_{call.path[1]}", "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": why, "annotations": []}]}
        else:
            doc["content"][call.path[1]] = {"type": "text", "text": why}
    if fmt == "openai_chat":
        for choice in doc["choices"]:
            msg = choice.get("message") if isinstance(choice, dict) else None
            if isinstance(msg, dict) and msg.get("tool_calls") == []:
                del msg["tool_calls"]
                if choice.get("finish_reason") == "tool_calls":
                    choice["finish_reason"] = "stop"
    elif fmt == "anthropic_messages":
        if doc.get("stop_reason") == "tool_use" and not any(
                isinstance(b, dict) and b.get("type") == "tool_use" for b in doc["content"]):
            doc["stop_reason"] = "end_turn"
