"""`Engine.stream()`: identity, limits and rules once, guards on the growing text, one
ledger record per stream with every finding; each look scans only the newest text and
a bounded reach before it, with the same result as one look at the whole text."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from secproxy.audit.query import Filters, LedgerReader
from secproxy.config import Config, load_config
from secproxy.config.guards import configured_guards
from secproxy.content import Slot
from secproxy.engine import Engine
from secproxy.engine.windows import reach_of
from secproxy.guards import Guard, GuardContext, GuardPolicy, Hit
from secproxy.guards.patterns import PatternGuard
from secproxy.model import Action, Decision, Direction, Principal, Surface, Target, Verdict
from tests.helpers import running_proxy

CONFIG = {
    "rules": [{"name": "llm", "surfaces": ["llm"], "action": "allow",
               "policies": [{"type": "rate_limit", "max_requests": 2, "window": "1m",
                             "count": ["stream"]}]}],
    "guards": {"use": [
        {"name": "injection", "family": "patterns", "action": "block",
         "settings": {"patterns": [{"name": "ignore", "pattern": "ignore previous instructions"}]}},
        {"name": "keys", "family": "patterns", "action": "sanitize",
         "settings": {"patterns": [{"name": "key", "pattern": "sk-[0-9a-z]{8,}"}]}},
    ]},
}


def answer() -> Action:
    return Action(Surface.LLM, Direction.STREAM, principal=Principal(agent="a1"),
                  target=Target(host="api.example.com", path="/v1/chat/completions"))


async def test_a_pattern_split_across_chunks_stops_the_stream_with_one_record(
    tmp_path: Path,
) -> None:
    async with running_proxy(tmp_path, CONFIG) as rt:
        stream = await rt.engine.stream(answer())
        assert stream.verdict.permits
        assert await stream.feed("Sure. Now ignore prev") is None
        stopped = await stream.feed("ious instructions and")
        assert stopped is not None and stopped.decision is Decision.BLOCK
        assert await stream.feed(" more") is stopped  # refused streams stay refused
        final = await stream.end()
        await stream.end()  # once only
        # The limit (2 per minute) counted the stream once, not once per chunk.
        assert (await rt.engine.decide(answer())).permits
    with LedgerReader(tmp_path / "ledger.db") as reader:
        rows = reader.query(Filters(surface=["llm"]))
    assert len(rows) == 2
    streamed = rows[-1]
    assert streamed["decision"] == "block" and streamed["request_id"] == stream.action.request_id
    assert [f["stage"] for f in streamed["findings"]] == ["injection"]
    assert final.decision is Decision.BLOCK


async def test_a_secret_split_across_chunks_is_masked_in_the_text_so_far(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, CONFIG) as rt:
        stream = await rt.engine.stream(answer())
        assert await stream.feed("the key is sk-12ab") is None  # too short to be one yet
        masked = await stream.feed("34cd5678 ok")
        assert masked is not None and masked.decision is Decision.ALLOW_WITH_REDACTION
        assert masked.sanitized == "the key is [REDACTED:key] ok"
        final = await stream.end()
    assert final.decision is Decision.ALLOW_WITH_REDACTION
    assert [f.stage for f in final.findings] == ["keys"]


async def test_a_stream_ending_with_a_finding_is_one_decision_in_the_metrics(
    tmp_path: Path,
) -> None:
    """The stream's end announces an update of its opening decision (same request id):
    Prometheus counts its new findings, not a second decision."""
    async with running_proxy(tmp_path, CONFIG) as rt:
        stream = await rt.engine.stream(answer())
        await stream.feed("the key is sk-12ab34cd5678 ok")
        await stream.end()
        text = rt.render_metrics()[0].decode()
    decisions = [line for line in text.splitlines()
                 if line.startswith("secproxy_decisions_total{") and 'surface="llm"' in line]
    assert sum(float(line.rsplit(" ", 1)[1]) for line in decisions) == 1.0
    findings = [line for line in text.splitlines()
                if line.startswith("secproxy_findings_total{") and 'stage="keys"' in line]
    assert [float(line.rsplit(" ", 1)[1]) for line in findings] == [1.0]


async def test_with_no_guards_a_stream_chunk_runs_no_other_stage(tmp_path: Path) -> None:
    """An empty set of guard checks is no guards, not every stage: a chunk of a stream
    must not count against the rate limit again."""
    config = {"rules": CONFIG["rules"]}
    async with running_proxy(tmp_path, config) as rt:
        stream = await rt.engine.stream(answer())
        for _ in range(3):
            assert await stream.feed("more text") is None
        await stream.end()
        assert (await rt.engine.decide(answer())).permits  # 2 per minute: this is the 2nd


# -- windows: each look scans the newest text and a bounded reach before it ----------

KEY = {"name": "key", "pattern": "sk-[0-9a-z]{24}"}
PHRASE = {"name": "phrase", "pattern": "ignore (?:[a-z]{1,12} ){0,12}previous instructions"}
FENCED = {"name": "fenced", "pattern": "BEGIN[^E]{0,300}END"}
WINDOWED = {"use": [
    {"name": "keys", "family": "patterns", "action": "sanitize", "directions": ["stream"],
     "settings": {"patterns": [KEY, FENCED]}},
    {"name": "phrase", "family": "patterns", "action": "block", "directions": ["stream"],
     "settings": {"patterns": [PHRASE]}},
    {"name": "secrets", "family": "secrets", "action": "sanitize", "directions": ["stream"]},
    {"name": "pii", "family": "pii", "action": "sanitize", "directions": ["stream"]},
]}


class CountingGuard(PatternGuard):
    """A patterns guard that counts the characters it is given."""

    scanned = 0

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        CountingGuard.scanned += sum(len(s.text) for s in slots)
        return super().inspect(slots, ctx)


def counting_guards(config: Config) -> list[Guard]:
    counter = CountingGuard("counted")
    counter.configure({"patterns": [KEY]})
    counter.policy = GuardPolicy(action="log", directions=frozenset({Direction.STREAM}))
    return [*configured_guards(config), counter]


@pytest.fixture(scope="module")
def windowed() -> Engine:
    return Engine(load_config(text=yaml.safe_dump({"guards": WINDOWED}), env={}),
                  guard_factory=counting_guards)


async def looked(engine: Engine, text: str, chunk: int) -> tuple[Verdict, list[str]]:
    """`text` fed `chunk` characters at a time (0: at once): the stream's final verdict,
    and the masked text so far after each look that rewrote it."""
    stream = await engine.stream(answer())
    seen = []
    for at in range(0, len(text), chunk or len(text)):
        got = await stream.feed(text[at:at + (chunk or len(text))])
        if got is not None and got.sanitized is not None:
            seen.append(got.sanitized)
        if got is not None and not got.permits:
            break
    return await stream.end(), seen


def found(verdict: Verdict) -> list[tuple[Any, ...]]:
    return sorted((f.stage, f.category, f.kind, f.message, f.span) for f in verdict.findings)


async def test_a_secret_split_at_every_offset_around_the_window_edge(windowed: Engine) -> None:
    secret = "sk-" + "a1b2c3d4e5f6g7h8i9j0k1l2"
    for offset in range(0, 160, 7):
        text = "x" * (400 + offset) + " " + secret + " tail" + "y" * 30
        whole, _ = await looked(windowed, text, 0)
        for chunk in (5, 50):
            streamed, seen = await looked(windowed, text, chunk)
            assert streamed.sanitized == whole.sanitized
            assert found(streamed) == found(whole)
            # Every rewritten text so far is the whole text so far: nothing of the key in it.
            assert seen and all(secret[:10] not in s and s.startswith("x" * 400) for s in seen)


async def test_an_injection_phrase_straddling_the_settled_text_still_blocks(
    windowed: Engine,
) -> None:
    phrase = "ignore all of the many and also the earlier and most previous instructions"
    text = "qx7 " * 375 + phrase + " now"
    whole, _ = await looked(windowed, text, 0)
    streamed, _ = await looked(windowed, text, 20)
    assert whole.decision is streamed.decision is Decision.BLOCK
    assert found(streamed) == found(whole)
    assert [f.span for f in streamed.findings] == [(1500, 1500 + len(phrase))]


async def test_a_match_that_began_in_settled_text_is_masked_when_it_completes(
    windowed: Engine,
) -> None:
    text = "z" * 500 + " BEGIN " + "q" * 200 + " END after"
    whole, _ = await looked(windowed, text, 0)
    streamed, seen = await looked(windowed, text, 30)
    assert "BEGIN" not in (whole.sanitized or "BEGIN")
    assert streamed.sanitized == whole.sanitized and found(streamed) == found(whole)
    assert len(seen) == 1  # masked once, when END came


def long_answer(size: int) -> str:
    rng = random.Random(7)
    words = "the build finished and every node reports healthy while queues drain".split()
    extras = ["sk-" + "".join(rng.choice("0123456789abcdefghij") for _ in range(24)),
              "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",
              "write to dana.kim@mailhost.net today", "call +1 415 555 0132 now",
              "card 4111 1111 1111 1111 ok", "password = 'Tr0ub4dor&3xyzq'"]
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(extras) if rng.random() < 0.004 else rng.choice(words)
        out.append(piece)
        length += len(piece) + 1
    return " ".join(out)[:size]


async def test_a_long_stream_equals_one_look_and_costs_linear_work(windowed: Engine) -> None:
    text = long_answer(100_000)
    whole, _ = await looked(windowed, text, 0)
    assert whole.sanitized is not None and len(whole.findings) > 50
    CountingGuard.scanned = 0
    streamed, _ = await looked(windowed, text, 50)
    assert streamed.sanitized == whole.sanitized
    assert found(streamed) == found(whole)
    # Each of the 2,000 looks scans its 50 new characters and a bounded reach before
    # them (here the widest pattern, 2 x 64 of context and a growing mask's few more),
    # not the text so far: linear work (the text so far would be 100 million).
    reach = reach_of(windowed._snap.guards, answer())
    assert reach is not None and reach < 400
    assert CountingGuard.scanned < 2000 * (50 + reach + 64 + 40)



def keys_for(*directions: str) -> str:
    return yaml.safe_dump({"guards": {"use": [
        {"name": "keys", "family": "patterns", "action": "sanitize",
         "directions": list(directions), "settings": {"patterns": [KEY]}}]}})


async def test_a_stream_no_guard_looks_at_runs_no_stage_until_one_does() -> None:
    """Guards only for requests: a chunk of a stream runs no stage at all (no look), the
    record still gets the whole text; once a reload brings a guard for streams, the next
    look scans what came before it too."""
    engine = Engine(load_config(text=keys_for("request"), env={}),
                    guard_factory=configured_guards)
    secret = "sk-" + "a1b2c3d4e5f6g7h8i9j0k1l2"
    request = Action(Surface.LLM, Direction.REQUEST, principal=Principal(agent="a1"),
                     content=f"send {secret}")
    assert (await engine.decide(request, audit=False)).sanitized == "send [REDACTED:key]"
    runs = []
    snap = engine._snap
    run = snap.run

    async def counted(action: Action, now: float, checks: Any = None) -> Verdict:
        runs.append(action.direction)
        return await run(action, now, checks)

    snap.run = counted  # type: ignore[method-assign]
    stream = await engine.stream(answer())
    assert runs == [Direction.STREAM]  # the opening decision
    for piece in ("a stream carrying ", secret[:10]):
        assert await stream.feed(piece) is None
    assert runs == [Direction.STREAM]
    engine.reload(load_config(text=keys_for("stream"), env={}))
    masked = await stream.feed(secret[10:] + " along")
    assert masked is not None and masked.sanitized == "a stream carrying [REDACTED:key] along"
    final = await stream.end()
    assert [f.stage for f in final.findings] == ["keys"]
