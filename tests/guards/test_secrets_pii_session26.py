"""What session 26's blind set of secrets and PII (`tests/corpus/dev/secrets_pii_probes26`)
found, in values made here: a session token longer than a generic value is masked whole,
a URL whose password is the word `password` holds no secret, a national phone number is
found after a request to call in Spanish, Dutch or Italian, and a product code shaped
like a phone number is none."""

from __future__ import annotations

import random
import string

import phonenumbers
import pytest

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext, registry
from secproxy.model import Action, Surface

_SECRETS = registry.make("secrets", "secrets", {})
_PII = registry.make("pii", "pii", {})


def found(guard: object, text: str) -> list[tuple[str, str]]:
    hits = guard.inspect([Slot(Role.USER, text)], GuardContext(Action(Surface.LLM)))  # type: ignore[attr-defined]
    return [(h.kind, text[h.span[0]:h.span[1]]) for h in hits]


def test_a_long_session_token_is_masked_whole() -> None:
    rng = random.Random(26)
    token = "IQoJb3JpZ2lu" + "".join(rng.choice(string.ascii_letters + string.digits + "+/")
                                     for _ in range(900))
    got = found(_SECRETS, f"export AWS_SESSION_TOKEN={token}\n")
    assert got == [("aws_session_token", token)]


@pytest.mark.parametrize("text", [
    "DATABASE_URL=postgres://user:password@localhost:5432/mydb",
    "url: postgres://app:password@db:5432/mydb",
])
def test_the_word_password_as_a_urls_password_is_a_placeholder(text: str) -> None:
    assert found(_SECRETS, text) == []


@pytest.mark.parametrize(("region", "lead"), [
    ("MX", "Llámame al"), ("NL", "Bel me gerust op"), ("IT", "Chiamami al"),
    ("DE", "Ruf mich an unter"),
])
def test_a_national_number_after_a_request_to_call(region: str, lead: str) -> None:
    number = phonenumbers.format_number(phonenumbers.example_number_for_type(
        region, phonenumbers.PhoneNumberType.MOBILE), phonenumbers.PhoneNumberFormat.NATIONAL)
    got = found(_PII, f"{lead} {number}.")
    assert ("phone", number) in got


def test_a_product_code_shaped_like_a_phone_number() -> None:
    assert found(_PII, "Product code 800-555-221-B") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Kontakt: jürgen.weiß@müller-bau.de", "jürgen.weiß@müller-bau.de"),
    ("Écrivez à élodie.ménard@laposte.fr", "élodie.ménard@laposte.fr"),
])
def test_an_address_with_latin_letters_in_its_local_part(text: str, value: str) -> None:
    assert ("email", value) in found(_PII, text)


def test_cjk_before_an_address_is_not_its_local_part() -> None:
    assert found(_PII, "请发到abc.li@mail.cn") == [("email", "abc.li@mail.cn")]


def test_a_login_host_is_an_address_a_version_pin_is_not() -> None:
    assert found(_PII, "npm install some-lib@1.20.3.4") == []
    assert ("ipv4", "203.233.20.237") in found(_PII, "ssh admin@203.233.20.237")


def test_a_long_generic_token_is_masked_whole() -> None:
    # Values are read up to 2,048 characters; the generic checks took only 300 and
    # refused a longer one, so a 400-character token under its name went unmasked.
    rng = random.Random(3)
    token = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(400))
    assert found(_SECRETS, f"api_token={token}\n") == [("generic_token", token)]
