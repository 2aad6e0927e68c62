"""Config section `llm`: the reverse proxy in front of LLM APIs. The gateway itself is
not built yet (issue #12); until it is, a config that would enable it is refused."""

from __future__ import annotations

from secproxy.config.types import StrictModel


class LlmSettings(StrictModel):
    """The LLM gateway (not built yet, issue #12): it would run when `listeners.llm` is
    enabled and `upstreams` has an http(s) entry, which is refused until it exists."""

    default_upstream: str | None = None
    """Name of the upstream (in `upstreams`) that serves paths no route names."""
