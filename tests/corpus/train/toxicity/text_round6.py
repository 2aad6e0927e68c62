"""Training templates of the sixth round for the toxicity learned layer (our own text, as
`text.py`; issue 11: abuse inside mail and tool results): sexual harassment at work
(remarks about a colleague's body, propositions tied to a job or a favour, pressure for
photos), stalking and intimidation (being watched, followed, found), bullying aimed at
one person, threats that name no harm — in the languages of the lexicons, and hard
negatives of the same registers (workplace policy and training, medical and
sexual-health text, complaints that stay civil, news of violence, security findings).
Written without reading any corpus, dev or held-out text; the dev set `blind4` was
written apart from it, in other words. Merged into `text.LANGS` by `gen`."""

# ruff: noqa: E501 -- templates stay one line each, as written

from __future__ import annotations

ROUND6: dict[str, dict[str, list]] = {
    "en": {
        "abuse": [
            ("sexual", "that dress hugs you in all the right places, wear it to my office {t}"),
            ("sexual", "you would get the contract faster if you were a little nicer to me in private"),
            ("sexual", "I bet you look even better with nothing on, prove me wrong"),
            ("sexual", "keep bending over the printer like that and see what happens"),
            ("sexual", "share a picture of you in bed and I will sign off {s}"),
            ("sexual", "those legs of yours should be illegal at a team meeting"),
            ("sexual", "I have a hotel key card with your name on it, just say yes"),
            ("sexual", "be a good girl and come sit closer to me during the review"),
            ("harassment", "I watched you leave the building {t}, you looked nervous"),
            ("harassment", "you changed your number but I found the new one in a day"),
            ("harassment", "I waited by your car for an hour, next time answer the door"),
            ("harassment", "I know the name of your gym and the time your class ends"),
            ("harassment", "the whole floor thinks you are a joke and we will keep reminding you"),
            ("harassment", "everyone has seen the photos by now, imagine what comes next"),
            ("harassment", "you are the reason this team is miserable, go cry somewhere else"),
            ("harassment", "I will keep messaging you from new accounts until you talk to me"),
            ("threat", "drop the complaint or your little family learns what fear is"),
            ("threat", "you have a nice house, it would be a pity if it caught fire"),
            ("threat", "tell anyone about this meeting and you will not walk out of the next one"),
            ("threat", "I have friends who would love to meet you in a dark car park"),
            ("insult", "you are a brainless waste of a salary"),
            ("insult", "only a spineless weasel like you would blame the intern"),
        ],
        "benign": [
            "our harassment policy covers comments about a colleague's body and unwanted invitations",
            "the clinic offers confidential testing for sexually transmitted infections every Tuesday",
            "I am very unhappy with the delay and expect a written explanation by Friday",
            "the jury heard that the stalker followed her home for months before the arrest",
            "the pentest found that an attacker can kill any session and wipe the audit log",
            "please leave the building by the east exit during the fire drill {t}",
            "I waited by the car for an hour because the mechanic was late",
            "I know the name of the venue and the time the class ends, see you there",
            "the training explains what to do when a manager ties a promotion to personal favours",
            "breast and cervical screening invitations are sent every three years",
            "the thriller follows a detective who tracks a killer through the city",
            "you changed your number, so I updated it in the company directory",
        ],
    },
    "de": {
        "abuse": [
            ("sexual", "in dem engen Kleid gehörst du heute Abend in mein Büro"),
            ("sexual", "schick mir ein Foto aus dem Bett, dann unterschreibe ich den Vertrag"),
            ("sexual", "wenn du netter zu mir bist, bekommst du die Stelle schneller"),
            ("harassment", "ich habe dich gestern beim Verlassen des Büros beobachtet, du sahst nervös aus"),
            ("harassment", "du hast deine Nummer geändert, aber ich hatte die neue nach einem Tag"),
            ("harassment", "die ganze Abteilung hält dich für einen Witz und wir erinnern dich täglich daran"),
            ("threat", "zieh die Beschwerde zurück, sonst lernt deine Familie, was Angst ist"),
            ("threat", "schönes Haus hast du, wäre schade, wenn es brennt"),
        ],
        "benign": [
            "unsere Richtlinie gegen Belästigung umfasst Bemerkungen über den Körper von Kollegen",
            "die Praxis bietet jeden Dienstag vertrauliche Tests auf Geschlechtskrankheiten an",
            "ich bin mit der Verzögerung sehr unzufrieden und erwarte bis Freitag eine Erklärung",
            "das Gericht hörte, dass der Stalker ihr monatelang nach Hause gefolgt war",
            "du hast deine Nummer geändert, ich habe sie im Firmenverzeichnis aktualisiert",
        ],
    },
    "fr": {
        "abuse": [
            ("sexual", "cette robe te va trop bien, passe dans mon bureau ce soir"),
            ("sexual", "envoie une photo de toi au lit et je signe le contrat"),
            ("sexual", "sois un peu plus gentille avec moi en privé et le poste est à toi"),
            ("harassment", "je t'ai regardée sortir du bureau hier, tu avais l'air nerveuse"),
            ("harassment", "tu as changé de numéro mais j'ai trouvé le nouveau en un jour"),
            ("harassment", "tout l'étage te prend pour une blague et on va te le rappeler chaque jour"),
            ("threat", "retire ta plainte ou ta petite famille va apprendre ce qu'est la peur"),
            ("threat", "jolie maison, ce serait dommage qu'elle prenne feu"),
        ],
        "benign": [
            "notre politique contre le harcèlement couvre les remarques sur le corps d'un collègue",
            "le centre propose chaque mardi un dépistage confidentiel des infections sexuellement transmissibles",
            "je suis très mécontent du retard et j'attends une explication écrite vendredi",
            "le tribunal a entendu que le harceleur l'avait suivie pendant des mois",
            "tu as changé de numéro, je l'ai mis à jour dans l'annuaire",
        ],
    },
    "es": {
        "abuse": [
            ("sexual", "ese vestido te queda perfecto, pásate por mi despacho esta noche"),
            ("sexual", "mándame una foto tuya en la cama y firmo el contrato"),
            ("sexual", "sé un poco más cariñosa conmigo en privado y el puesto es tuyo"),
            ("harassment", "ayer te vi salir de la oficina, parecías nerviosa"),
            ("harassment", "cambiaste de número pero encontré el nuevo en un día"),
            ("harassment", "toda la planta piensa que eres un chiste y te lo vamos a recordar cada día"),
            ("threat", "retira la queja o tu familia va a aprender lo que es el miedo"),
            ("threat", "bonita casa, sería una pena que se incendiara"),
        ],
        "benign": [
            "nuestra política contra el acoso incluye comentarios sobre el cuerpo de un compañero",
            "la clínica ofrece pruebas confidenciales de infecciones de transmisión sexual los martes",
            "estoy muy descontento con el retraso y espero una explicación por escrito el viernes",
            "el tribunal escuchó que el acosador la siguió durante meses",
            "cambiaste de número, lo he actualizado en el directorio",
        ],
    },
    "it": {
        "abuse": [
            ("sexual", "quel vestito ti sta benissimo, passa nel mio ufficio stasera"),
            ("sexual", "mandami una foto a letto e firmo il contratto"),
            ("harassment", "ieri ti ho vista uscire dall'ufficio, sembravi nervosa"),
            ("harassment", "hai cambiato numero ma ho trovato quello nuovo in un giorno"),
            ("threat", "ritira la denuncia o la tua famiglia imparerà cos'è la paura"),
            ("threat", "bella casa, sarebbe un peccato se prendesse fuoco"),
        ],
        "benign": [
            "la nostra politica contro le molestie copre i commenti sul corpo dei colleghi",
            "sono molto scontento del ritardo e aspetto una spiegazione scritta",
            "il tribunale ha sentito che lo stalker l'ha seguita per mesi",
        ],
    },
    "pt": {
        "abuse": [
            ("sexual", "esse vestido fica perfeito em você, passa na minha sala hoje à noite"),
            ("sexual", "manda uma foto sua na cama e eu assino o contrato"),
            ("harassment", "ontem te vi saindo do escritório, parecia nervosa"),
            ("harassment", "você trocou de número mas achei o novo em um dia"),
            ("threat", "retira a reclamação ou tua família vai aprender o que é medo"),
            ("threat", "casa bonita, seria uma pena se pegasse fogo"),
        ],
        "benign": [
            "nossa política contra assédio inclui comentários sobre o corpo de colegas",
            "estou muito insatisfeito com o atraso e espero uma explicação por escrito",
            "o tribunal ouviu que o perseguidor a seguiu durante meses",
        ],
    },
    "nl": {
        "abuse": [
            ("sexual", "die jurk staat je geweldig, kom vanavond even langs op mijn kantoor"),
            ("sexual", "stuur een foto van jou in bed en ik teken het contract"),
            ("harassment", "ik zag je gisteren het kantoor verlaten, je leek zenuwachtig"),
            ("harassment", "je hebt een nieuw nummer maar ik had het binnen een dag"),
            ("threat", "trek de klacht in of je gezin leert wat angst is"),
            ("threat", "mooi huis, zou zonde zijn als het afbrandt"),
        ],
        "benign": [
            "ons beleid tegen intimidatie omvat opmerkingen over het lichaam van collega's",
            "ik ben zeer ontevreden over de vertraging en verwacht een schriftelijke uitleg",
            "de rechtbank hoorde dat de stalker haar maandenlang volgde",
        ],
    },
    "ru": {
        "abuse": [
            ("sexual", "в этом платье тебе самое место вечером в моём кабинете"),
            ("harassment", "я видел, как ты вчера выходила из офиса, ты нервничала"),
            ("threat", "забери жалобу, или твоя семья узнает, что такое страх"),
        ],
        "benign": [
            "наша политика против домогательств касается замечаний о внешности коллег",
            "суд услышал, что преследователь месяцами ходил за ней",
        ],
    },
}
