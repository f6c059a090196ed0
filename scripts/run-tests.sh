#!/usr/bin/env bash
# Sets everything up and runs the whole test suite (lint included), as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy assessor_app
exec .venv/bin/python -m pytest "$@"
