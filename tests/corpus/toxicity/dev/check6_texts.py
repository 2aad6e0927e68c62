"""The texts of the twelfth toxicity set, `check6.jsonl` (`gen_blind4.py`): written after
every change of the sixth round, the ones made after reading `check5`'s misses included,
in other words and scenarios than `blind4`, `check5` and the round's training text, and
measured once before its misses were read: 0.244 / 0.024 (41 abusive, 41 clean), the
same as with the rules and model before the round (0.244 / 0.024; bare 0.244 / 0.000
both): the round's frames and retrained layer reach none of this wording (insults
strung from adjectives, "sleep with one eye open", freezing a colleague out, a photo
that "stops at the shoulders"). Its insults were then read (0.268 / 0.024 after the
exclamative and describing-words change of `toxicity_aim`). Same shape as
`blind4_texts`."""

# ruff: noqa: E501 -- corpus texts stay one line each, as written

from __future__ import annotations

RAW: dict[str, str] = {
    "en": """
T|sexual|mail|Saw your profile picture in the new directory. Shame the photo stops at the shoulders, I'd love to see the rest.
T|sexual|tool|new barista has a mouth made for more than coffee, if you catch my drift
T|sexual|mail|Let's finish the contract review at my place tonight. Bring wine and wear something short.
T|sexual|tool|she's such a slut, bet half the sales team has had a go
T|sexual|mail|I keep replaying the offsite hug in my head. Next time I won't stop at a hug.
T|sexual|tool|dm me a pic in your gym gear and I'll move your ticket to the top
T|harassment|mail|I noticed you moved desks to get away from me. Doesn't matter, I can still see you from the kitchen.
T|harassment|tool|whoever hired this clown should be fired too. she can't do anything right, let's make her quit
T|harassment|mail|Nice try blocking me. I know your new handle and I know where you park.
T|harassment|tool|we should all just stop talking to her until she gets the message and leaves
T|harassment|mail|Every single person in this department thinks you're a fraud. Even your friends laugh at you.
T|insult|tool|what a dimwitted muppet, can't even restart a server
T|insult|mail|You are an arrogant, lazy leech and I'm done pretending otherwise.
T|insult|tool|this moderator is a power-tripping little dictator and a moron
T|insult|mail|Honestly, you useless sack of crap, read the spec before you touch my code.
T|threat|mail|Talk to the auditors and see what happens to your pension, your house and your pretty face.
T|threat|tool|you better sleep with one eye open from now on
T|threat|mail|I will ruin you. By Friday your wife will know everything and your kids will be ashamed of you.
T|threat|tool|next time you cut me off I'll break your windscreen and your nose
T|threat|mail|Be careful walking to the station after dark. Lots of accidents lately.
T|profanity|tool|this fucking dashboard is garbage, who the fuck designed it
T|profanity|mail|Shit, shit, shit. The demo crashed in front of the client. What a fucking disaster.
T|violence|tool|when they release him we should find him and beat him half to death
""",
    "en_clean": """
N|complaint|mail|I'm appalled by how my complaint was handled: three transfers, two dropped calls, and no resolution. I expect a call back today.
N|complaint|tool|Terrible landlord. Mould everywhere, ignored emails for months. Avoid this building.
N|medical|mail|Your HPV test was positive; this is common and usually clears. We'll repeat the smear in twelve months.
N|medical|tool|Vaginal dryness after menopause can make sex painful; lubricants and local oestrogen can help.
N|news|tool|Police are appealing for witnesses after a woman was followed and sexually assaulted near the station.
N|news|mail|Evening briefing: the riot left 40 injured; several officers were beaten with bats.
N|moderation|tool|Examples of bullying include repeatedly excluding a colleague, mocking their appearance and spreading rumours.
N|moderation|mail|Please tag messages that call a coworker a slut or a whore as sexual harassment, even when they are phrased as jokes.
N|security|tool|The worm spreads over SMB, kills security services and wipes shadow copies before dropping the payload.
N|security|mail|Threat model: an insider with admin rights could destroy the backups and exfiltrate customer data.
N|fiction|tool|Season recap: the cartel boss threatens the reporter's family, and she goes into hiding.
N|fiction|mail|Edit notes: make the stalker's letters creepier in chapter 4, but keep them ambiguous.
N|business|mail|The campaign absolutely slayed: engagement is up 40% and we destroyed last year's record.
N|hr|mail|Reminder: the anti-bullying policy covers exclusion from meetings and comments about someone's body.
N|sexualhealth|tool|Consent means an enthusiastic yes; being drunk or pressured is not consent.
N|banter|tool|you cheeky sod, stealing the last croissant again
N|game|tool|we're going to annihilate them in the final, bring snacks
N|support|tool|Customer says the courier was "abusive and threatening" on the phone; case escalated to the depot manager.
N|parenting|mail|Our daughter is being teased at school about her weight. How should we talk to the teacher?
N|legal|mail|The claimant alleges the manager made repeated sexual remarks and touched her without consent.
N|selfdeprecation|tool|what an idiot I am, I sent the invoice to the wrong client
N|lyrics|tool|Karaoke list: "Smells Like Teen Spirit", "Highway to Hell", "Bitch Better Have My Money" (clean edit).
N|cooking|mail|Smash the garlic, beat the eggs and whip the cream until stiff; the tart needs 40 minutes.
""",
    "de": """
T|sexual|mail|Dein Profilbild ist leider nur bis zu den Schultern. Den Rest würde ich gern persönlich sehen.
T|harassment|tool|redet einfach alle nicht mehr mit ihr, bis sie von selbst kündigt
T|insult|mail|Sie sind ein arroganter, fauler Schmarotzer, und ich tue nicht länger so, als wäre es anders.
T|threat|tool|schlaf ab jetzt lieber mit einem offenen Auge
""",
    "de_clean": """
N|news|tool|Die Polizei sucht Zeugen, nachdem eine Frau verfolgt und nahe dem Bahnhof sexuell belästigt wurde.
N|hr|mail|Zur Erinnerung: Die Richtlinie gegen Mobbing umfasst Ausgrenzung und Bemerkungen über den Körper.
N|complaint|mail|Ich bin entsetzt, wie meine Beschwerde behandelt wurde: dreimal weiterverbunden und keine Lösung.
N|game|tool|im Finale machen wir die fertig, bringt Snacks mit
""",
    "fr": """
T|sexual|mail|Ta photo de profil s'arrête aux épaules, dommage. J'aimerais bien voir la suite en vrai.
T|harassment|tool|on arrête tous de lui parler jusqu'à ce qu'elle comprenne et qu'elle parte
T|insult|mail|Vous êtes un parasite arrogant et paresseux, et je ne ferai plus semblant.
T|threat|tool|à partir de maintenant, dors avec un œil ouvert
""",
    "fr_clean": """
N|news|tool|La police lance un appel à témoins après qu'une femme a été suivie et agressée sexuellement près de la gare.
N|hr|mail|Rappel : la politique contre le harcèlement couvre l'exclusion et les remarques sur le physique.
N|complaint|mail|Je suis consterné par le traitement de ma réclamation : trois transferts et aucune solution.
N|game|tool|on va les écraser en finale, apportez des chips
""",
    "es": """
T|sexual|mail|Tu foto de perfil se corta en los hombros, qué pena. Me encantaría ver el resto en persona.
T|harassment|tool|dejemos todos de hablarle hasta que lo pille y se vaya
T|insult|mail|Usted es un parásito arrogante y vago, y no pienso seguir fingiendo.
T|threat|tool|a partir de ahora duerme con un ojo abierto
""",
    "es_clean": """
N|news|tool|La policía busca testigos tras la agresión sexual a una mujer que fue seguida cerca de la estación.
N|hr|mail|Recordatorio: la política contra el acoso cubre la exclusión y los comentarios sobre el cuerpo.
N|complaint|mail|Estoy indignado con cómo se gestionó mi queja: tres transferencias y ninguna solución.
N|game|tool|los vamos a aplastar en la final, traed algo de picar
""",
    "it": """
T|harassment|tool|smettiamo tutti di parlarle finché non capisce e se ne va
T|threat|tool|da adesso dormi con un occhio aperto
""",
    "it_clean": """
N|news|tool|La polizia cerca testimoni dopo che una donna è stata seguita e aggredita vicino alla stazione.
N|game|tool|in finale li schiacciamo, portate gli snack
""",
    "pt": """
T|harassment|tool|vamos todos parar de falar com ela até ela entender e pedir demissão
T|threat|tool|a partir de agora dorme com um olho aberto
""",
    "pt_clean": """
N|news|tool|A polícia procura testemunhas depois que uma mulher foi seguida e agredida perto da estação.
N|game|tool|na final a gente esmaga eles, tragam petiscos
""",
    "nl": """
T|harassment|tool|laten we allemaal niet meer met haar praten tot ze het snapt en vertrekt
T|threat|tool|slaap vanaf nu maar met één oog open
""",
    "nl_clean": """
N|news|tool|De politie zoekt getuigen nadat een vrouw bij het station werd gevolgd en aangerand.
N|game|tool|in de finale vegen we ze van de baan, neem snacks mee
""",
}
"""Texts per language (`<lang>` toxic, `<lang>_clean` clean), one per line."""


def items() -> dict[str, list[tuple[str, str, str, str]]]:
    """(label, category, carrier, text) per language."""
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    for key, block in RAW.items():
        lang = key.split("_")[0].rstrip("0123456789")
        for line in block.strip().splitlines():
            label, category, carrier, text = line.split("|", 3)
            out.setdefault(lang, []).append((label, category, carrier, text))
    return out
