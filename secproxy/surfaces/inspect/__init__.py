"""The inspection API: agent runtimes that do not route through a proxy ask secproxy
before they act, over HTTP on the `api` listener.

    POST /inspect/input       {session_id, agent_id, text, source?}          → verdict
    POST /inspect/tool-call   {session_id, agent_id, tool_name, arguments | action} → verdict
    POST /inspect/output      {session_id, agent_id, text, tool_name?, source?} → verdict
    POST /approval/submit     a tool call                → pending approval (202)
    POST /approval/resolve    {approval_id, approve, note?}  (operator key)
    GET  /approval/{id}       → state, and once approved a permit
    POST /execute             a tool call of a handler (`http`, `fs_read`, `fs_write`,
                              `shell`), with `permit` when it needs approval
                              → executed | blocked | failed | malformed
    GET  /openapi.json        this API as OpenAPI 3.1 (`openapi.py`)

A verdict carries the decision, the findings (each with its `family` and `kind`), the
risk the call added and the session's, sanitized text (or arguments) when the guards
masked something, per-stage timings and the request id of its ledger record. Bodies
are validated strictly: a malformed body, a wrong type or a missing field is a 400
naming the field, in the refusal module's JSON shape. A key with a `rate_limit` past it
is answered 429 (`Retry-After`) before its body is read. Session risk and chains are the
engine's (its session stage), so they apply to every surface's tool calls alike.

`app.inspect_apps()` builds the sub-applications the runtime mounts
(`Runtime._api_mounts`); `permits.py` signs and checks permits, `handlers.py` runs
what `/execute` allows.
"""

from secproxy.surfaces.inspect.app import INSPECT_KEY, InspectApi, inspect_apps

__all__ = ["INSPECT_KEY", "InspectApi", "inspect_apps"]
