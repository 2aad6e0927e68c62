"""The inspection API's JSON answers: encoded by orjson, and what orjson refuses (an
integer past 64 bits, a lone surrogate, a key that is not a string) the way
`web.json_response` encoded it, with the same content type."""

from __future__ import annotations

import json

from secproxy.surfaces.inspect.answers import json_answer


def test_an_answer_is_json_with_the_content_type_json_response_gives() -> None:
    answer = json_answer({"decision": "allow", "risk": {"call": 0.0}}, status=202,
                         headers={"Retry-After": "3"})
    assert answer.status == 202 and answer.headers["Retry-After"] == "3"
    assert answer.headers["Content-Type"] == "application/json; charset=utf-8"
    assert isinstance(answer.body, bytes)
    assert json.loads(answer.body) == {"decision": "allow", "risk": {"call": 0.0}}


def test_what_orjson_refuses_is_answered_all_the_same() -> None:
    body = {"n": 2**70, "text": "a\ud800b", 7: "seven"}
    answer = json_answer(body)
    assert isinstance(answer.body, bytes)
    assert json.loads(answer.body) == {"n": 2**70, "text": "a\ud800b", "7": "seven"}
