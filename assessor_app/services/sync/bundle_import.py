"""Applying a received bundle: validated completely (bundle, records, clock, attachment
bytes and photos), and only then its changes applied in one transaction. A refusal or a
cancel at any point leaves the database as it was and removes the blobs it added."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from assessor_app.attachments.store import AttachmentStore
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.progress import (
    NEVER_CANCELLED,
    CancelToken,
    ProgressFn,
    no_progress,
    raise_if_cancelled,
)
from assessor_app.domain.sync_types import (
    BundleRefusedError,
    ImportResult,
    ReportReceived,
    SignerInfo,
)
from assessor_app.domain.trust_types import ImportTrust, RecipientsIgnored
from assessor_app.persistence.conflict_store import ConflictStore
from assessor_app.persistence.database import Database
from assessor_app.persistence.unit_of_work import UnitOfWork
from assessor_app.services.sync import sealing
from assessor_app.services.sync.derived_state import derive_signed_state, derive_started
from assessor_app.services.sync.record_checks import ImportPlan, RecordChecker, check_clocks
from assessor_app.services.sync.report_checks import (
    ReceivedReport,
    box_signers,
    check_reports,
    local_content_hash,
)
from assessor_app.services.trust import (
    NO_CONSENT,
    BundleFacts,
    ImportConsent,
    LocalVisit,
    check_assessor_changes,
    check_box_signer,
    check_signer_of_visits,
    recipients_refusal,
)
from assessor_app.services.trust import check_bundle as check_trust
from assessor_app.services.trust import record_bundle as record_trust
from assessor_app.sync.bundle_format import DEFAULT_LIMITS, KIND_INVITATION, TRUST_LIST, Limits
from assessor_app.sync.bundle_reader import (
    StagedBundle,
    open_bundle,
    read_listed_member,
    stream_attachments,
)
from assessor_app.templates.library import TemplateLibrary

if TYPE_CHECKING:
    from assessor_app.identity.pkcs12 import SigningIdentity
    from assessor_app.persistence.unit_of_work import UnitOfWork

MAX_TRUST_LIST_BYTES = 1024 * 1024  # a list of hundreds of certificates


def _local_visits(uow: UnitOfWork, staged: StagedBundle) -> dict[str, LocalVisit]:
    """The bundle's visits this laptop holds, as recorded here before the import."""
    out: dict[str, LocalVisit] = {}
    for v in staged.visits:
        if uow.sync.visit_template(v.id) is None:
            continue
        visit = uow.visits.get_visit(v.id)
        known = uow.sync.known_change_ids(c["id"] for c in v.changes)
        out[v.id] = LocalVisit(visit.lead_assessor, visit.co_assessor, frozenset(known))
    return out


def _check_box_signers(
    uow: UnitOfWork, facts: BundleFacts, decision: ImportTrust, reports: list[ReceivedReport]
) -> None:
    for box in box_signers(reports):
        check_box_signer(uow.trust, facts, decision, box)


@dataclass
class BundleImporter:
    db: Database
    store: AttachmentStore
    templates: TemplateLibrary
    limits: Limits = field(default=DEFAULT_LIMITS)

    def import_bundle(
        self,
        path: Path,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        identity: SigningIdentity | None = None,
        consent: ImportConsent = NO_CONSENT,
    ) -> ImportResult:
        """Validate a bundle completely, then apply it in one transaction.

        A sealed bundle is opened with ``identity`` first, then checked like any other
        (its signature included). Raises BundleRefusedError (a ValidationError) with a
        one-line reason when the bundle is refused (a sealed one no key here opens names the
        keys it needs), Cancelled when cancelled; in both cases nothing was changed.
        ``consent`` carries what a person allowed beyond the trust rules (services/trust.py).
        """
        from assessor_app.identity.detached_signature import verify_detached

        cancel = cancel or NEVER_CANCELLED
        signer_pem: list[bytes] = []

        def verifier(data: bytes, signature: bytes, certificate: bytes) -> SignerInfo:
            info = verify_detached(data, signature, certificate)
            signer_pem.append(certificate)  # the trust rules read the certificate itself
            return info

        path = Path(path)
        opened = (
            sealing.open_sealed_file(path, identity, self.limits)
            if sealing.is_sealed(path)
            else None
        )
        with open_bundle(path, verifier, self.limits, opened=opened) as staged:
            m = staged.manifest
            recipients = self._recipients(staged)
            with self.db.unit_of_work() as uow:
                if uow.sync.is_imported(m.bundle_id):
                    return self._result(
                        staged, uow.conflicts, already=True, new_changes=0, new_blobs=0
                    )
                delivered = (
                    read_listed_member(staged, TRUST_LIST, MAX_TRUST_LIST_BYTES)
                    if m.kind == KIND_INVITATION
                    else None
                )
                facts = BundleFacts(
                    bundle_id=m.bundle_id, assessor_name=m.assessor_name,
                    assessor_email=m.assessor_email, device_id=m.device_id,
                    visit_ids=m.visit_ids, signer=staged.signer,
                    signer_pem=signer_pem[0] if staged.signer and signer_pem else None,
                    delivered_trust_list=delivered,
                )  # fmt: skip
                # Who may speak for the assessor is settled before the records are read.
                first = check_trust(uow.trust, facts, consent)
                local = _local_visits(uow, staged)
                check_signer_of_visits(facts, local)
            check_clocks(staged)
            plan = RecordChecker(self.db, self.templates).check_records(staged)
            check_assessor_changes(facts, local, {v.id: v.changes for v in staged.visits})
            # Signed reports only once the records passed: checking one replays them.
            reports = check_reports(staged, plan, self.templates, self.limits, local)
            with self.db.unit_of_work() as uow:
                _check_box_signers(uow, facts, first, reports)
            added: list[str] = []
            try:
                self._receive_attachments(staged, plan, added, progress, cancel)
                new_blobs = len(added)
                for report in reports:  # kept, so this laptop can pass them on
                    if not self.store.has(report.sha256):
                        self.store.put_bytes(report.pdf, report.sha256)
                        added.append(report.sha256)
                raise_if_cancelled(cancel, "import cancelled; nothing was imported")
                with self.db.unit_of_work() as uow:
                    repo = uow.sync
                    if repo.is_imported(m.bundle_id):  # imported meanwhile by another window
                        return self._result(
                            staged, uow.conflicts, already=True, new_changes=0, new_blobs=0
                        )
                    # Again inside the transaction: another window may have pinned a key.
                    decision = check_trust(uow.trust, facts, consent)
                    # The visits as recorded here now (another window may have changed them).
                    local = _local_visits(uow, staged)
                    check_signer_of_visits(facts, local)
                    check_assessor_changes(facts, local, {v.id: v.changes for v in staged.visits})
                    _check_box_signers(uow, facts, decision, reports)
                    new_visits = {v for v in m.visit_ids if repo.visit_template(v) is None}
                    changes = [c for v in staged.visits for c in v.changes]
                    try:
                        outcome = repo.apply_changes(changes, plan.derive, plan.requirement_keys)
                    except ValidationError as exc:
                        raise BundleRefusedError(str(exc)) from None
                    if outcome.affected_visits:
                        derive_started(uow, set(outcome.affected_visits))
                    if reports:
                        derive_signed_state(
                            uow, reports,
                            lambda v: local_content_hash(uow, v, plan, self.templates),
                        )  # fmt: skip
                    repo.record_bundle(
                        bundle_id=m.bundle_id, kind=m.kind, device_id=m.device_id,
                        assessor_name=m.assessor_name, assessor_email=m.assessor_email,
                        signer_fingerprint=staged.signer.fingerprint if staged.signer else None,
                        created=m.created, visit_ids=m.visit_ids,
                        new_changes=outcome.new_changes,
                    )  # fmt: skip
                    taken, ignored = self._take_recipients(uow, staged, recipients, new_visits)
                    record_trust(uow.trust, facts, decision)
                    # Leaving the block by an error rolls it all back.
                    raise_if_cancelled(cancel, "import cancelled; nothing was imported")
                    return self._result(
                        staged, uow.conflicts, already=False, new_changes=outcome.new_changes,
                        new_blobs=new_blobs, reports=tuple(r.summary for r in reports),
                        trust=decision, recipients_taken=tuple(taken),
                        recipients_ignored=ignored,
                    )  # fmt: skip
            except BaseException:
                for sha in added:
                    self.store.discard(sha)
                raise

    @staticmethod
    def _take_recipients(
        uow: UnitOfWork, staged: StagedBundle, recipients: bytes, new_visits: set[str]
    ) -> tuple[tuple[str, ...], RecipientsIgnored | None]:
        """Remember an invitation's seal recipients for its visit when the rule allows
        (services/trust.recipients_refusal, asked of each visit after its records were
        applied, so with the assessors the invitation names); all or none. Returns the
        names taken, or why none was."""
        if not recipients:
            return (), None
        for visit_id in staged.manifest.visit_ids:
            visit = uow.visits.get_visit(visit_id)
            why = recipients_refusal(
                staged.signer, visit_id in new_visits, visit.lead_assessor, visit.co_assessor
            )
            if why is not None:
                return (), why
        for visit_id in staged.manifest.visit_ids:
            known = uow.sync.seal_recipients(visit_id)
            uow.sync.remember_seal_recipients(
                visit_id, sealing.pem_of(sealing.read_certificates([known, recipients]))
            )
        return tuple(c.name for c in sealing.read_certificates([recipients])), None

    @staticmethod
    def _recipients(staged: StagedBundle) -> bytes:
        """An invitation's recipient certificates, each read and sealable, else refused."""
        if staged.recipients_pem is None:
            return b""
        try:
            return sealing.pem_of(sealing.read_certificates([staged.recipients_pem]))
        except ValidationError as exc:
            raise BundleRefusedError(f"recipients.pem: {exc}") from None

    def _result(
        self,
        staged: StagedBundle,
        store: ConflictStore,
        *,
        already: bool,
        new_changes: int,
        new_blobs: int,
        reports: tuple[ReportReceived, ...] = (),
        trust: ImportTrust | None = None,
        recipients_taken: tuple[str, ...] = (),
        recipients_ignored: RecipientsIgnored | None = None,
    ) -> ImportResult:
        m = staged.manifest
        conflicts = tuple(c for v in m.visit_ids for c in store.conflicts(v))
        return ImportResult(
            bundle_id=m.bundle_id, visit_ids=m.visit_ids, already_imported=already,
            invitation=m.kind == KIND_INVITATION, new_changes=new_changes,
            new_attachments=new_blobs, conflicts=conflicts, signer=staged.signer,
            assessor=m.assessor_name, device_id=m.device_id, sealed=staged.sealed,
            reports=reports, trust=trust, recipients_taken=recipients_taken,
            recipients_ignored=recipients_ignored,
        )  # fmt: skip

    def _receive_attachments(
        self,
        staged: StagedBundle,
        plan: ImportPlan,
        added: list[str],
        progress: ProgressFn,
        cancel: CancelToken,
    ) -> None:
        def sink(sha: str, chunks: Iterator[bytes]) -> None:
            if self.store.has(sha):
                for _ in chunks:  # still read and hashed: a bad member is refused anyway
                    pass
                return
            # The reader's chunks raise at their end on a size or SHA-256 mismatch, so the
            # blob is never renamed into place unchecked.
            self.store.put_stream(chunks, sha, durable=False, verified=True)
            added.append(sha)

        stream_attachments(staged, sink, progress, cancel)
        if added:
            # One flush for all received files before the database refers to any of them.
            self.store.make_durable()
        photos: dict[str, str] = {}
        for v in staged.visits:
            for a in v.attachments:
                if str(a["media_type"]).startswith("image/"):
                    photos[a["sha256"]] = a["media_type"]
        for facts in plan.attachment_facts.values():
            sha = facts.get("sha256")
            if not isinstance(sha, str):
                continue
            if not self.store.has(sha):
                raise BundleRefusedError(f"attachment {sha[:64]} is neither in the bundle nor here")
            media = str(facts.get("media_type") or "")
            if media.startswith("image/"):
                photos.setdefault(sha, media)
        for sha, media in photos.items():
            if sha in added:
                try:
                    self.store.check_image(sha, media)
                except ValidationError as exc:
                    raise BundleRefusedError(f"attachments/{sha}: {exc}") from None
