"""Reading and writing the trust tables inside a unit of work (see trust_models)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assessor_app.domain import ids
from assessor_app.domain.signing_roles import lookalike_email, normalized_name
from assessor_app.domain.trust_types import (
    AnchorInfo,
    EventKind,
    PinnedKey,
    TrustEvent,
    email_key,
)
from assessor_app.persistence.sync_models import ImportedBundleRow
from assessor_app.persistence.trust_models import PinnedKeyRow, TrustAnchorRow, TrustEventRow
from assessor_app.persistence.wall_time import now_utc


class TrustRepository:
    def __init__(self, session: Session, actor: str) -> None:
        self.session = session
        self.actor = actor

    # -- the office's trust list -------------------------------------------------------
    def anchors(self) -> list[AnchorInfo]:
        rows = self.session.scalars(select(TrustAnchorRow).order_by(TrustAnchorRow.added_at))
        return [
            AnchorInfo(r.fingerprint, r.kind, r.subject, r.email, r.source, r.added_at)
            for r in rows
        ]

    def anchor_pems(self) -> list[bytes]:
        rows = self.session.scalars(select(TrustAnchorRow.certificate_pem))
        return [r.encode("ascii") for r in rows]

    def has_anchor(self, fingerprint: str) -> bool:
        return self.session.get(TrustAnchorRow, fingerprint) is not None

    def add_anchor(
        self,
        *,
        fingerprint: str,
        kind: str,
        subject: str,
        email: str,
        pem: bytes,
        source: str,
        device_id: str | None = None,
        bundle_id: str | None = None,
    ) -> bool:
        """Add a certificate to the list (logged, with the bundle that brought it, if any);
        False when it was there already."""
        if self.has_anchor(fingerprint):
            return False
        self.session.add(
            TrustAnchorRow(
                fingerprint=fingerprint, kind=kind, subject=subject, email=email,
                certificate_pem=pem.decode("ascii"), source=source, added_at=now_utc(),
            )
        )  # fmt: skip
        self.log(
            EventKind.TRUST_ADDED, email=email, name=subject, fingerprint=fingerprint,
            device_id=device_id, bundle_id=bundle_id,
        )  # fmt: skip
        return True

    # -- pinned keys -------------------------------------------------------------------
    def pinned(self, email: str) -> PinnedKey | None:
        row = self.session.get(PinnedKeyRow, email_key(email))
        if row is None:
            return None
        return PinnedKey(
            row.email, row.name, row.fingerprint, row.certificate_pem.encode("ascii"),
            row.pinned_at,
        )  # fmt: skip

    def pins(self) -> list[PinnedKey]:
        rows = self.session.scalars(select(PinnedKeyRow).order_by(PinnedKeyRow.email))
        return [
            PinnedKey(r.email, r.name, r.fingerprint, r.certificate_pem.encode("ascii"),
                      r.pinned_at)
            for r in rows
        ]  # fmt: skip

    def pin(self, *, email: str, name: str, fingerprint: str, pem: bytes) -> None:
        row = self.session.get(PinnedKeyRow, email_key(email))
        if row is None:
            self.session.add(
                PinnedKeyRow(
                    email=email_key(email), name=name, fingerprint=fingerprint,
                    certificate_pem=pem.decode("ascii"), pinned_at=now_utc(),
                )
            )  # fmt: skip
        else:
            row.name, row.fingerprint = name, fingerprint
            row.certificate_pem, row.pinned_at = pem.decode("ascii"), now_utc()

    # -- no downgrade ------------------------------------------------------------------
    def signed_before(self, *, email: str, name: str, device_id: str) -> bool:
        """Whether a signed bundle in this assessor's name or e-mail, or from this device,
        arrived (or a key is pinned for them). Names, e-mails and devices compare as a
        reader sees them: e-mails by lookalike_email, names by normalized_name (no titles,
        punctuation, case, accents, extra spaces, invisible characters or lookalike
        letters), device ids case aside, so "Dr Elena Conti " or "Ele\u200dna Conti" is
        Dr. Elena Conti."""
        wanted_email, wanted_name = lookalike_email(email), normalized_name(name)
        wanted_device = device_id.casefold()
        for p in self.pins():
            if wanted_email and lookalike_email(p.email) == wanted_email:
                return True
            if wanted_name and normalized_name(p.name) == wanted_name:
                return True
        rows = self.session.execute(
            select(
                ImportedBundleRow.device_id,
                ImportedBundleRow.assessor_name,
                ImportedBundleRow.assessor_email,
            )
            .where(ImportedBundleRow.signer_fingerprint.is_not(None))
            .distinct()
        )
        for signed_device, signed_name, signed_email in rows:
            if (signed_device or "").casefold() == wanted_device:
                return True
            if wanted_email and lookalike_email(signed_email or "") == wanted_email:
                return True
            if wanted_name and normalized_name(signed_name or "") == wanted_name:
                return True
        return False

    def visits_signed_before(self, visit_ids: Iterable[str]) -> list[str]:
        """Those of ``visit_ids`` for which a signed bundle arrived here, whoever it named."""
        from assessor_app.persistence.sync_models import ImportedBundleVisitRow

        wanted = list(visit_ids)
        if not wanted:
            return []
        found = set(
            self.session.scalars(
                select(ImportedBundleVisitRow.visit_id)
                .join(ImportedBundleRow, ImportedBundleRow.id == ImportedBundleVisitRow.bundle_id)
                .where(ImportedBundleRow.signer_fingerprint.is_not(None))
                .where(ImportedBundleVisitRow.visit_id.in_(wanted))
            )
        )
        return [v for v in wanted if v in found]

    # -- the log -----------------------------------------------------------------------
    def log(
        self,
        kind: EventKind,
        *,
        email: str,
        name: str,
        device_id: str | None = None,
        fingerprint: str | None = None,
        old_fingerprint: str | None = None,
        bundle_id: str | None = None,
        visit_id: str | None = None,
    ) -> None:
        self.session.add(
            TrustEventRow(
                id=ids.new_id(), at=now_utc(), kind=kind.value, actor=self.actor, email=email,
                name=name, device_id=device_id, fingerprint=fingerprint,
                old_fingerprint=old_fingerprint, bundle_id=bundle_id, visit_id=visit_id,
            )
        )  # fmt: skip
        self.session.flush()

    def events(self, visit_id: str | None = None) -> list[TrustEvent]:
        query = select(TrustEventRow)
        if visit_id is not None:
            query = query.where(TrustEventRow.visit_id == visit_id)
        return [_event(r) for r in self.session.scalars(query.order_by(TrustEventRow.at))]

    def override_counts(self) -> dict[str, int]:
        """Visit id -> how many unsigned bundles a person let in by override."""
        rows = self.session.execute(
            select(TrustEventRow.visit_id, func.count())
            .where(TrustEventRow.kind == EventKind.UNSIGNED_OVERRIDE.value)
            .where(TrustEventRow.visit_id.is_not(None))
            .group_by(TrustEventRow.visit_id)
        )
        return {str(v): int(n) for v, n in rows}

    def last_signers(self) -> dict[str, tuple[str, str | None, datetime]]:
        """Visit id -> (assessor name, signer fingerprint or None, when) of its last import."""
        from assessor_app.persistence.sync_models import ImportedBundleVisitRow

        rows = self.session.execute(
            select(
                ImportedBundleVisitRow.visit_id,
                ImportedBundleRow.assessor_name,
                ImportedBundleRow.signer_fingerprint,
                ImportedBundleRow.imported_at,
            ).join(ImportedBundleRow, ImportedBundleRow.id == ImportedBundleVisitRow.bundle_id)
        )
        out: dict[str, tuple[str, str | None, datetime]] = {}
        for visit_id, name, fingerprint, at in rows:
            if visit_id not in out or at >= out[visit_id][2]:
                out[visit_id] = (name, fingerprint, at)
        return out


def _event(r: TrustEventRow) -> TrustEvent:
    return TrustEvent(
        at=r.at, kind=EventKind(r.kind), actor=r.actor, email=r.email, name=r.name,
        device_id=r.device_id, fingerprint=r.fingerprint, old_fingerprint=r.old_fingerprint,
        bundle_id=r.bundle_id, visit_id=r.visit_id,
    )  # fmt: skip
