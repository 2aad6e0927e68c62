"""The toxicity family's learned layer: the injection layer's linear model
(`injection_model`: word uni/bigrams and CJK character bigrams, best window of `WINDOW`
tokens, compact packed weights, the C scan when it is built: `find`) trained on abuse
instead — insults, threats, harassment, hate, self-harm incitement, sexual harassment
with no listed word — against hard negatives (harsh but civil criticism, "kill the
process", news about violence, medicine, games, moderators, fiction; and the injection
family's training text). Trained offline by `tools/train_toxicity_model.py` on
`tests/corpus/train/toxicity/` (text written for it), shipped in
`data/toxicity/model.json.gz`, loaded once (`load`).

`learned_score` gives a text's best window as a weight that adds to the lexicon's score
(`Calibration`): nothing below `offset`, then `slope` per unit of logit up to `cap`; the
bar rises a little with the text's length as the injection layer's does.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from secproxy.guards.injection_model import Calibration, Model, find, read_shipped

__all__ = ["CALIBRATION", "MODEL_FILE", "Learned", "learned_score", "load"]

MODEL_FILE = "model.json.gz"
"""The weights, in `secproxy/guards/data/toxicity/`."""
CALIBRATION = Calibration(offset=1.5, slope=1.0, cap=1.5)
"""A window at logit 2.3 is toxic on its own (the family's default threshold 0.8); one
between 1.5 and 2.3 adds to the lexicon's terms. At 1.0 it found a little more on the
team's toxicity sets but made one more false finding (a moderator's note quoting)."""

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



def learned_score(text: str, categories: frozenset[str] | None = None,
                  calibration: Calibration = CALIBRATION) -> Learned | None:
    """The learned signal of `text`, or None when its best window stays under the
    calibration's offset (for its length) or points to a category not in `categories`."""
    if not text:
        return None
    model = load()
    found = find(model, text, calibration)
    if found is None:
        return None
    weight = min(calibration.cap, calibration.slope * (found.window.logit - found.floor))
    kind, names = found.explain(model)
    if kind not in model.kind_names:  # no kinded feature: the model's commonest kind
        kind = "harassment"
    if weight <= 0 or (categories is not None and kind not in categories):
        return None
    return Learned(round(weight, 3), found.span, kind, names)
