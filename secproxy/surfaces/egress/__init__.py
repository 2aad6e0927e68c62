"""The egress surface: an HTTP/1.1 forward proxy with CONNECT tunnels.

Agents point `HTTP_PROXY`/`HTTPS_PROXY` at this listener. Each request is turned into
an `Action` (surface `egress`, or `connect` for tunnels), decided by the engine, then
forwarded, tunnelled or refused with a short JSON answer; each becomes one ledger
record with status, bytes and duration.

Modules: `service` (listener, connection limits, shutdown), `connection` (one client:
identity, decision, refusals), `forward` (request/response streaming), `tunnel`
(CONNECT and WebSocket relays), `readers` (httptools parsing, limits, timeouts),
`http1` (parsed heads, head rewriting), `pool`
(upstream keep-alive), `ssrf` and `policy` (address checks, proxy users), `url`
(request targets), `answers` (status codes and JSON bodies).
"""

from secproxy.surfaces.egress.service import EgressService

__all__ = ["EgressService"]
