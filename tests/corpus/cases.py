"""The corpus's one record type and its file layout: `Case` (one labelled text), `load()`
reading `tests/corpus/<family>/*.jsonl`, and `CorpusWriter` that the generator fills and
writes, numbering ids per family and category.

A JSONL line: `{"id", "text", "label": "positive"|"negative", "family", "category",
"kind", "lang", "context"}` and, for secret and personal-data values, `"span": [start,
end]` — where the value sits in `text` (the characters a guard should mask).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parent
FAMILIES = ("injection", "secrets", "pii", "encoding", "toxicity")
LABELS = ("positive", "negative")
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "ko", "ar", "hi")
"""The thirteen languages the injection family covers."""
CONTEXTS = ("direct", "tool_result", "web_page", "email", "code_comment", "code", "chat", "doc")
REQUIRED = ("id", "text", "label", "family", "category", "lang", "context")


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled text."""

    id: str
    text: str
    label: str
    """`positive` (a guard of `family` should hit) or `negative` (it should not)."""
    family: str
    category: str
    """The attack, format or negative class (`instruction_override`, `iban`,
    `checksum_fail`, `benign_code`…): recall and FPR are reported per category."""
    lang: str
    context: str
    """Where the text comes from: `direct` (typed by the user), `tool_result`,
    `web_page`, `email`, `code_comment`, `code`, `chat`, `doc`."""
    kind: str = ""
    """The precise kind a guard should name (`github_pat`, `iban`, `zero_width`…)."""
    span: tuple[int, int] | None = None
    """Where the secret or personal value sits in `text`."""

    @property
    def positive(self) -> bool:
        return self.label == "positive"

    def to_json(self) -> str:
        d: dict[str, Any] = {"id": self.id, "text": self.text, "label": self.label,
                             "family": self.family, "category": self.category,
                             "kind": self.kind, "lang": self.lang, "context": self.context}
        if self.span is not None:
            d["span"] = list(self.span)
        return json.dumps(d, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> Case:
        d = json.loads(line)
        span = d.get("span")
        return cls(id=d["id"], text=d["text"], label=d["label"], family=d["family"],
                   category=d["category"], lang=d["lang"], context=d["context"],
                   kind=d.get("kind", ""), span=tuple(span) if span is not None else None)


def files(family: str | None = None) -> list[Path]:
    """The corpus's JSONL files, of one family or all, in a stable order."""
    fams = FAMILIES if family is None else (family,)
    return [p for f in fams for p in sorted((ROOT / f).glob("*.jsonl"))]


def load(family: str | None = None) -> list[Case]:
    """Every case of one family (or of all), in file order."""
    return _read(files(family))


HELDOUT = ROOT / "heldout"
"""Held-out batches (`heldout/<family>/<batch>.jsonl`): written after the rules, kept out
of `load()` and measured one batch at a time."""


def heldout(family: str) -> dict[str, list[Case]]:
    """The held-out batches of `family`, by name."""
    return {p.stem: _read([p]) for p in sorted((HELDOUT / family).glob("*.jsonl"))}


HARD = ROOT / "hard"
"""The hard set (`hard/<family>.jsonl`): text written to read like what a family looks
for and addressed to people (for injection: write-ups about prompt injection, release
notes, contracts, mail), with attacks planted in the same carriers; kept out of `load()`
and measured on its own, with floors of its own."""


def hard(family: str) -> list[Case]:
    """The hard set of `family` (empty when it has none)."""
    path = HARD / f"{family}.jsonl"
    return _read([path]) if path.exists() else []


def _read(paths: list[Path]) -> list[Case]:
    out: list[Case] = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            out.extend(Case.from_json(line) for line in fh if line.strip())
    return out


class CorpusWriter:
    """Collects cases per output file and writes them with ids numbered per family and
    category (`injection-instruction_override-17`)."""

    def __init__(self) -> None:
        self._files: dict[tuple[str, str], list[Case]] = {}
        self._counts: Counter[tuple[str, str]] = Counter()

    def add(self, file: str, *, family: str, category: str, label: str, text: str,
            lang: str, context: str, kind: str = "", span: tuple[int, int] | None = None
            ) -> None:
        assert family in FAMILIES and label in LABELS and context in CONTEXTS, (family, context)
        key = (family, category)
        self._counts[key] += 1
        case = Case(id=f"{family}-{category}-{self._counts[key]}", text=text, label=label,
                    family=family, category=category, lang=lang, context=context, kind=kind,
                    span=span)
        self._files.setdefault((family, file), []).append(case)

    def cases(self) -> list[Case]:
        return [c for cs in self._files.values() for c in cs]

    def write(self, root: Path = ROOT) -> None:
        for family in FAMILIES:
            for old in (root / family).glob("*.jsonl"):
                old.unlink()
        for (family, file), cases in self._files.items():
            path = root / family / f"{file}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("".join(c.to_json() + "\n" for c in cases), encoding="utf-8")
