"""Signed reports received in a bundle: the only evidence from which a laptop derives a
visit's signatures, its signed state and its frozen revision (see sync/import_fields.py).

A report travels as the signed PDF itself. Before anything is stored it is verified by the
same code as ``verify`` (every signature intact and covering the document), its claim
(visit, revision, content hash) is read from the bytes its first signature covers, and the
content hash must be that of the visit as the bundle brings it: the bundle's change log is
replayed into a database in memory, as its sender had the visit, and hashed by the same
code that printed the hash into the report. Each signed box must hold the visit's
assessor of that box: as recorded here before the import when this laptop holds the
visit (a bundle's own change of its assessors never decides who signs), as the bundle
brings it for a visit new here. Its certificate then passes the rules of a bundle signer
(services/trust.py check_box_signer: the office's trust list, the pinned key). Only then
does the import transaction record the signatures and freeze the revision here
(services/sync/derived_state.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from assessor_app.domain.bundle_refusal import CodedBundleRefusedError
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.report_record import ReportInfo
from assessor_app.domain.signing_roles import SigningRole, role_of
from assessor_app.domain.sync_types import BundleRefusedError, ReportReceived
from assessor_app.domain.visit import Assessor
from assessor_app.persistence.scratch_database import scratch_database
from assessor_app.persistence.unit_of_work import UnitOfWork
from assessor_app.reports.model import CO_FIELD, LEAD_FIELD
from assessor_app.services.case_review import CaseReviewService
from assessor_app.services.outcome import OutcomeService
from assessor_app.services.report_content import content_hash
from assessor_app.services.reports import verify_report_pdf
from assessor_app.services.sync.record_checks import ImportPlan
from assessor_app.services.trust import BoxSigner, LocalVisit, shown
from assessor_app.sync.bundle_format import Limits
from assessor_app.sync.bundle_reader import StagedBundle
from assessor_app.sync.import_fields import is_importable
from assessor_app.sync.schema import VisitRecords
from assessor_app.templates.library import TemplateLibrary

# The report's signature box of each assessor.
BOX_ROLES = {LEAD_FIELD: SigningRole.LEAD, CO_FIELD: SigningRole.CO}


@dataclass(frozen=True, slots=True)
class ReceivedSignature:
    field_name: str
    signer: str
    email: str
    fingerprint: str
    signed_at: datetime
    certificate: bytes = b""  # DER, for the trust rules


@dataclass(frozen=True, slots=True)
class ReceivedReport:
    """A signed report that passed every check, with the signatures it proves."""

    member: str
    pdf: bytes
    sha256: str
    info: ReportInfo
    signatures: tuple[ReceivedSignature, ...]

    @property
    def summary(self) -> ReportReceived:
        return ReportReceived(
            self.info.report_id,
            self.info.visit_id,
            self.info.revision,
            tuple(s.signer for s in self.signatures),
        )


def check_reports(
    staged: StagedBundle,
    plan: ImportPlan,
    templates: TemplateLibrary,
    limits: Limits,
    local: Mapping[str, LocalVisit] | None = None,
) -> list[ReceivedReport]:
    """Verify every report of the bundle; refuse the whole bundle at the first bad one.
    ``local``: the bundle's visits this laptop holds, with their assessors as recorded here
    before the import (their boxes are checked against those)."""
    local = local or {}
    received = [_verified(m.name, staged.read_report(m, limits.max_report_bytes))
                for m in staged.report_members]  # fmt: skip
    visits = {v.id: v for v in staged.visits}
    hashes: dict[str, tuple[str, Assessor, Assessor]] = {}
    for r in received:
        visit = visits.get(r.info.visit_id)
        if visit is None:
            raise CodedBundleRefusedError(
                ErrorCode.BUNDLE_REPORT_FOREIGN_VISIT,
                member=r.member,
                visit=r.info.visit_id[:36],
            )
        if visit.id not in hashes:
            hashes[visit.id] = bundle_content_hash(visit, plan, templates)
        digest, lead, co = hashes[visit.id]
        here = local.get(visit.id)
        if here is not None:
            lead, co = here.lead, here.co
        if r.info.content_hash != digest:
            raise CodedBundleRefusedError(
                ErrorCode.BUNDLE_REPORT_CONTENT_MISMATCH,
                member=r.member,
                report_id=r.info.report_id[:100],
                revision=r.info.revision,
            )
        for sig in r.signatures:
            role = BOX_ROLES[sig.field_name]
            if not _is_assessor(sig, role, lead, co):
                raise CodedBundleRefusedError(
                    ErrorCode.BUNDLE_REPORT_WRONG_BOX,
                    member=r.member,
                    signer=shown(sig.signer),
                    box=role.value,
                    report_id=r.info.report_id[:100],
                )
    return received


def _is_assessor(sig: ReceivedSignature, role: SigningRole, lead: Assessor, co: Assessor) -> bool:
    """The signer is the visit's assessor of that box, by the rule signing applies
    (domain/signing_roles.py role_of): by e-mail when the visit records one, so a
    certificate without an e-mail, or with another, is not that assessor; by name only for
    an assessor the visit knows by name alone."""
    return role_of(sig.signer, sig.email, lead, co) is role


def box_signers(reports: list[ReceivedReport]) -> Iterator[BoxSigner]:
    """Every assessor-box signature of the reports, for the trust rules."""
    for r in reports:
        for sig in r.signatures:
            yield BoxSigner(
                member=r.member, report_id=r.info.report_id, box=BOX_ROLES[sig.field_name].value,
                name=sig.signer, email=sig.email, fingerprint=sig.fingerprint,
                certificate=sig.certificate,
            )  # fmt: skip


def _verified(member: str, pdf: bytes) -> ReceivedReport:
    from assessor_app.reports.report_claim import email_of, signed_report_info, signer_certs

    try:
        info = signed_report_info(pdf)
        checks = verify_report_pdf(pdf)
        certs = signer_certs(pdf)  # one read for the e-mails and the certificates
        emails = {field: email_of(cert) for field, cert in certs.items()}
        certificates = {field: bytes(cert.dump()) for field, cert in certs.items()}
    except ValidationError as exc:
        raise CodedBundleRefusedError(
            ErrorCode.BUNDLE_REPORT_NOT_A_REPORT, member=member, problem=str(exc)[:200]
        ) from None
    if info is None or not checks:
        raise CodedBundleRefusedError(
            ErrorCode.BUNDLE_REPORT_NOT_A_REPORT,
            member=member,
            problem="no signature, or no report data",
        )
    for check in checks:
        problem = check.problem or ("" if check.ok else "the signature does not hold")
        if not problem and check.signing_time is None:
            problem = "a signature carries no signing time"
        if problem or not check.ok:
            raise CodedBundleRefusedError(
                ErrorCode.BUNDLE_REPORT_UNVERIFIED,
                member=member,
                report_id=info.report_id[:100],
                problem=problem[:200],
            )
    if info.revision < 1:
        raise CodedBundleRefusedError(
            ErrorCode.BUNDLE_REPORT_UNVERIFIED,
            member=member,
            report_id=info.report_id[:100],
            problem=f"revision {info.revision} does not exist",
        )
    # Only the assessors' boxes make a visit signed; further named signatures (a witness,
    # the office) never count as an assessor's.
    signatures = tuple(
        ReceivedSignature(
            c.field_name,
            c.signer,
            emails.get(c.field_name, ""),
            c.fingerprint,
            c.signing_time,
            certificates.get(c.field_name, b""),
        )
        for c in checks
        if c.signing_time is not None and c.field_name in BOX_ROLES
    )
    if not signatures:
        raise CodedBundleRefusedError(
            ErrorCode.BUNDLE_REPORT_UNVERIFIED,
            member=member,
            report_id=info.report_id[:100],
            problem="no assessor's box is signed",
        )
    return ReceivedReport(member, pdf, hashlib.sha256(pdf).hexdigest(), info, signatures)


def local_content_hash(
    uow: UnitOfWork, visit_id: str, plan: ImportPlan, templates: TemplateLibrary
) -> str:
    """The content hash of a visit as this laptop holds it in ``uow`` (the import's
    transaction, the bundle's changes merged): its change log as it would export it,
    replayed and hashed as a report's content is (bundle_content_hash)."""
    changes = [
        c for c in uow.sync.visit_changes(visit_id) if is_importable(c["entity"], c["field"])
    ]
    template = plan.templates[visit_id]
    here = VisitRecords(visit_id, template.id, template.version, {}, changes, [])
    return bundle_content_hash(here, plan, templates)[0]


def bundle_content_hash(
    visit: VisitRecords, plan: ImportPlan, templates: TemplateLibrary
) -> tuple[str, Assessor, Assessor]:
    """The content hash of the visit as the bundle brings it, with its lead and
    co-assessor: its change log replayed into an empty database in memory, hashed as a
    report's content is."""
    db = scratch_database()
    try:
        keys = {visit.id: [r.key for r in plan.templates[visit.id].requirements]}
        try:
            with db.unit_of_work() as uow:
                uow.sync.apply_changes(list(visit.changes), plan.derive, keys)
        except ValidationError as exc:
            raise BundleRefusedError(str(exc)) from None
        detail = OutcomeService(db, templates, CaseReviewService(db, templates)).detail(visit.id)
        with db.unit_of_work() as uow:
            account = uow.self_assessment.account(visit.id)
        visit_now = detail.visit
        return content_hash(detail, account), visit_now.lead_assessor, visit_now.co_assessor
    finally:
        db.close()
