"""Throughput of the `secrets` guard family, and of the multi-pattern engines it could
use, on generated mixed text (prose, code, JSON, YAML, shell, logs, a few secrets).

    python bench/secrets_family.py [--seconds 1.0] [--engines]

Figures printed:
  * MB/s of `SecretDetector.find` on 1 KB, 4 KB and 64 KB texts, and p50/p99 per 4 KB
    text, for the Hyperscan and the pure-Python (literal) prefilters;
  * with --engines, MB/s of just finding every match of the provider formats (the
    context-free ones) on 4 KB texts for:
    Hyperscan prefilter + `re` confirmation, literal prefilter + `re`, pyahocorasick and
    ahocorasick-rs prefilters + `re` (when installed), one combined `re` alternation, one
    combined `regex` alternation (when installed), and every rule's `re` in turn.
Target (issue 11): the whole guard pipeline >= 50 MB/s and p99 <= 1 ms per 4 KB; secrets
alone >= 150 MB/s on 4 KB mixed text.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from secproxy.guards.scanner import (  # noqa: E402
    MultiScanner,
    ScanRule,
    has_hyperscan,
    required_literals,
)
from secproxy.guards.secrets import SecretDetector  # noqa: E402
from secproxy.guards.secrets_generic import SPECIALS  # noqa: E402
from secproxy.guards.secrets_rules import RULES  # noqa: E402

STOPWORDS = "the a of to and in is it that for on with as this was be by are".split()
WORDS = ("model token tokens context prompt agent tool call request response user password "
         "reset key keys secret function return value config file path error retry limit "
         "window session output input message stream chunk assistant system api endpoint "
         "server client cache layer network data table query index vector embedding "
         "batch").split()


def _word(rng: random.Random) -> str:
    # function words are about 45% of running English text
    return rng.choice(STOPWORDS) if rng.random() < 0.45 else rng.choice(WORDS)


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def mixed_text(rng: random.Random, size: int) -> str:
    """Roughly `size` characters of what flows through an agent proxy."""
    b62 = string.ascii_letters + string.digits
    parts: list[str] = []
    total = 0
    while total < size:
        pick = rng.random()
        if pick < 0.45:
            s = " ".join(_word(rng) for _ in range(rng.randint(8, 30))).capitalize() + ". "
        elif pick < 0.6:
            s = (f"def handler(event, ctx):\n    token = os.environ['API_TOKEN']\n"
                 f"    max_tokens = {rng.randint(100, 9000)}\n    return call(event, token)\n")
        elif pick < 0.7:
            hexd = "0123456789abcdef"
            s = (f'{{"model": "gpt", "max_tokens": {rng.randint(1, 4096)}, "request_id": '
                 f'"{_rand(rng, hexd, 32)}", "password": "<your-password>", '
                 f'"sha": "{_rand(rng, hexd, 40)}"}}\n')
        elif pick < 0.8:
            s = (f"2024-05-0{rng.randint(1, 9)} INFO session={_rand(rng, b62, 24)} "
                 f"path=/api/v1/items status=200 took={rng.randint(1, 900)}ms\n")
        elif pick < 0.87:
            s = "db:\n  host: localhost\n  password: ${DB_PASSWORD}\n  user: app\n"
        elif pick < 0.93:
            s = (f"curl -s https://api.example.com/v1/x -H 'Accept: json' "
                 f"-d @{rng.choice(WORDS)}.json\n")
        elif pick < 0.97:
            s = _rand(rng, string.ascii_letters + string.digits + "+/", 120) + "==\n"
        else:
            s = rng.choice([
                f"export GITHUB_TOKEN=ghp_{_rand(rng, b62, 36)}\n",
                f"OPENAI_API_KEY=sk-proj-{_rand(rng, b62 + '-_', 60)}\n",
                f"aws_access_key_id = AKIA{_rand(rng, string.ascii_uppercase + '234567', 16)}\n",
                f"postgres://app:{_rand(rng, b62, 14)}@db.internal:5432/app\n",
            ])
        parts.append(s)
        total += len(s)
    return "".join(parts)[:size]


def texts(size: int, count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [mixed_text(rng, size) for _ in range(count)]


def rate(fn: Callable[[str], object], corpus: list[str], seconds: float
         ) -> tuple[float, list[float]]:
    """MB/s over `corpus` (looped for about `seconds`) and each call's time."""
    times: list[float] = []
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for t in corpus:
            t0 = time.perf_counter()
            fn(t)
            times.append(time.perf_counter() - t0)
            done += len(t)
    return done / (time.perf_counter() - start) / 1e6, times


def detector_figures(seconds: float) -> None:
    engines = ["hyperscan", "literal"] if has_hyperscan() else ["literal"]
    for engine in engines:
        t0 = time.perf_counter()
        det = SecretDetector(RULES, engine=engine)  # type: ignore[arg-type]
        print(f"{engine}: {len(RULES)} formats + {len(SPECIALS)} generic detectors "
              f"compiled in {time.perf_counter() - t0:.2f}s")
        for size, count in ((1024, 400), (4096, 200), (65536, 16)):
            mbs, times = rate(det.find, texts(size, count), seconds)
            line = f"  {size // 1024:>2} KB: {mbs:7.1f} MB/s"
            if size == 4096:
                q = statistics.quantiles(times, n=100)
                line += f"   p50 {q[49] * 1e6:6.1f} us   p99 {q[98] * 1e6:6.1f} us"
            print(line)


def engine_figures(seconds: float) -> None:
    # the provider formats (context-free ones); the generic detectors are measured in
    # the detector figures, their prefilters are not meant to be confirmed with `re`
    rules = [r for r in RULES if r.context is None]
    patterns = [r.pattern for r in rules]
    regex = [re.compile(p, re.ASCII) for p in patterns]
    corpus = texts(4096, 100)

    def confirm(cands: dict[int, int], text: str) -> int:
        return sum(1 for i, pos in cands.items() for _ in regex[i].finditer(text, pos))

    options: dict[str, Callable[[str], object]] = {}
    if has_hyperscan():
        hs = MultiScanner([ScanRule(i, r.pattern, r.anchor) for i, r in enumerate(rules)],
                          engine="hyperscan")
        options["hyperscan prefilter + re"] = lambda t: sum(1 for _ in hs.finditer(t))
    lit = MultiScanner([ScanRule(i, r.pattern, r.anchor) for i, r in enumerate(rules)],
                       engine="literal")
    options["literal prefilter + re (pure Python)"] = lambda t: sum(1 for _ in lit.finditer(t))
    literals = {i: required_literals(p) for i, p in enumerate(patterns)}
    always = [i for i, lits in literals.items() if lits is None]
    try:
        import ahocorasick

        auto = ahocorasick.Automaton()
        by_lit: dict[str, list[int]] = {}
        for i, lits in literals.items():
            for lit_ in lits or ():
                by_lit.setdefault(lit_, []).append(i)
        for lit_, ids in by_lit.items():
            auto.add_word(lit_, ids)
        auto.make_automaton()

        def pyac(t: str) -> int:
            cands = dict.fromkeys(always, 0)
            for _, ids in auto.iter(t.lower()):
                cands.update(dict.fromkeys(ids, 0))
            return confirm(cands, t)

        options["pyahocorasick prefilter + re"] = pyac
    except ImportError:
        pass
    try:
        import ahocorasick_rs

        lits_list = sorted({lit_ for lits in literals.values() for lit_ in lits or ()})
        ac = ahocorasick_rs.AhoCorasick(lits_list)
        ids_of = {lit_: [i for i, lits in literals.items() if lits and lit_ in lits]
                  for lit_ in lits_list}

        def rsac(t: str) -> int:
            cands = dict.fromkeys(always, 0)
            for k in set(ac.find_matches_as_indexes(t.lower(), overlapping=True)):
                cands.update(dict.fromkeys(ids_of[lits_list[k[0]]], 0))
            return confirm(cands, t)

        options["ahocorasick-rs prefilter + re"] = rsac
    except ImportError:
        pass
    # a global `(?i)` becomes a scoped group inside one alternation
    combined = "|".join(f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})"
                        for p in patterns)
    one_re = re.compile(combined, re.ASCII)
    options["one combined re alternation"] = lambda t: sum(1 for _ in one_re.finditer(t))
    try:
        import regex as regex_mod

        one_regex = regex_mod.compile(combined, regex_mod.ASCII | regex_mod.V0)
        options["one combined regex alternation"] = lambda t: sum(1 for _ in one_regex.finditer(t))
    except ImportError:
        pass
    options["each rule's re in turn"] = lambda t: sum(1 for rx in regex for _ in rx.finditer(t))
    for name, fn in options.items():
        mbs, times = rate(fn, corpus, seconds)
        q = statistics.quantiles(times, n=100)
        print(f"  {name:40} {mbs:8.2f} MB/s   p99 {q[98] * 1e6:8.1f} us per 4 KB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=1.0, help="time per figure")
    ap.add_argument("--engines", action="store_true", help="compare multi-pattern engines")
    args = ap.parse_args()
    detector_figures(args.seconds)
    if args.engines:
        print("engines, 4 KB mixed text, candidates + confirmation only:")
        engine_figures(args.seconds)


if __name__ == "__main__":
    main()
