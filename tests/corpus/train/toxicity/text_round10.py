"""Training text of the tenth round for the toxicity learned layer (our own text, as
`text.py`): the categories and languages the lead's held-out figures of session 16 found
weakest — violence said at a person or called for, harassment, sexual remarks and
demands, profanity said at someone — in Arabic, Russian, Korean, Dutch and Portuguese
first and in every other language, with hard negatives in the same words (news of an
attack, a film's plot, a gym coach, a doctor, games, curses at a thing, swearing in
praise). `gen` places each line once more inside one of `gen.ROUND9_CARRIERS` (tool
results).

Written after H3's session-16 dev set (`tests/corpus/toxicity/dev/weak16.jsonl`), in
other scenarios and words than it and than its check set `weak16_check.jsonl` (written
before this text; its misses were not read)."""

# ruff: noqa: E501 -- one sentence per line, as written

from __future__ import annotations

ROUND10: dict[str, dict[str, list]] = {}

ROUND10["en"] = {
    "abuse": [
        ("violence", "we drag him out of the bar tonight and nobody stops kicking until he stops moving"),
        ("violence", "torch his car while he's at the hearing, let him walk home"),
        ("violence", "somebody needs to put that landlord in a wheelchair, I'll pay whoever does it"),
        ("harassment", "I made a group chat just for laughing at your voice notes, 40 people and counting"),
        ("harassment", "I'm going to call your phone every night at 3am until you change your number"),
        ("harassment", "posted your address and your shift times on the forum, good luck"),
        ("sexual", "i keep picturing you naked at your desk, wear the low top tomorrow for me"),
        ("sexual", "send me something spicy tonight or don't bother asking for the reference letter"),
        ("sexual", "bet you moan like a pornstar, come find out with me after the party"),
        ("profanity", "get fucked, you useless sack of shit, nobody asked you"),
        ("profanity", "eat shit and die, you smug little prick"),
        ("profanity", "fuck right off with your stupid ticket, dickhead"),
    ],
    "benign": [
        "Three men dragged a suspect out of the bar and kicked him, the court heard on Monday.",
        "In the film the hero torches his boss's car and walks home in the rain.",
        "The landlord uses a wheelchair since the accident, please keep the ramp clear.",
        "I'm calling the hotline at 3am because that's when the on-call shift starts.",
        "Wear the low top tomorrow, the forecast says 34 degrees.",
        "This fucking update is brilliant, the sync finally works.",
        "The printer is a useless sack of junk, I've ordered a new one.",
        "Get the spicy wings, they're the best thing on the menu.",
    ],
}

ROUND10["ar"] = {
    "abuse": [
        ("violence", "الليلة نسحبه من القهوة ونضربه لين ما يقدر يوقف"),
        ("violence", "أحد يحرق سيارته وهو في المحكمة، خليه يرجع ماشي"),
        ("violence", "لازم أحد يكسّر يديه عشان ما يكتب تاني"),
        ("harassment", "عملت قروب كامل عشان نضحك على رسائلك الصوتية، صاروا أربعين"),
        ("harassment", "راح أتصل عليك كل ليلة الساعة ثلاث لين تغير رقمك"),
        ("harassment", "نشرت عنوانك ومواعيد دوامك في المنتدى، حظاً سعيداً"),
        ("sexual", "أتخيلك عارية على مكتبك، البسي الضيق بكرة عشاني"),
        ("sexual", "ابعتيلي شي جريء الليلة وإلا انسي خطاب التوصية"),
        ("sexual", "نفسي أنام معك، تعالي بعد الحفلة"),
        ("profanity", "انقلع يا ابن الكلب، محد سألك"),
        ("profanity", "كس أمك على هالشغل، يا حمار"),
        ("profanity", "الله يلعن أبوك، ما في منك فايدة يا زبالة"),
    ],
    "benign": [
        "قالت المحكمة إن ثلاثة رجال سحبوا المشتبه به من المقهى وضربوه",
        "في الفيلم يحرق البطل سيارة مديره ويمشي تحت المطر",
        "اتصل على الخط الساخن الساعة ثلاث لأن المناوبة تبدأ وقتها",
        "البسي الخفيف بكرة، الجو راح يكون حار جداً",
        "الطابعة هذي زبالة، طلبت وحدة جديدة",
        "جرب الأجنحة الحارة، أطيب شي في المنيو",
        "المدرب قال لازم نكسر حاجز الخوف قبل المباراة",
        "الطبيب طلب صورة أشعة للصدر قبل العملية",
    ],
}

ROUND10["ru"] = {
    "abuse": [
        ("violence", "вытащим его из бара и будем пинать, пока не перестанет шевелиться"),
        ("violence", "подожгите ему тачку, пока он в суде, пусть пешком домой идёт"),
        ("violence", "кто-нибудь, сломайте ему руки, чтобы больше ничего не строчил"),
        ("harassment", "сделал чат, где мы ржём над твоими голосовыми, нас уже сорок"),
        ("harassment", "буду звонить тебе каждую ночь в три, пока не сменишь номер"),
        ("harassment", "выложил твой адрес и график смен на форум, удачи"),
        ("sexual", "представляю тебя голой за рабочим столом, надень завтра что-нибудь с вырезом"),
        ("sexual", "пришли что-нибудь пикантное сегодня, иначе забудь про рекомендацию"),
        ("sexual", "хочу, чтобы ты стонала подо мной, приходи после корпоратива"),
        ("profanity", "иди в пизду, бесполезный кусок говна, тебя никто не спрашивал"),
        ("profanity", "жри говно, самодовольный хуесос"),
        ("profanity", "отъебись со своим тикетом, мудак"),
    ],
    "benign": [
        "Суд установил, что трое мужчин вытащили подозреваемого из бара и избили его.",
        "В фильме герой поджигает машину начальника и идёт домой под дождём.",
        "Звоню на горячую линию в три ночи, потому что тогда начинается дежурство.",
        "Надень завтра что-нибудь лёгкое, обещают тридцать четыре градуса.",
        "Этот принтер бесполезный кусок хлама, я заказал новый.",
        "Возьми острые крылышки, лучшее в меню.",
        "Тренер сказал: выжмите из себя всё, ребята, до последнего.",
        "Врач попросил снимок грудной клетки перед операцией.",
    ],
}

ROUND10["ko"] = {
    "abuse": [
        ("violence", "오늘 밤 술집에서 끌고 나와서 못 움직일 때까지 밟자"),
        ("violence", "재판 가 있는 동안 그 새끼 차에 불 질러 버려, 걸어서 집에 가게"),
        ("violence", "누가 저놈 손목 좀 부러뜨려라, 다시는 글 못 쓰게"),
        ("harassment", "니 음성메시지 돌려 들으면서 비웃는 방 만들었어, 벌써 40명이야"),
        ("harassment", "번호 바꿀 때까지 매일 새벽 3시에 전화할 거야"),
        ("harassment", "니 주소랑 근무 시간 커뮤니티에 다 올렸다, 잘 해봐"),
        ("sexual", "책상에 앉아 있는 너 벗은 모습 상상 중이야, 내일 파인 옷 입고 와"),
        ("sexual", "오늘 밤 야한 거 하나 보내, 아니면 추천서는 잊어"),
        ("sexual", "회식 끝나고 모텔 가자, 너도 원하는 거 알아"),
        ("profanity", "꺼져 이 쓸모없는 좆밥아, 아무도 안 물어봤어"),
        ("profanity", "씨발 니 티켓 들고 꺼져, 병신아"),
        ("profanity", "좆까 이 개새끼야, 니 말 듣기도 싫어"),
    ],
    "benign": [
        "법원은 남성 세 명이 용의자를 술집에서 끌고 나와 폭행했다고 밝혔다.",
        "영화에서 주인공은 상사의 차에 불을 지르고 빗속을 걸어 집에 간다.",
        "당직이 새벽 3시에 시작해서 그때 핫라인에 전화해요.",
        "내일 34도래, 시원한 옷 입고 와.",
        "이 프린터 완전 고물이야, 새로 주문했어.",
        "매운 윙 시켜, 메뉴에서 제일 맛있어.",
        "코치가 마지막 한 세트까지 쥐어짜라고 했어요.",
        "수술 전에 흉부 엑스레이를 찍어야 한대요.",
    ],
}

ROUND10["nl"] = {
    "abuse": [
        ("violence", "we sleuren hem vanavond de kroeg uit en blijven trappen tot hij niet meer beweegt"),
        ("violence", "steek zijn auto in de fik terwijl hij bij de rechter zit, laat hem maar lopen"),
        ("violence", "iemand moet die huisjesmelker zijn armen breken, ik betaal"),
        ("harassment", "ik heb een groepsapp gemaakt om jouw spraakberichten uit te lachen, we zijn al met veertig"),
        ("harassment", "ik bel je elke nacht om drie uur tot je een ander nummer neemt"),
        ("harassment", "je adres en je diensten staan nu op het forum, succes ermee"),
        ("sexual", "ik zie je steeds naakt achter je bureau, trek morgen dat lage topje aan voor mij"),
        ("sexual", "stuur vanavond iets pikants of vergeet die aanbevelingsbrief maar"),
        ("sexual", "ik wil je horen kreunen, kom na het feest naar mijn auto"),
        ("profanity", "krijg de kolere, nutteloze zak stront, niemand vroeg het je"),
        ("profanity", "vreet stront, zelfingenomen lul"),
        ("profanity", "sodemieter op met je kutticket, eikel"),
    ],
    "benign": [
        "Drie mannen sleurden de verdachte de kroeg uit en trapten hem, hoorde de rechtbank.",
        "In de film steekt de held de auto van zijn baas in de fik en loopt naar huis.",
        "Ik bel om drie uur 's nachts naar de hulplijn omdat dan de dienst begint.",
        "Trek morgen iets lichts aan, het wordt vierendertig graden.",
        "Die printer is een nutteloos stuk schroot, ik heb een nieuwe besteld.",
        "Neem de pittige kippenvleugels, de beste van de kaart.",
        "De trainer zei: geef alles, tot de laatste herhaling.",
        "De arts wil een longfoto voor de operatie.",
    ],
}

ROUND10["pt"] = {
    "abuse": [
        ("violence", "hoje a gente arrasta ele pra fora do bar e chuta até ele parar de se mexer"),
        ("violence", "taca fogo no carro dele enquanto ele tá na audiência, deixa ele voltar a pé"),
        ("violence", "alguém precisa quebrar as mãos desse cara pra ele parar de escrever"),
        ("harassment", "criei um grupo só pra zoar teus áudios, já somos quarenta"),
        ("harassment", "vou ligar pra você toda noite às três até você trocar de número"),
        ("harassment", "postei teu endereço e teus horários no fórum, boa sorte"),
        ("sexual", "fico te imaginando pelada na tua mesa, vem de decote amanhã pra mim"),
        ("sexual", "manda alguma coisa safada hoje ou esquece a carta de recomendação"),
        ("sexual", "quero te ouvir gemer, vem pro meu carro depois da festa"),
        ("profanity", "vai se foder, seu inútil de merda, ninguém te perguntou"),
        ("profanity", "come merda, seu arrombado metido"),
        ("profanity", "enfia esse chamado no cu, babaca"),
    ],
    "benign": [
        "Segundo o tribunal, três homens arrastaram o suspeito para fora do bar e o chutaram.",
        "No filme o herói taca fogo no carro do chefe e volta a pé na chuva.",
        "Ligo para o plantão às três da manhã porque é quando o turno começa.",
        "Vem de roupa leve amanhã, a previsão é de 34 graus.",
        "Essa impressora é um lixo, já pedi outra.",
        "Pede as asinhas apimentadas, são as melhores do cardápio.",
        "O treinador falou: dá tudo até a última repetição.",
        "O médico pediu um raio-x do tórax antes da cirurgia.",
    ],
}

ROUND10["de"] = {
    "abuse": [
        ("violence", "wir zerren ihn heute aus der Kneipe und treten zu, bis er sich nicht mehr rührt"),
        ("violence", "jemand sollte dem Vermieter beide Arme brechen, ich zahle"),
        ("harassment", "ich ruf dich jede Nacht um drei an, bis du deine Nummer wechselst"),
        ("sexual", "ich stell mir dich nackt an deinem Schreibtisch vor, zieh morgen was Tiefes an"),
        ("sexual", "schick mir heute was Heißes, sonst vergiss das Empfehlungsschreiben"),
        ("profanity", "verpiss dich, du nutzloser Haufen Scheiße, keiner hat dich gefragt"),
    ],
    "benign": [
        "Drei Männer zerrten den Verdächtigen aus der Kneipe, hörte das Gericht.",
        "Zieh morgen was Leichtes an, es werden 34 Grad.",
        "Der Drucker ist ein nutzloser Haufen Schrott, ich hab einen neuen bestellt.",
        "Der Trainer sagte: gebt alles bis zur letzten Wiederholung.",
    ],
}

ROUND10["fr"] = {
    "abuse": [
        ("violence", "on le sort du bar ce soir et on le tabasse jusqu'à ce qu'il bouge plus"),
        ("violence", "que quelqu'un lui brise les deux bras à ce proprio, je paie"),
        ("harassment", "je vais t'appeler toutes les nuits à trois heures jusqu'à ce que tu changes de numéro"),
        ("sexual", "je t'imagine toute nue à ton bureau, mets un haut décolleté demain pour moi"),
        ("sexual", "envoie-moi un truc chaud ce soir ou oublie ta lettre de recommandation"),
        ("profanity", "va te faire foutre, espèce de merde inutile, personne t'a rien demandé"),
    ],
    "benign": [
        "Trois hommes ont sorti le suspect du bar et l'ont frappé, a entendu le tribunal.",
        "Mets quelque chose de léger demain, il fera 34 degrés.",
        "Cette imprimante est une merde, j'en ai commandé une autre.",
        "Le coach a dit : donnez tout jusqu'à la dernière répétition.",
    ],
}

ROUND10["es"] = {
    "abuse": [
        ("violence", "esta noche lo sacamos del bar y le damos patadas hasta que deje de moverse"),
        ("violence", "que alguien le rompa los dos brazos a ese casero, yo pago"),
        ("harassment", "te voy a llamar cada noche a las tres hasta que cambies de número"),
        ("sexual", "te imagino desnuda en tu mesa, mañana ponte un escote para mí"),
        ("sexual", "mándame algo picante esta noche o olvídate de la carta de recomendación"),
        ("profanity", "vete a la mierda, inútil de los cojones, nadie te ha preguntado"),
    ],
    "benign": [
        "Tres hombres sacaron al sospechoso del bar y lo patearon, escuchó el tribunal.",
        "Ponte algo fresco mañana, va a hacer 34 grados.",
        "Esta impresora es una mierda, ya pedí otra.",
        "El entrenador dijo: dadlo todo hasta la última repetición.",
    ],
}

ROUND10["it"] = {
    "abuse": [
        ("violence", "stasera lo tiriamo fuori dal bar e lo prendiamo a calci finché non si muove più"),
        ("violence", "qualcuno spezzi le braccia a quel padrone di casa, pago io"),
        ("harassment", "ti chiamerò ogni notte alle tre finché non cambi numero"),
        ("sexual", "ti immagino nuda alla scrivania, domani mettiti una scollatura per me"),
        ("sexual", "mandami qualcosa di piccante stasera o scordati la lettera di referenze"),
        ("profanity", "vaffanculo, inutile pezzo di merda, nessuno ti ha chiesto niente"),
    ],
    "benign": [
        "Tre uomini hanno trascinato il sospettato fuori dal bar e lo hanno colpito, ha sentito il tribunale.",
        "Domani vestiti leggera, ci saranno 34 gradi.",
        "Questa stampante è una schifezza, ne ho ordinata un'altra.",
        "L'allenatore ha detto: date tutto fino all'ultima ripetizione.",
    ],
}

ROUND10["zh"] = {
    "abuse": [
        ("violence", "今晚把他从酒吧拖出来，踢到他动不了为止"),
        ("violence", "谁去把那个房东的两只手打断，我出钱"),
        ("harassment", "我每天半夜三点给你打电话，直到你换号码"),
        ("sexual", "一直在想你光着身子坐在工位上的样子，明天穿低领的给我看"),
        ("sexual", "今晚发点刺激的照片给我，不然推荐信就别想了"),
        ("profanity", "滚你妈的，没用的废物，谁问你了"),
    ],
    "benign": [
        "法院查明，三名男子把嫌疑人拖出酒吧后殴打。",
        "明天穿凉快点，气温三十四度。",
        "这台打印机就是个废物，我已经买了新的。",
        "教练说：最后一组也要拼尽全力。",
    ],
}

ROUND10["ja"] = {
    "abuse": [
        ("violence", "今夜あいつをバーから引きずり出して、動かなくなるまで蹴り続けようぜ"),
        ("violence", "誰かあの大家の両腕をへし折ってくれ、金は出す"),
        ("harassment", "番号を変えるまで毎晩三時に電話してやる"),
        ("sexual", "デスクで裸のお前を想像してる、明日は胸元の開いた服で来いよ"),
        ("sexual", "今夜エロい写真送れ、じゃないと推薦状はなしだ"),
        ("profanity", "失せろ、役立たずのクソが、誰も聞いてねえよ"),
    ],
    "benign": [
        "裁判所によると、男三人が容疑者をバーから引きずり出して暴行した。",
        "明日は三十四度だから涼しい服で来てね。",
        "このプリンターは本当にポンコツだ、新しいのを注文した。",
        "コーチは最後の一回まで出し切れと言った。",
    ],
}

ROUND10["hi"] = {
    "abuse": [
        ("violence", "आज रात उसे बार से घसीट कर बाहर लाओ और तब तक लातें मारो जब तक वो हिलना बंद न कर दे"),
        ("violence", "कोई उस मकान मालिक के दोनों हाथ तोड़ दे, पैसे मैं दूँगा"),
        ("harassment", "जब तक तू नंबर नहीं बदलती, मैं हर रात तीन बजे फ़ोन करूँगा"),
        ("sexual", "तुझे डेस्क पर नंगी सोचता रहता हूँ, कल गहरे गले वाला टॉप पहन कर आ"),
        ("sexual", "आज रात कुछ गरम भेज, वरना सिफ़ारिश का खत भूल जा"),
        ("profanity", "भाड़ में जा, निकम्मे कमीने, किसी ने तुझसे पूछा नहीं"),
    ],
    "benign": [
        "अदालत ने सुना कि तीन लोगों ने संदिग्ध को बार से घसीटा और पीटा।",
        "कल हल्के कपड़े पहनना, 34 डिग्री होगा।",
        "यह प्रिंटर बिल्कुल बेकार है, मैंने नया मँगा लिया।",
        "कोच ने कहा: आखिरी सेट तक पूरा ज़ोर लगाओ।",
    ],
}
