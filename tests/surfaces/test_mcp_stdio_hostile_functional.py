"""`secproxy mcp wrap` under hostile conditions: the running proxy stopped while a client
still talks to the wrapped server, messages over the size limit. The client always gets
an answer to what it waits for."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from secproxy.audit.query import Filters, LedgerReader
from secproxy.model import Direction
from secproxy.wrap import RemoteDecider
from tests.helpers import eventually, running_proxy
from tests.surfaces.mcp_support import SECPROXY, SERVER, write_spec
from tests.surfaces.test_mcp_stdio_functional import SENT

pytestmark = [pytest.mark.functional, pytest.mark.timeout(90)]


async def _wrap(config: Path, name: str, server: Path, cwd: Path, standalone: bool = True
                ) -> asyncio.subprocess.Process:
    """`secproxy mcp wrap [--standalone]` of the Python script `server`, its pipes ours."""
    return await asyncio.create_subprocess_exec(
        SECPROXY, "mcp", "wrap", "-c", str(config), "--name", name,
        *(["--standalone"] if standalone else []), "--",
        sys.executable, str(server), stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=cwd)


async def _big_wrap(stack: contextlib.AsyncExitStack, tmp_path: Path, server: Path,
                    standalone: bool) -> tuple[asyncio.subprocess.Process, Path]:
    """A wrap named `big` of `server` with mcp.max_message_bytes 8192, standalone or
    relayed by a running serve; with the ledger its records go to."""
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\nmcp:\n  max_message_bytes: 8192\n")
    ledger = tmp_path / "state" / "ledger-mcp-big.db"
    if not standalone:  # serve relays the pipes itself (the wrap hands them over)
        rt = await stack.enter_async_context(running_proxy(
            tmp_path / "state", {"mcp": {"max_message_bytes": 8192}}, config_path=config))
        ledger = rt.ledger.path or ledger
    wrap = await _wrap(config, "big", server, tmp_path, standalone)
    assert wrap.stdin is not None and wrap.stdout is not None
    return wrap, ledger


async def test_a_call_after_the_proxy_stopped_is_refused_with_an_error(tmp_path: Path
                                                                      ) -> None:
    # The decider's ControlError ended the requests' pump with a traceback on stderr;
    # the call got no answer (the client waits for it) and the wrap exited 0 once the
    # server saw its stdin close. Now each request is answered with a JSON-RPC error,
    # none reaches the server, and the wrap lives on until the client closes it.
    spec = write_spec(tmp_path / "spec.json")
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\n")
    async with running_proxy(tmp_path / "state", config_path=config):
        wrap = await asyncio.create_subprocess_exec(
            SECPROXY, "mcp", "wrap", "-c", str(config), "--name", "files", "--",
            sys.executable, str(SERVER), str(spec), "stdio", stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=tmp_path)
        assert wrap.stdin is not None and wrap.stdout is not None and wrap.stderr is not None
        wrap.stdin.write(SENT[0] + SENT[1])
        await wrap.stdin.drain()
        first = json.loads(await asyncio.wait_for(wrap.stdout.readline(), 30))
        assert first["id"] == 1 and "result" in first
    wrap.stdin.write(SENT[2])
    await wrap.stdin.drain()
    answer = json.loads(await asyncio.wait_for(wrap.stdout.readline(), 30))
    assert answer["id"] == "two" and answer["error"]["code"] == -32001
    assert "could not decide" in answer["error"]["message"]
    wrap.stdin.close()
    code = await asyncio.wait_for(wrap.wait(), 30)
    errors = (await wrap.stderr.read()).decode()
    assert "Traceback" not in errors and "called echo" not in errors
    assert "cannot decide a request message" in errors
    assert code == 0  # the server's own exit code, once its stdin closed


BIG_ANSWERS = '''
import json, sys
for line in sys.stdin:
    msg = json.loads(line)
    if "id" not in msg:
        continue
    result = {"content": [{"type": "text", "text": "x" * 20000}]}
    if msg["id"] == 1:  # result first, id last (as some SDKs write it)
        answer = {"result": result, "jsonrpc": "2.0", "id": 1}
    else:
        answer = {"jsonrpc": "2.0", "id": msg["id"], "result": result}
    sys.stdout.write(json.dumps(answer) + "\\n")
    sys.stdout.flush()
'''


async def test_a_message_over_the_size_limit_is_answered_with_an_error(tmp_path: Path
                                                                      ) -> None:
    # A line over mcp.max_message_bytes was dropped (recorded as malformed): the
    # server's answer never reached the client, which waited for it for good, and a
    # client's request got an error with id null, which answers nothing it waits for.
    server = tmp_path / "big_answers.py"
    server.write_text(BIG_ANSWERS)
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\nmcp:\n  max_message_bytes: 8192\n")
    wrap = await _wrap(config, "big", server, tmp_path)
    assert wrap.stdin is not None and wrap.stdout is not None and wrap.stderr is not None

    def call(rpc_id: Any, text: str = "a") -> bytes:
        return json.dumps({"jsonrpc": "2.0", "id": rpc_id, "method": "tools/call",
                           "params": {"name": "read", "arguments": {"path": text}}}
                          ).encode() + b"\n"

    try:
        for sent, rpc_id in ((call(1), 1), (call("two"), "two"), (call(3, "y" * 20000), 3)):
            wrap.stdin.write(sent)
            await wrap.stdin.drain()
            answer = json.loads(await asyncio.wait_for(wrap.stdout.readline(), 30))
            assert answer["id"] == rpc_id and answer["error"]["code"] == -32001, answer
            assert "size limit" in answer["error"]["message"]
    finally:
        wrap.stdin.close()
        await asyncio.wait_for(wrap.wait(), 30)


async def test_an_error_for_a_message_over_the_limit_has_the_id_as_written(tmp_path: Path
                                                                          ) -> None:
    # The id was read off the line's ends as an integer: a client's request 2.5 or
    # -0.0 over the limit got its error under 2 or 0, an answer to 1.0 whose id comes
    # last (`"id": 1.0}`) matched nothing and the client waited for it for good.
    server = tmp_path / "big_answers.py"
    server.write_text(BIG_ANSWERS.replace('"id": 1}', '"id": msg["id"]}'))
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\nmcp:\n  max_message_bytes: 8192\n")
    wrap = await _wrap(config, "big", server, tmp_path)
    assert wrap.stdin is not None and wrap.stdout is not None and wrap.stderr is not None
    try:
        for rpc_id, text in ((1.0, "a"), (2.5, "y" * 20000), (-0.0, "y" * 20000)):
            wrap.stdin.write(json.dumps({"jsonrpc": "2.0", "id": rpc_id, "method": "tools/call",
                                         "params": {"name": "read", "arguments": {
                                             "path": text}}}).encode() + b"\n")
            await wrap.stdin.drain()
            line = await asyncio.wait_for(wrap.stdout.readline(), 30)
            assert f'"id":{json.dumps(rpc_id)},'.encode() in line.replace(b" ", b""), line
            assert b"size limit" in line
    finally:
        wrap.stdin.close()
        await asyncio.wait_for(wrap.wait(), 30)


@pytest.mark.parametrize("standalone", [True, False], ids=["standalone", "serve"])
async def test_an_answer_over_the_limit_under_another_spelling_answers_the_call(
        standalone: bool, tmp_path: Path) -> None:
    # A request 1.0 answered over the limit under `"id": 1` (a server reading ids as
    # integers): its error went out under 1, which the client had not asked, and the
    # call stayed waiting (recorded only when the conversation ended). Now the error
    # goes out under 1.0 and the call's record says why it got no result.
    server = tmp_path / "big_answers.py"
    server.write_text(BIG_ANSWERS)  # answers 1.0 as `"id": 1`
    async with contextlib.AsyncExitStack() as stack:
        wrap, ledger = await _big_wrap(stack, tmp_path, server, standalone)
        assert wrap.stdin is not None and wrap.stdout is not None
        try:
            wrap.stdin.write(json.dumps({"jsonrpc": "2.0", "id": 1.0, "method": "tools/call",
                                         "params": {"name": "read",
                                                    "arguments": {"path": "a"}}}
                                        ).encode() + b"\n")
            await wrap.stdin.drain()
            line = await asyncio.wait_for(wrap.stdout.readline(), 30)
            assert b'"id":1.0,' in line.replace(b" ", b""), line
            assert b"size limit" in line
        finally:
            wrap.stdin.close()
            await asyncio.wait_for(wrap.wait(), 30)

        def calls() -> list[dict[str, Any]]:
            with LedgerReader(ledger) as reader:
                return [r for r in reader.query(Filters(surface=["mcp"], limit=100))
                        if r["tool"] == "read"]
        (call,) = await eventually(calls, timeout=10, message="the call's record")
        assert "size limit" in call["error"], call


BIG_SAMPLING = '''
import json, sys
for line in sys.stdin:
    msg = json.loads(line)
    if msg.get("method") != "tools/call":
        continue
    # before its answer, a sampling request over the limit, under the call's own id
    ask = {"jsonrpc": "2.0", "id": msg["id"], "method": "sampling/createMessage",
           "params": {"messages": [{"role": "user", "content": {
               "type": "text", "text": "x" * 20000}}], "maxTokens": 5}}
    sys.stdout.write(json.dumps(ask) + "\\n")
    sys.stdout.flush()
    said = json.loads(sys.stdin.readline())  # the answer to it
    text = "sampling refused" if "error" in said else "sampling answered"
    sys.stdout.write(json.dumps({"jsonrpc": "2.0", "id": msg["id"], "result": {
        "content": [{"type": "text", "text": text}]}}) + "\\n")
    sys.stdout.flush()
'''


@pytest.mark.parametrize("standalone", [True, False], ids=["standalone", "serve"])
async def test_a_server_request_over_the_limit_is_refused_to_the_server(
        standalone: bool, tmp_path: Path) -> None:
    # A sampling request of the server's over the limit was taken for an answer: the
    # client's call under the same id got an error ('the MCP server's answer is over the
    # size limit'), recorded so, and the server waited for good for the answer to its
    # request (the call's real result then went nowhere). Now the server gets the error
    # for its request, the call its result, and the ledger a refusal of the request.
    server = tmp_path / "big_sampling.py"
    server.write_text(BIG_SAMPLING)
    async with contextlib.AsyncExitStack() as stack:
        wrap, ledger = await _big_wrap(stack, tmp_path, server, standalone)
        assert wrap.stdin is not None and wrap.stdout is not None
        try:
            wrap.stdin.write(json.dumps({"jsonrpc": "2.0", "id": 7, "method": "tools/call",
                                         "params": {"name": "read",
                                                    "arguments": {"path": "a"}}}
                                        ).encode() + b"\n")
            await wrap.stdin.drain()
            answer = json.loads(await asyncio.wait_for(wrap.stdout.readline(), 60))
        finally:
            wrap.stdin.close()
            await asyncio.wait_for(wrap.wait(), 30)
        assert answer == {"jsonrpc": "2.0", "id": 7, "result": {"content": [
            {"type": "text", "text": "sampling refused"}]}}, answer

        def records() -> list[dict[str, Any]]:
            with LedgerReader(ledger) as reader:
                return list(reader.query(Filters(surface=["mcp"], limit=100)))
        rows = await eventually(lambda: len(records()) >= 2 and records(), timeout=10,
                                message="the records")
    [refused] = [r for r in rows if r["direction"] == "response" and r["decision"] == "block"]
    assert refused["method"] == "sampling/createMessage", refused
    assert refused["reason"] == ("the MCP server's request sampling/createMessage is over "
                                 "mcp.max_message_bytes (8192 bytes): refused"), refused
    [call] = [r for r in rows if r["tool"] == "read"]
    assert call["error"] is None and call["metadata"]["result"]["decision"] == "allow", call


ASKS_SAMPLING = '''
import json, sys
for line in sys.stdin:
    msg = json.loads(line)
    if msg.get("method") != "tools/call":
        continue
    ask = {"jsonrpc": "2.0", "id": msg["id"], "method": "sampling/createMessage",
           "params": {"messages": [{"role": "user", "content": {
               "type": "text", "text": "hi"}}], "maxTokens": 5}}
    sys.stdout.write(json.dumps(ask) + "\\n")
    sys.stdout.flush()
    said = json.loads(sys.stdin.readline())  # the client's answer to it
    text = "sampling refused" if "error" in said else "sampling answered"
    sys.stdout.write(json.dumps({"jsonrpc": "2.0", "id": msg["id"], "result": {
        "content": [{"type": "text", "text": text}]}}) + "\\n")
    sys.stdout.flush()
'''


async def test_a_client_answer_over_the_limit_is_refused_to_the_server(tmp_path: Path
                                                                      ) -> None:
    # The client's answer to a sampling request, over the limit, was taken for a request
    # of the client's: the client got an error under the id (its own call 7's, which it
    # took for the call's failure), the server no answer for good, and the ledger a
    # malformed message ('not valid JSON'). Now the server gets the error for its
    # request, the client its call's result, the ledger a refusal naming the answer.
    server = tmp_path / "asks_sampling.py"
    server.write_text(ASKS_SAMPLING)
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\nmcp:\n  max_message_bytes: 8192\n")
    wrap = await _wrap(config, "big", server, tmp_path)
    assert wrap.stdin is not None and wrap.stdout is not None
    try:
        wrap.stdin.write(json.dumps({"jsonrpc": "2.0", "id": 7, "method": "tools/call",
                                     "params": {"name": "read", "arguments": {"path": "a"}}}
                                    ).encode() + b"\n")
        await wrap.stdin.drain()
        asked = json.loads(await asyncio.wait_for(wrap.stdout.readline(), 60))
        assert asked["method"] == "sampling/createMessage" and asked["id"] == 7, asked
        wrap.stdin.write(json.dumps({"jsonrpc": "2.0", "id": 7, "result": {
            "role": "assistant", "model": "m", "content": {"type": "text", "text": "y" * 20000}}}
        ).encode() + b"\n")
        await wrap.stdin.drain()
        answer = json.loads(await asyncio.wait_for(wrap.stdout.readline(), 30))
    finally:
        wrap.stdin.close()
        await asyncio.wait_for(wrap.wait(), 30)
    assert answer == {"jsonrpc": "2.0", "id": 7, "result": {"content": [
        {"type": "text", "text": "sampling refused"}]}}, answer

    def refused() -> list[dict[str, Any]]:
        with LedgerReader(tmp_path / "state" / "ledger-mcp-big.db") as reader:
            return [r for r in reader.query(Filters(surface=["mcp"], limit=100))
                    if r["decision"] == "block"]
    [row] = await eventually(refused, timeout=10, message="the refusal's record")
    assert row["reason"] == ("the client's answer to sampling/createMessage is over "
                             "mcp.max_message_bytes (8192 bytes): refused"), row


async def test_the_control_socket_takes_the_id_of_an_answer_over_the_limit(tmp_path: Path
                                                                         ) -> None:
    # A wrap that decides line by line through serve's control socket (`mcp/relay`,
    # when serve cannot take its pipes over) gives the id the oversized line showed.
    async with running_proxy(tmp_path / "state") as rt:
        relay = RemoteDecider(rt.engine.config, "big", None)
        await relay.connect()
        try:
            call = json.dumps({"jsonrpc": "2.0", "id": 1.0, "method": "tools/call",
                               "params": {"name": "read", "arguments": {"path": "a"}}})
            forward, _ = await relay.decide(call, Direction.REQUEST)
            assert forward == call
            forward, back = await relay.decide("", Direction.RESPONSE, 1)
            # and the method of a server's request over the limit: its error is the
            # server's, under its id (no request of the client's waits on it)
            asked = await relay.decide("", Direction.RESPONSE, 1, "sampling/createMessage")
        finally:
            await relay.close()
    assert back is None and forward is not None
    assert json.loads(forward)["error"]["code"] == -32001 and '"id":1.0,' in forward
    assert "size limit" in forward
    assert asked[0] is None and asked[1] is not None, asked
    assert json.loads(asked[1])["id"] == 1 and "size limit" in asked[1]


LOGS_TO_STDOUT = '''
import json, sys
for line in sys.stdin:
    msg = json.loads(line)
    if "id" not in msg:
        continue
    for i in range(8):  # a server that logs to stdout: a common slip
        sys.stdout.write(f"INFO handling request {i}\\n")
    sys.stdout.write(json.dumps({"jsonrpc": "2.0", "id": msg["id"], "result": {}}) + "\\n")
    sys.stdout.flush()
'''


async def test_a_server_s_lines_that_are_no_json_rpc_are_said_on_stderr(tmp_path: Path
                                                                       ) -> None:
    # They were refused and recorded as malformed but nowhere said: a user whose server
    # logs to stdout saw a client that got no log lines and no reason. Now the first few
    # are said on the wrap's stderr (masked, cut), and the answer still goes through.
    server = tmp_path / "logs_to_stdout.py"
    server.write_text(LOGS_TO_STDOUT)
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\n")
    wrap = await _wrap(config, "chatty", server, tmp_path)
    assert wrap.stdin is not None and wrap.stdout is not None and wrap.stderr is not None
    try:
        wrap.stdin.write(b'{"jsonrpc": "2.0", "id": 1, "method": "ping"}\n')
        await wrap.stdin.drain()
        answer = json.loads(await asyncio.wait_for(wrap.stdout.readline(), 30))
        assert answer == {"jsonrpc": "2.0", "id": 1, "result": {}}
    finally:
        wrap.stdin.close()
        await asyncio.wait_for(wrap.wait(), 30)
    errors = (await wrap.stderr.read()).decode()
    said = [line for line in errors.splitlines() if "no JSON-RPC message" in line]
    assert len(said) == 5, errors
    assert "INFO handling request 0" in said[0] and "no more such lines" in said[-1]


ODD_LIST = '''
import json, sys
for line in sys.stdin:
    msg = json.loads(line)
    if "id" not in msg:
        continue
    if msg["method"] == "tools/list":  # tools as an object, not a list
        result = {"tools": {"admin_reset": {"description": "Reset the workspace."}}}
    else:
        result = {"content": [{"type": "text", "text": "workspace reset"}]}
    sys.stdout.write(json.dumps({"jsonrpc": "2.0", "id": msg["id"], "result": result}) + "\\n")
    sys.stdout.flush()
'''


async def test_a_tools_list_of_another_shape_still_counts_as_listed(tmp_path: Path) -> None:
    # A server that answered tools/list with its tools as an object pinned nothing and
    # was taken for never listed: its hidden admin_reset was called (mcp.unlisted_tools
    # decides only once a server has listed).
    server = tmp_path / "odd_list.py"
    server.write_text(ODD_LIST)
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\n")
    wrap = await _wrap(config, "odd", server, tmp_path)
    assert wrap.stdin is not None and wrap.stdout is not None
    try:
        for rpc_id, method, params in ((1, "tools/list", {}),
                                       (2, "tools/call", {"name": "admin_reset",
                                                          "arguments": {}})):
            wrap.stdin.write(json.dumps({"jsonrpc": "2.0", "id": rpc_id, "method": method,
                                         "params": params}).encode() + b"\n")
            await wrap.stdin.drain()
            answer = json.loads(await asyncio.wait_for(wrap.stdout.readline(), 30))
            assert answer["id"] == rpc_id, answer
        assert "error" in answer and "not in the tools list of odd" in \
            answer["error"]["message"], answer
    finally:
        wrap.stdin.close()
        await asyncio.wait_for(wrap.wait(), 30)
