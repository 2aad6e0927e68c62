"""Guards built on their first use: the MCP surface's and the inspection API's defaults.

`secproxy serve` with no config runs the inspection API and keeps the MCP guards ready
for `mcp wrap` and a relayed MCP server; built at start, their scanners and tables cost
~21 MiB of memory (the injection model alone ~18 MiB) and ~0.7 s of CPU in every
process, used or not. A `DeferredGuard` knows everything the engine reads before an
inspection (name, family, policy) from the guard's config entry, and builds the real
guard when the first action of its surface and direction reaches it:

- where it is first needed, once: the engine builds the guards an action will meet in
  a worker thread before deciding it (`pipeline._build_for`), so the event loop goes on
  serving every surface meanwhile (a cold build, with no Hyperscan database cached for
  this machine yet, took 7 s on a loaded machine, all of it with the loop stopped) and
  the stage timeout does not count it (a build inside the stage, slower than
  `engine.stage_timeout`, refused the first call). ~0.3 s of CPU for the injection
  guard, ~0.9 s for all the inspection defaults together, with the cache; a guard met
  outside `decide` (a stream, an egress response body) is still built where the stage
  first calls it;
- visibly: the build is logged with its time, and the first action's guard timing
  includes it;
- closed on failure: a guard that cannot be built fails every action it inspects
  (whatever `guards.on_error` says: before, the same error stopped the proxy from
  starting; only `engine.on_error: allow`, the operator's choice for every stage
  failure, lets such an action through, with a `stage_error` finding), logged once; a
  reload builds it afresh.

Once built, a deferred guard answers exactly as the guard itself (its `inspect`, its
cost: a heavy guard then runs in the stage's worker pool).
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from secproxy.content import Slot
from secproxy.guards import Cost, Guard, GuardContext, GuardPolicy, Hit, registry
from secproxy.heap import release_free_heap

if TYPE_CHECKING:
    from secproxy.config import Config

log = logging.getLogger("secproxy.guards")


class GuardBuildError(RuntimeError):
    """A deferred guard could not be built: every action it inspects is refused."""

    explained = True
    """Its cause was logged with the failed build: the engine's boundary logs each refusal
    in one line, without a traceback."""


class DeferredGuard:
    """A guard of `spec`, built by `registry.build` on its first inspection."""

    def __init__(self, spec: registry.GuardSpec, *,
                 on_error: Literal["block", "allow"] = "block"):
        self.name = spec.name
        self.family = spec.family
        self.policy: GuardPolicy = registry.policy_of(spec, on_error=on_error)
        self.cost: Cost = "cheap"
        """Before the build, cheap: the stage calls `inspect` on the event loop, where the
        build runs (a heavy guard's first call too); after it, the guard's own cost."""
        self._spec = spec
        self._on_error = on_error
        self._settings: Mapping[str, Any] = spec.settings
        self._guard: Guard | None = None
        self._error: Exception | None = None
        self._lock = threading.Lock()  # the stage's worker threads call guards too

    @property
    def built(self) -> Guard | None:
        """The guard itself, once built."""
        return self._guard

    def configure(self, settings: Mapping[str, Any]) -> None:
        """Settings for the build (checked when it runs)."""
        self._settings = settings

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext
                ) -> list[Hit] | Awaitable[list[Hit]]:
        guard = self._guard
        if guard is None:
            guard = self.build()
        return guard.inspect(slots, ctx)

    def build(self) -> Guard:
        """The guard itself, built now if it is not yet (once, whatever the threads);
        GuardBuildError, every time, when its build failed."""
        with self._lock:
            if self._guard is not None:
                return self._guard
            if self._error is None:
                start = time.perf_counter()
                try:
                    spec = _Entry(self._spec, self._settings)
                    (guard,) = registry.build([spec], on_error=self._on_error)
                except Exception as exc:
                    self._error = exc
                    # Closed whatever `guards.on_error` says: a guard that cannot be built was
                    # a proxy that would not start.
                    self.policy = dataclasses.replace(self.policy, on_error="block")
                    log.error("guard %s could not be built on its first use; every action "
                              "it inspects is refused until a reload: %s", self.name, exc)
                else:
                    guard.policy = self.policy
                    self.cost = guard.cost
                    self._guard = guard
                    log.info("guard %s built on its first use (%.0f ms)", self.name,
                             (time.perf_counter() - start) * 1000)
                    # What the build allocated and freed (a Hyperscan database read from
                    # the cache, compiled regexes' scratch) stays in malloc's free heap,
                    # ~2 MiB for egress's secrets guard, until an egress lull trims it.
                    release_free_heap()
                    # Its objects (the injection lexicon's ~54k) out of full collections'
                    # walk, as startup's are (`Runtime.start`): one landing in a request
                    # was a 64 KB text's p99.
                    gc.freeze()
                    return guard
        raise GuardBuildError(f"guard {self.name} could not be built: {self._error}")


class _Entry:
    """A config entry with other settings (`DeferredGuard.configure`)."""

    def __init__(self, spec: registry.GuardSpec, settings: Mapping[str, Any]):
        self.name = spec.name
        self.family = spec.family
        self.action = spec.action
        self.min_severity = spec.min_severity
        self.directions = spec.directions
        self.surfaces = spec.surfaces
        self.on_error = spec.on_error
        self.settings = settings


def deferred(specs_of: Callable[[Config], Sequence[registry.GuardSpec]]
             ) -> Callable[[Config], list[Guard]]:
    """A guard factory whose guards are built on first use, from `specs_of(config)`
    (the entries an eager factory would build)."""

    def factory(config: Config) -> list[Guard]:
        on_error = config.guards.on_error
        return [DeferredGuard(spec, on_error=on_error) for spec in specs_of(config)]

    factory.__name__ = f"deferred_{specs_of.__name__}"
    factory.__doc__ = f"`{specs_of.__name__}`'s guards, each built on its first use."
    return factory
