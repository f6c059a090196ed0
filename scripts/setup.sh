#!/usr/bin/env bash
# Sets up everything the app and its tests need on a fresh Linux machine:
# a virtualenv in .venv with the Python packages, and (Debian/Ubuntu) the system
# libraries Qt needs, installed with apt-get when they are missing.
# Run as `bash scripts/setup.sh [app|test]`; constraints.txt pins the tested versions.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-app}
PYTHON=${PYTHON:-python3}

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1; then sudo "$@";
  else log "need root for: $*"; return 1; fi
}

apt_updated=0
apt_install() {
  # Installs the first available name of each "a|b" alternative (names differ by release).
  command -v apt-get >/dev/null 2>&1 || { log "no apt-get: install the system packages for: $*"; return 1; }
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq >&2; apt_updated=1; fi
  local wanted=() alt name
  for alt in "$@"; do
    for name in ${alt//|/ }; do
      if apt-cache show "$name" >/dev/null 2>&1; then wanted+=("$name"); break; fi
    done
  done
  [ ${#wanted[@]} = 0 ] && return 0
  log "apt-get install ${wanted[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${wanted[@]}" >&2
}

# 1. Python 3.11+ with venv.
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  log "Python 3.11 or newer is needed (found: $("$PYTHON" --version 2>&1 || echo none))"; exit 1
fi
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys' 2>/dev/null; then
  rm -rf .venv
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    apt_install "python3-venv"; rm -rf .venv; "$PYTHON" -m venv .venv
  fi
fi

# 2. Python packages, re-installed only when pyproject.toml or the constraints change.
stamp=".venv/.installed-$(cat pyproject.toml constraints.txt 2>/dev/null | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  log "installing Python packages into .venv (log: .venv/pip.log)"
  constraints=(); [ -f constraints.txt ] && constraints=(-c constraints.txt)
  if ! { .venv/bin/python -m pip install --upgrade pip \
         && .venv/bin/python -m pip install "${constraints[@]}" -e ".[test,build]"; } \
       > .venv/pip.log 2>&1; then
    tail -n 30 .venv/pip.log >&2; log "installing Python packages failed"; exit 1
  fi
  rm -f .venv/.installed-*; touch "$stamp"
fi
# The app's bytecode, so even the first start and machines with PYTHONDONTWRITEBYTECODE set
# do not compile every module from source (~90 ms a start); up-to-date files are skipped.
if ! compiled=$(.venv/bin/python -m compileall -q assessor_app 2>&1); then
  printf '%s\n' "$compiled" >&2; log "compiling the app's bytecode failed"; exit 1
fi

# 3. System libraries Qt loads (checked by loading Qt, installed only when missing).
QT_BASE=("libgl1" "libegl1" "libglib2.0-0t64|libglib2.0-0" "libfontconfig1" "libfreetype6"
         "libxkbcommon0" "libdbus-1-3" "libx11-6" "libx11-xcb1")
QT_DESKTOP=("libxkbcommon-x11-0" "libxcb-cursor0" "libxcb-icccm4" "libxcb-image0" "libxcb-keysyms1"
            "libxcb-randr0" "libxcb-render-util0" "libxcb-shape0" "libxcb-xinerama0" "libxcb-xkb1"
            "libxcb-shm0" "libxcb-sync1" "libxcb-xfixes0" "fonts-dejavu-core")
qt_loads() {
  QT_QPA_PLATFORM=$1 .venv/bin/python - <<'PY' >/dev/null 2>&1
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtPdf import QPdfDocument
app = QApplication([])
QWidget().show()
PY
}
if ! qt_loads offscreen; then
  log "Qt cannot load yet; installing the system libraries it needs"
  apt_install "${QT_BASE[@]}"
fi
if [ "$MODE" = app ] && [ -n "${DISPLAY:-}" ] && ! qt_loads xcb; then
  apt_install "${QT_DESKTOP[@]}"
fi
# The accessibility test runs the app on Xvfb through the xcb plugin: its libraries are
# needed in test mode too, with or without a display (checked by what the plugin links).
xcb_libs_missing() {
  local plugin
  plugin=$(.venv/bin/python -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")' 2>/dev/null) || return 0
  ldd "$plugin" 2>/dev/null | grep -q "not found"
}
if [ "$MODE" = test ] && xcb_libs_missing; then
  apt_install "${QT_DESKTOP[@]}"
fi
if [ "$MODE" = test ]; then
  # Independent checkers the tests use (scripts/checkers.sh): PDF tools for the reports, a
  # throw-away PostgreSQL server for the office's database, LibreOffice Calc for the CSV, a
  # virtual display and the accessibility bus for the GUI. A missing one fails set-up.
  source scripts/checkers.sh
  mapfile -t missing < <(missing_checkers)
  [ ${#missing[@]} = 0 ] || apt_install "${missing[@]}" || true
  mapfile -t still < <(missing_checkers)
  if [ ${#still[@]} != 0 ]; then
    log "the tests need these checkers, and they could not be installed: ${still[*]}"; exit 1
  fi
fi
qt_loads offscreen || { log "Qt still cannot load; see the error above"; exit 1; }
