"""The `state` section: memory by default (today's behaviour), redis with a URL, and
precise errors for what cannot work."""

from __future__ import annotations

import pytest

from secproxy.config import load_config
from secproxy.config.restart import restart_needed
from secproxy.errors import ConfigError


def test_no_config_keeps_the_in_memory_state() -> None:
    state = load_config(text="", env={}).config.state
    assert state.backend == "memory" and state.url is None and state.on_failure == "closed"


def test_a_redis_url_is_read_and_shown_hidden() -> None:
    config = load_config(
        text="state: {backend: redis, url: 'redis://:s3cret@db.internal:6380/2', "
        "on_failure: local, timeout: 250ms, key_prefix: 'team-a:'}", env={}).config
    state = config.state
    assert state.url is not None and state.url.get_secret_value().endswith(":6380/2")
    assert state.timeout == 0.25 and state.key_prefix == "team-a:"
    shown = config.model_dump(mode="json")["state"]
    assert "s3cret" not in str(shown) and shown["url"].startswith("redis://db.internal")


@pytest.mark.parametrize(("text", "where", "says"), [
    ("state: {backend: redis}", "state", "backend redis needs a url"),
    ("state: {backend: redis, url: 'http://h'}", "state.url", "expected a redis://"),
    ("state: {backend: redis, url: 'redis://h:70000'}", "state.url", "bad port"),
    ("state: {backend: redis, url: 'redis:///0'}", "state.url", "needs a host"),
    ("state: {backend: redis, url: 'unix:///run/r.sock', tls: {enabled: true}}", "state",
     "tls cannot be used with a unix"),
    ("state: {backend: redis, url: 'redis://h', tls: {cert_file: c.pem}}", "state.tls",
     "cert_file and tls.key_file go together"),
    ("state: {backend: redis, url: 'redis://h', key_prefix: 'a b'}", "state.key_prefix",
     "1 to 64 characters"),
    ("state: {backend: redis, url: 'redis://h', on_failure: open}", "state.on_failure",
     "'closed' or 'local'"),
    ("state: {backend: etcd}", "state.backend", "'memory' or 'redis'"),
])
def test_what_cannot_work_is_refused_with_its_key(text: str, where: str, says: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(text=text, env={})
    message = str(caught.value)
    assert f"{where}: " in message and says in message, message


def test_a_reload_cannot_change_the_backend_of_a_running_proxy() -> None:
    old = load_config(text="", env={}).config
    new = load_config(text="state: {backend: redis, url: 'redis://h'}", env={}).config
    assert restart_needed(old, new) == ["state"]
