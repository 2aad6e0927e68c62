"""Histograms and counters cheap enough to update several times per decision.

prometheus-client's `Histogram.observe` takes a lock and walks every bucket (about 2 µs
here), its `Counter.inc` takes two locks (about 1 µs); a decision observes one histogram
per stage and one per guard, and counts itself, its findings and its bytes. A
`LightHistogram` child keeps plain per-bucket counts (one `bisect` and two additions), a
`LightCounter` child a plain number; no lock: updates happen on the event loop's thread.
The registry reads them at scrape time through a collector, in the same exposition format
as prometheus-client's own (a counter's `_total` and `_created` samples).
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from prometheus_client.core import CounterMetricFamily, HistogramMetricFamily
from prometheus_client.registry import Collector, CollectorRegistry
from prometheus_client.utils import floatToGoString


class LightChild:
    """One label set's buckets, sum and count."""

    __slots__ = ("_bounds", "counts", "total")

    def __init__(self, bounds: tuple[float, ...]):
        self._bounds = bounds
        self.counts = [0] * (len(bounds) + 1)  # the last one is +Inf
        self.total = 0.0

    def observe(self, value: float) -> None:
        # `le` buckets: a value equal to a bound belongs to that bound's bucket.
        self.counts[bisect_left(self._bounds, value)] += 1
        self.total += value


class LightHistogram(Collector):
    """A labelled histogram whose children are `LightChild`s, registered as a collector."""

    def __init__(self, name: str, documentation: str, labelnames: Sequence[str] = (), *,
                 buckets: Sequence[float], registry: CollectorRegistry):
        self.name = name
        self.documentation = documentation
        self.labelnames = tuple(labelnames)
        self.bounds = tuple(sorted(float(b) for b in buckets))
        self._children: dict[tuple[str, ...], LightChild] = {}
        registry.register(self)

    def labels(self, *values: str) -> LightChild:
        if len(values) != len(self.labelnames):
            raise ValueError(f"{self.name} takes {len(self.labelnames)} label values")
        child = self._children.get(values)
        if child is None:
            child = self._children[values] = LightChild(self.bounds)
        return child

    def observe(self, value: float) -> None:
        """Observe on the unlabelled histogram (no label names)."""
        self.labels().observe(value)

    def describe(self) -> Iterator[HistogramMetricFamily]:
        yield HistogramMetricFamily(self.name, self.documentation, labels=self.labelnames)

    def collect(self) -> Iterator[HistogramMetricFamily]:
        family = HistogramMetricFamily(self.name, self.documentation, labels=self.labelnames)
        for values, child in list(self._children.items()):
            running = 0
            buckets = []
            for bound, count in zip((*self.bounds, float("inf")), child.counts, strict=True):
                running += count
                buckets.append((floatToGoString(bound), running))
            family.add_metric(list(values), buckets, child.total)
        yield family


class CountChild:
    """One label set's count, and when it was first counted (the `_created` sample)."""

    __slots__ = ("created", "value")

    def __init__(self) -> None:
        self.value = 0.0
        self.created = time.time()

    def inc(self, amount: float = 1) -> None:
        if amount < 0:
            raise ValueError("a counter only goes up")
        self.value += amount


class LightCounter(Collector):
    """A labelled counter whose children are `CountChild`s, registered as a collector.
    `name` ends in `_total`, as prometheus-client's `Counter` takes it."""

    def __init__(self, name: str, documentation: str, labelnames: Sequence[str] = (), *,
                 registry: CollectorRegistry):
        self.name = name
        self.documentation = documentation
        self.labelnames = tuple(labelnames)
        self._children: dict[tuple[str, ...], CountChild] = {}
        registry.register(self)

    def labels(self, *values: str) -> CountChild:
        if len(values) != len(self.labelnames):
            raise ValueError(f"{self.name} takes {len(self.labelnames)} label values")
        child = self._children.get(values)
        if child is None:
            child = self._children[values] = CountChild()
        return child

    def inc(self, amount: float = 1) -> None:
        """Count on the unlabelled counter (no label names)."""
        self.labels().inc(amount)

    def describe(self) -> Iterator[CounterMetricFamily]:
        yield CounterMetricFamily(self.name, self.documentation, labels=self.labelnames)

    def collect(self) -> Iterator[CounterMetricFamily]:
        family = CounterMetricFamily(self.name, self.documentation, labels=self.labelnames)
        for values, child in list(self._children.items()):
            family.add_metric(list(values), child.value, created=child.created)
        yield family
