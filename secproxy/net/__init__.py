"""Network pieces every surface shares: name resolution with a small cache (`dns`) and
the classification of addresses a proxy must not reach on an agent's behalf
(`addresses`: loopback, private, link-local, metadata…). The engine's destination stage
uses both, so egress, and every later upstream, gets the same SSRF protection."""
