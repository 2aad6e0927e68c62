"""Config section `llm`: the reverse proxy in front of LLM APIs."""

from __future__ import annotations

from secproxy.config.types import StrictModel


class LlmSettings(StrictModel):
    """The gateway is enabled when at least one upstream is set."""

    default_upstream: str | None = None
    """Name of the upstream (in `upstreams`) that serves paths no route names."""
