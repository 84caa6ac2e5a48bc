#!/usr/bin/env bash
# Install whatever the tests need (system packages, a virtual environment) and run the whole
# suite: lint, then every test, with Qt offscreen (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-packages.sh

ensure_system_packages
ensure_venv "[test]"

export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests bench scripts
.venv/bin/pytest "$@"
