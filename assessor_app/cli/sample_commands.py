"""sample: the internal case review (population import, verifiable draw, answers, results)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from assessor_app.cli.common import iso_date, print_json
from assessor_app.cli.revision_notice import tell_new_revision
from assessor_app.domain.case_review import (
    COMPLICATION_GRADES,
    MAX_POPULATION,
    METHOD_VERSION,
    generate_seed,
    parse_answer,
)
from assessor_app.domain.case_review_summary import CaseReviewSummary
from assessor_app.domain.display_text import one_line
from assessor_app.services.case_review import RedrawNeedsConfirmationError
from assessor_app.services.container import Services

EXIT_MISMATCH = 1  # the same code as every other error


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    sample = sub.add_parser(
        "sample",
        help="internal case review: import the population, draw, verify, answer",
        description="The internal case review of randomly drawn patient files. The draw is "
        f"reproducible from the seed and the population ({METHOD_VERSION}, see "
        "docs/sampling.md).",
    )
    cmds = sample.add_subparsers(dest="sample_command", metavar="ACTION", required=True)

    p = cmds.add_parser(
        "import",
        help="add the procedures of a CSV file to the population",
        description="Add the procedures of a CSV file to the population, all or nothing. "
        f"At most {MAX_POPULATION:,} procedures; none dated after the visit (or today).",
    )
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument(
        "file", type=Path, help="CSV, UTF-8, header case_ref,procedure_date,procedure_type"
    )
    p.set_defaults(handler=cmd_import)

    p = cmds.add_parser("add", help="add one procedure to the population")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("case_ref", help="pseudonymous case reference, e.g. IO-2025-0042")
    p.add_argument("date", type=iso_date, help="procedure date, YYYY-MM-DD")
    p.add_argument("type", nargs="?", default="", help="procedure type, e.g. ablation")
    p.set_defaults(handler=cmd_add)

    p = cmds.add_parser("seed", help="print a fresh random seed (when no dice are at hand)")
    p.set_defaults(handler=cmd_seed, needs_services=False)

    p = cmds.add_parser("draw", help="draw the sample and print its case references in order")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("--seed", required=True, help="the seed, e.g. dice thrown with the facility")
    p.add_argument("--n", type=positive_int, help="cases to draw (default 30; all when fewer)")
    p.add_argument(
        "--yes-redraw",
        action="store_true",
        help="confirm replacing a draw whose cases already have answers (logged)",
    )
    p.set_defaults(handler=cmd_draw)

    p = cmds.add_parser("verify", help="recompute the recorded draw; exit 0 only when it matches")
    p.add_argument("id", help="visit id (or its first characters)")
    p.set_defaults(handler=cmd_verify)

    p = cmds.add_parser("answer", help="answer a review question for one drawn case")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("case_ref", help="a drawn case reference")
    p.add_argument("question", help="question key (see 'sample show') or 'all'")
    p.add_argument("answer", help="yes, no or na ('' clears)")
    p.set_defaults(handler=cmd_answer)

    p = cmds.add_parser("grade", help="set the CIRSE complication grade of a drawn case")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("case_ref", help="a drawn case reference")
    p.add_argument("grade", help=f"one of {', '.join(COMPLICATION_GRADES)} ('' clears)")
    p.set_defaults(handler=cmd_grade)

    p = cmds.add_parser("note", help="set the note on a drawn case")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("case_ref", help="a drawn case reference")
    p.add_argument("text", help="the note ('' clears)")
    p.set_defaults(handler=cmd_note)

    p = cmds.add_parser("show", help="the draw, compliance per question and overall, progress")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_show)


class ProgressLine:
    """Progress of a long import on stderr, only once it has run for ``DELAY_S``: on a
    terminal one line rewritten in place, elsewhere (a log, a pipe) a plain line per tenth."""

    DELAY_S = 1.0

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.started = time.monotonic()
        self.last_shown = 0.0
        self.tenths = -1
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if total <= 0 or now - self.started < self.DELAY_S:
            return
        text = f"{self.label}: {done:,} of {total:,} rows ({100 * done // total} %)"
        if self.tty:
            if now - self.last_shown >= 0.1 or done >= total:
                self.stream.write(f"\r{text}")
                self.stream.flush()
                self.last_shown, self.shown = now, True
        elif 10 * done // total > self.tenths:
            self.tenths = 10 * done // total
            print(text, file=self.stream, flush=True)

    def end(self) -> None:
        """Leave the terminal's line to what is printed next."""
        if self.tty and self.shown:
            self.stream.write("\n")
            self.stream.flush()


def cmd_import(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    before = services.case_review.population_info(visit_id).size
    progress = ProgressLine(f"importing {Path(args.file).name}")
    try:
        imported = services.case_review.import_csv_recorded(visit_id, args.file, progress)
    finally:
        progress.end()
    tell_new_revision(visit_id, imported)
    info = services.case_review.population_info(visit_id)
    print(f"Imported {info.size - before} cases; population {info.size}.")
    print(f"Fingerprint (SHA-256): {info.fingerprint}")
    return 0


def cmd_add(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    added = services.case_review.add_case_recorded(visit_id, args.case_ref, args.date, args.type)
    assert added.population_case is not None
    tell_new_revision(visit_id, added)
    case = added.population_case
    info = services.case_review.population_info(visit_id)
    print(f"Added {case.case_ref}; population {info.size}.")
    return 0


def cmd_seed(args: argparse.Namespace, services: Services | None) -> int:
    print(generate_seed())
    return 0


def cmd_draw(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    try:
        drawn = services.case_review.draw_recorded(
            visit_id, args.seed, args.n, confirm_redraw=args.yes_redraw
        )
    except RedrawNeedsConfirmationError as exc:
        raise RedrawNeedsConfirmationError(f"{exc} (add --yes-redraw)") from None
    assert drawn.draw is not None
    draw = drawn.draw
    for ref in draw.case_refs:
        print(ref)
    print(
        f"{len(draw.case_refs)} of {draw.population_size} cases drawn with seed {draw.seed!r}, "
        f"{draw.method_version}, population fingerprint {draw.fingerprint}",
        file=sys.stderr,
    )
    tell_new_revision(visit_id, drawn)  # the last line, after the draw's own summary
    return 0


def cmd_verify(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    result = services.case_review.check_draw(visit_id)
    if result.ok:
        print(result.message)
        return 0
    print(f"error: draw NOT verified: {result.message}", file=sys.stderr)
    return EXIT_MISMATCH


def cmd_answer(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    answer = parse_answer(args.answer)
    result = services.case_review.answer(visit_id, args.case_ref, args.question, answer)
    tell_new_revision(visit_id, result)
    shown = answer.value if answer else "cleared"
    print(f"{args.case_ref} {args.question}: {shown}")
    return 0


def cmd_grade(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    result = services.case_review.set_grade(visit_id, args.case_ref, args.grade or None)
    tell_new_revision(visit_id, result)
    print(f"{args.case_ref} complication grade: {args.grade or 'cleared'}")
    return 0


def cmd_note(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    tell_new_revision(visit_id, services.case_review.set_note(visit_id, args.case_ref, args.text))
    print(f"{args.case_ref} note saved")
    return 0


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def summary_json(s: CaseReviewSummary, visit_id: str) -> dict[str, Any]:
    """The JSON of ``sample show --json``."""
    return {
        "visit_id": visit_id,
        "population": {"size": s.population_size, "fingerprint": s.population_fingerprint},
        "draw": {
            "seed": s.seed,
            "method_version": s.method_version,
            "drawn_at": s.drawn_at.isoformat() if s.drawn_at else None,
            "drawn_by": s.drawn_by,
        },
        "cases_drawn": s.sample_size,
        "cases_complete": s.cases_complete,
        "complete": s.complete,
        "overall_compliance": s.overall_compliance,
        "questions": [
            {
                "key": q.key,
                "text": q.text,
                "yes": q.yes,
                "no": q.no,
                "na": q.na,
                "unanswered": q.unanswered,
                "compliance": q.compliance,
            }
            for q in s.questions
        ],
        "complication_grades": s.complication_grades,
    }


def cmd_show(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    summary = services.case_review.summary(visit_id)
    if summary is None:
        info = services.case_review.population_info(visit_id)
        if args.json:
            print_json(
                {
                    "visit_id": visit_id,
                    "population": {"size": info.size, "fingerprint": info.fingerprint},
                    "draw": None,
                    "cases_drawn": 0,
                    "cases_complete": 0,
                    "complete": False,
                }
            )
            return 0
        print(f"Population: {info.size} cases, fingerprint {info.fingerprint}")
        print("No sample drawn yet: sample draw ID --seed TEXT")
        return 0
    if args.json:
        print_json(summary_json(summary, visit_id))
        return 0
    s = summary
    drawn_at = f"{s.drawn_at:%Y-%m-%d %H:%M} UTC" if s.drawn_at else "?"
    print(f"Population: {s.population_size} cases, fingerprint {s.population_fingerprint}")
    print(f"Draw: seed {s.seed!r}, {s.method_version}, {drawn_at} by {one_line(s.drawn_by)}")
    print(f"Cases complete: {s.cases_complete}/{s.sample_size}")
    print(f"{'QUESTION':20} {'YES':>4} {'NO':>4} {'N/A':>4} {'OPEN':>5} COMPLIANCE")
    for q in s.questions:
        print(
            f"{q.key:20} {q.yes:>4} {q.no:>4} {q.na:>4} {q.unanswered:>5} {_percent(q.compliance)}"
        )
    print(f"Overall compliance: {_percent(s.overall_compliance)}")
    grades = ", ".join(f"{g}: {n}" for g, n in s.complication_grades.items() if n)
    print(f"Complication grades: {grades or 'none recorded'}")
    if not s.complete:
        print("The case review is not complete: every drawn case needs every question answered.")
    return 0
