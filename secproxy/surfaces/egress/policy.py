"""The egress settings compiled once per config snapshot: whether proxy users exist (the
engine's auth stage checks the credentials), connection and tunnel caps (`capacity`).
CONNECT ports and SSRF are the engine's destination stage. Recompiled when the engine
swaps its config, never per request.
"""

from __future__ import annotations

from secproxy.config import Config
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
