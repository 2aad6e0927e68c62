"""Training text of the ninth round for the toxicity learned layer (our own text, as
`text.py`): implicit abuse that names no harm and holds no listed word, in all thirteen
languages — knowing where someone lives, parks or works said with an ominous wish
("sleep well tonight"), threats to a person's family, car or shop, spreading someone's
photos or secrets to their colleagues and family, following someone's movements and new
accounts, a promotion or a contract offered for a night in a hotel room, calls to hurt
someone said without a harm word ("teach him a lesson he won't forget") — and hard
negatives in the same words: a courier who has the address from the order form, a
colleague who follows someone's talks, photos of the team event shared with colleagues,
a hotel room booked for a conference, "sleep well" said kindly. Each line its own
sentence; `gen` places each once more inside one of the tool results of
`gen.ROUND9_CARRIERS` (a social API's nested JSON, a ticket's JSON with user lists, JSON
log lines, a CSV chat export, a page as Markdown, a search API's results).

Written after H3's session-15 dev set (`tests/corpus/toxicity/dev/tools9.jsonl`) and
after seeing which of its messages the guard missed: the shapes above are that set's, in
other words, so its gains from this text are no independent measure; the check set
`tools9_check.jsonl` was written before and is not read."""

# ruff: noqa: E501 -- one sentence per line, as written

from __future__ import annotations

ROUND9: dict[str, dict[str, list]] = {}

ROUND9["en"] = {
    "abuse": [
        ("threat", "I found your address on the delivery note. Enjoy your evening while it lasts."),
        ("threat", "I know which window is your bedroom. Lock it tonight, for all the good it will do."),
        ("threat", "your car is the grey one by the bins, right? be a pity if it caught fire"),
        ("threat", "you've got a lovely little girl, I saw her at the school gate this morning"),
        ("threat", "take down the review or your shop won't open on Monday, simple as that"),
        ("threat", "I'm parked across from your house. Drive safe tomorrow."),
        ("threat", "people who cross me end up regretting it, ask the last guy who tried"),
        ("harassment", "I sent the pictures from your ex's phone to your whole department, enjoy Monday"),
        ("harassment", "your mum and your manager both have the screenshots now, and I've got more"),
        ("harassment", "I see you got a new account. Took me ten minutes this time."),
        ("harassment", "you left work at 5:40 today and stopped at the pharmacy, I was two cars behind"),
        ("harassment", "I've been outside your flat every night this week, you should close the curtains"),
        ("harassment", "I know your new number, your new gym and your new boyfriend's name"),
        ("sexual", "the contract is yours if you come up to my room after dinner, alone, and no jeans"),
        ("sexual", "good grades are easy for girls who stay after class with me, think about it"),
        ("sexual", "I'll sign off your overtime if you send me a photo without the uniform"),
        ("violence", "wait for him behind the club and teach him a lesson he won't walk away from"),
        ("violence", "someone should pay that reporter a visit and make sure he stops writing for good"),
        ("violence", "grab him after the match and make him bleed, the cameras don't reach the car park"),
        ("self_harm", "the world would be lighter without you in it, you know what to do with those pills"),
    ],
    "benign": [
        "I found your address on the delivery note, the replacement goes out this evening.",
        "Your car is the grey one by the bins, right? The warden asked me to tell you it's blocking the gate.",
        "I saw your daughter's class at the school concert this morning, they sang beautifully.",
        "I'm parked across from your house, come out when you're ready and we'll drive to the airport.",
        "I sent the pictures from the team day to the whole department, enjoy them!",
        "I see you got a new account. Welcome back, your old projects are restored.",
        "I've been following your talks all year, the one on caching was the best.",
        "The hotel room for the conference is booked, I'll send the confirmation after dinner.",
        "Sleep well tonight, the migration is done and nothing is paging anymore.",
        "teach the new hire the deploy steps this week, he won't walk away lost",
        "worker killed after timeout, the supervisor restarted it and executed the retry",
        "Terrible support, I waited two weeks for an answer and nobody ever called me back.",
    ],
}

ROUND9["de"] = {
    "abuse": [
        ("threat", "Deine Adresse steht auf dem Lieferschein. Genieß den Abend, solange er dauert."),
        ("threat", "Dein Auto ist das graue bei den Mülltonnen, oder? Wäre schade, wenn es brennt."),
        ("threat", "Du hast eine süße Tochter, ich habe sie heute am Schultor gesehen."),
        ("harassment", "Ich habe die Fotos an deine ganze Abteilung und an deine Mutter geschickt."),
        ("harassment", "Neues Konto? Hat diesmal zehn Minuten gedauert, bis ich dich gefunden habe."),
        ("harassment", "Ich stehe jeden Abend vor deiner Wohnung, mach lieber die Vorhänge zu."),
        ("sexual", "Der Vertrag gehört dir, wenn du nach dem Essen allein auf mein Zimmer kommst."),
        ("violence", "Wartet hinter dem Club auf ihn und erteilt ihm eine Lektion, die er nicht vergisst."),
    ],
    "benign": [
        "Deine Adresse steht auf dem Lieferschein, der Ersatz geht heute Abend raus.",
        "Ich habe die Fotos vom Teamtag an die ganze Abteilung geschickt, viel Spaß damit!",
        "Das Hotelzimmer für die Konferenz ist gebucht, die Bestätigung kommt nach dem Essen.",
        "Schlaf gut heute Nacht, die Migration ist durch.",
        "Ich verfolge deine Vorträge schon das ganze Jahr, der über Caching war der beste.",
    ],
}

ROUND9["fr"] = {
    "abuse": [
        ("threat", "Ton adresse est sur le bon de livraison. Profite de ta soirée tant qu'elle dure."),
        ("threat", "Ta voiture, c'est la grise près des poubelles ? Dommage si elle prenait feu."),
        ("threat", "Tu as une jolie petite fille, je l'ai vue ce matin devant l'école."),
        ("harassment", "J'ai envoyé les photos à tout ton service et à ta mère, bon lundi."),
        ("harassment", "Nouveau compte ? Il m'a fallu dix minutes cette fois pour te retrouver."),
        ("harassment", "Je suis devant ton appartement tous les soirs, tu devrais fermer les rideaux."),
        ("sexual", "Le contrat est à toi si tu montes seule dans ma chambre après le dîner."),
        ("violence", "Attendez-le derrière la boîte et donnez-lui une leçon dont il ne se relèvera pas."),
    ],
    "benign": [
        "Ton adresse est sur le bon de livraison, le remplacement part ce soir.",
        "J'ai envoyé les photos de la journée d'équipe à tout le service, profitez-en !",
        "La chambre d'hôtel pour la conférence est réservée, je t'envoie la confirmation après le dîner.",
        "Dors bien cette nuit, la migration est terminée.",
        "Je suis tes conférences depuis un an, celle sur le cache était la meilleure.",
    ],
}

ROUND9["es"] = {
    "abuse": [
        ("threat", "Tu dirección viene en el albarán. Disfruta la noche mientras dure."),
        ("threat", "Tu coche es el gris junto a los contenedores, ¿verdad? Sería una pena que ardiera."),
        ("threat", "Tienes una niña preciosa, la vi esta mañana en la puerta del colegio."),
        ("harassment", "Mandé las fotos a todo tu departamento y a tu madre, feliz lunes."),
        ("harassment", "¿Cuenta nueva? Esta vez tardé diez minutos en encontrarte."),
        ("harassment", "Estoy delante de tu piso todas las noches, deberías cerrar las cortinas."),
        ("sexual", "El contrato es tuyo si subes sola a mi habitación después de la cena."),
        ("violence", "Esperadlo detrás de la discoteca y dadle una lección de la que no se levante."),
    ],
    "benign": [
        "Tu dirección viene en el albarán, el repuesto sale esta tarde.",
        "Mandé las fotos del día de equipo a todo el departamento, ¡que las disfrutéis!",
        "La habitación del hotel para el congreso está reservada, te mando la confirmación después de la cena.",
        "Que duermas bien, la migración ya terminó.",
        "Sigo tus charlas desde hace un año, la de caché fue la mejor.",
    ],
}

ROUND9["it"] = {
    "abuse": [
        ("threat", "Il tuo indirizzo è sulla bolla di consegna. Goditi la serata finché dura."),
        ("threat", "La tua macchina è quella grigia vicino ai bidoni, vero? Peccato se prendesse fuoco."),
        ("threat", "Hai una bambina bellissima, l'ho vista stamattina davanti alla scuola."),
        ("harassment", "Ho mandato le foto a tutto il tuo ufficio e a tua madre, buon lunedì."),
        ("harassment", "Account nuovo? Stavolta ci ho messo dieci minuti a trovarti."),
        ("sexual", "Il contratto è tuo se sali da sola in camera mia dopo cena."),
        ("violence", "Aspettatelo dietro il locale e dategli una lezione da cui non si rialza."),
    ],
    "benign": [
        "Il tuo indirizzo è sulla bolla di consegna, il ricambio parte stasera.",
        "Ho mandato le foto della giornata di squadra a tutto l'ufficio, godetevele!",
        "La camera d'albergo per il convegno è prenotata, ti mando la conferma dopo cena.",
        "Dormi bene stanotte, la migrazione è finita.",
    ],
}

ROUND9["pt"] = {
    "abuse": [
        ("threat", "Seu endereço está na nota de entrega. Aproveita a noite enquanto dura."),
        ("threat", "Seu carro é o cinza perto das lixeiras, né? Seria uma pena se pegasse fogo."),
        ("threat", "Você tem uma filhinha linda, vi ela hoje de manhã no portão da escola."),
        ("harassment", "Mandei as fotos pro seu setor inteiro e pra sua mãe, boa segunda."),
        ("harassment", "Conta nova? Dessa vez levei dez minutos pra te achar."),
        ("sexual", "O contrato é seu se você subir sozinha pro meu quarto depois do jantar."),
        ("violence", "Espera ele atrás da balada e dá uma lição que ele não levanta mais."),
    ],
    "benign": [
        "Seu endereço está na nota de entrega, a troca sai hoje à noite.",
        "Mandei as fotos do dia da equipe pro setor inteiro, aproveitem!",
        "O quarto de hotel do congresso está reservado, mando a confirmação depois do jantar.",
        "Dorme bem hoje, a migração terminou.",
    ],
}

ROUND9["nl"] = {
    "abuse": [
        ("threat", "Je adres staat op de pakbon. Geniet van je avond zolang het duurt."),
        ("threat", "Jouw auto is die grijze bij de containers, toch? Zonde als die in brand vliegt."),
        ("threat", "Je hebt een lief dochtertje, ik zag haar vanochtend bij het schoolhek."),
        ("harassment", "Ik heb de foto's naar je hele afdeling en naar je moeder gestuurd, fijne maandag."),
        ("harassment", "Nieuw account? Deze keer had ik je binnen tien minuten gevonden."),
        ("sexual", "Het contract is van jou als je na het eten alleen naar mijn kamer komt."),
        ("violence", "Wacht hem op achter de club en leer hem een lesje waar hij niet meer van opstaat."),
    ],
    "benign": [
        "Je adres staat op de pakbon, de vervanging gaat vanavond de deur uit.",
        "Ik heb de foto's van de teamdag naar de hele afdeling gestuurd, veel plezier!",
        "De hotelkamer voor het congres is geboekt, ik stuur de bevestiging na het eten.",
        "Slaap lekker vannacht, de migratie is klaar.",
    ],
}

ROUND9["ru"] = {
    "abuse": [
        ("threat", "Твой адрес был в накладной. Наслаждайся вечером, пока можешь."),
        ("threat", "Твоя машина серая у мусорных баков? Жаль будет, если сгорит."),
        ("threat", "У тебя милая дочка, видел её утром у ворот школы."),
        ("harassment", "Отправил фотки всему твоему отделу и твоей маме, хорошего понедельника."),
        ("harassment", "Новый аккаунт? В этот раз нашёл тебя за десять минут."),
        ("harassment", "Я каждый вечер стою под твоими окнами, задёргивай шторы."),
        ("sexual", "Контракт твой, если после ужина поднимешься ко мне в номер одна."),
        ("violence", "Подождите его за клубом и проучите так, чтобы он больше не встал."),
    ],
    "benign": [
        "Твой адрес был в накладной, замену отправим сегодня вечером.",
        "Отправил фотки с тимбилдинга всему отделу, смотрите!",
        "Номер в гостинице на конференцию забронирован, пришлю подтверждение после ужина.",
        "Спокойной ночи, миграция закончилась.",
    ],
}

ROUND9["zh"] = {
    "abuse": [
        ("threat", "送货单上写着你家地址。好好享受今晚吧，趁还来得及。"),
        ("threat", "垃圾桶旁边那辆灰色的车是你的吧？要是着火了就可惜了。"),
        ("threat", "你女儿挺可爱的，今天早上我在校门口看到她了。"),
        ("harassment", "照片我已经发给你们整个部门和你妈了，周一愉快。"),
        ("harassment", "又注册新号了？这次我十分钟就找到你了。"),
        ("harassment", "我每天晚上都站在你家楼下，你最好拉上窗帘。"),
        ("sexual", "合同给你，晚饭后一个人上我房间来。"),
        ("violence", "在酒吧后面堵他，给他个教训，让他再也站不起来。"),
    ],
    "benign": [
        "送货单上有你的地址，换货今晚发出。",
        "团建的照片我发给整个部门了，大家看看吧！",
        "会议的酒店房间订好了，晚饭后把确认单发给你。",
        "今晚睡个好觉，迁移已经完成了。",
    ],
}

ROUND9["ja"] = {
    "abuse": [
        ("threat", "納品書にお前の住所が書いてあった。今夜を楽しんでおけよ、今のうちに。"),
        ("threat", "ゴミ置き場の横の灰色の車、お前のだろ？燃えたら残念だな。"),
        ("threat", "かわいい娘さんだね、今朝校門の前で見かけたよ。"),
        ("harassment", "写真はお前の部署全員とお母さんに送っておいた。良い月曜を。"),
        ("harassment", "新しいアカウント作った？今回は十分で見つけたよ。"),
        ("harassment", "毎晩お前の部屋の前にいるよ、カーテンは閉めたほうがいい。"),
        ("sexual", "契約が欲しいなら、夕食のあと一人で俺の部屋に上がってこい。"),
        ("violence", "クラブの裏で待ち伏せして、二度と立てないように教えてやれ。"),
    ],
    "benign": [
        "納品書にご住所がありましたので、交換品を今夜発送します。",
        "チームイベントの写真を部署全員に送りました、見てください！",
        "学会のホテルの部屋を予約しました、夕食後に確認書を送ります。",
        "今夜はゆっくり休んでね、移行は完了しました。",
    ],
}

ROUND9["ko"] = {
    "abuse": [
        ("threat", "배송 전표에 네 주소 있더라. 오늘 밤 즐겨, 즐길 수 있을 때."),
        ("threat", "쓰레기통 옆 회색 차 네 거지? 불 붙으면 아깝겠다."),
        ("threat", "딸이 참 귀엽더라, 오늘 아침 학교 정문에서 봤어."),
        ("harassment", "사진 너희 부서 전체랑 너희 엄마한테 보냈어. 좋은 월요일 보내."),
        ("harassment", "새 계정 만들었네? 이번엔 십 분 만에 찾았어."),
        ("harassment", "매일 밤 너희 집 앞에 서 있어, 커튼 치는 게 좋을 거야."),
        ("sexual", "계약 따고 싶으면 저녁 먹고 혼자 내 방으로 올라와."),
        ("violence", "클럽 뒤에서 기다렸다가 다시는 못 일어나게 교훈을 줘."),
    ],
    "benign": [
        "배송 전표에 주소가 있어서 교환품을 오늘 밤 보내드릴게요.",
        "팀 행사 사진 부서 전체에 보냈어요, 구경하세요!",
        "학회 호텔 방 예약했어요, 저녁 먹고 확인서 보내드릴게요.",
        "오늘 밤 푹 자, 이전 작업 다 끝났어.",
    ],
}

ROUND9["ar"] = {
    "abuse": [
        ("threat", "عنوانك مكتوب على إيصال التوصيل. استمتع بليلتك ما دامت باقية."),
        ("threat", "سيارتك الرمادية بجانب الحاويات، صح؟ خسارة لو احترقت."),
        ("threat", "بنتك حلوة، شفتها الصبح عند باب المدرسة."),
        ("harassment", "أرسلت الصور لكل قسمك ولأمك، أسبوع سعيد."),
        ("harassment", "حساب جديد؟ هذه المرة وجدتك في عشر دقائق."),
        ("harassment", "أقف كل ليلة تحت شقتك، الأفضل أن تغلقي الستائر."),
        ("sexual", "العقد لك إذا صعدت وحدك إلى غرفتي بعد العشاء."),
        ("violence", "انتظروه خلف النادي وعلموه درساً لا يقوم بعده."),
    ],
    "benign": [
        "عنوانك مكتوب على إيصال التوصيل، سنرسل البديل الليلة.",
        "أرسلت صور يوم الفريق لكل القسم، استمتعوا بها!",
        "غرفة الفندق للمؤتمر محجوزة، سأرسل التأكيد بعد العشاء.",
        "نم جيداً الليلة، انتهى النقل.",
    ],
}

ROUND9["hi"] = {
    "abuse": [
        ("threat", "डिलीवरी की पर्ची पर तेरा पता लिखा था। आज की शाम के मज़े ले ले, जब तक ले सकता है।"),
        ("threat", "कूड़ेदान के पास वाली ग्रे गाड़ी तेरी है न? जल गई तो बड़ा अफ़सोस होगा।"),
        ("threat", "तेरी बेटी बड़ी प्यारी है, आज सुबह स्कूल के गेट पर देखा उसे।"),
        ("harassment", "फोटो तेरे पूरे डिपार्टमेंट और तेरी माँ को भेज दी हैं, सोमवार मुबारक।"),
        ("harassment", "नया अकाउंट बनाया? इस बार दस मिनट में ढूँढ लिया।"),
        ("harassment", "मैं हर रात तेरे फ्लैट के नीचे खड़ा रहता हूँ, पर्दे लगा लिया कर।"),
        ("sexual", "कॉन्ट्रैक्ट तेरा, अगर डिनर के बाद अकेले मेरे कमरे में आ जाए।"),
        ("violence", "क्लब के पीछे उसका इंतज़ार करो और ऐसा सबक सिखाओ कि फिर खड़ा न हो सके।"),
    ],
    "benign": [
        "डिलीवरी की पर्ची पर आपका पता था, बदला हुआ सामान आज शाम भेज देंगे।",
        "टीम डे की फोटो पूरे डिपार्टमेंट को भेज दी हैं, देखिए!",
        "कॉन्फ्रेंस के लिए होटल का कमरा बुक हो गया, डिनर के बाद कन्फ़र्मेशन भेज दूँगा।",
        "आज रात आराम से सोना, माइग्रेशन पूरा हो गया।",
    ],
}
