#!/usr/bin/env bash
# Sets everything up and starts IASIOS Assessor; the first start of a data folder (after
# its passphrase is chosen in the app) opens on a demo visit to explore.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
export ASSESSOR_APP_DEMO_ON_FIRST_RUN=1
exec .venv/bin/python main.py "$@"
