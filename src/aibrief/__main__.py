"""``python -m aibrief``: the same command line as the ``aibrief`` script."""

import sys

from aibrief._cli.main import main

if __name__ == "__main__":
    sys.exit(main())
