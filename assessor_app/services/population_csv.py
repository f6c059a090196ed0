"""The facility's population CSV, read as a stream: a row at a time, in batches, so a file
of the largest allowed population is checked and imported in bounded memory.

Every rule of docs/sampling.md is applied with the line it concerns; problems are gathered
(the first ten are shown) so the assessor can fix a file in one go. Limits that make a file
the wrong one (too big, too many rows, a line that never ends) stop the reading at once.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from assessor_app.domain.case_review import (
    ADVICE,
    CANONICAL_HEADER,
    MAX_POPULATION,
    CaseRefRefusedError,
    PopulationCase,
    ProcedurePeriod,
    duplicate_key,
    make_case,
)
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError

MAX_REPORTED_PROBLEMS = 10
# A valid row is about 130 characters (40 + 10 + 80 and two commas); quoting and stray
# whitespace in the type are allowed for, a line without end is not.
MAX_LINE_CHARS = 4096
# The largest allowed population fits several times over: a bigger file is another export.
MAX_FILE_BYTES = 64 * 1024 * 1024
BOM = b"\xef\xbb\xbf"


def problems_message(
    source: str | None, problems: list[str], count: int | None = None, advice: str = ""
) -> str:
    """One message for the assessor: the problems with their lines, that nothing changed,
    and (once) what to do instead."""
    total = len(problems) if count is None else count
    shown = problems[:MAX_REPORTED_PROBLEMS]
    more = total - len(shown)
    head = f"{source}: " if source else ""
    if total == 1:
        return f"{head}{problems[0]}; nothing was imported" + (f"; {advice}" if advice else "")
    text = f"{head}{total} problems, nothing was imported:\n  " + "\n  ".join(shown)
    text += f"\n  ... and {more} more" if more else ""
    return text + (f"\n{advice[:1].upper()}{advice[1:]}." if advice else "")


def _raw_lines(fh: BinaryIO) -> Iterator[str]:
    """The file's lines as Latin-1 text, at most MAX_LINE_CHARS + 1 characters each.

    Latin-1 maps bytes to characters one to one, so lines split as the csv module splits
    them (LF, CRLF or CR; no UTF-8 sequence holds those bytes), and each line can then be
    decoded as UTF-8 on its own: a bad byte is reported with its line.
    """
    text = io.TextIOWrapper(fh, encoding="latin-1", newline="")
    while chunk := text.readline(MAX_LINE_CHARS + 1):
        yield chunk


def _too_many(source: str, room: int) -> ValidationError:
    if room >= MAX_POPULATION:
        where = f"more than {MAX_POPULATION:,} procedures"
    else:
        where = (
            f"more procedures than the {room:,} still allowed (the population already holds "
            f"{MAX_POPULATION - room:,})"
        )
    return ValidationError(
        f"{source}: the file holds {where}; a population has at most {MAX_POPULATION:,}: "
        "export only the procedures of the period under review; nothing was imported"
    )


@dataclass
class PopulationCsv:
    """One population file being read. ``known``: duplicate key -> (case ref, removed) of
    every case the visit's population ever held; ``room``: how many more it may take."""

    path: Path
    period: ProcedurePeriod | None
    known: dict[str, tuple[str, bool]]
    room: int = MAX_POPULATION
    data: bytes | None = None  # the file's bytes already in hand (then ``path`` only names it)
    problems: list[str] = field(default_factory=list)
    problem_count: int = 0
    refs_refused: bool = False
    rows: int = 0

    @property
    def source(self) -> str:
        return self.path.name

    def _problem(self, text: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_REPORTED_PROBLEMS:  # the rest are only counted
            self.problems.append(text)

    def _open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        try:
            size = self.path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ValidationError.coded(
                    ErrorCode.CSV_TOO_LARGE,
                    source=self.source,
                    megabytes=size / 2**20,
                    most=MAX_POPULATION,
                )
            return self.path.open("rb")
        except OSError as exc:
            raise ValidationError.coded(
                ErrorCode.CANNOT_READ_FILE, path=self.path, reason=exc.strerror
            ) from None

    def count_rows(self) -> int:
        """Rows with content below the header, counted before any is checked: a file over
        the limit is refused up front, and progress has its total."""
        count = -1  # the header
        with self._open() as fh:
            for chunk in _raw_lines(fh):
                if chunk.strip(' \t\r\n,"\xef\xbb\xbf'):
                    count += 1
                    if count > self.room:
                        raise _too_many(self.source, self.room)
        return max(count, 0)

    def _lines(self, fh: BinaryIO) -> Iterator[str]:
        for number, chunk in enumerate(_raw_lines(fh), start=1):
            if len(chunk) > MAX_LINE_CHARS and not chunk.endswith(("\n", "\r")):
                raise ValidationError.coded(
                    ErrorCode.CSV_LINE_TOO_LONG,
                    source=self.source,
                    number=number,
                    most=MAX_LINE_CHARS,
                )
            raw = chunk.encode("latin-1")
            if number == 1 and raw.startswith(BOM):
                raw = raw[len(BOM) :]
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                raise ValidationError.coded(
                    ErrorCode.CSV_NOT_UTF8, source=self.source, number=number
                ) from None

    def batches(self, size: int) -> Iterator[list[tuple[int, PopulationCase]]]:
        """Checked (line number, case) pairs, ``size`` at a time; problems are gathered in
        ``problems`` (call ``finish`` after the last batch)."""
        with self._open() as fh:
            reader = csv.reader(self._lines(fh))
            self._header(reader)
            seen: dict[str, int] = {}
            batch: list[tuple[int, PopulationCase]] = []
            for line, case in self._cases(reader, seen):
                batch.append((line, case))
                if len(batch) >= size:
                    yield batch
                    batch = []
            if batch:
                yield batch

    def _header(self, reader: Iterator[list[str]]) -> None:
        try:
            header = next(reader)
        except StopIteration:
            raise ValidationError.coded(ErrorCode.CSV_EMPTY, source=self.source) from None
        except csv.Error as exc:
            raise ValidationError.coded(
                ErrorCode.CSV_HEADER_UNREADABLE, source=self.source, reason=exc
            ) from None
        if [h.strip() for h in header] != CANONICAL_HEADER.split(","):
            shown = ",".join(header)[:120]
            raise ValidationError.coded(
                ErrorCode.CSV_BAD_HEADER, source=self.source, header=CANONICAL_HEADER, shown=shown
            )

    def _cases(self, reader: Any, seen: dict[str, int]) -> Iterator[tuple[int, PopulationCase]]:
        while True:
            line = reader.line_num + 1  # where this record starts
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                self._problem(f"line {line}: {exc}")
                return
            if reader.line_num > line:
                # A quoted field ran over a line end: an unclosed quote swallows the rest of
                # the file, and no field may hold a line break (docs/sampling.md).
                self._problem(
                    f"line {line}: a quoted field runs on to line {reader.line_num} (an unclosed "
                    "quote?); a field cannot hold a line break"
                )
                continue
            if not any(cell.strip() for cell in row):
                continue  # blank lines (often at the end of a file) carry nothing
            self.rows += 1
            if self.rows > self.room:
                raise _too_many(self.source, self.room)
            if len(row) != 3:
                self._problem(f"line {line}: expected 3 fields, found {len(row)}")
                continue
            try:
                case = make_case(row[0], row[1], row[2], self.period)
            except CaseRefRefusedError as exc:
                self.refs_refused = True  # the advice is given once, after the list
                self._problem(f"line {line}: {exc.refusal}")
                continue
            except ValidationError as exc:
                self._problem(f"line {line}: {exc}")
                continue
            key = duplicate_key(case.case_ref)
            if key in seen:
                self._problem(
                    f"line {line}: case {case.case_ref!r} appears twice (first on line {seen[key]})"
                )
                continue
            seen[key] = line
            entry = self.known.get(key)
            if entry and not entry[1]:
                self._problem(f"line {line}: case {case.case_ref!r} is already in the population")
                continue
            yield line, case

    def finish(self) -> None:
        """Raise the gathered problems, or that the file held no case; else return."""
        if self.problems:
            advice = ADVICE if self.refs_refused else ""
            raise ValidationError(
                problems_message(self.source, self.problems, self.problem_count, advice)
            )
        if not self.rows:
            raise ValidationError.coded(ErrorCode.CSV_NO_CASES, source=self.source)


def parse_population_csv(data: bytes, source: str) -> list[tuple[int, PopulationCase]]:
    """Parse and check a whole population CSV in memory into (line number, case) pairs
    (no visit: no date period, no existing population). ValidationError as for an import."""
    reader = PopulationCsv(Path(source), None, {}, data=data)
    reader.count_rows()
    cases = [pair for batch in reader.batches(MAX_POPULATION) for pair in batch]
    reader.finish()
    return cases
