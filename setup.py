"""The compiled parts of the package.

Everything else is declared in pyproject.toml. Both parts are optional: without a C
compiler (and Python's headers) the install goes on without them and the package runs
their pure-Python sources, which give the same answers, slower.

* `secproxy.guards._learned` (C): the learned layers' scan; without it
  `secproxy.guards.injection_model` runs its reference, ~10 times slower.
* `secproxy.guards._match` (C): the injection matcher's Hyperscan hit handler; without
  it `secproxy.guards.injection_match` collects hits in Python.
* `secproxy.guards._hsmatch` (C, `_match` again plus a scan of its own linked to the
  system's libhs: Debian's libhyperscan-dev): the matcher's scans without a Python call
  per hit; without libhs's headers (the usual case off Debian) it is not built and the
  `hyperscan` binding scans, with the same answers.
* `COMPILED` (mypyc, from the project's own typed Python): the injection matcher's
  per-hit work. Beside each compiled module a `<module>.native` stamp names the digest
  of the source it was built from; `secproxy.guards.native` uses the build only while
  the `.py` beside it still has that digest (an edited checkout runs its source).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

COMPILED = ["secproxy/guards/injection_match.py"]
"""Modules compiled with mypyc when it is available (a build requirement)."""


def _mypyc_extensions() -> list[Any]:
    try:
        from mypyc.build import mypycify
    except ImportError:  # built without mypy: the sources run as they are
        return []
    try:
        # The modules it imports are not compiled, nor installed in an isolated build:
        # their names are typed Any there (the compiled code looks them up as Python does).
        extensions = mypycify(["--follow-imports=skip", "--ignore-missing-imports", *COMPILED],
                              opt_level="3", debug_level="0")
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - the pure-Python sources remain
        print(f"secproxy: mypyc could not compile {COMPILED}: {exc!r}")
        return []
    for extension in extensions:
        extension.optional = True
    return list(extensions)


class BuildExt(build_ext):
    """build_ext that stamps each compiled module with its source's digest."""

    failed: set[str]

    def build_extension(self, ext: Any) -> None:
        try:
            super().build_extension(ext)
        except Exception:
            self.failed.add(ext.name)
            raise

    def run(self) -> None:
        self.failed = set()
        super().run()
        wanted = {extension.name for extension in self.extensions} - self.failed
        for path in COMPILED:
            name = path[:-3].replace("/", ".")
            built = Path(self.get_ext_fullpath(name))
            stamp = built.with_name(Path(path).stem + ".native")
            # Only a module this build made (or found up to date): one mypyc refused, or
            # whose compile failed, can leave an older build in place (editable
            # installs), which must not pass for the source's.
            if name in wanted and built.exists():
                stamp.write_text(hashlib.sha256(Path(path).read_bytes()).hexdigest() + "\n")
            elif stamp.exists():
                stamp.unlink()


setup(ext_modules=[Extension("secproxy.guards._learned", ["secproxy/guards/_learned.c"],
                             optional=True),
                   Extension("secproxy.guards._match", ["secproxy/guards/_match.c"],
                             optional=True),
                   Extension("secproxy.guards._hsmatch", ["secproxy/guards/_hsmatch.c"],
                             depends=["secproxy/guards/_match.c"], libraries=["hs"],
                             optional=True), *_mypyc_extensions()],
      cmdclass={"build_ext": BuildExt})
