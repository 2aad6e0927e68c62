"""`python -m tui [--socket PATH] [-c CONFIG]`: open the console (same as `secproxy tui`)."""

from __future__ import annotations

import argparse
import sys

from secproxy.errors import SecproxyError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui", description=__doc__)
    parser.add_argument("--socket", help="control socket of the running proxy")
    parser.add_argument("-c", "--config", help="config file (to find the socket)")
    args = parser.parse_args(argv)
    from secproxy.config import load_config
    from tui.app import run_console

    try:
        path = args.socket or load_config(args.config).config.control_socket
    except SecproxyError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    run_console(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
