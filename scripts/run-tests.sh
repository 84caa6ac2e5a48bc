#!/usr/bin/env bash
# Install whatever the tests need (system packages, a virtual environment) and run the whole
# suite: lint, then every test, with Qt offscreen (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-packages.sh

# PostgreSQL: the service-level tests also run against a real server, which the tests start
# themselves (initdb + pg_ctl in a temporary folder, on 127.0.0.1; as the 'postgres' user when
# run as root). Only the server programs are needed; the tests never use the package's own
# cluster.
# LibreOffice (calc, no GUI): tests/test_libreoffice.py re-reads the XLSX and CSV exports with
# another spreadsheet program ('soffice --headless --convert-to') and checks the numbers. It is
# big (about 300 MB); where it cannot be installed those tests are skipped with the reason.
ensure_system_packages postgresql libreoffice-calc-nogui
ensure_venv "[test]"

export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests bench scripts
.venv/bin/pytest "$@"
