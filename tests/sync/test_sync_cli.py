"""The sync commands as a user types them: export, import (twice, refused), conflicts,
resolve, export-csv."""

from __future__ import annotations

import json
from pathlib import Path

from assessor_app.app import main


def run(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_round_trip(capsys, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    code, out, _ = run(capsys, a, "demo")
    visit_id = out.strip().splitlines()[-1]
    code, out, _ = run(
        capsys, a, "export", visit_id[:8], "-o", str(tmp_path / "inv"), "--invitation"
    )
    assert code == 0 and "invitation (unsigned)" in out
    bundle = out.strip().splitlines()[-1]
    assert bundle.endswith(".iasios")

    code, out, _ = run(capsys, b, "import", bundle, "--json")
    result = json.loads(out)
    assert code == 0 and result["invitation"] and result["visit_ids"] == [visit_id]
    code, out, _ = run(capsys, b, "import", bundle)
    assert code == 0 and "already imported" in out

    run(capsys, a, "rate", visit_id, "7.a", "not-met", "--comment", "lead")
    run(capsys, b, "rate", visit_id, "7.a", "partial", "--comment", "co")
    run(capsys, b, "export", visit_id, "-o", str(tmp_path / "co.iasios"))
    code, out, _ = run(capsys, a, "import", str(tmp_path / "co.iasios"))
    assert code == 0 and "conflicts need review" in out

    code, out, _ = run(capsys, a, "conflicts", visit_id, "--json")
    conflicts = json.loads(out)
    assert {(c["requirement_key"], c["field"]) for c in conflicts} == {
        ("7.a", "rating"),
        ("7.a", "comment"),
    }
    rating = next(c for c in conflicts if c["field"] == "rating")
    assert {o["value"] for o in rating["options"]} == {"not-met", "partial"}
    assert all(o["author"] and o["recorded_at"] for o in rating["options"])
    code, out, _ = run(capsys, a, "conflicts", visit_id)
    assert "requirement 7.a" in out and "rating" in out

    code, out, _ = run(capsys, a, "resolve", rating["id"][:8], "--value", '"partial"')
    assert code == 0 and "Resolved" in out
    comment = next(c for c in conflicts if c["field"] == "comment")
    take = comment["options"][0]["change_id"]
    code, out, _ = run(capsys, a, "resolve", comment["id"], "--take", take)
    assert code == 0
    code, out, _ = run(capsys, a, "conflicts", visit_id)
    assert "No open conflicts" in out
    code, out, err = run(capsys, a, "resolve", comment["id"], "--take", take)
    assert code == 1 and "already resolved" in err

    code, out, _ = run(capsys, a, "export-csv", "-o", str(tmp_path / "f.csv"))
    assert code == 0 and (tmp_path / "f.csv").read_text(encoding="utf-8-sig").count(visit_id) > 60


def test_cli_refused_bundle_is_one_line_and_non_zero(capsys, tmp_path):
    bad = tmp_path / "evil.iasios"
    bad.write_bytes(b"PK\x03\x04 not really")
    code, out, err = run(capsys, tmp_path / "d", "import", str(bad))
    assert code == 1 and out == ""
    assert err.startswith("error: bundle refused:") and err.count("\n") == 1


def test_cli_signed_export(capsys, tmp_path):
    from assessor_app.identity.pkcs12 import create_identity

    (tmp_path / "me.p12").write_bytes(create_identity("Dr Sig", "sig@example.org", "long-pass"))
    (tmp_path / "pass").write_text("long-pass\n")
    code, out, _ = run(capsys, tmp_path / "a", "demo")
    visit_id = out.strip().splitlines()[-1]
    code, out, _ = run(
        capsys, tmp_path / "a", "export", visit_id, "-o", str(tmp_path / "s.iasios"),
        "--identity", str(tmp_path / "me.p12"), "--passphrase-file", str(tmp_path / "pass"),
    )  # fmt: skip
    assert code == 0 and "(signed)" in out
    code, out, _ = run(capsys, tmp_path / "b", "import", str(tmp_path / "s.iasios"))
    assert code == 0 and "signed by Dr Sig <sig@example.org>" in out
