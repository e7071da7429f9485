#!/usr/bin/env bash
# Makes the pictures of the user manual (docs/manual.md) and of the README: every page
# of the window and the dialogs the manual shows, on a fresh sample database.
#   ./scripts/screenshots.sh            English (en_GB) into docs/screenshots
#   ./scripts/screenshots.sh bg         Bulgarian into docs/screenshots/bg
#   ./scripts/screenshots.sh dark       English, dark palette, into docs/screenshots/dark
#   ./scripts/screenshots.sh all        all three
#   ./scripts/screenshots.sh en DIR     one set into DIR
# The pictures are reduced to 256-colour PNGs when ImageMagick is there (a third of
# the size, still sharp: the window has few colours). Run it again after a change to
# the window; the manual's HTML is made from them at the next build.
set -euo pipefail
cd "$(dirname "$0")/.."

set_name=${1:-en}
case "$set_name" in
    en|bg|dark) ;;
    all) for s in en bg dark; do "$0" "$s"; done; exit 0 ;;
    *) echo "usage: $0 [en|bg|dark|all] [OUTPUT_DIR]" >&2; exit 64 ;;
esac
case "$set_name" in
    en) out=${2:-docs/screenshots}; locale=en_GB.UTF-8; palette= ;;
    bg) out=${2:-docs/screenshots/bg}; locale=bg_BG.UTF-8; palette= ;;
    dark) out=${2:-docs/screenshots/dark}; locale=en_GB.UTF-8; palette=dark ;;
esac

# The program alone when the whole build stops (the manual's HTML wants pictures not made yet).
./scripts/build.sh >/dev/null 2>&1 || cmake --build build --target hubdesk >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./build/app/hubdesk demo "$work/sample.hubdesk" >/dev/null
mkdir -p "$out"
rm -f "$out"/*.png
# A private settings folder: the pictures do not depend on this computer's saved layout.
# Qt reads the language from LANG/LC_ALL even when that locale is not generated here.
# HUBDESK_PALETTE=dark asks the program for its dark palette (ignored by a build without it).
env XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work" \
    LANG="$locale" LC_ALL="$locale" LANGUAGE= HUBDESK_PALETTE="$palette" \
    QT_QPA_PLATFORM=offscreen ./build/app/hubdesk --screenshots "$out" "$work/sample.hubdesk" 2>/dev/null

if command -v convert >/dev/null 2>&1; then
    for png in "$out"/*.png; do
        convert "$png" -strip -colors 256 "PNG8:$png.tmp" && mv "$png.tmp" "$png"
    done
fi
du -ch "$out"/*.png | tail -1
ls "$out"
