"""The MCP interceptor: one JSON-RPC text in, what to forward and what to answer out.

One interceptor serves one client's conversation with one server, over any transport.
Each message becomes an `Action` (surface `mcp`, host = the server's name, method, tool)
decided by the engine, which writes its record: `request` is what the client sends
(tool calls and their arguments, answers to sampling), `response` what the server sends
(results, definitions, its own sampling and elicitation requests, notifications).
Allowed messages go on as the original text; masked ones are rewritten in place;
refused ones are dropped and answered with a JSON-RPC error for their id.

A `tools/call` round trip is one record: the call's, written once its result is decided
(`Engine.result`: every stage runs on the result, whose verdict joins the call's). A
refused call is recorded at once; one whose result never comes, when the conversation
ends (`close`) or its text could not be sent (`unanswered`), with a `no result` error.

A server's requests to the client (`sampling/createMessage`, `elicitation/create`) are
actions like any other, with the server as host: rules by method deny or hold them, the
injection guard reads the sampling messages and the elicitation's question. The
client's answer is decided on its way back (the secrets guard reads what its model or
user said), recorded with `answers` in its metadata rather than as the same method.

Definition lists (`tools/list`, `prompts/list`, `resources/list`) are decided item by
item (`listing.Listing`), and the server's handshake (its instructions, name, title and
version) as one: a refused item is left out of the list, refused instructions are
removed, the rest of a handshake refused refuses it.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from secproxy.content import Role, TextSlots
from secproxy.engine import Announcement, Tracked
from secproxy.model import (
    Action,
    Decision,
    Direction,
    Finding,
    Outcome,
    Principal,
    Severity,
    Surface,
    Target,
    Verdict,
)
from secproxy.protocols.jsonrpc import (
    BLOCKED,
    HANDSHAKES,
    INVALID_REQUEST,
    LISTS,
    NO_ID,
    Malformed,
    Message,
    Relayed,
    answer_slots,
    dump,
    error_message,
    id_aliases,
    malformed_error,
    parse,
    result_slots,
    reused_id,
    reused_id_reason,
)
from secproxy.surfaces.refusal import rpc_data, rpc_message

if TYPE_CHECKING:
    from secproxy.surfaces.mcp.hub import McpHub

__all__ = ["McpInterceptor", "Relayed", "rewrite"]

_REQUEST = Direction.REQUEST
_RESPONSE = Direction.RESPONSE
_MAX_PENDING = 4096
_MAX_ANSWERED = 256
"""Client requests answered whose ids are kept, to read a second answer as the first."""
TOO_LARGE = "over the size limit (mcp.max_message_bytes)"
"""What a message over `mcp.max_message_bytes` is, in errors and records."""


def too_large_error(rpc_id: Any) -> str:
    """The error that answers the request `rpc_id` whose message is over the limit."""
    return dump(error_message(rpc_id, BLOCKED, f"refused: the message is {TOO_LARGE}"))

_Asked = tuple[str, str | None, Any]


def _alike(a: Any, b: Any) -> bool:
    """Whether two equal ids are written alike (`1` and `1.0`, `0.0` and `-0.0` are
    not: a client matching ids by type, or by their text, takes one for another)."""
    return type(a) is type(b) and (type(a) is not float or repr(a) == repr(b))


def _listing(result: Any, method: str) -> bool:
    """Whether a list method's result holds its list (any other shape is decided as a
    plain result: every string read, not passed on unread)."""
    return isinstance(result, dict) and isinstance(result.get(LISTS[method]), list)


def rewrite(msg: Message, action: Action, verdict: Verdict) -> bool:
    """Write masked content back into the message; False when nothing changed."""
    if verdict.decision is not Decision.ALLOW_WITH_REDACTION:
        return False
    if action.slots is not None:
        msg.slots.write(action.slots)
        return True
    if verdict.sanitized is not None and msg.slots.places:
        msg.slots.apply(verdict.sanitized)
        return True
    return False


class McpInterceptor:
    """Decides the messages between one client and one server, both ways."""

    def __init__(self, hub: McpHub, server: str, principal: Principal, session: str | None,
                 transport: str, *, settles: bool = False):
        self.hub = hub
        self.engine = hub.engine
        self.server = server
        self.principal = principal
        self.session = session
        self.transport = transport
        """`stdio`, `http` or `ws`: said in every record's metadata."""
        self._asked: dict[Any, _Asked] = {}
        """Client requests sent on: id → (method, what it names: a call's tool, a list's
        page cursor; the id as the client wrote it: `1.0` is the key `1` finds), to read
        their results."""
        self._answering: dict[Any, _Asked] = {}
        """Client requests whose answer is being decided: id → as in `_asked`."""
        self._answered: dict[Any, _Asked] = {}
        """The last `_MAX_ANSWERED` client requests answered: id → as in `_asked`."""
        self._server_asked: dict[Any, str] = {}
        """Server requests sent on (sampling, elicitation): id → method."""
        self._calls: dict[Any, Tracked] = {}
        """Tool calls sent on, waiting for their result: id → the call, whose one record
        is written with the result's verdict (or when the result cannot come any more)."""
        self._unannounced: list[Announcement] = []
        """Calls allowed and not announced yet (`publish`)."""
        self.settles = settles
        """The transport calls `settle()` once it has written what `handle` gave it: a
        call's record then waits for its result to be written on (batch durability;
        strict durability writes it first, durable, as before)."""
        self._unrecorded: list[Tracked] = []
        """Calls whose result was decided and whose record waits for `settle`."""

    # -- building actions -------------------------------------------------------------

    def action(self, direction: Direction, method: str | None, tool: str | None = None, *,
               arguments: dict[str, Any] | None = None, meta: dict[str, Any] | None = None
               ) -> Action:
        """An action on this server (its name is the target's host, for rules)."""
        target = Target(self.server, None, "mcp", None, None, method, tool)
        return Action(Surface.MCP, direction, self.principal, target, self.session,
                      arguments=arguments, metadata=meta or {})

    @staticmethod
    def with_slots(action: Action, msg: Message, role: Role) -> Action:
        if msg.slots.places:
            action.slots = msg.slots.slots(role)
            action.content = msg.slots.text()
        return action

    # -- one text -----------------------------------------------------------------------

    async def handle(self, text: str, direction: Direction, unread: Any = NO_ID,
                     asked: str | None = None) -> Relayed:
        """Decide one JSON-RPC text (a message or a batch). An allowed tool call is
        announced (`publish`) by the transport once it has sent it on, at the latest
        before the next text of the conversation is decided. `unread`, `asked`: the id
        and method a message over the size limit showed (`stdio.Oversized`; `text` is
        then empty)."""
        if self._unannounced:
            self.publish()
        if self._unrecorded:
            await self.settle()
        if asked is not None and direction is _RESPONSE:
            # A request of the server's (sampling, elicitation) or a notification: not
            # an answer to any of the client's; the server gets the error for its id.
            kind = "notification" if unread is NO_ID else "request"
            await self.too_large(direction, f"the MCP server's {kind} {asked}", None, asked)
            return None, None if unread is NO_ID else too_large_error(unread)
        if direction is _REQUEST and not text and (unread is not NO_ID or asked is not None):
            return await self.client_too_large(unread, asked)
        if unread is not NO_ID and direction is _RESPONSE:
            # The server's answer to a request the client waits for: an error for it
            # under the id as the client wrote it (`1.0` answered as `1`).
            await self._malformed(text, direction, Malformed(TOO_LARGE))
            return await self._failed_answer(
                unread, f"the MCP server's answer is {TOO_LARGE}",
                f"the server's answer was {TOO_LARGE}"), None
        try:
            messages, batch = parse(text, unique=direction is _REQUEST)
        except Malformed as exc:
            return await self._malformed(text, direction, exc)
        if batch and direction is _REQUEST:
            twice = reused_id(messages)
            if twice is not NO_ID:
                return await self._reused(text, twice)
        kept: list[Any] = []
        answers: list[Any] = []
        changed = False
        for msg in messages:
            forward, answer, rewritten = await self._message(msg, direction)
            changed = changed or rewritten or forward is not msg.obj
            if forward is not None:
                kept.append(forward)
            if answer is not None:
                answers.append(answer)
        if not changed:
            out: str | None = text
        elif not kept:
            out = None
        else:
            out = dump(kept if batch else kept[0])
        reply = dump(answers if batch else answers[0]) if answers else None
        return out, reply

    async def _message(self, msg: Message, direction: Direction
                       ) -> tuple[Any, Any, bool]:
        """(element for the receiver, answer for the sender, rewritten)."""
        if direction is _REQUEST:
            if msg.kind in ("request", "notification"):
                return await self._client_request(msg)
            method = self._server_asked.pop(msg.rpc_id, None)
            if msg.kind == "result":
                answer_slots(msg)  # what the client's model or user answered goes out
            return await self._decided(msg, direction, method, None, Role.TOOL_CALL,
                                       to_receiver=True)
        if msg.kind in ("request", "notification"):
            params = msg.obj.get("params")
            if isinstance(params, dict) and "_meta" in params:
                msg.slots.collect(params, "_meta")  # the server's to fill, as in answers
            action = self.action(_RESPONSE, msg.method, arguments=msg.arguments,
                                 meta=self._meta(msg))
            verdict = await self.engine.decide(self.with_slots(action, msg, Role.TOOL_RESULT))
            if not verdict.permits:
                return None, self._refusal(msg, action, verdict), False
            if msg.kind == "request":
                self._remember(self._server_asked, msg.rpc_id, msg.method or "")
            return msg.obj, None, rewrite(msg, action, verdict)
        renamed = self._asked_id(msg)
        rpc_id = msg.rpc_id
        asked = self._asked.pop(rpc_id, None)
        if asked is None:
            # A second answer to one request (another stream of the session, while the
            # first waits for an operator): the client takes whichever comes first, so
            # it is decided as the first is (a list by its pins and rules), not as a
            # plain result.
            again = self._answering.get(rpc_id) or self._answered.get(rpc_id)
            if again is None and rpc_id is not None:
                return await self._unasked(msg)
            method, tool = (again[0], again[1]) if again is not None else (None, None)
            return await self._answer(msg, direction, method, tool, renamed)
        self._answering[rpc_id] = asked
        try:
            return await self._answer(msg, direction, asked[0], asked[1], renamed)
        finally:
            self._answering.pop(rpc_id, None)
            self._remember(self._answered, rpc_id, asked, _MAX_ANSWERED)

    async def _unasked(self, msg: Message) -> tuple[Any, Any, bool]:
        """An answer to no request sent on (and to none answered lately) is dropped: no
        client waits for it, unless for one this proxy has not read yet (behind a call
        held for an operator), whose answer the server guessed it and sent early, to be
        taken for its answer undecided as that (a list by its pins and rules)."""
        action = self.action(_RESPONSE, None, meta=self._meta(msg))
        finding = Finding("mcp", "unasked_answer", f"an answer to no request sent on (id "
                          f"{dump(msg.rpc_id)}): dropped", Severity.MEDIUM)
        verdict = self.engine.settle(action, finding)
        await self.engine.record(action, verdict, Outcome(duration=0.0))
        return None, None, True

    async def _answer(self, msg: Message, direction: Direction, method: str | None,
                      tool: str | None, renamed: bool) -> tuple[Any, Any, bool]:
        """The server's answer to a request of the client's (`method`, naming `tool`)."""
        if msg.kind == "result" and method in LISTS and _listing(msg.result, method):
            from secproxy.surfaces.mcp.listing import Listing

            changed = await Listing(self, msg, method, tool).decide()
            return msg.obj, None, changed or renamed
        if msg.kind == "result" and method in HANDSHAKES and isinstance(msg.result, dict):
            forward, changed = await self._handshake(msg, method)
            return forward, None, changed or renamed
        if msg.kind == "result":
            if method == "tools/list" and isinstance(msg.result, dict) and (
                    "tools" in msg.result):
                # Its tools in another shape (`{"tools": {"admin_reset": {}}}`): nothing
                # a client can call is pinned, but the server has listed, so the tools it
                # did not list as a list stay unlisted (`mcp.unlisted_tools`).
                await self.hub.pins.listed(self.server)
            result_slots(msg)
        forward, answer, rewritten = await self._decided(msg, direction, method, tool,
                                                         Role.TOOL_RESULT, to_receiver=True)
        return forward, answer, rewritten or renamed

    def _asked_id(self, msg: Message) -> bool:
        """A server's answer under another spelling of the id of a request the client
        waits for (`"7"` for 7; `1` for `1.0`, as a server reading ids as integers
        answers) is that request's answer: the SDKs take it for one
        (`jsonrpc.id_aliases`), so it is decided as one (a `tools/list` under `"7"` is
        a list whose pins and rules count) and goes on under the id as the client wrote
        it, read one way by every client. True when the id was rewritten."""
        rpc_id = msg.rpc_id
        key = self._pending(rpc_id)
        if key is NO_ID or key is rpc_id or key == rpc_id and _alike(key, rpc_id):
            return False
        msg.rpc_id = msg.obj["id"] = key
        return True

    def _pending(self, rpc_id: Any) -> Any:
        """The id, as the client wrote it, of the client's request waiting that a
        server's answer under `rpc_id` answers (the same id, `1` for `1.0`, or a string
        spelling of it), else `NO_ID`."""
        tables = (self._asked, self._answering, self._answered)
        for table in tables:
            asked = table.get(rpc_id)
            if asked is not None:
                return asked[2]
        for alias in id_aliases(rpc_id):
            for table in tables:
                for key in table:
                    if key == alias and not isinstance(key, str):
                        return key
        return NO_ID

    def _meta(self, msg: Message) -> dict[str, Any]:
        # The server is the target's host already; every key here is masked and
        # written for every message.
        meta: dict[str, Any] = {"kind": msg.kind, "transport": self.transport}
        if msg.rpc_id is not NO_ID:
            meta["rpc_id"] = msg.rpc_id
        return meta

    @staticmethod
    def _remember(table: dict[Any, Any], key: Any, value: Any, limit: int = _MAX_PENDING
                  ) -> None:
        if key is NO_ID or key is None:
            return
        table.pop(key, None)  # (the newest last)
        if len(table) >= limit:
            table.pop(next(iter(table)))
        table[key] = value

    async def _client_request(self, msg: Message) -> tuple[Any, Any, bool]:
        action = self.action(_REQUEST, msg.method, msg.tool, arguments=msg.arguments,
                             meta=self._meta(msg))
        if msg.rpc_id is None and msg.kind == "request":
            # MCP forbids it, the SDK's server drops it unanswered, and an answer under
            # null is an error about a message its server could not read.
            verdict = self.engine.settle(action, Finding(
                "mcp", "null_id", f"a {msg.method} request whose id is null: refused",
                Severity.LOW))
            await self.engine.record(action, verdict, Outcome(duration=0.0))
            return None, error_message(None, INVALID_REQUEST, "Invalid Request: a "
                                       "request's id must not be null"), False
        if msg.tool and msg.slots.places:
            # The arguments' values end to end too: a key sent split over two of them.
            action.slots = msg.slots.call_slots()
            action.content = msg.slots.text()
        else:
            self.with_slots(action, msg, Role.FRAME)
        withheld = self.hub.withheld.get((self.server, msg.tool)) if msg.tool else None
        if withheld is not None:
            finding = Finding("mcp", "tool_withheld",
                              f"tool {msg.tool} of {self.server} was left out of its list: "
                              f"{withheld}", Severity.MEDIUM)
            verdict = self.engine.settle(action, finding)
            await self.engine.record(action, verdict, Outcome(duration=0.0))
            return None, self._refusal(msg, action, verdict), False
        unlisted = await self._unlisted(action, msg.tool) if msg.tool else None
        if unlisted is not None and not unlisted.permits:
            await self.engine.record(action, unlisted, Outcome(duration=0.0))
            return None, self._refusal(msg, action, unlisted), False
        tracked = msg.kind == "request" and msg.tool is not None and \
            msg.rpc_id is not NO_ID and msg.rpc_id is not None
        if not tracked:
            verdict = await self.engine.decide(action, audit=unlisted is None)
            if unlisted is not None:
                verdict.findings.extend(unlisted.findings)
                await self.engine.record(action, verdict, Outcome(duration=0.0))
        else:
            verdict, announcement = await self.engine.decide_unannounced(action)
            if unlisted is not None:
                verdict.findings.extend(unlisted.findings)
            if verdict.permits:
                if self.engine.durable:  # strict durability: durable now
                    await self.engine.intent(action, verdict)
                gone = self._track(msg.rpc_id, Tracked(action, verdict, Outcome()))
                if gone is not None:
                    await self._unanswered(*gone)
                self._unannounced.append(announcement)
            else:
                announcement.publish()
                await self.engine.record(action, verdict, Outcome(duration=0.0))
        if not verdict.permits:
            return None, self._refusal(msg, action, verdict), False
        if msg.kind == "request":
            named = msg.tool
            if msg.method in LISTS and msg.arguments is not None:
                cursor = msg.arguments.get("cursor")
                named = cursor if isinstance(cursor, str) else None
            self._remember(self._asked, msg.rpc_id, (msg.method or "", named, msg.rpc_id))
        return msg.obj, None, rewrite(msg, action, verdict)

    async def _unlisted(self, action: Action, tool: str) -> Verdict | None:
        """A call to a tool its server's pins do not hold, as `mcp.unlisted_tools` says
        (refused; held, then approved or not; let on), with an `unlisted_tool` finding.
        None when the tool is pinned, when the server has no pins (never listed: nothing
        to compare with; its first list pins its tools) or when a rule refuses the call
        anyway (by its name, as it keeps the tool out of lists)."""
        pins = self.hub.pins
        server = self.server
        if pins.holds(server, tool):
            return None
        if not pins.known(server):
            await pins.refresh(server)  # (shared state: another instance's pins)
            if not pins.known(server) or pins.holds(server, tool):
                return None
        if self.engine.rule_decision(action)[0] is Decision.BLOCK:
            return None
        setting = self.engine.config.mcp.unlisted_tools
        what = f"tool {tool} is not in the tools list of {server} (not pinned)"
        if setting == "allow":
            return Verdict(Decision.ALLOW, [Finding("mcp", "unlisted_tool",
                                                    f"{what}: let on", Severity.LOW)])
        if setting == "hold" and not self.hub.standalone:
            finding = Finding("mcp", "unlisted_tool", f"{what}: held", Severity.MEDIUM)
            return await self.engine.ask(action, finding, audit=False)
        why = "refused" if setting == "deny" else "refused (no operator to approve it)"
        return self.engine.settle(action, Finding("mcp", "unlisted_tool", f"{what}: {why}",
                                                  Severity.MEDIUM))

    def publish(self) -> None:
        """Announce the calls allowed since the last time (live views, the decision log,
        metrics, the session's timeline): a transport calls it once it has sent them on,
        so that the server works on a call while it is announced."""
        if not self._unannounced:
            return
        pending, self._unannounced = self._unannounced, []
        for announcement in pending:
            announcement.publish()

    async def settle(self) -> None:
        """Write the records of the calls whose results `handle` gave the transport (it
        calls this once it has written them on: the result goes to the client without
        waiting for its record to be built, masked and queued)."""
        unrecorded = self._unrecorded
        record = self.engine.record
        while unrecorded:
            call = unrecorded.pop(0)
            # Batch durability (the only one that leaves records to settle): a record
            # waits, when the ledger is behind, before it goes out and never after; most
            # of the time not at all. A cancel (or a close) while it waits still writes
            # it (`EventBus.publish`). (Under asyncio.shield every record took a task of
            # its own.)
            await record(call.action, call.verdict, call.outcome)

    def _track(self, rpc_id: Any, call: Tracked) -> tuple[Tracked, str] | None:
        """Wait for `call`'s result; the call it pushed out (its id's, or the oldest when
        too many wait) and why, which the caller records (no coroutine for the common
        case, where none is)."""
        calls = self._calls
        gone = calls.pop(rpc_id, None)  # the first call's result cannot be told apart
        calls[rpc_id] = call
        if gone is not None:
            return gone, "no result: its id was used again by a later call"
        if len(calls) > _MAX_PENDING:
            return calls.pop(next(iter(calls))), "no result: too many calls waiting"
        return None

    async def _unanswered(self, call: Tracked, why: str) -> None:
        if self._unannounced:  # its record comes after its announcement
            self.publish()
        call.outcome.error = why
        call.outcome.duration = time.monotonic() - call.outcome.started
        await self.engine.record(call.action, call.verdict, call.outcome)

    async def no_answer(self, text: str, why: str) -> str | None:
        """The requests in `text` (as sent on) that still wait will get no answer from
        the server: each gets a JSON-RPC error instead (the text for the client; None
        when none waits), its call recorded with `why`."""
        try:
            messages, batch = parse(text)
        except Malformed:
            return None
        errors = []
        for msg in messages:
            rpc_id = msg.rpc_id
            asked = self._asked.pop(rpc_id, None) if msg.kind == "request" else None
            if asked is None:
                continue
            self._remember(self._answered, rpc_id, asked, _MAX_ANSWERED)
            call = self._calls.pop(rpc_id, None)
            if call is not None:
                await self._unanswered(call, f"no result: {why}")
            errors.append(error_message(rpc_id, BLOCKED, f"refused: {why}"))
        if not errors:
            return None
        return dump(errors if batch else errors[0])

    async def close(self, why: str = "no result: the conversation ended") -> None:
        """The conversation is over: calls still waiting get their record now."""
        self.publish()
        await self.settle()
        calls, self._calls = self._calls, {}
        for call in calls.values():
            await self._unanswered(call, why)

    async def _decided(self, msg: Message, direction: Direction, method: str | None,
                       tool: str | None, role: Role, *, to_receiver: bool
                       ) -> tuple[Any, Any, bool]:
        """A response (result or error) to a request of the other side."""
        meta = self._meta(msg)
        if method:
            meta["answers"] = method
        if tool:
            meta["tool"] = tool
        # A client's answer to a server's request is not that request again: a rule on
        # `elicitation/create` holds the server's question once, not the answer too.
        acting = method if direction is _RESPONSE else None
        action = self.with_slots(self.action(direction, acting, meta=meta), msg, role)
        call = self._calls.pop(msg.rpc_id, None) if direction is _RESPONSE else None
        if call is None:
            verdict = await self.engine.decide(action)
        else:
            # The call's one record carries its result's verdict.
            try:
                verdict = await self.engine.result(action, call)
            except BaseException:
                self._calls[msg.rpc_id] = call  # recorded when the conversation ends
                raise
            call.outcome.duration = time.monotonic() - call.outcome.started
            if msg.kind == "error":
                call.outcome.error = "the server answered with an error"
            if self.settles and not self.engine.durable:
                self._unrecorded.append(call)
            else:
                await self.engine.record(call.action, call.verdict, call.outcome)
        if verdict.permits:
            return msg.obj, None, rewrite(msg, action, verdict)
        # The other side still waits for an answer to its id: it gets the refusal.
        return self._refusal(msg, action, verdict), None, True

    async def _handshake(self, msg: Message, method: str) -> tuple[Any, bool]:
        """The server's `initialize` (or `server/discover`) result: what goes to the
        client, and whether it changed. Its strings reach the model (the instructions
        like a system prompt, the server's name, title and version as it is introduced),
        so they are decided like a definition: refused instructions are removed and the
        rest decided again without them; the rest refused refuses the handshake (the
        client gets an error for it)."""
        result = msg.result
        action, verdict = await self._introduced(msg, method)
        removed = False
        if not verdict.permits and "instructions" in result:
            del result["instructions"]
            first, refused = action, verdict
            action, verdict = await self._introduced(msg, method)
            if verdict.permits:
                refused.findings.append(Finding(
                    "mcp", "poisoned_instructions", f"the instructions of {self.server} "
                    "were removed (at result.instructions)", Severity.HIGH))
                removed = True
            await self.engine.record(first, refused, Outcome(duration=0.0))
        await self.engine.record(action, verdict, Outcome(duration=0.0))
        if not verdict.permits:
            return self._refusal(msg, action, verdict), True
        return msg.obj, rewrite(msg, action, verdict) or removed

    async def _introduced(self, msg: Message, method: str) -> tuple[Action, Verdict]:
        """The verdict on every string of a handshake's result, not recorded."""
        result = msg.result
        meta = self._meta(msg)
        meta["answers"] = method
        action = self.action(_RESPONSE, method, meta=meta)
        msg.slots = TextSlots()
        for key in list(result):
            msg.slots.collect(result, key)
        self.with_slots(action, msg, Role.TOOL_RESULT)
        return action, await self.engine.decide(action, audit=False)

    def _refusal(self, msg: Message, action: Action, verdict: Verdict) -> Any:
        if msg.rpc_id is NO_ID:
            return None
        return error_message(msg.rpc_id, BLOCKED, rpc_message(verdict),
                             rpc_data(verdict, action.request_id))

    async def unreadable(self, why: str, size: int) -> None:
        """A message of the server that could not be read (it stalled, an event stream
        in another charset) is dropped: recorded as a malformed one."""
        await self._malformed("", _RESPONSE, Malformed(why), size=size)

    async def unreached(self, category: str, why: str, status: int) -> None:
        """The server gave no answer (it was not reached, or did not answer in time):
        recorded as an answer refused for `why`, with the status the client would have
        had from a gateway (`category`: `upstream_timeout`, `upstream_unreachable`…)."""
        action = self.action(_RESPONSE, None, meta={"transport": self.transport})
        verdict = self.engine.settle(action, Finding("mcp", category, why, Severity.LOW))
        await self.engine.record(action, verdict, Outcome(status=status, error=why,
                                                          duration=0.0))

    async def too_large(self, direction: Direction, what: str, size: int | None,
                        method: str | None = None) -> None:
        """A message over `mcp.max_message_bytes` (`what` it is: `the MCP server's
        answer`), not read whole (`size`: the bytes seen, when counted) and not passed
        on: recorded as refused for its size, with the limit."""
        limit = self.engine.config.mcp.max_message_bytes
        meta: dict[str, Any] = {"transport": self.transport, "limit": limit}
        if size is not None:
            meta["bytes"] = size
        action = self.action(direction, method, meta=meta)
        finding = Finding("mcp", "message_too_large",
                          f"{what} is over mcp.max_message_bytes ({limit} bytes): refused",
                          Severity.MEDIUM)
        verdict = self.engine.settle(action, finding)
        await self.engine.record(action, verdict, Outcome(duration=0.0))

    async def client_too_large(self, rpc_id: Any, asked: str | None,
                               size: int | None = None) -> Relayed:
        """A message of the client's over the size limit (`size` bytes, when counted),
        which showed `rpc_id` and (for a request) the method `asked`: refused and
        recorded. A request gets its error; a message with no method under the id of a
        request of the server's that waits is the client's answer to it: the server gets
        the error, or it would wait for good."""
        answered = self._server_asked.pop(rpc_id, None) if asked is None else None
        if answered is not None:
            await self.too_large(_REQUEST, f"the client's answer to {answered or 'a request'}",
                                 size, answered or None)
            return too_large_error(rpc_id), None
        what = f"the client's request {asked}" if asked is not None else "the client's message"
        await self.too_large(_REQUEST, what, size, asked)
        return None, None if rpc_id is NO_ID else too_large_error(rpc_id)

    async def unreadable_request(self, why: str, size: int) -> str:
        """A client's request whose body could not be read (a gzip body that is no gzip):
        refused and recorded as a malformed one; the JSON-RPC error to answer it with."""
        _, answer = await self._malformed("", _REQUEST, Malformed(why), size=size)
        assert answer is not None
        return answer

    async def _reused(self, text: str, rpc_id: Any) -> Relayed:
        """A client's batch that uses one id for two requests (or two answers): nothing of
        it goes on, and one Invalid Request error answers it, as the WebSocket relay
        does. Relayed in part, the server's answer to the call that ran and this proxy's
        refusal of another would carry the same id."""
        reason = reused_id_reason(rpc_id)
        action = self.action(_REQUEST, None, meta={"transport": self.transport,
                                                  "bytes": len(text), "rpc_id": rpc_id})
        verdict = self.engine.settle(action, Finding("mcp", "duplicate_id", reason,
                                                     Severity.MEDIUM), permit=False)
        await self.engine.record(action, verdict, Outcome(duration=0.0))
        return None, dump(error_message(None, INVALID_REQUEST, f"Invalid Request: {reason}"))

    async def _malformed(self, text: str, direction: Direction, exc: Malformed, *,
                         size: int | None = None) -> Relayed:
        """Unreadable text is refused and recorded; a client gets a JSON-RPC error."""
        action = self.action(direction, None, meta={"transport": self.transport,
                                                    "malformed": exc.reason,
                                                    "bytes": len(text) if size is None
                                                    else size})
        finding = Finding("mcp", "malformed", f"malformed message: {exc.reason}",
                          Severity.LOW)
        verdict = self.engine.settle(action, finding)
        await self.engine.record(action, verdict, Outcome(duration=0.0))
        if direction is _REQUEST:
            return None, dump(malformed_error(exc))
        if exc.rpc_id is None or exc.rpc_id is NO_ID:
            return None, None
        if not exc.response:  # a server's request: the server waits for its answer
            return None, dump(malformed_error(exc))
        # The server's answer to a request the client waits for: the client gets an
        # error for it, not silence (it would wait for good).
        return await self._failed_answer(
            exc.rpc_id, f"the MCP server's answer is no valid JSON-RPC ({exc.reason})",
            f"the server's answer was malformed ({exc.reason})"), None

    async def _failed_answer(self, rpc_id: Any, said: str, recorded: str) -> str | None:
        """The server's answer under `rpc_id` cannot go on: an error for the client's
        request it answers (`said`), under the id as the client wrote it, its call
        recorded with no result (`recorded`); None when no request waits for it (a
        second answer: the first answers the client)."""
        key = self._pending(rpc_id)
        asked = self._asked.pop(key, None) if key is not NO_ID else None
        if asked is None:
            return None
        self._remember(self._answered, key, asked, _MAX_ANSWERED)
        call = self._calls.pop(key, None)
        if call is not None:
            await self._unanswered(call, f"no result: {recorded}")
        return dump(error_message(key, BLOCKED, f"refused: {said}"))
