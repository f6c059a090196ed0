"""Exporting a visit as one bundle: its records, full change log and attachments."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from assessor_app import __version__
from assessor_app.attachments.store import AttachmentStore
from assessor_app.domain import ids
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from assessor_app.domain.sync_types import (
    BUNDLE_EXTENSION,
    ExportResult,
    SealSkip,
    SkippedRecipient,
)
from assessor_app.domain.visit import VisitState
from assessor_app.persistence.database import Database
from assessor_app.services.sync import sealing
from assessor_app.sync.bundle_format import (
    DEFAULT_LIMITS,
    KIND_INVITATION,
    KIND_UPDATE,
    TRUST_LIST,
    Limits,
)
from assessor_app.sync.bundle_writer import AttachmentSource, BundleHeader, Signing, write_bundle
from assessor_app.sync.import_fields import is_derived, is_importable

if TYPE_CHECKING:
    from assessor_app.identity.envelope import RecipientCertificate
    from assessor_app.identity.pkcs12 import SigningIdentity
    from assessor_app.persistence.unit_of_work import UnitOfWork


@dataclass
class BundleExporter:
    db: Database
    store: AttachmentStore
    limits: Limits = field(default=DEFAULT_LIMITS)

    def export_visit(
        self,
        visit_id: str,
        out_path: Path,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        identity: SigningIdentity | None = None,
        *,
        invitation: bool = False,
        seal_to: Sequence[bytes] = (),
        seal: bool = True,
    ) -> ExportResult:
        """Write the visit (records, full change log, attachments) as one .iasios bundle.

        Sealed (docs/bundle-format.md) to ``seal_to`` (PEM certificates), to the
        recipients known for the visit and to the office's certificates of the installed
        trust list (those left out are named in the result), unless ``seal`` is False; an
        invitation carries the recipients, so the co-assessor's bundles are sealed to them
        in turn."""
        explicit = sealing.read_certificates(seal_to) if seal else []
        cancel = cancel or NEVER_CANCELLED
        if identity is not None:
            # A manifest signed with an expired or non-signing certificate proves nothing:
            # refused before anything is written. cryptography loads only when signing.
            from assessor_app.identity.fitness import require_fit_to_sign

            require_fit_to_sign(
                identity.certificate,
                datetime.now(UTC),
                identity.name or identity.email or identity.fingerprint,
            )
        out_path = Path(out_path)
        if out_path.suffix.lower() != BUNDLE_EXTENSION:
            out_path = out_path.with_name(out_path.name + BUNDLE_EXTENSION)
        with self.db.unit_of_work() as uow:
            repo = uow.sync
            template = repo.visit_template(visit_id)
            if template is None:
                raise NotFoundError(f"no visit with id {visit_id}")
            # Derived state (state, revision, signed-report records) stays here: the peer
            # derives its own from the signed PDFs the bundle carries.
            changes = [
                c for c in repo.visit_changes(visit_id) if is_importable(c["entity"], c["field"])
            ]
            attachments = repo.visit_attachments(visit_id)
            reports = self._signed_reports(uow, visit_id)
            snapshot = {
                k: v for k, v in repo.visit_snapshot(visit_id).items() if not is_derived("visit", k)
            }
            remembered = repo.seal_recipients(visit_id)
            installed = uow.trust.anchor_pems()
            # The co-assessor's laptop learns the office's trust list from the invitation.
            anchors = installed if invitation else []
        recipients: list[RecipientCertificate] = []
        skipped: list[SkippedRecipient] = []
        if seal:
            others = sealing.read_certificates([*seal_to, remembered])
            office = sealing.office_trust_list_recipients(installed)
            skipped = list(office.skipped)
            office_certs = sealing.read_certificates(office.pems)
            if invitation and not others:
                # Sealed to the office alone, the co-assessor could not open it: left out, said.
                skipped += [
                    SkippedRecipient(c.name, SealSkip.INVITATION_OFFICE_ONLY) for c in office_certs
                ]
            else:
                recipients = sealing.read_certificates(
                    [sealing.pem_of(others), sealing.pem_of(office_certs)]
                )
        missing = [a["sha256"] for a in attachments if not self.store.has(a["sha256"])]
        if missing:
            raise ValidationError(f"attachment {missing[0]} is missing from the local store")
        records = {
            "format_version": 1,
            "visits": [
                {
                    "id": visit_id,
                    "template": {"id": template[0], "version": template[1]},
                    "snapshot": snapshot,
                    "changes": changes,
                    "attachments": [
                        {**a, "size": self.store.size_of(a["sha256"])} for a in attachments
                    ],
                }
            ],
        }
        header = BundleHeader(
            bundle_id=ids.new_id(),
            kind=KIND_INVITATION if invitation else KIND_UPDATE,
            device_id=self.db.device_id,
            assessor_name=identity.name if identity else self.db.author,
            assessor_email=identity.email if identity else "",
            created=datetime.now(UTC).isoformat(),
            app_version=__version__,
            visit_ids=(visit_id,),
        )
        sources = [
            AttachmentSource(a["sha256"], self.store.size_of(a["sha256"]),
                             self._chunks_of(a["sha256"]))
            for a in attachments
        ]  # fmt: skip
        recipients_pem = self._invitation_recipients(identity, recipients) if invitation else None
        seal_fn: Callable[[bytes], bytes] | None = None
        if recipients:
            # Early, before any byte is written; then on the finished zip (records too).
            sealing.check_sealable_size(sum(s.size for s in sources), self.limits)
            from assessor_app.identity.envelope import seal as seal_envelope

            limits = self.limits

            def seal_fn(data: bytes) -> bytes:
                sealing.check_sealable_size(len(data) + sealing.ENVELOPE_MARGIN, limits)
                return seal_envelope(data, recipients)

        signing = None
        if identity is not None:
            # cryptography loads only when signing: the visit list reads sync status at start-up.
            from assessor_app.identity.detached_signature import sign_detached

            signing = Signing(
                lambda data: sign_detached(identity, data), identity.certificate_pem()
            )
        try:
            size = write_bundle(
                out_path, header, records, sources, signing, progress, cancel,
                recipients_pem=recipients_pem, seal=seal_fn, reports=reports,
                extra={TRUST_LIST: b"".join(anchors)} if anchors else None,
            )  # fmt: skip
        except OSError as exc:
            raise ValidationError(f"cannot write {out_path}: {exc.strerror or exc}") from None
        if explicit:
            # Sealed to them once, sealed to them by default from now on.
            with self.db.unit_of_work() as uow:
                known = sealing.read_certificates([uow.sync.seal_recipients(visit_id)])
                uow.sync.remember_seal_recipients(
                    visit_id, sealing.pem_of(sealing.read_certificates(
                        [sealing.pem_of(known), sealing.pem_of(explicit)]
                    ))
                )  # fmt: skip
        return ExportResult(
            path=str(out_path), bundle_id=header.bundle_id, changes=len(changes),
            attachments=len(sources), size=size, signed=signing is not None,
            invitation=invitation, sealed_to=tuple(r.name for r in recipients),
            seal_skipped=tuple(skipped),
        )  # fmt: skip

    @staticmethod
    def _invitation_recipients(
        identity: SigningIdentity | None, recipients: list[RecipientCertificate]
    ) -> bytes | None:
        """What an invitation tells the co-assessor to seal to: the lead's own certificate
        (when others can seal to it) and every recipient this export is sealed to."""
        from assessor_app.identity.envelope import RecipientCertificate, can_be_sealed_to

        certs = list(recipients)
        if identity is not None and can_be_sealed_to(identity):
            certs.insert(0, RecipientCertificate(identity.certificate))
        return sealing.pem_of(sealing.read_certificates([sealing.pem_of(certs)])) or None

    def export_invitation(
        self,
        visit_id: str,
        out_path: Path,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        identity: SigningIdentity | None = None,
    ) -> ExportResult:
        """The lead's export for the co-assessor: the same visit id, flagged as an invitation."""
        return self.export_visit(visit_id, out_path, progress, cancel, identity, invitation=True)

    def _signed_reports(self, uow: UnitOfWork, visit_id: str) -> list[bytes]:
        """The signed PDFs of a signed visit's current revision, as signed: the evidence
        from which the peer derives the visit's signatures, revision and signed state. An
        older revision's reports stay here (the peer checks a report against the visit the
        bundle brings, and that is the current revision)."""
        visit = uow.visits.get_visit(visit_id)
        if visit.state is not VisitState.SIGNED:
            return []
        shas = dict.fromkeys(
            r.pdf_sha256 for r in uow.reports.for_visit(visit_id) if r.revision == visit.revision
        )
        # A report signed before signed PDFs were kept in the store cannot travel.
        return [b"".join(self.store.open_stream(sha)) for sha in shas if self.store.has(sha)]

    def _chunks_of(self, sha256: str) -> Callable[[], Iterator[bytes]]:
        return lambda: self.store.open_stream(sha256)
