"""The toxicity guard on long, natural abuse (session 30, TOX30): a harassment campaign
against a third person (her employer called by everyone, her address posted in every
group, a rumour spread whether or not it is true, a call to mass-report her) is abuse
inside an ordinary message; the same words in a rule, a complaint or a plan stay clean."""

from __future__ import annotations

import json

import pytest

from secproxy.content import Role
from tests.guards.test_toxicity_lexicons18 import kinds

_CAMPAIGN = [
    "Ok so her name is Dana Fox, she works at the Riverside dental clinic. Let's all email "
    "her boss tonight and post her number in every fan group we're in.",
    "Sie heißt Jana und wohnt über der Bäckerei. Ruft morgen alle bei ihrem Chef an und "
    "erzählt, dass sie Geld klaut, egal ob es stimmt.",
    "Son adresse traîne déjà sur le forum. Appelez tous son employeur, et postez ses photos "
    "dans chaque groupe, vrai ou faux on s'en fiche.",
    "Ya sabéis quién es. Llamad todos a su trabajo y pasad sus fotos por todos los grupos, "
    "da igual si es verdad.",
    "Lui si chiama Marco, lavora in banca. Chiamiamo tutti il suo capo e facciamo girare che "
    "ruba, che sia vero o no poco importa.",
    "Ze woont in de Dorpsstraat. Bel allemaal haar werkgever en zet haar nummer in elke "
    "groepsapp, waar of niet maakt niet uit.",
    "这女的叫王芳，大家去她公司闹，把照片发到每个群，真假无所谓。",
    "あいつの住所を晒してやろう、本当かどうかなんて関係ない、みんなで無視な。",
    "걔 신상 털었어. 사실이든 아니든 소문내고 다 같이 무시하자.",
    "इसका नंबर हर ग्रुप में डालो और मिलकर फ़ोन करो, सच हो या झूठ, बस स्कूल छुड़वा दो।",
]


@pytest.mark.parametrize("text", _CAMPAIGN)
def test_a_harassment_campaign_in_a_message_is_harassment(text: str) -> None:
    message = f"[19:02] sam: anyone up for pizza?\n[19:04] rik: {text}\n[19:05] sam: ok"
    assert "harassment" in kinds(message, Role.TOOL_RESULT)


def test_a_call_to_mass_report_is_no_report_in_a_json_result() -> None:
    # The campaign's "жалобы" (reports) are its own call, not a moderation record's words.
    result = json.dumps({"thread": "блогер", "posts": [
        {"nick": "anna", "text": "когда следующий выпуск?"},
        {"nick": "x_x", "text": "Все вместе массово кидаем жалобы на её канал, звоните её "
                                "начальнику и выложите адрес в каждом паблике."},
    ]}, ensure_ascii=False)
    assert "harassment" in kinds(result, Role.TOOL_RESULT)


@pytest.mark.parametrize("text", [
    "Community rules: we remove posts that share someone's home address, mass reporting "
    "campaigns and rumours meant to get someone fired.",
    "If you are ill, please call your manager before nine and email the office as well.",
    "I want to report my team lead: since March nobody sits with me at lunch because he "
    "told them not to, and he keeps criticising me in front of clients.",
    "Egal ob es regnet: das Sommerfest findet statt, bitte ruft bei der Schule an, wenn "
    "euer Kind nicht kommt.",
    "Moderationsprotokoll: Nutzer meldeten den Kanal massenhaft wegen Spam; geprüft, kein "
    "Verstoß.",
    "新闻：有人把她的照片发到每个群之后，她选择了报警，警方已立案调查。",
])
def test_the_campaigns_words_in_ordinary_text_are_clean(text: str) -> None:
    assert kinds(text, Role.TOOL_RESULT) == set()
