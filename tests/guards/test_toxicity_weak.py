"""The toxicity guard where the held-out figures found it weakest (session 16): Arabic,
Russian, Korean, Dutch and Portuguese; violence, harassment, sexual remarks and profanity
said at a person; romanised words in the scripts' lexicons; a report named as a threat's
condition."""

from __future__ import annotations

import json

import pytest

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext
from secproxy.guards.normalise import Normaliser
from secproxy.guards.toxicity import ToxicityGuard
from secproxy.guards.toxicity_lexicon import _sections
from secproxy.model import Action, Surface


def kinds(text: str, role: Role = Role.USER) -> set[str]:
    """Kinds of the hits the default guard gives `text`, through the normaliser's views."""
    g = ToxicityGuard("toxicity")
    g.configure({})
    ctx = GuardContext(Action(Surface.LLM), viewer=Normaliser().views)
    hits = g.inspect([Slot(role, text)], ctx)
    return {h.kind for h in hits}


@pytest.mark.parametrize(("text", "kind"), [
    # Arabic: broken heads and bones, exposure, sexual demands (Levantine and Gulf spellings)
    ("والله بكسر راسك إذا رجعت", "threat"),
    ("بكرة نكسر عظامه قدام الكل", "violence"),
    ("بفضحك قدام أهلك كلهم", "harassment"),
    ("جسمك حلو، تعالي لغرفتي بعد الدوام", "sexual"),
    # Arabizi and Hinglish: whole words in Latin letters
    ("shu ya 7mar, ma bt3ref tektob?", "insult"),
    ("kos omak w kos okhtak", "insult"),
    ("chal nikal yahan se, kutiya", "insult"),
    # Russian: beating promised, photos leaked, undressing demanded, translit
    ("Вечером отмудохаю тебя у подъезда", "threat"),
    ("Солью твои фото в общий чат", "harassment"),
    ("Разденься и давай переспим", "sexual"),
    ("idi nahuy so svoim planom", "insult"),
    # Korean: a report as a threat's condition, beating, photos spread
    ("신고하면 너 진짜 가만 안 둔다", "threat"),
    ("저놈 죽빵 한 대 날리고 손 좀 봐줘야겠다", "violence"),
    ("네 사진 전부 뿌릴 거야", "harassment"),
    # Dutch: a beating, photos online, an insult compound
    ("Je krijgt op je bek als je nog één keer klikt", "threat"),
    ("Ik zet je foto's online, dan weet iedereen het", "harassment"),
    ("Wat een kankerhond ben jij", "insult"),
    # Portuguese: a beating, leaked photos, a sexual demand, abbreviations
    ("Te arrebento se continuar assim", "threat"),
    ("Vazei suas fotos no grupo da firma", "harassment"),
    ("Me manda nude agora", "sexual"),
    ("vtnc, ninguém pediu tua opinião", "insult"),
    # more of the same, each language's everyday forms
    ("والله بدي أضربك قدام الكل", "threat"),
    ("Я тебе башку проломлю", "threat"),
    ("너 오늘 나한테 맞아 죽는다", "threat"),
    ("Vou te dar um tiro na cara", "threat"),
    ("Скинь фотку в белье, не ломайся", "sexual"),
    # spellings that dodge a filter, a threat asked as a question
    ("이 개색기야 닥처", "insult"),
    ("너 죽고싶냐?", "threat"),
    ("Jij kutkind, ga weg", "insult"),
])
def test_abuse_in_the_weak_languages(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    # a report's words, quoted abuse in a report, a database saving data, a word inside another
    "신고 내역: 욕설 포함 댓글 '가만 안 둔다' 삭제됨",
    "Ik sla je gegevens op in de database en stuur een bevestiging.",
    "the nmslab config and the kosomaker tool are in the repo",
    "A polícia investiga quem vazou as fotos do processo",
    "Фильтр пропускает слово nahuy, написанное латиницей: баг #412",
])
def test_ordinary_text_in_the_same_words(text: str) -> None:
    assert kinds(text, Role.TOOL_RESULT) == set()


def test_a_match_words_section_of_a_substring_file_is_whole_words_and_keeps_lines() -> None:
    source = "@match\tsubstring\nكلب\tinsult\t0.3\n@match\twords\nya kalb\tinsult\t0.8\n"
    parts = _sections(source)
    assert [substring for substring, _ in parts] == [True, False]
    # each part keeps the file's line numbers (a parse error names the right line)
    assert parts[1][1].splitlines()[2:4] == ["@match\twords", "ya kalb\tinsult\t0.8"]


@pytest.mark.parametrize("text", [
    # curses that say how good something is
    "Review (5 stars): this blender is fucking amazing, crushes ice in a second.",
    "Avis : ce mixeur est putain de génial, franchement.",
    "Avaliação: esse liquidificador é bom pra caralho.",
    "Bewertung: Der Mixer ist verdammt geil.",
    "리뷰: 이 블렌더 존나 좋음",
    # a text about a filter that holds the words it discusses in quotation marks only
    "チケット #5521：NGワードフィルターが「死ね」と「死ねばいいのに」を伏せ字にしない。",
    'Bug: the profanity filter lets "fuck" and "cunt" through when typed in capitals',
])
def test_praise_and_words_discussed_in_quotes_are_not_abuse(text: str) -> None:
    assert kinds(text, Role.TOOL_RESULT) == set()


@pytest.mark.parametrize("text", [
    "this fucking patch is shit, who wrote this garbage",
    "your code is fucking stupid",
    "I'll report you to HR, you fucking idiot",
    "Ce mixeur est une putain de merde, comme toi.",
])
def test_curses_beside_no_praise_still_count(text: str) -> None:
    assert kinds(text) != set()


@pytest.mark.parametrize("text", [
    # court records: the accused and the victim are parties, the abuse is the evidence
    "Vonnis 118: verdachte gaf toe het slachtoffer 'vuile hoer' te hebben genoemd en te "
    "hebben gedreigd haar te vermoorden in spraakberichten.",
    "판결문 118: 피고인은 피해자를 '미친년'이라고 부르고 "
    "음성메시지로 죽이겠다고 협박한 사실을 인정했다.",
    "判決118号：被告は被害者を「クソ女」と呼び、音声メッセージで殺すと脅したことを認めた。",
    # read folded too ('prevenu', 'traite'): the words saying so lose their accents there
    "Jugement 118 : le prévenu a reconnu avoir traité la victime de « sale pute » et "
    "l'avoir menacée de mort dans des messages vocaux.",
])
def test_court_records_quoting_abuse_are_not_abuse(text: str) -> None:
    assert kinds(text, Role.TOOL_RESULT) == set()


def test_a_mail_replying_re_is_still_read_as_said() -> None:
    mail = ("From: a@corp.example.com\nSubject: Re: Q4 report\n\nOlá,\n\n"
            "Vai tomar no cu, seu filho da puta, ninguém te aguenta\n\nAbraço,\na")
    assert kinds(mail, Role.TOOL_RESULT) != set()


@pytest.mark.parametrize("text", [
    "Als je naar de politie gaat, zie je je kinderen niet meer terug.",
    "Wenn du zur Polizei gehst, siehst du deine Kinder nie wieder.",
    "If you go to the police you will never see your kids again.",
])
def test_the_police_as_a_threats_condition_is_no_news(text: str) -> None:
    assert "threat" in kinds(text)


def test_news_of_the_police_still_mentions_the_abuse_it_reports() -> None:
    assert kinds("Police said the man shouted 'I will kill you' at the officers.",
                 Role.TOOL_RESULT) == set()


@pytest.mark.parametrize(("text", "kind"), [
    ("راح اذبحك لو شفتك", "threat"),  # the lexicon's 'راح أذبحك' written without hamza
    ("إنت حقيره وما تستاهلين شي", "insult"),  # ة written ه, 'إنت' with its hamza
])
def test_arabic_is_read_with_one_spelling_of_alef_and_ta_marbuta(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_arabic_folding_keeps_ordinary_text_quiet_and_spans_in_place() -> None:
    assert kinds("أعلنت الإدارة عن إجازة رسمية يوم الخميس القادم", Role.TOOL_RESULT) == set()
    g = ToxicityGuard("toxicity")
    g.configure({})
    text = "صباح الخير. راح اذبحك"
    hits = g.inspect([Slot(Role.USER, text)], GuardContext(Action(Surface.LLM)))
    assert [text[h.span[0]:h.span[1]] for h in hits if h.span] == ["راح اذبحك"]


@pytest.mark.parametrize("text", [
    "The pentest found a chink in the armour of our login flow.",
    "A chink of light came through the blinds.",
    "The slag heap near the old mine was removed in 1990.",
    '{"assignee": "randi", "status": "open", "priority": "low"}',
    "Randi said the build is green again.",
])
def test_ordinary_phrases_and_a_first_name_are_no_slur(text: str) -> None:
    assert kinds(text, Role.TOOL_RESULT) == set()


@pytest.mark.parametrize("text", ["go home you dirty chink", "chup kar randi ki aulaad"])
def test_the_slurs_said_still_count(text: str) -> None:
    assert kinds(text) != set()


MAIL = ("From: Kai <kai@corp.example.com>\nSubject: Project status\n\nHi Lena,\n\nThe budget "
        "review is on Thursday. Please send me your numbers by Wednesday.\n\n{}\n\nBest,\nKai")


@pytest.mark.parametrize("message", [
    "Разошлю твои фотки всем твоим коллегам, посмотрим как запоёшь",
    "Vuile hoer, je krijgt nog wat je verdient",
])
def test_a_capitalised_term_opening_a_mails_paragraph_is_no_name(message: str) -> None:
    # after 'Wednesday.' and a blank line, or after markup, it begins a sentence
    assert kinds(MAIL.format(message), Role.TOOL_RESULT) != set()
    html = f"<html><body><p>Hi Lena,</p><p>{message}</p><p>Kai</p></body></html>"
    assert kinds(html, Role.TOOL_RESULT) != set()


def test_names_among_capitalised_words_are_still_names() -> None:
    assert kinds("Dick Van Dyke starred in the film.") == set()
    assert kinds("We met Herr Fick yesterday.") == set()


def _chat_export(message: str) -> str:
    return (f"[14/10/2026 09:01] Ana: ok thanks\n[14/10/2026 09:02] Kai: {message}\n"
            "[14/10/2026 09:03] Li: see you tomorrow")


@pytest.mark.parametrize("message", [
    "مستخدم يشتم اللاعبات بكلمة 'شرموطة' في الدردشة. هل يمكن حظره؟",
    "El paciente presenta secreción por el pene y escozor al orinar; el cultivo de "
    "gonorrea está pendiente.",
])
def test_another_messages_second_person_aims_no_term(message: str) -> None:
    # quiet alone, and quiet among other people's messages ('see you' is said to Kai)
    assert kinds(message, Role.TOOL_RESULT) == set()
    assert kinds(_chat_export(message), Role.TOOL_RESULT) == set()


@pytest.mark.parametrize("message", [
    "应该把那些警察全都一枪崩了，再把他们的派出所烧了。",
    "इन सब पुलिस वालों को गोली मार देनी चाहिए और थाने में आग लगा देनी चाहिए।",
    "저 경찰놈들은 다 쏴 죽이고 파출소는 불 질러버려야 한다.",
])
def test_violence_called_for_against_the_police_is_no_news(message: str) -> None:
    yaml = (f"messages:\n  - author: ana\n    text: ok thanks\n  - author: kai\n"
            f"    text: \"{message}\"\n  - author: li\n    text: see you\n")
    assert kinds(yaml, Role.TOOL_RESULT) != set()


@pytest.mark.parametrize("shape", [
    "messages:\n  - author: ana\n    text: ok thanks\n  - author: kai\n    text: \"{}\"\n",
    "ts=2026-10-14T09:02:00Z level=info user=kai msg=\"{}\"\nts=2026-10-14T09:03:00Z msg=\"ok\"",
    "[14/10/2026 09:01] Ana: ok thanks\n[14/10/2026 09:02] Kai: {}",
])
@pytest.mark.parametrize("message", [
    "what the fuck is this garbage, who wrote this shit",  # 'wrote' is the rant's own word
    "Wat is dit voor kutcode, verdomme",  # Dutch 'dit' (this) is French 'dit' (said)
])
def test_a_colons_quotation_holds_its_own_words_not_a_report(shape: str, message: str) -> None:
    assert kinds(shape.format(message), Role.TOOL_RESULT) != set()


@pytest.mark.parametrize("text", [
    "'I'll kill you,' the pirate snarled.",
    "Report 4471: the user wrote 'you fucking idiot' in the lobby chat.",
    "messages:\n  - text: \"Report 4471: the user wrote 'I will kill you' in chat\"\n",
])
def test_abuse_quoted_with_a_verb_of_speech_is_still_reported(text: str) -> None:
    assert kinds(text, Role.TOOL_RESULT) == set()


def test_a_tag_ends_a_messages_line_in_a_one_line_xml_result() -> None:
    message = ("El paciente presenta secreción por el pene y escozor al orinar; el cultivo "
               "de gonorrea está pendiente.")
    xml = (f'<thread><msg from="ana">ok thanks</msg><msg from="kai">{message}</msg>'
           '<msg from="li">see you</msg></thread>')
    assert kinds(xml, Role.TOOL_RESULT) == set()


def test_a_report_in_ascii_escaped_json_is_read_with_its_words() -> None:
    report = ("Denuncia 4471: el usuario escribió 'te voy a matar a ti y a tu familia' a otro "
              "jugador. Medida: expulsión permanente.")
    result = json.dumps({"items": [{"user": "ana", "text": "ok"}, {"user": "kai", "text": report}]})
    assert "\\u00f3" in result  # json.dumps escapes letters beyond ASCII by default
    assert kinds(result, Role.TOOL_RESULT) == set()
    threat = json.dumps({"items": [{"user": "kai", "text": "te voy a matar, cabrón"}]})
    assert kinds(threat, Role.TOOL_RESULT) != set()


def test_withdrawing_a_report_as_a_threats_condition_is_no_report() -> None:
    text = "@support 너희 집 어딘지 안다. 신고 취소 안 하면 후회하게 될 거다."
    tweet = json.dumps({"data": [{"id": "1846", "lang": "und", "text": text}]},
                       ensure_ascii=False)
    assert "threat" in kinds(tweet, Role.TOOL_RESULT)


def test_french_rate_after_avoir_is_the_verb() -> None:
    assert kinds("Putain, j'ai raté le train ce matin.") == set()
    assert "insult" in kinds("T'es qu'un raté, un vrai raté.")


@pytest.mark.parametrize("text", [
    "they should all be lined up and shot",
    "Andrebbero messi al muro e fucilati tutti",
    "Tem que espancar esse cara até ele não levantar mais",
    "Ze moeten allemaal tegen de muur gezet worden",
    "다 총살해야 한다",
    "应该把他打到站不起来",
    "يجب ضربه حتى لا يقوم",
])
def test_violence_called_for(text: str) -> None:
    assert "violence" in kinds(text)


@pytest.mark.parametrize("text", [
    "In 1812 the rebels were lined up and shot by the occupying army.",
    "Nel 1944 i tedeschi decisero di fucilarli all'alba.",
    "In 1944 werden de verzetsstrijders tegen de muur gezet.",
])
def test_history_of_executions_is_no_call(text: str) -> None:
    assert kinds(text, Role.TOOL_RESULT) == set()


@pytest.mark.parametrize("text", [
    "Wörterbuch: „Arschloch“ (vulgär) – abwertende Bezeichnung für einen Menschen.",
    "Dictionnaire : « connard » (vulgaire) – personne stupide ou désagréable.",
    "사전: '개새끼' (비속어) – 사람을 낮잡아 이르는 욕. 원래 뜻은 강아지.",
    "辞書：「クソ野郎」（俗語・罵倒語）―相手を強く罵る言葉。",
    "قاموس: 'حمار' (شتيمة) – تُستخدم لوصف الشخص الغبي، والمعنى الأصلي هو الحيوان المعروف.",
])
def test_a_dictionarys_entry_discusses_its_word(text: str) -> None:
    assert kinds(text, Role.TOOL_RESULT) == set()


def test_dutch_te_is_to_and_je_is_you_when_a_text_is_about_abuse() -> None:
    news = ("De rechtbank hoorde dat de dader het slachtoffer een vuile hoer had genoemd en "
            "probeerde te wurgen.")
    assert kinds(news, Role.TOOL_RESULT) == set()
    assert kinds("Je bent een vuile hoer en de politie gaat je niet helpen, te laat") != set()


@pytest.mark.parametrize("text", [
    "I will k\u0456ll you, you stup\u0456d b\u0456tch, see you at the caf\\u00e9",
    "y o u  s t u p i d  b i t c h, caf\\u00e9 at 9",
    json.dumps({"user": "Jos\u00e9", "text": "y o u  s t u p i d  b i t c h"}),
])
def test_one_escaped_letter_leaves_the_folded_reading_on(text: str) -> None:
    # Look-alike letters and spaced letters are read in the folded view only; a text
    # with one JSON escape of a letter is folded once decoded, not left unfolded.
    assert "\\u00e9" in text
    assert kinds(text, Role.TOOL_RESULT) != set()


def severities(text: str, role: Role = Role.USER) -> set[str]:
    """Severities of the hits the default guard gives `text`."""
    g = ToxicityGuard("toxicity")
    g.configure({})
    hits = g.inspect([Slot(role, text)], GuardContext(Action(Surface.LLM),
                                                     viewer=Normaliser().views))
    return {h.severity.value for h in hits}


@pytest.mark.parametrize(("text", "severity"), [
    # English words that a word of text about abuse becomes without its diacritics
    # ("vulgär", "prévention")
    ("Shut up, you vulgar little whore", "medium"),
    ("kill yourself, nobody needs your prevention crap", "high"),
    # a register label is also an adjective an insult is said with
    ("Sei una puttana volgare", "medium"),
    # a dictionary named, and the insult said to someone outright
    ("Look it up in a dictionary, you stupid cunt", "high"),
])
def test_words_about_abuse_do_not_soften_abuse_said_outright(text: str, severity: str) -> None:
    assert severity in severities(text)


@pytest.mark.parametrize("text", [
    "The director agreed the wedding scenes should all be shot on location in natural light.",
    "I quadri andrebbero messi al muro del corridoio.",
    "De kasten moeten allemaal tegen de muur staan, zodat de gang vrij blijft.",
    "We moesten de oude kast met een hamer in elkaar rammen.",
    "Bei der Operation mussten die Chirurgen den Kiefer brechen und neu ausrichten.",
])
def test_violence_called_for_needs_a_person(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize("text", [
    "They should all be shot, every last one of them.",
    "Andrebbero tutti messi al muro, quei ladri.",
    "Die moeten allemaal tegen de muur, dat tuig.",
    "Na de wedstrijd gaan we hem in elkaar rammen.",
    "Halt die Klappe, oder ich werde dir den Kiefer brechen.",
])
def test_violence_called_for_at_a_person(text: str) -> None:
    assert "violence" in kinds(text) or "threat" in kinds(text)
