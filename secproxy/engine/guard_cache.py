"""Guard findings reused for text already inspected: an agent's LLM requests resend the
whole conversation every turn, so without this the guards scan turn N's earlier
messages again and again (guard time growing with the square of a conversation).

A `GuardCache` belongs to one config snapshot (a reload starts an empty one: no result
of a guard built from older settings is ever reused). Its key is a digest of what a
guard's result for one slot may depend on — the action's surface and direction, the
session's taint, the slot's role — and the slot's text; the text itself is not kept: the
cache holds no content. The digest is SHA-256 cut to 16 bytes: as hard to collide on
purpose as BLAKE2b-128, and OpenSSL's runs on the CPU's SHA instructions (half BLAKE2b's
time on a 4 KB text). Its value is, per guard, that slot's hits, their slot index left
out: one entry per slot, fetched once per action (one lock taken per slot, not two per
guard and slot). It is bounded (least recently used out first) and locked, so the
worker threads heavy guards run in can share it.

Only the built-in families whose findings for a slot depend on that slot alone are
cached (`PER_SLOT`). Left out: `length` (with `per: all` it sums every slot), and
`tool_abuse` (it reads the call's tool name, method and arguments, not only its slots);
any guard from elsewhere (a custom one, a test's) is never cached.
"""

from __future__ import annotations

import inspect
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Sequence
from dataclasses import replace
from hashlib import sha256
from typing import Any

from secproxy.content import Role, Slot
from secproxy.guards import Guard, GuardContext, Hit
from secproxy.model import Action, Direction, Surface

PER_SLOT = frozenset({"patterns", "secrets", "injection", "encoding", "pii", "toxicity"})
"""Families whose hits for a slot depend on its text and role, and the action's surface
and direction, alone: each reads a slot's views by its index and skips an empty slot."""

Entry = dict[int, tuple[Hit, ...]]
"""One slot's hits (in those circumstances), by the id of the guard that found them."""


def cacheable(guard: Guard) -> bool:
    """Whether `guard`'s findings may be reused: a built-in per-slot family's own class
    (`secproxy.guards.<family>`), cheap or heavy, not a coroutine. A guard that stands
    for another, built on its first use (its `built`: `secproxy.runtime_guards`), is
    judged by that one, and not cacheable before it is built."""
    family = guard.family
    if hasattr(guard, "built"):
        built = guard.built
        if built is None:
            return False
        guard = built
    return (family in PER_SLOT and type(guard).__module__ == f"secproxy.guards.{family}"
            and not inspect.iscoroutinefunction(guard.inspect))


class GuardCache:
    """Per digest of the circumstances and text of a slot, each guard's hits, for one
    snapshot's guards (which it keys by `id`: the snapshot holds them, so an id is never
    another guard's)."""

    __slots__ = ("_entries", "_lock", "_cacheable", "size", "hits", "misses")

    def __init__(self, size: int):
        self.size = size
        """Slots kept at most (least recently used out first)."""
        self._entries: OrderedDict[bytes, Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._cacheable: dict[int, bool] = {}
        self.hits = 0
        """Slots whose hits came from the cache (unlocked: a figure for tests and
        benches, which a race between threads may leave one short)."""
        self.misses = 0
        """Slots a cacheable guard scanned."""

    def __len__(self) -> int:
        return len(self._entries)

    def entry(self, digest: bytes) -> Entry:
        """The entry of the slot whose digest this is, made (empty) if there was none;
        the guards then read it and add to it without the lock (a dict's get and set
        are atomic). One evicted meanwhile takes what is added to it along."""
        with self._lock:
            entries = self._entries
            got = entries.get(digest)
            if got is not None:
                entries.move_to_end(digest)
                return got
            got = entries[digest] = {}
            if len(entries) > self.size:
                entries.popitem(last=False)
            return got

    def serves(self, guard: Guard) -> bool:
        """`cacheable(guard)`, asked once per guard of the snapshot (until a guard built
        on its first use is built)."""
        got = self._cacheable.get(id(guard))
        if got is None:
            got = cacheable(guard)
            if getattr(guard, "built", guard) is not None:
                self._cacheable[id(guard)] = got
        return got

    def memo(self, slots: Sequence[Slot], action: Action, taint: int) -> SlotMemo:
        """What one action's guards look up in the cache (its slots' digests made once)."""
        circumstances = (action.surface, action.direction, taint)
        where = _WHERE.get(circumstances)
        if where is None:
            if len(_WHERE) >= 1024:  # (taints are a few levels: this is never reached)
                _WHERE.clear()
            # StrEnums: formatted as their values, by str's own (C) formatting.
            where = _WHERE[circumstances] = (
                f"{action.surface}\0{action.direction}\0{taint}\0".encode())
        return SlotMemo(self, slots, where)


_WHERE: dict[tuple[Surface, Direction, int], bytes] = {}
"""The digests' first bytes for each surface, direction and taint, formatted once."""
_ROLES = {role: f"{role}\0".encode() for role in Role}
"""Each role as the digests have it after those."""


class SlotMemo:
    """One action's view of the cache: `inspect` runs a guard on the slots whose text it
    has not seen in these circumstances and takes the others' hits from the cache."""

    __slots__ = ("_cache", "_slots", "_where", "_entries", "_blank")

    def __init__(self, cache: GuardCache, slots: Sequence[Slot], where: bytes):
        self._cache = cache
        self._slots = slots
        self._where = where
        """The action's surface, direction and taint, as the digests' first bytes."""
        self._entries: list[Entry | None] | None = None
        self._blank: list[Slot] | None = None

    def _fetch(self) -> list[Entry | None]:
        """Per slot, its entry in the cache (None for an empty slot), under a digest of its
        role, the action's circumstances and its text: fetched once per action, shared
        by its guards (a race between threads fetches the same entries twice). One
        digest, not a tuple of the parts: the parts are enums, whose hashing runs in
        Python, at every lookup."""
        where = self._where
        cache = self._cache
        out: list[Entry | None] = []
        for s in self._slots:
            if not s.text:
                out.append(None)
                continue
            h = sha256(where)
            h.update(_ROLES.get(s.role) or f"{s.role}\0".encode())
            h.update(s.text.encode("utf-8", "surrogatepass"))
            out.append(cache.entry(h.digest()[:16]))
        self._entries = out
        return out

    def inspect(self, guard: Guard, slots: Sequence[Slot], ctx: GuardContext
                ) -> list[Hit] | Awaitable[list[Hit]]:
        """`guard.inspect(slots, ctx)`, with what the cache knows taken from it. The slots
        it knows are handed to the guard emptied (every cached family skips an empty
        slot), so each slot keeps its index and `ctx`'s views stay keyed right."""
        cache = self._cache
        if slots is not self._slots or not cache.serves(guard):
            return guard.inspect(slots, ctx)
        entries = self._entries or self._fetch()
        gid = id(guard)
        if len(entries) == 1:  # the usual action: one slot, no index to move
            entry = entries[0]
            if entry is None:
                return guard.inspect(slots, ctx)
            got = entry.get(gid)
            if got is not None:
                cache.hits += 1
                return list(got)
            out = _checked(guard, guard.inspect(slots, ctx))
            entry[gid] = tuple(out)
            cache.misses += 1
            return out
        known = [e.get(gid) if e is not None else None for e in entries]
        todo = [e is not None and got is None for e, got in zip(entries, known, strict=True)]
        fresh: dict[int, list[Hit]] = {}
        scans = sum(todo)
        if scans:
            part = slots
            if scans < len(entries) - entries.count(None):
                blank = self._blank
                if blank is None:
                    blank = self._blank = [Slot(s.role, "", s.path) for s in slots]
                part = [s if scan else b for s, b, scan in zip(slots, blank, todo, strict=True)]
            for hit in _checked(guard, guard.inspect(part, ctx)):
                fresh.setdefault(hit.slot, []).append(hit)
            for index, scan in enumerate(todo):
                if scan:
                    entries[index][gid] = tuple(  # type: ignore[index]
                        replace(h, slot=0) if h.slot else h for h in fresh.get(index, ()))
            cache.misses += scans
        hits: list[Hit] = []
        for index, got in enumerate(known):
            if got is not None:
                cache.hits += 1
                hits += [replace(h, slot=index) for h in got] if index else got
            else:
                hits += fresh.get(index, ())
        return hits


def _checked(guard: Guard, out: Any) -> list[Hit]:
    """A cached guard's answer, which must be a list of hits (it is not a coroutine)."""
    if not isinstance(out, list):
        raise TypeError(f"guard {guard.name} returned {type(out).__name__}, "
                        "not a list of hits")
    return out
