"""Instructions per `POST /inspect/tool-call` through `secproxy serve` (ledger on, every
detector at its defaults, guard cache off), counted by callgrind: `bench/inspect_api.py`'s
CPU per request as a figure the machine's other work does not move, for A/B comparisons
on a busy machine.

    python bench/inspect_cost.py                   # this tree
    python bench/inspect_cost.py --base DIR        # and another source tree (a directory
                                                   # holding secproxy/, its compiled
                                                   # modules built), after this one
    python bench/inspect_cost.py --requests 280

`secproxy serve` runs under callgrind as `bench/request_cost.py` runs it (instrumentation
off until a warm-up of 100 calls has built the deferred guards; then N calls, a dump, 2N
more, a dump), with `bench/inspect_api.py`'s config, and receives `bench/inspect_api.py`'s
seven tool calls in turn on one keep-alive connection. Each dump divided by its calls is
the cost of one call in the proxy process (all its threads; the ledger writer process is
not counted); in brackets without the cryptography library's instructions (the ledger
head's signature, one per batch: under valgrind a batch holds a record or two).

Needs valgrind. A few minutes per tree. Not run in CI.
"""

from __future__ import annotations

import argparse
import http.client
import json
import tempfile
import time
from pathlib import Path

from inspect_api import CALLS, SERVE_CONFIG
from request_cost import measure
from serving import Procs, callgrind_trees, free_port


def inspect_calls(procs: Procs, tree: str | None, n: int) -> list[tuple[float, float]]:
    state = procs.tmp / f"state-{time.monotonic_ns()}"
    state.mkdir()
    api = free_port()
    config = SERVE_CONFIG.format(state=state, api=api)
    bodies = [json.dumps({"session_id": f"s{i}", "agent_id": "bench", **call}).encode()
              for i, call in enumerate(CALLS)]
    conn: list[http.client.HTTPConnection] = []
    sent = [0]

    def send(k: int) -> None:
        if not conn:
            conn.append(http.client.HTTPConnection("127.0.0.1", api, timeout=600))
        client = conn[0]
        for _ in range(k):
            body = bodies[sent[0] % len(bodies)]
            sent[0] += 1
            client.request("POST", "/inspect/tool-call", body=body,
                           headers={"Content-Type": "application/json"})
            answer = client.getresponse()
            answer.read()
            if answer.status != 200:
                raise SystemExit(f"serve answered {answer.status}")

    try:
        return measure(procs, config, tree, api, send, n)
    finally:
        for c in conn:
            c.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=140,
                        help="calls in the first counted run (the second sends twice as "
                        "many); a multiple of 7 sends each call as often")
    parser.add_argument("--base", metavar="DIR", help="also measure this source tree")
    args = parser.parse_args()
    trees = callgrind_trees(args.base)
    print("instructions per /inspect/tool-call in the proxy process (callgrind; runs of "
          f"{args.requests} and {2 * args.requests}; in brackets: without the ledger head's "
          "signature)")
    for label, tree in trees:
        procs = Procs(Path(tempfile.mkdtemp(prefix="secproxy-inspect-cost-")))
        try:
            runs = inspect_calls(procs, tree, args.requests)
        finally:
            procs.stop()
        shown = ", ".join(f"{a:,.0f} ({b:,.0f})" for a, b in runs)
        print(f"  {label:<10} {shown}", flush=True)


if __name__ == "__main__":
    main()
