"""Sealed bundles (issue 12): a CMS EnvelopedData around the whole bundle that an independent
tool (openssl cms) opens, that the app opens with the recipient's identity, and that is
refused, naming the key it needs, with every table and the attachment store unchanged."""

from __future__ import annotations

import io
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from assessor_app.app import main
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.sync_types import BundleRefusedError
from assessor_app.identity.envelope import load_recipient_certificates, seal
from assessor_app.identity.pkcs12 import SigningIdentity, create_identity, load_identity
from assessor_app.sync.bundle_format import looks_sealed
from tests.sync.helpers import assessor, blobs, dump

PASS = "pass-word-1"


def _identity(tmp: Path, name: str, email: str) -> tuple[Path, SigningIdentity]:
    p12 = tmp / f"{name.split()[-1].lower()}.p12"
    p12.write_bytes(create_identity(name, email, PASS))
    return p12, load_identity(p12.read_bytes(), PASS)


def _ec_identity(tmp: Path) -> tuple[Path, SigningIdentity]:
    """An identity as the app made them before sealing: EC P-256, self-signed."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Dr Elliptic"),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, "ec@example.org"),
        ]
    )
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=700))
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        b"ec", key, cert, None, serialization.BestAvailableEncryption(PASS.encode())
    )
    p12 = tmp / "elliptic.p12"
    p12.write_bytes(data)
    return p12, load_identity(data, PASS)


def _pem_files(tmp: Path, stem: str, identity: SigningIdentity) -> tuple[Path, Path]:
    cert, key = tmp / f"{stem}.pem", tmp / f"{stem}.key"
    cert.write_bytes(identity.certificate_pem())
    key.write_bytes(
        identity.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert, key


def _openssl_open(envelope: Path, cert: Path, key: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["openssl", "cms", "-decrypt", "-inform", "DER", "-in", str(envelope),
         "-recip", str(cert), "-inkey", str(key), "-out", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("sealed")
    lead, co, office = (
        _identity(root, "Dr Lead", "lead@example.org"),
        _identity(root, "Dr Co", "co@example.org"),
        _identity(root, "The Office", "office@example.org"),
    )
    (root / "pass").write_text(PASS + "\n")
    source = assessor(root, "Source")
    receiver = assessor(root, "Receiver")
    receiver.demo.create()  # data of its own that a refused import must leave alone
    visit_id = source.demo.create()
    co_cert, co_key = _pem_files(root, "co", co[1])
    office_cert, office_key = _pem_files(root, "office", office[1])
    plain = Path(source.sync.export_visit(visit_id, root / "plain", identity=lead[1]).path)
    sealed_result = source.sync.export_visit(
        visit_id, root / "sealed", identity=lead[1], seal_to=[co_cert.read_bytes()]
    )
    yield {
        "root": root, "source": source, "receiver": receiver, "visit_id": visit_id,
        "lead": lead, "co": co, "office": office, "co_pem": (co_cert, co_key),
        "office_pem": (office_cert, office_key), "plain": plain,
        "sealed": Path(sealed_result.path), "sealed_result": sealed_result,
    }  # fmt: skip
    source.close()
    receiver.close()


def _refused_unchanged(w, path: Path, identity: SigningIdentity | None) -> BundleRefusedError:
    victim = w["receiver"]
    before, blobs_before = dump(victim.paths.database, everything=True), blobs(victim)
    with pytest.raises(BundleRefusedError) as refused:
        victim.sync.import_bundle(path, identity=identity)
    assert "\n" not in str(refused.value)
    assert dump(victim.paths.database, everything=True) == before
    assert blobs(victim) == blobs_before
    return refused.value


def test_new_identities_are_rsa_3072_and_can_receive_sealed_bundles(world):
    cert = world["co"][1].certificate
    key = cert.public_key()
    assert isinstance(key, rsa.RSAPublicKey) and key.key_size == 3072
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and usage.key_encipherment


def test_openssl_opens_a_sealed_bundle_to_the_zip_the_app_would_write(world):
    sealed, root = world["sealed"], world["root"]
    assert world["sealed_result"].sealed_to == ("Dr Co",)
    head = sealed.read_bytes()[:16]
    assert looks_sealed(head) and not head.startswith(b"PK")
    cert, key = world["co_pem"]
    out = root / "opened.zip"
    done = _openssl_open(sealed, cert, key, out)
    assert done.returncode == 0, done.stderr
    opened, unsealed = _members(out.read_bytes()), _members(world["plain"].read_bytes())
    assert set(opened) == set(unsealed) == {
        "records.json", "manifest.json", "manifest.sig", "signer.pem",
        *(n for n in unsealed if n.startswith("attachments/")),
    }  # fmt: skip
    for name in unsealed:
        if name not in ("manifest.json", "manifest.sig"):  # bundle id and time differ
            assert opened[name] == unsealed[name], name
    # The zip openssl took out is an ordinary bundle: it imports as it is.
    other = assessor(root, "FromOpenssl")
    try:
        result = other.sync.import_bundle(out)
        assert result.new_changes > 0 and not result.sealed
    finally:
        other.close()
    # Nobody else opens it: the office was not a recipient.
    done = _openssl_open(sealed, *world["office_pem"], root / "no.zip")
    assert done.returncode != 0


def test_import_with_the_recipients_key_works_and_still_names_the_signer(world, tmp_path):
    me = assessor(tmp_path, "Co")
    try:
        result = me.sync.import_bundle(world["sealed"], identity=world["co"][1])
        assert result.sealed and result.new_changes > 0 and result.new_attachments == 4
        assert result.signer is not None and result.signer.email == "lead@example.org"
    finally:
        me.close()


def test_without_the_key_it_is_refused_naming_the_key_and_nothing_changes(world):
    co_cert = world["co"][1].certificate
    serial = f"{co_cert.serial_number:X}"
    for identity in (None, world["office"][1], world["lead"][1]):
        refused = _refused_unchanged(world, world["sealed"], identity)
        assert refused.code == "sealed-for-other-keys"
        assert "CN=Dr Co" in str(refused) and "co@example.org" in str(refused)
        assert serial in str(refused) and "nothing was imported" in str(refused)


def test_a_tampered_envelope_is_refused_and_nothing_changes(world, tmp_path):
    data = world["sealed"].read_bytes()
    for where in (len(data) - 5, len(data) // 2, len(data) - 40_000):
        bad = bytearray(data)
        bad[where] ^= 0x01
        path = tmp_path / f"tampered-{where}.iasios"
        path.write_bytes(bytes(bad))
        _refused_unchanged(world, path, world["co"][1])
    truncated = tmp_path / "truncated.iasios"
    truncated.write_bytes(data[: len(data) // 2])
    for identity in (world["co"][1], None):
        refused = _refused_unchanged(world, truncated, identity)
        assert refused.code == "sealed-envelope-damaged"
        assert "damaged or was changed" in str(refused)


def test_the_signature_is_checked_after_opening(world, tmp_path):
    """A bundle signed by the lead, its manifest changed after signing, then sealed to the
    recipient: opening it does not make the broken signature pass."""
    members = _members(world["plain"].read_bytes())
    members["manifest.json"] = members["manifest.json"].replace(b'"Dr Lead"', b'"Dr Other"')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    recipients = load_recipient_certificates(world["co"][1].certificate_pem())
    path = tmp_path / "resigned.iasios"
    path.write_bytes(seal(buffer.getvalue(), recipients))
    refused = _refused_unchanged(world, path, world["co"][1])
    assert "signature" in str(refused)


def _cli(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_sealing_is_the_default_once_the_invitation_delivered_recipients(capsys, tmp_path, world):
    root = world["root"]
    a, b = tmp_path / "a", tmp_path / "b"
    code, out, _ = _cli(capsys, a, "demo")
    visit_id = out.strip().splitlines()[-1]
    lead_p12, co_p12 = world["lead"][0], world["co"][0]
    # The invitation's signer is the visit's lead: only then are its recipients taken.
    for field, value in (("name", "Dr Lead"), ("email", "lead@example.org")):
        assert _cli(capsys, a, "visit", "set", visit_id, f"assessors.lead.{field}", value)[0] == 0
    code, out, err = _cli(
        capsys, a, "export", visit_id, "-o", str(tmp_path / "inv.iasios"), "--invitation",
        "--identity", str(lead_p12), "--passphrase-file", str(root / "pass"),
        "--seal-to", str(world["co_pem"][0]), "--seal-to", str(world["office_pem"][0]),
    )  # fmt: skip
    assert code == 0, err
    assert "sealed to Dr Co, The Office" in out
    code, out, err = _cli(capsys, b, "import", str(tmp_path / "inv.iasios"))
    assert code == 1 and "CN=Dr Co" in err and "--identity" in err
    code, out, err = _cli(
        capsys, b, "import", str(tmp_path / "inv.iasios"),
        "--identity", str(co_p12), "--passphrase-file", str(root / "pass"),
    )  # fmt: skip
    assert code == 0, err
    assert "Imported sealed invitation from Dr Lead, signed by Dr Lead" in out
    assert "seal recipients taken from the invitation: Dr Lead, Dr Co, The Office" in out

    # The co-assessor names no recipient: the update is sealed to those the invitation gave.
    _cli(capsys, b, "rate", visit_id, "7.a", "partial", "--comment", "co")
    code, out, err = _cli(capsys, b, "export", visit_id, "-o", str(tmp_path / "up.iasios"))
    assert code == 0, err
    assert "sealed to Dr Lead, Dr Co, The Office" in out
    update = tmp_path / "up.iasios"
    assert looks_sealed(update.read_bytes()[:16])
    done = _openssl_open(update, *world["office_pem"], tmp_path / "office.zip")
    assert done.returncode == 0, done.stderr
    assert "records.json" in _members((tmp_path / "office.zip").read_bytes())
    code, out, err = _cli(
        capsys, a, "import", str(update),
        "--identity", str(lead_p12), "--passphrase-file", str(root / "pass"),
    )  # fmt: skip
    assert code == 0 and "Imported sealed bundle" in out, err
    # The lead sealed the invitation to the co-assessor and the office: so are its updates.
    code, out, err = _cli(capsys, a, "export", visit_id, "-o", str(tmp_path / "lead.iasios"))
    assert code == 0 and "sealed to Dr Co, The Office" in out, err

    # --no-seal is the explicit way out.
    code, out, err = _cli(
        capsys, b, "export", visit_id, "-o", str(tmp_path / "open.iasios"), "--no-seal"
    )
    assert code == 0 and "sealed" not in out, err
    assert (tmp_path / "open.iasios").read_bytes().startswith(b"PK")


def test_an_ec_identity_signs_and_verifies_but_cannot_be_sealed_to(capsys, tmp_path, world):
    p12, ec_identity = _ec_identity(tmp_path)
    cert = tmp_path / "ec.pem"
    cert.write_bytes(ec_identity.certificate_pem())
    with pytest.raises(ValidationError) as refused:
        load_recipient_certificates(cert.read_bytes())
    assert refused.value.code == "seal-recipient-not-rsa"
    assert "CN=Dr Elliptic" in str(refused.value) and "not RSA" in str(refused.value)

    a = tmp_path / "a"
    code, out, _ = _cli(capsys, a, "demo")
    visit_id = out.strip().splitlines()[-1]
    code, out, err = _cli(
        capsys, a, "export", visit_id, "-o", str(tmp_path / "x.iasios"), "--seal-to", str(cert)
    )
    assert code == 1 and "not RSA" in err and "Dr Elliptic" in err
    assert not (tmp_path / "x.iasios").exists()
    # It still signs and verifies.
    code, out, err = _cli(
        capsys, a, "export", visit_id, "-o", str(tmp_path / "ec.iasios"),
        "--identity", str(p12), "--passphrase-file", str(world["root"] / "pass"),
    )  # fmt: skip
    assert code == 0 and "(signed)" in out, err
    code, out, err = _cli(capsys, tmp_path / "b", "import", str(tmp_path / "ec.iasios"))
    assert code == 0 and "signed by Dr Elliptic <ec@example.org>" in out, err


def _with_recipients(w, path: Path, pem: bytes, kind: str) -> Path:
    import hashlib
    import json

    members = _members(w["plain"].read_bytes())
    manifest = json.loads(members["manifest.json"])
    manifest["signed"], manifest["kind"] = False, kind
    manifest["members"].append(
        {"name": "recipients.pem", "sha256": hashlib.sha256(pem).hexdigest(), "size": len(pem)}
    )
    members["manifest.json"] = json.dumps(manifest).encode()
    members["recipients.pem"] = pem
    del members["manifest.sig"], members["signer.pem"]
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_recipients_travel_only_in_invitations_and_only_rsa(world, tmp_path):
    """An update carrying a recipient list (to have later bundles sealed to an outsider) is
    refused; so is an invitation naming a certificate nobody can seal to."""
    office = world["office"][1].certificate_pem()
    path = _with_recipients(world, tmp_path / "outsider.iasios", office, "update")
    refused = _refused_unchanged(world, path, None)
    assert "recipients.pem may only travel in an invitation" in str(refused)

    _p12, ec_identity = _ec_identity(tmp_path)
    pem = office + ec_identity.certificate_pem()
    path = _with_recipients(world, tmp_path / "ec.iasios", pem, "invitation")
    refused = _refused_unchanged(world, path, None)
    assert "recipients.pem" in str(refused) and "not RSA" in str(refused)
    path = _with_recipients(world, tmp_path / "junk.iasios", b"not a certificate", "invitation")
    assert "recipients.pem" in str(_refused_unchanged(world, path, None))


def test_a_sealed_bundle_is_bounded_on_export_and_on_import(world, tmp_path):
    """cryptography seals and opens in memory: above the bound, nothing is written and
    nothing is read."""
    from dataclasses import replace

    from assessor_app.sync.bundle_format import DEFAULT_LIMITS

    source, receiver = world["source"], world["receiver"]
    small = replace(DEFAULT_LIMITS, max_sealed_bytes=100_000)
    source.sync.limits = small
    try:
        with pytest.raises(ValidationError) as refused:
            source.sync.export_visit(
                world["visit_id"], tmp_path / "big", seal_to=[world["co_pem"][0].read_bytes()]
            )
        assert refused.value.code == "sealed-bundle-too-large"
        assert list(tmp_path.iterdir()) == []
    finally:
        source.sync.limits = DEFAULT_LIMITS
    receiver.sync.limits = small
    try:
        refused_import = _refused_unchanged(world, world["sealed"], world["co"][1])
        assert "larger than" in str(refused_import)
    finally:
        receiver.sync.limits = DEFAULT_LIMITS


def test_import_json_says_sealed(capsys, world, tmp_path):
    import json

    code, out, err = _cli(
        capsys, tmp_path / "j", "import", str(world["sealed"]), "--json",
        "--identity", str(world["co"][0]), "--passphrase-file", str(world["root"] / "pass"),
    )  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["sealed"] is True and result["signed_by"]["email"] == "lead@example.org"
