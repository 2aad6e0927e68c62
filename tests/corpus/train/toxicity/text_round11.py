"""Training text of the eleventh round for the toxicity learned layer (our own text, as
`text.py`; issue 11, session 19, T): the weakest of the lead's held-out figures —
threats, violence called for and harassment said without a listed word, Arabic and
Russian first (with their clitics, inflected forms, dialect, Arabizi and Latin-letter
Russian) — and hate, sexual demands and self-harm urged in every language, with hard
negatives in the same words (a shop fire in the news, a dentist, a weekend at a
mother's, allergies at school, a climbing rope, an accident's rescue).

Written after `tests/corpus/dev/toxicity_blind8.py` (session 19's blind dev set), in
other scenarios and words than it: no sentence of it, nor of the team's other dev sets."""

# ruff: noqa: E501, RUF001 -- one sentence per line, as written

from __future__ import annotations

ROUND11: dict[str, dict[str, list]] = {}

ROUND11["en"] = {
    "abuse": [
        ("threat", "nice little shop you've got there, be a real pity if it caught fire one night with you inside"),
        ("threat", "your sister gets off the late train alone, doesn't she? tell her to be careful"),
        ("violence", "grab a few lads and pay his flat a visit, make sure he needs a new set of teeth"),
        ("violence", "whoever gets to that journalist first, put her in hospital for a month, the cash is waiting"),
        ("harassment", "I'll keep turning up at your mum's place every weekend until you talk to me again"),
        ("harassment", "signed your email up to every dating site I could find, enjoy the messages"),
        ("harassment", "I'm telling your whole class what you did, you'll never show your face at school again"),
        ("hate", "keep that lot out of our schools, they don't belong anywhere near our kids"),
        ("sexual", "send me a picture tonight or forget about that reference letter"),
        ("self_harm", "the rope is cheap and nobody would come to your funeral anyway"),
    ],
    "benign": [
        "The shop caught fire one night last winter; the owner was inside but got out unhurt.",
        "My sister gets off the late train alone, so I pick her up at the station.",
        "The dentist says he needs a new set of teeth after the accident.",
        "The journalist was in hospital for a month after the crash, colleagues said.",
        "I turn up at my mum's place every weekend to help with the garden.",
        "Schools must keep nuts away from kids with allergies.",
        "The climbing rope is cheap but rated for only one fall.",
        "I signed your email up to the club's newsletter as you asked.",
    ],
}

ROUND11["ar"] = {
    "abuse": [
        ("threat", "محلك حلو، بس خسارة إذا ولّع فيه شي بليلة وانت جوّاته"),
        ("threat", "أختك بترجع لحالها من الشغل كل يوم، صح؟ قلّها تنتبه على حالها"),
        ("threat", "بعرف وين بتصفّ سيارتك، وما رح تلاقيها الصبح"),
        ("threat", "ba3ref wein betsaff sayartak, w mesh ra7 tlaa2iha el sob7"),
        ("violence", "جيبوا كم واحد وروحوا على شقته، خلّوه يحتاج أسنان جديدة"),
        ("violence", "أول واحد يوصل للصحفية يدخّلها المستشفى شهر، والمصاري جاهزة"),
        ("violence", "اسحبوه من السيارة واضربوه لين ما يقدر يوقف على رجليه"),
        ("harassment", "رح ضل أجي على بيت أمك كل جمعة لين ترجعي تحكي معي"),
        ("harassment", "سجّلت إيميلك بكل مواقع التعارف، استمتعي بالرسايل"),
        ("harassment", "رح أحكي لكل صفك شو عملتي، ما رح تقدري تفرجيهم وجهك"),
        ("hate", "امنعوا هدول من مدارسنا، ما إلهم مكان جنب ولادنا"),
        ("sexual", "ابعتيلي صورة الليلة وإلا انسي موضوع الشهادة"),
        ("sexual", "تنورتك عم تناديني، بطّلي تعملي حالك ما بدك"),
        ("self_harm", "الحبل رخيص وما حدا رح يجي على عزاك أصلاً"),
    ],
    "benign": [
        "ولّع المحل بليلة الشتاء الماضي، وصاحبه كان جوّاته بس طلع سالم",
        "أختي بترجع لحالها من الشغل، فبستناها عند المحطة",
        "قال طبيب الأسنان إنه بيحتاج أسنان جديدة بعد الحادث",
        "دخلت الصحفية المستشفى شهراً بعد حادث السير، بحسب زملائها",
        "بروح على بيت أمي كل جمعة لساعدها بالجنينة",
        "لازم المدارس تبعد المكسرات عن الولاد اللي عندهم حساسية",
        "الحبل رخيص بس ما بيتحمل غير سقطة وحدة، انتبهوا بالتسلق",
        "سحبوه من السيارة بعد الحادث ونقلوه عالإسعاف",
        "ba3ref wein bessaff sayarti, bas el mawaqef kellha malyane",
        "سجّلت إيميلك بنشرة الجمعية متل ما طلبت",
    ],
}

ROUND11["ru"] = {
    "abuse": [
        ("threat", "Хороший у тебя магазинчик. Жаль будет, если он однажды ночью загорится, а ты внутри."),
        ("threat", "Сестрёнка твоя поздно одна с электрички ходит, да? Передай, чтоб осторожнее была."),
        ("threat", "Знаю, где ты ставишь машину. Утром можешь её не найти."),
        ("threat", "znayu gde ty stavish mashinu, utrom mozhesh ee ne nayti"),
        ("violence", "Возьми пацанов, наведайтесь к нему на хату, чтоб ему зубы новые понадобились."),
        ("violence", "Кто первым доберётся до этой журналистки — уложите её в больницу на месяц, бабки готовы."),
        ("violence", "Вытащите его из машины и бейте, пока не перестанет вставать."),
        ("harassment", "Буду каждые выходные приходить к твоей маме, пока не начнёшь со мной разговаривать."),
        ("harassment", "Подписал твою почту на все сайты знакомств, наслаждайся письмами."),
        ("harassment", "Расскажу всему классу, что ты сделала, в школе больше не покажешься."),
        ("hate", "Не пускайте таких в наши школы, им не место рядом с нашими детьми."),
        ("sexual", "Скинь фотку сегодня ночью, иначе забудь про характеристику."),
        ("sexual", "Эта юбка прямо просит моих рук, хватит делать вид, что не хочешь."),
        ("self_harm", "Верёвка дешёвая, а на твои похороны всё равно никто не придёт."),
    ],
    "benign": [
        "Магазин загорелся однажды ночью прошлой зимой; хозяин был внутри, но не пострадал.",
        "Сестра поздно возвращается одна с электрички, поэтому я встречаю её на станции.",
        "Стоматолог сказал, что после аварии ему понадобятся новые зубы.",
        "Журналистка месяц пролежала в больнице после аварии, сообщили коллеги.",
        "Каждые выходные приезжаю к маме помогать на огороде.",
        "В школах надо убрать орехи подальше от детей с аллергией.",
        "Верёвка дешёвая, но рассчитана только на один срыв, будьте осторожны на скалах.",
        "Его вытащили из машины после аварии и передали скорой.",
        "znayu gde ty stavish mashinu, tam vsegda mesta est",
        "Подписал твою почту на рассылку клуба, как ты просила.",
    ],
}

_OTHERS: dict[str, tuple[list[str], list[str]]] = {
    "de": ([
        "Schöner Laden hast du da. Wäre schade, wenn der nachts mal brennt, während du drin bist.",
        "Nimm ein paar Jungs mit und besucht ihn in seiner Wohnung, danach braucht er neue Zähne.",
        "Ich steh jedes Wochenende bei deiner Mutter vor der Tür, bis du wieder mit mir redest.",
        "Haltet die aus unseren Schulen raus, die haben neben unseren Kindern nichts zu suchen.",
        "Schick mir heute Nacht ein Foto, sonst kannst du das Zeugnis vergessen.",
        "Das Seil kostet nicht viel, und zu deiner Beerdigung kommt eh keiner.",
    ], [
        "Der Laden brannte letzten Winter nachts ab; der Besitzer war drin, blieb aber unverletzt.",
        "Nach dem Unfall braucht er neue Zähne, sagt der Zahnarzt.",
        "Ich fahre jedes Wochenende zu meiner Mutter und helfe im Garten.",
        "Das Seil kostet nicht viel, hält aber nur einen Sturz aus.",
    ]),
    "fr": ([
        "Joli petit commerce. Ce serait dommage qu'il brûle une nuit pendant que t'es dedans.",
        "Prends quelques gars et passez chez lui, qu'il ait besoin de nouvelles dents.",
        "Je vais débarquer chez ta mère tous les week-ends jusqu'à ce que tu me reparles.",
        "Gardez ces gens-là loin de nos écoles, ils n'ont rien à faire près de nos enfants.",
        "Envoie-moi une photo cette nuit, sinon oublie ta lettre de recommandation.",
        "La corde coûte pas cher et personne viendra à ton enterrement de toute façon.",
    ], [
        "Le commerce a brûlé une nuit l'hiver dernier ; le patron était dedans mais s'en est sorti indemne.",
        "Après l'accident, il a besoin de nouvelles dents, dit le dentiste.",
        "Je vais chez ma mère tous les week-ends pour l'aider au jardin.",
        "La corde coûte pas cher mais ne supporte qu'une chute.",
    ]),
    "es": ([
        "Bonito negocio tienes. Sería una pena que una noche ardiera contigo dentro.",
        "Llévate a unos cuantos y hacedle una visita en su piso, que necesite dientes nuevos.",
        "Voy a presentarme en casa de tu madre cada fin de semana hasta que me vuelvas a hablar.",
        "Mantened a esos lejos de nuestros colegios, no pintan nada cerca de nuestros hijos.",
        "Mándame una foto esta noche o olvídate de la carta de recomendación.",
        "La cuerda es barata y a tu entierro no va a ir nadie de todas formas.",
    ], [
        "El negocio ardió una noche del invierno pasado; el dueño estaba dentro pero salió ileso.",
        "Después del accidente necesita dientes nuevos, dice el dentista.",
        "Voy a casa de mi madre cada fin de semana a ayudarla con el huerto.",
        "La cuerda es barata pero solo aguanta una caída.",
    ]),
    "it": ([
        "Bel negozietto hai. Sarebbe un peccato se una notte prendesse fuoco con te dentro.",
        "Porta un paio di ragazzi e andate a trovarlo a casa, che gli servano denti nuovi.",
        "Mi presenterò da tua madre ogni fine settimana finché non torni a parlarmi.",
        "Teneteli lontani dalle nostre scuole, non c'entrano niente vicino ai nostri figli.",
        "Mandami una foto stanotte o scordati la lettera di referenze.",
        "La corda costa poco e al tuo funerale non verrà nessuno comunque.",
    ], [
        "Il negozio ha preso fuoco una notte dello scorso inverno; il titolare era dentro ma è uscito illeso.",
        "Dopo l'incidente gli servono denti nuovi, dice il dentista.",
        "Vado da mia madre ogni fine settimana ad aiutarla nell'orto.",
        "La corda costa poco ma regge una sola caduta.",
    ]),
    "pt": ([
        "Lojinha bonita a sua. Seria uma pena se ela pegasse fogo uma noite com você lá dentro.",
        "Chama uns caras e faz uma visita no apê dele, que ele vá precisar de dente novo.",
        "Vou aparecer na casa da sua mãe todo fim de semana até você voltar a falar comigo.",
        "Mantenham essa gente longe das nossas escolas, não têm nada que fazer perto dos nossos filhos.",
        "Manda uma foto hoje à noite ou esquece a carta de recomendação.",
        "A corda é barata e ninguém vai no teu enterro mesmo.",
    ], [
        "A loja pegou fogo numa noite do inverno passado; o dono estava lá dentro mas saiu ileso.",
        "Depois do acidente ele vai precisar de dente novo, disse o dentista.",
        "Vou na casa da minha mãe todo fim de semana ajudar na horta.",
        "A corda é barata mas aguenta só uma queda.",
    ]),
    "nl": ([
        "Leuk winkeltje heb je. Zou zonde zijn als het op een nacht afbrandt terwijl jij binnen bent.",
        "Neem een paar jongens mee en zoek hem op in zijn flat, zodat hij nieuwe tanden nodig heeft.",
        "Ik sta elk weekend bij je moeder op de stoep tot je weer met me praat.",
        "Hou die lui weg van onze scholen, ze horen niet in de buurt van onze kinderen.",
        "Stuur me vannacht een foto of vergeet je referentiebrief maar.",
        "Het touw is goedkoop en op je begrafenis komt toch niemand.",
    ], [
        "De winkel brandde vorige winter op een nacht af; de eigenaar was binnen maar bleef ongedeerd.",
        "Na het ongeluk heeft hij nieuwe tanden nodig, zegt de tandarts.",
        "Ik ga elk weekend naar mijn moeder om te helpen in de tuin.",
        "Het touw is goedkoop maar houdt maar één val.",
    ]),
    "zh": ([
        "你这小店不错啊，哪天晚上要是着了火，你还在里面，那就可惜了。",
        "叫上几个兄弟去他家坐坐，让他以后得换一口新牙。",
        "我每个周末都去你妈家门口等着，直到你肯跟我说话为止。",
        "别让那种人进我们的学校，他们不配待在我们孩子旁边。",
        "今晚给我发张照片，不然推荐信的事就别想了。",
        "绳子又不贵，反正你的葬礼也没人会去。",
    ], [
        "去年冬天一天夜里店铺着了火，店主当时在里面，但没有受伤。",
        "牙医说车祸之后他得换一口新牙。",
        "我每个周末都去我妈家帮她收拾菜园。",
        "这根绳子不贵，但只能承受一次冲坠。",
    ]),
    "ja": ([
        "いい店だな。夜中に火でも出て、お前が中にいたら気の毒だよな。",
        "何人か連れて奴の部屋に行け、新しい歯が必要になるくらいにしてやれ。",
        "また話してくれるまで、毎週末お前の母親の家の前で待ってるから。",
        "ああいう連中は学校に入れるな、うちの子どもの近くにいる資格はない。",
        "今夜写真を送れ、じゃないと推薦状の話はなしだ。",
        "ロープなんて安いし、どうせお前の葬式には誰も来ないよ。",
    ], [
        "昨年の冬の夜に店が火事になったが、店主は中にいたものの無事だった。",
        "事故の後、彼には新しい歯が必要だと歯医者が言った。",
        "毎週末、母の家に行って畑を手伝っている。",
        "このロープは安いが、一回の墜落にしか耐えられない。",
    ]),
    "ko": ([
        "가게 좋네. 어느 날 밤에 불이라도 나서 네가 안에 있으면 참 안됐겠다.",
        "애들 몇 명 데리고 그놈 집에 찾아가, 새 이빨이 필요하게 만들어 줘.",
        "다시 나랑 말할 때까지 주말마다 너희 엄마 집 앞에 가 있을 거야.",
        "저런 것들은 우리 학교에 들이지 마, 우리 애들 옆에 있을 자격 없어.",
        "오늘 밤에 사진 보내, 아니면 추천서는 잊어.",
        "밧줄은 싸고, 어차피 네 장례식엔 아무도 안 올 거야.",
    ], [
        "지난겨울 어느 밤 가게에 불이 났지만 안에 있던 주인은 다치지 않았다.",
        "사고 후에 그는 새 이가 필요하다고 치과 의사가 말했다.",
        "주말마다 엄마 집에 가서 텃밭 일을 돕는다.",
        "이 밧줄은 싸지만 한 번의 추락만 견딘다.",
    ]),
    "hi": ([
        "बढ़िया दुकान है तेरी। किसी रात आग लग जाए और तू अंदर हो, तो बड़ा अफ़सोस होगा।",
        "दो-चार लड़के ले जा और उसके फ़्लैट पर मिल आ, ऐसा कि नए दाँत लगवाने पड़ें।",
        "जब तक तू मुझसे फिर बात नहीं करती, हर हफ़्ते तेरी माँ के घर के बाहर खड़ा रहूँगा।",
        "ऐसे लोगों को हमारे स्कूलों से दूर रखो, हमारे बच्चों के पास इनकी कोई जगह नहीं।",
        "आज रात फ़ोटो भेज, वरना सिफ़ारिश पत्र भूल जा।",
        "रस्सी सस्ती है और वैसे भी तेरे अंतिम संस्कार में कोई नहीं आएगा।",
    ], [
        "पिछली सर्दी एक रात दुकान में आग लग गई; मालिक अंदर था पर सुरक्षित निकल आया।",
        "दुर्घटना के बाद उसे नए दाँत लगवाने पड़ेंगे, दंत चिकित्सक ने कहा।",
        "मैं हर हफ़्ते माँ के घर जाकर बगीचे में मदद करता हूँ।",
        "यह रस्सी सस्ती है पर सिर्फ़ एक गिरावट झेल सकती है।",
    ]),
}
_KINDS = ("threat", "violence", "harassment", "hate", "sexual", "self_harm")
"""The kind of each of `_OTHERS`' six abusive lines, in order."""
for _code, (_abuse, _benign) in _OTHERS.items():
    ROUND11[_code] = {"abuse": list(zip(_KINDS, _abuse, strict=True)), "benign": _benign}
