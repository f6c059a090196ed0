"""IASIOS Assessor: run without arguments for the desktop app, or with a command (--help)."""

import sys

from assessor_app.app import main

if __name__ == "__main__":
    sys.exit(main())
