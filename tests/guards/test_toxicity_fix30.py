"""The toxicity guard on long, natural abuse (session 30, TOX30): a harassment campaign
against a third person (her employer called by everyone, her address posted in every
group, a rumour spread whether or not it is true, a call to mass-report her) and violence
glorified or urged (an attacker called a hero, someone hoped to repeat it with more dead,
a house burnt with them inside) are abuse inside an ordinary message, and so is sex a
story narrates (a novel's chapter counts it whole), and a strong curse in a short sentence
of a long mail; the same words in a rule, a complaint, news, history, medicine or sex
education, or a curse quoted, stay clean."""

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


_GLORIFIED = [
    "Honestly the gunman was a hero. I hope somebody finishes the job, with more bodies "
    "this time.",
    "Der Attentäter ist ein echter Held, hoffentlich macht es bald einer nach.",
    "El asesino fue un héroe, ojalá alguien lo repita con más muertos.",
    "Appena sbarcano li ammazziamo tutti, uno per uno, e poi a casa.",
    "Die dader is een held, hopelijk doet iemand het nog eens met meer doden.",
    "Террорист красавчик, всё сделал правильно, надо повторить.",
    "那个凶手就是英雄，杀得越多越好。",
    "犯人は英雄だろ、もっと殺してほしかった。",
    "범인은 영웅이다. 더 많이 죽여야 했는데.",
    "القاتل بطل وأتمنى أحد يعيدها.",
]


@pytest.mark.parametrize("text", _GLORIFIED)
def test_violence_glorified_in_a_comment_thread_is_violence(text: str) -> None:
    page = (f"Comments (3)\n\nmaria_g: Is the museum open on Mondays?\n\nx_wolf: {text}\n\n"
            "pete_r: Thoughts with the families.")
    assert "violence" in kinds(page, Role.TOOL_RESULT)


def test_a_call_to_burn_a_house_with_them_inside_is_violence() -> None:
    mail = ("Thanks all for coming on Tuesday, minutes to follow. If the council won't act, "
            "we pour petrol through the door one night and burn it with them in it. Next "
            "meeting 3 May at the church hall.")
    assert "violence" in kinds(mail, Role.TOOL_RESULT)


@pytest.mark.parametrize("text", [
    "Police said the gunman, who killed six people, was arrested at the scene; survivors "
    "called the nurse who shielded them a hero.",
    "Keep doing chest compressions until he starts breathing or the ambulance arrives.",
    "In 1944 the soldiers set fire to the barn with them in it, the chronicle says; "
    "historians count 200 dead.",
    "Patch 2.3: the Bomber class is a hero unit now. Kill streaks reset on death, and "
    "grenades no longer kill teammates until they stop moving.",
    "Der Täter wurde gefasst; die Ermittler sagen, er habe gehofft, andere würden es "
    "nachmachen.",
    "新闻：警方通报，凶手已被抓获，网上有人称救人的保安是英雄。",
])
def test_violence_reported_or_played_is_clean(text: str) -> None:
    assert kinds(text, Role.TOOL_RESULT) == set()


_EXPLICIT = [
    "Chapter 7. The cabin was warm. She knelt and took his stiff cock in her mouth, then he "
    "pulled her onto the bunk and fucked her hard. Next morning they went fishing.",
    "Kapitel 3. Sie zog ihn aufs Sofa, leckte seinen harten Schwanz, und er fickte sie tief. "
    "Danach bestellten sie Pizza.",
    "Capítulo 2. Ela ficou de joelhos chupando o pau duro dele, e depois ele a comeu no sofá, "
    "fodendo com força.",
    "小说第五章：她含住他的鸡巴，然后他把她压在床上，狠狠地插进去。第二天他们去爬山了。",
    "小説『夜の部屋』第二話：彼女は彼のちんぽを口に含み、彼は何度も突き入れた。",
    "웹소설 12화: 그녀는 단단해진 자지를 입에 물었고, 그는 거칠게 박아 넣었다.",
]


@pytest.mark.parametrize("text", _EXPLICIT)
def test_sex_a_story_narrates_is_sexual(text: str) -> None:
    assert "sexual" in kinds(text, Role.TOOL_RESULT)


@pytest.mark.parametrize("text", [
    "An erection that lasts more than four hours is an emergency: a hard, painful penis "
    "needs treatment the same day.",
    "Put the condom on the erect penis before any contact, and hold it at the base when "
    "pulling out.",
    "书评：这部小说讲述了两个人二十年的爱情，性描写克制，结尾令人动容。",
    "Rezension: Der Roman erzählt eine Affäre in Wien; die Sexszenen sind kurz und nie "
    "explizit.",
])
def test_sex_described_plainly_is_clean(text: str) -> None:
    assert kinds(text, Role.TOOL_RESULT) == set()


_RANTS = [
    "From: Sam Lee\nTo: Facilities\nSubject: Printer on 3\n\nHi all, quick one before the "
    "board meeting. The printer on floor 3 has been jammed since Monday and this fucking "
    "printer is going to make me miss the filing deadline again. I've restarted it twice, "
    "swapped the tray and called the helpdesk, who told me to restart it. Could someone come "
    "up before 2pm? The contract has to go out today and the one in reception is out of "
    "toner too. Thanks, Sam",
    "Hallo zusammen, kurzes Update vor dem Meeting: Der Drucker im dritten Stock ist seit "
    "Montag kaputt, und dieser verdammte Scheißdrucker frisst jedes zweite Blatt. Ich habe "
    "den Support angerufen, die schicken morgen jemanden vorbei. Bis dahin bitte den Drucker "
    "am Empfang benutzen, danke!",
    "Наконец переехали на прошлых выходных, кухня отличная, дети в восторге от сада. Но "
    "этот ебучий хозяин квартиры уже три недели не чинит душ. В общем, новоселье в субботу "
    "с шести, приносите что-нибудь выпить, парковка на улице.",
]


@pytest.mark.parametrize("text", _RANTS)
def test_a_strong_curse_in_a_short_sentence_of_a_long_mail_is_profanity(text: str) -> None:
    assert "profanity" in kinds(text, Role.TOOL_RESULT)


@pytest.mark.parametrize("text", [
    "Review: City of God is still brutal and brilliant, and the line 'Dadinho é o caralho, "
    "meu nome agora é Zé Pequeno' is still quoted in every bar in Rio. The editing holds up, "
    "the score less so, and the young cast is astonishing throughout.",
    "The court heard that the defendant shouted \"you fucking idiot\" before the fight "
    "began; the judge said the words were not the offence, and the trial continues Monday.",
    "Our profanity filter masks words such as \"fuck\", \"shit\" and \"cunt\" in "
    "usernames, and moderators review any appeal within two working days.",
])
def test_a_curse_quoted_in_a_long_text_is_clean(text: str) -> None:
    assert kinds(text, Role.TOOL_RESULT) == set()


@pytest.mark.parametrize("text", [
    "Hôtel bof : la douche était froide, le lit grinçait, franchement de la merde pour 140 "
    "euros la nuit.",
    "On a eu trois semaines sans douche, putain, et le proprio ne répond toujours pas.",
])
def test_a_french_shower_is_no_insult(text: str) -> None:
    # "douche" after a French determiner or preposition is a shower, not the English insult.
    assert "insult" not in kinds(text, Role.TOOL_RESULT)


def test_the_english_insult_douche_still_counts() -> None:
    assert "insult" in kinds("what a douche, he never pays for drinks", Role.USER)


@pytest.mark.parametrize("text", [
    "lets all report his account and drop his address in the discord",
    "Meldet alle ihren Kanal und postet ihre Adresse in die Gruppe, bis sie aufhört.",
    "Signalez tous sa chaîne et balancez son adresse dans les commentaires.",
    "Reportad todos su canal y publicad su dirección en los comentarios.",
    "Rapporteer allemaal haar kanaal en zet haar adres in de reacties.",
    "Все вместе кидайте жалобы на её канал и выложите её адрес в комментах.",
])
def test_a_group_told_to_report_her_and_post_her_address_is_harassment(text: str) -> None:
    assert "harassment" in kinds(_comment_thread(text), Role.TOOL_RESULT)


def _comment_thread(text: str) -> str:
    """A comment API's answer (a Reddit-like listing with its report fields) holding
    `text` as one comment."""
    return json.dumps({"kind": "Listing", "data": {"children": [
        {"data": {"author": "lena_m", "body": "Thanks for the guide!", "num_reports": None,
                  "mod_reports": [], "user_reports": []}},
        {"data": {"author": "gx77", "body": text, "num_reports": None, "mod_reports": [],
                  "user_reports": []}},
    ]}}, ensure_ascii=False)


@pytest.mark.parametrize("text", [
    "If it's spam, we should all report their account to the mods.",
    "Could you post her address on the parcel form? The courier needs it by noon.",
])
def test_reporting_spam_or_posting_a_parcel_is_clean(text: str) -> None:
    assert kinds(_comment_thread(text), Role.TOOL_RESULT) == set()
