"""``python -m refugeelaw`` and the ``refugeelaw`` command: see :mod:`refugeelaw.cli`."""

from __future__ import annotations

import sys


def main() -> int:
    """Run the command line (:func:`refugeelaw.cli.main`), loaded here, so that a Ctrl-C while it
    loads ends quietly with status 130, as one while it runs does."""
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        if sys.stderr is not None:
            sys.stderr.write("refugeelaw: interrupted\n")
        return 130
    return run()


if __name__ == "__main__":
    sys.exit(main())
