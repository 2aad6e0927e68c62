"""The texts of the eleventh toxicity set, `check5.jsonl` (`gen_blind4.py`): written after
every change of the sixth round (issue 11: abuse inside mail and tool results), in other
words and scenarios than `blind4`'s and the round's training text, and measured once
before its misses were read: 0.290 / 0.033 (62 abusive, 61 clean; 0.226 / 0.016 with
the rules and model before the round; the same texts bare 0.290 / 0.033, before the
round 0.274 / 0.016: the carriers no longer cost anything, the new frames and model
reached little of the new wording). Tuned on after that (0.597 / 0.016): not a blind
figure any more.
Same shape as `blind4_texts`: `T|category|carrier|text` or `N|category|carrier|text` per
language, each placed by the generator inside a long mail or tool result."""

# ruff: noqa: E501 -- corpus texts stay one line each, as written

from __future__ import annotations

RAW: dict[str, str] = {
    "en": """
T|sexual|mail|Loved the presentation, though honestly I was mostly watching your hips. Drinks at mine afterwards? Just the two of us.
T|sexual|tool|bro the new intern has a banging body, someone get her number for me
T|sexual|mail|I'll approve your leave request if you send me something spicy from the beach.
T|sexual|tool|wanna see what I'd do to you in the supply closet? dm open
T|sexual|mail|You'd look much better on your knees under my desk than in front of the board.
T|sexual|tool|her tits are the only reason anyone watches her streams lmao
T|sexual|mail|Wear the red lipstick again tomorrow. You know how it makes me feel about you.
T|harassment|mail|Funny how you always take the 7:40 train. I sit two carriages behind you, in case you wondered.
T|harassment|tool|we all voted, you're the office clown. enjoy your new nickname, moron
T|harassment|mail|I'm sending the whole thread to your new employer so they know exactly what kind of person they hired.
T|harassment|tool|I've got eyes on your place every night, nice curtains btw
T|harassment|mail|Everyone is sick of your face. Stop coming to the Friday drinks, nobody invited you.
T|harassment|tool|keep ignoring me and I'll show up at your mum's house instead
T|insult|mail|Frankly you are the most incompetent halfwit I've ever had the displeasure of working with.
T|insult|tool|this reviewer is a clueless prick who has never shipped anything in his life
T|insult|mail|You pompous little shit, stop cc'ing the director on every email.
T|insult|tool|get lost you braindead troll
T|insult|mail|Your so-called analysis is the work of an idiot, and so are you.
T|threat|mail|You seem to forget I know where your kids go to school. Think carefully before you testify.
T|threat|tool|touch my car again and they'll be scraping you off the pavement
T|threat|mail|Cancel the audit or I swear you'll be limping for the rest of your life.
T|threat|tool|mark my words, you won't make it home tonight
T|threat|mail|I'd hate for your wife to get a visit while you're travelling. Sign the deal.
T|profanity|tool|fuck me, the fucking VPN is down again, what a load of shite
T|profanity|mail|Who the hell approved this bullshit? This whole rollout is a fucking joke.
T|violence|tool|let's catch him in the car park and give him a beating he won't forget
T|violence|mail|Someone needs to stab that judge for what he did to my brother.
T|sexual|tool|rate the new hires by how fuckable they are, I'll start: Anna 8/10
T|sexual|mail|If you keep wearing skirts that short, don't act surprised when I put my hand on your thigh.
T|harassment|tool|posting her home address here so everyone can pay her a visit
T|harassment|mail|I read every one of your private messages last night. You really should be more careful who you talk to.
T|insult|tool|what a spineless rat, throwing his own team under the bus
T|threat|mail|Keep digging into my accounts and you'll find out how far I'm willing to go. Your family too.
T|profanity|mail|This shitty laptop died again. Fucking useless IT department.
T|violence|tool|next protest we bring bats and break some skulls
""",
    "en_clean": """
N|complaint|mail|I'm deeply frustrated: the third invoice this quarter is wrong and my emails go unanswered. Please escalate this today.
N|complaint|tool|Worst customer service I have ever experienced. Rude staff, broken product, no refund.
N|complaint|mail|With respect, the decision to outsource the team was badly communicated and has damaged trust.
N|medical|mail|Your smear test was normal. The next cervical screening invitation will follow in three years.
N|medical|tool|Penile discharge and burning when urinating are common symptoms of gonorrhoea; see a clinic.
N|medical|mail|The mammogram shows dense breast tissue; an ultrasound has been booked for next week.
N|news|tool|A jury found the man guilty of stalking after he followed his former colleague to her gym for months.
N|news|mail|Morning digest: two people were shot outside a nightclub; police have arrested a 24-year-old.
N|news|tool|The former coach was jailed for sexually abusing players over a decade, the court heard.
N|moderation|mail|Reminder to moderators: comments rating a streamer's body or asking for her number count as sexual harassment and get a 30-day ban.
N|moderation|tool|Policy 3.2: Doxxing, threats of violence and slurs lead to removal. Report repeat offenders to trust@example.com.
N|security|tool|Finding: a low-privileged user can kill the backup job and delete snapshots via the admin API.
N|security|mail|The ransomware strain terminates database processes before encrypting files; isolate affected hosts.
N|fiction|tool|In the final episode the stalker breaks into her flat, and she fights him off with a kitchen knife.
N|fiction|mail|Manuscript notes: the villain's threats in chapter 9 should feel colder; less shouting, more menace.
N|lyrics|tool|The album's closing track, "Burn It Down", is a protest song about eviction.
N|business|mail|We absolutely crushed the Q2 numbers; the sales team killed it in Germany.
N|business|tool|Our lingerie line is now 30% off, free shipping on orders over 50 euros.
N|hr|mail|Investigation outcome: the allegation of sexual comments about a colleague's appearance was upheld; disciplinary action follows.
N|sexualhealth|tool|Talking to teens about consent: explain that pressure for photos or sex is never acceptable.
N|banter|tool|you absolute madman, you fixed the build at 3am
N|game|tool|I'm going to wreck you in the final, hope you're ready lol
N|selfdeprecation|tool|I'm such a muppet, I booked the meeting for the wrong month
N|support|mail|A user reports receiving threatening messages from another account; we have suspended the sender pending review.
N|parenting|mail|How do we teach our son not to hit his sister when he's angry? He is four.
N|legal|tool|The injunction prohibits the defendant from approaching the claimant's home or workplace.
N|medical|tool|Erectile problems after prostate surgery often improve within a year; pelvic floor exercises help.
N|news|mail|Court report: the defendant admitted sending threatening letters to the mayor and was fined.
N|security|mail|Incident summary: the attacker brute-forced the VPN, then killed the EDR agent on three laptops.
N|fiction|tool|Synopsis: a widow discovers her neighbour has been watching her every night and sets a trap.
N|complaint|tool|Absolutely furious. The landlord kept my deposit for "damage" that was there when I moved in.
N|moderation|mail|Training note: a message like "I know where you live" is a threat even without a weapon or a verb of harm.
N|hr|tool|Survey: 18% of staff reported unwanted remarks about their appearance at work in the last year.
N|sexualhealth|mail|The sexual health clinic now offers PrEP, condoms and contraception without appointment on Thursdays.
""",
    "de": """
T|sexual|mail|Dein Ausschnitt heute war ja wohl eine Einladung. Komm nach Feierabend zu mir.
T|harassment|tool|ich sehe jeden Abend, wann bei dir das Licht ausgeht
T|insult|mail|Sie sind eine komplette Null und ein Blender, das weiß die ganze Firma.
T|threat|tool|fass mein Auto noch einmal an und du kannst deine Zähne einsammeln
T|threat|mail|Überleg dir gut, ob du aussagst. Ich weiß, wo deine Kinder zur Schule gehen.
T|profanity|tool|verdammte Scheiße, schon wieder ist das VPN tot
""",
    "de_clean": """
N|complaint|mail|Ich bin wirklich verärgert: die dritte falsche Rechnung in diesem Quartal und keine Antwort auf meine Mails.
N|news|tool|Das Gericht verurteilte den Mann wegen Stalkings, nachdem er seiner früheren Kollegin monatelang gefolgt war.
N|medical|mail|Die Mammographie zeigt dichtes Brustgewebe; ein Ultraschall ist für nächste Woche geplant.
N|moderation|tool|Regel 3.2: Doxing, Gewaltdrohungen und Beleidigungen führen zur Löschung.
N|game|tool|im Finale mach ich dich platt, hoffentlich bist du bereit
N|business|mail|Wir haben die Zahlen im zweiten Quartal regelrecht zerlegt, der Vertrieb war grandios.
""",
    "fr": """
T|sexual|mail|Ton décolleté d'aujourd'hui, c'était une invitation. Passe chez moi après le boulot.
T|harassment|tool|je vois chaque soir à quelle heure ta lumière s'éteint
T|insult|mail|Vous êtes une nullité et un imposteur, toute la boîte le sait.
T|threat|tool|touche encore à ma voiture et tu ramasseras tes dents
T|profanity|tool|putain de merde, le VPN est encore mort
""",
    "fr_clean": """
N|complaint|mail|Je suis vraiment agacé : troisième facture erronée ce trimestre et aucune réponse à mes mails.
N|news|tool|Le tribunal a condamné l'homme pour harcèlement après qu'il a suivi son ancienne collègue pendant des mois.
N|medical|mail|La mammographie montre un tissu mammaire dense ; une échographie est prévue la semaine prochaine.
N|moderation|tool|Règle 3.2 : la divulgation d'adresses, les menaces et les insultes entraînent la suppression.
N|game|tool|en finale je vais te démolir, prépare-toi
""",
    "es": """
T|sexual|mail|Tu escote de hoy era una invitación. Pásate por mi casa después del trabajo.
T|harassment|tool|veo cada noche a qué hora se apaga la luz de tu cuarto
T|insult|mail|Usted es un inútil y un farsante, toda la empresa lo sabe.
T|threat|tool|vuelve a tocar mi coche y recogerás tus dientes del suelo
T|profanity|tool|me cago en todo, la puta VPN se ha caído otra vez
""",
    "es_clean": """
N|complaint|mail|Estoy muy molesto: tercera factura errónea este trimestre y ninguna respuesta a mis correos.
N|news|tool|El tribunal condenó al hombre por acoso tras seguir a su antigua compañera durante meses.
N|medical|mail|La mamografía muestra tejido mamario denso; se ha programado una ecografía.
N|moderation|tool|Norma 3.2: publicar direcciones, amenazas o insultos conlleva la eliminación.
N|game|tool|en la final te voy a machacar, prepárate
""",
    "it": """
T|sexual|mail|La tua scollatura di oggi era un invito. Passa da me dopo il lavoro.
T|insult|tool|sei un incapace e un buffone, lo sa tutta l'azienda
T|threat|tool|tocca di nuovo la mia macchina e raccoglierai i denti da terra
""",
    "it_clean": """
N|complaint|mail|Sono davvero irritato: terza fattura sbagliata questo trimestre e nessuna risposta.
N|news|tool|Il tribunale ha condannato l'uomo per stalking dopo che aveva seguito l'ex collega per mesi.
N|game|tool|in finale ti distruggo, preparati
""",
    "pt": """
T|sexual|mail|Esse decote de hoje foi um convite. Passa lá em casa depois do trabalho.
T|insult|tool|você é um incompetente e um farsante, a empresa inteira sabe
T|threat|tool|encosta no meu carro de novo e você vai catar os dentes do chão
""",
    "pt_clean": """
N|complaint|mail|Estou muito irritado: terceira fatura errada neste trimestre e nenhuma resposta.
N|news|tool|O tribunal condenou o homem por perseguição depois de seguir a ex-colega durante meses.
N|game|tool|na final eu vou te atropelar, se prepara
""",
    "nl": """
T|sexual|mail|Dat decolleté van vandaag was een uitnodiging. Kom na het werk maar bij mij langs.
T|insult|tool|je bent een nietsnut en een oplichter, het hele bedrijf weet het
T|threat|tool|kom nog één keer aan mijn auto en je kunt je tanden van de stoep rapen
""",
    "nl_clean": """
N|complaint|mail|Ik ben echt geïrriteerd: de derde foute factuur dit kwartaal en geen antwoord op mijn mails.
N|news|tool|De rechtbank veroordeelde de man voor stalking nadat hij zijn oud-collega maandenlang volgde.
N|game|tool|in de finale maak ik je in, bereid je maar voor
""",
    "ru": """
T|insult|mail|Вы полное ничтожество и бездарь, об этом знает вся компания.
T|threat|tool|ещё раз тронешь мою машину, и будешь собирать зубы с асфальта
""",
    "ru_clean": """
N|complaint|mail|Я очень раздражён: третий неверный счёт за квартал и никакого ответа на письма.
N|news|tool|Суд признал мужчину виновным в преследовании бывшей коллеги.
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
