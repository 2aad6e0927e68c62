"""A key or an address written with characters that hide it from a case-sensitive scan:
split by zero-width characters, in full-width or mathematical letters, with Cyrillic
look-alike capitals, with some of its letters written as escapes, spaced out letter by
letter. The folded view the guards read is lower case (`akiaz3…` is no AWS
key), so each of these left the inspection API unmasked; the `clean` view (characters
folded, case kept) finds them, and the mask covers the characters as they came."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest

from tests.helpers import running_proxy
from tests.surfaces.test_inspect_functional import S, base, post

pytestmark = pytest.mark.functional
KEY = "AKIAZ3MHQ7LXK2PTR5VW"
HIDDEN = {
    "zero_width": "\u200b".join(KEY),
    "full_width": "".join(chr(ord(c) + 0xFEE0) for c in KEY),
    "cyrillic_capitals": KEY.replace("A", "\u0410"),
    "math_bold": "".join(chr(0x1D400 + ord(c) - 65) if c.isupper() else c for c in KEY),
    # two letters escaped, the rest as it is: the escape view held only the escapes' run
    "escaped_letters": KEY.replace("A", "\\u0041", 2).replace("Z", "\\x5a"),
    # spaced out one by one: the folded view joins them, in lower case
    "spaced": " ".join(KEY),
    "dashed": "-".join(KEY),
}


@pytest.mark.parametrize("how", list(HIDDEN))
async def test_a_key_hidden_by_its_characters_is_masked_whole(tmp_path: Path, how: str
                                                              ) -> None:
    hidden = HIDDEN[how]
    async with running_proxy(tmp_path) as rt, aiohttp.ClientSession() as http:
        _, got = await post(http, f"{base(rt)}/inspect/input",
                            {**S, "text": f"deploy with {hidden} please"})
    assert got["decision"] == "allow_with_redaction", got
    assert ("secret", "aws_access_key_id") in {(f["family"], f["kind"])
                                               for f in got["findings"]}
    # the mask replaced the key as it came, invisible characters and all
    assert got["sanitized"].startswith("deploy with [REDACTED:aws_access_key_id")
    assert got["sanitized"].endswith("] please")


async def test_a_full_width_address_is_masked_and_plain_accented_text_is_read_once(
        tmp_path: Path) -> None:
    address = "ｊｏｈｎ．ｄｏｅ＠ａｃｍｅｃｏｒｐ．ｄｅ"
    async with running_proxy(tmp_path) as rt, aiohttp.ClientSession() as http:
        _, got = await post(http, f"{base(rt)}/inspect/input",
                            {**S, "text": f"écrivez à {address} svp"})
        assert "email" in {f["kind"] for f in got["findings"]}
        assert address not in got["sanitized"]
        # accented text with a plain key: found once, in the raw text
        _, plain = await post(http, f"{base(rt)}/inspect/input",
                              {**S, "text": f"clé d'accès à la boîte: {KEY}, merci"})
    keys = [f for f in plain["findings"] if f["kind"] == "aws_access_key_id"]
    assert len(keys) == 1 and "(in " not in keys[0]["message"]
