"""secproxy: one enforcement path between AI agents and the world.

Surfaces (egress proxy, LLM gateway, WebSocket relay, inspection API) turn wire traffic
into `Action`s; the engine decides; every decision lands in the audit ledger and shows
up live in the operator console.
"""

__version__ = "0.1.0"
