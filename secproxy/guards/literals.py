"""Which of many words occur in a text, in one native pass.

Guards ask of every text whether it holds any of a few dozen (or a few thousand) words
before doing the work those words call for: the `pii` guard's "date of birth" and
"passport", the `toxicity` lexicon. Asking with `word in text` costs a pass over the text
per word (about a microsecond per kilobyte each in CPython); `LiteralSet` compiles the
words once into a Hyperscan database and answers for all of them in one pass, a few
microseconds for 4 KB whatever their number.

`found(text)` is exact for `words_only=False`: the words that occur in `text.lower()` (ASCII
text is scanned as it is, case-insensitively; other text lower-cased and encoded as
UTF-8, where a substring is still a substring). With `words_only=True` a word must not be
glued to an ASCII letter or digit on either side, and the spaces inside a phrase stand for
any run of characters other than ASCII letters and digits: a superset of whole-word
matching under any tokenisation that splits on punctuation and spaces, for callers that
confirm what is found. Without Hyperscan, `found` falls back to substring searches of
the lower-cased text (each word of a phrase on its own with `words_only=True`): the same
answer for `words_only=False`, a superset for `words_only=True`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

_hs: Any
try:  # Hyperscan is optional: substring searches stand in for it elsewhere
    import hyperscan as _hs
except ImportError:  # pragma: no cover - depends on the platform
    _hs = None

_EDGE = rb"[^a-z0-9]"
"""Not an ASCII letter or digit (case-insensitive with HS_FLAG_CASELESS)."""


def _escaped(word: str) -> bytes:
    return b"".join(b"\\x%02x" % b for b in word.encode("utf-8", "surrogatepass"))


def _expression(word: str, words: bool) -> bytes:
    if not words:
        return _escaped(word)
    inner = (_EDGE + b"+").join(_escaped(w) for w in word.split())
    return b"(?:^|" + _EDGE + b")" + inner + b"(?:" + _EDGE + b"|$)"


class LiteralSet:
    """Lower-case words, compiled once; `found(text)` says which occur (see the module)."""

    __slots__ = ("_db", "_local", "_parts", "words")

    def __init__(self, words: Iterable[str], *, words_only: bool = False) -> None:
        self.words: tuple[str, ...] = tuple(dict.fromkeys(words))
        for w in self.words:
            if not w.strip() or w != w.lower():
                raise ValueError(f"literal {w!r} must be non-blank and lower-case")
        self._parts = [w.split() if words_only else [w] for w in self.words]
        """What the fallback looks for: each word of a phrase on its own, when the
        phrase's gaps may be anything."""
        self._local = threading.local()
        self._db: Any = None
        if _hs is not None and self.words:
            db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
            flags = _hs.HS_FLAG_CASELESS | _hs.HS_FLAG_SINGLEMATCH
            db.compile(expressions=[_expression(w, words_only) for w in self.words],
                       ids=list(range(len(self.words))), elements=len(self.words),
                       flags=[flags] * len(self.words))
            self._db = db

    def found(self, text: str) -> list[str]:
        """The words of the set in `text` (in the set's order)."""
        if not text or not self.words:
            return []
        if self._db is None:
            lower = text.lower()
            return [w for w, parts in zip(self.words, self._parts, strict=True)
                    if all(p in lower for p in parts)]
        data = (text.encode("ascii") if text.isascii()
                else text.lower().encode("utf-8", "surrogatepass"))
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:  # Hyperscan scratch space is per thread
            scratch = self._local.scratch = _hs.Scratch(self._db)
        hit: list[int] = []
        self._db.scan(data, match_event_handler=lambda i, *_: hit.append(i), scratch=scratch)
        return [self.words[i] for i in sorted(hit)]

    def any(self, text: str) -> bool:
        """Whether any word of the set is in `text`."""
        return bool(self.found(text))
