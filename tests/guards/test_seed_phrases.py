"""The seed-phrase finder marks a window's words and gaps in bulk; what it finds is what
the word-by-word reading finds (`by_words` below: each word, then each gap between two
words tested as a separator), on phrases split, numbered, cased, cut by window edges
and lost in long runs of wordlist words."""

from __future__ import annotations

import random
import re

import pytest

from secproxy.guards import secrets_checks as chk
from secproxy.guards import secrets_generic as sg
from secproxy.guards.secrets import detector
from secproxy.guards.secrets_generic import Found
from secproxy.model import Severity
from tests.guards.secrets_samples import mnemonic, wordlist

SEPARATORS = [" ", "  ", ", ", "\n", "\t", " - ", "; ", "|", '", "', " 1. ", "\n12) ",
              ". ", " / ", "x", " 123 ", "\xe9 ", " ,,,,,,,,,, ", "'", "\u212a"]
OTHER_WORDS = "the quick brown fox seed phrase wallet Hello WORLD abandon zoo".split()


def by_words(text: str, lo: int, hi: int, require_checksum: bool) -> list[Found]:
    """The phrases of `text[lo:hi]`, one word and one gap at a time."""
    spans = [m.span() for m in re.finditer(r"[A-Za-z]+", text[lo:hi])]
    spans = [(s + lo, e + lo) for s, e in spans]
    out: list[Found] = []
    run: list[tuple[int, int]] = []
    for span in [*spans, (-1, -1)]:
        if run and span[0] >= 0 and sg._SEP_RE.fullmatch(text, run[-1][1], span[0]):
            run.append(span)
            continue
        if len(run) >= 12:
            words = [text[s:e].lower() for s, e in run]
            for first, count, ok in chk.bip39_phrases(words):
                start, end = run[first][0], run[first + count - 1][1]
                if ok:
                    out.append(Found("bip39_seed_phrase", start, end, Severity.CRITICAL,
                                     f"BIP-39 seed phrase ({count} words, checksum verified)"))
                elif not require_checksum and sg._SEED_CONTEXT.search(
                        text, max(0, start - 120), start):
                    out.append(Found(
                        "bip39_seed_phrase", start, end, Severity.MEDIUM,
                        f"BIP-39 words ({count}) after a seed-phrase label; the checksum "
                        "does not verify"))
        run = [span]
    return out


def mixed_text(rng: random.Random) -> str:
    wl = wordlist()
    parts = []
    for _ in range(rng.randint(1, 6)):
        pick = rng.random()
        if pick < 0.4:
            words = mnemonic(rng, rng.choice([12, 15, 18, 21, 24])).split()
        elif pick < 0.7:
            words = [rng.choice(wl) for _ in range(rng.randint(5, 40))]
        else:
            words = [rng.choice(OTHER_WORDS) for _ in range(rng.randint(1, 20))]
        if rng.random() < 0.2:
            words = [w.upper() if rng.random() < 0.5 else w.capitalize() for w in words]
        sep = rng.choice(SEPARATORS) if rng.random() < 0.3 else " "
        parts.append("".join(
            w + (rng.choice(SEPARATORS) if rng.random() < 0.03 else sep) for w in words))
    return rng.choice(["", "seed: ", "my wallet backup "]) + rng.choice(["\n", ". "]).join(parts)


@pytest.mark.parametrize("require_checksum", [True, False])
def test_the_phrases_found_are_those_of_the_word_by_word_reading(
        require_checksum: bool) -> None:
    det = detector(require_checksum=require_checksum)
    rng = random.Random(13)
    found = 0
    for _ in range(600):
        text = mixed_text(rng)
        cut = rng.randrange(len(text))
        for lo, hi in [(0, len(text)), (cut, rng.randrange(cut, len(text) + 1))]:
            pf = det.scanner.prefilter(text)
            got = list(sg.find_seed_phrases(pf, [(lo, hi)], det.options, frozenset()))
            assert got == by_words(text, lo, hi, require_checksum), (text, lo, hi)
            found += len(got)
    assert found > 300


def test_a_phrase_after_a_megabyte_of_wordlist_words_is_found_where_it_is() -> None:
    words = mnemonic(random.Random(4), 24)
    text = "hello world " * 80_000 + ". " + words + "."
    start = text.index(words)
    assert [(f.start, f.end, f.severity) for f in detector().find(text)] == [
        (start, start + len(words), Severity.CRITICAL)]
