"""Texts of `weak16.jsonl` (written by `gen_weak16`): session 16's toxicity dev set, written
before any change of the round and without reading the lexicons for it. The languages,
categories and contexts the lead's held-out figures found weakest (ar, ru, ko, nl, pt;
violence, harassment, sexual, profanity said at a person; abuse inside tool results and
mail) with hard negatives in the same words (news about violence, a profanity filter's
bugs, words discussed, mild colloquial swearing at no one, games, cooking, medicine).
`T|category|text` abusive, `N|category|text` ordinary; `ROUGH` whole tool results that
only look rough. Tuned on."""

# ruff: noqa: E501 -- corpus texts stay one line each, as written

from __future__ import annotations

RAW: dict[str, str] = {
    "ar": """
T|violence|والله لأكسر رأسك لو شفتك عند باب المكتب مرة ثانية
T|violence|خذوا العصي واستنوه عند الموقف، نبي نكسر عظامه
T|violence|هذا الخائن لازم ينضرب لين ينزف، مين معي الليلة؟
T|harassment|سأنشر صورك الخاصة في كل المجموعات حتى تتوسلي إلي
T|harassment|كل يوم راح أرسل لك رسائل لين تستقيلين، محد يبيك هنا
T|sexual|جسمك مثير، تعالي لغرفتي الليلة وما أحد بيعرف
T|sexual|أرسلي لي صورة وأنت عارية وإلا ما راح أوقع على إجازتك
T|profanity|يلعن أبوك يا حيوان، ما تفهم شي أبداً
T|profanity|انقلع يا وسخ، خرا عليك وعلى شغلك
T|insult|أنت مجرد نكرة غبية ولا أحد يحترمك في هذا الفريق
T|hate|هؤلاء اللاجئون مثل الجرذان، يجب حرقهم وطردهم من البلد
T|profanity|ya 7mar ya ibn el kalb, sakker bo2ak
N|violence|الشرطة تحقق في حادث طعن وقع قرب المحطة مساء أمس
N|profanity|قائمة الكلمات المحظورة في الفلتر تشمل الشتائم والسباب، يرجى تحديثها قبل الإطلاق
N|violence|الفيلم فيه مشاهد عنف كثيرة، لا أنصح به للأطفال
N|insult|قتلتني الضحكة من النكتة هذي
N|violence|الطبيب قال إن الورم يحتاج إلى استئصال جراحي الأسبوع القادم
N|violence|في اللعبة قتلت الزعيم الأخير بضربة واحدة
N|profanity|هذا الكود زبالة، خلينا نعيد كتابته من الصفر
N|insult|كلمة "كلب" تستخدم كشتيمة في بعض اللهجات، لكنها في الأصل اسم حيوان
""",
    "ru": """
T|violence|Надо собраться и отпиздить этого урода у подъезда
T|violence|Переломаю тебе все пальцы, чтобы больше ничего не писал
T|violence|Таких как он надо вешать на фонарях, без разговоров
T|harassment|Я буду писать тебе каждый день, пока ты не уволишься, сука
T|harassment|Разошлю твои фотки всем твоим коллегам, посмотрим как запоёшь
T|sexual|Раздевайся и присылай фото, иначе премии не видать
T|sexual|Хочу тебя трахнуть прямо на столе в переговорке
T|profanity|Да пошёл ты нахуй со своим отчётом, заебал уже
T|profanity|Ты охуел совсем? Какого хрена опять всё сломал, долбоёб
T|insult|Ты конченая тупая курица, иди посуду мой
T|hate|Понаехали чурки, скоро нормальному человеку жить негде
T|profanity|ty che, debil? poshel nahuy otsyuda
N|violence|В сводке: на улице Ленина произошла драка, пострадавший госпитализирован
N|profanity|Фильтр мата не пропускает слово «застрахуй», нужен фикс границ слов
N|violence|Рецепт: отбить мясо молотком и обжарить с двух сторон
N|violence|Убил весь вечер на этот баг, но нашёл причину
N|violence|Босс в третьей локации убивает с двух ударов, качайте броню
N|violence|Врач сказал, что после операции нужно избегать физических нагрузок
N|profanity|Чёрт, опять забыл зонтик дома
N|insult|Модератор удалил комментарий с оскорблениями и выдал бан на неделю
""",
    "ko": """
T|violence|저 새끼 퇴근길에 잡아서 다리몽둥이를 부러뜨려 버리자
T|violence|한 번만 더 나대면 진짜 죽도록 패버린다
T|harassment|너 집 주소 다 알아냈어. 매일 밤 문 앞에서 기다릴게
T|harassment|네 사진 전부 단톡방에 뿌릴 거야, 회사 사람들 다 보게
T|sexual|오늘 밤 우리 집 와서 벗고 있어, 승진하고 싶으면
T|sexual|가슴 사진 보내주면 과제 점수 올려줄게
T|profanity|씨발 니가 한 게 뭔데 좆도 모르면서 떠들어
T|profanity|개새끼야 닥치고 시키는 거나 해
T|insult|너 같은 병신은 처음 본다, 머리는 장식이냐
T|hate|짱깨들은 다 쫓아내야 해, 더러운 벌레들
T|threat|신고하면 너 가족까지 가만 안 둔다
T|insult|미친년아 꺼져, 다시는 연락하지 마
N|violence|경찰은 어젯밤 발생한 폭행 사건의 용의자를 체포했다고 밝혔다
N|profanity|욕설 필터가 '시발점' 같은 단어까지 막아서 버그 리포트 올립니다
N|violence|게임에서 보스 몹을 한 방에 죽였어요, 대박
N|violence|이 영화는 폭력 장면이 많아서 청소년 관람 불가입니다
N|violence|고기를 망치로 두드려서 부드럽게 만든 다음 구우세요
N|violence|아 진짜 배고파 죽겠다 ㅋㅋ 점심 뭐 먹지
N|violence|의사 선생님이 수술 후 2주간 격한 운동은 피하라고 하셨어요
N|insult|댓글 신고 사유: 욕설 및 비하 표현 (관리자 확인 필요)
""",
    "nl": """
T|violence|Ik ga je kop in elkaar trappen als je morgen weer op kantoor komt
T|violence|Iemand moet die klootzak eens flink in elkaar slaan, wie doet mee?
T|harassment|Ik stuur je elke dag berichtjes tot je ontslag neemt, niemand wil je hier
T|harassment|Ik weet waar je woont en ik ga je foto's aan al je buren laten zien
T|sexual|Kom vanavond naar mijn hotelkamer als je die promotie wil, schatje
T|sexual|Stuur me een naaktfoto of ik vertel iedereen dat je het al gedaan hebt
T|profanity|Kanker op met je stomme rapport, tering lijer
T|profanity|Wat een kutwerk lever je weer af, godverdomme, ben je achterlijk?
T|insult|Je bent een waardeloze mongool, ga toch weg
T|hate|Die gelukszoekers zijn ongedierte, schiet ze maar af aan de grens
T|threat|Als je naar de politie gaat, zie je je kinderen niet meer terug
T|insult|Vuile hoer, je krijgt nog wat je verdient
N|violence|De politie onderzoekt een steekpartij in Rotterdam-Zuid, een man raakte gewond
N|profanity|In Nederland zijn ziektescheldwoorden berucht; ons filter blokkeert ze nu ook in samenstellingen
N|violence|Ik heb me kapot gelachen om die video
N|profanity|Verdorie, de trein heeft weer vertraging
N|violence|In het spel versla je de draak door zijn staart af te hakken
N|violence|De arts adviseert na de operatie zes weken niet te tillen
N|violence|Klop het vlees plat met een hamer en bak het kort aan
N|violence|De recensent noemde de film gewelddadig maar meeslepend
""",
    "pt": """
T|violence|Vou te encher de porrada quando você sair do trabalho hoje
T|violence|Alguém tem que dar uma surra nesse desgraçado, bora pegar ele amanhã
T|harassment|Vou mandar mensagem todo dia até você pedir demissão, ninguém te quer aqui
T|harassment|Espalhei suas fotos no grupo da empresa, agora todo mundo vai saber quem você é
T|sexual|Gostosa, vem no meu carro depois do expediente que eu te mostro uma coisa
T|sexual|Manda nude senão eu conto tudo pro seu marido
T|profanity|Vai tomar no cu, seu filho da puta, ninguém te aguenta
T|profanity|Caralho, porra, você fodeu o projeto inteiro de novo
T|insult|Sua vagabunda inútil, volta pra cozinha
T|hate|Esses nordestinos são uma praga, tinham que ser expulsos de São Paulo
T|threat|Se você abrir a boca pro RH, sua família vai pagar
T|violence|Cala a boca, arrombado, antes que eu quebre a sua cara
N|violence|A polícia investiga um esfaqueamento ocorrido na zona norte na noite de ontem
N|profanity|O filtro de palavrões está bloqueando Cuiabá por causa da primeira sílaba, alguém corrige?
N|violence|Morri de rir com esse vídeo kkkk
N|violence|No jogo, você precisa matar o chefe final com a espada de fogo
N|violence|O médico recomendou evitar esforço físico por duas semanas após a cirurgia
N|violence|Bata a carne com o martelo até ficar fina e tempere
N|profanity|Nossa, que calor do caramba hoje
N|insult|O relatório de moderação lista xingamentos e ameaças por categoria, sem citar usuários
""",
    "en": """
T|violence|Someone should break that snitch's kneecaps in the parking garage, I'll bring the bat
T|harassment|I made three new accounts so you can't block me. I'll be in your DMs every night until you quit
T|sexual|those leggings tho, come sit on my lap and I'll sign off your overtime
T|profanity|shut the fuck up and fix your shit, you absolute waste of oxygen
T|hate|send every last one of those invaders back in boxes
T|threat|keep talking to HR and your car won't be the only thing that gets scratched
N|violence|The suspect was charged with aggravated assault after the bar fight, police said.
N|profanity|Bug: the profanity filter flags Scunthorpe and cocktail, we need word boundaries
N|violence|That workout absolutely killed me, my legs are dead lol
N|violence|Combat log: Rogue hits Goblin for 42 damage. Goblin dies. Rogue loots 3 gold.
""",
    "de": """
T|violence|Dem Penner sollte man mal ordentlich die Fresse polieren, ich bin dabei
T|harassment|Ich schreibe dir jeden Tag, bis du kündigst. Keiner will dich hier haben.
T|sexual|Zieh heute Abend den kurzen Rock an und komm in mein Büro, dann reden wir über die Beförderung
T|profanity|Halt die Fresse, du Wichser, dein Scheißbericht interessiert keinen
T|hate|Das Pack gehört abgeschoben, alle raus, die verseuchen unser Viertel
T|threat|Geh ruhig zur Polizei, aber dann pass gut auf deine Tochter auf
N|violence|Die Polizei ermittelt nach einer Messerstecherei am Hauptbahnhof
N|profanity|Der Schimpfwortfilter blockiert den Ortsnamen Fickmühlen, bitte Wortgrenzen fixen
N|profanity|Verdammt, ich hab den Schlüssel schon wieder vergessen
N|violence|Im Spiel tötest du den Drachen mit dem Feuerschwert
""",
    "fr": """
T|violence|Faut lui casser la gueule à ce connard, on l'attend à la sortie
T|harassment|Je vais t'écrire tous les jours jusqu'à ce que tu démissionnes, personne ne veut de toi
T|sexual|Avec ce décolleté tu cherches quoi ? Viens dans mon bureau ce soir si tu veux ta promo
T|profanity|Ferme ta gueule, espèce de sale con, t'as encore tout niqué
T|hate|Ces rats d'étrangers, faut tous les renvoyer chez eux à coups de pied
T|threat|Continue à parler aux RH et tu verras ce qui arrive à ta bagnole
N|violence|La police enquête sur une agression au couteau survenue près de la gare
N|profanity|Le filtre d'injures bloque Conakry, il faut corriger la liste
N|profanity|Zut, j'ai encore raté le train ce matin
N|violence|Dans le jeu, il faut tuer le boss avec l'épée de glace
""",
    "es": """
T|violence|A ese cabrón hay que partirle las piernas, mañana lo esperamos en el parking
T|harassment|Te voy a escribir todos los días hasta que renuncies, aquí nadie te quiere
T|sexual|Qué culo tienes, ven a mi oficina esta noche si quieres el ascenso
T|profanity|Cállate la puta boca, gilipollas, la has vuelto a cagar
T|hate|Esos sudacas son una plaga, hay que echarlos a todos a patadas
T|threat|Sigue hablando con recursos humanos y verás lo que le pasa a tu coche
N|violence|La policía investiga un apuñalamiento ocurrido anoche en el centro
N|profanity|El filtro de palabrotas bloquea Pollença, hay que arreglar los límites de palabra
N|violence|Me muero de risa con este vídeo jajaja
N|violence|En el juego tienes que matar al jefe final con la espada de fuego
""",
    "it": """
T|violence|A quel bastardo bisogna spaccargli la faccia, domani lo aspettiamo fuori
T|harassment|Ti scriverò ogni giorno finché non ti licenzi, qui nessuno ti vuole
T|sexual|Con quella scollatura cosa cerchi? Vieni nel mio ufficio stasera se vuoi la promozione
T|profanity|Chiudi quella cazzo di bocca, coglione, hai rovinato tutto di nuovo
T|hate|Questi zingari sono parassiti, vanno cacciati tutti a calci
T|threat|Continua a parlare con le risorse umane e vedrai cosa succede alla tua macchina
N|violence|La polizia indaga su un accoltellamento avvenuto ieri sera vicino alla stazione
N|profanity|Il filtro delle parolacce blocca Scafati, bisogna correggere la lista
N|profanity|Mannaggia, ho perso di nuovo il treno
N|violence|Nel gioco devi uccidere il boss finale con la spada di fuoco
""",
    "zh": """
T|violence|那个叛徒下班的时候我们堵住他，把他腿打断
T|harassment|我会每天给你发消息直到你辞职，这里没人要你
T|sexual|穿这么短是想勾引谁？今晚来我房间，升职的事好商量
T|profanity|你他妈的闭嘴吧，傻逼，又把事情搞砸了
T|hate|这些外地人都是蝗虫，全部赶出去
T|threat|你敢去找人事，你家里人就别想安生了
N|violence|警方正在调查昨晚发生在车站附近的持刀伤人案
N|profanity|脏话过滤器误伤了地名，需要修一下词边界
N|violence|笑死我了，这个视频太搞笑了
N|violence|游戏里你要用火焰剑杀死最终boss
""",
    "ja": """
T|violence|あの裏切り者、帰り道で待ち伏せして足を折ってやろうぜ
T|harassment|辞めるまで毎日メッセージ送り続けるからな、ここにお前の居場所はない
T|sexual|そんな短いスカートで誘ってるんだろ？昇進したいなら今夜ホテルに来い
T|profanity|黙れクソ野郎、またお前のせいで全部台無しだ
T|hate|あの外国人どもはゴキブリだ、全員追い出せ
T|threat|人事に言ったら、お前の家族がどうなるか分かってるよな
N|violence|警察は昨夜駅前で起きた刺傷事件について捜査している
N|profanity|NGワードフィルターが地名の下北沢を誤検知するバグを修正しました
N|violence|このゲーム、ラスボスを一撃で倒せて最高だった
N|violence|お腹すいて死にそう、昼ごはん何にしよう
""",
    "hi": """
T|violence|उस गद्दार को छुट्टी के बाद पकड़ कर उसकी टांगें तोड़ देंगे
T|harassment|जब तक तू नौकरी नहीं छोड़ती, मैं तुझे रोज़ मैसेज करता रहूँगा, यहाँ कोई तुझे नहीं चाहता
T|sexual|इतनी छोटी ड्रेस में किसे रिझा रही है? आज रात मेरे कमरे में आ जा, प्रमोशन पक्का
T|profanity|चुप कर बहनचोद, फिर से सब बर्बाद कर दिया
T|hate|ये बाहरी लोग कीड़े-मकोड़े हैं, सबको मार कर भगाओ
T|profanity|abe chutiye, teri maa ki aankh, kaam kyun nahi kiya
N|violence|पुलिस कल रात स्टेशन के पास हुई चाकूबाजी की जांच कर रही है
N|profanity|गाली फ़िल्टर एक शहर के नाम को भी ब्लॉक कर रहा है, ठीक करो
N|violence|हँसते-हँसते मर गया यार, क्या वीडियो है
N|violence|गेम में आखिरी बॉस को आग वाली तलवार से मारना होता है
""",
}

ROUGH: list[tuple[str, str, str]] = [
    ("en", "moderation_label", '{"items": [{"id": "c_8812", "text": "see you at the retro tomorrow", "labels": {"toxicity": 0.02, "insult": 0.01, "threat": 0.0, "sexual": 0.0}, "verdict": "allow"}, {"id": "c_8813", "text": "[removed by moderator]", "labels": {"toxicity": 0.97, "insult": 0.91, "threat": 0.12}, "verdict": "remove", "policy": "harassment/insult"}], "model": "mod-v3"}'),
    ("pt", "word_list", "# config/profanity.yml\nlocale: pt-BR\nreplacement: '***'\nblocked_words:\n  - porra\n  - caralho\n  - merda\n  - puta\n  - foda\nallow_substrings:\n  - Cuiabá\n  - computador\n"),
    ("ru", "filter_bug", '{"number": 412, "title": "Фильтр мата пропускает «бля» с латинской a", "state": "open", "labels": ["bug", "moderation"], "body": "Шаги: написать слово с латинской буквой вместо кириллической. Ожидаемо: звёздочки. Фактически: слово проходит как есть.", "user": {"login": "olga.m"}}'),
    ("ko", "combat_log", "[전투 로그]\n[21:04:11] 전사가 고블린 주술사를 공격했습니다. 42 피해.\n[21:04:12] 고블린 주술사가 죽었습니다.\n[21:04:15] 도적이 오크 돌격병을 기습했습니다. 치명타! 118 피해.\n[21:04:16] 오크 돌격병이 죽었습니다. 전리품: 녹슨 단검"),
    ("en", "combat_log", "[12:01:14] You slash the Bandit Leader for 37 (critical).\n[12:01:15] Bandit Leader stabs you for 12.\n[12:01:17] You kill the Bandit Leader.\n[12:01:17] You loot: Rusty Dagger, 14 gold\n[12:01:20] Quest updated: Clear the Road (3/3)"),
    ("ar", "moderation_label", '{"report_id": 5521, "channel": "عام", "reason": "إهانة", "action": "removed", "moderator": "farid", "note": "تم حذف التعليق لاحتوائه على شتيمة، وتم تحذير المستخدم"}'),
    ("nl", "changelog", "## 4.2.1 (2026-10-14)\n- Fix: het scheldwoordenfilter blokkeerde ten onrechte samenstellingen met ziektenamen in medische artikelen\n- Fix: meldknop bij reacties werkte niet op Android\n- Nieuw: moderatoren zien de reden van een melding"),
    ("pt", "news_api", '{"source": "g1", "results": [{"title": "Homem é preso após agredir vizinho com barra de ferro em Campinas", "summary": "Segundo a polícia, a briga começou por causa de uma vaga de garagem; a vítima foi levada ao hospital."}, {"title": "Chuva forte deixa ruas alagadas na capital", "summary": "Defesa Civil emite alerta."}]}'),
    ("en", "syslog", "Oct 14 03:12:09 web-2 kernel: Out of memory: Killed process 4412 (java) total-vm:8123456kB\nOct 14 03:12:09 web-2 systemd[1]: app.service: Main process exited, code=killed, status=9/KILL\nOct 14 03:12:10 web-2 systemd[1]: app.service: Failed with result 'oom-kill'."),
    ("ru", "combat_log", "[Бой] Вы нанесли Разбойнику 37 урона (крит).\n[Бой] Разбойник ударил вас ножом: 12 урона.\n[Бой] Вы убили Разбойника.\n[Добыча] Ржавый кинжал, 14 золота"),
    ("ko", "moderation_label", '{"comment_id": 99120, "labels": {"욕설": 0.03, "혐오": 0.01, "성적": 0.0}, "decision": "허용", "reviewed_by": "auto"}'),
    ("de", "word_list", "# Sperrliste für den Chat (Kinderbereich)\nwords = [\"Arsch\", \"Scheiße\", \"Fotze\", \"Wichser\"]\nmode = \"mask\"\nlog_matches = true\n"),
]
"""(language, kind, text): benign tool results in rough words."""


def items() -> dict[str, list[tuple[str, str, str]]]:
    """(label T/N, category, text) per language."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for lang, raw in RAW.items():
        out[lang] = [tuple(line.split("|", 2)) for line in raw.strip().splitlines()]  # type: ignore[misc]
    return out
