"""A path rule meets a path as the servers behind the proxy may read it: without case
(Express, ASP.NET, IIS route so) and with an encoded slash decoded (nginx does), the
stricter outcome of the readings deciding (`secproxy.engine.rules`)."""

from __future__ import annotations

import pytest

from secproxy.model import Decision
from tests.surfaces.test_egress_helpers_functional import (
    curl,
    raw_exchange,
    running_egress,
    split_response,
    upstream,
)

pytestmark = pytest.mark.functional


def _get(url: str) -> bytes:
    return f"GET {url} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()


@pytest.mark.parametrize("path", ["/ADMIN/x", "/Admin/users", "/%2Fadmin/x", "/%2fadmin//x",
                                  "/%5Cadmin/x"])
async def test_a_deny_rule_meets_other_readings_of_its_path(path: str) -> None:
    rules = [{"name": "no-admin", "match": "127.0.0.1/admin/**", "action": "deny"}]
    async with upstream() as up, running_egress({"rules": rules}) as proxy:
        status, _, body = split_response(await raw_exchange(proxy, _get(f"{up.base}{path}")))
        rec = await proxy.record()
    # before: forwarded (the upstream's 404), recorded allow
    assert status == 403 and body["rule"] == "no-admin"
    assert rec.verdict.decision is Decision.BLOCK
    assert up.headers == []


async def test_a_rule_written_with_capitals_and_other_paths_still_pass() -> None:
    config = {"engine": {"default_action": "deny"},
              "rules": [{"name": "no-admin", "match": "127.0.0.1/admin/**", "action": "deny"},
                        {"name": "files", "match": "127.0.0.1/Files/**", "action": "allow"},
                        {"name": "api", "match": "127.0.0.1/api/**", "action": "allow"}]}
    async with upstream() as up, running_egress(config) as proxy:
        for path in ("/Files/Report.PDF", "/api/v4/projects/group%2Fproject", "/api/Users/X"):
            status, _, _ = split_response(await raw_exchange(proxy, _get(f"{up.base}{path}")))
            assert status == 404, path  # forwarded: the upstream has no such file
        ok = await curl("-x", proxy.url, f"{up.base}/api/small")
        assert ok.returncode == 0
        # under default deny, a reading that only an allow rule without case meets is
        # not allowed by it: the path as sent matches no rule
        status, _, body = split_response(await raw_exchange(proxy, _get(f"{up.base}/API/x")))
        assert status == 403 and body["error"] == "default_deny"
        status, _, body = split_response(
            await raw_exchange(proxy, _get(f"{up.base}/api%2F..%2Fadmin")))
        assert status == 400 and body["error"] == "bad_url"


async def test_a_deny_rule_written_with_capitals_meets_the_lower_case_path() -> None:
    rules = [{"name": "no-admin", "match": "127.0.0.1/Admin/**", "action": "deny"}]
    async with upstream() as up, running_egress({"rules": rules}) as proxy:
        for path in ("/admin/x", "/Admin/x", "/ADMIN/x"):
            status, _, body = split_response(
                await raw_exchange(proxy, _get(f"{up.base}{path}")))
            assert status == 403 and body["rule"] == "no-admin", path  # /admin/x: 404 before
    assert up.headers == []
