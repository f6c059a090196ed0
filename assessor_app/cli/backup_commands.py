"""backup create|list|restore|folder, and check: the data folder's copies and health."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assessor_app.cli.passphrase_input import plan_open
from assessor_app.domain.display_text import one_line
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.storage_errors import StorageError, StorageProblem
from assessor_app.paths import resolve_paths
from assessor_app.protection.key_file import FolderState
from assessor_app.services import protection
from assessor_app.services.backups import (
    BackupContents,
    BackupInfo,
    BackupService,
    CheckReport,
    RestoreLoss,
)
from assessor_app.services.container import Services, build_services

EXIT_CHECK_FAILED = 1
EXIT_COPY_FAILED = 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="make, list or restore backups of the data folder")
    actions = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    a = actions.add_parser("create", help="make a verified backup now and print its id")
    a.add_argument("--to", type=Path, metavar="DIR", help="also copy it to DIR (a USB stick)")
    a.set_defaults(handler=cmd_create)

    a = actions.add_parser("list", help="list the backups, newest first, id first")
    a.add_argument("--from", dest="source", type=Path, metavar="DIR", help="list those in DIR")
    # reads_only: on a new folder it creates nothing (app.py skips making the folder).
    a.set_defaults(handler=cmd_list, needs_services=False, reads_only=True)

    a = actions.add_parser(
        "restore",
        help="put a backup in place of the current data (which is set aside, not overwritten)",
    )
    a.add_argument("id", help="backup id (or its first characters), as `backup list` shows")
    a.add_argument("--from", dest="source", type=Path, metavar="DIR", help="a backup in DIR")
    a.add_argument("--yes", action="store_true", help="do not ask before restoring")
    a.set_defaults(handler=cmd_restore, needs_services=False)

    a = actions.add_parser(
        "folder", help="show or set the folder that also gets a copy of every backup"
    )
    a.add_argument("dir", nargs="?", type=Path, help="the folder (a USB stick, a share)")
    a.add_argument("--clear", action="store_true", help="stop copying backups anywhere else")
    a.set_defaults(handler=cmd_folder)

    p = sub.add_parser(
        "check",
        help="verify the database and every attachment's bytes; exit 0 only when all is well",
    )
    p.set_defaults(handler=cmd_check, needs_services=False, reads_only=True)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"  # pragma: no cover


def _n(count: int, word: str) -> str:
    """``count`` and ``word`` with an English plural: "1 visit", "2 visits"."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _line(info: BackupInfo) -> str:
    kind = "encrypted" if info.encrypted else "unencrypted"
    return (
        f"{info.id}  {info.created}  {one_line(info.reason, 60)}  {_n(len(info.visits), 'visit')}  "
        f"{_n(info.files, 'file')}  {_size(info.size)}  {kind}"
    )


def cmd_create(args: argparse.Namespace, services: Services) -> int:
    info = services.backups.create("manual", extra=args.to)
    print(_line(info))
    # The backup stands either way; a copy asked for with --to that failed (the warning
    # is printed) makes the command fail, a copy to the usual extra folder does not.
    failed = {p.params.get("folder") for p in services.backups.take_warnings()}
    return EXIT_COPY_FAILED if args.to is not None and args.to in failed else 0


@contextmanager
def _backups(args: argparse.Namespace) -> Iterator[tuple[BackupService, str]]:
    """The folder's backups, with the database open when it opens; when it is damaged,
    its backups all the same (to restore one), with the reason it would not open."""
    paths = resolve_paths(args.data_dir)
    if protection.state(paths) is FolderState.NEW:  # nothing to unlock: no passphrase asked
        yield BackupService.without_database(paths, None), ""
        return
    plan = plan_open(args, paths)
    if not paths.database.exists():
        yield BackupService.without_database(paths, plan.key), ""
        return
    try:
        services = build_services(paths, plan.apply(paths))
    except StorageError as exc:
        if exc.problem is not StorageProblem.DAMAGED:
            raise
        yield BackupService.without_database(paths, plan.key), str(exc)
        return
    try:
        yield services.backups, ""
    finally:
        services.close()


def cmd_list(args: argparse.Namespace, _services: object) -> int:
    with _backups(args) as (service, _damage):
        return _list(args, service)


def _list(args: argparse.Namespace, service: BackupService) -> int:
    backups = service.newest_first(args.source)
    for info in backups:
        print(_line(info))
    if not backups:
        print("no backups yet", file=sys.stderr)
    return 0


def describe(held: BackupContents) -> str:
    info = held.info
    lines = [
        f"Backup {info.id}, made {info.created} ({one_line(info.reason, 60)}), "
        f"app {one_line(info.app_version, 40)}, "
        f"schema {held.contents.schema_revision or '?'}, "
        f"{'encrypted' if info.encrypted else 'unencrypted'}, {_size(info.size)}.",
        f"It holds {_n(len(held.contents.visits), 'visit')}:",
    ]
    for v in held.contents.visits:
        lines.append(
            f"  {one_line(v.id[:8])}  {one_line(v.facility)}  "
            f"last change {one_line(v.last_change[:19])}  "
            f"{v.findings} rated, {_n(v.attachments, 'attachment')}, "
            f"{_n(v.actions, 'corrective action')}"
        )
    if not info.with_attachments:
        lines.append("  (database only: the current attachments stay as they are)")
    return "\n".join(lines)


def describe_loss(loss: RestoreLoss) -> str:
    """What the current data holds that the backup lacks: what the restore would lose."""
    if loss.unknown:
        return "The current data could not be read; it was not compared with the backup."
    if loss.nothing:
        return "The current data holds nothing that this backup lacks."
    lines = []
    if loss.missing:
        lines.append(f"{_n(len(loss.missing), 'visit')} there now would be gone:")
        lines += [f"  {v.id[:8]}  {v.facility}" for v in loss.missing]
    if loss.newer:
        lines.append(f"{_n(len(loss.newer), 'visit')} changed since this backup would lose that:")
        lines += [
            f"  {v.id[:8]}  {v.facility}  last change {v.last_change[:19]}" for v in loss.newer
        ]
    return "\n".join(lines)


def _confirmed(yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        raise ValidationError.coded(ErrorCode.RESTORE_NEEDS_CONFIRMATION)
    try:
        answer = input("Restore it? The current data is set aside first. [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def cmd_restore(args: argparse.Namespace, _services: object) -> int:
    with _backups(args) as (service, damage):
        if damage:
            print(f"note: {damage}", file=sys.stderr)
        return _restore(args, service)


def _restore(args: argparse.Namespace, service: BackupService) -> int:
    info = service.find(args.id, args.source)
    held = service.contents(info)
    print(describe(held))
    print(describe_loss(service.what_restore_loses(held)))
    if not _confirmed(args.yes):
        raise ValidationError.coded(ErrorCode.CANCELLED)
    aside = service.restore(info)
    print(f"Restored backup {info.id}. The data it replaced is kept in {aside}.")
    return 0


def cmd_folder(args: argparse.Namespace, services: Services) -> int:
    if args.clear:
        services.backups.set_extra_folder(None)
    elif args.dir is not None:
        services.backups.set_extra_folder(args.dir.expanduser().resolve())
    folder = services.backups.extra_folder()
    print(folder if folder else "backups are kept in the data folder only")
    return 0


def summary(report: CheckReport) -> list[str]:
    lines = []
    if report.database_problems:
        lines.append(f"database: DAMAGED ({'; '.join(report.database_problems[:5])})")
    else:
        lines.append("database: ok (integrity check passed)")
    bad = len(report.missing) + len(report.damaged)
    lines.append(
        f"attachments: {report.attachments_checked - bad} of {report.attachments_checked} ok"
        + (f", {len(report.missing)} missing" if report.missing else "")
        + (f", {len(report.damaged)} damaged" if report.damaged else "")
    )
    lines += [f"  missing: {name}" for name in report.missing]
    lines += [f"  damaged: {name}" for name in report.damaged]
    lines.append("all is well" if report.ok else "PROBLEMS FOUND: restore from a backup")
    return lines


def cmd_check(args: argparse.Namespace, _services: object) -> int:
    with _backups(args) as (service, damage):
        if damage:
            print(f"database: DAMAGED ({damage})")
            report = CheckReport(("cannot be opened",), 0)
        else:
            report = service.check()
            for line in summary(report):
                print(line)
        if not report.ok and (good := service.newest_good()) is not None:
            print(f"newest good backup: {good.id} (main.py backup restore {good.id})")
        return 0 if report.ok else EXIT_CHECK_FAILED
