"""The corpus itself: every line parses with the required fields, ids are unique, the
counts meet the issue's targets (families, languages, kinds, normalisations), every
secret and personal value passes its checksum and every `checksum_fail` near miss fails
it, the validators agree with published test values, and the committed JSONL is what
the generator writes."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from tests.corpus import checks, generate, obfuscate, tokens
from tests.corpus.cases import CONTEXTS, FAMILIES, LABELS, LANGS, REQUIRED, ROOT, Case, files, load

VALIDATORS = {**checks.VALIDATORS, **tokens.VALIDATORS}
OBFUSCATIONS = ("homoglyph", "zero_width", "bidi", "leetspeak", "spaced_letters", "base64", "hex",
                "url_encoding", "html_entities", "unicode_escape", "rot13")
ATTACKS = ("instruction_override", "persona_jailbreak", "system_prompt_extraction",
           "delimiter_termination", "fake_turn", "authority_claim", "exfiltration",
           "tool_redirection")
PII_KINDS = ("email", "phone", "credit_card", "iban", "us_ssn", "ipv4", "ipv6")


@pytest.fixture(scope="module")
def corpus() -> list[Case]:
    return load()


def test_every_line_parses_with_the_required_fields() -> None:
    assert {p.parent.name for p in files()} == set(FAMILIES)
    for path in files():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.relative_to(ROOT)}:{n}"
            d = json.loads(line)
            missing = [k for k in REQUIRED if not isinstance(d.get(k), str) or not d[k]]
            assert not missing, f"{where}: missing or empty {missing}"
            assert d["family"] == path.parent.name, where
            assert d["label"] in LABELS, where
            assert d["context"] in CONTEXTS, where
            assert isinstance(d.get("kind", ""), str), where
            assert re.fullmatch(rf"{d['family']}-{re.escape(d['category'])}-\d+", d["id"]), where
            if "span" in d:
                start, end = d["span"]
                assert 0 <= start < end <= len(d["text"]), where


def test_ids_are_unique_and_no_text_is_labelled_both_ways(corpus: list[Case]) -> None:
    ids = Counter(c.id for c in corpus)
    assert [i for i, n in ids.items() if n > 1] == []
    labels: dict[tuple[str, str], set[str]] = {}
    for c in corpus:
        labels.setdefault((c.family, c.text), set()).add(c.label)
    assert [t[:80] for (_, t), ls in labels.items() if len(ls) > 1] == []


def test_totals_meet_the_targets(corpus: list[Case]) -> None:
    labels = Counter(c.label for c in corpus)
    assert labels["positive"] >= 1500
    assert labels["negative"] >= labels["positive"] - 200 and labels["negative"] >= 1500
    per_family = Counter((c.family, c.label) for c in corpus)
    for family in FAMILIES:
        assert per_family[(family, "positive")] > 0 and per_family[(family, "negative")] > 0


def test_injection_covers_every_language_attack_and_normalisation(corpus: list[Case]) -> None:
    inj = [c for c in corpus if c.family == "injection"]
    plain = [c for c in inj if c.positive and not c.category.startswith("obfuscated_")]
    assert len(plain) >= 600
    per_lang = Counter(c.lang for c in plain)
    assert {lang: per_lang[lang] for lang in LANGS if per_lang[lang] < 25} == {}
    negatives_per_lang = Counter(c.lang for c in inj if not c.positive)
    assert {lang: negatives_per_lang[lang] for lang in LANGS if negatives_per_lang[lang] < 10} == {}
    assert set(ATTACKS) <= {c.category for c in plain}
    for lang in LANGS:
        cats = {c.category for c in plain if c.lang == lang}
        assert len(cats) >= 6, f"{lang}: only {sorted(cats)}"
    indirect = Counter(c.context for c in plain)
    assert {"tool_result", "web_page", "email", "code_comment"} <= set(indirect)
    obfuscated = Counter(c.category for c in inj if c.positive and c.category.startswith("obf"))
    assert {o: obfuscated[f"obfuscated_{o}"] for o in OBFUSCATIONS
            if obfuscated[f"obfuscated_{o}"] < 10} == {}


def test_secrets_cover_sixty_kinds_and_pii_every_kind(corpus: list[Case]) -> None:
    secret_kinds = {c.kind for c in corpus if c.family == "secrets" and c.positive}
    assert len(secret_kinds) >= 60
    pii_kinds = Counter(c.kind for c in corpus if c.family == "pii" and c.positive)
    assert {k: pii_kinds[k] for k in PII_KINDS if pii_kinds[k] < 15} == {}
    national = [k for k in checks.NATIONAL_IDS if pii_kinds[k] >= 3]
    assert len(national) == len(checks.NATIONAL_IDS) >= 20


def test_encoding_and_toxicity_have_their_categories(corpus: list[Case]) -> None:
    enc = Counter(c.category for c in corpus if c.family == "encoding" and c.positive)
    for technique in ("zero_width", "bidi", "homoglyph", "tag_chars", "base64", "hex",
                      "url_encoding", "html_entities", "unicode_escape", "rot13"):
        assert enc[technique] >= 5, technique
    tox = [c for c in corpus if c.family == "toxicity" and c.positive]
    assert {"insult", "threat", "hate"} <= {c.category for c in tox}
    assert len({c.lang for c in tox}) >= 4


CARRIES = {
    "zero_width": lambda t: any(c in obfuscate.ZERO_WIDTH for c in t),
    "bidi": lambda t: any(c in obfuscate.BIDI or c in "\u202c\u2069" for c in t),
    "tag_chars": lambda t: any(0xE0000 <= ord(c) <= 0xE007F for c in t),
    "variation_selectors": lambda t: any(0xFE00 <= ord(c) <= 0xFE0F
                                         or 0xE0100 <= ord(c) <= 0xE01EF for c in t),
    "homoglyph": lambda t: any(c in obfuscate.HOMOGLYPHS.values() for c in t),
    "fullwidth": lambda t: any(0xFF01 <= ord(c) <= 0xFF5E for c in t),
}
"""What a case that claims an invisible or look-alike obfuscation must contain."""


def test_obfuscated_positives_carry_their_obfuscation(corpus: list[Case]) -> None:
    for c in corpus:
        if not c.positive or c.family not in ("injection", "encoding"):
            continue
        technique = c.category.removeprefix("obfuscated_")
        if technique in CARRIES:
            assert CARRIES[technique](c.text), f"{c.id} has no {technique} character"


def test_every_value_passes_its_checksum_and_every_near_miss_fails(corpus: list[Case]) -> None:
    checked: Counter[str] = Counter()
    for c in corpus:
        if c.family not in ("secrets", "pii"):
            continue
        if c.positive and c.kind in VALIDATORS:
            assert c.span is not None, c.id
            value = c.text[c.span[0]:c.span[1]]
            assert VALIDATORS[c.kind](value), f"{c.id}: {value!r} fails its {c.kind} check"
            checked["positive"] += 1
        if c.category == "checksum_fail":
            assert c.span is not None and c.kind in VALIDATORS, c.id
            value = c.text[c.span[0]:c.span[1]]
            assert not VALIDATORS[c.kind](value), f"{c.id}: {value!r} passes its {c.kind} check"
            checked["negative"] += 1
    assert checked["positive"] >= 350 and checked["negative"] >= 150


def test_pii_spans_cover_the_value_alone(corpus: list[Case]) -> None:
    for c in corpus:
        if c.family in ("pii", "secrets") and c.span is not None:
            start, end = c.span
            before = c.text[start - 1] if start else " "
            after = c.text[end] if end < len(c.text) else " "
            # a value glued to a word character would be cut in the middle of a token
            assert not (before.isalnum() and before.isascii()), c.id
            assert not (after.isalnum() and after.isascii()), c.id


@pytest.mark.parametrize(("validator", "good", "bad"), [
    (checks.luhn_valid, "79927398713", "79927398710"),
    (checks.iban_valid, "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33"),
    (checks.iban_valid, "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    (checks.es_dni_valid, "12345678Z", "12345678A"),
    (checks.nl_bsn_valid, "111222333", "111222334"),
    (checks.br_cpf_valid, "529.982.247-25", "529.982.247-26"),
    (checks.cn_rid_valid, "11010519491231002X", "110105194912310021"),
    (checks.it_cf_valid, "RSSMRA85T10A562S", "RSSMRA85T10A562T"),
    (checks.pl_pesel_valid, "44051401359", "44051401358"),
    (checks.fi_hetu_valid, "131052-308T", "131052-308U"),
    (checks.ru_snils_valid, "112-233-445 95", "112-233-445 96"),
    (checks.tr_tckn_valid, "10000000146", "10000000147"),
    (checks.au_tfn_valid, "123 456 782", "123 456 783"),
    (checks.il_id_valid, "000000018", "000000019"),
    (checks.jp_mynumber_valid, "123456789018", "123456789017"),
    (checks.de_taxid_valid, "86095742719", "86095742718"),
    (checks.ssn_valid, "123-45-6789", "666-45-6789"),
    (checks.verhoeff_valid, "2363", "2364"),
])
def test_validators_agree_with_published_values(validator: checks.Validator, good: str,
                                                bad: str) -> None:
    assert validator(good)
    assert not validator(bad)


def test_token_checksums_round_trip() -> None:
    import random

    rng = random.Random(7)
    token = tokens.make_crc_token("ghp_")(rng)
    assert tokens.crc_token_valid(token)
    assert not tokens.crc_token_valid(tokens.break_crc(token, rng))
    phrase = tokens.make_seed_phrase(rng, 24)
    assert tokens.seed_phrase_valid(phrase)
    words = phrase.split()
    swapped = " ".join(words[1:2] + words[:1] + words[2:])
    assert words[0] == words[1] or not tokens.seed_phrase_valid(swapped)
    # the BIP-39 test vector: sixteen zero bytes make "abandon" ×11 + "about"
    assert tokens.seed_phrase_valid(" ".join(["abandon"] * 11 + ["about"]))
    assert not tokens.seed_phrase_valid(" ".join(["abandon"] * 12))
    assert tokens.wif_valid(tokens.make_wif(rng))
    assert tokens.age_key_valid(tokens.make_age_key(rng))


def test_the_committed_files_are_what_the_generator_writes() -> None:
    built = generate.build().cases()
    on_disk = load()
    assert len(built) == len(on_disk)
    assert sorted(c.to_json() for c in built) == sorted(c.to_json() for c in on_disk), (
        "the corpus is out of date: run python -m tests.corpus.generate")
