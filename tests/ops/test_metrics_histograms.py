"""The stage, guard and decision-time histograms count each decision's times as one
`observe` per time would: in the bucket of the least bound at or above it, whichever
stages a decision ran, and a scrape sees every decision noted so far."""

from __future__ import annotations

import random
from bisect import bisect_left

from prometheus_client.parser import text_string_to_metric_families

from secproxy.events import DecisionEvent
from secproxy.model import Action, Decision, Surface, Target, Verdict
from secproxy.ops.metrics import Metrics

_BOUNDS = (1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 5e-3, 0.025, 0.1, 1.0)


def _decision(surface: Surface, timings: dict[str, float],
              guards: dict[str, float] | None) -> DecisionEvent:
    verdict = Verdict(Decision.ALLOW, [], timings=timings, guard_timings=guards)
    return DecisionEvent(Action(surface, target=Target(host="example.com")), verdict)


def _buckets(text: bytes, family: str, label: str, value: str) -> list[float]:
    for metric in text_string_to_metric_families(text.decode()):
        if metric.name == family:
            return [s.value for s in metric.samples
                    if s.name.endswith("_bucket") and s.labels.get(label) == value]
    raise AssertionError(f"no {family}")


def _expected(values: list[float]) -> list[float]:
    counts = [0] * (len(_BOUNDS) + 1)
    for v in values:
        counts[bisect_left(_BOUNDS, v)] += 1
    running, out = 0, []
    for c in counts:
        running += c
        out.append(float(running))
    return out


def test_folded_histograms_count_like_one_observation_each() -> None:
    rng = random.Random(7)
    m = Metrics()
    seen: dict[str, list[float]] = {}
    totals: dict[str, list[float]] = {}
    guards: list[float] = []
    for i in range(700):  # past the fold's batch twice, with a scrape in between
        surface = Surface.EGRESS if i % 3 else Surface.TOOL
        names = ("identity", "rules", "guards") if i % 5 else ("identity", "rules")
        # times on the bounds themselves, between them and past the last one
        timings = {n: rng.choice([*_BOUNDS, rng.uniform(0, 2)]) for n in names}
        guard = {"keys": rng.choice([*_BOUNDS, rng.uniform(0, 0.01)])} if i % 2 else None
        m.observe(_decision(surface, timings, guard))
        for n, v in timings.items():
            seen.setdefault(n, []).append(v)
        totals.setdefault(surface.value, []).append(sum(timings.values()))
        if guard:
            guards.append(guard["keys"])
        if i == 400:
            text = m.render(pending=0, ledger_queue=0)
            assert _buckets(text, "secproxy_stage_seconds", "stage", "rules") == \
                _expected(seen["rules"])
    text = m.render(pending=0, ledger_queue=0)
    for name, values in seen.items():
        assert _buckets(text, "secproxy_stage_seconds", "stage", name) == _expected(values)
    for surface, values in totals.items():
        assert _buckets(text, "secproxy_decision_seconds", "surface", surface) == \
            _expected(values)
    assert _buckets(text, "secproxy_guard_seconds", "guard", "keys") == _expected(guards)
