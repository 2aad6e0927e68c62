"""The toxicity guard's frames of session 22 (issue 11): harassment by repetition until the
person answers or quits, clothes ordered off, violence told as its aftermath, no one able
to stand the one addressed, a heap of rubbish — and a report of abuse in other words than
"reported" counts half. Read by the lexicons alone (`learned: false`), so that the rules
themselves are what is tested."""

from __future__ import annotations

import pytest

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext
from secproxy.guards.normalise import Normaliser
from secproxy.guards.toxicity import ToxicityGuard
from secproxy.model import Action, Surface


def kinds(text: str, learned: bool = False) -> set[str]:
    """Kinds of the hits the guard gives `text` as a user's message."""
    g = ToxicityGuard("toxicity")
    g.configure({"learned": learned})
    ctx = GuardContext(Action(Surface.LLM), viewer=Normaliser().views)
    return {h.kind for h in g.inspect([Slot(Role.USER, text)], ctx)}


@pytest.mark.parametrize(("text", "kind"), [
    # messages every hour or day until the person answers or quits
    ("I'm going to text you every night until you unblock me", "harassment"),
    ("ich schicke dir jeden Morgen eine Nachricht, bis du kündigst", "harassment"),
    ("je vais t'appeler chaque nuit jusqu'à ce que tu démissionnes", "harassment"),
    ("voy a llamarte todas las noches hasta que renuncies", "harassment"),
    ("ti chiamo ogni notte finché non ti licenzi", "harassment"),
    ("vou te ligar toda noite até você pedir demissão", "harassment"),
    ("буду звонить тебе каждую ночь, пока не уволишься", "harassment"),
    # clothes ordered off to be looked at
    ("take your shirt off on camera, I wanna see more", "sexual"),
    ("zieh deine Bluse aus, ich will dich sehen", "sexual"),
    ("enlève ta robe, je veux voir", "sexual"),
    ("сними футболку, хочу посмотреть", "sexual"),
    # nobody able to stand the one addressed, told to pack and go
    ("nobody at the club could ever stand you", "harassment"),
    ("nessuno in squadra ti sopporta", "harassment"),
    ("ninguém aqui te atura", "harassment"),
    ("pak je troep en sodemieter op", "harassment"),
    ("собери шмотки и выметайся", "harassment"),
    # a heap of rubbish
    ("eres un pedazo de escoria", "insult"),
    ("je bent een wandelende vuilniszak", "insult"),
])
def test_shapes_without_stock_words(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "I'll call you every day until you feel better, promise.",
    "Take your shoes off before you come in, I want the floor clean.",
    "The patient left the ward in a wheelchair and went home the same day.",
    "Nach der OP isst du ein paar Tage durch den Strohhalm, das ist normal.",
    "Tu as pris ton sac de sport ?",
    "Esse carro é um monte de lixo, não comprem.",
    "Você vai precisar de uma cadeira de escritório melhor.",
    "Tras la operación vas a comer con pajita unos días.",
])
def test_ordinary_text_in_the_same_words(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize("text", [
    'Um usuário denunciou um comentário que o chamava de "lixo humano"; a moderação removeu.',
    'Unos usuarios denunciaron un mensaje que la llamaba "pedazo de mierda", ya está borrado.',
])
def test_a_report_in_other_words_mentions_the_abuse(text: str) -> None:
    assert kinds(text) == set()
