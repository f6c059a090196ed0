"""The report PDF: content, fonts, footer, photo pass-through, all-or-nothing writing."""

from __future__ import annotations

import re
import subprocess
import threading
from pathlib import Path

import pytest

from assessor_app.domain.errors import AppError
from assessor_app.domain.outcome import describe
from assessor_app.domain.progress import Cancelled
from assessor_app.reports.builder import read_report_info
from assessor_app.reports.model import CO_FIELD, LEAD_FIELD
from assessor_app.reports.signing import signature_fields
from assessor_app.services.container import Services
from assessor_app.services.report_content import canonical_visit_data, content_hash
from tests.report_helpers import need_tool


@pytest.fixture
def demo_report(services: Services, demo_id: str, tmp_path: Path) -> Path:
    out = tmp_path / "report.pdf"
    services.reports.generate(demo_id, out)
    return out


def pdftotext(path: Path) -> str:
    tool = need_tool("pdftotext")
    return subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_report_shows_every_standard_the_outcome_and_its_reasons(services, demo_id, demo_report):
    text = pdftotext(demo_report)
    flat = " ".join(text.split())
    detail = services.outcome.detail(demo_id)
    for standard in detail.template.standards:
        assert f"Standard {standard.number}: {' '.join(standard.title.split())}" in flat
    assert "Not yet — accreditation not recommended" in flat
    for line in describe(detail.outcome):
        assert " ".join(line.split()) in flat
    for key in ("1.c", "6.b", "8.d"):  # the demo's open core requirements
        assert re.search(rf"Core requirement not met\s+{re.escape(key)}\b", flat)
    review = detail.case_review
    assert review is not None and review.complete  # the demo's review is complete
    assert "Internal case review: not yet recorded" not in flat
    assert review.seed in flat and review.method_version in flat
    assert review.population_fingerprint[:16] in flat.replace(" ", "")
    assert "Klinikum Nordstadt" in flat
    for name in ("Ørsted-Müller", "Paweł Nowak", "Müllerstraße"):
        assert name in flat  # non-ASCII names print as written


def test_every_page_has_the_footer_with_page_x_of_y_and_the_content_hash(
    services, demo_id, demo_report
):
    text = pdftotext(demo_report)
    pages = [p for p in text.split("\f") if p.strip()]
    digest = content_hash(services.outcome.detail(demo_id))
    info = read_report_info(demo_report.read_bytes())
    assert info is not None and info.content_hash == digest
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert f"Content SHA-256: {digest}" in page
        assert info.report_id in page
        assert "Klinikum Nordstadt" in page


def test_fonts_are_embedded_and_qpdf_finds_no_errors(demo_report):
    fonts = subprocess.run(
        [need_tool("pdffonts"), str(demo_report)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows, fonts
    for row in rows:
        assert "DejaVuSans" in row[0]
        assert row[-5] == "yes", f"font not embedded: {row}"  # the 'emb' column
    check = subprocess.run(
        [need_tool("qpdf"), "--check", str(demo_report)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_photos_are_embedded_as_the_cached_jpeg_bytes(services, demo_id, demo_report):
    pdf = demo_report.read_bytes()
    photos = [a for a in services.attachments.list(demo_id) if a.media_type == "image/jpeg"]
    assert photos
    for attachment in photos:
        assert services.attachments.thumbnail(attachment) in pdf  # byte for byte, DCTDecode
    assert pdf.count(b"/DCTDecode") >= len(photos)
    assert b"/ASCII85Decode" not in pdf


def test_report_has_empty_signature_fields_for_both_assessors(demo_report):
    states = {s.name: s for s in signature_fields(demo_report.read_bytes())}
    assert set(states) == {LEAD_FIELD, CO_FIELD}
    assert not any(s.signed for s in states.values())


def test_canonical_data_is_stable_and_changes_with_the_content(services, demo_id):
    first = canonical_visit_data(services.outcome.detail(demo_id))
    assert first == canonical_visit_data(services.outcome.detail(demo_id))
    services.findings.set_comment(demo_id, "1.a", "changed")
    assert canonical_visit_data(services.outcome.detail(demo_id)) != first


def test_failed_write_leaves_no_file(services, demo_id, tmp_path, monkeypatch):
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("assessor_app.services.atomic_file.os.fsync", full_disk)
    with pytest.raises(AppError, match="No space left on device"):
        services.reports.generate(demo_id, target)
    assert list((tmp_path / "out").iterdir()) == []


def test_cancelled_generation_leaves_no_file(services, demo_id, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        services.reports.generate(demo_id, tmp_path / "out" / "r.pdf", cancel=cancel)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
