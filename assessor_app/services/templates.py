"""Listing, validating and installing checklist templates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import TemplateError
from assessor_app.domain.template import ChecklistTemplate, TemplateInfo
from assessor_app.templates.library import TemplateLibrary
from assessor_app.templates.loader import load_template_file


def validate_template_file(path: Path) -> ChecklistTemplate:
    """Parse and check a file; raises TemplateError naming the file and the bad field.
    Its texts are printed in every report, so they must be printable as typed ones are."""
    template = load_template_file(path)
    # Imported here: the fonts' character tables are read only when a template is checked.
    from assessor_app.reports.printable import describe, unprintable

    for where, text in _printed_texts(template):
        missing = unprintable(text)
        if missing:
            raise TemplateError.coded(
                ErrorCode.TEMPLATE_UNPRINTABLE,
                file=path.name,
                where=where,
                character=describe(missing[0]),
            )
    return template


def _printed_texts(template: ChecklistTemplate) -> Iterator[tuple[str, str]]:
    yield "title", template.title
    for section in template.sections:
        yield f"section {section.key}", section.title
        for standard in section.standards:
            yield f"standard {standard.number}", standard.title
            for req in standard.requirements:
                yield f"requirement {req.key}", req.text
                yield f"requirement {req.key} guidance", req.guidance
                for item in req.evidence:
                    yield f"requirement {req.key} evidence {item.key}", item.text
    for question in template.case_review_questions:
        yield f"case review question {question.key}", f"{question.short} {question.text}"


@dataclass
class TemplateService:
    library: TemplateLibrary

    def list(self) -> list[TemplateInfo]:
        return self.library.list()

    def validate(self, path: Path) -> ChecklistTemplate:
        return validate_template_file(path)

    def install(self, path: Path) -> ChecklistTemplate:
        validate_template_file(path)
        return self.library.install(path)

    def get(self, template_id: str, version: str | None = None) -> ChecklistTemplate:
        return self.library.get(template_id, version)

    def default(self) -> ChecklistTemplate:
        return self.library.default()
