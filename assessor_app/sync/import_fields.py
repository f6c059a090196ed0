"""What a bundle may change, stated once: per entity, the fields an import takes from a
bundle's change log. Every other (entity, field) is refused, naming both.

Derived state is never imported. A visit's workflow state and revision, and its signed
reports (which signature box holds whose signature, of which revision and content), are
derived on each laptop from evidence it has verified itself: a signed report travels as
the signed PDF (``reports/<sha256>.pdf``), checked on import by the same code as
``verify``, and only then does the receiving laptop record its signatures and freeze the
revision. Export leaves the derived fields out; a bundle that carries them is refused.

tests/sync/test_derived_state.py holds every logged field to this table: each one is
either importable or derived, so a field added to the change log is refused by bundles
until it is placed here.
"""

from __future__ import annotations

from assessor_app.domain.bundle_refusal import CodedBundleRefusedError
from assessor_app.domain.error_codes import ErrorCode

# entity -> the fields a bundle may change. Who the assessors of a visit held here are
# (lead/co name and e-mail) changes only by a bundle its lead signed: services/trust.py
# check_assessor_changes.
IMPORTABLE: dict[str, frozenset[str]] = {
    "visit": frozenset({
        "template_id", "template_version", "facility_name", "department", "address",
        "country", "facility_code", "authorised_representative", "contact_person",
        "start_date", "end_date", "lead_assessor_name", "lead_assessor_email",
        "co_assessor_name", "co_assessor_email",
    }),
    "volume": frozenset({"procedure_type", "annual_count"}),
    "finding": frozenset({"requirement_key", "rating", "comment", "justification"}),
    "evidence": frozenset({"requirement_key", "evidence_key", "seen"}),
    "attachment": frozenset({
        "requirement_key", "sha256", "filename", "media_type", "kind", "size", "caption",
        "deleted", "created_at",
    }),
    "action": frozenset({
        "requirement_key", "description", "severity", "owner", "due_date", "status",
        "deleted", "created_at",
    }),
    "evidence_request": frozenset({
        "requirement_key", "what", "due_date", "status", "deleted", "created_at",
    }),
    "population_case": frozenset({"case_ref", "procedure_date", "procedure_type", "deleted"}),
    "case_draw": frozenset({
        "seed", "fingerprint", "method_version", "population_size", "n_requested",
        "case_refs", "drawn_at", "drawn_by", "superseded", "superseded_reason",
    }),
    "case_review": frozenset({"case_ref", "grade", "note"}),
    "case_answer": frozenset({"case_ref", "question_key", "answer"}),
    "self_assessment": frozenset({
        "requirement_key", "status", "justification", "evidence", "comment",
    }),
    "facility_volume": frozenset({"procedure_type", "annual_count"}),
    "facility_case": frozenset({"case_ref", "procedure_date", "procedure_type", "deleted"}),
    "facility_answer": frozenset({"case_ref", "question_key", "answer"}),
}  # fmt: skip

# entity -> the fields each laptop derives itself and no bundle sets.
DERIVED: dict[str, frozenset[str]] = {
    "visit": frozenset({"state", "revision"}),
    "signed_report": frozenset({
        "revision", "report_id", "content_hash", "pdf_sha256", "signer_name",
        "cert_fingerprint", "field_name", "signed_at",
    }),
}  # fmt: skip


def is_importable(entity: str, field: str) -> bool:
    return field in IMPORTABLE.get(entity, ())


def is_derived(entity: str, field: str) -> bool:
    return field in DERIVED.get(entity, ())


def check_importable(change_id: str, entity: str, field: str) -> None:
    """Refuse a change a bundle may not carry, naming its entity and field."""
    if is_importable(entity, field):
        return
    code = (
        ErrorCode.BUNDLE_FIELD_DERIVED
        if is_derived(entity, field)
        else ErrorCode.BUNDLE_FIELD_NOT_IMPORTABLE
    )
    raise CodedBundleRefusedError(code, change=change_id[:8], entity=entity[:30], field=field[:60])
