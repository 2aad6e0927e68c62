"""Small display widgets: the connection banner, a stat card with a sparkline, and a
two-column key/value panel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, Sparkline, Static


class ConnectionBanner(Static):
    """One line saying whether the console is attached, and to what."""

    def __init__(self, content: str = "", **kwargs: Any) -> None:
        super().__init__(content, markup=False, **kwargs)  # messages quote the proxy

    def show(self, status: str, message: str) -> None:
        self.set_class(status == "connected", "-connected")
        self.set_class(status == "disconnected", "-disconnected")
        self.set_class(status == "connecting", "-connecting")
        self.update(message)


class StatCard(Vertical):
    """A labelled figure, optionally with a sparkline under it."""

    def __init__(self, label: str, *, sparkline: bool = False, id: str | None = None) -> None:
        super().__init__(id=id, classes="stat-card")
        self.label = label
        self.with_sparkline = sparkline

    def compose(self) -> ComposeResult:
        yield Label(self.label, classes="stat-label")
        yield Label("–", classes="stat-value", markup=False)
        if self.with_sparkline:
            yield Sparkline([0.0], classes="stat-spark")

    def set(self, value: str, series: Sequence[float] | None = None) -> None:
        self.query_one(".stat-value", Label).update(value)
        if series is not None and self.with_sparkline:
            self.query_one(Sparkline).data = list(series) or [0.0]


class KeyValues(Static):
    """`key  value` lines, keys aligned."""

    def show(self, rows: Sequence[tuple[str, str]], *, title: str | None = None) -> None:
        text = Text()
        if title:
            text.append(f"{title}\n", style="bold")
        width = max((len(k) for k, _ in rows), default=0)
        for key, value in rows:
            text.append(f"{key:<{width}}  ", style="dim")
            text.append(f"{value}\n")
        self.update(text)
