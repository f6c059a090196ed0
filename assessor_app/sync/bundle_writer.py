"""Writing a bundle: members first (attachments stored, not recompressed), then the manifest
listing their hashes and sizes, then its detached signature; to a temporary file renamed
into place, so a crash or a cancel never leaves half a bundle under the real name.

A sealed bundle is the same zip, built in memory (it never touches the disk in clear) and
handed to ``seal``, whose envelope is what reaches the file."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from assessor_app.domain.progress import CancelToken, ProgressFn, raise_if_cancelled
from assessor_app.sync.bundle_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    RECIPIENTS,
    RECORDS,
    SIGNATURE,
    SIGNER_CERT,
    attachment_member,
    report_member,
)
from assessor_app.sync.strict_json import dumps_canonical


@dataclass(frozen=True, slots=True)
class BundleHeader:
    bundle_id: str
    kind: str
    device_id: str
    assessor_name: str
    assessor_email: str
    created: str
    app_version: str
    visit_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AttachmentSource:
    sha256: str
    size: int
    chunks: Callable[[], Iterator[bytes]]  # opened only while it is being written


@dataclass(frozen=True, slots=True)
class Signing:
    sign: Callable[[bytes], bytes]  # detached signature over the manifest bytes
    certificate_pem: bytes


def _fixed_info(name: str, compress: int) -> zipfile.ZipInfo:
    # A fixed timestamp and plain-file attributes: no host metadata leaks into bundles.
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    info.compress_type = compress
    info.external_attr = 0o100644 << 16
    return info


def write_bundle(
    out_path: Path,
    header: BundleHeader,
    records: dict[str, Any],
    attachments: list[AttachmentSource],
    signing: Signing | None,
    progress: ProgressFn,
    cancel: CancelToken,
    *,
    recipients_pem: bytes | None = None,
    seal: Callable[[bytes], bytes] | None = None,
    reports: list[bytes] | None = None,
    extra: dict[str, bytes] | None = None,
) -> int:
    """Write the bundle to ``out_path`` atomically; returns its size in bytes.

    ``recipients_pem`` (invitations) travels as a member listed in the manifest, so the
    signature covers it, as do the ``extra`` members by name (an invitation's trust list);
    ``seal`` turns the finished zip into the envelope written."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".part"
    )
    tmp = Path(tmp_name)
    total = sum(a.size for a in attachments) + 1
    try:
        with os.fdopen(fd, "w+b") as raw:
            if seal is None:
                _write_zip(raw, header, records, attachments, signing, recipients_pem,
                           reports or [], extra or {}, progress, cancel)  # fmt: skip
            else:
                with io.BytesIO() as buffer:
                    _write_zip(buffer, header, records, attachments, signing, recipients_pem,
                               reports or [], extra or {}, progress, cancel)  # fmt: skip
                    raise_if_cancelled(cancel, "export cancelled; no bundle was written")
                    raw.write(seal(buffer.getvalue()))
            raw.flush()
            os.fsync(raw.fileno())
            size = raw.tell()
        tmp.replace(out_path)
        progress(total, total)
        return size
    finally:
        tmp.unlink(missing_ok=True)


def _write_zip(
    raw: IO[bytes],
    header: BundleHeader,
    records: dict[str, Any],
    attachments: list[AttachmentSource],
    signing: Signing | None,
    recipients_pem: bytes | None,
    reports: list[bytes],
    extra: dict[str, bytes],
    progress: ProgressFn,
    cancel: CancelToken,
) -> None:
    total = sum(a.size for a in attachments) + 1
    done = 0
    with zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
        members: list[dict[str, Any]] = []
        data = dumps_canonical(records)
        zf.writestr(_fixed_info(RECORDS, zipfile.ZIP_DEFLATED), data, compresslevel=6)
        members.append(
            {"name": RECORDS, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        )
        if recipients_pem is not None:
            zf.writestr(_fixed_info(RECIPIENTS, zipfile.ZIP_DEFLATED), recipients_pem)
            members.append(
                {
                    "name": RECIPIENTS,
                    "sha256": hashlib.sha256(recipients_pem).hexdigest(),
                    "size": len(recipients_pem),
                }
            )
        for name, member in sorted(extra.items()):
            zf.writestr(_fixed_info(name, zipfile.ZIP_DEFLATED), member)
            members.append(
                {"name": name, "sha256": hashlib.sha256(member).hexdigest(), "size": len(member)}
            )
        for pdf in reports:
            # A signed report travels as the signed PDF itself, stored as signed.
            sha = hashlib.sha256(pdf).hexdigest()
            name = report_member(sha)
            zf.writestr(_fixed_info(name, zipfile.ZIP_STORED), pdf)
            members.append({"name": name, "sha256": sha, "size": len(pdf)})
        for a in attachments:
            raise_if_cancelled(cancel, "export cancelled; no bundle was written")
            name = attachment_member(a.sha256)
            digest, size = hashlib.sha256(), 0
            with zf.open(_fixed_info(name, zipfile.ZIP_STORED), "w", force_zip64=True) as dst:
                for chunk in a.chunks():
                    digest.update(chunk)
                    dst.write(chunk)
                    size += len(chunk)
            # The local blob is named by its hash; a mismatch means a damaged store.
            if digest.hexdigest() != a.sha256:
                raise OSError(f"attachment {a.sha256} is damaged in the local store")
            members.append({"name": name, "sha256": a.sha256, "size": size})
            done += a.size
            progress(done, total)
        manifest = dumps_canonical(
            {
                "format": FORMAT_NAME,
                "format_version": FORMAT_VERSION,
                "bundle_id": header.bundle_id,
                "kind": header.kind,
                "device_id": header.device_id,
                "assessor": {"name": header.assessor_name, "email": header.assessor_email},
                "created": header.created,
                "app_version": header.app_version,
                "visit_ids": list(header.visit_ids),
                "members": members,
                "signed": signing is not None,
            }
        )
        zf.writestr(_fixed_info(MANIFEST, zipfile.ZIP_DEFLATED), manifest)
        if signing is not None:
            zf.writestr(_fixed_info(SIGNATURE, zipfile.ZIP_STORED), signing.sign(manifest))
            zf.writestr(_fixed_info(SIGNER_CERT, zipfile.ZIP_STORED), signing.certificate_pem)
