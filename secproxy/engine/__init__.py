"""The decision engine: ordered stages, approvals, strikes, sessions, limits."""

from secproxy.engine.approvals import Approval, ApprovalBroker, ApprovalError
from secproxy.engine.pipeline import Announcement, Engine, Hold, Snapshot, Tracked

__all__ = ["Announcement", "Approval", "ApprovalBroker", "ApprovalError", "Engine", "Hold",
           "Snapshot", "Tracked"]
