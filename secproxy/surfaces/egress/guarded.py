"""The content guards on plain HTTP, in the egress surface. Used only when a guard in
`guards.use` applies to the egress surface (`EgressPolicy.guard_requests`,
`guard_responses`); otherwise requests and responses stream as they always did.

Requests: the URL path, query values, header values and body become the action's slots
(`inspect.RequestView`) before the engine decides. The body is read first — held, up to
`egress.inspect.max_body_bytes` (a client that sent `Expect: 100-continue` is told to go
on) — so that a secret in it is masked before any byte of it leaves. A gzip or deflate
body is read decoded, and forwarded as sent unless a guard masked some of it (then
decoded, its coding dropped). A body the guards cannot read whole (over the limit,
decoding past it, or in another coding) is refused 413 before it is forwarded, or with
`oversize: pass` guarded as far as it was read (a compressed one not at all) and
forwarded with a `not_inspected` finding. When a guard masks something, the URL,
headers and body go on masked (Content-Length fixed), and the record shows them masked.

Responses: a text body (HTML, JSON, XML, plain text, markdown…) is held whole, up to
`egress.inspect.max_response_bytes`, before any of it reaches the client, then guarded
in one pass (`Engine.guard`, direction `response`): a refusal is an ordinary 403 (no
half page ever reaches the agent), a mask is applied to the whole text and the body
sent with its new length (decoded, when it came gzip- or deflate-compressed). Held
rather than streamed because a page is read by the agent as a whole: a stream cut after
its head cannot un-send what went before, nor mask it. Event streams and JSON lines
(sent as they are produced) are relayed unread, with a `not_inspected` finding; so is
what is past the limit (`response_oversize: pass`, the default; `block` refuses).
While responses are guarded, the request's Accept-Encoding is narrowed to what can be
decoded here (gzip, deflate).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from secproxy.content import Role, Slot, joined
from secproxy.engine import Tracked
from secproxy.model import Action, Decision, Direction, Finding, Outcome, Severity, Surface
from secproxy.net.paths import normalize_path
from secproxy.surfaces.egress.http1 import (
    HttpError,
    PeerClosed,
    RequestHead,
    ResponseHead,
)
from secproxy.surfaces.egress.inspect import (
    RequestView,
    decompress,
    media_type,
    read_body,
    streamed,
    textual,
)
from secproxy.surfaces.egress.url import Destination
from secproxy.surfaces.refusal import refuse

if TYPE_CHECKING:
    from secproxy.surfaces.egress.connection import ClientConnection
    from secproxy.surfaces.egress.policy import EgressPolicy

NOT_INSPECTED = "not_inspected"
"""The category of the finding that says what the guards did not see."""
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
_DECODABLE = (b"gzip", b"x-gzip", b"deflate", b"identity")


def _note(message: str) -> Finding:
    return Finding("egress", NOT_INSPECTED, message, Severity.INFO)


@dataclass(slots=True)
class HeldRequest:
    """A request whose content is on its action's slots, its body (or the first part
    of it) read."""

    view: RequestView
    body: bytes | None
    """The body read so far (None: the request has none, or it is not read)."""
    read: int
    """Bytes of the body read from the client (before any rewrite)."""
    rest: bool
    """More body follows on the client connection, unread."""
    note: str | None
    """What the guards did not see, for a `not_inspected` finding."""
    coded: bytes | None = None
    """A gzip or deflate body as the client sent it (`body` is then its decoded bytes):
    forwarded as sent unless a guard masked some of it."""

    def apply(self, t: Tracked, head: RequestHead, dest: Destination
              ) -> tuple[RequestHead, Destination]:
        """After a permitting decision: the head and destination to forward, the guards'
        masks put back; the record's URL and headers are the masked ones."""
        action = t.action
        if self.note is not None:
            t.verdict.findings.append(_note(self.note))
        if t.verdict.sanitized is None or action.slots is None:
            if self.coded is not None:
                self.body = self.coded
            return head, dest
        origin, headers, body = self.view.rewrite(action.slots)
        if body is None and self.coded is not None:
            self.body = self.coded
        if body is not None:
            self.body = body
            if self.coded is not None:  # masked: sent decoded, its coding dropped
                headers = [h for h in headers if h[0] != b"content-encoding"]
            if head.content_length is not None and not head.chunked:
                length = len(body) + (head.content_length - self.read)
                headers = [(n, name, b"%d" % length if n == b"content-length" else v)
                           for n, name, v in headers]
        head = RequestHead(head.method, head.target, headers, head.version, head.keep_alive,
                           head.upgrade)
        target = action.target
        path, _, query = origin.decode("latin-1").partition("?")
        target.path = normalize_path(path)
        target.query = query or None
        action.metadata["headers"] = head.header_dict()
        return head, Destination(target, origin, dest.authority)


def host_slot(authority: bytes) -> Slot:
    """The destination's name as the client wrote it (`host:port`): data leaves in it
    too, before any body does — in the DNS lookup, the TLS server name, the Host
    header — so the guards read it on every request and every CONNECT. A guard cannot
    mask it (`Role.HOST`): what it would mask there is refused, before the lookup."""
    return Slot(Role.HOST, authority.decode("latin-1"), ("host",))


async def hold_request(conn: ClientConnection, head: RequestHead, dest: Destination,
                       action: Action) -> HeldRequest | None:
    """Put the request's content on `action` as slots, its body read first. None when
    the request was answered and recorded here instead (a body the guards cannot read
    and `oversize: block`, or a client that failed while sending it)."""
    policy = conn.policy
    settings = policy.inspect
    limit = settings.max_body_bytes
    body: bytes | None = None
    read, rest, note = 0, False, None
    coded = None
    if head.has_body:
        coding = _coding(head.joined(b"content-encoding"))
        decodable = coding in _DECODED
        too_big = head.content_length is not None and head.content_length > limit
        if (coding != b"identity" and not decodable) or too_big:
            why = (f"request body over egress.inspect.max_body_bytes ({limit})" if too_big
                   else f"request body compressed with {coding.decode('latin-1')}, which "
                        "the guards cannot decode")
            if settings.oversize == "block":
                await _refuse(conn, action, "body_too_large",
                              f"{why}: the guards cannot read it")
                return None
            if coding != b"identity":
                note, rest = f"{why} not inspected", True
        if not rest:
            try:
                body, read, rest = await _read_body(conn, head, limit)
            except HttpError as exc:
                await _refuse(conn, action, exc.error, exc.message)
                return None
            except (PeerClosed, ConnectionError, TimeoutError) as exc:
                await _refuse(conn, action, "client_gone",
                              f"client stopped sending the request body: {exc or 'timeout'}",
                              answer=False)
                return None
            if rest:
                if settings.oversize == "block":
                    await _refuse(conn, action, "body_too_large",
                                  f"request body over egress.inspect.max_body_bytes ({limit}): "
                                  "the guards cannot read it")
                    return None
                note = f"request body past {limit} bytes not inspected"
                if coding != b"identity":  # its compressed start is no text to mask
                    coded, body = body, b""
            elif coding != b"identity" and body:
                decoded = decompress(body, coding.decode("latin-1"), limit)
                if decoded is None:
                    why = (f"request body compressed with {coding.decode('latin-1')} that "
                           f"does not decode, or decodes to more than {limit} bytes")
                    if settings.oversize == "block":
                        await _refuse(conn, action, "body_too_large",
                                      f"{why}: the guards cannot read it")
                        return None
                    note = f"{why} not inspected"
                    coded, body = body, b""
                else:
                    coded, body = body, decoded
    held = guard_view(policy, head, dest, action, body, read, rest, note)
    held.coded = coded
    return held


_DECODED = frozenset({b"gzip", b"x-gzip", b"deflate"})
"""Request body codings the guards read through (`decompress`)."""


def _coding(value: bytes | None) -> bytes:
    """A body's content coding from every `Content-Encoding` line: `identity` codings
    dropped, the rest kept as one list (`gzip, gzip` stays two: no guard reads it). Two
    lines, `identity` then `gzip`, are gzip: the first line alone let gzip bytes pass
    as text the guards could not read while the receiver decoded them."""
    if value is None:
        return b"identity"
    codings = [c.strip().lower() for c in value.split(b",")]
    codings = [c for c in codings if c and c != b"identity"]
    return b", ".join(codings) or b"identity"


def guard_view(policy: EgressPolicy, head: RequestHead, dest: Destination, action: Action,
               body: bytes | None = None, read: int = 0, rest: bool = False,
               note: str | None = None) -> HeldRequest:
    """Put the request's content on `action` as slots: its URL, query, headers and host,
    and the `body` read (`hold_request`; a request without a body comes here directly,
    nothing to wait for)."""
    parsed = None
    if body:
        parsed = read_body(body, head.get(b"content-type"), whole=not rest, bytes_too=True)
    view = RequestView(head, dest.origin, policy.skip_headers, parsed,
                       host_slot(dest.authority))
    action.slots = view.slots
    action.content = joined(view.slots)
    return HeldRequest(view, body, read, rest, note)


async def _read_body(conn: ClientConnection, head: RequestHead, limit: int
                     ) -> tuple[bytes, int, bool]:
    """The body, or its first `limit` bytes and a bit more: (bytes, size, more follows)."""
    rx = conn.rx
    expect = head.get(b"expect")
    if expect is not None and expect.strip().lower() == b"100-continue":
        rx.write(_CONTINUE)  # the client waits for it before it sends the body
    stall = conn.policy.settings.idle_timeout
    pieces: list[bytes] = []
    size = 0
    while True:
        piece = await rx.body_piece(stall)
        if not piece:
            return b"".join(pieces), size, False
        pieces.append(piece)
        size += len(piece)
        if size > limit:
            return b"".join(pieces), size, True


async def _refuse(conn: ClientConnection, action: Action, error: str, message: str, *,
                  answer: bool = True) -> None:
    """Answer (and close) a request refused before its decision, and record it."""
    finding = Finding("egress", error, message, Severity.LOW)
    verdict = conn.engine.settle(action, finding)
    refusal = refuse(error, message, request_id=action.request_id)
    outcome = Outcome(status=refusal.status if answer else None, duration=0.0,
                      error=None if answer else message)
    try:
        if answer:
            await conn.send(refusal.http1(close=True), close=True)
    finally:
        await conn.engine.record(action, verdict, outcome)


def accept_decodable(head: RequestHead) -> RequestHead:
    """The head with Accept-Encoding narrowed to the codings the response guards can
    read (gzip, deflate); the same head when there is nothing to narrow."""
    value = head.get(b"accept-encoding")
    if value is None:
        return head
    codings = [c.strip() for c in value.split(b",")]
    kept = [c for c in codings if c.split(b";")[0].strip().lower() in _DECODABLE]
    if len(kept) == len(codings):
        return head
    narrowed = b", ".join(kept) or b"identity"
    headers = [(n, name, narrowed if n == b"accept-encoding" else v)
               for n, name, v in head.headers]
    return RequestHead(head.method, head.target, headers, head.version, head.keep_alive,
                       head.upgrade)


def held_response(head: RequestHead, resp: ResponseHead) -> str | None:
    """How a response is guarded: `hold` (a text body), `stream` (text sent as it is
    produced: relayed unread), or None (no body, or not text)."""
    if resp.bodiless or head.method == b"HEAD":
        return None
    kind, _ = media_type(resp.get(b"content-type"))
    if streamed(kind):
        return "stream"
    return "hold" if textual(kind) else None


@dataclass(slots=True)
class GuardedBody:
    """What the response guards made of a held body."""

    body: bytes
    """What to send in place of the held bytes."""
    identity: bool = False
    """`body` is decoded (its Content-Encoding is dropped)."""
    refused: bool = False
    """The guards refused it (`t.verdict` says why)."""


async def guard_response(conn: ClientConnection, t: Tracked, resp: ResponseHead,
                         data: bytes, whole: bool) -> GuardedBody:
    """Guard a held response body (`whole`: all of it; else its first part)."""
    settings = conn.policy.inspect
    limit = settings.max_response_bytes
    coding = _coding(resp.joined(b"content-encoding"))
    text_bytes: bytes | None = data
    if coding != b"identity":
        text_bytes = decompress(data, coding.decode("latin-1"), limit) if whole else None
    if not whole or text_bytes is None:
        why = (f"response body past {limit} bytes" if not whole else
               f"response body compressed with {coding.decode('latin-1')} or over {limit} "
               f"bytes decoded")
        if settings.response_oversize == "block":
            _refused(t, "body_too_large", f"{why}: the guards cannot read it")
            return GuardedBody(data, refused=True)
        t.verdict.findings.append(_note(f"{why} not inspected"))
        if text_bytes is None:
            return GuardedBody(data)
    body = read_body(text_bytes, resp.get(b"content-type"), whole=False)
    if body is None:
        t.verdict.findings.append(_note("binary response body not inspected"))
        return GuardedBody(data)
    request = t.action
    action = Action(Surface.EGRESS, Direction.RESPONSE, request.principal, request.target,
                    content=body.text.text, slots=[Slot(Role.BODY, body.text.text, ("body",))],
                    metadata={"status": resp.status}, request_id=request.request_id)
    passed = await conn.engine.guard(action, t)
    if not passed.permits:
        return GuardedBody(data, refused=True)
    if passed.sanitized is None:
        return GuardedBody(data)
    return GuardedBody(body.text.encode(passed.sanitized), identity=coding != b"identity")


def _refused(t: Tracked, error: str, message: str) -> None:
    """A response the surface refuses itself (the guards could not read it): the
    request's verdict says so, and its record."""
    verdict = t.verdict
    verdict.findings.append(Finding("egress", error, message, Severity.LOW))
    verdict.decision = Decision.BLOCK
    verdict.reason = message


def stream_note(t: Tracked) -> None:
    """A response streamed unread (event stream, JSON lines)."""
    t.verdict.findings.append(_note("streamed response body not inspected"))
