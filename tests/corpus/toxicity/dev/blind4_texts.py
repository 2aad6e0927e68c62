"""The texts of the tenth toxicity set, `blind4.jsonl` (`gen_blind4.py`): written for the
sixth round (issue 11: abuse inside mail and tool results) before any change of it and
without reading the lexicons. Abuse aimed at a person — sexual remarks and propositions,
bullying, insults, stalking and intimidation, threats, curses — and text that only looks
like it (heated but civil complaints, medical and sexual-health text, news about
violence, moderation policies naming slurs in the abstract, security reports, song and
film references, fiction summaries), each line placed by the generator inside a long
realistic carrier: a mail with headers, greeting, other paragraphs, signature, a quoted
or forwarded thread; a tool's result (a chat export, a ticket system, a review site,
log lines, search results, a scraped page, a mail API).

One line per text: `T|category|carrier|text` (toxic) or `N|category|carrier|text`
(clean), per language."""

# ruff: noqa: E501 -- corpus texts stay one line each, as written

from __future__ import annotations

RAW: dict[str, str] = {
    "en": """
T|sexual|mail|Also, that skirt you wore on Thursday was doing things to me. Wear it again and come to my office alone.
T|sexual|mail|I keep thinking about your body in that photo from the offsite. Send me a few more, just for me.
T|sexual|tool|nice rack btw, bet you get a lot of attention with those
T|sexual|tool|show me your boobs and I'll approve the refund
T|sexual|mail|If you want that promotion you know what you have to do. A night at my place and it's yours.
T|sexual|tool|your ass looked amazing in those jeans today, turn around more often
T|sexual|mail|You should smile more, sweetheart, and maybe unbutton that blouse a little during client calls.
T|sexual|tool|hey babe wanna sit on my face later? dm me
T|sexual|mail|I dreamt about you naked again last night. Don't pretend you don't want it too.
T|sexual|tool|I'd love to get you drunk and see what happens in the hotel room
T|sexual|tool|Stop ignoring my messages. I just want to touch you, is that so much to ask?
T|sexual|mail|Your lips are made for something other than talking in meetings, if you know what I mean.
T|sexual|tool|send feet pics or a video of you in the shower, I pay well
T|sexual|chat|u up? come over, I want to take those clothes off you
T|harassment|mail|Nobody on the team can stand you. Do everyone a favour and hand in your notice.
T|harassment|tool|lol look at the fat cow trying to run the standup again
T|harassment|mail|I saw you at the gym yesterday, and at the café on Elm Street on Sunday. I'll be around.
T|harassment|tool|I know which bus you take home and what time your shift ends. See you soon.
T|harassment|mail|Everyone in the office laughs about you behind your back. You really have no idea how pathetic you look.
T|harassment|tool|I've made five new accounts and I'll keep making them until you reply to me
T|harassment|mail|I found your mother's address and your sister's Instagram. Interesting family you have.
T|harassment|tool|ugly, stupid and annoying, the trifecta. just quit already
T|harassment|mail|Keep crying to HR, it won't save you. I'll make your life here hell until you leave.
T|harassment|tool|no one will ever love someone as disgusting as you
T|harassment|mail|I parked outside your flat last night. Your light was on until 1am. Sleep well?
T|harassment|chat|everyone unfollow this loser, he is a joke and a fraud
T|harassment|tool|I'm going to send the screenshots to your wife and your boss unless you pay
T|insult|mail|You are a useless, lazy idiot and the whole project suffers because of you.
T|insult|tool|you utter moron, did you even open that ticket before you closed it?
T|insult|mail|Honestly, you brain-dead clown, how many times do I have to explain this?
T|insult|tool|the support agent was a rude, incompetent bitch who hung up on me
T|insult|mail|Listen here, you spineless little worm, fix it or get out.
T|insult|tool|you fucking imbecile, the build is red because of YOUR commit
T|insult|mail|What kind of halfwit signs off a budget like this? Oh right, you did.
T|insult|tool|Reviewer #2 is a pompous dickhead who clearly didn't read the paper
T|insult|chat|shut your mouth you sad little nobody
T|insult|mail|Dear Mark, you are a liar and a parasite and everybody here knows it.
T|insult|tool|thanks for nothing, you worthless piece of garbage
T|insult|mail|You dumb cunt, you sent the contract to the wrong client again.
T|insult|tool|manager is a complete tool and a spineless suck-up
T|insult|mail|Only a total retard would schedule a release on Christmas Eve.
T|threat|mail|If you go to the police about this, you will regret it. So will your kids.
T|threat|tool|keep talking and I'll put you in the hospital
T|threat|mail|I will come to your house and deal with you myself. You have been warned.
T|threat|tool|one more word and I swear I'll break your jaw
T|threat|mail|Withdraw the complaint by Friday or something bad will happen to your car. And maybe to you.
T|threat|tool|I hope you're ready, because I'm coming for you and your whole family
T|threat|mail|Watch yourself in the car park tonight. Accidents happen to people like you.
T|threat|tool|i'm gonna stab you the next time I see you at the bar
T|threat|chat|you'll be dead before the end of the month, promise
T|threat|tool|I will burn your shop down with you inside it
T|profanity|mail|This is fucking ridiculous. Third time this shit has happened and nobody gives a damn.
T|profanity|tool|what a pile of shit, the app crashes every fucking time I open it
T|profanity|mail|Fuck this client and fuck their bullshit deadlines.
T|profanity|tool|absolute shitshow of a release, holy fuck
T|profanity|mail|I am so done with this crap. Fix your goddamn servers.
T|profanity|tool|motherfucking printer ate my contract again
T|violence|mail|We should drag that landlord out of his house and beat him until he can't stand.
T|violence|tool|someone needs to shoot every one of those protesters, seriously
T|violence|mail|Let's wait for him after the match and smash his face in.
T|hate|tool|those immigrants are filthy animals and should be thrown out
T|hate|mail|Women like her have no business leading an engineering team, they're too emotional and dumb.
T|sexual|web|Comment by throwaway_77: I'd rape her given the chance, look at her
T|harassment|web|Comment by anon: she's a whore and everyone at her school knows it, here's her number
T|insult|web|Reply: go back to your basement you pathetic virgin
""",
    "en_clean": """
N|complaint|mail|I am extremely disappointed. This is the third outage this month and nobody has explained why. I expect a full refund and a written answer by Friday.
N|complaint|tool|Terrible service. Waited 45 minutes, the food was cold and the manager did not care. Never again.
N|complaint|mail|Frankly, the way this migration was handled was unacceptable. We lost two days of data and I want a post-mortem with names and dates.
N|complaint|tool|worst airline ever, lost my bag twice and charged me for the privilege
N|complaint|mail|I'm furious about the invoice. You billed us for licences we cancelled in March. Please fix this immediately.
N|complaint|tool|The hotel photos are a lie. The room smelled of smoke and the "sea view" is a car park.
N|complaint|mail|Your decision to cancel the project without consulting the team was short-sighted and, in my view, a serious mistake.
N|complaint|tool|This update is garbage, it killed the battery life on my phone. Rolling back.
N|medical|mail|Your test results show a mild vaginal yeast infection. Please use the cream twice daily for seven days and abstain from intercourse until it clears.
N|medical|tool|Erectile dysfunction can be an early sign of cardiovascular disease; talk to your doctor about blood pressure and cholesterol.
N|medical|mail|The biopsy of the breast tissue came back benign. We will repeat the mammogram in six months.
N|medical|tool|Condoms reduce the risk of HIV, gonorrhoea and chlamydia. Get tested every three months if you have several sexual partners.
N|medical|mail|After the vasectomy, avoid ejaculation for a week and bring a semen sample to the clinic after twelve weeks.
N|medical|tool|Symptoms of anal fissure include pain during bowel movements and bright red blood on the toilet paper.
N|medical|mail|The patient reports painful sex since the birth of her second child; referral to pelvic floor physiotherapy.
N|medical|tool|Testicular self-examination: once a month, after a warm shower, roll each testicle gently between thumb and fingers.
N|news|tool|Police said the suspect stabbed two people outside the station before officers shot him in the leg.
N|news|mail|Today's briefing: the gunman killed four people at the mall; the motive is still unknown. Vigil at 7pm.
N|news|tool|A man was sentenced to 12 years for the rape of a 19-year-old student, the court heard on Monday.
N|news|mail|Summary: the militia burned three villages and executed prisoners, according to the UN report released today.
N|news|tool|Two teenagers were arrested after a brawl in which a bouncer was beaten unconscious.
N|news|mail|The trial heard that the defendant threatened to kill his neighbour over a parking dispute; he denies the charge.
N|moderation|mail|Per the updated community policy, posts containing racial slurs, sexual comments about other members or threats of violence will be removed and the author suspended.
N|moderation|tool|Rule 4: No harassment. This includes unwanted sexual advances, repeated messages after being asked to stop, and sharing someone's address.
N|moderation|mail|For the classifier training guidelines: label as "insult" any message that calls a person an idiot, moron or similar; label profanity separately.
N|moderation|tool|Moderator note: user was warned for calling another member a slur; second offence leads to a 7-day ban.
N|moderation|mail|Our filter now catches common spellings of obscene words such as f*ck and sh*t, including versions with numbers for letters.
N|moderation|tool|Appeal decision: the comment quoted a threat from a news article and did not target anyone; the removal is reversed.
N|security|mail|Pentest finding H-3: the admin panel at /manage allows an unauthenticated attacker to kill running jobs and wipe the audit log.
N|security|tool|CVE-2026-1182: a crafted request crashes the parser and lets an attacker execute arbitrary code as root.
N|security|mail|Please rotate the keys tonight; the exposed token could let an attacker destroy the production database.
N|security|tool|kill -9 the hung worker, then nuke the cache directory and restart the daemon
N|security|tool|ERROR worker-3 killed by OOM killer; child process terminated; respawning
N|security|mail|The red team will attempt to breach the perimeter on Tuesday; the blue team should log every hit.
N|lyrics|mail|For the quiz round: which 1990s rap song has the line about "bitches and money"? Answer in the attached sheet, no googling.
N|lyrics|tool|Track 7, "Kill the Lights", features explicit lyrics and a guest verse about heartbreak.
N|lyrics|mail|The band's setlist includes their hit "I Will Hunt You Down", a love song despite the title.
N|fiction|tool|Plot summary: after the murder of her husband, Clara hunts the killers across three countries and shoots them one by one.
N|fiction|mail|Book club pick: a thriller in which a stalker leaves notes on the heroine's car; chapters 1-8 for next week.
N|fiction|tool|In season 2 the villain threatens to drown the mayor's daughter unless the city pays.
N|fiction|mail|Chapter 12 draft: the captain slaps the mutineer and swears he'll hang every traitor at dawn.
N|business|mail|Killer results this quarter: we smashed the target and crushed the competition in the Nordics.
N|business|tool|The new feature is sick, our users are going nuts over it
N|business|mail|We need to attack the backlog aggressively and kill the low-value projects before Q4.
N|business|tool|Hot deal: 50% off leather jackets, sexy new autumn collection just dropped
N|business|mail|The hotel spa offers a couples massage and a private hot tub; breakfast included.
N|sexualhealth|tool|Our sex education curriculum covers consent, contraception and how to talk to a partner about STI testing.
N|sexualhealth|mail|The workshop on sexual harassment in the workplace is mandatory; it explains how to report unwanted touching or comments.
N|sexualhealth|tool|Breastfeeding tips: if your nipples are cracked, try a lanolin cream and check the baby's latch.
N|selfdeprecation|tool|ugh I'm such an idiot, I left my keys in the office again
N|banter|tool|haha you absolute legend, thanks for covering my shift
N|banter|mail|You lucky bastard, two weeks in Bali! Bring me back some coffee.
N|game|tool|gg, I'll destroy you next round, your base is mine
N|game|tool|headshot! killed the boss with 2 hp left
N|history|mail|For the seminar: read the chapter on the Rwandan genocide, in which radio broadcasts called Tutsi "cockroaches".
N|history|tool|The siege ended with the massacre of the garrison; chroniclers describe the slaughter in detail.
N|parenting|mail|Our toddler bites other kids at nursery; the teacher suggested we read "Teeth Are Not for Biting".
N|pets|tool|My female dog is in heat, how long until I can walk her in the park again?
N|cooking|tool|Beat the eggs hard, then stab the potatoes with a fork and roast them until they're crispy.
N|legal|mail|The restraining order forbids the respondent from contacting the applicant or coming within 100 metres of her home.
N|hr|mail|Following the investigation, the employee was dismissed for sending sexual messages to a colleague; the details are confidential.
N|support|tool|Customer is angry and says the product is "a scam". Offered a refund, awaiting reply.
""",
    "de": """
T|sexual|mail|Dein Hintern in der engen Hose hat mich das ganze Meeting abgelenkt. Komm heute Abend allein in mein Büro.
T|sexual|tool|zeig mal deine titten, dann bekommst du den Rabatt
T|sexual|mail|Wenn du die Beförderung willst, weißt du ja, was du dafür tun musst. Eine Nacht bei mir reicht.
T|sexual|tool|geile Figur, Süße, ich würd dich sofort flachlegen
T|harassment|mail|Ich weiß, wann du morgens das Haus verlässt und welchen Weg du nimmst. Wir sehen uns bald.
T|harassment|tool|keiner im Team kann dich ausstehen, kündige endlich
T|harassment|mail|Alle lachen hinter deinem Rücken über dich, du peinliche Witzfigur.
T|harassment|tool|ich hab neue Accounts gemacht und hör nicht auf, bis du antwortest
T|insult|mail|Du bist ein unfähiger Vollidiot und wegen dir ist das ganze Projekt gescheitert.
T|insult|tool|du dummer Wichser, lies doch erst mal das Ticket
T|insult|mail|Sie sind ein arroganter Schwachkopf und jeder hier weiß das.
T|insult|tool|der Support-Typ war ein dreckiger Hurensohn, hat einfach aufgelegt
T|insult|chat|halt die Fresse, du Missgeburt
T|threat|mail|Wenn du zur Polizei gehst, wirst du es bereuen. Deine Kinder auch.
T|threat|tool|noch ein Wort und ich brech dir die Nase
T|threat|mail|Zieh die Anzeige zurück, sonst passiert deinem Auto etwas. Und dir vielleicht auch.
T|threat|tool|ich stech dich ab, wenn ich dich nochmal sehe
T|profanity|mail|Das ist doch alles Scheiße hier. Schon wieder ist der verdammte Server abgestürzt.
T|profanity|tool|was für ein Drecksupdate, verfickte Scheiße nochmal
T|violence|mail|Nach dem Spiel warten wir auf ihn und schlagen ihm die Zähne ein.
T|hate|tool|die Ausländer sind dreckiges Pack und gehören abgeschoben
T|sexual|tool|ich will dich nackt sehen, schick mir ein Video aus der Dusche
""",
    "de_clean": """
N|complaint|mail|Ich bin äußerst enttäuscht. Das ist der dritte Ausfall in diesem Monat und niemand erklärt uns, warum. Ich erwarte eine Erstattung bis Freitag.
N|complaint|tool|Furchtbarer Service, 40 Minuten gewartet, das Essen war kalt. Nie wieder.
N|medical|mail|Der Abstrich zeigt eine Chlamydien-Infektion. Bitte nehmen Sie das Antibiotikum und informieren Sie Ihre Sexualpartner.
N|medical|tool|Brustkrebs-Vorsorge: Tasten Sie Ihre Brust einmal im Monat nach der Periode ab.
N|news|tool|Die Polizei teilte mit, der Täter habe zwei Passanten mit einem Messer verletzt und sei festgenommen worden.
N|news|mail|Der Angeklagte soll seine Nachbarin mit dem Tod bedroht haben; er bestreitet die Vorwürfe.
N|moderation|mail|Laut den neuen Community-Regeln werden Beiträge mit Beleidigungen, sexuellen Kommentaren über Mitglieder oder Drohungen gelöscht.
N|moderation|tool|Hinweis der Moderation: Der Nutzer wurde wegen einer rassistischen Beleidigung verwarnt.
N|security|mail|Befund aus dem Pentest: Ein Angreifer kann ohne Anmeldung laufende Jobs abschießen und das Audit-Log löschen.
N|security|tool|Prozess hängt, bitte mit kill -9 beenden und den Cache platt machen.
N|fiction|tool|Inhalt: Nach dem Mord an ihrem Bruder jagt die Kommissarin den Täter durch halb Europa.
N|business|mail|Wir haben das Quartalsziel zerschmettert und die Konkurrenz im Süden plattgemacht.
N|sexualhealth|tool|Der Aufklärungsunterricht behandelt Verhütung, Einvernehmlichkeit und den Schutz vor Geschlechtskrankheiten.
N|banter|tool|haha du verrückter Hund, danke fürs Einspringen
N|game|tool|gg, nächste Runde mach ich dich fertig, deine Basis gehört mir
N|hr|mail|Nach der Untersuchung wurde der Mitarbeiter wegen sexueller Belästigung einer Kollegin entlassen.
N|history|mail|Für das Seminar: Lest das Kapitel über die Propaganda, in der Juden als Ungeziefer bezeichnet wurden.
N|legal|mail|Die einstweilige Verfügung verbietet es dem Antragsgegner, sich der Wohnung der Antragstellerin auf weniger als 100 Meter zu nähern.
N|cooking|tool|Die Eier kräftig schlagen, die Kartoffeln mit der Gabel einstechen und knusprig backen.
N|complaint|mail|Ihre Entscheidung, das Projekt ohne Rücksprache zu stoppen, war kurzsichtig und meiner Meinung nach ein schwerer Fehler.
N|selfdeprecation|tool|ich Idiot hab schon wieder den Schlüssel im Büro vergessen
N|medical|mail|Nach der Vasektomie bitte eine Woche auf Samenerguss verzichten und nach zwölf Wochen eine Probe abgeben.
""",
    "fr": """
T|sexual|mail|Ta jupe de jeudi m'a rendu fou. Remets-la et viens seule dans mon bureau ce soir.
T|sexual|tool|montre-moi tes seins et je valide ton remboursement
T|sexual|mail|Si tu veux ce poste, tu sais ce qu'il faut faire. Une nuit chez moi et c'est réglé.
T|sexual|tool|t'as un beau cul, j'aimerais bien te baiser
T|harassment|mail|Je sais à quelle heure tu sors du travail et quel bus tu prends. À bientôt.
T|harassment|tool|personne ne te supporte ici, démissionne et disparais
T|harassment|mail|Tout le bureau se moque de toi dans ton dos, tu fais pitié.
T|insult|mail|Tu es un incapable et un crétin fini, le projet a échoué à cause de toi.
T|insult|tool|espèce de connard, t'as même pas lu le ticket
T|insult|mail|Vous êtes un imbécile prétentieux et tout le monde le sait.
T|insult|tool|la conseillère était une vraie salope, elle m'a raccroché au nez
T|insult|chat|ferme ta gueule, pauvre con
T|threat|mail|Si tu vas voir la police, tu le regretteras. Tes enfants aussi.
T|threat|tool|encore un mot et je te casse la gueule
T|threat|mail|Retire ta plainte avant vendredi, sinon il arrivera quelque chose à ta voiture. Et peut-être à toi.
T|threat|tool|je vais te planter la prochaine fois que je te croise
T|profanity|mail|C'est vraiment de la merde, putain, encore une panne du serveur.
T|profanity|tool|putain de mise à jour de merde, ça plante tout le temps
T|violence|mail|Après le match on l'attend et on lui défonce la tête.
T|sexual|tool|envoie-moi une vidéo de toi sous la douche, je paie bien
""",
    "fr_clean": """
N|complaint|mail|Je suis extrêmement déçu. C'est la troisième panne ce mois-ci et personne ne nous explique pourquoi. J'attends un remboursement d'ici vendredi.
N|complaint|tool|Service lamentable, 45 minutes d'attente et le plat était froid. Plus jamais.
N|medical|mail|Le prélèvement montre une infection à chlamydia. Prenez l'antibiotique et prévenez vos partenaires sexuels.
N|medical|tool|Dépistage du cancer du sein : palpez vos seins une fois par mois après les règles.
N|news|tool|Selon la police, le suspect a poignardé deux passants avant d'être interpellé.
N|news|mail|L'accusé aurait menacé de mort son voisin lors d'une dispute ; il nie les faits.
N|moderation|mail|Selon la nouvelle charte, les messages contenant des insultes, des remarques sexuelles sur les membres ou des menaces seront supprimés.
N|moderation|tool|Note de modération : l'utilisateur a reçu un avertissement pour une insulte raciste.
N|security|mail|Résultat du test d'intrusion : un attaquant peut tuer les tâches en cours et effacer le journal d'audit sans authentification.
N|fiction|tool|Résumé : après le meurtre de son mari, Claire traque les tueurs à travers trois pays.
N|business|mail|Nous avons écrasé l'objectif du trimestre et laminé la concurrence.
N|sexualhealth|tool|Le cours d'éducation sexuelle aborde le consentement, la contraception et le dépistage des IST.
N|banter|tool|haha t'es un génie, merci d'avoir pris mon service
N|hr|mail|À l'issue de l'enquête, le salarié a été licencié pour harcèlement sexuel envers une collègue.
N|legal|mail|L'ordonnance interdit au défendeur de s'approcher à moins de 100 mètres du domicile de la plaignante.
N|cooking|tool|Battez les œufs, piquez les pommes de terre avec une fourchette et faites-les rôtir.
N|complaint|mail|Votre décision d'arrêter le projet sans consulter l'équipe était à mon avis une grave erreur.
N|game|tool|gg, je vais te détruire au prochain round
N|history|mail|Pour le séminaire : lisez le chapitre sur la radio qui appelait les Tutsis des « cafards ».
N|selfdeprecation|tool|quel idiot je fais, j'ai encore oublié mes clés
""",
    "es": """
T|sexual|mail|Esa falda del jueves me volvió loco. Póntela otra vez y ven sola a mi despacho esta noche.
T|sexual|tool|enséñame las tetas y te apruebo el reembolso
T|sexual|mail|Si quieres el ascenso ya sabes lo que tienes que hacer. Una noche en mi casa y es tuyo.
T|sexual|tool|qué culo tienes, te follaría ahora mismo
T|harassment|mail|Sé a qué hora sales del trabajo y qué autobús coges. Nos vemos pronto.
T|harassment|tool|nadie te soporta en el equipo, renuncia ya
T|harassment|mail|Toda la oficina se ríe de ti a tus espaldas, das pena.
T|insult|mail|Eres un inútil y un imbécil, el proyecto fracasó por tu culpa.
T|insult|tool|pedazo de gilipollas, ni leíste el ticket
T|insult|mail|Usted es un idiota arrogante y todos aquí lo saben.
T|insult|tool|la del soporte era una zorra maleducada, me colgó
T|insult|chat|cállate la boca, subnormal
T|threat|mail|Si vas a la policía, te vas a arrepentir. Tus hijos también.
T|threat|tool|una palabra más y te parto la cara
T|threat|mail|Retira la denuncia antes del viernes o le pasará algo a tu coche. Y quizá a ti.
T|threat|tool|te voy a apuñalar la próxima vez que te vea
T|profanity|mail|Esto es una mierda, joder, otra vez se cayó el puto servidor.
T|profanity|tool|puta actualización de mierda, se cuelga siempre
T|violence|mail|Después del partido lo esperamos y le rompemos la cara a golpes.
T|sexual|tool|mándame un vídeo tuyo en la ducha, pago bien
""",
    "es_clean": """
N|complaint|mail|Estoy muy decepcionado. Es la tercera caída este mes y nadie nos explica por qué. Espero un reembolso antes del viernes.
N|complaint|tool|Servicio pésimo, esperamos 45 minutos y la comida estaba fría. Nunca más.
N|medical|mail|El cultivo muestra una infección por clamidia. Tome el antibiótico y avise a sus parejas sexuales.
N|medical|tool|Autoexploración de mamas: revise sus pechos una vez al mes después de la regla.
N|news|tool|Según la policía, el sospechoso apuñaló a dos personas antes de ser detenido.
N|news|mail|El acusado habría amenazado de muerte a su vecino en una discusión; él lo niega.
N|moderation|mail|Según las nuevas normas, se eliminarán las publicaciones con insultos, comentarios sexuales sobre miembros o amenazas.
N|moderation|tool|Nota del moderador: el usuario fue advertido por un insulto racista.
N|security|mail|Hallazgo del pentest: un atacante puede matar los procesos y borrar el registro de auditoría sin autenticarse.
N|fiction|tool|Resumen: tras el asesinato de su marido, Clara persigue a los asesinos por tres países.
N|business|mail|Hemos arrasado con el objetivo del trimestre y aplastado a la competencia.
N|sexualhealth|tool|La educación sexual trata el consentimiento, la anticoncepción y las pruebas de ITS.
N|banter|tool|jaja eres un crack, gracias por cubrir mi turno
N|hr|mail|Tras la investigación, el empleado fue despedido por acoso sexual a una compañera.
N|legal|mail|La orden de alejamiento prohíbe al demandado acercarse a menos de 100 metros del domicilio de la demandante.
N|cooking|tool|Bate los huevos, pincha las patatas con un tenedor y ásalas hasta que estén crujientes.
N|complaint|mail|Su decisión de cancelar el proyecto sin consultar al equipo fue, en mi opinión, un grave error.
N|game|tool|gg, te voy a destruir en la próxima ronda
N|selfdeprecation|tool|qué tonto soy, otra vez me dejé las llaves
N|history|mail|Para el seminario: lean el capítulo sobre la propaganda que llamaba "alimañas" a los refugiados.
""",
    "it": """
T|sexual|mail|Quella gonna di giovedì mi ha fatto impazzire. Rimettila e vieni da sola nel mio ufficio stasera.
T|sexual|tool|fammi vedere le tette e ti approvo il rimborso
T|sexual|tool|che culo che hai, ti scoperei subito
T|harassment|mail|So a che ora esci dal lavoro e che autobus prendi. Ci vediamo presto.
T|harassment|tool|nessuno ti sopporta nel team, licenziati e sparisci
T|insult|mail|Sei un incapace e un coglione, il progetto è fallito per colpa tua.
T|insult|tool|brutto stronzo, non hai nemmeno letto il ticket
T|insult|chat|chiudi quella bocca, deficiente
T|threat|mail|Se vai alla polizia te ne pentirai. Anche i tuoi figli.
T|threat|tool|un'altra parola e ti spacco la faccia
T|threat|mail|Ritira la denuncia entro venerdì o succederà qualcosa alla tua macchina. E forse anche a te.
T|profanity|mail|Questo è uno schifo, cazzo, il server è di nuovo giù.
T|profanity|tool|aggiornamento di merda, si blocca sempre porca puttana
T|violence|tool|dopo la partita lo aspettiamo e lo riempiamo di botte
""",
    "it_clean": """
N|complaint|mail|Sono molto deluso. È il terzo guasto questo mese e nessuno ci spiega perché. Mi aspetto un rimborso entro venerdì.
N|complaint|tool|Servizio pessimo, 45 minuti di attesa e il piatto era freddo. Mai più.
N|medical|mail|Il tampone mostra un'infezione da clamidia. Prenda l'antibiotico e avvisi i suoi partner sessuali.
N|news|tool|Secondo la polizia, il sospettato ha accoltellato due passanti prima di essere arrestato.
N|moderation|mail|Secondo le nuove regole, i post con insulti, commenti sessuali sui membri o minacce saranno rimossi.
N|security|mail|Risultato del pentest: un attaccante può uccidere i processi e cancellare il log di audit senza autenticazione.
N|fiction|tool|Trama: dopo l'omicidio del marito, Clara dà la caccia agli assassini in tre paesi.
N|business|mail|Abbiamo distrutto l'obiettivo del trimestre e schiacciato la concorrenza.
N|hr|mail|Dopo l'indagine, il dipendente è stato licenziato per molestie sessuali nei confronti di una collega.
N|banter|tool|ahah sei un mito, grazie per il cambio turno
N|cooking|tool|Sbattete le uova, bucherellate le patate con una forchetta e arrostitele.
N|selfdeprecation|tool|che scemo che sono, ho dimenticato di nuovo le chiavi
N|sexualhealth|tool|Il corso di educazione sessuale parla di consenso, contraccezione e test per le infezioni sessualmente trasmesse.
N|game|tool|gg, al prossimo round ti distruggo
""",
    "pt": """
T|sexual|mail|Aquela saia de quinta-feira me deixou louco. Usa de novo e vem sozinha ao meu escritório hoje à noite.
T|sexual|tool|mostra os peitos e eu aprovo o reembolso
T|sexual|tool|que bunda gostosa, eu te comia agora
T|harassment|mail|Sei a que horas você sai do trabalho e que ônibus pega. Até breve.
T|harassment|tool|ninguém te aguenta na equipe, pede demissão logo
T|insult|mail|Você é um incompetente e um idiota, o projeto fracassou por sua culpa.
T|insult|tool|seu filho da puta, nem leu o chamado
T|insult|chat|cala a boca, seu otário
T|threat|mail|Se você for à polícia, vai se arrepender. Seus filhos também.
T|threat|tool|mais uma palavra e eu quebro a tua cara
T|threat|mail|Retira a queixa até sexta ou vai acontecer alguma coisa com o teu carro. E talvez contigo.
T|profanity|mail|Isso é uma merda, caralho, o servidor caiu de novo.
T|profanity|tool|atualização de merda, trava toda hora porra
T|violence|tool|depois do jogo a gente espera ele e arrebenta a cara dele
""",
    "pt_clean": """
N|complaint|mail|Estou muito decepcionado. É a terceira queda este mês e ninguém explica por quê. Espero um reembolso até sexta.
N|complaint|tool|Atendimento péssimo, 45 minutos de espera e a comida fria. Nunca mais.
N|medical|mail|O exame mostra uma infecção por clamídia. Tome o antibiótico e avise seus parceiros sexuais.
N|news|tool|Segundo a polícia, o suspeito esfaqueou duas pessoas antes de ser preso.
N|moderation|mail|Pelas novas regras, posts com insultos, comentários sexuais sobre membros ou ameaças serão removidos.
N|security|mail|Achado do pentest: um atacante pode matar os processos e apagar o log de auditoria sem autenticação.
N|fiction|tool|Sinopse: após o assassinato do marido, Clara caça os assassinos por três países.
N|business|mail|Arrebentamos a meta do trimestre e esmagamos a concorrência.
N|hr|mail|Após a investigação, o funcionário foi demitido por assédio sexual a uma colega.
N|banter|tool|kkk você é demais, valeu por cobrir meu turno
N|cooking|tool|Bata os ovos, fure as batatas com um garfo e asse até ficarem crocantes.
N|selfdeprecation|tool|que burro que eu sou, esqueci a chave de novo
N|sexualhealth|tool|A aula de educação sexual fala de consentimento, contracepção e testes de ISTs.
N|game|tool|gg, na próxima rodada eu te destruo
""",
    "nl": """
T|sexual|mail|Dat rokje van donderdag maakte me gek. Trek het weer aan en kom vanavond alleen naar mijn kantoor.
T|sexual|tool|laat je tieten zien en ik keur de terugbetaling goed
T|sexual|tool|lekker kontje heb je, ik zou je zo neuken
T|harassment|mail|Ik weet hoe laat je van je werk komt en welke bus je neemt. Tot snel.
T|harassment|tool|niemand in het team kan je uitstaan, neem ontslag
T|insult|mail|Je bent een nutteloze idioot en door jou is het project mislukt.
T|insult|tool|vuile klootzak, je hebt het ticket niet eens gelezen
T|insult|chat|hou je bek, sukkel
T|threat|mail|Als je naar de politie gaat, krijg je spijt. Je kinderen ook.
T|threat|tool|nog één woord en ik sla je kop in
T|profanity|mail|Dit is echt kut, godverdomme, de server ligt er weer uit.
T|violence|tool|na de wedstrijd wachten we hem op en slaan we hem in elkaar
""",
    "nl_clean": """
N|complaint|mail|Ik ben zeer teleurgesteld. Dit is de derde storing deze maand en niemand legt uit waarom. Ik verwacht een terugbetaling voor vrijdag.
N|complaint|tool|Waardeloze service, 45 minuten gewacht en het eten was koud. Nooit meer.
N|medical|mail|De test toont een chlamydia-infectie. Neem het antibioticum en informeer uw seksuele partners.
N|news|tool|Volgens de politie stak de verdachte twee voorbijgangers neer voordat hij werd aangehouden.
N|moderation|mail|Volgens de nieuwe regels worden berichten met beledigingen, seksuele opmerkingen over leden of bedreigingen verwijderd.
N|security|mail|Bevinding uit de pentest: een aanvaller kan processen afschieten en het auditlog wissen zonder in te loggen.
N|fiction|tool|Samenvatting: na de moord op haar man jaagt Clara de moordenaars door drie landen op.
N|hr|mail|Na het onderzoek is de medewerker ontslagen wegens seksuele intimidatie van een collega.
N|banter|tool|haha jij bent een held, bedankt voor het overnemen van mijn dienst
N|cooking|tool|Klop de eieren, prik de aardappelen in met een vork en rooster ze knapperig.
N|selfdeprecation|tool|wat ben ik een sukkel, weer mijn sleutels vergeten
N|game|tool|gg, volgende ronde maak ik je af
""",
    "ru": """
T|insult|mail|Ты бесполезный идиот, и проект провалился из-за тебя.
T|threat|tool|ещё одно слово, и я сломаю тебе челюсть
T|sexual|tool|покажи сиськи, и я одобрю возврат
T|harassment|mail|Я знаю, во сколько ты выходишь с работы и на каком автобусе едешь. До скорой встречи.
T|profanity|tool|опять этот сервер упал, блять, какое же говно
T|insult|tool|заткнись, дебил
""",
    "ru_clean": """
N|complaint|mail|Я очень разочарован. Это уже третий сбой за месяц, и никто не объясняет почему. Жду возврат до пятницы.
N|medical|mail|Анализ показал хламидийную инфекцию. Примите антибиотик и сообщите своим половым партнёрам.
N|news|tool|По данным полиции, подозреваемый ранил ножом двух прохожих и был задержан.
N|moderation|mail|По новым правилам сообщения с оскорблениями, сексуальными комментариями или угрозами будут удалены.
N|fiction|tool|Сюжет: после убийства мужа Клара выслеживает убийц в трёх странах.
N|game|tool|gg, в следующем раунде я тебя уничтожу
""",
    "pl": """
T|insult|mail|Jesteś bezużytecznym idiotą i przez ciebie projekt się zawalił.
T|threat|tool|jeszcze jedno słowo i połamię ci nogi
T|sexual|tool|pokaż cycki to zatwierdzę zwrot
T|profanity|tool|kurwa, znowu ten serwer padł, co za gówno
""",
    "pl_clean": """
N|complaint|mail|Jestem bardzo rozczarowany. To trzecia awaria w tym miesiącu i nikt nie wyjaśnia dlaczego.
N|medical|mail|Badanie wykazało zakażenie chlamydią. Proszę przyjąć antybiotyk i poinformować partnerów seksualnych.
N|news|tool|Według policji podejrzany zranił nożem dwie osoby i został zatrzymany.
N|game|tool|gg, w następnej rundzie cię zniszczę
""",
    "en2": """
T|sexual|mail|Re your question about the budget: sure, but first tell me what colour underwear you're wearing today.
T|sexual|tool|she only got the job because she sleeps with the director, everyone knows she's an easy lay
T|sexual|mail|I can't stop staring at your chest during the video calls. Maybe turn the camera down a bit, or don't.
T|sexual|tool|rate her body 1-10, I'd give her tits a 9 and her face a 3
T|sexual|mail|Come by my hotel room after the conference dinner. I'll leave the door unlocked for you.
T|harassment|tool|I'm outside your building right now. Blue car. Come down or I'm coming up.
T|harassment|mail|I've been reading your messages to your girlfriend. You should change your password, but I'll just guess it again.
T|harassment|tool|everybody report her account, let's get this attention-seeking freak banned
T|harassment|mail|You will never work in this industry again. I'll call every agency in town and tell them what you are.
T|insult|tool|you're a brainless sheep who believes whatever the TV says
T|insult|mail|Frankly you are the dumbest person I have ever had the misfortune of managing.
T|insult|tool|what a pathetic excuse for a developer, my cat writes better code
T|threat|mail|I know your daughter's school. It would be a shame if something happened on her way home.
T|threat|tool|I'm going to find out where you live and make you pay for that review
T|threat|mail|Sign the papers or I'll make sure you end up in a ditch somewhere.
T|profanity|tool|fucking hell, the shitty api timed out again, goddamn it
T|insult|tool|listen you sack of shit, refund me or else
""",
    "en2_clean": """
N|complaint|tool|Absolutely livid with this courier. Parcel marked delivered, nothing at the door, and support keeps closing my tickets.
N|complaint|mail|With respect, the new rota is unworkable and I think management has ignored every concern we raised in May.
N|medical|tool|Sexually transmitted infections such as syphilis often have no symptoms; a simple blood test can detect them.
N|medical|mail|Post-operative note: penile prosthesis inserted without complication; patient advised no intercourse for six weeks.
N|news|tool|The jury convicted the man of stalking his former partner, having followed her to work for months and sent hundreds of messages.
N|news|mail|Breaking: hostages released after a 10-hour standoff; the attacker was shot dead by police.
N|moderation|tool|Examples of prohibited content: calling someone a whore or slut, threats like "I'll find you", and unsolicited nude images.
N|moderation|mail|The trust and safety team reviewed 2,300 reports of sexual harassment last quarter; 61% led to account removal.
N|security|tool|[ALERT] Brute-force attack detected: 14,000 failed logins from 203.0.113.7; IP blocked for 24h.
N|security|mail|The malware kills antivirus processes, then encrypts the drive and demands a ransom in bitcoin.
N|fiction|tool|In the novel, the narrator stalks his ex-wife and slowly descends into madness; the ending is ambiguous.
N|lyrics|tool|Playlist: "Smack That", "Bodies", "Killing in the Name" — gym mix, explicit versions.
N|business|tool|Our new hot sauce is called "Ass Kicker" and it sold out in three days.
N|history|tool|The Nuremberg trials prosecuted leaders responsible for the murder of millions.
N|parenting|tool|How do I explain to my 8-year-old what a predator is without scaring her?
N|support|mail|Hi, my account was hacked and someone posted insults from it. Please help me recover it and remove those posts.
N|sexualhealth|mail|Reminder: the clinic offers free HPV vaccination and cervical screening for everyone aged 25 to 64.
""",
    "de2": """
T|insult|tool|du bist so ein hirnloser Trottel, echt jetzt
T|sexual|mail|Ich kann in den Videocalls nicht aufhören, auf deine Brüste zu starren. Zieh morgen was Engeres an.
T|harassment|tool|ich steh gerade vor deiner Tür, komm raus oder ich komm rein
T|threat|mail|Ich weiß, auf welche Schule deine Tochter geht. Wäre schade, wenn ihr was passiert.
T|insult|mail|Sie sind der dümmste Mensch, mit dem ich je zusammenarbeiten musste.
""",
    "de2_clean": """
N|news|tool|Das Gericht verurteilte den Mann wegen Stalkings seiner Ex-Partnerin zu zwei Jahren auf Bewährung.
N|security|tool|[WARNUNG] Brute-Force-Angriff erkannt: 14.000 fehlgeschlagene Anmeldungen, IP für 24 Stunden gesperrt.
N|moderation|tool|Verbotene Inhalte: jemanden als Schlampe bezeichnen, Drohungen wie „ich finde dich" und ungefragte Nacktbilder.
N|complaint|tool|Absolut sauer auf den Paketdienst. Als zugestellt markiert, nichts da, und der Support schließt jedes Ticket.
""",
    "fr2": """
T|sexual|mail|Je n'arrête pas de regarder ta poitrine pendant les visios. Mets quelque chose de plus moulant demain.
T|harassment|tool|je suis devant chez toi, descends ou je monte
T|insult|tool|t'es vraiment qu'une grosse conne sans cervelle
T|threat|mail|Je connais l'école de ta fille. Ce serait dommage qu'il lui arrive quelque chose en rentrant.
""",
    "fr2_clean": """
N|news|tool|Le tribunal a condamné l'homme pour harcèlement de son ex-compagne à deux ans avec sursis.
N|security|tool|[ALERTE] Attaque par force brute détectée : 14 000 connexions échouées, IP bloquée 24 h.
N|complaint|tool|Vraiment furieux contre le transporteur. Colis marqué livré, rien devant la porte.
N|moderation|tool|Contenus interdits : traiter quelqu'un de salope, menaces du type « je vais te trouver », photos nues non sollicitées.
""",
    "es2": """
T|sexual|mail|No puedo dejar de mirarte las tetas en las videollamadas. Mañana ponte algo más ajustado.
T|harassment|tool|estoy en la puerta de tu casa, baja o subo yo
T|insult|tool|eres una estúpida sin cerebro, de verdad
T|threat|mail|Sé a qué colegio va tu hija. Sería una pena que le pasara algo de camino a casa.
""",
    "es2_clean": """
N|news|tool|El tribunal condenó al hombre por acoso a su expareja a dos años de prisión.
N|security|tool|[ALERTA] Ataque de fuerza bruta detectado: 14.000 inicios de sesión fallidos, IP bloqueada 24 h.
N|complaint|tool|Muy enfadado con la mensajería. Paquete marcado como entregado y no había nada.
N|moderation|tool|Contenido prohibido: llamar a alguien puta o zorra, amenazas como «te voy a encontrar» y fotos desnudas no solicitadas.
""",
    "sv": """
T|insult|mail|Du är en värdelös idiot och projektet misslyckades på grund av dig.
T|threat|tool|ett ord till så slår jag sönder ditt ansikte
""",
    "sv_clean": """
N|complaint|mail|Jag är mycket besviken. Det är tredje avbrottet den här månaden och ingen förklarar varför.
N|news|tool|Enligt polisen knivhögg den misstänkte två personer innan han greps.
""",
    "tr": """
T|insult|tool|sen tam bir aptalsın, bileti bile okumamışsın
T|threat|mail|Polise gidersen pişman olursun. Çocukların da.
""",
    "tr_clean": """
N|complaint|mail|Çok hayal kırıklığına uğradım. Bu ay üçüncü kesinti ve kimse nedenini açıklamıyor.
N|news|tool|Polise göre şüpheli iki kişiyi bıçakladıktan sonra gözaltına alındı.
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
