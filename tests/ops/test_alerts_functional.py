"""Webhook alerts against real local webhook servers and a real running proxy: blocks,
approvals, deduplicated denials, retries, 429 Retry-After, a hanging target, config errors."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from aiohttp import web

from secproxy.config import load_config
from secproxy.control.client import ControlClient, OperatorError
from secproxy.errors import ConfigError
from secproxy.model import Action, Principal, Surface, Target
from tests.helpers import eventually, running_proxy

pytestmark = pytest.mark.functional


@dataclass
class Hook:
    """One webhook path: the answers it gives in turn (the last repeats), what it got."""

    answers: list[int | str] = field(default_factory=lambda: [200])
    received: list[dict[str, Any]] = field(default_factory=list)
    attempts: int = 0
    headers: list[dict[str, str]] = field(default_factory=list)


class WebhookServer:
    """A real aiohttp server on 127.0.0.1:0 recording every post per path."""

    def __init__(self) -> None:
        self.hooks: dict[str, Hook] = {}
        self.base = ""

    def url(self, name: str, *answers: int | str) -> str:
        self.hooks[name] = Hook(list(answers) or [200])
        return f"{self.base}/{name}"

    async def handle(self, request: web.Request) -> web.Response:
        hook = self.hooks[request.match_info["name"]]
        answer = hook.answers[min(hook.attempts, len(hook.answers) - 1)]
        hook.attempts += 1
        if answer == "hang":
            await asyncio.sleep(3600)
        if answer == 429:
            return web.Response(status=429, headers={"Retry-After": "0"})
        if isinstance(answer, int) and answer >= 300:
            return web.Response(status=answer)
        hook.received.append(await request.json())
        hook.headers.append(dict(request.headers))
        return web.Response(text="ok")


@contextlib.asynccontextmanager
async def webhook_server() -> AsyncIterator[WebhookServer]:
    server = WebhookServer()
    app = web.Application()
    app.router.add_post("/{name}", server.handle)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    server.base = f"http://127.0.0.1:{port}"
    try:
        yield server
    finally:
        await runner.cleanup()


def alerts(*webhooks: dict[str, Any], **settings: Any) -> dict[str, Any]:
    base = {"retry_delay": "10ms", "flush_timeout": "5s"}
    return {"alerts": {**base, **settings, "webhooks": list(webhooks)}}


RULES = [
    {"name": "shell", "tools": ["shell.*"], "action": "require_approval"},
    {"name": "no-evil", "match": "evil.example", "action": "deny", "reason": "known bad"},
]


def egress(host: str, user: str = "mallory") -> Action:
    return Action(
        surface=Surface.EGRESS,
        target=Target(host=host, method="GET", path="/"),
        principal=Principal(user=user, api_key="sk-live-0123456789abcdef"),
    )


async def test_operator_block_posts_a_slack_alert_naming_the_principal(tmp_path):
    async with webhook_server() as hooks:
        url = hooks.url("slack")
        extra = alerts({"name": "team", "url": url, "format": "slack"})
        async with running_proxy(tmp_path, extra) as runtime:
            async with ControlClient(runtime.control.path) as client:
                await client.call(
                    "principals/block", {"key": "user:bob", "reason": "suspicious", "by": "op"}
                )
            got = await eventually(lambda: hooks.hooks["slack"].received, message="slack post")
    body = got[0]
    assert "user:bob" in body["text"]
    assert body["blocks"][0]["type"] == "section"
    text = str(body["blocks"])
    assert "suspicious" in text and "secproxy users unblock user:bob" in text


async def test_held_approval_sends_its_id_and_the_command_to_approve(tmp_path):
    async with webhook_server() as hooks:
        url = hooks.url("discord")
        extra = {**alerts({"name": "d", "url": url, "format": "discord"}), "rules": RULES}
        async with running_proxy(tmp_path, extra) as runtime:
            call = Action(
                surface=Surface.TOOL,
                target=Target(tool="shell.exec"),
                arguments={"cmd": "cat /secret/token"},
                principal=Principal(user="agent"),
            )
            held = asyncio.ensure_future(runtime.engine.decide(call))
            pending = await eventually(lambda: runtime.engine.approvals.pending())
            got = await eventually(lambda: hooks.hooks["discord"].received)
            async with ControlClient(runtime.control.path) as client:
                await client.call("approvals/resolve", {"id": pending[0].id, "approve": False})
            await asyncio.wait_for(held, 5)
    body = got[0]
    embed = body["embeds"][0]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["id"] == pending[0].id
    assert fields["approve"] == f"secproxy approvals approve {pending[0].id}"
    assert fields["principal"] == "user:agent" and fields["rule"] == "shell"
    assert "shell.exec" in body["content"]
    assert "/secret/token" not in str(body), "arguments never leave the proxy"


async def test_identical_denials_are_sent_once_and_generic_has_a_stable_shape(tmp_path):
    async with webhook_server() as hooks:
        url = hooks.url("generic")
        hook = {
            "name": "siem",
            "url": url,
            "format": "generic",
            "events": ["denied"],
            "headers": {"Authorization": "Bearer hook-secret"},
        }
        async with running_proxy(tmp_path, {**alerts(hook), "rules": RULES}) as runtime:
            for _ in range(5):
                await runtime.engine.decide(egress("evil.example"))
            await runtime.engine.decide(egress("evil.example", user="eve"))
            got = await eventually(
                lambda: (
                    len(hooks.hooks["generic"].received) >= 2 and hooks.hooks["generic"].received
                )
            )
            await eventually(lambda: runtime.alerts.stats()["siem"]["suppressed"] == 4)
        stats = runtime.alerts.stats()["siem"]
    assert [a["details"]["principal"] for a in got] == ["user:mallory", "user:eve"]
    first = got[0]
    assert set(first) >= {"kind", "severity", "summary", "details", "ts", "version"}
    assert first["kind"] == "denied" and first["details"]["rule"] == "no-evil"
    assert "sk-live" not in str(got)
    assert hooks.hooks["generic"].headers[0]["Authorization"] == "Bearer hook-secret"
    assert stats["sent"] == 2 and stats["suppressed"] == 4


async def test_5xx_is_retried_and_429_waits_for_retry_after(tmp_path):
    async with webhook_server() as hooks:
        flaky = hooks.url("flaky", 500, 500, 200)
        limited = hooks.url("limited", 429, 200)
        gone = hooks.url("gone", 404)
        extra = alerts(
            {"name": "flaky", "url": flaky},
            {"name": "limited", "url": limited},
            {"name": "gone", "url": gone},
        )
        async with running_proxy(tmp_path, extra) as runtime:
            runtime.engine.tracker.block("user:x", duration=None, reason="test", by="op")
            await eventually(lambda: hooks.hooks["flaky"].received)
            await eventually(lambda: hooks.hooks["limited"].received)
            await eventually(lambda: runtime.alerts.stats()["gone"]["failed"] == 1)
            api = runtime.addresses()["api"]
            async with httpx.AsyncClient() as client:
                metrics = (await client.get(f"http://{api}/metrics")).text
    assert hooks.hooks["flaky"].attempts == 3 and len(hooks.hooks["flaky"].received) == 1
    assert hooks.hooks["limited"].attempts == 2 and len(hooks.hooks["limited"].received) == 1
    assert hooks.hooks["gone"].attempts == 1, "a 404 is not retried"
    assert 'secproxy_alerts_total{result="sent",target="flaky"} 1.0' in metrics
    assert 'secproxy_alerts_total{result="failed",target="gone"} 1.0' in metrics


async def test_a_webhook_that_never_answers_does_not_stall_requests(tmp_path):
    async with webhook_server() as hooks:
        url = hooks.url("hang", "hang")
        extra = {
            **alerts(
                {"name": "hang", "url": url}, timeout="200ms", max_retries=1, flush_timeout="100ms"
            ),
            "rules": RULES,
        }
        async with running_proxy(tmp_path, extra) as runtime:
            proxy = f"http://{runtime.addresses()['egress']}"
            async with httpx.AsyncClient(proxy=proxy, timeout=10) as client:
                for i in range(20):
                    resp = await client.get(f"http://evil.example/{i}")
                    assert resp.status_code == 403
            await eventually(lambda: runtime.alerts.stats()["hang"]["failed"] >= 1)
    assert hooks.hooks["hang"].attempts >= 2


@pytest.mark.parametrize(
    ("hook", "expected"),
    [
        ({"name": "a", "url": "ftp://x.example/"}, "alerts.webhooks[0].url: expected an http"),
        ({"name": "a", "url": "http://x/", "format": "teams"}, "alerts.webhooks[0].format"),
        ({"name": "a", "url": "http://x/", "events": ["nope"]}, "alerts.webhooks[0].events[0]"),
    ],
)
def test_config_errors_say_where_and_what(hook: dict[str, Any], expected: str) -> None:
    import yaml

    with pytest.raises(ConfigError) as info:
        load_config(text=yaml.safe_dump({"alerts": {"webhooks": [hook]}}), env={})
    assert expected in str(info.value.issues[0])


async def test_rejected_rules_edit_alerts_and_queued_alerts_flush_on_stop(tmp_path):
    async with webhook_server() as hooks:
        url = hooks.url("ops")
        extra = alerts({"name": "ops", "url": url, "events": ["config_rejected", "blocked"]})
        async with running_proxy(tmp_path, extra) as runtime:
            async with ControlClient(runtime.control.path) as client:
                with pytest.raises(OperatorError):
                    await client.call(
                        "rules/replace", {"yaml": "- {match: a.com, action: maybe}\n"}
                    )
                got = await eventually(lambda: hooks.hooks["ops"].received)
                await client.call("principals/block", {"key": "user:last", "by": "op"})
        # the proxy stopped right after the block: the alert went out during shutdown
        kinds = [a["kind"] for a in hooks.hooks["ops"].received]
    assert got[0]["kind"] == "config_rejected" and got[0]["details"]["change"] == "rules/replace"
    assert kinds == ["config_rejected", "blocked"]


async def test_a_full_queue_drops_the_oldest_and_counts_it(tmp_path):
    async with webhook_server() as hooks:
        url = hooks.url("slow", "hang")
        extra = alerts(
            {"name": "slow", "url": url, "events": ["blocked"]},
            queue_size=2,
            timeout="30s",
            flush_timeout="50ms",
        )
        async with running_proxy(tmp_path, extra) as runtime:
            async with ControlClient(runtime.control.path) as client:
                for i in range(6):
                    await client.call("principals/block", {"key": f"user:u{i}", "by": "op"})
            stats = await eventually(
                lambda: (
                    runtime.alerts.stats()["slow"]["dropped"] >= 3
                    and runtime.alerts.stats()["slow"]
                )
            )
            assert stats["queued"] <= 2
