"""The `/` filter box every view shares: it reads `tui.query` syntax as the operator
types and says `Applied(query)`, or shows what is wrong without changing the view."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.message import Message
from textual.widgets import Input

from tui import query


class FilterInput(Input):
    """One-line filter box (`decision:block host:*.example text`)."""

    class Applied(Message):
        """The operator changed the filter to a valid `query`."""

        def __init__(self, filter_input: FilterInput, q: query.Query) -> None:
            super().__init__()
            self.filter_input = filter_input
            self.query = q

        @property
        def control(self) -> FilterInput:
            return self.filter_input

    class Done(Message):
        """Enter or escape: the operator is done typing (focus goes back to the table)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(placeholder="/ filter: " + query.HELP, classes="filter", **kwargs)
        self.current = query.Query()
        self.error: str | None = None

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        try:
            q = query.parse(event.value)
        except query.QueryError as exc:
            self.error = f"{exc.message} ({exc.hint})" if exc.hint else exc.message
            self.set_class(True, "-invalid")
            self.tooltip = self.error
            self.post_message(self.Applied(self, self.current))
            return
        self.error = None
        self.tooltip = None
        self.set_class(False, "-invalid")
        self.current = q
        self.post_message(self.Applied(self, q))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done())

    def key_escape(self) -> None:
        self.post_message(self.Done())

    def show(self, q: query.Query) -> None:
        """Write `q` into the box (its change applies it)."""
        self.value = q.text()
