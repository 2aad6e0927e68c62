"""The LLM gateway: an OpenAI- and Anthropic-compatible reverse proxy that guards what
agents send to a model and what comes back, streamed or not (issue #12).

`service` is the listener; `routes` picks the upstream; `formats` reads the wire formats
as content slots; `upstream` sends with retries and the vaulted key; `answers` decides
answers and the tool calls in them; `sse` and `streaming` guard streamed answers.
"""

from secproxy.surfaces.llm.service import LlmService

__all__ = ["LlmService"]
