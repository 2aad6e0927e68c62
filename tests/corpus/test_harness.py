"""The harness's arithmetic with a guard whose behaviour the test controls: recall, FPR,
per-category and per-language rows, misses, false positives, kind matching, the slot
role given per context, and async guards."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from secproxy.content import Role, Slot
from secproxy.guards import BaseGuard, GuardContext, Hit, raw_view
from tests.corpus.harness import Case, evaluate


class MarkerGuard(BaseGuard):
    """Hits on the word MARK (kind `mark`) and on MARK2 (kind `other`); remembers roles."""

    def __init__(self, family: str = "injection") -> None:
        super().__init__("marker", family)
        self.roles: list[Role] = []

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        hits = []
        for i, slot in enumerate(slots):
            self.roles.append(slot.role)
            for view in ctx.views(i, slot.text):
                for m in re.finditer(r"MARK2?", view.text):
                    kind = "other" if m.group() == "MARK2" else "mark"
                    hits.append(Hit("test", "marker", slot=i, span=view.origin(*m.span()),
                                    kind=kind))
        return hits


class AsyncMarkerGuard(MarkerGuard):
    async def inspect(self, slots: Sequence[Slot], ctx: GuardContext  # type: ignore[override]
                      ) -> list[Hit]:
        return MarkerGuard.inspect(self, slots, ctx)


def case(n: int, text: str, label: str, category: str, lang: str = "en",
         context: str = "direct", kind: str = "") -> Case:
    return Case(f"injection-{category}-{n}", text, label, "injection", category, lang, context,
                kind)


CASES = [
    case(1, "MARK here", "positive", "override", kind="mark"),
    case(2, "MARK2 here", "positive", "override", kind="mark"),
    case(3, "nothing", "positive", "override", lang="de", kind="mark"),
    case(4, "nothing", "positive", "persona", context="email"),
    case(5, "benign", "negative", "benign", context="web_page"),
    case(6, "benign MARK", "negative", "benign", lang="de", context="tool_result"),
    case(7, "benign", "negative", "benign_code", context="code"),
    case(8, "benign", "negative", "benign_code", context="code"),
]


@pytest.mark.parametrize("guard_type", [MarkerGuard, AsyncMarkerGuard])
def test_rates_rows_and_lists(guard_type: type[MarkerGuard]) -> None:
    guard = guard_type()
    report = evaluate("injection", [guard], viewer=raw_view, viewer_name="raw", cases=CASES)
    assert (report.overall.positives, report.overall.detected) == (4, 2)
    assert (report.overall.negatives, report.overall.flagged) == (4, 1)
    assert report.overall.recall == 0.5 and report.overall.fpr == 0.25
    assert report.by_category["override"].recall == pytest.approx(2 / 3)
    assert report.by_category["persona"].recall == 0.0
    assert report.by_category["benign_code"].fpr == 0.0
    assert report.by_lang["de"].recall == 0.0 and report.by_lang["de"].fpr == 1.0
    assert [c.id for c in report.misses] == ["injection-override-3", "injection-persona-4"]
    assert [c.id for c, _ in report.false_positives] == ["injection-benign-6"]
    assert (report.kinds_named, report.kinds_total) == (1, 2)
    assert guard.roles == [Role.USER, Role.USER, Role.USER, Role.TOOL_RESULT,
                           Role.TOOL_RESULT, Role.TOOL_RESULT, Role.USER, Role.USER]
    failures = report.failures(min_recall=0.6, max_fpr=0.3)
    assert "injection/(all): recall 0.500 < 0.6" in failures
    assert "injection/benign: FPR 0.500 > 0.3" in failures
    assert not any(f.startswith("injection/benign_code") for f in failures)
    table = report.table(show=5)
    assert "injection-override-3" in table and "injection-benign-6 [mark]" in table


def test_guards_of_other_families_are_ignored() -> None:
    with pytest.raises(ValueError, match="no guard of family 'injection'"):
        evaluate("injection", [MarkerGuard("secrets")], cases=CASES)
    report = evaluate("injection", [MarkerGuard("secrets"), MarkerGuard()], viewer=raw_view,
                      cases=CASES)
    assert report.overall.detected == 2
