"""Attachment files in and out of backups, copied as they are (sealed when encrypted).

A blob's name is fixed by its content (its hash, or an HMAC of it when encrypted) and a
blob file is never changed once written, so a blob the previous backup already holds under
the same name and size is hard-linked to that copy instead of copied again: ten hourly
backups of a folder with a GB of photos take one GB, not ten. It is linked to the previous
backup's copy, never to the live file: a live blob damaged on disk does not damage the
backups with it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path

ATTACHMENTS = "attachments"


def copy_blobs(
    files: Iterable[tuple[str, Path]], backup: Path, previous: Path | None
) -> tuple[int, int]:
    """Copy each (relative name, file) under ``backup/attachments``; (files, bytes) copied."""
    count = size = 0
    for relative, source in files:
        target = backup / ATTACHMENTS / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        length = source.stat().st_size
        earlier = previous / ATTACHMENTS / relative if previous is not None else None
        if earlier is not None and earlier.is_file() and earlier.stat().st_size == length:
            try:
                os.link(earlier, target)
            except OSError:  # a file system without hard links (FAT on a USB stick)
                shutil.copyfile(earlier, target)
        else:
            shutil.copyfile(source, target)
        count += 1
        size += length
    return count, size


def stage_blobs(backup: Path, staging: Path) -> int:
    """A fresh copy of a backup's attachments folder at ``staging`` (for a restore): the
    live folder never shares a file with a backup."""
    source = backup / ATTACHMENTS
    if not source.is_dir():
        staging.mkdir(parents=True, exist_ok=True)
        return 0
    shutil.copytree(source, staging, copy_function=shutil.copyfile)
    return sum(1 for p in staging.rglob("*") if p.is_file())
