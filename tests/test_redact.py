"""The shared masking: readable, deterministic, idempotent; clean values untouched (the
same object); the engine publishes masked copies while approvals bind to the raw action;
the log filter and the websockets wire logger mask at the last step."""

from __future__ import annotations

import asyncio
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from websockets.frames import Frame, Opcode

from secproxy import redact
from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.events import DecisionEvent, RecordEvent
from secproxy.model import Action, Decision, Principal, Surface, Target
from secproxy.ops.logging import RedactingFilter
from secproxy.redact import (
    REDACTED,
    Redactor,
    mask_path,
    mask_query,
    mask_text,
    mask_url,
    mask_value,
    redact_headers,
)
from secproxy.surfaces.ws.wirelog import _clean

GHP = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
BOT = "123456789:AAHk3v_Zq8LmN0pQrStUvWxYz1234567890"


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("api.example.com/v1?page=2&api_key=sk-abc&token=hunter2",
         "api.example.com/v1?page=2&api_key=[REDACTED]&token=[REDACTED]"),
        ("http://bob:hunter2@example.com/x", "http://bob:[REDACTED]@example.com/x"),
        (f"api.telegram.org/bot{BOT}/sendMessage",
         "api.telegram.org/bot[REDACTED:telegram]/sendMessage"),
        (f"api.github.com/{GHP}/x", "api.github.com/[REDACTED:github-pat]/x"),
        ("h/api/sk-live-0123456789abcdefABCDEF/models", "h/api/[REDACTED:api-key]/models"),
        ("h/app;jsessionid=0AF3C2B1D9E8;lang=en/x", "h/app;jsessionid=[REDACTED];lang=en/x"),
        ("h/f/aZ3kQ9xW2mR7tY5uI8oP1sD4fG6hJ0lK/dl", "h/f/[REDACTED:token]/dl"),
        ("h/login#access_token=abc123&state=x", "h/login#access_token=[REDACTED]&state=x"),
    ],
)
def test_urls_are_masked_readably(url: str, masked: str) -> None:
    assert mask_url(url) == masked
    assert mask_url(masked) == masked, "masking is idempotent"


@pytest.mark.parametrize(
    "path",
    [
        "/v1/chat/completions",
        "/repos/octo-org/some-long-repository-name/pulls/1234",
        "/files/550e8400-e29b-41d4-a716-446655440000",
        "/dist/python-3.11.7-amd64.tar.gz",
        "/reports/my-project-2024-summary-report",
        "/dl/release_2024_01_15_build_1234",
    ],
)
def test_ordinary_paths_stay_as_they_are(path: str) -> None:
    assert mask_path(path) is path


def test_clean_values_are_returned_as_they_are() -> None:
    query = "page=2&q=cats+and+dogs&sort=-date"
    assert mask_query(query) is query
    text = "GET api.example.com/v1/items?page=2 took 12 ms"
    assert mask_text(text) is text
    meta = {"headers": {"Accept": "*/*", "User-Agent": "curl/8"}, "bytes": 12}
    assert mask_value(meta) is meta


def test_headers_by_name_and_by_value() -> None:
    headers = {
        "Authorization": "Bearer x",
        "api-key": "0123456789abcdef",
        "X-Goog-Api-Key": "AIzaSyA-0123456789abcdefghijklmnopqrstu",
        "PRIVATE-TOKEN": "glpat-abc",
        "X-Session-Id": "s1",
        "X-Forward": f"Bearer {GHP}",
        "X-Trace": "abc",
    }
    out = redact_headers(headers, ["X-Internal"])
    assert out == {
        "Authorization": REDACTED,
        "api-key": REDACTED,
        "X-Goog-Api-Key": REDACTED,
        "PRIVATE-TOKEN": REDACTED,
        "X-Session-Id": REDACTED,
        "X-Forward": "Bearer [REDACTED]",
        "X-Trace": "abc",
    }


def test_free_text_and_structured_values() -> None:
    assert mask_text("api_key=sk-0123456789abcdefghij&token=hunter2&page=1") == (
        "api_key=[REDACTED]&token=[REDACTED]&page=1")
    assert mask_text('{"password": "hunter2", "user": "bob"}') == (
        '{"password": "[REDACTED]", "user": "bob"}')
    assert mask_text("key AKIAIOSFODNN7EXAMPLE used") == "key [REDACTED:aws-key] used"
    args = {"cmd": f"deploy --token {GHP}", "key": "k-123", "opts": {"secret": 7, "n": 1}}
    assert mask_value(args) == {
        "cmd": "deploy --token [REDACTED]",
        "key": REDACTED,
        "opts": {"secret": REDACTED, "n": 1},
    }


def test_masked_dict_keeps_every_key_in_order_and_clean_parts_shared() -> None:
    # The copy starts at the first value that changes: the clean values before and after
    # it are kept, in their places, and clean nested values are the same objects.
    inner = {"path": "/srv/data/report.txt", "n": 3}
    args = {"a": "short", "b": 2.5, "inner": inner, "token": "t-0123456789",
            "c": None, "cmd": f"run --key {GHP}", "d": True, "url": "https://h/x?q=1"}
    masked = mask_value(args)
    assert list(masked) == list(args)
    assert masked == {**args, "token": REDACTED, "cmd": mask_text(args["cmd"])}
    assert GHP not in masked["cmd"]
    assert masked["inner"] is inner
    assert args["token"] == "t-0123456789"  # the original is not touched
    clean = {"inner": inner, "n": 1, "ok": "fine text here"}
    assert mask_value(clean) is clean


def secret_action() -> Action:
    return Action(
        Surface.EGRESS,
        principal=Principal(ip="10.0.0.1"),
        target=Target(host="api.example.com", method="GET", path=f"/bot{BOT}/send",
                      query="api_key=sk-0123456789abcdefghij&token=hunter2"),
        metadata={"headers": {"X-Auth-Token": "t0k3n", "Accept": "*/*"}},
    )


def test_the_redactor_copies_only_what_needs_it() -> None:
    redactor = Redactor()
    clean = Action(Surface.EGRESS, target=Target(host="a.example", path="/v1/x", query="p=1"),
                   metadata={"headers": {"Accept": "*/*"}})
    assert redactor.action(clean) is clean
    raw = secret_action()
    masked = redactor.action(raw)
    assert masked is not raw and masked.request_id == raw.request_id
    assert masked.target.url == (
        "api.example.com/bot[REDACTED:telegram]/send?api_key=[REDACTED]&token=[REDACTED]")
    assert masked.metadata["headers"] == {"X-Auth-Token": REDACTED, "Accept": "*/*"}
    assert "hunter2" in (raw.target.query or ""), "the raw action is left alone"
    assert redactor.action(masked) is masked


async def test_events_leave_masked_and_approval_still_releases_the_raw_action() -> None:
    rules = "rules:\n  - {name: hold, match: api.example.com, action: require_approval}\n"
    engine = Engine(load_config(text=rules, env={}))
    sub = engine.bus.subscribe("test")
    action = secret_action()
    fingerprint = action.fingerprint()
    held = asyncio.ensure_future(engine.decide(action))
    for _ in range(100):
        if engine.approvals.pending():
            break
        await asyncio.sleep(0.01)
    (approval,) = engine.approvals.pending()
    assert approval.fingerprint == fingerprint, "bound to the real action"
    shown = str(approval.to_dict())
    assert "hunter2" not in shown and "AAHk3v" not in shown
    assert "token=[REDACTED]" in approval.summary
    engine.approvals.resolve(approval.id, approve=True, by="op")
    verdict = await asyncio.wait_for(held, 5)
    assert verdict.decision is Decision.ALLOW
    assert action.target.query is not None and "hunter2" in action.target.query
    events = sub.drain(100)
    carrying = [e for e in events if isinstance(e, DecisionEvent | RecordEvent)]
    assert carrying
    for event in carrying:
        assert "hunter2" not in str(event.action.target.url)
        assert event.action.metadata["headers"]["X-Auth-Token"] == REDACTED


def test_log_filter_masks_messages_arguments_and_extras() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "fetch %s (%s)",
                               ("https://u:pw1234@h/x?token=abc", GHP), None)
    record.url = "h/x?password=hunter2"
    assert RedactingFilter().filter(record)
    assert record.getMessage() == (
        "fetch https://u:[REDACTED]@h/x?token=[REDACTED] ([REDACTED:github-pat])")
    assert record.url == "h/x?password=[REDACTED]"


def test_websockets_debug_lines_keep_no_credentials() -> None:
    assert _clean("< %s: %s", ("Authorization", "Bearer abc")) == ("Authorization", REDACTED)
    assert _clean("> %s: %s", ("Cookie", "sid=1")) == ("Cookie", REDACTED)
    assert _clean("< %s: %s", ("Host", "h")) == ("Host", "h")
    assert _clean("< %s %s %s", ("GET", "/ws?token=abc", "HTTP/1.1")) == (
        "GET", "/ws?token=[REDACTED]", "HTTP/1.1")
    frame = Frame(Opcode.TEXT, b'{"password": "hunter2"}')
    assert _clean("< %s", (frame,)) == ("TEXT [23 bytes]",)


def test_long_and_deep_values_are_cut_not_scanned_for_seconds() -> None:
    import json

    from secproxy.redact import MAX_DEPTH, MAX_SCANNED, mask_text, mask_value

    cut = mask_text("token" * 20_000 + " password=hunter2")
    assert len(cut) < MAX_SCANNED + 100 and "more characters not shown" in cut
    assert "hunter2" not in cut
    assert mask_text("x password=hunter2 " + "token" * 2000).count("hunter2") == 0
    deep = json.loads("[" * 500 + '"sk-live-abcdefghijklmnop1234"' + "]" * 500)
    masked = mask_value({"args": deep})
    assert f"deeper than {MAX_DEPTH}" in json.dumps(masked)
    assert "sk-live-abcdefghijklmnop1234" not in json.dumps(masked)


# Credentials that only Python's Unicode classes see: a no-break space after the scheme
# word, a non-ASCII letter in a key's name, Arabic-Indic digits in a bot token's id. A
# pre-check with ASCII classes would call these texts clean and leave them unmasked.
@pytest.mark.parametrize("text", [
    "Authorization: Bearer\u00a0a1b2c3d4e5f6g7h8",
    "passwordé=hunter2hunter2",
    "bot token \u0661\u0662\u0663\u0664\u0665\u0666\u0667:" + "A" * 35,
    "login: https://ann:s3cr\u00e9t@example.com/ via token\u3000x9y8z7w6v5",
    # A lone surrogate (valid in a str from JSON, no UTF-8 for RE2): searched in full.
    "token=abc\ud800def12345 and more",
])
def test_credentials_beside_unicode_spaces_letters_and_digits_are_masked(text: str) -> None:
    masked = mask_text(text)
    assert masked != text and "[REDACTED" in masked


_PIECES = st.sampled_from([
    "token", "secret", "passwd", "api_key", "auth", "session", "cookie", "bearer", "basic",
    "=", ":", " ", "\t", "\u00a0", "\u3000", "\x85", "é", "ж", "字", "\u0663", "\"", "'",
    "://", "@", "/", "-", "_", ".", "eyJhbGciOi", "AKIA", "ghp_", "glpat-", "xoxb-",
    "sk-", "sk_live_", "AIza", "npm_", "hf_", "SG.", "bot", "0123456789", "abcdefABCDEF",
    "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----", "\n", "the",
    "\ud800", "[REDACTED]", "\u017f", "\u212a", "\u0131", "0123456789abcdef" * 2, "🔑",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40))
def test_free_text_masking_equals_the_full_search(parts: list[str]) -> None:
    """The fast pre-check (RE2) never calls clean a text the full search would mask."""
    text = "".join(parts)
    if len(text) < 8:
        return
    full = redact._TEXT.sub(redact._text_sub, text) if redact._triggered(text) else text
    assert mask_text(text) == full


@pytest.mark.parametrize("lead", ["", "日本語のテキスト 🔑 ", "é" * 300])
def test_credentials_after_places_the_loose_search_stops_at_are_all_masked(lead: str) -> None:
    """Python's engine is tried only where RE2's loose pattern starts a match; past
    `MISSES` places it rejects (a `Bearer` value of under eight characters, a URL's
    password masked already: lookarounds RE2 drops), the text is searched in full —
    nothing after them stays in clear."""
    tried = lead + "Bearer ab1 https://u:[REDACTED]@h/ " * (redact.MISSES // 2 + 5)
    for tail in ("token=hunter2hunter2", "ghp_" + "a1B2" * 9, "https://ann:s3cret@db.example/"):
        masked = mask_text(tried + tail + " end")
        assert masked.startswith(lead) and masked.endswith(" end")
        assert "hunter2" not in masked and "a1B2" not in masked and "s3cret" not in masked
    few = lead + "Bearer ab1 session: abc123def456 and AKIA" + "Q2Z7" * 4
    assert mask_text(few) == lead + "Bearer ab1 session: [REDACTED] and [REDACTED:aws-key]"


def test_a_credential_used_as_a_key_is_masked_in_records_and_events() -> None:
    """`{"AKIA…": 1}`: keys are text the record shows as much as values; before, only
    values were masked, so a key a guard did not rewrite (one that only logs, or a
    refused call) reached the ledger as sent. Plain keys keep the dict as it was."""
    key = "AKIA" + "Q2Z7Q2Z7Q2Z7Q2Z7"
    masked = redact.mask_value({"command": "ls", key: {"nested " + key: 1}})
    assert key not in repr(masked)
    assert list(masked)[0] == "command" and masked["command"] == "ls"
    plain = {"path": "/tmp/a", "additionalProperties": {"x": 1}}
    assert redact.mask_value(plain) is plain


@pytest.mark.parametrize("text", [
    "session_id: Input should be a valid string",  # pydantic's message, in a record
    "token_id: Output should be a valid integer",
    '{"sessionId": "NONE", "authId": "none"}',
])
def test_a_word_after_an_id_name_is_not_a_credential(text: str) -> None:
    assert mask_text(text) == text


@pytest.mark.parametrize(("text", "masked"), [
    ("session_id: 4f9c2a7e1b3d5f60 then", "session_id: [REDACTED] then"),
    ("api_key: sk-0123456789abcdefghij", "api_key: [REDACTED]"),
    ("session_id: aBcDeFgHiJkLmNoP", "session_id: [REDACTED]"),  # mixed case: no word
    ("session_id: Input2", "session_id: [REDACTED]"),
    ("password: hunter please", "password: [REDACTED] please"),  # not an id: any value
    ("api_key: Input", "api_key: [REDACTED]"),
    ("token_valid=Input", "token_valid=[REDACTED]"),
    ("set PHPSESSID=abcdef; path=/", "set PHPSESSID=[REDACTED]; path=/"),
    ("Authorization: Bearer Input12345", "Authorization: [REDACTED]"),
])
def test_a_credential_after_its_name_is_still_masked(text: str, masked: str) -> None:
    assert mask_text(text) == masked


@pytest.mark.parametrize("value", [
    {"session_id": "Input"},
    {"sessionId": "NONE", "token_id": "none", "auth-id": "Output"},
    {"args": [{"session.id": "unknown"}]},
])
def test_a_word_under_an_id_name_is_kept_in_structured_values(value: dict) -> None:
    assert redact.mask_value(value) is value  # as mask_text keeps 'session_id: Input'


@pytest.mark.parametrize(("value", "masked"), [
    ({"session_id": "4f9c2a7e1b3d5f60"}, {"session_id": REDACTED}),
    ({"session_id": "aBcDeFgHiJkLmNoP"}, {"session_id": REDACTED}),  # mixed case: no word
    ({"session_id": "Input2"}, {"session_id": REDACTED}),
    ({"session_id": 5}, {"session_id": REDACTED}),
    ({"password": "hunter"}, {"password": REDACTED}),  # not an id: any value
    ({"api_key": "Input"}, {"api_key": REDACTED}),
    ({"token": "none"}, {"token": REDACTED}),
    ({"PHPSESSID": "abcdef"}, {"PHPSESSID": REDACTED}),
])
def test_an_id_or_a_secret_name_s_value_is_still_masked_in_structured_values(
        value: dict, masked: dict) -> None:
    assert redact.mask_value(value) == masked


def test_a_word_under_an_id_name_is_kept_in_a_query() -> None:
    assert redact.mask_query("session_id=Input&x=1") == "session_id=Input&x=1"
    assert redact.mask_query("tokenId=none") == "tokenId=none"
    for query, masked in [("session_id=4f9c2a7e1b3d&x=1", f"session_id={REDACTED}&x=1"),
                          ("session_id=Input2", f"session_id={REDACTED}"),
                          ("api_key=Input", f"api_key={REDACTED}"),
                          ("password=hunter", f"password={REDACTED}"),
                          ("PHPSESSID=abcdef", f"PHPSESSID={REDACTED}")]:
        assert redact.mask_query(query) == masked, query


def test_a_credential_sent_as_a_dns_label_is_masked_in_host_and_url() -> None:
    from secproxy.redact import mask_host, mask_url
    key = "AKIA" + "QYLPMN5HFIQR7XYZ"
    assert mask_host(f"{key}.attacker.example") == "[REDACTED:aws-key].attacker.example"
    assert key.lower() not in (mask_url(f"{key.lower()}.attacker.example:80/") or "")
    host = "d3k2j4h5g6f7d8s9.cloudfront.net"
    assert mask_host(host) is host and mask_url(f"http://{host}:443/a") == f"http://{host}:443/a"
    assert mask_url("[::1]:8080/x") == "[::1]:8080/x"
