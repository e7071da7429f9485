#!/usr/bin/env bash
# Makes packaging/windows/hubdesk.ico from resources/icons/hubdesk.svg (ImageMagick).
# Run it again whenever the SVG changes, and commit the .ico: Windows builds use the
# committed file, so they need no ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=resources/icons/hubdesk.svg
out=packaging/windows/hubdesk.ico
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sizes=(16 20 24 32 40 48 64 128 256)
frames=()
for size in "${sizes[@]}"; do
    # Rendered at each size from the vector (not one bitmap scaled down), on transparency.
    convert -background none -density 1200 "$svg" -resize "${size}x${size}" \
        -gravity center -extent "${size}x${size}" "PNG32:$tmp/$size.png"
    frames+=("$tmp/$size.png")
done
# The 256-pixel frame is stored as PNG inside the .ico (as Windows Vista and later expect).
convert "${frames[@]}" "$out"
identify "$out"
