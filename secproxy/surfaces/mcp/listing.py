"""A definitions list from a server (tools, prompts, resources), decided item by item.

For each tool, in order: the rules say whether a call to it would be denied (then it is
not listed: the model never sees a tool it may not use); a name that shadows another
server's tool is a finding (or left out, `mcp.shadowing: block`); every string of the
definition goes through the guards (a poisoned item is left out, with a finding that
says where: `tools[3].inputSchema.properties.path.description`); then its pin is
checked: a changed, added or renamed tool is held for an operator, whose approval
shows the diff and pins the new definition (`mcp.on_change: hold`), or left out
(`block`). Prompts and resources go through the guards only. Each item's decision is
one ledger record; an item left out stays refused when called (`McpHub.withheld`).
"""

from __future__ import annotations

import asyncio
import copy
import logging
from typing import TYPE_CHECKING, Any

from secproxy.content import Role, TextSlots
from secproxy.model import Action, Decision, Direction, Finding, Outcome, Severity, Verdict
from secproxy.protocols.jsonrpc import LISTS, NO_ID, Message
from secproxy.surfaces.mcp import definitions
from secproxy.surfaces.mcp.hub import Change
from secproxy.surfaces.mcp.pins import PinCheck

if TYPE_CHECKING:
    from secproxy.surfaces.mcp.interceptor import McpInterceptor

log = logging.getLogger("secproxy.mcp")
_RESPONSE = Direction.RESPONSE
_CHANGE_CATEGORY = {"changed": "tool_changed", "added": "tool_added", "renamed": "tool_renamed"}


def _located(verdict: Verdict, action: Action, paths: list[str]) -> list[str]:
    """The paths of the strings the findings with a span point into."""
    slots = action.slots or []
    starts = []
    at = 0
    for s in slots:
        starts.append(at)
        at += len(s.text) + 1
    out: list[str] = []
    for finding in verdict.findings:
        if finding.span is None:
            continue
        for i in range(len(starts) - 1, -1, -1):
            if starts[i] <= finding.span[0]:
                path = paths[slots[i].path[0]]  # type: ignore[index]
                if path not in out:
                    out.append(path)
                break
    return out


class Listing:
    """One list result being decided."""

    def __init__(self, interceptor: McpInterceptor, msg: Message, method: str,
                 cursor: str | None = None):
        self.icpt = interceptor
        self.cursor = cursor
        """The page the list is (the request's cursor; None for the first)."""
        self.engine = interceptor.engine
        self.hub = interceptor.hub
        self.server = interceptor.server
        self.msg = msg
        self.method = method
        self.key = LISTS[method]
        self.tools = method == "tools/list"

    def _meta(self, where: str, name: str | None) -> dict[str, Any]:
        meta: dict[str, Any] = {"definition": where, "kind": "result",
                                "transport": self.icpt.transport}
        if name:
            meta["name"] = name
        if self.msg.rpc_id is not NO_ID:
            meta["rpc_id"] = self.msg.rpc_id
        return meta

    async def decide(self) -> bool:
        """Decide every item; True when the list was changed (items left out, masked)."""
        result = self.msg.result
        items = result.get(self.key) if isinstance(result, dict) else None
        if not isinstance(items, list):
            return False
        assert isinstance(result, dict)
        names = {i.get("name") for i in items if isinstance(i, dict)}
        listed = {n for n in names if isinstance(n, str)}
        keep: list[bool] = []
        changed = False
        holds: dict[int, Any] = {}
        to_pin: list[dict[str, Any]] = []
        annotated: list[dict[str, Any]] = []
        first = False
        if self.tools:
            await self.hub.pins.refresh(self.server)
            first = self.hub.first_page(self.server, self.cursor)
        changed = await self._rest(result)
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                keep.append(False)
                await self._no_definition(i)
                continue
            original = copy.deepcopy(item) if self.tools else item
            ok, masked = await self._item(i, item)
            changed = changed or masked
            keep.append(ok)
            if not ok or not self.tools:
                continue
            check = self.hub.pins.check(self.server, original, listed)
            if check.status == "first" or first and check.status in ("added", "renamed"):
                to_pin.append(original)  # (a next page of the first list: first sight)
            elif check.status == "unannotated":
                annotated.append(original)
            elif check.status != "pinned":
                holds[i] = self._changed(i, original, check)
        if to_pin:
            await self.hub.pins.pin(self.server, to_pin, first=True)
        if self.tools:  # (listed, even when every tool in it was refused)
            await self.hub.pins.listed(self.server)
        if annotated:
            log.warning("mcp: %d pins of %s were made before tool annotations were "
                        "pinned: pinned again with the annotations listed now",
                        len(annotated), self.server)
            await self.hub.pins.pin(self.server, annotated)
        if holds:
            answers = await asyncio.gather(*holds.values())
            for i, ok in zip(holds, answers, strict=True):
                keep[i] = ok
        if self.tools:
            kept = {str(item.get("name")) for item, ok in zip(items, keep, strict=True) if ok}
            self.hub.listed(self.server, kept, more=self.cursor is not None)
            following = result.get("nextCursor")
            if first and isinstance(following, str):
                self.hub.next_page(self.server, following)
        if all(keep):
            return changed
        result[self.key] = [item for item, ok in zip(items, keep, strict=True) if ok]
        return True

    async def _item(self, index: int, item: dict[str, Any]) -> tuple[bool, bool]:
        """(listed, masked) for one item: policy, shadowing and guards."""
        where = f"{self.key}[{index}]"
        raw = item.get("name") if isinstance(item.get("name"), str) else item.get("uri")
        name = raw if isinstance(raw, str) else None
        action = self.icpt.action(_RESPONSE, self.method, meta=self._meta(where, name))
        extra: list[Finding] = []
        if self.tools and name is not None:
            # A denied tool is not withheld: the same rule refuses its calls.
            refused = self._denied(name)
            if refused is None:
                shadow = self._shadowing(name)
                if shadow is not None and self.engine.config.mcp.shadowing == "block":
                    refused = shadow
                    self.hub.withhold(self.server, name, shadow.message)
                elif shadow is not None:
                    extra.append(shadow)
            if refused is not None:
                if refused.category == "denied_by_rule":
                    self.hub.deny(self.server, name, refused.message)
                verdict = self.engine.settle(action, refused)
                await self.engine.record(action, verdict, Outcome(duration=0.0))
                return False, False
        slots, paths = definitions.strings(item, where)
        if slots.places:
            action.slots = slots.slots(Role.TOOL_RESULT)
            action.content = slots.text()
        verdict = await self.engine.decide(action, audit=False)
        verdict.findings.extend(extra)
        if not verdict.permits:
            located = _located(verdict, action, paths)
            at = f" at {', '.join(located)}" if located else ""
            what = f"{where} ({name})" if name else where
            verdict.findings.append(Finding("mcp", "poisoned_definition",
                                            f"{what} left out of the list{at}",
                                            Severity.HIGH))
            await self.engine.record(action, verdict, Outcome(duration=0.0))
            if name is not None and self.tools:
                self.hub.withhold(self.server, name, f"its definition was refused{at}")
            return False, False
        masked = False
        if verdict.decision is Decision.ALLOW_WITH_REDACTION and action.slots is not None:
            slots.write(action.slots)
            masked = True
        await self.engine.record(action, verdict, Outcome(duration=0.0))
        if name is not None and self.tools:
            self.hub.release(self.server, name)
        return True, masked

    async def _rest(self, result: dict[str, Any]) -> bool:
        """The result's strings beside its list (`nextCursor`, `_meta`, keys a server
        adds), decided as one: refused, they are removed; masked, written back. True when
        the result changed."""
        slots = TextSlots()
        rest = [k for k in result if k != self.key]
        for key in rest:
            slots.collect(result, key)
        if not slots.places:
            return False
        action = self.icpt.action(_RESPONSE, self.method, meta=self._meta("result", None))
        action.slots = slots.slots(Role.TOOL_RESULT)
        action.content = slots.text()
        verdict = await self.engine.decide(action, audit=False)
        changed = True
        if not verdict.permits:
            for key in rest:
                del result[key]
            verdict.findings.append(Finding(
                "mcp", "poisoned_definition", f"the {self.method} result's "
                f"{', '.join(rest)} removed", Severity.HIGH))
        elif verdict.decision is Decision.ALLOW_WITH_REDACTION:
            slots.write(action.slots)
        else:
            changed = False
        await self.engine.record(action, verdict, Outcome(duration=0.0))
        return changed

    async def _no_definition(self, index: int) -> None:
        """An item that is no object is left out, recorded."""
        where = f"{self.key}[{index}]"
        action = self.icpt.action(_RESPONSE, self.method, meta=self._meta(where, None))
        verdict = self.engine.settle(action, Finding(
            "mcp", "poisoned_definition", f"{where} is no definition (not an object): left "
            "out of the list", Severity.LOW))
        await self.engine.record(action, verdict, Outcome(duration=0.0))

    def _denied(self, name: str) -> Finding | None:
        """A finding when the rules deny calling the tool (then it is not listed)."""
        call = self.icpt.action(Direction.REQUEST, "tools/call", name)
        decision, rule = self.engine.rule_decision(call)
        if decision is not Decision.BLOCK:
            return None
        why = f"by rule {rule}" if rule else "by default (engine.default_action: deny)"
        return Finding("rules", "denied_by_rule",
                       f"tool {name} of {self.server} is denied {why}: not listed",
                       Severity.INFO)

    def _shadowing(self, name: str) -> Finding | None:
        others = self.hub.shadows(self.server, name)
        if not others:
            return None
        said = ", ".join(f"{tool} of {server}" for server, tool in others)
        return Finding("mcp", "tool_shadowing",
                       f"tool {name} of {self.server} is named like {said}", Severity.MEDIUM)

    async def _changed(self, index: int, tool: dict[str, Any], check: PinCheck) -> bool:
        """A tool that differs from its pin: held for an operator or left out."""
        name = str(tool.get("name"))
        previous = check.previous
        where = f"{self.key}[{index}]"
        if check.status == "renamed":
            assert previous is not None
            how = f"tool {name} of {self.server} is {previous.name} renamed (same definition)"
        elif check.status == "added":
            how = f"tool {name} was added to {self.server} after its tools were pinned"
        else:
            how = f"the definition of tool {name} of {self.server} changed since it was pinned"
        wider = definitions.widened(previous.definition if previous else None, tool)
        if wider:
            how += " (" + "; ".join(wider) + ")"
        old = previous.definition if previous is not None else None
        meta = self._meta(where, name)
        meta["pin"] = check.status
        action = self.icpt.action(_RESPONSE, self.method, meta=meta)
        action.content = definitions.diff(old, tool, name)
        finding = Finding("mcp", _CHANGE_CATEGORY[check.status], how, Severity.HIGH)
        replaces = previous.name if check.status == "renamed" and previous else None
        change = Change(check.status, definitions.pinned_part(tool), action.content, how,
                        replaces)
        if self.engine.config.mcp.on_change == "block" or self.hub.standalone:
            verdict = self.engine.settle(action, finding)
            await self.engine.record(action, verdict, Outcome(duration=0.0))
        else:
            # Shown as held (and approvable from the tools view) while the operator thinks.
            change.fingerprint = action.fingerprint()
            self.hub.changed(self.server, name, change)
            try:
                verdict = await self.engine.ask(action, finding)
            finally:
                change.fingerprint = None
        if not verdict.permits:
            self.hub.withhold(self.server, name, f"{how}; not approved")
            self.hub.changed(self.server, name, change)
            return False
        await self.hub.pins.pin(self.server, [tool], replaces=replaces)
        self.hub.release(self.server, name)
        return True
