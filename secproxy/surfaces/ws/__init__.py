"""The WebSocket relay surface: agent clients ⇄ secproxy ⇄ agent gateway.

`relay` (the `WsService` listener and handshakes), `connection` (one relayed connection:
lanes, close propagation), `wire` (messages by callback from websockets connections),
`upstream` (gateway connection, reconnect with backoff),
`interceptor` (frame → actions → verdicts → frames), `adapters` / `jsonrpc` / `generic`
(frame formats), `frames` (parsed-frame vocabulary), `lock` (gateway-lock checks).
"""

from secproxy.surfaces.ws.lock import GatewayLockError, LockReport, check_lock
from secproxy.surfaces.ws.relay import WsService

__all__ = ["GatewayLockError", "LockReport", "WsService", "check_lock"]
