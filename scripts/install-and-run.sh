#!/usr/bin/env bash
# Install everything FamilyCase needs on a Debian/Ubuntu machine and start the desktop app.
#   scripts/install-and-run.sh          start on your own vault (your platform data folder)
#   scripts/install-and-run.sh --demo   start on a demo vault of fictional families (./demo-vault)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-packages.sh

ensure_system_packages
ensure_venv

if [ "${1:-}" = "--demo" ]; then
    shift
    if [ ! -e demo-vault/familycase.sqlite3 ]; then
        echo "Creating a demo vault of ${DEMO_FAMILIES:-200} fictional families in ./demo-vault ..."
        .venv/bin/familycase --data demo-vault demo --families "${DEMO_FAMILIES:-200}"
    fi
    echo
    echo "Demo vault: every demo user's password is demo-password-2026"
    echo "Sign in as 'sam' (team leader) or 'priya' (key worker)."
    exec .venv/bin/familycase --data demo-vault --user sam gui "$@"
fi
exec .venv/bin/familycase "$@"
