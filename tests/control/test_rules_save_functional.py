"""`rules/replace` with `save: true` over the real control socket: only the `rules:` block
of the config file changes, the write is validated first, atomic, keeps the mode and a
`.bak`; a reload afterwards keeps the saved rules. Parsing runs off the event loop."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from secproxy.config import load_config
from secproxy.control import rules_edit, rules_file
from secproxy.control.client import ControlClient, OperatorError
from secproxy.model import Action, Decision, Principal, Surface, Target
from secproxy.runtime import Runtime
from tests.helpers import running_proxy

pytestmark = pytest.mark.functional

LISTENERS = """\
listeners:            # every listener on a free loopback port
  egress: {host: 127.0.0.1, port: 0}
  api: {host: 127.0.0.1, port: 0}
"""
HEAD = """\
# secproxy for the save tests — this comment must survive
state_dir: {state}
{listeners}
engine:
  default_action: allow   # so a missing rule shows
"""
ABOVE = "# the rules, as the operator keeps them (above the block: stays)\n"
RULES = ABOVE + """\
rules:
  - name: old-deny      # goes away
    tools: ["fs.*"]
    action: deny
"""
TAIL = """\

# below the rules: stays too
logging:
  level: info           # and this one
"""
NEW_RULES = "# saved from the console\n- name: shell\n  tools: ['shell.*']\n  action: deny\n"


def head(tmp_path: Path) -> str:
    return HEAD.format(state=tmp_path / "state", listeners=LISTENERS)


@asynccontextmanager
async def proxy_from(path: Path) -> AsyncIterator[Runtime]:
    """A real Runtime started from the config file `path`, as `secproxy serve -c` does."""
    runtime = Runtime(load_config(path, env={}))
    await runtime.start()
    try:
        yield runtime
    finally:
        await runtime.stop()


async def replace(runtime: Runtime, text: str, **extra: Any) -> dict[str, Any]:
    assert runtime.control is not None
    async with ControlClient(runtime.control.path) as client:
        return await client.call("rules/replace", {"yaml": text, **extra})


async def refused(runtime: Runtime, text: str, **extra: Any) -> OperatorError:
    with pytest.raises(OperatorError) as info:
        await replace(runtime, text, **extra)
    return info.value


def tool(name: str) -> Action:
    return Action(surface=Surface.TOOL, target=Target(tool=name), principal=Principal(user="a"))


def names(runtime: Runtime) -> list[str]:
    return [runtime.engine.config.rule_name(i) for i in range(len(runtime.engine.config.rules))]


async def test_save_replaces_only_the_rules_block_and_a_reload_keeps_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="secproxy.engine")
    path = tmp_path / "secproxy.yaml"
    original = head(tmp_path) + RULES + TAIL
    path.write_text(original)
    path.chmod(0o640)
    async with proxy_from(path) as rt:
        reply = await replace(rt, NEW_RULES, save=True)
        assert reply["applied"] is True and reply["persisted"] is True
        assert reply["saved_to"] == str(path.resolve())
        assert reply["backup"] == str(path.resolve()) + ".bak" and reply["format"] == "yaml"
        indented = "".join("  " + line for line in NEW_RULES.splitlines(True))
        assert path.read_text() == head(tmp_path) + ABOVE + "rules:\n" + indented + TAIL
        assert Path(reply["backup"]).read_text() == original
        assert path.stat().st_mode & 0o777 == 0o640
        assert Path(reply["backup"]).stat().st_mode & 0o777 == 0o640
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
        assert names(rt) == ["shell"]

        rt.reload()  # what SIGHUP does: the file now holds the saved rules
        assert names(rt) == ["shell"] and rt.engine.loaded.source == str(path)
        assert (await rt.engine.decide(tool("shell.exec"))).decision is Decision.BLOCK
        assert (await rt.engine.decide(tool("fs.read"))).permits

        saved = path.read_text()
        reply = await replace(rt, "- {name: mem-only, tools: ['x.*'], action: deny}\n")
        assert reply["persisted"] is False and reply["source"] == str(path)
        assert "saved_to" not in reply and path.read_text() == saved
        assert names(rt) == ["mem-only"]
        rt.reload()  # an in-memory edit is gone after a reload; the saved rules are back
        assert names(rt) == ["shell"]
    # The log tells an operator's edit from a reload of the file.
    said = [r.getMessage() for r in caplog.records if r.name == "secproxy.engine"]
    assert f"rules replaced by an operator and saved to {path.resolve()} (1 rules)" in said
    assert "rules replaced by an operator (the config file is unchanged) (1 rules)" in said
    assert f"config reloaded from {path} (1 rules)" in said


@pytest.mark.parametrize(
    "original, expected_tail",
    [
        ("logging: {level: info}", "logging: {level: info}\nrules:\n"),  # no final newline
        ("# only settings\r\nlogging: {level: info}\r\n", None),  # CRLF is kept
    ],
)
async def test_a_file_without_rules_gets_them_appended(
    tmp_path: Path, original: str, expected_tail: str | None
) -> None:
    path = tmp_path / "secproxy.yaml"
    start = head(tmp_path)
    if "\r\n" in original:
        start = start.replace("\n", "\r\n")
    path.write_bytes((start + original).encode())
    async with proxy_from(path) as rt:
        reply = await replace(rt, "rules:\n  - {name: r, tools: ['a.*'], action: log}\n", save=True)
        assert reply["persisted"] is True
    written = path.read_bytes().decode()
    if expected_tail is None:
        block = "rules:\r\n  - {name: r, tools: ['a.*'], action: log}\r\n"
        assert written == start + original + block
    else:
        assert written == start + expected_tail + "  - {name: r, tools: ['a.*'], action: log}\n"
    assert [r.name for r in load_config(path, env={}).config.rules] == ["r"]


async def test_a_json_config_is_rewritten_as_json(tmp_path: Path) -> None:
    path = tmp_path / "secproxy.json"
    data = {
        "state_dir": str(tmp_path / "state"),
        "listeners": {
            "egress": {"host": "127.0.0.1", "port": 0},
            "api": {"host": "127.0.0.1", "port": 0},
        },
        "rules": [{"name": "old", "tools": ["fs.*"], "action": "deny"}],
        "logging": {"level": "info"},
    }
    path.write_text(json.dumps(data))
    async with proxy_from(path) as rt:
        reply = await replace(rt, NEW_RULES, save=True)
        assert reply["format"] == "json" and reply["saved_to"] == str(path.resolve())
        rt.reload()
        assert names(rt) == ["shell"]
    written = json.loads(path.read_text())
    assert list(written) == list(data)  # same keys, same order
    assert written["rules"] == [{"name": "shell", "tools": ["shell.*"], "action": "deny"}]
    assert {k: v for k, v in written.items() if k != "rules"} == {
        k: v for k, v in data.items() if k != "rules"
    }
    assert json.loads(Path(reply["backup"]).read_text()) == data


async def test_no_config_file_to_save_to_changes_nothing(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, {"rules": [{"name": "a", "action": "log"}]}) as rt:
        exc = await refused(rt, NEW_RULES, save=True)
        assert exc.code == "save_failed"
        assert "no config file to save them to" in exc.message and "nothing changed" in exc.message
        assert exc.hint is not None and "without saving" in exc.hint
        assert names(rt) == ["a"]
        reply = await replace(rt, NEW_RULES)  # without save: applied in memory
        assert reply["persisted"] is False and reply["source"] is None
        assert names(rt) == ["shell"]


@pytest.mark.parametrize(
    "edit, message",
    [
        # The file was edited by hand since it was loaded, and is now broken elsewhere:
        # its line is named, in the file.
        (
            lambda text: text.replace("default_action: allow", "default_action: maybe"),
            ":8: engine.default_action: expected 'allow'",
        ),
        (lambda text: "{" + text.replace("\n", " ") + "}", "is one flow mapping"),
        (lambda text: text + "rules_extra: [\n", "is not valid YAML now"),
    ],
)
async def test_a_file_that_cannot_take_the_rules_is_not_written(
    tmp_path: Path, edit: Any, message: str
) -> None:
    path = tmp_path / "secproxy.yaml"
    path.write_text(head(tmp_path) + RULES + TAIL)
    async with proxy_from(path) as rt:
        broken = edit(path.read_text())
        path.write_text(broken)
        exc = await refused(rt, NEW_RULES, save=True)
        assert exc.code == "save_failed", exc
        assert message in exc.message and "nothing changed" in exc.message
        assert exc.message.startswith(f"the rules were not saved: {path.resolve()}")
        assert path.read_text() == broken
        assert not path.with_name(path.name + ".bak").exists()
        assert names(rt) == ["old-deny"]


async def test_rejected_rules_with_save_point_at_the_operators_lines(tmp_path: Path) -> None:
    path = tmp_path / "secproxy.yaml"
    original = head(tmp_path) + RULES + TAIL
    path.write_text(original)
    async with proxy_from(path) as rt:
        exc = await refused(rt, "- name: x\n  tools: [a]\n  action: forbid\n", save=True)
        assert exc.code == "invalid_config"
        assert exc.message == "the rules were not applied (1 problem)"
        assert [(i["path"], i["line"]) for i in exc.issues] == [("rules[0].action", 3)]
        assert path.read_text() == original and not path.with_name(path.name + ".bak").exists()
        assert names(rt) == ["old-deny"]


async def test_saving_no_rules_writes_an_empty_list(tmp_path: Path) -> None:
    path = tmp_path / "secproxy.yaml"
    path.write_text(head(tmp_path) + RULES + TAIL)
    async with proxy_from(path) as rt:
        reply = await replace(rt, "# nothing left\n", save=True)
        assert reply["rules"] == 0 and names(rt) == []
    assert path.read_text() == head(tmp_path) + ABOVE + "rules: []\n" + TAIL


async def test_parsing_validating_and_writing_run_off_the_event_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_loop: dict[str, bool] = {}

    def spy(name: str, fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                asyncio.get_running_loop()
                on_loop[name] = True
            except RuntimeError:
                on_loop.setdefault(name, False)
            return fn(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(
        rules_edit, "build_config_text", spy("build", rules_edit.build_config_text)
    )
    monkeypatch.setattr(rules_edit, "load_edited", spy("load", rules_edit.load_edited))
    monkeypatch.setattr(rules_file, "save_rules", spy("save", rules_file.save_rules))
    path = tmp_path / "secproxy.yaml"
    path.write_text(head(tmp_path) + RULES + TAIL)
    many = "".join(f"- {{name: r{i}, tools: ['t{i}.*'], action: deny}}\n" for i in range(300))
    async with proxy_from(path) as rt:
        reply = await replace(rt, many, save=True)
        assert reply["rules"] == 300
        exc = await refused(rt, many + "- {name: bad, action: nope}\n")
        assert [i["line"] for i in exc.issues] == [301]
    assert on_loop == {"build": False, "load": False, "save": False}
    assert os.path.exists(str(path) + ".bak")
