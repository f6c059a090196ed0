"""Shared helpers of the command modules: output, argument types."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from assessor_app.cli.terminal import escape_json_controls
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError


def print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(escape_json_controls(text) + "\n")


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def read_secret_file(path: str) -> str:
    """A passphrase from a file (first line, without its newline)."""
    try:
        with Path(path).open(encoding="utf-8") as fh:
            return fh.readline().rstrip("\r\n")
    except OSError as exc:
        raise ValidationError.coded(
            ErrorCode.PASSPHRASE_FILE_UNREADABLE, path=path, reason=exc.strerror or exc
        ) from None
