"""The data key, its key file, the keyring and the encrypted database (issue 13)."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ProtectionError, ValidationError
from assessor_app.domain.progress import Cancelled
from assessor_app.paths import AppPaths, resolve_paths
from assessor_app.persistence.backup_store import list_backups
from assessor_app.persistence.encrypted_copy import SQLITE_HEADER, export_encrypted
from assessor_app.persistence.migrations import current_revision, known_revisions
from assessor_app.persistence.raw_connection import raw_connect
from assessor_app.protection import key_file
from assessor_app.protection.data_key import DataKey
from assessor_app.protection.passphrase_strength import strength
from assessor_app.services import protection
from assessor_app.services.container import build_services
from tests.conftest import ROOT

PASS = "a long enough passphrase"
FIXTURES = ROOT / "tests" / "fixtures" / "schema"


def folder_bytes(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture
def encrypted(paths: AppPaths) -> tuple[AppPaths, DataKey, str]:
    key = protection.create_encrypted(paths, PASS)
    services = build_services(paths, key)
    visit_id = services.demo.create()
    services.findings.set_comment(visit_id, "1.b", "Zebra-quartz-7731 unique comment")
    services.close()
    return paths, key, visit_id


def test_data_key_never_shows_its_bytes_and_derives_separate_subkeys():
    key = DataKey.generate()
    assert key.raw.hex() not in repr(key) and key.raw.hex() not in str(key)
    assert key.sqlcipher_pragma() == f"x'{key.raw.hex()}'"
    assert len({key.subkey("blob-names"), key.subkey("attachments"), key.raw}) == 3
    assert key.subkey("blob-names") == key.subkey("blob-names")
    with pytest.raises(ValueError):
        DataKey(b"short")


def test_encrypted_database_has_no_header_and_no_plaintext(encrypted):
    paths, key, visit_id = encrypted
    for name in ("assessor.db", "assessor.db-wal"):
        file = paths.data_dir / name
        if file.exists():
            data = file.read_bytes()
            assert not data.startswith(SQLITE_HEADER)
            assert b"Zebra-quartz-7731" not in data and b"Klinikum" not in data
    assert PASS.encode() not in paths.key_file.read_bytes()
    assert key.raw.hex().encode() not in paths.key_file.read_bytes()
    # The same file opens with the key, as WAL with synchronous=FULL.
    services = build_services(paths, key)
    try:
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
        assert services.findings.findings(visit_id)["1.b"].comment.startswith("Zebra")
    finally:
        services.close()


def test_a_locked_folder_is_refused_without_its_key(encrypted):
    paths, _key, _ = encrypted
    with pytest.raises(ProtectionError) as caught:
        build_services(paths)
    assert caught.value.code == ErrorCode.FOLDER_LOCKED


def test_wrong_passphrase_changes_no_byte(encrypted):
    paths, _key, _ = encrypted
    before = folder_bytes(paths.data_dir)
    with pytest.raises(ProtectionError) as caught:
        protection.unlock(paths, "not the passphrase at all")
    assert caught.value.code == ErrorCode.WRONG_PASSPHRASE
    with pytest.raises(ProtectionError):
        protection.change_passphrase(paths, "not the passphrase at all", "another good one")
    assert folder_bytes(paths.data_dir) == before


def test_passphrase_change_rewraps_only(encrypted):
    paths, key, visit_id = encrypted
    db_before = paths.database.read_bytes()
    protection.change_passphrase(paths, PASS, "the new passphrase here")
    assert paths.database.read_bytes() == db_before  # nothing re-encrypted
    with pytest.raises(ProtectionError) as caught:
        protection.unlock(paths, PASS)
    assert caught.value.code == ErrorCode.WRONG_PASSPHRASE
    new_key = protection.unlock(paths, "the new passphrase here")
    assert new_key == key
    services = build_services(paths, new_key)
    try:
        assert services.findings.findings(visit_id)["1.b"].comment.startswith("Zebra")
    finally:
        services.close()
    with pytest.raises(ValidationError):
        protection.change_passphrase(paths, "the new passphrase here", "short")


def test_key_file_write_is_atomic_and_private(encrypted):
    paths, _key, _ = encrypted
    assert paths.key_file.stat().st_mode & 0o077 == 0
    assert not list(paths.data_dir.glob(".protection.json.*"))
    record = key_file.read_key_file(paths)
    wrap = record["passphrase_wrap"]
    assert wrap["kdf"] == "argon2id" and len(wrap["salt"]) > 16


def test_the_real_argon2_cost_is_the_documented_one():
    # The test suite lowers the cost in conftest; the code's own value is this.
    source = (ROOT / "assessor_app" / "protection" / "key_file.py").read_text()
    assert "ARGON2_MEMORY_KIB = 64 * 1024" in source and "ARGON2_ITERATIONS = 2" in source


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username))


@pytest.fixture
def restore_keyring():
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_no_keyring_backend_falls_back_to_the_passphrase(encrypted, restore_keyring, capsys):
    paths, key, visit_id = encrypted
    keyring.set_keyring(fail.Keyring())
    assert not protection.keyring_available()
    assert protection.remember(paths, key) is False  # never raises
    assert protection.unlock_from_keyring(paths) is None
    assert protection.forget(paths) is False
    before = folder_bytes(paths.data_dir)
    from assessor_app.app import main

    # The CLI: no keyring, so the passphrase file decides.
    pass_file = paths.data_dir.parent / "pass.txt"
    pass_file.write_text(PASS + "\n")
    code = main(["--data-dir", str(paths.data_dir), "--passphrase-file", str(pass_file),
                 "passphrase", "remember"])  # fmt: skip
    assert code == 1 and "No OS keyring" in capsys.readouterr().err
    assert folder_bytes(paths.data_dir) == before
    code = main(["--data-dir", str(paths.data_dir), "--passphrase-file", str(pass_file),
                 "show", visit_id, "--json"])  # fmt: skip
    assert code == 0 and visit_id in capsys.readouterr().out


def test_a_keyring_remembers_the_unlock(encrypted, restore_keyring, monkeypatch, capsys):
    paths, key, visit_id = encrypted
    keyring.set_keyring(MemoryKeyring())
    assert protection.remember(paths, key)
    assert protection.unlock_from_keyring(paths) == key
    monkeypatch.delenv("ASSESSOR_APP_PASSPHRASE_FILE")
    from assessor_app.app import main

    assert main(["--data-dir", str(paths.data_dir), "show", visit_id, "--json"]) == 0
    capsys.readouterr()
    # A passphrase change drops the remembered unlock.
    protection.change_passphrase(paths, PASS, "the new passphrase here")
    assert protection.unlock_from_keyring(paths) is None


def _office_identity(tmp_path: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "IASIOS office recovery")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(private, hashes.SHA256())
    )
    cert_file, key_path = tmp_path / "office.pem", tmp_path / "office-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_path


def test_office_recovery_is_explicit_and_only_the_office_can_use_it(encrypted, tmp_path):
    paths, key, _ = encrypted
    cert, office_key = _office_identity(tmp_path)
    (tmp_path / "other").mkdir()
    _other_cert, other_key = _office_identity(tmp_path / "other")
    assert "office_wrap" not in key_file.read_key_file(paths)  # never by default
    with pytest.raises(ProtectionError) as caught:
        protection.recover_with_office(paths, office_key, None, "a brand new passphrase")
    assert caught.value.code == ErrorCode.NO_OFFICE_RECOVERY
    protection.add_office_recovery(paths, key, cert)
    assert protection.status(paths).office_recovery.endswith("IASIOS office recovery")
    with pytest.raises(ProtectionError) as caught:
        protection.recover_with_office(paths, other_key, None, "a brand new passphrase")
    assert caught.value.code == ErrorCode.OFFICE_KEY_DOES_NOT_MATCH
    recovered = protection.recover_with_office(paths, office_key, None, "a brand new passphrase")
    assert recovered == key
    assert protection.unlock(paths, "a brand new passphrase") == key
    with pytest.raises(ProtectionError):
        protection.unlock(paths, PASS)


def test_passphrase_strength_grows_with_length_and_kinds():
    assert strength("short").score == 0 and not strength("short").acceptable
    assert strength("password123").score == 1
    assert strength("aaaaaaaaaaaa").score == 1
    assert strength("Tr0ub4dor&3x").score >= 2
    assert strength("correct horse battery staple, in the ward").score == 4


def test_folder_states(paths: AppPaths):
    assert protection.state(paths) is key_file.FolderState.NEW
    build_services(paths).close()  # an in-process folder: made as older apps made it
    assert protection.state(paths) is key_file.FolderState.PLAINTEXT_LEGACY
    protection.create_unencrypted(paths)
    assert protection.state(paths) is key_file.FolderState.UNENCRYPTED_BY_CHOICE


@pytest.mark.parametrize("revision", [p.stem for p in sorted(FIXTURES.glob("*.sqlite"))])
def test_schema_fixtures_migrate_on_an_encrypted_database(tmp_path: Path, revision: str):
    """A database of every past schema, encrypted, upgrades: the copy taken before the
    upgrade is encrypted like the database, and the data is whole."""
    paths = resolve_paths(tmp_path / "data")
    paths.data_dir.mkdir()
    plain = tmp_path / "plain.db"
    shutil.copyfile(FIXTURES / f"{revision}.sqlite", plain)
    key = DataKey.generate()
    assert export_encrypted(plain, paths.database, key) == "ok"
    key_file.create_encrypted(paths, PASS, key=key)
    services = build_services(paths, protection.unlock(paths, PASS))
    try:
        assert current_revision(services.db.engine) == known_revisions()[1]
        (visit,) = services.visits.list()
        assert services.findings.findings(visit.id)["7.b"].comment == "Minutes: 2 of 4 meetings"
        services.findings.set_comment(visit.id, "1.b", "Checked after the encrypted upgrade")
    finally:
        services.close()
    assert not paths.database.read_bytes().startswith(SQLITE_HEADER)
    if revision == known_revisions()[1]:
        return
    (backup,) = paths.backups.glob("*/assessor.db")
    assert not backup.read_bytes().startswith(SQLITE_HEADER)
    con = raw_connect(backup, key)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    finally:
        con.close()


UNLOCK_ONLY = """
import json, sys
from pathlib import Path
from assessor_app.paths import resolve_paths
from assessor_app.services import protection
paths = resolve_paths(Path(sys.argv[1]))
protection.unlock(paths, sys.argv[2])
protection.passphrase_strength("some passphrase")
print(json.dumps(sorted(sys.modules)))
"""


def test_unlocking_imports_no_sqlalchemy_and_no_qt(encrypted):
    """The unlock dialog is the first paint: its path must not load the data layer."""
    import json
    import subprocess
    import sys

    paths, _key, _ = encrypted
    done = subprocess.run(
        [sys.executable, "-c", UNLOCK_ONLY, str(paths.data_dir), PASS],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    loaded = set(json.loads(done.stdout))
    assert "cryptography" in loaded  # it did unlock
    assert not {m for m in loaded if m.split(".")[0] in ("sqlalchemy", "PySide6", "alembic")}


def test_encrypting_an_old_folder_encrypts_its_pre_upgrade_copy_too(tmp_path: Path):
    paths = resolve_paths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copyfile(FIXTURES / "0001_initial.sqlite", paths.database)
    build_services(paths).close()  # upgraded by an unencrypted app: a plaintext copy first
    (copy,) = paths.backups.glob("*/assessor.db")
    assert copy.read_bytes().startswith(SQLITE_HEADER)
    (pre_upgrade,) = list_backups(paths.backups)
    key = protection.encrypt_folder(paths, PASS)
    # The history is kept and every backup in it is encrypted: the pre-upgrade copy (in
    # the old schema) and the one taken before the conversion (with its id, in place of
    # its plaintext self); no "after-encrypt" backup replaces them.
    kept = list_backups(paths.backups)
    assert [b.reason for b in kept] == ["before-encrypt", pre_upgrade.reason]
    assert all(b.encrypted for b in kept)
    assert kept[0].with_attachments and not kept[1].with_attachments
    left = sorted(paths.backups.glob("*/assessor.db"))
    assert left and not [p for p in left if p.read_bytes().startswith(SQLITE_HEADER)]
    assert not [
        p for p in paths.backups.rglob("*") if p.is_file() and b"Minutes: 2 of 4" in p.read_bytes()
    ]
    revisions = set()
    for path in left:
        con = raw_connect(path, key)
        try:
            revisions.add(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])
        finally:
            con.close()
    assert "0001_initial" in revisions
    assert b"Minutes: 2 of 4 meetings" not in paths.database.read_bytes()


def test_a_cancelled_conversion_leaves_the_folder_as_it_was(tmp_path: Path):
    paths = resolve_paths(tmp_path / "data")
    services = build_services(paths)
    services.demo.create()
    services.close()
    before = paths.database.read_bytes()
    stopped = threading.Event()
    stopped.set()
    with pytest.raises(Cancelled):
        protection.encrypt_folder(paths, PASS, cancel=stopped)
    assert protection.state(paths) is key_file.FolderState.PLAINTEXT_LEGACY
    assert paths.database.read_bytes() == before
    assert not list(paths.data_dir.glob("*.encrypting"))
