"""`config/get` over the control socket and the HTTP operator API shows no secret, and an
operator's rules edit keeps every secret of the running config."""

from __future__ import annotations

import json

import aiohttp
import pytest

from secproxy.control.client import ControlClient
from tests.config.test_secrets import SECRETS, VALUES
from tests.helpers import running_proxy

pytestmark = pytest.mark.functional
EXTRA = {**SECRETS, "ws": {"upstream": None, "lock": {**SECRETS["ws"]["lock"], "enforce": False}}}
KEY = SECRETS["control"]["api_keys"][0]


async def test_config_get_shows_no_secret_over_socket_or_http(tmp_path):
    async with running_proxy(tmp_path, EXTRA) as runtime:
        assert runtime.control is not None
        async with ControlClient(runtime.control.path) as client:
            over_socket = await client.call("config/get")
        url = f"http://{runtime.addresses()['api']}/operator/api/config/get"
        async with aiohttp.ClientSession() as http:
            async with http.get(url, headers={"Authorization": f"Bearer {KEY}"}) as resp:
                assert resp.status == 200
                over_http = await resp.text()
    for text in (json.dumps(over_socket), over_http):
        for value in VALUES:
            assert value not in text, value
    config = over_socket["config"]
    assert config["egress"]["users"][1] == {"name": "ci", "password_sha256": "…"}
    assert config["ws"]["lock"]["token"] == "…"


async def test_a_rules_edit_keeps_the_secrets(tmp_path):
    async with running_proxy(tmp_path, EXTRA) as runtime:
        assert runtime.control is not None
        async with ControlClient(runtime.control.path) as client:
            reply = await client.call("rules/replace", {"yaml": "- {name: x, action: deny}\n"})
        assert reply["applied"] is True
        config = runtime.engine.config
        assert [r.name for r in config.rules] == ["x"]
        assert [k.get_secret_value() for k in config.control.api_keys] == [KEY]
        assert config.egress.users[0].password is not None
        assert config.egress.users[0].password.get_secret_value() == "pw-in-clear-9"
        headers = config.alerts.webhooks[1].headers
        assert headers["Authorization"].get_secret_value() == "Bearer siem-token-456"
