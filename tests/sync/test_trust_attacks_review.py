"""Attacks a review of issue 12 found, each refused or ignored with nothing changed:

1. a registered assessor's certificate on the trust list issues a certificate for someone
   else, which then passed as "registered by the office" (only CA entries are roots);
2. an invitation installs its trust list on a laptop that already pinned keys (a list is
   taken only on first contact, and only when it vouches for the invitation's signer);
3. an invitation for a visit this laptop already works on adds seal recipients (taken only
   on the visit's first import, from a signed invitation by the visit's lead);
4. an unsigned bundle after signed ones passes under a respelled name, or under any name
   for a visit whose bundles arrived signed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID

from assessor_app.app import main
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.ratings import Rating
from assessor_app.domain.sync_types import SignerInfo
from assessor_app.domain.trust_types import (
    EventKind,
    ListIgnored,
    RecipientsIgnored,
    TrustStatus,
)
from assessor_app.domain.visit import Assessor
from assessor_app.identity.issuing import create_office_ca, issue_identity
from assessor_app.identity.pkcs12 import SigningIdentity, create_identity, load_identity
from assessor_app.identity.trust_validation import problem_with_chain
from assessor_app.services.reports import verify_report
from assessor_app.services.trust import ImportConsent, recipients_refusal
from tests.sync.helpers import assessor, blobs, dump

PW = "pass-word-long-enough"
ELENA = ("Dr. Elena Conti", "elena.conti@example.org")  # the demo visit's lead


def issued_by(
    issuer: SigningIdentity, name: str, email: str, *, ca: bool = False, cert_sign: bool = False
) -> SigningIdentity:
    """A certificate for ``name`` signed with ``issuer``'s key, as any tool could make."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
        ]
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, True, False, False, cert_sign, cert_sign, False, False),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(
                issuer.certificate.public_key()  # type: ignore[arg-type]
            ),
            critical=False,
        )
    )
    if ca:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=0), True)
    cert = builder.sign(issuer.private_key, hashes.SHA256())  # type: ignore[arg-type]
    data = pkcs12.serialize_key_and_certificates(
        b"x", key, cert, None, BestAvailableEncryption(PW.encode())
    )
    return load_identity(data, PW)


def self_signed_ca_without_cert_sign() -> SigningIdentity:
    """basicConstraints cA=TRUE, but a key usage that does not grant keyCertSign."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Half a CA")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, True, False, False, False, False, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        b"x", key, cert, None, BestAvailableEncryption(PW.encode())
    )
    return load_identity(data, PW)


def refused(services, path: Path, consent: ImportConsent | None = None) -> ValidationError:
    """Import ``path``, expect a refusal that changed nothing at all."""
    before, before_blobs = dump(services.paths.database, everything=True), blobs(services)
    with pytest.raises(ValidationError) as error:
        services.sync.import_bundle(path, consent=consent)
    assert dump(services.paths.database, everything=True) == before
    assert blobs(services) == before_blobs
    assert "\n" not in str(error.value)
    return error.value


@pytest.fixture(scope="module")
def people():
    mallory = load_identity(create_identity("Mallory", "m@example.org", PW), PW)
    elena = load_identity(create_identity(*ELENA, PW), PW)
    return {"mallory": mallory, "elena": elena, "forged": issued_by(mallory, *ELENA)}


# -- 1. only CA entries of a trust list vouch for others ------------------------------------
def test_a_registered_assessor_certificate_vouches_for_itself_only(people):
    mallory, forged = people["mallory"], people["forged"]
    assert problem_with_chain(forged.certificate_pem(), [mallory.certificate_pem()])
    assert problem_with_chain(mallory.certificate_pem(), [mallory.certificate_pem()]) is None
    # cA=TRUE alone is not enough: without keyCertSign it issues nothing either.
    half = self_signed_ca_without_cert_sign()
    child = issued_by(half, *ELENA)
    assert problem_with_chain(child.certificate_pem(), [half.certificate_pem()])
    # A real CA still vouches for what it issued, and a sub-CA it issued for theirs.
    ca = load_identity(create_office_ca("Office CA", PW), PW)
    sub = issued_by(ca, "Sub CA", "sub@example.org", ca=True, cert_sign=True)
    leaf = issued_by(sub, *ELENA)
    chain = problem_with_chain(
        leaf.certificate_pem(), [ca.certificate_pem()], [sub.certificate_pem()]
    )
    assert chain is None


def test_a_certificate_issued_by_a_registered_assessor_is_refused_on_import(people, tmp_path):
    mallory, forged = people["mallory"], people["forged"]
    office = assessor(tmp_path, "Office")
    sender = assessor(tmp_path, "Mallory")
    try:
        (tmp_path / "mallory.pem").write_bytes(mallory.certificate_pem())
        [entry] = office.trust.add_file(tmp_path / "mallory.pem")
        assert entry.kind == "assessor"
        visit_id = sender.demo.create()
        bundle = Path(sender.sync.export_visit(visit_id, tmp_path / "b", identity=forged).path)
        message = str(refused(office, bundle))
        assert "not registered by the office" in message and "Dr. Elena Conti" in message
        assert office.trust.trust_status(forged.certificate_pem()) is TrustStatus.UNTRUSTED
        assert office.trust.trust_status(mallory.certificate_pem()) is TrustStatus.REGISTERED
    finally:
        office.close()
        sender.close()


def test_verify_does_not_let_a_trusted_non_ca_certificate_vouch_for_others(people, tmp_path):
    mallory, forged = people["mallory"], people["forged"]
    lead = assessor(tmp_path, "Lead")
    try:
        visit_id = lead.demo.create()
        p12 = tmp_path / "forged.p12"
        p12.write_bytes(
            pkcs12.serialize_key_and_certificates(
                b"f", forged.private_key, forged.certificate, None,  # type: ignore[arg-type]
                BestAvailableEncryption(PW.encode()),
            )
        )  # fmt: skip
        lead.reports.generate(visit_id, tmp_path / "r.pdf")
        lead.reports.sign(tmp_path / "r.pdf", tmp_path / "s.pdf", p12, PW)
        [check] = verify_report(tmp_path / "s.pdf", (), [mallory.certificate_pem()])
        assert check.intact and not check.trusted
        # The certificate itself on the list is trusted, as before.
        [check] = verify_report(tmp_path / "s.pdf", (), [forged.certificate_pem()])
        assert check.trusted
    finally:
        lead.close()


# -- 2. a delivered trust list: first contact only, vouching for its signer -------------------
@pytest.fixture(scope="module")
def mallory_ca_invitation(tmp_path_factory):
    """Mallory's own CA, an identity from it, and her signed invitation carrying the CA."""
    root = tmp_path_factory.mktemp("minv")
    ca = load_identity(create_office_ca("IASIOS Office CA", PW), PW)
    signer = load_identity(issue_identity(ca, "Mallory", "m@example.org", PW), PW)
    mal = assessor(root, "Mallory")
    try:
        (root / "ca.pem").write_bytes(ca.certificate_pem())
        mal.trust.add_file(root / "ca.pem")
        visit_id = mal.demo.create()
        invitation = Path(mal.sync.export_invitation(visit_id, root / "inv", identity=signer).path)
        # The same invitation signed by a key the list does not vouch for.
        other = load_identity(create_identity("Mallory", "m@example.org", PW), PW)
        stray = Path(mal.sync.export_invitation(visit_id, root / "stray", identity=other).path)
    finally:
        mal.close()
    return {"ca": ca, "invitation": invitation, "stray": stray, "root": root}


def test_an_invitation_does_not_install_its_list_where_keys_are_pinned(
    people, mallory_ca_invitation, tmp_path, capsys
):
    elena = people["elena"]
    office = assessor(tmp_path, "office")
    real = assessor(tmp_path, "Real")
    try:
        real_visit = real.demo.create()
        first = Path(real.sync.export_visit(real_visit, tmp_path / "r1", identity=elena).path)
        office.sync.import_bundle(first)  # Elena's key, pinned on first use
        pins_before = office.trust.pins()
        result = office.sync.import_bundle(mallory_ca_invitation["invitation"])
        assert result.trust is not None and result.trust.installed_anchors == 0
        assert result.trust.list_ignored is ListIgnored.NOT_FIRST_CONTACT
        assert result.trust.status is TrustStatus.NO_LIST
        assert office.trust.anchors() == []
        assert not [e for e in office.trust.events() if e.kind is EventKind.TRUST_ADDED]
        assert [p.fingerprint for p in office.trust.pins() if p.email == ELENA[1]] == [
            p.fingerprint for p in pins_before
        ]
        # What Mallory's CA mints is not "registered by the office"; Elena still gets in.
        minted = load_identity(
            issue_identity(mallory_ca_invitation["ca"], "Dr. New", "new@example.org", PW), PW
        )
        assert office.trust.trust_status(minted.certificate_pem()) is TrustStatus.NO_LIST
        real.findings.set_comment(real_visit, "1.a", "next")
        second = Path(real.sync.export_visit(real_visit, tmp_path / "r2", identity=elena).path)
        assert office.sync.import_bundle(second).new_changes >= 1
    finally:
        office.close()
        real.close()
    # The command line says the list was not installed, and how to install one.
    code = main(["--data-dir", str(tmp_path / "cli"), "demo"])
    capsys.readouterr()
    pinned = assessor(tmp_path, "cli")
    try:
        pinned.trust.accept_certificate(_pem(tmp_path, elena))
    finally:
        pinned.close()
    code = main(
        ["--data-dir", str(tmp_path / "cli"), "import", str(mallory_ca_invitation["invitation"])]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "trust list in this invitation was NOT installed" in out
    assert "main.py identity trust add FILE" in out


def _pem(tmp_path: Path, identity: SigningIdentity) -> Path:
    path = tmp_path / "cert.pem"
    path.write_bytes(identity.certificate_pem())
    return path


def test_on_first_contact_a_list_not_vouching_for_its_signer_is_ignored(
    mallory_ca_invitation, tmp_path
):
    fresh = assessor(tmp_path, "Fresh")
    try:
        result = fresh.sync.import_bundle(mallory_ca_invitation["stray"])
        assert result.trust is not None and result.trust.installed_anchors == 0
        assert result.trust.list_ignored is ListIgnored.NOT_VOUCHING
        assert fresh.trust.anchors() == []
    finally:
        fresh.close()
    # The vouching one on a fresh laptop is installed, and logged with its bundle.
    first = assessor(tmp_path, "First")
    try:
        result = first.sync.import_bundle(mallory_ca_invitation["invitation"])
        assert result.trust is not None and result.trust.installed_anchors == 1
        assert result.trust.list_ignored is None
        [event] = [e for e in first.trust.events() if e.kind is EventKind.TRUST_ADDED]
        assert event.bundle_id == result.bundle_id
    finally:
        first.close()


# -- 3. seal recipients: a new visit's signed invitation by its lead only ---------------------
def test_an_invitation_for_a_known_visit_adds_no_seal_recipient(people, tmp_path):
    mallory, elena = people["mallory"], people["elena"]
    co = load_identity(create_identity("Dr. James Whitfield", "j.whitfield@example.org", PW), PW)
    lead = assessor(tmp_path, "Lead")
    mal = assessor(tmp_path, "Mallory")
    try:
        visit_id = lead.demo.create()
        lead.sync.export_visit(visit_id, tmp_path / "b1", seal_to=[co.certificate_pem()])
        # Mallory holds an old unsealed copy of the visit (a lost USB stick, say).
        old = lead.sync.export_visit(visit_id, tmp_path / "old", seal=False)
        mal.sync.import_bundle(Path(old.path))
        forged = Path(mal.sync.export_invitation(visit_id, tmp_path / "m", identity=mallory).path)
        with lead.db.unit_of_work() as uow:
            before = uow.sync.seal_recipients(visit_id)
        # Mallory is no assessor of the visit held here: her bundle is refused outright
        # (services/trust.check_signer_of_visits), recipients and all.
        with pytest.raises(ValidationError) as refused:
            lead.sync.import_bundle(forged)
        assert refused.value.code == ErrorCode.BUNDLE_SIGNER_NOT_OF_VISIT
        with lead.db.unit_of_work() as uow:
            assert uow.sync.seal_recipients(visit_id) == before
        lead.findings.set_comment(visit_id, "1.a", "confidential remark")
        export = lead.sync.export_visit(visit_id, tmp_path / "b2")
        assert export.sealed_to == ("Dr. James Whitfield",)
        # Even signed by the lead herself, a known visit's recipients are not changed.
        mal.db.set_user(ELENA[0])
        again = Path(mal.sync.export_invitation(visit_id, tmp_path / "e", identity=elena).path)
        assert lead.sync.import_bundle(again).recipients_ignored is RecipientsIgnored.KNOWN_VISIT
    finally:
        lead.close()
        mal.close()


def test_a_new_visits_invitation_from_someone_but_its_lead_adds_no_recipient(people, tmp_path):
    mallory, elena = people["mallory"], people["elena"]
    sender = assessor(tmp_path, "Sender")
    try:
        visit_id = sender.demo.create()  # its lead: Dr. Elena Conti
        by_mallory = Path(
            sender.sync.export_invitation(visit_id, tmp_path / "m", identity=mallory).path
        )
        by_lead = Path(sender.sync.export_invitation(visit_id, tmp_path / "e", identity=elena).path)
    finally:
        sender.close()
    co = assessor(tmp_path, "Co")
    try:
        result = co.sync.import_bundle(by_mallory)
        assert result.recipients_ignored is RecipientsIgnored.NOT_THE_LEAD
        with co.db.unit_of_work() as uow:
            assert uow.sync.seal_recipients(visit_id) == b""
    finally:
        co.close()
    co2 = assessor(tmp_path, "Co2")
    try:
        result = co2.sync.import_bundle(by_lead)
        assert result.recipients_taken == (ELENA[0],) and result.recipients_ignored is None
    finally:
        co2.close()


def test_the_recipient_rule_wants_a_signed_invitation():
    lead, co = Assessor(*ELENA), Assessor("Dr Co", "co@example.org")
    signer = SignerInfo(name=ELENA[0], email=ELENA[1], fingerprint="AA")
    assert recipients_refusal(None, True, lead, co) is RecipientsIgnored.UNSIGNED
    assert recipients_refusal(signer, True, lead, co) is None
    assert recipients_refusal(signer, False, lead, co) is RecipientsIgnored.KNOWN_VISIT
    other = SignerInfo(name=ELENA[0], email="co@example.org", fingerprint="BB")
    assert recipients_refusal(other, True, lead, co) is RecipientsIgnored.NOT_THE_LEAD


# -- 4. no downgrade under a respelled name, nor for a visit signed before -------------------
@pytest.fixture(scope="module")
def downgrade(tmp_path_factory, people):
    root = tmp_path_factory.mktemp("down")
    lead = assessor(root, ELENA[0])
    visit_id = lead.demo.create()
    signed = Path(lead.sync.export_visit(visit_id, root / "s1", identity=people["elena"]).path)
    lead.close()
    unsigned = {}
    for i, name in enumerate([*RESPELLED, "Mallory"]):
        other = assessor(root, f"imp{i}")  # another laptop: another device
        other.sync.import_bundle(signed)
        other.db.set_user(name)
        other.findings.rate(visit_id, "2.a", Rating.NOT_MET)
        unsigned[name] = Path(other.sync.export_visit(visit_id, root / f"u{i}").path)
        other.close()
    return {"signed": signed, "unsigned": unsigned, "visit": visit_id}


RESPELLED = ["Dr Elena Conti", "dr. elena conti", "Dr. Elena Conti ", "Elena Conti"]


@pytest.mark.parametrize("name", RESPELLED)
def test_an_unsigned_bundle_under_a_respelled_name_is_refused(downgrade, tmp_path, name):
    office = assessor(tmp_path, "Office")
    try:
        office.sync.import_bundle(downgrade["signed"])
        error = refused(office, downgrade["unsigned"][name])
        assert "unsigned" in str(error) and "arrived signed before" in str(error)
    finally:
        office.close()


def test_an_unsigned_bundle_for_a_visit_signed_before_is_refused_whatever_its_name(
    downgrade, tmp_path
):
    office = assessor(tmp_path, "Office")
    try:
        office.sync.import_bundle(downgrade["signed"])
        error = refused(office, downgrade["unsigned"]["Mallory"])
        assert error.code == "unsigned-for-signed-visit"
        assert downgrade["visit"] in str(error) and "--allow-unsigned" in str(error)
        # The override still lets it in, logged in the visit's history.
        result = office.sync.import_bundle(
            downgrade["unsigned"]["Mallory"], consent=ImportConsent(allow_unsigned=True)
        )
        assert result.trust is not None and result.trust.unsigned_override
        [event] = office.trust.events(downgrade["visit"])[-1:]
        assert event.kind is EventKind.UNSIGNED_OVERRIDE and event.name == "Mallory"
    finally:
        office.close()
