"""The egress settings compiled once per config snapshot: whether proxy users exist (the
engine's auth stage checks the credentials), connection and tunnel caps (`capacity`),
whether content guards apply to egress requests and responses (`guarded.py` then holds
and inspects them; with none, nothing is held).
CONNECT ports and SSRF are the engine's destination stage. Recompiled when the engine
swaps its config, never per request.
"""

from __future__ import annotations

from secproxy.config import Config
from secproxy.config.guards import guard_entries
from secproxy.model import Direction, Surface
from secproxy.surfaces.egress.capacity import default_caps, open_file_limit


class EgressPolicy:
    """What the egress surface needs from one config, ready to use."""

    def __init__(self, config: Config):
        settings = config.egress
        self.settings = settings
        connections, tunnels = default_caps(open_file_limit())
        self.max_connections = settings.max_connections or connections
        """Client connections served at once (`egress.max_connections` or derived)."""
        self.max_tunnels = settings.max_tunnels or tunnels
        """Tunnels open at once (`egress.max_tunnels` or derived)."""
        self.proxy_auth = bool(settings.users)
        """Proxy users are configured: the request's credentials go to the engine."""
        egress = [g for g in guard_entries(config.guards, config.ws)
                  if g.surfaces is None or Surface.EGRESS in g.surfaces]
        self.guard_requests = any(Direction.REQUEST in g.directions for g in egress)
        """A guard inspects egress requests: URL, query, headers and body are its."""
        self.guard_responses = any(Direction.RESPONSE in g.directions for g in egress)
        """A guard inspects egress responses: text bodies are held and inspected."""
        self.inspect = settings.inspect
        self.skip_headers = frozenset(h.encode("latin-1") for h in settings.inspect.skip_headers)
        """Request headers the guards do not see (`egress.inspect.skip_headers`)."""
