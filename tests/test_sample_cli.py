"""The sample command as a script would use it (main(argv) with --data-dir)."""

from __future__ import annotations

import json
from datetime import date, timedelta

from assessor_app.app import main


def run(capsys, data_dir, *argv):
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def make_visit(capsys, data_dir) -> str:
    code, out, _ = run(capsys, data_dir, "new", "--facility", "CLI Hospital", "--procedures", "200")
    assert code == 0
    return out.strip().splitlines()[-1]


def write_csv(path, n):
    day = date(2025, 1, 1)
    lines = ["case_ref,procedure_date,procedure_type"]
    lines += [f"C{i:04d},{(day + timedelta(days=i % 300)).isoformat()},ablation" for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_draw_verify_answer_show(capsys, tmp_path):
    data = tmp_path / "d"
    vid = make_visit(capsys, data)
    code, out, _ = run(
        capsys, data, "sample", "import", vid[:8], str(write_csv(tmp_path / "p.csv", 500))
    )
    assert code == 0 and "Imported 500 cases" in out

    code, out, err = run(capsys, data, "sample", "draw", vid, "--seed", "6-6-2-1")
    refs = out.split()
    assert code == 0 and len(refs) == 30 and len(set(refs)) == 30
    assert "iasios-sample-v1" in err

    code, out, _ = run(capsys, data, "sample", "verify", vid)
    assert code == 0 and "draw verified" in out

    # the same list and seed in a fresh data dir print the same 30 in the same order
    other = tmp_path / "other"
    vid2 = make_visit(capsys, other)
    run(capsys, other, "sample", "import", vid2, str(tmp_path / "p.csv"))
    code, out2, _ = run(capsys, other, "sample", "draw", vid2, "--seed", "6-6-2-1")
    assert out2.split() == refs

    code, out, _ = run(capsys, data, "sample", "answer", vid, refs[0], "all", "yes")
    assert code == 0
    code, out, _ = run(capsys, data, "sample", "answer", vid, refs[1], "consent", "no")
    assert code == 0
    code, out, _ = run(capsys, data, "sample", "show", vid, "--json")
    shown = json.loads(out)
    assert shown["cases_drawn"] == 30 and shown["cases_complete"] == 1
    consent = next(q for q in shown["questions"] if q["key"] == "consent")
    assert (consent["yes"], consent["no"], consent["unanswered"]) == (1, 1, 28)
    assert consent["compliance"] == 0.5
    assert shown["population"]["size"] == 500 and shown["draw"]["seed"] == "6-6-2-1"

    code, out, _ = run(capsys, data, "sample", "show", vid)
    assert "Cases complete: 1/30" in out and "consent" in out

    # a redraw after answers needs --yes-redraw
    code, _, err = run(capsys, data, "sample", "draw", vid, "--seed", "again")
    assert code == 1 and "--yes-redraw" in err and "Traceback" not in err
    code, out, _ = run(capsys, data, "sample", "draw", vid, "--seed", "again", "--yes-redraw")
    assert code == 0 and out.split() != refs


def test_verify_fails_without_a_draw_and_user_errors_are_clean(capsys, tmp_path):
    data = tmp_path / "d"
    vid = make_visit(capsys, data)
    code, _, err = run(capsys, data, "sample", "verify", vid)
    assert code != 0 and "NOT verified" in err

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "case_ref,procedure_date,procedure_type\nC1,2025-01-01,a\nJane Doe,2025-01-01,a\n"
    )
    code, _, err = run(capsys, data, "sample", "import", vid, str(bad))
    assert code == 1 and "line 3" in err and "name" in err and "Traceback" not in err

    run(capsys, data, "sample", "import", vid, str(write_csv(tmp_path / "p.csv", 5)))
    run(capsys, data, "sample", "draw", vid, "--seed", "s")
    code, _, err = run(capsys, data, "sample", "answer", vid, "C0000", "all", "maybe")
    assert code == 1 and "use yes, no or na" in err
    code, out, _ = run(capsys, data, "sample", "seed")
    assert code == 0 and len(out.strip()) >= 8


def test_verify_detects_a_changed_population(capsys, tmp_path):
    data = tmp_path / "d"
    vid = make_visit(capsys, data)
    run(capsys, data, "sample", "import", vid, str(write_csv(tmp_path / "p.csv", 50)))
    run(capsys, data, "sample", "draw", vid, "--seed", "s")
    # a population row edited behind the app's back (e.g. a copied database)
    from tests.conftest import connect_db

    con = connect_db(data)
    con.execute("UPDATE case_population SET procedure_type='x' WHERE case_ref='C0001'")
    con.commit()
    con.close()
    code, _, err = run(capsys, data, "sample", "verify", vid)
    assert code == 1 and "population has changed" in err
