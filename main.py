"""IASIOS Assessor: run without arguments for the desktop app, or with a command (--help)."""

import sys

from assessor_app import start_collector

start_collector.hold()  # released once start-up is done (see start_collector)

from assessor_app.app import main  # noqa: E402  (after the collector is held)

if __name__ == "__main__":
    sys.exit(main())
