"""`secproxy tui`: open the operator console, attached to the local control socket or,
with `--url`, to a remote proxy's operator API (the key read from an environment
variable, never from the command line).

The console module is imported only when it runs, so the core never loads Textual. A
remote attach is tried once before the console opens: a wrong key, an untrusted
certificate or an unreachable URL is a one-line error, not a console retrying forever;
once attached, the console re-attaches by itself as it does locally.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from secproxy.cli.operator import ConfigOpt, SocketOpt, socket_path
from secproxy.errors import UsageError

if TYPE_CHECKING:
    from secproxy.control.client import ControlTarget, RemoteApi

DEFAULT_KEY_ENV = "SECPROXY_OPERATOR_KEY"

UrlOpt = Annotated[
    str | None,
    typer.Option(
        "--url",
        help="Attach to a remote proxy's operator API instead of the local socket: its api "
        "listener, e.g. https://proxy.example:8000 (the proxy needs control.api_keys).",
        show_default=False,
    ),
]
KeyEnvOpt = Annotated[
    str,
    typer.Option(
        "--key-env",
        help="Environment variable holding the operator key for --url (never pass the key "
        "itself on the command line).",
    ),
]
CaOpt = Annotated[
    Path | None,
    typer.Option(
        "--ca",
        help="PEM file with the certificate or CA to verify the remote proxy with, instead "
        "of the system's trust store.",
        show_default=False,
    ),
]
InsecureOpt = Annotated[
    bool,
    typer.Option(
        "--insecure",
        help="Do not verify the remote proxy's TLS certificate (and allow plain http to a "
        "non-loopback host). Anyone in between could read the key.",
    ),
]


def remote_api(url: str, key_env: str, ca: Path | None, insecure: bool) -> RemoteApi:
    """The remote target `--url` names, with the key read from `key_env`."""
    from secproxy.control.client import RemoteApi  # aiohttp: only when the console runs

    key = os.environ.get(key_env, "").strip()
    if not key:
        raise UsageError(
            f"no operator key in ${key_env}",
            hint=f"export {key_env}=<one of the proxy's control.api_keys> (or name another "
            "variable with --key-env)",
        )
    if ca is not None and not ca.is_file():
        raise UsageError(f"--ca {ca}: no such file", hint="give a PEM file")
    remote = RemoteApi(url, key=key, ca=ca, insecure=insecure)
    remote.websocket_url()  # a malformed or clear-text URL is refused here
    return remote


async def probe(target: ControlTarget) -> None:
    """Attach once and leave; `ControlError` saying why when it cannot."""
    from secproxy.control.client import ControlClient

    async with ControlClient(target, timeout=15.0):
        pass


def tui(
    socket: SocketOpt = None,
    config: ConfigOpt = None,
    url: UrlOpt = None,
    key_env: KeyEnvOpt = DEFAULT_KEY_ENV,
    ca: CaOpt = None,
    insecure: InsecureOpt = False,
) -> None:
    """Open the operator console: this machine's proxy, or a remote one with --url.

    Attaches to the control socket (or with --url to a remote operator API) and
    reconnects by itself when the proxy restarts."""
    import asyncio

    target: ControlTarget
    if url is not None:
        if socket is not None:
            raise UsageError("--url and --socket name two different proxies: give one")
        target = remote_api(url, key_env, ca, insecure)
        asyncio.run(probe(target))
    else:
        if ca is not None or insecure:
            raise UsageError("--ca and --insecure apply to --url only")
        target = socket_path(socket, config)
    # Imported by name at run time: the core must not depend on the console (or Textual).
    console_app = importlib.import_module("tui.app")
    console_app.run_console(target)
