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
