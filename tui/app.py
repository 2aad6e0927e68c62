"""The console app: one tab per view, a connection banner, a pending-approvals badge, and
a timer that hands the stream's events to the views in batches.

The app itself only wires things together; the views live in `tui/screens/`, the socket
in `tui/client.py`, the look in `console.tcss`.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.message import Message
from textual.notifications import Notify, SeverityLevel
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, TabbedContent, TabPane, Tabs
from textual.widgets._tabbed_content import ContentTab, ContentTabs

from secproxy.control.client import RemoteApi
from secproxy.errors import SecproxyError
from tui.client import ConnectionState, ConsoleConnection
from tui.screens.approvals import ApprovalsPane
from tui.screens.audit import AuditPane
from tui.screens.base import Pane
from tui.screens.cluster import ClusterScreen
from tui.screens.help import NAVIGATION, HelpScreen, binding_rows
from tui.screens.killswitch import KillSwitchDialog, Switching, header_text
from tui.screens.live import LivePane
from tui.screens.overview import OverviewPane
from tui.screens.rules import RulesPane
from tui.screens.tools import ToolsPane
from tui.screens.users import UsersPane
from tui.widgets.panels import ConnectionBanner

VIEWS: tuple[tuple[str, str, type[Pane]], ...] = (
    ("live", "Live", LivePane),
    ("approvals", "Approvals", ApprovalsPane),
    ("rules", "Rules", RulesPane),
    ("users", "Users", UsersPane),
    ("audit", "Audit", AuditPane),
    ("tools", "Tools", ToolsPane),
    ("overview", "Overview", OverviewPane),
)
FLUSH_SECONDS = 0.2
MAX_TOASTS = 2
"""Notifications shown at once; older ones make room (they would cover the views)."""


class ConnectionChanged(Message):
    """The link to the proxy changed (attached, lost, retrying)."""

    def __init__(self, state: ConnectionState) -> None:
        super().__init__()
        self.state = state


class ViewTabs(TabbedContent):
    """The views' tabs. The view last chosen (by a key, the palette or a click) is the
    one shown: with keys typed faster than they are handled, Textual's tabs can act on
    a choice after a later one (a late tab event, a focus that follows a view shown
    meanwhile) and end elsewhere; `wanted` undoes that."""

    wanted: str | None = None
    """The view last chosen."""

    def choose(self, tab_id: str) -> None:
        self.wanted = tab_id
        self.active = tab_id

    def _on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        event.stop()  # a view is chosen, never followed by focus

    def _on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        # Only the tab still active in the tab row is followed (a click makes the
        # clicked tab active before it says so); a late event of an earlier one is not.
        if event.tab.id != self.get_child_by_type(ContentTabs).active:
            event.stop()
            return
        if event.tab.id:
            self.wanted = ContentTab.sans_prefix(event.tab.id)
        super()._on_tabs_tab_activated(event)


class SecproxyConsole(App[None]):
    """secproxy's operator console."""

    TITLE = "secproxy"
    CSS_PATH = "console.tcss"
    NOTIFICATION_TIMEOUT = 5
    BINDINGS = [
        Binding("l", "show('live')", "Live"),
        Binding("a", "show('approvals')", "Approvals"),
        Binding("r", "show('rules')", "Rules"),
        Binding("u", "show('users')", "Users"),
        Binding("h", "show('audit')", "Audit"),
        Binding("t", "show('tools')", "Tools"),
        Binding("o", "show('overview')", "Overview"),
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("K", "kill_switch", "Kill switch…"),
        Binding("i", "cluster", "Cluster", show=False),
    ]

    pending = reactive(0)
    """Approvals waiting for an operator (the header badge)."""

    def __init__(
        self,
        socket_path: Path | str | RemoteApi,
        *,
        operator: str | None = None,
        retry: tuple[float, float] = (0.25, 2.0),
    ) -> None:
        super().__init__()
        self.connection = ConsoleConnection(socket_path, on_change=self._changed, retry=retry)
        self.operator = operator or _whoami()
        self._ever_connected = False
        self.kill_switch: dict[str, Any] = {}
        """The proxy's kill switch as last heard (`killswitch/get`, `killswitch/update`)."""

    def _changed(self, state: ConnectionState) -> None:
        self.post_message(ConnectionChanged(state))

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """A toast, its message shown as written (it quotes principals, tools and the
        proxy's errors, which are no markup)."""
        super().notify(message, title=title, severity=severity, timeout=timeout,
                       markup=markup)

    def _on_notify(self, event: Notify) -> None:
        super()._on_notify(event)
        # Textual keeps every toast until it times out; a burst would stack them over
        # the whole screen. Only the newest MAX_TOASTS stay.
        older = list(self._notifications)[:-MAX_TOASTS]
        for notification in older:
            self._unnotify(notification, refresh=False)
        if older:
            self._refresh_notifications()

    def compose(self) -> ComposeResult:
        yield Header()
        yield ConnectionBanner(f"connecting to {self.connection.path}…", id="connection")
        with ViewTabs(initial="live", id="tabs"):
            for tab_id, title, pane in VIEWS:
                with TabPane(title, id=tab_id):
                    yield pane(id=f"{tab_id}-pane")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = str(self.connection.path)
        self.query_one(ConnectionBanner).show(
            "connecting", f"connecting to {self.connection.path}…"
        )
        self.keep_connected()
        self.set_interval(FLUSH_SECONDS, self.flush_events)
        self.call_after_refresh(self._first_focus)

    def _first_focus(self) -> None:
        # Only while Live is still shown: a view picked with an early key keeps the focus
        # (focusing Live would take the tabs back to it).
        if self.tabs().active == "live":
            self.pane("live").shown()

    @work(exclusive=True, group="connection")
    async def keep_connected(self) -> None:
        await self.connection.run()

    async def on_unmount(self) -> None:
        await self.connection.stop()

    def tabs(self) -> ViewTabs:
        """The views' tabs, found on the main screen whatever dialog is open (a query on
        the app searches only the topmost screen)."""
        return self.screen_stack[0].query_one(ViewTabs)

    def panes(self) -> list[Pane]:
        return list(self.screen_stack[0].query(Pane))

    def pane(self, tab_id: str) -> Pane:
        return self.screen_stack[0].query_one(f"#{tab_id}-pane", Pane)

    # -- connection and events ----------------------------------------------------

    def on_connection_changed(self, message: ConnectionChanged) -> None:
        state = message.state
        banner = self.query_one(ConnectionBanner)
        if state.connected:
            version = state.hello.get("version", "?")
            banner.show("connected", f"● attached to secproxy {version} at {state.path}")
            if self._ever_connected:
                self.notify("secproxy is back; reattached", title="connection")
            self._ever_connected = True
            self.flush_events()
            for pane in self.panes():
                pane.attached()
            self.load_kill_switch()
        elif state.status == "disconnected":
            banner.show("disconnected", f"✖ not connected: {state.message} — retrying on its own")
            if self._ever_connected:
                self.notify(state.message, title="connection lost", severity="error")
        self._show_badge()

    def flush_events(self) -> None:
        """Hand the buffered stream events to every view, in one batch."""
        events = self.connection.take_events()
        if not events:
            return
        for event in events:
            if event.get("type") == "killswitch/update":
                self.kill_switch = dict(event.get("payload") or {})
                self._show_badge()
        try:
            for pane in self.panes():
                pane.handle_events(events)
        except NoMatches:
            # A timer tick while the console is closing: its views are being taken
            # apart (every view is composed once, at start, so this is the only way a
            # view's widgets can be missing); there is nothing left to show them in.
            return

    @on(ApprovalsPane.Changed)
    def _approvals_changed(self, message: ApprovalsPane.Changed) -> None:
        self.pending = message.count
        opened = message.opened
        if len(opened) == 1:
            approval = opened[0]
            self.notify(
                f"{approval.get('summary')}\n{approval.get('reason') or ''}".strip(),
                title="approval needed — press a",
                severity="warning",
                timeout=8,
            )
        elif opened:
            self.notify(f"{len(opened)} actions are held for an operator",
                        title="approvals needed — press a", severity="warning", timeout=8)

    def watch_pending(self, count: int) -> None:
        self._show_badge()

    def _show_badge(self) -> None:
        badge = f"⚑ {self.pending} pending" if self.pending else ""
        badge = f"{header_text(self.kill_switch)} {badge}".strip()
        state = "" if self.connection.state.connected else "disconnected · "
        self.sub_title = f"{state}{badge}".strip(" ·") or str(self.connection.path)
        try:
            tab = self.tabs().get_tab("approvals")
        except NoMatches:
            # A stream event handled while the console is closing (a timer's last tick):
            # its tabs are being taken apart; raising here ended the app with an error.
            return
        tab.label = f"Approvals [{self.pending}]" if self.pending else "Approvals"

    # -- navigation and commands --------------------------------------------------

    def action_show(self, tab_id: str) -> None:
        tabs = self.tabs()
        if tabs.active == tab_id:
            tabs.wanted = tab_id
            self.pane(tab_id).shown()
        else:
            tabs.choose(tab_id)  # its TabActivated shows the pane

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        tabs = event.tabbed_content
        wanted = tabs.wanted if isinstance(tabs, ViewTabs) else None
        if wanted and tabs.active != wanted:
            tabs.active = wanted  # a late switch undone: the view last chosen wins
            return
        # A late event of a tab left since must not show (focus) it.
        if event.pane.id and event.pane.id == tabs.active:
            for pane in event.pane.query(Pane):  # none while the console closes
                pane.shown()

    def run_pane_action(self, tab_id: str, action: str) -> None:
        self.action_show(tab_id)
        self.call_later(self.pane(tab_id).run_action, action)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for tab_id, title, _ in VIEWS:
            yield SystemCommand(
                f"Show {title}", f"switch to the {title} view", self._shower(tab_id)
            )
        yield SystemCommand("Cluster: instances, listeners, health",
                            "the instances sharing state, the state backend and the ledger "
                            "(key i)", self.action_cluster)
        listed = set()
        for tab_id, action, title, help_text in PALETTE:
            listed.add((tab_id, action))
            yield SystemCommand(title, help_text, self._runner(tab_id, action))
        for tab_id, title, pane in VIEWS:
            for key, action, description in pane_actions(pane):
                if (tab_id, action) not in listed:
                    yield SystemCommand(f"{title}: {description}", f"key {key} in {title}",
                                        self._runner(tab_id, action))

    @work(exclusive=True, group="kill-switch")
    async def load_kill_switch(self) -> None:
        try:
            self.kill_switch = await self.connection.kill_switch()
        except Exception:
            return  # the connection says why; the header keeps what it showed
        self._show_badge()

    def action_kill_switch(self) -> None:
        """Turn deny-all on for chosen surfaces, or lift it, after a confirmation."""

        def chosen(switching: Switching | None) -> None:
            if switching is not None:
                self.switch_kill_switch(switching)

        self.push_screen(KillSwitchDialog(self.kill_switch), chosen)

    @work(exclusive=True, group="kill-switch")
    async def switch_kill_switch(self, switching: Switching) -> None:
        on, surfaces, reason = switching
        try:
            self.kill_switch = await self.connection.set_kill_switch(
                on, surfaces=surfaces, reason=reason, by=self.operator)
        except Exception as exc:
            self.report_error(exc, action="the kill switch")
            return
        self._show_badge()
        if on:
            self.notify(f"every action on {', '.join(surfaces)} is refused until lifted (K)",
                        title="kill switch ON", severity="error")
        else:
            self.notify("the rules decide again", title="kill switch lifted")

    def action_cluster(self) -> None:
        """The instances sharing state, the state backend and the ledger (`i`)."""
        if not isinstance(self.screen, ClusterScreen):
            self.push_screen(ClusterScreen(self.connection))

    def action_help(self) -> None:
        """Every key of the open view, then the console's own."""
        tab_id = self.tabs().active
        title = next((t for i, t, _ in VIEWS if i == tab_id), tab_id)
        display = self.get_key_display
        sections = [
            (f"{title} view", binding_rows(type(self.pane(tab_id)).BINDINGS, display)),
            ("tables and filters", NAVIGATION),
            ("everywhere", binding_rows(self.BINDINGS, display)),
        ]
        self.push_screen(HelpScreen(f"Keys — {title}", sections))

    def _shower(self, tab_id: str) -> Any:
        return lambda: self.action_show(tab_id)

    def _runner(self, tab_id: str, action: str) -> Any:
        return lambda: self.run_pane_action(tab_id, action)

    def report_error(self, exc: BaseException, *, action: str) -> None:
        """The one path errors take to the operator: a notification with the hint."""
        if isinstance(exc, SecproxyError):
            text = exc.message + (f"\n{exc.hint}" if exc.hint else "")
        else:
            text = f"{type(exc).__name__}: {exc}"
        self.notify(text, title=f"{action} failed", severity="error", timeout=8)


PALETTE = (
    ("live", "toggle_pause", "Live: pause or resume", "stop or restart the live stream"),
    ("live", "cycle_decision", "Live: next decision filter", "all, block, allow, …"),
    ("live", "cycle_surface", "Live: next surface filter", "all, egress, llm, ws, tool"),
    ("live", "clear", "Live: clear", "forget the rows shown"),
    ("approvals", "approve", "Approvals: approve selected", "let the held action proceed"),
    ("approvals", "deny", "Approvals: deny selected", "refuse the held action"),
    ("approvals", "resolve_with_note", "Approvals: resolve with a note…", "approve or deny"),
    ("rules", "apply", "Rules: apply the edited rules", "validate and hot-reload"),
    ("rules", "apply_save", "Rules: apply and save", "also write them into the config file"),
    ("rules", "revert", "Rules: revert the editor", "back to the running rules"),
    ("rules", "suggest", "Rules: suggest rules from the ledger…",
     "learning mode: rules covering the observed traffic, drafted into the editor"),
    ("users", "block", "Users: block selected…", "block for a duration, with a reason"),
    ("users", "unblock", "Users: unblock selected", "lift the block, clear strikes"),
    ("tools", "approve", "Tools: approve selected change", "trust a changed MCP tool definition"),
)
"""Command-palette entries: (view, action, title, help)."""


def pane_actions(pane: type[Pane]) -> list[tuple[str, str, str]]:
    """(key, action, description) of a view's own keys, for the palette."""
    out = []
    for b in pane.BINDINGS:
        binding = b if isinstance(b, Binding) else Binding(*b)
        out.append((binding.key, binding.action, binding.description or binding.action))
    return out


def _whoami() -> str:
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        return "operator"


def run_console(socket_path: Path | str | RemoteApi) -> None:
    """Run the console in this terminal until the operator quits (attached to a control
    socket, or to a remote operator API)."""
    SecproxyConsole(socket_path).run()
