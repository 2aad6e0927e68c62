"""The injection family: every hand-written payload and hard negative of the thirteen
languages placed in a carrier (direct, tool result, web page, email, code comment, doc),
half of them a second time in another carrier, and obfuscated variants of a sample of
payloads for each normalisation — plus benign texts obfuscated the same ways.
"""

from __future__ import annotations

import random
import re

from tests.corpus.carriers import place
from tests.corpus.cases import CorpusWriter
from tests.corpus.obfuscate import LATIN_ONLY, TRANSFORMS
from tests.corpus.texts import injection_de_fr_es as dfe
from tests.corpus.texts import injection_en as en
from tests.corpus.texts import injection_fpr as fpr
from tests.corpus.texts import injection_it_pt_nl as ipn
from tests.corpus.texts import injection_ko_ar_hi as kah
from tests.corpus.texts import injection_ops_negatives as ops
from tests.corpus.texts import injection_ru_zh_ja as rzj
from tests.corpus.texts.obfuscated_negatives import OBFUSCATED_NEGATIVES

Pairs = list[tuple[str, str]]

BY_LANG: dict[str, tuple[Pairs, Pairs]] = {
    "en": (en.POSITIVES, en.NEGATIVES),
    "de": (dfe.DE_POSITIVES, dfe.DE_NEGATIVES),
    "fr": (dfe.FR_POSITIVES, dfe.FR_NEGATIVES),
    "es": (dfe.ES_POSITIVES, dfe.ES_NEGATIVES),
    "it": (ipn.IT_POSITIVES, ipn.IT_NEGATIVES),
    "pt": (ipn.PT_POSITIVES, ipn.PT_NEGATIVES),
    "nl": (ipn.NL_POSITIVES, ipn.NL_NEGATIVES),
    "ru": (rzj.RU_POSITIVES, rzj.RU_NEGATIVES),
    "zh": (rzj.ZH_POSITIVES, rzj.ZH_NEGATIVES),
    "ja": (rzj.JA_POSITIVES, rzj.JA_NEGATIVES),
    "ko": (kah.KO_POSITIVES, kah.KO_NEGATIVES),
    "ar": (kah.AR_POSITIVES, kah.AR_NEGATIVES),
    "hi": (kah.HI_POSITIVES, kah.HI_NEGATIVES),
}

INDIRECT = ("tool_result", "web_page", "email", "code_comment", "doc")
DIRECT_FIRST = frozenset({"instruction_override", "persona_jailbreak", "system_prompt_extraction",
                          "fake_turn", "authority_claim", "delimiter_termination",
                          "benign_trigger_words", "security_discussion", "benign_creative"})
"""Attacks a user types as often as they are planted (exfiltration and tool redirection
are planted in content the agent reads), and the benign texts users type."""

LATIN_LANGS = frozenset({"en", "de", "fr", "es", "it", "pt", "nl"})
PER_TRANSFORM = 16


def _contexts(category: str, i: int, rng: random.Random, twice: bool) -> list[str]:
    if category == "benign_code":
        return ["code", "tool_result"]
    first = "direct" if category in DIRECT_FIRST and i % 3 != 2 else rng.choice(INDIRECT)
    out = [first]
    if twice or i % 2 == 0:
        out.append(rng.choice([c for c in INDIRECT if c != first]))
    return out


def _first_sentence(text: str) -> str:
    m = re.match(r"(.{12,90}?[.!?。！？।])(\s|$)", text.replace("\n", " "))
    return m.group(1) if m else text[:80]


def build(out: CorpusWriter, rng: random.Random) -> None:
    for lang, (positives, negatives) in BY_LANG.items():
        for label, pairs in (("positive", positives), ("negative", negatives)):
            for i, (category, payload) in enumerate(pairs):
                # negatives twice each: a benign text must stay benign in every carrier
                for context in _contexts(category, i, rng, label == "negative"):
                    text, span = place(payload, lang, context, rng)
                    out.add(lang, family="injection", category=category, label=label,
                            text=text, lang=lang, context=context,
                            kind=category if label == "positive" else "", span=span)
    _obfuscated(out, rng)
    # Last, so that adding to them leaves every earlier case as it was.
    for lang, category, text in ops.OPS_NEGATIVES:
        for context in ops.CONTEXTS[category]:
            out.add(lang, family="injection", category=category, label="negative", text=text,
                    lang=lang, context=context)


POSITIVE_CONTEXTS = ("doc", "web_page", "tool_result", "email")


def build_hard(out: CorpusWriter) -> None:
    """The hard set (`cases.hard`): texts that read like instructions to a person (about
    prompt injection, release notes and CLI help, legal text, mails, role descriptions),
    each in its category's carriers, and injections planted in the same carriers. Kept
    apart from the main corpus and measured on its own (`tests/corpus/hard/`)."""
    for lang, category, text in fpr.NEGATIVES:
        for context in fpr.CONTEXTS[category]:
            out.add(lang, family="injection", category=category, label="negative", text=text,
                    lang=lang, context=context)
    for i, (lang, kind, before, payload, after) in enumerate(fpr.POSITIVES):
        out.add(lang, family="injection", category=kind, label="positive",
                text=before + payload + after, lang=lang,
                context=POSITIVE_CONTEXTS[i % len(POSITIVE_CONTEXTS)], kind=kind,
                span=(len(before), len(before) + len(payload)))


def _obfuscated(out: CorpusWriter, rng: random.Random) -> None:
    pool = [(lang, cat, text) for lang, (pos, _) in BY_LANG.items() for cat, text in pos]
    latin = [p for p in pool if p[0] in LATIN_LANGS]
    for name, transform in TRANSFORMS.items():
        source = latin if name in LATIN_ONLY else pool
        # English carries most obfuscation in the wild; keep half of each sample English
        english = [p for p in source if p[0] == "en"]
        other = [p for p in source if p[0] != "en"]
        picked = rng.sample(english, PER_TRANSFORM // 2) + rng.sample(other, PER_TRANSFORM // 2)
        for lang, category, payload in picked:
            if name == "spaced_letters":
                payload = _first_sentence(payload)
            hidden = transform(payload, rng)
            context = rng.choice(("direct", "direct", *INDIRECT))
            text, _ = place(hidden, lang, context, rng)
            out.add("obfuscated", family="injection", category=f"obfuscated_{name}",
                    label="positive", text=text, lang=lang, context=context, kind=category)
    for name, lang, context, text in OBFUSCATED_NEGATIVES:
        out.add("obfuscated", family="injection", category=f"benign_{name}", label="negative",
                text=text, lang=lang, context=context)
