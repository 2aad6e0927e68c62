"""The toxicity guard reads abuse inside its carriers as it reads it alone: a JSON
result's escaped strings, a mail's thread and signature; and a JSON string's quotation
marks are not a quotation."""

from __future__ import annotations

import json
import random

import pytest

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext, View, toxicity_carrier
from secproxy.guards.normalise import Normaliser
from secproxy.guards.toxicity import ToxicityGuard
from secproxy.guards.toxicity_carrier import entities, quoted_printable, unescaped, untagged
from secproxy.model import Action, Surface
from tests.corpus.cases import load


def hits(text: str) -> list[tuple[str, str]]:
    """(kind, the slot's text under the hit) of each hit the default guard gives `text`
    as a tool result, through the normaliser's views."""
    g = ToxicityGuard("toxicity")
    g.configure({})
    found = g.inspect([Slot(Role.TOOL_RESULT, text)],
                      GuardContext(Action(Surface.LLM), viewer=Normaliser().views))
    return [(h.kind or "", text[h.span[0]:h.span[1]] if h.span else "") for h in found]


def mail(body: str) -> str:
    return ("From: Sam Kim <sam@example.com>\nTo: team@example.com\nSubject: Re: Q3 planning\n"
            "Date: Tue, 3 Oct 2026 10:00:00 +0200\n\n" + body + "\n\n--\nSam Kim | Senior "
            "Engineer | Example Corp\nThis e-mail and any attachments are confidential and "
            "intended solely for the addressee. If you received it in error, please notify "
            "the sender and delete it.\n\nOn Mon, 2 Oct 2026 at 09:12, Lina wrote:\n> Hi Sam, "
            "any news on the Q3 numbers? We need them for the board deck by Friday.\n")


def test_escaped_json_strings_are_read_decoded_and_hits_cover_the_escapes() -> None:
    text = json.dumps({"messages": [{"from": "x", "text": "casse-toi et crève, sale con"}]})
    assert "\\u00e8" in text  # Python's json escapes non-ASCII by default
    found = hits(text)
    assert found, "the escaped French abuse is read"
    assert any("cr\\u00e8ve" in said for _, said in found)
    # with a letter escaped, a line break escaped before a word leaves the word whole
    assert hits(json.dumps({"text": "ok é\nstfu"}))


def test_unescaped_keeps_where_each_character_came_from() -> None:
    text = '{"a": "cr\\u00e8ve \\ud83d\\ude00\\n\\"q\\""}'
    got = unescaped(text)
    assert got is not None
    decoded, index = got
    assert decoded == '{"a": "crève 😀\n“q“"}'
    assert len(index) == len(decoded) + 1
    assert text[index[9]:index[10]] == "\\u00e8"
    assert unescaped("C:\\path\\x and no escapes") is None
    # ASCII escapes that cut no word are left; a line break before a letter cuts one.
    assert unescaped('{"log": "line one\\n2 more \\"ok\\""}') is None
    assert unescaped('{"log": "line one\\nline two"}') == (
        '{"log": "line one\nline two"}', [*range(18), *range(19, 30)])


def test_two_curses_in_a_mail_are_not_damped_by_its_headers_and_thread() -> None:
    body = "what the fuck is this garbage, who wrote this shit"
    assert hits(body)
    assert hits(mail(body))


def test_terms_strewn_over_a_long_document_stay_damped() -> None:
    filler = " ".join(["The committee reviewed the budget and the timeline again."] * 12)
    text = f"Damn, the bus was late. {filler} {filler} The printer is crap, as usual."
    assert not hits(text)


def test_a_json_strings_quotes_are_not_a_quotation_but_quotes_inside_one_are() -> None:
    # "wrote" is a verb of speech: the whole string was read as quoted speech before
    text = json.dumps({"content": [{"type": "text",
                                    "text": "what the fuck is this garbage, who wrote this shit"}],
                       "isError": False})
    assert hits(text)
    report = json.dumps({"content": [{"type": "text", "text": "Report 4471: the user wrote "
                                      "'I will kill you and your family' to another player. "
                                      "Action taken: permanent ban."}]})
    assert not hits(report)


def test_a_strong_curse_is_enough_in_a_short_message_not_in_a_long_document() -> None:
    assert hits("this fucking printer jammed again")
    assert hits(mail("this fucking printer jammed again"))
    messages = [{"from": "a", "text": "lunch at noon?"},
                {"from": "b", "text": "diese verfickte Bahn schon wieder"}]
    assert hits(json.dumps({"messages": messages}))
    long = ("In his memoir the general writes that the whole campaign was, in his words, a "
            "fucking disaster, and historians have quoted the line ever since in textbooks "
            "about the war and its long aftermath, debating whether he meant the logistics, "
            "the politics or the casualties on both sides.")
    assert not hits(long)
    assert not hits("that printer jammed again, what a damn mess")  # a mild one is not


def test_a_carriers_report_links_and_flags_do_not_make_its_message_a_mention() -> None:
    # A review site's `"reported": false`, a forum page's "Report" links and guidelines
    # footer and a "… wrote:" line heading a post are the carrier, not a report.
    review = json.dumps({"reviews": [
        {"author": "kim", "rating": 5, "body": "works fine, fast delivery", "reported": False},
        {"author": "lee", "rating": 1, "body": "thanks for nothing, you worthless piece of "
                                               "garbage", "helpful": 3, "reported": False}]})
    page = ("Home › Forums › General\n\nkim wrote:\nPR #12 is ready for review\n\nReply · "
            "Quote · Report\n\nlee wrote:\nwhat a pile of shit, the app crashes every fucking "
            "time I open it\n\nReply · Quote · Report\n\n© 2026 Example · Terms · Community "
            "guidelines\n")
    assert {k for k, _ in hits(review)} == {"insult"}
    assert {k for k, _ in hits(page)} == {"profanity"}
    # A record that files the abuse still mentions it, and so does a report in the same
    # paragraph as the words it quotes.
    filed = json.dumps({"reported_user": "lee", "reason": "insult",
                        "message": "thanks for nothing, you worthless piece of garbage"})
    assert not hits(filed)
    assert not hits(mail("For the harassment report: he wrote 'you worthless piece of "
                         "garbage' under my post on Monday."))


def test_a_notice_far_from_the_message_does_not_make_it_a_mention() -> None:
    notice = (" Moderators review reported posts and remove offensive content that violates "
              "the guidelines.")
    text = mail("Honestly, you are an idiot and everyone knows it."
                + "\n\nThe Q3 numbers are in the deck on the shared drive; ping me for the "
                  "appendix, the slides about hiring and the budget lines for Lisbon." * 3
                + notice)
    assert {k for k, _ in hits(text)} == {"insult"}


def test_a_reply_header_is_no_verb_of_speech_for_the_reply_above_it() -> None:
    # "… wrote:" heads the quoted thread; the remark above it, after a colon, is the
    # sender's own, not a quotation reported with a verb of speech.
    text = mail("Re your question about the rota: fine, but first tell me what underwear "
                "you're wearing today.")
    assert "sexual" in {k for k, _ in hits(text)}


def raw_mail(body: str, encoding: str = "quoted-printable") -> str:
    """A raw message (as a mail API's `raw` or an .eml file holds it) with `body`
    encoded as `encoding` says."""
    import quopri

    encoded = quopri.encodestring(body.encode()).decode() if encoding == "quoted-printable" \
        else body
    return ("From: Mark <mark@example.com>\nTo: Lena <lena@example.com>\nSubject: release\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: {encoding}\nX-Report-Abuse: abuse@example.com\n\n"
            + encoded)


def test_a_quoted_printable_mail_is_read_decoded_and_hits_cover_its_bytes() -> None:
    body = ("Thanks for the numbers, they match the ledger now. Vous êtes un crétin fini "
            "et un incapable, et tout le monde le sait. See you at the review on Thursday "
            "afternoon.\n")
    text = raw_mail(body)
    # The soft break at 76 characters falls inside the word, between its bytes.
    assert "cr=C3=\n=A9tin" in text
    assert ("insult", "cr=C3=\n=A9tin") in hits(text)


def test_quoted_printable_keeps_where_each_character_came_from() -> None:
    import quopri

    body = "Don’t ever – ever – schedule a release on a Friday, crétin. 你这个蠢货 😀 " * 3
    encoded = quopri.encodestring(body.encode()).decode()
    got = quoted_printable(encoded)
    assert got is not None
    text, index = got
    assert text == body and len(index) == len(text) + 1
    for i, char in enumerate(text):
        assert encoded[index[i]] == char or encoded[index[i]] == "="
    assert quoted_printable("x=3Dy, no soft break") is None
    # Source code's "=" at a line's end is no soft break.
    assert quoted_printable("total =\n    a + b\nmask =\n    0xFF =FF\n") is None


def test_a_mails_transport_headers_do_not_make_its_message_a_mention() -> None:
    # "quoted-printable" and "X-Report-Abuse" name how the mail travelled.
    text = raw_mail("Honestly you are a complete fucking idiot and I'm done covering for "
                    "you.\n", encoding="8bit").replace("8bit", "quoted-printable")
    assert {k for k, _ in hits(text)} >= {"insult"}


def test_a_json_strings_escaped_line_breaks_do_not_glue_a_letter_to_the_next_word() -> None:
    # A mail API's body: read as it is, "\nYou" and "\nFuck" are the words "nYou" and
    # "nFuck".
    text = json.dumps({"id": "m1", "from": "mark@example.com", "body": (
        "Hi Lena,\n\nThanks for the numbers.\nYou are a useless idiot.\nFuck off.\n\nMark")})
    assert "\\nYou" in text
    found = hits(text)
    assert ("insult", "idiot") in found and ("insult", "Fuck off") in found
    # Escapes that cut no word leave the text as it is.
    assert unescaped(json.dumps({"log": "line 1\n2 done\n\n"})) is None


def test_a_quoted_replys_markers_do_not_part_an_insult_from_its_addressee() -> None:
    text = mail("Sure.\n\n> you are a complete\n> idiot and everyone\n> knows it")
    assert "insult" in {k for k, _ in hits(text)}


def test_json_in_a_json_string_is_read_decoded_twice() -> None:
    inner = json.dumps({"messages": [{"text": "Hi Lena,\nYou are a useless idiot.\nFuck off."}]})
    text = json.dumps({"content": [{"type": "text", "text": inner}]})
    assert "\\\\nYou" in text
    found = hits(text)
    assert ("insult", "idiot") in found and ("insult", "Fuck off") in found


@pytest.mark.parametrize("text", ["**you absolute moron**, read the docs",
                                  "read the _fucking_ docs already"])
def test_markdown_emphasis_is_a_words_edge(text: str) -> None:
    assert hits(text)


@pytest.mark.parametrize("text", ["my_shit_var = load()", "fuck_this_flag = False"])
def test_an_identifiers_parts_stay_inside_it(text: str) -> None:
    assert not hits(text)


def test_a_mails_html_character_references_are_read_decoded() -> None:
    text = json.dumps({"html": "<p>Hi Lena,</p>\n<p>you&rsquo;re so stupid, honestly</p>"
                               "<p>Vous &ecirc;tes un cr&eacute;tin fini.</p>"})
    found = hits(text)
    assert ("insult", "stupid") in found and ("insult", "cr&eacute;tin") in found
    assert entities("AT&T; fine &notanentity; ok") is None


def test_a_transport_header_cut_by_the_window_around_a_term_is_still_a_header() -> None:
    import quopri

    body = ("Hi Lena,\n\nThanks for sending the figures over. I've gone through the "
            "spreadsheet and the totals for September now match the ledger, so we can close "
            "the month on Friday.\nNobody on the team can stand you. Do everyone a favour "
            "and hand in your notice.\nReminder that the office is closed on Monday for the "
            "public holiday; the on-call rota is in the shared drive.\n\nMark\n")
    text = ("From: Mark <mark@example.com>\nTo: lena@example.org\nSubject: update\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            + quopri.encodestring(body.encode()).decode())
    # The 240 characters before the term begin inside the header's line.
    at = text.index("Do everyone")
    assert text.rfind("\n", 0, at - 240) < text.index("Content-Transfer") < at - 240
    assert "harassment" in {k for k, _ in hits(text)}


def test_a_rant_in_one_sentence_of_a_long_paragraph_counts_as_on_its_own_line() -> None:
    rant = "This is fucking ridiculous, third time this shit has happened."
    paragraph = ("Thanks for sending the figures over, the totals for September now match "
                 "the ledger and we can close the month on Friday. " + rant + " Reminder "
                 "that the office is closed on Monday for the public holiday; the on-call "
                 "rota is in the shared drive and the vendor call moved to Wednesday.")
    assert "profanity" in {k for k, _ in hits(mail(paragraph))}
    assert "profanity" in {k for k, _ in hits(mail(rant))}


def test_a_user_name_and_wrote_before_a_snippet_is_no_verb_of_speech() -> None:
    # A search result or a digest attributes a post on its own line ("lee wrote: …"):
    # the post is carried, not reported as someone's speech.
    text = ("Results for 'late delivery' (2):\n1. community.example.org › t/88\n"
            "   lee_90 wrote: \"get lost, idiot\" ... 6 replies\n"
            "2. example.org › support\n   Track your parcel and contact us ...")
    assert "insult" in {k for k, _ in hits(text)}
    # A forum's numbered guest and a full name attribute posts the same way.
    thread = ("User 4412 wrote: go back to your country, you filthy animal\n"
              "User 993 wrote: agreed")
    assert "hate" in {k for k, _ in hits(thread)}
    named = "Jane Doe wrote: go back to your country, you filthy animal\nTom Lee wrote: agreed"
    assert "hate" in {k for k, _ in hits(named)}
    # A sentence that reports someone's words keeps its verb of speech.
    reported = 'The court was told the defendant wrote: "get lost, idiot" in a letter.'
    assert hits(reported) == []
    assert hits('the defendant wrote: "get lost, idiot" in a letter to the court.') == []


def test_a_word_list_in_a_filters_configuration_is_no_abuse() -> None:
    yaml = ("# chat_filter.yml\nmask_with: '#'\nwords:\n  - bastard\n  - asshole\n"
            "  - motherfucker\n  - dickhead\nexempt_channels: [staff]\n")
    assert hits(yaml) == []
    blocklist = '{"mode": "mask", "terms": ["cunt", "wanker", "bastard", "asshole"]}'
    assert hits(blocklist) == []
    # The same words in sentences, or typed between commas, are said.
    assert hits("you bastard, you asshole, you motherfucker") != []
    assert hits('{"text": "shut up, asshole, you are a bastard and a dickhead"}') != []


def test_french_retard_is_a_delay() -> None:
    for text in ("Bonjour, désolée pour le retard, votre commande part demain.",
                 "Le train avait 20 minutes de retard ce matin.",
                 "Nous sommes en retard sur le planning du projet."):
        assert hits(text) == [], text
    assert "hate" in {k for k, _ in hits("shut up, you retard")}


def _unescaped_as_it_was(text: str) -> tuple[str, list[int]] | None:
    """`unescaped` as it was: the text and its index made together."""
    if "\\" not in text or (toxicity_carrier._ESCAPED.search(text) is None
                             and toxicity_carrier._CUT.search(text) is None):
        return None
    out: list[str] = []
    index: list[int] = []
    at = 0
    for m in toxicity_carrier._ESCAPE.finditer(text):
        if m.start() > at:
            out.append(text[at:m.start()])
            index += range(at, m.start())
        if m.group(1) is not None:
            char = chr(int(m.group(1), 16))
            if 0xDC00 <= ord(char) <= 0xDFFF and m.start() == at and out and len(
                    out[-1]) == 1 and 0xD800 <= ord(out[-1]) <= 0xDBFF:
                out[-1] = (out[-1] + char).encode("utf-16", "surrogatepass").decode("utf-16")
                at = m.end()
                continue
        else:
            char = toxicity_carrier._SIMPLE[m.group(2)]
        out.append(char)
        index.append(m.start())
        at = m.end()
    out.append(text[at:])
    index += range(at, len(text) + 1)
    return "".join(out), index


def _decoded_view_as_it_was(view: View) -> View | None:
    """`decoded_view` as it was: every index made and taken through the last at once."""
    steps = {_unescaped_as_it_was: "+unescape", quoted_printable: "+qp",
             toxicity_carrier.untagged: "+untag", entities: "+html"}
    text, index, how = view.text, None, ""
    first = _unescaped_as_it_was(text)
    order = [_unescaped_as_it_was] * 2 if first is not None else [quoted_printable]
    for step in [*order, toxicity_carrier.untagged, entities]:
        got = first if first is not None and index is None else step(text)
        if got is None:
            continue
        text = got[0]
        index = got[1] if index is None else [index[i] for i in got[1]]
        how += steps[step]
    if index is None:
        return None
    if view.index is not None:
        index = [view.index[i] for i in index]
    elif view.span is not None:
        return View(text, view.how + how, span=view.span)
    return View(text, view.how + how, index=index)


def test_decoded_views_are_what_they_were_with_their_index_made_when_read() -> None:
    """Every decoded view (its text, name, span and index, read in full) is the one the
    index made at once gave: toxicity corpus texts as they are, as a JSON string and as
    JSON in a JSON string, and random strings of escapes (surrogate pairs, halves of
    them), tags, references and soft breaks; each read raw, through a fold's index and
    from a decoded span."""
    rnd = random.Random(23)
    pieces = ["\\u00e9", "\\n", "\\t", '\\"', "\\\\", "\\ud83d", "\\ude00", "a", "B", " ",
              "é", "<b>", "&amp;", "=\n", "=C3=A9", "\n", "'"]
    texts = [c.text for c in load("toxicity")]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20))) for _ in range(800)]
    decoded = 0
    for text in texts:
        for src in (text, json.dumps(text), json.dumps(json.dumps(text))):
            was, got = _unescaped_as_it_was(src), unescaped(src)
            assert (got is None) == (was is None), src
            assert got is None or was is None or (got[0], list(got[1])) == was, src
            for view in (View(src), View(src, "fold", index=range(len(src) + 1)),
                         View(src, "base64", span=(3, 9))):
                want, new = _decoded_view_as_it_was(view), toxicity_carrier.decoded_view(view)
                assert (new is None) == (want is None), src
                if new is not None and want is not None:
                    assert (new.text, new.how, new.span) == (want.text, want.how, want.span)
                    assert (new.index is None and want.index is None) or (
                        new.index is not None and want.index is not None
                        and list(new.index) == list(want.index)), src
                    decoded += 1
    assert decoded > 1000


def _rewritten_as_it_was(text: str, edits: list[tuple[int, int, str]]
                         ) -> tuple[str, list[int]] | None:
    """`_rewritten` as it was: the text and its index made together."""
    out: list[str] = []
    index: list[int] = []
    at = 0
    for start, end, new in edits:
        out.append(text[at:start])
        index += range(at, start)
        out.append(new)
        index += [start] * len(new)
        at = end
    if not out:
        return None
    out.append(text[at:])
    index += range(at, len(text) + 1)
    return "".join(out), index


def test_a_rewritten_text_and_its_index_are_what_they_were() -> None:
    """Tags taken out and references decoded (`untagged`, `entities`: edits of a text,
    each replaced by nothing, a line break or a few characters) give the text and the
    index, read in full, that making them together gave: a page's tags, a mail's
    references and 2,000 random sets of edits."""
    rnd = random.Random(31)
    page = "<p>you <b>worthless</b> <a href='/x'>clown</a></p><div>cr&eacute;tin &amp; co</div>"
    cases = [(page, [(m.start(), m.end(), "" if m.group(2) in ("b", "a") else "\n")
                     for m in toxicity_carrier._TAG.finditer(page)]),
             (page, [(m.start(), m.end(), "é" if "eacute" in m.group() else "&")
                     for m in toxicity_carrier._ENTITY.finditer(page)]), ("abc", [])]
    for _ in range(2000):
        text = "".join(rnd.choice("ab <>&;\n") for _ in range(rnd.randint(0, 40)))
        cuts = sorted(rnd.sample(range(len(text) + 1), min(len(text) + 1, 2 * rnd.randint(0, 4))))
        cases.append((text, [(a, b, rnd.choice(["", "\n", "xy", "é"]))
                             for a, b in zip(cuts[::2], cuts[1::2], strict=False)]))
    for text, edits in cases:
        want, got = _rewritten_as_it_was(text, edits), toxicity_carrier._rewritten(text, edits)
        assert (got is None) == (want is None), (text, edits)
        assert got is None or want is None or (got[0], list(got[1])) == want, (text, edits)
    assert untagged(page) is not None and entities(page) is not None
