"""The parser: global options, then one sub-command per module in COMMAND_MODULES."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import ModuleType

from assessor_app import APP_NAME, __version__
from assessor_app.cli import (
    action_commands,
    attachment_commands,
    backup_commands,
    finding_commands,
    protection_commands,
    report_commands,
    request_commands,
    sample_commands,
    sync_commands,
    template_commands,
    visit_commands,
    visit_set_commands,
    workbook_commands,
)
from assessor_app.cli.passphrase_input import add_global_options

# Each feature adds its module here; a module has register(subparsers).
COMMAND_MODULES: list[ModuleType] = [
    visit_commands,
    visit_set_commands,
    finding_commands,
    action_commands,
    attachment_commands,
    template_commands,
    sample_commands,
    report_commands,
    request_commands,
    sync_commands,
    workbook_commands,
    protection_commands,
    backup_commands,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "main.py",
        description=f"{APP_NAME} {__version__}: IASIOS accreditation visits, offline. "
        "Without a command the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all data in DIR (default: $ASSESSOR_APP_DATA_DIR, else the user data folder)",
    )
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser
