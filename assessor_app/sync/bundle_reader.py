"""Reading a bundle in a staging step: everything is checked before anything is trusted.

``open_bundle`` checks the container (names, links, duplicates, counts, sizes, ratios),
the manifest (strict JSON, format version, schema, signature) and the records (hash,
size, strict JSON, schema). ``stream_attachments`` then hands each attachment to a sink
chunk by chunk, hashing as it goes, so a 100 MB visit never sits in memory; a mismatch
raises before the sink can keep the bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from assessor_app.domain.errors import ValidationError
from assessor_app.domain.progress import Cancelled, CancelToken, ProgressFn, raise_if_cancelled
from assessor_app.domain.sync_types import BundleRefusedError, SignerInfo
from assessor_app.sync.bundle_format import (
    ATTACHMENT_DIR,
    CHUNK,
    DEFAULT_LIMITS,
    KIND_INVITATION,
    MANIFEST,
    RECIPIENTS,
    RECORDS,
    REPORT_DIR,
    SIGNATURE,
    SIGNER_CERT,
    Limits,
    name_problem,
)
from assessor_app.sync.schema import (
    Manifest,
    Member,
    VisitRecords,
    check_format_version,
    parse_manifest,
    parse_records,
)
from assessor_app.sync.strict_json import loads_strict

# (manifest bytes, signature, certificate PEM) -> who signed; raises on a bad signature.
Verifier = Callable[[bytes, bytes, bytes], SignerInfo]
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError, RuntimeError)  # fmt: skip


@dataclass
class StagedBundle:
    """A bundle whose container, manifest and records passed every check."""

    path: Path
    manifest: Manifest
    manifest_bytes: bytes
    signer: SignerInfo | None
    visits: list[VisitRecords]
    _zip: zipfile.ZipFile = field(repr=False)
    # An invitation's certificates to seal the visit's later bundles to (PEM), if any.
    recipients_pem: bytes | None = None
    sealed: bool = False  # the file was a sealed envelope, opened before these checks

    @property
    def attachment_members(self) -> list[Member]:
        return [m for n, m in self.manifest.members.items() if n.startswith(ATTACHMENT_DIR)]

    @property
    def report_members(self) -> list[Member]:
        """The signed report PDFs the bundle carries (``reports/<sha256>.pdf``)."""
        return [m for n, m in self.manifest.members.items() if n.startswith(REPORT_DIR)]

    def read_report(self, member: Member, max_bytes: int) -> bytes:
        """A report's bytes, whole (it is verified as a PDF), checked against the manifest."""
        data = _read_bounded(self._zip, self._zip.getinfo(member.name), max_bytes)
        _check_member(data, member)
        if member.name != f"{REPORT_DIR}{member.sha256}.pdf":
            raise BundleRefusedError(f"{member.name} is not named by its SHA-256")
        return data

    @property
    def attachment_bytes(self) -> int:
        return sum(m.size for m in self.attachment_members)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> StagedBundle:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _check_info(info: zipfile.ZipInfo, limits: Limits) -> None:
    """The checks one member must pass whatever the others hold."""
    name = info.filename
    shown = repr(name[:80])
    problem = name_problem(name)
    if problem:
        raise BundleRefusedError(f"member {shown} {problem}")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise BundleRefusedError(f"member {shown} is a symbolic link")
    if stat.S_IFMT(mode) and not stat.S_ISREG(mode):  # type bits are optional in zips
        raise BundleRefusedError(f"member {shown} is not a plain file")
    if info.flag_bits & 0x1:
        raise BundleRefusedError(f"member {shown} is encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleRefusedError(f"member {shown} uses an unsupported compression method")
    if info.file_size > limits.max_member_bytes:
        raise BundleRefusedError(
            f"member {shown} unpacks to {info.file_size} bytes; "
            f"at most {limits.max_member_bytes} allowed"
        )
    if info.file_size > limits.ratio_floor and (
        info.file_size > limits.max_ratio * max(info.compress_size, 1)
    ):
        raise BundleRefusedError(
            f"member {shown} is compressed more than {limits.max_ratio}:1 (a zip bomb?)"
        )


def _check_container(zf: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_members + 4:
        raise BundleRefusedError(
            f"it holds {len(infos)} members; at most {limits.max_members} allowed"
        )
    seen: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        _check_info(info, limits)
        if name.casefold() in folded:
            raise BundleRefusedError(
                f"member {name[:80]!r} appears twice (names compared ignoring case)"
            )
        folded.add(name.casefold())
        total += info.file_size
        if total > limits.max_total_bytes:
            raise BundleRefusedError(f"it unpacks to more than {limits.max_total_bytes} bytes")
        seen[name] = info
    return seen


def _read_manifest(zf: zipfile.ZipFile, limits: Limits) -> tuple[bytes, Any]:
    """The manifest, read and its format version checked before any other member is looked
    at: a bundle of a newer format may hold members and fields this app does not know, and
    then "update the app" is the message that helps, not what it found unknown."""
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        _check_container(zf, limits)  # a bundle without manifest: say what else is wrong
        raise BundleRefusedError("it has no manifest.json") from None
    _check_info(info, limits)
    manifest_bytes = _read_bounded(zf, info, limits.max_manifest_bytes)
    raw: Any = loads_strict(manifest_bytes, "manifest.json", limits.max_manifest_bytes)
    check_format_version(raw)
    return manifest_bytes, raw


def _read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, max_bytes: int) -> bytes:
    if info.file_size > max_bytes:
        raise BundleRefusedError(f"{info.filename} is larger than {max_bytes} bytes")
    try:
        with zf.open(info) as fh:
            data = fh.read(max_bytes + 1)
    except _READ_ERRORS as exc:
        raise BundleRefusedError(f"{info.filename} cannot be read ({exc})") from None
    if len(data) > max_bytes:
        raise BundleRefusedError(f"{info.filename} is larger than {max_bytes} bytes")
    return data


def _check_member(data: bytes, member: Member) -> None:
    if len(data) != member.size:
        raise BundleRefusedError(
            f"{member.name} is {len(data)} bytes but the manifest says {member.size}"
        )
    if hashlib.sha256(data).hexdigest() != member.sha256:
        raise BundleRefusedError(f"{member.name} does not match its SHA-256 in the manifest")


def open_bundle(
    path: Path,
    verifier: Verifier | None,
    limits: Limits = DEFAULT_LIMITS,
    *,
    opened: bytes | None = None,
) -> StagedBundle:
    """Check a bundle file's container, manifest, signature and records (not attachments).

    ``opened`` is the zip taken out of a sealed ``path`` (identity/envelope.py): it is
    checked exactly like a plain file, signature included, so sealing hides nothing."""
    if opened is None:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise BundleRefusedError(f"cannot read {path.name}: {exc.strerror}") from None
    else:
        size = len(opened)
    if size == 0:
        raise BundleRefusedError(f"{path.name} is empty")
    try:
        zf = zipfile.ZipFile(path if opened is None else io.BytesIO(opened))
    except _READ_ERRORS as exc:
        raise BundleRefusedError(f"{path.name} is not a readable zip archive ({exc})") from None
    try:
        staged = _stage(path, zf, verifier, limits)
        staged.sealed = opened is not None
        return staged
    except BaseException:
        zf.close()
        raise


def _stage(
    path: Path, zf: zipfile.ZipFile, verifier: Verifier | None, limits: Limits
) -> StagedBundle:
    manifest_bytes, raw = _read_manifest(zf, limits)
    infos = _check_container(zf, limits)
    manifest = parse_manifest(raw, limits)

    present = set(infos) - {MANIFEST, SIGNATURE, SIGNER_CERT}
    for name in sorted(present - set(manifest.members)):
        raise BundleRefusedError(f"member {name[:80]!r} is not listed in the manifest")
    for name in sorted(set(manifest.members) - present):
        raise BundleRefusedError(f"member {name!r} listed in the manifest is missing")
    for name, member in manifest.members.items():
        if infos[name].file_size != member.size:
            raise BundleRefusedError(
                f"{name} is {infos[name].file_size} bytes but the manifest says {member.size}"
            )
    if RECORDS not in manifest.members:
        raise BundleRefusedError("it has no records.json")
    reports = [n for n in manifest.members if n.startswith(REPORT_DIR)]
    if len(reports) > limits.max_reports:
        raise BundleRefusedError(
            f"it holds {len(reports)} signed reports; at most {limits.max_reports} allowed"
        )
    for name in reports:
        if manifest.members[name].size > limits.max_report_bytes:
            raise BundleRefusedError(f"{name} is larger than {limits.max_report_bytes} bytes")

    signer = _check_signature(zf, infos, manifest, manifest_bytes, verifier, limits)
    recipients = _read_recipients(zf, infos, manifest, limits)

    records_bytes = _read_bounded(zf, infos[RECORDS], limits.max_records_bytes)
    _check_member(records_bytes, manifest.members[RECORDS])
    records = parse_records(
        loads_strict(records_bytes, "records.json", limits.max_records_bytes), manifest, limits
    )
    del records_bytes
    listed = {f"{ATTACHMENT_DIR}{a['sha256']}" for v in records for a in v.attachments}
    members = {n for n in manifest.members if n.startswith(ATTACHMENT_DIR)}
    if listed != members:
        raise BundleRefusedError("the attachments in records.json and in the bundle differ")
    # A blob no record points at would sit in the store for ever, shown nowhere.
    referred = {f"{ATTACHMENT_DIR}{sha}" for sha in _referred_blobs(records)}
    for name in sorted(members - referred):
        raise BundleRefusedError(f"{name} is not referred to by any record")
    return StagedBundle(path, manifest, manifest_bytes, signer, records, zf, recipients)


def _read_recipients(
    zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], manifest: Manifest, limits: Limits
) -> bytes | None:
    """An invitation's recipient certificates (checked against the manifest like any
    member); the services read the certificates themselves."""
    if RECIPIENTS not in manifest.members:
        return None
    if manifest.kind != KIND_INVITATION:
        raise BundleRefusedError(f"{RECIPIENTS} may only travel in an invitation")
    data = _read_bounded(zf, infos[RECIPIENTS], limits.max_recipients_bytes)
    _check_member(data, manifest.members[RECIPIENTS])
    return data


def read_listed_member(staged: StagedBundle, name: str, max_bytes: int) -> bytes | None:
    """A small member the manifest lists (the trust list), its size and SHA-256 checked;
    None when the bundle has none."""
    member = staged.manifest.members.get(name)
    if member is None:
        return None
    data = _read_bounded(staged._zip, staged._zip.getinfo(name), max_bytes)
    _check_member(data, member)
    return data


def _referred_blobs(visits: list[VisitRecords]) -> set[str]:
    """The SHA-256 of every blob an attachment record of the bundle points at."""
    out: set[str] = set()
    for v in visits:
        for c in v.changes:
            if c["entity"] == "attachment" and c["field"] == "sha256" and c["new_value"]:
                value = json.loads(c["new_value"])  # already parsed strictly by the schema
                if isinstance(value, str):
                    out.add(value)
    return out


def _check_signature(
    zf: zipfile.ZipFile,
    infos: dict[str, zipfile.ZipInfo],
    manifest: Manifest,
    manifest_bytes: bytes,
    verifier: Verifier | None,
    limits: Limits,
) -> SignerInfo | None:
    has_sig, has_cert = SIGNATURE in infos, SIGNER_CERT in infos
    if not manifest.signed:
        if has_sig or has_cert:
            raise BundleRefusedError("it carries a signature but its manifest says it is unsigned")
        return None
    if not (has_sig and has_cert):
        raise BundleRefusedError("its manifest says it is signed, but the signature is missing")
    if verifier is None:
        raise BundleRefusedError("signed bundles cannot be checked here")
    signature = _read_bounded(zf, infos[SIGNATURE], limits.max_signature_bytes)
    cert = _read_bounded(zf, infos[SIGNER_CERT], limits.max_signature_bytes)
    try:
        return verifier(manifest_bytes, signature, cert)
    except BundleRefusedError:
        raise
    except ValidationError as exc:
        refused = BundleRefusedError(str(exc))
        if exc.code:  # keep the code, so each front words the refusal itself
            refused.code, refused.params = exc.code, dict(exc.params)
        raise refused from None


def stream_attachments(
    staged: StagedBundle,
    sink: Callable[[str, Iterator[bytes]], None],
    progress: ProgressFn,
    cancel: CancelToken,
) -> None:
    """Hand every attachment to ``sink(sha256, chunks)``; the chunks raise BundleRefusedError at
    their end when the bytes do not match the manifest, before the sink keeps them."""
    total = max(staged.attachment_bytes, 1)
    done = 0
    for member in staged.attachment_members:
        raise_if_cancelled(cancel, "import cancelled; nothing was imported")
        sha = member.name.removeprefix(ATTACHMENT_DIR)
        try:
            sink(sha, _verified_chunks(staged._zip, member, cancel))
        except BundleRefusedError:
            raise
        except Cancelled:
            raise
        except ValidationError as exc:
            raise BundleRefusedError(f"{member.name}: {exc}") from None
        except _READ_ERRORS as exc:
            raise BundleRefusedError(f"{member.name} cannot be read ({exc})") from None
        done += member.size
        progress(done, total)


def _verified_chunks(zf: zipfile.ZipFile, member: Member, cancel: CancelToken) -> Iterator[bytes]:
    digest, size = hashlib.sha256(), 0
    with zf.open(member.name) as fh:
        while chunk := fh.read(CHUNK):
            size += len(chunk)
            if size > member.size:
                raise BundleRefusedError(f"{member.name} is larger than the manifest says")
            raise_if_cancelled(cancel, "import cancelled; nothing was imported")
            digest.update(chunk)
            yield chunk
    if size != member.size:
        raise BundleRefusedError(
            f"{member.name} is {size} bytes but the manifest says {member.size}"
        )
    if digest.hexdigest() != member.sha256:
        raise BundleRefusedError(f"{member.name} does not match its SHA-256 in the manifest")
