"""``python -m graphkit``: the command line, as the ``graphkit`` script runs it."""

from .cli import main

if __name__ == "__main__":
    main()
