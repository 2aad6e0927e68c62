"""The `patterns` family runs a pattern with RE2 whenever RE2 can, with Python's meaning:
the same matches as Python's `re` on text full of non-ASCII letters, digits and spaces,
and no stall on a pattern that backtracks for ever in `re`."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from secproxy.guards.patterns import compile_patterns

PATTERNS = [r"tok_\w+", r"[\w.-]+@[\w-]+\.\w+", r"\d{3}-\d{4}", r"\s+and\s+",
            r"(?i)secret\s*=\s*\S+", r"a\Wb", r"\D{2}\d", r"[^\s]+x", r"[A-Z]{2,}\w*",
            r"\bAKIA[0-9A-Z]{4}\b", r"[]a-c]+", r"(?P<k>key)=(\w+)"]
ALPHABET = "aAbcé5٣ \t\n_-.@=xSECRETsecretandkeyAKIA\u00a0\u2003кß]"


def test_re2_finds_what_python_finds() -> None:
    compiled = compile_patterns([{"name": f"p{i}", "pattern": p}
                                 for i, p in enumerate(PATTERNS)])
    assert all(p.finder is not p.regex for p in compiled), "each of these runs on RE2"
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 48)))
        for p in compiled:
            assert [m.span() for m in p.finder.finditer(text)] == \
                [m.span() for m in p.regex.finditer(text)], (p.regex.pattern, text)


@pytest.mark.parametrize("pattern", [r"(?<=key=)\w+", r"(a)\1", r"end$", r"[\S-]+", r"a\Bb"])
def test_what_re2_cannot_run_stays_on_python(pattern: str) -> None:
    [p] = compile_patterns([{"name": "p", "pattern": pattern}])
    assert p.finder is p.regex


def test_a_backtracking_pattern_does_not_stall_scan(tmp_path: Path) -> None:
    """`(\\w+\\s?)+:` over a line of words with no colon: Python's re takes ~2^n steps
    (seconds at 20 words, years at 60); RE2 answers at once."""
    config = tmp_path / "config.yaml"
    config.write_text("state_dir: " + str(tmp_path / "state") + "\nguards:\n  use:\n"
                      "    - {name: labels, family: patterns, settings: {patterns: "
                      "[{name: label, pattern: '(\\w+\\s?)+:'}]}}\n")
    text = tmp_path / "notes.txt"
    text.write_text("ab " * 200 + "\nowner: ops\n")
    result = subprocess.run([sys.executable, "-c", "from secproxy.cli import main; main()",
                             "scan", str(text), "-c", str(config), "--format", "json"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    [finding] = json.loads(result.stdout)["findings"]
    assert finding["kind"] == "label" and finding["end_line"] == 2


def test_a_lone_surrogate_is_read_by_re2_at_the_same_offsets() -> None:
    """RE2 takes UTF-8 only; a text holding a lone surrogate (a `\\ud800` JSON escape)
    is matched with the surrogate read as U+FFFD, offsets unchanged (before: the guard
    raised UnicodeEncodeError and the stage failed closed on a harmless text)."""
    from secproxy.guards.patterns import encodable

    [p] = compile_patterns([{"name": "k", "pattern": r"key_\w+"}])
    text = "\ud800 x key_ab1 \udfff key_cd2"
    assert [m.span() for m in p.finder.finditer(encodable(text))] == \
        [m.span() for m in p.regex.finditer(text)] == [(4, 11), (14, 21)]
