"""Training text of the eighth round for the toxicity learned layer (our own text, as
`text.py`): the categories and languages an outside measure found weakest — sexual
harassment, calls to violence and violent wishes, harassment of one person, aimed
profanity; Arabic, Russian, Dutch, Portuguese, Hindi, Korean and Chinese, and English —
in the words people use in the messages an agent reads inside mails and tool results
(comments, reviews, chat, tickets, forum posts, dating and gaming chat, neighbours'
groups), and hard negatives of the same registers and of tool results that only look
rough (logs that kill and abort, code that dies, film and game titles, medicine, crime
news, scanners, lyrics, a filter's word list). Each line its own sentence, written for
this round without reading any set's cases; `gen` places each once more inside a mail or
a tool result of several shapes (`gen.ROUND8_CARRIERS`). Merged into `text.LANGS` by
`gen`, each sentence written as few times as round 7's (`gen.ROUND8_COPIES`).

Written after the round's dev set (`tests/corpus/toxicity/dev/carriers8.jsonl`) and after
seeing which of its messages the guard missed (not their carriers' cases one by one): the
common shapes of sexual harassment here (asking for photos, "come to my office alone"),
calls to beat a group and harassment until someone quits are in both, in other words, so
that set's gains from this text are no independent measure. A second batch, in the
languages with the least text, was written after the first was trained."""

# ruff: noqa: E501 -- one sentence per line, as written

from __future__ import annotations

ROUND8: dict[str, dict[str, list]] = {}

ROUND8["en"] = {
    "abuse": [
        ("sexual", "that dress makes it hard to concentrate on your slides, come sit on my lap and explain them"),
        ("sexual", "I saw your profile pic, bet you look even better with nothing on, send one"),
        ("sexual", "you want the contract renewed? then you know what you have to do for me after hours"),
        ("sexual", "stop pretending you are shy, I know girls like you want it"),
        ("sexual", "I will keep your number and text you at night until you send me something naughty"),
        ("sexual", "nice legs in the team photo, I printed it out for my bedroom"),
        ("sexual", "if you let me touch you once I will forget about the late rent"),
        ("violence", "round them up and beat them in the car park until they stop coming to our street"),
        ("violence", "somebody needs to torch that councillor's house with him inside"),
        ("violence", "grab a crowbar, we are going to smash his face in tonight"),
        ("violence", "every one of those strikers deserves a bullet, start with the loud one"),
        ("violence", "drag the referee out of the stadium and stamp on his head"),
        ("violence", "I hope someone stabs that landlord on his way to the bank"),
        ("violence", "line those journalists up against the wall and we will see who keeps writing"),
        ("harassment", "I will comment on every photo you post until you delete your account"),
        ("harassment", "we made a group chat just to share screenshots of you looking stupid"),
        ("harassment", "your new number did not last long either, did it? I always find you"),
        ("harassment", "everybody at the school knows what you are, go eat lunch in the toilets again"),
        ("harassment", "I emailed your boss, your landlord and your ex, and I am not finished"),
        ("harassment", "no one will ever hire you again once I am done posting about you"),
        ("harassment", "you cried in the meeting again, pathetic, we all had a good laugh"),
        ("profanity", "what the fuck is wrong with you, you brainless shit, answer my email"),
        ("profanity", "fuck your refund policy and fuck you for hiding behind it"),
        ("profanity", "you useless prick, the parcel is soaked and you fucking knew it"),
        ("profanity", "get your shit together or piss off and let someone competent do it"),
        ("profanity", "screw you and your bloody survey, you wankers"),
        ("insult", "you are a brain-dead waste of oxygen with a headset"),
        ("threat", "keep ignoring my tickets and I will be waiting for you in the car park"),
        ("hate", "those people breed like rats and ruin every neighbourhood they crawl into"),
    ],
    "benign": [
        "2026-11-02 04:10:55 ERROR watchdog: pid 3321 hung, killing it with SIGKILL",
        "terminate called after throwing an instance of std::bad_alloc, core dumped",
        "panic: runtime error: index out of range, goroutine 17 killed",
        "the job was aborted after three retries and the executor died with exit code 137",
        "if the file is missing the script dies with a clear message instead of a stack trace",
        "killall -HUP nginx reloads the configuration without dropping connections",
        "Title: Bloodsport (1988), genre: martial arts, rated R for strong violence",
        "Game of the week: Doom Eternal, rip and tear through demons on nightmare difficulty",
        "the assassin class gets a stealth kill bonus in the new patch",
        "Track 7, Knife Party, explicit lyrics, runtime 3:41",
        "symptoms include pain during intercourse and vaginal discharge, see a gynaecologist",
        "the rectal exam takes a minute and screens for prostate cancer",
        "the scanner flagged 3 critical vulnerabilities, an attacker could execute code and crash the service",
        "the penetration test found a way to kill the authentication service with a malformed packet",
        "the suspect was charged with assault after punching a bouncer outside the bar",
        "the court heard that the victim was strangled and her body hidden in the woods",
        "wordlist for the chat filter: masks slurs and sexual terms, see banned_terms.txt",
        "this bug is a pain in the ass but I finally fixed it",
        "damn, that sunset was gorgeous, thanks for the photos",
        "the mitigation strips dangerous tags before the page renders",
        "the boxer knocked his opponent out cold in the second round",
        "our hunting club shoots clay pigeons every Sunday morning",
        "I am so angry about the cancelled flight, I will complain to the airline tomorrow",
        "please stop calling me after eight, I will answer your mail in the morning",
        "you will get the contract renewed if the audit passes, I will send the forms tonight",
        "I keep your number in case the delivery driver cannot find the house",
        "the nude colour lipstick sold out, we restock on Friday",
        "sexual health clinic: walk-in testing Mondays and Thursdays, no appointment needed",
        "the protesters marched peacefully to the town hall and handed in a petition",
        "our chess engine crushed the older version in 40 of 50 games",
    ],
}

ROUND8["ar"] = {
    "abuse": [
        ("sexual", "جسمك حلو في الصورة، تعالي عندي الليلة ولا أحد سيعرف"),
        ("sexual", "إذا أردت الترقية فعليك أن تكوني لطيفة معي بعد الدوام"),
        ("sexual", "أرسل لي صورة لك وأنت في السرير، لن أريها لأحد"),
        ("sexual", "سألمسك متى شئت، أنت موظفة عندي"),
        ("violence", "لازم نكسر عظامهم واحد واحد حتى يتعلموا"),
        ("violence", "اذبحوهم كلهم ولا تتركوا أحداً منهم"),
        ("violence", "خذوا العصي وانتظروه عند باب المدرسة واضربوه حتى يسقط"),
        ("violence", "أتمنى أن يحترق بيت هذا الصحفي وهو نائم فيه"),
        ("harassment", "سأنشر صورك في كل المجموعات حتى لا تجرئي على الخروج من البيت"),
        ("harassment", "غيرت رقمك مرة أخرى؟ سأجده كما وجدته قبل"),
        ("harassment", "الجميع في المكتب يضحك عليك، لا أحد يريدك هنا"),
        ("harassment", "سأراقبك كل يوم من نافذتي حتى ترحل من الحي"),
        ("profanity", "كس أمك على هالخدمة، يا حيوان"),
        ("profanity", "تفو عليك وعلى شركتك الزفت"),
        ("profanity", "انقلع يا وسخ، ما في فائدة منك"),
        ("insult", "أنت حثالة ولا تستحق أن تعمل هنا"),
        ("threat", "إذا تكلمت مرة أخرى ستندم طول عمرك"),
        ("hate", "هؤلاء الأجانب كلاب ويجب أن يُطردوا من بلادنا"),
    ],
    "benign": [
        "تم إيقاف العملية بالقوة بعد أن توقفت عن الاستجابة لمدة دقيقتين",
        "فشل الاتصال بقاعدة البيانات، سيتم إعادة المحاولة بعد ثلاثين ثانية",
        "فيلم الليلة قصة جريمة قتل غامضة في القاهرة القديمة",
        "اعتقلت الشرطة رجلاً متهماً بالاعتداء على جاره بسكين",
        "ننصح بفحص الثدي بالأشعة مرة كل سنتين بعد سن الأربعين",
        "فريقنا هزم الخصم بخمسة أهداف نظيفة في النهائي",
        "أنا غاضب جداً من تأخير الشحنة وسأقدم شكوى رسمية",
        "أرجو ألا تتصل بي بعد التاسعة مساءً، سأرد على رسالتك صباحاً",
        "لعبة الحرب الجديدة فيها معارك دامية ومؤثرات رائعة",
        "الماسح الأمني وجد ثغرة تسمح للمهاجم بتنفيذ أوامر على الخادم",
        "الصورة الجماعية من الحفلة جميلة جداً، شكراً للمصور",
        "تعلمنا في درس الدفاع عن النفس كيف نتخلص من مسكة اليد",
        "هذا المنتج سيء والبطارية ضعيفة، لا أنصح به",
        "يرجى حذف الحساب القديم ونقل البيانات إلى الحساب الجديد",
    ],
}

ROUND8["ru"] = {
    "abuse": [
        ("sexual", "фигурка у тебя огонь, заходи вечером, обсудим твою зарплату без свидетелей"),
        ("sexual", "хочешь остаться в проекте, будь со мной поласковее после работы"),
        ("sexual", "пришли фото в купальнике, а лучше без него"),
        ("sexual", "я всё равно тебя потрогаю, никуда ты не денешься"),
        ("violence", "собрать бы их всех в подвале и отбить почки"),
        ("violence", "этому судье надо башку проломить, чтобы знал"),
        ("violence", "берите арматуру, вечером идём ломать им рёбра"),
        ("violence", "сжечь их палатки вместе с ними, и дело с концом"),
        ("harassment", "я буду звонить твоей матери, пока ты не удалишь отзыв"),
        ("harassment", "весь класс знает, какая ты жалкая, сиди дальше одна"),
        ("harassment", "новый аккаунт завела? я и его нашёл, не спрячешься"),
        ("harassment", "каждый твой пост я буду комментировать, пока не уйдёшь отсюда"),
        ("profanity", "хули ты молчишь, мудак, где мой заказ"),
        ("profanity", "да пошли вы нахер со своей поддержкой"),
        ("profanity", "ебаный стыд, а не сервис, уроды"),
        ("insult", "ты ничтожество и позорище всей команды"),
        ("threat", "ещё раз напишешь мне, и я тебя найду, пожалеешь"),
        ("hate", "этих чурок надо вышвырнуть из города"),
    ],
    "benign": [
        "процесс 4412 завис, отправлен сигнал kill, воркер перезапущен",
        "сборка упала с ошибкой, тесты прерваны через десять минут",
        "фильм о серийном убийце получил приз на фестивале",
        "полиция задержала мужчину по подозрению в нападении с ножом",
        "маммографию рекомендуется делать раз в два года после сорока",
        "наш клуб разгромил соперника в финале, болельщики в восторге",
        "я очень зол из-за отмены рейса и напишу жалобу в авиакомпанию",
        "пожалуйста, не звоните мне после девяти, я отвечу утром",
        "сканер нашёл критическую уязвимость, атакующий может выполнить код",
        "в новой игре можно убивать драконов и захватывать замки",
        "фотография с корпоратива получилась отличной, спасибо фотографу",
        "на курсах самообороны учат выбираться из захвата",
        "товар ужасного качества, не советую, деньги на ветер",
        "эта задача меня просто убивает, но к пятнице сделаю",
    ],
}

ROUND8["nl"] = {
    "abuse": [
        ("sexual", "lekker kontje in die broek, kom vanavond maar even langs op kantoor"),
        ("sexual", "wil je die vaste aanstelling? dan weet je wat je voor me moet doen"),
        ("sexual", "stuur eens een foto vanuit bed, niemand hoeft het te weten"),
        ("violence", "we pakken die demonstranten vanavond op met knuppels"),
        ("violence", "iemand moet die wethouder eens flink in elkaar trappen"),
        ("violence", "steek hun tenten in de fik, met die lui erin"),
        ("harassment", "ik blijf je bellen tot je die recensie verwijdert, ook 's nachts"),
        ("harassment", "de hele klas lacht je uit, zielig wijf, ga maar weer alleen zitten"),
        ("harassment", "nieuw account gemaakt? ik heb het al gevonden, je komt nooit van me af"),
        ("profanity", "kankerlijer, waar blijft mijn pakket"),
        ("profanity", "tering zooi, jullie zijn allemaal debielen"),
        ("profanity", "rot toch op met je klantenservice, eikel"),
        ("insult", "je bent een nutteloze sukkel en iedereen weet het"),
        ("threat", "als je nog één keer belt, sta ik bij je voor de deur en dan is het afgelopen"),
        ("hate", "dat tuig uit het buitenland moet met de eerste boot terug"),
    ],
    "benign": [
        "proces 2231 reageerde niet meer en is met kill -9 beëindigd",
        "de build is afgebroken na een time-out, opnieuw starten",
        "de film over de moord in Amsterdam wint een prijs",
        "de politie heeft een man aangehouden na een steekpartij",
        "borstonderzoek wordt elke twee jaar aangeboden vanaf vijftig",
        "Ajax heeft de tegenstander volledig afgedroogd",
        "ik ben woedend over de vertraging en dien een klacht in",
        "bel me alsjeblieft niet na negen uur, ik antwoord morgen",
        "de scanner vond een lek waarmee een aanvaller code kan uitvoeren",
        "deze deadline maakt me kapot, maar het lukt wel",
        "mooie foto van het team, dank aan de fotograaf",
        "slecht product, de batterij is binnen een week leeg",
    ],
}

ROUND8["pt"] = {
    "abuse": [
        ("sexual", "que bunda nessa calça, passa na minha sala depois do expediente"),
        ("sexual", "quer a promoção? então vai ter que ser boazinha comigo"),
        ("sexual", "manda uma foto de calcinha, ninguém vai saber"),
        ("violence", "vamos pegar esses manifestantes na saída e dar porrada até cair"),
        ("violence", "alguém tinha que meter uma bala nesse juiz"),
        ("violence", "taca fogo no barraco deles com eles dentro"),
        ("harassment", "vou ligar pra sua mãe todo dia até você apagar a avaliação"),
        ("harassment", "a sala inteira ri de você, ninguém quer você no grupo"),
        ("harassment", "criou conta nova? já achei, você nunca vai se livrar de mim"),
        ("profanity", "vai tomar no cu, cadê a porra do meu pedido"),
        ("profanity", "seus filhos da puta, devolvam meu dinheiro"),
        ("profanity", "que bosta de atendimento, bando de otários"),
        ("insult", "você é um imbecil inútil e todo mundo sabe disso"),
        ("threat", "liga de novo e eu apareço na sua porta, aí você vai ver"),
        ("hate", "esses nordestinos são uma praga, tinham que voltar pra lá"),
    ],
    "benign": [
        "o processo 2231 travou e foi encerrado com kill -9",
        "a compilação foi abortada por tempo limite, tentando de novo",
        "o filme sobre o assassinato ganhou o prêmio do júri",
        "a polícia prendeu um homem suspeito de esfaquear o vizinho",
        "a mamografia é recomendada a cada dois anos depois dos cinquenta",
        "o time goleou o adversário por cinco a zero",
        "estou furioso com o atraso e vou registrar uma reclamação",
        "por favor não me ligue depois das nove, respondo de manhã",
        "o scanner achou uma falha que permite ao atacante executar código",
        "esse prazo está me matando, mas entrego na sexta",
        "a foto da equipe ficou linda, obrigado ao fotógrafo",
        "produto ruim, a bateria não dura um dia",
    ],
}

ROUND8["hi"] = {
    "abuse": [
        ("sexual", "तेरी फोटो देखकर रहा नहीं जाता, आज रात मेरे कमरे में आ जा"),
        ("sexual", "प्रमोशन चाहिए तो ऑफिस के बाद मेरे साथ थोड़ा वक्त बिताना पड़ेगा"),
        ("sexual", "बिस्तर वाली एक फोटो भेज दे, किसी को पता नहीं चलेगा"),
        ("violence", "इन सबको लाठियों से पीट पीट कर भगाओ"),
        ("violence", "उस पत्रकार का घर जला दो, तभी अक्ल आएगी"),
        ("violence", "रेफरी को मैदान से खींच कर उसकी टांगें तोड़ दो"),
        ("harassment", "जब तक तू रिव्यू नहीं हटाता, तेरी माँ को रोज़ फोन करूँगा"),
        ("harassment", "पूरी क्लास तुझ पर हँसती है, कोई तुझे ग्रुप में नहीं चाहता"),
        ("harassment", "नया अकाउंट बनाया? वो भी ढूंढ लिया, मुझसे बच नहीं सकती"),
        ("profanity", "भेनचोद, मेरा पार्सल कहाँ है"),
        ("profanity", "मादरचोद कंपनी, पैसे वापस कर"),
        ("profanity", "चुप कर हरामी, तुझसे बात करना बेकार है"),
        ("insult", "तू एक नंबर का नालायक और गधा है"),
        ("threat", "एक बार और फोन किया तो तेरे घर आकर देख लूँगा"),
        ("hate", "ये बाहर वाले गंदगी हैं, इन्हें शहर से भगा दो"),
    ],
    "benign": [
        "प्रोसेस 2231 अटक गया था, उसे kill -9 से बंद किया गया",
        "बिल्ड टाइमआउट की वजह से रुक गया, दोबारा चला रहे हैं",
        "हत्या की कहानी वाली फिल्म को पुरस्कार मिला",
        "पुलिस ने पड़ोसी पर चाकू से हमले के आरोप में एक आदमी को पकड़ा",
        "चालीस के बाद हर दो साल में मैमोग्राफी करवाने की सलाह है",
        "हमारी टीम ने फाइनल में विरोधी को धूल चटा दी",
        "फ्लाइट रद्द होने से मैं बहुत नाराज़ हूँ, शिकायत दर्ज करूँगा",
        "कृपया नौ बजे के बाद फोन न करें, मैं सुबह जवाब दूँगा",
        "स्कैनर को एक खामी मिली जिससे हमलावर कोड चला सकता है",
        "टीम की फोटो बहुत अच्छी आई, फोटोग्राफर का धन्यवाद",
        "प्रोडक्ट खराब है, बैटरी एक दिन भी नहीं चलती",
    ],
}

ROUND8["ko"] = {
    "abuse": [
        ("sexual", "사진 보니까 몸매 죽이던데, 오늘 밤 우리 집에 와"),
        ("sexual", "승진하고 싶으면 퇴근 후에 나랑 따로 시간 좀 보내야지"),
        ("sexual", "침대에서 찍은 사진 하나 보내봐, 아무도 모르게"),
        ("violence", "저 시위대 놈들 몽둥이로 다 패버려야 돼"),
        ("violence", "그 기자 집에 불 질러버려야 정신 차리지"),
        ("violence", "심판 끌어내서 다리를 부러뜨려 버려"),
        ("harassment", "리뷰 지울 때까지 너희 엄마한테 매일 전화할 거다"),
        ("harassment", "반 애들 전부 너 비웃어, 아무도 너랑 안 놀아"),
        ("harassment", "새 계정 만들었어? 그것도 찾았어, 넌 절대 못 도망가"),
        ("profanity", "개새끼야 내 택배 어디 있냐고"),
        ("profanity", "좆같은 회사, 환불이나 해 병신들아"),
        ("profanity", "닥쳐 씨발놈아, 말 섞기도 싫다"),
        ("insult", "넌 쓸모없는 한심한 인간이야"),
        ("threat", "한 번만 더 연락하면 너희 집 앞에서 기다린다"),
        ("hate", "저 이민자들은 쓰레기야, 이 나라에서 내보내야 해"),
    ],
    "benign": [
        "프로세스 2231이 응답하지 않아 kill -9로 종료했습니다",
        "빌드가 시간 초과로 중단되어 다시 실행합니다",
        "살인 사건을 다룬 영화가 영화제에서 상을 받았다",
        "경찰이 이웃을 흉기로 찌른 혐의로 남성을 체포했다",
        "마흔 이후에는 2년마다 유방 촬영 검사를 권합니다",
        "우리 팀이 결승에서 상대를 완전히 박살냈다",
        "항공편이 취소돼서 너무 화가 나요, 민원을 넣을 거예요",
        "밤 9시 이후에는 전화하지 말아 주세요, 아침에 답할게요",
        "스캐너가 공격자가 코드를 실행할 수 있는 취약점을 찾았다",
        "팀 사진 정말 잘 나왔어요, 사진작가님 감사합니다",
        "제품이 별로예요, 배터리가 하루도 못 가요",
    ],
}

ROUND8["zh"] = {
    "abuse": [
        ("sexual", "看你照片身材真不错，今晚来我房间吧"),
        ("sexual", "想升职的话，下班以后得陪我单独待一会儿"),
        ("sexual", "发一张你在床上的照片给我，没人会知道"),
        ("violence", "把那些闹事的人都拉出来用棍子打一顿"),
        ("violence", "那个记者的房子就该一把火烧了"),
        ("violence", "把裁判拖出球场，打断他的腿"),
        ("harassment", "你不删差评，我就天天给你妈打电话"),
        ("harassment", "全班都在笑你，没人愿意跟你一组"),
        ("harassment", "换了新账号？我也找到了，你躲不掉的"),
        ("profanity", "操你妈的，我的快递到底在哪"),
        ("profanity", "傻逼公司，赶紧退钱"),
        ("profanity", "闭嘴吧你这个王八蛋，跟你说话都嫌脏"),
        ("insult", "你就是个没用的窝囊废"),
        ("threat", "再敢联系我，我就在你家门口等着你"),
        ("hate", "那些外国佬都是垃圾，应该全部滚出去"),
    ],
    "benign": [
        "进程 2231 无响应，已用 kill -9 结束",
        "构建因超时被中止，正在重新运行",
        "一部讲述凶杀案的电影在电影节上获奖",
        "警方逮捕了一名涉嫌持刀伤害邻居的男子",
        "四十岁以后建议每两年做一次乳腺检查",
        "我们队在决赛中把对手打得落花流水",
        "航班取消让我非常生气，我要投诉",
        "晚上九点以后请不要打电话，我早上回复",
        "扫描器发现一个漏洞，攻击者可以执行代码",
        "团队合影拍得很好，谢谢摄影师",
        "产品很差，电池一天都撑不住",
    ],
}

# A second batch in the languages with the least text, written after the first was trained.
ROUND8["ar"]["abuse"] += [
    ("sexual", "لو أردت أن يبقى عقدك فتعالي إلى مكتبي وحدك بعد الساعة السادسة"),
    ("sexual", "صورك على الشاطئ أعجبتني، أريد أن أرى أكثر من ذلك"),
    ("harassment", "كل يوم سأكتب تحت منشوراتك حتى تغلقي حسابك"),
    ("harassment", "أعرف أين تدرس أختك، وسأخبرها بكل شيء عنك"),
    ("violence", "من يرى واحداً منهم في الحي فليضربه حتى لا يعود"),
    ("violence", "يستحق هذا الحكم أن يُسحل في الشارع أمام الناس"),
    ("insult", "أنت أغبى موظف رأيته في حياتي، عديم الفائدة"),
    ("threat", "انتظرني عند باب بيتك الليلة، سنتفاهم بطريقتي"),
]
ROUND8["ar"]["benign"] += [
    "عقدك سيتجدد تلقائياً، أرسلي التوقيع قبل الساعة السادسة",
    "صور الشاطئ من الرحلة جميلة، أرسل لنا المزيد منها",
    "سأكتب تعليقاً تحت المنشور لأشكر الفريق على العمل",
    "الحكم ألغى الهدف بعد مراجعة الفيديو وغضب الجمهور",
    "السجل يظهر أن البرنامج توقف فجأة ثم أعيد تشغيله تلقائياً",
    "الفيلم يحكي قصة حرب دامية في القرن الماضي",
]
ROUND8["hi"]["abuse"] += [
    ("sexual", "कॉन्ट्रैक्ट बचाना है तो शाम को अकेले मेरे केबिन में आना"),
    ("harassment", "रोज़ तेरी हर पोस्ट पर लिखूँगा जब तक तू अकाउंट बंद नहीं करती"),
    ("harassment", "मुझे पता है तेरी बहन कहाँ पढ़ती है, सब बता दूँगा उसे"),
    ("violence", "मोहल्ले में इनमें से कोई दिखे तो इतना मारो कि दोबारा न आए"),
    ("insult", "तू ज़िंदगी में देखा सबसे बेकार आदमी है, किसी काम का नहीं"),
    ("threat", "आज रात अपने घर के बाहर मेरा इंतज़ार करना, हिसाब बराबर करेंगे"),
]
ROUND8["hi"]["benign"] += [
    "आपका कॉन्ट्रैक्ट अपने आप रिन्यू हो जाएगा, शाम तक साइन भेज दें",
    "मैं पोस्ट के नीचे टीम को धन्यवाद लिख दूँगा",
    "लॉग में दिखा कि प्रोग्राम अचानक बंद हुआ और अपने आप फिर चालू हुआ",
    "फिल्म पिछली सदी के एक खूनी युद्ध की कहानी है",
]
ROUND8["ko"]["abuse"] += [
    ("sexual", "계약 연장하고 싶으면 저녁에 혼자 내 사무실로 와"),
    ("harassment", "네가 계정 닫을 때까지 매일 네 글마다 댓글 달 거야"),
    ("harassment", "네 동생 학교 어딘지 알아, 너에 대해 다 말해줄게"),
    ("violence", "동네에서 저놈들 보이면 다시는 못 오게 패버려"),
    ("insult", "살면서 본 사람 중에 네가 제일 쓸모없어"),
    ("threat", "오늘 밤 너희 집 앞에서 기다릴게, 내 방식대로 정리하자"),
]
ROUND8["ko"]["benign"] += [
    "계약은 자동으로 연장됩니다, 저녁까지 서명만 보내 주세요",
    "게시글 아래에 팀에게 감사 댓글을 달게요",
    "로그를 보니 프로그램이 갑자기 종료됐다가 자동으로 재시작됐어요",
    "이 영화는 지난 세기의 참혹한 전쟁 이야기입니다",
]
ROUND8["zh"]["abuse"] += [
    ("sexual", "想续约的话，晚上一个人来我办公室"),
    ("harassment", "你不注销账号，我就天天在你每条动态下面留言"),
    ("harassment", "我知道你妹妹在哪个学校，我会把你的事都告诉她"),
    ("violence", "在小区里看到他们就往死里打，看他们还敢不敢来"),
    ("insult", "你是我这辈子见过最没用的人"),
    ("threat", "今晚在你家门口等我，咱们用我的方式解决"),
]
ROUND8["zh"]["benign"] += [
    "合同会自动续签，晚上之前把签名发过来就行",
    "我会在动态下面留言感谢团队",
    "日志显示程序突然退出，然后自动重启了",
    "这部电影讲的是上个世纪一场惨烈的战争",
]
ROUND8["ru"]["abuse"] += [
    ("sexual", "зачёт поставлю, если останешься после пары со мной наедине и будешь послушной"),
    ("harassment", "я знаю, где учится твоя сестра, и всё ей про тебя расскажу"),
    ("violence", "увидите кого-то из них во дворе, бейте так, чтобы не вернулся"),
    ("threat", "жди меня сегодня у своего подъезда, поговорим по-моему"),
]
ROUND8["ru"]["benign"] += [
    "контракт продлится автоматически, пришлите подпись до вечера",
    "в логе видно, что программа внезапно завершилась и перезапустилась",
    "фильм рассказывает о кровавой войне прошлого века",
]
