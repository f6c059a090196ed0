"""Signing, a second signature, verification, tampering, freezing, identities."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from assessor_app.app import main
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import VisitState
from assessor_app.paths import resolve_paths
from assessor_app.reports.model import CO_FIELD, LEAD_FIELD
from assessor_app.services.container import Services, build_services
from tests.report_helpers import CO_PASS, LEAD_PASS, need_tool, signature_png, write_passphrase


@pytest.fixture
def lead(services: Services):
    return services.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)


@pytest.fixture
def co(services: Services):
    # The demo's co-assessor by e-mail (which decides before the name), under a name that
    # tests the signature appearance's fonts.
    return services.identities.create("Dr. Jan Łódź-Ørsted", "j.whitfield@example.org", CO_PASS)


@pytest.fixture
def signed_once(services: Services, demo_id: str, lead, tmp_path: Path) -> Path:
    report = tmp_path / "report.pdf"
    services.reports.generate(demo_id, report)
    signed = tmp_path / "signed.pdf"
    services.reports.sign(report, signed, lead.path, LEAD_PASS, signature_png())
    return signed


def test_signature_is_valid_and_covers_the_document(services, signed_once, lead):
    checks = services.reports.verify(signed_once)
    assert len(checks) == 1
    check = checks[0]
    assert check.field_name == LEAD_FIELD
    assert check.signer == "Dr. Elena Conti"
    assert check.fingerprint == lead.fingerprint
    assert check.intact and check.covers_document
    assert not check.trusted
    assert check.signing_time is not None


def test_pdfsig_reports_the_signature_valid(signed_once):
    out = subprocess.run([need_tool("pdfsig"), str(signed_once)], capture_output=True, text=True)
    assert "Signature is Valid" in out.stdout, out.stdout + out.stderr
    assert "Total document signed" in out.stdout


def test_trust_is_reported_for_registered_certificates(services, signed_once, lead, tmp_path):
    pem = tmp_path / "lead.pem"
    services.identities.export_certificate(lead.path, LEAD_PASS, pem)
    assert services.reports.verify(signed_once, [pem])[0].trusted
    other = services.identities.create("Someone Else", "else@example.org", "another pass")
    other_pem = tmp_path / "other.pem"
    services.identities.export_certificate(other.path, "another pass", other_pem)
    assert not services.reports.verify(signed_once, [other_pem])[0].trusted


def test_second_signature_keeps_both_valid(services, signed_once, co, tmp_path):
    both = tmp_path / "both.pdf"
    result = services.reports.sign(signed_once, both, co.path, CO_PASS)
    assert result.field_name == CO_FIELD
    checks = services.reports.verify(both)
    assert [c.field_name for c in checks] == [LEAD_FIELD, CO_FIELD]
    assert all(c.intact and c.covers_document for c in checks), checks
    assert checks[1].signer == "Dr. Jan Łódź-Ørsted"
    out = subprocess.run([need_tool("pdfsig"), str(both)], capture_output=True, text=True)
    assert out.stdout.count("Signature is Valid") == 2, out.stdout
    with pytest.raises(ValidationError, match="Ørsted has signed this report already"):
        services.reports.sign(both, tmp_path / "third.pdf", co.path, CO_PASS)
    stranger = services.identities.create("Zoe Stranger", "zoe@example.org", CO_PASS)
    with pytest.raises(ValidationError, match="neither this visit's lead assessor"):
        services.reports.sign(both, tmp_path / "third.pdf", stranger.path, CO_PASS)


def test_the_co_assessor_signing_first_signs_in_the_co_assessors_box(
    services, demo_id, lead, tmp_path
):
    # The demo's co-assessor, with the name spelled as a certificate might spell it.
    whitfield = services.identities.create("James Whitfield", "j.whitfield@example.org", CO_PASS)
    report = tmp_path / "report.pdf"
    services.reports.generate(demo_id, report)
    first = services.reports.sign(report, tmp_path / "co.pdf", whitfield.path, CO_PASS)
    assert first.field_name == CO_FIELD
    second = services.reports.sign(tmp_path / "co.pdf", tmp_path / "both.pdf", lead.path, LEAD_PASS)
    assert second.field_name == LEAD_FIELD
    checks = services.reports.verify(tmp_path / "both.pdf")
    assert {c.field_name: c.signer for c in checks} == {
        CO_FIELD: "James Whitfield", LEAD_FIELD: "Dr. Elena Conti",
    }  # fmt: skip
    assert all(c.intact and c.covers_document for c in checks), checks
    with pytest.raises(ValidationError, match="Conti has signed this report already"):
        services.reports.sign(tmp_path / "both.pdf", tmp_path / "x.pdf", lead.path, LEAD_PASS)


def test_someone_who_is_neither_assessor_takes_no_box(services, demo_id, lead, tmp_path):
    # Before: the stranger took the first free box, the lead's, and the visit became signed.
    stranger = services.identities.create("Zoe Stranger", "zoe@example.org", CO_PASS)
    report = tmp_path / "report.pdf"
    services.reports.generate(demo_id, report)
    with pytest.raises(ValidationError, match=r"Zoe Stranger <zoe@example\.org> is neither"):
        services.reports.sign(report, tmp_path / "one.pdf", stranger.path, CO_PASS)
    assert not (tmp_path / "one.pdf").exists()
    assert services.reports.signed_reports(demo_id) == []
    assert services.visits.get(demo_id).state is not VisitState.SIGNED
    box = services.reports.signature_box(report, "Zoe Stranger", "zoe@example.org")
    assert box.box is None and box.problem is not None
    second = services.reports.sign(report, tmp_path / "two.pdf", lead.path, LEAD_PASS)
    assert second.field_name == LEAD_FIELD


def test_one_person_signs_once_not_in_the_other_assessors_box(services, demo_id, lead, tmp_path):
    report = tmp_path / "report.pdf"
    services.reports.generate(demo_id, report)
    services.reports.sign(report, tmp_path / "once.pdf", lead.path, LEAD_PASS)
    with pytest.raises(ValidationError, match="has signed this report already"):
        services.reports.sign(tmp_path / "once.pdf", tmp_path / "twice.pdf", lead.path, LEAD_PASS)
    assert not (tmp_path / "twice.pdf").exists()
    box = services.reports.signature_box(
        tmp_path / "once.pdf", "Dr. Elena Conti", "", lead.fingerprint
    )
    assert box.signed_already and box.box is None


def test_a_copy_signed_elsewhere_finds_the_box_by_name(services, visit_id, tmp_path):
    # No e-mail addresses on this visit: the report still names its assessors.
    services.visits.update(visit_id, "lead_assessor_name", "Dr. Ana Lima")
    services.visits.update(visit_id, "co_assessor_name", "Prof. Jan Ørsted")
    report = tmp_path / "report.pdf"
    services.reports.generate(visit_id, report)
    elsewhere = build_services(resolve_paths(tmp_path / "co-laptop"))
    try:
        co = elsewhere.identities.create("Jan Orsted", "jan@example.org", CO_PASS)
        assert elsewhere.reports.sign(report, tmp_path / "co.pdf", co.path, CO_PASS).field_name == (
            CO_FIELD
        )
    finally:
        elsewhere.close()


def test_a_copy_signed_elsewhere_finds_the_box_by_email(services, demo_id, lead, tmp_path):
    report = tmp_path / "report.pdf"
    services.reports.generate(demo_id, report)
    # The co-assessor's laptop has never seen this visit: the report names the e-mails.
    elsewhere = build_services(resolve_paths(tmp_path / "co-laptop"))
    try:
        co = elsewhere.identities.create("J. Whitfield", "J.Whitfield@example.org", CO_PASS)
        copy = elsewhere.reports.sign(report, tmp_path / "co.pdf", co.path, CO_PASS)
    finally:
        elsewhere.close()
    assert copy.field_name == CO_FIELD and not copy.recorded
    both = services.reports.sign(tmp_path / "co.pdf", tmp_path / "both.pdf", lead.path, LEAD_PASS)
    assert both.field_name == LEAD_FIELD
    assert all(c.intact for c in services.reports.verify(tmp_path / "both.pdf"))


def flip_byte_in_image(pdf: bytes) -> bytes:
    data = bytearray(pdf)
    start = data.index(b"stream", data.index(b"/DCTDecode")) + 300
    data[start] ^= 0xFF
    return bytes(data)


def test_changed_byte_fails_verification_and_the_cli_exits_non_zero(signed_once, tmp_path, capsys):
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(flip_byte_in_image(signed_once.read_bytes()))
    assert main(["--data-dir", str(tmp_path / "d"), "verify", str(tampered)]) != 0
    out = capsys.readouterr().out
    assert "intact:           NO" in out
    assert main(["--data-dir", str(tmp_path / "d"), "verify", str(signed_once)]) == 0


@pytest.mark.parametrize("where", ["padding", "case"])
def test_changed_byte_inside_the_signature_value_fails_verification(
    signed_once, tmp_path, capsys, where
):
    """The /Contents hole is not hashed: a byte changed there (in the zero padding, or a
    hex digit's letter case) must still fail, as any changed byte must."""
    data = bytearray(signed_once.read_bytes())
    match = re.search(rb"/Contents\s*<([0-9A-Fa-f]+)>", bytes(data))
    assert match
    start, end = match.span(1)
    if where == "padding":
        assert data[end - 1 : end] == b"0"
        data[end - 1] = ord("1")
    else:
        letter = next(i for i in range(start, end) if chr(data[i]) in "ABCDEFabcdef")
        data[letter] = ord(chr(data[letter]).swapcase())
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    assert main(["--data-dir", str(tmp_path / "d"), "verify", str(tampered)]) != 0
    assert "intact:           NO" in capsys.readouterr().out


def test_appended_bytes_fail_verification(signed_once, tmp_path, capsys):
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(signed_once.read_bytes() + b"\n% appended after signing\n")
    assert main(["--data-dir", str(tmp_path / "d"), "verify", str(appended)]) != 0
    assert "covers document:  NO" in capsys.readouterr().out


def test_appended_incremental_update_fails_verification(services, signed_once, tmp_path):
    with signed_once.open("rb") as fh:
        writer = IncrementalPdfFileWriter(fh)
        writer.root["/Lang"] = generic.TextStringObject("de")
        writer.update_root()
        changed = tmp_path / "changed.pdf"
        with changed.open("wb") as out:
            writer.write(out)
    check = services.reports.verify(changed)[0]
    assert check.intact and not check.covers_document


def test_wrong_passphrase_is_a_clear_error_and_leaves_no_file(services, demo_id, lead, tmp_path):
    report = tmp_path / "report.pdf"
    services.reports.generate(demo_id, report)
    target = tmp_path / "signed.pdf"
    with pytest.raises(ValidationError, match="wrong passphrase"):
        services.reports.sign(report, target, lead.path, "not the passphrase")
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != "") == ["report.pdf"]
    assert services.visits.list()[0].state is not VisitState.SIGNED


def test_unreadable_identity_is_a_clear_error(services, demo_id, tmp_path):
    report = tmp_path / "report.pdf"
    services.reports.generate(demo_id, report)
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"not a pkcs12 file")
    with pytest.raises(ValidationError, match="PKCS#12"):
        services.reports.sign(report, tmp_path / "s.pdf", junk, "whatever")
    assert not (tmp_path / "s.pdf").exists()


def test_cli_report_sign_with_wrong_passphrase_leaves_no_pdf(
    services, demo_id, lead, tmp_path, capsys
):
    services.close()
    data_dir = str(services.paths.data_dir)
    bad = write_passphrase(tmp_path, "wrong one")
    out = tmp_path / "out.pdf"
    code = main(["--data-dir", data_dir, "report", demo_id[:8], "-o", str(out), "--sign",
                 "--identity", str(lead.path), "--passphrase-file", str(bad)])  # fmt: skip
    assert code == 1
    assert "wrong passphrase" in capsys.readouterr().err
    assert not out.exists()
    assert not any(p.name.startswith(".out.pdf") for p in tmp_path.iterdir())


def test_signing_freezes_the_revision_and_a_later_report_supersedes_it(
    services, demo_id, lead, co, tmp_path
):
    report = tmp_path / "r1.pdf"
    first = services.reports.generate(demo_id, report)
    assert first.revision == 1 and first.supersedes is None
    services.reports.sign(report, report, lead.path, LEAD_PASS)
    visit = services.visits.list()[0]
    assert visit.state is VisitState.SIGNED
    records = services.reports.signed_reports(demo_id)
    assert [(r.revision, r.report_id, r.signer_name) for r in records] == [
        (1, first.report_id, "Dr. Elena Conti")
    ]
    assert records[0].content_hash == first.content_hash

    services.findings.set_comment(demo_id, "1.a", "Re-checked after the visit.")
    visit = services.visits.list()[0]
    assert visit.state is VisitState.IN_PROGRESS
    # The co-assessor cannot sign the superseded revision-1 report any more.
    with pytest.raises(ValidationError, match="changed since"):
        services.reports.sign(report, tmp_path / "co.pdf", co.path, CO_PASS)

    second = services.reports.generate(demo_id, tmp_path / "r2.pdf")
    assert second.revision == 2
    assert second.supersedes is not None and second.supersedes.revision == 1
    assert second.supersedes.report_id == first.report_id
    text = subprocess.run([need_tool("pdftotext"), str(tmp_path / "r2.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "This report supersedes revision 1" in " ".join(text.split())


def test_identity_create_export_and_fingerprint_from_the_cli(tmp_path, capsys):
    secret = write_passphrase(tmp_path, "a long passphrase")
    p12, pem = tmp_path / "anna.p12", tmp_path / "anna.pem"
    data = ["--data-dir", str(tmp_path / "d")]
    assert main([*data, "identity", "create", "--name", "Anna Müller",
                 "--email", "anna@example.org", "-o", str(p12),
                 "--passphrase-file", str(secret)]) == 0  # fmt: skip
    created = capsys.readouterr().out
    fingerprint = created.split("SHA-256 fingerprint: ")[1].split()[0]
    assert len(fingerprint) == 95
    assert main([*data, "identity", "show", str(p12), "--passphrase-file", str(secret)]) == 0
    shown = capsys.readouterr().out
    assert "Anna Müller" in shown and fingerprint in shown
    assert main([*data, "identity", "export-cert", str(p12), "--passphrase-file", str(secret),
                 "-o", str(pem)]) == 0  # fmt: skip
    assert pem.read_text().startswith("-----BEGIN CERTIFICATE-----")
    bad = write_passphrase(tmp_path, "wrong", "bad.txt")
    assert main([*data, "identity", "show", str(p12), "--passphrase-file", str(bad)]) == 1
    assert "wrong passphrase" in capsys.readouterr().err


def test_identity_service_lists_imports_and_keeps_the_signature_image(services, tmp_path):
    outside = tmp_path / "office.p12"
    services.identities.create(
        "Office Issued", "office@example.org", "office pass", out_path=outside
    )
    with pytest.raises(ValidationError):
        services.identities.import_file(outside, "wrong pass")
    imported = services.identities.import_file(outside, "office pass")
    assert imported.path.parent == services.paths.identities
    services.identities.save_signature_image(imported.path, signature_png())
    listed = services.identities.list()
    assert [i.name for i in listed] == ["Office Issued"]
    assert listed[0].signature_image is not None
    assert listed[0].fingerprint == services.identities.fingerprint(imported.path, "office pass")
    assert not any(b"office pass" in p.read_bytes() for p in services.paths.identities.iterdir())


def test_cli_report_signed_end_to_end(services, demo_id, tmp_path, capsys):
    services.close()
    data = ["--data-dir", str(services.paths.data_dir)]
    secret = write_passphrase(tmp_path, "cli passphrase")
    p12 = tmp_path / "lead.p12"
    assert main([*data, "identity", "create", "--name", "Dr. Elena Conti",
                 "--email", "elena.conti@example.org", "-o", str(p12),
                 "--passphrase-file", str(secret)]) == 0  # fmt: skip
    out = tmp_path / "signed.pdf"
    assert main([*data, "report", demo_id, "-o", str(out), "--sign", "--identity", str(p12),
                 "--passphrase-file", str(secret)]) == 0  # fmt: skip
    assert main([*data, "verify", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "in the lead assessor's box" in printed
    assert "signer:           Dr. Elena Conti" in printed
    assert "all signatures valid" in printed


def test_report_output_needs_an_existing_folder_and_is_not_private(services, demo_id, tmp_path):
    import os
    import stat

    from assessor_app.domain.errors import AppError

    with pytest.raises(AppError, match="does not exist"):
        services.reports.generate(demo_id, tmp_path / "typo" / "r.pdf")
    assert not (tmp_path / "typo").exists()
    out = tmp_path / "r.pdf"
    services.reports.generate(demo_id, out)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("opened", [True, False], ids=["key opened", "key as DER only"])
def test_a_signature_parses_the_private_key_at_most_once(
    services, demo_id, lead, tmp_path, monkeypatch, opened
):
    """pyHanko parsed (and checked) the RSA key for the trial signature that sizes the
    container and again for the real one: about 100 ms each, half of a signing. The key
    opened from the identity file is used as it is."""
    import dataclasses

    from cryptography.hazmat.primitives import serialization

    from assessor_app.reports.signing import sign_pdf
    from assessor_app.resources import resource_path

    report = tmp_path / "report.pdf"
    services.reports.generate(demo_id, report)
    key = services.reports.signer_key(lead.path, LEAD_PASS)
    if not opened:
        key = dataclasses.replace(key, opened_key=None)
    real = serialization.load_der_private_key
    parsed: list[int] = []

    def counted(data: bytes, *args: object, **kwargs: object) -> object:
        parsed.append(len(data))
        return real(data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(serialization, "load_der_private_key", counted)
    signed, field, _when = sign_pdf(report.read_bytes(), key, resource_path("fonts"))
    monkeypatch.undo()
    assert len(parsed) == (0 if opened else 1)
    out = tmp_path / "signed.pdf"
    out.write_bytes(signed)
    checks = services.reports.verify(out)
    assert field == LEAD_FIELD and len(checks) == 1 and checks[0].intact
