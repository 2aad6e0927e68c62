"""The egress surface: an HTTP/1.1 forward proxy with CONNECT tunnels.

Agents point `HTTP_PROXY`/`HTTPS_PROXY` at this listener. Each request is turned into
an `Action` (surface `egress`, or `connect` for tunnels), decided by the engine, then
forwarded, tunnelled or refused with a short JSON answer; each becomes one ledger
record with status, bytes and duration.

Both ends are `asyncio.Protocol`s that parse with httptools as bytes arrive (no stream
readers); one task per client connection awaits only what needs awaiting (the next
head, the engine's decision, an upstream connect, the response head), and response
bodies are relayed from protocol callbacks straight to the client transport.

Modules: `service` (listener, connection limits, shutdown), `capacity` (caps on
connections and tunnels from the open-file limit), `connection` (one client:
identity, decision, refusals), `forward` (one forwarded request), `tunnel` (CONNECT and
WebSocket relays), `zerocopy` (splice(2) tunnel relay), `wire` (what both protocols
share: waiting, deadlines, backpressure), `client` (request parsing and limits),
`upstream` (response parsing and body relay), `http1` (parsed heads, head rewriting),
`pool` (upstream keep-alive), `policy` (settings compiled per snapshot: proxy users,
caps, whether guards apply), `url` (request targets), `guarded` (content guards on
plain-HTTP requests and responses, held and inspected only when a guard applies to
egress), `inspect` (what of a request or body the guards see, and the masked bytes).
DNS and address checks live in `secproxy.net`; the status codes and JSON bodies of
refusals in `secproxy.surfaces.refusal`.
"""

from secproxy.surfaces.egress.service import EgressService

__all__ = ["EgressService"]
