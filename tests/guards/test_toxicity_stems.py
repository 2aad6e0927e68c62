"""The toxicity learned layer's light stems (`toxicity_stems`): a word's forms meet in
one token, and the text keeps its length and offsets."""

from __future__ import annotations

import pytest

from secproxy.guards.injection_model import lower, token_spans, tokens
from secproxy.guards.toxicity_model import learned_score
from secproxy.guards.toxicity_stems import stemmed


@pytest.mark.parametrize("forms", [
    ("убью", "убьёшь", "убьют"),  # persons of one verb, ё and е
    ("заблокировал", "заблокировала", "заблокировали"),  # past tense's genders
    ("машина", "машину", "машиной"),  # cases of one noun
    ("قتلك", "قتلها", "قتلهم"),  # enclitic pronouns
    ("والمجموعة", "بالمجموعة", "المجموعة"),  # the article and its particles
    ("ولّعوا", "ولعوا"),  # a shadda
])
def test_the_forms_of_a_word_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({tuple(tokens(stemmed(f))) for f in forms}) == 1


@pytest.mark.parametrize("text", [
    "Заблокировала? Ничего, я заведу ещё десять аккаунтов.",
    "صورتها وعنوانها عندي، وبنزّلهم بالمجموعة إذا ما سكتت",
    "Письмо от {\"имя\": \"Ёжик\"} — ок, THE END",
])
def test_the_text_keeps_its_length_and_its_words_their_starts(text: str) -> None:
    got = stemmed(text)
    assert len(got) == len(text)
    assert [a for a, _, _ in token_spans(got)] == [a for a, _, _ in token_spans(lower(text))]


def test_a_text_in_neither_script_comes_back_as_it_is() -> None:
    for text in ("Plain ASCII text", "下班后来我办公室", "Übermorgen kommt Zoë"):
        assert stemmed(text) is text


def test_the_learned_span_lies_in_the_text_as_given() -> None:
    text = "والله إذا شفتك بالحارة مرة ثانية رح تندم، وأهلك كمان"
    got = learned_score(text)
    assert got is not None
    start, end = got.span
    assert 0 <= start < end <= len(text)
    assert text[start:end].strip() == text[start:end]
