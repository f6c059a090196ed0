"""The checks a received bundle passes before anything is stored: its records against the
installed templates and the rules typing obeys, and its clock against this computer's."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from assessor_app.domain import ids
from assessor_app.domain.case_review import (
    ProcedurePeriod,
    procedure_date_problem,
    validate_case_ref,
)
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.evidence_requests import RequestStatus
from assessor_app.domain.hlc import ClockAheadError, HlcTimestamp, check_remote
from assessor_app.domain.ratings import Rating
from assessor_app.domain.self_assessment import CLAIMS
from assessor_app.domain.sync_types import BundleClockAheadError, BundleRefusedError
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.domain.visit import ProcedureType
from assessor_app.persistence import values
from assessor_app.persistence.database import Database
from assessor_app.persistence.entity_schema import check_value
from assessor_app.persistence.self_assessment_repository import self_assessment_id
from assessor_app.services.text_check import check_field
from assessor_app.sync.bundle_reader import StagedBundle
from assessor_app.templates.library import TemplateLibrary

CLAIM_VALUES = frozenset(r.value for r in CLAIMS)
REQUIREMENT_ENTITIES = {
    "finding", "evidence", "attachment", "action", "evidence_request", "self_assessment",
}  # fmt: skip


def check_case_input(field_name: str, value: Any) -> None:
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
class ImportPlan:
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


@dataclass
class RecordChecker:
    """Checks a staged bundle's records; reads the database only for the local templates."""

    db: Database
    templates: TemplateLibrary

    def check_records(self, staged: StagedBundle) -> ImportPlan:
        """Check every record of the bundle against the installed templates and the rules
        typing obeys; refuse the whole bundle at the first bad one."""
        plan = ImportPlan()
        with self.db.unit_of_work() as uow:
            local = {v.id: uow.sync.visit_template(v.id) for v in staged.visits}
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
        c: dict[str, Any], visit_id: str, template: ChecklistTemplate, plan: ImportPlan
    ) -> None:
        where = f"change {c['id'][:8]} ({c['entity']}.{c['field']})"
        try:
            value = values.decode(c["new_value"])
            check_value(c["entity"], c["field"], value)
            check_field(c["entity"], c["field"], value)  # printable, as when typed
            check_case_input(c["field"], value)  # pseudonymous and dated, as when typed
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
        if c["entity"] == "evidence_request" and c["field"] == "status" and value is not None:
            try:
                RequestStatus(value)
            except ValueError:
                raise BundleRefusedError(
                    f"{where}: {str(value)[:20]!r} is not a request status"
                ) from None
        if c["entity"] == "attachment" and c["field"] in ("sha256", "media_type"):
            plan.attachment_facts.setdefault(c["entity_id"], {})[c["field"]] = value


def check_clocks(staged: StagedBundle) -> None:
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
