"""References in a running proxy's config file: the operator API key read from a file and
a webhook URL from the environment are in force, `config/get` and the ledger never show
them, a reload (what SIGHUP does) picks up a rotated key file, and a reload whose file has
gone is refused with the key path, keeping the running key."""

from __future__ import annotations

import json
from pathlib import Path

import aiohttp
import pytest

from secproxy.audit.query import Filters, LedgerReader
from secproxy.control.client import ControlClient
from secproxy.errors import ConfigError
from tests.helpers import running_proxy

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]

OLD_KEY = "rotating-operator-key-0001"
NEW_KEY = "rotating-operator-key-0002"
HOOK = "https://hooks.slack.example/services/T7/B7/ENVHELDSECRET"


async def _status(http: aiohttp.ClientSession, url: str, key: str) -> int:
    async with http.get(url, headers={"Authorization": f"Bearer {key}"}) as resp:
        await resp.read()
        return resp.status


async def test_referenced_secrets_are_used_hidden_and_reloaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "operator-key"
    key_file.write_text(OLD_KEY + "\n")
    monkeypatch.setenv("SECPROXY_TEST_HOOK", HOOK)
    extra = {
        "control": {"api_keys": [f"${{file:{key_file}}}"]},
        "alerts": {"webhooks": [{"name": "ops", "url": "${SECPROXY_TEST_HOOK}",
                                 "events": ["taint"]}]},  # never sent here
    }
    config_path = tmp_path / "secproxy.yaml"
    async with running_proxy(tmp_path, extra, config_path=config_path) as runtime:
        assert runtime.control is not None
        assert runtime.config.alerts.webhooks[0].url.get_secret_value() == HOOK
        url = f"http://{runtime.addresses()['api']}/operator/api/config/get"
        async with aiohttp.ClientSession() as http:
            assert await _status(http, url, OLD_KEY) == 200
            assert await _status(http, url, NEW_KEY) == 401
            async with ControlClient(runtime.control.path) as client:
                shown = json.dumps(await client.call("config/get"))
            assert OLD_KEY not in shown and "ENVHELDSECRET" not in shown
            assert "${" not in shown  # the running values are shown (masked), not the file

            key_file.write_text(NEW_KEY + "\n")
            runtime.reload()
            assert await _status(http, url, NEW_KEY) == 200
            assert await _status(http, url, OLD_KEY) == 401

            key_file.unlink()
            with pytest.raises(ConfigError) as info:
                runtime.reload()
            assert [i.path for i in info.value.issues] == ["control.api_keys[0]"]
            assert await _status(http, url, NEW_KEY) == 200  # the running config is kept
        ledger = runtime.config.ledger_path
    with LedgerReader(ledger) as reader:
        trail = reader.query(Filters(surface=["operator"]))
    changes = sorted(trail, key=lambda r: r["id"])
    assert [(r["method"], r["decision"]) for r in changes] == [
        ("config/reload", "allow"), ("config/reload", "block")]
    refused = changes[1]
    assert f"control.api_keys[0]: ${{file:{key_file}}} cannot be read" in refused["error"]
    for secret in (OLD_KEY, NEW_KEY, "ENVHELDSECRET"):
        assert secret not in json.dumps(trail)
