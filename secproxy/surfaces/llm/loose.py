"""Strings of a streamed event that `sse.text_of` does not place: read by the guards too.

`text_of` knows where each provider's events carry the model's text (a chat delta's
`content`, a reasoning key, an Anthropic `text_delta`, a responses `output_text.delta`…)
and the stream guard reads those as they come. Any other event went out as it came,
save for the masked texts it repeats (`StreamGuard._rewritten`). But an upstream may put
text elsewhere, and the official SDKs show it: an Anthropic `content_block_start` whose
text block is not empty (the SDK's final message begins with it), text already in
`message_start`'s content, a responses `output_text.done` or `response.completed` that
says other words than its deltas (the SDK's `output_text` is the completed response's),
two `reasoning_details` entries, a `refusal` delta. `loose_strings` finds the strings of
such an event that are neither metadata (`SKIP`: ids, types, roles, reasons, indexes,
opaque signatures) nor the client's own request echoed back (`instructions`, `tools`),
nor a text the guard has already read; the guard reads them as text of a channel of its
own (one string: a channel the same kind of event continues, so a key cut across two
events is caught as in any text; several: one text, `LOOSE_BREAK` between them) and the
event goes out with them masked, or the stream is cut. A whole answer's loose strings
(`loose_slots`: a chat message's `refusal`, `annotations`, audio `transcript`; a server
tool's results, citations' `cited_text`) join its slots and are decided with them.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from secproxy.content import Path, Role, Slot

SKIP = frozenset({
    "id", "object", "type", "model", "role", "status", "finish_reason", "stop_reason",
    "stop_sequence", "item_id", "call_id", "tool_call_id", "system_fingerprint",
    "service_tier", "index", "output_index", "content_index", "summary_index",
    "sequence_number", "signature", "encrypted_content", "created", "created_at",
    "logprobs", "top_logprobs", "usage", "instructions", "tools", "tool_choice",
    "truncation", "metadata", "user", "prompt_cache_key", "safety_identifier",
    "previous_response_id", "parallel_tool_calls", "text_format", "obfuscation",
    "billing", "store", "background", "data", "b64_json", "file_data", "thinking",
})
"""Keys whose values are no model text: metadata, opaque blobs the provider signs, encoded
bytes (an audio answer's `data`, an image's `b64_json`; `data:` URLs too), the random
padding OpenAI adds to stream events (`obfuscation`), the request's own instructions and
tool definitions echoed (guarded on the way in), the per-token log probabilities, and an
Anthropic thinking block's text (its signature covers it: the API refuses it back
changed; `sse.text_of` leaves it too)."""
_CONFIG_DICTS = frozenset({"reasoning", "text"})
"""Keys that name a configuration object at a response's top level (`reasoning: {effort,
summary}`, `text: {format}`) and model text elsewhere (a string)."""
LOOSE_BREAK = "\n\n\u2063\n\n"
"""Between two loose strings of one event in the text the guards read (an invisible
separator between blank lines: no match of any guard crosses it, and it is found again
in the masked text to part it)."""


def loose_strings(doc: Any, known: Collection[str] = ()) -> list[tuple[Path, str]]:
    """The strings of `doc` (path, text) the guard has not read: not under a `SKIP` key,
    not empty, not one of `known` (the texts it read, raw or masked)."""
    out: list[tuple[Path, str]] = []
    todo: list[tuple[Path, Any]] = [((), doc)]
    while todo:
        path, value = todo.pop()
        if isinstance(value, str):
            if value and value not in known and not value.startswith("data:"):
                out.append((path, value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key in SKIP or key in _CONFIG_DICTS and isinstance(item, dict):
                    continue
                todo.append(((*path, key), item))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                todo.append(((*path, i), item))
    out.reverse()
    return out


def drop_logprobs(doc: Any) -> None:
    """Drop the per-token log probabilities of an answer or event whose text was
    rewritten (a chat choice's, a responses text delta's, a responses output part's):
    their tokens spell the text as it came, a masked key among them, and no mask fits
    them."""
    if not isinstance(doc, dict):
        return
    choices = doc.get("choices")
    if isinstance(choices, list):
        for choice in choices:
            if isinstance(choice, dict) and choice.get("logprobs") is not None:
                choice["logprobs"] = None
    if doc.get("logprobs"):
        doc["logprobs"] = []
    output = doc.get("output")
    for item in output if isinstance(output, list) else ():
        parts = item.get("content") if isinstance(item, dict) else None
        for part in parts if isinstance(parts, list) else ():
            if isinstance(part, dict) and part.get("logprobs"):
                part["logprobs"] = []


def loose_slots(doc: Any, slots: list[Slot], calls: list[Path]) -> list[Slot]:
    """A whole answer's strings that neither its slots nor its tool calls (`calls`: the
    paths of their subtrees, decided as calls) hold, as slots of the model's text."""
    if not isinstance(doc, (dict, list)):
        return []
    covered = {s.path for s in slots}
    out = []
    # Not skipped for equalling a slot's text: a copy elsewhere is masked only as a slot.
    for path, text in loose_strings(doc):
        if path in covered or any(path[:len(c)] == c for c in calls):
            continue
        out.append(Slot(Role.ASSISTANT, text, path))
    return out
