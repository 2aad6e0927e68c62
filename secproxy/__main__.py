"""`python -m secproxy`: the same command line as the `secproxy` script."""

from secproxy.cli import main

if __name__ == "__main__":
    main()
