"""Population import at the edges (issue 10): dates after the visit, the documented maximum
refused up front, a streamed import with progress, cancel and nothing half-done."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

from assessor_app.domain.case_review import MAX_POPULATION
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.progress import Cancelled
from assessor_app.persistence.case_review_repository import CaseReviewRepository
from assessor_app.services import case_review as case_review_service
from assessor_app.services import population_csv

HEADER = "case_ref,procedure_date,procedure_type\n"


def write_rows(path: Path, n: int, start: int = 0) -> Path:
    first = date(2025, 1, 1)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for i in range(start, start + n):
            fh.write(f"IO-{i:06d},{(first + timedelta(days=i % 300)).isoformat()},ablation\n")
    return path


def set_visit_dates(services, visit_id: str, start: date, end: date) -> None:
    services.visits.update(visit_id, "start_date", start)
    services.visits.update(visit_id, "end_date", end)


# -- procedure dates ------------------------------------------------------------------------


def test_a_procedure_dated_after_today_is_refused_naming_the_line(services, visit_id, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(HEADER + "IO-1,2025-01-01,a\nIO-2,9999-12-31,a\nIO-3,2025-01-02,a\n")
    with pytest.raises(ValidationError) as err:
        services.case_review.import_csv(visit_id, path)
    assert "line 3" in str(err.value) and "9999-12-31" in str(err.value)
    assert "today" in str(err.value)
    assert services.case_review.population(visit_id) == []
    with pytest.raises(ValidationError, match="9999-12-31"):
        services.case_review.add_case(visit_id, "C017", "9999-12-31")
    with pytest.raises(ValidationError, match="9999-12-31"):
        services.case_review.add_case(visit_id, "C017", date(9999, 12, 31))
    assert services.case_review.population(visit_id) == []


def test_a_procedure_after_the_visit_is_refused(services, visit_id, tmp_path):
    set_visit_dates(services, visit_id, date(2025, 6, 2), date(2025, 6, 3))
    path = tmp_path / "p.csv"
    path.write_text(HEADER + "IO-1,2025-06-03,a\nIO-2,2025-06-04,a\n")
    with pytest.raises(ValidationError, match=r"line 3: .*2025-06-04 is after the visit's last"):
        services.case_review.import_csv(visit_id, path)
    path.write_text(HEADER + "IO-1,2025-06-03,a\nIO-2,2025-01-04,a\n")
    assert services.case_review.import_csv(visit_id, path).size == 2
    period = services.case_review.procedure_period(visit_id)
    assert period.latest == date(2025, 6, 3)


# -- the maximum ------------------------------------------------------------------------------


def test_a_population_over_the_maximum_is_refused_up_front(
    services, visit_id, tmp_path, monkeypatch
):
    path = write_rows(tmp_path / "big.csv", MAX_POPULATION + 1)
    checked = []
    real_make_case = population_csv.make_case
    monkeypatch.setattr(
        population_csv, "make_case", lambda *a: checked.append(1) or real_make_case(*a)
    )
    with pytest.raises(ValidationError) as err:
        services.case_review.import_csv(visit_id, path)
    assert f"at most {MAX_POPULATION:,}" in str(err.value)
    assert "nothing was imported" in str(err.value)
    assert checked == []  # refused before a single row was checked
    assert services.case_review.population(visit_id) == []


def test_the_maximum_counts_the_cases_already_there(services, visit_id, tmp_path):
    services.case_review.import_csv(visit_id, write_rows(tmp_path / "a.csv", 10))
    path = write_rows(tmp_path / "b.csv", MAX_POPULATION - 9, start=10)
    with pytest.raises(ValidationError, match=f"{MAX_POPULATION - 10:,} still allowed"):
        services.case_review.import_csv(visit_id, path)
    assert len(services.case_review.population(visit_id)) == 10


def test_a_file_far_too_big_is_refused_without_reading_it(services, visit_id, tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.write(HEADER.encode())
        fh.truncate(population_csv.MAX_FILE_BYTES + 1)  # sparse: no time spent writing
    with pytest.raises(ValidationError, match="is it the facility's CSV list"):
        services.case_review.import_csv(visit_id, path)


def test_a_line_without_end_is_refused(services, visit_id, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(HEADER + "IO-1,2025-01-01," + "a" * 100_000 + "\n")
    with pytest.raises(ValidationError, match="line 2 is longer than"):
        services.case_review.import_csv(visit_id, path)


# -- streaming, progress, cancel --------------------------------------------------------------


def test_the_import_streams_in_batches_and_reports_progress(
    services, visit_id, tmp_path, monkeypatch
):
    rows = 2 * case_review_service.IMPORT_BATCH + 500
    path = write_rows(tmp_path / "p.csv", rows)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("whole file read"))
    batches = []
    real_add = CaseReviewRepository.add_cases

    def spy(self, visit_id, cases, known=None):
        batches.append(len(cases))
        return real_add(self, visit_id, cases, known)

    monkeypatch.setattr(CaseReviewRepository, "add_cases", spy)
    seen: list[tuple[int, int]] = []
    info = services.case_review.import_csv(visit_id, path, lambda d, t: seen.append((d, t)))
    assert info.size == rows
    assert max(batches) <= case_review_service.IMPORT_BATCH and sum(batches) == rows
    assert {t for _d, t in seen} == {rows}
    done = [d for d, _t in seen]
    assert done == sorted(done) and done[0] == 0 and done[-1] == rows
    assert len([d for d in done if 0 < d < rows]) >= 2  # it moves between start and end


def test_a_cancelled_import_keeps_nothing(services, visit_id, tmp_path):
    path = write_rows(tmp_path / "p.csv", 3 * case_review_service.IMPORT_BATCH)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done:
            cancel.set()

    with pytest.raises(Cancelled, match="nothing was imported"):
        services.case_review.import_csv(visit_id, path, progress, cancel)
    assert services.case_review.population(visit_id) == []


def test_a_problem_late_in_a_long_file_keeps_nothing(services, visit_id, tmp_path):
    path = write_rows(tmp_path / "p.csv", 2 * case_review_service.IMPORT_BATCH + 10)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("HM120361,2025-01-01,ablation\n")
    with pytest.raises(ValidationError, match=r"line \d+: case reference 'HM120361' refused"):
        services.case_review.import_csv(visit_id, path)
    assert services.case_review.population(visit_id) == []


def test_the_write_ahead_log_is_folded_back_after_an_import(services, visit_id, tmp_path, paths):
    services.case_review.import_csv(visit_id, write_rows(tmp_path / "p.csv", 3000))
    wal = Path(str(paths.database) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_maximum_holds_whatever_the_line_ends(services, visit_id, tmp_path):
    # Old Mac line ends (CR only): the count up front must see the rows too.
    path = tmp_path / "cr.csv"
    body = "".join(f"IO-{i:06d},2025-01-01,a\r" for i in range(MAX_POPULATION + 1))
    path.write_bytes(("case_ref,procedure_date,procedure_type\r" + body).encode())
    seen: list[tuple[int, int]] = []
    with pytest.raises(ValidationError, match=f"at most {MAX_POPULATION:,}"):
        services.case_review.import_csv(visit_id, path, lambda d, t: seen.append((d, t)))
    assert seen == []  # refused before the first row was read for import
