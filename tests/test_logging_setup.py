"""The log file rolls over at its size limit, keeps five old files, and is set up before the
first paint without importing logging.handlers (socket, pickle, queue)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from assessor_app.logging_setup import QuietRotatingFileHandler
from tests.conftest import ROOT


def _log(handler: logging.Handler, text: str) -> None:
    handler.handle(logging.LogRecord("t", logging.INFO, __file__, 1, text, None, None))


def test_the_log_rolls_over_and_keeps_five_old_files(tmp_path: Path):
    log = tmp_path / "assessor.log"
    handler = QuietRotatingFileHandler(log, max_bytes=100, backups=5)
    try:
        for n in range(20):
            _log(handler, f"record {n:02d} " + "x" * 35)  # 46 bytes: two fit in 100
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["assessor.log", *(f"assessor.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 100 for p in tmp_path.iterdir())

    def records(name: str) -> list[str]:
        lines = (tmp_path / name).read_text(encoding="utf-8").splitlines()
        return [line.split(" x")[0] for line in lines]

    assert records("assessor.log") == ["record 18", "record 19"]  # the newest, live
    assert records("assessor.log.1") == ["record 16", "record 17"]
    assert records("assessor.log.5") == ["record 08", "record 09"]  # older ones are gone


def test_a_record_larger_than_the_limit_is_still_written(tmp_path: Path):
    log = tmp_path / "assessor.log"
    handler = QuietRotatingFileHandler(log, max_bytes=10)
    try:
        _log(handler, "a long record, longer than the limit")
    finally:
        handler.close()
    assert "a long record" in log.read_text(encoding="utf-8")


def test_setting_up_the_log_imports_no_socket_module(tmp_path: Path):
    code = (
        "import sys; from pathlib import Path\n"
        "from assessor_app.logging_setup import configure_logging\n"
        "configure_logging(Path(sys.argv[1]) / 'assessor.log')\n"
        "print(sorted(m for m in ('logging.handlers', 'socket') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
