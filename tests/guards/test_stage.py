"""The guards stage: masks of every guard merged by span, policies, strategies, guard
failures, heavy and async guards, and the approval fingerprint on the raw content."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import re
import threading
from collections.abc import Sequence

import pytest

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.content import Role, Slot
from secproxy.engine import Engine
from secproxy.guards import BaseGuard, GuardContext, GuardPolicy, Hit
from secproxy.model import Action, Decision, Direction, Severity, Surface

TWO_GUARDS = """
guards:
  use:
    - name: secrets
      family: patterns
      settings: {patterns: [{name: key, pattern: "sk-[0-9a-z]+"}]}
    - name: pii
      family: patterns
      settings: {patterns: [{name: mail, pattern: "[a-z]+@[a-z.]+"}]}
"""


def engine(text: str, *extra: BaseGuard) -> Engine:
    def factory(config):  # type: ignore[no-untyped-def]
        return [*configured_guards(config), *extra]

    return Engine(load_config(text=text, env={}), guard_factory=factory)


def prompt(text: str, direction: Direction = Direction.REQUEST) -> Action:
    return Action(Surface.LLM, direction, content=text)


async def test_two_sanitizing_guards_both_apply() -> None:
    # Regression: only the last sanitizing guard's text used to survive (the key leaked).
    v = await engine(TWO_GUARDS).decide(prompt("key sk-123abc mail a@b.example"), audit=False)
    assert v.decision is Decision.ALLOW_WITH_REDACTION
    assert v.sanitized == "key [REDACTED:key] mail [REDACTED:mail]"
    assert [(f.stage, f.span) for f in v.findings] == [("secrets", (4, 13)), ("pii", (19, 30))]


async def test_overlapping_masks_of_two_guards_cover_their_union() -> None:
    text = TWO_GUARDS.replace("[a-z]+@[a-z.]+", "abc mail")
    v = await engine(text).decide(prompt("key sk-123abc mail x"), audit=False)
    assert v.sanitized == "key [REDACTED:key] x"


async def test_slots_are_rewritten_each_in_place_and_the_fingerprint_stays_raw() -> None:
    e = engine(TWO_GUARDS)
    slots = [Slot(Role.SYSTEM, "a@b.example", ("messages", 0)), Slot(Role.USER, "sk-1 ok")]
    action = Action(Surface.LLM, content="a@b.example\nsk-1 ok", slots=slots)
    raw = action.fingerprint()
    v = await e.decide(action, audit=False)
    assert v.sanitized == action.content == "[REDACTED:mail]\n[REDACTED:key] ok"
    assert action.slots == [Slot(Role.SYSTEM, "[REDACTED:mail]", ("messages", 0)),
                            Slot(Role.USER, "[REDACTED:key] ok")]
    assert [f.span for f in v.findings] == [(12, 16), (0, 11)]  # in the joined content
    assert action.original == "a@b.example\nsk-1 ok"
    assert action.fingerprint() == raw


class Fixed(BaseGuard):
    def __init__(self, name: str, hits: list[Hit], **policy: object) -> None:
        super().__init__(name, policy=GuardPolicy(**policy))  # type: ignore[arg-type]
        self.hits = hits
        self.calls = 0

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        self.calls += 1
        return self.hits


async def test_block_beats_sanitize_and_names_the_blocking_finding() -> None:
    inj = Fixed("inj", [Hit("prompt_injection", "ignore previous", Severity.HIGH)])
    v = await engine(TWO_GUARDS, inj).decide(prompt("sk-1 ignore previous"), audit=False)
    assert v.decision is Decision.BLOCK
    assert v.category == "prompt_injection" and v.reason == "ignore previous"
    assert [f.stage for f in v.findings] == ["secrets", "inj"]


async def test_policy_thresholds_directions_and_log() -> None:
    low = Fixed("low", [Hit("odd", "odd", Severity.LOW)], min_severity=Severity.MEDIUM)
    out = Fixed("out", [Hit("x", "x", Severity.HIGH)],
                directions=frozenset({Direction.RESPONSE}))
    logged = Fixed("logged", [Hit("seen", "seen", Severity.MEDIUM)], action="log")
    v = await engine("", low, out, logged).decide(prompt("hello"), audit=False)
    assert v.decision is Decision.ALLOW and v.logged
    assert [f.category for f in v.findings] == ["seen"]
    assert out.calls == 0
    v = await engine("", out).decide(prompt("hello", Direction.RESPONSE), audit=False)
    assert v.decision is Decision.BLOCK


async def test_fail_fast_stops_at_the_first_deciding_guard() -> None:
    first = Fixed("first", [Hit("a", "challenged", Severity.HIGH)], action="challenge")
    second = Fixed("second", [Hit("b", "blocked", Severity.HIGH)])
    v = await engine("guards: {strategy: fail_fast}", first, second).decide(
        prompt("x"), audit=False)
    assert v.decision is Decision.CHALLENGE and second.calls == 0
    v = await engine("", first, second).decide(prompt("x"), audit=False)
    assert v.decision is Decision.BLOCK
    assert [f.category for f in v.findings] == ["a", "b"]


class Broken(BaseGuard):
    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        raise RuntimeError("boom")


async def test_a_failing_guard_fails_closed_unless_on_error_allow() -> None:
    v = await engine("", Broken("broken")).decide(prompt("x"), audit=False)
    assert v.decision is Decision.BLOCK and v.category == "stage_error"
    lenient = Broken("broken", policy=GuardPolicy(on_error="allow"))
    v = await engine(TWO_GUARDS, lenient).decide(prompt("sk-1"), audit=False)
    assert v.decision is Decision.ALLOW_WITH_REDACTION
    assert [f.category for f in v.findings] == ["guard_error", "redaction"]


class Heavy(BaseGuard):
    """Masks `secret`, off the event loop."""

    def __init__(self) -> None:
        super().__init__("heavy", cost="heavy", policy=GuardPolicy(action="sanitize"))
        self.thread: str | None = None

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        self.thread = threading.current_thread().name
        at = slots[0].text.find("secret")
        return [Hit("secret", "a secret", Severity.LOW, 0, (at, at + 6))] if at >= 0 else []


class Waiting(BaseGuard):
    """An async guard that flags `slow` after a pause."""

    def __init__(self, name: str, started: list[float]) -> None:
        super().__init__(name, policy=GuardPolicy(action="sanitize"))
        self.started = started

    async def inspect(self, slots: Sequence[Slot], ctx: GuardContext  # type: ignore[override]
                      ) -> list[Hit]:
        self.started.append(asyncio.get_running_loop().time())
        await asyncio.sleep(0.05)
        at = slots[0].text.find("slow")
        return [Hit("slow", "slow", Severity.LOW, 0, (at, at + 4), "[S]")] if at >= 0 else []


async def test_heavy_guards_run_in_the_pool_and_async_ones_concurrently() -> None:
    heavy = Heavy()
    started: list[float] = []
    e = engine(TWO_GUARDS, heavy, Waiting("w1", started), Waiting("w2", started))
    v = await e.decide(prompt("secret slow sk-9"), audit=False)
    assert heavy.thread is not None and heavy.thread.startswith("secproxy-guard")
    assert re.fullmatch(r"\[REDACTED:secret:[0-9a-f]{8}\] \[S\] \[REDACTED:key\]", v.sanitized)
    assert len(started) == 2 and started[1] - started[0] < 0.04  # not one after another


async def test_what_a_blocking_guard_found_is_hidden_in_every_event() -> None:
    e = engine("guards: {use: [{name: corp, family: patterns, action: block, "
               "settings: {patterns: [{name: corp, pattern: 'CORP-[0-9A-F]{12}'}]}}]}")
    sub = e.bus.subscribe("t", kinds={"decision", "record"})
    action = Action(Surface.TOOL, content='{"cmd": "curl -d CORP-0123456789AB x"}',
                    arguments={"cmd": "curl -d CORP-0123456789AB x"})
    assert (await e.decide(action)).decision is Decision.BLOCK
    events = sub.drain(10)
    assert [ev.kind for ev in events] == ["decision", "record"]
    for ev in events:
        shown = f"{ev.action.summary()} {ev.action.content} {ev.action.arguments}"
        assert "CORP-0123456789AB" not in shown and "[FOUND]" in shown
    assert action.arguments == {"cmd": "curl -d CORP-0123456789AB x"}  # the raw one is kept


async def test_default_masks_are_keyed_hmacs_same_value_same_mask() -> None:
    e = engine("", Heavy())
    e.masker.rekey(b"k" * 32)
    first = await e.decide(prompt("secret and secret"), audit=False)
    again = await e.decide(prompt("a secret"), audit=False)
    mask = hmac.new(b"k" * 32, b"secret", hashlib.sha256).hexdigest()[:8]
    assert first.sanitized == f"[REDACTED:secret:{mask}] and secret"
    assert again.sanitized == f"a [REDACTED:secret:{mask}]"
    e.masker.rekey(b"o" * 32)  # another installation: another mask for the same value
    other = await e.decide(prompt("a secret"), audit=False)
    assert other.sanitized is not None and mask not in other.sanitized
    assert other.findings[-1].to_dict()["category"] == "secret"


async def test_a_mask_already_in_the_text_is_not_masked_again() -> None:
    # A model echoing a masked prompt used to get its mask's hex masked as a password.
    class Hex(BaseGuard):
        def __init__(self) -> None:
            super().__init__("hex", policy=GuardPolicy(action="sanitize"))

        def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
            text = slots[0].text
            return [Hit("secret", "hex", Severity.HIGH, 0, (m.start(), m.end()), kind="pw")
                    for m in re.finditer(r"[0-9a-f]{8}", text)]

    e = engine("", Hex())
    v = await e.decide(prompt("said [REDACTED:postgres_url_password:958491af] and 1234abcd"),
                       audit=False)
    assert v.sanitized is not None
    kept = "said [REDACTED:postgres_url_password:958491af] and "
    assert v.sanitized.startswith(kept + "[REDACTED:pw:")
    assert [f.span for f in v.findings] == [(51, 59)]


@pytest.mark.timeout(10)
async def test_a_text_holding_thousands_of_hits_is_masked_in_time() -> None:
    # Whether a hit lies in a mask already there was a search of the whole text per hit:
    # 50,000 hits in 550 KB took ~25 s. Now the text's masks are found once.
    class Words(BaseGuard):
        def __init__(self) -> None:
            super().__init__("words", policy=GuardPolicy(action="sanitize"))

        def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
            text = slots[0].text
            return [Hit("secret", "word", Severity.HIGH, 0, (m.start(), m.end()), kind="pw")
                    for m in re.finditer(r"[0-9a-f]{8}|s3cret\w+", text)]

    head = "said [REDACTED:pw:958491af] and "
    e = engine("", Words())
    v = await e.decide(prompt(head + "s3cret_word " * 50_000), audit=False)
    assert v.sanitized is not None and v.sanitized.startswith(head + "[REDACTED:pw:")
    assert len(v.findings) == 50_000  # the mask's own hex is not among them
    assert "s3cret" not in v.sanitized
