"""Bundles whose manifest is signed, soundly, by a certificate unfit to sign (expired, not
yet valid, not for signing), made by another tool since the app refuses to: refused, and
the database and attachment store are exactly as before (issue 12, deliver 4)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from assessor_app.domain.errors import ValidationError
from assessor_app.identity.detached_signature import sign_detached
from assessor_app.identity.pkcs12 import SigningIdentity, create_identity, load_identity
from tests.cert_helpers import CLASSES, make_certificate
from tests.sync.helpers import assessor, blobs, dump

REASONS = {
    "expired": "with a certificate expired on",
    "not-yet-valid": "with a certificate not valid before",
    "non-signing": "with a certificate not for signing",
}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("unfit")
    source, victim = assessor(root, "Source"), assessor(root, "Victim")
    victim.demo.create()
    visit_id = source.demo.create()
    identity = load_identity(
        create_identity("Dr Source", "s@example.org", "pass-word"), "pass-word"
    )
    signed = Path(source.sync.export_visit(visit_id, root / "signed", identity=identity).path)
    yield {"victim": victim, "signed": signed, "root": root}
    source.close()
    victim.close()


def resign(bundle: Path, out: Path, cls: str) -> Path:
    """The bundle with its manifest signed by Dr Source's key of class ``cls``."""
    key, cert = make_certificate("Dr Source", "s@example.org", *CLASSES[cls])
    unfit = SigningIdentity(key, cert, ())
    with zipfile.ZipFile(bundle) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members["manifest.sig"] = sign_detached(unfit, members["manifest.json"])
    members["signer.pem"] = cert.public_bytes(serialization.Encoding.PEM)
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            stored = name.startswith("attachments/") or name in ("manifest.sig", "signer.pem")
            zf.writestr(name, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return out


@pytest.mark.parametrize("cls", sorted(REASONS))
def test_a_bundle_signed_by_an_unfit_certificate_is_refused(world, tmp_path, cls):
    victim = world["victim"]
    path = resign(world["signed"], tmp_path / "b.iasios", cls)
    before, before_blobs = dump(victim.paths.database, everything=True), blobs(victim)
    with pytest.raises(ValidationError) as refused:
        victim.sync.import_bundle(path)
    message = str(refused.value)
    assert message.startswith("bundle refused: it is signed by Dr Source"), message
    assert REASONS[cls] in message and "\n" not in message
    assert dump(victim.paths.database, everything=True) == before
    assert blobs(victim) == before_blobs


def test_the_same_bundle_signed_by_a_fit_certificate_is_accepted(world, tmp_path):
    fresh = assessor(world["root"], "Fresh")
    try:
        path = resign(world["signed"], tmp_path / "b.iasios", "valid")
        assert fresh.sync.import_bundle(path).signer.name == "Dr Source"
    finally:
        fresh.close()
