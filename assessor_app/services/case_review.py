"""The internal case review: population import, the verifiable draw, answers and results."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from assessor_app.domain import ids
from assessor_app.domain.case_review import (
    MAX_POPULATION,
    METHOD_VERSION,
    CaseAnswer,
    Draw,
    PopulationCase,
    ProcedurePeriod,
    ReviewedCase,
    Verification,
    draw_sample,
    duplicate_key,
    make_case,
    normalise_seed,
    parse_answer,
    parse_grade,
    population_fingerprint,
    procedure_period,
    summarise,
    verify_draw,
)
from assessor_app.domain.case_review_summary import CaseReviewSummary
from assessor_app.domain.edit_result import EditResult
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.progress import CancelToken, ProgressFn, raise_if_cancelled
from assessor_app.domain.template import CaseReviewQuestion
from assessor_app.persistence.case_review_repository import CaseReviewRepository
from assessor_app.persistence.database import Database
from assessor_app.persistence.unit_of_work import UnitOfWork
from assessor_app.persistence.wall_time import now_utc
from assessor_app.services.population_csv import PopulationCsv
from assessor_app.services.population_csv import parse_population_csv as parse_population_csv
from assessor_app.templates.library import TemplateLibrary

log = logging.getLogger(__name__)

ALL_QUESTIONS = "all"
# Rows checked and written at a time: memory stays flat whatever the file's size.
IMPORT_BATCH = 2000
NOTE_MAX_LEN = 4000


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
        with self.db.unit_of_work() as uow:
            yield uow.case_review

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

    def procedure_period(self, visit_id: str) -> ProcedurePeriod:
        """The dates a procedure of this visit's population may carry (docs/sampling.md)."""
        with self._repo() as repo:
            start, end = repo.visit_dates(visit_id)
        return procedure_period(start, end, date.today())

    def import_csv(
        self,
        visit_id: str,
        path: Path,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
        *,
        data: bytes | None = None,
    ) -> PopulationInfo:
        """Add the cases of a CSV file (header case_ref,procedure_date,procedure_type).

        All or nothing: any bad row, duplicate or name-like reference raises a
        ValidationError naming the file and the line, and nothing is imported. A file of
        more than MAX_POPULATION procedures (with those already there) is refused before
        any row is checked. The file is read as a stream and written in batches inside one
        transaction; ``progress(rows done, rows)`` follows it, ``cancel`` stops it
        (Cancelled, nothing imported). With ``data``, the file's bytes are read from memory
        and ``path`` only names the file in messages.
        """
        self.import_csv_recorded(visit_id, path, progress, cancel, data=data)
        return self.population_info(visit_id)

    def import_csv_recorded(
        self,
        visit_id: str,
        path: Path,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
        *,
        data: bytes | None = None,
    ) -> EditResult:
        """``import_csv``, returning the visit as stored after it (a signed one may have
        started a new revision) and the change records written."""
        with self.db.unit_of_work() as uow:
            repo = uow.case_review
            self._check_open(repo, visit_id)
            start, end = repo.visit_dates(visit_id)
            known = repo.population_refs(visit_id)
            present = sum(1 for _ref, removed in known.values() if not removed)
            reader = PopulationCsv(
                Path(path),
                procedure_period(start, end, date.today()),
                known,
                room=max(MAX_POPULATION - present, 0),
                data=data,
            )
            total = reader.count_rows()
            done = 0
            if progress:
                progress(0, total)
            for batch in reader.batches(IMPORT_BATCH):
                raise_if_cancelled(cancel, "import cancelled; nothing was imported")
                if not reader.problems:  # after the first problem, only look for more
                    repo.add_cases(visit_id, [case for _line, case in batch], known)
                done += len(batch)
                if progress:
                    progress(done, max(total, done))
            reader.finish()
            result = EditResult(
                changes=tuple(uow.changes.written), visit=uow.visits.get_visit(visit_id)
            )
        # One transaction wrote the whole file: hand its log back to the database file now,
        # not when the app closes.
        self.db.checkpoint()
        return result

    def add_case(
        self, visit_id: str, case_ref: str, procedure_date: str | date, procedure_type: str = ""
    ) -> PopulationCase:
        """Add one case typed in by the assessor (same checks as the CSV import)."""
        added = self.add_case_recorded(visit_id, case_ref, procedure_date, procedure_type)
        assert added.population_case is not None
        return added.population_case

    def add_case_recorded(
        self, visit_id: str, case_ref: str, procedure_date: str | date, procedure_type: str = ""
    ) -> EditResult:
        """``add_case``, returning the case, the visit as stored now (a signed one may have
        started a new revision) and the change records; the review cannot be complete
        (cases are added before the draw only)."""
        with self.db.unit_of_work() as uow:
            repo = uow.case_review
            self._check_open(repo, visit_id)
            start, end = repo.visit_dates(visit_id)
            period = procedure_period(start, end, date.today())
            case = make_case(case_ref, procedure_date, procedure_type, period)
            known = repo.population_refs(visit_id)
            entry = known.get(duplicate_key(case.case_ref))
            if entry and not entry[1]:
                raise ValidationError.coded(
                    ErrorCode.CASE_ALREADY_IN_POPULATION, case_ref=case.case_ref
                )
            if sum(1 for _ref, removed in known.values() if not removed) >= MAX_POPULATION:
                raise ValidationError.coded(ErrorCode.POPULATION_FULL, most=MAX_POPULATION)
            repo.add_cases(visit_id, [case], known)
            return EditResult(
                changes=tuple(uow.changes.written),
                visit=uow.visits.get_visit(visit_id),
                population_case=case,
                case_review_complete=False,
            )

    @staticmethod
    def _check_open(repo: CaseReviewRepository, visit_id: str) -> None:
        repo.visit_template(visit_id)
        if repo.current_draw(visit_id) is not None:
            raise ValidationError.coded(ErrorCode.POPULATION_FROZEN_BY_DRAW)

    def clear_population(self, visit_id: str) -> int:
        """Remove every case (before a draw only); returns how many were removed."""
        with self._repo() as repo:
            if repo.current_draw(visit_id) is not None:
                raise ValidationError.coded(ErrorCode.POPULATION_LOCKED_BY_DRAW)
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
        drawn = self.draw_recorded(visit_id, seed, n, confirm_redraw)
        assert drawn.draw is not None
        return drawn.draw

    def draw_recorded(
        self, visit_id: str, seed: str, n: int | None = None, confirm_redraw: bool = False
    ) -> EditResult:
        """``draw``, returning the draw, the visit as stored now, the change records and
        whether the review is complete now (a redraw may keep cases already answered)."""
        clean_seed = normalise_seed(seed)
        size = n if n is not None else self.default_sample_size(visit_id)
        if size < 1:
            raise ValidationError.coded(ErrorCode.SAMPLE_SIZE_TOO_SMALL)
        with self.db.unit_of_work() as uow:
            repo = uow.case_review
            keys = self._question_keys(repo, visit_id)
            population = repo.population(visit_id)
            if not population:
                raise ValidationError.coded(ErrorCode.POPULATION_EMPTY)
            previous = repo.current_draw(visit_id)
            if previous is not None:
                worked = repo.reviewed_refs_with_work(visit_id, previous.case_refs)
                if worked and not confirm_redraw:
                    raise RedrawNeedsConfirmationError.coded(
                        ErrorCode.REDRAW_NEEDS_CONFIRMATION,
                        drawn_at=previous.drawn_at,
                        drawn_by=previous.drawn_by,
                        worked=worked,
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
            answers = repo.answers(visit_id)
            return EditResult(
                changes=tuple(uow.changes.written),
                visit=uow.visits.get_visit(visit_id),
                draw=draw,
                case_review_complete=_all_answered(answers, draw.case_refs, keys),
            )

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
            raise ValidationError.coded(ErrorCode.NO_SAMPLE_DRAWN)
        wanted = duplicate_key(case_ref.strip())
        for ref in draw.case_refs:
            if duplicate_key(ref) == wanted:
                return ref
        raise NotFoundError.coded(ErrorCode.CASE_NOT_IN_SAMPLE, case_ref=case_ref)

    def answer(
        self,
        visit_id: str,
        case_ref: str,
        question_key: str,
        answer: CaseAnswer | str | None,
    ) -> EditResult:
        """Answer one question (or ``'all'``) for one drawn case; returns the case as
        stored now, whether the review is complete now and the change records written
        (one a question, for an answer that moved)."""
        value = answer if isinstance(answer, CaseAnswer) or answer is None else parse_answer(answer)
        with self.db.unit_of_work() as uow:  # one transaction, one commit, for the edit
            repo = uow.case_review
            keys = self._question_keys(repo, visit_id)
            if question_key == ALL_QUESTIONS:
                chosen = keys
            elif question_key in keys:
                chosen = [question_key]
            else:
                raise ValidationError.coded(
                    ErrorCode.UNKNOWN_QUESTION_CHOICES,
                    question_key=question_key,
                    keys=", ".join(keys),
                )
            ref = self._drawn_ref(repo, visit_id, case_ref)
            changed = sum(repo.set_answer(visit_id, ref, k, value) for k in chosen)
            if changed:
                repo.touch(visit_id)
            return self._case_result(uow, visit_id, ref, keys)

    def answer_many(self, visit_id: str, items: list[tuple[str, str, CaseAnswer | None]]) -> int:
        """Set many (case ref, question key, answer) at once, in one transaction."""
        keys = {q.key for q in self.questions(visit_id)}
        changed = 0
        with self._repo() as repo:
            for case_ref, question_key, value in items:
                if question_key not in keys:
                    raise ValidationError.coded(
                        ErrorCode.UNKNOWN_QUESTION, question_key=question_key
                    )
                ref = self._drawn_ref(repo, visit_id, case_ref)
                changed += repo.set_answer(visit_id, ref, question_key, value)
            if changed:
                repo.touch(visit_id)
        return changed

    def set_grade(self, visit_id: str, case_ref: str, grade: str | None) -> EditResult:
        """The CIRSE complication grade of a drawn case: 'none', '1'..'6', or None."""
        value = parse_grade(grade)
        return self._set_review_field(visit_id, case_ref, "grade", value)

    def set_note(self, visit_id: str, case_ref: str, note: str) -> EditResult:
        """The assessor's note on a drawn case."""
        text = note.strip()
        if len(text) > NOTE_MAX_LEN:
            raise ValidationError.coded(ErrorCode.NOTE_TOO_LONG, most=NOTE_MAX_LEN)
        return self._set_review_field(visit_id, case_ref, "note", text)

    def _set_review_field(
        self, visit_id: str, case_ref: str, field: str, value: str | None
    ) -> EditResult:
        with self.db.unit_of_work() as uow:
            repo = uow.case_review
            keys = self._question_keys(repo, visit_id)
            ref = self._drawn_ref(repo, visit_id, case_ref)
            if repo.set_review_field(visit_id, ref, field, value):
                repo.touch(visit_id)
            return self._case_result(uow, visit_id, ref, keys)

    def _question_keys(self, repo: CaseReviewRepository, visit_id: str) -> list[str]:
        template_id, version = repo.visit_template(visit_id)
        return [q.key for q in self.templates.get(template_id, version).case_review_questions]

    def _case_result(
        self, uow: UnitOfWork, visit_id: str, ref: str, question_keys: list[str]
    ) -> EditResult:
        """What one case edit changed, read in its own transaction after the writes: the
        case as stored, the visit (a signed one may have started a new revision) and
        whether every drawn case now has every question answered, so the open visit's
        outcome follows without reading the review or the visit again."""
        repo = uow.case_review
        draw = repo.current_draw(visit_id)
        assert draw is not None  # _drawn_ref found the case in it
        answers = repo.answers(visit_id)
        key = duplicate_key(ref)
        grade, note = repo.reviews(visit_id).get(key, (None, ""))
        source = repo.population_case(visit_id, ref)
        case = ReviewedCase(
            position=1 + [duplicate_key(r) for r in draw.case_refs].index(key),
            case_ref=ref,
            procedure_date=source.procedure_date if source else None,
            procedure_type=source.procedure_type if source else "",
            answers=answers.get(key, {}),
            grade=grade,
            note=note,
        )
        return EditResult(
            changes=tuple(uow.changes.written),
            visit=uow.visits.get_visit(visit_id),
            case=case,
            case_review_complete=_all_answered(answers, draw.case_refs, question_keys),
        )

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
        raise NotFoundError.coded(ErrorCode.CASE_NOT_IN_SAMPLE, case_ref=case_ref)

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


def _all_answered(
    answers: dict[str, dict[str, CaseAnswer]], case_refs: tuple[str, ...], keys: list[str]
) -> bool:
    """Every drawn case has every question answered: ``summary().complete``, from the
    answers alone (no population read), for an edit's result."""
    return bool(case_refs) and all(
        k in answers.get(duplicate_key(r), {}) for r in case_refs for k in keys
    )
