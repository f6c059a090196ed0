#!/usr/bin/env bash
# Sets everything up, creates a demo visit on the first run, and starts IASIOS Assessor.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
if [ "$(.venv/bin/python main.py "$@" list --json 2>/dev/null | tr -d '[:space:]')" = "[]" ]; then
  .venv/bin/python main.py "$@" demo >/dev/null && echo "A demo visit was created to explore."
fi
exec .venv/bin/python main.py "$@"
