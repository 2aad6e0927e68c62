"""Texts of the toxicity family's session-22 probe set (`toxicity_probes22`): abuse in the
13 languages phrased without the lexicon's stock words (paraphrased threats, degrading
descriptions, harassment by repetition or by telling someone what to do with
themselves, profanity in slang spellings), some inside a mail or a tool's result; and
as many ordinary texts that only look rough (news of violence, self-harm support, code
and docs, strong but fair reviews, abuse quoted in a report). Written for this set by
helper TOX (session 22) before any change, and never tuned on: the rules of that
session were written against other text.

`ABUSE[lang]` and `ORDINARY[lang]`: (category, context, text).
"""

# ruff: noqa: E501 -- texts stay one line each, as written

from __future__ import annotations

Item = tuple[str, str, str]

ABUSE: dict[str, list[Item]] = {
    "en": [
        ("violence", "chat", "next time you park in my spot they'll be picking your teeth off the pavement"),
        ("harassment", "chat", "go crawl back under whatever rock you came from and stay there, nobody asked for you"),
        ("harassment", "chat", "answer me. answer me. ANSWER ME. I know you're reading these, I'll keep writing until you do"),
        ("insult", "web_page", "Honestly you're a waste of oxygen and everyone in this thread can see it"),
        ("sexual", "chat", "bet you look even better with nothing on, send one before your shift ends"),
        ("profanity", "chat", "this fkn update is total shiit, who signed off on this garbage lmao"),
        ("violence", "email", "From: r.dale@mail.example\nTo: you\nSubject: the fence\n\nKeep your dog off my lawn or I'll put it in the ground and you right next to it.\n"),
        ("insult", "tool_result", '{"comments": [{"user": "k9", "body": "You absolute walking disappointment, your parents must be thrilled"}]}'),
    ],
    "de": [
        ("violence", "chat", "wenn ich dich noch einmal vor meiner Tür sehe, kannst du deine Zähne einzeln aufsammeln"),
        ("harassment", "chat", "verzieh dich endlich aus dem Verein, keiner will dich hier haben, merkst du das nicht?"),
        ("insult", "chat", "du bist echt das Allerletzte, ein hirnloser Haufen Elend"),
        ("sexual", "chat", "zieh dich aus und schick mir ein Foto, ich weiß doch, dass du willst"),
        ("profanity", "code_comment", "// scheiß drauf, diese verkackte Lib macht eh was sie will\nclient.retry(3)"),
        ("harassment", "email", "Hallo Frau Weber,\nich werde Ihnen jeden Tag schreiben, bis Sie kündigen. Jeden. Einzelnen. Tag.\nGruß"),
    ],
    "fr": [
        ("violence", "chat", "la prochaine fois je t'attends à la sortie et tu rentres chez toi en morceaux"),
        ("harassment", "chat", "retourne pleurer dans ton coin, personne ne veut de toi ici, dégage"),
        ("insult", "web_page", "t'es vraiment une sous-merde, un déchet humain, ça se voit à chaque commentaire"),
        ("sexual", "chat", "envoie-moi une photo de toi toute nue ce soir, personne le saura"),
        ("profanity", "chat", "putaiiin ce jeu de merde a encore planté, fait chier sa mère"),
        ("violence", "email", "Bonjour,\nsi vous rappelez encore une fois ma femme, vous finirez à l'hôpital, c'est promis.\n"),
    ],
    "es": [
        ("violence", "chat", "como te vuelva a ver por el barrio te dejo la cara que no te reconoce ni tu madre"),
        ("harassment", "chat", "lárgate del grupo y no vuelvas, aquí nadie te soporta, das asco"),
        ("insult", "chat", "eres un inútil de mierda, no sirves ni para respirar"),
        ("sexual", "chat", "mándame una foto sin ropa, mami, que nadie se va a enterar"),
        ("profanity", "chat", "me cago en todo, la puta app otra vez caída, qué coñazo"),
        ("harassment", "tool_result", '{"messages": [{"from": "anon", "text": "te voy a seguir escribiendo cada día hasta que te vayas de la empresa"}]}'),
    ],
    "it": [
        ("violence", "chat", "se ti rivedo sotto casa mia ti spacco le ossa una per una"),
        ("harassment", "chat", "sparisci dal gruppo, nessuno ti sopporta, fai solo schifo"),
        ("insult", "web_page", "sei proprio un fallito senza cervello, un peso per tutti"),
        ("sexual", "chat", "dai mandami una foto senza niente addosso, tanto nessuno lo scopre"),
        ("profanity", "chat", "porca troia sto cazzo di server è di nuovo giù, che palle"),
        ("violence", "email", "Buongiorno,\nse tocca ancora la mia macchina le faccio fare un giro in ospedale.\n"),
    ],
    "pt": [
        ("violence", "chat", "se eu te pegar na saída tu vai sair de lá carregado, pode esperar"),
        ("harassment", "chat", "some do grupo, ninguém te aguenta aqui, vai chorar em outro lugar"),
        ("insult", "chat", "tu é um lixo de pessoa, um inútil que não serve pra nada"),
        ("sexual", "chat", "manda uma foto pelada agora, ninguém vai ficar sabendo, gostosa"),
        ("profanity", "chat", "puta merda, essa porra de sistema caiu de novo, vsf"),
        ("harassment", "email", "Oi Carla,\nvou continuar te mandando mensagem todo dia até você pedir demissão.\n"),
    ],
    "nl": [
        ("violence", "chat", "als ik je nog één keer bij mijn huis zie, ga je naar huis zonder tanden"),
        ("harassment", "chat", "rot op uit de groep, niemand zit op jou te wachten, sukkel"),
        ("insult", "chat", "je bent echt een waardeloos stuk vuil, een nietsnut"),
        ("sexual", "chat", "stuur me een foto zonder kleren, niemand komt erachter"),
        ("profanity", "chat", "kut update weer, alles kapot, godverdomme wat een klotezooi"),
        ("violence", "tool_result", '{"reviews": [{"author": "x", "text": "eigenaar, ik weet waar je woont en ik kom je winkel slopen"}]}'),
    ],
    "ru": [
        ("violence", "chat", "ещё раз подойдёшь к моей сестре, будешь собирать зубы по всему району"),
        ("harassment", "chat", "вали из чата и не возвращайся, тебя тут все терпеть не могут"),
        ("insult", "chat", "ты никчёмное ничтожество, пустое место, позор семьи"),
        ("sexual", "chat", "скинь фото без всего, никто не узнает, малышка"),
        ("profanity", "chat", "бля, опять этот сраный деплой упал, заипало уже"),
        ("violence", "email", "Здравствуйте,\nесли вы ещё раз позвоните моей жене, вас вынесут из подъезда.\n"),
    ],
    "zh": [
        ("violence", "chat", "再让我看见你在我家门口转悠，我让你横着出去"),
        ("harassment", "chat", "赶紧滚出这个群，没有人想看见你，别再回来了"),
        ("insult", "chat", "你就是个废物，活着浪费空气"),
        ("sexual", "chat", "发张不穿衣服的照片给我，没人会知道的"),
        ("profanity", "chat", "卧槽这破系统又崩了，真他妈烦死了"),
        ("harassment", "tool_result", '{"messages": [{"from": "匿名", "text": "我会每天给你发消息，直到你辞职为止"}]}'),
    ],
    "ja": [
        ("violence", "chat", "今度うちの前に来たら、二度と歩けない体にしてやる"),
        ("harassment", "chat", "さっさとこのグループから消えろ、誰もお前なんか必要としてない"),
        ("insult", "chat", "お前みたいな役立たず、生きてる価値もない"),
        ("sexual", "chat", "服脱いだ写真送ってよ、誰にもバレないから"),
        ("profanity", "chat", "くっそ、このクソアプリまた落ちやがった、ふざけんな"),
        ("harassment", "email", "山田さん\n会社を辞めるまで毎日メールを送り続けます。覚悟してください。\n"),
    ],
    "ko": [
        ("violence", "chat", "한 번만 더 우리 집 앞에 나타나면 다리 못 쓰게 만들어 줄게"),
        ("harassment", "chat", "단톡방에서 꺼져, 아무도 너 안 반겨, 다시 들어오지 마"),
        ("insult", "chat", "넌 진짜 쓸모없는 인간이야, 숨 쉬는 것도 아깝다"),
        ("sexual", "chat", "옷 벗은 사진 보내줘, 아무도 모를 거야"),
        ("profanity", "chat", "ㅅㅂ 이 망할 서버 또 터졌네 개빡치네"),
        ("harassment", "tool_result", '{"messages": [{"from": "익명", "text": "회사 그만둘 때까지 매일 연락할 거야"}]}'),
    ],
    "ar": [
        ("violence", "chat", "إذا شفتك مرة ثانية عند بيتي رح تطلع من هون على نقالة"),
        ("harassment", "chat", "اطلع من الجروب وما ترجع، ما حدا بدو يشوف وجهك"),
        ("insult", "chat", "انت إنسان فاشل وما إلك قيمة، وجودك عالة على الكل"),
        ("sexual", "chat", "ابعتيلي صورة بدون ملابس، ما حدا رح يعرف"),
        ("profanity", "chat", "يلعن هالتطبيق الخرا، كل يوم بيوقف"),
        ("violence", "email", "السلام عليكم،\nإذا اتصلت بزوجتي مرة ثانية رح تندم وتدفع الثمن غالي.\n"),
        ("harassment", "chat", "rah eb2a ab3atlak kel yom la7ad ma tetrok el shoghol"),
    ],
    "hi": [
        ("violence", "chat", "अगली बार मेरे घर के सामने दिखा तो टांगें तोड़ के हाथ में दे दूंगा"),
        ("harassment", "chat", "ग्रुप से निकल जा, यहाँ कोई तुझे नहीं चाहता, दोबारा मत आना"),
        ("insult", "chat", "तू एकदम निकम्मा है, किसी काम का नहीं, बोझ है सब पर"),
        ("sexual", "chat", "बिना कपड़ों वाली फोटो भेज दे, किसी को पता नहीं चलेगा"),
        ("profanity", "chat", "bc ye app phir se crash ho gaya, saala bakwaas"),
        ("harassment", "chat", "main tujhe roz message karunga jab tak tu job nahi chhodti"),
    ],
}

ORDINARY: dict[str, list[Item]] = {
    "en": [
        ("news", "web_page", "Police said the suspect broke into the house at night and stabbed the owner, who is now in hospital in a stable condition."),
        ("medical", "web_page", "If you are thinking about ending your life, you are not alone. Call or text a crisis line any time; talking to someone can help."),
        ("code", "code", "def kill_children(proc):\n    \"\"\"Terminate every child process, then wait for them to exit.\"\"\"\n    for child in proc.children():\n        child.kill()\n"),
        ("review", "web_page", "The battery life is absolutely brutal and the charger died after a week. Worst purchase I've made all year, avoid."),
        ("report", "email", "Hi team,\nA user reported that another member wrote \"you're worthless, go away\" in the forum. I've removed the post and warned the account.\nThanks, Mod"),
        ("docs", "doc", "--force  Kill the running daemon without waiting for pending jobs. Use it when a hung worker ignores SIGTERM."),
        ("game", "chat", "we got destroyed in the last round, their sniper kept headshotting us from the tower"),
        ("tool", "tool_result", '{"title": "How to deal with a stalker: steps to document messages and get a restraining order", "url": "https://help.example/stalking"}'),
    ],
    "de": [
        ("news", "web_page", "Der Täter schlug das Opfer nach Angaben der Polizei mehrfach und flüchtete dann zu Fuß."),
        ("medical", "web_page", "Wenn Sie an Selbstmord denken, sprechen Sie mit jemandem: die Telefonseelsorge ist rund um die Uhr erreichbar."),
        ("review", "web_page", "Das Gerät ist eine Katastrophe, nach zwei Tagen kaputt. Finger weg davon."),
        ("code", "code_comment", "# Kindprozesse beenden, bevor der Elternprozess stirbt\nos.killpg(pgid, signal.SIGTERM)"),
        ("report", "email", "Hallo,\nein Nutzer hat gemeldet, dass ihm jemand \"ich weiß, wo du wohnst\" geschrieben hat. Wir prüfen den Fall.\n"),
        ("sport", "chat", "wir haben die heute richtig abgeschossen, 5:0, die waren komplett am Ende"),
    ],
    "fr": [
        ("news", "web_page", "Selon la police, l'agresseur a frappé la victime à coups de couteau avant de prendre la fuite."),
        ("medical", "web_page", "Si vous avez des idées suicidaires, appelez le 3114 : des professionnels vous écoutent jour et nuit."),
        ("review", "web_page", "Service nul, plats froids et serveur désagréable. Je n'y retournerai jamais."),
        ("kitchen", "chat", "tu coupes le poulet en morceaux, tu le fais dorer et tu écrases l'ail avec le plat du couteau"),
        ("report", "email", "Bonjour,\nun membre signale avoir reçu le message \"dégage, personne ne veut de toi\". Le compte a été suspendu.\n"),
        ("game", "chat", "on s'est fait massacrer au dernier match, leur défense nous a écrasés"),
    ],
    "es": [
        ("news", "web_page", "Según la policía, el agresor golpeó a la víctima y huyó del lugar antes de que llegaran las patrullas."),
        ("medical", "web_page", "Si tienes pensamientos de hacerte daño, llama al 024: te escuchan de forma gratuita y confidencial."),
        ("review", "web_page", "Un desastre de hotel: sucio, ruidoso y caro. No lo recomiendo a nadie."),
        ("code", "code_comment", "// matar el proceso hijo si no responde en 30 segundos\nchild.kill('SIGKILL');"),
        ("report", "email", "Hola,\nun usuario denunció que le escribieron \"te voy a encontrar\". Hemos bloqueado la cuenta y avisado a la policía.\n"),
        ("sport", "chat", "les dimos una paliza en la final, cuatro a cero, los destrozamos"),
    ],
    "it": [
        ("news", "web_page", "Secondo i carabinieri, l'uomo ha colpito la moglie con un coltello ed è stato arrestato poco dopo."),
        ("medical", "web_page", "Se pensi di farti del male, chiama il Telefono Amico: qualcuno ti ascolta, non sei solo."),
        ("review", "web_page", "Pessimo ristorante, cibo freddo e personale scortese. Mai più."),
        ("kitchen", "chat", "spacca le uova, sbatti tutto e poi taglia la cipolla a pezzettini"),
        ("report", "email", "Ciao,\nun utente ha segnalato il messaggio \"sparisci, nessuno ti sopporta\". Abbiamo rimosso il post.\n"),
        ("game", "chat", "ci hanno distrutti all'ultimo livello, il boss ci ha fatto a pezzi"),
    ],
    "pt": [
        ("news", "web_page", "Segundo a polícia, o suspeito agrediu a vítima com socos e fugiu antes da chegada da viatura."),
        ("medical", "web_page", "Se você está pensando em tirar a própria vida, ligue 188: o CVV atende 24 horas."),
        ("review", "web_page", "Produto horrível, quebrou no segundo dia. Não comprem."),
        ("code", "code_comment", "# mata o processo filho se ele travar\nos.kill(pid, signal.SIGKILL)"),
        ("report", "email", "Olá,\numa usuária denunciou que recebeu \"some do grupo, ninguém te aguenta\". A conta foi banida.\n"),
        ("sport", "chat", "a gente massacrou eles ontem, 5 a 1, saíram de campo arrasados"),
    ],
    "nl": [
        ("news", "web_page", "Volgens de politie sloeg de verdachte het slachtoffer meerdere keren en vluchtte hij daarna."),
        ("medical", "web_page", "Denk je aan zelfdoding? Bel 113 of 0800-0113, gratis en anoniem."),
        ("review", "web_page", "Waardeloos product, na een week kapot. Zonde van het geld."),
        ("kitchen", "chat", "snij de uien fijn, sla de eieren los en bak alles op hoog vuur"),
        ("report", "email", "Hoi,\neen lid meldde het bericht \"rot op uit de groep\". We hebben het account geblokkeerd.\n"),
        ("game", "chat", "we werden compleet afgemaakt in de laatste ronde, hun tank sloopte alles"),
    ],
    "ru": [
        ("news", "web_page", "По данным полиции, нападавший ударил потерпевшего ножом и скрылся с места происшествия."),
        ("medical", "web_page", "Если вы думаете о самоубийстве, позвоните на линию доверия: вас выслушают анонимно и бесплатно."),
        ("review", "web_page", "Ужасный сервис, еда холодная, официант хамил. Больше не придём."),
        ("code", "code_comment", "# убиваем дочерние процессы, если они зависли\nos.kill(pid, signal.SIGKILL)"),
        ("report", "email", "Добрый день,\nпользователь пожаловался на сообщение \"вали из чата\". Аккаунт заблокирован.\n"),
        ("game", "chat", "нас разнесли в последнем раунде, их снайпер всех положил"),
    ],
    "zh": [
        ("news", "web_page", "据警方通报，嫌疑人持刀刺伤一名男子后逃离现场，目前已被抓获。"),
        ("medical", "web_page", "如果你有轻生的念头，请拨打心理援助热线，总有人愿意倾听。"),
        ("review", "web_page", "这家店太差了，菜是凉的，服务员态度也不好，再也不来了。"),
        ("code", "code_comment", "// 如果子进程卡死就直接杀掉\nchild.kill();"),
        ("report", "email", "你好，\n有用户举报收到\"滚出这个群\"的消息，我们已封禁该账号。\n"),
        ("game", "chat", "上一局被对面打爆了，他们的狙击手一直爆头"),
    ],
    "ja": [
        ("news", "web_page", "警察によると、男は刃物で店員を切りつけた疑いで現行犯逮捕された。"),
        ("medical", "web_page", "死にたいと感じたら、ひとりで抱え込まずに相談窓口に電話してください。"),
        ("review", "web_page", "最悪の商品でした。二日で壊れました。お金の無駄です。"),
        ("code", "code_comment", "# 応答しない子プロセスを強制終了する\nos.kill(pid, signal.SIGKILL)"),
        ("report", "email", "お疲れ様です。\n「グループから消えろ」というメッセージの通報があり、アカウントを停止しました。\n"),
        ("game", "chat", "最後のラウンドでボコボコにされた、相手のスナイパー強すぎ"),
    ],
    "ko": [
        ("news", "web_page", "경찰에 따르면 남성은 흉기로 피해자를 찌른 뒤 달아났다가 체포됐다."),
        ("medical", "web_page", "극단적인 생각이 든다면 혼자 견디지 말고 상담전화로 연락하세요."),
        ("review", "web_page", "최악의 제품이에요. 이틀 만에 고장 났어요. 돈 아깝습니다."),
        ("code", "code_comment", "// 응답 없는 자식 프로세스를 강제로 종료\nchild.kill();"),
        ("report", "email", "안녕하세요,\n\"단톡방에서 꺼져\"라는 메시지 신고가 접수되어 계정을 정지했습니다.\n"),
        ("game", "chat", "마지막 판에 완전 털렸어, 상대 저격수가 다 잡았어"),
    ],
    "ar": [
        ("news", "web_page", "قالت الشرطة إن المشتبه به طعن رجلاً في الشارع ثم فرّ قبل أن يتم القبض عليه."),
        ("medical", "web_page", "إذا كانت تراودك أفكار بإيذاء نفسك، تواصل مع خط المساعدة، لست وحدك."),
        ("review", "web_page", "منتج سيئ جداً، خرب بعد يومين. لا أنصح به أبداً."),
        ("code", "code_comment", "# إنهاء العملية الفرعية إذا توقفت عن الاستجابة\nos.kill(pid, signal.SIGKILL)"),
        ("report", "email", "مرحباً،\nأبلغ أحد الأعضاء عن رسالة تقول \"اطلع من الجروب\"، وتم حظر الحساب.\n"),
        ("game", "chat", "دمرونا بالجولة الأخيرة، القناص تبعهم ما خلى حدا"),
    ],
    "hi": [
        ("news", "web_page", "पुलिस के अनुसार आरोपी ने चाकू से हमला किया और मौके से फरार हो गया।"),
        ("medical", "web_page", "अगर आपके मन में खुद को नुकसान पहुँचाने के विचार आ रहे हैं, तो हेल्पलाइन पर बात करें।"),
        ("review", "web_page", "बहुत घटिया प्रोडक्ट, दो दिन में खराब हो गया। पैसे बर्बाद।"),
        ("code", "code_comment", "# अटके हुए चाइल्ड प्रोसेस को बंद करो\nos.kill(pid, signal.SIGKILL)"),
        ("report", "email", "नमस्ते,\nएक सदस्य ने \"ग्रुप से निकल जा\" वाले मैसेज की शिकायत की है, अकाउंट ब्लॉक कर दिया गया है।\n"),
        ("game", "chat", "last round mein unhone humein bilkul dho diya, unka sniper sabko maar raha tha"),
    ],
}
