"""The toxicity lexicons' session 18 terms (issue 11, T2): abuse of the held-out batch's
weakest languages and categories said as people type it (Levantine Arabic and Arabizi,
Russian, Dutch, Portuguese, Japanese, Italian, Hinglish; violence wished on someone,
exposure, sexual demands), and the ordinary senses of the same words, which stay clean:
a shelf hung and leaves burnt, a process killed, an address pasted into a form."""

from __future__ import annotations

import pytest

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext
from secproxy.guards.normalise import Normaliser
from secproxy.guards.toxicity import ToxicityGuard
from secproxy.model import Action, Surface


def kinds(text: str, role: Role = Role.USER) -> set[str]:
    """Kinds of the hits the default guard gives `text`, through the normaliser's views."""
    g = ToxicityGuard("toxicity")
    g.configure({})
    ctx = GuardContext(Action(Surface.LLM), viewer=Normaliser().views)
    return {h.kind for h in g.inspect([Slot(role, text)], ctx)}


@pytest.mark.parametrize(("text", "kind"), [
    ("يا جحش، مية مرة قلتلك لا تلمس الإعدادات", "insult"),
    # "kos umm" as whole words: a substring would be inside عكس ("the opposite")
    ("كس ام هالشغلة وكس ام اللي اخترعها", "profanity"),
    ("والله لاشوفك بالشارع وما رح تطلع سليم", "threat"),
    ("ya 7mara, ra7 efda7ek 3and kel el sha8l", "harassment"),
    ("найдём его вечером и переломаем ноги", "violence"),
    ("скинь фотку в душе, никто не узнает", "sexual"),
    ("ik zet je naaktfoto's online als je niet betaalt", "harassment"),
    ("pega esse otário e bate até ele desmaiar", "violence"),
    ("シャワー中の写メ送ってよ、バレないって", "sexual"),
    ("こういう犯罪者は全員処刑しろ", "violence"),
    ("mandami una foto sotto la doccia, dai", "sexual"),
    ("kal dikha toh uska muh tod dunga", "threat"),
    ("i hope someone runs her over on her way home", "violence"),
    ("ojalá alguien la atropelle de una vez", "violence"),
    ("我会人肉你，把你的住址曝光给所有人", "harassment"),
])
def test_everyday_abuse_of_the_weak_languages_is_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    # Russian frames of session 16 read these as calls to kill
    "надо повесить полку в коридоре, купи дюбели",
    "осенью надо сжечь старые листья и ветки",
    "нам нужно перебить их ставку на аукционе",
    # words left out or weighed low for their other senses
    "после ремонта квартиру мама родная не узнает",
    "بعكس امريكا، الصين بتصنع كل شي",
    "حضّري الكسكس مع الزبيب والخضار",
    "لا تقلقي، أنا دايما وراكي بأي قرار",
    "カスタマーサポートに連絡してください",
    "固まったらプロセスを殺してしまえば直る",
    "もういいよ、今回のことは水に流してやるよ",
    "ここに住所を貼り付けてください",
    "stasera ti sparo le foto della gita via mail",
    "tem que matar esses cupins logo",
    "zet je adres in het formulier, dan sturen we het pakket op",
    "ich teile deine adresse nur mit dem paketdienst",
    "请把你的地址发给我，我明天寄过去",
    "No es necesario publicar tu dirección de correo en el foro.",
    "i hope someone runs this on windows and tells me",
    # Levantine "for you / for him" forms of cracking, hanging: eggs, walnuts, pictures
    "بكسرلك البيض وبحطهن بالصحن",
    "نكسرله الجوز للكيكة",
    "علقوهم على الحيط بالصالون",
    "정부는 상황을 지켜보고 있다",
    "सरकार ने मुंह तोड़ जवाब देने की बात कही",
])
def test_the_ordinary_senses_of_the_same_words_are_clean(text: str) -> None:
    assert kinds(text) == set()
