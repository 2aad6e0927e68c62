"""How many client connections and tunnels the egress listener takes at once, so that
the process never runs out of file descriptors in the middle of serving one.

Every descriptor the proxy opens counts against `RLIMIT_NOFILE`: a forwarded request
holds two sockets (client, upstream), a tunnel up to six (two sockets and, once it
moves to the splice(2) relay, a pipe pair each way) plus two more during the move. At
start the soft limit is raised to the hard one; unless `egress.max_connections` and
`egress.max_tunnels` say otherwise, the caps are derived from it: a reserve is kept for
everything else in the process (ledger, other listeners, idle pooled upstream
connections, DNS), half of the rest may go to connections and half to tunnels.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger("secproxy.egress")

TUNNEL_DESCRIPTORS = 6
"""Descriptors one established tunnel holds (two sockets, two pipes)."""
CONNECTION_DESCRIPTORS = 2
"""Descriptors one forwarded request holds (client and upstream sockets)."""
_UNKNOWN_LIMIT = 1024
"""Open-file limit assumed where the platform does not say (no `resource` module)."""


def open_file_limit() -> int:
    """The soft `RLIMIT_NOFILE` of this process (1024 where it cannot be read)."""
    if sys.platform == "win32":
        return _UNKNOWN_LIMIT
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return soft if soft != resource.RLIM_INFINITY else max(hard, 1 << 20)


def raise_open_file_limit() -> int:
    """Raise the soft `RLIMIT_NOFILE` to the hard limit; returns the soft limit now in
    force (unchanged when the system refuses)."""
    if sys.platform == "win32":
        return _UNKNOWN_LIMIT
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != soft and (hard == resource.RLIM_INFINITY or hard > soft):
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        except (ValueError, OSError) as exc:
            log.warning("cannot raise the open-file limit from %d to %d: %s", soft, hard, exc)
        else:
            log.debug("open-file limit raised from %d to %d", soft, hard)
    return open_file_limit()


def default_caps(limit: int) -> tuple[int, int]:
    """(max_connections, max_tunnels) for an open-file limit of `limit`."""
    reserve = min(1024, limit // 4)
    budget = max(limit - reserve, 64)
    return (max(budget // 2 // CONNECTION_DESCRIPTORS, 16),
            max(budget // 2 // TUNNEL_DESCRIPTORS, 4))
