"""Rule matching: exact, glob, wildcard, protocol stripping, ports, first match wins."""

from __future__ import annotations

import pytest

from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.model import Action, Decision, Principal, Surface, Target


def engine_for(yaml_text: str) -> Engine:
    return Engine(load_config(text=yaml_text, env={}))


def egress(
    url: str, *, method: str = "GET", ip: str = "10.1.2.3", surface: Surface = Surface.EGRESS
) -> Action:
    hostport, _, path = url.partition("/")
    host, _, port = hostport.partition(":")
    return Action(
        surface,
        principal=Principal(ip=ip),
        target=Target(
            host=host,
            port=int(port) if port else None,
            path="/" + path if path or url.endswith("/") else "/",
            method=method,
        ),
    )


@pytest.mark.parametrize(
    ("pattern", "url", "expected"),
    [
        ("api.openai.com", "api.openai.com/v1/chat/completions", True),
        ("api.openai.com", "API.OpenAI.com/", True),
        ("api.openai.com", "openai.com/", False),
        ("https://api.openai.com", "api.openai.com/x", True),  # protocol stripped
        ("http://api.openai.com/v1/**", "api.openai.com/v1/a/b", True),
        ("api.openai.com/v1/**", "api.openai.com/v1", True),  # trailing /** = dir too
        ("api.openai.com/v1/**", "api.openai.com/v2/a", False),
        ("api.openai.com/v1/*", "api.openai.com/v1/models", True),
        ("api.openai.com/v1/*", "api.openai.com/v1/models/x", False),  # * stays in a segment
        ("*.internal.corp", "a.internal.corp/", True),
        ("*.internal.corp", "a.b.internal.corp/x", True),  # * in host spans dots
        ("*.internal.corp", "internal.corp/", False),
        ("*", "anything.example/deep/path", True),
        ("**", "anything.example/deep/path", True),
        ("example.com:8443", "example.com:8443/", True),  # port given: must match
        ("example.com:8443", "example.com:443/", False),
        ("example.com", "example.com:9999/", True),  # no port: any port
        ("*.amazonaws.com/iam/**", "s3.amazonaws.com/iam/role/x", True),
        ("*.amazonaws.com/iam/**", "s3.amazonaws.com/s3/bucket", False),
        ("example.com/a*c", "example.com/abbbc", True),
        ("example.com/a*c", "example.com/ab/c", False),
    ],
)
async def test_url_glob_table(pattern: str, url: str, expected: bool) -> None:
    engine = engine_for(
        f"engine: {{default_action: allow}}\nrules:\n"
        f"  - {{name: r, match: '{pattern}', action: deny}}\n"
    )
    verdict = await engine.decide(egress(url), audit=False)
    assert (verdict.rule == "r") is expected
    assert verdict.decision is (Decision.BLOCK if expected else Decision.ALLOW)


async def test_first_match_wins() -> None:
    engine = engine_for("""
rules:
  - {name: allow-docs, match: "docs.corp.com", action: allow}
  - {name: deny-corp, match: "*.corp.com", action: deny, reason: corp is off limits}
  - {name: allow-all, match: "*", action: allow}
""")
    v1 = await engine.decide(egress("docs.corp.com/page"), audit=False)
    v2 = await engine.decide(egress("git.corp.com/repo"), audit=False)
    v3 = await engine.decide(egress("example.org/"), audit=False)
    assert (v1.decision, v1.rule) == (Decision.ALLOW, "allow-docs")
    assert (v2.decision, v2.rule, v2.reason) == (Decision.BLOCK, "deny-corp", "corp is off limits")
    assert (v3.decision, v3.rule) == (Decision.ALLOW, "allow-all")


async def test_conditions_methods_surfaces_principals_tools() -> None:
    engine = engine_for("""
engine: {default_action: allow}
rules:
  - {name: no-post, match: "api.example.com", methods: [post], action: deny}
  - {name: connect-only, host: "tunnel.example.com", surfaces: [connect], action: deny}
  - {name: contractors, principals: ["ip:192.168.*"], match: "hr.example.com", action: deny}
  - {name: shell, tools: ["shell.*"], action: deny}
""")
    assert (
        await engine.decide(egress("api.example.com/x", method="POST"), audit=False)
    ).rule == "no-post"
    assert (
        await engine.decide(egress("api.example.com/x", method="GET"), audit=False)
    ).rule is None
    assert (
        await engine.decide(egress("tunnel.example.com:443", surface=Surface.CONNECT), audit=False)
    ).rule == "connect-only"
    assert (await engine.decide(egress("tunnel.example.com/"), audit=False)).rule is None
    assert (
        await engine.decide(egress("hr.example.com/", ip="192.168.1.5"), audit=False)
    ).rule == "contractors"
    assert (await engine.decide(egress("hr.example.com/", ip="10.0.0.5"), audit=False)).rule is None
    tool = Action(Surface.TOOL, target=Target(tool="shell.exec"), arguments={"cmd": "ls"})
    assert (await engine.decide(tool, audit=False)).decision is Decision.BLOCK
    other = Action(Surface.TOOL, target=Target(tool="fs.read"))
    assert (await engine.decide(other, audit=False)).decision is Decision.ALLOW


async def test_log_rule_allows_and_flags() -> None:
    engine = engine_for("rules:\n  - {name: watch, match: '*', action: log}\n")
    v = await engine.decide(egress("a.b/"), audit=False)
    assert v.decision is Decision.ALLOW and v.logged and v.rule == "watch"


async def test_report_mode_records_shadow_and_proceeds() -> None:
    engine = engine_for("""
rules:
  - {name: trial, match: "*.pastebin.com", action: deny, mode: report}
  - {name: rest, match: "*", action: allow}
""")
    v = await engine.decide(egress("x.pastebin.com/raw/1"), audit=False)
    assert v.decision is Decision.ALLOW
    assert v.rule == "rest"
    assert v.shadow == ["block by rule trial (report mode)"]


async def test_default_action_deny_and_log() -> None:
    deny = engine_for("engine: {default_action: deny}\n")
    v = await deny.decide(egress("x.y/"), audit=False)
    assert v.decision is Decision.BLOCK and v.category == "default_deny"
    log_all = engine_for("engine: {default_action: log}\n")
    v = await log_all.decide(egress("x.y/"), audit=False)
    assert v.decision is Decision.ALLOW and v.logged


async def test_rules_compile_once_per_snapshot() -> None:
    engine = engine_for("rules:\n  - {name: a, match: 'a.com', action: deny}\n")
    rules_before = engine._snap.rules
    for _ in range(3):
        await engine.decide(egress("a.com/"), audit=False)
    assert engine._snap.rules is rules_before
    assert engine._snap.rules.candidates("a.com") is engine._snap.rules.candidates("a.com")


async def test_repeated_requests_match_like_the_first() -> None:
    # Outcomes are remembered per request shape (host, path, method, port, tool, surface,
    # direction), never for hosts with rules that look at who asks or at the taint: the
    # second round must answer exactly like the first.
    engine = engine_for("""
engine: {default_action: allow}
rules:
  - {name: contractors, principals: ["ip:192.168.*"], match: "hr.example.com", action: deny}
  - {name: tainted, match: "hr.example.com", min_taint: 2, action: deny}
  - {name: admin, match: "api.example.com/admin/**", action: deny}
  - {name: writes, match: "api.example.com", methods: [post], action: deny}
  - {name: tunnels, match: "api.example.com:8443", surfaces: [connect], action: deny}
sessions: {taint_scope: session}
""")
    engine.sessions.taint("tainted-session", 2, principal=Principal(ip="10.0.0.5"))

    async def rule(url: str, *, ip: str = "10.0.0.5", method: str = "GET",
                   session: str | None = None, surface: Surface = Surface.EGRESS) -> str | None:
        action = egress(url, ip=ip, method=method, surface=surface)
        action.session = session
        return (await engine.decide(action, audit=False)).rule

    for _ in range(2):
        assert await rule("hr.example.com/", ip="192.168.1.5") == "contractors"
        assert await rule("hr.example.com/") is None
        assert await rule("hr.example.com/", session="tainted-session") == "tainted"
        assert await rule("hr.example.com/", session="clean-session") is None
        assert await rule("api.example.com/admin/users") == "admin"
        assert await rule("api.example.com/users") is None
        assert await rule("api.example.com/users", method="POST") == "writes"
        assert await rule("api.example.com:8443/", surface=Surface.CONNECT) == "tunnels"
        assert await rule("api.example.com:8443/") is None
