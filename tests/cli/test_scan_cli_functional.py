"""`secproxy scan`: the proxy's guards over files and stdin, with places, fingerprints,
the allowlist shared with the proxy, SARIF, and exit codes (1 found, 0 clean)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from secproxy.errors import ExitCode
from secproxy.guards import Masker
from tests.cli.conftest import SECPROXY, run_cli

pytestmark = pytest.mark.functional

CONFIG = """
state_dir: {state}
guards:
  use:
    - name: keys
      family: patterns
      action: sanitize
      settings:
        patterns:
          - {{name: demo_key, pattern: 'dk_[a-z0-9]{{8,}}', severity: high}}
"""


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "src").mkdir(parents=True)
    (root / "src" / "app.py").write_text("x = 1\nkey = 'dk_live12345678'\n")
    (root / "README.md").write_text("nothing here\n")
    (root / "blob.bin").write_bytes(b"\0\1dk_live12345678")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("dk_hidden12345678\n")
    return root


def config(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG.format(state=tmp_path / "state") + extra)
    return path


def test_finds_with_place_and_fingerprint_never_the_text(tmp_path: Path, tree: Path) -> None:
    result = run_cli("scan", str(tree), "-c", str(config(tmp_path)), "--format", "json")
    assert result.returncode == ExitCode.CHECK_FAILED, result.stderr
    report = json.loads(result.stdout)
    assert report["files"] == 2 and report["skipped"] == {"binary": 1}
    [finding] = report["findings"]
    assert finding["path"].endswith("src/app.py")
    assert (finding["line"], finding["column"], finding["end_column"]) == (2, 8, 23)
    assert finding["kind"] == "demo_key" and finding["severity"] == "high"
    assert finding["fingerprint"].startswith("demo_key:")
    assert "dk_live" not in result.stdout + result.stderr


def test_clean_input_exits_0_and_stdin_is_read(tmp_path: Path) -> None:
    cfg = str(config(tmp_path))
    clean = subprocess.run([*SECPROXY, "scan", "-", "-c", cfg, "-f", "json"], input="hello\n",
                           capture_output=True, text=True, timeout=30)
    assert clean.returncode == ExitCode.OK, clean.stderr
    assert json.loads(clean.stdout)["findings"] == []
    dirty = subprocess.run([*SECPROXY, "scan", "-c", cfg, "-f", "jsonl"],
                           input="a\nb dk_abcdefgh12\n", capture_output=True, text=True,
                           timeout=30)
    assert dirty.returncode == ExitCode.CHECK_FAILED
    row = json.loads(dirty.stdout)
    assert (row["path"], row["line"], row["column"]) == ("<stdin>", 2, 3)


def test_fingerprint_from_the_state_dir_key_allows_in_scan(tmp_path: Path, tree: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    (state / "mask.key").write_bytes(b"s" * 32)
    expected = Masker(b"s" * 32).fingerprint("demo_key", "dk_live12345678")
    first = run_cli("scan", str(tree), "-c", str(config(tmp_path)), "-f", "json")
    assert json.loads(first.stdout)["findings"][0]["fingerprint"] == expected
    allowed = config(tmp_path, f"  allow:\n    - fingerprints: ['{expected}']\n")
    second = run_cli("scan", str(tree), "-c", str(allowed), "-f", "json")
    assert second.returncode == ExitCode.OK, second.stdout
    assert json.loads(second.stdout)["allowed"] == 1


def test_allow_file_by_path_glob(tmp_path: Path, tree: Path) -> None:
    allow = tmp_path / "allow.yaml"
    allow.write_text("- paths: ['*/src/*']\n  reason: fixtures\n")
    result = run_cli("scan", str(tree), "-c", str(config(tmp_path)), "--allow", str(allow),
                     "-f", "json")
    assert result.returncode == ExitCode.OK, result.stdout


def test_sarif_is_a_valid_shape(tmp_path: Path, tree: Path) -> None:
    result = run_cli("scan", str(tree), "-c", str(config(tmp_path)), "-f", "sarif")
    log = json.loads(result.stdout)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "secproxy"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["patterns/demo_key"]
    [res] = run["results"]
    assert res["ruleId"] == "patterns/demo_key" and res["level"] == "error"
    region = res["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 2 and region["startColumn"] == 8
    assert res["partialFingerprints"]["secproxy/v1"].startswith("demo_key:")


def test_exclude_and_errors_are_one_line(tmp_path: Path, tree: Path) -> None:
    excluded = run_cli("scan", str(tree), "-c", str(config(tmp_path)), "-x", "*.py", "-f",
                       "json")
    assert excluded.returncode == ExitCode.OK
    missing = run_cli("scan", str(tmp_path / "nope"), "-c", str(config(tmp_path)))
    assert missing.returncode == ExitCode.NOT_FOUND and "no such file" in missing.stderr
    bad_allow = tmp_path / "bad.yaml"
    bad_allow.write_text("- kinds: [x]\n")
    bad = run_cli("scan", str(tree), "-c", str(config(tmp_path)), "--allow", str(bad_allow))
    assert bad.returncode == ExitCode.USAGE and "needs fingerprints" in bad.stderr
    wrong = run_cli("scan", str(tree), "-c", str(config(tmp_path)), "-F", "nosuch")
    assert wrong.returncode == ExitCode.USAGE and "no guard of that family" in wrong.stderr
    huge = run_cli("scan", str(tree), "-c", str(config(tmp_path)), "--max-size", str(10**20))
    assert huge.returncode == ExitCode.USAGE and "--max-size" in huge.stderr
    for r in (missing, bad, wrong, huge):
        assert "Traceback" not in r.stderr


def test_a_fifo_in_a_walked_directory_is_skipped_one_named_is_read(tmp_path: Path,
                                                                   tree: Path) -> None:
    """A FIFO met in a walk made `scan` wait forever for a writer; it is skipped now. A
    pipe named on the command line (`<(command)`) is read, at most --max-size of it."""
    os.mkfifo(tree / "src" / "queue")
    result = run_cli("scan", str(tree), "-c", str(config(tmp_path)), "--format", "json",
                     timeout=60)
    assert result.returncode == ExitCode.CHECK_FAILED, result.stderr
    report = json.loads(result.stdout)
    assert report["skipped"] == {"binary": 1, "not a regular file": 1}
    assert [f["path"].rsplit("/", 1)[-1] for f in report["findings"]] == ["app.py"]

    fifo = tmp_path / "named"
    os.mkfifo(fifo)
    proc = subprocess.Popen([*SECPROXY, "scan", str(fifo), "-c", str(config(tmp_path)),
                             "--format", "json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    with fifo.open("w") as writer:
        writer.write("token dk_piped12345678\n")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == ExitCode.CHECK_FAILED, err
    assert json.loads(out)["findings"][0]["kind"] == "demo_key"


def test_archives_and_compressed_files_are_read_member_by_member(tmp_path: Path) -> None:
    """A key in a tar.gz, a zip or an xz file is found, placed at `archive!member`; an
    archive that holds nothing readable is skipped and said so."""
    import gzip
    import io
    import lzma
    import tarfile
    import zipfile

    root = tmp_path / "out"
    root.mkdir()
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w:gz") as tar:
        for name, data in {"app/README": b"hello\n",
                           "app/.env": b"# deploy\nAPI=dk_tarred12345\n"}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    (root / "backup.tgz").write_bytes(raw.getvalue())
    with zipfile.ZipFile(root / "site.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("conf/settings.ini", "[x]\nkey = dk_zipped123456\n")
    (root / "log.xz").write_bytes(lzma.compress(b"one\ntwo dk_xzipped12345\n"))
    (root / "image.gz").write_bytes(gzip.compress(bytes(range(256)) * 4))
    result = run_cli("scan", str(root), "-c", str(config(tmp_path)), "--format", "json")
    assert result.returncode == ExitCode.CHECK_FAILED, result.stderr
    report = json.loads(result.stdout)
    places = sorted((f["path"][len(str(root)) + 1:], f["line"], f["column"])
                    for f in report["findings"])
    assert places == [("backup.tgz!app/.env", 2, 5), ("log.xz", 2, 5),
                      ("site.zip!conf/settings.ini", 2, 7)], places
    assert report["skipped"] == {"compressed, nothing readable": 1}
    assert report["files"] == 4


def test_a_table_shows_paths_as_written(tmp_path: Path) -> None:
    """`pages/[id].tsx` (a Next.js route) is shown with its `[id]`, not read as markup."""
    root = tmp_path / "site"
    (root / "pages").mkdir(parents=True)
    (root / "pages" / "[id].tsx").write_text("const k = 'dk_live12345678'\n")
    result = run_cli("scan", str(root), "-c", str(config(tmp_path)), "--format", "table")
    assert result.returncode == ExitCode.CHECK_FAILED, result.stderr
    assert "[id].tsx:1:" in "".join(result.stdout.split()), result.stdout
