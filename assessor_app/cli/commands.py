"""The parser: global options, then one sub-command per module in COMMANDS."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import NoReturn

from assessor_app import APP_NAME, __version__
from assessor_app.cli.passphrase_input import add_global_options

# Each feature's module (a module has register(subparsers)) and the commands it registers.
# A command line naming one of these builds its parser from that module alone, so a run
# of `show` does not import the sync, report and workbook machinery (about 30 ms); --help,
# no command or a mistyped one builds them all. tests/test_cli_parser.py keeps this table
# equal to what the modules register.
COMMANDS: dict[str, tuple[str, ...]] = {
    "visit_commands": ("demo", "new", "rate", "user", "list", "show"),
    "visit_set_commands": ("visit",),
    "finding_commands": ("evidence", "comment", "justify"),
    "action_commands": ("action",),
    "attachment_commands": ("attach", "detach"),
    "template_commands": ("templates",),
    "sample_commands": ("sample",),
    "report_commands": ("report", "identity", "sign", "verify"),
    "request_commands": ("request", "requests"),
    "sync_commands": ("export", "import", "conflicts", "resolve", "export-csv"),
    "workbook_commands": ("workbook",),
    "protection_commands": ("protection", "encrypt", "passphrase"),
    "backup_commands": ("backup", "check"),
}
_MODULE_OF = {command: module for module, names in COMMANDS.items() for command in names}


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"assessor_app.cli.{name}")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv`` (the whole parser when None or when it names no command)."""
    parser = argparse.ArgumentParser(
        prog=Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "main.py",
        description=f"{APP_NAME} {__version__}: IASIOS accreditation visits, offline. "
        "Without a command the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _with_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    named = _MODULE_OF.get(_command_named(argv) or "") if argv is not None else None
    for module in [named] if named else list(COMMANDS):
        command_module(module).register(sub)
    return parser


def _with_global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all data in DIR (default: $ASSESSOR_APP_DATA_DIR, else the user data folder)",
    )
    add_global_options(parser)
    return parser


class _NotACommandLineError(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    """Finds the command; a line it cannot read is left to the whole parser to refuse."""

    def error(self, message: str) -> NoReturn:
        raise _NotACommandLineError(message)


def _command_named(argv: Sequence[str]) -> str | None:
    finder = _with_global_options(_QuietParser(add_help=False))
    finder.add_argument("command", nargs="?")
    try:
        known, _rest = finder.parse_known_args(list(argv))
    except _NotACommandLineError:
        return None
    command = getattr(known, "command", None)
    return command if isinstance(command, str) else None
