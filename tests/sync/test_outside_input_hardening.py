"""Outside input that used to crash an import or forge a line (review of issue 12):
envelopes of algorithms the app cannot open, fuzzed envelopes, certificates whose
extensions cryptography refuses to parse, and names with line breaks or bidi controls.
Each is a coded, one-line refusal, and nothing changes."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from assessor_app.app import main
from assessor_app.domain.display_text import one_line
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import AppError, ValidationError
from assessor_app.domain.sync_types import BundleRefusedError
from assessor_app.identity.envelope import RecipientCertificate, seal
from assessor_app.reports.verification import unreadable_reason
from assessor_app.services.sync import sealing
from assessor_app.sync.bundle_format import Limits
from tests.sync.helpers import assessor, blobs, dump
from tests.sync.test_sealed_bundles import PASS, _identity, _pem_files

HOSTILE_CN = "\x1b[31mEVIL\x1b[0m\rFAKE: imported OK\nsecond\u202egnp.exe\u2028x\u200d"
UNSAFE = ("\n", "\r", "\x1b", "\u202e", "\u2028", "\t")


def _openssl() -> str:
    found = shutil.which("openssl")
    assert found, "openssl is needed: these envelopes are made by an independent tool"
    return found


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("hardening")
    me = _identity(root, "Dr Co", "co@example.org")
    (root / "pass").write_text(PASS + "\n")
    cert, _key = _pem_files(root, "co", me[1])
    source = assessor(root, "Source")
    receiver = assessor(root, "Receiver")
    receiver.demo.create()  # data of its own that a refused import must leave alone
    plain = Path(source.sync.export_visit(source.demo.create(), root / "plain", seal=False).path)
    yield {"root": root, "me": me, "cert": cert, "plain": plain, "receiver": receiver}
    source.close()
    receiver.close()


def _refused_unchanged(w, path: Path, identity) -> BundleRefusedError:
    victim = w["receiver"]
    before, blobs_before = dump(victim.paths.database, everything=True), blobs(victim)
    with pytest.raises(BundleRefusedError) as refused:
        victim.sync.import_bundle(path, identity=identity)
    assert refused.value.code, str(refused.value)
    assert not any(c in str(refused.value) for c in UNSAFE), repr(str(refused.value))
    assert dump(victim.paths.database, everything=True) == before
    assert blobs(victim) == blobs_before
    return refused.value


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["-des3"], "triple DES"),
        (["-aes256", "-recip", "{cert}", "-keyopt", "rsa_padding_mode:oaep"], "RSA-OAEP"),
        (["-aes-256-gcm"], "AES-256-GCM"),
    ],
)
def test_an_envelope_of_another_algorithm_is_refused_naming_it(world, capsys, options, named):
    root, cert = world["root"], world["cert"]
    out = root / f"other-{named.split()[0]}.iasios"
    args = [o.replace("{cert}", str(cert)) for o in options]
    recipient = [] if "-recip" in args else [str(cert)]
    done = subprocess.run(
        [_openssl(), "cms", "-encrypt", "-binary", "-outform", "DER", "-in", str(world["plain"]),
         "-out", str(out), *args, *recipient],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    refused = _refused_unchanged(world, out, world["me"][1])
    assert refused.code == "sealed-algorithm-unsupported"
    assert named in str(refused) and "nothing was imported" in str(refused)
    # The command line says the same, never "unexpected error".
    code = main(
        ["--data-dir", str(root / "Cli"), "--unencrypted", "import", str(out),
         "--identity", str(world["me"][0]), "--passphrase-file", str(root / "pass")]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code != 0 and named in err and "unexpected" not in err


def test_fuzzed_envelopes_get_only_coded_refusals(world):
    """Truncations, bit flips and random bytes in envelopes the app and openssl made: every
    outcome is the content or a coded refusal, never another exception."""
    root, me = world["root"], world["me"][1]
    small = root / "small.zip"
    with zipfile.ZipFile(small, "w") as zf:
        zf.writestr("manifest.json", "{}")
    made = subprocess.run(
        [_openssl(), "cms", "-encrypt", "-binary", "-outform", "DER", "-in", str(small),
         "-aes128", str(world["cert"])],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    bases = [seal(small.read_bytes(), [RecipientCertificate(me.certificate)]), made]
    rng = random.Random(12)
    path, limits = root / "fuzz.iasios", Limits()
    codes: set[str] = set()
    for base in bases:
        cases = [base[:k] for k in range(0, len(base), 37)]
        for _ in range(150):
            flipped = bytearray(base)
            flipped[rng.randrange(min(len(base), 700))] ^= 1 << rng.randrange(8)
            cases.append(bytes(flipped))
        for _ in range(50):
            chunk = bytearray(base)
            at = rng.randrange(len(base))
            chunk[at : at + 8] = rng.randbytes(8)
            cases.append(bytes(chunk))
        cases.append(base[:30] + rng.randbytes(3000))
        for case in cases:
            path.write_bytes(case)
            if not sealing.is_sealed(path):
                continue
            for identity in (me, None):
                try:
                    sealing.open_sealed_file(path, identity, limits)
                except BundleRefusedError as exc:
                    assert exc.code and "\n" not in str(exc)
                    codes.add(exc.code)
    assert {"sealed-envelope-damaged", "sealed-for-other-keys"} <= codes


def _certificate(key: rsa.RSAPrivateKey, cn: str, email: str, *, duplicate: bool = False) -> bytes:
    """A self-signed certificate fit for signing; ``duplicate`` repeats its KeyUsage (which
    cryptography refuses to parse, lazily, on first use of ``cert.extensions``)."""
    now = datetime.now(UTC)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
        ]
    )
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=30))
        .add_extension(x509.KeyUsage(True, True, True, *[False] * 6), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    der = cert.public_bytes(serialization.Encoding.DER)
    if duplicate:
        parsed = asn1_x509.Certificate.load(der)
        tbs = parsed["tbs_certificate"]
        extensions = tbs["extensions"]
        extensions.append(extensions[0].copy())
        tbs["extensions"] = extensions
        tbs_der = tbs.dump(force=True)
        der = asn1_x509.Certificate(
            {
                "tbs_certificate": asn1_x509.TbsCertificate.load(tbs_der),
                "signature_algorithm": parsed["signature_algorithm"],
                "signature_value": key.sign(tbs_der, padding.PKCS1v15(), hashes.SHA256()),
            }
        ).dump()
    return asn1_pem.armor("CERTIFICATE", der)


def _signed_with(plain: Path, out: Path, key, cert_pem: bytes, name: str, email: str) -> Path:
    """``plain`` with its manifest naming ``name`` <``email``>, signed by ``key``."""
    with zipfile.ZipFile(plain) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(members["manifest.json"])
    manifest["signed"] = True
    manifest["assessor"] = {"name": name, "email": email}
    data = json.dumps(manifest).encode()
    members["manifest.json"] = data
    members["manifest.sig"] = key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    members["signer.pem"] = cert_pem
    with zipfile.ZipFile(out, "w") as zf:
        for member, content in members.items():
            zf.writestr(member, content)
    return out


def test_a_certificate_with_a_duplicate_extension_is_refused_everywhere(world, tmp_path):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = _certificate(key, "Src", "s@example.org", duplicate=True)
    with pytest.raises(x509.DuplicateExtension):  # the trap: it loads, then raises on use
        _ = x509.load_pem_x509_certificate(pem).extensions
    bundle = _signed_with(world["plain"], tmp_path / "dup.iasios", key, pem, "Src", "s@example.org")
    refused = _refused_unchanged(world, bundle, None)
    assert "signer certificate cannot be read" in str(refused)
    # identity trust add / accept: refused with the trust list's own code, nothing added.
    (tmp_path / "dup.pem").write_bytes(pem)
    trust = world["receiver"].trust
    for action in (trust.add_file, trust.accept_certificate):
        with pytest.raises(ValidationError) as bad:
            action(tmp_path / "dup.pem")
        assert bad.value.code == "trust-file-unreadable"
    assert trust.anchors() == [] and trust.pins() == []
    # verify reads certificates with asn1crypto, which lets the duplicate pass: it asks
    # the same question of cryptography, and a signature by it is not valid.
    _k, _h, der = asn1_pem.unarmor(pem)
    assert "DuplicateExtension" in (unreadable_reason(asn1_x509.Certificate.load(der)) or "")
    fine = _certificate(key, "Src", "s@example.org")
    assert unreadable_reason(asn1_x509.Certificate.load(asn1_pem.unarmor(fine)[2])) is None


def test_names_from_certificates_and_envelopes_reach_messages_on_one_line(world, tmp_path, capsys):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = _certificate(key, HOSTILE_CN, "s@example.org")
    # The signer's name in a trust refusal (signed by someone the manifest does not name).
    bundle = _signed_with(world["plain"], tmp_path / "n.iasios", key, pem, "Dr X", "x@example.org")
    refused = _refused_unchanged(world, bundle, None)
    assert refused.code == "signer-not-the-assessor" and "FAKE: imported OK" in str(refused)
    assert not any(c in str(v) for v in refused.params.values() for c in UNSAFE)
    # The issuer an envelope names, as the refusal of a sealed bundle shows it.
    cert = x509.load_pem_x509_certificate(pem)
    sealed = tmp_path / "sealed.iasios"
    sealed.write_bytes(seal(world["plain"].read_bytes(), [RecipientCertificate(cert)]))
    refused = _refused_unchanged(world, sealed, world["me"][1])
    assert refused.code == "sealed-for-other-keys"
    assert not any(c in str(refused.params["needed"]) for c in UNSAFE)
    root = world["root"]
    for identity in (
        [],
        ["--identity", str(world["me"][0]), "--passphrase-file", str(root / "pass")],
    ):
        main(["--data-dir", str(root / "Cli2"), "--unencrypted", "import", str(sealed), *identity])
        err = capsys.readouterr().err
        lines = [line for line in err.splitlines() if line.startswith("error:")]
        assert len(lines) == 1 and "FAKE" in lines[0], err
        assert not any(line.startswith(("FAKE", "second")) for line in err.splitlines()), err
        assert not any(c in err for c in ("\r", "\u202e", "\u2028")), repr(err)


def test_one_line_folds_every_line_break_and_control():
    shown = one_line("a\nb\r\nc\td\x85e\u2028f\u2029g\x1b[0m\u202eh\u2066i\u200bj" + "x" * 300)
    assert shown.startswith("a b  c d e f g\ufffd[0m\ufffdh\ufffdi\ufffdj")
    assert len(shown) == 120 and shown.endswith("\u2026")
    # Joiners are spelling (Persian, Indic, emoji), not controls: a name keeps them.
    assert one_line("Mahs\u0627\u200c\u0647") == "Mahs\u0627\u200c\u0647"
    assert one_line("Dr. Élena Conti — O'Brien") == "Dr. Élena Conti — O'Brien"
    with pytest.raises(AppError) as coded:
        raise ValidationError.coded(ErrorCode.TRUST_NOT_A_CA, name="A\nB")
    assert "\n" not in str(coded.value) and coded.value.params["name"] == "A B"
