"""Two real `secproxy serve` processes writing one PostgreSQL ledger (issue 17): `audit
query` and `audit verify` see both instances' records and both chains, and each
instance's live sink delivers its own records."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.cli.conftest import proxy_get, run_cli, serve_process, upstream

pytestmark = [pytest.mark.functional, pytest.mark.timeout(150)]


def config(path: Path, dsn: str, sink: Path) -> Path:
    # No ledger.instance: each instance is named after its host and state directory.
    path.write_text(f"""\
egress: {{ssrf_allow: [127.0.0.1]}}
ledger: {{backend: postgresql, dsn: '{dsn}'}}
audit:
  sinks: [{{type: jsonl, name: file, path: '{sink}', poll_interval: 100ms}}]
""")
    return path


def test_two_instances_share_one_ledger_with_a_chain_each(tmp_path: Path, pg_dsn: str) -> None:
    sinks = {name: tmp_path / f"{name}.jsonl" for name in "ab"}
    configs = {name: config(tmp_path / f"{name}.yaml", pg_dsn, sinks[name]) for name in "ab"}
    sent = {"a": 5, "b": 3}
    with upstream() as origin, ExitStack() as stack, ThreadPoolExecutor(2) as pool:
        starting = {name: pool.submit(stack.enter_context, serve_process(
            tmp_path / f"state-{name}", "--config", str(configs[name]), timeout=60))
            for name in "ab"}  # both at once: each takes seconds on a loaded machine
        served = {name: future.result() for name, future in starting.items()}
        for name, proc in served.items():
            for i in range(sent[name]):
                status, body = proxy_get(proc.addresses["egress"], f"{origin}/{name}/{i}")
                assert (status, body) == (200, {"path": f"/{name}/{i}"})
        for proc in served.values():  # SIGTERM: the ledger and the sinks drain
            code, err = proc.stop(timeout=60)
            assert code == 0, err

    out = run_cli("audit", "query", "--config", str(configs["a"]), "--format", "json",
                  "-n", "50", timeout=60)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    paths = sorted(r["url"].split("/", 1)[1] for r in rows)
    assert paths == sorted(f"{n}/{i}" for n in "ab" for i in range(sent[n]))

    out = run_cli("audit", "verify", "--config", str(configs["b"]), "--format", "json",
                  timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] and report["checked"] == 8
    chains = {c["instance"]: c for c in report["chains"]}
    assert len(chains) == 2 and all(c["ok"] for c in chains.values())
    assert sorted(c["checked"] for c in chains.values()) == [3, 5]

    # Each instance's sink delivered its own chain's records, and only those.
    for name in "ab":
        lines = [json.loads(line) for line in sinks[name].read_text().splitlines()]
        assert sorted(r["url"].split("/", 1)[1] for r in lines) == [
            f"{name}/{i}" for i in range(sent[name])]
        assert len({r["instance"] for r in lines}) == 1
