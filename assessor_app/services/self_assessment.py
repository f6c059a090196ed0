"""The facility's own account, by file: export the application-form workbook, import it
back with strict checks (every problem names its cell; nothing is stored if anything is
wrong), attach the documents sent with it, and compare it with the assessor's work."""

from __future__ import annotations

import shutil
import tempfile
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
    procedure_date_problem,
    procedure_period,
    validate_case_ref,
    validate_procedure_type,
)
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
    QuestionAgreement,
    SelfAssessment,
    agreement,
    compare_case_review,
    evidence_lines,
)
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.domain.text_limits import LONG, NAME
from assessor_app.domain.visit import ProcedureType, Visit
from assessor_app.persistence.database import Database
from assessor_app.persistence.self_assessment_repository import SelfAssessmentRepository
from assessor_app.services.atomic_file import write_atomic
from assessor_app.services.attachments import AttachmentService
from assessor_app.services.case_review import CaseReviewService
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

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        shown = problems[:MAX_REPORTED_PROBLEMS]
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
            raise WorkbookRefusedError([str(exc)]) from None
        about = book.about
        theirs = about.get("visit_id", "?")
        if about.get("visit_id") != visit.id:
            raise WorkbookRefusedError(
                [
                    f"{layout.ABOUT}: this workbook is for visit {theirs[:36]}, "
                    f"not for this visit ({visit.id}, {visit.facility.name})"
                ]
            )
        if (about.get("template_id"), about.get("template_version")) != (
            template.id,
            template.version,
        ):
            raise WorkbookRefusedError(
                [
                    f"{layout.ABOUT}: this workbook was made from template "
                    f"{about.get('template_id', '?')[:60]} "
                    f"{about.get('template_version', '?')[:20]},"
                    f" but this visit uses {template.id} {template.version}"
                ]
            )
        problems = list(book.problems)
        claims = self._claims(book.requirements, template, problems)
        volumes = self._volumes(book.volumes, problems)
        question_keys = [q.key for q in template.case_review_questions]
        if book.case_headers != question_keys:
            problems.append(
                f"{layout.ABOUT}: the case review questions differ from this visit's template"
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
        self, rows: list[list[Cell]], template: ChecklistTemplate, problems: list[str]
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
                    f"{key_cell.name}: {key[:20]!r} is not a requirement key of template "
                    f"{template.id} {template.version}"
                )
                continue
            if key in first_at:
                problems.append(
                    f"{key_cell.name}: requirement {key} appears twice ({first_at[key]})"
                )
                continue
            first_at[key] = key_cell.name
            status: Rating | None = None
            if status_cell.text:
                status = _STATUS_BY_WORD.get(status_cell.text.casefold())
                if status is None:
                    problems.append(
                        f"{status_cell.name}: {status_cell.text[:30]!r} is not a self-assessment;"
                        f" choose {', '.join(layout.STATUS_WORDS)}"
                    )
                    continue
            texts: dict[str, str] = {}
            for label, cell in (
                ("justification", just_cell), ("comment", comment_cell), ("evidence", ev_cell),
            ):  # fmt: skip
                try:
                    texts[label] = check_text(label, cell.text, LONG)
                except ValidationError as exc:
                    problems.append(f"{cell.name}: {exc}")
            if status is Rating.NA and not just_cell.text:
                problems.append(
                    f"{just_cell.name}: a justification is required for Not applicable ({key})"
                )
            names = evidence_lines(texts.get("evidence", ""))
            if len(names) > MAX_EVIDENCE_NAMES:
                problems.append(f"{ev_cell.name}: more than {MAX_EVIDENCE_NAMES} document names")
            for name in names:
                if len(name) > NAME:
                    problems.append(f"{ev_cell.name}: a document name is longer than {NAME}")
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
    def _volumes(rows: list[list[Cell]], problems: list[str]) -> dict[ProcedureType, int]:
        out: dict[ProcedureType, int] = {}
        for type_cell, count_cell in ((r[0], r[1]) for r in rows):
            ptype = _TYPE_BY_WORD.get(type_cell.text.casefold())
            if ptype is None:
                problems.append(
                    f"{type_cell.name}: {type_cell.text[:40]!r} is not a procedure type"
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
                    f"{count_cell.name}: {count_cell.text[:20]!r} is not a number of procedures "
                    "(a whole number, 0 or more)"
                )
                continue
            out[ptype] = count
        return out

    @staticmethod
    def _cases(
        rows: list[list[Cell]], question_keys: list[str], visit: Visit, problems: list[str]
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
                problems.append(f"{ref_cell.name}: {exc}")
                ok = False
                ref = ""
            if ok and not ref:
                problems.append(f"{ref_cell.name}: the case reference is missing")
                ok = False
            if ok and duplicate_key(ref) in seen:
                problems.append(
                    f"{ref_cell.name}: case {ref} appears twice ({seen[duplicate_key(ref)]})"
                )
                ok = False
            when = _procedure_date(date_cell, problems)
            if when is not None:
                problem = procedure_date_problem(when, period)
                if problem:
                    problems.append(f"{date_cell.name}: {problem}")
                    when = None
            try:
                ptype = validate_procedure_type(type_cell.text)
            except ValidationError as exc:
                problems.append(f"{type_cell.name}: {exc}")
                ok = False
            answers: dict[str, CaseAnswer] = {}
            for q, cell in zip(question_keys, cells[3:], strict=False):
                try:
                    answer = parse_answer(cell.text)
                except ValidationError:
                    problems.append(
                        f"{cell.name}: {cell.text[:20]!r} is not an answer; use Yes, No or N/A"
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
    def documents_folder(self, source: Path) -> Iterator[Path]:
        """The documents as a folder: ``source`` itself, or a zip unpacked to a temporary
        folder (names flattened, so nothing lands outside it) removed afterwards."""
        source = Path(source)
        if source.is_dir():
            yield source
            return
        if not zipfile.is_zipfile(source):
            raise ValidationError.coded(ErrorCode.NOT_A_FOLDER_OR_ZIP, file=source.name)
        tmp = Path(tempfile.mkdtemp(prefix="iasios-documents-"))
        try:
            with zipfile.ZipFile(source) as zf:
                members = [m for m in zf.infolist() if not m.is_dir()]
                if len(members) > MAX_DOCUMENTS:
                    raise ValidationError.coded(
                        ErrorCode.TOO_MANY_DOCUMENTS, file=source.name, most=MAX_DOCUMENTS
                    )
                for m in members:
                    name = PurePosixPath(m.filename.replace("\\", "/")).name
                    if not name or name.startswith(".") or m.file_size > MAX_DOCUMENT_BYTES:
                        continue
                    with zf.open(m) as src, (tmp / name).open("wb") as dst:
                        shutil.copyfileobj(src, dst)
            yield tmp
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @staticmethod
    def match_documents(account: FacilityAccount, folder: Path) -> DocumentMatch:
        """Match document files to the names in each requirement's Evidence column, by file
        name (letter case ignored; a name without its extension matches too)."""
        files = sorted(
            p.name
            for p in Path(folder).iterdir()
            if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
        )
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

    def attach_documents(self, visit_id: str, folder: Path, match: DocumentMatch) -> int:
        """Attach each matched document to its requirement (photos cleaned of EXIF by the
        attachment service); a document already attached there is not attached again."""
        present = {(a.requirement_key, a.filename) for a in self.attachments.list(visit_id)}
        count = 0
        for key, name in match.matched:
            if (key, name) in present:
                continue
            self.attachments.add(visit_id, key, Path(folder) / name, caption="sent by the facility")
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
        assessor = {duplicate_key(c.case_ref): c.answers for c in self.case_review.cases(visit_id)}
        facility = [
            FacilityCase(duplicate_key(c.case_ref), c.procedure_date, c.procedure_type, c.answers)
            for c in account.cases
        ]
        compared = compare_case_review(questions, facility, assessor)
        # Case references as the facility wrote them, not folded.
        spelled = {duplicate_key(c.case_ref): c.case_ref for c in account.cases}
        compared = tuple(
            QuestionAgreement(
                q.key, q.compared, q.agree, tuple(spelled.get(r, r) for r in q.differing_cases)
            )
            for q in compared
        )
        counts = {
            q: {a.value: sum(1 for c in account.cases if c.answers.get(q) is a) for a in CaseAnswer}
            for q in questions
        }
        return FacilityReview(cases=account.cases, questions=compared, answer_counts=counts)

    def adopt_volumes(self, visit_id: str) -> dict[ProcedureType, int]:
        """One action: the visit's volumes become the ones the facility gave."""
        with self._repo() as repo:
            if not repo.account(visit_id).volumes:
                raise ValidationError.coded(ErrorCode.NO_VOLUMES_TO_ADOPT)
            return repo.adopt_volumes(visit_id)


def _procedure_date(cell: Cell, problems: list[str]) -> date | None:
    value = cell.value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not cell.text:
        problems.append(f"{cell.name}: the procedure date is missing")
        return None
    if isinstance(value, (int, float)):
        problems.append(f"{cell.name}: {cell.text!r} is not a date; write YYYY-MM-DD")
        return None
    try:
        return parse_procedure_date(cell.text)
    except ValidationError as exc:
        problems.append(f"{cell.name}: {exc}")
        return None
