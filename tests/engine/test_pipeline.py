"""Pipeline semantics: stage order and timings, fail closed, redaction upgrades only allow,
reload keeps the old config on errors, session risk."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

import pytest

from secproxy.config import Config, Overrides, load_config
from secproxy.content import Slot
from secproxy.engine import Engine
from secproxy.errors import ConfigError
from secproxy.guards import BaseGuard, GuardContext, GuardPolicy, Hit
from secproxy.model import Action, Decision, Severity, Surface, Target


class StubGuard(BaseGuard):
    """A guard with fixed hits (or a fixed failure) under a given action."""

    def __init__(self, name: str, hits: list[Hit] | Exception, action: str = "block", *,
                 slow: float = 0):
        super().__init__(name, policy=GuardPolicy(action=action))  # type: ignore[arg-type]
        self.hits = hits
        self.slow = slow

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        if isinstance(self.hits, Exception):
            raise self.hits
        return self.hits


class SlowGuard(StubGuard):
    async def inspect(self, slots: Sequence[Slot], ctx: GuardContext  # type: ignore[override]
                      ) -> list[Hit]:
        await asyncio.sleep(self.slow)
        return []


def prompt(text: str = "hello", tool: str | None = None) -> Action:
    return Action(Surface.LLM, content=text, target=Target(host="api.x.com", tool=tool))


def engine_with(*guards: object, text: str = "") -> Engine:
    def factory(config: Config) -> list[object]:
        return list(guards)

    return Engine(load_config(text=text, env={}), guard_factory=factory)  # type: ignore[arg-type]


async def test_every_stage_is_timed_in_order() -> None:
    # Stages with nothing to do under a config (no proxy users, no guards, no session
    # thresholds nor chains) are left out of its snapshot; every stage that runs is timed.
    v = await Engine().decide(prompt(), audit=False)
    assert list(v.timings) == ["identity", "limits", "rules", "session", "destination",
                               "approval"]
    bare = Engine(load_config(text="sessions: {chains: false}", env={}))
    v = await bare.decide(prompt(), audit=False)
    assert list(v.timings) == ["identity", "limits", "rules", "destination", "approval"]
    text = ("egress: {users: [{name: a, password: b}]}\nsessions: {max_risk: 50}\n"
            "guards: {use: [{name: g, family: patterns, settings: {patterns: "
            "[{name: k, pattern: 'sk-[0-9]+'}]}}]}")
    from secproxy.guards.registry import build

    def factory(config: Config) -> Sequence[BaseGuard]:
        return build(config.guards.use)  # type: ignore[return-value]

    full = Engine(load_config(text=text, env={}), guard_factory=factory)
    v = await full.decide(prompt(), audit=False)
    assert list(v.timings) == [
        "auth", "identity", "limits", "rules", "guards", "session", "destination", "approval"
    ]
    assert all(t >= 0 for t in v.timings.values())


async def test_stage_exception_fails_closed() -> None:
    e = engine_with(StubGuard("broken", RuntimeError("boom")))
    v = await e.decide(prompt(), audit=False)
    assert v.decision is Decision.BLOCK
    assert v.category == "stage_error"
    assert "stage guards failed" in v.reason and "fail closed" in v.reason


async def test_stage_timeout_fails_closed_unless_on_error_allow() -> None:
    e = engine_with(
        SlowGuard("slow", [], slow=1.0), text="engine: {stage_timeout: 50ms}"
    )
    v = await e.decide(prompt(), audit=False)
    assert v.decision is Decision.BLOCK and "timed out" in v.reason
    e2 = engine_with(
        SlowGuard("slow", [], slow=1.0),
        text="engine: {stage_timeout: 50ms, on_error: allow}",
    )
    v2 = await e2.decide(prompt(), audit=False)
    assert v2.decision is Decision.ALLOW and v2.findings[0].category == "stage_error"


SANITIZE = [Hit("email", "an e-mail address", Severity.LOW, 0, (5, 10), "[REDACTED:email]")]


async def test_redaction_upgrades_an_allow() -> None:
    pii = StubGuard("pii", SANITIZE, "sanitize")
    v = await engine_with(pii).decide(prompt("mail a@b.c"), audit=False)
    assert v.decision is Decision.ALLOW_WITH_REDACTION
    assert v.sanitized == "mail [REDACTED:email]"


async def test_a_block_stays_a_block_despite_redaction() -> None:
    block = [Hit("prompt_injection", "injection", Severity.HIGH)]
    v = await engine_with(StubGuard("pii", SANITIZE, "sanitize"), StubGuard("inj", block)).decide(
        prompt("x"), audit=False
    )
    assert v.decision is Decision.BLOCK
    e = engine_with(
        StubGuard("pii", SANITIZE, "sanitize"),
        text="rules: [{name: nope, match: api.x.com, action: deny}]",
    )
    assert (await e.decide(prompt("x"), audit=False)).decision is Decision.BLOCK


async def test_session_risk_escalates_to_approval_then_block() -> None:
    finding = [Hit("suspicious", "odd", Severity.HIGH)]
    e = engine_with(
        StubGuard("g", finding, "log"),
        text="sessions: {approval_risk: 100, max_risk: 12}\napprovals: {timeout: 1s}",
    )
    a = prompt()
    a.session = "s-1"
    assert (await e.decide(a, audit=False)).decision is Decision.ALLOW  # risk 6
    b = prompt()
    b.session = "s-1"
    assert (await e.decide(b, audit=False)).decision is Decision.ALLOW  # risk 12
    c = prompt()
    c.session = "s-1"
    v = await e.decide(c, audit=False)
    assert v.decision is Decision.BLOCK and v.category == "session_risk"
    other = prompt()
    other.session = "s-2"
    assert (await e.decide(other, audit=False)).permits


async def test_reload_with_bad_config_keeps_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("rules: [{name: a, match: a.com, action: deny}]\n")
    e = Engine(load_config(path, env={}))
    events = e.bus.subscribe("t", kinds={"config"})
    path.write_text("rules: [{name: a, match: a.com, action: nope}]\n")
    with pytest.raises(ConfigError) as info:
        e.reload_from(path)
    assert "rules[0].action" in str(info.value)
    assert e.config.rules[0].action == "deny"
    act = Action(Surface.EGRESS, target=Target(host="a.com", path="/"))
    assert (await e.decide(act, audit=False)).decision is Decision.BLOCK
    path.write_text("rules: [{name: a, match: a.com, action: allow}]\n")
    e.reload_from(path)
    assert (await e.decide(act, audit=False)).decision is Decision.ALLOW
    oks = [ev.ok for ev in events.drain(10)]
    assert oks == [False, True]


async def test_decision_events_are_published_once() -> None:
    e = Engine()
    sub = e.bus.subscribe("t", kinds={"decision", "record"})
    await e.decide(prompt())
    kinds = [ev.kind for ev in sub.drain(10)]
    assert kinds == ["decision", "record"]


def test_reload_keeps_command_line_overrides(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("rules: []\n")
    overrides = Overrides(state_dir=str(tmp_path / "st"), listen={"api": "127.0.0.1:9999"})
    e = Engine(load_config(path, env={}, overrides=overrides))
    path.write_text("rules: [{name: a, match: a.com, action: deny}]\n")
    e.reload_from(path)
    assert e.config.rules[0].name == "a"
    assert e.config.state_dir == tmp_path / "st"
    assert e.config.listeners.api.port == 9999


def test_tool_action_summary() -> None:
    a = Action(Surface.TOOL, target=Target(tool="shell.exec"), arguments={"cmd": "ls"})
    assert a.summary() == 'tool shell.exec({"cmd": "ls"})'
    w = Action(Surface.WS, target=Target(tool="fs.read"))
    assert w.summary() == "ws tool fs.read()"


async def test_timeline_and_console_show_one_masked_summary() -> None:
    """A tool call's summary line is the published (masked) action's, the same in the
    session's timeline and in the console's decision payload."""
    from secproxy.control.protocol import decision_payload

    e = Engine(load_config(None, env={}))
    decisions = e.bus.subscribe("console", kinds={"decision"})
    token = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
    action = Action(Surface.TOOL, target=Target(tool="shell.exec"), session="s1",
                    arguments={"cmd": f"git push https://x:{token}@github.com/o/r"})
    await e.decide(action, audit=False)
    event = decisions.get_nowait()
    shown = decision_payload(event)["summary"]
    timeline = e.sessions.calls[-1][1]["summary"]
    assert shown == timeline == event.action.summary()
    assert shown.startswith("tool shell.exec(") and token not in shown
