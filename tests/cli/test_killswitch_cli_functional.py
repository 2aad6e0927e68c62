"""`secproxy kill-switch on|off|status` against a real proxy (a threaded runtime, its
control socket): a request through the egress listener is refused while the switch is
on and passes once it is lifted; both switchings are operator records in the ledger."""

from __future__ import annotations

import json
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from secproxy.audit.query import Filters, LedgerReader
from tests.control.test_cli_functional import ThreadedProxy, cli, wait_for

pytestmark = pytest.mark.functional
RULES = {"rules": [{"name": "local", "match": "127.0.0.1", "action": "allow"}]}


class Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def upstream() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hello)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/x"
    server.shutdown()
    server.server_close()


def curl_through(proxy: ThreadedProxy, url: str) -> subprocess.CompletedProcess[str]:
    """curl through the egress listener: the status code on stdout, the body on stderr."""
    egress = proxy.runtime.addresses()["egress"]
    return subprocess.run(
        ["curl", "-s", "-o", "/dev/stderr", "-w", "%{http_code}", "-x", f"http://{egress}",
         url], capture_output=True, text=True, timeout=30)


def test_kill_switch_on_status_off(tmp_path, upstream):
    with ThreadedProxy(tmp_path, RULES) as proxy:
        before = curl_through(proxy, upstream)
        assert (before.stdout, before.stderr) == ("200", "hello")

        on = cli("kill-switch", "on", "--surface", "egress,connect", "--reason", "incident",
                 "--by", "alice", "--format", "table", "--socket", proxy.socket)
        assert on.returncode == 0, on.stderr
        assert "ON for connect, egress" in on.stdout and "alice: incident" in on.stdout
        refused = curl_through(proxy, upstream)
        assert refused.stdout == "403"
        assert "kill switch on for connect,egress" in refused.stderr

        status = cli("kill-switch", "status", "--format", "json", "--socket", proxy.socket)
        state = json.loads(status.stdout)
        assert state["on"] and state["surfaces"] == ["connect", "egress"]

        bad = cli("kill-switch", "on", "--surface", "operator", "--socket", proxy.socket)
        assert bad.returncode != 0 and "not a surface the kill switch can cover" in bad.stderr
        assert "Traceback" not in bad.stderr

        off = cli("kill-switch", "off", "--by", "bob", "--format", "table",
                  "--socket", proxy.socket)
        assert off.returncode == 0 and "kill switch off" in off.stdout
        assert curl_through(proxy, upstream).stdout == "200"

        proxy.submit(proxy.runtime.ledger.flush()).result(10)
        path = proxy.runtime.ledger.path

        def trail() -> list[tuple[str, str, str]]:
            with LedgerReader(path) as reader:
                rows = reader.query(Filters(surface=["operator"]))
            return [(r["method"], r["principal"], r["reason"]) for r in reversed(rows)
                    if "kill-switch" in (r["method"] or "")]

        assert wait_for(trail) == [
            ("kill-switch on", "user:alice", "deny-all for connect,egress: incident"),
            ("kill-switch off", "user:bob", "lifted (was on for connect,egress)"),
        ]
        with LedgerReader(path) as reader:
            denied = reader.query(Filters(search="kill switch on", surface=["egress"]))
        assert denied and denied[0]["findings"][0]["category"] == "kill_switch"
