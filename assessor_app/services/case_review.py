"""The internal case review: population import, the verifiable draw, answers and results."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from assessor_app.domain import ids
from assessor_app.domain.case_review import (
    CANONICAL_HEADER,
    METHOD_VERSION,
    CaseAnswer,
    Draw,
    PopulationCase,
    ReviewedCase,
    Verification,
    draw_sample,
    duplicate_key,
    make_case,
    normalise_seed,
    parse_answer,
    parse_grade,
    population_fingerprint,
    summarise,
    verify_draw,
)
from assessor_app.domain.case_review_summary import CaseReviewSummary
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.template import CaseReviewQuestion
from assessor_app.persistence.case_review_repository import CaseReviewRepository
from assessor_app.persistence.change_writer import now_utc
from assessor_app.persistence.database import Database
from assessor_app.templates.library import TemplateLibrary

log = logging.getLogger(__name__)

ALL_QUESTIONS = "all"
MAX_REPORTED_PROBLEMS = 10
NOTE_MAX_LEN = 4000
ProgressFn = Callable[[int, int], None]


class RedrawNeedsConfirmationError(ValidationError):
    """A draw exists and cases of it carry answers: drawing again needs a confirmation."""


@dataclass(frozen=True, slots=True)
class PopulationInfo:
    size: int
    fingerprint: str


@dataclass
class CaseReviewService:
    """Use cases of the case review; implements CaseReviewStatus for the outcome rules."""

    db: Database
    templates: TemplateLibrary

    @contextmanager
    def _repo(self) -> Iterator[CaseReviewRepository]:
        with self.db.session() as session:
            yield CaseReviewRepository(session, self.db.author, self.db.device_id)

    # -- questions -------------------------------------------------------------------------
    def questions(self, visit_id: str) -> tuple[CaseReviewQuestion, ...]:
        """The review questions of the visit's template (data, not code)."""
        with self._repo() as repo:
            template_id, version = repo.visit_template(visit_id)
        return self.templates.get(template_id, version).case_review_questions

    def default_sample_size(self, visit_id: str) -> int:
        with self._repo() as repo:
            template_id, version = repo.visit_template(visit_id)
        return self.templates.get(template_id, version).default_sample_size

    # -- population ------------------------------------------------------------------------
    def population(self, visit_id: str) -> list[PopulationCase]:
        """The facility's list of procedures for this visit, sorted by case reference."""
        with self._repo() as repo:
            repo.visit_template(visit_id)
            return repo.population(visit_id)

    def population_info(self, visit_id: str) -> PopulationInfo:
        """Size and SHA-256 fingerprint of the current population."""
        cases = self.population(visit_id)
        return PopulationInfo(len(cases), population_fingerprint(cases))

    def import_csv(
        self, visit_id: str, path: Path, progress: ProgressFn | None = None
    ) -> PopulationInfo:
        """Add the cases of a CSV file (header case_ref,procedure_date,procedure_type).

        All or nothing: any bad row, duplicate or name-like reference raises a
        ValidationError naming the file and the line, and nothing is imported.
        """
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ValidationError(f"cannot read {path}: {exc.strerror}") from None
        numbered = parse_population_csv(data, Path(path).name)
        self._add(visit_id, numbered, source=Path(path).name, progress=progress)
        return self.population_info(visit_id)

    def add_case(
        self, visit_id: str, case_ref: str, procedure_date: str | date, procedure_type: str = ""
    ) -> PopulationCase:
        """Add one case typed in by the assessor (same checks as the CSV import)."""
        case = make_case(case_ref, procedure_date, procedure_type)
        self._add(visit_id, [(0, case)], source=None)
        return case

    def _add(
        self,
        visit_id: str,
        numbered: list[tuple[int, PopulationCase]],
        source: str | None,
        progress: ProgressFn | None = None,
    ) -> None:
        with self._repo() as repo:
            repo.visit_template(visit_id)
            if repo.current_draw(visit_id) is not None:
                raise ValidationError(
                    "a sample has been drawn from this population; it cannot change any more "
                    "(the draw would no longer verify)"
                )
            known = repo.population_refs(visit_id)
            problems: list[str] = []
            for line, case in numbered:
                entry = known.get(duplicate_key(case.case_ref))
                if entry and not entry[1]:
                    where = f"line {line}: " if source else ""
                    problems.append(f"{where}case {case.case_ref!r} is already in the population")
            if problems:
                raise ValidationError(_problems_message(source, problems))
            cases = [case for _line, case in numbered]
            if progress:
                progress(0, len(cases))
            repo.add_cases(visit_id, cases)
            if progress:
                progress(len(cases), len(cases))

    def clear_population(self, visit_id: str) -> int:
        """Remove every case (before a draw only); returns how many were removed."""
        with self._repo() as repo:
            if repo.current_draw(visit_id) is not None:
                raise ValidationError("a sample has been drawn; the population cannot change")
            return repo.remove_population(visit_id)

    # -- the draw ----------------------------------------------------------------------------
    def current_draw(self, visit_id: str) -> Draw | None:
        with self._repo() as repo:
            repo.visit_template(visit_id)
            return repo.current_draw(visit_id)

    def draws(self, visit_id: str) -> list[Draw]:
        """Every draw, superseded ones too (the record of redraws)."""
        with self._repo() as repo:
            return repo.draws(visit_id)

    def draw(
        self, visit_id: str, seed: str, n: int | None = None, confirm_redraw: bool = False
    ) -> Draw:
        """Draw ``n`` cases (template default, 30; all when fewer) and record the draw.

        A redraw supersedes the current draw; once any drawn case carries an answer, grade
        or note it needs ``confirm_redraw=True`` and is logged with the reason.
        """
        clean_seed = normalise_seed(seed)
        size = n if n is not None else self.default_sample_size(visit_id)
        if size < 1:
            raise ValidationError("the sample size must be at least 1")
        with self._repo() as repo:
            repo.visit_template(visit_id)
            population = repo.population(visit_id)
            if not population:
                raise ValidationError("the population is empty: import the list of procedures")
            previous = repo.current_draw(visit_id)
            if previous is not None:
                worked = repo.reviewed_refs_with_work(visit_id, previous.case_refs)
                if worked and not confirm_redraw:
                    raise RedrawNeedsConfirmationError(
                        f"a sample was drawn on {previous.drawn_at:%Y-%m-%d %H:%M} by "
                        f"{previous.drawn_by} and {worked} of its cases already have answers; "
                        "drawing again replaces it: confirm the redraw to go on"
                    )
                reason = (
                    f"redrawn by {self.db.author} on {now_utc():%Y-%m-%d %H:%M} UTC "
                    f"with seed {clean_seed!r}; {worked} case(s) had answers"
                )
                repo.supersede_draw(previous.id, reason)
                log.warning("case review redraw on visit %s: %s", visit_id, reason)
            fingerprint = population_fingerprint(population)
            drawn = draw_sample((c.case_ref for c in population), clean_seed, fingerprint, size)
            draw = Draw(
                id=ids.new_id(),
                visit_id=visit_id,
                seed=clean_seed,
                fingerprint=fingerprint,
                method_version=METHOD_VERSION,
                population_size=len(population),
                n_requested=size,
                case_refs=tuple(drawn),
                drawn_at=now_utc(),
                drawn_by=self.db.author,
            )
            repo.add_draw(draw)
        return draw

    def check_draw(self, visit_id: str) -> Verification:
        """Recompute the recorded draw from the population; the message says what differs."""
        with self._repo() as repo:
            repo.visit_template(visit_id)
            draw = repo.current_draw(visit_id)
            population = repo.population(visit_id)
        if draw is None:
            return Verification(False, "no sample has been drawn for this visit")
        return verify_draw(draw, population)

    def verify(self, visit_id: str) -> bool:
        """True only when recomputing the recorded draw gives exactly the recorded cases."""
        return self.check_draw(visit_id).ok

    # -- answers -----------------------------------------------------------------------------
    def _drawn_ref(self, repo: CaseReviewRepository, visit_id: str, case_ref: str) -> str:
        draw = repo.current_draw(visit_id)
        if draw is None:
            raise ValidationError("no sample has been drawn for this visit yet")
        wanted = duplicate_key(case_ref.strip())
        for ref in draw.case_refs:
            if duplicate_key(ref) == wanted:
                return ref
        raise NotFoundError(f"case {case_ref!r} is not in the drawn sample")

    def answer(
        self,
        visit_id: str,
        case_ref: str,
        question_key: str,
        answer: CaseAnswer | str | None,
    ) -> int:
        """Answer one question (or ``'all'``) for one drawn case; returns answers changed."""
        value = answer if isinstance(answer, CaseAnswer) or answer is None else parse_answer(answer)
        keys = [q.key for q in self.questions(visit_id)]
        if question_key == ALL_QUESTIONS:
            chosen = keys
        elif question_key in keys:
            chosen = [question_key]
        else:
            raise ValidationError(
                f"unknown question {question_key!r}; use one of: {', '.join(keys)} or all"
            )
        with self._repo() as repo:
            ref = self._drawn_ref(repo, visit_id, case_ref)
            changed = sum(repo.set_answer(visit_id, ref, k, value) for k in chosen)
            if changed:
                repo.touch(visit_id)
        return changed

    def answer_many(self, visit_id: str, items: list[tuple[str, str, CaseAnswer | None]]) -> int:
        """Set many (case ref, question key, answer) at once, in one transaction."""
        keys = {q.key for q in self.questions(visit_id)}
        changed = 0
        with self._repo() as repo:
            for case_ref, question_key, value in items:
                if question_key not in keys:
                    raise ValidationError(f"unknown question {question_key!r}")
                ref = self._drawn_ref(repo, visit_id, case_ref)
                changed += repo.set_answer(visit_id, ref, question_key, value)
            if changed:
                repo.touch(visit_id)
        return changed

    def set_grade(self, visit_id: str, case_ref: str, grade: str | None) -> None:
        """The CIRSE complication grade of a drawn case: 'none', '1'..'6', or None."""
        value = parse_grade(grade)
        with self._repo() as repo:
            ref = self._drawn_ref(repo, visit_id, case_ref)
            if repo.set_review_field(visit_id, ref, "grade", value):
                repo.touch(visit_id)

    def set_note(self, visit_id: str, case_ref: str, note: str) -> None:
        """The assessor's note on a drawn case."""
        text = note.strip()
        if len(text) > NOTE_MAX_LEN:
            raise ValidationError(f"the note is longer than {NOTE_MAX_LEN} characters")
        with self._repo() as repo:
            ref = self._drawn_ref(repo, visit_id, case_ref)
            if repo.set_review_field(visit_id, ref, "note", text):
                repo.touch(visit_id)

    # -- results -----------------------------------------------------------------------------
    def _load(self, visit_id: str) -> tuple[Draw | None, list[ReviewedCase]]:
        with self._repo() as repo:
            repo.visit_template(visit_id)
            draw = repo.current_draw(visit_id)
            if draw is None:
                return None, []
            population = {duplicate_key(c.case_ref): c for c in repo.population(visit_id)}
            answers = repo.answers(visit_id)
            reviews = repo.reviews(visit_id)
        cases: list[ReviewedCase] = []
        for position, ref in enumerate(draw.case_refs, start=1):
            key = duplicate_key(ref)
            source = population.get(key)
            grade, note = reviews.get(key, (None, ""))
            cases.append(
                ReviewedCase(
                    position=position,
                    case_ref=ref,
                    procedure_date=source.procedure_date if source else None,
                    procedure_type=source.procedure_type if source else "",
                    answers=answers.get(key, {}),
                    grade=grade,
                    note=note,
                )
            )
        return draw, cases

    def cases(self, visit_id: str) -> list[ReviewedCase]:
        """The drawn cases in draw order with their answers, grade and note (the grid rows)."""
        return self._load(visit_id)[1]

    def case(self, visit_id: str, case_ref: str) -> ReviewedCase:
        wanted = duplicate_key(case_ref)
        for case in self.cases(visit_id):
            if duplicate_key(case.case_ref) == wanted:
                return case
        raise NotFoundError(f"case {case_ref!r} is not in the drawn sample")

    def summary(self, visit_id: str) -> CaseReviewSummary | None:
        """Compliance per question and overall and complete / drawn; None before a draw."""
        draw, cases = self._load(visit_id)
        if draw is None:
            return None
        return summarise(draw, self.questions(visit_id), cases)

    def is_complete(self, visit_id: str) -> bool:
        """True when a sample is drawn and every drawn case has every question answered."""
        try:
            summary = self.summary(visit_id)
        except NotFoundError:
            return False
        return summary is not None and summary.complete


# -- CSV ---------------------------------------------------------------------------------------


def _problems_message(source: str | None, problems: list[str]) -> str:
    shown = problems[:MAX_REPORTED_PROBLEMS]
    more = len(problems) - len(shown)
    head = f"{source}: " if source else ""
    if len(problems) == 1:
        return f"{head}{problems[0]}; nothing was imported"
    text = f"{head}{len(problems)} problems, nothing was imported:\n  " + "\n  ".join(shown)
    return text + (f"\n  ... and {more} more" if more else "")


def parse_population_csv(data: bytes, source: str) -> list[tuple[int, PopulationCase]]:
    """Parse and check a population CSV into (line number, case) pairs.

    Raises ValidationError naming the line of every problem (up to ten are listed).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValidationError(
            f"{source}: line {line}: not UTF-8 text; save the file as CSV UTF-8; "
            "nothing was imported"
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError(f"{source}: the file is empty; nothing was imported") from None
    except csv.Error as exc:
        raise ValidationError(f"{source}: line 1: {exc}; nothing was imported") from None
    if [h.strip() for h in header] != CANONICAL_HEADER.split(","):
        raise ValidationError(
            f"{source}: line 1: the header must be exactly {CANONICAL_HEADER} "
            f"(found {','.join(header)!r}); nothing was imported"
        )
    cases: list[tuple[int, PopulationCase]] = []
    seen: dict[str, int] = {}
    problems: list[str] = []
    while True:
        line = reader.line_num + 1  # where this record starts
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(f"line {line}: {exc}")
            break
        if reader.line_num > line:
            # A quoted field ran over a line end: an unclosed quote swallows the rest of
            # the file, and no field may hold a line break (docs/sampling.md).
            problems.append(
                f"line {line}: a quoted field runs on to line {reader.line_num} (an unclosed "
                "quote?); a field cannot hold a line break"
            )
            continue
        if not any(cell.strip() for cell in row):
            continue  # blank lines (often at the end of a file) carry nothing
        if len(row) != 3:
            problems.append(f"line {line}: expected 3 fields, found {len(row)}")
            continue
        try:
            case = make_case(row[0], row[1], row[2])
        except ValidationError as exc:
            problems.append(f"line {line}: {exc}")
            continue
        key = duplicate_key(case.case_ref)
        if key in seen:
            problems.append(
                f"line {line}: case {case.case_ref!r} appears twice (first on line {seen[key]})"
            )
            continue
        seen[key] = line
        cases.append((line, case))
    if problems:
        raise ValidationError(_problems_message(source, problems))
    if not cases:
        raise ValidationError(f"{source}: no cases below the header; nothing was imported")
    return cases
