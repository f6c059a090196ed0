"""The right box (issue 12, deliver 5): only the visit's lead assessor signs the lead's box
and only its co-assessor the co-assessor's, matched by the certificate's e-mail (then
name); anyone else is refused. A witness or the office signs an additional, named
signature that never counts as an assessor's."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from assessor_app.app import main
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.signing_roles import (
    SigningRole,
    additional_field_name,
    additional_role_of,
    decide_box,
)
from assessor_app.domain.visit import Assessor, VisitState
from assessor_app.reports.model import CO_FIELD, LEAD_FIELD
from assessor_app.services.container import Services
from tests.report_helpers import CO_PASS, LEAD_PASS, need_tool, write_passphrase

LEAD = Assessor("Dr. Elena Conti", "elena.conti@example.org")
CO = Assessor("Dr. James Whitfield", "j.whitfield@example.org")
BOTH = (SigningRole.LEAD, SigningRole.CO)


def test_each_assessor_has_only_their_own_box() -> None:
    lead = decide_box("Elena Conti", "ELENA.CONTI@example.org", LEAD, CO, BOTH)
    assert (lead.role, lead.box, lead.problem) == (SigningRole.LEAD, SigningRole.LEAD, None)
    # The visit records the lead's e-mail: Mallory calling herself Elena Conti is not her.
    mallory = decide_box("Dr. Elena Conti", "mallory@example.org", LEAD, CO, BOTH)
    assert mallory.box is None and mallory.role is None
    outsider = decide_box("Mallory", "mallory@example.org", LEAD, CO, BOTH)
    assert outsider.box is None and "neither this visit's lead" in str(outsider.problem)
    taken = decide_box("Elena Conti", LEAD.email, LEAD, CO, [SigningRole.CO])
    assert taken.box is None and "lead assessor's box of this report is signed" in str(
        taken.problem
    )
    other = decide_box("Elena Conti", LEAD.email, LEAD, CO, BOTH, wanted=SigningRole.CO)
    assert other.box is None and "the co-assessor's box is the other assessor's" in str(
        other.problem
    )
    nobody = decide_box("Elena Conti", LEAD.email, Assessor(""), Assessor(""), BOTH)
    assert nobody.box is None and "names no assessors" in str(nobody.problem)


def test_additional_field_names() -> None:
    assert additional_field_name("  witness ") == "Additional_witness"
    assert additional_role_of(additional_field_name("accreditation office")) == (
        "accreditation office"
    )
    assert additional_role_of(LEAD_FIELD) is None and additional_role_of(CO_FIELD) is None
    for bad in ("", "   ", "lead/co", "x" * 41, "Zeuge·in"):
        with pytest.raises(ValidationError, match="name the additional signature"):
            additional_field_name(bad)


@pytest.fixture
def report(services: Services, demo_id: str, tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    services.reports.generate(demo_id, path)
    return path


def test_an_outsider_is_refused_and_the_visit_stays_unsigned(services, demo_id, report, tmp_path):
    # Before: Mallory took the lead's box and the visit became signed.
    mallory = services.identities.create("Mallory", "mallory@example.org", CO_PASS)
    for field in (None, LEAD_FIELD, CO_FIELD):
        with pytest.raises(ValidationError, match=r"Mallory <mallory@example\.org> is neither"):
            services.reports.sign(report, tmp_path / "m.pdf", mallory.path, CO_PASS,
                                  field_name=field)  # fmt: skip
    assert not (tmp_path / "m.pdf").exists()
    assert services.reports.signed_reports(demo_id) == []
    assert services.visits.get(demo_id).state is not VisitState.SIGNED


def test_an_assessor_cannot_take_the_other_assessors_box(services, demo_id, report, tmp_path):
    lead = services.identities.create(LEAD.name, LEAD.email, LEAD_PASS)
    with pytest.raises(ValidationError, match="is this visit's lead assessor: the co-assessor"):
        services.reports.sign(report, tmp_path / "x.pdf", lead.path, LEAD_PASS, field_name=CO_FIELD)
    assert not (tmp_path / "x.pdf").exists()
    # A second certificate of the lead once her box is signed: no second box either.
    services.reports.sign(report, tmp_path / "one.pdf", lead.path, LEAD_PASS)
    again = services.identities.create("Elena Conti", LEAD.email, CO_PASS)
    with pytest.raises(ValidationError, match="lead assessor's box of this report is signed"):
        services.reports.sign(tmp_path / "one.pdf", tmp_path / "two.pdf", again.path, CO_PASS)
    assert [r.field_name for r in services.reports.signed_reports(demo_id)] == [LEAD_FIELD]


def test_a_witness_signs_an_additional_signature_that_never_counts(
    services, demo_id, report, tmp_path
):
    witness = services.identities.create("Wanda Witness", "wanda@example.org", CO_PASS)
    pdf = tmp_path / "w.pdf"
    signed = services.reports.sign(report, pdf, witness.path, CO_PASS, additional="witness")
    assert signed.field_name == "Additional_witness" and signed.role is None
    assert services.reports.signed_reports(demo_id) == []  # not the visit's signature
    assert services.visits.get(demo_id).state is not VisitState.SIGNED
    with pytest.raises(ValidationError, match="additional signature named witness already"):
        services.reports.sign(pdf, tmp_path / "w2.pdf", witness.path, CO_PASS, additional="witness")
    # Both assessors still sign their own boxes; then the visit is signed.
    lead = services.identities.create(LEAD.name, LEAD.email, LEAD_PASS)
    co = services.identities.create("James Whitfield", CO.email, LEAD_PASS)
    services.reports.sign(pdf, pdf, lead.path, LEAD_PASS)
    services.reports.sign(pdf, pdf, co.path, LEAD_PASS)
    office = services.identities.create("IASIOS Office", "office@example.org", CO_PASS)
    services.reports.sign(pdf, pdf, office.path, CO_PASS, additional="office")
    checks = services.reports.verify(pdf)
    assert [(c.field_name, c.additional) for c in checks] == [
        ("Additional_witness", "witness"), (LEAD_FIELD, None), (CO_FIELD, None),
        ("Additional_office", "office"),
    ]  # fmt: skip
    assert all(c.ok for c in checks), checks
    records = services.reports.signed_reports(demo_id)
    assert sorted(r.field_name for r in records) == sorted([LEAD_FIELD, CO_FIELD])
    assert services.visits.get(demo_id).state is VisitState.SIGNED
    out = subprocess.run([need_tool("pdfsig"), str(pdf)], capture_output=True, text=True)
    assert out.stdout.count("Signature is Valid") == 4, out.stdout


def test_cli_sign_refuses_an_outsider_and_signs_an_additional_signature(
    services, demo_id, data_dir, report, tmp_path, capsys
):
    mallory = services.identities.create("Mallory", "mallory@example.org", CO_PASS)
    services.close()
    pw = write_passphrase(tmp_path, CO_PASS)
    base = ["--data-dir", str(data_dir), "sign", str(report), "--identity", str(mallory.path),
            "--passphrase-file", str(pw)]  # fmt: skip
    assert main([*base, "-o", str(tmp_path / "m.pdf")]) == 1
    assert "Mallory <mallory@example.org> is neither" in capsys.readouterr().err
    assert not (tmp_path / "m.pdf").exists()
    assert main([*base, "-o", str(tmp_path / "w.pdf"), "--additional", "witness"]) == 0
    assert "an additional signature (witness), not an assessor's" in capsys.readouterr().out
    assert main(["verify", str(tmp_path / "w.pdf")]) == 0
    out = capsys.readouterr().out
    assert "additional:       witness (never counts as an assessor's signature)" in out
