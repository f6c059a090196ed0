"""A bundle's signature is bound to a person: the e-mail of the certificate is the named
assessor's, the first key seen is pinned, the office's trust list is enforced, and an
unsigned bundle after signed ones is refused unless a person overrides (logged). Every
refusal leaves every table and the attachment store as they were."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from assessor_app.app import main
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.trust_types import EventKind, KeyNote, ListIgnored, TrustStatus
from assessor_app.identity.detached_signature import sign_detached
from assessor_app.identity.issuing import create_office_ca, issue_identity
from assessor_app.identity.pkcs12 import create_identity, load_identity
from assessor_app.identity.trust_validation import problem_with_chain
from assessor_app.services.trust import ImportConsent
from tests.sync.helpers import assessor, blobs, dump

PW = "pass-word"


def rewrite(src: Path, dst: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, replace.get(info.filename, zin.read(info)))
    return dst


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("trust")
    source = assessor(root, "Dr Source")
    visit_id = source.demo.create()
    # The signer is the visit's lead assessor: only its assessors send bundles for it.
    source.visits.update(visit_id, "lead_assessor_name", "Dr Source")
    source.visits.update(visit_id, "lead_assessor_email", "s@example.org")
    ca = load_identity(create_office_ca("Office CA", PW), PW)
    registered = load_identity(issue_identity(ca, "Dr Source", "s@example.org", PW), PW)
    own_key = load_identity(create_identity("Dr Source", "s@example.org", PW), PW)
    mallory = load_identity(create_identity("Mallory", "m@example.org", PW), PW)

    def export(name: str, identity=None) -> Path:
        return Path(source.sync.export_visit(visit_id, root / name, identity=identity).path)

    signed = export("signed", registered)
    other_key = export("other-key", own_key)
    unsigned = export("unsigned")
    source.db.set_user("Someone Else")  # the same laptop, another name
    unsigned_other_name = export("unsigned-other-name")
    with zipfile.ZipFile(signed) as zf:
        manifest = zf.read("manifest.json")
    # Mallory signs the manifest that names Dr Source, and ships her own certificate.
    as_source = rewrite(
        signed,
        root / "mallory-as-source.iasios",
        {
            "manifest.sig": sign_detached(mallory, manifest),
            "signer.pem": mallory.certificate_pem(),
        },
    )
    ca_pem = root / "office-ca.pem"
    ca_pem.write_bytes(ca.certificate_pem())
    yield {
        "root": root, "visit": visit_id, "signed": signed, "other_key": other_key,
        "unsigned": unsigned, "unsigned_other_name": unsigned_other_name,
        "as_source": as_source, "ca": ca, "ca_pem": ca_pem, "registered": registered,
        "own_key": own_key, "mallory": mallory,
    }  # fmt: skip
    source.close()


@pytest.fixture
def victim(tmp_path):
    services = assessor(tmp_path, "Office")
    yield services
    services.close()


def refused(services, path: Path, consent: ImportConsent | None = None) -> str:
    """Import ``path``, expect a refusal that changed nothing at all; its message."""
    before, before_blobs = dump(services.paths.database, everything=True), blobs(services)
    with pytest.raises(ValidationError) as error:
        services.sync.import_bundle(path, consent=consent)
    assert dump(services.paths.database, everything=True) == before
    assert blobs(services) == before_blobs
    message = str(error.value)
    assert message.startswith("bundle refused: ") and "\n" not in message
    return message


def run(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_signer_who_is_not_the_named_assessor_is_refused_naming_both(world, victim):
    message = refused(victim, world["as_source"])
    assert "signed by Mallory <m@example.org>" in message
    assert "names Dr Source <s@example.org>" in message


def test_a_signer_whose_certificate_names_someone_else_is_refused(world, victim):
    """Mallory's own e-mail in the manifest, but Dr Source's name beside it."""
    with zipfile.ZipFile(world["signed"]) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["assessor"] = {"name": "Dr Source", "email": "m@example.org"}
    data = json.dumps(manifest).encode()
    path = rewrite(
        world["signed"],
        world["root"] / "named-as-source.iasios",
        {
            "manifest.json": data,
            "manifest.sig": sign_detached(world["mallory"], data),
            "signer.pem": world["mallory"].certificate_pem(),
        },
    )
    message = refused(victim, path)
    assert "signed by Mallory <m@example.org>" in message and "names Dr Source" in message


def test_first_key_is_pinned_and_a_later_other_key_refused_until_accepted(world, victim):
    first = victim.sync.import_bundle(world["signed"])
    assert first.trust is not None and first.trust.key is KeyNote.FIRST_USE
    [pin] = victim.trust.pins()
    assert pin.email == "s@example.org" and pin.fingerprint == world["registered"].fingerprint

    new = world["own_key"].fingerprint
    message = refused(victim, world["other_key"])
    assert new in message and world["registered"].fingerprint in message
    assert "--accept-key" in message
    # Accepting another key than the one offered lets nothing in.
    refused(victim, world["other_key"], ImportConsent(accept_key=world["mallory"].fingerprint))

    result = victim.sync.import_bundle(
        world["other_key"], consent=ImportConsent(accept_key=new.replace(":", "").lower())
    )
    assert result.trust is not None and result.trust.key is KeyNote.ACCEPTED
    assert result.trust.old_fingerprint == world["registered"].fingerprint
    assert [p.fingerprint for p in victim.trust.pins()] == [new]
    accepted = [e for e in victim.trust.events() if e.kind is EventKind.KEY_ACCEPTED]
    assert [(e.fingerprint, e.old_fingerprint, e.actor, e.visit_id) for e in accepted] == [
        (new, world["registered"].fingerprint, "Office", world["visit"])
    ]


def test_key_change_accepted_on_the_command_line_is_logged(world, capsys, tmp_path):
    data = tmp_path / "cli"
    assert run(capsys, data, "import", str(world["signed"]))[0] == 0
    code, _out, err = run(capsys, data, "import", str(world["other_key"]))
    assert code != 0 and "key never seen here" in err
    new = world["own_key"].fingerprint
    code, out, _ = run(
        capsys, data, "import", str(world["other_key"]), "--accept-key", new, "--json"
    )
    assert code == 0
    trust = json.loads(out)["trust"]
    assert trust["key"] == "accepted" and trust["status"] == "no-list"
    assert trust["replaced_fingerprint"] == world["registered"].fingerprint
    code, out, _ = run(capsys, data, "identity", "keys")
    assert f"new key accepted: Dr Source <s@example.org> SHA-256 {new}" in out


def test_trust_list_refuses_outsiders_and_shows_registered_signers(world, capsys, tmp_path):
    data = tmp_path / "office"
    code, out, _ = run(capsys, data, "identity", "trust", "add", str(world["ca_pem"]))
    assert code == 0 and "added CA: Office CA" in out
    victim = assessor(tmp_path, "office")
    try:
        # The right e-mail, but a key the office never registered.
        message = refused(victim, world["other_key"])
        assert "not registered by the office" in message and "Dr Source" in message
        # Unsigned is refused too once the office publishes a list.
        assert "trust list is installed" in refused(victim, world["unsigned"])
        pem = world["own_key"].certificate_pem()
        assert victim.trust.trust_status(pem) is TrustStatus.UNTRUSTED
        assert victim.trust.trust_status(world["registered"].certificate_der()) is (
            TrustStatus.REGISTERED
        )
    finally:
        victim.close()
    code, out, _ = run(capsys, data, "import", str(world["signed"]))
    assert code == 0 and "registered by the office" in out
    victim = assessor(tmp_path, "office")
    try:
        status = victim.sync.visit_sync_status()[world["visit"]]
        assert (status.last_sender, status.last_trust) == ("Dr Source", "registered")
    finally:
        victim.close()


def test_without_a_trust_list_signers_are_not_called_registered(world, victim):
    assert victim.trust.trust_status(world["registered"].certificate_pem()) is (TrustStatus.NO_LIST)


def test_unsigned_after_signed_is_refused_and_the_override_logged(world, victim, capsys):
    victim.sync.import_bundle(world["signed"])
    message = refused(victim, world["unsigned"])
    assert "unsigned" in message and "Dr Source" in message and "--allow-unsigned" in message
    # The same laptop under another name is refused as well (no downgrade per device).
    assert "unsigned" in refused(victim, world["unsigned_other_name"])

    result = victim.sync.import_bundle(
        world["unsigned"], consent=ImportConsent(allow_unsigned=True)
    )
    assert result.trust is not None and result.trust.unsigned_override
    [event] = victim.trust.events(world["visit"])[-1:]
    assert event.kind is EventKind.UNSIGNED_OVERRIDE and event.actor == "Office"
    code, out, _ = run(capsys, victim.paths.database.parent, "show", world["visit"])
    assert code == 0 and "Trust history:" in out
    assert "unsigned bundle let in by override: Dr Source" in out


def test_identity_issue_certificate_validates_under_the_ca(world, capsys, tmp_path):
    ca_file, out_file, pw = tmp_path / "ca.p12", tmp_path / "a.p12", tmp_path / "pw"
    pw.write_text(PW + "\n")
    code, _out, _ = run(
        capsys, tmp_path / "d", "identity", "create-ca", "--name", "Office CA", "-o",
        str(ca_file), "--passphrase-file", str(pw),
    )  # fmt: skip
    assert code == 0
    code, out, _ = run(
        capsys, tmp_path / "d", "identity", "issue", "--ca", str(ca_file),
        "--ca-passphrase-file", str(pw), "--name", "Dr New", "--email", "new@example.org",
        "-o", str(out_file), "--passphrase-file", str(pw),
    )  # fmt: skip
    assert code == 0 and "issued by the office CA" in out
    ca = load_identity(ca_file.read_bytes(), PW)
    issued = load_identity(out_file.read_bytes(), PW)
    assert issued.email == "new@example.org"
    assert problem_with_chain(issued.certificate_pem(), [ca.certificate_pem()]) is None
    # ...and under that CA only.
    other_ca = world["ca"].certificate_pem()
    assert problem_with_chain(issued.certificate_pem(), [other_ca]) is not None
    assert problem_with_chain(world["mallory"].certificate_pem(), [ca.certificate_pem()])


def test_a_signed_invitation_delivers_the_office_trust_list(world, tmp_path):
    lead = assessor(tmp_path, "Lead")
    co = assessor(tmp_path, "Co")
    try:
        lead.trust.add_file(world["ca_pem"])
        visit_id = lead.demo.create()
        invitation = Path(
            lead.sync.export_invitation(
                visit_id, tmp_path / "inv", identity=world["registered"]
            ).path
        )
        with zipfile.ZipFile(invitation) as zf:
            assert "trust-list.pem" in zf.namelist()
        result = co.sync.import_bundle(invitation)
        assert result.trust is not None and result.trust.installed_anchors == 1
        assert result.trust.status is TrustStatus.REGISTERED
        [anchor] = co.trust.anchors()
        assert anchor.kind == "ca" and anchor.source == "invitation"
        # From now on the co-assessor's laptop refuses what the office did not register.
        assert "not registered by the office" in refused(co, world["other_key"])
        # Installing it is logged, with the bundle that brought it.
        [added] = [e for e in co.trust.events() if e.kind is EventKind.TRUST_ADDED]
        assert added.bundle_id == result.bundle_id and added.fingerprint == anchor.fingerprint
        # An unsigned invitation may not install a list: anyone could have written it. The
        # list is ignored (nothing installed), and the import says so.
        unsigned = Path(lead.sync.export_invitation(visit_id, tmp_path / "plain-inv").path)
        fresh = assessor(tmp_path, "Fresh")
        try:
            plain = fresh.sync.import_bundle(unsigned)
            assert plain.trust is not None and plain.trust.installed_anchors == 0
            assert plain.trust.list_ignored is ListIgnored.UNSIGNED
            assert fresh.trust.anchors() == []
            assert not [e for e in fresh.trust.events() if e.kind is EventKind.TRUST_ADDED]
        finally:
            fresh.close()
    finally:
        lead.close()
        co.close()
