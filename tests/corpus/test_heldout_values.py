"""The held-out secrets and personal-data batches: the committed files are what their
generators write, every positive's span holds its value, every checksummed value passes
its check and every near miss fails it, the checks agree with published test values,
and no held-out text is in the main corpus."""

from __future__ import annotations

import re

import phonenumbers
import pytest

from tests.corpus import gen_heldout_pii, gen_heldout_secrets
from tests.corpus.cases import Case, heldout, load
from tests.corpus.heldout_values import (
    DNI_LETTERS,
    base58check,
    base58check_ok,
    bech32_ok,
    bsn_ok,
    cn_id_check,
    cpf_digits,
    crc_token_ok,
    iban_ok,
    luhn_ok,
    ssn_ok,
    verhoeff_ok,
)

BATCHES = {"secrets": gen_heldout_secrets, "pii": gen_heldout_pii}


def _batch(family: str) -> list[Case]:
    return heldout(family)["batch1"]


def _value(case: Case) -> str:
    assert case.span is not None, case.id
    return case.text[case.span[0]:case.span[1]]


@pytest.mark.parametrize("family", sorted(BATCHES))
def test_the_committed_batch_is_what_the_generator_writes(family: str) -> None:
    built = [c.to_json() for c in BATCHES[family].cases()]
    assert [c.to_json() for c in _batch(family)] == built, (
        f"run python -m tests.corpus.{BATCHES[family].__name__.rsplit('.', 1)[1]}")


@pytest.mark.parametrize("family", sorted(BATCHES))
def test_positives_have_a_span_and_negatives_none(family: str) -> None:
    cases = _batch(family)
    assert len({c.id for c in cases}) == len(cases)
    for c in cases:
        if c.positive:
            assert c.kind and _value(c).strip() == _value(c) != "", c.id
        else:
            assert c.span is None and c.kind == "", c.id


def test_the_checks_agree_with_published_values() -> None:
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert not iban_ok("GB82WEST12345698765433")
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert verhoeff_ok("2363") and not verhoeff_ok("2364")
    assert bsn_ok("111222333") and not bsn_ok("123456789")
    assert cpf_digits("111444777") == "11144477735"
    assert DNI_LETTERS[12345678 % 23] == "Z"
    assert cn_id_check("11010519491231002") == "X"
    assert bech32_ok("A12UEL5L") and bech32_ok("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")
    wif_of_one = base58check(b"\x80" + (1).to_bytes(32, "big") + b"\x01")
    assert wif_of_one == "KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn"
    assert ssn_ok("123-45-6789") and not ssn_ok("666-12-3456") and not ssn_ok("078-05-0000")


CRC_PREFIXES = {"github_pat": "ghp_", "github_oauth": "gho_", "github_app_token": "ghs_",
                "github_refresh_token": "ghr_", "npm_token": "npm_"}


def test_every_secret_passes_its_check() -> None:
    cases = _batch("secrets")
    for c in cases:
        if not c.positive:
            continue
        v = _value(c)
        if c.kind in CRC_PREFIXES:
            assert crc_token_ok(v, CRC_PREFIXES[c.kind]), c.id
        elif c.kind in ("bitcoin_wif", "bip32_xprv"):
            assert base58check_ok(v) and v[0] in "KLx", c.id
        elif c.kind == "age_secret_key":
            assert bech32_ok(v) and len(v) == 74, c.id
    near = [c for c in cases if c.category == "checksum_fail"]
    assert len(near) >= 4
    for c in near:
        token = re.search(r"(ghp_|npm_)[0-9A-Za-z]{36}", c.text)
        assert token and not crc_token_ok(token.group(), token.group(1)), c.id


def test_the_secrets_batch_has_forty_provider_formats_or_more() -> None:
    kinds = {c.kind for c in _batch("secrets") if c.positive}
    assert len(kinds - {"generic_secret", "connection_string", "basic_auth_url"}) >= 40


def _national_ok(kind: str, v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if kind == "es_dni":
        return DNI_LETTERS[int(v[:8]) % 23] == v[8]
    if kind == "nl_bsn":
        return bsn_ok(d)
    if kind == "br_cpf":
        return cpf_digits(d[:9]) == d
    if kind == "in_aadhaar":
        return verhoeff_ok(d)
    if kind == "cn_resident_id":
        return cn_id_check(v[:17]) == v[17]
    if kind == "pl_pesel":
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        weighted = sum(a * int(b) for a, b in zip(w, d[:10], strict=True))
        return (10 - weighted % 10) % 10 == int(d[10])
    if kind in ("se_personnummer", "ca_sin"):
        return luhn_ok(d)
    if kind == "fr_nir":
        return 97 - int(d[:13]) % 97 == int(d[13:])
    raise AssertionError(kind)


def test_every_personal_value_passes_its_check_and_every_near_miss_fails() -> None:
    cases = _batch("pii")
    for c in cases:
        v = _value(c) if c.positive else ""
        if c.kind == "credit_card":
            assert luhn_ok(re.sub(r"\D", "", v)), c.id
        elif c.kind == "iban":
            assert iban_ok(v), c.id
        elif c.kind == "us_ssn":
            assert ssn_ok(v), c.id
        elif c.kind == "phone":
            assert phonenumbers.is_valid_number(phonenumbers.parse(v, _region(c))), c.id
        elif c.kind not in ("", "email", "ipv4", "ipv6"):
            assert _national_ok(c.kind, v), c.id
    near = [c for c in cases if c.category == "checksum_fail"]
    assert len(near) >= 10
    for c in near:
        card = re.search(r"\b\d[\d -]{12,21}\d\b", c.text)
        ibn = re.search(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}\b", c.text)
        ssn = re.search(r"\b\d{3}-\d{2}-\d{4}\b", c.text)
        national = re.search(r"(CPF|BSN|DNI): (\S+)", c.text)
        if national:
            kind = {"CPF": "br_cpf", "BSN": "nl_bsn", "DNI": "es_dni"}[national.group(1)]
            assert not _national_ok(kind, national.group(2)), c.id
        elif ssn:
            assert not ssn_ok(ssn.group()), c.id
        elif ibn:
            assert not iban_ok(ibn.group().strip()), c.id
        elif card and len(re.sub(r"\D", "", card.group())) >= 13:
            assert not luhn_ok(re.sub(r"\D", "", card.group())), c.id


def _region(case: Case) -> str:
    m = re.search(r'"country": "([A-Z]{2})"', case.text)
    if m:
        return m.group(1)
    v = _value(case)
    if v.startswith("+"):
        return "ZZ"
    # A national format: the region is the one whose sentence or form it was written in.
    for region, _lang in gen_heldout_pii.PHONE_REGIONS:
        number = phonenumbers.parse(v, region)
        if phonenumbers.is_valid_number_for_region(number, region):
            return region
    return "ZZ"


@pytest.mark.parametrize("family", sorted(BATCHES))
def test_no_held_out_text_is_in_the_main_corpus(family: str) -> None:
    main = {c.text for c in load(family)}
    assert [c.id for c in _batch(family) if c.text in main] == []
