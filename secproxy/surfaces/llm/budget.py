"""Token and spending limits of the LLM gateway (`llm.limits`, an upstream's or a proxy
key's `limits`, `llm.prices`), counted in the engine's amount windows
(`engine.limits.AmountWindow`, kept in the engine's `LimiterStore`: they outlive
reloads).

A request is admitted when its estimate fits under every limit that applies — its
principal's and its upstream's tokens per minute, hour and day, and spending per
`cost_period` — and the estimate is counted at once, so that concurrent requests see
each other; when the answer says what was used (`tokens.Usage`), the difference is
counted. Over a limit: a `Denial` with the wait until the request would fit (429 with
`Retry-After`); a request that alone is over a limit can never fit (413). A spending
limit needs the model's price; an unpriced model under one is refused (fail closed).
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field

from secproxy.config.llm import LlmSettings, Price, TokenLimits, Upstream
from secproxy.engine.limits import AmountWindow, LimiterStore
from secproxy.model import Principal
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


@dataclass(slots=True)
class Charge:
    """What one admitted request has counted, and where."""

    price: Price | None
    counted: Usage = field(default_factory=Usage)
    cost: float = 0.0
    windows: list[tuple[str, AmountWindow, str]] = field(default_factory=list)
    """(counter, window, key): counter `tokens` or `cost`."""


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
    """The gateway's token and spending counters (state: the engine's store)."""

    def __init__(self, store: LimiterStore):
        self.store = store

    def admit(self, settings: LlmSettings, upstream_name: str, upstream: Upstream,
              principal: Principal, model: str | None, estimate: int, now: float
              ) -> Charge | Denial:
        """Count a request's estimate, or say why it may not go now. A request that names
        no model and carries no text (`GET /v1/models`) spends nothing: not limited."""
        price = price_of(settings.prices, model)
        charge = Charge(price, Usage(input=estimate))
        if not estimate and model is None:
            return charge
        scopes: list[tuple[str, str, TokenLimits]] = [
            ("principal", principal.key, settings.principal_limits(principal.user)),
            ("upstream", upstream_name, upstream.limits or settings.limits.upstream)]
        wait = 0.0
        why = ""
        needs: list[tuple[str, AmountWindow, str, float]] = []
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
                window = self.store.amounts(f"llm:{counter}:{scope}", seconds)
                w = window.wait(key, need, limit, now)
                if w == float("inf"):
                    return Denial("body_too_large",
                                  f"this request alone (about {estimate} tokens) is over a "
                                  f"limit: {_describe(counter, seconds, limit, scope, key)}")
                if w is not None and w > wait:
                    wait, why = w, _describe(counter, seconds, limit, scope, key)
                needs.append((counter, window, key, need))
        if why:
            return Denial("rate_limit", f"token limit: {why}", wait)
        for counter, window, key, need in needs:
            window.add(key, need, now)
            charge.windows.append((counter, window, key))
        charge.cost = _cost(price, charge.counted)
        return charge

    def settle(self, charge: Charge, usage: Usage, now: float) -> float:
        """Count what the request really used instead of what was counted (an estimate,
        or nothing when refused); returns its cost."""
        cost = _cost(charge.price, usage)
        tokens = usage.total - charge.counted.total
        spent = cost - charge.cost
        for counter, window, key in charge.windows:
            amount = tokens if counter == "tokens" else spent
            if amount:
                window.add(key, amount, now)
        charge.counted = Usage(usage.input, usage.output, usage.reported)
        charge.cost = cost
        return cost
