"""No signed report without its record: the order of a signature's steps, and the repair
of a signature a crash interrupted.

``sign`` notes the signature as under way (one commit), then writes the signed PDF
(temporary file, rename), then records it and marks the visit signed while removing the
note (one commit). Killed after the rename, a signed PDF would exist while the visit stays
editable; ``reconcile`` (at every start) finds the note and completes the record when the
file on disk is that signed PDF, or drops the note and any half-written temporary file
when it is not.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from assessor_app.domain.errors import NotFoundError
from assessor_app.domain.report_record import SignedReportRecord
from assessor_app.domain.visit import VisitState
from assessor_app.persistence import pending_signatures
from assessor_app.persistence.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PendingSignature:
    """A signature whose PDF may be on its way to ``path``."""

    record: SignedReportRecord
    path: Path
    pid: int = 0  # the process signing: another one's note is left to it while it runs

    def to_json(self) -> str:
        r = self.record
        return json.dumps(
            {
                "path": str(self.path), "pid": self.pid or os.getpid(), "id": r.id,
                "visit_id": r.visit_id, "revision": r.revision, "report_id": r.report_id,
                "content_hash": r.content_hash, "pdf_sha256": r.pdf_sha256,
                "signer_name": r.signer_name, "cert_fingerprint": r.cert_fingerprint,
                "field_name": r.field_name, "signed_at": r.signed_at.isoformat(),
            }
        )  # fmt: skip

    @staticmethod
    def from_json(text: str) -> PendingSignature:
        d: dict[str, Any] = json.loads(text)
        record = SignedReportRecord(
            id=d["id"], visit_id=d["visit_id"], revision=int(d["revision"]),
            report_id=d["report_id"], content_hash=d["content_hash"],
            pdf_sha256=d["pdf_sha256"], signer_name=d["signer_name"],
            cert_fingerprint=d["cert_fingerprint"], field_name=d["field_name"],
            signed_at=datetime.fromisoformat(d["signed_at"]),
        )  # fmt: skip
        return PendingSignature(record, Path(d["path"]), int(d.get("pid", 0)))


def begin(db: Database, pending: PendingSignature) -> None:
    """Note the signature as under way (committed before the PDF gets its name)."""
    with db.session() as session:
        pending_signatures.put(session, pending.record.id, pending.to_json())


def abandon(db: Database, record_id: str) -> None:
    """The signed PDF did not reach its name: nothing to record."""
    with db.session() as session:
        pending_signatures.drop(session, record_id)


def finish(db: Database, pending: PendingSignature) -> None:
    """Record the signature and freeze its revision, and remove the note, in one commit."""
    record_signature(db, pending.record)


def record_signature(db: Database, record: SignedReportRecord) -> None:
    """Record the signature, freeze its revision and remove any note of it, in one commit
    (alone: for a signed PDF that only the attachment store holds, no note is needed)."""
    with db.unit_of_work() as uow:
        reports, visits = uow.reports, uow.visits
        if all(r.id != record.id for r in reports.for_visit(record.visit_id)):
            reports.add(record)
            # A revision that moved on meanwhile stays open: the record still tells the truth.
            if visits.get_visit(record.visit_id).revision == record.revision:
                visits.set_visit_field(record.visit_id, "state", VisitState.SIGNED.value)
        pending_signatures.drop(uow.session, record.id)


def _is_the_signed_pdf(path: Path, sha256: str) -> bool:
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest() == sha256
    except OSError:
        return False


def _remove_leftovers(path: Path, sha256: str) -> None:
    # write_atomic's temporary files for this name: a complete one is a signed PDF too.
    with contextlib.suppress(OSError):
        for tmp in path.parent.glob(f".{path.name}.*.part"):
            if _is_the_signed_pdf(tmp, sha256):
                tmp.unlink()


def _still_signing(pid: int) -> bool:
    """Is another process, the one that wrote the note, still running (a second window or a
    command started while the first one signs)?"""
    if pid in (0, os.getpid()) or os.name != "posix":  # signal 0 means Ctrl+C on Windows
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def reconcile(db: Database) -> int:
    """Complete or drop every signature a crash interrupted; returns how many were
    recorded now."""
    with db.session() as session:
        notes = pending_signatures.pending(session)
    recorded = 0
    for record_id, payload in notes:
        try:
            pending = PendingSignature.from_json(payload)
        except (ValueError, KeyError, TypeError):
            log.warning("dropping an unreadable note of a signature under way: %s", record_id)
            abandon(db, record_id)
            continue
        if _still_signing(pending.pid):
            continue
        if _is_the_signed_pdf(pending.path, pending.record.pdf_sha256):
            try:
                finish(db, pending)
                recorded += 1
                log.info("recorded the signature of %s found at %s", record_id, pending.path)
                continue
            except NotFoundError:  # the visit is gone: nothing to attach the record to
                pass
        _remove_leftovers(pending.path, pending.record.pdf_sha256)
        abandon(db, record_id)
    return recorded
