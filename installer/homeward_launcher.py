"""Entry script of the frozen build: the same `main` as the `homeward` console script."""

import multiprocessing
import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    # A batch of handover reports draws its PDFs in worker processes: in the frozen
    # build each starts as this executable, which must then run the worker, not the app.
    multiprocessing.freeze_support()
    sys.exit(main())
