#!/usr/bin/env bash
# One command to set up and start HubDesk on Debian 12:
#   ./scripts/run.sh [FILE]
# installs the packages it needs (through sudo when not root), builds, and opens
# FILE — by default your own database, made with sample data when there is none yet.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh

db=${1:-"${XDG_DATA_HOME:-$HOME/.local/share}/HubDesk/HubDesk/ecosystem.hubdesk"}
if [ ! -e "$db" ]; then
    echo "No database at $db yet: writing one with sample data."
    mkdir -p "$(dirname "$db")"
    ./build/app/hubdesk demo "$db"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    echo "There is no display to show the window on (DISPLAY is not set)." >&2
    echo "Run this from a desktop session, or try it headless: xvfb-run ./scripts/run.sh" >&2
    exit 1
fi
exec ./build/app/hubdesk "$db"
