"""A request's media parts: their encoded bytes go upstream as sent, their other strings
are guarded like the rest of the request. A plain-text document source and a file name
carried a key to the upstream unmasked before (the whole part was skipped)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers import running_proxy
from tests.surfaces.llm_support import fake_llm, gateway_config
from tests.surfaces.test_llm_openai_functional import GUARDS, SECRET

pytestmark = pytest.mark.functional
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4).decode()
BODIES: dict[str, tuple[str, dict[str, Any]]] = {
    "anthropic_text_document": ("/v1/messages", {
        "model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": [
            {"type": "document", "title": "notes", "source": {
                "type": "text", "media_type": "text/plain", "data": f"key {SECRET}"}},
            {"type": "text", "text": "summarise"}]}]}),
    "responses_file_name": ("/v1/responses", {
        "model": "m", "input": [{"type": "message", "role": "user", "content": [
            {"type": "input_file", "file_data": "data:application/pdf;base64,JVBERi0=",
             "filename": f"key {SECRET}.pdf"}]}]}),
    "chat_image_url_query": ("/v1/chat/completions", {
        "model": "m", "messages": [{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": f"https://img.test/a.png?k={SECRET}"}},
            {"type": "text", "text": "what is this?"}]}]}),
}


async def _sent(tmp_path: Path, path: str, body: dict[str, Any]) -> str:
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(
            fake, {"guards": GUARDS})) as rt:
        async with httpx.AsyncClient() as client:
            answer = await client.post(f"http://{rt.addresses()['llm']}{path}", json=body,
                                       headers={"authorization": "Bearer k", "x-api-key": "k"})
        assert answer.status_code == 200, answer.text
        [seen] = fake.seen
    return seen.body.decode()


@pytest.mark.parametrize("kind", list(BODIES))
async def test_a_key_in_a_media_parts_text_is_masked(tmp_path: Path, kind: str) -> None:
    sent = await _sent(tmp_path, *BODIES[kind])
    assert SECRET not in sent and "[REDACTED:api_key]" in sent


async def test_a_media_parts_encoded_bytes_go_as_sent(tmp_path: Path) -> None:
    body = {"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                     "data": PNG}},
        {"type": "text", "text": f"key {SECRET}"}]}]}
    sent = await _sent(tmp_path, "/v1/messages", body)
    assert PNG in sent and SECRET not in sent


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


INLINE_FILES: dict[str, tuple[str, dict[str, Any], tuple[Any, ...]]] = {
    # a text file sent inline went upstream unread: its bytes were skipped as media
    "responses_input_file": ("/v1/responses", {
        "model": "m", "input": [{"type": "message", "role": "user", "content": [
            {"type": "input_file", "filename": "deploy.env",
             "file_data": "data:text/plain;base64," + _b64(f"TOKEN={SECRET}\n")}]}]},
        ("input", 0, "content", 0, "file_data")),
    "chat_file": ("/v1/chat/completions", {
        "model": "m", "messages": [{"role": "user", "content": [
            {"type": "file", "file": {"filename": "notes.csv",
                                      "file_data": "data:text/csv;base64,"
                                                   + _b64(f"name,key\nci,{SECRET}\n")}},
            {"type": "text", "text": "what is in it?"}]}]},
        ("messages", 0, "content", 0, "file", "file_data")),
    "anthropic_base64_document": ("/v1/messages", {
        "model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": [
            {"type": "document", "source": {"type": "base64", "media_type": "text/plain",
                                            "data": _b64(f"key {SECRET}")}},
            {"type": "text", "text": "summarise"}]}]},
        ("messages", 0, "content", 0, "source", "data")),
}


@pytest.mark.parametrize("kind", list(INLINE_FILES))
async def test_a_key_in_a_text_file_sent_inline_is_masked_and_stays_encoded(
        tmp_path: Path, kind: str) -> None:
    path, body, where = INLINE_FILES[kind]
    sent: Any = json.loads(await _sent(tmp_path, path, body))
    original: Any = body
    for step in where:
        sent, original = sent[step], original[step]
    head, _, data = sent.rpartition(",")
    assert head == original.rpartition(",")[0]  # the data: URL's head as it was
    text = base64.b64decode(data, validate=True).decode()
    assert SECRET not in text and "[REDACTED:api_key]" in text


async def test_a_pdf_sent_inline_goes_as_sent(tmp_path: Path) -> None:
    pdf = "data:application/pdf;base64," + base64.b64encode(
        b"%PDF-1.7\n\x00\xff\xfe" + bytes(range(256))).decode()
    body = {"model": "m", "input": [{"type": "message", "role": "user", "content": [
        {"type": "input_file", "filename": "a.pdf", "file_data": pdf},
        {"type": "input_text", "text": f"key {SECRET}"}]}]}
    sent = await _sent(tmp_path, "/v1/responses", body)
    assert pdf in sent and SECRET not in sent
