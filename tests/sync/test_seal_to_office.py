"""Once the office's trust list is installed, every bundle exported here is sealed to the
office too: to the list's CA entries with an RSA key (issue 12, deliverable 6). The office
opens it with its CA identity, here and with ``openssl cms -decrypt``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from assessor_app.app import main
from assessor_app.identity.pkcs12 import load_identity
from assessor_app.sync.bundle_format import looks_sealed
from tests.sync.test_sealed_bundles import _members, _openssl_open

PASS = "pass-word-1"


def _cli(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _ca_cert(name: str, key, usage: x509.KeyUsage | None) -> bytes:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=3000))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
    )
    if usage is not None:
        builder = builder.add_extension(usage, critical=True)
    return builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)


def _ca_usage_without_encipherment() -> x509.KeyUsage:
    """A CA's key usage as `identity create-ca` made it before: no keyEncipherment."""
    return x509.KeyUsage(
        digital_signature=True, content_commitment=False, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip


@pytest.fixture
def office(capsys, tmp_path):
    """The office's CA (made by the app), a lead issued from it, and a laptop with a visit
    led by that lead and the office's trust list installed."""
    (tmp_path / "pass").write_text(PASS + "\n")
    ca_p12, ca_pem = tmp_path / "office-ca.p12", tmp_path / "ca.pem"
    lead_p12 = tmp_path / "lead.p12"
    laptop = tmp_path / "lead-laptop"
    assert _cli(capsys, laptop, "identity", "create-ca", "--name", "Office CA", "-o",
                str(ca_p12), "--passphrase-file", str(tmp_path / "pass"), "--cert-output",
                str(ca_pem))[0] == 0  # fmt: skip
    assert _cli(capsys, laptop, "identity", "issue", "--ca", str(ca_p12),
                "--ca-passphrase-file", str(tmp_path / "pass"), "--name", "Dr Lead",
                "--email", "lead@example.org", "-o", str(lead_p12),
                "--passphrase-file", str(tmp_path / "pass"))[0] == 0  # fmt: skip
    code, out, _ = _cli(capsys, laptop, "demo")
    visit_id = out.strip().splitlines()[-1]
    for field, value in (("name", "Dr Lead"), ("email", "lead@example.org")):
        assert _cli(capsys, laptop, "visit", "set", visit_id, f"assessors.lead.{field}",
                    value)[0] == 0  # fmt: skip
    code, out, err = _cli(capsys, laptop, "identity", "trust", "add", str(ca_pem))
    assert code == 0, err
    ca = load_identity(ca_p12.read_bytes(), PASS)
    ca_key = tmp_path / "ca.key"
    ca_key.write_bytes(
        ca.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )  # fmt: skip
    return {
        "root": tmp_path, "laptop": laptop, "visit_id": visit_id, "ca_p12": ca_p12,
        "ca_pem": ca_pem, "ca_key": ca_key, "lead_p12": lead_p12,
    }  # fmt: skip


def _export(capsys, w, name: str, *extra: str) -> tuple[int, str, str, Path]:
    out_file = w["root"] / f"{name}.iasios"
    code, out, err = _cli(
        capsys, w["laptop"], "export", w["visit_id"], "-o", str(out_file),
        "--identity", str(w["lead_p12"]), "--passphrase-file", str(w["root"] / "pass"), *extra,
    )  # fmt: skip
    return code, out, err, out_file


def test_with_the_trust_list_installed_a_bundle_is_sealed_to_the_office(capsys, office):
    w = office
    code, out, err, bundle = _export(capsys, w, "update")
    assert code == 0, err
    assert "sealed to Office CA" in out
    assert looks_sealed(bundle.read_bytes()[:16])

    # An independent tool opens it with the office's CA key: the CA's key usage stops nothing.
    done = _openssl_open(bundle, w["ca_pem"], w["ca_key"], w["root"] / "opened.zip")
    assert done.returncode == 0, done.stderr
    assert "records.json" in _members((w["root"] / "opened.zip").read_bytes())

    # The office's laptop opens it with its CA identity, and sees the lead registered.
    office_laptop = w["root"] / "office-laptop"
    assert _cli(capsys, office_laptop, "identity", "trust", "add", str(w["ca_pem"]))[0] == 0
    code, out, err = _cli(capsys, office_laptop, "import", str(bundle))
    assert code == 1 and "CN=Office CA" in err and "--identity" in err
    code, out, err = _cli(
        capsys, office_laptop, "import", str(bundle), "--identity", str(w["ca_p12"]),
        "--passphrase-file", str(w["root"] / "pass"),
    )  # fmt: skip
    assert code == 0, err
    assert "Imported sealed bundle from Dr Lead, signed by Dr Lead" in out
    assert "registered by the office" in out

    # --no-seal still writes it open.
    code, out, err, bundle = _export(capsys, w, "open", "--no-seal")
    assert code == 0 and "sealed" not in out, err
    assert bundle.read_bytes().startswith(b"PK")


def test_the_office_joins_the_named_recipients(capsys, office, tmp_path):
    w = office
    co = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    co_pem = tmp_path / "co.pem"
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dr Co")])
    now = datetime.now(UTC)
    co_pem.write_bytes(
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(co.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=9))
        .sign(co, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)
    )  # fmt: skip
    code, out, err, _bundle = _export(capsys, w, "inv", "--invitation", "--seal-to", str(co_pem))
    assert code == 0, err
    assert "sealed to Dr Co, Office CA" in out
    assert "not sealed to" not in out


def test_an_invitation_is_not_sealed_to_the_office_alone(capsys, office):
    code, out, err, bundle = _export(capsys, office, "inv", "--invitation")
    assert code == 0, err
    assert "sealed" not in out.splitlines()[0]
    assert "not sealed to Office CA (an invitation sealed to the office alone" in out
    assert bundle.read_bytes().startswith(b"PK")


def test_an_ec_ca_entry_is_skipped_and_said_and_an_older_ca_is_sealed_to(capsys, office):
    w = office
    ec_key = ec.generate_private_key(ec.SECP256R1())
    older_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    older_pem = _ca_cert("Older Office CA", older_key, _ca_usage_without_encipherment())
    extra = w["root"] / "more.pem"
    extra.write_bytes(_ca_cert("Elliptic Office CA", ec_key, None) + older_pem)
    code, out, err = _cli(capsys, w["laptop"], "identity", "trust", "add", str(extra))
    assert code == 0, err
    code, out, err, bundle = _export(capsys, w, "update")
    assert code == 0, err
    assert "sealed to Office CA, Older Office CA" in out
    assert "not sealed to Elliptic Office CA (its key is not RSA" in out
    assert "\n" not in out.split("not sealed to ")[1].split("\n")[0]
    # A CA whose key usage lacks keyEncipherment still opens it with openssl.
    older_cert, older_pem_key = w["root"] / "older.pem", w["root"] / "older.key"
    older_cert.write_bytes(older_pem)
    older_pem_key.write_bytes(
        older_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )  # fmt: skip
    done = _openssl_open(bundle, older_cert, older_pem_key, w["root"] / "o.zip")
    assert done.returncode == 0, done.stderr


def test_registered_assessor_entries_are_not_the_office(capsys, tmp_path):
    """A trust list of assessors' certificates names no office: nothing is sealed."""
    (tmp_path / "pass").write_text(PASS + "\n")
    laptop = tmp_path / "laptop"
    code, out, _ = _cli(capsys, laptop, "demo")
    visit_id = out.strip().splitlines()[-1]
    from assessor_app.identity.pkcs12 import create_identity

    someone = load_identity(create_identity("Dr Reg", "reg@example.org", PASS), PASS)
    (tmp_path / "reg.pem").write_bytes(someone.certificate_pem())
    assert _cli(capsys, laptop, "identity", "trust", "add", str(tmp_path / "reg.pem"))[0] == 0
    code, out, err = _cli(capsys, laptop, "export", visit_id, "-o", str(tmp_path / "b.iasios"))
    assert code == 0, err
    assert "sealed" not in out
    assert (tmp_path / "b.iasios").read_bytes().startswith(b"PK")


def test_the_gui_export_summary_names_every_recipient_and_who_was_left_out(
    qtbot, tmp_path, monkeypatch
):
    from PySide6 import QtGui
    from PySide6.QtWidgets import QMessageBox, QWidget

    from assessor_app.ui.background import BackgroundRunner
    from assessor_app.ui.sync.sync_flows import export_visit_flow
    from tests.sync.helpers import assessor

    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ec_key = ec.generate_private_key(ec.SECP256R1())
    trust_list = tmp_path / "office.pem"
    trust_list.write_bytes(
        _ca_cert("Office CA", rsa_key, None) + _ca_cert("Elliptic <b>CA</b>", ec_key, None)
    )
    services = assessor(tmp_path, "Lead")
    BackgroundRunner.synchronous = True
    try:
        visit_id = services.demo.create()
        services.trust.add_file(trust_list)
        window = QWidget()
        qtbot.addWidget(window)
        out = tmp_path / "b.iasios"
        export_visit_flow(window, services, BackgroundRunner(window), visit_id, path=str(out))
    finally:
        BackgroundRunner.synchronous = False
        services.close()
    assert looks_sealed(out.read_bytes()[:16])
    text = messages[-1]
    assert "sealed to Office CA" in text
    # The name is outside text: shown as written, never as markup.
    assert "Not sealed to Elliptic <b>CA</b>: its key is not RSA" in text
    assert not QtGui.Qt.mightBeRichText(text)
