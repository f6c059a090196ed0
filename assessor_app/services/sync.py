"""Sync by file: export a visit as a bundle, import bundles safely, conflicts and the office.

Import runs in stages: the bundle is checked (sync/), its records are checked against the
installed templates and the column types, attachments are streamed into the store and
photos re-checked, and only then does one transaction apply the changes. A refusal or a
cancel at any point leaves the database as it was and removes the blobs it added.
"""

from __future__ import annotations

import csv
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from threading import Event
from typing import TYPE_CHECKING, Any

from assessor_app import __version__
from assessor_app.attachments.store import AttachmentStore, check_received_image
from assessor_app.domain import ids
from assessor_app.domain.case_review import (
    ProcedurePeriod,
    procedure_date_problem,
    validate_case_ref,
)
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.hlc import ClockAheadError, HlcTimestamp, check_remote
from assessor_app.domain.ratings import Rating
from assessor_app.domain.self_assessment import CLAIMS
from assessor_app.domain.sync_types import (
    BUNDLE_EXTENSION,
    BundleClockAheadError,
    BundleRefusedError,
    ConflictInfo,
    ExportResult,
    ImportResult,
    OperationCancelledError,
    VisitSyncStatus,
)
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.domain.visit import ProcedureType
from assessor_app.persistence import values
from assessor_app.persistence.database import Database
from assessor_app.persistence.self_assessment_repository import self_assessment_id
from assessor_app.persistence.sync_repository import SyncRepository, check_value
from assessor_app.services.spreadsheet_cells import spreadsheet_safe
from assessor_app.services.text_check import check_field
from assessor_app.sync.bundle_format import DEFAULT_LIMITS, KIND_INVITATION, KIND_UPDATE, Limits
from assessor_app.sync.bundle_reader import StagedBundle, open_bundle, stream_attachments
from assessor_app.sync.bundle_writer import AttachmentSource, BundleHeader, Signing, write_bundle
from assessor_app.templates.library import TemplateLibrary

if TYPE_CHECKING:
    from assessor_app.identity.pkcs12 import SigningIdentity

ProgressFn = Callable[[int, int], None]
CLAIM_VALUES = frozenset(r.value for r in CLAIMS)
REQUIREMENT_ENTITIES = {"finding", "evidence", "attachment", "action", "self_assessment"}
CSV_COLUMNS = [
    "visit_id", "facility", "department", "country", "facility_code", "state",
    "template_id", "template_version", "start_date", "end_date", "lead_assessor",
    "co_assessor", "requirement_key", "standard", "core", "rating", "comment",
    "justification", "evidence_seen", "open_actions", "open_conflicts",
]  # fmt: skip


def _no_progress(_done: int, _total: int) -> None:
    return None


def _check_case_input(field_name: str, value: Any) -> None:
    """A bundle's case references and procedure dates obey the rules typing obeys: no
    reference shaped like personal data, no procedure after the day it arrives."""
    if field_name == "case_ref" and isinstance(value, str):
        validate_case_ref(value)
    elif field_name == "procedure_date" and isinstance(value, str):
        # Only the future is certain here: the visit's own dates may be in this bundle too.
        tomorrow = datetime.now(UTC).date() + timedelta(days=1)
        period = ProcedurePeriod(date.min, tomorrow, "the day this bundle arrived")
        problem = procedure_date_problem(date.fromisoformat(value), period)
        if problem:
            raise ValidationError(problem)


@dataclass
class SyncService:
    db: Database
    store: AttachmentStore
    templates: TemplateLibrary
    limits: Limits = field(default=DEFAULT_LIMITS)

    # -- export ------------------------------------------------------------------------
    def export_visit(
        self,
        visit_id: str,
        out_path: Path,
        progress: ProgressFn = _no_progress,
        cancel: Event | None = None,
        identity: SigningIdentity | None = None,
        *,
        invitation: bool = False,
    ) -> ExportResult:
        """Write the visit (records, full change log, attachments) as one .iasios bundle."""
        cancel = cancel or Event()
        out_path = Path(out_path)
        if out_path.suffix.lower() != BUNDLE_EXTENSION:
            out_path = out_path.with_name(out_path.name + BUNDLE_EXTENSION)
        with self.db.session() as session:
            repo = SyncRepository(session, self.db.author, self.db.device_id)
            template = repo.visit_template(visit_id)
            if template is None:
                raise NotFoundError(f"no visit with id {visit_id}")
            changes = repo.visit_changes(visit_id)
            attachments = repo.visit_attachments(visit_id)
            snapshot = repo.visit_snapshot(visit_id)
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
        signing = None
        if identity is not None:
            # cryptography loads only when signing: the visit list reads sync status at start-up.
            from assessor_app.identity.detached_signature import sign_detached

            signing = Signing(
                lambda data: sign_detached(identity, data), identity.certificate_pem()
            )
        try:
            size = write_bundle(out_path, header, records, sources, signing, progress, cancel)
        except OSError as exc:
            raise ValidationError(f"cannot write {out_path}: {exc.strerror or exc}") from None
        return ExportResult(
            path=str(out_path), bundle_id=header.bundle_id, changes=len(changes),
            attachments=len(sources), size=size, signed=signing is not None,
            invitation=invitation,
        )  # fmt: skip

    def export_invitation(
        self,
        visit_id: str,
        out_path: Path,
        progress: ProgressFn = _no_progress,
        cancel: Event | None = None,
        identity: SigningIdentity | None = None,
    ) -> ExportResult:
        """The lead's export for the co-assessor: the same visit id, flagged as an invitation."""
        return self.export_visit(visit_id, out_path, progress, cancel, identity, invitation=True)

    def _chunks_of(self, sha256: str) -> Callable[[], Iterator[bytes]]:
        return lambda: self.store.open_stream(sha256)

    # -- import ------------------------------------------------------------------------
    def import_bundle(
        self, path: Path, progress: ProgressFn = _no_progress, cancel: Event | None = None
    ) -> ImportResult:
        """Validate a bundle completely, then apply it in one transaction.

        Raises BundleRefusedError (a ValidationError) with a one-line reason when the bundle is
        refused, OperationCancelledError when cancelled; in both cases nothing was changed.
        """
        from assessor_app.identity.detached_signature import verify_detached

        cancel = cancel or Event()
        with open_bundle(Path(path), verify_detached, self.limits) as staged:
            m = staged.manifest
            with self.db.session() as session:
                repo = SyncRepository(session, self.db.author, self.db.device_id)
                if repo.is_imported(m.bundle_id):
                    return self._result(staged, repo, already=True, new_changes=0, new_blobs=0)
            _check_clocks(staged)
            plan = self._check_records(staged)
            added: list[str] = []
            try:
                self._receive_attachments(staged, plan, added, progress, cancel)
                if cancel.is_set():
                    raise OperationCancelledError("import cancelled; nothing was imported")
                with self.db.session() as session:
                    repo = SyncRepository(session, self.db.author, self.db.device_id)
                    if repo.is_imported(m.bundle_id):  # imported meanwhile by another window
                        return self._result(staged, repo, already=True, new_changes=0, new_blobs=0)
                    changes = [c for v in staged.visits for c in v.changes]
                    try:
                        outcome = repo.apply_changes(changes, plan.derive, plan.requirement_keys)
                    except ValidationError as exc:
                        raise BundleRefusedError(str(exc)) from None
                    repo.record_bundle(
                        bundle_id=m.bundle_id, kind=m.kind, device_id=m.device_id,
                        assessor_name=m.assessor_name, assessor_email=m.assessor_email,
                        signer_fingerprint=staged.signer.fingerprint if staged.signer else None,
                        created=m.created, visit_ids=m.visit_ids,
                        new_changes=outcome.new_changes,
                    )  # fmt: skip
                    if cancel.is_set():  # leaving the block by an error rolls it all back
                        raise OperationCancelledError("import cancelled; nothing was imported")
                    return self._result(
                        staged, repo, already=False, new_changes=outcome.new_changes,
                        new_blobs=len(added),
                    )  # fmt: skip
            except BaseException:
                for sha in added:
                    self.store.discard(sha)
                raise

    def _result(
        self,
        staged: StagedBundle,
        repo: SyncRepository,
        *,
        already: bool,
        new_changes: int,
        new_blobs: int,
    ) -> ImportResult:
        m = staged.manifest
        conflicts = tuple(c for v in m.visit_ids for c in repo.conflicts(v))
        return ImportResult(
            bundle_id=m.bundle_id, visit_ids=m.visit_ids, already_imported=already,
            invitation=m.kind == KIND_INVITATION, new_changes=new_changes,
            new_attachments=new_blobs, conflicts=conflicts, signer=staged.signer,
            assessor=m.assessor_name, device_id=m.device_id,
        )  # fmt: skip

    def _check_records(self, staged: StagedBundle) -> _ImportPlan:
        plan = _ImportPlan()
        with self.db.session() as session:
            repo = SyncRepository(session, self.db.author, self.db.device_id)
            local = {v.id: repo.visit_template(v.id) for v in staged.visits}
        for v in staged.visits:
            if local[v.id] is not None and local[v.id] != (v.template_id, v.template_version):
                raise BundleRefusedError(
                    f"visit {v.id[:8]} uses template {v.template_id} {v.template_version} "
                    f"in the bundle but {local[v.id][0]} {local[v.id][1]} here"  # type: ignore[index]
                )
            try:
                template = self.templates.get(v.template_id, v.template_version)
            except NotFoundError:
                raise BundleRefusedError(
                    f"visit {v.id[:8]} uses checklist template {v.template_id[:60]} "
                    f"{v.template_version[:20]}, which is not installed here; "
                    "install it first (templates import FILE)"
                ) from None
            if template.version != v.template_version:
                raise BundleRefusedError(
                    f"checklist template {v.template_id} {v.template_version} is not installed"
                )
            plan.templates[v.id] = template
            if local[v.id] is None:
                plan.requirement_keys[v.id] = [r.key for r in template.requirements]
            for c in v.changes:
                self._check_change(c, v.id, template, plan)
        return plan

    @staticmethod
    def _check_change(
        c: dict[str, Any], visit_id: str, template: ChecklistTemplate, plan: _ImportPlan
    ) -> None:
        where = f"change {c['id'][:8]} ({c['entity']}.{c['field']})"
        try:
            value = values.decode(c["new_value"])
            check_value(c["entity"], c["field"], value)
            check_field(c["entity"], c["field"], value)  # printable, as when typed
            _check_case_input(c["field"], value)  # pseudonymous and dated, as when typed
        except ValidationError as exc:
            raise BundleRefusedError(f"{where}: {exc}") from None
        key = c["requirement_key"]
        if c["entity"] == "visit":
            if c["entity_id"] != visit_id:
                raise BundleRefusedError(f"{where} names another visit")
            if c["field"] in ("template_id", "template_version"):
                expected = template.id if c["field"] == "template_id" else template.version
                if value != expected:
                    raise BundleRefusedError(f"{where} contradicts the visit's template")
        elif c["entity"] in REQUIREMENT_ENTITIES and (
            key is None or not template.has_requirement(key)
        ):
            raise BundleRefusedError(
                f"{where} names requirement {str(key)[:20]!r}, not in "
                f"template {template.id} {template.version}"
            )
        if c["entity"] == "finding" and c["entity_id"] != ids.finding_id(visit_id, key):
            raise BundleRefusedError(
                f"{where} has a finding id that does not match its requirement"
            )
        if c["entity"] == "self_assessment" and (
            c["entity_id"] != self_assessment_id(visit_id, key)
            or (c["field"] == "status" and value is not None and value not in CLAIM_VALUES)
        ):
            raise BundleRefusedError(f"{where} is not a self-assessment of its requirement")
        if c["entity"] == "finding" and c["field"] == "rating" and value is not None:
            try:
                Rating(value)
            except ValueError:
                raise BundleRefusedError(f"{where}: {str(value)[:20]!r} is not a rating") from None
        if c["entity"] == "attachment" and c["field"] in ("sha256", "media_type"):
            plan.attachment_facts.setdefault(c["entity_id"], {})[c["field"]] = value

    def _receive_attachments(
        self,
        staged: StagedBundle,
        plan: _ImportPlan,
        added: list[str],
        progress: ProgressFn,
        cancel: Event,
    ) -> None:
        def sink(sha: str, chunks: Iterator[bytes]) -> None:
            if self.store.has(sha):
                for _ in chunks:  # still read and hashed: a bad member is refused anyway
                    pass
                return
            self.store.put_stream(chunks, sha, durable=False)
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
                    check_received_image(self.store.blob_path(sha), media)
                except ValidationError as exc:
                    raise BundleRefusedError(f"attachments/{sha}: {exc}") from None

    # -- conflicts ---------------------------------------------------------------------
    def conflicts(self, visit_id: str, include_resolved: bool = False) -> list[ConflictInfo]:
        """Open conflicts of a visit ("needs review"), by requirement key."""
        with self.db.session() as session:
            return SyncRepository(session, self.db.author, self.db.device_id).conflicts(
                visit_id, include_resolved
            )

    def resolve(
        self, conflict_id: str, *, take_change_id: str | None = None, value: Any = ...
    ) -> str:
        """Resolve by taking one competing change or by a new value; returns the new change
        id. The resolution supersedes every competing head, so it closes the conflict on
        every laptop it reaches."""
        if (take_change_id is None) == (value is ...):
            raise ValidationError("choose one of the competing values or give a new value")
        with self.db.session() as session:
            repo = SyncRepository(session, self.db.author, self.db.device_id)
            if take_change_id is not None:
                return repo.resolve(conflict_id, take_change_id=take_change_id)
            info = repo.conflict(conflict_id)
            if info.entity == "finding" and info.field == "rating" and value is not None:
                try:
                    Rating(value)
                except ValueError:
                    raise ValidationError(f"{value!r} is not a rating") from None
            return repo.resolve(conflict_id, value=value)

    def open_conflict_keys(self, visit_id: str) -> dict[str, int]:
        """Requirement key -> open conflicts, for the marks on the checklist."""
        with self.db.session() as session:
            return SyncRepository(session, self.db.author, self.db.device_id).open_conflict_keys(
                visit_id
            )

    def visit_sync_status(self) -> dict[str, VisitSyncStatus]:
        """Per visit: the assessors whose bundles were imported, last import, open conflicts."""
        with self.db.session() as session:
            return SyncRepository(session, self.db.author, self.db.device_id).sync_status()

    # -- office ------------------------------------------------------------------------
    def export_csv(self, out_path: Path) -> int:
        """All visits' findings, one row per requirement per visit; returns the row count."""
        out_path = Path(out_path)
        rows: list[dict[str, Any]] = []
        with self.db.transaction() as repo:
            open_actions = repo.open_action_keys()
            visits = repo.list_visits()
            per_visit = {v.id: repo.findings(v.id) for v in visits}
        with self.db.session() as session:
            sync_repo = SyncRepository(session, self.db.author, self.db.device_id)
            conflict_keys = {v.id: sync_repo.open_conflict_keys(v.id) for v in visits}
        for visit in sorted(visits, key=lambda v: (v.facility.name, v.id)):
            try:
                template = self.templates.get(visit.template_id, visit.template_version)
                keys: list[tuple[str, object, object]] = [
                    (r.key, r.standard, r.core) for r in template.requirements
                ]
            except NotFoundError:
                keys = [(k, "", "") for k in sorted(per_visit[visit.id])]
            for key, standard, core in keys:
                f = per_visit[visit.id].get(key)
                rows.append({
                    "visit_id": visit.id, "facility": visit.facility.name,
                    "department": visit.facility.department, "country": visit.facility.country,
                    "facility_code": visit.facility.facility_code, "state": visit.state.value,
                    "template_id": visit.template_id, "template_version": visit.template_version,
                    "start_date": visit.start_date or "", "end_date": visit.end_date or "",
                    "lead_assessor": visit.lead_assessor.name,
                    "co_assessor": visit.co_assessor.name, "requirement_key": key,
                    "standard": standard, "core": "" if core == "" else ("yes" if core else "no"),
                    "rating": f.rating.value if f and f.rating else "",
                    "comment": f.comment if f else "",
                    "justification": f.justification if f else "",
                    "evidence_seen": ";".join(sorted(f.evidence_seen)) if f else "",
                    "open_actions": "yes" if key in open_actions.get(visit.id, set()) else "no",
                    "open_conflicts": conflict_keys[visit.id].get(key, 0),
                })  # fmt: skip
        out_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".part")
        try:
            # utf-8-sig: spreadsheet programs then read accents correctly.
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
                writer.writeheader()
                writer.writerows(
                    {column: spreadsheet_safe(value) for column, value in row.items()}
                    for row in rows
                )
                fh.flush()
                os.fsync(fh.fileno())
            Path(tmp).replace(out_path)
        finally:
            Path(tmp).unlink(missing_ok=True)
        return len(rows)


def _check_clocks(staged: StagedBundle) -> None:
    """Refuse a bundle stamped more than a day ahead of this computer's clock, before
    anything is stored: one such change would carry every later edit here into its future."""
    latest = max((c["hlc"] for v in staged.visits for c in v.changes), default=None)
    if latest is None:
        return
    now_ms = int(time.time() * 1000)
    try:
        check_remote(HlcTimestamp.decode(latest), now_ms)
    except ClockAheadError as exc:
        raise BundleClockAheadError(staged.path.name, exc.remote_ms, exc.now_ms) from None
    except ValueError:  # the schema admits only well-formed stamps; this is a safety net
        raise BundleRefusedError(f"change stamp {latest[:40]!r} is not valid") from None


@dataclass
class _ImportPlan:
    """What the record checks learnt, for the transaction that follows."""

    templates: dict[str, ChecklistTemplate] = field(default_factory=dict)
    requirement_keys: dict[str, list[str]] = field(default_factory=dict)
    attachment_facts: dict[str, dict[str, Any]] = field(default_factory=dict)

    def derive(self, entity: str, entity_id: str, visit_id: str, key: str | None) -> dict[str, Any]:
        """Identifying columns of derived rows, recovered from their UUIDv5 ids."""
        if entity == "finding":
            return {"requirement_key": key}
        if entity == "volume":
            for p in ProcedureType:
                if ids.volume_id(visit_id, p.value) == entity_id:
                    return {"procedure_type": p.value}
            raise ValidationError(f"volume {entity_id[:8]} is of an unknown procedure type")
        if entity == "evidence":
            template = self.templates.get(visit_id)
            if template is not None and key is not None and template.has_requirement(key):
                for item in template.requirement(key).evidence:
                    if ids.evidence_id(visit_id, key, item.key) == entity_id:
                        return {"requirement_key": key, "evidence_key": item.key}
            raise ValidationError(f"evidence {entity_id[:8]} is not an item of the template")
        return {}


def conflict_json(c: ConflictInfo) -> dict[str, Any]:
    """The stable JSON of one conflict (CLI ``conflicts --json``)."""
    return {
        "id": c.id,
        "visit_id": c.visit_id,
        "kind": c.kind,
        "requirement_key": c.requirement_key,
        "entity": c.entity,
        "entity_id": c.entity_id,
        "field": c.field,
        "status": c.status,
        "options": [
            {
                "change_id": o.change_id,
                "value": o.value,
                "author": o.author,
                "hlc": o.hlc,
                "recorded_at": o.recorded_at,
            }
            for o in c.options
        ],
        "resolved_by_change_id": c.resolved_by_change_id,
    }


def import_result_json(r: ImportResult) -> dict[str, Any]:
    """The stable JSON of an import (CLI ``import --json``)."""
    return {
        "bundle_id": r.bundle_id,
        "visit_ids": list(r.visit_ids),
        "already_imported": r.already_imported,
        "invitation": r.invitation,
        "new_changes": r.new_changes,
        "new_attachments": r.new_attachments,
        "assessor": r.assessor,
        "device_id": r.device_id,
        "signed_by": (
            {"name": r.signer.name, "email": r.signer.email, "fingerprint": r.signer.fingerprint}
            if r.signer
            else None
        ),
        "open_conflicts": [conflict_json(c) for c in r.conflicts],
    }
