"""The zygote of the test MCP server: `python mcp_zygote.py SOCKET`, started once per
test process by `mcp_support.server_command()` on its first call. It listens on the unix
socket first (so a launcher may connect at once), imports the SDK and `mcp_server` once,
then for each launcher (`mcp_launch.py`) that connects forks a keeper, which takes the
launcher's request and descriptors 0, 1 and 2 and forks the server onto them: the server
runs `mcp_server.main` with the launcher's arguments, environment and working directory,
in a process that has started no thread and no event loop before. The keeper passes on
the signals the launcher forwards, kills the server when the launcher's socket closes,
and sends the launcher the server's exit status. The zygote ends when its stdin closes
(the test process is gone), removing its socket and the directory it was made in."""

import contextlib
import json
import os
import selectors
import signal
import socket
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from typing import Any, NoReturn


def _fork(run: Callable[..., object], *args: Any,
          closing: Iterable[socket.socket | selectors.BaseSelector] = ()) -> int:
    """Fork a child that closes what of its parent's it has no use for (`closing`), runs
    `run(*args)` and ends: it never returns into its parent's loop."""
    pid = os.fork()
    if pid == 0:
        try:
            for each in closing:
                each.close()
            run(*args)
        except BaseException:
            traceback.print_exc()
        os._exit(1)
    return pid


def _serve(request: dict[str, Any], fds: list[int]) -> NoReturn:
    """The forked server: `mcp_server.main` on the launcher's descriptors, then exit as
    `python mcp_server.py` would."""
    import mcp_server

    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = [mcp_server.__file__, *request["argv"]]
    code = 0
    try:
        mcp_server.main(request["argv"])
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code or 0
        else:
            print(exc.code, file=sys.stderr)
            code = 1
    except KeyboardInterrupt:  # as the interpreter ends on one: killed by SIGINT
        traceback.print_exc()
        sys.stderr.flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    except BaseException:
        traceback.print_exc()
        code = 1
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)


def _keep(launcher: socket.socket) -> NoReturn:
    """One launcher's keeper: fork its server, relay signals, report its exit."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # this process waits for its child
    message, fds, _, _ = socket.recv_fds(launcher, 1 << 20, 3)
    request = json.loads(message)
    pid = _fork(_serve, request, fds, closing=[launcher])
    for fd in fds:
        os.close(fd)
    events = selectors.DefaultSelector()
    events.register(launcher, selectors.EVENT_READ)
    events.register(os.pidfd_open(pid), selectors.EVENT_READ)
    while True:
        for key, _ in events.select():
            if key.fileobj is not launcher:
                _, status = os.waitpid(pid, 0)
                with contextlib.suppress(OSError):
                    launcher.send(str(os.waitstatus_to_exitcode(status)).encode())
                os._exit(0)
            sig = launcher.recv(16)
            if sig:
                os.kill(pid, int(sig))
            else:  # the launcher is gone: so is its server
                os.kill(pid, signal.SIGKILL)
                events.unregister(launcher)


def main(address: str) -> None:
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    listener.bind(address)
    listener.listen(128)
    print("listening", flush=True)
    import mcp_server

    mcp_server.build({}).streamable_http_app()  # what a server imports when it runs
    assert threading.active_count() == 1, "a thread before fork"
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # keepers are reaped as they end
    events = selectors.DefaultSelector()
    events.register(listener, selectors.EVENT_READ)
    events.register(sys.stdin, selectors.EVENT_READ)
    while True:
        for key, _ in events.select():
            if key.fileobj is sys.stdin:  # the test process is gone (its pipe closed),
                os.unlink(address)  # however it ended
                os.rmdir(os.path.dirname(address))
                return
            launcher, _ = listener.accept()
            _fork(_keep, launcher, closing=[listener, events])
            launcher.close()


if __name__ == "__main__":
    main(sys.argv[1])
