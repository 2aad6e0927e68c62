"""The toxicity guard on abuse inside what an agent fetched (session 29, TOX29): a
message that says a word about abuse itself ("I flagged you", "your moderators") is
still abuse when a comment API's JSON, a tool's result envelope or a chat export
carries it; a moderation record's fields and a community's rules around the same words
still file or describe them."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from secproxy.content import Role
from tests.corpus.dev import toxicity_carried29 as carried29
from tests.guards.test_toxicity_lexicons18 import kinds


def _comments(text: str) -> str:
    """A comment API's answer with `text` as one comment among others."""
    return json.dumps({"items": [
        {"id": 301, "author": "lena", "posted": "2026-04-02T08:11:00Z", "body": "Thanks!"},
        {"id": 302, "author": "gx_77", "posted": "2026-04-02T08:13:40Z", "body": text},
    ], "cursor": None}, ensure_ascii=False)


def _envelope(text: str) -> str:
    """A tool's result as an MCP server returns it, `text` its one text block."""
    return json.dumps({"content": [{"type": "text", "text": f"Reply from gx_77:\n{text}"}],
                       "isError": False})


def _export(text: str) -> str:
    """A chat export with `text` as one member's line."""
    return f"[08:11] lena: morning all\n[08:13] gx_77: {text}\n[08:14] lena: ok then"


_SAID = [
    ("I already reported you twice, you spineless little rat", "insult"),
    ("the moderators protect clowns like you, you worthless idiot", "insult"),
    ("ich hab dich längst gemeldet, du erbärmlicher Wichser", "insult"),
    ("tu crois que le modérateur va te sauver, espèce de connard", "insult"),
    ("el moderador te protege, gilipollas", "insult"),
    ("ti ho già segnalato, coglione", "insult"),
    ("я уже отправил жалобу на тебя, ты тупой урод", "insult"),
]


@pytest.mark.parametrize(("text", "kind"), _SAID)
@pytest.mark.parametrize("carrier", [_comments, _envelope, _export])
def test_abuse_that_names_a_report_is_abuse_in_a_carrier(text: str, kind: str,
                                                         carrier: Callable[[str], str]) -> None:
    assert kind in kinds(carrier(text), Role.TOOL_RESULT)


@pytest.mark.parametrize("text", [
    # a moderation queue's item: its fields file the message
    json.dumps({"queue": [{"reported_user": "gx_77", "reason": "insults",
                           "message": "report me then, you spineless little rat"}]}),
    # a community's rules in a chat API's message: no one is called anything
    json.dumps({"messages": [{"user": "mod_ines", "text": "Reminder: posts calling "
                              "someone a bitch or an idiot are removed and reported."}]}),
    _export("Reminder: posts calling someone a bitch or an idiot are removed and reported."),
])
def test_records_and_rules_that_name_abuse_stay_clean(text: str) -> None:
    assert not kinds(text, Role.TOOL_RESULT)


def _reviews(text: str) -> str:
    """A review site's answer with `text` as one one-star review."""
    return json.dumps({"reviews": [
        {"stars": 5, "author": "mia", "text": "Quick and friendly, thank you."},
        {"stars": 1, "author": "rob_k", "text": text},
    ]}, ensure_ascii=False)


@pytest.mark.parametrize("text", [
    "the plumber we hired was a lazy lying scumbag",
    "honestly the landlady is nothing but a greedy old bitch",
    "that coach is a loud arrogant dickhead and a bully",
    "die Nachbarin ist doch nur eine hinterhältige Schlampe",
    "le garagiste est un gros escroc et un vrai connard",
    "il titolare è uno stronzo arrogante",
])
def test_an_insult_predicated_of_a_third_person_is_called(text: str) -> None:
    """A review's or a forum's abuse is said of a third person, with a few words
    describing them between the copula and the insult, or "nothing but", "doch nur"."""
    assert "insult" in kinds(text)
    assert "insult" in kinds(_reviews(text), Role.TOOL_RESULT)


@pytest.mark.parametrize("text", [
    "the sequel is a total mess, but the director is a genius",
    "my sister is a nurse and a keen runner",
    "der Hund ist ein lieber alter Kerl",
    "the new phone is a stupid design choice away from perfect",
])
def test_a_predicate_without_an_insult_stays_clean(text: str) -> None:
    assert not kinds(_reviews(text), Role.TOOL_RESULT)


@pytest.mark.parametrize(("text", "kind"), [
    ("[09:40] kim: she lost our keys again, what a stupid cow", "insult"),
    ('{"text": "du strunzdummer Kerl, lies halt die Doku"}', "insult"),
    ('{"text": "was für eine hohle Nuss, echt"}', "insult"),
    ('{"text": "das Kanakenpack soll aus unserem Viertel verschwinden"}', "hate"),
    ("[10:01] oleg: эта тупая корова опять всё перепутала", "insult"),
    ("[09:40] سامي: المديرة اليوم كانت بقرة غبية بصراحة", "insult"),
    ("[09:40] राहुल: बेवकूफ़ गाय कहीं की, सब भूल गई", "insult"),
    ('{"text": "저 멍청한 년 또 지각했네"}', "insult"),
    ('{"text": "お前とヤりたくてしょうがない、今夜会おう"}', "sexual"),
])
def test_words_no_lexicon_listed_inside_fetched_content(text: str, kind: str) -> None:
    assert kind in kinds(text, Role.TOOL_RESULT)


@pytest.mark.parametrize("text", [
    "Lena · 2h ago\nThe court heard he had texted her 'I will kill you' the night before, "
    "prosecutors said.\n\nMarco · 1h ago\nfront row seats again, the lucky bastard 😂",
    "1. Procès : « je vais te tuer », avait-il écrit à sa voisine, a rappelé le procureur.\n"
    "2. Forum : t'as encore eu des places au premier rang, sacré salaud va 😂",
    "[10:01] ana: Im Prozess las der Richter vor, was er ihr geschrieben hatte: 'ich bring "
    "dich um'.\n[10:02] ben: schon wieder erste Reihe, der Glückspilz, die alte Sau 😂",
    "1. Juicio: «te voy a matar», le había escrito a su vecina, según el fiscal.\n"
    "2. Foro: qué suerte tienes, cabrona, otra vez en primera fila 😂",
])
def test_a_reported_threat_stays_reported_beside_another_records_banter(text: str) -> None:
    """Each record of a thread, a chat export or a search's results reports or says its
    own words: another record's rough banter does not make a quoted threat said."""
    assert not kinds(text, Role.TOOL_RESULT)


def test_abuse_beside_a_record_that_reports_a_threat_is_found() -> None:
    text = ("Lena · 2h ago\nThe court heard he had texted her 'I will kill you' the night "
            "before, prosecutors said.\n\nMarco · 1h ago\nshut up, you brain-dead bitch, "
            "nobody asked you")
    assert "insult" in kinds(text, Role.TOOL_RESULT)


def _results(*snippets: str) -> str:
    """A search tool's JSON result with one item per snippet."""
    return json.dumps({"results": [{"title": f"Result {i}", "snippet": s}
                                   for i, s in enumerate(snippets)]}, ensure_ascii=False)


@pytest.mark.parametrize("text", [
    _results("In 1938 the regime's newspapers called Jews vermin; the class discusses how "
             "propaganda prepared the pogrom.",
             "The refrain, \"I won't ever let you go\", is about grief.",
             "Thread: battery\nPage 2\nWorks fine after the update."),
    _results("1938 nannten die Zeitungen des Regimes Juden Ungeziefer; die Klasse bespricht, "
             "wie Propaganda das Pogrom vorbereitete.",
             "Der Refrain, \"ich lass dich nie mehr gehen\", handelt von Trauer.",
             "Thema: Akku\nSeite 2\nLäuft nach dem Update."),
    json.dumps({"comentarios": [{"texto": "vimos una zorra con sus crías en el monte"},
                                {"texto": "¿tú también la viste?"}]}, ensure_ascii=False),
])
def test_another_json_strings_you_addresses_no_one_here(text: str) -> None:
    """A JSON result's strings are all on one line: a second person in another string
    (a lyric's "you", a reply's "tú") neither aims this string's words at anyone nor
    makes its history lesson addressed to someone."""
    assert not kinds(text, Role.TOOL_RESULT)


def test_abuse_in_one_json_string_is_still_aimed() -> None:
    text = json.dumps({"comments": [{"text": "you are a pathetic idiot"},
                                    {"text": "nice pics"}]})
    assert "insult" in kinds(text, Role.TOOL_RESULT)


@pytest.mark.parametrize("text", [
    "[18:20] marta: ya tenemos una perra nueva en casa, es un amor",
    '{"texto": "la zorra ya volvió al gallinero anoche, se llevó dos gallinas"}',
])
def test_spanish_ya_is_already_not_you(text: str) -> None:
    """Spanish "ya" (already) is no English "ya" (you): it does not aim the animal's name
    at anyone."""
    assert not kinds(text, Role.TOOL_RESULT)


def test_spanish_abuse_with_ya_is_still_found() -> None:
    assert "insult" in kinds("[18:21] kev: ya eres una zorra y todos lo saben", Role.TOOL_RESULT)


@pytest.mark.parametrize("case_id", ["c29-es-negative-results-1", "c29-es-negative-results-5",
                                     "c29-fr-negative-results-5"])
def test_ordinary_result_lists_stay_clean(case_id: str) -> None:
    """Result lists of ordinary texts (`toxicity_carried29`): a quoted threat in a report
    and the learned layer's window are not read as a message of their own that says the
    abuse (the first change of this session flagged these three)."""
    text = next(c.text for c in carried29.cases() if c.id == case_id)
    assert not kinds(text, Role.TOOL_RESULT)
