"""The refusal module: one table from category to status, and each wire's shape of it."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from secproxy.model import Decision, Finding, Severity, Verdict
from secproxy.surfaces.refusal import (
    STATUS,
    refuse,
    refuse_verdict,
    rpc_data,
    rpc_message,
    status_of,
)

EGRESS = Path(__file__).parents[2] / "secproxy" / "surfaces" / "egress"


def verdict(category: str | None, *, retry_after: float | None = None,
            decision: Decision = Decision.BLOCK, **kw: str) -> Verdict:
    findings = [Finding("test", category, "because", Severity.LOW)] if category else []
    return Verdict(decision, findings, reason="because", retry_after=retry_after, **kw)


def parse_http1(data: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines)
    assert int(headers["Content-Length"]) == len(body)
    return int(status_line.split()[1]), headers, body


@pytest.mark.parametrize(("category", "status"), [
    ("bad_request", 400), ("bad_url", 400), ("bad_port", 400), ("bad_connect_target", 400),
    ("not_a_proxy_request", 400), ("unsupported_scheme", 400),
    ("request_timeout", 408), ("request_line_too_long", 414),
    ("headers_too_large", 431), ("too_many_headers", 431),
    ("proxy_auth_required", 407), ("proxy_auth_failed", 407),
    ("rate_limit", 429), ("too_many_connections", 429),
    ("connection_limit", 503), ("tunnel_limit", 503), ("client_gone", 503),
    ("dns_failure", 502), ("upstream_unreachable", 502), ("upstream_closed", 502),
    ("bad_upstream_response", 502), ("upstream_timeout", 504),
    # whatever a rule, a guard or a policy stage refuses is a plain denial
    ("rule", 403), ("ssrf", 403), ("connect_port", 403), ("approval_denied", 403),
    ("approval_expired", 403), ("principal_blocked", 403), ("injection", 403), (None, 403),
])
def test_status_by_category(category: str | None, status: int) -> None:
    assert status_of(category) == status
    assert refuse_verdict(verdict(category), "r1").status == status


@pytest.mark.parametrize(("retry_after", "header"), [(None, "1"), (0.2, "1"), (2.1, "3")])
def test_rate_limit_says_when_to_retry(retry_after: float | None, header: str) -> None:
    refusal = refuse_verdict(verdict("rate_limit", retry_after=retry_after), "r1")
    assert refusal.headers == (("Retry-After", header),)


@pytest.mark.parametrize("category", ["too_many_connections", "connection_limit",
                                      "tunnel_limit"])
def test_no_room_now_says_retry_in_a_second(category: str) -> None:
    assert refuse(category, "full").headers == (("Retry-After", "1"),)


@pytest.mark.parametrize("category", ["proxy_auth_required", "proxy_auth_failed"])
def test_proxy_auth_asks_for_credentials(category: str) -> None:
    assert refuse(category, "who?").headers == (
        ("Proxy-Authenticate", 'Basic realm="secproxy"'),)
    assert refuse_verdict(verdict(category, decision=Decision.CHALLENGE), "r").status == 407


def test_a_verdict_without_findings_is_named_by_its_decision() -> None:
    refusal = refuse_verdict(verdict(None, rule="no-shell"), "r9")
    assert refusal.body() == {"error": "block", "rule": "no-shell", "reason": "because",
                              "request_id": "r9"}


def test_a_surface_may_pass_on_another_status() -> None:
    refusal = refuse("gateway_refused", "the gateway said no", status=401)
    assert refusal.status == 401 and refusal.headers == ()


def test_http1_answer() -> None:
    data = refuse_verdict(verdict("rate_limit", retry_after=1.5, rule="slow"),
                          "abc").http1(close=True)
    status, headers, body = parse_http1(data)
    assert data.startswith(b"HTTP/1.1 429 Too Many Requests\r\n")
    assert status == 429
    assert headers["Content-Type"] == "application/json"
    assert headers["Cache-Control"] == "no-store"
    assert headers["X-Secproxy-Request-Id"] == "abc"
    assert headers["Retry-After"] == "2"
    assert headers["Connection"] == "close"
    assert json.loads(body) == {"error": "rate_limit", "rule": "slow", "reason": "because",
                                "request_id": "abc"}


def test_http1_answer_kept_open_and_without_an_id() -> None:
    status, headers, body = parse_http1(refuse("bad_url", "no host").http1())
    assert status == 400
    assert "Connection" not in headers and "X-Secproxy-Request-Id" not in headers
    assert json.loads(body)["request_id"] is None


def test_an_unknown_status_still_has_a_phrase() -> None:
    assert refuse("odd", "x", status=499).http1().startswith(b"HTTP/1.1 499 Error\r\n")


def test_handshake_answer_is_the_same_json() -> None:
    refusal = refuse_verdict(verdict("principal_blocked"), "h1")
    response = refusal.handshake()
    assert response.status_code == 403 and response.reason_phrase == "Forbidden"
    assert response.headers["Content-Type"] == "application/json"
    assert response.headers["X-Secproxy-Request-Id"] == "h1"
    assert int(response.headers["Content-Length"]) == len(response.body)
    assert json.loads(response.body) == refusal.body()


def test_header_list_for_aiohttp() -> None:
    refusal = refuse("too_many_connections", "slow down", request_id="q")
    assert refusal.header_list() == [("Cache-Control", "no-store"),
                                     ("X-Secproxy-Request-Id", "q"), ("Retry-After", "1")]


def test_rpc_error_data() -> None:
    v = verdict("approval_denied", rule="shell", approval_id="ap1")
    assert rpc_message(v) == "blocked by secproxy: because"
    assert rpc_data(v, "w1") == {"decision": "block", "request_id": "w1", "rule": "shell",
                                 "category": "approval_denied", "approval_id": "ap1"}
    bare = Verdict(Decision.BLOCK)
    assert rpc_message(bare) == "blocked by secproxy: block"
    assert rpc_data(bare, "w2") == {"decision": "block", "request_id": "w2"}


def _categories_egress_answers() -> set[str]:
    """The categories egress names when it refuses: `HttpError(...)`, `refuse(...)`,
    `cannot_serve(t, head, ...)` and `head_failure`'s returns."""
    found: set[str] = set()
    for path in EGRESS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                index = {"HttpError": 0, "refuse": 0, "cannot_serve": 2}.get(name or "")
                if index is not None and len(node.args) > index:
                    arg = node.args[index]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.add(arg.value)
            elif (isinstance(node, ast.FunctionDef) and node.name == "head_failure"):
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple):
                        first = ret.value.elts[0]
                        if isinstance(first, ast.Constant):
                            found.add(first.value)
    return found


def test_every_category_egress_answers_has_its_status_in_the_table() -> None:
    found = _categories_egress_answers()
    assert {"bad_url", "request_timeout", "upstream_timeout", "tunnel_limit",
            "connection_limit", "upstream_unreachable"} <= found
    assert found - STATUS.keys() == set()
