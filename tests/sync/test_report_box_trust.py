"""The assessor boxes of a signed report received in a bundle obey the rules of a bundle
signer, and a bundle cannot choose who the visit's assessors are (issue 12, review).

- A box's certificate must chain to the office's trust list when one is installed, and be
  the key pinned for its e-mail when one is pinned (a self-signed certificate in the lead's
  name and e-mail, put into the lead's box by the co-assessor, is refused).
- For a visit held here, each box is checked against the assessors recorded here before
  the import: a bundle that renames the lead and signs the box it gave itself is refused,
  and only a bundle the lead signed changes who the assessors are.
- A box is matched by e-mail whenever the visit records one: a certificate without an
  e-mail that merely carries the lead's name is not the lead.
- A signed bundle for a visit held here comes from its lead or co-assessor.

Every refusal leaves every table and the attachment store as they were.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import VisitState
from assessor_app.identity.issuing import create_office_ca, issue_identity
from assessor_app.identity.pkcs12 import create_identity, load_identity
from assessor_app.reports.model import LEAD_FIELD
from assessor_app.services.trust import NO_CONSENT, ImportConsent
from tests.sync.helpers import assessor, blobs, dump

PW = "pass-word-long-enough"
ELENA = ("Dr. Elena Conti", "elena.conti@example.org")
JAMES = ("Dr. James Whitfield", "j.whitfield@example.org")
MALLORY = ("Mallory", "mallory@example.org")


def _export(services, visit_id: str, path: Path, identity=None) -> Path:
    return Path(services.sync.export_visit(visit_id, path, identity=identity, seal=False).path)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Elena leads, James co-assesses, both with certificates of the office's CA. James
    puts a signature made with a self-signed certificate in Elena's name and e-mail into
    the lead's box, and sends it in a bundle he signs himself (and in an unsigned one)."""
    root = tmp_path_factory.mktemp("boxes")
    ca = load_identity(create_office_ca("Office CA", PW), PW)
    (root / "ca.pem").write_bytes(ca.certificate_pem())
    (root / "elena.p12").write_bytes(issue_identity(ca, *ELENA, PW))
    elena = load_identity((root / "elena.p12").read_bytes(), PW)
    james = load_identity(issue_identity(ca, *JAMES, PW), PW)
    (root / "fake.p12").write_bytes(create_identity(*ELENA, PW))
    fake = load_identity((root / "fake.p12").read_bytes(), PW)
    (root / "fake.pem").write_bytes(fake.certificate_pem())
    lead, co = assessor(root, "Lead"), assessor(root, "Co")
    visit_id = lead.demo.create()
    first = _export(lead, visit_id, root / "first", elena)
    co.sync.import_bundle(first)
    co.reports.generate(visit_id, root / "r.pdf")
    signed = co.reports.sign(root / "r.pdf", root / "s.pdf", root / "fake.p12", PW)
    assert signed.role is not None and signed.role.value == "lead"  # it fooled his laptop
    forged_signed = _export(co, visit_id, root / "forged-signed", james)
    forged_unsigned = _export(co, visit_id, root / "forged-unsigned")
    yield {
        "root": root, "lead": lead, "visit": visit_id, "first": first, "elena": elena,
        "james": james, "fake": fake, "forged_signed": forged_signed,
        "forged_unsigned": forged_unsigned,
    }  # fmt: skip
    lead.close()
    co.close()


@pytest.fixture
def office(tmp_path):
    services = assessor(tmp_path, "Office")
    yield services
    services.close()


def refused(
    services, path: Path, code: ErrorCode, *fragments: str, consent: ImportConsent = NO_CONSENT
) -> str:
    before, before_blobs = dump(services.paths.database, everything=True), blobs(services)
    with pytest.raises(ValidationError) as caught:
        services.sync.import_bundle(path, consent=consent)
    message = str(caught.value)
    assert message.startswith("bundle refused: ") and "\n" not in message
    assert caught.value.code == code, message
    for fragment in fragments:
        assert fragment in message, message
    assert dump(services.paths.database, everything=True) == before
    assert blobs(services) == before_blobs
    return message


def not_signed(services, visit_id: str) -> None:
    assert services.visits.get(visit_id).state is not VisitState.SIGNED
    assert services.reports.signed_reports(visit_id) == []


# -- 1. a box's certificate obeys the trust list and the pinned key ------------------------
def test_a_box_signed_outside_the_trust_list_is_refused(world, office):
    office.trust.add_file(world["root"] / "ca.pem")
    office.sync.import_bundle(world["first"])
    fake = world["fake"].fingerprint
    message = refused(
        office, world["forged_signed"], ErrorCode.BUNDLE_REPORT_UNTRUSTED,
        "lead assessor's box", "Dr. Elena Conti <elena.conti@example.org>", fake,
        "not register", "identity trust add",
    )  # fmt: skip
    assert "--allow" not in message and "delete" not in message
    not_signed(office, world["visit"])


def test_a_box_signed_with_another_key_than_the_pinned_one_is_refused(world, office):
    """No trust list: Elena's key was pinned by her signed bundle; the box is signed with
    another key for her e-mail, whether the bundle is signed (by James) or not."""
    office.sync.import_bundle(world["first"])
    assert office.trust.pins()[0].fingerprint == world["elena"].fingerprint
    # Unsigned after signed bundles of the visit: the downgrade rule refuses it first...
    refused(office, world["forged_unsigned"], ErrorCode.UNSIGNED_FOR_SIGNED_VISIT)
    # ...and a person letting it in still cannot get the box past the pinned key.
    for bundle, consent in (
        (world["forged_signed"], NO_CONSENT),
        (world["forged_unsigned"], ImportConsent(allow_unsigned=True)),
    ):
        refused(
            office, bundle, ErrorCode.BUNDLE_REPORT_KEY_NOT_PINNED, "lead assessor's box",
            world["fake"].fingerprint, world["elena"].fingerprint, "identity accept CERT",
            consent=consent,
        )  # fmt: skip
        not_signed(office, world["visit"])
    # The way out the message names: the assessor confirms the new certificate.
    office.trust.accept_certificate(world["root"] / "fake.pem")
    result = office.sync.import_bundle(world["forged_signed"])
    assert [r.signers for r in result.reports] == [("Dr. Elena Conti",)]
    assert office.visits.get(world["visit"]).state is VisitState.SIGNED


def test_a_box_key_is_checked_against_the_key_this_bundle_pins(world, tmp_path):
    """First contact: the bundle's signer Elena is pinned by this very import, so her box
    must hold that key too, not a self-signed one in her name."""
    root = world["root"]
    forger = assessor(tmp_path, "Forger")
    office = assessor(tmp_path, "Office2")
    try:
        forger.sync.import_bundle(world["first"])
        forger.reports.generate(world["visit"], tmp_path / "r.pdf")
        forger.reports.sign(tmp_path / "r.pdf", tmp_path / "s.pdf", root / "fake.p12", PW)
        bundle = _export(forger, world["visit"], tmp_path / "b", world["elena"])
        refused(office, bundle, ErrorCode.BUNDLE_REPORT_KEY_NOT_PINNED, world["elena"].fingerprint)
        assert office.trust.pins() == []
    finally:
        forger.close()
        office.close()


def test_the_lead_s_own_box_with_her_pinned_key_is_accepted(world, tmp_path):
    lead_copy = assessor(tmp_path, "LeadCopy")
    office = assessor(tmp_path, "Office3")
    try:
        lead_copy.sync.import_bundle(world["first"])
        elena = world["elena"]
        lead_copy.reports.generate(world["visit"], tmp_path / "r.pdf")
        lead_copy.reports.sign(
            tmp_path / "r.pdf", tmp_path / "s.pdf", world["root"] / "elena.p12", PW
        )
        office.trust.add_file(world["root"] / "ca.pem")
        office.sync.import_bundle(world["first"])
        result = office.sync.import_bundle(
            _export(lead_copy, world["visit"], tmp_path / "b", elena)
        )
        assert [r.signers for r in result.reports] == [("Dr. Elena Conti",)]
        assert office.visits.get(world["visit"]).state is VisitState.SIGNED
    finally:
        lead_copy.close()
        office.close()


# -- 2. a bundle does not choose who the assessors are ---------------------------------------
def test_a_bundle_that_renames_the_lead_cannot_sign_her_box(world, tmp_path, office):
    """Even signed by the lead herself: the box is checked against the lead recorded here
    before the import, not the one the bundle's own changes make."""
    turncoat = assessor(tmp_path, "Turncoat")
    try:
        turncoat.sync.import_bundle(world["first"])
        mallory = turncoat.identities.create(*MALLORY, PW, out_path=tmp_path / "m.p12")
        turncoat.visits.update(world["visit"], "lead_assessor_name", MALLORY[0])
        turncoat.visits.update(world["visit"], "lead_assessor_email", MALLORY[1])
        turncoat.reports.generate(world["visit"], tmp_path / "r.pdf")
        turncoat.reports.sign(tmp_path / "r.pdf", tmp_path / "s.pdf", mallory.path, PW)
        bundle = _export(turncoat, world["visit"], tmp_path / "b", world["elena"])
    finally:
        turncoat.close()
    office.sync.import_bundle(world["first"])
    refused(office, bundle, ErrorCode.BUNDLE_REPORT_WRONG_BOX, "Mallory signed the lead")
    not_signed(office, world["visit"])
    assert office.visits.get(world["visit"]).lead_assessor.email == ELENA[1]


def test_only_a_bundle_the_lead_signed_changes_the_assessors(world, tmp_path, office):
    co2 = assessor(tmp_path, "Co2")
    try:
        co2.sync.import_bundle(world["first"])
        co2.visits.update(world["visit"], "lead_assessor_email", JAMES[1])
        by_co = _export(co2, world["visit"], tmp_path / "by-co", world["james"])
        unsigned = _export(co2, world["visit"], tmp_path / "unsigned")
    finally:
        co2.close()
    office.sync.import_bundle(world["first"])
    refused(
        office, by_co, ErrorCode.BUNDLE_ASSESSOR_CHANGE_NOT_BY_LEAD, "lead_assessor_email",
        "Dr. James Whitfield", "Dr. Elena Conti <elena.conti@example.org>",
    )  # fmt: skip
    # Unsigned after signed ones is refused by the downgrade rule; let in by a person, it
    # still may not change the assessors.
    refused(office, unsigned, ErrorCode.UNSIGNED_FOR_SIGNED_VISIT)
    refused(
        office, unsigned, ErrorCode.BUNDLE_ASSESSOR_CHANGE_NOT_BY_LEAD, "unsigned",
        consent=ImportConsent(allow_unsigned=True),
    )  # fmt: skip
    # The lead's own signed bundle may change them.
    lead2 = assessor(tmp_path, "Lead2")
    try:
        lead2.sync.import_bundle(world["first"])
        lead2.visits.update(world["visit"], "co_assessor_email", "james@example.org")
        office.sync.import_bundle(_export(lead2, world["visit"], tmp_path / "l", world["elena"]))
    finally:
        lead2.close()
    assert office.visits.get(world["visit"]).co_assessor.email == "james@example.org"


# -- 3. by e-mail whenever the visit records one ---------------------------------------------
def _no_email_identity(path: Path) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, ELENA[0])])
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(7)
        .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=30))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                     False), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    data = pkcs12.serialize_key_and_certificates(
        b"x", key, cert, None, BestAvailableEncryption(PW.encode())
    )
    path.write_bytes(data)
    return path


def _with_report(bundle: Path, pdf: bytes, out: Path) -> Path:
    with zipfile.ZipFile(bundle) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members[f"reports/{hashlib.sha256(pdf).hexdigest()}.pdf"] = pdf
    manifest = json.loads(members["manifest.json"])
    manifest["bundle_id"] = str(uuid.uuid4())
    manifest["members"] = [
        {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in members.items()
        if n != "manifest.json"
    ]
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            stored = name.startswith(("attachments/", "reports/"))
            zf.writestr(name, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return out


def test_a_certificate_without_e_mail_bearing_the_lead_s_name_is_not_the_lead(
    world, tmp_path, office
):
    from assessor_app.reports.signing import sign_pdf
    from assessor_app.resources import resource_path

    forger = assessor(tmp_path, "NoEmail")
    try:
        forger.sync.import_bundle(world["first"])
        forger.reports.generate(world["visit"], tmp_path / "r.pdf")
        key = forger.reports.signer_key(_no_email_identity(tmp_path / "n.p12"), PW)
        pdf, _f, _a = sign_pdf(
            (tmp_path / "r.pdf").read_bytes(), key, resource_path("fonts"), field_name=LEAD_FIELD
        )
        plain = _export(forger, world["visit"], tmp_path / "plain")
    finally:
        forger.close()
    bundle = _with_report(plain, pdf, tmp_path / "forged.iasios")
    office.sync.import_bundle(world["first"])
    refused(
        office, bundle, ErrorCode.BUNDLE_REPORT_WRONG_BOX, "Dr. Elena Conti signed the lead",
        consent=ImportConsent(allow_unsigned=True),  # past the downgrade rule, to this one
    )  # fmt: skip
    not_signed(office, world["visit"])


# -- 4. a signed bundle for a visit held here comes from its assessors ------------------------
def test_an_outsider_s_signed_bundle_for_a_visit_held_here_is_refused(world, tmp_path, office):
    outsider = assessor(tmp_path, "Outsider")
    try:
        outsider.sync.import_bundle(world["first"])
        ident = outsider.identities.create(*MALLORY, PW, out_path=tmp_path / "m.p12")
        outsider.db.set_user(ELENA[0])  # her changes even carry the lead's name
        outsider.findings.set_comment(world["visit"], "1.a", "written by Mallory")
        bundle = _export(
            outsider, world["visit"], tmp_path / "m",
            load_identity(ident.path.read_bytes(), PW),
        )  # fmt: skip
    finally:
        outsider.close()
    office.sync.import_bundle(world["first"])
    refused(
        office, bundle, ErrorCode.BUNDLE_SIGNER_NOT_OF_VISIT,
        "Mallory <mallory@example.org>", world["visit"], "Dr. Elena Conti",
    )  # fmt: skip
    assert office.trust.pins()[0].email == ELENA[1] and len(office.trust.pins()) == 1
