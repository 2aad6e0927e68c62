"""The LLM gateway's plumbing against a local fake API: retries, an upstream that is
down, bodies that are not JSON, compressed answers, routing, vaulted and proxy keys,
and a gateway started with no config file."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from secproxy.config import Overrides, load_config
from secproxy.runtime import Runtime
from tests.helpers import running_proxy
from tests.surfaces.llm_support import fake_llm, gateway_config, ledger_rows
from tests.surfaces.test_llm_openai_functional import GUARDS, SECRET

pytestmark = pytest.mark.functional


def base(rt: Any) -> str:
    return f"http://{rt.addresses()['llm']}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_a_503_is_retried_then_succeeds(tmp_path: Path) -> None:
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(fake)) as rt:
        fake.statuses = [503, 529]
        async with openai.AsyncOpenAI(base_url=f"{base(rt)}/v1", api_key="k",
                                      max_retries=0) as c:
            done = await c.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}])
    assert done.choices[0].message.content == fake.reply
    assert len(fake.seen) == 3
    assert fake.seen[0].body == fake.seen[2].body
    request = ledger_rows(tmp_path, surface=["llm"])[-1]
    assert request["direction"] == "request" and request["status"] == 200


async def test_retries_give_up_and_relay_the_upstreams_answer(tmp_path: Path) -> None:
    async with fake_llm() as fake:
        cfg = gateway_config(fake)
        cfg["upstreams"]["openai"]["retries"] = 1
        async with running_proxy(tmp_path, cfg) as rt:
            fake.statuses = [503, 503, 503]
            async with httpx.AsyncClient() as h:
                r = await h.post(f"{base(rt)}/v1/chat/completions", json={"model": "m"})
    assert r.status_code == 503 and r.json()["error"]["message"] == "busy"
    assert len(fake.seen) == 2


async def test_an_upstream_that_is_down_is_a_provider_shaped_502(tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    cfg = {"upstreams": {"openai": {"url": dead, "retries": 1, "retry_backoff": "10ms"},
                         "claude": {"url": dead, "kind": "anthropic", "retries": 0}},
           "llm": {"default_upstream": "openai"}}
    async with running_proxy(tmp_path, cfg) as rt:
        async with openai.AsyncOpenAI(base_url=f"{base(rt)}/v1", api_key="k",
                                      max_retries=0) as c:
            with pytest.raises(openai.InternalServerError) as caught:
                await c.chat.completions.create(model="m",
                                                messages=[{"role": "user", "content": "x"}])
        async with httpx.AsyncClient() as h:
            r = await h.post(f"{base(rt)}/v1/messages", json={"model": "m", "messages": []})
    assert caught.value.status_code == 502
    assert caught.value.body["code"] == "upstream_unreachable"  # type: ignore[index]
    assert "upstream openai unavailable" in caught.value.message
    assert r.status_code == 502
    assert r.json()["type"] == "error" and r.json()["error"]["type"] == "api_error"
    rows = ledger_rows(tmp_path, surface=["llm"])
    assert [r["status"] for r in rows] == [502, 502]
    assert all("unavailable" in (r["error"] or "") for r in rows)


async def test_a_body_that_is_not_json_is_guarded_as_text(tmp_path: Path) -> None:
    async with fake_llm() as fake, running_proxy(tmp_path,
                                                 gateway_config(fake, {"guards": GUARDS})) as rt:
        async with httpx.AsyncClient() as h:
            r = await h.post(f"{base(rt)}/v1/custom", content=f"raw {SECRET} text".encode(),
                             headers={"Content-Type": "text/plain"})
    assert r.status_code == 200
    assert fake.seen[0].body == b"raw [REDACTED:api_key] text"
    assert r.text == "echo: raw [REDACTED:api_key] text"


async def test_a_body_over_the_limit_is_refused(tmp_path: Path) -> None:
    cfg = {"llm": {"max_body_bytes": 1000}}
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(fake, cfg)) as rt:
        async with httpx.AsyncClient() as h:
            r = await h.post(f"{base(rt)}/v1/messages", content=b"x" * 5000)
    assert r.status_code == 413 and r.json()["error"]["type"] == "request_too_large"
    assert fake.seen == []
    assert ledger_rows(tmp_path, surface=["llm"])[-1]["status"] == 413


async def test_long_bodies_go_whole_both_ways_and_an_answer_over_the_limit_is_refused(
        tmp_path: Path) -> None:
    """A body in many reads (600 KB of text) reaches the upstream byte for byte, and its
    answer the agent; an answer over llm.max_response_bytes is a 502."""
    cfg = {"llm": {"max_body_bytes": 2_000_000, "max_response_bytes": 1_500_000}}
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(fake, cfg)) as rt:
        text = "".join(f"line {i} of a long shared file\n" for i in range(20_000))
        body = json.dumps({"model": "m", "messages": [{"role": "user", "content": text}]})
        fake.reply = text
        async with httpx.AsyncClient() as h:
            r = await h.post(f"{base(rt)}/v1/chat/completions", content=body.encode(),
                             headers={"Content-Type": "application/json"})
            assert r.status_code == 200
            assert r.json()["choices"][0]["message"]["content"] == text
            assert fake.seen[0].body == body.encode()
            fake.reply = text * 3
            r = await h.post(f"{base(rt)}/v1/chat/completions", content=body.encode(),
                             headers={"Content-Type": "application/json"})
    assert r.status_code == 502 and "max_response_bytes" in r.json()["error"]["message"]


async def test_a_gzip_answer_is_decompressed_and_guarded(tmp_path: Path) -> None:
    async with fake_llm() as fake, running_proxy(tmp_path,
                                                 gateway_config(fake, {"guards": GUARDS})) as rt:
        fake.gzip = True
        fake.reply = f"the key is {SECRET}"
        async with httpx.AsyncClient() as h:
            r = await h.post(f"{base(rt)}/v1/chat/completions",
                             headers={"Accept-Encoding": "gzip"},
                             json={"model": "m", "messages": [{"role": "user", "content": "?"}]})
    assert "content-encoding" not in r.headers
    assert fake.seen[0].headers["Accept-Encoding"] == "identity"
    assert r.json()["choices"][0]["message"]["content"] == "the key is [REDACTED:api_key]"
    response = [x for x in ledger_rows(tmp_path, surface=["llm"]) if x["direction"] == "response"]
    assert response[0]["decision"] == "allow_with_redaction"


async def test_a_gzip_stream_is_decompressed_and_a_split_secret_masked(
        tmp_path: Path) -> None:
    async with fake_llm() as fake, running_proxy(tmp_path,
                                                 gateway_config(fake, {"guards": GUARDS})) as rt:
        fake.gzip = True
        fake.chunks = ["the key ", "sk-live-4f9Q", "z7Lm2Xc8", "Vb1Nw3Er", " again"]
        async with httpx.AsyncClient() as h, h.stream(
                "POST", f"{base(rt)}/v1/chat/completions",
                headers={"Accept-Encoding": "gzip"},
                json={"model": "m", "stream": True, "messages": [{"role": "user",
                                                                  "content": "?"}]}) as r:
            raw = b"".join([part async for part in r.aiter_raw()])
    assert "content-encoding" not in r.headers
    assert b"sk-live" not in raw and b"4f9Q" not in raw
    texts = [json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
             for line in raw.decode().splitlines()
             if line.startswith("data: {")]
    assert "".join(texts) == "the key [REDACTED:api_key] again"


@pytest.mark.parametrize("stream", [False, True])
async def test_an_encoding_the_gateway_cannot_read_is_refused(tmp_path: Path,
                                                              stream: bool) -> None:
    async with fake_llm() as fake, running_proxy(tmp_path,
                                                 gateway_config(fake, {"guards": GUARDS})) as rt:
        fake.encoding = "compress"  # not decoded here: passing it on would skip the guards
        fake.reply = f"the key is {SECRET}"
        async with openai.AsyncOpenAI(base_url=f"{base(rt)}/v1", api_key="k",
                                      max_retries=0) as c:
            with pytest.raises(openai.InternalServerError) as caught:
                await c.chat.completions.create(
                    model="m", stream=stream, messages=[{"role": "user", "content": "?"}])
    assert caught.value.status_code == 502
    assert "content encoding 'compress'" in caught.value.message
    assert SECRET not in str(caught.value.body)
    request = [r for r in ledger_rows(tmp_path, surface=["llm"]) if r["direction"] == "request"]
    assert request[0]["status"] == 502 and "compress" in request[0]["error"]


async def test_routes_by_path_and_by_header(tmp_path: Path) -> None:
    async with fake_llm() as one, fake_llm() as two:
        cfg = {"upstreams": {"openai": {"url": one.base}, "other": {"url": two.base},
                             "claude": {"url": two.base + "/anthropic/v1", "kind": "anthropic"}},
               "llm": {"default_upstream": "openai"}}
        async with running_proxy(tmp_path, cfg) as rt, httpx.AsyncClient() as h:
            await h.post(f"{base(rt)}/v1/chat/completions", json={"model": "a"})
            await h.post(f"{base(rt)}/v1/chat/completions", json={"model": "b"},
                         headers={"x-secproxy-upstream": "other"})
            await h.post(f"{base(rt)}/v1/messages", json={"model": "c", "messages": []})
            await h.get(f"{base(rt)}/v1/models")
            r = await h.get(f"{base(rt)}/v1/models", headers={"x-secproxy-upstream": "nope"})
    assert [s.path for s in one.seen] == ["/v1/chat/completions", "/v1/models"]
    assert [s.path for s in two.seen] == ["/v1/chat/completions", "/anthropic/v1/messages"]
    assert "x-secproxy-upstream" not in {k.lower() for k in two.seen[0].headers}
    assert r.status_code == 404 and "nope" in r.json()["error"]["message"]


async def test_a_reload_routes_by_the_new_config(tmp_path: Path) -> None:
    # The gateway keeps the routes of one config (routes.RouteTable): a reload that
    # moves the default upstream or removes one must not be served the old routes.
    path = tmp_path / "config.yaml"
    async with fake_llm() as one, fake_llm() as two:
        cfg = {"upstreams": {"openai": {"url": one.base}, "other": {"url": two.base}},
               "llm": {"default_upstream": "openai"}}
        async with running_proxy(tmp_path, cfg, config_path=path) as rt, \
                httpx.AsyncClient() as h:
            url = f"{base(rt)}/v1/chat/completions"
            await h.post(url, json={"model": "a"})
            await h.post(url, json={"model": "b"}, headers={"x-secproxy-upstream": "other"})
            path.write_text(path.read_text().replace("default_upstream: openai",
                                                     "default_upstream: other"))
            rt.reload()
            await h.post(url, json={"model": "c"})
            path.write_text(path.read_text().replace("  other:", "  third:")
                            .replace("default_upstream: other", "default_upstream: third"))
            rt.reload()
            gone = await h.post(url, json={"model": "d"},
                                headers={"x-secproxy-upstream": "other"})
            await h.post(url, json={"model": "e"})
    assert [s.json["model"] for s in one.seen] == ["a"]
    assert [s.json["model"] for s in two.seen] == ["b", "c", "e"]
    assert gone.status_code == 404 and "other" in gone.json()["error"]["message"]


async def test_vaulted_key_and_proxy_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    monkeypatch.setenv("TEST_REAL_OPENAI_KEY", "sk-real-openai-key")
    key_file = tmp_path / "anthropic.key"
    key_file.write_text("sk-ant-real-key\n")
    async with fake_llm() as fake:
        cfg = {"upstreams": {
                   "openai": {"url": fake.base, "api_key_env": "TEST_REAL_OPENAI_KEY"},
                   "anthropic": {"url": fake.base, "api_key_file": str(key_file)}},
               "llm": {"proxy_keys": [{"key": "sp-agent-one", "principal": "agent1"}]}}
        async with running_proxy(tmp_path, cfg) as rt:
            async with openai.AsyncOpenAI(base_url=f"{base(rt)}/v1", api_key="sp-agent-one",
                                          max_retries=0) as c:
                await c.chat.completions.create(model="m",
                                                messages=[{"role": "user", "content": "x"}])
            async with httpx.AsyncClient() as h:
                ok = await h.post(f"{base(rt)}/v1/messages", headers={"x-api-key": "sp-agent-one"},
                                  json={"model": "m", "messages": []})
                bad = await h.post(f"{base(rt)}/v1/messages", headers={"x-api-key": "sp-wrong"},
                                   json={"model": "m", "messages": []})
    assert fake.seen[0].headers["Authorization"] == "Bearer sk-real-openai-key"
    assert fake.seen[1].headers["x-api-key"] == "sk-ant-real-key"
    assert "Authorization" not in fake.seen[1].headers
    assert ok.status_code == 200
    assert bad.status_code == 401 and bad.json()["error"]["type"] == "authentication_error"
    assert len(fake.seen) == 2
    rows = ledger_rows(tmp_path)
    assert {r["principal"] for r in rows if r["status"] == 200} == {"user:agent1"}
    # the same address with a wrong key is no user (principals are kept per address,
    # user and agent: the user's is not handed to the next caller from that address)
    assert {r["principal"] for r in rows if r["status"] == 401} == {"ip:127.0.0.1"}
    text = json.dumps(rows)
    for key in ("sp-agent-one", "sp-wrong", "sk-real-openai-key", "sk-ant-real-key"):
        assert key not in text


async def test_serve_with_only_an_upstream_flag_and_no_config_file(tmp_path: Path) -> None:
    async with fake_llm() as fake:
        loaded = load_config(env={}, overrides=Overrides(
            upstreams={"openai": fake.base}, listen={"llm": "127.0.0.1:0"},
            disabled={"egress", "api", "ws"}, state_dir=str(tmp_path)))
        rt = Runtime(loaded)
        await rt.start()
        try:
            assert "llm" in rt.addresses()
            async with openai.AsyncOpenAI(base_url=f"{base(rt)}/v1", api_key="k",
                                          max_retries=0) as c:
                done = await c.chat.completions.create(
                    model="m", messages=[{"role": "user", "content": "hi"}])
        finally:
            await rt.stop()
    assert done.choices[0].message.content == fake.reply


@pytest.mark.parametrize("path, body", [
    ("/v1/chat/completions", {
        "model": "m", "user": SECRET, "metadata": {"note": f"key {SECRET}"},
        "messages": [{"role": "user", "name": SECRET, "content": "hi"},
                     {"role": "user", "content": {"odd": SECRET}}],
        "stop": [SECRET]}),
    ("/v1/messages", {
        "model": "m", "max_tokens": 5, "metadata": {"user_id": SECRET},
        "messages": [{"role": "user", "content": [{"type": "note", "body": SECRET}]}]}),
    ("/v1/responses", {
        "model": "m", "input": [{"type": "message", "role": "user", "content": "hi",
                                 "extra": SECRET}], "safety_identifier": SECRET}),
])
async def test_a_secret_outside_the_messages_is_masked_too(tmp_path: Path, path: str,
                                                           body: dict[str, Any]) -> None:
    """Every string the upstream receives is guarded, not only the parts a format names
    as content: a key in `user`, `metadata`, a message's `name`, a part of a shape the
    gateway does not know, left unmasked before."""
    async with fake_llm() as fake, running_proxy(tmp_path,
                                                 gateway_config(fake, {"guards": GUARDS})) as rt:
        async with httpx.AsyncClient() as h:
            r = await h.post(f"{base(rt)}{path}", json=body)
    assert r.status_code == 200, r.text
    sent = fake.seen[0].body
    assert SECRET.encode() not in sent, sent
    assert sent.count(b"[REDACTED:api_key]") == json.dumps(body).count(SECRET)
    # The shape is kept: what was not masked arrives as it was sent.
    assert json.loads(sent)["model"] == "m"


async def test_a_secret_in_the_query_or_a_custom_header_is_masked(tmp_path: Path) -> None:
    """The query's values and the headers an agent's code adds are the request's content
    too; the headers SDKs send on their own and the credentials go on as they were."""
    async with fake_llm() as fake, running_proxy(tmp_path,
                                                 gateway_config(fake, {"guards": GUARDS})) as rt:
        async with httpx.AsyncClient() as h:
            r = await h.post(f"{base(rt)}/v1/chat/completions",
                             params={"api-version": "2024-10-21", "note": f"key {SECRET}"},
                             headers={"X-Note": SECRET, "x-stainless-lang": "python",
                                      "Authorization": "Bearer sk-upstream-key-kept-as-is"},
                             json={"model": "m", "messages": [{"role": "user",
                                                               "content": "hi"}]})
            assert r.status_code == 200, r.text
            clean = await h.post(f"{base(rt)}/v1/chat/completions?api-version=2024-10-21",
                                 json={"model": "m", "messages": [{"role": "user",
                                                                   "content": "hi"}]})
            assert clean.status_code == 200
    seen = fake.seen[0]
    assert SECRET not in seen.query and SECRET not in json.dumps(seen.headers)
    assert "api-version=2024-10-21" in seen.query and "REDACTED" in seen.query
    assert seen.headers["X-Note"] == "[REDACTED:api_key]"
    assert seen.headers["x-stainless-lang"] == "python"
    assert seen.headers["Authorization"] == "Bearer sk-upstream-key-kept-as-is"
    assert fake.seen[1].query == "api-version=2024-10-21"  # untouched when nothing masked


async def test_a_key_in_a_query_or_header_name_is_refused(tmp_path: Path) -> None:
    """`?AKIA…=1` and `X-AKIA…: 1` send the key in a name, which cannot go masked: the
    default secrets guard (sanitize) refuses the request, in the SDK's error shape,
    before anything reaches the upstream."""
    aws = "AKIA" + "QYLPMN5HFIQR7XYZ"
    async with fake_llm() as fake, running_proxy(
            tmp_path, gateway_config(fake, {"llm": {"guards": "default"}})) as rt:
        async with openai.AsyncOpenAI(base_url=f"{base(rt)}/v1", api_key="k",
                                      max_retries=0) as c:
            with pytest.raises(openai.PermissionDeniedError) as got:
                await c.chat.completions.create(model="m", messages=[
                    {"role": "user", "content": "hi"}], extra_query={aws: "1"})
            assert "aws access key id" in str(got.value)
            # the SDK writes header names in lower case, which keeps all of such a key
            with pytest.raises(openai.PermissionDeniedError):
                await c.chat.completions.create(model="m", messages=[
                    {"role": "user", "content": "hi"}], extra_headers={f"X-{aws}": "1"})
            # (httpx sends them as given)
            async with httpx.AsyncClient() as h:
                r = await h.post(f"{base(rt)}/v1/chat/completions", headers={f"X-{aws}": "1"},
                                 json={"model": "m", "messages": [{"role": "user",
                                                                   "content": "hi"}]})
            assert r.status_code == 403 and r.json()["error"]["code"] == "secret", r.text
            ok = await c.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}],
                extra_query={"api-version": "1"}, extra_headers={"X-Trace-Token": "7"})
    assert ok.choices[0].message.content == "Hello from the model."
    assert len(fake.seen) == 1
    assert {k.lower(): v for k, v in fake.seen[0].headers.items()}["x-trace-token"] == "7"
