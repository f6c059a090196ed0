"""The facility's own account, by file: export the application-form workbook, import it
back with strict checks (every problem names its cell; nothing is stored if anything is
wrong), attach the documents sent with it, and compare it with the assessor's work."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from assessor_app.domain.case_review import (
    CaseAnswer,
    CaseRefRefusedError,
    duplicate_key,
    parse_answer,
    parse_procedure_date,
    procedure_date_refusal,
    procedure_period,
    validate_case_ref,
    validate_procedure_type,
)
from assessor_app.domain.cell_problem import CellProblem
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.ratings import Rating
from assessor_app.domain.self_assessment import (
    CLAIMS,
    MAX_EVIDENCE_NAMES,
    Agreement,
    FacilityAccount,
    FacilityCase,
    FacilityReview,
    SelfAssessment,
    agreement,
    evidence_lines,
    facility_review_of,
)
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.domain.text_limits import LONG, NAME
from assessor_app.domain.visit import ProcedureType, Visit
from assessor_app.persistence.database import Database
from assessor_app.persistence.self_assessment_repository import SelfAssessmentRepository
from assessor_app.services.atomic_file import write_atomic
from assessor_app.services.attachments import AttachmentService
from assessor_app.services.case_review import CaseReviewService
from assessor_app.services.facility_documents import FacilityDocuments
from assessor_app.services.text_check import check_text
from assessor_app.templates.library import TemplateLibrary
from assessor_app.workbook import layout

if TYPE_CHECKING:
    from assessor_app.workbook.reader import Cell

MAX_REPORTED_PROBLEMS = 20
SELF_ASSESSMENT_TEXT_LIMITS = {"justification": LONG, "comment": LONG, "evidence": NAME}
DOCUMENT_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}
MAX_DOCUMENTS = 500
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024
# All the documents a zip may unpack to: 500 files of 100 MB each would fill the disk.
MAX_DOCUMENTS_TOTAL_BYTES = 1024 * 1024 * 1024

INSTRUCTIONS = (
    "How to fill in this application form",
    "This workbook is your facility's own account of how it meets each requirement. "
    "The assessors read it before and during their visit; their own findings stay theirs.",
    "1. Requirements sheet: the grey columns hold the standard's text and cannot be changed. "
    "For each requirement choose Met, Partially met, Not met or Not applicable in the "
    "Self-assessment column.",
    "2. Justification: say why a requirement does not apply. It is required for every "
    "Not applicable; it helps for Partially met and Not met too.",
    "3. Evidence: the file names of the documents you will provide or send with this form, "
    "one per line (or separated by ';'), for example sop-sedation.pdf. Send the documents "
    "in one folder or zip file beside this workbook, under the same names.",
    "4. Comment: anything else the assessors should know about this requirement.",
    "5. Volumes sheet: the number of therapeutic procedures of each type in the last year.",
    "6. Case review sheet: your internal review of randomly selected patient files, one row "
    "per file. Use your pseudonymous case numbers (such as IO-2026-017), never a name, birth "
    "date or record number. Write the procedure date as YYYY-MM-DD and answer each question "
    "Yes, No or N/A.",
    "Do not rename, add or remove sheets and do not change the headings: the form is read "
    "back by the assessors' software, which names every cell it cannot read.",
    "This workbook belongs to one visit only; a form for another visit is refused.",
)


class WorkbookRefusedError(ValidationError):
    """The workbook was not imported; ``problems`` name each cell and what is wrong."""

    def __init__(self, problems: list[CellProblem]) -> None:
        # Each problem keeps its coded error, for the GUI to word; ``problems`` are the
        # English lines the command line prints.
        self.cell_problems = tuple(problems)
        self.problems = tuple(str(p) for p in problems)
        shown = list(self.problems[:MAX_REPORTED_PROBLEMS])
        more = len(problems) - len(shown)
        tail = f"\n  ... and {more} more" if more else ""
        super().__init__(
            "the application form was not imported; nothing changed:\n  "
            + "\n  ".join(shown)
            + tail
        )


@dataclass(frozen=True, slots=True)
class DocumentMatch:
    """Which sent documents match a requirement's Evidence names, before any attaches."""

    matched: tuple[tuple[str, str], ...]  # (requirement key, document file name)
    unnamed: tuple[str, ...]  # documents no requirement names
    missing: tuple[tuple[str, str], ...]  # (requirement key, name with no document)


@dataclass(frozen=True, slots=True)
class ImportResult:
    claims: int
    volumes: int
    cases: int
    changed: int  # records changed or added (0: the same workbook again)
    attached: int = 0


_STATUS_BY_WORD = {r.label.casefold(): r for r in CLAIMS} | {r.value: r for r in CLAIMS}
_TYPE_BY_WORD = {t.label.casefold(): t for t in ProcedureType} | {t.value: t for t in ProcedureType}


@dataclass
class SelfAssessmentService:
    db: Database
    templates: TemplateLibrary
    case_review: CaseReviewService
    attachments: AttachmentService

    @contextmanager
    def _repo(self) -> Iterator[SelfAssessmentRepository]:
        with self.db.unit_of_work() as uow:
            yield uow.self_assessment

    def _visit(self, visit_id: str) -> tuple[Visit, ChecklistTemplate]:
        with self.db.transaction() as repo:
            visit = repo.get_visit(visit_id)
        return visit, self.templates.get(visit.template_id, visit.template_version)

    # -- export ------------------------------------------------------------------------
    def export(self, visit_id: str, target: Path) -> Path:
        """Write the visit's application form (an .xlsx) to ``target``."""
        # Imported here: openpyxl is loaded only by the commands that need it.
        from assessor_app.workbook.writer import RequirementLine, WorkbookSpec, workbook_bytes

        visit, template = self._visit(visit_id)
        spec = WorkbookSpec(
            visit_id=visit.id,
            facility=visit.facility.name,
            template_id=template.id,
            template_version=template.version,
            template_title=template.title,
            requirements=tuple(
                RequirementLine(
                    key=r.key,
                    standard=str(r.standard),
                    kind="core" if r.core else "extended",
                    text=r.text,
                    evidence="\n".join(e.text for e in r.evidence),
                )
                for r in template.requirements
            ),
            procedure_types=tuple(t.label for t in ProcedureType),
            questions=tuple((q.key, q.short) for q in template.case_review_questions),
            instructions=INSTRUCTIONS,
        )
        write_atomic(Path(target), workbook_bytes(spec))
        return Path(target)

    # -- import ------------------------------------------------------------------------
    def check(self, visit_id: str, path: Path) -> FacilityAccount:
        """Read and check the workbook; WorkbookRefusedError lists every problem."""
        from assessor_app.workbook.reader import WorkbookUnreadableError, read_workbook

        visit, template = self._visit(visit_id)
        try:
            book = read_workbook(Path(path))
        except WorkbookUnreadableError as exc:
            raise WorkbookRefusedError([CellProblem("", exc)]) from None
        about = book.about
        theirs = about.get("visit_id", "?")
        if about.get("visit_id") != visit.id:
            raise WorkbookRefusedError(
                [
                    CellProblem(
                        layout.ABOUT,
                        ValidationError.coded(
                            ErrorCode.WORKBOOK_OF_ANOTHER_VISIT,
                            theirs=theirs[:36],
                            visit_id=visit.id,
                            facility=visit.facility.name,
                        ),
                    )
                ]
            )
        if (about.get("template_id"), about.get("template_version")) != (
            template.id,
            template.version,
        ):
            raise WorkbookRefusedError(
                [
                    CellProblem(
                        layout.ABOUT,
                        ValidationError.coded(
                            ErrorCode.WORKBOOK_OF_ANOTHER_TEMPLATE,
                            their_template=about.get("template_id", "?")[:60],
                            their_version=about.get("template_version", "?")[:20],
                            template_id=template.id,
                            template_version=template.version,
                        ),
                    )
                ]
            )
        problems = list(book.problems)
        claims = self._claims(book.requirements, template, problems)
        volumes = self._volumes(book.volumes, problems)
        question_keys = [q.key for q in template.case_review_questions]
        if book.case_headers != question_keys:
            problems.append(
                CellProblem(
                    layout.ABOUT, ValidationError.coded(ErrorCode.WORKBOOK_QUESTIONS_DIFFER)
                )
            )
        cases = self._cases(book.cases, question_keys, visit, problems)
        if problems:
            raise WorkbookRefusedError(problems)
        return FacilityAccount(claims=claims, volumes=volumes, cases=cases)

    def import_workbook(self, visit_id: str, path: Path) -> ImportResult:
        """Check the workbook, then replace the facility's account with it in one
        transaction (the change log keeps what it replaced)."""
        account = self.check(visit_id, path)
        _visit, template = self._visit(visit_id)
        with self._repo() as repo:
            changed = repo.replace(visit_id, [r.key for r in template.requirements], account)
        return ImportResult(
            claims=sum(1 for c in account.claims.values() if c.status is not None),
            volumes=len(account.volumes),
            cases=len(account.cases),
            changed=changed,
        )

    def _claims(
        self, rows: list[list[Cell]], template: ChecklistTemplate, problems: list[CellProblem]
    ) -> dict[str, SelfAssessment]:
        claims: dict[str, SelfAssessment] = {}
        first_at: dict[str, str] = {}
        for cells in rows:
            key_cell, status_cell, just_cell, ev_cell, comment_cell = (
                cells[0], cells[5], cells[6], cells[7], cells[8],
            )  # fmt: skip
            key = key_cell.text
            if not template.has_requirement(key):
                problems.append(
                    CellProblem(
                        key_cell.name,
                        ValidationError.coded(
                            ErrorCode.NOT_A_REQUIREMENT_KEY,
                            key=key[:20],
                            template_id=template.id,
                            template_version=template.version,
                        ),
                    )
                )
                continue
            if key in first_at:
                problems.append(
                    CellProblem(
                        key_cell.name,
                        ValidationError.coded(
                            ErrorCode.REQUIREMENT_TWICE, key=key, first_at=first_at[key]
                        ),
                    )
                )
                continue
            first_at[key] = key_cell.name
            status: Rating | None = None
            if status_cell.text:
                status = _STATUS_BY_WORD.get(status_cell.text.casefold())
                if status is None:
                    problems.append(
                        CellProblem(
                            status_cell.name,
                            ValidationError.coded(
                                ErrorCode.NOT_A_SELF_ASSESSMENT,
                                text=status_cell.text[:30],
                                choices=", ".join(layout.STATUS_WORDS),
                            ),
                        )
                    )
                    continue
            texts: dict[str, str] = {}
            for label, cell in (
                ("justification", just_cell), ("comment", comment_cell), ("evidence", ev_cell),
            ):  # fmt: skip
                try:
                    texts[label] = check_text(label, cell.text, LONG)
                except ValidationError as exc:
                    problems.append(CellProblem(cell.name, exc))
            if status is Rating.NA and not just_cell.text:
                problems.append(
                    CellProblem(
                        just_cell.name,
                        ValidationError.coded(ErrorCode.NA_JUSTIFICATION_REQUIRED, key=key),
                    )
                )
            names = evidence_lines(texts.get("evidence", ""))
            if len(names) > MAX_EVIDENCE_NAMES:
                problems.append(
                    CellProblem(
                        ev_cell.name,
                        ValidationError.coded(
                            ErrorCode.TOO_MANY_DOCUMENT_NAMES, most=MAX_EVIDENCE_NAMES
                        ),
                    )
                )
            for name in names:
                if len(name) > NAME:
                    problems.append(
                        CellProblem(
                            ev_cell.name,
                            ValidationError.coded(ErrorCode.DOCUMENT_NAME_TOO_LONG, most=NAME),
                        )
                    )
            claim = SelfAssessment(
                key=key,
                status=status,
                justification=texts.get("justification", ""),
                evidence=names,
                comment=texts.get("comment", ""),
            )
            if not claim.is_empty:
                claims[key] = claim
        return claims

    @staticmethod
    def _volumes(rows: list[list[Cell]], problems: list[CellProblem]) -> dict[ProcedureType, int]:
        out: dict[ProcedureType, int] = {}
        for type_cell, count_cell in ((r[0], r[1]) for r in rows):
            ptype = _TYPE_BY_WORD.get(type_cell.text.casefold())
            if ptype is None:
                problems.append(
                    CellProblem(
                        type_cell.name,
                        ValidationError.coded(
                            ErrorCode.NOT_A_PROCEDURE_TYPE, text=type_cell.text[:40]
                        ),
                    )
                )
                continue
            if not count_cell.text:
                continue
            value = count_cell.value
            count: int | None = None
            if isinstance(value, bool):
                count = None
            elif isinstance(value, int):
                count = value
            elif isinstance(value, float) and value.is_integer():
                count = int(value)
            elif isinstance(value, str) and value.strip().isdigit():
                count = int(value.strip())
            if count is None or count < 0 or count > 1_000_000:
                problems.append(
                    CellProblem(
                        count_cell.name,
                        ValidationError.coded(
                            ErrorCode.NOT_A_PROCEDURE_COUNT, text=count_cell.text[:20]
                        ),
                    )
                )
                continue
            out[ptype] = count
        return out

    @staticmethod
    def _cases(
        rows: list[list[Cell]], question_keys: list[str], visit: Visit, problems: list[CellProblem]
    ) -> tuple[FacilityCase, ...]:
        period = procedure_period(visit.start_date, visit.end_date, datetime.now(UTC).date())
        out: list[FacilityCase] = []
        seen: dict[str, str] = {}
        for cells in rows:
            ref_cell, date_cell, type_cell = cells[0], cells[1], cells[2]
            ok = True
            try:
                ref = validate_case_ref(ref_cell.text)
            except CaseRefRefusedError as exc:
                problems.append(CellProblem(ref_cell.name, exc))
                ok = False
                ref = ""
            if ok and not ref:
                problems.append(
                    CellProblem(ref_cell.name, ValidationError.coded(ErrorCode.CASE_REF_MISSING))
                )
                ok = False
            if ok and duplicate_key(ref) in seen:
                problems.append(
                    CellProblem(
                        ref_cell.name,
                        ValidationError.coded(
                            ErrorCode.CASE_TWICE, ref=ref, first_at=seen[duplicate_key(ref)]
                        ),
                    )
                )
                ok = False
            when = _procedure_date(date_cell, problems)
            if when is not None:
                refusal = procedure_date_refusal(when, period)
                if refusal is not None:
                    problems.append(CellProblem(date_cell.name, refusal))
                    when = None
            try:
                ptype = validate_procedure_type(type_cell.text)
            except ValidationError as exc:
                problems.append(CellProblem(type_cell.name, exc))
                ok = False
            answers: dict[str, CaseAnswer] = {}
            for q, cell in zip(question_keys, cells[3:], strict=False):
                try:
                    answer = parse_answer(cell.text)
                except ValidationError:
                    problems.append(
                        CellProblem(
                            cell.name,
                            ValidationError.coded(ErrorCode.NOT_AN_ANSWER, text=cell.text[:20]),
                        )
                    )
                    ok = False
                    continue
                if answer is not None:
                    answers[q] = answer
            if ok and when is not None:
                seen[duplicate_key(ref)] = ref_cell.name
                out.append(FacilityCase(ref, when, ptype, answers))
        return tuple(out)

    # -- the documents sent with the workbook --------------------------------------------
    @contextmanager
    def open_documents(self, source: Path) -> Iterator[FacilityDocuments]:
        """The documents of ``source``, a folder or a zip (names flattened, so nothing
        can name a place outside it). A zip's members are read from the archive when
        they are attached; nothing is unpacked to disk."""
        source = Path(source)
        if source.is_dir():
            yield FacilityDocuments(
                source,
                {
                    p.name: p
                    for p in source.iterdir()
                    if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                },
            )
            return
        if not zipfile.is_zipfile(source):
            raise ValidationError.coded(ErrorCode.NOT_A_FOLDER_OR_ZIP, file=source.name)
        with zipfile.ZipFile(source) as zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            if len(members) > MAX_DOCUMENTS:
                raise ValidationError.coded(
                    ErrorCode.TOO_MANY_DOCUMENTS, file=source.name, most=MAX_DOCUMENTS
                )
            # Only what could match is offered; the sizes are the ones zipfile holds each
            # member's reading to, so the bound is checked before any is read.
            wanted: dict[str, Path | zipfile.ZipInfo] = {
                name: m
                for m in members
                if (name := PurePosixPath(m.filename.replace("\\", "/")).name)
                and not name.startswith(".")
                and PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES
                and m.file_size <= MAX_DOCUMENT_BYTES
            }
            total = sum(m.file_size for m in wanted.values() if isinstance(m, zipfile.ZipInfo))
            if total > MAX_DOCUMENTS_TOTAL_BYTES:
                raise ValidationError.coded(
                    ErrorCode.DOCUMENTS_TOO_LARGE,
                    file=source.name,
                    most_mb=MAX_DOCUMENTS_TOTAL_BYTES // (1024 * 1024),
                )
            yield FacilityDocuments(source, wanted, zf)

    @staticmethod
    def match_documents(account: FacilityAccount, docs: FacilityDocuments) -> DocumentMatch:
        """Match document files to the names in each requirement's Evidence column, by file
        name (letter case ignored; a name without its extension matches too)."""
        files = docs.names
        by_name: dict[str, str] = {}
        for f in files:
            by_name.setdefault(f.casefold(), f)
            by_name.setdefault(Path(f).stem.casefold(), f)
        matched: list[tuple[str, str]] = []
        missing: list[tuple[str, str]] = []
        used: set[str] = set()
        for key, claim in account.claims.items():
            for name in claim.evidence:
                found = by_name.get(name.casefold())
                if found is None:
                    missing.append((key, name))
                else:
                    matched.append((key, found))
                    used.add(found)
        return DocumentMatch(
            matched=tuple(matched),
            unnamed=tuple(f for f in files if f not in used),
            missing=tuple(missing),
        )

    def attach_documents(self, visit_id: str, docs: FacilityDocuments, match: DocumentMatch) -> int:
        """Attach each matched document to its requirement (photos cleaned of EXIF by the
        attachment service); a document already attached there is not attached again."""
        present = {(a.requirement_key, a.filename) for a in self.attachments.list(visit_id)}
        count = 0
        for key, name in match.matched:
            if (key, name) in present:
                continue
            data = docs.read(name, MAX_DOCUMENT_BYTES)
            self.attachments.add_bytes(visit_id, key, name, data, caption="sent by the facility")
            present.add((key, name))
            count += 1
        return count

    # -- reads and comparisons ------------------------------------------------------------
    def account(self, visit_id: str) -> FacilityAccount:
        with self._repo() as repo:
            return repo.account(visit_id)

    def agreement(self, visit_id: str, ratings: dict[str, Rating | None]) -> Agreement:
        _visit, template = self._visit(visit_id)
        claims = self.account(visit_id).claims
        return agreement([r.key for r in template.requirements], claims, ratings)

    def facility_review(self, visit_id: str) -> FacilityReview | None:
        """None until the facility's case review is imported."""
        account = self.account(visit_id)
        if not account.cases:
            return None
        questions = [q.key for q in self.case_review.questions(visit_id)]
        assessor = {c.case_ref: c.answers for c in self.case_review.cases(visit_id)}
        return facility_review_of(tuple(account.cases), questions, assessor)

    def adopt_volumes(self, visit_id: str) -> dict[ProcedureType, int]:
        """One action: the visit's volumes become the ones the facility gave."""
        with self._repo() as repo:
            if not repo.account(visit_id).volumes:
                raise ValidationError.coded(ErrorCode.NO_VOLUMES_TO_ADOPT)
            return repo.adopt_volumes(visit_id)


def _procedure_date(cell: Cell, problems: list[CellProblem]) -> date | None:
    value = cell.value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not cell.text:
        problems.append(
            CellProblem(cell.name, ValidationError.coded(ErrorCode.PROCEDURE_DATE_MISSING))
        )
        return None
    if isinstance(value, (int, float)):
        problems.append(
            CellProblem(cell.name, ValidationError.coded(ErrorCode.CELL_NOT_A_DATE, text=cell.text))
        )
        return None
    try:
        return parse_procedure_date(cell.text)
    except ValidationError as exc:
        problems.append(CellProblem(cell.name, exc))
        return None
