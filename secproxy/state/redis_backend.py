"""State shared by several `secproxy serve` instances through one Redis server
(`state.backend: redis`).

What each instance shares, and how:

- **Limits**: decided on the server by one Lua script per decision (`scripts.LIMITS`:
  exact sliding windows as sorted sets, token buckets as hashes, every key with an
  expiry), so N instances count one limit once.
- **Blocks and strikes**: a block made on any instance (an operator's, or strikes
  reaching `tracking.max_strikes`) is written as a key with the block's expiry and
  published on the instances' channel; every instance applies it to its own tracker,
  which keeps answering the identity stage from memory. Strikes are counted on the
  server (`scripts.STRIKE`) so they add up across instances.
- **Approvals**: each pending approval is written to one hash with the id of the
  instance holding it; every instance lists them all (`ApprovalBroker.remote`), and
  resolving one anywhere claims it (`scripts.CLAIM`) and tells its owner, which
  releases the held action. Another instance's approval opening or ending is put on
  this instance's event bus (`ApprovalEvent` of an `Approval` with its `instance`), so
  a console attached anywhere sees it live; metrics and alerts count only their own.
- **LLM token and spending windows** (`tokens_per_*`, `max_cost`): counted on the
  server by one script (`scripts.AMOUNTS`: 60 slices per window, as in memory); a
  request's estimate is admitted and counted in one round trip, and what it really used
  is added when it ends (sent later, in order, if the server is away then).
- **Session risk and taint**: what each decision adds to an agent session's risk, and
  the taint it is raised to, is added on the server (`scripts.SESSION`: decayed by the
  half-life, as in memory) and the sum published; every instance takes it into its own
  session tracker, which keeps answering the session stage and rules from memory. So a
  session that gathers risk on one instance is escalated or refused on every other.
  A principal's taint mark (`sessions.taint_scope: principal`) is set on the server for
  its TTL and published (`mark`; level 0: an operator cleared it), and read at start.
- **Used permit nonces** (the inspection API's permits): `SET NX` with the permit's
  lifetime, inline when a permit is used, so a permit used on one instance is refused
  on every other. Unreachable, the permit is refused whatever `on_failure` says.
- **MCP tool pins**: one hash per MCP server (tool name → pin); the first instance to
  pin a tool wins (`HSETNX`), an operator's approval replaces it (`HSET`). Each listing
  reads the server's hash first, so a tool pinned or approved on one instance is known
  on every other, and a definition that differs from it is held on every one.
- **Config reloads**: a reload on one instance asks every other to reload its own
  config file.
- **The kill switch**: turned on or off on one instance, it is stored (`killswitch`,
  on or off, no expiry) and published; every instance switches its own the same way
  (with the operator's name and reason), and one that (re)connects takes the stored
  state — or stores its own, when the server has none (restarted empty).
- **Principals' counters** (requests, refused, first and last seen, as `users list`
  shows them): each instance adds what it counted to one hash per principal every
  heartbeat (one pipeline) and takes back the totals of the principals any instance
  counted since its last look (`principals:changed`).
- **Instances**: each renews a heartbeat key (id, listeners, started, last seen) that
  `secproxy status` lists.

Changes leave through one ordered outbox (a task), so the decision that caused them
never waits on the network; only limits are decided on the server, inline. When the
server cannot be reached, `on_failure` says what decisions do (`closed`: refused by the
`state` stage; `local`: decided on this instance's memory, loudly); the heartbeat finds
the server again and re-syncs (blocks, approvals, this instance's entry) without a
restart.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import secrets
import socket
import ssl
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from prometheus_client import CollectorRegistry, Counter, Gauge
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError, RedisError

from secproxy.aio import cancel_and_wait, spawn
from secproxy.config.state import StateSettings
from secproxy.config.types import hide_url
from secproxy.engine.approvals import Approval, ApprovalError
from secproxy.engine.killswitch import SURFACES
from secproxy.engine.tracking import FOREVER
from secproxy.errors import ConfigError
from secproxy.events import (
    ApprovalEvent,
    ConfigEvent,
    Event,
    KillSwitchEvent,
    PrincipalEvent,
)
from secproxy.model import Surface
from secproxy.state import scripts
from secproxy.state.backend import AmountCheck, LimitCheck, StateUnavailable

if TYPE_CHECKING:
    from secproxy.engine import Engine

log = logging.getLogger("secproxy.state")
FAILURES = (RedisError, OSError, TimeoutError)
"""What an unreachable or failing server raises."""
OUTBOX_SIZE = 10_000
LIMITS_BATCH = 256
"""Most limit decisions sent in one pipeline."""
NONCE_MARGIN = 60.0
"""Seconds a used permit nonce is kept past its permit's expiry."""
PRINCIPAL_KEEP = 7 * 86_400.0
"""Seconds a principal's shared counters are kept after its last decision."""
COUNTS_READ = 5_000
"""Most principals whose totals are taken back per heartbeat."""
SESSION_KEEP = 86_400.0
"""Seconds a session is kept on the server after its last change (at least; 20
half-lives when that is longer: its risk is then a millionth of what it was)."""


def instance_id() -> str:
    """This process's name among the instances: host, pid and a few random bytes."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(2)}"


def connect(settings: StateSettings) -> Redis:
    """A client for `settings.url` that fails fast: a command is tried again once, and
    only when its connection was found closed (one left over from before an outage);
    anything else counts as down at once, and the heartbeat tries again."""
    assert settings.url is not None
    url = settings.url.get_secret_value()
    kw: dict[str, Any] = {
        "socket_timeout": settings.timeout,
        "socket_connect_timeout": settings.timeout,
        "retry": Retry(NoBackoff(), 1, supported_errors=(RedisConnectionError,)),
        "decode_responses": True,
        "client_name": "secproxy",
    }
    tls = settings.tls
    if settings.uses_tls:
        if url.startswith("redis://"):
            url = "rediss://" + url[len("redis://"):]
        kw["ssl_cert_reqs"] = ssl.CERT_REQUIRED if tls.verify else ssl.CERT_NONE
        kw["ssl_check_hostname"] = tls.verify
        if tls.ca_file is not None:
            kw["ssl_ca_certs"] = str(tls.ca_file.expanduser())
        if tls.cert_file is not None and tls.key_file is not None:
            kw["ssl_certfile"] = str(tls.cert_file.expanduser())
            kw["ssl_keyfile"] = str(tls.key_file.expanduser())
    return Redis.from_url(url, **kw)


def _end_if_cancelled() -> None:
    """End a loop whose task was cancelled even though the await that was cancelled
    returned (redis-py can swallow a cancellation while a command is on its way): the
    loop would otherwise go on, and stopping would wait for it for ever."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


def _problem(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:200] + "…"


class RedisState:
    """The Redis state backend (see the module docstring); `SharedState` for the
    engine's stages."""

    def __init__(self, settings: StateSettings, *, registry: CollectorRegistry | None = None,
                 instance: str | None = None, clock: Callable[[], float] = time.time):
        self.settings = settings
        self.on_failure: Literal["closed", "local"] = settings.on_failure
        self.id = instance or instance_id()
        self.prefix = settings.key_prefix
        self.channel = self.prefix + "events"
        self.where = hide_url(settings.url.get_secret_value()) if settings.url else ""
        """The server, as shown (no password)."""
        self._clock = clock
        self.client = connect(settings)
        self._limits = self.client.register_script(scripts.LIMITS)
        self._limit_prefix = f"{self.prefix}limit:"
        self._limits_busy = False
        """A limits call is on its way; others queue for the next pipeline."""
        self._limits_queue: list[tuple[list[bytes], list[Any], asyncio.Future[Any]]] = []
        self._limits_flusher: asyncio.Task[None] | None = None
        self._strike = self.client.register_script(scripts.STRIKE)
        self._claim = self.client.register_script(scripts.CLAIM)
        self._session = self.client.register_script(scripts.SESSION)
        self._amounts = self.client.register_script(scripts.AMOUNTS)
        self._up = False
        self._problem = "not connected yet"
        self._back = asyncio.Event()
        """Set while the server is up (the outbox waits on it)."""
        self._seq = itertools.count()
        self._engine: Engine | None = None
        self._addresses: Callable[[], dict[str, str]] = dict
        self._started = 0.0
        self._applying = False
        """True while a change that came from another instance is applied here (its
        events are not sent back out)."""
        self._outbox: asyncio.Queue[tuple[Any, ...]] = asyncio.Queue(OUTBOX_SIZE)
        self._tasks: list[asyncio.Task[Any]] = []
        self._counts: dict[str, list[float]] = {}
        """Per principal, counted here since the last heartbeat: requests, refused,
        first and last seen."""
        self._counts_seen = 0.0
        """Until when (server time) other instances' counts were taken back."""
        self._resync = False
        self._beating = asyncio.Lock()
        """One heartbeat (and re-sync) at a time: the heartbeat's and the channel's."""
        r = registry or CollectorRegistry()
        self.up_gauge = Gauge("secproxy_state_backend_up",
                              "1 while the shared state backend (Redis) answers", registry=r)
        self.fallbacks = Counter(
            "secproxy_state_fallback_total", "Decisions made on local state while the shared "
            "state backend was unreachable (state.on_failure: local)", registry=r)
        self.failures = Counter(
            "secproxy_state_backend_failures_total", "Times the shared state backend became "
            "unreachable", registry=r)
        self.dropped = 0
        """Changes not shared because the outbox was full."""

    # -- SharedState ----------------------------------------------------------------

    @property
    def up(self) -> bool:
        return self._up

    @property
    def problem(self) -> str:
        return "" if self._up else self._problem

    def fell_back(self) -> None:
        self.fallbacks.inc()

    async def limits(self, checks: Sequence[LimitCheck], now: float | None = None
                     ) -> tuple[int, float] | None:
        # Bytes, and the counters' figures in one argument: redis-py encodes each
        # argument in Python, the larger part of a decision's CPU here.
        prefix = self._limit_prefix
        keys = [(prefix + c.counter).encode() for c in checks]
        spec = " ".join(f"{'w' if c.kind == 'window' else 'b'} {float(c.a)!r} {float(c.b)!r}"
                        for c in checks)
        args: list[Any] = [b"" if now is None else repr(now).encode(),
                           f"{self.id}:{next(self._seq)}".encode(), spec.encode()]
        if self._limits_busy:
            # One call is on its way: wait for the next batch (one pipeline, one round
            # trip for every decision that arrived meanwhile).
            waiter: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            self._limits_queue.append((keys, args, waiter))
            out = await waiter
        else:
            self._limits_busy = True
            try:
                out = await self._limits(keys=keys, args=args)
            except FAILURES as exc:
                self._down(exc)
                raise StateUnavailable(self.problem) from None
            finally:
                if self._limits_queue:
                    self._limits_flusher = spawn(self._flush_limits(), name="state-limits")
                else:
                    self._limits_busy = False
        if not out:
            return None
        return int(out[0]) - 1, float(out[1])

    async def _flush_limits(self) -> None:
        """Send the limit decisions that queued up, in pipelines of at most
        `LIMITS_BATCH`, until none wait; each waiter gets its own script's answer."""
        queue = self._limits_queue
        try:
            while queue:
                batch = queue[:LIMITS_BATCH]
                del queue[:LIMITS_BATCH]
                try:
                    results = await self._limits_batch(batch)
                except FAILURES as exc:
                    self._down(exc)
                    for _, _, waiter in batch:
                        if not waiter.done():
                            waiter.set_exception(StateUnavailable(self.problem))
                    continue
                for (_, _, waiter), out in zip(batch, results, strict=True):
                    if not waiter.done():
                        waiter.set_result(out)
        finally:
            self._limits_busy = False
            for _, _, waiter in queue:  # cancelled (stopping)
                if not waiter.done():
                    waiter.set_exception(StateUnavailable("stopping"))
            queue.clear()

    async def _limits_batch(self, batch: list[tuple[list[bytes], list[Any], Any]]
                            ) -> list[Any]:
        if len(batch) == 1:
            keys, args, _ = batch[0]
            return [await self._limits(keys=keys, args=args)]
        sha = self._limits.sha
        async with self.client.pipeline(transaction=False) as pipe:
            for keys, args, _ in batch:
                pipe.evalsha(sha, len(keys), *keys, *args)
            results = await pipe.execute(raise_on_error=False)
        for i, out in enumerate(results):
            if isinstance(out, NoScriptError):  # the server forgot it (a restart)
                keys, args, _ = batch[i]
                results[i] = await self._limits(keys=keys, args=args)
            elif isinstance(out, Exception):
                raise out
        return list(results)

    def _amount_call(self, mode: str, checks: Sequence[AmountCheck], now: float | None
                     ) -> tuple[list[str], list[Any]]:
        keys = [f"{self.prefix}amount:{c.counter}" for c in checks]
        args: list[Any] = [mode, "" if now is None else repr(now)]
        for c in checks:
            args += (repr(float(c.window)), repr(float(c.limit)), repr(float(c.amount)))
        return keys, args

    async def take_amounts(self, checks: Sequence[AmountCheck], now: float | None = None
                           ) -> tuple[int, float] | None:
        keys, args = self._amount_call("take", checks, now)
        try:
            out = await self._amounts(keys=keys, args=args)
        except FAILURES as exc:
            self._down(exc)
            raise StateUnavailable(self.problem) from None
        if not out:
            return None
        return int(out[0]) - 1, float(out[1])

    async def add_amounts(self, adds: Sequence[AmountCheck], now: float | None = None
                          ) -> None:
        adds = [a for a in adds if a.amount]
        if not adds:
            return
        if self._up:
            keys, args = self._amount_call("add", adds, now)
            try:
                await self._amounts(keys=keys, args=args)
                return
            except FAILURES as exc:
                self._down(exc)
        self._send("amounts", adds)  # sent once the server is back (its time then)

    async def use_nonce(self, nonce: str, expires: float) -> bool:
        # SET NX: the first instance to use the nonce wins. Kept a minute past the
        # permit's expiry, for clocks that differ between instances.
        ttl = max(int((expires - self._clock() + NONCE_MARGIN) * 1000), 1)
        try:
            first = await self.client.set(f"{self.prefix}nonce:{nonce}", self.id, nx=True,
                                          px=ttl)
        except FAILURES as exc:
            self._down(exc)
            raise StateUnavailable(self.problem) from None
        return bool(first)

    async def tool_pins(self, server: str) -> dict[str, str]:
        try:
            pins = await self.client.hgetall(f"{self.prefix}pins:{server}")
        except FAILURES as exc:
            self._down(exc)
            raise StateUnavailable(self.problem) from None
        return {str(name): str(pin) for name, pin in pins.items()}  # decode_responses

    async def pin_tools(self, server: str, pins: Mapping[str, str], *, first: bool,
                        drop: str | None = None) -> dict[str, str]:
        key = f"{self.prefix}pins:{server}"
        names = list(pins)
        try:
            async with self.client.pipeline(transaction=True) as pipe:
                for name, pin in pins.items():
                    if first:
                        pipe.hsetnx(key, name, pin)
                    else:
                        pipe.hset(key, name, pin)
                if drop is not None and not first:
                    pipe.hdel(key, drop)
                pipe.hmget(key, names)
                stored = (await pipe.execute())[-1]
        except FAILURES as exc:
            self._down(exc)
            raise StateUnavailable(self.problem) from None
        return {n: v for n, v in zip(names, stored, strict=True) if v is not None}

    async def tools_listed(self, server: str, *, mark: bool) -> bool:
        key = f"{self.prefix}listed:{server}"
        try:
            if mark:
                await self.client.set(key, "1")
                return True
            return bool(await self.client.exists(key))
        except FAILURES as exc:
            self._down(exc)
            raise StateUnavailable(self.problem) from None

    async def status(self) -> dict[str, Any]:
        out: dict[str, Any] = {"backend": "redis", "url": self.where, "up": self._up,
                               "instance": self.id, "on_failure": self.on_failure,
                               "problem": self.problem or None,
                               "heartbeat": self.settings.heartbeat, "instances": []}
        if not self._up:
            return out
        try:
            keys = [k async for k in self.client.scan_iter(match=f"{self.prefix}instance:*",
                                                           count=500)]
            rows = await self.client.mget(keys) if keys else []
        except FAILURES as exc:
            self._down(exc)
            out.update(up=False, problem=self.problem)
            return out
        found = [json.loads(r) for r in rows if r]
        out["instances"] = sorted(found, key=lambda i: (i.get("started", 0), i.get("id", "")))
        return out

    # -- lifecycle -------------------------------------------------------------------

    async def start(self, engine: Engine, addresses: Callable[[], dict[str, str]]) -> None:
        """Bind to the engine, connect (a server that is down is retried, not fatal) and
        start the outbox, the channel listener and the heartbeat."""
        self._engine = engine
        self._addresses = addresses
        self._started = self._clock()
        engine.bus.add_listener(self._on_event)
        engine.approvals.forward = self._forward
        engine.sessions.shared = self._session_changed
        engine.sessions.shared_mark = self._mark_changed
        engine.sessions.shared_clear = self._session_cleared
        engine.tracker.shared = self._counted
        await self._beat()
        if not self._up:
            log.warning("state backend %s unreachable at start (%s); %s", self.where,
                        self._problem, self._consequence())
        self._tasks = [
            spawn(self._run_outbox(), name="state-outbox"),
            spawn(self._run_channel(), name="state-channel"),
            spawn(self._run_heartbeat(), name="state-heartbeat"),
        ]

    async def stop(self, flush_for: float = 2.0) -> None:
        """Send what the outbox holds (approvals this instance denied at shutdown,
        within `flush_for`), leave the list of instances, close."""
        if self._engine is not None:
            self._engine.bus.remove_listener(self._on_event)
            self._engine.approvals.forward = None
            self._engine.sessions.shared = None
            self._engine.tracker.shared = None
        if self._up:
            try:
                await asyncio.wait_for(self._outbox.join(), flush_for)
            except TimeoutError:
                log.warning("state: %d changes not shared before stopping",
                            self._outbox.qsize())
        await cancel_and_wait(*self._tasks, self._limits_flusher)
        self._tasks = []
        if self._up:
            try:
                await self.client.delete(f"{self.prefix}instance:{self.id}")
            except FAILURES:
                pass
        await self.client.aclose()

    # -- health ----------------------------------------------------------------------

    def _consequence(self) -> str:
        if self.on_failure == "closed":
            return "every decision is refused until it answers (state.on_failure: closed)"
        return ("deciding on this instance's own state until it answers "
                "(state.on_failure: local): limits and blocks are not shared meanwhile")

    def _down(self, exc: BaseException) -> None:
        # Cancelled (stopping) while a command was on its way, and the client said so as
        # a connection error: a loop that took it for an outage would wait for the
        # server again and never end.
        _end_if_cancelled()
        self._problem = _problem(exc)
        if not self._up:
            return
        self._up = False
        self._back.clear()
        self.up_gauge.set(0)
        self.failures.inc()
        log.error("state backend %s unreachable: %s; %s", self.where, self._problem,
                  self._consequence())

    async def _beat(self) -> None:
        """Renew this instance's entry; the first answer after an outage re-syncs."""
        async with self._beating:
            await self._beat_once()

    async def _beat_once(self) -> None:
        hb = self.settings.heartbeat
        entry = {"id": self.id, "listeners": self._addresses(), "started": self._started,
                 "last_seen": self._clock(), "pid": os.getpid(),
                 "host": socket.gethostname()}
        try:
            await self.client.set(f"{self.prefix}instance:{self.id}", json.dumps(entry),
                                  px=int(hb * 3000))
            if not self._up or self._resync:
                await self._sync()
            await self._share_counts()
        except FAILURES as exc:
            self._down(exc)
            return
        if not self._up:
            was = self._problem
            self._up = True
            self._back.set()
            self.up_gauge.set(1)
            if was != "not connected yet":
                log.warning("state backend %s answers again (was: %s); shared state in use",
                            self.where, was)
            else:
                log.info("state backend %s connected as instance %s", self.where, self.id)

    async def _run_heartbeat(self) -> None:
        while True:
            await asyncio.sleep(self.settings.heartbeat)
            await self._beat()
            _end_if_cancelled()

    async def _sync(self) -> None:
        """Take the server's blocks and approvals, and give it this instance's pending
        approvals (a server restarted empty has lost them)."""
        self._resync = False
        engine = self._engine
        assert engine is not None
        keys = [k async for k in self.client.scan_iter(match=f"{self.prefix}block:*",
                                                       count=500)]
        blocks = await self.client.mget(keys) if keys else []
        for raw in blocks:
            if raw:
                self._apply_block(json.loads(raw))
        held = await self.client.hgetall(f"{self.prefix}approvals")
        remote: dict[str, Approval] = {}
        for raw in held.values():
            approval = _approval(json.loads(raw))
            if approval is not None and approval.instance != self.id:
                remote[approval.id] = approval
        broker = engine.approvals
        before, broker.remote = broker.remote, remote
        for approval in remote.values():
            if approval.id not in before:
                engine.bus.emit(ApprovalEvent(approval, "opened"))
        for approval in before.values():
            if approval.id not in remote:  # ended while this instance was not listening
                engine.bus.emit(ApprovalEvent(approval, "resolved"))
        mine: dict[Any, Any] = {a.id: json.dumps(self._shared(a)) for a in broker.pending()
                if a.instance is None}
        if mine:
            await self.client.hset(f"{self.prefix}approvals", mapping=mine)
        await self._sync_kill_switch()
        await self._sync_sessions()
        await self._sync_marks()

    async def _sync_kill_switch(self) -> None:
        """The stored kill switch wins; with none stored, this instance's is stored."""
        assert self._engine is not None
        raw = await self.client.get(f"{self.prefix}killswitch")
        if raw is None:
            await self.client.set(f"{self.prefix}killswitch",
                                  json.dumps(self._engine.kill_switch.to_dict()))
            return
        self._apply_kill_switch(json.loads(raw))

    async def _sync_sessions(self) -> None:
        """Take every session the server holds (what the instances added to them)."""
        sessions = self._engine.sessions if self._engine is not None else None
        if sessions is None:
            return
        pattern = f"{self.prefix}session:*"
        start = len(self.prefix) + len("session:")
        batch: list[str] = []
        async for key in self.client.scan_iter(match=pattern, count=500):
            batch.append(key)
            if len(batch) >= 500:
                await self._merge_sessions(batch, start)
                batch = []
        if batch:
            await self._merge_sessions(batch, start)

    async def _sync_marks(self) -> None:
        """Take every principal's taint mark the server holds (`sessions.taint_scope:
        principal`): an agent that reconnects to another instance is still marked."""
        sessions = self._engine.sessions if self._engine is not None else None
        if sessions is None:
            return
        start = len(self.prefix) + len("mark:")
        keys = [key async for key in self.client.scan_iter(match=f"{self.prefix}mark:*",
                                                            count=500)]
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            for key, raw in zip(part, await self.client.mget(part), strict=True):
                mark = _mark_of(raw)
                if mark is not None:
                    sessions.merge_mark(key[start:], *mark)

    async def _merge_sessions(self, keys: list[str], start: int) -> None:
        assert self._engine is not None
        async with self.client.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.hmget(key, "risk", "at", "taint", "source")
            rows = await pipe.execute()
        for key, (risk, at, taint, source) in zip(keys, rows, strict=True):
            if risk is not None and at is not None:
                self._engine.sessions.merge(key[start:], float(risk), float(at),
                                            int(taint or 0), source or None)

    # -- outgoing --------------------------------------------------------------------

    def _send(self, *op: Any) -> None:
        try:
            self._outbox.put_nowait(op)
        except asyncio.QueueFull:
            self.dropped += 1
            log.error("state outbox full: %s not shared with the other instances", op[0])

    def _on_event(self, event: Event) -> None:
        """Bus listener: this instance's changes that the others must learn of."""
        if self._applying:
            return
        if isinstance(event, PrincipalEvent):
            if event.change == "blocked":
                self._send("block", event.key, event.blocked_until, event.reason, event.by)
            elif event.change == "unblocked":
                self._send("unblock", event.key, event.reason, event.by)
            elif event.change == "strike":
                self._send("strike", event.key, event.reason)
        elif isinstance(event, ApprovalEvent):
            approval = event.approval
            if getattr(approval, "instance", None) is not None:
                return  # another instance's: its owner shares it
            if event.state == "opened":
                self._send("approval", self._shared(approval))
            else:
                self._send("approval_done", approval.id, event.state)
        elif isinstance(event, ConfigEvent) and event.ok:
            self._send("reload", event.change, event.by)
        elif isinstance(event, KillSwitchEvent) and self._engine is not None:
            # Who switched and why: the switch itself forgets them when turned off.
            self._send("killswitch", {**self._engine.kill_switch.to_dict(), "by": event.by,
                                      "reason": event.reason})

    def _counted(self, key: str, count: bool, blocked: bool) -> None:
        """`PrincipalTracker.shared`: a decision counted here (sent every heartbeat)."""
        now = self._clock()
        counts = self._counts.get(key)
        if counts is None:
            counts = self._counts[key] = [0, 0, now, now]
        if count:
            counts[0] += 1
        if blocked:
            counts[1] += 1
        counts[3] = now

    async def _share_counts(self) -> None:
        """Add this instance's counts to the server's, and take back the totals of the
        principals any instance counted since the last look."""
        engine = self._engine
        if engine is None:
            return
        p = self.prefix
        counts, self._counts = self._counts, {}
        try:
            async with self.client.pipeline(transaction=False) as pipe:
                for key, (requests, blocked, first, last) in counts.items():
                    name = f"{p}principal:{key}"
                    pipe.hincrby(name, "requests", int(requests))
                    pipe.hincrby(name, "blocked", int(blocked))
                    pipe.hsetnx(name, "first_seen", repr(first))
                    pipe.hset(name, "last_seen", repr(last))
                    pipe.pexpire(name, int(PRINCIPAL_KEEP * 1000))
                    pipe.zadd(f"{p}principals:changed", {key: last})
                pipe.zremrangebyscore(f"{p}principals:changed", "-inf",
                                      self._clock() - PRINCIPAL_KEEP)
                pipe.time()
                now = (await pipe.execute())[-1]
        except BaseException:
            for key, (requests, blocked, first, last) in counts.items():  # sent later
                mine = self._counts.setdefault(key, [0, 0, first, last])
                mine[0] += requests
                mine[1] += blocked
                mine[2] = min(mine[2], first)
                mine[3] = max(mine[3], last)
            raise
        server_now = float(now[0]) + float(now[1]) / 1e6
        since = self._counts_seen - 5.0  # clocks differ a little: look again, harmlessly
        changed: list[str] = [str(k) for k in await self.client.zrangebyscore(
            f"{p}principals:changed", since, "+inf", start=0, num=COUNTS_READ)]
        if changed:
            async with self.client.pipeline(transaction=False) as pipe:
                for who in changed:
                    pipe.hmget(f"{p}principal:{who}", "requests", "blocked", "first_seen",
                               "last_seen")
                rows = await pipe.execute()
            for who, (requests, blocked, first, last) in zip(changed, rows, strict=True):
                if requests is None:
                    continue
                try:
                    engine.tracker.merge_counts(who, int(requests), int(blocked or 0),
                                                float(first or 0), float(last or 0))
                except ValueError:
                    log.warning("state: unreadable counters of principal %s ignored", who)
        self._counts_seen = server_now

    def _session_cleared(self, session: str) -> None:
        """`SessionTracker.shared_clear`: an operator cleared a session's taint here."""
        self._send("session_clear", session)

    def _mark_changed(self, key: str, level: int, when: float, source: str | None) -> None:
        """`SessionTracker.shared_mark`: a principal's taint mark raised, renewed or (level
        0) cleared here."""
        self._send("mark", key, level, when, source)

    def _session_changed(self, session: str, added: float, when: float, taint: int,
                         source: str | None) -> None:
        """`SessionTracker.shared`: a decision here added risk or taint to a session."""
        self._send("session", session, added, when, taint, source)

    def _forward(self, approval: Approval, approve: bool, by: str, note: str | None) -> None:
        """`ApprovalBroker.forward`: an operator here resolved another instance's
        approval."""
        self._send("claim", approval.id, approval.instance, approve, by, note)

    def _shared(self, approval: Approval) -> dict[str, Any]:
        out = approval.to_dict()
        out["instance"] = self.id
        return out

    async def _run_outbox(self) -> None:
        while True:
            op = await self._outbox.get()
            try:
                while True:
                    await self._back.wait()
                    try:
                        await self._deliver(op)
                        break
                    except FAILURES as exc:
                        self._down(exc)
                    finally:
                        _end_if_cancelled()
            finally:
                self._outbox.task_done()

    def _message(self, type_: str, **fields: Any) -> str:
        return json.dumps({"type": type_, "from": self.id, **fields})

    async def _deliver(self, op: tuple[Any, ...]) -> None:
        kind = op[0]
        c, p = self.client, self.prefix
        if kind == "block":
            _, key, until, reason, by = op
            forever = until is None or until == FOREVER
            block = {"key": key, "until": None if forever else until, "reason": reason,
                     "by": by}
            async with c.pipeline(transaction=True) as pipe:
                ttl = None if forever else max(int((until - self._clock()) * 1000), 1)
                pipe.set(f"{p}block:{key}", json.dumps(block), px=ttl)
                pipe.publish(self.channel, self._message("block", block=block))
                await pipe.execute()
        elif kind == "unblock":
            _, key, reason, by = op
            async with c.pipeline(transaction=True) as pipe:
                pipe.delete(f"{p}block:{key}", f"{p}strikes:{key}")
                pipe.publish(self.channel, self._message("unblock", key=key, reason=reason,
                                                         by=by))
                await pipe.execute()
        elif kind == "strike":
            _, key, reason = op
            tracker = self._tracker()
            if not tracker.enabled:
                return
            next_block = getattr(tracker, "next_block_duration", None)  # with escalation
            seconds = (next_block(key, self._clock()) if next_block is not None
                       else tracker.block_duration)
            await self._strike(keys=[f"{p}strikes:{key}", f"{p}block:{key}"], args=[
                "", f"{self.id}:{next(self._seq)}", repr(float(tracker.strike_window)),
                tracker.max_strikes or 0, repr(float(seconds)), reason or "",
                self.channel, self.id, key])
        elif kind == "approval":
            _, shared = op
            async with c.pipeline(transaction=True) as pipe:
                pipe.hset(f"{p}approvals", shared["id"], json.dumps(shared))
                pipe.publish(self.channel, self._message("approval", approval=shared))
                await pipe.execute()
        elif kind == "approval_done":
            _, approval_id, state = op
            async with c.pipeline(transaction=True) as pipe:
                pipe.hdel(f"{p}approvals", approval_id)
                pipe.publish(self.channel, self._message("approval_done", id=approval_id,
                                                         state=state))
                await pipe.execute()
        elif kind == "claim":
            _, approval_id, owner, approve, by, note = op
            message = self._message("resolve", id=approval_id, owner=owner, approve=approve,
                                    by=by, note=note)
            if not await self._claim(keys=[f"{p}approvals"],
                                     args=[approval_id, self.channel, message]):
                log.warning("approval %s was resolved elsewhere (or expired) first; this "
                            "answer (%s by %s) was not taken", approval_id,
                            "approve" if approve else "deny", by)
        elif kind == "session":
            _, session, added, when, taint, source = op
            half = self._engine.sessions.half_life if self._engine is not None else None
            keep = max(SESSION_KEEP, 20 * (half or 0))
            await self._session(keys=[f"{p}session:{session}"], args=[
                repr(float(when)), repr(float(added)), repr(float(half or 0)), int(taint),
                source or "", int(keep * 1000), self.channel, self.id, session])
        elif kind == "mark":
            _, key, level, when, source = op
            mark = {"level": level, "at": when, "source": source}
            lasts = self._engine.sessions.principal_taint_ttl if self._engine else None
            async with c.pipeline(transaction=True) as pipe:
                if level > 0:
                    pipe.set(f"{p}mark:{key}", json.dumps(mark),
                             px=None if lasts is None else int(lasts * 1000))
                else:
                    pipe.delete(f"{p}mark:{key}")
                pipe.publish(self.channel, self._message("mark", key=key, **mark))
                await pipe.execute()
        elif kind == "session_clear":
            _, session = op
            half = self._engine.sessions.half_life if self._engine is not None else None
            keep = max(SESSION_KEEP, 20 * (half or 0))
            async with c.pipeline(transaction=True) as pipe:
                pipe.hset(f"{p}session:{session}", mapping={"taint": 0, "source": ""})
                pipe.pexpire(f"{p}session:{session}", int(keep * 1000))
                pipe.publish(self.channel, self._message("session_clear", id=session))
                await pipe.execute()
        elif kind == "amounts":
            keys, args = self._amount_call("add", op[1], None)
            await self._amounts(keys=keys, args=args)
        elif kind == "killswitch":
            _, switch = op
            async with c.pipeline(transaction=True) as pipe:
                pipe.set(f"{p}killswitch", json.dumps(switch))
                pipe.publish(self.channel, self._message("killswitch", switch=switch))
                await pipe.execute()
        elif kind == "reload":
            _, change, by = op
            await c.publish(self.channel, self._message("reload", change=change, by=by))

    def _tracker(self) -> Any:
        assert self._engine is not None
        return self._engine.tracker

    # -- incoming --------------------------------------------------------------------

    async def _run_channel(self) -> None:
        """Listen on the instances' channel; (re)subscribe whenever the server is back,
        and re-sync then (what was published meanwhile is lost)."""
        while True:
            await self._back.wait()
            pubsub = self.client.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(self.channel)
                self._resync = True  # what was published while unsubscribed is lost
                await self._beat()
                while self._up:
                    message = await pubsub.get_message(timeout=1.0)
                    _end_if_cancelled()
                    if message is not None and message.get("type") == "message":
                        self._receive(message["data"])
            except FAILURES as exc:
                self._down(exc)
            finally:
                try:
                    await pubsub.aclose()
                except FAILURES:
                    pass

    def _receive(self, raw: str) -> None:
        try:
            message = json.loads(raw)
            kind = message["type"]
        except (ValueError, KeyError, TypeError):
            log.warning("state channel: unreadable message ignored")
            return
        mine = message.get("from") == self.id
        engine = self._engine
        assert engine is not None
        try:
            if kind == "block":
                self._apply_block(message["block"])
            elif kind == "session":  # this instance's too: the sum is the server's
                engine.sessions.merge(str(message["id"]), float(message["risk"]),
                                      float(message["at"]), int(message.get("taint") or 0),
                                      message.get("source") or None)
            # A clear comes back to its own instance too: the channel delivers in the
            # server's order, so a taint another instance published before the clear
            # reached the server (taken here after the local clear, its time later than
            # it) is undone by the clear's echo (`clear_echoed`). A mark's echo is merged
            # as any (the higher level and the later time win; level 0 clears).
            elif kind == "session_clear":
                if mine:
                    engine.sessions.clear_echoed(str(message["id"]))
                else:
                    engine.sessions.clear_taint(str(message["id"]))
            elif kind == "mark":
                engine.sessions.merge_mark(str(message["key"]), int(message["level"]),
                                           float(message["at"]), message.get("source"))
            elif mine:
                return
            elif kind == "unblock":
                self._applying = True
                engine.tracker.unblock(message["key"], by=message.get("by") or "operator",
                                       reason=message.get("reason"))
            elif kind == "approval":
                approval = _approval(message["approval"])
                if approval is not None and approval.id not in engine.approvals.remote:
                    engine.approvals.remote[approval.id] = approval
                    engine.bus.emit(ApprovalEvent(approval, "opened"))
            elif kind == "approval_done":
                self._remote_done(str(message["id"]), str(message.get("state") or ""))
            elif kind == "resolve" and message.get("owner") == self.id:
                try:
                    engine.approvals.resolve(message["id"], approve=bool(message["approve"]),
                                             by=message.get("by") or "operator",
                                             note=message.get("note"))
                except ApprovalError as exc:
                    log.warning("approval %s resolved on another instance: %s",
                                message["id"], exc.message)
            elif kind == "reload":
                self._reload(message)
            elif kind == "killswitch":
                self._apply_kill_switch(message["switch"])
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("state channel: %s message ignored (%r)", kind, exc)
        finally:
            self._applying = False

    def _apply_kill_switch(self, switch: dict[str, Any]) -> None:
        """Switch this instance's kill switch as another's was (unless it is so
        already): an event here too, so its consoles and ledger see it."""
        assert self._engine is not None
        local = self._engine.kill_switch
        known = {s.value for s in SURFACES}
        wanted = sorted(str(n) for n in switch.get("surfaces") or [] if n in known) \
            if switch.get("on") else []
        if sorted(s.value for s in local.surfaces) == wanted:
            return
        by = str(switch.get("by") or "an operator on another instance")
        reason = switch.get("reason")
        self._applying = True
        try:
            if wanted:
                local.turn_on(frozenset(Surface(n) for n in wanted), by=by, reason=reason)
            else:
                local.turn_off(by=by, reason=reason)
        finally:
            self._applying = False

    def _remote_done(self, approval_id: str, state: str) -> None:
        """Another instance's approval ended (answered anywhere, or expired): consoles
        attached here drop it."""
        assert self._engine is not None
        broker = self._engine.approvals
        approval = broker.remote.pop(approval_id, None)
        if approval is None:  # answered here (`ApprovalBroker._hand_over`), or unknown
            approval = broker.get(approval_id)
            if approval is None or approval.instance is None:
                return
        if approval.state == "pending" and state in ("approved", "denied", "expired"):
            approval.state = state
            approval.resolved_at = self._clock()
        self._engine.bus.emit(ApprovalEvent(approval, approval.state))

    def _apply_block(self, block: dict[str, Any]) -> None:
        """Apply a block from the server to this instance's tracker (unless it holds it
        already)."""
        tracker = self._tracker()
        key, until = block["key"], block.get("until")
        until = FOREVER if until is None else float(until)
        now = self._clock()
        if until <= now:
            return
        st = tracker.get(key)
        if st is not None and st.blocked_until is not None and abs(st.blocked_until - until) < 1:
            return
        self._applying = True
        try:
            tracker.block(key, duration=None if until == FOREVER else until - now,
                          reason=block.get("reason"), by=block.get("by") or "system")
        finally:
            self._applying = False

    def _reload(self, message: dict[str, Any]) -> None:
        engine = self._engine
        assert engine is not None
        if engine.loaded.source is None:
            log.info("instance %s reloaded its config; this one runs on defaults (no file)",
                     message.get("from"))
            return
        self._applying = True
        try:
            engine.reload_from()
        except ConfigError as exc:
            log.error("config reload asked by instance %s failed here: %s",
                      message.get("from"), exc)


def _approval(data: dict[str, Any]) -> Approval | None:
    """An approval another instance holds, from its shared form."""
    try:
        return Approval(
            id=str(data["id"]), fingerprint=str(data["fingerprint"]),
            surface=str(data["surface"]), principal=str(data["principal"]),
            session=data.get("session"), summary=str(data["summary"]),
            detail=dict(data.get("detail") or {}), rule=data.get("rule"),
            reason=data.get("reason"), created=float(data["created"]),
            expires=float(data["expires"]), instance=str(data["instance"]))
    except (KeyError, TypeError, ValueError):
        log.warning("state: an unreadable shared approval was ignored")
        return None


def _mark_of(raw: Any) -> tuple[int, float, str | None] | None:
    """A principal's mark as the server keeps it (JSON: level, at, source); None when it
    is gone or unreadable."""
    try:
        doc = json.loads(raw)
        return int(doc["level"]), float(doc["at"]), doc.get("source") or None
    except (TypeError, ValueError, KeyError):
        return None
