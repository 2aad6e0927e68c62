"""The toxicity guard on tool results that only look rough — a community's rules citing
the words they forbid, curses in source code's comments — and on the abuse inside the
same carriers, which stays found."""

from __future__ import annotations

import json
import re

import pytest

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext
from secproxy.guards.normalise import Normaliser
from secproxy.guards.toxicity import ToxicityGuard
from secproxy.guards.toxicity_model import learned_score
from secproxy.model import Action, Surface


def flagged(text: str) -> bool:
    """Whether the default guard gives `text`, as a tool result, any hit."""
    g = ToxicityGuard("toxicity")
    g.configure({})
    return bool(g.inspect([Slot(Role.TOOL_RESULT, text)],
                          GuardContext(Action(Surface.LLM), viewer=Normaliser().views)))


@pytest.mark.parametrize("text", [
    "House rules: calling another member names such as \"asshole\", \"bitch\" or \"retard\" "
    "gets you banned on the spot. Quoting them in a report is fine.",
    "Forenregeln: Beleidigungen wie „Wichser“, „Fotze“ oder „Spast“ führen zur Sperre.",
    "Reglas: insultos como «cabrón», «zorra» o «imbécil» contra otros usuarios = expulsión.",
    "Règles : les injures (« pute », « enculé », « connard ») valent un bannissement.",
    "规则：发布“操你妈”“滚去死”等内容的账号将被处理。",
    "ルール：「死ね」「消えろ」などの書き込みはアカウント停止の対象です。",
])
def test_words_cited_as_examples_in_rules_are_not_said(text: str) -> None:
    assert not flagged(text)


@pytest.mark.parametrize("text", [
    # the same words said, or quoted one at a time, or in a chat API's list of messages
    "you are an \"asshole\", a bitch and a retard, get banned",
    "He keeps calling me \"bitch\" and \"retard\" in DMs, like it's normal. Fuck you, Dan.",
    json.dumps({"messages": ["shut up you stupid bitch", "go kill yourself"]}),
    "Du bist so eine „Fotze“, du Wichser.",
])
def test_the_same_words_said_are_still_found(text: str) -> None:
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "def retry(fn):\n    # fuck this flaky API, it times out every damn morning\n"
    "    for attempt in range(5):\n        try:\n            return fn()\n"
    "        except TimeoutError:  # shit, try again\n            continue\n",
    "/* TODO: shitty hack, rip it out once the vendor fixes their damn API */\n"
    "function killTimer(id) { clearTimeout(id); }\n// what the fuck, Safari\n",
])
def test_curses_in_code_comments_are_not_abuse(text: str) -> None:
    assert not flagged(text)


@pytest.mark.parametrize("text", [
    # an insult in a comment is still aimed at someone; curses outside comments count
    "def retry(fn):\n    # Dan you fucking idiot, stop pushing to main\n    return fn()\n",
    "def retry(fn):\n    return fn()\n\nfuck this shit, fuck you all, I quit\n",
])
def test_insults_in_comments_and_curses_outside_them_are_found(text: str) -> None:
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "Got your address off the return label. Sleep tight tonight.",
    "Deine Adresse kenne ich jetzt auch. Träum süß.",
    "Je connais ton adresse maintenant. Fais de beaux rêves.",
    "Ya sé tu dirección. Descansa tranquila esta noche.",
    "Ora conosco il tuo indirizzo. Sogni d'oro.",
    "Já sei seu endereço. Durma bem hoje.",
    "Ik weet je adres nu ook. Slaap zacht.",
    "Теперь я знаю твой адрес. Сладких снов.",
    "I leaked your chats to your wife this morning, more coming.",
    "Ich habe alle deine Chats an deine Eltern weitergeleitet.",
    "Переслал твою переписку твоему начальнику.",
])
def test_a_known_address_with_an_ominous_wish_and_shared_photos_are_abuse(text: str) -> None:
    # inside a ticket's JSON, as a help desk's API returns it
    assert flagged(json.dumps({"ticket": {"id": 4471, "tags": ["account"],
                                          "comments": [{"author": "x", "body": text}]}}))


@pytest.mark.parametrize("text", [
    "Got your address off the order form, the replacement ships tonight.",
    "Sleep tight tonight, the migration is done and nothing pages.",
    "I sent the photos from the offsite to everyone in the department.",
    "I forwarded your messages to the support team as you asked.",
    "We have your address on file. Sleep well and see you at check-in!",
    "Thanks for booking! We know your address from the reservation; sleep tight.",
    "Sent your photos to your mum like you asked, she loved them.",
    "I shared the screenshots with your boss so she can approve the refund.",
    "Il tuo indirizzo è confermato, dormi bene e ci vediamo domani.",
    "Dein Paket ist unterwegs; deine Adresse ist korrekt. Schlaf gut!",
    "Ich habe die Fotos vom Sommerfest an die ganze Abteilung geschickt.",
])
def test_addresses_and_photos_in_ordinary_messages_stay_quiet(text: str) -> None:
    assert not flagged(json.dumps({"ticket": {"id": 4471, "tags": ["account"],
                                              "comments": [{"author": "x", "body": text}]}}))


@pytest.mark.parametrize("message", [
    "Quel minable, franchement, regarde ce ticket.",
    "What an idiot, honestly, look at this ticket.",
    "Che incapace, davvero, hai rotto tutto di nuovo.",
])
def test_an_exclamation_calls_someone_names_inside_a_json_string_or_a_literal(
        message: str) -> None:
    assert flagged(json.dumps({"event": "message_received", "user": "kofi",
                               "content": message}, ensure_ascii=False))
    assert flagged(f"SEED = [\n    Message(author='kofi', text={message!r}),\n]\n")


@pytest.mark.parametrize("text", [
    "عرفت عنوانك من الفاتورة. نامي جيداً.",
    "وزعت محادثاتك على أهلك.",
    "영수증에서 니 주소 알아냈어. 잘 자렴.",
    "너 사진 부모님한테 다 돌렸어.",
])
def test_the_address_and_photo_frames_read_arabic_and_korean(text: str) -> None:
    assert flagged(json.dumps({"comments": [{"author": "x", "body": text}]}, ensure_ascii=False))


@pytest.mark.parametrize(("text", "abuse"), [
    ("I keep watching your stories, you were at the gym again at 7 today.", True),
    ("We followed your movements all week, you went to the clinic again on Tuesday.", True),
    ("Te llevo vigilando desde el lunes, ayer saliste a las ocho.", True),
    ("Ik check je stories elke dag, je zat gisteren weer in dat café.", True),
    ("Such a lovely house. Would be a pity if somebody visited it at night.", True),
    ("I've been following your posts for years, you were the reason I learned Rust.", False),
    ("I tracked your location on the shared map, you were stuck in traffic so I started.",
     False),
    ("Would be a shame if someone told you the ending, so no spoilers!", False),
    ("I've been watching your stories about the trip, you were in Lisbon last week? Wow!",
     False),
    ("We followed your movements on the race tracker, you were flying on the last climb!",
     False),
    ("Would be a pity if somebody visited Rome and skipped the Pantheon.", False),
    ("It would be a shame if someone turned up at the office party without a costume.",
     False),
])
def test_following_someones_movements_and_a_pity_if_someone_visited(text: str,
                                                                     abuse: bool) -> None:
    assert flagged(json.dumps({"messages": [{"user": "x", "text": text}]})) is abuse


def test_a_chats_emoji_codes_and_mentions_are_no_words_of_its_messages() -> None:
    # ':eyes:' is a word the learned layer knows ("eyes on your house"); on a chat API's
    # lines it is markup, and the message reads as it does without it
    line = "[kofi] <@1234567890123> nobody wants you here, just leave :eyes: :joy:"
    bare = re.sub(r"<@\d+>|:[a-z]+:", lambda m: " " * len(m.group()), line)
    assert learned_score(line) == learned_score(bare)


@pytest.mark.parametrize("text", [
    "बिल से तुम्हारा पता मिल गया। सुकून से सोना।",
    "तुम्हारी तस्वीरें तुम्हारे बॉस को भेज दीं।",
])
def test_frames_read_hindi_words_whole(text: str) -> None:
    # a vowel sign is part of its word: "पता" is one word, not three
    assert flagged(json.dumps({"comments": [{"author": "x", "body": text}]}, ensure_ascii=False))


@pytest.mark.parametrize("text", [
    "Du bist ein elender Feigling und ein echter Trottel.",
    "Tu es un pauvre type et un vrai abruti.",
    "Jij bent een laffe kwal en een sukkel.",
])
def test_two_things_called_with_and_after_a_copula_are_aimed(text: str) -> None:
    assert flagged(json.dumps({"reviews": [{"user": "x", "stars": 1, "content": text}]},
                              ensure_ascii=False))


def test_a_negation_in_the_second_thing_still_disarms_it() -> None:
    assert not flagged("You are a great engineer and not an idiot at all.")
