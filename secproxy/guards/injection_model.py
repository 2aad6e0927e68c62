"""The injection family's learned layer: a linear model over word and character n-grams
that scores wording the rules have no phrase for.

A lowercased text is cut into tokens with one substitution and `split` (punctuation and
digits become spaces): words of the scripts written with spaces (Latin, Cyrillic, Greek,
Arabic, Devanagari…), and overlapping character bigrams of the runs written without
(Chinese, Japanese; Korean syllables too). Each token and each pair of neighbouring
tokens has a weight (logistic regression, trained offline by
`tools/train_injection_model.py` on `tests/corpus/train/injection/`; shipped in
`data/injection/model.json.gz`, loaded once and held compactly: `Model`). A text's score
is its best window of `WINDOW` tokens (prefix sums, so every window costs one
subtraction): one injected paragraph in a long page is not diluted by the page, and the
bar rises a little with the page's length (`Calibration.floor`).

The per-text work (tokens, ids, weights, best window, the window's offsets) runs in a
small C extension, `secproxy.guards._learned`, when the install built it (`setup.py`;
`Model.kernel`, `find`). The pure-Python functions here are its reference and its
fallback, with the same answers to the bit: the same tokens, integer sums and first best
window, the logit worked out here from them in both cases. They use no numpy, and no loop
in Python over the tokens of a text that holds no CJK: C-level maps over dicts and arrays.

`learned_signals` turns the best window, when its logit reaches the calibration's
offset, into one signal for `InjectionGuard._judge` (a `Rule` of lang `learned`), whose
weight adds to the rules' signals (`Calibration`, `context_factor`), with a kind from the
window's strongest features and a label naming them. The setting `learned: false` of the
`injection` family turns it off.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
import threading
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from importlib import resources
from itertools import accumulate, islice, repeat
from operator import add, sub
from typing import Any, TypeVar

from secproxy.guards.injection_rules import Rule

try:
    from secproxy.guards import _learned
except ImportError:  # installed without a C compiler: the pure-Python path
    _learned = None  # type: ignore[assignment]

MODEL_FILE = "model.json.gz"
"""The weights, in `secproxy/guards/data/injection/`."""
WINDOW = 32
"""Tokens per scored window (a paragraph or two of prose, a CJK sentence or two)."""

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_RUN = re.compile(rf"([{_CJK}]+)|[^{_CJK}]+")
_HAS_CJK = re.compile(f"[{_CJK}]")
_CJK_SPLIT = re.compile(f"([{_CJK}]+)")
"""Splits a text into pieces without CJK (even indexes) and CJK runs (odd)."""
_BREAK_CHARS = (
    "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~0123456789-"
    "\u00ab\u00bb\u00bf\u00a1\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026\u00b7"
    "\u3001\u3002\u300c\u300d\u300e\u300f\u3010\u3011\uff08\uff09\uff0c\uff01\uff1f\uff1a"
    "\uff1b\u30fb\u0964\u0965\u060c\u061b\u061f")
_BREAKS = re.compile(f"[{re.escape(_BREAK_CHARS)}]")
"""Punctuation and digits, each turned into a space (one character for one, so that
offsets hold): what is left between spaces is a token. A character class substituted
by `re` (a third of `str.translate`'s time with a dict on mixed-script text)."""


_ASCII_BREAKS = bytes.maketrans(
    bytes(c for c in _BREAK_CHARS.encode("latin-1", "ignore") if c < 128),
    b" " * sum(c.isascii() for c in _BREAK_CHARS))
"""The same for an ASCII text, as bytes (a tenth of the substitution's time)."""


def _spaced(low: str) -> str:
    if low.isascii():
        return low.encode("ascii").translate(_ASCII_BREAKS).decode("ascii")
    return _BREAKS.sub(" ", low)


_NON_SPACE = re.compile(r"\S+")


def tokens(low: str) -> list[str]:
    """The tokens of a lowercased text: its words, and the overlapping character
    bigrams of its CJK runs (a run of one character is a token of one)."""
    spaced = _spaced(low)
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
    for m in _NON_SPACE.finditer(_spaced(low)):
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
        found = _NON_SPACE.finditer(_spaced(low))
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
    """Trained weights, held compactly: integer weights in units of `scale`, tokens mapped
    to ids under 2**16, and each weighted pair keyed by the 32-bit integer its two ids
    make side by side (`pair_key`): ~3 MiB for ~30,000 weights, where dicts of strings,
    tuples and floats took ~14."""

    bias: float
    """The logit of a window holding no known feature."""
    scale: float
    """The logit of one unit of weight."""
    vocab: dict[str, int]
    """Each token that has a weight, alone or in a pair, and its id (from 1; unknown
    tokens are 0)."""
    unigrams: list[int]
    """Each id's own weight, in units (0 for id 0)."""
    pairs: dict[int, int]
    """Each weighted pair, keyed by `pair_key`, with its weight plus its first token's:
    what the first token weighs when the second follows it."""
    kind_names: tuple[str, ...]
    """The kinds (`KINDS` of `injection_rules`) the next two index, from 1."""
    unigram_kinds: bytes
    """For each id, the kind its positive weight is most typical of (0: none)."""
    kinded_pairs: array[int]
    """The keys of the pairs that have a kind, sorted (searched by bisection: a dict of
    them took 0.6 MiB)."""
    pair_kinds: bytes
    """The kind of each of `kinded_pairs`."""
    kernel: _learned.Table | None = field(default=None, compare=False, repr=False)
    """The same vocabulary, unigrams and pairs held for the C scan (`find`), when the
    extension is built (~0.5 MiB more)."""


_LITTLE = sys.byteorder == "little"


def pair_key(first: int, second: int) -> int:
    """The key of a pair of ids: the two 16-bit ids side by side in memory, read as one
    native 32-bit integer (what `token_weights` reads for every pair at once)."""
    return first | second << 16 if _LITTLE else first << 16 | second


_MODEL: list[Model] = []
_LOCK = threading.Lock()


def pack(bias: float, weights: dict[str, float], kinds: dict[str, str], unit: float = 1 / 256
         ) -> dict[str, Any]:
    """The model file's JSON for trained weights ({feature: logit}, a feature being a
    token or two joined by a space) and the kind of each positive feature: weights in
    units of `unit`, rounded (those that round to 0 are dropped)."""
    units = {f: round(w / unit) for f, w in sorted(weights.items())}
    units = {f: u for f, u in units.items() if u}
    toks = sorted({t for f in units for t in f.split(" ")})
    if len(toks) >= 1 << 16:
        raise ValueError(f"injection model: {len(toks)} tokens, ids must stay under 2**16")
    ids = {t: i for i, t in enumerate(toks, 1)}
    names = sorted(set(kinds.values()))
    kind_id = {k: i for i, k in enumerate(names, 1)}
    pairs: list[int] = []
    pair_kinds: list[int] = []
    for f, u in units.items():
        a, _, b = f.partition(" ")
        if b:
            pairs += [ids[a], ids[b], u]
            pair_kinds.append(kind_id.get(kinds.get(f, ""), 0))
    return {"version": 2, "window": WINDOW, "bias": round(bias, 4), "scale": unit,
            "tokens": toks, "unigrams": [units.get(t, 0) for t in toks],
            "pairs": pairs, "kind_names": names,
            "unigram_kinds": [kind_id.get(kinds.get(t, ""), 0) for t in toks],
            "pair_kinds": pair_kinds}


def read_shipped(family: str) -> Model:
    """The weights shipped for `family` (`data/<family>/model.json.gz`: the injection
    layer's, or another family's trained the same way), read now."""
    raw = resources.files("secproxy.guards").joinpath("data", family, MODEL_FILE).read_bytes()
    return load(json.loads(gzip.decompress(raw)))


def load(data: dict[str, Any] | None = None) -> Model:
    """The shipped model (read once per process), or one made from `data` (the file's
    JSON, as `pack` makes it)."""
    if data is None:
        if _MODEL:
            return _MODEL[0]
        with _LOCK:
            if not _MODEL:
                _MODEL.append(read_shipped("injection"))
            return _MODEL[0]
    if data.get("version") != 2 or data.get("window") != WINDOW:
        raise ValueError("injection model: not a version 2 file for this window")
    toks: list[str] = data["tokens"]
    if len(toks) >= 1 << 16:
        raise ValueError("injection model: token ids must stay under 2**16")
    same: dict[int, int] = {}  # one int object per distinct weight (most are > 256)
    unigrams = [0, *(same.setdefault(u, u) for u in data["unigrams"])]
    flat: list[int] = data["pairs"]
    firsts = flat[::3]
    keys = list(map(pair_key, firsts, flat[1::3]))
    pairs = {k: same.setdefault(unigrams[a] + w, unigrams[a] + w)
             for k, a, w in zip(keys, firsts, flat[2::3], strict=True)}
    kinded = sorted((k, c) for k, c in zip(keys, data["pair_kinds"], strict=True) if c)
    kernel = None
    if _learned is not None:
        try:
            kernel = _learned.Table(toks, unigrams, [
                x for a, b, w in zip(firsts, flat[1::3], flat[2::3], strict=True)
                for x in (a, b, unigrams[a] + w)], WINDOW, _BREAK_CHARS)
        except (ValueError, OverflowError):
            pass  # weights beyond 32 bits, a token twice: the pure-Python path scores it
    return Model(float(data["bias"]), float(data["scale"]),
                 dict(zip(toks, range(1, len(toks) + 1), strict=True)), unigrams, pairs,
                 tuple(data["kind_names"]), bytes([0, *data["unigram_kinds"]]),
                 array("I", [k for k, _ in kinded]), bytes(c for _, c in kinded), kernel)


@dataclass(frozen=True, slots=True)
class Window:
    """The best-scoring window of a text."""

    logit: float
    start: int
    """Token index of its first token."""
    end: int
    """Token index after its last token."""


def token_weights(model: Model, toks: list[str]) -> list[int]:
    """Each token's weight plus that of the pair it starts, in units: one lookup of the
    pair (`Model.pairs`), falling back to the token's own weight. No loop in Python over
    the tokens: the ids go into an array of 16-bit integers whose bytes, read as 32-bit
    integers from the first id and from the second, are the keys of every pair."""
    if not toks:
        return []
    ids = list(map(model.vocab.get, toks, repeat(0)))
    n = len(ids)
    raw = array("H", ids).tobytes()
    keys = [0] * (n - 1)
    keys[0::2] = memoryview(raw[:n // 2 * 4]).cast("I").tolist()
    keys[1::2] = memoryview(raw[2:2 + (n - 1) // 2 * 4]).cast("I").tolist()
    ws = list(map(model.pairs.get, keys, map(model.unigrams.__getitem__, ids)))
    ws.append(model.unigrams[ids[-1]])
    return ws


def best_window(model: Model, toks: list[str], floor: float) -> Window | None:
    """The window of `WINDOW` tokens with the highest logit, if it reaches `floor`."""
    if not toks:
        return None
    ws = token_weights(model, toks)
    n = len(ws)
    if n <= WINDOW:
        total = model.bias + model.scale * sum(ws)
        return Window(total, 0, n) if total >= floor else None
    sums = [0, *accumulate(ws)]
    top = max(map(sub, sums[WINDOW:], sums))
    logit = model.bias + model.scale * top
    if logit < floor:
        return None
    i = list(map(sub, sums[WINDOW:], sums)).index(top)
    return Window(logit, i, i + WINDOW)


def explain(model: Model, toks: list[str], window: Window, top: int = 3
            ) -> tuple[str, list[str]]:
    """The kind a window's positive features point to most, and its strongest features."""
    scored: list[tuple[int, str, int]] = []
    ids = [model.vocab.get(t, 0) for t in toks[window.start:window.end + 1]]
    for i, a in enumerate(ids[:window.end - window.start]):
        if not a:
            continue
        own = model.unigrams[a]
        if own > 0:
            scored.append((own, toks[window.start + i], model.unigram_kinds[a]))
        b = ids[i + 1] if i + 1 < len(ids) else 0
        key = pair_key(a, b)
        pair = model.pairs.get(key) if b else None
        if pair is not None and pair - own > 0:
            at = bisect_left(model.kinded_pairs, key)
            found = at < len(model.kinded_pairs) and model.kinded_pairs[at] == key
            scored.append((pair - own, f"{toks[window.start + i]} {toks[window.start + i + 1]}",
                           model.pair_kinds[at] if found else 0))
    by_kind: dict[str, float] = {}
    for w, _, k in scored:
        if k:
            name = model.kind_names[k - 1]
            by_kind[name] = by_kind.get(name, 0) + w
    kind = max(by_kind, key=lambda k: by_kind[k]) if by_kind else "instruction_override"
    names = [f for _, f, _ in sorted(scored, reverse=True)[:top]]
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
    per_doubling: float = 0.1
    """What the offset rises by each time a text's length doubles beyond `free` windows:
    the best of many windows of ordinary prose scores higher than the best of a few (the
    largest of more draws), so a long page needs a little more to count."""
    free: int = 8
    """Windows' worth of tokens (`WINDOW` each) before the offset starts to rise."""
    most: float = 0.5
    """The highest the rise goes (reached at 256 windows, ~8,000 tokens: ~48 KB of prose)."""
    def floor(self, n: int) -> float:
        """The offset for a text of `n` tokens."""
        over = n / (self.free * WINDOW)
        if over <= 1.0:
            return self.offset
        return self.offset + min(self.most, self.per_doubling * math.log2(over))


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


def lower(text: str) -> str:
    """`text` lowercased character for character (offsets hold)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[0] for c in text)


_V = TypeVar("_V")
_RECENT: dict[str, tuple[str, list[str]]] = {}
_LOWERED: dict[str, str] = {}
RECENT_TEXTS = 8
"""Texts whose lowercase and tokens are kept (`lowered_tokens`): a slot's views, which
the learned layer of each family reads in turn."""
RECENT_UP_TO = 65_536
"""Characters of the longest text kept so."""


def lowered_tokens(text: str) -> tuple[str, list[str]]:
    """`lower(text)` and its `tokens`, worked out once for the last few texts: the
    injection and toxicity layers read the same views of a slot one after the other.
    The list is shared: callers must not change it."""
    got = _RECENT.get(text)
    if got is not None:
        return got
    low = lower(text)
    return _keep(_RECENT, text, (low, tokens(low)))


def _keep(recent: dict[str, _V], text: str, value: _V) -> _V:
    """`value`, kept for `text` in `recent` (one of the last `RECENT_TEXTS` texts of at
    most `RECENT_UP_TO` characters)."""
    if len(text) <= RECENT_UP_TO:
        if len(recent) >= RECENT_TEXTS:
            recent.clear()  # a new slot's views: the old ones are done with
        recent[text] = value
    return value


def lowered(text: str) -> str:
    """`lower(text)`, worked out once for the last few texts (as `lowered_tokens`, for
    the C scan, which needs no token list)."""
    low = _LOWERED.get(text)
    if low is not None:
        return low
    return _keep(_LOWERED, text, lower(text))


NATIVE = True
"""Whether `find` uses the C scan when the model has one (tests turn it off to compare
the two paths)."""


@dataclass(frozen=True, slots=True)
class Found:
    """A text's best window that reaches the calibration's floor for its length."""

    window: Window
    floor: float
    """The floor it reached (`Calibration.floor` of the text's token count)."""
    tokens: list[str]
    """The window's tokens, and the one after it when there is one (what `explain`
    reads)."""
    span: tuple[int, int]
    """Where the window lies in the text (start, end)."""

    def explain(self, model: Model, top: int = 3) -> tuple[str, list[str]]:
        """`explain` for this window."""
        size = self.window.end - self.window.start
        return explain(model, self.tokens, Window(self.window.logit, 0, size), top)


def distinct_logit(model: Model, toks: list[str], size: int) -> float:
    """The logit of the window made of `toks[:size]` (`toks` holding the token after it,
    when there is one) with each of its features counted once: a token or pair that comes
    back through the window adds its weight the first time only."""
    ids = [model.vocab.get(t, 0) for t in toks]
    seen: set[int] = set()
    total = 0
    for i in range(size):
        a = ids[i]
        b = ids[i + 1] if i + 1 < len(ids) else 0
        key = pair_key(a, b) if a and b else 0
        pair = model.pairs.get(key) if key else None
        if pair is None:
            key = -a - 1  # the token alone
        if key in seen:
            continue
        seen.add(key)
        total += model.unigrams[a] if pair is None else pair
    return model.bias + model.scale * total


def find(model: Model, text: str, calibration: Calibration = CALIBRATION) -> Found | None:
    """The best window of `text` under `model`, if it reaches `calibration`'s floor: by
    the C scan when the extension is built (`Model.kernel`), else by the pure-Python
    functions above — the same window, logit and span either way.

    The window must reach the floor with each of its features counted once, too
    (`distinct_logit`): the scan sums every token's weight, so one token of little
    weight of its own, repeated through a window, added up to an attack — forty
    `build.sh`, `deploy.sh`… in a directory listing, French prose saying `je` and
    `que je` a dozen times, a list of `v1.2.0` tags. Its logit stays the scan's."""
    kernel = model.kernel if NATIVE else None
    if kernel is None:
        low, toks = lowered_tokens(text)
        window = best_window(model, toks, calibration.offset)
        if window is None:
            return None
        floor = calibration.floor(len(toks))
        if window.logit < floor:
            return None
        found = Found(window, floor, toks[window.start:window.end + 1],
                      _char_span(low, window.start, window.end))
    else:
        low = lowered(text)
        n, top, start = kernel.scan(low)
        if not n:
            return None
        logit = model.bias + model.scale * top
        if logit < calibration.offset:  # below any floor
            return None
        floor = calibration.floor(n)
        if logit < floor:
            return None
        end = min(n, start + WINDOW)
        spans = kernel.spans(low, start, end - start + 1)
        found = Found(Window(logit, start, end), floor, [low[a:b] for a, b in spans],
                      (spans[0][0], spans[end - start - 1][1]))
    size = found.window.end - found.window.start
    if distinct_logit(model, found.tokens, size) < floor:
        return None
    return found


def learned_signals(text: str, context: str, boost: float,
                    kinds: frozenset[str] | None = None,
                    calibration: Calibration = CALIBRATION
                    ) -> list[tuple[Rule, tuple[int, int], float]]:
    """The learned signal of one view's text, as (rule, span in `text`, weight): at most
    one, for its best window; none when no window reaches the calibration's offset (for
    the text's length: `Calibration.floor`)."""
    factor = context_factor(context, boost)
    if not text or factor <= 0:
        return []
    model = load()
    found = find(model, text, calibration)
    if found is None:
        return []
    weight = min(calibration.cap, calibration.slope * (found.window.logit - found.floor))
    weight *= factor
    kind, names = found.explain(model)
    if weight <= 0 or (kinds is not None and kind not in kinds):
        return []
    span = found.span
    label = f"learned ({', '.join(names)})" if names else "learned"
    rule = Rule(f"learned.{kind}", "learned", kind, round(weight, 3), {}, label)
    return [(rule, span, weight)]


__all__ = ["CALIBRATION", "MODEL_FILE", "NATIVE", "WINDOW", "Calibration",
           "Found", "Model", "Window", "best_window", "context_factor", "distinct_logit",
           "explain", "features", "find", "learned_signals", "load", "lower", "lowered",
           "lowered_tokens", "read_shipped", "pack", "pair_key", "token_spans", "token_weights",
           "tokens"]
