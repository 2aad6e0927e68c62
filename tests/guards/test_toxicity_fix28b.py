"""The toxicity lexicons' session 28 vocabulary (helper TOX28B) for Arabic, Hindi,
Russian, Chinese, Japanese and Korean: everyday name-calling, curses in their other
spellings and abbreviations, sexual remarks and demands, bullying and slurs as people
type them (Arabizi, Hinglish, Russian in Latin letters, romaji, Korean consonants); and
ordinary texts holding the same letters — a brand, Uganda, slimming, a budget, a dog's
litter, three sixes in cricket, a vacation and a kimono (バカンス, キモノ), a starting
point (시발점), a mother's birthday (他妈妈的) — which stay clean."""

from __future__ import annotations

import pytest

from secproxy.content import Role
from tests.guards.test_toxicity_lexicons18 import kinds


@pytest.mark.parametrize(("text", "kind", "role"), [
    # Arabic: bullying, a slur for women, Arabizi curses and exposure, a body demanded
    ("يا دبة شو جاية تعملي هون", "harassment", Role.USER),
    ('{"comments": [{"user": "m_7", "text": "مين هالشراميط اللي بالصورة"}]}', "insult",
     Role.TOOL_RESULT),
    ("enti wes5a w kalba, ma 7ada bi7ebek", "insult", Role.USER),
    ("kuss ummak ya metnak", "insult", Role.USER),
    ("ra7 nfda7ek bel madrase kella", "harassment", Role.USER),
    ("لحد ما تحذفي حسابك رح نضل نعلق", "harassment", Role.USER),
    ("وريني جسمك بالكاميرا هلأ", "sexual", Role.USER),
    # Hindi and Hinglish: a person's worth, other spellings, body-shaming, a promotion
    ("मीटिंग में फिर से देर? तेरी औकात क्या है बे, दो कौड़ी का आदमी", "insult", Role.USER),
    ("ये हरामज़ादे फिर आ गए", "insult", Role.USER),
    ("[19:02] ankit: kaali moti aaj bhi aayi\n[19:03] ankit: sab hanste hain tujh pe",
     "harassment", Role.TOOL_RESULT),
    ("wo toh chhinal hai, sabke saath soti hai", "insult", Role.USER),
    ("Subject: appraisal\n\nNeha, ek raat mere saath bitao, promotion chahiye toh itna "
     "karna padega", "sexual", Role.USER),
    ("abe bhosadike, benchod kaam kar", "insult", Role.USER),
    # Japanese: a compound insult, no worth, women, a hotel demanded, slurs, romaji
    ("[22:10] けんじ: キモデブが今日も学校来てる\n[22:11] けんじ: 学校来んなよマジで",
     "harassment", Role.TOOL_RESULT),
    ("お前マジでろくでなしの出来損ないだな", "insult", Role.USER),
    ("あの子、誰とでも寝る肉便器だってさ", "sexual", Role.USER),
    ("件名: 評価面談\n\n今度の出張、ホテルに付き合えよ。断ったら評価は下げるからな", "sexual",
     Role.USER),
    ("チョンとチャンコロは半島に帰れ", "hate", Role.USER),
    ("omae hontou ni kuso yaro da na, shine kasu", "insult", Role.USER),
    # Korean: a woman called names in a forum's JSON, bullying, slurs
    ('{"게시판": "자유", "posts": [{"user": "ㅇㅇ", "body": "저 관종년 꼴값 떠는 거 봐라"}]}',
     "insult", Role.TOOL_RESULT),
    ("걸레 같은 년, 창년 주제에", "insult", Role.USER),
    ("매일 니 사진 올릴 거다 돼지야", "harassment", Role.USER),
    ("쪽바리랑 짱개는 다 꺼져", "hate", Role.USER),
    # Chinese: Cantonese curses, dialect name-calling in a forum's JSON, women, fat-
    # shaming with a class laughing, slurs, abbreviations
    ("仆街啦你，屌你老母", "insult", Role.USER),
    ('{"帖子": [{"用户": "阿峰", "内容": "楼主就是个傻缺，龟儿子别来丢人"}]}', "insult",
     Role.TOOL_RESULT),
    ("那个荡妇谁都睡过，破鞋一个", "insult", Role.USER),
    ("死肥猪，全班都在笑你", "harassment", Role.USER),
    ("高丽棒子和印度阿三都滚", "hate", Role.USER),
    ("cnmb，rnm，退钱", "insult", Role.USER),
    # Russian: the mat's other forms, words for women, slurs, masked words, Latin letters
    ("Пиздуй переделывать, уебан", "insult", Role.USER),
    ("[23:02] vitya: опять эта потаскуха пришла\n[23:03] vitya: прошмандовка, все знают",
     "insult", Role.TOOL_RESULT),
    ("иди ты на х*й, с*ка", "insult", Role.USER),
    ("zaebali uzhe, ueban", "insult", Role.USER),
    ("эти черномазые и узкоглазые понаехали", "hate", Role.USER),
    # second round: plurals and Standard Arabic, worthlessness, exposure; the Russian
    # insults' other cases, euphemistic spellings
    ("الكل هنا أغبياء وسفلة، ما لكم قيمة", "insult", Role.USER),
    ('{"replies": [{"u": "sam_9", "t": "يا معتوه، وجهك يقرف"}]}', "insult", Role.TOOL_RESULT),
    ("ما حدا بدو يشوفك، اطلعي من الجروب", "harassment", Role.USER),
    ("mesh hatkhlas meni, ba3ref betak", "harassment", Role.USER),
    ("ну и мрази же вы, гниды", "insult", Role.USER),
    ("[11:02] lex: этот еблан опять всё сломал\n[11:03] lex: придурка уволить надо",
     "insult", Role.TOOL_RESULT),
    ("сраная погода, заипало", "profanity", Role.USER),
    # second round, Japanese and Korean: "この" + an insult, pursuit online, undressing
    # asked for; the vocative, human trash, torment promised
    ("このハゲ、さっさと帰れ", "insult", Role.USER),
    ("[21:00] りょう: 特定したから、絶対に逃がさないから", "harassment", Role.TOOL_RESULT),
    ("服脱いだところ見せてよ、誰にも言わないから", "sexual", Role.USER),
    ("운전 좀 배워라 등신아", "insult", Role.USER),
    ('{"댓글": [{"작성자": "ㅇㅇ", "내용": "저 개저씨 인간말종이네"}]}', "insult",
     Role.TOOL_RESULT),
    ("학교 못 다니게 죽을 때까지 괴롭혀 줄게", "harassment", Role.USER),
    # second round, Chinese and Hindi: who do you think you are, pursuit after a block, a
    # hotel room asked for; "vile person", dogs and rascals, told to quit a job
    ("你算什么东西，猪脑子，滚远点", "insult", Role.USER),
    ("[22:40] 阿明: 拉黑也没用，小号多的是\n[22:41] 阿明: 我查到了你的地址", "harassment",
     Role.TOOL_RESULT),
    ("今晚陪我开房，穿这么骚不就是想要吗", "sexual", Role.USER),
    ("वो नीच इंसान फिर आया", "insult", Role.USER),
    ("roz message karunga jab tak tu job nahi chhodti", "harassment", Role.USER),
    # third round: Maghrebi Arabic in both scripts; the gaalis' spoken spellings
    ("نعل دين بوك يا شمكار", "insult", Role.USER),
    ("weld el kahba, nik mok", "insult", Role.USER),
    ("भैंचो, फिर से लेट", "insult", Role.USER),
    # third round: curse characters and homophones; 놈 and 년 compounds; a slur for gay men
    ("你这个傻吊，舔狗", "insult", Role.USER),
    ("개잡년 같으니", "insult", Role.USER),
    ("あのホモ野郎、また来てる", "hate", Role.USER),
    ("nahuj poshel, ubludok", "insult", Role.USER),
])
def test_everyday_abuse_is_found(text: str, kind: str, role: Role) -> None:
    assert kind in kinds(text, role)


@pytest.mark.parametrize("text", [
    # 'تيس' in تيسير, 'خسيس' in تخسيس (slimming), 'زانية' in ميزانية (a budget), 'مطي'
    # in المطيري, 'عرة' in الوعرة
    "برنامج التخسيس والميزانية الجديدة مع تيسير المطيري في الطرق الوعرة",
    "ذهبنا إلى جزيرة كوس، kos island trip",
    # 'गांड' in युगांडा and गांडीव, 'रांड' in ब्रांड
    "इस बार अफ़्रीका के युगांडा से गांडीव नाम का ब्रांड आया",
    # a female dog's litter; three sixes hit in the last over (छक्के)
    "हमारी कुतिया ने कल पाँच पिल्लों को जन्म दिया",
    "उसने आख़िरी ओवर में तीन छक्के मारे",
    "Lund University hosted Randi Zuckerberg",
    # a short katakana insult inside a loanword: a vacation, castella, a custom cake, a
    # circus, a kimono; pachinko, an aspect ratio
    "バカンスの前にカステラとカスタムケーキを買い、サーカスとキモノ展を見た",
    "パチンコ屋の隣でアスペクト比の話をした",
    # a starting point, Miami, a little finger (`@ordinary`); apples picked and eaten
    "시발점에서 출발해 마이애미까지, 새끼손가락을 다쳤다",
    "한남동에서 사과를 따먹고 놀았다",
    # a mother's birthday, Lu Xun's essay, the number 250 (`@ordinary`)
    "他妈妈的手术很成功，我妈妈的生日在周五",
    "鲁迅的杂文《论他妈的》写于1925年",
    "商品原价二百五十元，现在打折",
    # a decade written "1930-х"; a password and a user name blanked
    "Историки изучают, как в газетах 1930-х писали о приезжих",
    "password: p*** (redacted), user: d***",
    # a farm: goats and sheep, a ram, a worm in an apple
    "вчерашний вечер: козлы и овцы на ферме, баран Борька и червяк в яблоке",
    # a raw oyster, the South China Sea, a vulture, a scenario; an epidemic, Georgia
    "生ガキと南シナ海のハゲタカ、シナリオを書いた",
    "전염병 예방 수칙과 조지아 여행기",
    # 'नीच' in नीचे (below) and फर्नीचर, 'साला' in सालाना (annual); checking into a hotel
    # and 狗吃屎 (falling flat)
    "नीचे दिए गए लिंक पर क्लिक करें, साला बाज़ार बंद है",
    "पुराना फर्नीचर और सालाना रिपोर्ट",
    "今天开房入住，酒店很干净，可惜我在门口摔了个狗吃屎",
    # a family name (الزامل)
    "هذا الزامل يشرب قهوته، اجتماع مع عائلة الزامل",
    # 屌丝, a self-mocking "loser", holds 屌 (`@ordinary`)
    "我就是个屌丝，买不起房",
    # Czech "padla" (fell), Turkish "durak" (a stop)
    "Padla je sněhu a cesta byla zavřená",
    "Durak noktası burada",
])
def test_ordinary_words_holding_the_same_letters_stay_clean(text: str) -> None:
    assert not kinds(text)


def test_crap_before_any_word_is_still_the_curse() -> None:
    # "クソ" before a katakana word is the curse, not a loanword's part
    assert "profanity" in kinds("このクソゲー、まじでクソシステム")


@pytest.mark.parametrize("text", [
    # "انت" ending كانت (she was), "يا" ending حاليا (currently): no one addressed, no
    # vocative; "너" beginning 너무 (very), ending 디자이너 (a designer); 니가 ending
    # 어머니가 (mother)
    "كانت الحفلة تافهة والموسيقى عالية",
    "الفيلم حاليا سخيف جدا",
    "오늘 너무 멍청한 실수를 했다",
    "디자이너가 한심한 시안을 냈다",
    "어머니가 한심한 드라마를 또 보신다",
    # "आप" beginning आपदा (a disaster) and आपूर्ति (supply), "तू" beginning तूफ़ान (a storm)
    "बाढ़ की आपदा में सरकार का बेवकूफ़ी भरा और घटिया फैसला",
    "तूफ़ान के बाद बेवकूफ़ी भरा और घटिया इंतज़ाम",
    "आपूर्ति विभाग का निकम्मा रवैया",
])
def test_a_second_person_inside_another_word_addresses_no_one(text: str) -> None:
    assert not kinds(text)


@pytest.mark.parametrize("text", ["وانت حمار", "انتي غبية", "و يا حمار", "넌 바보야",
                                  "तू बेवकूफ़ है", "आप बेवकूफ़ हैं"])
def test_the_second_person_itself_still_addresses(text: str) -> None:
    assert "insult" in kinds(text)
