"""Entry script of the frozen build: the same `main` as the `homeward` console script."""

import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
