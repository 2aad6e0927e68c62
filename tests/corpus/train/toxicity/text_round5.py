"""Training templates of the fifth round for the toxicity learned layer (our own text, as
`text.py`; issue 11): abuse the lexicons cannot list because it names no harm — threats
veiled as warnings or concern ("accidents happen to people who talk"), harassment by
exclusion and surveillance, calls to violence in ordinary words, sexual coercion, profane
rants — in every language, and hard negatives beside them (warnings that are care,
game talk, news, a moderator's log quoting, help lines, film criticism). Written without
reading any corpus or held-out text. Merged into `text.LANGS` by `gen`."""

# ruff: noqa: E501 -- templates stay one line each, as written

from __future__ import annotations

ROUND5: dict[str, dict[str, list]] = {
    "en": {
        "abuse": [
            ("threat", "it would be a shame if something happened to that nice car of yours"),
            ("threat", "people who talk to the press tend to have accidents, remember that"),
            ("threat", "enjoy your walk home tonight, it is a long dark road"),
            ("threat", "we will see how brave you are when nobody is around to help you"),
            ("harassment", "we are watching every post you make and we will be there when you slip"),
            ("harassment", "delete your account before we make you regret ever joining"),
            ("violence", "round them up and make them pay in blood for what they did"),
            ("sexual", "come sit on my lap and stop pretending you do not want it"),
            ("profanity", "screw this garbage ass update and whoever shipped this crap"),
        ],
        "benign": [
            "take care on the drive home tonight, the roads are icy",
            "the moderation log shows three messages quoting threats, all removed",
            "we wiped their whole squad and took the flag in under two minutes",
            "the documentary shows how the massacre was planned and covered up",
            "if you feel unsafe, the crisis line is open day and night",
        ],
    },
    "de": {
        "abuse": [
            ("threat", "wäre doch schade, wenn deinem schönen Auto etwas zustoßen würde"),
            ("threat", "Leute, die mit der Presse reden, haben oft Unfälle, denk dran"),
            ("threat", "viel Spaß auf dem Heimweg heute Nacht, der Weg ist lang und dunkel"),
            ("harassment", "wir lesen alles, was du postest, und wir sind da, wenn du einen Fehler machst"),
            ("harassment", "lösch deinen Account, bevor wir dafür sorgen, dass du es bereust"),
            ("violence", "treibt sie zusammen und lasst sie bluten für das, was sie getan haben"),
            ("sexual", "setz dich auf meinen Schoß und tu nicht so, als würdest du es nicht wollen"),
            ("profanity", "diese beschissene Drecksaktualisierung und der Idiot, der sie rausgehauen hat"),
        ],
        "benign": [
            "fahr vorsichtig nach Hause, die Straßen sind glatt",
            "im Moderationsprotokoll stehen drei Nachrichten mit zitierten Drohungen, alle gelöscht",
            "wir haben ihren ganzen Trupp ausgelöscht und die Flagge geholt",
            "die Doku zeigt, wie das Massaker geplant und vertuscht wurde",
        ],
    },
    "fr": {
        "abuse": [
            ("threat", "ce serait dommage qu'il arrive quelque chose à ta jolie voiture"),
            ("threat", "les gens qui parlent aux journalistes ont souvent des accidents, souviens-toi"),
            ("threat", "bon retour chez toi ce soir, la route est longue et sombre"),
            ("harassment", "on lit tout ce que tu postes et on sera là quand tu feras une erreur"),
            ("harassment", "supprime ton compte avant qu'on te le fasse regretter"),
            ("violence", "rassemblez-les et faites-leur payer dans le sang ce qu'ils ont fait"),
            ("sexual", "viens sur mes genoux et arrête de faire semblant de ne pas en avoir envie"),
            ("profanity", "cette mise à jour à la con et le crétin qui l'a balancée, quelle chiotte"),
        ],
        "benign": [
            "rentre prudemment ce soir, les routes sont verglacées",
            "le journal de modération montre trois messages citant des menaces, tous supprimés",
            "on a éliminé toute leur escouade et pris le drapeau",
            "le documentaire montre comment le massacre a été planifié puis étouffé",
        ],
    },
    "es": {
        "abuse": [
            ("threat", "sería una pena que le pasara algo a ese coche tan bonito que tienes"),
            ("threat", "la gente que habla con periodistas suele tener accidentes, recuérdalo"),
            ("threat", "disfruta del camino a casa esta noche, es largo y oscuro"),
            ("harassment", "leemos todo lo que publicas y estaremos ahí cuando te equivoques"),
            ("harassment", "borra tu cuenta antes de que hagamos que te arrepientas"),
            ("violence", "reunidlos a todos y que paguen con sangre lo que hicieron"),
            ("sexual", "siéntate en mis rodillas y deja de fingir que no lo quieres"),
            ("profanity", "esta actualización de mierda y el gilipollas que la subió, vaya cagada"),
        ],
        "benign": [
            "conduce con cuidado esta noche, las carreteras están heladas",
            "el registro de moderación muestra tres mensajes que citan amenazas, todos borrados",
            "eliminamos a todo su escuadrón y capturamos la bandera",
            "el documental muestra cómo se planeó y se encubrió la masacre",
        ],
    },
    "it": {
        "abuse": [
            ("threat", "sarebbe un peccato se succedesse qualcosa alla tua bella macchina"),
            ("threat", "chi parla con i giornalisti finisce spesso per avere incidenti, ricordalo"),
            ("threat", "goditi la strada di casa stanotte, è lunga e buia"),
            ("harassment", "leggiamo tutto quello che pubblichi e saremo lì quando sbaglierai"),
            ("harassment", "cancella il tuo account prima che te ne facciamo pentire"),
            ("violence", "radunateli tutti e fategliela pagare col sangue"),
            ("sexual", "siediti sulle mie ginocchia e smettila di fingere che non lo vuoi"),
            ("profanity", "questo aggiornamento del cazzo e il coglione che l'ha pubblicato, che schifo"),
        ],
        "benign": [
            "guida con prudenza stasera, le strade sono ghiacciate",
            "il registro di moderazione mostra tre messaggi che citano minacce, tutti rimossi",
            "abbiamo eliminato tutta la loro squadra e preso la bandiera",
            "il documentario mostra come il massacro fu pianificato e insabbiato",
        ],
    },
    "pt": {
        "abuse": [
            ("threat", "seria uma pena se acontecesse alguma coisa com esse seu carro bonito"),
            ("threat", "quem fala com jornalista costuma sofrer acidente, lembra disso"),
            ("threat", "boa volta pra casa hoje à noite, o caminho é longo e escuro"),
            ("harassment", "a gente lê tudo que você posta e vai estar lá quando você errar"),
            ("harassment", "apaga sua conta antes que a gente faça você se arrepender"),
            ("violence", "junta todos eles e faz eles pagarem com sangue pelo que fizeram"),
            ("sexual", "senta no meu colo e para de fingir que você não quer"),
            ("profanity", "essa atualização de bosta e o babaca que lançou, que merda"),
        ],
        "benign": [
            "dirija com cuidado hoje à noite, as estradas estão congeladas",
            "o registro de moderação mostra três mensagens citando ameaças, todas removidas",
            "eliminamos o esquadrão inteiro deles e pegamos a bandeira",
            "o documentário mostra como o massacre foi planejado e encoberto",
        ],
    },
    "nl": {
        "abuse": [
            ("threat", "het zou zonde zijn als er iets met je mooie auto gebeurde"),
            ("threat", "mensen die met journalisten praten krijgen vaak ongelukken, onthoud dat"),
            ("threat", "veel plezier op weg naar huis vannacht, het is een lange donkere weg"),
            ("harassment", "we lezen alles wat je post en we zijn er als je een fout maakt"),
            ("harassment", "verwijder je account voordat we zorgen dat je er spijt van krijgt"),
            ("violence", "drijf ze bij elkaar en laat ze met bloed betalen voor wat ze deden"),
            ("sexual", "kom op mijn schoot zitten en doe niet alsof je het niet wilt"),
            ("profanity", "die kutupdate en die sukkel die hem eruit gooide, wat een teringbende"),
        ],
        "benign": [
            "rij voorzichtig naar huis vanavond, de wegen zijn glad",
            "het moderatielog toont drie berichten met geciteerde bedreigingen, alle verwijderd",
            "we hebben hun hele squad uitgeschakeld en de vlag gepakt",
            "de documentaire laat zien hoe het bloedbad werd gepland en verzwegen",
        ],
    },
    "ru": {
        "abuse": [
            ("threat", "будет жаль, если с твоей красивой машиной что-нибудь случится"),
            ("threat", "те, кто болтает с журналистами, часто попадают в аварии, запомни"),
            ("threat", "приятной дороги домой сегодня ночью, путь длинный и тёмный"),
            ("harassment", "мы читаем всё, что ты пишешь, и будем рядом, когда ты ошибёшься"),
            ("harassment", "удали аккаунт, пока мы не заставили тебя пожалеть"),
            ("violence", "соберите их всех и заставьте заплатить кровью за то, что они сделали"),
            ("sexual", "садись ко мне на колени и хватит делать вид, что ты не хочешь"),
            ("profanity", "это сраное обновление и дебил, который его выкатил, полный пиздец"),
        ],
        "benign": [
            "осторожнее по дороге домой, на дорогах гололёд",
            "в журнале модерации три сообщения с цитатами угроз, все удалены",
            "мы вынесли весь их отряд и забрали флаг",
            "в документальном фильме показано, как резню спланировали и скрыли",
        ],
    },
    "zh": {
        "abuse": [
            ("threat", "你那辆漂亮的车要是出点什么事就可惜了"),
            ("threat", "跟记者乱说话的人经常出意外，你记住"),
            ("threat", "今晚回家路上好好享受吧，那条路又长又黑"),
            ("harassment", "你发的每一条我们都在看，等你出错我们就在那儿"),
            ("harassment", "趁我们还没让你后悔，赶紧把账号删了"),
            ("violence", "把他们全都抓起来，让他们血债血偿"),
            ("sexual", "坐到我腿上来，别装作你不想要"),
            ("profanity", "这破更新真他妈烂，发布它的那个傻帽真是个废物"),
        ],
        "benign": [
            "今晚开车回家小心点，路上结冰了",
            "审核日志显示有三条引用威胁的消息，均已删除",
            "我们把他们整个小队都灭了，拿下了旗子",
            "这部纪录片揭示了那场屠杀是如何被策划和掩盖的",
        ],
    },
    "ja": {
        "abuse": [
            ("threat", "お前のきれいな車に何かあったら残念だよな"),
            ("threat", "記者にしゃべる奴はよく事故に遭うんだよ、覚えとけ"),
            ("threat", "今夜の帰り道を楽しめよ、長くて暗い道だからな"),
            ("harassment", "お前の投稿は全部見てる、ミスしたらすぐ行くからな"),
            ("harassment", "後悔させられる前にアカウント消しとけ"),
            ("violence", "あいつら全員集めて血で償わせろ"),
            ("sexual", "俺の膝に座れよ、嫌がるふりはやめろ"),
            ("profanity", "このクソアプデとそれを出したボケ、マジでふざけんな"),
        ],
        "benign": [
            "今夜は道が凍っているので気をつけて帰ってね",
            "モデレーションログには脅迫を引用したメッセージが3件あり、すべて削除済み",
            "相手の部隊を全滅させて旗を取った",
            "そのドキュメンタリーは虐殺がどう計画され隠蔽されたかを描いている",
        ],
    },
    "ko": {
        "abuse": [
            ("threat", "네 멋진 차에 무슨 일이라도 생기면 안타깝겠지"),
            ("threat", "기자한테 떠드는 사람들은 사고를 자주 당하더라, 기억해 둬"),
            ("threat", "오늘 밤 집에 가는 길 즐겨라, 길고 어두운 길이니까"),
            ("harassment", "네가 올리는 거 다 보고 있다, 실수하면 바로 간다"),
            ("harassment", "후회하게 만들기 전에 계정 지워라"),
            ("violence", "그놈들 다 모아서 피로 갚게 해"),
            ("sexual", "내 무릎에 앉아, 싫은 척 그만하고"),
            ("profanity", "이 좆같은 업데이트랑 그거 올린 병신, 진짜 개판이네"),
        ],
        "benign": [
            "오늘 밤 길이 얼었으니 조심해서 들어가",
            "운영 기록에 협박을 인용한 메시지가 세 건 있으며 모두 삭제되었습니다",
            "상대 분대를 전멸시키고 깃발을 가져왔다",
            "그 다큐멘터리는 학살이 어떻게 계획되고 은폐되었는지 보여 준다",
        ],
    },
    "ar": {
        "abuse": [
            ("threat", "سيكون من المؤسف لو حصل شيء لسيارتك الجميلة"),
            ("threat", "الذين يتكلمون مع الصحفيين تحصل لهم حوادث كثيرا، تذكر ذلك"),
            ("threat", "استمتع بطريق العودة الليلة، إنه طويل ومظلم"),
            ("harassment", "نقرأ كل ما تنشره وسنكون هناك عندما تخطئ"),
            ("harassment", "احذف حسابك قبل أن نجعلك تندم"),
            ("violence", "اجمعوهم كلهم واجعلوهم يدفعون الثمن بالدم"),
            ("sexual", "تعالي اجلسي في حضني وكفي عن التظاهر بأنك لا تريدين"),
            ("profanity", "هذا التحديث الزفت والغبي الذي نشره، يا له من قرف"),
        ],
        "benign": [
            "قد بحذر الليلة، الطرق متجمدة",
            "سجل الإشراف يظهر ثلاث رسائل تقتبس تهديدات، حُذفت كلها",
            "قضينا على فرقتهم كاملة وأخذنا العلم",
            "يكشف الفيلم الوثائقي كيف خُطط للمجزرة وكيف تم التستر عليها",
        ],
    },
    "hi": {
        "abuse": [
            ("threat", "तेरी इस सुंदर गाड़ी को कुछ हो गया तो बड़ा अफ़सोस होगा"),
            ("threat", "जो लोग पत्रकारों से बात करते हैं उनके साथ अक्सर हादसे होते हैं, याद रखना"),
            ("threat", "आज रात घर लौटने का रास्ता एन्जॉय करना, लंबा और अँधेरा है"),
            ("harassment", "तू जो भी पोस्ट करता है हम सब पढ़ते हैं, गलती करेगा तो हम वहीं होंगे"),
            ("harassment", "पछताने से पहले अपना अकाउंट डिलीट कर दे"),
            ("violence", "उन सबको इकट्ठा करो और खून से कीमत चुकवाओ"),
            ("sexual", "मेरी गोद में बैठ जा और न चाहने का नाटक बंद कर"),
            ("profanity", "ये घटिया अपडेट और इसे डालने वाला गधा, क्या बकवास है साला"),
        ],
        "benign": [
            "आज रात सावधानी से गाड़ी चलाना, सड़कों पर बर्फ़ है",
            "मॉडरेशन लॉग में धमकियाँ उद्धृत करने वाले तीन संदेश हैं, सभी हटा दिए गए",
            "हमने उनकी पूरी टुकड़ी खत्म कर दी और झंडा ले लिया",
            "डॉक्यूमेंट्री दिखाती है कि नरसंहार की योजना कैसे बनी और उसे कैसे छुपाया गया",
        ],
    },
}
