"""Changes made to the proxy itself land in the ledger: operators' blocks, unblocks and
rules edits (applied or refused) over the control socket, found again with
`secproxy audit query --surface operator`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secproxy.control.client import ControlClient, OperatorError
from secproxy.model import Action, Principal, Surface, Target
from tests.cli.conftest import run_cli
from tests.helpers import running_proxy

pytestmark = pytest.mark.functional


async def test_operator_changes_are_recorded_and_queryable(tmp_path: Path) -> None:
    async with running_proxy(tmp_path) as rt:
        assert rt.control is not None
        async with ControlClient(rt.control.path) as client:
            await client.call("principals/block", {"key": "ip:10.9.8.7", "duration": 600,
                                                   "reason": "probing the intranet",
                                                   "by": "alice"})
            await client.call("principals/unblock", {"key": "ip:10.9.8.7", "by": "bob"})
            await client.call("rules/replace", {
                "yaml": "- {name: no-shell, tools: ['shell.*'], action: deny}\n", "by": "carol"})
            with pytest.raises(OperatorError):
                await client.call("rules/replace", {"yaml": "- {action: nope}\n", "by": "dave"})
        # An ordinary decision in between stays an ordinary record.
        await rt.engine.decide(Action(Surface.TOOL, principal=Principal(user="agent-1"),
                                      target=Target(tool="shell.exec")))
        ledger = rt.config.ledger_path
    out = run_cli("audit", "query", "--ledger", str(ledger), "--surface", "operator",
                  "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = sorted(json.loads(out.stdout), key=lambda r: r["id"])
    seen = [(r["principal"], r["method"], r["decision"]) for r in rows]
    assert seen == [
        ("user:alice", "block", "allow"),
        ("user:bob", "unblock", "allow"),
        ("user:carol", "rules/replace", "allow"),
        ("user:dave", "rules/replace", "block"),
    ]
    block, unblock, edit, refused = rows
    assert block["metadata"]["principal"] == "ip:10.9.8.7"
    assert block["reason"] == "ip:10.9.8.7: probing the intranet"
    assert "blocked_until" in block["metadata"]
    assert unblock["metadata"]["principal"] == "ip:10.9.8.7"
    assert edit["reason"] == "rules replaced by an operator (the config file is unchanged)"
    assert edit["metadata"]["rules"] == 1
    assert refused["reason"].startswith("refused: 1 problem") and "action" in refused["error"]
    # The trail is part of the same hash chain as every other record.
    verify = run_cli("audit", "verify", "--ledger", str(ledger))
    assert verify.returncode == 0 and "chain intact" in verify.stdout, verify.stdout
    everything = json.loads(run_cli("audit", "query", "--ledger", str(ledger),
                                    "--format", "json").stdout)
    assert [r["surface"] for r in everything].count("tool") == 1


def test_rules_cannot_target_the_operator_surface(tmp_path: Path) -> None:
    config = tmp_path / "c.yaml"
    config.write_text("rules:\n  - {surfaces: [operator], action: deny}\n")
    out = run_cli("config", "validate", str(config))
    assert out.returncode != 0
    assert "rules[0].surfaces" in out.stderr + out.stdout
    assert "records changes to the proxy itself" in out.stderr + out.stdout
