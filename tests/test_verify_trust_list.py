"""verify with the office's trust list installed here: a report signed by a certificate
the office issued is "registered by the office", one signed outside the list is reported
untrusted and fails, without any --trust given."""

from __future__ import annotations

from pathlib import Path

from assessor_app.app import main
from assessor_app.identity.issuing import create_office_ca, issue_identity
from assessor_app.identity.pkcs12 import create_identity, load_identity

PW = "pass-word"


def run(capsys, data: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data), *args])
    out, _err = capsys.readouterr()
    return code, out


def signed_report(capsys, tmp_path: Path, name: str, p12: bytes) -> Path:
    data, pw, identity = tmp_path / name, tmp_path / "pw", tmp_path / f"{name}.p12"
    pw.write_text(PW + "\n")
    identity.write_bytes(p12)
    code, out = run(capsys, data, "demo")
    visit_id = out.strip().splitlines()[-1]
    pdf = tmp_path / f"{name}.pdf"
    code, out = run(
        capsys, data, "report", visit_id, "-o", str(pdf), "--sign", "--identity",
        str(identity), "--passphrase-file", str(pw),
    )  # fmt: skip
    assert code == 0, out
    return pdf


def test_verify_uses_the_installed_trust_list(capsys, tmp_path):
    ca = load_identity(create_office_ca("Office CA", PW), PW)
    lead = ("Dr. Elena Conti", "elena.conti@example.org")
    registered = signed_report(capsys, tmp_path, "registered", issue_identity(ca, *lead, PW))
    outsider = signed_report(capsys, tmp_path, "outsider", create_identity(*lead, PW))
    office = tmp_path / "office"
    ca_pem = tmp_path / "ca.pem"
    ca_pem.write_bytes(ca.certificate_pem())
    # Without a list nothing is called registered, and verify does not fail for it.
    code, out = run(capsys, office, "verify", str(outsider))
    assert code == 0 and "(no --trust given)" in out
    assert run(capsys, office, "identity", "trust", "add", str(ca_pem))[0] == 0

    code, out = run(capsys, office, "verify", str(registered))
    assert code == 0 and "yes (registered by the office)" in out
    code, out = run(capsys, office, "verify", str(outsider))
    assert code == 2 and "NO (untrusted: not registered by the office)" in out
    assert "VERIFICATION FAILED" in out
