"""Shared by the report edge tests: long texts, pdftotext, and visits filled to the brim."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from assessor_app.domain.text_limits import LONG, NAME, VISIT_TEXT_LIMITS
from assessor_app.domain.visit import Assessor, Facility, NewVisit, ProcedureType, Severity
from assessor_app.services.container import Services


def tool(name: str) -> str:
    """The checker's path. A missing checker fails the test: it never silently passes."""
    path = shutil.which(name)
    assert path is not None, f"{name} is not installed (apt-get install poppler-utils)"
    return path


def pdftotext(pdf: Path, *, layout: bool = False) -> str:
    args = [tool("pdftotext"), *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def long_text(length: int, word: str = "evidence ") -> str:
    """Prose of exactly ``length`` characters, with paragraphs and one very long word."""
    unbroken = "x" * min(600, length // 4)
    chunk = (word * 40).strip() + "\n\n"
    body = unbroken + " " + chunk * (length // len(chunk) + 1)
    return body[:length]


def email(length: int) -> str:
    domain = "@example.org"
    return "a" * (length - len(domain)) + domain


def visit_at_maxima(services: Services, comments: int = 3) -> str:
    """A visit whose every text field holds as much as the app accepts."""
    limit = VISIT_TEXT_LIMITS
    facility = Facility(
        name=("Universitätsklinikum " * 20)[: limit["facility_name"]],
        department=("Interventional Oncology " * 20)[: limit["department"]],
        address=long_text(limit["address"], "Straße "),
        country="D" * limit["country"],
        facility_code="F" * limit["facility_code"],
        authorised_representative="R" * limit["authorised_representative"],
        contact_person="C" * limit["contact_person"],
    )
    template = services.templates.default()
    visit_id = services.visits.create(
        NewVisit(
            facility=facility,
            template_id=template.id,
            volumes={ProcedureType.ABLATION: 200},
            lead_assessor=Assessor("L" * NAME, email(limit["lead_assessor_email"])),
            co_assessor=Assessor("K" * NAME, email(limit["co_assessor_email"])),
        )
    )
    from assessor_app.domain.ratings import Rating

    for req in template.requirements[:comments]:
        services.findings.rate(
            visit_id,
            req.key,
            Rating.NOT_MET,
            comment=long_text(LONG),
            justification=long_text(LONG, "because "),
        )
        services.actions.add(
            visit_id, req.key, long_text(LONG, "repair "), Severity.MAJOR, owner="O" * NAME
        )
    return visit_id
