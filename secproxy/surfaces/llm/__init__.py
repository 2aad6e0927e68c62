"""The LLM gateway: an OpenAI- and Anthropic-compatible reverse proxy that guards what
agents send to a model and what comes back, streamed or not (issue #12).

`service` is the listener; `routes` picks the upstream; `formats` reads the wire formats
as content slots; `tokens` estimates and reads token usage, `budget` holds it against the
token and spending limits; `upstream` sends with retries and the vaulted key; `answers`
decides answers and the tool calls in them; `relay` guards a streamed answer with `sse`
(events), `streaming` (its text) and `calls` (its tool calls).
"""

from secproxy.surfaces.llm.service import LlmService

__all__ = ["LlmService"]
