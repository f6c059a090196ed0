#!/usr/bin/env bash
# The independent checkers the tests use, and which of them are missing.
# Sourced by scripts/setup.sh (which installs the missing ones and fails when it cannot);
# run on its own it prints the apt packages still missing and exits 1 when there are any.
# A missing checker fails set-up and the tests, never skips them: a check that is skipped
# where nobody looks is no check.
# Each entry: "apt package alternatives (a|b) :: a command that succeeds once installed".
CHECKERS=(
  "poppler-utils :: command -v pdftotext && command -v pdftoppm && command -v pdfsig && command -v pdffonts"
  "qpdf :: command -v qpdf"
  "openssl :: command -v openssl"
  "postgresql :: ls /usr/lib/postgresql/*/bin/initdb"
  "libreoffice-calc-nogui|libreoffice-calc :: command -v soffice"
  "xvfb :: command -v Xvfb"
  "at-spi2-core :: ls /usr/libexec/at-spi-bus-launcher || ls /usr/lib/at-spi2-core/at-spi-bus-launcher"
  "python3-pyatspi :: /usr/bin/python3 -c 'import pyatspi'"
  "dbus-daemon|dbus :: command -v dbus-daemon && command -v dbus-run-session"
)

missing_checkers() {
  local entry
  for entry in "${CHECKERS[@]}"; do
    bash -c "${entry#* :: }" >/dev/null 2>&1 || printf '%s\n' "${entry%% :: *}"
  done
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  mapfile -t missing < <(missing_checkers)
  if [ ${#missing[@]} != 0 ]; then
    printf 'missing checker: %s\n' "${missing[@]}" >&2
    exit 1
  fi
fi
