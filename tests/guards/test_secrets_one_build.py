"""A secrets guard configured with its defaults holds the detector its field's default
built, not a second copy of it: the first egress request built both (H4, session 18:
~0.5 MiB held for the process's life, and the build's CPU twice)."""

from __future__ import annotations

from secproxy.guards.secrets import SecretsGuard, detector


def test_a_guard_configured_with_the_defaults_reuses_the_default_detector() -> None:
    guard = SecretsGuard("secrets")
    built = guard.detector
    guard.configure({})
    assert guard.detector is built
    assert detector(frozenset(), (), 3, True, "auto") is built  # an int entropy too


def test_another_configuration_gets_its_own_detector() -> None:
    guard = SecretsGuard("secrets")
    guard.configure({"min_entropy": 4.5})
    assert guard.detector is not SecretsGuard("secrets").detector
