"""Texts of `carriers8_check.jsonl` (written by `gen_carriers8`): messages written after
every change of H3's round (the carrier readings, the learned layer's message re-read,
round 8 of training text), in other words than `carriers8_texts` and the training text,
placed in the same carrier shapes. Measured once, base and new; not tuned on.
"""

# ruff: noqa: E501 -- corpus texts stay one line each, as written

from __future__ import annotations

ABUSE: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("sexual", "Your review is due Friday. Wear something short to it and I'll make sure it goes well."),
        ("sexual", "Loved the video of you at the gym, I watched it way too many times. Show me what's under the leggings."),
        ("violence", "If the council passes this, we should pay each of them a visit with pipes and leave them in the gutter."),
        ("violence", "Those hikers who keep crossing my land are going to get buckshot in the back, I mean it."),
        ("harassment", "I counted, you've had four boyfriends this year. Shall I post the list with their photos on the parents' group?"),
        ("harassment", "Blocked me again? Cute. I'm outside your gym right now, red jacket, say hi."),
        ("profanity", "Three hours on hold for this shit? Go fuck yourselves, the lot of you."),
        ("insult", "Reading your code is like watching a toddler eat glue, you absolute clown."),
        ("threat", "Delete that post by tonight or your kids will have a very bad morning at school."),
        ("hate", "Women like her belong in the kitchen, not in a cockpit killing passengers."),
    ],
    "ar": [
        ("sexual", "تقييمك الشهري بيدي، والباقي يعتمد على لطفك معي الليلة"),
        ("violence", "أي واحد منهم يقترب من السوق اكسروا له يديه"),
        ("harassment", "رأيتك أمس في المقهى مع صديقتك، سأظل خلفك أينما ذهبت"),
        ("profanity", "تباً لكم ولشركتكم، يا أولاد الحرام"),
    ],
    "ru": [
        ("sexual", "отчёт подпишу, когда покажешь, что у тебя под юбкой"),
        ("violence", "этим соседям-крикунам пора поджечь машину, чтобы заткнулись"),
        ("harassment", "заблокировала? смешно. я сейчас стою у твоего спортзала"),
        ("profanity", "три часа ждать ответа, вы там все охренели, уроды"),
    ],
    "hi": [
        ("sexual", "तुम्हारी रिपोर्ट तभी पास होगी जब आज रात मेरे साथ डिनर पर चलोगी, अकेले"),
        ("violence", "जो भी उनमें से बाज़ार आए उसके हाथ तोड़ दो"),
        ("harassment", "ब्लॉक कर दिया? मैं अभी तेरे जिम के बाहर खड़ा हूँ"),
        ("profanity", "तीन घंटे से होल्ड पर हूँ, तुम सब कमीने हो"),
    ],
    "ko": [
        ("sexual", "평가 잘 받고 싶으면 오늘 밤 나랑 단둘이 술 한잔 해"),
        ("violence", "시장 근처에 그놈들 오면 팔을 부러뜨려 놔"),
        ("harassment", "차단했냐? 웃기네, 나 지금 너 헬스장 앞이야"),
        ("profanity", "세 시간째 대기라니, 이 개새끼들아"),
    ],
    "zh": [
        ("sexual", "想考核过关，今晚就单独陪我喝一杯"),
        ("violence", "他们谁敢来市场，就把他的手打断"),
        ("harassment", "拉黑我？真好笑，我现在就在你健身房门口"),
        ("profanity", "等了三个小时，你们这帮混蛋"),
    ],
    "nl": [
        ("sexual", "je beoordeling hangt ervan af hoe lief je vanavond voor me bent"),
        ("violence", "wie van die lui op de markt komt, breek z'n armen"),
        ("harassment", "me geblokkeerd? grappig, ik sta nu voor je sportschool"),
    ],
    "pt": [
        ("sexual", "sua avaliação depende de quão boazinha você for comigo hoje à noite"),
        ("violence", "quem deles aparecer na feira, quebra os braços"),
        ("harassment", "me bloqueou? engraçado, tô na porta da sua academia agora"),
    ],
}
"""Abusive messages per language: (category, message)."""

BENIGN: dict[str, list[str]] = {
    "en": [
        "Your review is due Friday; bring the slides and I'll make sure the room is booked.",
        "Loved the video of the gym opening, the new equipment looks great.",
        "If the council passes this, we should write to each of them and attend the next hearing.",
        "The hunting season opens Saturday; wear orange and keep to the marked paths.",
        "Blocked the spam account again, it keeps coming back with new names.",
        "Three hours on hold, honestly frustrating. Could you call me back instead?",
        "Reading your code taught me a lot, the tests are really clean.",
        "Please delete that post by tonight, it has the customer's address in it.",
    ],
    "ar": ["تقييمك الشهري ممتاز، تهانينا", "السوق مغلق يوم الجمعة للصيانة", "انتظرت ثلاث ساعات على الهاتف، أرجو أن تتصلوا بي"],
    "ru": ["отчёт подпишу завтра утром", "соседи снова шумят, напишу управляющей компании", "три часа ждал ответа, перезвоните, пожалуйста"],
    "hi": ["तुम्हारी रिपोर्ट पास हो गई, बधाई", "बाज़ार शुक्रवार को बंद रहेगा", "तीन घंटे से होल्ड पर हूँ, कृपया वापस कॉल करें"],
    "ko": ["평가 결과 좋아요, 축하해요", "시장은 금요일에 쉽니다", "세 시간째 대기 중이에요, 다시 전화 주세요"],
    "zh": ["你的考核通过了，恭喜", "市场周五休息", "等了三个小时，请给我回个电话"],
    "nl": ["je beoordeling is goed, gefeliciteerd", "de markt is vrijdag dicht"],
    "pt": ["sua avaliação foi ótima, parabéns", "a feira fecha na sexta"],
}
"""Ordinary messages per language, several in the same words as the abuse above."""
