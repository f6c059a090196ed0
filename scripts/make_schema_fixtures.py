"""Regenerate tests/fixtures/schema/: one database per past schema revision.

Each database is made by the code of the commit where that revision was the newest, not by
today's migration files, so the upgrade test meets what an assessor's laptop really holds.
For each revision the script unpacks that commit's tree into a temporary folder (git
archive: nothing is registered in the repository) and runs that code there: its command
line for a visit with details, ratings, comments and a justification, its services for
corrective actions and attachments (its CLI had no command for them), and from 0002 its
case review (population, draw, answers). It saves that code's ``show --json`` beside the
database for the test to compare with, and stores the database compacted (VACUUM INTO;
the photo bytes live in the attachment folder, not in the database).

    .venv/bin/python scripts/make_schema_fixtures.py [REVISION ...]
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "schema"

# revision -> the last commit in main's history on which it was the head (git log -- db/versions;
# 0005 came in on a merged branch, whose tip is that commit).
REVISIONS = {
    "0001_initial": "abe12ba689aaeb3a95071b3c99e060f104bb4c5b",
    "0002_case_review": "1373109b23cf6e4161a90f09a718d14e3521a389",
    "0003_reports": "04c5355fdf8a10d261a7e4e5c2dc4c3f09b53de0",
    "0004_sync": "48605e46e12fe56bb8a25fee8c11e26d74056cd7",
    "0005_self_assessment": "40f4a0728e26087b8e0bcd49a68a8780ac70586f",
    "0006_evidence_requests": "dd37a9e871ef16adf42bab738a22d9aa05a5cd6f",
}


def unpack(commit: str, target: Path) -> None:
    archive = target.parent / f"{commit}.tar"
    with archive.open("wb") as fh:
        subprocess.run(["git", "-C", str(ROOT), "archive", commit], stdout=fh, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    archive.unlink()


def old_env(code_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "ASSESSOR_APP_DATA_DIR"}
    # The old tree first on the path, so its assessor_app is imported, not today's.
    env.update(PYTHONPATH=str(code_dir), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    return env


def check_old_code_is_imported(code_dir: Path) -> None:
    """The venv's editable install points at today's tree; make sure it is not what runs."""
    where = subprocess.run(
        [sys.executable, "-c", "import assessor_app; print(assessor_app.__file__)"],
        cwd=code_dir, env=old_env(code_dir), capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not Path(where).resolve().is_relative_to(code_dir.resolve()):
        raise SystemExit(f"{code_dir.name} would run {where}, not its own code")


def cli(code_dir: Path, data_dir: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_dir), *args],
        cwd=code_dir, env=old_env(code_dir), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed at {code_dir.name}:\n{result.stderr}")
    return result.stdout


# Run inside the old tree with that tree's services: its CLI had no command for these yet.
ACTION_AND_ATTACHMENTS = """
import sys
from datetime import date
from pathlib import Path
from PIL import Image
from assessor_app.domain.visit import Severity
from assessor_app.paths import resolve_paths
from assessor_app.services.container import build_services

data_dir, visit_id, folder = sys.argv[1:4]
photo = Path(folder) / "ward corridor.png"
Image.new("RGB", (8, 6), (40, 120, 200)).save(photo)
document = Path(folder) / "board minutes.txt"
document.write_text("Board minutes, March\\n", encoding="utf-8")
services = build_services(resolve_paths(data_dir))
try:
    services.actions.add(visit_id, "7.b", "Minute every board meeting", Severity.MAJOR,
                         owner="Dr. Weber", due_date=date(2026, 9, 30))
    closed = services.actions.add(visit_id, "1.a", "Re-sign the policy", Severity.MINOR)
    services.actions.close(closed.id)
    services.attachments.add(visit_id, "3.a", photo, caption="Ward corridor, exit sign")
    services.attachments.add(visit_id, "7.b", document)
finally:
    services.close()
"""


def population_csv(folder: Path) -> Path:
    path = folder / "procedures.csv"
    rows = [f"IO-2025-{n:04d},2025-{1 + n % 12:02d}-{1 + n % 27:02d},ablation" for n in range(40)]
    path.write_text("case_ref,procedure_date,procedure_type\n" + "\n".join(rows) + "\n")
    return path


def make(revision: str, commit: str, work: Path) -> None:
    code_dir, data_dir = work / f"code-{revision}", work / f"data-{revision}"
    unpack(commit, code_dir)
    check_old_code_is_imported(code_dir)
    visit_id = cli(
        code_dir, data_dir, "new", "--facility", "Ospedale Maggiore", "--procedures", "180",
        "--department", "Radiologia Interventistica", "--country", "IT",
        "--facility-code", "OM-7", "--start", "2026-04-14", "--end", "2026-04-15",
        "--lead", "Dr. Elena Conti", "--lead-email", "conti@example.org",
    ).strip()  # fmt: skip
    for key, rating, *more in (
        ("1.a", "met", "--comment", "Policy seen, signed by the director"),
        ("1.b", "met"),
        ("6.b", "not-met", "--comment", "No morbidity meeting since January"),
        ("7.b", "partial", "--comment", "Minutes: 2 of 4 meetings"),
        ("4.e", "na", "--justification", "Day-case unit only"),
        ("2.a", "not-assessed"),
    ):
        cli(code_dir, data_dir, "rate", visit_id, key, rating, *more)
    subprocess.run(
        [sys.executable, "-c", ACTION_AND_ATTACHMENTS, str(data_dir), visit_id, str(work)],
        cwd=code_dir, env=old_env(code_dir), check=True, timeout=300,
    )  # fmt: skip
    if revision != "0001_initial":  # the case review arrived with 0002
        cli(code_dir, data_dir, "sample", "import", visit_id, str(population_csv(work)))
        drawn = cli(code_dir, data_dir, "sample", "draw", visit_id, "--seed", "dice 4-2-6-1")
        refs = [line.split()[-1] for line in drawn.splitlines() if line.strip()][:3]
        for ref in refs[:2]:
            cli(code_dir, data_dir, "sample", "answer", visit_id, ref, "all", "yes")
        cli(code_dir, data_dir, "sample", "grade", visit_id, refs[0], "1")
    shown = {
        visit_id: json.loads(cli(code_dir, data_dir, "show", visit_id, "--json"))
        for visit_id in (visit_id,)
    }
    target = OUT / f"{revision}.sqlite"
    target.unlink(missing_ok=True)
    con = sqlite3.connect(data_dir / "assessor.db")
    try:
        (stamped,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if stamped != revision:
            raise SystemExit(f"{commit[:8]} made a database at {stamped}, not {revision}")
        con.execute("VACUUM INTO ?", (str(target),))
    finally:
        con.close()
    (OUT / f"{revision}.json").write_text(
        json.dumps({"commit": commit, "visits": shown}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{revision}: {target.stat().st_size // 1024} KiB from {commit[:8]}")


def main(argv: list[str]) -> int:
    wanted = argv or list(REVISIONS)
    unknown = [r for r in wanted if r not in REVISIONS]
    if unknown:
        print(f"unknown revision(s) {unknown}; known: {list(REVISIONS)}", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="schema-fixtures-") as tmp:
        for revision in wanted:
            make(revision, REVISIONS[revision], Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
