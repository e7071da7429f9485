#!/usr/bin/env bash
# Makes docs/screenshots/*.png: a picture of every page of the window, on a fresh
# sample database, in English (en_GB). Run it again after a change to the window:
#   ./scripts/screenshots.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh >/dev/null
out=${1:-docs/screenshots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./build/app/hubdesk demo "$work/sample.hubdesk" >/dev/null
mkdir -p "$out"
rm -f "$out"/*.png
# A private settings folder: the pictures do not depend on this computer's saved layout.
XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work" LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 \
    QT_QPA_PLATFORM=offscreen ./build/app/hubdesk --screenshots "$out" "$work/sample.hubdesk" 2>/dev/null
ls "$out"
