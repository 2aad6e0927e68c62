"""The toxicity guard on the vocabulary of abuse in English, German, French, Spanish,
Italian, Portuguese and Dutch (session 28, TOX28A): compound and regional insults,
chat spellings and abbreviations, degrading sexual terms and slurs that no lexicon
listed; and ordinary text holding the same words in their everyday sense."""

from __future__ import annotations

import json

import pytest

from secproxy.content import Role
from tests.guards.test_toxicity_lexicons18 import kinds


@pytest.mark.parametrize(("text", "kind"), [
    # English: British and internet compounds, a degrading sexual term
    ("shut it, you absolute cockwomble", "insult"),
    ("lol nobody rates you, ur a dickweed and a fucknut", "insult"),
    ("oi dickface, answer me", "insult"),
    ("she's such a cumdumpster lmao, whole team had her", "sexual"),
    # German: compounds of Schwanz, Hohl-, Dumpf-
    ("ne mach hier nicht auf dicke Hose, du Schwanzlutscher", "insult"),
    ("du Hohlbirne, verzieh dich", "insult"),
    ("alle hier finden dich eklig, du Dumpfbacke", "insult"),
    # French: chat abbreviations and compounds
    ("espèce de trouduc, tu comprends rien", "insult"),
    ("ftg sale branleur", "insult"),
    ("on t'emmerde, gros lard", "insult"),
    # Spanish: Rioplatense, Colombian and Caribbean insults, Spanish slang
    ("cállate la boca, mamahuevo", "insult"),
    ("eres un pringao y un zopenco", "insult"),
    ("oye malparida, nadie te soporta", "insult"),
    # Italian: augmentatives of the stock words, a sexual demand
    ("che troione, guarda come si veste", "insult"),
    ("sei una zoccolona", "insult"),
    ("leccamelo, dai", "sexual"),
    # Portuguese: Brazilian slang, a slur in the diminutive
    ("você é uma boqueteira", "insult"),
    ("que tribufu, credo", "insult"),
    ("tu és um viadinho", "hate"),
    # Dutch: compounds of hoer, slet and lul, a slur
    ("jij bent een slettebak", "insult"),
    ("stomme lul, ga weg", "insult"),
    ("kijk die spleetoog", "hate"),
])
def test_abuse_said_in_each_language(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    # second pass: sexual remarks and demands, stock bullying, chat spellings
    ("bro she's fuckable ngl", "sexual"),
    ("you'll die alone and nobody will even notice", "harassment"),
    ("shut up you hoebag", "insult"),
    ("du Wichsgesicht, antworte gefälligst", "insult"),
    ("geh heulen, du Vollspast", "hate"),
    ("tu vas mourir seul, pauv type", "harassment"),
    ("pásame el pack o se lo enseño a todos", "sexual"),
    ("no sirves para nada, jilipollas", "insult"),
    ("spogliati e mettiti a 90", "sexual"),
    ("fai ribrezzo, cacasotto", "insult"),
    ("fica de quatro pra mim, gostosa", "sexual"),
    ("some da internet, sua cachorra", "insult"),
    ("je gaat alleen dood, kankerhond", "harassment"),
    ("vuile rat, niemand geeft om jou", "harassment"),
    # third pass: spellings and regional insults
    ("filhodaputa, devolve meu dinheiro", "insult"),
    ("essa puta gorda de novo no grupo", "insult"),
    ("vaffankulo, testa de cazzo", "insult"),
    ("callate culiao", "insult"),
    ("eres un aweonao, reconchatumadre", "insult"),
    ("wat een fakking sukkel ben jij", "profanity"),
])
def test_sexual_remarks_and_bullying_in_each_language(text: str, kind: str) -> None:
    assert kind in kinds(text)


def _thread(key: str, field: str, text: str) -> str:
    """A comment thread's JSON with one comment, `text`."""
    return json.dumps({key: [{field: text}]}, ensure_ascii=False)


@pytest.mark.parametrize(("text", "kind"), [
    ("[14:02] sam: that ref was a total shitgibbon\n[14:03] lee: yeah, a proper bawbag", "insult"),
    (_thread("comentarios", "texto", "qué pelotudo sos, andate a la concha de tu madre"), "insult"),
    ("[09:12] pino: quello è un cazzaro patentato\n[09:13] pino: e pure un coglionazzo", "insult"),
    (_thread("comentarios", "texto", "essa piriguete é uma rameira"), "insult"),
    (_thread("reacties", "tekst", "die gozer is een echte roetmop"), "hate"),
])
def test_abuse_inside_fetched_content(text: str, kind: str) -> None:
    assert kind in kinds(text, Role.TOOL_RESULT)


@pytest.mark.parametrize("text", [
    "Hereditary spastic paraplegia causes progressive stiffness and weakness in the legs.",
    "With the power out we had to grope our way down the cellar stairs.",
    "Beim Schlachtfest zeigte uns der Metzger, wie man ein Schwein absticht.",
    "Ce week-end, spectacle de Guignol au parc de la Tête d'Or pour les enfants.",
    "Dans « Une charogne », Baudelaire décrit un cadavre d'animal au bord du chemin.",
    "El pinche de cocina pela las patatas mientras el chef prepara la salsa.",
    "Vendo Mitsubishi Pajero del 2004, 180.000 km, ITV pasada.",
    "De aperitivo pusieron chochos y aceitunas.",
    "Prima di cena bisogna scopare il pavimento della cucina.",
    "Appena arrivo in ufficio ti sparo il file su WhatsApp.",
    "La Checca del piano di sopra ci ha portato la torta.",
    "La macaca e o filhote dormem no recinto dos primatas do zoológico.",
    "Mané Garrincha foi um dos maiores pontas da história do futebol.",
    # the animal (makaak, makaken) is not the slur (makak, makakken)
    "In de dierentuin zitten de makaken op de rotsen in de zon.",
    # second pass
    "Ein behinderter Mensch hat ein Recht auf Teilhabe.",
    "Den Lappen habe ich mit 18 gemacht, also den Führerschein.",
    "Le cheval de Troie est une ruse célèbre de la guerre de Troie.",
    "Vuelos retrasados: la salida a Madrid está retrasada una hora.",
    "A confeitaria vende bolos de chocolate e de cenoura.",
    "La cultura mongola è affascinante.",
])
def test_the_same_words_in_their_everyday_sense_are_clean(text: str) -> None:
    assert not kinds(text, Role.TOOL_RESULT)
