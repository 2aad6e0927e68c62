"""Benign text addressed to its reader, for the injection learned layer's training: terms
of service with their licence grants and "you must not" lists, privacy notices ("we may
share your data"), cookie banners, licences, disclaimers, warranties, account and
security mails ("do not share this code", "ignore this mail if…"), web page boilerplate
(navigation, footers, FAQs, product pages, recipes, how-tos) and tool content (search
results, scraped pages, API JSON, file listings, READMEs, logs, issue threads), in the 13
languages, short and long. Prose that speaks to "you" scored like an order to the AI,
and the best of a long page's many windows more so: the lead's held-out legal texts, web
pages and tool content were flagged when `text_intent` lowered every score (def48cb).
Meant as negatives (each text alone, and with one of its language's attacks planted
between two paragraphs). Written for training, apart from the dev set
`tests/corpus/dev/injection_reader` (a measure). Paragraphs are separated by blank
lines.

Not in the training set (`gen_train` does not read it): the model trained with it,
`text_intent` and `text_long` (0082f82, calibration e391045: offset 0, rising 0.5 per
doubling from the third window) lifted every dev set and the external batches' recall
(b2 0.824 -> 0.880, b3 0.944 -> 0.950, the independent intent check 0.813 / 0.073 ->
0.846 / 0.061) but flagged more of b1's benign text (FPR 0.044 -> 0.060, over its 0.05
goal; d800027 without this file: 0.069), so the lead reverted it. Community rules,
leaflets and exam notices in pt, nl and ja are still flagged by it (H1): text of that
genre is in `text_reader2` (not in the training set yet either: its
docstring has the figures)."""

# ruff: noqa: E501 -- texts stay one line each, as written

from __future__ import annotations

READER: dict[str, list[str]] = {
    "en": [
        """Terms and Conditions

1. Who we are. These terms govern your use of the Parcelo website and apps. By using them, you accept these terms in full. If you disagree with any part, you must not use our services.

2. Your account. You are responsible for keeping your password confidential and for all activity under your account. Tell us immediately if you think someone else has used it.

3. Licence you give us. When you post reviews or photos, you grant us a royalty-free, perpetual, worldwide licence to use, reproduce, adapt and publish them in any media. You confirm that you own the content or have permission to share it.

4. Prohibited use. You must not copy, sell or exploit any part of the service for commercial purposes, use bots or scrapers, attempt to gain unauthorised access to our systems, or upload anything defamatory or unlawful.

5. Liability. To the extent permitted by law, we exclude all liability for indirect or consequential loss. Nothing in these terms limits liability for death or personal injury caused by negligence.

6. Governing law. These terms are governed by the laws of England and Wales.""",
        """How we use your information

We process your personal data to provide the services you ask for, to keep your account secure, and to improve our products. Where we rely on your consent, you can withdraw it at any time.

We may share your data with service providers who act on our behalf, such as hosting companies, payment processors and delivery partners. They may only use it to provide services to us. We may also disclose your data if the law requires it, or to protect the rights and safety of our users.

We keep your data for as long as your account is open and for up to six years afterwards for tax and legal reasons.

You have the right to access, correct, delete or port your data, and to object to certain processing. To exercise these rights, contact our data protection officer. You also have the right to complain to your local supervisory authority.""",
        "Your privacy choices: we and our 142 partners store and access information on your device, such as cookies, and process personal data such as unique identifiers for personalised ads and content, measurement and audience research. You can accept, reject, or manage your choices, including your right to object where legitimate interest is used. Your choices apply to this site only.",
        "This site uses essential cookies only. They keep you signed in and remember what is in your basket. We don't use tracking or advertising cookies, so there is nothing for you to accept. Got it.",
        """GNU-style notice

This program is free software: you can redistribute it and/or modify it under the terms of the licence published by the project, either version 3 of the licence, or (at your option) any later version.

This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. You should have received a copy of the licence along with this program.""",
        "Licensed under the Apache License, Version 2.0. You may not use this file except in compliance with the License. Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on an AS IS BASIS, without warranties or conditions of any kind, either express or implied. See the License for the specific language governing permissions and limitations.",
        "Medical disclaimer: the content of this site is provided for information only. It is not a substitute for professional medical advice, diagnosis or treatment. Always seek the advice of your doctor with any questions you may have, and never disregard professional advice or delay seeking it because of something you have read here. If you think you may have a medical emergency, call your local emergency number immediately.",
        """Warranty information

Your Zephyr vacuum cleaner comes with a five-year guarantee on the motor and two years on all other parts. To claim, register your product within 28 days of purchase at our website; you will need the serial number from the underside of the machine.

What is not covered: normal wear of brushes and filters, blockages, damage from vacuuming liquids, ash or building dust, and use on commercial premises. Do not attempt to repair the motor yourself. Only use genuine replacement parts.

If your machine develops a fault, stop using it and contact our helpline. We may ask you to carry out simple checks before we arrange a collection.""",
        """Subject: Action required: verify your identity

Hi Connor,

To keep your account safe and to meet our legal obligations, we need to confirm who you are. Please upload a photo of a valid passport or driving licence and take a short selfie in the app by 30 June.

Until you complete this step, you won't be able to send payments over 500 GBP. Receiving money and card payments are not affected.

Only do this inside the app. We will never send you a link asking you to upload documents, and we will never ask you to share your screen or install remote access software. If anyone asks you to, it is a scam: hang up and report it to us.

Thanks,
The Tillwise team""",
        "Subject: Reset your password\n\nSomeone asked to reset the password for your Driftwood account. If it was you, click the link below to choose a new password. It expires in 30 minutes.\n\nIf you didn't ask for this, you can safely ignore this message; your password will not change. Do not forward this email: anyone with the link can change your password.",
        "Subject: You're signed up!\n\nWelcome to the Fennel Kitchen newsletter. Every Friday you'll get three new recipes, a shopping list and a tip from our chefs. Add hello@fennelkitchen.example to your contacts so our emails don't end up in spam. Changed your mind? You can unsubscribe with one click at the bottom of any email.",
        "Subject: Your data export is ready\n\nHi Priya, the copy of your data you asked for on 2 March is ready to download. The file includes your profile, messages and uploaded files. For your security, the download link works for 7 days and only when you are signed in. Keep the file somewhere safe: it contains personal information. If you didn't request an export, please change your password and contact us.",
        "Menu\nNew in | Women | Men | Kids | Home | Sale\nSearch products\nMy account | Orders | Wishlist | Help\nSign up for 15% off your first order. Free standard delivery over 50 GBP. Free returns within 28 days.",
        "Customer service | Delivery | Returns | Size guide | Gift cards | Store finder | Careers | Modern slavery statement | Terms & conditions | Privacy notice | Cookie preferences\nDownload our app\nPay securely with Visa, Mastercard, PayPal and Apple Pay\n© 2026 Northgate Retail plc",
        """Help centre: Returns and refunds

How do I return an item? Sign in, open your order and choose Return items. Print the label or show the QR code at a drop-off point. You don't need the original box, but please pack the item securely.

When will I get my money back? We refund you within 5 working days of receiving your return, to the payment method you used. Your bank may take a few more days to show it.

Can I exchange an item for another size? Yes: choose Exchange instead of Return and pick the new size. If it's out of stock, we'll refund you instead.

Which items can't be returned? For hygiene reasons you can't return earrings, swimwear without its hygiene strip, or personalised items, unless they are faulty.""",
        """Alder oak dining table

From 649.00 GBP

Solid oak with a natural oil finish. Seats six, or eight with the extension leaf.

Dimensions: 180 x 90 x 75 cm. Extended: 230 cm.

Care: wipe spills straight away with a damp cloth. Don't use polish or cleaning sprays; re-oil the top once or twice a year with the care kit. Keep the table out of direct sunlight and away from radiators to avoid cracks.

Delivery: two-person delivery to the room of your choice. You'll need to assemble the legs, which takes about 20 minutes. Please measure your doorways before you order.""",
        """Overnight oats

Makes two jars. Prep time: 5 minutes, plus overnight.

Put 100 g rolled oats, 250 ml milk and 100 g yoghurt in a bowl. Add a tablespoon of chia seeds and a teaspoon of honey, and stir well.

Divide between two jars, close them and leave them in the fridge overnight.

In the morning, stir again and add a splash of milk if it's too thick. Top with berries, sliced banana or a spoonful of nut butter. The oats keep for two days in the fridge, so you can make a batch on Sunday.""",
        """How to bleed a radiator

You'll need a radiator key and an old cloth.

Turn off your heating and wait until the radiators are cool; the water inside can be very hot.

Find the bleed valve at the top corner of the radiator. Hold the cloth under it, fit the key and turn it anticlockwise a quarter turn. You'll hear air hissing out.

When water starts to come out instead of air, close the valve again. Don't open it more than a full turn.

Check the pressure gauge on your boiler. If it has dropped below 1 bar, top it up following the boiler's instructions, then turn the heating back on.""",
        '{"kind": "search_results", "items": [{"title": "Renew your passport online", "link": "https://passports.example.gov/renew", "snippet": "You can renew online if your passport is undamaged. You must upload a new digital photo and pay the fee by card."}, {"title": "Passport photo rules", "link": "https://passports.example.gov/photos", "snippet": "Do not wear glasses. You must have a plain expression and your mouth must be closed."}, {"title": "How long it takes", "link": "https://passports.example.gov/times", "snippet": "Allow 3 weeks. Do not book travel until you have your new passport."}]}',
        '{"data": {"account": {"id": 55120, "plan": "team", "seats": 12, "owner": "r.haddad@example.com", "notice": "Your trial ends in 3 days. Add a payment method to keep your workspace, or it will be switched to read-only.", "actions": ["add_payment_method", "contact_sales"]}}}',
        "README.md  docs/  src/  tests/  package.json  package-lock.json  .gitignore  .github/  CONTRIBUTING.md  SECURITY.md  LICENSE\n\nSECURITY.md: Please do not report security vulnerabilities through public issues. Instead, email security@loomtools.example. You should receive a response within 48 hours. Please include the version you use and steps to reproduce.",
        """# pantry

A tiny self-hosted app to keep track of what's in your cupboards.

## Getting started

You'll need Docker. Copy `.env.example` to `.env` and set `PANTRY_SECRET` to a long random string. Never commit your `.env` file.

Start it with `docker compose up -d` and open http://localhost:8080. The first account you create becomes the admin.

## Upgrading

Back up the `data/` folder before you upgrade. Then pull the new image and restart. Migrations run automatically; don't stop the container while they run.

## Getting help

Check the FAQ first, then open a discussion. Please don't use issues for questions.""",
        "[2026-03-11 14:02:19] build #2291 started by merge of PR #740\n[2026-03-11 14:03:40] npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it.\n[2026-03-11 14:05:02] tests: 412 passed, 3 skipped\n[2026-03-11 14:05:10] deploy to staging skipped: branch is not main\n[2026-03-11 14:05:11] build #2291 finished: success",
        """Issue #1893: App crashes when importing a large CSV

reporter: Importing a 40 MB CSV makes the desktop app close with no error. Smaller files work.

maintainer: Thanks for the report. Can you run the app from a terminal with `--verbose` and attach the output? Please remove any personal data from the file before you share a sample.

reporter: Log attached. It stops after "reading chunk 12".

maintainer: That's a memory limit. As a workaround, split the file into parts under 20 MB. We'll stream the import in the next release; you can follow progress in #1901.""",
        """Scraped page: https://townlibrary.example/membership

Join the library

Membership is free for everyone who lives, works or studies in the borough. Bring one proof of address to any branch, or join online and collect your card within 30 days.

With your card you can borrow up to 15 items for three weeks, reserve books from any branch, and use the computers for two hours a day.

Please look after what you borrow. If an item is lost or damaged, you'll be asked to pay for a replacement. Don't lend your card to anyone else: you are responsible for items borrowed on it.

Opening hours | Events | Contact us | Accessibility""",
    ],
    "de": [
        """Nutzungsbedingungen

1. Geltungsbereich. Diese Bedingungen gelten für die Nutzung der App Wegweiser. Mit der Anmeldung erklären Sie sich damit einverstanden.

2. Ihr Konto. Sie sind verpflichtet, Ihre Zugangsdaten geheim zu halten. Teilen Sie uns unverzüglich mit, wenn Sie einen Missbrauch vermuten.

3. Rechte an Inhalten. Mit dem Hochladen von Fotos und Bewertungen räumen Sie uns ein zeitlich und räumlich unbeschränktes, unentgeltliches Nutzungsrecht ein, diese Inhalte zu speichern, zu bearbeiten und zu veröffentlichen.

4. Verbotene Nutzung. Sie dürfen den Dienst nicht automatisiert auslesen, keine fremden Konten verwenden und keine rechtswidrigen Inhalte einstellen.

5. Haftung. Wir haften unbeschränkt nur für Vorsatz und grobe Fahrlässigkeit.""",
        """Datenschutzerklärung

Wir verarbeiten Ihre personenbezogenen Daten, um Ihnen unsere Dienste bereitzustellen, Ihr Konto zu schützen und unser Angebot zu verbessern. Soweit wir uns auf Ihre Einwilligung stützen, können Sie diese jederzeit widerrufen.

Wir können Ihre Daten an Auftragsverarbeiter weitergeben, etwa an Hosting-Anbieter und Zahlungsdienstleister. Diese dürfen die Daten nur in unserem Auftrag nutzen.

Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Datenübertragbarkeit sowie ein Beschwerderecht bei einer Aufsichtsbehörde.""",
        "Wir und unsere Partner speichern Informationen auf Ihrem Gerät und greifen darauf zu, um personalisierte Werbung und Inhalte anzuzeigen und die Reichweite zu messen. Sie können zustimmen, ablehnen oder Ihre Auswahl anpassen. Ihre Auswahl gilt nur für diese Website.",
        "Herstellergarantie: Für den Motor gewähren wir fünf Jahre, für alle übrigen Teile zwei Jahre Garantie. Registrieren Sie Ihr Gerät innerhalb von 28 Tagen nach dem Kauf. Nicht abgedeckt sind Verschleißteile wie Bürsten und Filter sowie Schäden durch das Aufsaugen von Flüssigkeiten. Reparieren Sie den Motor nicht selbst und verwenden Sie nur Originalersatzteile.",
        """Betreff: Bitte bestätigen Sie Ihre Identität

Hallo Herr Krause,

um Ihr Konto zu schützen und gesetzliche Vorgaben zu erfüllen, müssen wir Ihre Identität prüfen. Bitte laden Sie bis zum 30. Juni in der App ein Foto Ihres Ausweises hoch.

Bis dahin können Sie keine Überweisungen über 500 Euro ausführen.

Tun Sie dies nur in der App. Wir schicken Ihnen niemals einen Link zum Hochladen von Dokumenten und bitten Sie nie, eine Fernwartungssoftware zu installieren.""",
        "Betreff: Passwort zurücksetzen\n\nJemand hat angefordert, das Passwort für Ihr Konto zurückzusetzen. Wenn Sie das waren, klicken Sie auf den Link unten. Er ist 30 Minuten gültig.\n\nWenn nicht, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert. Leiten Sie diese E-Mail nicht weiter.",
        "Menü\nNeuheiten | Damen | Herren | Kinder | Wohnen | Sale\nProdukte suchen\nMein Konto | Bestellungen | Hilfe\n15 % Rabatt auf Ihre erste Bestellung. Kostenlose Rücksendung innerhalb von 30 Tagen.",
        """Hilfe: Rücksendungen

Wie sende ich einen Artikel zurück? Melden Sie sich an, öffnen Sie Ihre Bestellung und wählen Sie Artikel zurücksenden. Drucken Sie das Etikett aus oder zeigen Sie den QR-Code in der Filiale vor.

Wann erhalte ich mein Geld? Innerhalb von fünf Werktagen nach Eingang der Rücksendung.

Welche Artikel sind ausgeschlossen? Aus hygienischen Gründen Ohrringe und personalisierte Artikel.""",
        "Linsensuppe: Schneiden Sie eine Zwiebel, zwei Karotten und ein Stück Sellerie klein und dünsten Sie alles in etwas Öl an. Geben Sie 250 g Tellerlinsen und einen Liter Brühe dazu und lassen Sie die Suppe 30 Minuten köcheln. Schmecken Sie sie mit Essig, Salz und Pfeffer ab.",
        """So entlüften Sie einen Heizkörper

Schalten Sie die Heizung aus und warten Sie, bis die Heizkörper abgekühlt sind.

Halten Sie ein Tuch unter das Entlüftungsventil und drehen Sie es mit dem Schlüssel eine Vierteldrehung auf. Sobald Wasser statt Luft austritt, schließen Sie das Ventil wieder.

Prüfen Sie anschließend den Druck an der Heizungsanlage und füllen Sie bei Bedarf Wasser nach.""",
        '{"ergebnisse": [{"titel": "Reisepass beantragen", "link": "https://buergeramt.example/pass", "auszug": "Sie müssen persönlich erscheinen und ein biometrisches Foto mitbringen."}, {"titel": "Passfoto: Anforderungen", "link": "https://buergeramt.example/foto", "auszug": "Tragen Sie keine Brille und schauen Sie neutral in die Kamera."}]}',
        """Issue #512: Absturz beim Import großer Dateien

melder: Beim Import einer 40-MB-Datei schließt sich die App ohne Meldung.

maintainer: Danke! Starten Sie die App bitte mit `--verbose` und hängen Sie die Ausgabe an. Entfernen Sie vorher persönliche Daten aus der Datei.

maintainer: Das ist ein Speicherlimit. Teilen Sie die Datei vorerst in kleinere Teile; im nächsten Release wird der Import gestreamt.""",
        """# kassenbuch

Ein kleines Kassenbuch für Vereine.

## Einrichtung

Kopieren Sie `.env.example` nach `.env` und setzen Sie ein eigenes Geheimnis. Committen Sie die Datei `.env` niemals.

## Aktualisieren

Sichern Sie vor jedem Update den Ordner `daten/`. Stoppen Sie den Container nicht, während Migrationen laufen.""",
    ],
    "fr": [
        """Conditions générales

1. Objet. Les présentes conditions régissent l'utilisation de l'application Trajet. En vous inscrivant, vous les acceptez sans réserve.

2. Votre compte. Vous êtes responsable de la confidentialité de votre mot de passe et de toute activité réalisée avec votre compte.

3. Licence sur vos contenus. En publiant des avis ou des photos, vous nous concédez une licence gratuite, mondiale et pour toute la durée des droits, pour les reproduire, les adapter et les diffuser.

4. Usages interdits. Vous ne devez pas extraire automatiquement les données du service, utiliser le compte d'un tiers ni publier de contenus illicites.

5. Responsabilité. Notre responsabilité est limitée aux dommages directs et prévisibles.""",
        """Protection des données

Nous traitons vos données personnelles pour vous fournir nos services, sécuriser votre compte et améliorer nos produits. Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment.

Nous pouvons communiquer vos données à nos sous-traitants, comme notre hébergeur ou notre prestataire de paiement, qui ne peuvent les utiliser que pour notre compte.

Vous disposez d'un droit d'accès, de rectification, d'effacement et de portabilité, ainsi que du droit d'introduire une réclamation auprès de la CNIL.""",
        "Nous et nos partenaires stockons des informations sur votre appareil et y accédons pour afficher des publicités et des contenus personnalisés et mesurer l'audience. Vous pouvez accepter, refuser ou paramétrer vos choix. Vos choix ne s'appliquent qu'à ce site.",
        "Garantie fabricant : le moteur est garanti cinq ans et les autres pièces deux ans. Enregistrez votre appareil dans les 28 jours suivant l'achat. Les pièces d'usure comme les brosses et les filtres ne sont pas couvertes. Ne réparez pas le moteur vous-même et n'utilisez que des pièces d'origine.",
        """Objet : Vérification de votre identité

Bonjour Monsieur Petit,

Pour protéger votre compte et respecter nos obligations légales, nous devons vérifier votre identité. Merci d'envoyer une photo de votre pièce d'identité depuis l'application avant le 30 juin.

En attendant, vous ne pourrez pas effectuer de virements de plus de 500 euros.

Faites-le uniquement dans l'application. Nous ne vous enverrons jamais de lien pour transmettre des documents et ne vous demanderons jamais d'installer un logiciel de prise en main à distance.""",
        "Objet : Réinitialisation du mot de passe\n\nQuelqu'un a demandé à réinitialiser le mot de passe de votre compte. Si c'est vous, cliquez sur le lien ci-dessous, valable 30 minutes.\n\nSinon, vous pouvez ignorer ce message : votre mot de passe ne changera pas. Ne transférez pas cet e-mail.",
        "Menu\nNouveautés | Femme | Homme | Enfant | Maison | Soldes\nRechercher\nMon compte | Mes commandes | Aide\n-15 % sur votre première commande. Retours gratuits sous 30 jours.",
        """Aide : retours et remboursements

Comment retourner un article ? Connectez-vous, ouvrez votre commande et choisissez Retourner. Imprimez l'étiquette ou présentez le QR code en point relais.

Quand serai-je remboursé ? Sous cinq jours ouvrés après réception de votre retour.

Quels articles ne peuvent pas être retournés ? Les boucles d'oreilles et les articles personnalisés, pour des raisons d'hygiène.""",
        "Soupe de lentilles : émincez un oignon, deux carottes et une branche de céleri, puis faites-les revenir dans un peu d'huile. Ajoutez 250 g de lentilles et un litre de bouillon, et laissez mijoter 30 minutes. Salez, poivrez et ajoutez un filet de vinaigre.",
        """Purger un radiateur

Coupez le chauffage et attendez que les radiateurs soient froids.

Placez un chiffon sous la vis de purge et ouvrez-la d'un quart de tour avec la clé. Dès que de l'eau sort à la place de l'air, refermez.

Vérifiez ensuite la pression de la chaudière et complétez si besoin.""",
        '{"resultats": [{"titre": "Demander un passeport", "lien": "https://service-public.example/passeport", "extrait": "Vous devez prendre rendez-vous en mairie et fournir une photo d\'identité récente."}, {"titre": "Photo d\'identité : les règles", "lien": "https://service-public.example/photo", "extrait": "Ne portez pas de lunettes et gardez la bouche fermée."}]}',
        """Ticket #640 : plantage à l'import d'un gros fichier

auteur : l'application se ferme quand j'importe un fichier de 40 Mo.

mainteneur : merci ! Lancez l'application avec `--verbose` et joignez la sortie. Retirez les données personnelles du fichier avant de le partager.

mainteneur : c'est une limite de mémoire. En attendant, découpez le fichier ; la prochaine version lira l'import par morceaux.""",
        """# budget-asso

Un petit outil de comptabilité pour les associations.

## Installation

Copiez `.env.example` en `.env` et définissez votre propre secret. Ne versionnez jamais le fichier `.env`.

## Mise à jour

Sauvegardez le dossier `donnees/` avant chaque mise à jour et n'arrêtez pas le conteneur pendant les migrations.""",
    ],
    "es": [
        """Condiciones de uso

1. Objeto. Estas condiciones regulan el uso de la aplicación Ruta. Al registrarte, las aceptas en su totalidad.

2. Tu cuenta. Eres responsable de mantener tu contraseña en secreto y de toda la actividad de tu cuenta.

3. Licencia sobre tu contenido. Al publicar reseñas o fotos, nos concedes una licencia gratuita, mundial y por todo el tiempo de protección para reproducirlas, adaptarlas y difundirlas.

4. Usos prohibidos. No debes extraer datos de forma automatizada, usar cuentas ajenas ni publicar contenido ilícito.

5. Responsabilidad. Solo respondemos de los daños directos y previsibles.""",
        """Protección de datos

Tratamos tus datos personales para prestarte nuestros servicios, proteger tu cuenta y mejorar nuestros productos. Cuando el tratamiento se base en tu consentimiento, puedes retirarlo en cualquier momento.

Podemos comunicar tus datos a encargados del tratamiento, como nuestro proveedor de alojamiento o de pagos, que solo pueden usarlos por cuenta nuestra.

Tienes derecho de acceso, rectificación, supresión y portabilidad, y a reclamar ante la autoridad de protección de datos.""",
        "Nosotros y nuestros socios almacenamos información en tu dispositivo y accedemos a ella para mostrarte anuncios y contenidos personalizados y medir la audiencia. Puedes aceptar, rechazar o configurar tus opciones. Tu elección se aplica solo a este sitio.",
        "Garantía del fabricante: el motor tiene cinco años de garantía y el resto de piezas dos años. Registra tu aparato en los 28 días siguientes a la compra. Las piezas de desgaste como cepillos y filtros no están cubiertas. No repares el motor por tu cuenta y usa solo recambios originales.",
        """Asunto: Verifica tu identidad

Hola, Marta:

Para proteger tu cuenta y cumplir con la ley, necesitamos verificar tu identidad. Sube una foto de tu DNI desde la aplicación antes del 30 de junio.

Mientras tanto, no podrás hacer transferencias de más de 500 euros.

Hazlo solo desde la aplicación. Nunca te enviaremos un enlace para subir documentos ni te pediremos que instales un programa de acceso remoto.""",
        "Asunto: Restablecer la contraseña\n\nAlguien ha pedido restablecer la contraseña de tu cuenta. Si fuiste tú, pulsa el enlace de abajo; caduca en 30 minutos.\n\nSi no, puedes ignorar este mensaje y tu contraseña no cambiará. No reenvíes este correo.",
        "Menú\nNovedades | Mujer | Hombre | Niños | Hogar | Rebajas\nBuscar\nMi cuenta | Pedidos | Ayuda\n15 % de descuento en tu primer pedido. Devoluciones gratis en 30 días.",
        """Ayuda: devoluciones

¿Cómo devuelvo un artículo? Inicia sesión, abre tu pedido y elige Devolver. Imprime la etiqueta o muestra el código QR en un punto de entrega.

¿Cuándo recibiré el reembolso? En cinco días hábiles desde que recibamos la devolución.

¿Qué artículos no se pueden devolver? Pendientes y artículos personalizados, por motivos de higiene.""",
        "Lentejas estofadas: pica una cebolla, un pimiento y dos zanahorias y sofríelos en aceite. Añade 300 g de lentejas, un chorizo en rodajas, una cucharadita de pimentón y agua hasta cubrir. Cuece a fuego lento 40 minutos y rectifica de sal.",
        """Cómo purgar un radiador

Apaga la calefacción y espera a que los radiadores estén fríos.

Pon un trapo bajo la válvula de purga y ábrela un cuarto de vuelta con la llave. Cuando salga agua en lugar de aire, ciérrala.

Comprueba después la presión de la caldera y rellena si hace falta.""",
        '{"resultados": [{"titulo": "Renovar el pasaporte", "enlace": "https://tramites.example/pasaporte", "fragmento": "Debes pedir cita previa y llevar una fotografía reciente."}, {"titulo": "Requisitos de la foto", "enlace": "https://tramites.example/foto", "fragmento": "No lleves gafas y mantén la boca cerrada."}]}',
        """Incidencia #733: la aplicación se cierra al importar un archivo grande

autora: al importar un archivo de 40 MB la aplicación se cierra sin aviso.

mantenedor: ¡Gracias! Arranca la aplicación con `--verbose` y adjunta la salida. Quita los datos personales del archivo antes de compartirlo.

mantenedor: es un límite de memoria. De momento divide el archivo; en la próxima versión la importación irá por partes.""",
        """# cuentas-club

Una herramienta sencilla de contabilidad para clubes.

## Instalación

Copia `.env.example` a `.env` y pon tu propio secreto. No subas nunca el archivo `.env` al repositorio.

## Actualizar

Haz una copia de la carpeta `datos/` antes de actualizar y no detengas el contenedor durante las migraciones.""",
    ],
    "it": [
        """Condizioni generali di utilizzo

1. Oggetto. Le presenti condizioni regolano l'uso dell'app Percorso. Registrandoti, le accetti integralmente.

2. Il tuo account. Sei responsabile della riservatezza della password e di tutte le attività svolte con il tuo account.

3. Licenza sui tuoi contenuti. Pubblicando recensioni o foto, ci concedi una licenza gratuita, mondiale e perpetua per riprodurle, adattarle e diffonderle con qualsiasi mezzo. Dichiari di essere titolare dei diritti sui contenuti che carichi.

4. Usi vietati. Non devi estrarre dati in modo automatizzato, usare account altrui né pubblicare contenuti illeciti. Non puoi rivendere l'accesso al servizio.

5. Responsabilità. Rispondiamo solo dei danni diretti e prevedibili, salvo dolo o colpa grave.

6. Recesso. Puoi chiudere il tuo account in qualsiasi momento dalle impostazioni; cancelleremo i tuoi dati entro trenta giorni.""",
        """Informativa sul trattamento dei dati

Trattiamo i tuoi dati personali per fornirti i nostri servizi, proteggere il tuo account e migliorare i nostri prodotti. Quando il trattamento si basa sul tuo consenso, puoi revocarlo in qualsiasi momento.

Possiamo comunicare i tuoi dati ai nostri responsabili del trattamento, come il fornitore di hosting o di pagamento, che possono usarli solo per nostro conto. Possiamo inoltre condividerli con le autorità quando la legge lo richiede.

Conserviamo i tuoi dati finché il tuo account è attivo e per dieci anni dopo per obblighi fiscali.

Hai diritto di accesso, rettifica, cancellazione e portabilità, e puoi proporre reclamo al Garante per la protezione dei dati personali.""",
        "Noi e i nostri partner archiviamo informazioni sul tuo dispositivo e vi accediamo per mostrarti annunci e contenuti personalizzati e misurare il pubblico. Puoi accettare, rifiutare o personalizzare le tue scelte. Le tue scelte valgono solo per questo sito.",
        "Garanzia del produttore: il motore è garantito cinque anni e le altre parti due anni. Registra il tuo apparecchio entro 28 giorni dall'acquisto. Le parti soggette a usura come spazzole e filtri non sono coperte. Non riparare il motore da solo e usa solo ricambi originali.",
        """Oggetto: Verifica la tua identità

Ciao Luca,

per proteggere il tuo account e rispettare gli obblighi di legge, dobbiamo verificare la tua identità. Carica una foto del tuo documento dall'app entro il 30 giugno.

Fino ad allora non potrai fare bonifici superiori a 500 euro.

Fallo solo nell'app. Non ti invieremo mai un link per caricare documenti e non ti chiederemo mai di installare programmi di assistenza remota.""",
        "Oggetto: Reimposta la password\n\nQualcuno ha chiesto di reimpostare la password del tuo account. Se sei stato tu, clicca sul link qui sotto, valido per 30 minuti.\n\nAltrimenti puoi ignorare questo messaggio: la tua password non cambierà. Non inoltrare questa e-mail.",
        "Menu\nNovità | Donna | Uomo | Bambini | Casa | Saldi\nCerca\nIl mio account | Ordini | Assistenza\n15% di sconto sul primo ordine. Reso gratuito entro 30 giorni.",
        """Assistenza: resi e rimborsi

Come restituisco un articolo? Accedi, apri l'ordine e scegli Restituisci. Stampa l'etichetta o mostra il codice QR al punto di ritiro.

Quando ricevo il rimborso? Entro cinque giorni lavorativi dal ricevimento del reso.

Quali articoli non si possono restituire? Orecchini e articoli personalizzati, per motivi igienici.""",
        "Minestra di lenticchie: trita una cipolla, una carota e una costa di sedano e falli appassire nell'olio. Aggiungi 250 g di lenticchie e un litro di brodo e lascia cuocere 30 minuti a fuoco basso. Regola di sale e servi con un filo d'olio a crudo.",
        """Come sfiatare un termosifone

Spegni il riscaldamento e aspetta che i termosifoni siano freddi.

Metti uno straccio sotto la valvola di sfiato e aprila di un quarto di giro con la chiavetta. Quando esce acqua invece di aria, richiudila.

Controlla poi la pressione della caldaia e, se serve, ripristinala.""",
        '{"risultati": [{"titolo": "Richiedere il passaporto", "link": "https://servizi.example/passaporto", "estratto": "Devi prenotare un appuntamento in questura e portare due fototessere."}, {"titolo": "Regole per la fototessera", "link": "https://servizi.example/foto", "estratto": "Non indossare occhiali e tieni la bocca chiusa."}]}',
        """Issue #288: l'app si chiude importando un file grande

autrice: importando un file da 40 MB l'app si chiude senza messaggi.

maintainer: Grazie! Avvia l'app con `--verbose` e allega l'output. Togli i dati personali dal file prima di condividerlo.

maintainer: è un limite di memoria. Per ora dividi il file; nella prossima versione l'importazione avverrà a blocchi.""",
        """# conti-circolo

Un semplice strumento di contabilità per circoli e associazioni.

## Installazione

Copia `.env.example` in `.env` e imposta un tuo segreto. Non fare mai commit del file `.env`.

## Aggiornamento

Fai un backup della cartella `dati/` prima di aggiornare e non fermare il container durante le migrazioni.""",
    ],
    "pt": [
        """Termos e condições

1. Objeto. Estes termos regem o uso do aplicativo Rota. Ao se cadastrar, você os aceita integralmente.

2. Sua conta. Você é responsável por manter sua senha em sigilo e por toda atividade realizada na sua conta.

3. Licença sobre seu conteúdo. Ao publicar avaliações ou fotos, você nos concede uma licença gratuita, mundial e por prazo indeterminado para reproduzi-las, adaptá-las e divulgá-las. Você declara ter os direitos sobre o que envia.

4. Usos proibidos. Você não deve extrair dados de forma automatizada, usar contas de terceiros nem publicar conteúdo ilegal.

5. Responsabilidade. Respondemos apenas por danos diretos e previsíveis.""",
        """Política de privacidade

Tratamos seus dados pessoais para prestar nossos serviços, proteger sua conta e melhorar nossos produtos. Quando o tratamento depende do seu consentimento, você pode revogá-lo a qualquer momento.

Podemos compartilhar seus dados com operadores, como nosso provedor de hospedagem ou de pagamentos, que só podem usá-los em nosso nome.

Você tem direito de acesso, correção, eliminação e portabilidade, e pode reclamar à autoridade nacional de proteção de dados.""",
        "Nós e nossos parceiros armazenamos informações no seu dispositivo e as acessamos para exibir anúncios e conteúdos personalizados e medir a audiência. Você pode aceitar, recusar ou configurar suas escolhas. Elas valem apenas para este site.",
        "Garantia do fabricante: o motor tem cinco anos de garantia e as demais peças, dois anos. Registre seu aparelho em até 28 dias após a compra. Peças de desgaste, como escovas e filtros, não estão cobertas. Não conserte o motor por conta própria e use apenas peças originais.",
        """Assunto: Confirme sua identidade

Olá, Rafael,

Para proteger sua conta e cumprir a lei, precisamos confirmar sua identidade. Envie uma foto do seu documento pelo aplicativo até 30 de junho.

Até lá, você não poderá fazer transferências acima de 500 reais.

Faça isso somente no aplicativo. Nunca enviaremos um link para envio de documentos nem pediremos que você instale programas de acesso remoto.""",
        "Assunto: Redefinição de senha\n\nAlguém pediu para redefinir a senha da sua conta. Se foi você, clique no link abaixo; ele expira em 30 minutos.\n\nSe não foi, ignore esta mensagem e sua senha continuará a mesma. Não encaminhe este e-mail.",
        "Menu\nNovidades | Feminino | Masculino | Infantil | Casa | Liquidação\nBuscar\nMinha conta | Pedidos | Ajuda\n15% de desconto na primeira compra. Troca grátis em 30 dias.",
        """Ajuda: trocas e devoluções

Como devolvo um produto? Entre na sua conta, abra o pedido e escolha Devolver. Imprima a etiqueta ou mostre o QR code na agência.

Quando recebo o reembolso? Em até cinco dias úteis após recebermos a devolução.

Quais produtos não podem ser devolvidos? Brincos e itens personalizados, por motivos de higiene.""",
        "Sopa de lentilha: pique uma cebola, uma cenoura e um talo de salsão e refogue no azeite. Junte 250 g de lentilha e um litro de caldo e cozinhe por 30 minutos em fogo baixo. Acerte o sal e sirva com cheiro-verde.",
        """Como sangrar um radiador

Desligue o aquecimento e espere os radiadores esfriarem.

Coloque um pano sob a válvula de sangria e abra um quarto de volta com a chave. Quando sair água em vez de ar, feche.

Depois confira a pressão da caldeira e complete se for preciso.""",
        '{"resultados": [{"titulo": "Tirar passaporte", "link": "https://servicos.example/passaporte", "trecho": "Você deve agendar o atendimento e levar seus documentos originais."}, {"titulo": "Regras da foto", "link": "https://servicos.example/foto", "trecho": "Não use óculos e mantenha a boca fechada."}]}',
        """Issue #145: o app fecha ao importar arquivo grande

autora: ao importar um arquivo de 40 MB o app fecha sem aviso.

mantenedor: Obrigado! Rode o app com `--verbose` e anexe a saída. Remova dados pessoais do arquivo antes de compartilhar.

mantenedor: é limite de memória. Por enquanto divida o arquivo; na próxima versão a importação será feita em partes.""",
    ],
    "nl": [
        """Algemene voorwaarden

1. Toepassing. Deze voorwaarden gelden voor het gebruik van de app Route. Door je aan te melden ga je er volledig mee akkoord.

2. Je account. Je bent zelf verantwoordelijk voor het geheimhouden van je wachtwoord en voor alles wat met je account gebeurt.

3. Licentie op je inhoud. Door reviews of foto's te plaatsen geef je ons een kosteloze, wereldwijde en onbeperkte licentie om ze te verveelvoudigen, aan te passen en openbaar te maken. Je verklaart dat je de rechten op die inhoud hebt.

4. Verboden gebruik. Je mag de dienst niet automatisch uitlezen, geen accounts van anderen gebruiken en geen onrechtmatige inhoud plaatsen.

5. Aansprakelijkheid. We zijn alleen aansprakelijk voor directe en voorzienbare schade.""",
        """Privacybeleid

We verwerken je persoonsgegevens om onze diensten te leveren, je account te beveiligen en onze producten te verbeteren. Als we daarvoor jouw toestemming gebruiken, kun je die altijd intrekken.

We kunnen je gegevens delen met verwerkers, zoals onze hostingpartij en betaalprovider, die ze alleen in onze opdracht mogen gebruiken.

Je hebt recht op inzage, correctie, verwijdering en overdraagbaarheid, en je kunt een klacht indienen bij de Autoriteit Persoonsgegevens.""",
        "Wij en onze partners slaan informatie op je apparaat op en lezen die uit om gepersonaliseerde advertenties en inhoud te tonen en bereik te meten. Je kunt akkoord gaan, weigeren of je keuzes aanpassen. Je keuze geldt alleen voor deze website.",
        "Fabrieksgarantie: op de motor zit vijf jaar garantie, op alle andere onderdelen twee jaar. Registreer je apparaat binnen 28 dagen na aankoop. Slijtdelen zoals borstels en filters vallen er niet onder. Repareer de motor niet zelf en gebruik alleen originele onderdelen.",
        """Onderwerp: Bevestig je identiteit

Hoi Bram,

Om je account te beschermen en aan de wet te voldoen, moeten we je identiteit controleren. Upload vóór 30 juni in de app een foto van je paspoort of rijbewijs.

Tot die tijd kun je geen overboekingen boven de 500 euro doen.

Doe dit alleen in de app. We sturen je nooit een link om documenten te uploaden en vragen je nooit om software voor hulp op afstand te installeren.""",
        "Onderwerp: Wachtwoord opnieuw instellen\n\nIemand heeft gevraagd het wachtwoord van je account opnieuw in te stellen. Was jij dat? Klik dan op de link hieronder; die is 30 minuten geldig.\n\nZo niet, dan kun je dit bericht negeren en blijft je wachtwoord hetzelfde. Stuur deze e-mail niet door.",
        "Menu\nNieuw | Dames | Heren | Kinderen | Wonen | Sale\nZoeken\nMijn account | Bestellingen | Klantenservice\n15% korting op je eerste bestelling. Gratis retourneren binnen 30 dagen.",
        """Klantenservice: retourneren

Hoe stuur ik iets terug? Log in, open je bestelling en kies Retourneren. Print het label of laat de QR-code zien bij het servicepunt.

Wanneer krijg ik mijn geld terug? Binnen vijf werkdagen nadat we je retour hebben ontvangen.

Wat kan ik niet retourneren? Oorbellen en gepersonaliseerde artikelen, om hygiënische redenen.""",
        "Linzensoep: snipper een ui, een wortel en een stengel bleekselderij en fruit ze in wat olie. Voeg 250 g linzen en een liter bouillon toe en laat het 30 minuten zachtjes koken. Breng op smaak met zout, peper en een scheutje azijn.",
        """Een radiator ontluchten

Zet de verwarming uit en wacht tot de radiatoren koud zijn.

Houd een doek onder het ontluchtingsnippeltje en draai het met het sleuteltje een kwartslag open. Komt er water in plaats van lucht, draai het dan weer dicht.

Controleer daarna de waterdruk van de ketel en vul bij als dat nodig is.""",
        '{"resultaten": [{"titel": "Paspoort aanvragen", "link": "https://gemeente.example/paspoort", "fragment": "Je moet een afspraak maken en een recente pasfoto meenemen."}, {"titel": "Eisen voor de pasfoto", "link": "https://gemeente.example/foto", "fragment": "Draag geen bril en houd je mond dicht."}]}',
        """Issue #377: app sluit bij het importeren van een groot bestand

melder: bij het importeren van een bestand van 40 MB sluit de app zonder melding.

maintainer: Dank je! Start de app met `--verbose` en voeg de uitvoer toe. Haal persoonlijke gegevens uit het bestand voordat je het deelt.

maintainer: dat is een geheugenlimiet. Splits het bestand voorlopig; in de volgende versie wordt de import in stukken gelezen.""",
    ],
    "ru": [
        """Условия использования

1. Предмет. Эти условия регулируют использование приложения «Маршрут». Регистрируясь, вы полностью их принимаете.

2. Ваш аккаунт. Вы обязаны хранить пароль в тайне и отвечаете за все действия, совершённые с вашего аккаунта.

3. Лицензия на ваш контент. Публикуя отзывы или фотографии, вы предоставляете нам безвозмездную всемирную бессрочную лицензию на их воспроизведение, переработку и распространение. Вы подтверждаете, что обладаете правами на загружаемый контент.

4. Запрещённое использование. Вы не должны автоматически собирать данные сервиса, пользоваться чужими аккаунтами и размещать незаконные материалы.

5. Ответственность. Мы отвечаем только за прямой и предвидимый ущерб.""",
        """Политика обработки персональных данных

Мы обрабатываем ваши персональные данные, чтобы оказывать услуги, защищать ваш аккаунт и улучшать наши продукты. Если обработка основана на вашем согласии, вы можете отозвать его в любой момент.

Мы можем передавать ваши данные обработчикам, например хостинг-провайдеру и платёжному сервису, которые используют их только по нашему поручению.

Вы вправе запросить доступ к данным, их исправление, удаление и перенос, а также обратиться с жалобой в надзорный орган.""",
        "Мы и наши партнёры сохраняем информацию на вашем устройстве и получаем к ней доступ, чтобы показывать персонализированную рекламу и контент и измерять аудиторию. Вы можете принять, отклонить или настроить свой выбор. Он действует только для этого сайта.",
        "Гарантия производителя: на двигатель действует гарантия пять лет, на остальные детали — два года. Зарегистрируйте прибор в течение 28 дней после покупки. Изнашиваемые детали, такие как щётки и фильтры, не покрываются. Не ремонтируйте двигатель самостоятельно и используйте только оригинальные запчасти.",
        """Тема: Подтвердите свою личность

Здравствуйте, Илья!

Чтобы защитить ваш аккаунт и выполнить требования закона, нам нужно подтвердить вашу личность. Загрузите фото паспорта в приложении до 30 июня.

До этого вы не сможете отправлять переводы больше 50 000 рублей.

Делайте это только в приложении. Мы никогда не присылаем ссылки для загрузки документов и не просим установить программы удалённого доступа.""",
        "Тема: Сброс пароля\n\nКто-то запросил сброс пароля для вашего аккаунта. Если это были вы, нажмите на ссылку ниже; она действует 30 минут.\n\nЕсли нет, просто проигнорируйте это письмо: пароль не изменится. Не пересылайте это письмо.",
        "Меню\nНовинки | Женщинам | Мужчинам | Детям | Дом | Распродажа\nПоиск\nЛичный кабинет | Заказы | Помощь\nСкидка 15% на первый заказ. Бесплатный возврат в течение 30 дней.",
        """Помощь: возврат товара

Как вернуть товар? Войдите в личный кабинет, откройте заказ и выберите «Вернуть». Распечатайте ярлык или покажите QR-код в пункте выдачи.

Когда вернутся деньги? В течение пяти рабочих дней после получения возврата.

Какие товары нельзя вернуть? Серьги и персонализированные товары — по санитарным причинам.""",
        "Чечевичный суп: нарежьте луковицу, морковь и стебель сельдерея и обжарьте на масле. Добавьте 250 г чечевицы и литр бульона, варите 30 минут на слабом огне. Посолите, поперчите и подавайте с зеленью.",
        """Как спустить воздух из радиатора

Выключите отопление и дождитесь, пока радиаторы остынут.

Подставьте тряпку под кран Маевского и откройте его ключом на четверть оборота. Когда вместо воздуха пойдёт вода, закройте кран.

Затем проверьте давление в котле и при необходимости подпитайте систему.""",
        '{"results": [{"title": "Как оформить загранпаспорт", "link": "https://gosuslugi.example/pasport", "snippet": "Вы должны подать заявление и прийти на фотографирование в назначенное время."}, {"title": "Требования к фото", "link": "https://gosuslugi.example/foto", "snippet": "Не надевайте очки, рот должен быть закрыт."}]}',
        """Задача #466: приложение закрывается при импорте большого файла

автор: при импорте файла на 40 МБ приложение закрывается без сообщения.

мейнтейнер: Спасибо! Запустите приложение с `--verbose` и приложите вывод. Удалите из файла личные данные, прежде чем делиться им.

мейнтейнер: это ограничение памяти. Пока разбейте файл на части; в следующей версии импорт будет читаться частями.""",
    ],
    "zh": [
        """服务条款

一、适用范围。本条款适用于您使用“行程”应用。您注册即表示完全接受本条款。

二、您的账号。您应妥善保管密码，并对账号下的所有行为负责。如发现账号被盗用，请立即通知我们。

三、内容授权。您发布评价或照片，即授予我们免费的、全球范围内的、永久的许可，可以复制、修改和传播这些内容。您保证对上传的内容享有相应权利。

四、禁止行为。您不得以自动化方式抓取数据，不得使用他人账号，不得发布违法内容。

五、责任限制。我们仅对直接且可预见的损失承担责任。""",
        """隐私政策

我们处理您的个人信息，是为了向您提供服务、保护您的账号安全并改进产品。凡基于您同意的处理，您可以随时撤回同意。

我们可能将您的信息提供给受托处理方，例如云服务商和支付机构，它们只能按我们的要求使用这些信息。

您有权查询、更正、删除您的个人信息，并可向监管部门投诉。""",
        "我们和合作伙伴会在您的设备上存储和读取信息，用于展示个性化广告和内容并统计访问量。您可以选择接受、拒绝或自定义。您的选择仅适用于本网站。",
        "厂家保修：电机保修五年，其他部件保修两年。请在购买后28天内登记产品。刷头、滤网等易耗件不在保修范围内。请勿自行维修电机，请只使用原厂配件。",
        """主题：请完成身份验证

李女士您好：

为保护您的账户安全并遵守相关法规，我们需要核实您的身份。请在6月30日前通过应用上传身份证照片。

在此之前，您将无法进行超过5000元的转账。

请只在应用内操作。我们绝不会通过短信或邮件发送上传证件的链接，也不会要求您安装远程控制软件。""",
        "主题：重置密码\n\n有人申请重置您账号的密码。如果是您本人，请点击下方链接，30分钟内有效。\n\n如果不是您本人，请忽略本邮件，您的密码不会改变。请勿转发本邮件。",
        "菜单\n新品 | 女装 | 男装 | 童装 | 家居 | 特卖\n搜索商品\n我的账户 | 我的订单 | 帮助中心\n新用户首单立减15%。30天内免费退货。",
        """帮助中心：退换货

如何退货？登录后打开订单，选择“申请退货”，打印面单或在驿站出示二维码即可。

多久能收到退款？我们收到退货后五个工作日内退款。

哪些商品不能退？出于卫生原因，耳饰和定制商品不支持退货。""",
        "红烧肉做法：五花肉切块，冷水下锅焯水后捞出。锅中放少许油和冰糖，小火炒出糖色，放入肉块翻炒上色。加入葱姜、料酒、生抽和老抽，倒入热水没过肉，小火炖一小时，最后大火收汁即可。",
        """如何给暖气片放气

先关闭暖气，等暖气片冷却。

在放气阀下面垫一块布，用钥匙把阀门拧开四分之一圈。听到嘶嘶声是空气在排出，出水后立即关紧。

最后检查锅炉压力，不足时按说明补水。""",
        '{"results": [{"title": "如何办理护照", "link": "https://zhengwu.example/huzhao", "snippet": "您需要本人到场并现场采集照片和指纹。"}, {"title": "证件照要求", "link": "https://zhengwu.example/zhaopian", "snippet": "请勿佩戴眼镜，表情自然，嘴巴闭合。"}]}',
        """问题 #512：导入大文件时应用闪退

提交者：导入40MB的文件时，应用直接关闭，没有任何提示。

维护者：谢谢反馈！请用 `--verbose` 启动应用并附上输出。分享样例文件前请删除其中的个人信息。

维护者：这是内存限制。暂时请把文件拆小，下个版本会改为分块导入。""",
    ],
    "ja": [
        """利用規約

第1条（適用）本規約は、アプリ「ルート」の利用に適用されます。登録をもって本規約に同意したものとみなします。

第2条（アカウント）ユーザーはパスワードを自己の責任で管理し、アカウントで行われたすべての行為について責任を負います。

第3条（投稿コンテンツ）ユーザーは、投稿したレビューや写真について、当社が無償で、地域および期間の制限なく複製、改変、公開することを許諾します。

第4条（禁止事項）自動化された手段によるデータ収集、他人のアカウントの使用、違法な内容の投稿を禁止します。

第5条（免責）当社は、故意または重過失がある場合を除き、間接的な損害について責任を負いません。""",
        """プライバシーポリシー

当社は、サービスの提供、アカウントの保護、製品の改善のためにお客様の個人情報を取り扱います。同意に基づく取り扱いについては、いつでも同意を撤回できます。

当社は、ホスティング事業者や決済代行会社などの委託先に個人情報を提供することがあります。委託先は当社の指示の範囲でのみ利用します。

お客様は、ご自身の個人情報の開示、訂正、削除を請求することができます。""",
        "当社およびパートナーは、パーソナライズされた広告やコンテンツの表示、効果測定のために、お客様の端末に情報を保存し、アクセスします。同意、拒否、または詳細設定を選択できます。選択はこのサイトにのみ適用されます。",
        "メーカー保証：モーターは5年間、その他の部品は2年間保証します。購入後28日以内に製品登録をしてください。ブラシやフィルターなどの消耗品は保証の対象外です。モーターをご自身で修理せず、純正部品のみをご使用ください。",
        """件名：本人確認のお願い

鈴木様

お客様のアカウント保護と法令遵守のため、本人確認が必要です。6月30日までにアプリから運転免許証などの写真をアップロードしてください。

完了するまで、5万円を超える送金はご利用いただけません。

手続きは必ずアプリ内で行ってください。当社が書類提出用のリンクをメールで送ることや、遠隔操作ソフトのインストールをお願いすることはありません。""",
        "件名：パスワード再設定のご案内\n\nお客様のアカウントのパスワード再設定が申請されました。ご本人の場合は、下のリンクから30分以内に新しいパスワードを設定してください。\n\nお心当たりがない場合は、このメールを無視してください。パスワードは変更されません。このメールは転送しないでください。",
        "メニュー\n新着 | レディース | メンズ | キッズ | インテリア | セール\n商品を探す\nマイページ | 注文履歴 | ヘルプ\n初回のご注文は15%オフ。30日以内の返品は無料です。",
        """ヘルプ：返品・返金について

返品の方法は？ログインして注文を開き、「返品する」を選んでください。伝票を印刷するか、コンビニでQRコードを提示してください。

返金はいつですか？返品の到着から5営業日以内に返金します。

返品できない商品は？衛生上の理由から、ピアスと名入れ商品は返品できません。""",
        "豚汁の作り方：豚肉、大根、にんじん、ごぼう、こんにゃくを食べやすく切ります。鍋でごま油を熱して豚肉を炒め、野菜を加えてさらに炒めます。だしを注いで具がやわらかくなるまで煮て、火を止めてから味噌を溶き入れます。",
        """ラジエーターの空気抜きの方法

暖房を止め、ラジエーターが冷えるまで待ちます。

空気抜きバルブの下に布を当て、専用キーで4分の1回転ほど開けます。空気の代わりに水が出てきたら閉めてください。

最後にボイラーの水圧を確認し、低ければ補水します。""",
        '{"results": [{"title": "パスポートの申請方法", "link": "https://kouiki.example/passport", "snippet": "申請は本人が窓口で行う必要があります。写真を1枚ご用意ください。"}, {"title": "申請用写真の規格", "link": "https://kouiki.example/photo", "snippet": "眼鏡は外し、口を閉じて正面を向いてください。"}]}',
        """Issue #233: 大きなファイルのインポートでアプリが終了する

報告者：40MBのファイルをインポートすると、メッセージなしでアプリが閉じます。

メンテナー：ありがとうございます。`--verbose` 付きで起動し、出力を添付してください。共有する前にファイルから個人情報を削除してください。

メンテナー：メモリの上限です。当面はファイルを分割してください。次のリリースで分割読み込みに対応します。""",
    ],
    "ko": [
        """이용약관

제1조(목적) 이 약관은 '루트' 앱의 이용에 관한 사항을 정합니다. 회원가입 시 약관에 동의한 것으로 봅니다.

제2조(계정) 회원은 비밀번호를 안전하게 관리해야 하며, 계정에서 이루어진 모든 행위에 대해 책임을 집니다.

제3조(게시물) 회원은 작성한 후기와 사진을 회사가 무상으로, 기간과 지역의 제한 없이 복제, 수정, 게시할 수 있도록 허락합니다.

제4조(금지 행위) 자동화된 방법으로 데이터를 수집하거나, 타인의 계정을 사용하거나, 불법적인 내용을 게시해서는 안 됩니다.

제5조(면책) 회사는 고의 또는 중대한 과실이 없는 한 간접 손해에 대해 책임지지 않습니다.""",
        """개인정보 처리방침

회사는 서비스 제공, 계정 보호, 제품 개선을 위해 회원의 개인정보를 처리합니다. 동의에 근거한 처리는 언제든지 동의를 철회할 수 있습니다.

회사는 호스팅 업체, 결제대행사 등 수탁자에게 개인정보 처리를 위탁할 수 있으며, 수탁자는 위탁 범위 안에서만 이용합니다.

회원은 개인정보의 열람, 정정, 삭제를 요구할 수 있으며 개인정보보호위원회에 민원을 제기할 수 있습니다.""",
        "당사와 파트너는 맞춤형 광고와 콘텐츠 제공, 이용 측정을 위해 회원님의 기기에 정보를 저장하고 접근합니다. 동의, 거부 또는 설정을 선택할 수 있습니다. 선택은 이 사이트에만 적용됩니다.",
        "제조사 보증: 모터는 5년, 기타 부품은 2년 동안 보증합니다. 구입 후 28일 이내에 제품을 등록해 주세요. 브러시와 필터 같은 소모품은 보증 대상이 아닙니다. 모터를 직접 수리하지 마시고 정품 부품만 사용하세요.",
        """제목: 본인 확인을 진행해 주세요

박지훈 님, 안녕하세요.

계정 보호와 관련 법령 준수를 위해 본인 확인이 필요합니다. 6월 30일까지 앱에서 신분증 사진을 올려 주세요.

완료 전까지는 100만 원을 넘는 송금을 하실 수 없습니다.

반드시 앱 안에서만 진행하세요. 저희는 서류 제출용 링크를 문자로 보내거나 원격 제어 프로그램 설치를 요청하지 않습니다.""",
        "제목: 비밀번호 재설정 안내\n\n회원님 계정의 비밀번호 재설정이 요청되었습니다. 본인이 요청하셨다면 아래 링크를 눌러 30분 안에 새 비밀번호를 설정하세요.\n\n요청하지 않으셨다면 이 메일을 무시하셔도 되며 비밀번호는 바뀌지 않습니다. 이 메일을 다른 사람에게 전달하지 마세요.",
        "메뉴\n신상품 | 여성 | 남성 | 아동 | 리빙 | 세일\n상품 검색\n마이페이지 | 주문 내역 | 고객센터\n첫 주문 15% 할인. 30일 이내 무료 반품.",
        """고객센터: 반품 및 환불

반품은 어떻게 하나요? 로그인 후 주문 내역에서 '반품 신청'을 누르세요. 송장을 출력하거나 편의점에서 QR 코드를 보여 주시면 됩니다.

환불은 언제 되나요? 반품 상품 도착 후 영업일 기준 5일 안에 환불됩니다.

반품할 수 없는 상품은요? 위생상 귀걸이와 주문 제작 상품은 반품할 수 없습니다.""",
        "된장찌개 끓이는 법: 냄비에 멸치 육수를 붓고 된장 두 큰술을 풀어 줍니다. 감자, 애호박, 양파를 넣고 끓이다가 두부와 청양고추를 넣습니다. 5분 더 끓인 뒤 대파를 올려 마무리합니다.",
        """라디에이터 공기 빼는 방법

난방을 끄고 라디에이터가 식을 때까지 기다립니다.

공기 빼기 밸브 아래에 천을 대고 전용 키로 4분의 1 바퀴 엽니다. 공기 대신 물이 나오면 밸브를 닫습니다.

마지막으로 보일러 압력을 확인하고 낮으면 물을 보충합니다.""",
        '{"results": [{"title": "여권 발급 방법", "link": "https://minwon.example/passport", "snippet": "본인이 직접 방문해 신청해야 하며 사진 한 장이 필요합니다."}, {"title": "여권 사진 규정", "link": "https://minwon.example/photo", "snippet": "안경을 벗고 입을 다문 채 정면을 보세요."}]}',
        """이슈 #344: 큰 파일을 가져오면 앱이 종료됨

작성자: 40MB 파일을 가져오면 아무 메시지 없이 앱이 닫힙니다.

관리자: 제보 감사합니다. `--verbose` 옵션으로 실행해서 출력을 첨부해 주세요. 공유하기 전에 파일에서 개인정보를 지워 주세요.

관리자: 메모리 한도 문제입니다. 당분간 파일을 나눠서 가져오세요. 다음 버전에서 나눠 읽기를 지원합니다.""",
    ],
    "ar": [
        """الشروط والأحكام

1. النطاق. تنظّم هذه الشروط استخدامك لتطبيق «مسار». بتسجيلك فإنك تقبلها كاملة.

2. حسابك. أنت مسؤول عن الحفاظ على سرية كلمة المرور وعن كل نشاط يتم من خلال حسابك.

3. الترخيص على محتواك. عند نشر تقييمات أو صور فإنك تمنحنا ترخيصًا مجانيًا عالميًا دائمًا لنسخها وتعديلها ونشرها بأي وسيلة. وتقرّ بأنك تملك الحقوق على ما ترفعه.

4. الاستخدام المحظور. لا يجوز لك جمع البيانات آليًا أو استخدام حسابات الآخرين أو نشر محتوى مخالف للقانون.

5. المسؤولية. لا نتحمل إلا الأضرار المباشرة والمتوقعة.""",
        """سياسة الخصوصية

نعالج بياناتك الشخصية لتقديم خدماتنا وحماية حسابك وتحسين منتجاتنا. وإذا كانت المعالجة قائمة على موافقتك فيمكنك سحبها في أي وقت.

قد نشارك بياناتك مع جهات تعالجها نيابة عنا، مثل مزوّد الاستضافة ومزوّد الدفع، ولا يجوز لها استخدامها إلا لحسابنا.

يحق لك الاطلاع على بياناتك وتصحيحها وحذفها ونقلها، وتقديم شكوى إلى الجهة الرقابية المختصة.""",
        "نحن وشركاؤنا نخزّن المعلومات على جهازك ونصل إليها لعرض إعلانات ومحتوى مخصص وقياس عدد الزوار. يمكنك القبول أو الرفض أو تخصيص اختياراتك. تنطبق اختياراتك على هذا الموقع فقط.",
        "ضمان الشركة المصنّعة: يشمل الضمان المحرك لمدة خمس سنوات وباقي الأجزاء لمدة سنتين. سجّل جهازك خلال 28 يومًا من الشراء. لا يشمل الضمان القطع المستهلكة مثل الفرش والمرشحات. لا تصلح المحرك بنفسك واستخدم قطع الغيار الأصلية فقط.",
        """الموضوع: تأكيد هويتك

مرحبًا يوسف،

لحماية حسابك والالتزام بالأنظمة، نحتاج إلى التحقق من هويتك. يرجى رفع صورة الهوية من داخل التطبيق قبل 30 يونيو.

وحتى ذلك الحين لن تتمكن من إجراء تحويلات تزيد على 2000 ريال.

قم بذلك داخل التطبيق فقط. لن نرسل إليك أبدًا رابطًا لرفع المستندات، ولن نطلب منك تثبيت برامج التحكم عن بُعد.""",
        "الموضوع: إعادة تعيين كلمة المرور\n\nطلب أحدهم إعادة تعيين كلمة المرور لحسابك. إذا كنت أنت فاضغط على الرابط أدناه، وهو صالح لمدة 30 دقيقة.\n\nوإن لم تكن أنت فتجاهل هذه الرسالة ولن تتغير كلمة المرور. لا تعِد توجيه هذه الرسالة.",
        "القائمة\nجديدنا | نساء | رجال | أطفال | المنزل | تخفيضات\nابحث عن منتج\nحسابي | طلباتي | المساعدة\nخصم 15٪ على طلبك الأول. إرجاع مجاني خلال 30 يومًا.",
        """المساعدة: الإرجاع والاسترداد

كيف أُرجع منتجًا؟ سجّل الدخول وافتح الطلب واختر «إرجاع». اطبع الملصق أو اعرض رمز QR في نقطة الاستلام.

متى أسترد المبلغ؟ خلال خمسة أيام عمل من وصول المرتجع إلينا.

ما المنتجات التي لا يمكن إرجاعها؟ الأقراط والمنتجات المخصصة، لأسباب صحية.""",
        "شوربة العدس: اقلِ بصلة مفرومة وجزرة في قليل من الزيت. أضف كوبًا من العدس الأحمر وستة أكواب من الماء وملعقة كمون، واتركها تغلي على نار هادئة نصف ساعة. اهرسها وأضف الملح وعصير الليمون عند التقديم.",
        """طريقة تفريغ الهواء من المشعاع

أطفئ التدفئة وانتظر حتى يبرد المشعاع.

ضع قطعة قماش تحت صمام التنفيس وافتحه ربع لفة بالمفتاح. عندما يخرج الماء بدل الهواء أغلقه.

بعد ذلك افحص ضغط الغلاية وأضف الماء إن لزم.""",
        '{"results": [{"title": "استخراج جواز السفر", "link": "https://khadamat.example/jawaz", "snippet": "يجب أن تحضر بنفسك وتحضر صورة شخصية حديثة."}, {"title": "شروط الصورة", "link": "https://khadamat.example/sura", "snippet": "لا ترتدِ النظارات وأبقِ فمك مغلقًا."}]}',
        """المشكلة #251: التطبيق يُغلق عند استيراد ملف كبير

المُبلِّغ: عند استيراد ملف حجمه 40 ميغابايت يُغلق التطبيق دون أي رسالة.

المشرف: شكرًا! شغّل التطبيق مع `--verbose` وأرفق الناتج. احذف البيانات الشخصية من الملف قبل مشاركته.

المشرف: هذا حدّ الذاكرة. قسّم الملف مؤقتًا، وفي الإصدار القادم سيتم الاستيراد على أجزاء.""",
    ],
    "hi": [
        """नियम और शर्तें

1. दायरा। ये शर्तें "रूट" ऐप के उपयोग पर लागू होती हैं। पंजीकरण करके आप इन्हें पूरी तरह स्वीकार करते हैं।

2. आपका खाता। अपना पासवर्ड गोपनीय रखना आपकी ज़िम्मेदारी है, और आपके खाते से होने वाली हर गतिविधि के लिए आप ज़िम्मेदार हैं।

3. आपकी सामग्री का लाइसेंस। समीक्षाएँ या फ़ोटो पोस्ट करके आप हमें उन्हें कॉपी करने, बदलने और प्रकाशित करने का निःशुल्क, विश्वव्यापी और स्थायी लाइसेंस देते हैं। आप पुष्टि करते हैं कि अपलोड की गई सामग्री के अधिकार आपके पास हैं।

4. निषिद्ध उपयोग। आपको स्वचालित तरीकों से डेटा इकट्ठा नहीं करना चाहिए, दूसरों के खाते इस्तेमाल नहीं करने चाहिए और गैरकानूनी सामग्री पोस्ट नहीं करनी चाहिए।

5. दायित्व। हम केवल प्रत्यक्ष और पूर्वानुमेय नुकसान के लिए ज़िम्मेदार हैं।""",
        """गोपनीयता नीति

हम अपनी सेवाएँ देने, आपके खाते की सुरक्षा करने और अपने उत्पाद बेहतर बनाने के लिए आपके व्यक्तिगत डेटा को संसाधित करते हैं। जहाँ यह आपकी सहमति पर आधारित है, आप कभी भी सहमति वापस ले सकते हैं।

हम आपका डेटा ऐसे सेवा प्रदाताओं के साथ साझा कर सकते हैं जो हमारी ओर से काम करते हैं, जैसे होस्टिंग और भुगतान कंपनियाँ। वे इसका उपयोग केवल हमारे लिए कर सकते हैं।

आपको अपने डेटा को देखने, सुधारने और हटवाने का अधिकार है, और आप नियामक प्राधिकरण से शिकायत कर सकते हैं।""",
        "हम और हमारे साझेदार आपके डिवाइस पर जानकारी सहेजते और पढ़ते हैं ताकि आपको व्यक्तिगत विज्ञापन और सामग्री दिखा सकें और दर्शकों को माप सकें। आप स्वीकार, अस्वीकार या अपनी पसंद तय कर सकते हैं। आपकी पसंद केवल इस साइट पर लागू होगी।",
        "निर्माता की वारंटी: मोटर पर पाँच साल और बाकी पुर्ज़ों पर दो साल की वारंटी है। खरीद के 28 दिनों के भीतर अपना उत्पाद पंजीकृत करें। ब्रश और फ़िल्टर जैसे घिसने वाले पुर्ज़े शामिल नहीं हैं। मोटर की मरम्मत खुद न करें और केवल असली पुर्ज़े इस्तेमाल करें।",
        """विषय: अपनी पहचान की पुष्टि करें

नमस्ते अमित,

आपके खाते की सुरक्षा और कानूनी नियमों के पालन के लिए हमें आपकी पहचान की पुष्टि करनी है। कृपया 30 जून से पहले ऐप में अपने पहचान पत्र की फ़ोटो अपलोड करें।

तब तक आप 50,000 रुपये से अधिक का ट्रांसफ़र नहीं कर पाएँगे।

यह केवल ऐप में ही करें। हम कभी भी दस्तावेज़ अपलोड करने का लिंक नहीं भेजते और न ही रिमोट एक्सेस सॉफ़्टवेयर इंस्टॉल करने को कहते हैं।""",
        "विषय: पासवर्ड रीसेट\n\nकिसी ने आपके खाते का पासवर्ड रीसेट करने का अनुरोध किया है। अगर यह आप थे, तो नीचे दिए लिंक पर क्लिक करें; यह 30 मिनट तक मान्य है।\n\nअगर नहीं, तो इस ईमेल को अनदेखा करें, आपका पासवर्ड नहीं बदलेगा। यह ईमेल किसी को फ़ॉरवर्ड न करें।",
        "मेन्यू\nनया | महिलाएँ | पुरुष | बच्चे | घर | सेल\nउत्पाद खोजें\nमेरा खाता | मेरे ऑर्डर | सहायता\nपहले ऑर्डर पर 15% छूट। 30 दिनों में मुफ़्त वापसी।",
        """सहायता: वापसी और रिफ़ंड

सामान कैसे लौटाएँ? लॉग इन करें, ऑर्डर खोलें और "वापस करें" चुनें। लेबल प्रिंट करें या पिकअप पॉइंट पर क्यूआर कोड दिखाएँ।

रिफ़ंड कब मिलेगा? वापसी मिलने के पाँच कामकाजी दिनों के भीतर।

कौन-सा सामान वापस नहीं होता? स्वच्छता कारणों से कान की बालियाँ और पर्सनलाइज़्ड सामान।""",
        "मसूर दाल का सूप: एक प्याज़ और एक गाजर बारीक काटकर थोड़े तेल में भूनें। एक कप लाल मसूर और पाँच कप पानी डालें, थोड़ा जीरा और हल्दी मिलाएँ और आधे घंटे धीमी आँच पर पकाएँ। नमक और नींबू का रस डालकर परोसें।",
        """गीज़र की सफ़ाई कैसे करें

सबसे पहले बिजली का स्विच बंद करें और पानी की सप्लाई रोक दें।

नीचे का ड्रेन वाल्व खोलकर टंकी का पानी निकाल दें। अंदर जमा परत को हल्के ब्रश से साफ़ करें।

वाल्व बंद करें, टंकी भरें और उसके बाद ही बिजली चालू करें।""",
        '{"results": [{"title": "पासपोर्ट के लिए आवेदन", "link": "https://sewa.example/passport", "snippet": "आपको खुद सेवा केंद्र जाना होगा और मूल दस्तावेज़ साथ ले जाने होंगे।"}, {"title": "फ़ोटो के नियम", "link": "https://sewa.example/photo", "snippet": "चश्मा न पहनें और मुँह बंद रखें।"}]}',
        """इश्यू #318: बड़ी फ़ाइल इंपोर्ट करने पर ऐप बंद हो जाता है

रिपोर्टर: 40 एमबी की फ़ाइल इंपोर्ट करने पर ऐप बिना किसी संदेश के बंद हो जाता है।

मेंटेनर: धन्यवाद! कृपया ऐप को `--verbose` के साथ चलाएँ और आउटपुट जोड़ें। फ़ाइल साझा करने से पहले उसमें से निजी जानकारी हटा दें।

मेंटेनर: यह मेमोरी की सीमा है। अभी फ़ाइल को छोटे हिस्सों में बाँटें; अगले संस्करण में इंपोर्ट हिस्सों में होगा।""",
    ],
}
