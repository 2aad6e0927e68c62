"""The `ledger` section: sqlite by default, postgresql with a DSN, errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from secproxy.config import load_config
from secproxy.config.reference import render_reference
from secproxy.errors import ConfigError


def issues(text: str, env: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(text=text, env=env or {})
    return [str(i) for i in info.value.issues]


def test_no_config_keeps_the_sqlite_file(tmp_path: Path) -> None:
    cfg = load_config(text=f"state_dir: {tmp_path}\n", env={}).config
    assert cfg.ledger.backend == "sqlite"
    assert cfg.ledger_path == tmp_path / "ledger.db"


def test_a_postgresql_ledger_reads_its_dsn_from_the_environment(tmp_path: Path) -> None:
    text = f"""\
state_dir: {tmp_path}
ledger:
  backend: postgresql
  dsn: postgresql://secproxy:${{PGPASS}}@db.internal:5432/audit
  instance: eu-1
  pool_size: 2
  connect_timeout: 2s
"""
    cfg = load_config(text=text, env={}, variables={"PGPASS": "s3cret"}).config
    assert cfg.ledger.dsn is not None
    assert cfg.ledger.dsn.get_secret_value() == "postgresql://secproxy:s3cret@db.internal:5432/audit"
    assert cfg.ledger.connect_timeout == 2.0
    assert cfg.ledger.instance_name(tmp_path) == "eu-1"
    assert cfg.ledger.spool_path(tmp_path) == tmp_path / "ledger-spool-eu-1.jsonl"
    # Shown without the password.
    assert "s3cret" not in cfg.model_dump_json()


def test_the_default_instance_is_stable_and_differs_by_state_dir(tmp_path: Path) -> None:
    cfg = load_config(env={}).config
    a = cfg.ledger.instance_name(tmp_path / "a")
    assert a == cfg.ledger.instance_name(tmp_path / "a")
    assert a != cfg.ledger.instance_name(tmp_path / "b")


@pytest.mark.parametrize(("body", "expected"), [
    ("{backend: postgresql}", "ledger: backend postgresql needs a dsn"),
    ("{backend: mysql}", "ledger.backend: expected 'sqlite' or 'postgresql' (got 'mysql')"),
    ("{backend: postgresql, dsn: 'mysql://h/db'}",
     "ledger.dsn: expected a postgresql://user:password@host:5432/dbname URL"),
    ("{backend: postgresql, dsn: 'postgresql://h:99999/db'}", "ledger.dsn: bad port in the URL"),
    ("{backend: postgresql, dsn: 'postgresql://h:5432'}", "ledger.dsn: the URL needs a database"),
    ("{dsn: 'postgresql://h/db'}", "ledger: dsn is for backend postgresql"),
    ("{instance: 'a b'}", "ledger.instance: 1 to 64 characters"),
    ("{pool_size: 0}", "ledger.pool_size"),
    ("{connect_timeout: soon}", "ledger.connect_timeout"),
    ("{hosts: [a]}", "ledger.hosts"),
])
def test_bad_ledger_settings_are_refused_with_their_key(body: str, expected: str) -> None:
    found = issues(f"ledger: {body}\n")
    assert len(found) == 1 and expected in found[0], found


def test_the_reference_shows_the_ledger_section() -> None:
    text = render_reference()
    assert "\nledger:\n  # `sqlite` or `postgresql` (needs `dsn`).\n  backend: sqlite" in text
    for key in ("dsn", "instance", "pool_size", "connect_timeout", "command_timeout",
                "retry_interval", "spool"):
        assert f"\n  {key}: " in text


def test_audit_batch_max_reaches_the_ledger(tmp_path: Path) -> None:
    """`audit.batch_max` caps a transaction when the queue is deep (4 x batch_size when
    unset); one below batch_size counts as batch_size; zero is refused, naming the key."""
    from secproxy.runtime import Runtime

    def ledger_of(audit: str) -> tuple[int, int]:
        cfg = load_config(text=f"state_dir: {tmp_path}\naudit: {audit}\n", env={})
        ledger = Runtime(cfg).ledger
        return ledger.batch_size, ledger.batch_max

    assert ledger_of("{batch_size: 100}") == (100, 400)
    assert ledger_of("{batch_size: 100, batch_max: 3000}") == (100, 3000)
    assert ledger_of("{batch_size: 100, batch_max: 10}") == (100, 100)
    refused = issues(f"state_dir: {tmp_path}\naudit: {{batch_max: 0}}\n")
    assert any("audit.batch_max" in i for i in refused), refused
