"""The state each laptop derives itself after an import, never taken from a bundle
(sync/import_fields.py): the signatures and frozen revision the verified signed reports
prove, and the start of work on a planned visit."""

from __future__ import annotations

from collections.abc import Callable

from assessor_app.domain import ids
from assessor_app.domain.bundle_refusal import CodedBundleRefusedError
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.report_record import SignedReportRecord
from assessor_app.domain.visit import VisitState
from assessor_app.persistence.unit_of_work import UnitOfWork
from assessor_app.services.sync.report_checks import ReceivedReport


def derive_started(uow: UnitOfWork, visit_ids: set[str]) -> None:
    """A planned visit whose findings hold work is in progress, as at the first finding
    typed here."""
    visits = uow.visits
    for visit_id in sorted(visit_ids):
        if visits.visit_state(visit_id) is not VisitState.PLANNED:
            continue
        if any(
            f.rating is not None or f.comment or f.justification or f.evidence_seen
            for f in visits.findings(visit_id).values()
        ):
            visits.set_visit_field(visit_id, "state", VisitState.IN_PROGRESS.value)


def signature_record_id(visit_id: str, revision: int, field_name: str, fingerprint: str) -> str:
    """One signature, one record, whichever laptop derives it and however often."""
    return ids.derived_id(visit_id, "signature", str(revision), field_name, fingerprint)


def derive_signed_state(
    uow: UnitOfWork, received: list[ReceivedReport], content_here: Callable[[str], str]
) -> None:
    """Record the signatures the reports prove and freeze the revision they sign, in the
    import transaction, after the bundle's changes were merged. ``content_here``: visit id
    -> the content hash of the visit as this laptop now holds it (its change log replayed,
    report_checks.local_content_hash)."""
    for visit_id in sorted({r.info.visit_id for r in received}):
        reports = sorted(
            (r for r in received if r.info.visit_id == visit_id), key=lambda r: r.info.revision
        )
        known = uow.reports.for_visit(visit_id)
        for r in reports:
            if any(
                k.revision == r.info.revision and k.content_hash != r.info.content_hash
                for k in known
            ):
                raise CodedBundleRefusedError(
                    ErrorCode.BUNDLE_REPORT_REVISION_CONFLICT,
                    member=r.member,
                    report_id=r.info.report_id[:100],
                    revision=r.info.revision,
                )
        seen = {(k.revision, k.field_name, k.cert_fingerprint) for k in known}
        for r in reports:
            for s in r.signatures:
                if (r.info.revision, s.field_name, s.fingerprint) in seen:
                    continue
                seen.add((r.info.revision, s.field_name, s.fingerprint))
                uow.reports.add(
                    SignedReportRecord(
                        id=signature_record_id(
                            visit_id, r.info.revision, s.field_name, s.fingerprint
                        ),
                        visit_id=visit_id, revision=r.info.revision,
                        report_id=r.info.report_id, content_hash=r.info.content_hash,
                        pdf_sha256=r.sha256, signer_name=s.signer[:300],
                        cert_fingerprint=s.fingerprint, field_name=s.field_name[:100],
                        signed_at=s.signed_at,
                    )
                )  # fmt: skip
        _freeze(uow, visit_id, reports[-1], content_here)


def _freeze(
    uow: UnitOfWork, visit_id: str, report: ReceivedReport, content_here: Callable[[str], str]
) -> None:
    """The visit is signed at the report's revision when it holds exactly the content the
    report signs, judged by content (its hash here), never by which change ids it holds: a
    record held here under an id the bundle reuses with other content stays as it is here.
    Otherwise what differs is work on top, a new revision, as after signing here."""
    visits = uow.visits
    visit = visits.get_visit(visit_id)
    revision = report.info.revision
    if revision < visit.revision:
        return  # a report of a revision this laptop moved past: history only
    own_work = content_here(visit_id) != report.info.content_hash
    target, state = (revision + 1, VisitState.IN_PROGRESS) if own_work else (
        revision, VisitState.SIGNED
    )  # fmt: skip
    if visit.revision != target:
        visits.set_visit_field(visit_id, "revision", target)
    if visit.state is not state:
        visits.set_visit_field(visit_id, "state", state.value)
