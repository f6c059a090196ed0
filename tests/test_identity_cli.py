"""identity create never destroys an existing key."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor_app.app import main
from tests.report_helpers import write_passphrase


def test_identity_create_refuses_to_overwrite_an_existing_identity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = write_passphrase(tmp_path, "a long passphrase")
    p12 = tmp_path / "me.p12"
    data = ["--data-dir", str(tmp_path / "d")]
    create = [*data, "identity", "create", "--email", "a@example.org", "-o", str(p12),
              "--passphrase-file", str(secret)]  # fmt: skip
    assert main([*create, "--name", "Anna Assessor"]) == 0
    first = p12.read_bytes()
    cert = (tmp_path / "me.cert.pem").read_bytes()
    capsys.readouterr()
    # A second create to the same file would destroy the key whose certificate the
    # office may already have registered.
    assert main([*create, "--name", "Someone Else"]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "Traceback" not in err
    assert p12.read_bytes() == first
    assert (tmp_path / "me.cert.pem").read_bytes() == cert
