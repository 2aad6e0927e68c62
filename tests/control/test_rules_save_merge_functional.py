"""Saving rules over the real control socket keeps the file's own text: one changed rule
changes only its own line(s) — comments between and inside rules, a flow list, quoted
strings and a block scalar stay byte for byte — whether the operator edited YAML made from
the running rules (no comments) or the file's block `rules/get` showed. Files with anchors
in their rules, or several documents, are refused and left alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from secproxy.control import rules_edit
from secproxy.control.client import ControlClient
from secproxy.model import Decision
from secproxy.runtime import Runtime
from tests.control.test_rules_save_functional import names, proxy_from, refused, replace, tool

pytestmark = pytest.mark.functional

HEAD = """\
# the proxy on a laptop
state_dir: {state}
listeners:
  egress: {{host: 127.0.0.1, port: 0}}
  api: {{host: 127.0.0.1, port: 0}}
engine:
  default_action: allow
"""
FS = """\
  # the file-system rule, kept by hand
  - name: fs          # agents read secrets from disk
    tools: ["fs.*", 'files.*']   # two quote styles
    action: deny
    reason: |
      Reading files is not allowed.
      # not a comment: the reason's text
"""
SHELL = """\

  # between rules: the shell
  - name: shell
    tools: [shell.*]
    action: deny   # inside a rule
"""
DOCS = """\
  - name: docs
    host: "docs.example.com"
    action: allow
"""
TAIL = """\
# after the rules
logging:
  level: info
"""


async def rt_call(rt: Runtime, command: str) -> dict[str, Any]:
    assert rt.control is not None
    async with ControlClient(rt.control.path) as client:
        return await client.call(command, {})


def config(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "secproxy.yaml"
    text = HEAD.format(state=tmp_path / "state") + "rules:\n" + FS + SHELL + DOCS + TAIL
    path.write_text(text)
    return path, text


def generated_with(rules_yaml: str, name: str, **changes: object) -> str:
    """YAML made from the running rules (what the console shows without the file's
    block), with one rule changed."""
    rules = yaml.safe_load(rules_yaml)
    for rule in rules:
        if rule["name"] == name:
            rule.update(changes)
    return yaml.safe_dump(rules, sort_keys=False)


async def test_one_rule_changed_from_generated_yaml_changes_only_its_line(
    tmp_path: Path,
) -> None:
    path, original = config(tmp_path)
    async with proxy_from(path) as rt:
        shown = await rt_call(rt, "rules/get")
        assert shown["yaml_origin"] == "file"
        assert shown["yaml"] == "rules:\n" + FS + SHELL + DOCS, "the block as written"

        text = generated_with(rules_edit.rules_yaml(rt.engine.config), "shell",
                              tools=["shell.*", "exec.*"])
        assert "# between rules" not in text and "# inside a rule" not in text
        reply = await replace(rt, text, save=True)
        assert reply["persisted"] is True
        assert path.read_text() == original.replace(
            "    tools: [shell.*]\n", "    tools: [shell.*, exec.*]\n"
        ), "the flow list stays flow; every other byte stays"
        assert (await rt.engine.decide(tool("exec.run"))).decision is Decision.BLOCK
        # While the edit runs the console gets back the text it applied (it knows its
        # edit by it); after a reload, the file's block with its comments.
        assert (await rt_call(rt, "rules/get"))["yaml"] == text

        rt.reload()  # the saved file loads the rules that run
        shown = await rt_call(rt, "rules/get")
        assert shown["yaml_origin"] == "file" and "# inside a rule" in shown["yaml"]
        assert names(rt) == ["fs", "shell", "docs"]
        assert rt.engine.config.rules[1].tools == ["shell.*", "exec.*"]


async def test_a_changed_block_scalar_and_quoted_string_keep_their_style(
    tmp_path: Path,
) -> None:
    path, original = config(tmp_path)
    async with proxy_from(path) as rt:
        text = generated_with(rules_edit.rules_yaml(rt.engine.config), "fs",
                              reason="Reading files is not allowed.\nAsk first.\n")
        await replace(rt, text, save=True)
        assert path.read_text() == original.replace(
            "      # not a comment: the reason's text\n", "      Ask first.\n"
        )
        text = generated_with(rules_edit.rules_yaml(rt.engine.config), "docs",
                              host="docs.example.org")
        await replace(rt, text, save=True)
        assert path.read_text() == original.replace(
            "      # not a comment: the reason's text\n", "      Ask first.\n"
        ).replace('"docs.example.com"', '"docs.example.org"')


async def test_the_operators_comments_in_the_files_block_are_kept(tmp_path: Path) -> None:
    path, original = config(tmp_path)
    async with proxy_from(path) as rt:
        block = (await rt_call(rt, "rules/get"))["yaml"]
        edited = block.replace(
            '    host: "docs.example.com"\n',
            '    # moved in May\n    host: "docs.example.org"   # the new site\n',
        )
        await replace(rt, edited, save=True)
        assert path.read_text() == original.replace(
            '    host: "docs.example.com"\n',
            '    # moved in May\n    host: "docs.example.org"   # the new site\n',
        )
        assert (await rt_call(rt, "rules/get"))["yaml"] == edited


async def test_a_deleted_rule_goes_with_its_comments_and_a_new_one_is_added(
    tmp_path: Path,
) -> None:
    path, original = config(tmp_path)
    async with proxy_from(path) as rt:
        rules = yaml.safe_load(rules_edit.rules_yaml(rt.engine.config))
        rules = [r for r in rules if r["name"] != "fs"]
        rules.append({"name": "net", "host": "*.bad.example", "action": "deny"})
        await replace(rt, yaml.safe_dump(rules, sort_keys=False), save=True)
        added = "  - name: net\n    host: '*.bad.example'\n    action: deny\n"
        expected = original.replace(FS, "").replace(DOCS, DOCS + added)
        assert path.read_text() == expected
        assert names(rt) == ["shell", "docs", "net"]


async def test_rules_get_falls_back_to_generated_yaml_when_the_file_changed(
    tmp_path: Path,
) -> None:
    path, original = config(tmp_path)
    async with proxy_from(path) as rt:
        path.write_text(original.replace("action: deny   #", "action: allow  #"))
        shown = await rt_call(rt, "rules/get")
        assert shown["yaml_origin"] == "generated"
        assert shown["yaml"] == rules_edit.rules_yaml(rt.engine.config)
        await replace(rt, shown["yaml"])  # applied, not saved: the operator's text shows
        assert (await rt_call(rt, "rules/get"))["yaml_origin"] == "applied"


@pytest.mark.parametrize(
    "rewrite, why",
    [
        (lambda t: t.replace("  - name: fs ", "  - &fs\n    name: fs ").replace(
            "  - name: docs\n", "  - name: docs\n    tools: *fs_tools\n").replace(
            'tools: ["fs.*"', 'tools: &fs_tools ["fs.*"'), "anchor or alias"),
        (lambda t: t + "---\nlogging: {level: debug}\n", "holds 2 YAML documents"),
    ],
    ids=["anchors", "two-documents"],
)
async def test_anchors_and_several_documents_are_refused(
    tmp_path: Path, rewrite: Callable[[str], str], why: str
) -> None:
    path, original = config(tmp_path)
    async with proxy_from(path) as rt:
        hand_edited = rewrite(original)
        path.write_text(hand_edited)  # edited by hand while the proxy runs
        text = generated_with(rules_edit.rules_yaml(rt.engine.config), "shell", action="allow")
        error = await refused(rt, text, save=True)
        assert error.code == "save_failed" and why in error.message
        assert "nothing changed" in error.message
        assert path.read_text() == hand_edited
        assert rt.engine.config.rules[1].action == "deny"
