"""The words by which `toxicity_aim` tells whom a toxicity term is aimed at and whether a
text uses abuse or mentions it: second-person words, words of text about abuse (reports,
news, a dictionary's entries), verbs of speech, links and markers between a person and
an insult, and the ordinary words a lexicon's terms are told from. Data only, read by
`toxicity_aim`.
"""

from __future__ import annotations

import unicodedata

RECORD_WORDS = ("report", "flag", "moderat", "complain", "abuse_", "offence", "offense",
                "violation")
"""The words one of which `toxicity_aim._RECORD` holds (lower case)."""

ORDINARY = frozenset("vulgar prevention".split())
"""What words of text about abuse become without their diacritics and is an ordinary
word of another language ("vulgär" is English "vulgar", "prévention" "prevention"): not
read as them. (Verbs of speech so written, "llamo" or "traite", are read: they say a
term is reported only with it in quotation marks and themselves outside.)"""


def with_folded(words: str) -> frozenset[str]:
    """`words` and each one's Latin letters without their diacritics, as the normaliser's
    folded view writes them ("prévenu" is also "prevenu"): a text about abuse says so in
    that view too. A bare form that is another language's ordinary word (`ORDINARY`) is
    left out."""
    out = set(words.split())
    for word in list(out):
        bare = "".join(c for c in unicodedata.normalize("NFKD", word)
                       if not unicodedata.combining(c))
        if bare.isascii() and bare not in ORDINARY:
            out.add(bare)
    return frozenset(out)


ADDRESSEE = frozenset(
    "you your you're youre yourself ya u ur du dich dir dein deine deinen deiner toi t'es tu "
    "te ton ta tes vous votre tú eres usted ti sei tuo tua você voce vc seu sua jij jou jouw ты "
    "тебя "
    "тебе тобой твой твоя "
    # Arabizi, Hinglish and romaji
    "enta enti inta inti tum tujhe tera teri tere omae temee kisama".split())
"""Second-person words: an insult with one of them is aimed at someone."""
GROUPS = frozenset(
    "immigrants migrants foreigners refugees asylum muslims muslim jews jewish christians "
    "hindus sikhs arabs africans asians mexicans gypsies roma gays gay lesbians homosexuals "
    "trans transgender women woman girls blacks black disabled cripples religion race "
    "ausländer ausländern flüchtlinge migranten muslime juden schwule frauen behinderte "
    "immigrés étrangers réfugiés musulmans juifs homosexuels femmes handicapés "
    "inmigrantes extranjeros refugiados musulmanes judíos mujeres gitanos "
    "immigrati stranieri profughi musulmani ebrei donne zingari imigrantes estrangeiros "
    "refugiados muçulmanos judeus mulheres buitenlanders allochtonen vluchtelingen "
    "moslims joden vrouwen мигранты приезжие евреи мусульмане женщины people leute gens "
    "gente mensen люди".split())
"""Words naming a group of people: hateful descriptions of one weigh more."""
_FICTION = ("excerpt screenplay scene szene drehbuch auszug scène scénario extrait escena "
            "guion guión fragmento scena sceneggiatura estratto roteiro trecho draaiboek "
            "отрывок сцена сценарий")
FICTION = with_folded(_FICTION)
"""`MENTION`'s words of fiction: a character's threat is quoted, but sex a story narrates
is what the text holds."""
MENTION = with_folded(
    "slur slurs harassment harassed bullying bullied abusive offensive threats threatening "
    "moderator moderators moderation quoted lyric lyrics victims condemned hate-speech "
    "beleidigung beleidigungen drohung drohungen hassrede hetze belästigung mobbing "
    "insulte insultes menaces harcèlement haineux injures modérateur modération citation "
    "insultos amenazas acoso moderador ofensivo ofensivos insulti minacce molestie "
    "moderatore offensivo insultos ameaças assédio ofensivo belediging beledigingen "
    "bedreigingen intimidatie kwetsend оскорбления угрозы травля модератор reported "
    "flagged reporter жалоба signalé signalée gemeldet gemeldete segnalato "
    "gerapporteerd violate violates guidelines verstoßen verstößt enfreignent enfreint "
    "infringen infringe violano violam "
    # moderation filters and sanctions, quoting word for word, help lines
    "filter filtre filtro фильтр bannissement banimento sanction sanktion "
    "verbatim wörtlich citation cito citação testuale letterlijk дословно signalement "
    "segnalazione hotline helpline crisisline seelsorge telefonseelsorge prévention "
    "prevención prevenzione prevenção zelfmoordpreventie доверия "
    # a dictionary's entry: a word's meaning
    "etymology dictionary wörterbuch dictionnaire diccionario dizionario dicionário "
    "woordenboek словарь "
    # a moderation record's labels, one report's category in the singular ("(insult):",
    # "причина": "оскорбление") and a classifier's, and their Russian cases
    "insult threat toxic toxicity classifier insulto amenaza minaccia ameaça dreigement "
    "menace оскорбление оскорблений оскорблением угроза угрозу угроз жалобы жалобу жалоб "
    "нарушение травлю модерации модератора "
    # fiction: an excerpt, a screenplay's scene (its threats are a character's)
    + _FICTION)
"""Words of text *about* abuse (a report, a moderator's question, an article, a filter's
log, a help line's page): the words it quotes are mentioned, not used, and count half."""
REGISTER = with_folded(
    "derogatory pejorative vulgar vulgär abwertend abwertende schimpfwort schimpfwörter "
    "vulgaire péjoratif malsonante despectivo volgare dispregiativo gíria pejorativo "
    "scheldwoord ругательство бранное")
"""A dictionary's register labels: words of text about abuse only in an entry's shape
(`toxicity_aim._ENTRY`), being adjectives an insult is said with too ("puttana volgare")."""

SCRIPT_ADDRESSEE = ("你", "妳", "お前", "おまえ", "オマエ", "てめえ", "てめぇ", "テメェ", "テメー",
                    "あんた", "貴様", "너", "니가", "넌", "أنت", "انت", "يا ", "तू", "तुम",
                    "तुझ", "आप")
"""Second-person words of the scripts matched as substrings."""
SELF_CALL = "يا لي"
"""Arabic's vocative said of oneself ("oh me, what a fool I am"): no one is addressed."""

LINK = frozenset(
    "are 're r is be look looks sound sounds seem seems such so a an the absolute complete "
    "total utter fucking fuckin effing bloody freaking damn little big real really truly "
    "just one such like bist ein eine einer einen so echt voll total ganz richtiger kleiner "
    "t'es es est un une vraiment tellement sale espèce d' eres eres un una tan muy menudo "
    "sei un una un' proprio davvero é és um uma muito tão seu sua bent een echt zo ты такой "
    "такая такое просто полный полная настоящий конченый für nur doch mal wirklich "
    "eigentlich der die das plus gros grosse grande gran le la el lo il".split())
"""Words that may stand between a second-person word and an insult it is called ("you
are a complete idiot", "du bist so ein", "t'es qu'un"): then the insult is said to
someone's face whatever its own weight."""

EXCLAIM = frozenset(
    "what such typical quel quelle quels quelles espèce qué que menudo menuda che wat für so "
    "какой какая какие такой такая is 's es è é ist est was were war waren était étaient "
    "era eran erano fue foi eram pedazo trozo pezzo".split())
"""Words right before a strong insult (with an article between at most) that call a
person it ("what a bitch", "quelle pétasse", "es una zorra", "was für ein …"): a strong
insult said of a third person counts `toxicity_aim._EXCLAIM_FACTOR` times (an adjective after the
article may stand between: "is a pompous dickhead", "era una zorra maleducada")."""
SELF = frozenset("i i'm im i've me je j'suis j'ai ich hab habe yo io ho eu ik я am soy sou "
                 "suis bin ben sono".split())
"""First-person words near a strong insult: said of oneself ("I'm such an idiot", "quel
idiot je fais"), it is no one's insult."""
HONORIFIC = frozenset("mr mr. mrs mrs. ms ms. dr dr. herr frau mme mme. m. sr. sra. sig. "
                      "sig.ra dhr. mevr. prof prof. monsieur madame señor señora signor "
                      "signora senhor senhora".split())
"""Titles before a name: a capitalised term right after one is a name ("Herr Fick")."""
INTENSE = frozenset(
    "complete total absolute utter fucking little big huge real right proper dumb stupid "
    "dirty absoluter kompletter totaler richtiger echter verdammter riesiger gran grande gros "
    "grosse vrai vraie sale pauvre maldito maldita pedazo vuile vuil grote".split())
"""Words between a marker and a strong insult that leave it called ("is a complete …")."""
SCRIPT_EXCLAIM = ("真是个", "是个", "这个", "那个", "真是", "本当に", "って", "は", "이 ", "저 ",
                  "هذا ", "هذه ", "एक नंबर का ", "वो ")
"""Markers right before a strong insult in the scripts matched as substrings."""
SPEECH = with_folded(
    "said says say snarled shouted yelled screamed whispered hissed growled cried told asked "
    "replied muttered roared barked threatened wrote sang sung sagte schrie rief drohte "
    "brüllte flüsterte hurla cria dit murmura menaça gritó dijo susurró amenazó gridò disse "
    "urlò minacciò grido urlo minaccio grito dijo susurro amenazo gritou berrou ameaçou "
    "ameacou schreeuwde zei riep dreigde закричал закричала "
    "сказал сказала крикнул прошептал пригрозил wrote schrieb schreef "
    "écrit écrivait escribió escribio scritto scrisse escreveu написал написала написали "
    "написав called nannte nannten traité traitée llamó chiamato chiamata chamou chamado "
    "noemde назвал назвала genoemd uitgescholden beschimpft bezeichnet insultée insulté "
    "llamado llamada insultado insultada insultata insultato xingou xingado xingada "
    "spat sneered snapped growls hisses gruñó siseó espetó respondió contestó siffla grogna "
    "répondit rétorqua zischte knurrte fauchte antwortete sibilò ringhiò rispose sibilou "
    "rosnou respondeu siste gromde antwoordde прошипел прошипела прорычал прорычала "
    "процедил процедила прошептала пригрозила крикнула заорал заорала рявкнул рявкнула "
    "ответил ответила произнёс произнес произнесла "
    # the participle of "wrote" ("hatte geschrieben", "le había escrito")
    "geschrieben escrito geschreven")
SCRIPT_SPEECH = ("喊", "叫道", "说", "叫んで", "叫んだ", "言った", "소리치", "소리쳤", "말했",
                 "صرخ", "قال", "चिल्लाया", "बोला", "कहा", "写道", "写了", "と書", "썼", "كتب",
                 "लिखा", "骂", "と呼んだ", "라고 불렀", "وصف", "と話す", "と言う", "고 말하",
                 "と呼び", "라고 부르", "همس", "صاح", "هدد", "زمجر", "صرخت", "قالت")
"""Verbs of speech: with the abuse inside quotation marks, a text reports what someone
said (a novel's villain, a witness) and the quoted words count half."""

NEWS = with_folded(
    "police prosecutors prosecutor propaganda historians historian allegedly alleged suspect "
    "convicted sentenced court linguists dehumanisation dehumanization xenophobia polizei "
    "ermittler staatsanwaltschaft gericht bezeichneten bezeichnete propagande tribunal "
    "enquêteurs policía fiscal polizia tribunale polícia politie rechtbank полиция "
    "пропаганда суд "
    # court records: the accused and the victim named as parties, not spoken to
    "defendant defendants complainant angeklagte angeklagter geschädigte prévenu prévenue "
    "acusado acusada imputato imputata réu verdachte slachtoffer vonnis подсудимый "
    "подсудимая потерпевшая потерпевший приговор "
    # the judge who reads the words out (not English "judge" nor French "juge", verbs too:
    # "no judge will save you" is a threat)
    "richter richterin juez jueza giudice juiz juíza rechter судья")
SCRIPT_NEWS = ("警方", "宣传", "通報", "停止の対象", "警察", "정지", "신고", "경찰", "حظر",
               "الشرطة", "खाता बंद", "पुलिस", "被告", "被害者", "被害人", "判决", "判決",
               "피고인", "피해자", "판결", "المتهم", "المحكمة", "आरोपी", "अदालत")
"""Words of reports, news and rules: a text with one and no one addressed mentions the
abuse it describes (the scripts' ones matched as substrings)."""
SCRIPT_FICTION = ("رواية", "مشهد", "سيناريو", "小说", "剧本", "小説", "脚本", "소설", "대본",
                  "उपन्यास", "पटकथा")
"""`FICTION` in the scripts matched as substrings."""
SCRIPT_MENTION = ("辱骂", "封号", "禁言", "暴言", "書き込み", "と呼ぶ", "욕설", "제재", "الشتائم",
                  "شتائم", "गाली", "被举报", "举报：", "原文", "过滤器", "热线", "心理援助",
                  "フィルター", "相談", "필터", "신고", "예방", "상담", "الفلتر", "المبلغ", "بلاغ",
                  "حرفيا", "المساندة", "फ़िल्टर", "शब्दशः", "प्रतिबंध", "हेल्पलाइन", "टेली-मानस",
                  "비속어", "俗語", "罵倒語", "辞書", "粗口", "词典", "脏话", "شتيمة", "قاموس",
                  "अपशब्द", "शब्दकोश", "إهانة", "إساءة") + SCRIPT_FICTION
"""`MENTION`'s words in the scripts matched as substrings: "insults", "abusive posts", a
report's and a filter's words, quoting word for word, help lines."""
DARES = ("신고하면", "신고하기만", "신고해봐", "신고해 봐", "신고라도 하면", "신고 취소",
         "신고 취하", "신고를 취소", "신고를 취하")
"""A report named as the condition of a threat ("신고하면 너 가족까지 가만 안 둔다": if you
report it; "신고 취소 안 하면 후회하게 될 거다": unless you withdraw it): the threat's own
words, not a report's."""

POLICE = frozenset("police polizei politie policía policia polícia polizia полицию "
                   "полиция полицией".split())

ARTICLES = frozenset("a an the ein eine einer un une una um uma een de d' la le".split())

EXCLAMATIVE = frozenset(
    "what such quel quelle quels quelles qué que menudo menuda che wat welch welche "
    "какой какая какие".split())
"""`EXCLAIM`'s exclamatives ("what a …", "quel …", "qué …"), not its copulas."""

COPULAS = frozenset("are 're r bist bent sei sind es eres est êtes é és is".split())
CLAUSE = frozenset("and but or who that which than when because und aber der die das et "
                   "mais qui que y pero e ma che en maar die dat".split())

AFTER_CALL = frozenset("you he she they i is was and but who lol honestly seriously du er "
                       "sie tu il elle tú él ella this that these those dieser diese der die "
                       "ce cet cette ese esa este esta esse essa quel quello quella deze die "
                       "dat".split())
"""Words after a called insult that start something else: a pronoun, a conjunction, a
demonstrative naming the person ("que idiota esse cara", "what a muppet that guy")."""

AND = frozenset("and und et y e en и".split())

FALSE_FRIENDS = {
    "retard": frozenset("du le au en de d un ce cet des les l mon ton son notre votre leur "
                        "nos vos leurs aucun gros léger petit grand tel quel sans avec "
                        "par pour".split()),
}
"""Words of a lexicon that are another language's ordinary word, and the words before
them that say so: French "retard" is a delay ("désolé du retard", "en retard", "le
retard de livraison"), in almost every French mail about an order."""
FALSE_FRIENDS["retards"] = FALSE_FRIENDS["retard"]
FALSE_FRIENDS["raté"] = frozenset("ai as a avons avez ont avoir j'ai".split())
"""French "raté" after a form of avoir is the verb, missed or failed ("j'ai raté le
train"), not "a failure"."""
FALSE_FRIENDS["rate"] = FALSE_FRIENDS["raté"]
FALSE_FRIENDS["douche"] = frozenset("la une ma ta sa cette de sans sous dans pas prendre "
                                    "prends prend pris".split())
"""French "douche" after a determiner or a preposition is a shower ("la douche était
froide", "gel de douche", "prendre une douche"), in almost every French hotel review."""
FALSE_FRIENDS["douches"] = frozenset("les des mes ses ces aux".split())

IDIOMS = {
    "chink": frozenset("in of".split()),
    "slag": frozenset("heap heaps pile piles".split()),
}
"""Words of a lexicon that an ordinary phrase holds, and the words after them that say
so: "a chink in the armour", "a chink of light", "the slag heap" (a mine's)."""
IDIOMS["chinks"] = IDIOMS["chink"]

OUGHT = frozenset(
    "should must let's lets gotta sollte sollten muss müssen faut devrait doit hay debería "
    "deberían bisogna dovrebbe dovrebbero deveria deveriam moet moeten надо нужно должны "
    "следует".split())
SCRIPT_OUGHT = ("应该", "必须", "べき", "해야", "야 한다", "야 해", "야 돼", "يجب", "لازم",
                "चाहिए")
"""Words of a call or an obligation: violence someone 'should' do is called for, not
reported ("those cops should all be shot": police named as the target are no news)."""

DUTCH = frozenset("het een niet dat zijn heeft hebben werd wordt naar ook maar".split())
"""Dutch words no other lexicon's language writes: with two of them a text is Dutch, and
its "te" (to: "probeerde te wurgen") is no Romance "te" (you)."""

ROMANCE = frozenset("el la los las una de del que está están es se lo por con para al y "
                    "en".split())
"""Spanish words (and their Romance neighbours'): with two of them a text's "ya" is
"already" ("ya tenemos una perra", "la zorra ya salió"), not English slang for "you"."""

DUTCH_ADDRESSEE = frozenset("je jij jou jouw jullie".split())
