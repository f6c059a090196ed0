"""Generate, sign and verify the assessment report; a signed report freezes its revision."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from assessor_app import __version__
from assessor_app.domain import ids
from assessor_app.domain.case_review_summary import CaseReviewSummary
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.progress import CancelToken, ProgressFn, raise_if_cancelled
from assessor_app.domain.report_record import (
    ReportInfo,
    SignatureCheck,
    SignedReportRecord,
    SupersededReport,
)
from assessor_app.domain.self_assessment import (
    FacilityAccount,
    FacilityReview,
    agreement,
)
from assessor_app.domain.signing_roles import SigningRole, additional_field_name, decide_box
from assessor_app.domain.visit import Assessor, AttachmentKind, Visit
from assessor_app.persistence.database import Database
from assessor_app.reports.model import (
    CO_FIELD,
    LEAD_FIELD,
    BuiltReport,
    FacilityPart,
    ReportData,
    ReportPhoto,
)
from assessor_app.resources import resource_path
from assessor_app.services import signing_journal
from assessor_app.services.atomic_file import write_atomic
from assessor_app.services.attachments import AttachmentService
from assessor_app.services.identities import IdentityService
from assessor_app.services.outcome import OutcomeService, VisitDetail
from assessor_app.services.report_content import content_hash

if TYPE_CHECKING:
    from assessor_app.reports.signing import SignerKey

# reportlab and pyHanko (with aiohttp behind it) take ~0.3 s to import: they are loaded
# where a report is built, signed or verified, not when the app or a command starts.

MAX_PDF_BYTES = 500 * 1024 * 1024
# The report's signature box of each role.
ROLE_FIELDS = {SigningRole.LEAD: LEAD_FIELD, SigningRole.CO: CO_FIELD}


@dataclass(frozen=True, slots=True)
class GeneratedReport:
    path: Path | None  # None: the report was made in memory (``render``)
    report_id: str
    visit_id: str
    revision: int
    content_hash: str
    pages: int
    supersedes: SupersededReport | None


@dataclass(frozen=True, slots=True)
class SignedReport:
    path: Path | None  # None: signed in memory (``sign_bytes``)
    report_id: str | None
    visit_id: str | None
    revision: int | None
    field_name: str
    signer: str
    fingerprint: str
    signed_at: datetime
    recorded: bool  # False when the report's visit is not in this database

    @property
    def role(self) -> SigningRole | None:
        """Whose box the signature is in (None for a PDF with other signature fields)."""
        return next((r for r, f in ROLE_FIELDS.items() if f == self.field_name), None)


@dataclass(frozen=True, slots=True)
class SignatureBox:
    """Where a signer's signature goes on a report."""

    role: SigningRole | None  # whose box the signer belongs in (None: neither assessor's)
    box: SigningRole | None  # the box it goes in: always the signer's own, or None
    lead: Assessor
    co: Assessor
    signed_already: bool = False  # this certificate signed the report before: no box
    problem: ValidationError | None = None  # why no box (box None): what signing raises


class FacilitySource(Protocol):
    """Where the report reads the facility's application form (the self-assessment service)."""

    def account(self, visit_id: str) -> FacilityAccount: ...

    def facility_review(self, visit_id: str) -> FacilityReview | None: ...


def report_id_for(visit_id: str, revision: int, digest: str) -> str:
    """Readable and reproducible: the same content of the same revision, the same id."""
    return f"IASIOS-{visit_id[:8].upper()}-R{revision}-{digest[:6].upper()}"


def _read_pdf(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise ValidationError.coded(ErrorCode.FILE_TOO_LARGE_FOR_REPORT, file=path.name)
        return path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError.coded(ErrorCode.NO_SUCH_FILE, path=path) from None
    except OSError as exc:
        raise ValidationError.coded(
            ErrorCode.CANNOT_READ_FILE, path=path, reason=exc.strerror
        ) from None


def verify_report(
    pdf_path: Path | bytes,
    trust_pems: Sequence[Path] = (),
    trusted_certs: Sequence[bytes] = (),
) -> list[SignatureCheck]:
    """Per signature: signer, fingerprint, time, intact, covers the document, trusted.
    ``pdf_path``: the PDF's file, or the PDF itself (held in memory).
    ``trusted_certs``: certificates trusted besides the files (the office's trust list)."""
    trusted = list(trusted_certs)
    for pem_path in trust_pems:
        try:
            trusted.append(Path(pem_path).read_bytes())
        except OSError as exc:
            raise ValidationError.coded(
                ErrorCode.CANNOT_READ_CERTIFICATE, path=pem_path, reason=exc.strerror
            ) from None
    pdf = pdf_path if isinstance(pdf_path, bytes) else _read_pdf(Path(pdf_path))
    return verify_report_pdf(pdf, trusted)


def verify_report_pdf(pdf: bytes, trusted: Sequence[bytes] = ()) -> list[SignatureCheck]:
    """``verify`` on a PDF in memory: what an import runs on a signed report it receives."""
    from assessor_app.reports.verification import verify_pdf

    return verify_pdf(pdf, trusted)


@dataclass
class ReportService:
    db: Database
    outcome: OutcomeService
    attachments: AttachmentService
    identities: IdentityService
    font_dir: Path = field(default_factory=lambda: resource_path("fonts"))
    # The facility's application form, compared in its own section (None: never shown).
    facility: FacilitySource | None = None

    # -- generate ----------------------------------------------------------------------
    def signed_reports(self, visit_id: str) -> list[SignedReportRecord]:
        """Every signature recorded for the visit, oldest first."""
        with self.db.unit_of_work() as uow:
            uow.visits.get_visit(visit_id)
            return uow.reports.for_visit(visit_id)

    def _superseded(self, visit_id: str, revision: int) -> SupersededReport | None:
        earlier = [r for r in self.signed_reports(visit_id) if r.revision < revision]
        if not earlier:
            return None
        last = max(r.revision for r in earlier)
        records = [r for r in earlier if r.revision == last]
        return SupersededReport(
            revision=last,
            report_id=records[-1].report_id,
            signed_at=records[0].signed_at,
            signers=tuple(dict.fromkeys(r.signer_name for r in records)),
        )

    def _facility_part(self, detail: VisitDetail) -> FacilityPart | None:
        if self.facility is None:
            return None
        account = self.facility.account(detail.visit.id)
        if account.is_empty:
            return None
        ratings = {k: f.rating for k, f in detail.findings.items()}
        keys = [r.key for r in detail.template.requirements]
        return FacilityPart(
            account=account,
            agreement=agreement(keys, account.claims, ratings),
            review=self.facility.facility_review(detail.visit.id),
        )

    def _current_hash(self, detail: VisitDetail) -> tuple[str, CaseReviewSummary | None]:
        account = self.facility.account(detail.visit.id) if self.facility else None
        return content_hash(detail, account), detail.case_review

    def report_data(
        self,
        visit_id: str,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> ReportData:
        """Everything the report prints, read in one go (thumbnails from the cache)."""
        detail = self.outcome.detail(visit_id)
        digest, summary = self._current_hash(detail)
        revision = detail.visit.revision
        photos: list[ReportPhoto] = []
        photo_atts = [a for a in detail.attachments if a.kind is AttachmentKind.PHOTO]
        for done, att in enumerate(photo_atts, start=1):
            raise_if_cancelled(cancel, "report generation cancelled; no file was written")
            thumb = self.attachments.thumbnail(att)
            if thumb:
                photos.append(ReportPhoto(thumb, att.requirement_key, att.caption, att.sha256))
            if progress:
                progress(done, len(photo_atts) * 4)  # reading photos: about a fifth of the work
        return ReportData(
            report_id=report_id_for(visit_id, revision, digest),
            revision=revision,
            content_hash=digest,
            generated_at=datetime.now(UTC),
            visit=detail.visit,
            template=detail.template,
            findings=detail.findings,
            actions=detail.actions,
            outcome=detail.outcome,
            progress=detail.progress,
            case_review_complete=detail.case_review_complete,
            case_review=summary,
            photos=photos,
            documents=[a for a in detail.attachments if a.kind is AttachmentKind.DOCUMENT],
            supersedes=self._superseded(visit_id, revision),
            app_version=__version__,
            facility=self._facility_part(detail),
        )

    def build(
        self,
        visit_id: str,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> tuple[ReportData, BuiltReport]:
        """The report in memory (what ``generate`` writes)."""
        data = self.report_data(visit_id, progress, cancel)
        n_photos = max(len(data.photos), 1)

        def story_progress(done: int, total: int) -> None:
            if progress:
                progress(n_photos + done * 3 * n_photos // max(total, 1), n_photos * 4)

        from assessor_app.reports.builder import build_report

        built = build_report(
            data,
            self.font_dir,
            progress=story_progress,
            cancel=cancel,
        )
        return data, built

    def render(
        self,
        visit_id: str,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> tuple[GeneratedReport, bytes]:
        """The report of the visit's current revision as PDF bytes, never written to disk
        (the GUI previews it from memory and writes it only where the assessor saves it)."""
        data, built = self.build(visit_id, progress, cancel)
        raise_if_cancelled(cancel, "report generation cancelled; no file was written")
        report = GeneratedReport(
            path=None,
            report_id=data.report_id,
            visit_id=visit_id,
            revision=data.revision,
            content_hash=data.content_hash,
            pages=built.pages,
            supersedes=data.supersedes,
        )
        return report, built.pdf

    def generate(
        self,
        visit_id: str,
        out_path: Path,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> GeneratedReport:
        """Write the report of the visit's current revision to ``out_path`` (all or nothing)."""
        report, pdf = self.render(visit_id, progress, cancel)
        write_atomic(Path(out_path), pdf)
        return replace(report, path=Path(out_path))

    # -- sign --------------------------------------------------------------------------
    def signature_box(
        self, pdf_path: Path, name: str, email: str, fingerprint: str = ""
    ) -> SignatureBox:
        """The box ``sign`` will put this signer's signature in: their own assessor box, or
        None with the ``problem`` signing would raise (not an assessor, box signed, ...)."""
        return self.signature_box_of(_read_pdf(Path(pdf_path)), name, email, fingerprint)

    def signature_box_of(
        self, pdf: bytes, name: str, email: str, fingerprint: str = ""
    ) -> SignatureBox:
        """``signature_box`` of a report in memory."""
        from assessor_app.reports.builder import read_report_info

        info = read_report_info(pdf)
        visit = None
        if info is not None:
            try:
                visit = self.outcome.detail(info.visit_id).visit
            except NotFoundError:
                visit = None
        return self._box(pdf, info, visit, name, email, fingerprint)

    def _box(
        self,
        pdf: bytes,
        info: ReportInfo | None,
        visit: Visit | None,
        name: str,
        email: str,
        fingerprint: str,
        wanted: SigningRole | None = None,
    ) -> SignatureBox:
        from assessor_app.reports.signing import signature_fields
        from assessor_app.reports.verification import signer_fingerprints

        if visit is not None:
            lead, co = visit.lead_assessor, visit.co_assessor
        elif info is not None:  # a copy: the report names its assessors
            lead = Assessor(info.lead_name, info.lead_email)
            co = Assessor(info.co_name, info.co_email)
        else:
            lead, co = Assessor(""), Assessor("")
        # One person, one signature: never a second one in the other assessor's box.
        signed_already = bool(fingerprint) and fingerprint in signer_fingerprints(pdf).values()
        empty = {f.name for f in signature_fields(pdf) if not f.signed}
        free = [r for r, f in ROLE_FIELDS.items() if f in empty]
        decision = decide_box(
            name, email, lead, co, free, signed_already=signed_already, wanted=wanted
        )
        return SignatureBox(
            role=decision.role,
            box=decision.box,
            lead=lead,
            co=co,
            signed_already=signed_already,
            problem=decision.problem,
        )

    def signer_key(self, identity_path: Path, passphrase: str) -> SignerKey:
        """Open the identity (ValidationError on a wrong passphrase or unreadable file)."""
        identity = self.identities.load(Path(identity_path), passphrase)
        self.identities.require_fit(identity)
        from assessor_app.reports.signing import SignerKey

        return SignerKey(
            private_key_der=identity.private_key_der(),
            certificate_der=identity.certificate_der(),
            chain_der=identity.chain_der(),
            name=identity.name or identity.email or "Unnamed signer",
            fingerprint=identity.fingerprint,
            email=identity.email,
            opened_key=identity.private_key,
        )

    def sign(
        self,
        pdf_in: Path | bytes,
        out_path: Path,
        identity_path: Path,
        passphrase: str,
        signature_png: bytes | None = None,
        *,
        field_name: str | None = None,
        location: str = "",
        additional: str | None = None,
    ) -> SignedReport:
        """Sign a report (PAdES B-B) into ``out_path`` (may equal ``pdf_in``), all or nothing.
        ``pdf_in``: the report's file, or the report itself (``render``'s bytes).

        The report must be of the visit's current revision and content; signing records the
        signature and marks the visit signed, which freezes that revision. A report whose
        visit is not in this database (a co-assessor's copy) is signed but not recorded.
        The signature goes in the box of the visit's assessor the identity belongs to (by
        e-mail, then name); anyone else, or an assessor asking for the other's box with
        ``field_name``, is refused (see ``signature_box``). ``additional`` names a further
        signature instead (a witness, the office): it goes in a field of its own, is never
        an assessor's, and is not recorded as the visit's signature.
        """
        signed, record, report = self._sign(
            pdf_in if isinstance(pdf_in, bytes) else _read_pdf(Path(pdf_in)),
            identity_path, passphrase, signature_png,
            field_name=field_name, location=location, additional=additional,
        )  # fmt: skip
        if record is None:
            write_atomic(Path(out_path), signed)
        else:
            # Kept in the store: the signed PDF is what a bundle carries to the other
            # laptops, which derive the visit's signed state from it (never from a record).
            self.attachments.store.put_bytes(signed)
            self._write_recorded(Path(out_path), signed, record)
        return replace(report, path=Path(out_path))

    def sign_bytes(
        self,
        pdf: bytes,
        identity_path: Path,
        passphrase: str,
        signature_png: bytes | None = None,
        *,
        field_name: str | None = None,
        location: str = "",
        additional: str | None = None,
    ) -> tuple[SignedReport, bytes]:
        """``sign`` of a report in memory: the signed PDF is returned, not written. A
        recorded signature keeps it in the attachment store (sealed in an encrypted
        folder) and records it in one commit: no file on disk ever holds it in plaintext."""
        signed, record, report = self._sign(
            pdf, identity_path, passphrase, signature_png,
            field_name=field_name, location=location, additional=additional,
        )  # fmt: skip
        if record is not None:
            self.attachments.store.put_bytes(signed)
            signing_journal.record_signature(self.db, record)
        return report, signed

    def _sign(
        self,
        pdf: bytes,
        identity_path: Path,
        passphrase: str,
        signature_png: bytes | None,
        *,
        field_name: str | None,
        location: str,
        additional: str | None,
    ) -> tuple[bytes, SignedReportRecord | None, SignedReport]:
        """The signed PDF, the record to keep (None: not the visit's signature, or its
        visit is not here) and what to tell the signer; nothing written yet."""
        key = self.signer_key(identity_path, passphrase)
        if signature_png is None:
            signature_png = self.identities.signature_image(Path(identity_path))
        from assessor_app.reports.builder import read_report_info
        from assessor_app.reports.signing import sign_pdf

        info = read_report_info(pdf)
        visit_known = False
        visit: Visit | None = None
        if info is not None:
            try:
                detail = self.outcome.detail(info.visit_id)
                visit_known = True
            except NotFoundError:
                visit_known = False
            if visit_known:
                digest, _summary = self._current_hash(detail)
                if info.revision != detail.visit.revision or info.content_hash != digest:
                    raise ValidationError.coded(
                        ErrorCode.REPORT_REVISION_STALE,
                        revision=info.revision,
                        current=detail.visit.revision,
                    )
                visit = detail.visit
        if additional is not None:
            field_name = self._additional_field(pdf, additional)
        else:
            wanted = next((r for r, f in ROLE_FIELDS.items() if f == field_name), None)
            if field_name is None or wanted is not None:
                where = self._box(
                    pdf, info, visit, key.name, key.email, key.fingerprint, wanted=wanted
                )
                if where.box is None:
                    assert where.problem is not None
                    raise where.problem
                field_name = ROLE_FIELDS[where.box]
        signed, field_used, signed_at = sign_pdf(
            pdf,
            key,
            self.font_dir,
            field_name=field_name,
            signature_png=signature_png,
            location=location,
            additional=additional,
        )
        record: SignedReportRecord | None = None
        if info is not None and visit_known and additional is None:
            record = SignedReportRecord(
                id=ids.new_id(),
                visit_id=info.visit_id,
                revision=info.revision,
                report_id=info.report_id,
                content_hash=info.content_hash,
                pdf_sha256=hashlib.sha256(signed).hexdigest(),
                signer_name=key.name,
                cert_fingerprint=key.fingerprint,
                field_name=field_used,
                signed_at=signed_at,
            )
        report = SignedReport(
            path=None,
            report_id=info.report_id if info else None,
            visit_id=info.visit_id if info else None,
            revision=info.revision if info else None,
            field_name=field_used,
            signer=key.name,
            fingerprint=key.fingerprint,
            signed_at=signed_at,
            recorded=visit_known,
        )
        return signed, record, report

    def _additional_field(self, pdf: bytes, role: str) -> str:
        from assessor_app.reports.signing import signature_fields

        name = additional_field_name(role)
        if any(f.name == name for f in signature_fields(pdf)):
            raise ValidationError.coded(ErrorCode.ADDITIONAL_SIGNATURE_EXISTS, role=role.strip())
        return name

    def _write_recorded(self, out_path: Path, signed: bytes, record: SignedReportRecord) -> None:
        """Write the signed PDF so that it never exists without its record (see
        signing_journal): noted as under way, written, then recorded."""
        pending = signing_journal.PendingSignature(record, out_path.absolute())
        signing_journal.begin(self.db, pending)
        try:
            write_atomic(out_path, signed)
        except BaseException:
            signing_journal.abandon(self.db, record.id)
            raise
        # Failing here leaves the note: the next start records the PDF that was written.
        signing_journal.finish(self.db, pending)

    # -- verify ------------------------------------------------------------------------
    def verify(self, pdf_path: Path, trust_pems: Sequence[Path] = ()) -> list[SignatureCheck]:
        """Per signature: signer, fingerprint, time, intact, covers the document, trusted."""
        return verify_report(pdf_path, trust_pems)
