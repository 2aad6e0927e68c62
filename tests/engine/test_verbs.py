"""The engine's verbs as surfaces use them: one announcement per decision, the
destination stage (CONNECT ports, SSRF on checked addresses), `hold=RETURN`, `settle`."""

from __future__ import annotations

from pathlib import Path

from secproxy.config import load_config
from secproxy.engine import Engine, Hold
from secproxy.model import (
    Action,
    Decision,
    Direction,
    Finding,
    Principal,
    Severity,
    Surface,
    Target,
)
from tests.helpers import eventually


def engine(text: str = "") -> Engine:
    return Engine(load_config(text=text or "{}", env={}))


async def test_track_announces_the_decision_once_as_it_is_made() -> None:
    e = engine()
    sub = e.bus.subscribe("t", kinds={"decision"})
    async with e.track(Action(Surface.EGRESS, target=Target(host="a.com"))):
        assert len(sub.drain(10)) == 1
    assert sub.drain(10) == []


async def test_a_destination_refused_by_ssrf_is_one_blocking_decision_and_a_strike() -> None:
    e = engine("tracking: {max_strikes: 1}\negress: {ssrf_allow: []}")
    sub = e.bus.subscribe("t", kinds={"decision", "record"})
    action = Action(Surface.EGRESS, principal=Principal(ip="10.1.1.1"),
                    target=Target(host="169.254.169.254", path="/latest", connects=True))
    async with e.track(action) as t:
        assert t.verdict.decision is Decision.BLOCK
        assert t.verdict.category == "ssrf" and t.verdict.findings[-1].stage == "destination"
        assert action.target.addresses is None  # nothing for the surface to connect to
    events = [ev for ev in sub.drain(10) if ev.action.surface is not Surface.OPERATOR]
    assert [ev.kind for ev in events] == ["decision", "record"]
    assert (await e.decide(action, audit=False)).category == "principal_blocked"


async def test_checked_addresses_go_on_the_target_and_exemptions_follow_the_rule() -> None:
    e = engine("egress: {ssrf_allow: []}\n"
               "rules: [{name: local, host: 127.0.0.1, action: allow}]")
    exempt = Action(Surface.EGRESS, target=Target(host="127.0.0.1", port=8080, connects=True))
    assert (await e.decide(exempt, audit=False)).permits
    assert [str(a) for a in exempt.target.addresses or []] == ["127.0.0.1"]
    other = Action(Surface.EGRESS, target=Target(host="127.0.0.2", port=8080, connects=True))
    assert (await e.decide(other, audit=False)).category == "ssrf"
    # An action the surface will not connect for (a pure decision) is never resolved.
    pure = Action(Surface.EGRESS, target=Target(host="no-such-host.invalid"))
    assert (await e.decide(pure, audit=False)).permits and pure.target.addresses is None


async def test_connect_ports_are_the_destination_stage_s() -> None:
    e = engine("egress: {ssrf_allow: ['127.0.0.1']}")
    smtp = Action(Surface.CONNECT, target=Target(host="127.0.0.1", port=25, connects=True))
    verdict = await e.decide(smtp, audit=False)
    assert verdict.category == "connect_port" and "allowed_connect_ports" in (verdict.reason or "")
    https = Action(Surface.CONNECT, target=Target(host="127.0.0.1", port=443, connects=True))
    assert (await e.decide(https, audit=False)).permits


async def test_a_name_that_does_not_resolve_is_dns_failure_and_no_strike() -> None:
    e = engine("tracking: {max_strikes: 1}")
    action = Action(Surface.EGRESS, target=Target(host="a..example", connects=True))
    verdict = await e.decide(action, audit=False)
    assert verdict.category == "dns_failure"
    state = e.tracker.get(action.principal.key)
    assert state is None or not state.strikes


async def test_hold_return_answers_at_once_with_the_pending_approval() -> None:
    e = engine("rules: [{name: ask, tools: ['shell.*'], action: require_approval}]")
    action = Action(Surface.TOOL, target=Target(tool="shell.exec"), arguments={"cmd": "ls"})
    verdict = await e.decide(action, hold=Hold.RETURN)
    assert verdict.decision is Decision.REQUIRE_APPROVAL and verdict.approval_id
    (pending,) = e.approvals.pending()
    assert pending.id == verdict.approval_id
    e.approvals.resolve(pending.id, approve=True, by="ops")
    assert not e.approvals.pending()


async def test_settle_announces_and_strikes_only_when_asked() -> None:
    e = engine("tracking: {max_strikes: 1}")
    sub = e.bus.subscribe("t", kinds={"decision"})
    malformed = Action(Surface.EGRESS, principal=Principal(ip="10.2.2.2"))
    verdict = e.settle(malformed, Finding("egress", "bad_request", "bad", Severity.LOW))
    assert verdict.decision is Decision.BLOCK and len(sub.drain(10)) == 1
    assert e.tracker.get("ip:10.2.2.2") is None
    wrong = Action(Surface.EGRESS, principal=Principal(ip="10.3.3.3"))
    e.settle(wrong, Finding("egress", "proxy_auth_failed", "wrong", Severity.MEDIUM),
             strike=True)
    state = e.tracker.get("ip:10.3.3.3")
    assert state is not None and state.blocked_until is not None


async def test_the_engine_taints_a_session_after_an_untrusted_result_went_through() -> None:
    e = engine("ws: {untrusted_tools: ['web.*']}\n"
               "rules: [{name: blocked-result, tools: ['none'], action: deny}]")
    result = Action(Surface.WS, Direction.RESPONSE, session="s1", metadata={"tool": "web.fetch"})
    assert (await e.decide(result, audit=False)).permits
    assert e.sessions.taint_of("s1") == 2
    # A request, or a result that was refused, taints nothing.
    ask = Action(Surface.WS, session="s2", target=Target(tool="web.fetch"))
    await e.decide(ask, audit=False)
    assert e.sessions.taint_of("s2") == 0


async def test_a_reload_applies_what_it_can_and_names_what_waits_for_a_restart(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("listeners: {egress: {port: 4100}}\nrules: []\n")
    e = Engine(load_config(path, env={}))
    events = e.bus.subscribe("t", kinds={"config"})
    path.write_text("listeners: {egress: {port: 4200}}\naudit: {durability: strict}\n"
                    "rules: [{name: a, match: a.com, action: deny}]\n")
    e.reload_from(path)
    (event,) = events.drain(10)
    assert event.ok and e.config.rules[0].name == "a"
    assert any("listeners, audit.durability" in w for w in event.warnings), event.warnings
    assert not e.durable  # the ledger's durability is set at start: it waits too
    action = Action(Surface.EGRESS, target=Target(host="a.com"))
    assert (await e.decide(action, audit=False)).decision is Decision.BLOCK


async def test_proxy_credentials_are_the_auth_stage_s_and_never_leave_it() -> None:
    import base64

    e = engine("egress: {users: [{name: alice, password: wonderland}]}")
    sub = e.bus.subscribe("t", kinds={"decision"})

    def asking(userpass: str | None) -> Action:
        header = "Basic " + base64.b64encode(userpass.encode()).decode() if userpass else None
        return Action(Surface.EGRESS, principal=Principal(ip="10.0.0.9"),
                      target=Target(host="a.com"), credentials=header)

    right = asking("alice:wonderland")
    assert (await e.decide(right, audit=False)).permits
    assert right.principal.key == "user:alice" and right.principal.ip == "10.0.0.9"
    assert right.credentials is None
    wrong = asking("alice:guess")
    verdict = await e.decide(wrong, audit=False)
    assert verdict.category == "proxy_auth_failed" and wrong.metadata["claimed_user"] == "alice"
    assert len(e.tracker.get("ip:10.0.0.9").strikes) == 1  # type: ignore[union-attr]
    missing = await e.decide(asking(None), audit=False)
    assert missing.decision is Decision.CHALLENGE
    assert all(ev.action.credentials is None for ev in sub.drain(10))


async def test_a_host_waiting_for_approval_is_not_looked_up_before_it_is_approved() -> None:
    import asyncio

    e = engine("rules: [{name: ask, host: 'exfil.invalid', action: require_approval}]")
    action = Action(Surface.EGRESS, target=Target(host="exfil.invalid", connects=True))
    pending = asyncio.ensure_future(e.decide(action, audit=False))
    await eventually(e.approvals.pending, message="a pending approval")
    assert e.resolver.lookups == 0 and action.target.addresses is None
    (approval,) = e.approvals.pending()
    e.approvals.resolve(approval.id, approve=True, by="ops")
    verdict = await pending
    assert e.resolver.lookups == 1
    assert verdict.category == "dns_failure"  # checked after the approval, still checked


async def test_a_token_sent_as_the_proxy_user_name_is_not_recorded() -> None:
    import base64

    e = engine("egress: {users: [{name: alice, password: wonderland}]}")
    token = "ghp_" + "Q7x" * 12
    header = "Basic " + base64.b64encode(f"{token}:x".encode()).decode()
    action = Action(Surface.EGRESS, target=Target(host="a.com"), credentials=header)
    assert (await e.decide(action, audit=False)).category == "proxy_auth_failed"
    assert action.metadata["claimed_user"] == "[REDACTED]"


def test_rotating_a_webhook_secret_is_a_change_that_needs_a_restart() -> None:
    from secproxy.config.restart import restart_needed

    def alerts(path: str) -> object:
        text = f"alerts: {{webhooks: [{{name: w, url: 'https://hooks.example/T0/{path}'}}]}}"
        return load_config(text=text, env={}).config

    assert restart_needed(alerts("AAA"), alerts("BBB")) == ["alerts"]  # type: ignore[arg-type]
    assert restart_needed(alerts("AAA"), alerts("AAA")) == []  # type: ignore[arg-type]
