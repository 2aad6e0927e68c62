"""`guards.allow`: known false positives dropped by fingerprint, text or place, in the
engine's guards stage; bad entries refused when the config loads."""

from __future__ import annotations

import pytest

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.engine import Engine
from secproxy.errors import ConfigError
from secproxy.guards import Masker
from secproxy.guards.allow import Allowlist
from secproxy.model import Action, Decision, Direction, Surface, Target

GUARD = """
guards:
  use:
    - name: keys
      family: patterns
      action: sanitize
      settings:
        patterns:
          - {name: key, pattern: 'sk-[a-z0-9]+', replacement: null}
"""


def engine(allow: str = "") -> Engine:
    e = Engine(load_config(text=GUARD + allow, env={}), guard_factory=configured_guards)
    e.masker.rekey(b"k" * 32)
    return e


def prompt(text: str, host: str | None = None, path: str | None = None) -> Action:
    return Action(Surface.EGRESS, Direction.REQUEST, content=text,
                  target=Target(host=host, path=path))


async def test_without_allowlist_every_match_is_masked() -> None:
    v = await engine().decide(prompt("a sk-live1 b sk-test2"), audit=False)
    assert v.decision is Decision.ALLOW_WITH_REDACTION
    assert v.sanitized is not None and "sk-" not in v.sanitized


async def test_fingerprint_allows_exactly_that_value() -> None:
    fp = Masker(b"k" * 32).fingerprint("key", "sk-test2")
    e = engine(f"  allow:\n    - fingerprints: ['{fp}']\n      reason: documented test key\n")
    v = await e.decide(prompt("a sk-live1 b sk-test2"), audit=False)
    assert v.sanitized is not None
    assert "sk-test2" in v.sanitized and "sk-live1" not in v.sanitized
    # the bare 8 hex digits work for any kind
    e = engine(f"  allow:\n    - fingerprints: ['{fp.split(':')[1]}']\n")
    v = await e.decide(prompt("b sk-test2"), audit=False)
    assert v.decision is Decision.ALLOW and not v.findings


async def test_match_and_paths_narrow_together() -> None:
    e = engine("  allow:\n    - match: 'sk-test[0-9]+'\n      paths: ['docs.example.com/*']\n")
    here = await e.decide(prompt("x sk-test2", "docs.example.com", "/guide"), audit=False)
    assert here.decision is Decision.ALLOW
    elsewhere = await e.decide(prompt("x sk-test2", "api.example.com", "/v1"), audit=False)
    assert elsewhere.decision is Decision.ALLOW_WITH_REDACTION
    partial = await e.decide(prompt("x sk-test2x", "docs.example.com", "/g"), audit=False)
    assert partial.decision is Decision.ALLOW_WITH_REDACTION  # match is a full match


async def test_kinds_and_guards_narrow_an_entry() -> None:
    e = engine("  allow:\n    - match: 'sk-.*'\n      guards: [other]\n")
    v = await e.decide(prompt("x sk-test2"), audit=False)
    assert v.decision is Decision.ALLOW_WITH_REDACTION


@pytest.mark.parametrize(("entry", "message"), [
    ("- kinds: [key]", "needs fingerprints, match or paths"),
    ("- fingerprints: ['nothex']", "is not a fingerprint"),
    ("- match: '('", "not a valid regular expression"),
    ("- match: 'a'\n      colour: red", "unknown keys colour"),
    ("- paths: [3]", "paths must be a string or a list"),
])
def test_bad_entries_are_refused_with_the_reason(entry: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(text=GUARD + "  allow:\n    " + entry + "\n", env={})
    assert message in str(info.value)
    assert "guards.allow" in str(info.value)


def test_allowlist_is_false_when_empty() -> None:
    assert not Allowlist.parse([])
    assert Allowlist.parse([{"match": "x"}])
