"""The toxicity family's learned layer: the injection layer's linear model
(`injection_model`: word uni/bigrams and CJK character bigrams, best window of `WINDOW`
tokens, compact packed weights, the C scan when it is built: `find`) over the text's
Arabic and Russian words' light stems (`toxicity_stems`: clitics and endings off, so
that a word's forms meet in one token) trained on abuse
instead — insults, threats, harassment, hate, self-harm incitement, sexual harassment
with no listed word — against hard negatives (harsh but civil criticism, "kill the
process", news about violence, medicine, games, moderators, fiction; and the injection
family's training text). Trained offline by `tools/train_toxicity_model.py` on
`tests/corpus/train/toxicity/` (text written for it), shipped in
`data/toxicity/model.json.gz`, loaded once (`load`).

`learned_score` gives a text's best window as a weight that adds to the lexicon's score
(`Calibration`): nothing below `offset`, then `slope` per unit of logit up to `cap`; the
bar rises a little with the text's length as the injection layer's does. A window that
comes near the bar in a carrier (a mail, a JSON result, search results, a page) is read
again message by message — the lines, JSON strings and tags' texts it lies in, each
alone — and the best of them counts: a short message's window is filled with the
carrier's tokens otherwise (`_best_message`). The other way round, a window that spans
two records of a carrier (two comments of a thread, two lines of a log or a transcript,
two strings of a JSON result: `toxicity_records.bounds`) sums words that neither record says:
it counts only when one of the records, read alone, comes within `ACROSS` of the floor.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, replace
from functools import lru_cache

from secproxy.guards.injection_model import (
    Calibration,
    Found,
    Model,
    distinct_logit,
    find,
    read_shipped,
)
from secproxy.guards.toxicity_records import bounds, record_end, record_start
from secproxy.guards.toxicity_stems import stemmed

__all__ = ["CALIBRATION", "MODEL_FILE", "Learned", "learned_score", "load"]

MODEL_FILE = "model.json.gz"
"""The weights, in `secproxy/guards/data/toxicity/`."""
CALIBRATION = Calibration(offset=0.8, slope=1.0, cap=1.5)
"""A window at logit 1.6 is toxic on its own (the family's default threshold 0.8); one
between 0.8 and 1.6 adds to the lexicon's terms. The offset was 1.0 until the layer read
Arabic and Russian stems (`toxicity_stems`, session 19): chosen with the model (the
training's L2, `tools/train_toxicity_model.L2`) among 1.0, 0.8, 0.6 and 0.4 by a rule
written before measuring — no benign set's FPR more than 0.005 above the shipped guard's,
or one more false finding on a set of under 200; then the best recall pooled over the
sets never tuned on (907 abusive texts): 0.8, pooled recall 0.633 -> 0.681 (1.0: 0.675;
0.6 and 0.4 flag two and three more of blind3's 260 ordinary texts), false findings on
the 6,147 benign texts of the team's sets 22 -> 26. Before: the offset was 1.5, and at 1.0 an older
model made one more false finding (a moderator's note quoting). With round 8's model
and the message re-read, 1.0 flagged no more negatives on any team set (over 1,500),
nor any of the other families' 3,415 corpus texts, and found more: final 0.755 ->
0.787, check4 0.319 -> 0.363, check5 0.613 -> 0.661, carriers8_check 0.222 -> 0.278."""

_MODEL: list[Model] = []
_LOCK = threading.Lock()


def load() -> Model:
    """The shipped model, read once per process."""
    if _MODEL:
        return _MODEL[0]
    with _LOCK:
        if not _MODEL:
            _MODEL.append(read_shipped("toxicity"))
        return _MODEL[0]


@dataclass(frozen=True, slots=True)
class Learned:
    """A text's learned signal: its weight, the best window's span in the text (start,
    end), the category its strongest features point to, and those features."""

    weight: float
    span: tuple[int, int]
    category: str
    features: list[str]



_SHORTCODE = re.compile(r":[a-z0-9_+-]{2,30}:(?![\w:])")
"""An emoji shortcode (`:eyes:`, `:thumbsup:`): a chat's markup, no word of the message
(its name is one the layer may have learned: "eyes" on someone's house). One after a
letter or a colon (`ns::foo:`, `a:bc:`) is none (`_unmarked` checks)."""
_MENTION = re.compile(r"<[@#!&]{1,2}\d{5,20}>")
"""A chat's mention of a user or a channel by id (`<@2753290591>`)."""


def _unmarked(text: str) -> str:
    """`text` with a chat's markup (`_SHORTCODE`, `_MENTION`: a chat API's log holds one
    on most lines) as spaces of the same length, so that spans stay the text's. Two
    expressions, each led by its one first character: the search skips to it."""
    spans = [m.span() for m in _SHORTCODE.finditer(text)
             if not (m.start() and (text[m.start() - 1].isalnum()
                                    or text[m.start() - 1] in ":_"))]
    if "<" in text:
        spans += [m.span() for m in _MENTION.finditer(text)]
    if not spans:
        return text
    out: list[str] = []
    at = 0
    for start, end in sorted(spans):
        out.append(text[at:start])
        out.append(" " * (end - start))
        at = end
    out.append(text[at:])
    return "".join(out)


NEAR = 1.0
"""How far under the floor a carried text's best window may stay for the messages it
lies in to be read alone (`_best_message`)."""
_EDGES = re.compile(r'\n|\\n|"|<|>')
"""Where a message inside a carrier ends: a line's edge, an escaped line break, a JSON
string's quotation mark, a tag's."""
_EDGE_TEXTS = ("\n", "\\n", '"', "<", ">")
"""`_EDGES`' texts, each looked for backwards from a window's start."""


@lru_cache(maxsize=8)
def _lowered(calibration: Calibration) -> Calibration:
    """`calibration` with its offset `NEAR` lower."""
    return replace(calibration, offset=calibration.offset - NEAR)


_LOWERED = _lowered(CALIBRATION)


def _best_message(model: Model, text: str, calibration: Calibration, near: Found,
                  found: Found | None) -> Found | None:
    """`found` (the best window of `text` if it reaches the floor; `near`, that window
    within `NEAR` of it), or the best window of a message `near` lies in read alone
    when that scores higher. A short message inside a mail's headers and
    thread, a JSON result's other fields or a page's markup fills its window with the
    carrier's tokens, which weigh against abuse (the layer saw them around benign text),
    and the abuse it holds drops under the floor. Only a window within `NEAR` of the
    floor is looked into (a few messages each time: those its span touches), so
    ordinary text, far under it, costs nothing more."""
    start, end = near.span
    at = max((i + len(edge) for edge in _EDGE_TEXTS
              if (i := text.rfind(edge, 0, start)) >= 0), default=0)
    best = found
    for m in _EDGES.finditer(text, start):
        if m.start() > at:
            got = _message(model, text, at, m.start(), calibration)
            if got is not None and (best is None or got.window.logit - got.floor
                                    > best.window.logit - best.floor):
                best = got
        at = m.end()
        if at >= end:
            break
    else:
        got = _message(model, text, at, len(text), calibration)
        if got is not None and (best is None or got.window.logit - got.floor
                                > best.window.logit - best.floor):
            best = got
    return best


def _message(model: Model, text: str, start: int, end: int,
             calibration: Calibration) -> Found | None:
    """The best window of `text[start:end]` read alone, its span in `text`."""
    if end - start == len(text):
        return None
    got = find(model, text[start:end], calibration)
    if got is None:
        return None
    return replace(got, span=(start + got.span[0], start + got.span[1]))


ACROSS = 0.2
"""How far under the floor the best record a carrier's window touches may stay, read
alone, for the window to count (`toxicity_records.bounds`). 0.4 under the offset of 1.0;
0.2 since the offset is 0.8 (session 19), so that the bar a record must reach alone is
where it was: at 0.4 a forum thread's ordinary messages (a film's title, an overdose
page) summed into abuse again."""
def _best_record(model: Model, text: str, calibration: Calibration,
                 span: tuple[int, int]) -> Found | None:
    """The best window of a record that `span` touches, each read alone."""
    start, end = span
    edges = [record_start(text, start), *bounds(text, start, end), record_end(text, end)]
    best = None
    for a, b in zip(edges, edges[1:], strict=False):
        got = _message(model, text, a, b, calibration) if b > a else None
        if got is not None and (best is None or got.window.logit - got.floor
                                > best.window.logit - best.floor):
            best = got
    return best


def learned_score(text: str, categories: frozenset[str] | None = None,
                  calibration: Calibration = CALIBRATION) -> Learned | None:
    """The learned signal of `text`, or None when its best window stays under the
    calibration's offset (for its length) or points to a category not in `categories`."""
    if not text:
        return None
    # Arabic and Russian words are read as light stems (`toxicity_stems`: the layer
    # learned on them so); the text keeps its length, and the spans are the text's.
    given, text = text, stemmed(text)
    model = load()
    # One scan, with the floor lowered by `NEAR`: the window it finds is the text's best
    # whatever the floor, and one that reaches the floor itself is the text's signal.
    lowered = _LOWERED if calibration is CALIBRATION else _lowered(calibration)
    near = find(model, text, lowered)
    if near is None:
        return None
    # A chat's markup is read as spaces of the same length (spans stay the text's); only
    # a text with a window near the floor is looked at (most text is far under it).
    unmarked = _unmarked(given)
    if unmarked is not given:
        text = stemmed(unmarked)
        near = find(model, text, lowered)
        if near is None:
            return None
    floor = near.floor + NEAR
    size = near.window.end - near.window.start
    found = replace(near, floor=floor) if near.window.logit >= floor and distinct_logit(
        model, near.tokens, size) >= floor else None
    if found is None or found.window.logit - found.floor < calibration.cap:
        found = _best_message(model, text, calibration, near, found)
    if found is not None and bounds(text, *found.span):
        # Words of two records (two comments, log lines, results) summed in one window
        # say nothing either says: the window counts only when a record it touches, read
        # alone, comes within `ACROSS` of the floor too.
        alone = _best_record(model, text, lowered, found.span)
        if alone is None or alone.window.logit - (alone.floor + NEAR) < -ACROSS:
            found = None
    if found is None:
        return None
    weight = min(calibration.cap, calibration.slope * (found.window.logit - found.floor))
    kind, names = found.explain(model)
    if kind not in model.kind_names:  # no kinded feature: the model's commonest kind
        kind = "harassment"
    if weight <= 0 or (categories is not None and kind not in categories):
        return None
    return Learned(round(weight, 3), found.span, kind, names)
