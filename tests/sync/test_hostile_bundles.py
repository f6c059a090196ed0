"""Hostile bundles: each is refused with a one-line reason, and the database (every table,
bookkeeping included) and the attachment store are exactly as before."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import struct
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from assessor_app.domain.errors import ValidationError
from assessor_app.identity.detached_signature import sign_detached
from assessor_app.identity.pkcs12 import create_identity, load_identity
from assessor_app.services.trust import ImportConsent
from assessor_app.sync.bundle_format import DEFAULT_LIMITS
from tests.sync.helpers import assessor, blobs, dump

Members = dict[str, bytes]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    source, victim = assessor(root, "Source"), assessor(root, "Victim")
    victim.demo.create()  # the victim has data of its own that must stay untouched
    visit_id = source.demo.create()
    # The signer is the visit's lead assessor: only its assessors send bundles for it.
    source.visits.update(visit_id, "lead_assessor_name", "Dr Source")
    source.visits.update(visit_id, "lead_assessor_email", "s@example.org")
    identity = load_identity(
        create_identity("Dr Source", "s@example.org", "pass-word"), "pass-word"
    )
    other = load_identity(create_identity("Mallory", "m@example.org", "pass-word"), "pass-word")
    plain = Path(source.sync.export_visit(visit_id, root / "plain").path)
    signed = Path(source.sync.export_visit(visit_id, root / "signed", identity=identity).path)
    yield {"root": root, "victim": victim, "plain": plain, "signed": signed, "other": other}
    source.close()
    victim.close()


def read_members(path: Path) -> Members:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries:
            if isinstance(name, zipfile.ZipInfo):
                zf.writestr(name, data)
            else:
                compress = (
                    zipfile.ZIP_STORED if name.startswith("attachments/") else zipfile.ZIP_DEFLATED
                )
                zf.writestr(name, data, compress_type=compress)
    return path


def with_manifest(members: Members, edit: Callable[[dict], None] | None = None) -> Members:
    """Members with a manifest that lists them correctly (so one other fault is tested)."""
    manifest = json.loads(members["manifest.json"])
    manifest["members"] = [
        {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in members.items()
        if n not in ("manifest.json", "manifest.sig", "signer.pem")
    ]
    if edit:
        edit(manifest)
    out = dict(members)
    out["manifest.json"] = json.dumps(manifest).encode()
    return out


def edit_records(members: Members, edit: Callable[[dict], None]) -> Members:
    records = json.loads(members["records.json"])
    edit(records)
    out = dict(members)
    out["records.json"] = json.dumps(records).encode()
    return with_manifest(out)


def swap_photo(members: Members, new_content: bytes) -> Members:
    """Replace a photo's bytes (and every reference to its hash) consistently."""
    records = json.loads(members["records.json"])
    photo = next(a for a in records["visits"][0]["attachments"] if a["media_type"] == "image/jpeg")
    old_sha, new_sha = photo["sha256"], hashlib.sha256(new_content).hexdigest()
    text = members["records.json"].decode().replace(old_sha, new_sha)
    text = re.sub(rf'"size": ?{photo["size"]}\b', f'"size":{len(new_content)}', text)
    out = {n: d for n, d in members.items() if n != f"attachments/{old_sha}"}
    out["records.json"] = text.encode()
    out[f"attachments/{new_sha}"] = new_content
    records = json.loads(text)
    for c in records["visits"][0]["changes"]:
        if (
            c["entity"] == "attachment"
            and c["field"] == "size"
            and c["new_value"] == str(photo["size"])
        ):
            c["new_value"] = str(len(new_content))
    out["records.json"] = json.dumps(records).encode()
    return with_manifest(out)


def png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def patch_declared_size(data: bytes, name: str, size: int) -> bytes:
    """Make the central directory claim ``size`` uncompressed bytes for ``name``."""
    raw = bytearray(data)
    pos = 0
    while True:
        pos = raw.find(b"PK\x01\x02", pos)
        assert pos >= 0
        n_len = struct.unpack("<H", raw[pos + 28 : pos + 30])[0]
        if raw[pos + 46 : pos + 46 + n_len].decode() == name:
            raw[pos + 24 : pos + 28] = struct.pack("<I", size)
            return bytes(raw)
        pos += 4


def m_items(members: Members) -> list[tuple[str, bytes]]:
    return list(members.items())


# Each case: (id, builder(world, tmp_path) -> path, expected fragment of the reason)
def case_traversal(w, t):
    m = read_members(w["plain"])
    m["../../evil.txt"] = b"x"
    return write_zip(t / "b.iasios", m_items(m))


def case_absolute(w, t):
    m = read_members(w["plain"])
    m["/etc/cron.d/evil"] = b"x"
    return write_zip(t / "b.iasios", m_items(m))


def case_backslash(w, t):
    m = read_members(w["plain"])
    m["attachments\\..\\evil"] = b"x"
    return write_zip(t / "b.iasios", m_items(m))


def case_drive_letter(w, t):
    m = read_members(w["plain"])
    m["C:/Windows/evil"] = b"x"
    return write_zip(t / "b.iasios", m_items(m))


def case_symlink(w, t):
    m = read_members(w["plain"])
    target = b"/etc/passwd"
    info = zipfile.ZipInfo(f"attachments/{hashlib.sha256(target).hexdigest()}")
    info.external_attr = 0o120777 << 16
    m = with_manifest({**m, info.filename: target})
    entries = [(n, d) for n, d in m.items() if n != info.filename] + [(info, target)]
    return write_zip(t / "b.iasios", entries)


def case_duplicate(w, t):
    m = read_members(w["plain"])
    entries = [*m_items(m), ("records.json", m["records.json"])]
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return write_zip(t / "b.iasios", entries)


def case_case_variant(w, t):
    m = read_members(w["plain"])
    m["MANIFEST.json"] = m["manifest.json"]
    return write_zip(t / "b.iasios", m_items(m))


def case_directory_entry(w, t):
    m = read_members(w["plain"])
    return write_zip(t / "b.iasios", [*m_items(m), (zipfile.ZipInfo("attachments/"), b"")])


def case_unlisted(w, t):
    m = read_members(w["plain"])
    extra = b"smuggled"
    m[f"attachments/{hashlib.sha256(extra).hexdigest()}"] = extra
    return write_zip(t / "b.iasios", m_items(m))


def case_missing(w, t):
    m = read_members(w["plain"])
    name = next(n for n in m if n.startswith("attachments/"))
    del m[name]
    return write_zip(t / "b.iasios", m_items(m))


def case_bomb_ratio(w, t):
    m = read_members(w["plain"])
    zeros = b"\0" * (20 * 1024 * 1024)
    name = f"attachments/{hashlib.sha256(zeros).hexdigest()}"
    m = with_manifest({**m, name: zeros})
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return write_zip(t / "b.iasios", [(n, d) for n, d in m.items() if n != name] + [(info, zeros)])


def case_bomb_size(w, t):
    m = read_members(w["plain"])
    path = write_zip(t / "b.iasios", m_items(m))
    path.write_bytes(patch_declared_size(path.read_bytes(), "records.json", 0xFFFF_FFF0))
    return path


def case_tampered_attachment(w, t):
    m = read_members(w["plain"])
    name = next(n for n in m if n.startswith("attachments/"))
    data = bytearray(m[name])
    data[len(data) // 2] ^= 0xFF
    m[name] = bytes(data)
    return write_zip(t / "b.iasios", m_items(m))


def case_tampered_records(w, t):
    m = read_members(w["plain"])
    m["records.json"] = m["records.json"].replace(b"not-met", b"met-not", 1)
    return write_zip(t / "b.iasios", m_items(m))


def case_tampered_size(w, t):
    m = read_members(w["plain"])

    def bump(manifest):
        manifest["members"][0]["size"] += 1

    return write_zip(t / "b.iasios", m_items(with_manifest(m, bump)))


def case_tampered_signature(w, t):
    m = read_members(w["signed"])
    sig = bytearray(m["manifest.sig"])
    sig[-3] ^= 0x55
    m["manifest.sig"] = bytes(sig)
    return write_zip(t / "b.iasios", m_items(m))


def case_signed_by_other_key(w, t):
    m = read_members(w["signed"])
    m["manifest.sig"] = sign_detached(w["other"], m["manifest.json"])
    return write_zip(t / "b.iasios", m_items(m))


def case_manifest_changed_after_signing(w, t):
    m = read_members(w["signed"])
    m["manifest.json"] = m["manifest.json"].replace(b"Source", b"Sourcf")
    return write_zip(t / "b.iasios", m_items(m))


def case_signature_stripped(w, t):
    m = read_members(w["signed"])
    del m["manifest.sig"]
    return write_zip(t / "b.iasios", m_items(m))


def case_malformed_manifest(w, t):
    m = read_members(w["plain"])
    m["manifest.json"] = m["manifest.json"][:-20]
    return write_zip(t / "b.iasios", m_items(m))


def case_malformed_records(w, t):
    m = read_members(w["plain"])
    m["records.json"] = b'{"format_version": 1, "visits": [}'
    return write_zip(t / "b.iasios", m_items(with_manifest(m)))


def case_duplicate_keys(w, t):
    m = read_members(w["plain"])
    m["manifest.json"] = b'{"format": "x", "format": "iasios-assessor-bundle"}'
    return write_zip(t / "b.iasios", m_items(m))


def case_nan(w, t):
    def add_nan(records):
        records["visits"][0]["snapshot"]["revision"] = float("nan")

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), add_nan)))


def case_deep_nesting(w, t):
    m = read_members(w["plain"])
    deep = b"[" * 100_000 + b"]" * 100_000
    m["records.json"] = re.sub(
        rb'"snapshot": ?\{',
        lambda _: b'"snapshot": {"x": ' + deep + b", ",
        m["records.json"],
        count=1,
    )
    return write_zip(t / "b.iasios", m_items(with_manifest(m)))


def case_wrong_version(w, t):
    return write_zip(
        t / "b.iasios",
        m_items(with_manifest(read_members(w["plain"]), lambda m: m.update(format_version=2))),
    )


def case_not_our_format(w, t):
    return write_zip(
        t / "b.iasios",
        m_items(with_manifest(read_members(w["plain"]), lambda m: m.update(format="other"))),
    )


def case_truncated(w, t):
    data = w["plain"].read_bytes()
    (t / "b.iasios").write_bytes(data[: len(data) // 2])
    return t / "b.iasios"


def case_not_a_zip(w, t):
    (t / "b.iasios").write_text("this is a letter, not a bundle\n" * 50)
    return t / "b.iasios"


def case_empty(w, t):
    (t / "b.iasios").write_bytes(b"")
    return t / "b.iasios"


def case_fake_jpeg(w, t):
    junk = b"\xff\xd8\xff\xe0 definitely not a JPEG " * 100
    return write_zip(t / "b.iasios", m_items(swap_photo(read_members(w["plain"]), junk)))


def case_png_declared_as_jpeg(w, t):
    return write_zip(
        t / "b.iasios", m_items(swap_photo(read_members(w["plain"]), png_header(8, 8)))
    )


def case_oversized_pixels(w, t):
    m = swap_photo(read_members(w["plain"]), png_header(30_000, 30_000))
    text = m["records.json"].replace(b"image/jpeg", b"image/png")
    return write_zip(t / "b.iasios", m_items(with_manifest({**m, "records.json": text})))


def case_wrong_schema(w, t):
    def drop(records):
        del records["visits"][0]["changes"][0]["hlc"]

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), drop)))


def case_unknown_field(w, t):
    def rename(records):
        records["visits"][0]["changes"][0]["field"] = "is_admin"

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), rename)))


def case_wrong_value_type(w, t):
    def retype(records):
        c = next(c for c in records["visits"][0]["changes"] if c["field"] == "facility_name")
        c["new_value"] = "42"

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), retype)))


def case_bad_rating(w, t):
    def rerate(records):
        c = next(c for c in records["visits"][0]["changes"] if c["field"] == "rating")
        c["new_value"] = '"excellent"'

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), rerate)))


def case_template_not_installed(w, t):
    def retemplate(records):
        v = records["visits"][0]
        v["template"]["id"] = "iasios-2031-draft"
        for c in v["changes"]:
            if c["field"] == "template_id":
                c["new_value"] = '"iasios-2031-draft"'

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), retemplate)))


def case_foreign_requirement(w, t):
    def rekey(records):
        c = next(c for c in records["visits"][0]["changes"] if c["entity"] == "finding")
        c["requirement_key"] = "99.z"

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), rekey)))


def case_change_of_another_visit(w, t):
    def move(records):
        records["visits"][0]["changes"][0]["visit_id"] = "00000000-0000-4000-8000-000000000000"

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), move)))


def case_record_of_another_visit(w, t):
    """The bundle's changes name the victim's own corrective action (of another visit)."""
    conn = sqlite3.connect(w["victim"].paths.database)
    try:
        victim_action = conn.execute("SELECT id FROM corrective_actions LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    members = read_members(w["plain"])
    records = json.loads(members["records.json"])
    ours = next(c for c in records["visits"][0]["changes"] if c["entity"] == "action")
    text = members["records.json"].decode().replace(ours["entity_id"], victim_action)
    members["records.json"] = text.encode()
    return write_zip(t / "b.iasios", m_items(with_manifest(members)))


def case_bad_hlc(w, t):
    def clock(records):
        records["visits"][0]["changes"][0]["hlc"] = "tomorrow"

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), clock)))


def case_newer_format_with_new_members(w, t):
    """A bundle of a future format: new members and manifest fields; the version decides."""
    m = read_members(w["plain"])
    m["visits.cbor"] = b"\xa0"

    def newer(manifest):
        manifest.update(format_version=2, compression="zstd")

    return write_zip(t / "b.iasios", m_items(with_manifest(m, newer)))


def case_newer_records_format(w, t):
    def newer(records):
        records["format_version"] = 2
        records["forms"] = []

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), newer)))


def case_version_true(w, t):
    m = with_manifest(read_members(w["plain"]), lambda m: m.update(format_version=True))
    return write_zip(t / "b.iasios", m_items(m))


def case_version_float(w, t):
    m = read_members(w["plain"])
    m = with_manifest(m)
    m["manifest.json"] = m["manifest.json"].replace(
        b'"format_version": 1', b'"format_version": 1.0'
    )
    assert b'"format_version": 1.0' in m["manifest.json"]
    return write_zip(t / "b.iasios", m_items(m))


def case_records_version_true(w, t):
    def truthy(records):
        records["format_version"] = True

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), truthy)))


def case_unreferenced_attachment(w, t):
    """Listed in records.json and present, but no attachment record points at it."""
    extra = b"a blob nobody refers to"
    sha = hashlib.sha256(extra).hexdigest()
    m = read_members(w["plain"])
    m[f"attachments/{sha}"] = extra

    def add(records):
        records["visits"][0]["attachments"].append(
            {"sha256": sha, "size": len(extra), "media_type": "application/pdf"}
        )

    return write_zip(t / "b.iasios", m_items(edit_records(m, add)))


def _stamp_first_change(w, t, wall_ms: int) -> Path:
    def clock(records):
        change = records["visits"][0]["changes"][0]
        change["hlc"] = f"{wall_ms:015d}.{change['hlc'].split('.', 2)[1]}.{change['device_id']}"

    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), clock)))


def case_clock_at_the_end_of_time(w, t):
    return _stamp_first_change(w, t, 999_999_999_999_999)


def case_clock_two_days_ahead(w, t):
    return _stamp_first_change(w, t, int(time.time() * 1000) + 2 * 86_400_000)


def _first_change_of(field: str, value: str) -> Callable[[dict], None]:
    def edit(records: dict) -> None:
        change = next(c for c in records["visits"][0]["changes"] if c["field"] == field)
        change["new_value"] = json.dumps(value)

    return edit


def case_personal_case_ref(w, t):
    edit = _first_change_of("case_ref", "Mueller1961")
    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), edit)))


def case_procedure_in_the_future(w, t):
    edit = _first_change_of("procedure_date", "9999-12-31")
    return write_zip(t / "b.iasios", m_items(edit_records(read_members(w["plain"]), edit)))


CASES = [
    (case_traversal, "walks out"),
    (case_absolute, "absolute path"),
    (case_backslash, "backslash"),
    (case_drive_letter, "absolute path"),
    (case_symlink, "symbolic link"),
    (case_duplicate, "appears twice"),
    (case_case_variant, "not a member a bundle may hold"),
    (case_directory_entry, "directory entry"),
    (case_unlisted, "not listed in the manifest"),
    (case_missing, "is missing"),
    (case_bomb_ratio, "zip bomb"),
    (case_bomb_size, "unpacks to"),
    (case_tampered_attachment, "SHA-256"),
    (case_tampered_records, "SHA-256"),
    (case_tampered_size, "manifest says"),
    (case_tampered_signature, "signature does not match"),
    (case_signed_by_other_key, "signature does not match"),
    (case_manifest_changed_after_signing, "signature does not match"),
    (case_signature_stripped, "signature is missing"),
    (case_malformed_manifest, "not valid JSON"),
    (case_malformed_records, "not valid JSON"),
    (case_duplicate_keys, "duplicate JSON key"),
    (case_nan, "NaN"),
    (case_deep_nesting, "nested"),
    (case_wrong_version, "format version 2 is not supported"),
    (case_not_our_format, "not describe an IASIOS"),
    (case_truncated, "not a readable zip"),
    (case_not_a_zip, "not a readable zip"),
    (case_empty, "is empty"),
    (case_fake_jpeg, "not a readable JPEG"),
    (case_png_declared_as_jpeg, "content is PNG"),
    (case_oversized_pixels, "pixels"),
    (case_wrong_schema, "lacks 'hlc'"),
    (case_unknown_field, "sets visit.is_admin, which a bundle may not change"),
    (case_wrong_value_type, "wrong type"),
    (case_bad_rating, "not a rating"),
    (case_template_not_installed, "not installed here"),
    (case_foreign_requirement, "99.z"),
    (case_change_of_another_visit, "names another visit"),
    (case_record_of_another_visit, "another visit"),
    (case_bad_hlc, "hlc has an invalid format"),
    (case_newer_format_with_new_members, "made by a newer version of IASIOS Assessor: update"),
    (case_newer_records_format, "made by a newer version of IASIOS Assessor: update the app"),
    (case_version_true, "manifest.format_version must be a whole number"),
    (case_version_float, "manifest.format_version must be a whole number"),
    (case_records_version_true, "records.format_version must be a whole number"),
    (case_unreferenced_attachment, "is not referred to by any record"),
    (case_clock_at_the_end_of_time, "b.iasios was made on a computer whose clock read a date"),
    (case_clock_two_days_ahead, "more than a day ahead of this computer's clock"),
    (case_personal_case_ref, "case reference 'Mueller1961' refused"),
    (case_procedure_in_the_future, "procedure date 9999-12-31 is after"),
]


@pytest.mark.parametrize(("build", "reason"), CASES, ids=[c[0].__name__[5:] for c in CASES])
def test_hostile_bundle_is_refused_and_changes_nothing(world, tmp_path, build, reason):
    victim = world["victim"]
    path = build(world, tmp_path)
    before, before_blobs = dump(victim.paths.database, everything=True), blobs(victim)
    with pytest.raises(ValidationError) as refused:
        victim.sync.import_bundle(path)
    message = str(refused.value)
    assert message.startswith("bundle refused: ") and "\n" not in message
    assert reason in message, message
    assert dump(victim.paths.database, everything=True) == before
    assert blobs(victim) == before_blobs


def test_limits_on_member_count_and_total_size(world, tmp_path):
    victim = world["victim"]
    before = dump(victim.paths.database, everything=True)
    try:
        victim.sync.limits = replace(DEFAULT_LIMITS, max_members=1)
        with pytest.raises(ValidationError, match="at most 1 allowed"):
            victim.sync.import_bundle(world["plain"])
        victim.sync.limits = replace(DEFAULT_LIMITS, max_total_bytes=10_000)
        with pytest.raises(ValidationError, match="unpacks to more than 10000 bytes"):
            victim.sync.import_bundle(world["plain"])
    finally:
        victim.sync.limits = DEFAULT_LIMITS
    assert dump(victim.paths.database, everything=True) == before


def test_the_untampered_bundles_are_accepted(world, tmp_path):
    """The hostile cases above are refused for their fault, not for the base bundles."""
    root = world["root"]
    fresh = assessor(root, "Fresh")
    try:
        # Unsigned first: once a signed one has arrived from a device, unsigned ones from
        # it need an explicit override (no downgrade, tests/sync/test_signer_trust.py).
        assert fresh.sync.import_bundle(world["plain"]).new_changes > 0
        assert fresh.sync.import_bundle(world["signed"]).signer.name == "Dr Source"
        assert fresh.sync.import_bundle(world["plain"]).already_imported
        new_id = "9d5b3c1e-2f4a-4b6c-8d7e-0a1b2c3d4e5f"
        members = with_manifest(read_members(world["plain"]), lambda m: m.update(bundle_id=new_id))
        rebuilt = write_zip(tmp_path / "rebuilt.iasios", m_items(members))
        consent = ImportConsent(allow_unsigned=True)
        assert fresh.sync.import_bundle(rebuilt, consent=consent).already_imported is False
    finally:
        fresh.close()
