"""secproxy: one enforcement path between AI agents and the world.

Surfaces (egress proxy, LLM gateway, WebSocket relay, inspection API) turn wire traffic
into `Action`s; the engine decides; every decision lands in the audit ledger and shows
up live in the operator console.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    # One source of truth: the version pyproject.toml gave the installed distribution.
    __version__ = version("secproxy")
except PackageNotFoundError:  # a source tree on sys.path that was never installed
    __version__ = "0+unknown"
