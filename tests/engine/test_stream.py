"""`Engine.stream()`: identity, limits and rules once, guards on the growing text, one
ledger record per stream with every finding."""

from __future__ import annotations

from pathlib import Path

from secproxy.audit.query import Filters, LedgerReader
from secproxy.model import Action, Decision, Direction, Principal, Surface, Target
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
