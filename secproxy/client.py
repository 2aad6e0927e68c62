"""A small client of the inspection API, for agent code that asks secproxy before it acts.

Two lines to guard a plain Python tool:

    client = SecproxyClient("http://127.0.0.1:8000", session_id="run-42", agent_id="coder")

    @guarded_tool(client, tool_name="shell")
    def shell(command: str) -> str: ...

Each call of `shell(...)` is first checked (`POST /inspect/tool-call`, its arguments
bound by name): allowed, it runs; refused (`block`, `challenge`), `ToolBlocked` is raised
and the function never runs; held for an operator (`require_approval`), the call waits
for the approval (`wait_permit`) and runs once it is given, or raises `ApprovalDenied`
(denied or expired) or `ApprovalTimeout`. What the function returns is checked too
(`POST /inspect/output`, as a tool's result) before the agent gets it: a string comes
back masked where the guards sanitize (bytes too); a dict or list is checked as its JSON
and comes back with its strings masked; any other result but a number is checked as its
text; a result the guards refuse (an injected page), or one that needs a mask its type
cannot take (an object, a tuple, a dict holding dates), raises `ToolBlocked` (the
function has run). `check_output=False` skips that. An `async def` tool takes an
`AsyncSecproxyClient`.

`SecproxyClient` (standard library only) and `AsyncSecproxyClient` (aiohttp) have the
same methods: `inspect_input`, `inspect_tool_call`, `inspect_output`, `submit_approval`,
`approval`, `wait_permit`, `execute`. Answers come back as `InspectVerdict` (or the
API's JSON object); an HTTP error is an `ApiError` naming its status and reason.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar
from urllib.parse import quote

from secproxy.errors import SecproxyError

P = ParamSpec("P")
R = TypeVar("R")
_ALLOWED = frozenset({"allow", "allow_with_redaction"})


class ClientError(SecproxyError):
    """Anything the inspection API client reports."""


class ApiError(ClientError):
    """The API answered with an error status (`status`, and its JSON `body`)."""

    def __init__(self, status: int, body: dict[str, Any]):
        self.status = status
        self.body = body
        self.retry_after: float | None = body.get("retry_after")
        reason = body.get("reason") or body.get("error") or "no reason given"
        field_ = f" (field {body['field']})" if body.get("field") else ""
        super().__init__(f"secproxy answered {status}: {reason}{field_}")


class ToolBlocked(ClientError):
    """A guarded tool call was refused; `verdict` says why."""

    def __init__(self, tool: str, verdict: InspectVerdict):
        self.tool = tool
        self.verdict = verdict
        why = verdict.reason or verdict.decision
        super().__init__(f"secproxy refused tool {tool}: {why} (request {verdict.request_id})")


class ApprovalDenied(ClientError):
    """An operator denied the approval, or it expired unanswered."""

    def __init__(self, approval_id: str, state: str, note: str | None = None):
        self.approval_id = approval_id
        self.state = state
        super().__init__(f"approval {approval_id} was {state}" + (f": {note}" if note else ""))


class ApprovalTimeout(ClientError, TimeoutError):
    """No operator answered within the time the client waited."""


@dataclass(slots=True)
class InspectVerdict:
    """The API's verdict on one call (`raw`: the whole JSON answer)."""

    decision: str
    allowed: bool
    request_id: str
    reason: str | None = None
    findings: list[dict[str, Any]] = field(default_factory=list)
    risk: dict[str, float] = field(default_factory=dict)
    approval_id: str | None = None
    arguments: dict[str, Any] | None = None
    """The call's arguments, masked, when the guards rewrote them."""
    sanitized: str | None = None
    """The text, masked, when the guards rewrote it (input and output)."""
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> InspectVerdict:
        return cls(decision=data["decision"], allowed=bool(data.get("allowed")),
                   request_id=data.get("request_id", ""), reason=data.get("reason"),
                   findings=list(data.get("findings") or []), risk=dict(data.get("risk") or {}),
                   approval_id=data.get("approval_id"), arguments=data.get("arguments"),
                   sanitized=data.get("sanitized"), raw=data)


class _Base:
    def __init__(self, base_url: str = "http://127.0.0.1:8000", *, api_key: str | None = None,
                 key_header: str = "Authorization", session_id: str = "default",
                 agent_id: str = "agent", timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.session_id = session_id
        self.agent_id = agent_id
        self.timeout = timeout
        self.headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if api_key is not None:
            is_bearer = key_header.lower() == "authorization"
            self.headers[key_header] = f"Bearer {api_key}" if is_bearer else api_key

    def _who(self, session_id: str | None, agent_id: str | None) -> dict[str, Any]:
        return {"session_id": session_id or self.session_id, "agent_id": agent_id or self.agent_id}

    def _call(self, tool_name: str, arguments: dict[str, Any] | None, action: str | None,
              session_id: str | None, agent_id: str | None) -> dict[str, Any]:
        body = {**self._who(session_id, agent_id), "tool_name": tool_name}
        if action is not None:
            body["action"] = action
        else:
            body["arguments"] = arguments if arguments is not None else {}
        return body

    @staticmethod
    def _permit(approval_id: str, data: dict[str, Any]) -> str | None:
        """The permit once given; raises when the approval will never give one."""
        state = data.get("state")
        if state == "approved" and data.get("permit"):
            return str(data["permit"])
        if state in ("denied", "expired"):
            raise ApprovalDenied(approval_id, state, data.get("note"))
        return None


class SecproxyClient(_Base):
    """The inspection API over HTTP, blocking (standard library only)."""

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None,
                 ok: tuple[int, ...] = (200,)) -> dict[str, Any]:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base_url + path, data=data, method=method,
                                     headers=self.headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310
                status, raw = resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            status, raw = exc.code, exc.read()
        except (urllib.error.URLError, OSError) as exc:
            raise ClientError(f"cannot reach secproxy at {self.base_url}: {exc}") from None
        try:
            answer = json.loads(raw) if raw else {}
        except ValueError:
            answer = {"reason": raw[:200].decode(errors="replace")}
        if status not in ok:
            raise ApiError(status, answer if isinstance(answer, dict) else {})
        return answer if isinstance(answer, dict) else {}

    def inspect_input(self, text: str, *, source: str = "user", session_id: str | None = None,
                      agent_id: str | None = None) -> InspectVerdict:
        """Check text going into the agent (a prompt, a fetched page: `source`)."""
        body = {**self._who(session_id, agent_id), "text": text, "source": source}
        return InspectVerdict.from_json(self._request("POST", "/inspect/input", body))

    def inspect_tool_call(self, tool_name: str, arguments: dict[str, Any] | None = None, *,
                          action: str | None = None, session_id: str | None = None,
                          agent_id: str | None = None) -> InspectVerdict:
        """Check a tool call before making it (`arguments`, or the call as one string)."""
        body = self._call(tool_name, arguments, action, session_id, agent_id)
        return InspectVerdict.from_json(self._request("POST", "/inspect/tool-call", body))

    def inspect_output(self, text: str, *, tool_name: str | None = None, source: str = "tool",
                       session_id: str | None = None, agent_id: str | None = None
                       ) -> InspectVerdict:
        """Check (and get masked) a tool's or model's output before the agent reads it."""
        body = {**self._who(session_id, agent_id), "text": text, "source": source}
        if tool_name:
            body["tool_name"] = tool_name
        return InspectVerdict.from_json(self._request("POST", "/inspect/output", body))

    def submit_approval(self, tool_name: str, arguments: dict[str, Any] | None = None, *,
                        action: str | None = None, session_id: str | None = None,
                        agent_id: str | None = None) -> dict[str, Any]:
        """Ask an operator to approve an exact call: `state` is `pending` (with its
        `approval_id`), `not_required` or `blocked`."""
        body = self._call(tool_name, arguments, action, session_id, agent_id)
        return self._request("POST", "/approval/submit", body, ok=(200, 202, 403))

    def approval(self, approval_id: str) -> dict[str, Any]:
        """An approval's state, and its permit once approved."""
        return self._request("GET", f"/approval/{quote(approval_id, safe='')}")

    def wait_permit(self, approval_id: str, *, timeout: float = 300.0, interval: float = 0.5
                    ) -> str:
        """Poll until the approval is given (its permit), denied or expired (raises
        `ApprovalDenied`), or `timeout` passes (`ApprovalTimeout`)."""
        deadline = time.monotonic() + timeout
        while True:
            permit = self._permit(approval_id, self.approval(approval_id))
            if permit is not None:
                return permit
            if time.monotonic() >= deadline:
                raise ApprovalTimeout(f"approval {approval_id} not answered within {timeout:g}s")
            # The blocking client runs in the agent's thread, never on secproxy's loop.
            time.sleep(min(interval, max(deadline - time.monotonic(), 0.0)))  # noqa: TID251

    def execute(self, tool_name: str, arguments: dict[str, Any] | None = None, *,
                action: str | None = None, permit: str | None = None,
                session_id: str | None = None, agent_id: str | None = None) -> dict[str, Any]:
        """Have secproxy run a call through a handler (`http`, `fs_read`, `fs_write`,
        `shell`): the answer's `result` is `executed`, `blocked`, `failed` or
        `malformed` (a refusal is an answer here, not an exception)."""
        body = self._call(tool_name, arguments, action, session_id, agent_id)
        if permit is not None:
            body["permit"] = permit
        return self._request("POST", "/execute", body, ok=(200, 400, 403, 429, 502, 504))


class AsyncSecproxyClient(_Base):
    """The inspection API over HTTP, for asyncio (aiohttp); `await client.close()` (or
    `async with`) when done."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._http: Any = None

    async def __aenter__(self) -> AsyncSecproxyClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None

    async def _request(self, method: str, path: str, body: dict[str, Any] | None = None,
                       ok: tuple[int, ...] = (200,)) -> dict[str, Any]:
        import aiohttp  # only for asyncio users

        if self._http is None:
            self._http = aiohttp.ClientSession(
                headers=self.headers, timeout=aiohttp.ClientTimeout(total=self.timeout))
        try:
            async with self._http.request(method, self.base_url + path, json=body) as resp:
                status, raw = resp.status, await resp.read()
        except (aiohttp.ClientError, OSError) as exc:
            raise ClientError(f"cannot reach secproxy at {self.base_url}: {exc}") from None
        try:
            answer = json.loads(raw) if raw else {}
        except ValueError:
            answer = {"reason": raw[:200].decode(errors="replace")}
        if status not in ok:
            raise ApiError(status, answer if isinstance(answer, dict) else {})
        return answer if isinstance(answer, dict) else {}

    async def inspect_input(self, text: str, *, source: str = "user",
                            session_id: str | None = None, agent_id: str | None = None
                            ) -> InspectVerdict:
        body = {**self._who(session_id, agent_id), "text": text, "source": source}
        return InspectVerdict.from_json(await self._request("POST", "/inspect/input", body))

    async def inspect_tool_call(self, tool_name: str, arguments: dict[str, Any] | None = None,
                                *, action: str | None = None, session_id: str | None = None,
                                agent_id: str | None = None) -> InspectVerdict:
        body = self._call(tool_name, arguments, action, session_id, agent_id)
        return InspectVerdict.from_json(await self._request("POST", "/inspect/tool-call", body))

    async def inspect_output(self, text: str, *, tool_name: str | None = None,
                             source: str = "tool", session_id: str | None = None,
                             agent_id: str | None = None) -> InspectVerdict:
        body = {**self._who(session_id, agent_id), "text": text, "source": source}
        if tool_name:
            body["tool_name"] = tool_name
        return InspectVerdict.from_json(await self._request("POST", "/inspect/output", body))

    async def submit_approval(self, tool_name: str, arguments: dict[str, Any] | None = None,
                              *, action: str | None = None, session_id: str | None = None,
                              agent_id: str | None = None) -> dict[str, Any]:
        body = self._call(tool_name, arguments, action, session_id, agent_id)
        return await self._request("POST", "/approval/submit", body, ok=(200, 202, 403))

    async def approval(self, approval_id: str) -> dict[str, Any]:
        return await self._request(
            "GET", f"/approval/{quote(approval_id, safe='')}")

    # `timeout` as in the blocking client's: one signature for both.
    async def wait_permit(self, approval_id: str, *, timeout: float = 300.0,  # noqa: ASYNC109
                          interval: float = 0.5) -> str:
        deadline = time.monotonic() + timeout
        while True:
            permit = self._permit(approval_id, await self.approval(approval_id))
            if permit is not None:
                return permit
            if time.monotonic() >= deadline:
                raise ApprovalTimeout(f"approval {approval_id} not answered within {timeout:g}s")
            await asyncio.sleep(min(interval, max(deadline - time.monotonic(), 0.0)))

    async def execute(self, tool_name: str, arguments: dict[str, Any] | None = None, *,
                      action: str | None = None, permit: str | None = None,
                      session_id: str | None = None, agent_id: str | None = None
                      ) -> dict[str, Any]:
        body = self._call(tool_name, arguments, action, session_id, agent_id)
        if permit is not None:
            body["permit"] = permit
        return await self._request("POST", "/execute", body, ok=(200, 400, 403, 429, 502, 504))


def _arguments(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
               ) -> dict[str, Any]:
    """The call's arguments by parameter name, as JSON would carry them."""
    bound = inspect.signature(fn).bind(*args, **kwargs)
    bound.apply_defaults()
    values = dict(bound.arguments)
    for name, param in inspect.signature(fn).parameters.items():
        if param.kind is inspect.Parameter.VAR_KEYWORD and name in values:
            values.update(values.pop(name))
    result: dict[str, Any] = json.loads(json.dumps(values, default=str))
    return result


def guarded_tool(client: SecproxyClient | AsyncSecproxyClient, tool_name: str | None = None, *,
                 approval_timeout: float = 300.0, check_output: bool = True
                 ) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Check every call of the decorated function with secproxy before it runs, and (with
    `check_output`) what it returns before the caller gets it (see the module):
    `tool_name` defaults to the function's name."""

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        name = tool_name or fn.__name__
        if inspect.iscoroutinefunction(fn):
            if not isinstance(client, AsyncSecproxyClient):
                raise TypeError(f"{name} is async: guard it with an AsyncSecproxyClient")
            aclient = client

            @functools.wraps(fn)
            async def guarded_async(*args: P.args, **kwargs: P.kwargs) -> Any:
                verdict = await aclient.inspect_tool_call(name, _arguments(fn, args, kwargs))
                if not verdict.allowed:
                    if verdict.decision != "require_approval" or not verdict.approval_id:
                        raise ToolBlocked(name, verdict)
                    await aclient.wait_permit(verdict.approval_id, timeout=approval_timeout)
                result = await fn(*args, **kwargs)  # type: ignore[misc]
                text = _output_text(result) if check_output else None
                if text is None:
                    return result
                return _checked_output(name, result, await aclient.inspect_output(
                    text, tool_name=name))

            return guarded_async  # type: ignore[return-value]
        if not isinstance(client, SecproxyClient):
            raise TypeError(f"{name} is not async: guard it with a SecproxyClient")
        sclient = client

        @functools.wraps(fn)
        def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
            verdict = sclient.inspect_tool_call(name, _arguments(fn, args, kwargs))
            if not verdict.allowed:
                if verdict.decision != "require_approval" or not verdict.approval_id:
                    raise ToolBlocked(name, verdict)
                sclient.wait_permit(verdict.approval_id, timeout=approval_timeout)
            result = fn(*args, **kwargs)
            text = _output_text(result) if check_output else None
            if text is None:
                return result
            return _checked_output(name, result,  # type: ignore[no-any-return]
                                   sclient.inspect_output(text, tool_name=name))

        return guarded

    return wrap


def _output_text(result: Any) -> str | None:
    """What `/inspect/output` is asked about a tool's result: a string as it is, bytes
    decoded, a dict, list or tuple as its JSON (values JSON cannot write as their
    `str`), anything else but a number or None as its `str`; None when there is nothing
    to ask (returned as it is)."""
    if isinstance(result, str):
        return result or None
    if result is None or isinstance(result, (bool, int, float)):
        return None
    if isinstance(result, (bytes, bytearray)):
        return bytes(result).decode("utf-8", "replace") or None
    if isinstance(result, (dict, list, tuple)):
        try:
            return json.dumps(result, ensure_ascii=False, default=str)
        except (TypeError, ValueError):  # e.g. keys JSON cannot write: its text, then
            return str(result)
    return str(result) or None


def _checked_output(tool: str, result: Any, verdict: InspectVerdict) -> Any:
    """`result` as the output verdict leaves it: itself, masked, or ToolBlocked (also
    when it needs a mask that cannot be put back in its type: fail closed)."""
    if not verdict.allowed:
        raise ToolBlocked(tool, verdict)
    masked = verdict.sanitized
    if masked is None or verdict.decision != "allow_with_redaction":
        return result
    if isinstance(result, str):
        return masked
    if isinstance(result, (bytes, bytearray)):
        return masked.encode()
    if isinstance(result, (dict, list)):
        try:  # a mask replaces characters inside a string and keeps the JSON whole
            back = json.loads(masked)
        except ValueError:  # a mask across the JSON's own syntax
            raise ToolBlocked(tool, verdict) from None
        try:  # only when the JSON gives back the same shape (no value read as `str`)
            same = json.loads(json.dumps(result, ensure_ascii=False)) == result
        except (TypeError, ValueError):
            same = False
        if same:
            return back
    raise ToolBlocked(tool, verdict)  # an object, a tuple, a dict of dates: no safe mask


__all__ = ["ApiError", "ApprovalDenied", "ApprovalTimeout", "AsyncSecproxyClient", "ClientError",
           "InspectVerdict", "SecproxyClient", "ToolBlocked", "guarded_tool"]
