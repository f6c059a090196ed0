"""A signed report and its record agree: killed at any step of signing, the next start
leaves either a signed PDF with its record (and a frozen visit) or neither."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assessor_app.domain.errors import AppError
from assessor_app.domain.visit import VisitState
from assessor_app.paths import resolve_paths
from assessor_app.services import reports as reports_module
from assessor_app.services.container import build_services
from tests.conftest import ROOT
from tests.report_helpers import LEAD_PASS

KILLED = 9
# Signs the demo visit's report, and dies (os._exit: no clean-up, as a kill) right after
# the signed PDF got its name ("after") or just before it is written ("before").
SIGNER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from assessor_app.paths import resolve_paths
    from assessor_app.services import reports
    from assessor_app.services.container import build_services

    data, out, seam = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    services = build_services(resolve_paths(data))
    visit_id = services.demo.create()
    services.reports.generate(visit_id, out.with_name("unsigned.pdf"))
    lead = services.identities.create("Dr. Elena Conti", "elena.conti@example.org", sys.argv[4])
    print(visit_id, flush=True)
    real = reports.write_atomic

    def dying(target, data, **kw):
        if Path(target) == out and seam == "before":
            os._exit(9)
        real(target, data, **kw)
        if Path(target) == out and seam == "after":
            os._exit(9)

    reports.write_atomic = dying
    services.reports.sign(out.with_name("unsigned.pdf"), out, lead.path, sys.argv[4])
    """
)


def _sign_and_die(tmp_path: Path, seam: str) -> tuple[Path, Path, str]:
    data, out = tmp_path / "data", tmp_path / "signed.pdf"
    done = subprocess.run(
        [sys.executable, "-c", SIGNER, str(data), str(out), seam, LEAD_PASS],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == KILLED, done.stderr[-2000:]
    con = sqlite3.connect(data / "assessor.db")
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    return data, out, done.stdout.split()[0]


def test_killed_after_the_signed_pdf_got_its_name_the_next_start_records_it(tmp_path):
    data, out, visit_id = _sign_and_die(tmp_path, "after")
    assert out.is_file()
    services = build_services(resolve_paths(data))  # the next start
    try:
        records = services.reports.signed_reports(visit_id)
        assert [r.pdf_sha256 for r in records] == [hashlib.sha256(out.read_bytes()).hexdigest()]
        assert services.visits.get(visit_id).state is VisitState.SIGNED
        checks = services.reports.verify(out)
        assert len(checks) == 1 and checks[0].intact
    finally:
        services.close()
    # Starting again changes nothing more.
    services = build_services(resolve_paths(data))
    try:
        assert len(services.reports.signed_reports(visit_id)) == 1
    finally:
        services.close()


def test_killed_before_the_signed_pdf_was_written_nothing_is_signed(tmp_path):
    data, out, visit_id = _sign_and_die(tmp_path, "before")
    services = build_services(resolve_paths(data))
    try:
        assert not out.exists()
        assert not list(tmp_path.glob(".signed.pdf.*"))
        assert services.reports.signed_reports(visit_id) == []
        assert services.visits.get(visit_id).state is not VisitState.SIGNED
    finally:
        services.close()


def test_a_failed_write_records_nothing(services, demo_id, tmp_path, monkeypatch):
    report = tmp_path / "report.pdf"
    services.reports.generate(demo_id, report)
    lead = services.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)

    def full_disk(target: Path, data: bytes, **kw: object) -> None:
        raise AppError(f"cannot write {target}: No space left on device; no file was written")

    monkeypatch.setattr(reports_module, "write_atomic", full_disk)
    with pytest.raises(AppError, match="No space left"):
        services.reports.sign(report, tmp_path / "signed.pdf", lead.path, LEAD_PASS)
    assert services.reports.signed_reports(demo_id) == []
    assert services.visits.get(demo_id).state is not VisitState.SIGNED
    with sqlite3.connect(services.paths.database) as con:
        notes = con.execute(
            "SELECT count(*) FROM local_settings WHERE key LIKE 'pending-signature:%'"
        ).fetchone()
    assert notes == (0,)


def test_a_signature_another_running_process_is_making_is_left_to_it(services, visit_id, tmp_path):
    """A second window or a command started while the first signs must not finish or drop
    the first one's signature under way; once that process is gone, the next start does."""
    from datetime import UTC, datetime

    from assessor_app.domain.report_record import SignedReportRecord
    from assessor_app.services import signing_journal

    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(b"%PDF-1.7 signed bytes")
    record = SignedReportRecord(
        id="0b9c5d1e-2f4a-4b6c-8d7e-0a1b2c3d4e5f", visit_id=visit_id, revision=1,
        report_id="IASIOS-X-R1-ABCDEF", content_hash="c" * 64,
        pdf_sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(), signer_name="Dr. A",
        cert_fingerprint="AA:BB", field_name="lead_signature", signed_at=datetime.now(UTC),
    )  # fmt: skip
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        signing_journal.begin(
            services.db, signing_journal.PendingSignature(record, pdf, pid=other.pid)
        )
        assert signing_journal.reconcile(services.db) == 0
        assert services.reports.signed_reports(visit_id) == []
    finally:
        other.kill()
        other.wait(timeout=30)
    assert signing_journal.reconcile(services.db) == 1
    assert [r.id for r in services.reports.signed_reports(visit_id)] == [record.id]
    assert services.visits.get(visit_id).state is VisitState.SIGNED
