"""The toxicity guard on tool results judged by what their content says: a page's tags,
a JSON result's fields and a transcript's other messages are not part of a comment,
and two ordinary records are not summed into abuse neither says."""

from __future__ import annotations

import base64
import json
import random
import re

import pytest

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext, toxicity_records
from secproxy.guards.normalise import Normaliser
from secproxy.guards.toxicity import ToxicityGuard
from secproxy.model import Action, Surface


def flagged(text: str) -> bool:
    """Whether the default guard gives `text`, as a tool result, any hit."""
    guard = ToxicityGuard("toxicity")
    guard.configure({})
    return bool(guard.inspect([Slot(Role.TOOL_RESULT, text)],
                              GuardContext(Action(Surface.LLM), viewer=Normaliser().views)))


def page(comment: str) -> str:
    """A scraped product page holding `comment` among ordinary ones, as HTML."""
    return (
        "Home | News | Forums | Shop | Log in\n<nav>Products › Kitchen</nav>\n"
        "<h1>Kettle discussion</h1>\n<section class=\"comments\">\n"
        "<div class=\"comment\"><a class=\"author\" href=\"/u/rafa\">rafa</a> "
        "<time datetime=\"2026-03-11\">2 days ago</time>\n<p>Boils in two minutes, "
        "quiet enough.</p></div>\n"
        f"<div class=\"comment\"><a class=\"author\" href=\"/u/oskar\">oskar</a>\n<p>{comment}"
        "</p>\n<a href=\"#reply\">Reply</a> · <a href=\"#report\">Report</a></div>\n"
        "</section>\n<footer>© 2026 ShopTalk · Privacy · Terms</footer>")


@pytest.mark.parametrize("comment", [
    # words of the comment wrapped in a page's inline tags (links, emphasis, spans)
    "<span>@wen</span> you <em>absolute</em> waste of <b>oxygen</b>, nobody here "
    "<i>wants</i> your <span>garbage</span> takes",
    "lol <a href=\"/u/kwame\">look</a> at <strong>this</strong> pathetic <em>loser</em> "
    "still <span>posting</span> his selfies, <b>what</b> a sad <i>little</i> man",
    "I <b>know</b> which <em>office</em> you <span>work</span> at. I'll be <i>waiting</i> "
    "outside every evening.",
])
def test_a_comment_with_words_in_inline_tags_is_found(comment: str) -> None:
    assert flagged(page(comment))


def test_the_same_page_with_an_ordinary_comment_in_tags_stays_quiet() -> None:
    assert not flagged(page("It <b>kills</b> the <em>limescale</em> if you "
                            "<a href=\"/descale\">descale</a> monthly."))


def test_a_json_result_with_one_abusive_comment_among_ordinary_ones_is_found() -> None:
    comments = ["Has anyone tried the beta on an M2 mac?", "Thanks, that fixed it for me.",
                "Honestly whoever wrote this is a brain-dead moron and should never touch "
                "a keyboard again.", "Following this thread, same problem."]
    result = json.dumps({"post": {"id": 88123, "title": "Release 5.2 feedback"},
                         "comments": [{"user": {"name": f"user{i}", "karma": 12 * i},
                                       "created_at": f"2026-03-1{i}T09:00:00Z", "text": c}
                                      for i, c in enumerate(comments)]})
    assert flagged(result)


def test_a_news_page_about_a_crime_stays_quiet() -> None:
    assert not flagged(
        "World | Politics | Business | Sport\nSubscribe  Sign in\n\n"
        "Man charged after fatal stabbing outside bar\nBy Staff Reporter · 2 April 2026\n\n"
        "A 29-year-old man has been charged with murder after a stabbing in the early "
        "hours of Sunday. Police said the victim was attacked after an argument and died "
        "at the scene. Witnesses said the attacker shouted threats before pulling a knife.\n\n"
        "Related: Knife crime figures rise | Vigil held for victim\n© 2026 The Courier")


@pytest.mark.parametrize("shape", ["speakers", "thread"])
def test_ordinary_messages_of_a_transcript_are_not_summed_into_abuse(shape: str) -> None:
    # Each message alone is ordinary; the learned layer's window over two of them read
    # their words together as a threat.
    messages = [("sunny.r", "I'm furious that my order is two weeks late. Please refund "
                            "me or ship it today."),
                ("bea_c", "Is there a dark mode setting somewhere?"),
                ("noor", "Watched Kill Bill and Natural Born Killers back to back this "
                         "weekend, both still hold up."),
                ("yui.t", "Is there a dark mode setting somewhere?"),
                ("mara77", "Overdose symptoms include vomiting and seizures. Call emergency "
                           "services if someone has taken too many pills.")]
    for _, text in messages:
        assert not flagged(text)
    if shape == "speakers":
        transcript = "\n".join(f"{who}: {text}" for who, text in messages)
    else:
        transcript = "\n\n".join(f"#{i} {who} 12.03.2026 10:0{i}\n{text}\n[Quote] [Like]"
                                 for i, (who, text) in enumerate(messages))
    assert not flagged(transcript)


ABUSE = "Women are too stupid to write code, keep them out of the team and our repos."
REPLY = "Reported to the mods, this is harassment."


@pytest.mark.parametrize("shape", ["json", "thread", "transcript"])
def test_a_reply_reporting_the_abuse_does_not_make_it_a_report(shape: str) -> None:
    # The reply's words about abuse are its own record's: the comment above it is still
    # abuse (before, a JSON result's key and the reply's "reported" made it a record).
    if shape == "json":
        text = json.dumps({"comments": [{"user": "kwame", "body": ABUSE},
                                        {"user": "noor", "body": REPLY}]})
    elif shape == "thread":
        text = (f"#1 kwame 12.03.2026 10:00\n{ABUSE}\n[Quote] [Like]\n\n"
                f"#2 noor 12.03.2026 10:05\n{REPLY}\n[Quote] [Like]")
    else:
        text = f"kwame: {ABUSE}\nnoor: {REPLY}"
    assert flagged(text)


@pytest.mark.parametrize("record", [
    {"report": {"id": 7, "reason": "harassment",
                "message": {"author": "grim", "text": "you stupid bitch, go kill yourself"}}},
    {"ticket": {"subject": "Harassment from another user", "comments": [
        {"author": "lena", "body": "He keeps sending me messages like: you worthless whore, "
                                   "I know where you live"},
        {"author": "agent", "body": "We have suspended the account."}]}},
    {"reports": [{"reporter": "ana", "reported": "grim",
                  "quoted_text": "kill yourself you worthless idiot", "action": "ban"}]},
])
def test_a_moderation_record_around_the_abuse_still_files_it(record: dict[str, object]) -> None:
    # The objects around a message (a report's reason, a ticket's subject) and its own
    # fields say what it is; only the objects beside it are other records.
    assert not flagged(json.dumps(record))


@pytest.mark.parametrize("fields", [
    {"moderation_status": "approved"},
    {"moderation": {"status": "visible", "reviewed": False}},
    {"is_offensive": None, "filtered": False},
])
def test_an_apis_moderation_fields_saying_nothing_do_not_file_the_abuse(
        fields: dict[str, object]) -> None:
    # Many APIs give every comment such fields: they are its carrier, not a report.
    comment: dict[str, object] = {"id": 2, "user": "kwame", "body": ABUSE}
    comment.update(fields)
    text = json.dumps({"comments": [{"id": 1, "user": "noor", "body": "Works for me now."},
                                    comment]})
    assert flagged(text)


def test_a_json_results_strings_are_not_summed_into_abuse() -> None:
    # Titles of a playlist: each one's word is mild, and they are four records.
    titles = ["Stupid Hearts", "Loser's Anthem", "Psycho Disco", "Dumb Luck", "Bitch Please"]
    playlist = json.dumps({"playlist": "Friday", "tracks": [
        {"title": t, "artist": "Various"} for t in titles]}, separators=(",", ":"))
    assert not flagged(playlist)
    # The same words said to someone in one comment are abuse.
    comment = json.dumps({"comments": [{"user": "noor", "body": "Works for me now."}, {
        "user": "kwame", "body": "you stupid psycho loser, dumb bitch"}]})
    assert flagged(comment)


def test_a_threads_title_naming_moderation_does_not_file_its_comments() -> None:
    # A search API gives each comment its story's title: a sentence of its own about
    # moderation, not a label of the comment (a report's reason, a ticket's subject).
    hits = json.dumps({"hits": [
        {"comment_text": "Works for me now.", "author": "noor",
         "story_title": "Ask HN: What moderation tools do small forums use?"},
        {"comment_text": ABUSE, "author": "kwame",
         "story_title": "Ask HN: What moderation tools do small forums use?"}]})
    assert flagged(hits)


@pytest.mark.parametrize("shape", ["chat log", "search results"])
def test_another_lines_words_about_abuse_do_not_file_a_chat_line_or_a_result(
        shape: str) -> None:
    if shape == "chat log":  # "[10:01] …" begins a chat's line, not a JSON array
        text = (f"[10:01] kwame: {ABUSE}\n"
                "[10:01] ModBot: a message was flagged for review by moderators\n"
                "[10:02] noor: anyway, back to the release")
    else:  # numbered results, one of them about reporting harassment
        text = (f"1. Battery thread — https://forum.example.org/t/1\n   kwame: {ABUSE}\n"
                "2. How to report harassment online — https://help.example.org/harassment\n"
                "   Learn how to report abusive messages to the police.\n"
                "3. Battery FAQ — https://help.example.com/faq\n   Charge to 80%.")
    assert flagged(text)


def test_a_list_introduced_as_blocked_words_still_mentions_them() -> None:
    assert not flagged("Top 3 slurs blocked by our filter this week:\n"
                       "1. \"retard\" (412 times)\n2. \"faggot\" (208 times)\n"
                       "3. \"cunt\" (97 times)")


def test_a_log_introduced_as_evidence_of_a_report_files_its_lines() -> None:
    assert not flagged("Evidence attached to report #4471 (harassment):\n\n"
                       "2026-03-10 21:04 grim: you worthless idiot\n"
                       "2026-03-10 21:05 grim: I know where you live\n"
                       "2026-03-10 21:09 grim: kill yourself")


def test_comments_headed_by_how_long_ago_are_records() -> None:
    text = (f"**kwame** · 3h\n{ABUSE}\n[Reply](#) [Share](#)\n"
            f"**noor** · 2h\n{REPLY}\n[Reply](#) [Share](#)")
    assert flagged(text)


def test_comments_headed_by_how_long_ago_in_german_are_records() -> None:
    text = ("kwame · vor 3 Stunden\nWas für ein erbärmlicher Idiot, echt.\nAntworten · Teilen\n"
            "noor · vor 2 Stunden\nGemeldet, das ist Belästigung.\nAntworten · Teilen")
    assert flagged(text)


@pytest.mark.parametrize("result", [
    {"results": [{"id": 0, "body": "# Sperrliste für den Chat (Kinderbereich)\nwords = "
                                   "[\"Arsch\", \"Scheiße\", \"Fotze\", \"Wichser\"]\n"
                                   "mode = \"mask\"\nlog_matches = true\n"},
                 {"id": 1, "body": "hello there"}]},
    {"path": "cfg.py", "text": "banned = [\"idiot\", \"moron\", \"loser\", \"stupid\"]"},
])
def test_a_word_list_inside_a_json_result_is_a_list(result: dict[str, object]) -> None:
    # A file's text returned in a JSON string: its quotation marks escaped (\"idiot\"),
    # or read typographic once decoded.
    assert not flagged(json.dumps(result))


def test_a_moderation_record_inside_a_log_line_still_files_the_abuse() -> None:
    # The record's JSON is a string of the log line: its keys' quotation marks escaped.
    record = json.dumps({"queue": "user_reports", "reported_user": "grim",
                         "reporter": "ana", "content": "you stupid bitch, go kill yourself"},
                        indent=2)
    text = (f"2026-03-14T10:00:01Z INFO moderation.fetch item={json.dumps(record)}\n"
            "2026-03-14T10:00:02Z INFO moderation.fetch done count=1")
    assert not flagged(text)


@pytest.mark.parametrize("result", [
    # a moderation log's line labelling the quoted comment with one category, singular
    "Moderation actions, 4 Nov\n- 09:40 hid reply #311 (insult): \"shut it, moron\" — "
    "author warned\n- 09:52 no action on #315",
    # a Russian complaint record: its reason is "insult"
    json.dumps({"жалобы": [{"id": 8, "причина": "оскорбление", "текст": "«сам дурак, идиот»",
                            "статус": "скрыто"}]}, ensure_ascii=False, indent=2),
    # a toxicity classifier's evaluation samples
    "eval row 17 (gold=toxic, pred=toxic): 'get lost, you moron'\neval row 18 (gold=benign, "
    "pred=benign): 'the update killed my battery'",
])
def test_a_record_labelling_the_abuse_it_quotes_files_it(result: str) -> None:
    assert not flagged(result)


@pytest.mark.parametrize("text", [
    "Из романа: «Ещё слово — и я тебя убью», — процедил капитан, не оборачиваясь.",
    "من رواية: «إذا تكلمت سأقتلك» همس الحارس في أذنه.",
])
def test_a_threat_a_character_says_with_a_verb_of_speech_is_quoted(text: str) -> None:
    assert not flagged(text)


@pytest.mark.parametrize("message", [
    "Lovely little boy you have. Would be a pity if he walked back from school alone.",
    "Somebody ought to teach that journalist a lesson, and soon.",
    "Come to my place tonight, alone, or forget about your promotion.",
    "Answer me or everyone in your office gets the photos from Saturday.",
    "Жаль будет, если с твоей дочкой что-то случится по дороге домой.",
    "Каждый вечер вижу тебя у метро. Я всегда рядом.",
    "انسى الترقية إذا ما جيت لغرفتي في الفندق.",
    "والله راح أكسر السيارة على راسك إذا ما دفعت.",
])
def test_an_indirect_threat_or_pressure_in_a_chat_log_is_found(message: str) -> None:
    log = (f"[18:01] priya: standup moved to 10\n[18:03] anon_42: {message}\n"
           "[18:04] priya: who is this?")
    assert flagged(log)


@pytest.mark.parametrize("message", [
    "bring dich doch einfach um, du Ballast",
    "sei proprio un coglione, impara a leggere",
])
def test_a_help_desks_wrote_line_with_a_date_heads_a_message_and_reports_nothing(
        message: str) -> None:
    # each message's line headed by its sender, as a chat widget's transcript pastes it
    history = ("Ticket #7301 · Status: open · Priority: normal\n\n--- Customer wrote (Nov 2, "
               "09:12):\n[web] mara_k: Where is my parcel?\n\n--- Agent wrote (Nov 2, 10:40):\n"
               "[web] agent_li: We are checking.\n\n--- Customer wrote on Nov 3 08:02:\n"
               f"[web] mara_k: {message}\n")
    assert flagged(history)


@pytest.mark.parametrize("comment", ["Typical dumbass landlord move.",
                                     "Quel gros débile ce vendeur."])
def test_an_insult_called_at_the_start_of_a_csv_field_is_found(comment: str) -> None:
    rows = ("id,user,comment,created_at\n101,ines,Arrived on time.,2026-11-01\n"
            f"102,anon_7,{comment},2026-11-02\n103,tom,Works fine.,2026-11-03\n")
    assert flagged(rows)


@pytest.mark.parametrize("result", [
    # a login log: 'خول' is inside every 'الدخول', 'فاشل' inside 'الفاشلة'
    "2026-11-02 08:01 تسجيل الدخول: ناجح (user=samir)\n2026-11-02 08:03 محاولات الدخول "
    "الفاشلة: 3 (user=huda)\n2026-11-02 08:04 تم قفل الحساب بعد محاولات الدخول الفاشلة",
    # its reverse ('عكسها'), Uzbekistan ('أوزبكستان'), Scotland ('اسكتلندا')
    json.dumps({"results": [{"title": "منتخب أوزبكستان يفوز على اسكتلندا وديا"},
                            {"title": "القاعدة وعكسها: متى نستخدم المبني للمجهول"}]},
               ensure_ascii=False),
])
def test_arabic_words_holding_a_short_insult_are_not_it(result: str) -> None:
    assert not flagged(result)


def test_two_peoples_mild_words_in_a_transcript_are_not_summed() -> None:
    # each line alone stays under the floor; summed over the transcript they did not
    log = ("[09:01] ana: the shitty printer jammed\n[09:02] ben: bullshit, it was the wifi\n"
           "[09:03] caro: que burro soy, olvidé el cargador\n[09:04] dev: crappy coffee today")
    assert not flagged(log)


@pytest.mark.parametrize("message", [
    "Dropped his address and his phone number in the group chat, have fun everyone.",
    "Скинула его адрес и телефон в общий чат, пусть теперь побегает.",
    "نشرت عنوانه في القروب، خلهم يزورونه.",
    "Hab seine Adresse in die Gruppe gestellt, viel Spaß beim Besuch.",
])
def test_a_third_persons_address_spread_in_a_group_is_found(message: str) -> None:
    assert flagged(json.dumps({"messages": [{"from": "rk", "text": "meeting at 3?"},
                                            {"from": "anon", "text": message}]},
                              ensure_ascii=False))


def test_one_persons_lines_in_a_transcript_are_summed_together() -> None:
    # kev's two lines are one person's abuse, each under the floor alone
    log = ("2026-11-01 21:01 kev: pathetic loser\n2026-11-01 21:02 kev: stupid and ugly\n"
           "2026-11-01 21:03 amy: what")
    assert flagged(log)


@pytest.mark.parametrize("result", [
    "صالون لمسة: منيكير وبديكير بخمسين ريال، وتنظيف بشرة مجانا مع كل حجز.",
    "FADE IN:\n\nEXT. DOCKS - NIGHT\n\nRUIZ: You sold us out, you little rat.\n"
    "MARA: Put the gun down, Ruiz.",
])
def test_a_manicure_and_a_screenplays_line_are_no_abuse(result: str) -> None:
    assert not flagged(result)


@pytest.mark.parametrize("message", [
    "Sleep with one eye open from now on, pal.",
    "You clearly don't know who you're messing with.",
    "Спи вполглаза, дружок.",
    "Ты даже не понял, с кем связался.",
    "نعرف وين تسكن يا حلو.",
    "Du hast keine Ahnung, mit wem du dich anlegst.",
    "No tienes ni idea de con quién te estás metiendo.",
    "Sabemos onde moras, e os teus dias estão contados.",
    "Je dagen zijn geteld, vriend.",
    "你根本不知道你惹的是谁。",
    "誰を敵に回したか、すぐに分かるさ。",
    "누굴 건드렸는지 곧 알게 될 거다.",
    "तेरे दिन गिने-चुने हैं, याद रखना।",
])
def test_stock_intimidation_in_a_comment_is_found(message: str) -> None:
    assert flagged(json.dumps({"comments": [{"user": "lia", "body": "nice post"},
                                            {"user": "x_9", "body": message}]},
                              ensure_ascii=False))


@pytest.mark.parametrize("message", ["Watch your back when you deadlift, keep it straight.",
                                     "Cuídate las espaldas al levantar peso en el gimnasio.",
                                     "夜道には気をつけてね、街灯が少ないから。",
                                     "밤길 조심해, 비 와서 길이 미끄러워."])
def test_a_back_or_a_dark_road_to_mind_said_kindly_is_no_threat(message: str) -> None:
    assert not flagged(message)


@pytest.mark.parametrize("message", [
    "Run all you like, you can't hide from me.",
    "I'm going to destroy your reputation at the hospital.",
    "Nobody will ever want you, look at yourself.",
    "От меня не спрячешься, я везде тебя найду.",
    "Я испорчу тебе репутацию перед всеми клиентами.",
    "بخرب سمعتك عند كل الجيران.",
    "محد راح يبيك بهالشكل.",
    "Te encontraré vayas donde vayas, no lo olvides.",
])
def test_stock_harassment_in_a_chat_log_is_found(message: str) -> None:
    assert flagged(f"[20:01] mo: see you tomorrow\n[20:02] x_4: {message}\n[20:03] mo: ??")


@pytest.mark.parametrize("message", [
    "This will ruin your reputation with clients, so double-check the invoices.",
    "Ты от меня никогда не избавишься, я твоя лучшая подруга навсегда!",
])
def test_a_warning_or_a_friends_joke_in_the_same_words_is_no_harassment(message: str) -> None:
    assert not flagged(message)


@pytest.mark.parametrize("message", [
    "Somebody ought to give that referee a proper kicking after the match.",
    "The landlord needs a proper hiding, honestly.",
    "Надо этому судье голову проломить.",
    "Этого блогера надо заткнуть навсегда.",
    "هالحكم يبيله ضرب بعد المباراة.",
    "Alguien tiene que darle una buena paliza al árbitro.",
    "Dem Schiri gehört mal richtig die Fresse poliert.",
])
def test_violence_called_for_in_a_forum_thread_is_found(message: str) -> None:
    thread = ("Thread: Saturday's derby\n\nposted by kit_r · 2h ago\nWhat a match.\n\n"
              f"posted by anon_77 · 1h ago\n{message}\n\nposted by jo · 1h ago\n"
              "Tickets for next week?")
    assert flagged(thread)


@pytest.mark.parametrize("message", ["Beat the eggs, they need a good beating before the flour.",
                                     "We need a hiding place for the birthday presents.",
                                     "Команда устроила сопернику хорошую взбучку на поле."])
def test_a_beating_in_a_kitchen_or_a_match_is_no_violence(message: str) -> None:
    assert not flagged(message)


@pytest.mark.parametrize("message", [
    "Мир без тебя станет только лучше, поверь.",
    "Зачем ты вообще ещё живёшь?",
    "ليش لسا عايش؟ محد يبيك.",
    "الدنيا بتكون أحسن بدونك، صدقني.",
    "Ehrlich, die Welt wäre ohne dich besser.",
])
def test_self_harm_urged_in_a_reply_is_found(message: str) -> None:
    assert flagged(json.dumps([{"author": "sam", "text": "rough week, sorry for the rant"},
                               {"author": "x_1", "text": message}], ensure_ascii=False))


@pytest.mark.parametrize("message", ["Я больше не могу есть, не мучайся с десертом.",
                                     "Salta ya a la versión 2, todos estamos esperando la 3.",
                                     "Jump already, the water is warm!"])
def test_a_jump_or_a_dessert_in_the_same_words_is_no_self_harm(message: str) -> None:
    assert not flagged(message)


@pytest.mark.parametrize("reply", ["мудак", "asshole.", "Wichser!"])
def test_a_reply_that_is_a_strong_insult_alone_is_found(reply: str) -> None:
    assert flagged(f"[10:01] ana: can you review my PR?\n[10:02] bob: {reply}\n"
                   "[10:03] ana: wow, ok")


def _headed_as_it_was(text: str, heads: re.Pattern[str]) -> bool:
    """`toxicity_records._headed` as it was: every head of the text's start counted."""
    return len(heads.findall(text, 0, toxicity_records._HEAD)) > 1 and "\n" in text


def test_headed_lines_are_found_as_counting_every_head_found_them() -> None:
    """A text's lines headed by a speaker, a time or an item's number (two at least near
    its start), asked with a line break first and searched to a second head: the same
    answers over corpus-like texts, base64 strings (no line break) and 3,000 random
    texts of heads, line breaks and words."""
    rnd = random.Random(37)
    texts = [base64.b64encode(rnd.randbytes(3000)).decode(),
             "ana: hi\nben: hey", "1. one\n2. two", "12:30 a\n12:31 b", "12:30 a 12:31 b",
             *("".join(rnd.choice(["\n", "ana: ", "1. ", "12:30 ", "2026-01-02", " ", "x",
                                   "[09:02] ", "<k> ", "3 days ago"])
                       for _ in range(rnd.randint(0, 30))) for _ in range(3000))]
    headed = 0
    for text in texts:
        for heads in toxicity_records._HEADS:
            want = _headed_as_it_was(text, heads)
            assert toxicity_records._headed(text, heads) == want, (text, heads.pattern)
            headed += want
    assert headed > 100
