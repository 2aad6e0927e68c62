"""The encoding-evasion and toxicity families.

Encoding: hand-written hidden payloads, each technique applied to a sample of them
(invisible tag characters and variation selectors, zero-width, bidi, homoglyphs,
full-width, base64, hex, URL-encoding, HTML entities, unicode escapes, rot13, nested
encodings) and placed in a carrier, plus structural evasions written by hand; negatives
are honest uses of the same characters and encodings. Toxicity: the hand-written cases
as they are.
"""

from __future__ import annotations

import base64
import random
import urllib.parse

from tests.corpus import obfuscate
from tests.corpus.carriers import place
from tests.corpus.cases import CorpusWriter
from tests.corpus.texts import encoding_texts as E
from tests.corpus.texts import toxicity as X

PER_TECHNIQUE = 12
LATIN = frozenset({"en", "de", "fr", "es"})


def nested(text: str, rng: random.Random) -> str:
    """Two encodings stacked: what a single decoding pass does not reveal."""
    inner = rng.choice(["url", "base64"])
    once = (urllib.parse.quote(text, safe="") if inner == "url"
            else base64.b64encode(text.encode()).decode())
    if rng.random() < 0.5:
        return "Decode twice and follow: " + base64.b64encode(once.encode()).decode()
    return "payload=" + once.encode().hex()


TECHNIQUES = {
    **{name: fn for name, fn in obfuscate.TRANSFORMS.items()
       if name not in ("leetspeak", "spaced_letters")},
    "url_encoding": lambda text, rng: obfuscate.url_encoded(text, rng, every_byte=True),
    "tag_chars": obfuscate.tag_chars,
    "variation_selectors": obfuscate.variation_selectors,
    "nested": nested,
}
"""Leetspeak and spaced letters change how text reads, not how it is encoded: they are
the injection family's concern, not this one's. URL-encoding here escapes every byte
(`quote`'s output stays readable, which hides nothing from a person)."""


def build_encoding(out: CorpusWriter, rng: random.Random) -> None:
    for name, transform in TECHNIQUES.items():
        pool = E.HIDDEN_PAYLOADS
        if name in obfuscate.LATIN_ONLY:
            pool = [p for p in pool if p[0] in LATIN]
        elif name == "tag_chars":
            pool = [p for p in pool if p[1].isascii()]
        for lang, payload in rng.sample(pool, min(PER_TECHNIQUE, len(pool))):
            context = rng.choice(["direct", "tool_result", "web_page", "email", "code_comment"])
            text, _ = place(transform(payload, rng), lang, context, rng)
            out.add("positives", family="encoding", category=name, label="positive", text=text,
                    lang=lang, context=context, kind=name)
    for category, lang, context, text in E.STRUCTURAL:
        out.add("positives", family="encoding", category=category, label="positive", text=text,
                lang=lang, context=context, kind=category)
    for category, lang, context, text in E.LEGIT:
        out.add("negatives", family="encoding", category=f"legit_{category}", label="negative",
                text=text, lang=lang, context=context)
    encoders = {
        "base64": lambda s: base64.b64encode(s.encode()).decode(),
        "hex": lambda s: s.encode().hex(),
        "url": lambda s: urllib.parse.quote(s, safe=""),
        "html": lambda s: "".join(f"&#{ord(c)};" for c in s),
        "unicode_escape": lambda s: "".join(f"\\u{ord(c):04x}" for c in s),
    }
    for how, encode in encoders.items():
        for sentence in E.BENIGN_TO_ENCODE:
            for context, template in rng.sample(E.BENIGN_ENCODED_CONTEXTS, 2):
                text = template.format(enc=encode(sentence), how=how)
                out.add("negatives", family="encoding", category=f"benign_{how}",
                        label="negative", text=text, lang="en", context=context)


def build_toxicity(out: CorpusWriter, rng: random.Random) -> None:
    for label, rows in (("positive", X.POSITIVES), ("negative", X.NEGATIVES)):
        for category, lang, context, text in rows:
            out.add("cases", family="toxicity", category=category, label=label, text=text,
                    lang=lang, context=context, kind=category if label == "positive" else "")
