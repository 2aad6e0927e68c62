"""The test MCP server's command for child processes: `python -S mcp_launch.py SPEC stdio`
or `… SPEC http PORT`, the arguments of `mcp_server.py`. Starting `mcp_server.py` costs
about two seconds of importing the SDK; when a zygote (`mcp_zygote.py`) listens at the
socket named by SECPROXY_TEST_MCP_ZYGOTE, this script, which imports the standard library
only, hands it its arguments, environment, working directory and descriptors 0, 1 and 2,
and the zygote forks the server onto them. This process stays as the server's stand-in:
SIGTERM, SIGINT and SIGHUP are passed on to the server, the server's exit is this
process's exit (the same code, or the same signal), and when this process dies the server
is killed. With no zygote, it becomes `python mcp_server.py` as before."""

import contextlib
import json
import os
import signal
import socket
import sys
from typing import NoReturn

ZYGOTE = "SECPROXY_TEST_MCP_ZYGOTE"
FORWARDED = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def _run_here() -> NoReturn:
    server = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mcp_server.py")
    os.execv(sys.executable, [sys.executable, server, *sys.argv[1:]])


def main() -> None:
    address = os.environ.get(ZYGOTE)
    if not address:
        _run_here()
    zygote = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    try:
        zygote.connect(address)
    except OSError:  # the session that started the zygote is over
        zygote.close()
        _run_here()
    request = {"argv": sys.argv[1:], "env": dict(os.environ), "cwd": os.getcwd()}
    socket.send_fds(zygote, [json.dumps(request).encode()], [0, 1, 2])
    # The server holds stdin and stdout now: a pipe's end closes when the server closes it.
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)

    def forward(sig: int, _frame: object) -> None:
        with contextlib.suppress(OSError):  # the server may be gone already
            zygote.send(str(sig).encode())

    for sig in FORWARDED:
        signal.signal(sig, forward)
    answer = zygote.recv(64)
    if not answer:
        sys.exit("mcp_launch: the zygote ended without the server's exit status")
    code = int(answer)
    if code < 0:  # the server was killed by a signal: so is its stand-in
        signal.signal(-code, signal.SIG_DFL)
        os.kill(os.getpid(), -code)
    sys.exit(code)


if __name__ == "__main__":
    main()
