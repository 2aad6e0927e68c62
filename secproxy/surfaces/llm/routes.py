"""Which upstream serves a request, and in which API's shape the gateway answers it.

In order: the upstream the `llm.upstream_header` header names; for a path whose API is
known (`/v1/messages`: Anthropic; `/v1/chat/completions`, `/v1/responses`,
`/v1/embeddings`, `/v1/completions`: OpenAI) the default upstream when it is of that
kind, else the first upstream of that kind; then `llm.default_upstream`, else the only
http(s) upstream. Pure functions of the config; `RouteTable` remembers the routes of one
config (the gateway asks once per request).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from secproxy.config import Config
from secproxy.config.llm import Upstream
from secproxy.surfaces.llm.formats import Format, format_of
from secproxy.surfaces.refusal import Provider


@dataclass(frozen=True, slots=True)
class Route:
    """Where one request goes."""

    name: str
    upstream: Upstream
    kind: Provider
    """The upstream's API (how its key is sent)."""
    format: Format
    """The request's format, by its path."""
    host: str
    port: int
    scheme: str
    base_path: str


def provider_of(fmt: Format, route: Route | None) -> Provider:
    """The error shape a refusal takes: the path's API, else the upstream's."""
    if fmt == "anthropic_messages":
        return "anthropic"
    if fmt != "other" or route is None:
        return "openai"
    return route.kind


def choose(config: Config, path: str, header: str | None) -> tuple[Route | None, str]:
    """The route of a request (None, and why, when no upstream serves it)."""
    fmt = format_of(path)
    ups = {n: u for n, u in config.upstreams.items() if u.http}
    if header:
        up = ups.get(header)
        if up is None:
            return None, f"no http(s) upstream named {header!r}"
        return _route(header, up, fmt), ""
    default = config.llm.default_upstream
    if fmt != "other":
        wanted = "anthropic" if fmt == "anthropic_messages" else "openai"
        if default in ups and ups[default].resolved_kind(default) == wanted:
            return _route(default, ups[default], fmt), ""
        for name, up in ups.items():
            if up.resolved_kind(name) == wanted:
                return _route(name, up, fmt), ""
    if default in ups:
        return _route(default, ups[default], fmt), ""
    if len(ups) == 1:
        name, up = next(iter(ups.items()))
        return _route(name, up, fmt), ""
    return None, f"no upstream serves {path} (set llm.default_upstream)"


class RouteTable:
    """`choose` for one config, each route worked out once: a route depends on the
    request's format (its path's API) and the upstream header only. Only routes found
    are kept (their keys are the config's upstream names and the five formats, however
    many header values clients send); a request no upstream serves asks `choose` again,
    which says why with its path."""

    __slots__ = ("config", "_found")

    def __init__(self, config: Config):
        self.config = config
        self._found: dict[tuple[Format, str | None], Route] = {}

    def choose(self, path: str, header: str | None) -> tuple[Route | None, str]:
        """What `choose(self.config, path, header)` answers."""
        key = (format_of(path), header)
        route = self._found.get(key)
        if route is not None:
            return route, ""
        route, why = choose(self.config, path, header)
        if route is not None:
            self._found[key] = route
        return route, why


def _route(name: str, up: Upstream, fmt: Format) -> Route:
    parts = urlsplit(up.url)
    scheme = parts.scheme
    port = parts.port or (443 if scheme == "https" else 80)
    return Route(name, up, up.resolved_kind(name), fmt, (parts.hostname or "").lower(), port,
                 scheme, parts.path.rstrip("/"))


def upstream_url(route: Route, path_qs: str) -> str:
    """The upstream URL of a request path: the upstream's own path prefix, then the
    request's (a base URL that ends in `/v1` does not double it)."""
    base = route.base_path
    if base.endswith("/v1") and path_qs.startswith("/v1/"):
        base = base[:-3]
    host = f"[{route.host}]" if ":" in route.host else route.host
    default = 443 if route.scheme == "https" else 80
    netloc = host if route.port == default else f"{host}:{route.port}"
    return f"{route.scheme}://{netloc}{base}{path_qs}"
