"""secproxy: one enforcement path between AI agents and the world.

Surfaces (egress proxy, LLM gateway, WebSocket relay, inspection API) turn wire traffic
into `Action`s; the engine decides; every decision lands in the audit ledger and shows
up live in the operator console.
"""


def __getattr__(name: str) -> str:
    # `__version__` is read on first use: importlib.metadata costs every `secproxy`
    # command about a fifth of its start-up, and most never print the version.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        # One source of truth: the version pyproject.toml gave the installed distribution.
        found = version("secproxy")
    except PackageNotFoundError:  # a source tree on sys.path that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
