"""Guard findings reused for text already inspected: an agent's LLM requests resend the
whole conversation every turn, so without this the guards scan turn N's earlier
messages again and again (guard time growing with the square of a conversation).

A `GuardCache` belongs to one config snapshot (a reload starts an empty one: no result
of a guard built from older settings is ever reused). Its key is what a guard's result
for one slot may depend on — the guard, the slot's role, the action's surface and
direction, the session's taint — and a BLAKE2b digest of the slot's text, never the
text: the cache holds no content. Its value is that slot's hits, their slot index left
out. It is bounded (least recently used out first) and locked, so the worker threads
heavy guards run in can share it.

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
from hashlib import blake2b
from typing import Any

from secproxy.content import Slot
from secproxy.guards import Guard, GuardContext, Hit
from secproxy.model import Action

PER_SLOT = frozenset({"patterns", "secrets", "injection", "encoding", "pii", "toxicity"})
"""Families whose hits for a slot depend on its text and role, and the action's surface
and direction, alone: each reads a slot's views by its index and skips an empty slot."""

Key = tuple[int, Any, str, bytes]
"""(the guard's id, the action's circumstances, the slot's role, the text's digest)."""


def cacheable(guard: Guard) -> bool:
    """Whether `guard`'s findings may be reused: a built-in per-slot family's own class
    (`secproxy.guards.<family>`), cheap or heavy, not a coroutine."""
    family = guard.family
    return (family in PER_SLOT and type(guard).__module__ == f"secproxy.guards.{family}"
            and not inspect.iscoroutinefunction(guard.inspect))


class GuardCache:
    """Hits per (guard, circumstances, role, text digest), for one snapshot's guards (which
    it keys by `id`: the snapshot holds them, so an id is never another guard's)."""

    __slots__ = ("_entries", "_lock", "size", "hits", "misses")

    def __init__(self, size: int):
        self.size = size
        """Entries kept at most (least recently used out first)."""
        self._entries: OrderedDict[Key, tuple[Hit, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        """Slots whose hits came from the cache (unlocked: a figure for tests and
        benches, which a race between threads may leave one short)."""
        self.misses = 0
        """Slots a cacheable guard scanned."""

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Key) -> tuple[Hit, ...] | None:
        with self._lock:
            got = self._entries.get(key)
            if got is not None:
                self._entries.move_to_end(key)
            return got

    def put(self, key: Key, hits: tuple[Hit, ...]) -> None:
        with self._lock:
            entries = self._entries
            entries[key] = hits
            if len(entries) > self.size:
                entries.popitem(last=False)

    def memo(self, slots: Sequence[Slot], action: Action, taint: int) -> SlotMemo:
        """What one action's guards look up in the cache (its slots' digests made once)."""
        return SlotMemo(self, slots, (action.surface, action.direction, taint))


class SlotMemo:
    """One action's view of the cache: `inspect` runs a guard on the slots whose text it
    has not seen in these circumstances and takes the others' hits from the cache."""

    __slots__ = ("_cache", "_slots", "_where", "_digests")

    def __init__(self, cache: GuardCache, slots: Sequence[Slot], where: Any):
        self._cache = cache
        self._slots = slots
        self._where = where
        self._digests: list[bytes] | None = None

    def _keys(self, guard: Guard) -> list[Key | None]:
        digests = self._digests
        if digests is None:
            # Made once per action, shared by its guards; a race between threads makes
            # the same list twice.
            digests = self._digests = [
                blake2b(s.text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
                for s in self._slots]
        gid, where = id(guard), self._where
        return [(gid, where, s.role, d) if s.text else None
                for s, d in zip(self._slots, digests, strict=True)]

    def inspect(self, guard: Guard, slots: Sequence[Slot], ctx: GuardContext
                ) -> list[Hit] | Awaitable[list[Hit]]:
        """`guard.inspect(slots, ctx)`, with what the cache knows taken from it. The slots
        it knows are handed to the guard emptied (every cached family skips an empty
        slot), so each slot keeps its index and `ctx`'s views stay keyed right."""
        if slots is not self._slots or not cacheable(guard):
            return guard.inspect(slots, ctx)
        cache = self._cache
        keys = self._keys(guard)
        known: list[tuple[Hit, ...] | None] = [
            cache.get(k) if k is not None else None for k in keys]
        todo = [k is not None and got is None for k, got in zip(keys, known, strict=True)]
        fresh: dict[int, list[Hit]] = {}
        if any(todo):
            part = [s if scan else Slot(s.role, "", s.path)
                    for s, scan in zip(slots, todo, strict=True)]
            out = guard.inspect(part if not all(todo) else slots, ctx)
            if not isinstance(out, list):
                raise TypeError(f"guard {guard.name} returned {type(out).__name__}, "
                                "not a list of hits")
            for hit in out:
                fresh.setdefault(hit.slot, []).append(hit)
            for index, scan in enumerate(todo):
                if scan:
                    key = keys[index]
                    assert key is not None
                    cache.put(key, tuple(replace(h, slot=0) if h.slot else h
                                         for h in fresh.get(index, ())))
            cache.misses += sum(todo)
        hits: list[Hit] = []
        for index, got in enumerate(known):
            if got is not None:
                cache.hits += 1
                hits += [replace(h, slot=index) for h in got] if index else got
            else:
                hits += fresh.get(index, ())
        return hits
