"""Trains the injection family's learned scorer (`secproxy.guards.injection_model`).

    python -m tests.corpus.train.gen_train      # the training set, if its text changed
    python tools/train_injection_model.py   # writes secproxy/guards/data/injection/model.json.gz

Reads `tests/corpus/train/injection/*.jsonl` only (never the main corpus or the held-out
batches: they are the measures). Each text is cut into the scorer's windows of
`WINDOW` tokens (half-overlapping); a window holding most of a positive's span is an
attack, one holding none of it or any window of a negative is not, the rest is left out.
Logistic regression over the windows' features (tokens and token pairs seen in at least
`MIN_COUNT` windows), L2-regularised, fitted by AdaGrad over a fixed number of epochs
in a fixed order with classes weighed equally: pure Python, deterministic (the same file
from the same data). When the fit weighs more than `MAX_PAIRS` pairs, it is done again
with the strongest `MAX_PAIRS` alone; weights under `PRUNE` are dropped, the rest rounded
(`injection_model.pack`), and when more than `MAX_TOKENS` tokens remain the weakest tokens
of no pair are dropped (`cap_tokens`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from secproxy.guards.injection_model import WINDOW, features, pack, token_spans  # noqa: E402

DATA = ROOT / "tests" / "corpus" / "train" / "injection"
OUT = ROOT / "secproxy" / "guards" / "data" / "injection" / "model.json.gz"
EPOCHS = 40
RATE = 0.2
L2 = 1e-2
MIN_COUNT = 3
NEG_STEP = 0
"""Tokens between a negative text's training windows (`--neg-step`; 0: `WINDOW // 2`, as
every text's). Off."""
NEG_WEIGHT = 1.0
"""What the negative windows weigh beside the attacks, in all (`--neg-weight`; 1.0: the
same). Above 1, a benign window scored as an attack costs more than a missed attack. Off."""
BAGS = 0
"""Bootstrap bags (`--bags K`): K fits, each over a bootstrap sample of the training
texts, averaged (0: the fits of `SEEDS` over every text, the shipped model's way). Off."""
SEEDS = (0, 1, 2)
"""One fit per seed (the order the windows are visited in), their weights averaged: less
of one order's chance in the weights."""
PRUNE = 0.02
MAX_PAIRS = 21845
"""The pairs kept, strongest first: a dict of at most 21,845 keys takes 0.6 MiB, one
more key doubles its table (`injection_model.Model` stays under 4 MiB)."""
MAX_TOKENS = 21845
"""The tokens kept, for the same reason: `Model`'s token table is a dict too (23,028
tokens held 4.2 MiB, 21,845 3.4 MiB). The tokens dropped are those of no kept pair with
the weakest weights (|w| <= 0.09 for 23,028): a window's logit moves by their sum, mostly
a few hundredths, so they are dropped after the fit, not fitted again."""


def windows(text: str, span: tuple[int, int] | None, positive: bool, neg_step: int = 0
            ) -> list[tuple[list[str], int]]:
    """A text's training windows: (features, label), label 1, 0; a negative text's every
    `neg_step` tokens when given (the scorer reads every window of a text, and keeps the
    best: a benign text's best window is seldom one of the half-overlapping ones)."""
    low = text.lower()
    spans = token_spans(low)
    starts = [s for s, _, _ in spans]
    toks = [t for _, _, t in spans]
    if not toks:
        return []
    if positive:
        lo, hi = span if span else (0, len(text))
        inside = [i for i, s in enumerate(starts) if lo <= s < hi]
    else:
        inside = []
    n = len(toks)
    step = neg_step if neg_step and not positive else WINDOW // 2
    out = []
    for a in range(0, max(1, n - WINDOW + step), step):
        b = min(n, a + WINDOW)
        feats = features(toks[a:b + 1])
        if b < n:  # the pair the window's last token starts, not the next token
            feats = feats[:-1]
        got = sum(1 for i in inside if a <= i < b)
        if not positive or (inside and got == 0):
            out.append((feats, 0))
        elif got >= 0.6 * min(len(inside), WINDOW):
            out.append((feats, 1))
        if b >= n:
            break
    return out


def load_rows() -> list[dict[str, object]]:
    rows = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rows.append(json.loads(line))
    return rows


def _fit(rows_f: list[tuple[list[tuple[int, int]], int]], cw: list[float], seed: int,
         size: int) -> tuple[float, list[float]]:
    """One AdaGrad fit over `size` features (by index), visiting the windows in an order
    shuffled by `seed`."""
    w = [0.0] * size
    g2 = [1e-8] * size
    sqrt = math.sqrt
    bias, gb = 0.0, 1e-8
    order = list(range(len(rows_f)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for k in order:
            counts, y = rows_f[k]
            z = bias + sum(w[f] * c for f, c in counts)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * cw[k]
            gb += g * g
            bias -= RATE * g / sqrt(gb)
            for f, c in counts:
                gf = g * c + L2 * w[f]
                g2[f] += gf * gf
                w[f] -= RATE * gf / sqrt(g2[f])
    return bias, w


def _fit_all(data: list[tuple[list[str], int, str]], cw: list[float], vocab: set[str],
             seeds: tuple[int, ...], bags: int = 0, text_of: list[int] | None = None
             ) -> tuple[float, dict[str, float]]:
    """The fits of `seeds` over the features in `vocab`, averaged; with `bags`, one fit
    per bag instead, each over a bootstrap sample of the texts (`_bag`; `text_of` is each
    window's text)."""
    names = sorted(vocab)
    index = {f: i for i, f in enumerate(names)}
    rows_f = [(list(Counter(index[f] for f in feats if f in index).items()), y)
              for feats, y, _ in data]
    if bags:
        fits = []
        for k in range(bags):
            picked = _bag(text_of or list(range(len(data))), k)
            fits.append(_fit([rows_f[i] for i in picked], [cw[i] for i in picked], k,
                             len(names)))
    else:
        fits = [_fit(rows_f, cw, seed, len(names)) for seed in seeds]
    bias = sum(b for b, _ in fits) / len(fits)
    return bias, {f: sum(got[i] for _, got in fits) / len(fits) for i, f in enumerate(names)}


def _bag(text_of: list[int], k: int) -> list[int]:
    """Bag `k`'s windows: a bootstrap sample of the texts (as many draws as texts, with
    replacement, seeded by `k`), each drawn text's windows as often as it was drawn
    (`text_of`: each window's text, in order). A text's windows go together: they
    overlap, so drawing windows would leave each text's words in every bag."""
    texts: list[list[int]] = []
    last = -1
    for i, row in enumerate(text_of):
        if row != last:
            texts.append([])
            last = row
        texts[-1].append(i)
    rng = random.Random(f"bag-{k}")
    return [i for _ in range(len(texts)) for i in texts[rng.randrange(len(texts))]]


def train(rows: list[dict[str, object]]) -> dict[str, object]:
    data: list[tuple[list[str], int, str]] = []
    langs: list[str] = []
    text_of: list[int] = []
    for n, row in enumerate(rows):
        span = row.get("span")
        for feats, label in windows(str(row["text"]), tuple(span) if span else None,  # type: ignore[arg-type]
                                    row["label"] == "positive", NEG_STEP):
            data.append((feats, label, str(row["kind"]) if label else ""))
            langs.append(str(row["lang"]))
            text_of.append(n)
    seen: Counter[str] = Counter()
    for feats, _, _ in data:
        seen.update(set(feats))
    vocab = {f for f, c in seen.items() if c >= MIN_COUNT}
    pos = sum(1 for _, y, _ in data if y)
    # Each language's attacks and negatives weigh the same in all: a language with
    # more attacks than negatives would otherwise make its function words attacks.
    per: Counter[tuple[str, int]] = Counter(zip(langs, (y for _, y, _ in data), strict=True))
    cell = len(data) / len(per)
    cw = [cell / per[(lang, y)] * (1.0 if y else NEG_WEIGHT)
          for lang, (_, y, _) in zip(langs, data, strict=True)]
    bias, w = _fit_all(data, cw, vocab, SEEDS, BAGS, text_of)
    pairs = sorted((f for f, v in w.items() if " " in f and abs(v) >= PRUNE),
                   key=lambda f: (-abs(w[f]), f))
    if len(pairs) > MAX_PAIRS:
        # Fitted again with the strongest pairs alone: pairs dropped after the fit would
        # leave the others calibrated for weights that are gone (long benign texts
        # scored higher).
        vocab = {f for f in vocab if " " not in f} | set(pairs[:MAX_PAIRS])
        bias, w = _fit_all(data, cw, vocab, SEEDS, BAGS, text_of)
    kept = {f: v for f, v in sorted(w.items()) if abs(v) >= PRUNE}
    kind_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for feats, y, kind in data:
        if y:
            for f in dict.fromkeys(feats):  # in order: ties go to the first kind seen
                if kept.get(f, 0) > 0:
                    kind_counts[f][kind] += 1
    kinds = {f: c.most_common(1)[0][0] for f, c in sorted(kind_counts.items())}
    packed = cap_tokens(pack(bias, kept, kinds), MAX_TOKENS)
    packed["trained_on"] = {"windows": len(data), "attacks": pos}
    return packed


def cap_tokens(packed: dict[str, Any], most: int) -> dict[str, Any]:
    """`packed` (`pack`'s JSON) with at most `most` tokens: past it, the tokens in no
    pair are dropped weakest first (by their rounded weight, then by name)."""
    toks: list[str] = packed["tokens"]
    if len(toks) <= most:
        return packed
    units: list[int] = packed["unigrams"]
    pairs: list[int] = packed["pairs"]
    paired = {i for k in range(0, len(pairs), 3) for i in pairs[k:k + 2]}
    free = sorted((abs(u), t) for i, (t, u) in enumerate(zip(toks, units, strict=True), 1)
                  if i not in paired)
    gone = {t for _, t in free[:len(toks) - most]}
    names: list[str] = packed["kind_names"]
    scale = packed["scale"]
    weights = {t: u * scale for t, u in zip(toks, units, strict=True) if u and t not in gone}
    kinds = {t: names[k - 1] for t, k in zip(toks, packed["unigram_kinds"], strict=True)
             if k and t not in gone}
    for n, k in enumerate(range(0, len(pairs), 3)):
        a, b, u = pairs[k:k + 3]
        f = f"{toks[a - 1]} {toks[b - 1]}"
        weights[f] = u * scale
        if packed["pair_kinds"][n]:
            kinds[f] = names[packed["pair_kinds"][n] - 1]
    return pack(packed["bias"], weights, kinds, scale)


def write(model: dict[str, Any], out: Path) -> None:
    """The model file (the same bytes for the same model) and a line saying what it holds."""
    raw = json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    out.write_bytes(gzip.compress(raw.encode("utf-8"), mtime=0))
    print(f"{out}: {len(model['tokens'])} tokens, "
          f"{len(model['pairs']) // 3} pairs, "
          f"{out.stat().st_size} bytes, {model['trained_on']}")


def main(argv: list[str] | None = None) -> None:
    global DATA, L2, MIN_COUNT, BAGS, NEG_STEP, NEG_WEIGHT  # noqa: PLW0603 -- a candidate's settings, for one run
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("out", nargs="?", type=Path, default=OUT,
                        help="the model file (default: the shipped one; a candidate elsewhere)")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="the directory of <lang>.jsonl (default: the committed set)")
    parser.add_argument("--l2", type=float, default=L2, help=f"L2 penalty (default {L2})")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT,
                        help=f"windows a feature must be seen in (default {MIN_COUNT})")
    parser.add_argument("--bags", type=int, default=BAGS,
                        help="bootstrap bags averaged instead of the seeds' fits (default 0: off)")
    parser.add_argument("--neg-step", type=int, default=NEG_STEP,
                        help="tokens between a negative text's windows (default 0: half a window)")
    parser.add_argument("--neg-weight", type=float, default=NEG_WEIGHT,
                        help="the negatives' weight beside the attacks' (default 1.0)")
    args = parser.parse_args(argv)
    DATA, L2, MIN_COUNT, BAGS = args.data, args.l2, args.min_count, args.bags
    NEG_STEP, NEG_WEIGHT = args.neg_step, args.neg_weight
    write(train(load_rows()), args.out.resolve())


if __name__ == "__main__":
    main()
