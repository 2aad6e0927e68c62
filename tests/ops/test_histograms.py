"""The light histogram and counter expose what prometheus-client's own would, for the same
observations: the same samples (names, labels, values), parsed by prometheus-client's
parser from each registry's exposition text."""

from __future__ import annotations

import random

import pytest
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from secproxy.ops.histograms import LightCounter, LightHistogram

BUCKETS = (1e-5, 2.5e-5, 5e-5, 1e-4, 1e-3, 0.1, 1.0)


def samples(registry: CollectorRegistry) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    text = generate_latest(registry).decode()
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def test_light_counter_exposes_what_a_prometheus_counter_does() -> None:
    theirs, ours = CollectorRegistry(), CollectorRegistry()
    a = Counter("x_bytes_total", "Bytes", ["surface", "direction"], registry=theirs)
    b = LightCounter("x_bytes_total", "Bytes", ["surface", "direction"], registry=ours)
    rng = random.Random(7)
    for _ in range(500):
        labels = (rng.choice(["egress", "ws"]), rng.choice(["in", "out"]))
        amount = rng.choice([1, 13, 4096, 0.5])
        a.labels(*labels).inc(amount)
        b.labels(*labels).inc(amount)
    want, got = samples(theirs), samples(ours)
    created = {k for k in want if k[0].endswith("_created")}
    assert created and created == {k for k in got if k[0].endswith("_created")}
    assert {k: v for k, v in got.items() if k not in created} == {
        k: v for k, v in want.items() if k not in created}
    assert sum(v for (n, _), v in got.items() if n == "x_bytes_total") > 0


def test_light_counter_refuses_to_go_down_and_checks_its_labels() -> None:
    counter = LightCounter("y_total", "Y", ["kind"], registry=CollectorRegistry())
    with pytest.raises(ValueError):
        counter.labels("a").inc(-1)
    with pytest.raises(ValueError):
        counter.labels("a", "b")


def test_light_histogram_exposes_what_a_prometheus_histogram_does() -> None:
    theirs, ours = CollectorRegistry(), CollectorRegistry()
    a = Histogram("x_seconds", "Time", ["stage"], buckets=BUCKETS, registry=theirs)
    b = LightHistogram("x_seconds", "Time", ["stage"], buckets=BUCKETS, registry=ours)
    rng = random.Random(11)
    values = [*BUCKETS, 0.0, 2.0, *(rng.uniform(0, 0.2) for _ in range(300))]
    for value in values:
        stage = rng.choice(["rules", "guards", "auth"])
        a.labels(stage).observe(value)
        b.labels(stage).observe(value)
    want = {k: v for k, v in samples(theirs).items() if not k[0].endswith("_created")}
    got = samples(ours)
    assert want.keys() == got.keys()
    for key, value in want.items():
        assert got[key] == pytest.approx(value), key
