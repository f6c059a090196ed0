"""The evidence-request letter of a visit, written to a file completely or not at all."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from assessor_app import __version__
from assessor_app.resources import resource_path
from assessor_app.services.atomic_file import write_atomic
from assessor_app.services.outcome import OutcomeService


@dataclass(frozen=True, slots=True)
class WrittenLetter:
    path: Path
    letter_id: str
    pages: int
    requests: int


@dataclass
class RequestLetterService:
    outcome: OutcomeService
    font_dir: Path = field(default_factory=lambda: resource_path("fonts"))

    def build(self, visit_id: str, written_on: date | None = None) -> tuple[bytes, WrittenLetter]:
        # reportlab loads here, not when a command or the app starts.
        from assessor_app.reports.request_letter import LetterData, build_letter

        detail = self.outcome.detail(visit_id)
        data = LetterData(
            visit=detail.visit,
            template=detail.template,
            requests=detail.evidence_requests,
            written_on=written_on or date.today(),
            app_version=__version__,
        )
        built = build_letter(data, self.font_dir)
        return built.pdf, WrittenLetter(Path(), built.letter_id, built.pages, built.requests)

    def generate(self, visit_id: str, out_path: Path) -> WrittenLetter:
        pdf, letter = self.build(visit_id)
        write_atomic(Path(out_path), pdf)
        return WrittenLetter(Path(out_path), letter.letter_id, letter.pages, letter.requests)
