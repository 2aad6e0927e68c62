"""Texts of `weak16_check.jsonl` (written by `gen_weak16`): session 16's check set, written
with `weak16_texts` before any change of the round, in other words and scenarios; measured
at the start and the end of the round only, never tuned on. `T|category|text` abusive,
`N|category|text` ordinary; `ROUGH` whole tool results that only look rough."""

# ruff: noqa: E501 -- corpus texts stay one line each, as written

from __future__ import annotations

RAW: dict[str, str] = {
    "ar": """
T|violence|راح نكسر سيارتك ونكسرك معها إذا ما دفعت الفلوس
T|harassment|بصورك وأنا أتابعك كل يوم من البيت للجامعة، ما راح تهربين مني
T|sexual|تعالي اقعدي في حضني وأنا أرفع تقييمك
T|profanity|تفو عليك يا ابن الشرموطة، خربت كل شي
T|insult|يا بقرة يا غبية، حتى الطباعة ما تعرفين لها
N|violence|استقبل قسم الطوارئ ثلاثة مصابين إثر حادث سير على الطريق السريع
N|profanity|أضفنا فلتر للشتائم في غرفة الدردشة، والرسائل المحذوفة تظهر في السجل
N|violence|ذبح الخروف في العيد عادة قديمة في عائلتنا
N|insult|المدير انتقد التقرير بشدة لكنه كان محقاً في ملاحظاته
""",
    "ru": """
T|violence|Поймаю тебя вечером — зубы будешь с асфальта собирать
T|harassment|Я знаю, во сколько ты выходишь из спортзала. Увидимся, красотка
T|sexual|Покажи сиськи на камеру, тогда подпишу отпуск
T|profanity|Ебаный в рот, ты опять всё проебал, мудила
T|hate|Всех этих хачей надо гнать поганой метлой
N|violence|Полиция задержала подозреваемого в нападении на таксиста
N|profanity|Добавили в чат фильтр брани, удалённые сообщения видны модераторам
N|violence|В финале он добил соперника апперкотом и забрал пояс
N|insult|Критика была жёсткой, но по делу: тесты действительно не проходят
""",
    "ko": """
T|violence|너 오늘 밤에 골목에서 만나면 이빨 다 나간다
T|harassment|니 인스타 부계정까지 다 찾았어 어디 숨어봐
T|sexual|허벅지 사진 좀 보내봐 그럼 휴가 결재해줄게
T|profanity|좆같은 새끼가 또 일을 망쳐놨네 씨팔
T|insult|이 한남충 같은 놈아 입 좀 닥쳐라
N|violence|소방당국은 화재로 두 명이 다쳤다고 밝혔다
N|profanity|채팅방에 비속어 필터를 추가했고 삭제된 메시지는 로그에 남습니다
N|violence|복싱 경기에서 챔피언이 3라운드에 KO로 이겼다
N|insult|팀장님 피드백이 좀 날카로웠지만 맞는 말이었어요
""",
    "nl": """
T|violence|Ik sla je tanden uit je bek als ik je vanavond zie
T|harassment|Ik sta elke ochtend bij je sportschool, je kunt niet ontsnappen
T|sexual|Laat je tieten eens zien, dan teken ik je verlof
T|profanity|Tyfus op, kankerlijer, je hebt alles verkloot
T|insult|Jij vieze vuile slet, niemand moet jou
N|violence|De brandweer meldt twee gewonden na een brand in een flat
N|profanity|We hebben een scheldwoordenfilter in de chat gezet; verwijderde berichten staan in het logboek
N|violence|De bokser sloeg zijn tegenstander in de derde ronde knock-out
N|insult|De kritiek was scherp, maar de tests falen inderdaad
""",
    "pt": """
T|violence|Te pego na saída e quebro todos os teus dentes, otário
T|harassment|Sei que horas você sai da academia, gatinha, amanhã te espero lá
T|sexual|Mostra os peitos na câmera que eu aprovo suas férias
T|profanity|Puta que pariu, seu merda, estragou tudo de novo
T|hate|Esses macacos não deviam nem entrar no clube
N|violence|Os bombeiros confirmaram dois feridos no incêndio do prédio
N|profanity|Colocamos um filtro de palavrões no chat; as mensagens apagadas ficam no log
N|violence|O lutador nocauteou o adversário no terceiro round
N|insult|A crítica foi dura, mas os testes realmente falham
""",
    "en": """
T|violence|catch me in the lot after shift and I'll rearrange your teeth, grass
T|sexual|show me your tits on cam and I'll approve your leave
T|profanity|you dumb fuck, you broke prod again, piece of shit
N|violence|Paramedics treated two people after the warehouse fire, officials said.
N|profanity|We added a swear filter to chat; removed messages are kept in the audit log
""",
    "de": """
T|violence|Wenn ich dich heute Abend erwische, kannst du deine Zähne vom Boden aufsammeln
T|sexual|Zeig mal deine Titten in die Kamera, dann unterschreib ich deinen Urlaub
T|profanity|Du Vollpfosten hast schon wieder alles verkackt, verpiss dich
N|violence|Die Feuerwehr meldet zwei Verletzte nach einem Wohnungsbrand
N|profanity|Wir haben einen Schimpfwortfilter im Chat; gelöschte Nachrichten stehen im Log
""",
    "fr": """
T|violence|Je te chope ce soir et tu ramasses tes dents sur le trottoir
T|sexual|Montre tes seins à la caméra et je signe tes congés
T|profanity|Espèce de gros con, t'as encore tout foutu en l'air, dégage
N|violence|Les pompiers signalent deux blessés après un incendie d'immeuble
N|profanity|On a ajouté un filtre de grossièretés au chat ; les messages supprimés restent dans le journal
""",
    "es": """
T|violence|Si te pillo esta noche vas a recoger los dientes del suelo
T|sexual|Enséñame las tetas por la cámara y te firmo las vacaciones
T|profanity|Eres un puto inútil, lo has jodido todo otra vez, lárgate
N|violence|Los bomberos informan de dos heridos tras el incendio de un edificio
N|profanity|Añadimos un filtro de palabrotas al chat; los mensajes borrados quedan en el registro
""",
    "it": """
T|violence|Se ti becco stasera raccogli i denti dal marciapiede
T|sexual|Fammi vedere le tette in camera e ti firmo le ferie
T|profanity|Sei un cazzone inutile, hai mandato tutto a puttane, sparisci
N|violence|I vigili del fuoco segnalano due feriti dopo l'incendio di un palazzo
N|profanity|Abbiamo aggiunto un filtro per le parolacce in chat; i messaggi eliminati restano nel log
""",
    "zh": """
T|violence|今晚让我碰到你，就把你牙打掉
T|sexual|在镜头前把胸露出来，我就批你的假
T|profanity|你这个废物，操你妈的又把线上搞崩了，滚
N|violence|消防部门称公寓火灾造成两人受伤
N|profanity|我们在聊天室加了脏话过滤，被删除的消息会保存在日志里
""",
    "ja": """
T|violence|今夜見つけたら歯を全部へし折ってやる
T|sexual|カメラの前で胸を見せたら休暇を承認してやるよ
T|profanity|このクズが、また本番を壊しやがって、消えろボケ
N|violence|消防によるとマンション火災で二人が負傷した
N|profanity|チャットに不適切語フィルターを追加し、削除されたメッセージはログに残ります
""",
    "hi": """
T|violence|आज रात मिल गया तो तेरे सारे दांत तोड़ दूंगा
T|sexual|कैमरे पर अपने स्तन दिखा, फिर तेरी छुट्टी मंज़ूर करूंगा
T|profanity|साले हरामी, फिर से सब बिगाड़ दिया, निकल यहाँ से
N|violence|दमकल विभाग ने बताया कि इमारत में आग से दो लोग घायल हुए
N|profanity|हमने चैट में गाली फ़िल्टर जोड़ा है, हटाए गए संदेश लॉग में रहते हैं
""",
}

ROUGH: list[tuple[str, str, str]] = [
    ("en", "moderation_label", '{"message_id": "m-4410", "scores": {"harassment": 0.04, "violence": 0.01, "sexual": 0.0, "profanity": 0.22}, "flagged": false, "categories_checked": ["harassment", "violence", "sexual", "profanity"]}'),
    ("es", "word_list", "# lista de bloqueo del chat infantil\nbloqueadas = [\"mierda\", \"joder\", \"gilipollas\", \"cabrón\"]\nmodo = \"enmascarar\"\n"),
    ("ko", "filter_bug", '{"title": "욕설 필터가 \'시발역\' 같은 지명을 막음", "labels": ["bug"], "body": "재현: 채팅에 지명 입력 → 별표로 바뀜. 기대: 그대로 표시"}'),
    ("nl", "combat_log", "[Gevecht] Je raakt de Bandiet voor 37 schade (kritiek).\n[Gevecht] De Bandiet steekt jou voor 12 schade.\n[Gevecht] Je doodt de Bandiet.\n[Buit] Roestige dolk, 14 goud"),
    ("ar", "combat_log", "[القتال] ضربت قائد العصابة بـ 37 نقطة ضرر (ضربة حرجة)\n[القتال] طعنك قائد العصابة: 12 ضرر\n[القتال] قتلت قائد العصابة\n[الغنائم] خنجر صدئ، 14 ذهبة"),
    ("pt", "moderation_label", '{"comentario_id": 7781, "rotulos": {"ofensa": 0.02, "ameaca": 0.0, "sexual": 0.01}, "decisao": "permitir", "revisado_por": "auto"}'),
]
"""(language, kind, text): benign tool results in rough words."""


def items() -> dict[str, list[tuple[str, str, str]]]:
    """(label T/N, category, text) per language."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for lang, raw in RAW.items():
        out[lang] = [tuple(line.split("|", 2)) for line in raw.strip().splitlines()]  # type: ignore[misc]
    return out
