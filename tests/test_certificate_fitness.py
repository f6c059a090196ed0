"""Certificates fit for signing (issue 12, deliver 4): signing a report or a bundle
manifest refuses an expired, not-yet-valid or non-signing certificate and says which;
`identity create` warns before making one that expires too soon; `verify` reports each."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from assessor_app.app import main
from assessor_app.domain.certificate_fitness import CertificateTerms, Fitness, fitness
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import VisitState
from assessor_app.reports.signing import sign_pdf
from assessor_app.resources import resource_path
from assessor_app.services.container import Services
from tests.cert_helpers import certificate_pem, make_p12, signer_key
from tests.report_helpers import LEAD_PASS, write_passphrase

LEAD = ("Dr. Elena Conti", "elena.conti@example.org")  # the demo visit's lead assessor
UNFIT = {
    "expired": "expired on",
    "not-yet-valid": "is not valid before",
    "non-signing": "is not for signing",
}
NOW = datetime(2026, 6, 1, tzinfo=UTC)


def terms(start: int, end: int, usage: frozenset[str] | None) -> CertificateTerms:
    return CertificateTerms(NOW + timedelta(days=start), NOW + timedelta(days=end), usage)


@pytest.mark.parametrize(
    ("t", "verdict"),
    [
        (terms(-1, 1, frozenset({"digital_signature"})), Fitness.FIT),
        (terms(-1, 1, frozenset({"non_repudiation"})), Fitness.FIT),
        # No key usage extension: not restricted by it (RFC 5280; NSS and pdfsig agree).
        (terms(-1, 1, None), Fitness.FIT),
        (terms(-9, -1, frozenset({"digital_signature"})), Fitness.EXPIRED),
        (terms(1, 9, frozenset({"digital_signature"})), Fitness.NOT_YET_VALID),
        (terms(-1, 1, frozenset({"key_encipherment", "key_agreement"})), Fitness.NOT_FOR_SIGNING),
        (terms(-1, 1, frozenset()), Fitness.NOT_FOR_SIGNING),
    ],
)
def test_fitness_rule(t: CertificateTerms, verdict: Fitness) -> None:
    assert fitness(t, NOW) is verdict


@pytest.fixture
def report(services: Services, demo_id: str, tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    services.reports.generate(demo_id, path)
    return path


@pytest.mark.parametrize("cls", sorted(UNFIT))
def test_signing_a_report_refuses_an_unfit_certificate_and_says_which(
    services, demo_id, report, tmp_path, cls
):
    p12 = make_p12(tmp_path / f"{cls}.p12", *LEAD, LEAD_PASS, cls)
    out = tmp_path / "signed.pdf"
    with pytest.raises(ValidationError, match=UNFIT[cls]) as caught:
        services.reports.sign(report, out, p12, LEAD_PASS)
    assert "nothing was signed" in str(caught.value)
    assert not out.exists()
    assert services.reports.signed_reports(demo_id) == []
    assert services.visits.get(demo_id).state is not VisitState.SIGNED


def test_a_fit_certificate_of_the_office_signs(services, demo_id, report, tmp_path):
    p12 = make_p12(tmp_path / "valid.p12", *LEAD, LEAD_PASS, "valid")
    signed = services.reports.sign(report, tmp_path / "signed.pdf", p12, LEAD_PASS)
    assert signed.recorded
    check = services.reports.verify(tmp_path / "signed.pdf")[0]
    assert check.ok and check.certificate is Fitness.FIT


@pytest.mark.parametrize("cls", sorted(UNFIT))
def test_signing_a_bundle_manifest_refuses_an_unfit_certificate(services, demo_id, tmp_path, cls):
    p12 = make_p12(tmp_path / f"{cls}.p12", *LEAD, LEAD_PASS, cls)
    identity = services.identities.load(p12, LEAD_PASS)
    out = tmp_path / "visit.iasios"
    with pytest.raises(ValidationError, match=UNFIT[cls]):
        services.sync.export_visit(demo_id, out, identity=identity)
    assert not out.exists()
    assert list(tmp_path.glob("*.iasios*")) == []


def test_cli_export_and_report_refuse_an_expired_identity(
    services, demo_id, data_dir, tmp_path, capsys
):
    services.close()
    p12 = make_p12(tmp_path / "old.p12", *LEAD, LEAD_PASS, "expired")
    pw = write_passphrase(tmp_path, LEAD_PASS)
    base = ["--data-dir", str(data_dir)]
    bundle = tmp_path / "out.iasios"
    rc = main([*base, "export", demo_id, "-o", str(bundle), "--identity", str(p12),
                      "--passphrase-file", str(pw)])  # fmt: skip
    assert rc == 1 and not bundle.exists()
    assert "expired on" in capsys.readouterr().err
    pdf = tmp_path / "out.pdf"
    rc = main([*base, "report", demo_id, "-o", str(pdf), "--sign", "--identity", str(p12),
                      "--passphrase-file", str(pw)])  # fmt: skip
    assert rc == 1 and not pdf.exists()
    assert "expired on" in capsys.readouterr().err
    rc = main(["identity", "show", str(p12), "--passphrase-file", str(pw)])
    assert "can sign: NO (the certificate of Dr. Elena Conti expired on" in capsys.readouterr().out


def test_identity_create_warns_before_making_a_short_lived_certificate(tmp_path, capsys):
    pw = write_passphrase(tmp_path, LEAD_PASS)
    out = tmp_path / "short.p12"
    args = ["--data-dir", str(tmp_path / "data"), "identity", "create", "--name", "A B",
            "--email", "a@example.org", "-o", str(out), "--passphrase-file", str(pw),
            "--valid-days", "30"]  # fmt: skip
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("warning: the new certificate would expire on"), err
    assert "in 30 days" in err and "--yes" in err
    assert not out.exists()
    assert main([*args, "--yes"]) == 0
    assert out.exists()
    assert "warning: the new certificate would expire" in capsys.readouterr().err
    assert not (tmp_path / "data" / "assessor.db").exists()  # creating never makes a database


def test_identity_create_warns_when_it_expires_within_a_visit(
    services, visit_id, data_dir, tmp_path, capsys
):
    services.visits.update(visit_id, "start_date", date.today() + timedelta(days=200))
    services.visits.update(visit_id, "end_date", date.today() + timedelta(days=202))
    services.close()
    pw = write_passphrase(tmp_path, LEAD_PASS)
    out = tmp_path / "id.p12"
    args = ["--data-dir", str(data_dir), "identity", "create", "--name", "A B",
            "--email", "a@example.org", "-o", str(out), "--passphrase-file", str(pw),
            "--valid-days", "150"]  # fmt: skip
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "before the visit Test Hospital" in err, err
    assert not out.exists()
    # Two years outlast the visit: no warning.
    assert main(args[:-2]) == 0
    assert "warning" not in capsys.readouterr().err


def test_identity_create_reads_the_visits_of_an_encrypted_folder(tmp_path, capsys):
    """A folder the command line made is encrypted: the visit-period check unlocks it as
    every command does (before, it failed with "is encrypted; unlock it")."""
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    demo = capsys.readouterr().out.strip().splitlines()[-1]
    start = (date.today() + timedelta(days=200)).isoformat()
    end = (date.today() + timedelta(days=202)).isoformat()
    for field, value in (("visit_dates.end", end), ("visit_dates.start", start)):
        assert main(["--data-dir", str(data), "visit", "set", demo, field, value]) == 0
    capsys.readouterr()
    pw = write_passphrase(tmp_path, LEAD_PASS)
    out = tmp_path / "id.p12"
    args = ["--data-dir", str(data), "identity", "create", "--name", "A B",
            "--email", "a@example.org", "-o", str(out), "--passphrase-file", str(pw),
            "--valid-days", "150"]  # fmt: skip
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "before the visit" in err and "encrypted" not in err, err
    assert not out.exists()


def test_identity_service_refuses_a_validity_out_of_range(services):
    with pytest.raises(ValidationError, match="valid for 1 to 3650 days"):
        services.identities.create("A B", "a@example.org", LEAD_PASS, valid_days=0)


@pytest.mark.parametrize("cls", sorted(UNFIT))
def test_verify_reports_an_unfit_certificate_even_when_it_is_trusted(
    services, report, tmp_path, capsys, cls
):
    # Before: `verify --trust` called the report valid while pdfsig said "Certificate has
    # Expired". A report signed by another tool with an unfit certificate:
    key = signer_key(*LEAD, cls)
    signed, _field, _at = sign_pdf(report.read_bytes(), key, resource_path("fonts"))
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(signed)
    pem = tmp_path / "cert.pem"
    pem.write_bytes(certificate_pem(key))
    check = services.reports.verify(pdf, [pem])[0]
    assert check.intact and check.covers_document
    assert check.certificate is Fitness(cls if cls != "non-signing" else "not-for-signing")
    assert not check.ok and not check.trusted
    assert main(["verify", str(pdf), "--trust", str(pem)]) == 2
    out = capsys.readouterr().out
    words = {"expired": "EXPIRED on", "not-yet-valid": "NOT YET VALID", "non-signing": "NOT FOR"}
    assert f"certificate:      {words[cls]}" in out, out
    assert "VERIFICATION FAILED" in out
