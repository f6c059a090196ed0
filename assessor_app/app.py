"""Composition root: paths, logging, database and services, then the CLI or the GUI."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from assessor_app import start_collector
from assessor_app.cli.terminal import terminal_safe_output
from assessor_app.domain.errors import AppError
from assessor_app.logging_setup import configure_logging
from assessor_app.paths import AppPaths, resolve_paths

log = logging.getLogger(__name__)

EXIT_ERROR = 1
EXIT_UNEXPECTED = 70
EXIT_BROKEN_PIPE = 141  # what a shell reports for a writer killed by SIGPIPE


def main(argv: Sequence[str] | None = None) -> int:
    # Everything printed, argparse's own messages included, passes the control filter.
    try:
        with terminal_safe_output():
            return _main(argv)
    finally:
        start_collector.release()  # whatever path start-up ended on


def desktop_start(argv: Sequence[str] | None) -> tuple[bool, str | None]:
    """(True, data dir or None) when the arguments only start the desktop app.

    The full parser imports every command's module, and the data layer with them; a plain
    desktop start skips it, so the first window paints before SQLAlchemy is imported.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--data-dir" and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--data-dir="):
        return True, args[0].split("=", 1)[1]
    return False, None


def _main(argv: Sequence[str] | None) -> int:
    desktop, data_dir = desktop_start(argv)
    args: object = None
    if not desktop:
        from assessor_app.cli.commands import build_parser

        line = sys.argv[1:] if argv is None else list(argv)
        args = build_parser(line).parse_args(line)
        data_dir = getattr(args, "data_dir", None)
        desktop = getattr(args, "command", None) is None
    paths = resolve_paths(data_dir)
    if not desktop and getattr(args, "reads_only", False) and _is_new(paths):
        # `check`, `backup list` on a folder that holds nothing: nothing to read, and
        # nothing is created for it (not even its log folder).
        return run_cli(args, paths)
    plan: object = None
    if not desktop and _opens_database(args):
        # Before anything is created: a new folder with no passphrase is refused untouched.
        from assessor_app.cli.passphrase_input import plan_open

        try:
            plan = plan_open(args, paths)
        except AppError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_ERROR
        except KeyboardInterrupt:
            print("interrupted; nothing was changed", file=sys.stderr)
            return 130
    try:
        paths.ensure()
        configure_logging(paths.log_file)
    except OSError as exc:
        print(f"error: cannot use data folder {paths.data_dir}: {exc.strerror}", file=sys.stderr)
        if desktop:  # the desktop app has no terminal to read that in
            from assessor_app.ui.launch import show_folder_error

            show_folder_error(paths.data_dir, exc)
        return EXIT_ERROR
    if desktop:
        if getattr(args, "unencrypted", False):
            _record_unencrypted_choice(paths)  # the GUI then skips asking for a passphrase
        from assessor_app.ui.launch import run_gui  # Qt is loaded only for the GUI

        return run_gui(paths)
    return run_cli(args, paths, plan)


def _record_unencrypted_choice(paths: object) -> None:
    from assessor_app.paths import AppPaths
    from assessor_app.protection.key_file import FolderState, detect_state
    from assessor_app.services import protection

    assert isinstance(paths, AppPaths)
    # detect_state: a lost key file is not refused here but by the GUI's start (it says so).
    if detect_state(paths) in (FolderState.NEW, FolderState.PLAINTEXT_LEGACY):
        protection.create_unencrypted(paths)


def _is_new(paths: AppPaths) -> bool:
    from assessor_app.protection.key_file import FolderState, detect_state

    # detect_state, not folder_state: a lost key file is refused by the command itself.
    return detect_state(paths) is FolderState.NEW


def _opens_database(args: object) -> bool:
    return getattr(args, "handler", None) is not None and getattr(args, "needs_services", True)


def run_cli(args: object, paths: object, plan: object = None) -> int:
    from assessor_app.cli.commands import build_parser

    assert isinstance(paths, AppPaths)
    handler = getattr(args, "handler", None)
    if handler is None:
        build_parser().print_help()
        return EXIT_ERROR
    from assessor_app.services.backup_warnings import heard_by

    # An extra backup copy that failed (an unplugged stick) is a warning, not a failure.
    with heard_by(lambda problem: print(f"warning: {problem}", file=sys.stderr)):
        return _run_handler(args, paths, plan, handler)


def _run_handler(args: object, paths: AppPaths, plan: object, handler: Any) -> int:
    from assessor_app.cli.passphrase_input import OpenPlan, plan_open
    from assessor_app.services.container import Services, build_services

    services: Services | None = None
    try:
        if _opens_database(args):
            if not isinstance(plan, OpenPlan):
                plan = plan_open(args, paths)
            services = build_services(paths, plan.apply(paths))
        start_collector.release()  # start-up is over: the command's own work collects
        return int(handler(args, services))
    except AppError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (`main.py list | head`): not a fault to report. Point stdout
        # at the null device so the flush at exit does not complain either.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("interrupted; nothing half-done was kept", file=sys.stderr)
        return 130
    except OSError as exc:
        # The disk said no (full, read-only, ...): a condition to name, not a fault.
        from assessor_app.cli.os_errors import os_error_sentence

        log.warning("file system error in command %s", getattr(args, "command", "?"), exc_info=True)
        print(f"error: {os_error_sentence(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        log.exception("unexpected error in command %s", getattr(args, "command", "?"))
        print(
            f"unexpected error: {exc.__class__.__name__}: {exc}\ndetails are in {paths.log_file}",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED
    finally:
        if services is not None:
            services.close(rolling_backup=True)  # the hourly backup, when one is due
