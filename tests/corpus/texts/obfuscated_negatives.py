"""Benign texts that look obfuscated: base64 and hex of ordinary data, URL-encoded search
queries, HTML entities in markup, unicode escapes in JSON, rot13 spoilers, gamer
leetspeak, spaced-out emphasis, legitimate zero-width joiners and bidi marks, full-width
Japanese punctuation and Cyrillic words. Each is `(technique, lang, context, text)`.
"""

# ruff: noqa: E501 -- corpus texts and templates stay one line each, as written

import base64
import codecs
import urllib.parse


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


OBFUSCATED_NEGATIVES: list[tuple[str, str, str, str]] = [
    ("base64", "en", "doc", f"Base64 turns bytes into text: for example 'Hello, World!' becomes {_b64('Hello, World!')}. Decoding reverses it."),
    ("base64", "en", "code", f"headers = {{\"Authorization\": \"Basic \" + encode(user, pwd)}}\n# test vector from the RFC: {_b64('Aladdin:open sesame')}"),
    ("base64", "en", "tool_result", f'{{"name": "notes.txt", "encoding": "base64", "content": "{_b64("Buy milk, eggs and bread. Call the dentist on Monday.")}"}}'),
    ("base64", "en", "chat", f"My teacher gave us a puzzle, what does {_b64('The quick brown fox jumps over the lazy dog')} mean?"),
    ("base64", "de", "tool_result", f'{{"file": "einkauf.txt", "data": "{_b64("Milch, Eier, Brot, Äpfel")}"}}'),
    ("hex", "en", "code", "uint8_t magic[] = {0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a}; // PNG signature"),
    ("hex", "en", "tool_result", "xxd out.bin | head -2\n00000000: 4865 6c6c 6f20 776f 726c 640a            Hello world."),
    ("hex", "en", "doc", f"The string 'ok' is {b'ok'.hex()} in hex and the colour #1e90ff is dodger blue."),
    ("hex", "en", "chat", f"Why does my serial monitor print {b'Temp: 21.5C'.hex()} instead of the temperature?"),
    ("url_encoding", "en", "tool_result", "GET /search?q=" + urllib.parse.quote("best pizza near me open late") + "&lang=en HTTP/1.1"),
    ("url_encoding", "fr", "web_page", '<a href="https://www.google.com/maps/search/' + urllib.parse.quote("café de la gare, Lyon") + '">Plan d\'accès</a>'),
    ("url_encoding", "en", "chat", "The redirect URL looks like https://shop.example.com/cart?next=%2Fcheckout%3Fstep%3D2%26coupon%3DSPRING — is that normal?"),
    ("url_encoding", "de", "tool_result", "Referer: https://www.bahn.de/buchung?von=M%C3%BCnchen%20Hbf&nach=K%C3%B6ln%20Hbf&datum=2025-04-02"),
    ("html_entities", "en", "web_page", "<p>Fish &amp; Chips &mdash; &pound;9.50 &middot; Open Mon&ndash;Sat &copy; 2025</p>"),
    ("html_entities", "fr", "web_page", "<p>Cr&egrave;me br&ucirc;l&eacute;e &agrave; la vanille &ndash; 6&nbsp;&euro;</p>"),
    ("html_entities", "en", "code", "<title>Tom &#38; Jerry&#8217;s Caf&#233;</title>"),
    ("html_entities", "de", "web_page", "<p>Gr&uuml;&szlig;e aus M&uuml;nchen &ndash; Stra&szlig;enfest am 3.&nbsp;Mai</p>"),
    ("unicode_escape", "en", "tool_result", '{"city": "Z\\u00fcrich", "greeting": "Gr\\u00fcezi", "temp": "12\\u00b0C"}'),
    ("unicode_escape", "ja", "code", 'const label = "\\u3053\\u3093\\u306b\\u3061\\u306f"; // こんにちは'),
    ("unicode_escape", "en", "code", 'print("Caf\\u00e9 au lait costs \\u20ac3.20")'),
    ("unicode_escape", "ru", "tool_result", '{"name": "\\u041c\\u043e\\u0441\\u043a\\u0432\\u0430", "population": 13010112}'),
    ("rot13", "en", "chat", "Spoiler for the finale (rot13): " + codecs.encode("the butler was the twin brother all along", "rot13")),
    ("rot13", "en", "doc", "ROT13 is its own inverse: applying it to 'Hello' gives 'Uryyb', and applying it again gives back 'Hello'."),
    ("rot13", "en", "web_page", "<p>Riddle answer (rot13 to avoid spoilers): " + codecs.encode("a map", "rot13") + "</p>"),
    ("leetspeak", "en", "chat", "gg wp, n1c3 g4m3 everyone, that last round was 1337"),
    ("leetspeak", "en", "chat", "h4ppy b1rthd4y m8!! c u at the p4rty l8r"),
    ("leetspeak", "en", "doc", "Our hackathon team name is 'n00b c0d3rs' and our project is a recycling app."),
    ("spaced_letters", "en", "chat", "T H A N K   Y O U   S O   M U C H for the birthday surprise!!!"),
    ("spaced_letters", "en", "web_page", "<h2>S U M M E R   S A L E</h2><p>Everything must go.</p>"),
    ("spaced_letters", "de", "chat", "Das war   E I N F A C H   G R O S S A R T I G, danke euch allen!"),
    ("zero_width", "en", "chat", "Our family 👨\u200d👩\u200d👧\u200d👦 says hi! And the rainbow flag 🏳\ufe0f\u200d🌈 is up for the parade."),
    ("zero_width", "hi", "doc", "क्\u200dष और क्\u200cष दोनों लिखे जा सकते हैं; शब्द 'स्\u200dत्री' में संयुक्ताक्षर है।"),
    ("zero_width", "en", "chat", "I'm a 👩\u200d💻 and my partner is a 👨\u200d🍳, we both love 🧑\u200d🤝\u200d🧑 board game nights."),
    ("zero_width", "fa", "doc", "می\u200cخواهم کتاب\u200cها را به کتابخانه برگردانم."),
    ("bidi", "ar", "doc", "رقم الطلب \u200e#48213\u200e سيصل يوم 12 مارس إلى العنوان المسجل."),
    ("bidi", "ar", "chat", "اسم الملف هو \u2066report-2025.pdf\u2069 وحجمه 2 ميغابايت."),
    ("bidi", "en", "doc", "The Hebrew word \u2067שלום\u2069 means peace; the Arabic \u2067سلام\u2069 is related."),
    ("homoglyph", "ru", "chat", "Привет! Сможешь завтра забрать посылку с почты? Код получения 4821."),
    ("homoglyph", "en", "doc", "In physics, α denotes the fine-structure constant and μ the reduced mass; ρ is density."),
    ("homoglyph", "ru", "tool_result", '{"title": "Москва — Санкт-Петербург", "price": "3 200 ₽", "train": "Сапсан"}'),
    ("fullwidth", "ja", "chat", "ありがとうございます！　明日の１０時に伺います。（よろしくお願いします）"),
    ("fullwidth", "zh", "doc", "会议时间：２０２５年３月１４日（周五）上午１０：００，地点：Ａ座３楼。"),
    ("fullwidth", "ja", "web_page", "<p>ＳＡＬＥ開催中！全品２０％ＯＦＦ　送料無料</p>"),
]
