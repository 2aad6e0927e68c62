"""More training templates for the toxicity learned layer (our own text, as `text.py`):
implicit threats, contempt, dehumanising talk and harassment in other words, and more
hard negatives. Merged into `text.LANGS` by `gen`."""

from __future__ import annotations

MORE: dict[str, dict[str, list]] = {
    "en": {
        "abuse": [
            ("threat", "it would be a shame if something happened to your car {t}"),
            ("threat", "you have a lovely family, it would be sad if they got hurt"),
            ("threat", "one more post like that and you will not walk straight again"),
            ("threat", "we know which school your kids go to"),
            ("threat", "enjoy your last quiet night, we will be waiting outside"),
            ("harassment", "i will make your life a living hell until you quit"),
            ("harassment", "i am going to send those messages to your boss and your wife"),
            ("harassment", "every day i will be here reminding you what a failure you are"),
            ("harassment", "you are a joke and nobody takes you seriously, just disappear"),
            ("harassment", "no one will ever love someone as useless as you"),
            ("insult", "you are too dumb to understand anything, stop embarrassing yourself"),
            ("insult", "look at you, a sad little nobody who peaked in high school"),
            ("insult", "your face looks like something my dog threw up"),
            ("hate", "{g} are a disease spreading through our neighbourhoods"),
            ("hate", "{g} are animals and should be treated like animals"),
            ("hate", "send {g} back where they came from, all of them"),
            ("hate", "{g} are subhuman filth and they know it"),
            ("self_harm", "you should stop eating until you disappear, nobody would notice"),
            ("self_harm", "cut deeper next time and do it properly"),
            ("sexual", "wear something shorter tomorrow, i like looking at you at work"),
            ("sexual", "i will tell everyone you slept with me unless you come over {t}"),
        ],
        "benign": [
            "we absolutely destroyed them in the final, what a match",
            "this code is a disaster, please rewrite it before anyone sees it",
            "the tumour was removed and the patient is recovering",
            "the soldiers were killed in an ambush near the border, the ministry said",
            "to end the process send it a signal or kill it with its pid",
            "the detective found the body behind the warehouse in chapter three",
            "reviewers said {s} is sloppy, confusing and far too long",
            "the attacker gains a foothold and then executes arbitrary code",
            "if you feel unsafe at home there are shelters that can help you",
            "the comedian roasted the audience and everyone laughed",
            "our policy bans threats, slurs and sexual harassment of any member",
            "the match was brutal, our defence got crushed in the second half",
        ],
    },
    "de": {
        "abuse": [
            ("threat", "es wäre schade, wenn deinem Auto {t} etwas passiert"),
            ("harassment", "ich mache dir das Leben zur Hölle, bis du kündigst"),
            ("hate", "{g} sind eine Krankheit in unseren Vierteln"),
            ("insult", "du bist ein Witz und niemand nimmt dich ernst"),
        ],
        "benign": [
            "wir haben sie im Finale regelrecht zerstört, was für ein Spiel",
            "der Code ist eine Katastrophe, bitte schreib ihn neu",
        ],
    },
    "fr": {
        "abuse": [
            ("threat", "ce serait dommage qu'il arrive quelque chose à ta voiture {t}"),
            ("harassment", "je vais te pourrir la vie jusqu'à ce que tu démissionnes"),
            ("hate", "les {g} sont une maladie dans nos quartiers"),
            ("insult", "tu es une blague et personne ne te prend au sérieux"),
        ],
        "benign": [
            "on les a écrasés en finale, quel match",
            "ce code est une catastrophe, réécris-le s'il te plaît",
        ],
    },
    "es": {
        "abuse": [
            ("threat", "sería una pena que le pasara algo a tu coche {t}"),
            ("harassment", "voy a hacerte la vida imposible hasta que renuncies"),
            ("hate", "los {g} son una enfermedad en nuestros barrios"),
            ("insult", "eres un chiste y nadie te toma en serio"),
        ],
        "benign": [
            "los aplastamos en la final, qué partido",
            "este código es un desastre, por favor reescríbelo",
        ],
    },
    "it": {
        "abuse": [
            ("threat", "sarebbe un peccato se succedesse qualcosa alla tua macchina {t}"),
            ("harassment", "ti renderò la vita un inferno finché non ti licenzi"),
            ("hate", "gli {g} sono una malattia nei nostri quartieri"),
            ("insult", "sei una barzelletta e nessuno ti prende sul serio"),
        ],
        "benign": [
            "li abbiamo distrutti in finale, che partita",
            "questo codice è un disastro, per favore riscrivilo",
        ],
    },
    "pt": {
        "abuse": [
            ("threat", "seria uma pena se acontecesse algo com o seu carro {t}"),
            ("harassment", "vou transformar a sua vida num inferno até você pedir demissão"),
            ("hate", "os {g} são uma doença nos nossos bairros"),
            ("insult", "você é uma piada e ninguém te leva a sério"),
        ],
        "benign": [
            "nós os arrasamos na final, que jogo",
            "este código é um desastre, por favor reescreva",
        ],
    },
    "nl": {
        "abuse": [
            ("threat", "het zou zonde zijn als er {t} iets met je auto gebeurt"),
            ("harassment", "ik maak je leven tot een hel tot je ontslag neemt"),
            ("hate", "{g} zijn een ziekte in onze wijken"),
            ("insult", "je bent een grap en niemand neemt je serieus"),
        ],
        "benign": [
            "we hebben ze in de finale volledig ingemaakt, wat een wedstrijd",
            "deze code is een ramp, herschrijf hem alsjeblieft",
        ],
    },
    "ru": {
        "abuse": [
            ("threat", "будет жаль, если с твоей машиной {t} что-то случится"),
            ("harassment", "я превращу твою жизнь в ад, пока ты не уволишься"),
            ("hate", "{g} это болезнь наших районов"),
            ("insult", "ты посмешище, и никто не воспринимает тебя всерьёз"),
        ],
        "benign": [
            "мы разгромили их в финале, вот это матч",
            "этот код катастрофа, перепиши его, пожалуйста",
        ],
    },
    "zh": {
        "abuse": [
            ("threat", "要是你的车{t}出点什么事就太可惜了"),
            ("harassment", "我会让你的生活变成地狱，直到你辞职"),
            ("hate", "{g}是我们社区的瘟疫"),
            ("insult", "你就是个笑话，没人把你当回事"),
        ],
        "benign": [
            "我们在决赛里把他们打得落花流水，真是一场好比赛",
            "这段代码一团糟，请重写",
        ],
    },
    "ja": {
        "abuse": [
            ("threat", "{t}お前の車に何かあったら残念だよな"),
            ("harassment", "辞めるまでお前の人生を地獄にしてやる"),
            ("hate", "{g}は我々の街の病気だ"),
            ("insult", "お前は笑い者で、誰もお前を相手にしていない"),
        ],
        "benign": [
            "決勝で相手を圧倒した、すごい試合だった",
            "このコードはひどいので書き直してください",
        ],
    },
    "ko": {
        "abuse": [
            ("threat", "{t} 네 차에 무슨 일이 생기면 참 안됐겠지"),
            ("harassment", "네가 그만둘 때까지 네 인생을 지옥으로 만들어 주지"),
            ("hate", "{g}은 우리 동네의 질병이야"),
            ("insult", "넌 웃음거리고 아무도 널 진지하게 안 받아들여"),
        ],
        "benign": [
            "결승에서 상대를 완전히 박살냈어, 대단한 경기였다",
            "이 코드는 엉망이니 다시 작성해 주세요",
        ],
    },
    "ar": {
        "abuse": [
            ("threat", "سيكون من المؤسف أن يحدث شيء لسيارتك {t}"),
            ("harassment", "سأجعل حياتك جحيما حتى تستقيل"),
            ("hate", "{g} مرض في أحيائنا"),
            ("insult", "أنت مجرد نكتة ولا أحد يأخذك على محمل الجد"),
        ],
        "benign": [
            "سحقناهم في النهائي، يا لها من مباراة",
            "هذا الكود كارثة، أعد كتابته من فضلك",
        ],
    },
    "hi": {
        "abuse": [
            ("threat", "{t} तुम्हारी गाड़ी को कुछ हो गया तो बड़े अफ़सोस की बात होगी"),
            ("harassment", "जब तक तुम नौकरी नहीं छोड़ते, तुम्हारी ज़िंदगी नरक बना दूँगा"),
            ("hate", "{g} हमारे मोहल्लों की बीमारी हैं"),
            ("insult", "तुम एक मज़ाक हो, तुम्हें कोई गंभीरता से नहीं लेता"),
        ],
        "benign": [
            "फ़ाइनल में हमने उन्हें बुरी तरह हरा दिया, क्या मैच था",
            "यह कोड बहुत खराब है, कृपया इसे दोबारा लिखो",
        ],
    },
}

EVEN_MORE: dict[str, dict[str, list]] = {
    "en": {
        "abuse": [
            ("threat", "accidents happen to people who talk too much, remember that"),
            ("threat", "i would watch my step if i were you, especially {t}"),
            ("threat", "you are next, and nobody will hear you scream"),
            ("threat", "we will see how brave you are when i am standing at your door"),
            ("threat", "i will make sure you never work in this town again, or walk"),
            ("threat", "say that to my face {t} and see what happens to you"),
            ("threat", "i have your photo and your address, see you {t}"),
            ("threat", "they will need dental records to identify you"),
            ("insult", "you are an embarrassment to everyone who has ever met you"),
            ("insult", "what a waste of a human being you turned out to be"),
            ("insult", "you are a disgrace and your parents know it"),
            ("insult", "nobody asked for the opinion of a failure like you"),
            ("insult", "you are the reason they put instructions on shampoo bottles"),
            ("insult", "you have the personality of a wet sock and half the brains"),
            ("insult", "go crawl into a hole and stay there, you sad excuse for a person"),
            ("hate", "{g} ruin everything they touch, keep them out of our towns"),
            ("hate", "{g} can never be trusted, it is in their blood"),
            ("hate", "{g} are a plague on this nation and must be stopped"),
            ("hate", "{g} should know their place and stay out of sight"),
            ("hate", "{g} do not deserve the same rights as real citizens"),
            ("hate", "{g} are inferior by nature, science proves it"),
            ("hate", "we need to cleanse our streets of {g} once and for all"),
            ("harassment", "i am watching everything you post and i will keep reporting you"),
            ("harassment", "everyone here agrees you are the problem, log off forever"),
            ("self_harm", "the rope is cheap, you know what to do"),
            ("self_harm", "if i were you i would just stop waking up"),
            ("sexual", "stop acting shy, i know you want me to touch you"),
        ],
        "benign": [
            "i would watch the deadline if i were you, the client is strict",
            "the bug will bite you {t} if you do not handle the null case",
            "you are wrong, and the benchmark shows it, please rerun it",
            "the report calls the policy a disgrace to the city council",
            "historians describe how the regime persecuted {g}",
            "the film shows a gang threatening a shop owner for money",
            "she said the review was brutal but fair, and fixed {s}",
            "the last boss will destroy you if you skip the armour upgrade",
            "please stop pinging me on weekends, i will reply on monday",
            "do not feed the trolls, report the comment and move on",
        ],
    },
    "de": {
        "abuse": [
            ("threat", "Unfälle passieren Leuten, die zu viel reden, merk dir das"),
            ("threat", "an deiner Stelle würde ich {t} gut aufpassen"),
            ("insult", "du bist eine Schande für alle, die dich kennen"),
            ("hate", "{g} machen alles kaputt, haltet sie aus unseren Städten fern"),
            ("hate", "{g} verdienen nicht dieselben Rechte wie echte Bürger"),
        ],
        "benign": ["an deiner Stelle würde ich auf die Frist achten, der Kunde ist streng"],
    },
    "fr": {
        "abuse": [
            ("threat", "les accidents arrivent à ceux qui parlent trop, souviens-toi"),
            ("threat", "à ta place je ferais attention {t}"),
            ("insult", "tu es une honte pour tous ceux qui te connaissent"),
            ("hate", "les {g} gâchent tout, gardez-les hors de nos villes"),
            ("hate", "les {g} ne méritent pas les mêmes droits que les vrais citoyens"),
        ],
        "benign": ["à ta place je ferais attention à l'échéance, le client est exigeant"],
    },
    "es": {
        "abuse": [
            ("threat", "los accidentes les pasan a los que hablan demasiado, recuérdalo"),
            ("threat", "yo en tu lugar tendría cuidado {t}"),
            ("insult", "eres una vergüenza para todos los que te conocen"),
            ("hate", "los {g} lo arruinan todo, mantenedlos fuera de nuestras ciudades"),
            ("hate", "los {g} no merecen los mismos derechos que los ciudadanos de verdad"),
        ],
        "benign": ["yo en tu lugar vigilaría el plazo, el cliente es exigente"],
    },
    "ru": {
        "abuse": [
            ("threat", "с болтунами случаются несчастные случаи, запомни это"),
            ("threat", "на твоём месте я бы {t} был поосторожнее"),
            ("insult", "ты позор для всех, кто тебя знает"),
            ("hate", "{g} всё портят, не пускайте их в наши города"),
            ("hate", "{g} не заслуживают тех же прав, что настоящие граждане"),
        ],
        "benign": ["на твоём месте я бы следил за сроком, заказчик строгий"],
    },
    "zh": {
        "abuse": [
            ("threat", "话多的人容易出意外，记住这一点"),
            ("threat", "我要是你，{t}就小心一点"),
            ("insult", "你是所有认识你的人的耻辱"),
            ("hate", "{g}把一切都毁了，别让他们进我们的城市"),
            ("hate", "{g}不配享有和真正公民一样的权利"),
        ],
        "benign": ["我要是你就注意截止日期，客户很严格"],
    },
    "hi": {
        "abuse": [
            ("threat", "ज़्यादा बोलने वालों के साथ हादसे हो जाते हैं, याद रखना"),
            ("insult", "तुम हर जानने वाले के लिए शर्म की बात हो"),
            ("hate", "{g} सब कुछ बर्बाद कर देते हैं, इन्हें हमारे शहरों से दूर रखो"),
        ],
        "benign": ["मैं तुम्हारी जगह होता तो समय सीमा पर ध्यान देता, ग्राहक सख्त है"],
    },
}
"""A third round: threats by implication, contempt, hate without a listed word."""
