"""What a running proxy imports: listeners the config leaves off cost no modules, and a
listener whose modules are imported only when it is on still answers its first request.

Each case runs in a fresh interpreter: the test session itself has imported websockets
and every surface long before.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFERRED = ("websockets", "ruamel", "secproxy.surfaces.llm", "secproxy.surfaces.ws")
"""Modules a proxy with its LLM gateway and WebSocket relay off does not import."""

SCRIPT = r"""
import asyncio, json, sys
from pathlib import Path

from tests.helpers import running_proxy

DEFERRED = tuple(sys.argv[3].split(","))

def loaded():
    return sorted({m for m in sys.modules for d in DEFERRED if m == d or m.startswith(d + ".")})

async def first_answer(address, request):
    host, port = address.rsplit(":", 1)
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(request)
    line = await asyncio.wait_for(reader.readline(), 10)
    writer.close()
    return line.decode().strip()

async def main(state, extra):
    async with running_proxy(Path(state), json.loads(extra)) as rt:
        out = {"loaded": loaded(), "answers": {}}
        addresses = rt.addresses()
        if "llm" in addresses:
            out["answers"]["llm"] = await first_answer(
                addresses["llm"], b"GET /nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        if "ws" in addresses:
            out["answers"]["ws"] = await first_answer(
                addresses["ws"], b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        print(json.dumps(out))

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


def run_proxy(state: Path, extra: dict[str, object]) -> dict[str, object]:
    """Start a proxy with `extra` in a fresh python, ask each of the llm and ws listeners
    it runs one request; what it had imported and the answers' status lines."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(state), json.dumps(extra), ",".join(DEFERRED)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_listeners_left_off_import_nothing_of_theirs(tmp_path: Path) -> None:
    out = run_proxy(tmp_path, {"listeners": {"llm": {"enabled": False},
                                             "ws": {"enabled": False}}})
    assert out["loaded"] == []
    assert out["answers"] == {}


def test_listeners_imported_on_demand_answer_their_first_request(tmp_path: Path) -> None:
    # Upstreams nobody listens on: the listeners start and answer without reaching them
    # (the LLM upstream not tried again: its retries' backoff is seconds of waiting).
    out = run_proxy(tmp_path, {"upstreams": {"openai": {"url": "http://127.0.0.1:9",
                                                        "retries": 0}},
                               "ws": {"upstream": "ws://127.0.0.1:9/"}})
    loaded = out["loaded"]
    assert isinstance(loaded, list)
    assert "secproxy.surfaces.llm" in loaded and "secproxy.surfaces.ws" in loaded
    # The gateway's own answers: the upstream is unreachable (502), a relay's route wants
    # a WebSocket handshake (426).
    assert out["answers"] == {"llm": "HTTP/1.1 502 Bad Gateway",
                              "ws": "HTTP/1.1 426 Upgrade Required"}
