#!/usr/bin/env bash
# Renders the hicolor PNG icons from the SVGs and writes them under packaging/linux/icons/,
# where they are committed: a build installs them as they are and needs no SVG renderer.
# Run it again after changing resources/icons/hubdesk.svg or application-x-hubdesk.svg.
# Needs rsvg-convert (Debian: librsvg2-bin); its output is the same on every run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

command -v rsvg-convert >/dev/null 2>&1 || {
  echo "render-icons.sh: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }

sizes=(16 22 24 32 48 64 128 256)
render() { # SVG CONTEXT NAME
  local svg=$1 context=$2 name=$3 size out
  for size in "${sizes[@]}"; do
    out="$here/icons/hicolor/${size}x${size}/$context/$name.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --format png --output "$out" "$svg"
    echo "$out"
  done
}
render "$root/resources/icons/hubdesk.svg" apps hubdesk
render "$here/application-x-hubdesk.svg" mimetypes application-x-hubdesk
