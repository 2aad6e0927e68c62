"""Taint policy: what raises a session's taint, compiled once per config snapshot.

A permitted result (any direction but request) of a tool listed in
`ws.untrusted_tools` raises its session to `ws.untrusted_taint`; a permitted result that
carried findings (above info) raises it to `ws.findings_taint`. With
`sessions.taint_scope: principal` (the default) the result's principal is marked too, so
a new session does not start clean (`SessionTracker.taint`). Rules with `min_taint`
then hold or refuse what the session does next. The engine applies it after every
decision, so no surface raises taint itself.
"""

from __future__ import annotations

import re

from secproxy.config import Config
from secproxy.engine.session import SessionTracker
from secproxy.globs import name_glob
from secproxy.model import Action, Direction, Severity, Verdict


class TaintPolicy:
    """When a session becomes tainted."""

    __slots__ = ("untrusted", "untrusted_taint", "findings_taint")

    def __init__(self, config: Config):
        ws = config.ws
        self.untrusted: tuple[re.Pattern[str], ...] = tuple(
            name_glob(g) for g in ws.untrusted_tools)
        self.untrusted_taint = ws.untrusted_taint
        self.findings_taint = ws.findings_taint

    def after(self, action: Action, verdict: Verdict, sessions: SessionTracker) -> None:
        """Raise `action`'s session taint for a result that went through."""
        session = action.session
        if action.direction is Direction.REQUEST or not verdict.permits:
            return
        if session is None and sessions.taint_scope != "principal":
            return
        principal = action.principal
        tool = action.result_of
        if tool and self.untrusted and any(g.match(tool) for g in self.untrusted):
            sessions.taint(session, self.untrusted_taint, f"result of untrusted tool {tool}",
                           principal)
        if self.findings_taint and verdict.findings:
            worst = [f for f in verdict.findings if f.severity is not Severity.INFO]
            if worst:
                sessions.taint(session, self.findings_taint,
                               f"{worst[-1].category} in a result ({worst[-1].stage})",
                               principal)
