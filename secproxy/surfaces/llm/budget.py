"""Token and spending limits of the LLM gateway (`llm.limits`, an upstream's or a proxy
key's `limits`, `llm.prices`), counted in the engine's amount windows
(`engine.limits.AmountWindow`, kept in the engine's `LimiterStore`: they outlive
reloads).

A request is admitted when its estimate fits under every limit that applies — its
principal's and its upstream's tokens per minute, hour and day, spending per
`cost_period`, and the token limits of the top-level `limits` and of the matching rule's
`rate_limit` policies (each per its own `limit_by` key) — and the estimate is counted at
once, so that concurrent requests see each other; when the answer says what was used
(`tokens.Usage`), the difference is counted. Over a limit: a `Denial` with the wait
until the request would fit (429 with `Retry-After`); a request that alone is over a
limit can never fit (413). A spending limit needs the model's price; an unpriced model
under one is refused (fail closed).

With `state.backend: redis` the windows are counted on the shared server instead
(`admit_shared`: one round trip; a limit holds across every instance); while it cannot
be reached, `state.on_failure` says: refused (`closed`) or counted here (`local`).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from secproxy.config.llm import LlmSettings, Price, TokenLimits, Upstream
from secproxy.engine.limits import AmountWindow, CompiledLimit, LimiterStore, Numbers, describe_hit
from secproxy.model import LimitHit, Principal
from secproxy.state.backend import AmountCheck, SharedState, StateUnavailable
from secproxy.surfaces.llm.tokens import Usage

_MILLION = 1_000_000


def price_of(prices: dict[str, Price], model: str | None) -> Price | None:
    """A model's price: its own entry, else the most specific glob that matches it."""
    if not model:
        return prices.get("*")
    hit = prices.get(model)
    if hit is not None:
        return hit
    best: tuple[int, Price] | None = None
    for pattern, price in prices.items():
        if fnmatch.fnmatchcase(model, pattern):
            rank = len(pattern.replace("*", ""))  # more fixed text: more specific
            if best is None or rank > best[0]:
                best = (rank, price)
    return best[1] if best else None


@dataclass(frozen=True, slots=True)
class Denial:
    """Why a request is not admitted."""

    category: str
    """`rate_limit` (429, `Retry-After`) or `body_too_large` (413: it never fits)."""
    message: str
    retry_after: float | None = None
    limit: LimitHit | None = None
    """The configured limit that is over (`limits`, a rule's), named in the 429's body."""


@dataclass(slots=True)
class Charge:
    """What one admitted request has counted, and where."""

    price: Price | None
    counted: Usage = field(default_factory=Usage)
    cost: float = 0.0
    windows: list[tuple[str, AmountWindow, str]] = field(default_factory=list)
    """(counter, window, key): counter `tokens` or `cost`."""
    shared: list[tuple[str, str, float]] = field(default_factory=list)
    """(counter, shared counter name, window seconds) counted on the shared server."""
    owed: list[AmountCheck] = field(default_factory=list)
    """Corrections `settle` left for the shared server (`Budget.send_owed`)."""
    accounted: bool = False
    """What the request used is counted (the gateway's `_account` ran)."""


@dataclass(frozen=True, slots=True)
class _Need:
    """One window a request's estimate must fit in."""

    counter: str
    """`tokens` or `cost`."""
    name: str
    """The window's name in the store."""
    seconds: float
    key: str
    limit: float
    need: float
    why: str
    hit: LimitHit | None = None


def _cost(price: Price | None, usage: Usage) -> float:
    if price is None:
        return 0.0
    return (usage.input * price.input + usage.output * price.output) / _MILLION


def _describe(counter: str, seconds: float, limit: float, scope: str, key: str) -> str:
    span = {60.0: "minute", 3600.0: "hour", 86400.0: "day", 604800.0: "week",
            2592000.0: "month"}.get(seconds, f"{seconds:g}s")
    what = f"{limit:g} tokens" if counter == "tokens" else f"a spend of {limit:g}"
    return f"{scope} {key} is over its limit of {what} per {span}"


class Budget:
    """The gateway's token and spending counters (state: the engine's store, or the
    shared server)."""

    def __init__(self, store: LimiterStore):
        self.store = store

    def _plan(self, settings: LlmSettings, upstream_name: str, upstream: Upstream,
              principal: Principal, model: str | None, estimate: int,
              configured: Sequence[tuple[CompiledLimit, str, Numbers]],
              charge: Charge) -> list[_Need] | Denial:
        """The windows the request's estimate must fit in, or why it never can."""
        price = charge.price
        scopes: list[tuple[str, str, TokenLimits]] = [
            ("principal", principal.key, settings.principal_limits(principal.user)),
            ("upstream", upstream_name, upstream.limits or settings.limits.upstream)]
        needs: list[_Need] = []
        for scope, key, limits in scopes:
            for counter, seconds, limit in limits.windows():
                if counter == "cost":
                    if price is None:
                        return Denial("no_price", f"model {model or '(none)'} has no price in "
                                      f"llm.prices, and a spending limit applies to {scope} "
                                      f"{key}")
                    need = estimate * price.input / _MILLION
                else:
                    need = float(estimate)
                why = _describe(counter, seconds, limit, scope, key)
                if need > limit:
                    return Denial("body_too_large", f"this request alone (about {estimate} "
                                  f"tokens) is over a limit: {why}")
                needs.append(_Need(counter, f"llm:{counter}:{scope}", seconds, key, limit,
                                   need, why))
        for lim, key, numbers in configured:
            for count, seconds in numbers.tokens:
                need = float(estimate)
                over = LimitHit(lim.name, key, count, seconds, 0.0, rule=lim.rule,
                                limit_by=lim.kind, unit="tokens")
                if need > count:
                    return Denial("body_too_large", f"this request alone (about {estimate} "
                                  f"tokens) is over a limit: {describe_hit(over)}", limit=over)
                needs.append(_Need("tokens", f"llm:tokens:{lim.scope}", seconds, key, count,
                                   need, describe_hit(over), over))
        return needs

    @staticmethod
    def _over(need: _Need, wait: float) -> Denial:
        hit = replace(need.hit, retry_after=wait) if need.hit is not None else None
        why = describe_hit(hit) if hit is not None else need.why
        return Denial("rate_limit", f"token limit: {why}", wait, hit)

    def admit(self, settings: LlmSettings, upstream_name: str, upstream: Upstream,
              principal: Principal, model: str | None, estimate: int, now: float,
              configured: Sequence[tuple[CompiledLimit, str, Numbers]] = ()
              ) -> Charge | Denial:
        """Count a request's estimate, or say why it may not go now. A request that names
        no model and carries no text (`GET /v1/models`) spends nothing: not limited.
        `configured`: the token limits of `limits` and the rules that apply, with the
        request's key under each (`Engine.token_limits`)."""
        charge = Charge(price_of(settings.prices, model), Usage(input=estimate))
        if not estimate and model is None:
            return charge
        needs = self._plan(settings, upstream_name, upstream, principal, model, estimate,
                           configured, charge)
        if isinstance(needs, Denial):
            return needs
        return self._admit_here(needs, charge, now)

    def _admit_here(self, needs: list[_Need], charge: Charge, now: float
                    ) -> Charge | Denial:
        """Decide on this instance's windows."""
        worst: tuple[float, _Need] | None = None
        windows = [self.store.amounts(n.name, n.seconds) for n in needs]
        for need, window in zip(needs, windows, strict=True):
            w = window.wait(need.key, need.need, need.limit, now)
            if w is not None and (worst is None or w > worst[0]):
                worst = (w, need)
        if worst is not None:
            return self._over(worst[1], worst[0])
        for need, window in zip(needs, windows, strict=True):
            window.add(need.key, need.need, now)
            charge.windows.append((need.counter, window, need.key))
        charge.cost = _cost(charge.price, charge.counted)
        return charge

    async def admit_shared(self, shared: SharedState, settings: LlmSettings,
                           upstream_name: str, upstream: Upstream, principal: Principal,
                           model: str | None, estimate: int, now: float,
                           configured: Sequence[tuple[CompiledLimit, str, Numbers]] = ()
                           ) -> Charge | Denial:
        """`admit` with the windows on the shared server: every instance's requests count
        in one window. Unreachable: refused (`state_unavailable`) or, with
        `on_failure: local`, decided on this instance's windows."""
        charge = Charge(price_of(settings.prices, model), Usage(input=estimate))
        if not estimate and model is None:
            return charge
        needs = self._plan(settings, upstream_name, upstream, principal, model, estimate,
                           configured, charge)
        if isinstance(needs, Denial):
            return needs
        if not needs:
            return charge
        if shared.up:
            names = [f"{n.name}|{n.seconds:g}|{n.key}" for n in needs]
            try:
                refused = await shared.take_amounts(
                    [AmountCheck(name, n.seconds, n.limit, n.need)
                     for name, n in zip(names, needs, strict=True)])
            except StateUnavailable:
                pass
            else:
                if refused is not None:
                    return self._over(needs[refused[0]], refused[1])
                charge.shared = [(n.counter, name, n.seconds)
                                 for name, n in zip(names, needs, strict=True)]
                charge.cost = _cost(charge.price, charge.counted)
                return charge
        if shared.on_failure == "closed":
            return Denial("state_unavailable", f"state backend unavailable "
                          f"({shared.problem or 'no answer'}): token limits cannot be "
                          "counted (state.on_failure: closed)")
        shared.fell_back()
        return self._admit_here(needs, charge, now)

    def settle(self, charge: Charge, usage: Usage, now: float) -> float:
        """Count what the request really used instead of what was counted (an estimate,
        or nothing when refused); returns its cost. Corrections of windows on the shared
        server are left in `charge.owed` (`send_owed`)."""
        cost = _cost(charge.price, usage)
        tokens = usage.total - charge.counted.total
        spent = cost - charge.cost
        for counter, window, key in charge.windows:
            amount = tokens if counter == "tokens" else spent
            if amount:
                window.add(key, amount, now)
        for counter, name, seconds in charge.shared:
            amount = tokens if counter == "tokens" else spent
            if amount:
                charge.owed.append(AmountCheck(name, seconds, 0.0, amount))
        charge.counted = Usage(usage.input, usage.output, usage.reported)
        charge.cost = cost
        return cost

    @staticmethod
    async def send_owed(shared: SharedState | None, charge: Charge) -> None:
        """Send the corrections `settle` left for the shared server."""
        if shared is not None and charge.owed:
            owed, charge.owed = charge.owed, []
            await shared.add_amounts(owed)
