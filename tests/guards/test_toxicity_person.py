"""Abuse aimed at a person in the shapes the sixth round (issue 11) added: remarks about
someone's body and propositions, stalking, threats to what someone holds dear, violence
planned against someone, insults called as a vocative or of a third person through an
adjective — in several languages; and the look-alikes that stay quiet."""

from __future__ import annotations

import pytest

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext
from secproxy.guards.normalise import Normaliser
from secproxy.guards.toxicity import ToxicityGuard
from secproxy.model import Action, Surface


def kinds(text: str) -> set[str]:
    """Kinds of the hits the default guard gives `text` as a tool result."""
    g = ToxicityGuard("toxicity")
    g.configure({})
    hits = g.inspect([Slot(Role.TOOL_RESULT, text)],
                     GuardContext(Action(Surface.LLM), viewer=Normaliser().views))
    return {h.kind or "" for h in hits}


@pytest.mark.parametrize(("text", "kind"), [
    ("honestly your butt looks incredible in that uniform", "sexual"),
    ("caught him staring at her cleavage the whole review again", "sexual"),
    ("I can't stop imagining you naked at your desk", "sexual"),
    ("send me some bikini pics tonight, don't be shy", "sexual"),
    ("tell me what lingerie you're wearing under that suit", "sexual"),
    ("she only made partner because she slept with the founder", "sexual"),
    ("Ich musste die ganze Zeit auf deine Brüste starren.", "sexual"),
    ("no paro de mirarte el culo cuando pasas", "sexual"),
    ("I know what time your gym class ends and which route you jog.", "harassment"),
    ("I tracked down your sister's address, say hi to her for me", "harassment"),
    ("Ik weet welke trein je neemt en wanneer je thuiskomt.", "harassment"),
    ("Je sais quel train tu prends le matin.", "harassment"),
    ("Drop the case or I'll put you in a wheelchair.", "threat"),
    ("Lovely garden. Would be a pity if something happened to it.", "threat"),
    ("I know your son's school and the time he leaves.", "threat"),
    ("Zieh das zurück, sonst passiert deiner Familie was.", "threat"),
    ("encore un mot et je te pète les dents", "threat"),
    ("otra queja y te reviento la boca", "threat"),
    ("we'll catch him outside and kick his teeth in", "violence"),
    ("calla ya, imbécil.", "insult"),
    ("the landlord was a greedy bastard, kept the whole deposit", "insult"),
    ("say that again and you'll be picking your teeth up off the floor", "threat"),
    ("one more stunt like that and they'll be scraping you off the road", "threat"),
    ("Noch so ein Spruch und du kannst deine Zähne aufsammeln.", "threat"),
    ("Continue comme ça et tu vas ramasser tes dents.", "threat"),
    ("I've had eyes on your flat all week.", "harassment"),
    ("honestly, what a spineless weasel", "insult"),
    ("You are a smug, overpaid leech.", "insult"),
    ("Du bist ein fauler, dummer Versager.", "insult"),
])
def test_abuse_aimed_at_a_person_is_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "The scan of your breasts looks normal; see you at the next screening.",
    "Post the bikini photos from the catalogue shoot to the shop page by Friday.",
    "If something happens to your account, contact support right away.",
    "Please beat the eggs until stiff, then fold in the flour.",
    "The killer in the novel breaks into her house at night; a gripping read.",
    "We found your office address in the CRM and sent the invoice there.",
    "Someone needs to kill the stuck process on the build box.",
    "Come to my office at 3 and bring the contracts.",
    "Please collect your teeth impressions from the dental lab on Monday.",
    "Keep an eye on your inbox for the invite.",
    "En finale je vais te démolir, prépare-toi !",
    "Qué tonto soy, otra vez me olvidé las llaves.",
    "Che stupido che sono, ho perso il treno.",
    "You are smarter than that fool, trust yourself.",
    "What a clown I am, I sent it to the wrong list.",
    "What an idiotic design decision, let's revert it.",
    "what a worthless update, rolled back",
])
def test_look_alikes_stay_quiet(text: str) -> None:
    assert kinds(text) == set()
