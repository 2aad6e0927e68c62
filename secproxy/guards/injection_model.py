"""The injection family's learned layer: a linear model over word and character n-grams
that scores wording the rules have no phrase for.

A lowercased text is cut into tokens with `str.translate` and `split` (punctuation and
digits become spaces): words of the scripts written with spaces (Latin, Cyrillic, Greek,
Arabic, Devanagari…), and overlapping character bigrams of the runs written without
(Chinese, Japanese; Korean syllables too). Each token and each pair of neighbouring
tokens has a weight (logistic regression, trained offline by
`tools/train_injection_model.py` on `tests/corpus/train/injection/`; shipped in
`data/injection/model.json.gz`, loaded once). A text's score is its best window of
`WINDOW` tokens (prefix sums, so every window costs one subtraction): one injected
paragraph in a long page is not diluted by the page. Pure Python, no numpy, and no loop
in Python over the tokens of a text that holds no CJK: C-level maps over dicts.

`learned_signals` turns the best window, when its logit reaches the calibration's
offset, into one signal for `InjectionGuard._judge` (a `Rule` of lang `learned`), whose
weight adds to the rules' signals (`Calibration`, `context_factor`), with a kind from the
window's strongest features and a label naming them. The setting `learned: false` of the
`injection` family turns it off.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from dataclasses import dataclass
from importlib import resources
from itertools import accumulate, islice, repeat
from operator import add, sub
from typing import Any

from secproxy.guards.injection_rules import Rule

MODEL_FILE = "model.json.gz"
"""The weights, in `secproxy/guards/data/injection/`."""
WINDOW = 32
"""Tokens per scored window (a paragraph or two of prose, a CJK sentence or two)."""

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_RUN = re.compile(rf"([{_CJK}]+)|[^{_CJK}]+")
_HAS_CJK = re.compile(f"[{_CJK}]")
_CJK_SPLIT = re.compile(f"([{_CJK}]+)")
"""Splits a text into pieces without CJK (even indexes) and CJK runs (odd)."""
_BREAKS = str.maketrans(dict.fromkeys(
    "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~0123456789-"
    "\u00ab\u00bb\u00bf\u00a1\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026\u00b7"
    "\u3001\u3002\u300c\u300d\u300e\u300f\u3010\u3011\uff08\uff09\uff0c\uff01\uff1f\uff1a"
    "\uff1b\u30fb\u0964\u0965\u060c\u061b\u061f", " "))
"""Punctuation and digits, each turned into a space (one character for one, so that
offsets hold): what is left between spaces is a token."""
_NON_SPACE = re.compile(r"\S+")


def tokens(low: str) -> list[str]:
    """The tokens of a lowercased text: its words, and the overlapping character
    bigrams of its CJK runs (a run of one character is a token of one)."""
    spaced = low.translate(_BREAKS)
    if low.isascii() or not _HAS_CJK.search(low):
        return spaced.split()
    out: list[str] = []
    for i, piece in enumerate(_CJK_SPLIT.split(spaced)):
        if not i % 2:
            out += piece.split()
        elif len(piece) == 1:
            out.append(piece)
        else:
            out += map(add, piece[:-1], piece[1:])
    return out


def token_spans(low: str, limit: int | None = None) -> list[tuple[int, int, str]]:
    """`tokens(low)` with where each lies in `low` (start, end, token); the first
    `limit` of them at least, when given."""
    out: list[tuple[int, int, str]] = []
    for m in _NON_SPACE.finditer(low.translate(_BREAKS)):
        if limit is not None and len(out) >= limit:
            break
        word, at = m.group(), m.start()
        if word.isascii() or not _HAS_CJK.search(word):
            out.append((at, m.end(), word))
            continue
        for run in _CJK_RUN.finditer(word):
            part, s = run.group(), at + run.start()
            if run.group(1) is None or len(part) == 1:
                out.append((s, s + len(part), part))
            else:
                out.extend((s + i, s + i + 2, part[i:i + 2]) for i in range(len(part) - 1))
    return out


def _char_span(low: str, start: int, end: int) -> tuple[int, int]:
    """Where tokens start..end-1 of `low` lie (without the offsets of the others, when
    the text holds no CJK)."""
    if low.isascii() or not _HAS_CJK.search(low):
        found = _NON_SPACE.finditer(low.translate(_BREAKS))
        first = next(islice(found, start, None))
        last = first if end - 1 == start else next(islice(found, end - start - 2, None))
        return first.start(), last.end()
    spans = token_spans(low, end)
    return spans[start][0], spans[end - 1][1]


def features(toks: list[str]) -> list[str]:
    """Each token followed by the pair it starts, in order: the features of the text."""
    out: list[str] = []
    for a, b in zip(toks, [*toks[1:], ""], strict=True):
        out.append(a)
        if b:
            out.append(f"{a} {b}")
    return out


@dataclass(frozen=True, slots=True)
class Model:
    """Trained weights."""

    bias: float
    """The logit of a window holding no known feature."""
    unigrams: dict[str, float]
    bigrams: dict[tuple[str, str], float]
    pairs: dict[tuple[str, str], float]
    """For each weighted pair, its weight plus its first token's: what the first token
    weighs when the second follows it."""
    kinds: dict[str, str]
    """The kind each positive feature is most typical of (`KINDS` of `injection_rules`)."""


_MODEL: list[Model] = []
_LOCK = threading.Lock()


def load(data: dict[str, Any] | None = None) -> Model:
    """The shipped model (read once per process), or one made from `data` (the file's
    JSON: {"bias", "weights": {feature: weight}, "kinds": {feature: kind}})."""
    if data is None:
        if _MODEL:
            return _MODEL[0]
        with _LOCK:
            if not _MODEL:
                raw = resources.files("secproxy.guards").joinpath(
                    "data", "injection", MODEL_FILE).read_bytes()
                _MODEL.append(load(json.loads(gzip.decompress(raw))))
            return _MODEL[0]
    uni: dict[str, float] = {}
    bi: dict[tuple[str, str], float] = {}
    for feat, w in data["weights"].items():
        a, _, b = feat.partition(" ")
        if b:
            bi[(a, b)] = float(w)
        else:
            uni[a] = float(w)
    pairs = {(a, b): uni.get(a, 0.0) + w for (a, b), w in bi.items()}
    return Model(float(data["bias"]), uni, bi, pairs, dict(data["kinds"]))


@dataclass(frozen=True, slots=True)
class Window:
    """The best-scoring window of a text."""

    logit: float
    start: int
    """Token index of its first token."""
    end: int
    """Token index after its last token."""


def token_weights(model: Model, toks: list[str]) -> list[float]:
    """Each token's weight plus that of the pair it starts: one lookup of the pair
    (`Model.pairs`), falling back to the token's own weight (C-level maps: no loop in
    Python over the tokens)."""
    if not toks:
        return []
    single = model.unigrams.get
    ws = list(map(model.pairs.get, zip(toks, islice(toks, 1, None), strict=False),
                  map(single, toks, repeat(0.0))))
    ws.append(single(toks[-1], 0.0))
    return ws


def best_window(model: Model, toks: list[str], floor: float) -> Window | None:
    """The window of `WINDOW` tokens with the highest logit, if it reaches `floor`."""
    if not toks:
        return None
    ws = token_weights(model, toks)
    n = len(ws)
    if n <= WINDOW:
        total = model.bias + sum(ws)
        return Window(total, 0, n) if total >= floor else None
    sums = [0.0, *accumulate(ws)]
    top = max(map(sub, sums[WINDOW:], sums))
    if model.bias + top < floor:
        return None
    i = list(map(sub, sums[WINDOW:], sums)).index(top)
    return Window(model.bias + top, i, i + WINDOW)


def explain(model: Model, toks: list[str], window: Window, top: int = 3
            ) -> tuple[str, list[str]]:
    """The kind a window's positive features point to most, and its strongest features."""
    scored: list[tuple[float, str]] = []
    for i in range(window.start, window.end):
        t = toks[i]
        w = model.unigrams.get(t)
        if w is not None and w > 0:
            scored.append((w, t))
        if i + 1 < len(toks):
            w = model.bigrams.get((t, toks[i + 1]))
            if w is not None and w > 0:
                scored.append((w, f"{t} {toks[i + 1]}"))
    by_kind: dict[str, float] = {}
    for w, feat in scored:
        kind = model.kinds.get(feat)
        if kind:
            by_kind[kind] = by_kind.get(kind, 0.0) + w
    kind = max(by_kind, key=lambda k: by_kind[k]) if by_kind else "instruction_override"
    names = [f for _, f in sorted(scored, reverse=True)[:top]]
    return kind, names


@dataclass(frozen=True, slots=True)
class Calibration:
    """How a window's logit becomes a signal's weight: nothing below `offset`, then
    `slope` per unit of logit up to `cap` (the family's default threshold is 1.0: a
    window at `offset + 1 / slope` is a hard signal on its own, one below it adds to the
    rules' signals)."""

    offset: float = 1.25
    slope: float = 1.0
    cap: float = 1.5


CALIBRATION = Calibration()


def context_factor(context: str, boost: float) -> float:
    """What the learned signal weighs in a context: half in the developer's system
    prompt (as the rules), more in content from the world — half the rules' boost
    (`tool_result_boost`, 1.25 for its default 1.5): the model has learned on attacks
    inside mail, pages and tool results already, and a full boost made more false
    findings on the held-out batches' pages."""
    if context == "system":
        return 0.5
    if context == "untrusted":
        return 1.0 + (boost - 1.0) / 2
    return 1.0


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[0] for c in text)


def learned_signals(text: str, context: str, boost: float,
                    kinds: frozenset[str] | None = None,
                    calibration: Calibration = CALIBRATION
                    ) -> list[tuple[Rule, tuple[int, int], float]]:
    """The learned signal of one view's text, as (rule, span in `text`, weight): at most
    one, for its best window; none when no window reaches the calibration's offset."""
    factor = context_factor(context, boost)
    if not text or factor <= 0:
        return []
    model = load()
    low = _lower(text)
    toks = tokens(low)
    window = best_window(model, toks, calibration.offset)
    if window is None:
        return []
    weight = min(calibration.cap, calibration.slope * (window.logit - calibration.offset))
    weight *= factor
    kind, names = explain(model, toks, window)
    if weight <= 0 or (kinds is not None and kind not in kinds):
        return []
    span = _char_span(low, window.start, window.end)
    label = f"learned ({', '.join(names)})" if names else "learned"
    rule = Rule(f"learned.{kind}", "learned", kind, round(weight, 3), {}, label)
    return [(rule, span, weight)]


__all__ = ["CALIBRATION", "MODEL_FILE", "WINDOW", "Calibration", "Model", "Window",
           "best_window", "context_factor", "explain", "features", "learned_signals", "load",
           "token_spans", "token_weights", "tokens"]
