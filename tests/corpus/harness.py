"""Measures guards against the corpus: recall on positives and false-positive rate on
negatives, per family, category, language and context, with the misses and false
positives listed.

    python -m tests.corpus.harness [family ...] [--show N] [--heldout | --hard]

builds each family's guard with `registry.make(family, family, {})` and the normaliser's
views when `secproxy.guards.normalise.Normaliser` exists (raw views otherwise), and
prints the table; with `--heldout`, one table per held-out batch of the family
(`tests/corpus/heldout/`, text written after the rules) instead; with `--hard`, the
family's hard set (`tests/corpus/hard/`). In code:
`evaluate(family, guards)` returns a `Report`.

A case is detected when a guard of its family returns any hit for it; for positives with a
`kind`, the report also counts whether some hit named that kind.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from secproxy.content import Role, Slot
from secproxy.guards import Guard, GuardContext, GuardSettingsError, Hit, View, raw_view
from secproxy.model import Action, Direction, Surface
from tests.corpus.cases import FAMILIES, Case, hard, heldout, load

__all__ = ["Case", "Rate", "Report", "default_viewer", "evaluate", "load", "make_guards"]

Viewer = Callable[[str], Sequence[View]]

ROLE_OF_CONTEXT = {"tool_result": Role.TOOL_RESULT, "web_page": Role.TOOL_RESULT,
                   "email": Role.TOOL_RESULT, "code_comment": Role.TOOL_RESULT,
                   "doc": Role.TOOL_RESULT}
"""Content the agent fetched arrives as a tool result (a page, a mail, a file it read: a
README or a source file with its comments); everything else as the user's."""


@dataclass
class Rate:
    """Detections among positives and flags among negatives."""

    positives: int = 0
    detected: int = 0
    negatives: int = 0
    flagged: int = 0

    @property
    def recall(self) -> float | None:
        return self.detected / self.positives if self.positives else None

    @property
    def fpr(self) -> float | None:
        return self.flagged / self.negatives if self.negatives else None

    def count(self, case: Case, hit: bool) -> None:
        if case.positive:
            self.positives += 1
            self.detected += hit
        else:
            self.negatives += 1
            self.flagged += hit


@dataclass
class Report:
    """What one family's guards did on its corpus."""

    family: str
    viewer: str
    """Which views the guards saw (`raw`, or the normaliser)."""
    overall: Rate = field(default_factory=Rate)
    by_category: dict[str, Rate] = field(default_factory=dict)
    by_lang: dict[str, Rate] = field(default_factory=dict)
    by_context: dict[str, Rate] = field(default_factory=dict)
    kinds_named: int = 0
    """Detected positives with a kind for which some hit named exactly that kind."""
    kinds_total: int = 0
    """Detected positives with a kind."""
    misses: list[Case] = field(default_factory=list)
    false_positives: list[tuple[Case, list[Hit]]] = field(default_factory=list)

    def failures(self, min_recall: float = 0.95, max_fpr: float = 0.02) -> list[str]:
        """Every family/category row below `min_recall` or above `max_fpr`, as lines."""
        out = []
        rows = [("(all)", self.overall), *sorted(self.by_category.items())]
        for name, rate in rows:
            if rate.recall is not None and rate.recall < min_recall:
                out.append(f"{self.family}/{name}: recall {rate.recall:.3f} < {min_recall}")
            if rate.fpr is not None and rate.fpr > max_fpr:
                out.append(f"{self.family}/{name}: FPR {rate.fpr:.3f} > {max_fpr}")
        return out

    def table(self, show: int = 10) -> str:
        lines = [f"== {self.family} (views: {self.viewer}) ==", _header(),
                 _row("(all)", self.overall)]
        for title, rows in (("category", self.by_category), ("lang", self.by_lang),
                            ("context", self.by_context)):
            if title == "lang" and len(rows) < 2:
                continue
            lines.append(f"-- by {title}")
            lines.extend(_row(name, rate) for name, rate in sorted(rows.items()))
        if self.kinds_total:
            lines.append(f"kind named by a hit: {self.kinds_named}/{self.kinds_total} "
                         "detected positives")
        if self.misses:
            lines.append(f"-- misses ({len(self.misses)}, first {min(show, len(self.misses))})")
            lines.extend(f"  {c.id}: {_clip(c.text)}" for c in self.misses[:show])
        if self.false_positives:
            fps = self.false_positives
            lines.append(f"-- false positives ({len(fps)}, first {min(show, len(fps))})")
            for c, hits in fps[:show]:
                kinds = ",".join(sorted({h.kind or h.category for h in hits}))
                lines.append(f"  {c.id} [{kinds}]: {_clip(c.text)}")
        return "\n".join(lines)


def _header() -> str:
    return f"{'':34} {'pos':>5} {'recall':>7} {'neg':>5} {'FPR':>7}"


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _row(name: str, r: Rate) -> str:
    return f"{name[:34]:34} {r.positives:5} {_pct(r.recall):>7} {r.negatives:5} {_pct(r.fpr):>7}"


def _clip(text: str, n: int = 110) -> str:
    flat = text.replace("\n", "⏎")
    return flat if len(flat) <= n else flat[:n] + "…"


def default_viewer() -> tuple[Viewer, str]:
    """The normaliser's views when the tree has one, else the raw view alone."""
    try:
        from secproxy.guards.normalise import Normaliser  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return raw_view, "raw"
    try:
        normaliser = Normaliser()
    except TypeError:
        return raw_view, "raw (Normaliser() needs arguments)"
    if callable(normaliser):
        return normaliser, "Normaliser"
    views = getattr(normaliser, "views", None)
    if callable(views):
        return views, "Normaliser.views"
    return raw_view, "raw (Normaliser is not a viewer)"


def make_guards(families: Iterable[str]) -> list[Guard]:
    """One guard per family, built as the config would with default settings; families
    the tree has no guard for are skipped."""
    from secproxy.guards import registry

    out = []
    for family in families:
        try:
            out.append(registry.make(family, family, {}))
        except GuardSettingsError:
            continue
    return out


def _inspect(guard: Guard, case: Case, viewer: Viewer, runner: asyncio.Runner) -> list[Hit]:
    slots = [Slot(ROLE_OF_CONTEXT.get(case.context, Role.USER), case.text)]
    action = Action(Surface.LLM, Direction.REQUEST, content=case.text, slots=slots)
    got: Any = guard.inspect(slots, GuardContext(action, viewer=viewer))
    if inspect.isawaitable(got):
        got = runner.run(_awaited(got))
    return list(got)


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


def evaluate(family: str, guards: Sequence[Guard], *, viewer: Viewer | None = None,
             viewer_name: str | None = None, cases: Sequence[Case] | None = None) -> Report:
    """Run the guards of `family` (the others given are ignored) over the family's cases."""
    mine = [g for g in guards if g.family == family]
    if not mine:
        raise ValueError(f"no guard of family {family!r} among {[g.family for g in guards]}")
    if viewer is None:
        viewer, viewer_name = default_viewer()
    report = Report(family, viewer_name or str(getattr(viewer, "__name__", "custom")))
    with asyncio.Runner() as runner:
        for case in cases if cases is not None else load(family):
            hits = [h for g in mine for h in _inspect(g, case, viewer, runner)]
            hit = bool(hits)
            for rate in (report.overall,
                         report.by_category.setdefault(case.category, Rate()),
                         report.by_lang.setdefault(case.lang, Rate()),
                         report.by_context.setdefault(case.context, Rate())):
                rate.count(case, hit)
            if case.positive and not hit:
                report.misses.append(case)
            elif not case.positive and hit:
                report.false_positives.append((case, hits))
            elif case.positive and case.kind:
                report.kinds_total += 1
                report.kinds_named += any(h.kind == case.kind for h in hits)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("families", nargs="*", metavar="family",
                        help=f"families to measure, of {', '.join(FAMILIES)} (default: all)")
    parser.add_argument("--show", type=int, default=None,
                        help="misses and FPs listed per family (10; 0 with --heldout: the "
                             "held-out texts are not shown, so nobody tunes on them)")
    parser.add_argument("--heldout", action="store_true",
                        help="measure each held-out batch of the families instead")
    parser.add_argument("--hard", action="store_true",
                        help="measure the families' hard sets instead")
    args = parser.parse_args(argv)
    unknown = set(args.families) - set(FAMILIES)
    if unknown:
        parser.error(f"unknown families: {', '.join(sorted(unknown))}")
    if args.show is None:
        args.show = 0 if args.heldout else 10
    families = args.families or list(FAMILIES)
    guards = make_guards(families)
    have = {g.family for g in guards}
    for family in families:
        if family not in have:
            sys.stdout.write(f"== {family}: no guard family {family!r} on this tree ==\n\n")
            continue
        if args.hard:
            cases = hard(family)
            if not cases:
                sys.stdout.write(f"== {family}: no hard set ==\n\n")
                continue
            report = evaluate(family, guards, cases=cases)
            report.family = f"{family} hard set"
            sys.stdout.write(report.table(args.show) + "\n\n")
            continue
        if not args.heldout:
            sys.stdout.write(evaluate(family, guards).table(args.show) + "\n\n")
            continue
        batches = heldout(family)
        if not batches:
            sys.stdout.write(f"== {family}: no held-out batch ==\n\n")
        for name, cases in batches.items():
            report = evaluate(family, guards, cases=cases)
            report.family = f"{family} held-out {name}"
            sys.stdout.write(report.table(args.show) + "\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
