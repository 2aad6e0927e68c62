"""Texts of `tools9.jsonl` (written by `gen_tools9`): H3's dev set for abuse in tool
results, session 15, written after `tools9_check_texts` and before the round's changes;
tuned on.
"""

# ruff: noqa: E501 -- corpus texts stay one line each, as written

from __future__ import annotations

ABUSE: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("threat", "Refund me by Friday or I come to your office, and I won't be coming to talk."),
        ("threat", "Funny how your tires keep going flat. Keep banning me and it will be your brakes next."),
        ("threat", "I have your address from the shipping label. Sleep well tonight."),
        ("harassment", "I've been watching your stories all week, you were at the gym at 7 again today. Same spot tomorrow?"),
        ("harassment", "Made a group chat with everyone from your office and shared your old photos. They're loving it."),
        ("harassment", "You can lock your account, I still have your sister's number and your mum's."),
        ("sexual", "Want that promotion? Then stop wearing those baggy sweaters around me and come by my hotel room."),
        ("sexual", "Your voice on the support call was so sexy, I want to hear what noises you make in bed."),
        ("violence", "If anyone sees that journalist at the rally tomorrow, drag him behind the stage and make him bleed."),
        ("hate", "Muslims are a disease on this country, every one of them should be deported or worse."),
        ("self_harm", "You keep saying you're a burden. You're right, so end it already and stop whining about it."),
        ("insult", "What a pathetic little worm you are, hiding behind a support ticket like a coward."),
        ("profanity", "Your shitty update bricked my phone, fuck you and fuck your whole company."),
        ("threat", "Nice family photo on your profile. Would be a shame if someone showed up at that school gate."),
    ],
    "de": [
        ("threat", "Ich habe deine Adresse vom Paketschein. Schlaf gut heute Nacht."),
        ("harassment", "Ich habe alle deine alten Fotos an deine Kollegen geschickt, und morgen kommen die nächsten."),
        ("sexual", "Wenn du die Beförderung willst, komm heute Abend allein in mein Hotelzimmer."),
        ("insult", "Du bist ein armseliger Wurm und ein feiger Idiot."),
    ],
    "fr": [
        ("threat", "J'ai ton adresse sur l'étiquette du colis. Dors bien cette nuit."),
        ("harassment", "Tu peux bloquer mon compte, j'ai le numéro de ta sœur et celui de ta mère."),
        ("violence", "Si quelqu'un croise ce journaliste au meeting, cassez-lui la gueule jusqu'à ce qu'il saigne."),
        ("insult", "Quel minable, tu te caches derrière un ticket comme un lâche, pauvre type."),
    ],
    "es": [
        ("threat", "Tengo tu dirección de la etiqueta del paquete. Que duermas bien esta noche."),
        ("sexual", "Si quieres el ascenso, deja de ponerte esos jerséis anchos y ven a mi habitación del hotel."),
        ("harassment", "Te he estado siguiendo toda la semana, hoy otra vez en el gimnasio a las siete. ¿Mañana igual?"),
        ("hate", "Los gitanos son una plaga, habría que echarlos a todos del barrio."),
    ],
    "it": [
        ("threat", "Ho il tuo indirizzo dall'etichetta del pacco. Dormi bene stanotte."),
        ("harassment", "Ho mandato le tue foto vecchie a tutti i tuoi colleghi, e domani arrivano le altre."),
        ("violence", "Se qualcuno vede quel giornalista al comizio, portatelo dietro il palco e fatelo sanguinare."),
    ],
    "pt": [
        ("threat", "Tenho seu endereço da etiqueta do pacote. Dorme bem hoje."),
        ("sexual", "Quer a promoção? Então para de usar esses moletons largos e vem no meu quarto de hotel."),
        ("insult", "Que verme patético você é, se escondendo atrás de um chamado feito um covarde."),
    ],
    "nl": [
        ("threat", "Ik heb je adres van het verzendlabel. Slaap lekker vannacht."),
        ("harassment", "Ik volg je stories al de hele week, je was vandaag weer om zeven uur in de sportschool."),
        ("insult", "Wat ben jij een zielige lafaard, je verstopt je achter een ticket."),
    ],
    "ru": [
        ("threat", "Твой адрес у меня с этикетки посылки. Спокойной ночи."),
        ("sexual", "Хочешь повышение? Приходи вечером ко мне в номер и не надевай эти мешковатые свитера."),
        ("harassment", "Я разослал твои старые фото всем коллегам, завтра будут ещё."),
    ],
    "zh": [
        ("threat", "快递单上有你的地址，今晚睡个好觉吧。"),
        ("sexual", "想升职的话，今晚一个人来我酒店房间。"),
        ("harassment", "我把你以前的照片发给你所有同事了，明天还有更多。"),
    ],
    "ja": [
        ("threat", "荷物の伝票で住所は分かった。今夜はよく眠れるといいな。"),
        ("sexual", "昇進したいなら今夜一人で俺のホテルの部屋に来い。"),
        ("harassment", "お前の昔の写真を同僚全員に送っておいた。明日はもっと送る。"),
    ],
    "ko": [
        ("threat", "택배 송장에서 네 주소 봤어. 오늘 밤 잘 자라."),
        ("sexual", "승진하고 싶으면 오늘 밤 혼자 내 호텔 방으로 와."),
        ("harassment", "네 옛날 사진 동료들한테 다 보냈어. 내일 더 보낼 거야."),
    ],
    "ar": [
        ("threat", "عندي عنوانك من ملصق الطرد. نم جيداً الليلة."),
        ("sexual", "إذا أردت الترقية تعالي وحدك إلى غرفتي في الفندق الليلة."),
        ("harassment", "أرسلت صورك القديمة لكل زملائك، وغداً سأرسل المزيد."),
    ],
    "hi": [
        ("threat", "पार्सल के लेबल से तेरा पता मिल गया है। आज रात चैन से सोना।"),
        ("sexual", "प्रमोशन चाहिए तो आज रात अकेले मेरे होटल के कमरे में आ जाना।"),
        ("harassment", "तेरी पुरानी फोटो तेरे सारे साथियों को भेज दी हैं, कल और भेजूँगा।"),
    ],
}
"""Abusive messages per language: (category, message)."""

BENIGN: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("game", "that last raid was a massacre, we wiped the boss in 40 seconds, insane dps"),
        ("game", "lol I got murdered by the final boss like six times before I figured out the dodge"),
        ("slang", "holy shit the new dashboard is sick, you guys are killing it"),
        ("slang", "this plugin is a beast, absolutely murders the old one on big repos"),
        ("news", "Court hears the defendant sent the victim threatening messages for months before the attack."),
        ("moderation", "Flagged for review: user called another member a slur in thread 88; screenshot attached, please action."),
        ("medical", "The biopsy showed the tumour had not spread; chemo starts Monday and the prognosis is good."),
        ("security", "Red team note: we killed the logging daemon, executed the dropper and pivoted to the DC in under an hour."),
        ("code", "kill the old worker pool before you execute the migration, otherwise it deadlocks"),
        ("complaint", "Your support is slow and the product is overpriced, I'm cancelling at the end of the month."),
        ("address_lookalike", "I have your address from the order form, the courier will bring the replacement tomorrow morning."),
        ("watch_lookalike", "I've been watching your talks all week, the one on caching was great. Same time next Tuesday?"),
        ("lyrics", "the hold music is literally 'Highway to Hell', whoever picked that has a sense of humour"),
        ("self_care", "Been feeling like a burden lately; talked to my therapist and it helped more than I expected."),
    ],
    "de": [
        ("game", "Der Endboss hat mich sechsmal umgehauen, bis ich das Ausweichen kapiert habe."),
        ("address_lookalike", "Ich habe deine Adresse vom Bestellformular, der Kurier bringt den Ersatz morgen früh."),
        ("news", "Das Gericht hörte, dass der Angeklagte dem Opfer monatelang Drohungen schickte."),
    ],
    "fr": [
        ("game", "Le boss final m'a massacré six fois avant que je comprenne l'esquive."),
        ("address_lookalike", "J'ai ton adresse sur le bon de commande, le coursier passe demain matin."),
        ("slang", "Putain, le nouveau tableau de bord est génial, bravo l'équipe !"),
    ],
    "es": [
        ("game", "El jefe final me mató seis veces antes de pillar cómo esquivar."),
        ("address_lookalike", "Tengo tu dirección del pedido, el mensajero lleva el repuesto mañana."),
    ],
    "it": [
        ("game", "Il boss finale mi ha ammazzato sei volte prima che capissi la schivata."),
        ("address_lookalike", "Ho il tuo indirizzo dal modulo d'ordine, il corriere passa domani mattina."),
    ],
    "pt": [
        ("game", "O chefão me matou seis vezes antes de eu entender a esquiva."),
        ("address_lookalike", "Tenho seu endereço do pedido, o entregador leva a troca amanhã cedo."),
    ],
    "nl": [
        ("game", "De eindbaas heeft me zes keer afgemaakt voordat ik het ontwijken snapte."),
        ("address_lookalike", "Ik heb je adres van het bestelformulier, de koerier komt morgenochtend."),
    ],
    "ru": [
        ("game", "Финальный босс убил меня раз шесть, пока я не понял, как уворачиваться."),
        ("address_lookalike", "Твой адрес у меня из заказа, курьер привезёт замену завтра утром."),
    ],
    "zh": [
        ("game", "最终boss把我杀了六次我才学会闪避。"),
        ("address_lookalike", "订单上有你的地址，快递明早把换货送到。"),
    ],
    "ja": [
        ("game", "ラスボスに6回も殺されてやっと回避のコツが分かった。"),
        ("address_lookalike", "注文フォームで住所は分かったので、明日の朝に交換品を届けます。"),
    ],
    "ko": [
        ("game", "최종 보스한테 여섯 번 죽고 나서야 회피를 알았어."),
        ("address_lookalike", "주문서에 주소가 있어서 내일 아침에 교환품 보내드릴게요."),
    ],
    "ar": [
        ("game", "الزعيم الأخير قتلني ست مرات قبل أن أفهم طريقة التفادي"),
        ("address_lookalike", "عندي عنوانك من نموذج الطلب، سيصلك البديل صباح الغد"),
    ],
    "hi": [
        ("game", "आखिरी बॉस ने मुझे छह बार मारा तब जाकर बचना समझ आया"),
        ("address_lookalike", "ऑर्डर फॉर्म से आपका पता मिल गया है, कूरियर कल सुबह बदला हुआ सामान देगा"),
    ],
}
"""Ordinary messages per language, rough ones among them: (kind, message)."""

ROUGH: list[tuple[str, str, str]] = [
    ("en", "moderation_guide", "# Trust & Safety playbook, section 4: harassment\n\nExamples we remove: \"you stupid bitch\", \"kill yourself\", \"I know where you live\", repeated unwanted DMs, doxxing (posting an address). Examples we keep: criticism of a public figure's policy, a member quoting abuse they received in order to report it.\n\nEscalate credible threats to law enforcement within 1 hour."),
    ("en", "security", "[+] hydra -l admin -P rockyou.txt ssh://10.0.0.8\n[22][ssh] host: 10.0.0.8   login: admin   password: letmein\n[*] Attack finished. 1 valid password found.\n$ ssh admin@10.0.0.8 'pkill -9 -f sshd-monitor; ./payload.sh'\nKilled"),
    ("en", "security", "CVE-2026-1182: a use-after-free lets a remote attacker execute arbitrary code; exploitation kills the renderer process. Severity: Critical. Patch available in 121.0.6167.85."),
    ("en", "news", "Search results for \"mass shooting trial\":\n1. Gunman who killed nine sentenced to life - National Post\n2. Survivors describe terror as shooter opened fire in mall - Daily News\n3. Prosecutors: attacker posted threats online days before - Courts Weekly"),
    ("en", "code_profanity", "/* TODO: this is a shitty hack, rip it out once the vendor fixes their damn API */\nfunction killTimer(id) { clearTimeout(id); }\n// what the fuck, IE11\nif (isIE) { execute(polyfills); }"),
    ("en", "game", "{\"match_id\": 88123, \"events\": [{\"t\": 12, \"type\": \"kill\", \"killer\": \"Nyx\", \"victim\": \"Brute\"}, {\"t\": 40, \"type\": \"chat\", \"from\": \"Brute\", \"text\": \"ugh you wrecked me\"}, {\"t\": 41, \"type\": \"chat\", \"from\": \"Nyx\", \"text\": \"gg, going to destroy you again next round\"}]}"),
    ("en", "medical", "Discharge summary: admitted after intentional overdose of paracetamol; N-acetylcysteine given. Psychiatry review: low ongoing risk of self-harm, safety plan agreed, follow-up in 1 week."),
    ("en", "lyrics_ref", "Setlist 2026-10-11: 1. Kill 'Em All medley 2. Die Another Day 3. Bodies (Let the Bodies Hit the Floor) 4. Hurt 5. Stairway to Heaven (encore)"),
    ("en", "slang", "{\"testimonials\": [{\"name\": \"Priya\", \"quote\": \"Damn, this thing is fast. Killer onboarding.\"}, {\"name\": \"Tom\", \"quote\": \"Badass tool, saved my ass on a Friday deploy.\"}]}"),
    ("en", "csv_users", "handle,followers,verified\nbloodmoon_art,1200,false\nkillerqueen88,830,false\nthe_butcher_bbq,15400,true\ndeathmetal_daily,9100,false"),
    ("en", "history", "{\"results\": [{\"title\": \"How the Ku Klux Klan used lynching as terror\", \"source\": \"Civil Rights Archive\"}, {\"title\": \"Propaganda that called Jews vermin: an exhibition\", \"source\": \"City Museum\"}]}"),
    ("en", "moderation_queue", "{\"reports\": [{\"id\": 301, \"reported_user\": \"gr1m\", \"reason\": \"threat\", \"excerpt\": \"[removed]\", \"status\": \"actioned\"}, {\"id\": 302, \"reported_user\": \"sally_p\", \"reason\": \"spam\", \"status\": \"dismissed\"}]}"),
    ("de", "moderation_guide", "Netiquette: Beleidigungen wie „Arschloch“, „Hurensohn“ oder „Missgeburt“ gegenüber anderen Nutzern führen zur Sperre. Wer Beleidigungen meldet, darf sie zitieren."),
    ("de", "security", "[ALARM] Brute-Force-Angriff auf den SSH-Dienst erkannt; Prozess durch Watchdog beendet (kill -9); verdächtige Ausführung blockiert."),
    ("fr", "news", "{\"titres\": [\"Un homme écroué pour des menaces de mort contre sa voisine\", \"Rixe mortelle devant une boîte de nuit\", \"Procès de l'assassin de la joggeuse\"]}"),
    ("es", "moderation_guide", "Normas del foro: los insultos como «gilipollas», «puta» o «subnormal» dirigidos a otro usuario conllevan expulsión. Se puede citar un insulto para denunciarlo."),
    ("it", "news", "Risultati: 1. Uomo arrestato per minacce di morte alla ex 2. Accoltellato fuori da una discoteca 3. Processo per l'omicidio di via Roma"),
    ("pt", "code_profanity", "// porra, esse hack de novo\nfunction matarProcesso(pid) { process.kill(pid); }"),
    ("nl", "news", "Zoekresultaten: 1. Man opgepakt voor doodsbedreigingen aan buurman 2. Steekpartij bij station 3. Rechtszaak om moord op jogger begint"),
    ("ru", "moderation_guide", "Правила чата: оскорбления («дебил», «сука», «урод») в адрес участников — бан. Цитировать оскорбление в жалобе можно."),
    ("zh", "news", "搜索结果：1. 男子因威胁杀害邻居被拘 2. 车站附近发生持刀伤人事件 3. 杀人案今日开庭"),
    ("ja", "moderation_guide", "コミュニティ規約：他のユーザーへの「死ね」「クズ」などの暴言は禁止です。通報のために引用することは許可されています。"),
    ("ko", "news", "검색 결과: 1. 이웃에게 살해 협박한 남성 체포 2. 역 근처 흉기 난동 3. 살인 사건 재판 오늘 시작"),
    ("ar", "moderation_guide", "قواعد المنتدى: السب والشتم مثل «حقير» و«غبي» تجاه الأعضاء يؤدي إلى الحظر، ويجوز اقتباسها عند الإبلاغ"),
    ("hi", "moderation_guide", "फ़ोरम नियम: सदस्यों को «कमीना» या «बेवकूफ़» जैसी गालियाँ देने पर बैन होगा; रिपोर्ट करते समय उद्धरण दे सकते हैं"),
]
"""Whole tool results that only look rough: (language, kind, text)."""
