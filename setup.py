"""The C part of the package: the learned layers' scan (`secproxy.guards._learned`).

Everything else is declared in pyproject.toml. The extension is optional: without a C
compiler (and Python's headers) the install goes on without it and the learned layers run
their pure-Python reference (`secproxy.guards.injection_model`), which gives the same
answers, ~10 times slower.
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("secproxy.guards._learned", ["secproxy/guards/_learned.c"],
                             optional=True)])
