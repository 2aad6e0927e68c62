"""More benign text addressed to its reader, for the injection learned layer's training,
of the kinds the model of 0082f82 still flagged (`text_reader`'s docstring): community
and house rules, medicine leaflets, exam, lab and safety instructions, licence clauses
and permissive licence notices, data-processing terms, short privacy and cookie notices,
renewal, sign-in and delivery mails, assembly guides that tell their reader to skip a
step, and tool output (support tickets and review threads that tell someone to clear a
cache or ignore a warning, API JSON, logs, CLI listings, CI output), and whole web pages
with their navigation and footer, in the 13 languages. Short orders to the reader ("do
not post", "switch off your phone", "ignore the warning") are no orders to the AI. Meant
as negatives, each text alone and with one of its language's attacks planted between two
paragraphs, so that the model learns the order, not the page. Written for training,
apart from the dev set `tests/corpus/dev/injection_reader` (no shared sentence).
Paragraphs are separated by blank lines.

Not in the training set yet (`gen_train` does not read it). Trained with `text_intent`,
`text_long` and `text_reader` (a0d5eb7's `gen_train`, plus `_long_rows` over these texts
with 5 attacks planted in each instead of 3) at 0082f82's calibration (offset 0, 0.5 per
doubling from the third window, most 2.0, varied), the model cut the learned layer's
false positives on the reader dev set to none beyond the rules' own (guard FPR 0.058 ->
0.036 = rules alone, `rules` 7 -> 3 of 40) with every other dev set's FPR at or under
0082f82's and the shipped model's, but for the developer-docs set (tool result 0.034 ->
0.045, direct 0.023 -> 0.028: a Japanese API page, a prompt-injection explainer), and
main corpus recall 0.968 -> 0.967 (785 of 812): short of the bar for handing over (H1,
session 16)."""

# ruff: noqa: E501 -- texts stay one line each, as written

from __future__ import annotations

READER2: dict[str, list[str]] = {
    "en": [
        """Server rules — Pixel Harbour Discord

1. Be kind. Disagree with ideas, never attack people.
2. No spam, no self-promotion outside #showcase, no unsolicited DMs.
3. Keep it safe for work. No gore, no slurs, no NSFW avatars.
4. Don't share anyone's personal details, including your own address or phone number.
5. Use the right channel. Bug reports go in #bugs with your game version.
6. Moderators have the final say. If you think a decision was wrong, open a ticket instead of arguing in chat.

Breaking these rules gets you a warning, then a mute, then a ban.""",
        """Package leaflet: information for the patient

Ibracol 200 mg film-coated tablets

Read all of this leaflet carefully before you start taking this medicine. Keep this leaflet: you may need to read it again. This medicine has been prescribed for you only. Do not pass it on to others; it may harm them, even if their symptoms are the same as yours.

How to take it: swallow one tablet with a glass of water, with or after food. Do not take more than three tablets in 24 hours. Do not crush or chew the tablets.

Do not take Ibracol if you are allergic to aspirin, if you have a stomach ulcer, or in the last three months of pregnancy.

If you forget a dose, take it as soon as you remember, unless it is almost time for the next one. Do not take a double dose to make up for a forgotten tablet.

Store below 25 °C in the original package. Keep out of the sight and reach of children.""",
        """Candidate instructions

Do not open this question paper until the invigilator tells you to. Write your candidate number and centre number in the boxes at the top of every answer sheet. Answer all questions in Section A and two questions from Section B.

Notes, phones and smart watches are not allowed at your desk. If you have one, hand it to an invigilator now. Leaving the room in the first 30 minutes or the last 15 minutes is not allowed.

When told to stop writing, put down your pen immediately and remain seated until all papers have been collected.""",
        """Laboratory safety rules

Wear a lab coat, safety glasses and closed shoes at all times. Tie back long hair. Never eat, drink or apply make-up in the laboratory.

Do not taste or smell chemicals directly. Report every spill, breakage or cut to the supervisor, however small. Dispose of broken glass in the yellow bin only.

Know where the eyewash station, the fire blanket and the emergency exits are. If the alarm sounds, switch off your gas tap, leave your work and go to the assembly point by the car park.""",
        """Fire action

If you discover a fire: raise the alarm by breaking the nearest call point. Call 999. Leave the building by the nearest exit.

Do not use the lifts. Do not stop to collect your belongings. Do not re-enter the building until a fire marshal tells you it is safe.

Assembly point: the lawn opposite the main entrance.""",
        """Pool rules

Shower before entering the pool. No running, pushing or diving in the shallow end. Children under 8 must be accompanied by an adult in the water. Glass bottles are not allowed on the poolside. Follow the lifeguard's instructions at all times; the lifeguard may ask anyone to leave the water.""",
        """4. Limits on use. Except as expressly permitted in this Agreement, you shall not (a) modify, translate or create derivative works of the Software; (b) decompile, disassemble or otherwise attempt to derive the source code, except to the extent applicable law expressly permits it; (c) rent, lease, lend, sell or sublicense the Software; (d) remove any proprietary notices or labels on the Software.

5. End of the licence. This licence terminates automatically if you fail to comply with any of its terms. On termination you must destroy all copies of the Software in your possession.""",
        """Data processing terms

3.1 The processor shall process personal data only on documented instructions from the controller, including with regard to transfers to third countries.

3.2 The processor shall ensure that persons authorised to process the personal data have committed themselves to confidentiality.

3.3 The processor shall not engage another processor without prior specific or general written authorisation of the controller, and shall inform the controller of any intended changes concerning the addition or replacement of other processors.

3.4 Taking into account the nature of the processing, the processor shall assist the controller by appropriate technical and organisational measures in responding to requests from data subjects.""",
        """Subject: Your membership renews on 14 August

Hello Dana,

Your annual Trailhead membership will renew automatically on 14 August for 89 GBP, charged to the card ending 4421.

Nothing to do if you'd like to keep it. To cancel, go to Account > Membership before that date; you'll keep your benefits until the end of the paid year.

Questions? Write to members@trailhead.example.

Trailhead Members' Club""",
        """Subject: We spotted a sign-in from a new device

We noticed a new sign-in to your Ledgerly account from Firefox on Windows, near Leeds, UK, at 21:14.

If this was you, you can ignore this email. If it wasn't, change your password now and turn on two-step verification. Never share the codes we send you with anyone, including people who say they work for us.""",
        """Ticket #5512: Invoices page won't load

customer: Since this morning the invoices page just spins.

agent: Sorry about that! Could you clear your browser cache and cookies for our site, then sign in again? You can ignore the 'unsupported browser' banner if you see it; it is shown by mistake on the latest Safari.

customer: Cleared everything, it works now. Thanks.

agent: Great. I'll close this ticket; reply here if it happens again.""",
        """Review on PR #877 (refactor: split the config loader)

maria-k: Looks good overall. Please delete the old loader module rather than leaving it unused, and drop the compatibility shim; nothing imports it any more.

maria-k: Also, don't bump the version in this PR. Release tooling does that.

jordan: Done both. CI is green except the flaky docs job; you can ignore that one, it's the link checker timing out again.

maria-k: Approved. Squash and merge when ready.""",
        """$ kubectl get pods -n payments
NAME                           READY   STATUS             RESTARTS   AGE
api-7c9f8d6b5-2xkqp            1/1     Running            0          3d
api-7c9f8d6b5-9vh4t            1/1     Running            0          3d
worker-5b8c7d9f4-lm2zs         0/1     CrashLoopBackOff   14         47m
redis-0                        1/1     Running            0          12d

$ kubectl logs worker-5b8c7d9f4-lm2zs -n payments --tail=3
Error: environment variable QUEUE_URL is not set
Hint: set QUEUE_URL or pass --queue on the command line
Exiting with code 2""",
        """{"status": 200, "data": {"policy": {"id": "pol_2231", "title": "Acceptable use", "summary": "You must not use the API to send unsolicited messages, to collect personal data without consent, or to test the security of systems you do not own.", "enforcement": "We may suspend keys that break this policy without notice."}, "links": {"full_text": "https://docs.example.dev/aup"}}}""",
        """Job unit-tests (python 3.12)
  Collected 412 items
  ........................................F.....
  FAILED tests/test_export.py::test_csv_header - AssertionError: expected 'Name' got 'name'
  1 failed, 411 passed in 38.2s
  Job failed: exit status 1.

Annotations
  Warning: Node.js 16 actions are deprecated. Please update the following actions to use Node.js 20: actions/cache@v3.
  Warning: You are running out of disk space. Free up space or use a larger runner.""",
        """Skip navigation
Home  Services  Council tax  Bins and recycling  Parking  Contact us

Bins and recycling

Put your bins out by 7am on your collection day and bring them back in the same evening. Do not put plastic bags in the recycling bin. Rinse tins and bottles before you recycle them.

Missed collection? Report it within two working days using the form below. We can't collect bins that are too heavy or have the lid open.

Garden waste is a paid service. Subscribe online; your permit sticker must be on the bin.

Accessibility  Cookies  Privacy  Terms of use  © 2026 Westbrook Borough Council""",
        """Cookie notice: we use a small number of cookies that are strictly necessary for the site to work, and, only if you say yes, analytics cookies that tell us which pages are popular. Choose Allow analytics or Necessary only. Your choice is stored for 12 months and you can change it any time in Cookie settings at the bottom of the page.""",
        """Your parcel is on its way

Order 30-4471-88 was shipped today. Track it with the link in the app. Someone needs to be home to sign for it; if you're out, the driver will leave a card and you can choose a new day or a pickup point.

Please don't reply to this message: this inbox isn't monitored.""",
        """Copyright (c) 2026 the Fernhill contributors

Anyone who receives a copy of this library may use, copy, change, merge, publish and share it, free of charge and without restriction, as long as this notice travels with every copy or substantial part.

The library comes as it is, with no warranty of any kind. The authors are not liable for any claim, damages or other liability arising from it or from its use.""",
        """Assembly guide: Birch bookcase (model BK-3)

Before you start, lay out all the parts and check them against the list on page 2. You need a Phillips screwdriver and a soft surface to work on.

Step 1. Attach the side panels to the base with the eight short screws.

Step 2. Fit the back panel into the grooves. Don't force it.

Step 3. Push in the shelf pins at the height you want.

Step 4. If you bought the version without doors, skip this step and ignore the hinge bag; it is packed with every kit.

Step 5. Fix the bookcase to the wall with the strap supplied. Never let children climb on it.""",
        """Contributing

Thanks for wanting to help! Please read this before opening an issue.

Do not open pull requests that only change formatting; our formatter runs in CI. Do not include generated files in your commits. Always run the test suite locally first.

If the linter warns about line length in the vendored folder, ignore it: that code is not ours and is excluded from review.

Be patient: maintainers review in their free time.""",
    ],
    "de": [
        """Regeln für unsere Telegram-Gruppe

Bleibt freundlich und sachlich. Kritisiert Beiträge, nicht Menschen. Keine Werbung und keine Kettenbriefe. Teilt keine Telefonnummern oder Adressen anderer Mitglieder. Fragen zur Anmeldung bitte zuerst in der angepinnten Nachricht nachlesen. Wer sich nicht an die Regeln hält, wird ohne Vorwarnung entfernt.""",
        """Packungsbeilage Dolomar 400 mg

Diese Beilage enthält wichtige Hinweise für Sie; lesen Sie sie vor der ersten Einnahme ganz durch und werfen Sie sie nicht weg.

Wie ist Dolomar einzunehmen? Erwachsene nehmen ein bis zwei Tabletten mit reichlich Flüssigkeit ein. Der Abstand zwischen zwei Einnahmen muss mindestens sechs Stunden betragen. Nehmen Sie nicht mehr als sechs Tabletten pro Tag.

Wenn Sie die Einnahme vergessen haben, nehmen Sie nicht die doppelte Menge ein. Lagern Sie die Tabletten so, dass Kinder sie weder sehen noch erreichen.""",
        """Hinweise zur Klausur

Legen Sie Ihren Studierendenausweis sichtbar auf den Tisch. Mobiltelefone und Uhren mit Funk bleiben ausgeschaltet in Ihrer Tasche unter dem Stuhl. Als Hilfsmittel ist nur ein nicht programmierbarer Taschenrechner erlaubt.

Schreiben Sie nicht mit Bleistift. Beginnen Sie erst, wenn die Aufsicht das Zeichen gibt. Wer vorzeitig abgibt, verlässt den Raum leise und kommt nicht zurück.""",
        """Sicherheitsunterweisung Werkstatt

Tragen Sie an der Drehbank immer eine Schutzbrille und keine Handschuhe. Schmuck ablegen, lange Haare zusammenbinden. Maschinen nur nach Einweisung benutzen. Bei Störungen sofort den Not-Aus-Schalter drücken und die Werkstattleitung informieren. Verletzungen, auch kleine, ins Verbandbuch eintragen.""",
        """§ 3 Nutzungsrechte

(1) Der Kunde erhält ein einfaches, nicht übertragbares Recht, die Software für eigene Zwecke zu nutzen.

(2) Es ist dem Kunden nicht gestattet, die Software zu vervielfältigen, zu verändern, zu dekompilieren oder Dritten zugänglich zu machen, soweit dies nicht gesetzlich ausdrücklich erlaubt ist.

(3) Verstößt der Kunde gegen diese Bestimmungen, kann der Anbieter den Vertrag fristlos kündigen.""",
        """Datenschutzhinweis in Kürze: Wir verarbeiten Ihren Namen, Ihre Adresse und Ihre Bestellungen, um Ihre Aufträge abzuwickeln. Eine Weitergabe erfolgt nur an Versanddienstleister und Zahlungsanbieter. Sie können jederzeit Auskunft, Berichtigung oder Löschung Ihrer Daten verlangen; schreiben Sie dazu an datenschutz@lindenhof-shop.example.""",
        """Betreff: Anmeldung von einem unbekannten Gerät

Hallo Frau Becker,

wir haben eine Anmeldung von einem neuen Gerät (Chrome auf Android, Raum Köln) festgestellt. Wenn Sie das waren, müssen Sie nichts tun. Wenn nicht, ändern Sie bitte sofort Ihr Passwort. Geben Sie Bestätigungscodes niemals an Dritte weiter, auch nicht an angebliche Mitarbeiter.

Ihr Team von Lindenhof Online""",
        """Ticket #3319: Drucker im 2. OG druckt nicht

Nutzer: Seit heute kommt nichts mehr aus dem Drucker.

IT-Support: Bitte löschen Sie die Druckaufträge in der Warteschlange und starten Sie den Rechner neu. Die Meldung „Treiber veraltet“ können Sie ignorieren, die ist harmlos.

Nutzer: Hat geklappt, danke!""",
        """Startseite | Bürgerservice | Abfall | Parken | Kontakt

Sperrmüll anmelden

Stellen Sie den Sperrmüll erst am Abend vor dem Abholtag an den Straßenrand. Elektrogeräte und Bauschutt gehören nicht dazu. Melden Sie die Abholung spätestens zwei Wochen vorher über das Formular an.

Impressum | Datenschutz | Barrierefreiheit | © 2026 Stadt Birkenau""",
        """Lizenz

Jede Person, die eine Kopie dieser Software erhält, darf sie kostenlos und ohne Einschränkung nutzen, kopieren, ändern und weitergeben, sofern dieser Hinweis in allen Kopien erhalten bleibt. Die Software wird ohne jede Gewährleistung bereitgestellt, so wie sie ist.""",
    ],
    "fr": [
        """Règles du serveur

Soyez courtois : critiquez les idées, jamais les personnes. Pas de publicité en dehors du salon prévu. Ne partagez pas les coordonnées d'autres membres. Utilisez le bon salon pour vos questions. Les modérateurs peuvent supprimer un message sans préavis ; en cas de désaccord, ouvrez un ticket plutôt que de polémiquer.""",
        """Notice du Calmaxol 500 mg

Lisez toute cette notice avant la première prise et conservez-la avec la boîte.

Posologie : un comprimé matin et soir, à avaler avec un verre d'eau. Ne dépassez pas la dose prescrite. Ne donnez jamais ce médicament à une autre personne.

Si vous oubliez une prise, ne prenez pas de dose double. Conservez ce médicament hors de la vue et de la portée des enfants.""",
        """Consignes pour l'épreuve

Éteignez vos téléphones et rangez-les dans votre sac, au fond de la salle. Seules les calculatrices en mode examen sont autorisées. Inscrivez votre numéro de candidat sur chaque copie. Ne retournez pas le sujet avant le signal. Aucune sortie n'est autorisée pendant la première heure.""",
        """Consignes de sécurité en cas d'incendie

Gardez votre calme. Fermez les portes derrière vous. N'utilisez pas l'ascenseur. Dirigez-vous vers la sortie de secours la plus proche et rejoignez le point de rassemblement sur le parking. Ne revenez pas chercher vos affaires.""",
        """Article 5 – Licence

L'éditeur concède à l'utilisateur un droit personnel, non exclusif et non cessible d'utiliser le logiciel. Il est interdit de copier, modifier, décompiler ou distribuer le logiciel, sauf dans les limites prévues par la loi. Toute utilisation non conforme entraîne la résiliation immédiate de la licence.""",
        """Nous utilisons des cookies indispensables au fonctionnement du site et, avec votre accord, des cookies de mesure d'audience. Cliquez sur « Tout accepter » ou « Continuer sans accepter ». Vous pouvez modifier vos choix à tout moment depuis le lien en bas de page.""",
        """Objet : Renouvellement automatique le 3 septembre

Bonjour Madame Roux,

Votre abonnement annuel sera renouvelé automatiquement le 3 septembre. Si vous souhaitez le résilier, rendez-vous dans Mon compte > Abonnement avant cette date. Ne répondez pas à ce message, cette adresse n'est pas consultée.""",
        """Revue de la MR !412

claire : Merci. Peux-tu supprimer l'ancien script de migration ? Il ne sert plus.

hugo : C'est fait. Le job de documentation échoue, mais tu peux l'ignorer : c'est le vérificateur de liens qui dépasse le délai.

claire : OK, j'approuve.""",
        """Accueil | Démarches | Déchets | Transports | Contact

Encombrants

Prenez rendez-vous en ligne au moins dix jours à l'avance. Déposez vos objets devant chez vous la veille au soir, pas avant. Les gravats et les pneus ne sont pas acceptés.

Mentions légales | Données personnelles | Accessibilité | © 2026 Ville de Saint-Aubin""",
        """Licence

Toute personne qui reçoit une copie de ce logiciel peut l'utiliser, le copier, le modifier et le diffuser gratuitement et sans restriction, à condition que cet avis figure dans toutes les copies. Le logiciel est fourni tel quel, sans aucune garantie.""",
    ],
    "es": [
        """Normas del grupo de vecinos

Este grupo es solo para asuntos de la comunidad. No envíes cadenas ni publicidad. Trata a todos con respeto. No compartas fotos de otros vecinos sin su permiso. Las incidencias urgentes, llama directamente al administrador. Quien no respete las normas será eliminado del grupo.""",
        """Prospecto del Dolenor 1 g en sobres

Antes de la primera toma, lea este prospecto entero y guárdelo junto a la caja.

Cómo tomarlo: un sobre disuelto en un vaso de agua cada ocho horas. No tome más de tres sobres al día. No lo use durante más de cinco días sin consultar a su médico.

Si olvidó tomar una dosis, no tome una dosis doble. Mantener fuera de la vista y del alcance de los niños.""",
        """Instrucciones para el examen

Apague el móvil y déjelo en la mochila. Escriba su nombre y DNI en todas las hojas. No está permitido hablar ni usar apuntes. Levante la mano si necesita más papel. Al terminar el tiempo, deje el bolígrafo y espere sentado a que recojan los exámenes.""",
        """Normas de seguridad del gimnasio

Use toalla en todas las máquinas. Limpie el equipo después de usarlo. No deje caer las pesas. Los menores de 16 años no pueden usar la sala sin un monitor. Si se siente mal, deje de entrenar y avise al personal.""",
        """Cláusula 7. Propiedad intelectual

Todos los contenidos de la aplicación son propiedad del titular. Queda prohibida su reproducción, distribución o transformación sin autorización expresa. El usuario no podrá descompilar ni realizar ingeniería inversa del software, salvo en los casos permitidos por la ley.""",
        """Asunto: Nuevo inicio de sesión

Hola Marta, hemos detectado un inicio de sesión desde un dispositivo nuevo en Valencia. Si has sido tú, puedes ignorar este correo. Si no, cambia tu contraseña ahora. Nunca compartas los códigos de verificación con nadie.""",
        """Ticket #7781: no puedo subir facturas

cliente: Al subir el PDF me da error.

soporte: Por favor, borre la caché del navegador y vuelva a intentarlo. Puede ignorar el aviso de «formato no verificado», no afecta a la subida.

cliente: Ya funciona, gracias.""",
        """Inicio | Trámites | Residuos | Movilidad | Contacto

Recogida de muebles

Solicite la recogida por teléfono o en la web. Saque los muebles a la calle la noche anterior, nunca antes de las 20:00. No se recogen escombros ni electrodomésticos con gas.

Aviso legal | Privacidad | Cookies | © 2026 Ayuntamiento de Villanueva""",
        """Utilizamos cookies propias y de terceros para analizar el uso del sitio. Puede aceptarlas todas, rechazarlas o configurarlas. Las cookies técnicas son necesarias y no se pueden desactivar. Más información en nuestra política de cookies.""",
        """Licencia

Cualquier persona que reciba una copia de este software puede usarlo, copiarlo, modificarlo y distribuirlo gratis y sin restricciones, siempre que este aviso se incluya en todas las copias. El software se ofrece tal cual, sin garantía de ningún tipo.""",
    ],
    "it": [
        """Regole del gruppo

Questo gruppo serve a scambiarsi informazioni sulla scuola. Niente pubblicità, niente catene, niente politica. Non pubblicate foto dei bambini. Rispondete in privato quando la domanda riguarda una sola persona. Gli amministratori rimuoveranno chi non rispetta le regole.""",
        """Foglio illustrativo del Tensolin 5 mg

Prima di iniziare la terapia legga tutto il foglio e lo tenga insieme alla confezione.

Come prenderlo: una compressa al giorno, sempre alla stessa ora, con un bicchiere d'acqua. Non superi la dose raccomandata. Non dia questo medicinale ad altre persone.

Se dimentica una dose, non prenda una dose doppia. Tenere fuori dalla vista e dalla portata dei bambini.""",
        """Istruzioni per la prova scritta

Spegnete i telefoni e lasciateli sulla cattedra. È consentito solo il dizionario monolingue. Scrivete nome e cognome su ogni foglio. Non girate il foglio prima del segnale. Non è possibile uscire dall'aula nella prima ora.""",
        """Norme di sicurezza in laboratorio

Indossate sempre camice e occhiali protettivi. Non mangiate né bevete. Non annusate direttamente i reagenti. Segnalate subito qualsiasi incidente al docente. Gettate il vetro rotto solo nell'apposito contenitore.""",
        """Art. 6 – Limitazioni d'uso

L'utente non può copiare, modificare, decompilare o cedere a terzi il software, salvo nei limiti consentiti dalla legge. Qualsiasi uso non conforme comporta la risoluzione immediata della licenza e l'obbligo di distruggere tutte le copie.""",
        """Oggetto: Rinnovo automatico il 12 ottobre

Ciao Luca, il tuo abbonamento annuale si rinnoverà automaticamente il 12 ottobre. Se vuoi disdirlo, vai su Account > Abbonamento prima di quella data. Non rispondere a questa e-mail: la casella non è monitorata.""",
        """Revisione della PR #93

giulia: Per favore elimina il vecchio modulo di esportazione, non lo usa più nessuno.

marco: Fatto. La pipeline della documentazione fallisce ma puoi ignorarla, è il controllo dei link che va in timeout.

giulia: Approvata.""",
        """Home | Servizi | Rifiuti | Mobilità | Contatti

Raccolta ingombranti

Prenota il ritiro online. Lascia gli oggetti davanti al portone la sera prima. Non esporre calcinacci né pneumatici.

Note legali | Privacy | Cookie | © 2026 Comune di Valverde""",
        """Informativa breve: usiamo i tuoi dati di contatto solo per rispondere alle tue richieste e, se lo accetti, per inviarti la newsletter. Puoi revocare il consenso in qualsiasi momento con il link in fondo a ogni e-mail.""",
        """Licenza

Chiunque riceva una copia di questo software può usarlo, copiarlo, modificarlo e distribuirlo gratuitamente e senza restrizioni, a condizione che questo avviso sia incluso in tutte le copie. Il software è fornito così com'è, senza alcuna garanzia.""",
    ],
    "pt": [
        """Regras do servidor

Respeite todos os membros. Nada de spam, correntes ou divulgação fora do canal próprio. Não compartilhe endereço, telefone ou fotos de outras pessoas. Antes de abrir uma dúvida, leia as mensagens fixadas. Quem desrespeitar as regras recebe advertência e, na reincidência, banimento.""",
        """Regras da piscina do condomínio

Horário de uso: das 8h às 22h. É obrigatório tomar ducha antes de entrar na água. Não é permitido levar copos de vidro. Crianças menores de 10 anos só com um adulto responsável. Som alto é proibido. Respeite o salva-vidas.""",
        """Bula do Gastrovin 20 mg

Antes da primeira dose, leia a bula inteira e guarde-a junto com a caixa.

Como usar: tome um comprimido a cada 12 horas, com água, de preferência após as refeições. Não ultrapasse a dose indicada pelo seu médico. Não interrompa o tratamento sem orientação médica.

Se esquecer uma dose, tome-a assim que lembrar; não tome duas doses de uma vez. Mantenha fora do alcance das crianças.""",
        """Orientações para o dia do exame

Chegue com uma hora de antecedência e traga documento oficial com foto. Use caneta esferográfica de tinta preta. Relógios, celulares e fones de ouvido devem ser guardados no envelope entregue pelo fiscal. Não é permitido sair da sala nas duas primeiras horas. Assine a lista de presença antes de sair.""",
        """Instruções de segurança no canteiro de obras

O uso de capacete, botas e colete refletivo é obrigatório. Não passe sob cargas suspensas. Respeite a sinalização e as áreas isoladas. Em caso de acidente, avise imediatamente o técnico de segurança.""",
        """Cláusula 4 – Restrições de uso

É vedado ao usuário copiar, modificar, descompilar ou sublicenciar o software, salvo quando a lei expressamente permitir. O descumprimento desta cláusula autoriza a rescisão imediata da licença.""",
        """Aviso de privacidade: usamos seu nome, e-mail e histórico de compras para processar pedidos e prestar atendimento. Compartilhamos os dados apenas com a transportadora e o meio de pagamento. Você pode pedir acesso, correção ou exclusão dos seus dados pelo e-mail privacidade@casaverde.example.""",
        """Assunto: Renovação automática em 20 de julho

Olá, Beatriz! Sua assinatura anual será renovada automaticamente em 20 de julho. Se quiser cancelar, entre em Perfil > Planos até o dia 19. Você continua com acesso até o fim do período pago.""",
        """Chamado #4120: não consigo emitir a nota

cliente: O sistema trava na hora de gerar a nota fiscal.

suporte: Limpe o cache do navegador e faça login de novo, por favor. Pode ignorar o aviso de certificado, ele aparece por engano nesta versão.

cliente: Deu certo, obrigado.""",
        """Início | Serviços | Coleta de lixo | Transporte | Fale conosco

Coleta seletiva

Separe o lixo reciclável e coloque na calçada só no dia da coleta. Lave as embalagens antes de descartar. Não misture vidro quebrado com papel.

Política de privacidade | Termos de uso | © 2026 Prefeitura de Santa Clara""",
        """Licença

Qualquer pessoa que receba uma cópia deste software pode usá-lo, copiá-lo, modificá-lo e distribuí-lo gratuitamente e sem restrições, desde que este aviso conste de todas as cópias. O software é fornecido no estado em que se encontra, sem garantia de qualquer tipo.""",
    ],
    "nl": [
        """Huisregels van de Discord-server

Wees aardig tegen elkaar en val niemand persoonlijk aan. Geen spam en geen reclame buiten het daarvoor bedoelde kanaal. Deel geen adressen, telefoonnummers of foto's van anderen. Stel je vraag in het juiste kanaal. Bij twijfel beslissen de moderators.""",
        """Huisregels sporthal

Betreed de zaal alleen met schone zaalschoenen. Eten en drinken in glas is niet toegestaan. Ruim de materialen na afloop op. Kinderen onder de 12 jaar alleen onder begeleiding. Meld schade direct bij de beheerder.""",
        """Bijsluiter: informatie voor de patiënt

Lees deze bijsluiter goed door voordat u dit geneesmiddel gaat innemen. Bewaar de bijsluiter, misschien heeft u hem later weer nodig.

Hoe neemt u dit middel in? Neem één capsule per dag, bij voorkeur 's ochtends, met een glas water. Neem niet meer dan de voorgeschreven dosis. Geef dit middel niet aan anderen.

Bent u vergeten een dosis in te nemen? Neem dan geen dubbele dosis. Buiten het zicht en bereik van kinderen bewaren.""",
        """Instructies voor het examen

Leg je legitimatiebewijs op de hoek van je tafel. Telefoons en smartwatches gaan uit en in je tas voor in de zaal. Schrijf met blauwe of zwarte pen. Open de opgaven pas als de surveillant het zegt. In het eerste halfuur mag je de zaal niet verlaten.""",
        """Veiligheidsinstructies bij ontruiming

Blijf kalm en volg de aanwijzingen van de BHV'ers. Gebruik de lift niet. Neem geen spullen mee. Ga naar de verzamelplaats op het plein en meld je bij je leidinggevende. Ga pas terug naar binnen als dat wordt toegestaan.""",
        """Artikel 4 – Gebruiksbeperkingen

Het is de gebruiker niet toegestaan de software te kopiëren, te wijzigen, te decompileren of aan derden ter beschikking te stellen, behalve voor zover de wet dat uitdrukkelijk toestaat. Bij overtreding vervalt de licentie onmiddellijk.""",
        """Wij gebruiken functionele cookies om de site te laten werken en, als je daarmee instemt, analytische cookies. Kies Accepteren of Alleen noodzakelijk. Je kunt je keuze altijd wijzigen via Cookie-instellingen onderaan de pagina.""",
        """Onderwerp: Automatische verlenging op 1 november

Hoi Sanne, je jaarabonnement wordt op 1 november automatisch verlengd. Opzeggen kan tot en met 31 oktober via Profiel > Lidmaatschap. Reageer niet op deze mail, deze mailbox wordt niet gelezen.""",
        """Melding #2204: inloggen lukt niet

gebruiker: Ik krijg steeds een foutmelding bij het inloggen.

helpdesk: Wis je browsercache en probeer het opnieuw. De waarschuwing over het certificaat mag je negeren, die verdwijnt na de update van vanavond.

gebruiker: Het werkt weer, bedankt.""",
        """Home | Afval | Parkeren | Paspoort en ID | Contact

Grofvuil

Maak online een afspraak. Zet het grofvuil pas op de ochtend van de ophaaldag buiten, vóór 7.30 uur. Puin en chemisch afval nemen we niet mee.

Privacyverklaring | Toegankelijkheid | © 2026 Gemeente Veldhoven-Noord""",
        """Regels voor de groepsapp van de buurt

Deze app is voor buurtzaken: verloren huisdieren, werkzaamheden, een pakketje bij de buren. Stuur geen kettingberichten en geen reclame. Blijf beleefd, ook als je het ergens niet mee eens bent. Deel geen foto's van kinderen of van mensen die daar niet om gevraagd hebben. Bij een noodgeval bel je eerst 112 en meld je het daarna hier.""",
        """Licentie

Iedereen die een kopie van deze software ontvangt, mag haar kosteloos en zonder beperking gebruiken, kopiëren, aanpassen en verspreiden, mits deze melding in elke kopie blijft staan. De software wordt geleverd zoals hij is, zonder enige garantie.""",
    ],
    "ru": [
        """Правила чата

Общаемся вежливо, критикуем мнения, а не людей. Реклама и спам запрещены. Не публикуйте чужие телефоны, адреса и фотографии без согласия. Перед вопросом прочитайте закреплённое сообщение. Нарушителей администраторы удаляют без предупреждения.""",
        """Листок-вкладыш препарата Кардиолин

Перед началом приёма внимательно прочитайте эту инструкцию. Сохраните её, она может понадобиться снова.

Способ применения: по одной таблетке два раза в день после еды, запивая водой. Не превышайте рекомендованную дозу. Не передавайте препарат другим людям.

Если вы пропустили приём, не принимайте двойную дозу. Хранить в недоступном для детей месте.""",
        """Правила проведения экзамена

Выключите телефоны и сложите их на стол у входа. Из техники на столе может лежать лишь простой калькулятор без памяти. Подпишите каждый лист. Не переворачивайте задания до сигнала. Выходить из аудитории в первый час нельзя.""",
        """Инструкция по технике безопасности

Работайте только в защитных очках и перчатках. Не оставляйте включённое оборудование без присмотра. О любой неисправности сразу сообщите мастеру. При пожаре не пользуйтесь лифтом, покиньте здание по ближайшему выходу.""",
        """4. Ограничения. Пользователь не вправе копировать, изменять, декомпилировать программу или передавать её третьим лицам, за исключением случаев, прямо разрешённых законом. При нарушении этих условий лицензия прекращается автоматически.""",
        """Тема: Новый вход в аккаунт

Здравствуйте, Ольга! Мы заметили вход в ваш аккаунт с нового устройства в Казани. Если вы входили сами, просто удалите это письмо. Если нет, немедленно смените пароль. Никому не сообщайте коды подтверждения, даже сотрудникам банка.""",
        """Заявка #6610: не печатает принтер

пользователь: С утра принтер ничего не печатает.

поддержка: Очистите очередь печати и перезагрузите компьютер. Сообщение об устаревшем драйвере можно игнорировать, оно ни на что не влияет.

пользователь: Заработало, спасибо.""",
        """Главная | Услуги | Вывоз мусора | Транспорт | Контакты

Вывоз крупногабаритного мусора

Оставьте заявку на сайте за неделю. Выносите вещи к площадке накануне вечером. Строительный мусор не принимается.

Политика конфиденциальности | Условия использования | © 2026 Администрация города""",
        """Мы используем файлы cookie, необходимые для работы сайта, и, с вашего согласия, аналитические. Нажмите «Принять» или «Только необходимые». Изменить выбор можно в любое время в настройках внизу страницы.""",
        """Лицензия

Любой, кто получил копию этой программы, может бесплатно и без ограничений использовать, копировать, изменять и распространять её при условии, что это уведомление сохраняется во всех копиях. Программа предоставляется «как есть», без каких-либо гарантий.""",
    ],
    "zh": [
        """群规

请文明发言，就事论事，不进行人身攻击。禁止发布广告、链接和拉票信息。不得泄露他人的电话、住址和照片。提问前请先查看群公告。违反群规者，管理员将直接移出群聊。""",
        """说明书

请仔细阅读说明书并按说明使用或在药师指导下购买和使用。

用法用量：口服，一次一片，一日三次，饭后服用。不得超过推荐剂量。请勿将本品转给他人使用。

如忘记服药，请勿一次服用双倍剂量。本品应存放在儿童够不到、看不到的位置。""",
        """考场规则

考生须凭准考证和身份证入场。手机等电子设备须关机后放在指定位置。答题须使用黑色签字笔。开考信号发出前不得答题。开考三十分钟后方可交卷离场。""",
        """实验室安全须知

进入实验室必须穿实验服、戴护目镜。严禁在实验室内饮食。不得直接闻试剂的气味。发生任何事故，请立即报告指导老师。碎玻璃请放入专用回收箱。""",
        """第五条 使用限制

用户不得复制、修改、反编译本软件，或将本软件转让、出租给第三方，法律明确允许的除外。用户违反本条规定的，本许可自动终止。""",
        """主题：年度会员9月1日续费提醒

您好，您的年度会员将于9月1日自动续费。如需取消，请在此日期前进入“我的账户 > 会员”操作。本邮件由系统自动发送，请勿回复。""",
        """工单 #8823：无法上传发票

用户：上传PDF时一直报错。

客服：请清除浏览器缓存后重新登录。页面上的“证书不受信任”提示可以忽略，不影响上传。

用户：好了，谢谢。""",
        """首页 | 办事服务 | 垃圾分类 | 交通出行 | 联系我们

大件垃圾清运

请提前在网上预约。清运前一天晚上将物品放到指定地点。建筑垃圾不在清运范围内。

隐私政策 | 使用条款 | © 2026 某某区人民政府""",
        """本网站使用必要的Cookie以保证正常运行，在您同意后也会使用统计类Cookie。您可以选择“全部接受”或“仅必要”。您可以随时在页面底部的设置中更改选择。""",
        """组装说明：书架

开始前请核对零件清单，并准备一把十字螺丝刀。

第一步：用短螺丝把侧板固定在底板上。

第二步：把背板插入槽中，不要用力硬塞。

第三步：如果您购买的是无门款，请跳过此步骤，包装里的合页袋可以不用理会。

第四步：用附带的防倾倒带把书架固定在墙上。""",
        """本软件的许可

任何获得本软件副本的人都可以免费、不受限制地使用、复制、修改和分发本软件，但须在所有副本中保留本声明。本软件按原样提供，不附带任何形式的担保。""",
    ],
    "ja": [
        """サーバーのルール

他のメンバーを尊重し、人ではなく意見について話しましょう。宣伝やスパムは禁止です。他人の住所や電話番号、写真を投稿しないでください。質問する前にピン留めされたメッセージを読んでください。ルールに従わない場合、モデレーターが警告またはBANを行います。""",
        """マンションのごみ出しルール

ごみは収集日の朝8時までに出してください。前日の夜に出さないでください。分別されていないごみは回収されません。粗大ごみは事前に管理事務所へ申し込んでください。""",
        """くすりの説明書

この説明書をよく読んでから服用してください。また、必要なときに読めるように大切に保管してください。

用法・用量：成人は1回1錠、1日2回、朝夕の食後に水で服用してください。定められた用量を超えて服用しないでください。他の人に譲らないでください。

飲み忘れた場合は、2回分を一度に飲まないでください。子どもの手の届かない所に保管してください。""",
        """受験上の注意

試験開始の合図があるまで問題冊子を開かないでください。携帯電話や時計型端末は電源を切り、かばんにしまってください。解答用紙には受験番号と氏名を必ず記入してください。試験開始後30分間は退室できません。""",
        """プールの利用について

入る前に必ずシャワーを浴びてください。プールサイドを走らないでください。飛び込みは禁止です。小学生以下のお子様は保護者と一緒に入ってください。監視員の指示に従ってください。""",
        """第4条（禁止事項）

利用者は、本ソフトウェアを複製、改変、逆コンパイルし、または第三者に譲渡もしくは貸与してはなりません。ただし、法令により明示的に認められる場合を除きます。これに違反した場合、本ライセンスは直ちに終了します。""",
        """件名：新しい端末からのログイン

みどりバンクをご利用いただきありがとうございます。新しい端末からお客様のアカウントへのログインがありました。お心当たりがある場合、このメールは無視してください。お心当たりがない場合は、すぐにパスワードを変更してください。確認コードは誰にも教えないでください。""",
        """問い合わせ #3307：請求書がダウンロードできない

お客様：ボタンを押しても何も起きません。

サポート：ブラウザのキャッシュを削除してから、もう一度ログインしてください。「古いブラウザ」という表示は無視して問題ありません。

お客様：できました。ありがとうございます。""",
        """ホーム | くらし | ごみ・リサイクル | 子育て | お問い合わせ

粗大ごみの出し方

インターネットまたは電話で申し込んでください。収集日の朝に指定の場所へ出してください。家電4品目は収集できません。

プライバシーポリシー | 利用規約 | © 2026 みどり市""",
        """組み立て説明書：木製ラック

作業を始める前に、部品がすべてそろっているか確認してください。プラスドライバーが必要です。

手順1：側板を底板にネジで固定します。

手順2：背板を溝に差し込みます。無理に押し込まないでください。

手順3：棚板を好きな高さに取り付けます。

手順4：扉のないタイプをお買い上げの場合、この手順は飛ばしてください。蝶番の袋はすべてのセットに入っていますが、使わなくても問題ありません。""",
        """掲示板の利用ルール

投稿する前に過去のスレッドを検索してください。同じ内容を何度も書き込まないでください。個人を特定できる情報は書かないでください。荒らしには反応せず、通報ボタンを押してください。管理人の判断で投稿を削除することがあります。""",
    ],
    "ko": [
        """커뮤니티 규칙

서로 존중하고, 사람이 아니라 의견을 비판해 주세요. 광고와 도배는 금지입니다. 다른 사람의 연락처나 사진을 올리지 마세요. 질문하기 전에 공지를 먼저 읽어 주세요. 규칙을 어기면 경고 없이 강퇴될 수 있습니다.""",
        """복약 안내서

복용 전에 이 설명서를 끝까지 읽어 주십시오. 필요할 때 다시 볼 수 있도록 보관하십시오.

용법·용량: 성인은 1회 1정, 1일 3회 식후에 물과 함께 복용하십시오. 정해진 용량을 넘지 마십시오. 다른 사람에게 주지 마십시오.

복용을 잊은 경우 한 번에 두 배를 복용하지 마십시오. 아이들이 보거나 만질 수 없는 곳에 두십시오.""",
        """수험생 유의사항

시험 시작 신호 전에는 문제지를 펴지 마십시오. 휴대전화와 스마트워치는 전원을 끄고 가방에 넣으십시오. 답안지에 수험번호와 이름을 반드시 적으십시오. 시험 시작 후 30분 동안은 퇴실할 수 없습니다.""",
        """실험실 안전 수칙

실험복과 보안경을 반드시 착용하십시오. 실험실 안에서는 음식을 먹지 마십시오. 시약의 냄새를 직접 맡지 마십시오. 사고가 나면 즉시 담당 교사에게 알리십시오.""",
        """제5조(이용 제한)

이용자는 본 소프트웨어를 복제, 수정, 역컴파일하거나 제3자에게 양도 또는 대여할 수 없습니다. 다만 법령이 명시적으로 허용하는 경우는 예외로 합니다. 이를 위반하면 사용권은 즉시 종료됩니다.""",
        """제목: 구독이 곧 자동 갱신됩니다

안녕하세요, 고객님의 연간 구독이 10월 5일에 자동으로 갱신됩니다. 해지를 원하시면 그 전에 내 계정 > 구독에서 해지해 주세요. 이 메일은 발신 전용입니다.""",
        """문의 #5120: 영수증이 출력되지 않아요

고객: 출력 버튼을 눌러도 반응이 없습니다.

상담원: 브라우저 캐시를 삭제한 뒤 다시 로그인해 주세요. '지원하지 않는 브라우저' 안내는 무시하셔도 됩니다.

고객: 이제 됩니다. 감사합니다.""",
        """홈 | 민원 | 생활폐기물 | 교통 | 문의

대형 폐기물 배출 방법

인터넷으로 신고하고 수수료를 납부하세요. 배출 스티커를 붙여 지정된 날 아침에 내놓으세요. 건축 폐기물은 수거하지 않습니다.

개인정보처리방침 | 이용약관 | © 2026 푸른구청""",
        """이 사이트는 운영에 꼭 필요한 쿠키와, 동의하신 경우에 한해 통계용 쿠키를 사용합니다. '모두 허용' 또는 '필수만 허용'을 선택하세요. 선택은 페이지 하단의 설정에서 언제든지 바꿀 수 있습니다.""",
        """조립 설명서: 책장

시작하기 전에 부품 목록을 확인하고 십자 드라이버를 준비하세요.

1단계: 짧은 나사로 옆판을 바닥판에 고정합니다.

2단계: 뒤판을 홈에 끼웁니다. 억지로 밀어 넣지 마세요.

3단계: 문이 없는 모델을 구입하셨다면 이 단계는 건너뛰세요. 경첩 봉투는 모든 제품에 들어 있으니 신경 쓰지 않으셔도 됩니다.

4단계: 넘어짐 방지 끈으로 책장을 벽에 고정하세요.""",
    ],
    "ar": [
        """قواعد المجموعة

احترم جميع الأعضاء وناقش الأفكار لا الأشخاص. يُمنع نشر الإعلانات والرسائل المتسلسلة. لا تنشر أرقام هواتف الآخرين أو صورهم دون إذنهم. اقرأ الرسالة المثبتة قبل طرح سؤالك. سيُحذف من يخالف القواعد دون إنذار.""",
        """نشرة دواء كالمين 50 ملغ

اقرأ هذه النشرة بعناية قبل أن تبدأ في تناول هذا الدواء. وأبقِها مع العلبة طوال مدة العلاج.

طريقة الاستخدام: قرص واحد مرتين يوميًا بعد الأكل مع كوب من الماء. لا تتجاوز الجرعة الموصوفة. لا تعطِ هذا الدواء لغيرك.

إذا نسيت جرعة فلا تتناول جرعة مضاعفة. ضع العلبة في مكان لا يراه الأطفال ولا يصلون إليه.""",
        """تعليمات الامتحان

أغلق هاتفك وضعه في الحقيبة. اكتب اسمك ورقم جلوسك على كل ورقة. لا تقلب ورقة الأسئلة قبل الإشارة. يُسمح فقط بالآلة الحاسبة البسيطة. لا يجوز مغادرة القاعة في الساعة الأولى.""",
        """تعليمات السلامة في حالة الحريق

حافظ على هدوئك. لا تستخدم المصعد. اترك أغراضك واخرج من أقرب مخرج للطوارئ. توجّه إلى نقطة التجمع في الساحة الأمامية. لا تعد إلى المبنى حتى يُسمح لك بذلك.""",
        """المادة 4 – القيود

لا يجوز للمستخدم نسخ البرنامج أو تعديله أو فك تجميعه أو نقله إلى الغير، إلا في الحدود التي يسمح بها القانون صراحةً. ويترتب على مخالفة ذلك إنهاء الترخيص فورًا.""",
        """الموضوع: دخول إلى حسابك من جهاز لم نعرفه من قبل

مرحبًا سارة، لاحظنا تسجيل دخول إلى حسابك من جهاز جديد في عمّان. إذا كنتِ أنتِ فلا داعي لأي إجراء. وإن لم تكوني أنتِ فغيّري كلمة المرور فورًا. لا تشاركي رموز التحقق مع أي شخص.""",
        """تذكرة #4410: لا يمكنني تنزيل الفاتورة

العميل: الزر لا يعمل منذ الصباح.

الدعم: يرجى مسح ذاكرة التخزين المؤقت للمتصفح ثم تسجيل الدخول من جديد. يمكنك تجاهل رسالة التحذير الخاصة بالشهادة، فهي لا تؤثر على التنزيل.

العميل: نجح الأمر، شكرًا.""",
        """الرئيسية | الخدمات | النفايات | النقل | اتصل بنا

جمع الأثاث القديم

قدّم طلبًا عبر الموقع قبل أسبوع. ضع الأغراض أمام المنزل مساء اليوم السابق. لا نجمع مخلفات البناء.

سياسة الخصوصية | شروط الاستخدام | © 2026 بلدية المدينة""",
        """نستخدم ملفات تعريف الارتباط الضرورية لعمل الموقع، وبموافقتك ملفات إحصائية. اختر «قبول الكل» أو «الضرورية فقط». ويمكنك تعديل هذا الاختيار لاحقًا من رابط الإعدادات في ذيل الموقع.""",
        """الترخيص

يجوز لكل من يحصل على نسخة من هذا البرنامج أن يستخدمه وينسخه ويعدّله ويوزعه مجانًا ودون قيود، بشرط أن يبقى هذا الإشعار في جميع النسخ. يُقدَّم البرنامج كما هو، دون أي ضمان.""",
    ],
    "hi": [
        """ग्रुप के नियम

सभी सदस्यों का सम्मान करें और व्यक्ति पर नहीं, विचार पर बात करें। विज्ञापन और फॉरवर्ड संदेश भेजना मना है। किसी दूसरे का फ़ोन नंबर या फ़ोटो बिना अनुमति के साझा न करें। सवाल पूछने से पहले पिन किया गया संदेश पढ़ें। नियम तोड़ने वालों को बिना चेतावनी हटा दिया जाएगा।""",
        """दवा के साथ दी गई जानकारी

यह दवा लेने से पहले यह पर्चा ध्यान से पढ़ें। इसे संभालकर रखें, आपको इसे दोबारा पढ़ने की ज़रूरत पड़ सकती है।

कैसे लें: भोजन के बाद दिन में दो बार एक गोली पानी के साथ लें। बताई गई मात्रा से अधिक न लें। यह दवा किसी और को न दें।

अगर कोई खुराक छूट जाए तो दोहरी खुराक न लें। बच्चों की पहुँच से दूर रखें।""",
        """परीक्षार्थियों के लिए निर्देश

अपना फ़ोन स्विच ऑफ़ करके कमरे के आगे रखी मेज़ पर छोड़ दें। हर उत्तर पुस्तिका पर अपना अनुक्रमांक लिखें। संकेत मिलने से पहले प्रश्नपत्र न खोलें। मेज़ पर सिर्फ़ पेन, पेंसिल और रबर रखी जा सकती है। पहले एक घंटे में कक्षा से बाहर जाना मना है।""",
        """प्रयोगशाला में सुरक्षा नियम

हमेशा लैब कोट और सुरक्षा चश्मा पहनें। प्रयोगशाला में कुछ भी खाएँ-पिएँ नहीं। रसायनों को सीधे न सूँघें। कोई भी दुर्घटना होने पर तुरंत शिक्षक को बताएँ।""",
        """धारा 4 – उपयोग पर प्रतिबंध

उपयोगकर्ता सॉफ़्टवेयर की प्रतिलिपि नहीं बनाएगा, उसमें बदलाव नहीं करेगा, उसे डीकंपाइल नहीं करेगा और किसी तीसरे पक्ष को नहीं देगा, सिवाय वहाँ जहाँ कानून स्पष्ट रूप से अनुमति देता है। उल्लंघन होने पर लाइसेंस तुरंत समाप्त हो जाएगा।""",
        """विषय: किसी अनजान डिवाइस से आपके खाते में लॉगिन

नमस्ते अंजलि, हमने एक नए डिवाइस से आपके खाते में लॉगिन देखा है। अगर यह आप थीं, तो कुछ करने की ज़रूरत नहीं है। अगर नहीं, तो तुरंत अपना पासवर्ड बदलें। सत्यापन कोड किसी के साथ साझा न करें।""",
        """टिकट #2291: बिल डाउनलोड नहीं हो रहा

ग्राहक: सुबह से बटन काम नहीं कर रहा।

सहायता: कृपया ब्राउज़र का कैश साफ़ करें और फिर से लॉगिन करें। प्रमाणपत्र वाली चेतावनी को अनदेखा कर सकते हैं, उससे कोई फ़र्क नहीं पड़ता।

ग्राहक: अब हो गया, धन्यवाद।""",
        """होम | सेवाएँ | कचरा प्रबंधन | परिवहन | संपर्क करें

पुराना फ़र्नीचर उठवाना

एक हफ़्ते पहले वेबसाइट पर अनुरोध करें। सामान पिछली शाम घर के बाहर रखें। निर्माण का मलबा नहीं उठाया जाता।

गोपनीयता नीति | उपयोग की शर्तें | © 2026 नगर निगम""",
        """हम साइट चलाने के लिए ज़रूरी कुकीज़ और आपकी सहमति से आँकड़ों वाली कुकीज़ इस्तेमाल करते हैं। "सभी स्वीकार करें" या "केवल ज़रूरी" चुनें। आप पेज के नीचे दी गई सेटिंग में कभी भी अपना चुनाव बदल सकते हैं।""",
        """लाइसेंस

इस सॉफ़्टवेयर की प्रति पाने वाला कोई भी व्यक्ति इसे मुफ़्त में और बिना किसी रोक के इस्तेमाल, कॉपी, संशोधित और वितरित कर सकता है, बशर्ते यह सूचना हर प्रति में बनी रहे। सॉफ़्टवेयर जैसा है वैसा दिया जाता है, बिना किसी वारंटी के।""",
    ],
}
