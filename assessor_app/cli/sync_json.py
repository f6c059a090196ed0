"""The stable JSON the CLI prints for sync: conflicts and import results."""

from __future__ import annotations

from typing import Any

from assessor_app.domain.sync_types import ConflictInfo, ImportResult


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
        "sealed": r.sealed,
        # the seal recipients an invitation named and this laptop took, or why it took none
        "seal_recipients_taken": list(r.recipients_taken),
        "seal_recipients_ignored": r.recipients_ignored.value if r.recipients_ignored else None,
        "signed_reports": [
            {
                "report_id": x.report_id,
                "visit_id": x.visit_id,
                "revision": x.revision,
                "signers": list(x.signers),
            }
            for x in r.reports
        ],
        # "registered", "untrusted", "no-list" or null (unsigned); key: none, first-use,
        # known or accepted.
        "trust": (
            {
                "status": r.trust.status.value if r.trust.status else None,
                "key": r.trust.key.value,
                "replaced_fingerprint": r.trust.old_fingerprint,
                "unsigned_override": r.trust.unsigned_override,
                "installed_trust_list": r.trust.installed_anchors,
                # why the invitation's trust list was not installed, or null
                "trust_list_ignored": (
                    r.trust.list_ignored.value if r.trust.list_ignored else None
                ),
            }
            if r.trust
            else None
        ),
    }
