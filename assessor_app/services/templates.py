"""Listing, validating and installing checklist templates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assessor_app.domain.template import ChecklistTemplate, TemplateInfo
from assessor_app.templates.library import TemplateLibrary
from assessor_app.templates.loader import load_template_file


def validate_template_file(path: Path) -> ChecklistTemplate:
    """Parse and check a file; raises TemplateError naming the file and the bad field."""
    return load_template_file(path)


@dataclass
class TemplateService:
    library: TemplateLibrary

    def list(self) -> list[TemplateInfo]:
        return self.library.list()

    def validate(self, path: Path) -> ChecklistTemplate:
        return validate_template_file(path)

    def install(self, path: Path) -> ChecklistTemplate:
        return self.library.install(path)

    def get(self, template_id: str, version: str | None = None) -> ChecklistTemplate:
        return self.library.get(template_id, version)

    def default(self) -> ChecklistTemplate:
        return self.library.default()
