"""The egress settings compiled once per config snapshot: whether proxy users exist (the
engine's auth stage checks the credentials), connection and tunnel caps (`capacity`),
whether the engine's content guards (`guards`: those of `guards.use` and the defaults of
`egress.guards`) apply to egress requests and responses (`guarded.py` then holds
and inspects them; with none, nothing is held) and to CONNECT requests (the tunnel's
host name).
CONNECT ports and SSRF are the engine's destination stage. Recompiled when the engine
swaps its config, never per request.
"""

from __future__ import annotations

from collections.abc import Sequence

from secproxy.config import Config
from secproxy.guards import Guard
from secproxy.model import Direction, Surface
from secproxy.surfaces.egress.capacity import default_caps, open_file_limit


class EgressPolicy:
    """What the egress surface needs from one config, ready to use."""

    def __init__(self, config: Config, guards: Sequence[Guard] = ()):
        settings = config.egress
        self.settings = settings
        connections, tunnels = default_caps(open_file_limit())
        self.max_connections = settings.max_connections or connections
        """Client connections served at once (`egress.max_connections` or derived)."""
        self.max_tunnels = settings.max_tunnels or tunnels
        """Tunnels open at once (`egress.max_tunnels` or derived)."""
        self.proxy_auth = bool(settings.users)
        """Proxy users are configured: the request's credentials go to the engine."""
        policies = [g.policy for g in guards]
        egress = [p for p in policies if p.surfaces is None or Surface.EGRESS in p.surfaces]
        self.guard_requests = any(Direction.REQUEST in p.directions for p in egress)
        """A guard inspects egress requests: URL, query, headers, body and host are its."""
        self.guard_tunnels = any(
            Direction.REQUEST in p.directions
            and (p.surfaces is None or Surface.CONNECT in p.surfaces) for p in policies)
        """A guard inspects CONNECT requests: the tunnel's host name is its."""
        self.guard_responses = any(Direction.RESPONSE in p.directions for p in egress)
        """A guard inspects egress responses: text bodies are held and inspected."""
        self.inspect = settings.inspect
        self.skip_headers = frozenset(h.encode("latin-1") for h in settings.inspect.skip_headers)
        """Request headers the guards do not see (`egress.inspect.skip_headers`)."""
