"""The office's view across visits: every visit's findings as one spreadsheet."""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assessor_app.domain.errors import NotFoundError
from assessor_app.persistence.database import Database
from assessor_app.services.spreadsheet_cells import spreadsheet_safe
from assessor_app.templates.library import TemplateLibrary

CSV_COLUMNS = [
    "visit_id", "facility", "department", "country", "facility_code", "state",
    "template_id", "template_version", "start_date", "end_date", "lead_assessor",
    "co_assessor", "requirement_key", "standard", "core", "rating", "comment",
    "justification", "evidence_seen", "open_actions", "open_conflicts",
]  # fmt: skip


@dataclass
class OfficeView:
    db: Database
    templates: TemplateLibrary

    def export_csv(self, out_path: Path) -> int:
        """All visits' findings, one row per requirement per visit; returns the row count."""
        out_path = Path(out_path)
        rows: list[dict[str, Any]] = []
        with self.db.transaction() as repo:
            open_actions = repo.open_action_keys()
            visits = repo.list_visits()
            per_visit = {v.id: repo.findings(v.id) for v in visits}
        with self.db.unit_of_work() as uow:
            conflict_keys = {v.id: uow.conflicts.open_conflict_keys(v.id) for v in visits}
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
