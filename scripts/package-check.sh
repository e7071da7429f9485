#!/usr/bin/env bash
# Installs the .deb that scripts/package.sh made, the way a user would (apt-get pulls in its
# dependencies), and runs the installed /usr/bin/hubdesk:
#   ./scripts/package-check.sh            leaves HubDesk installed afterwards
#   ./scripts/package-check.sh --remove   removes it again at the end (apt-get remove)
# Checks --version, demo, check, that the desktop entry, icons, MIME type and manual page
# are in place under /usr, and that the window starts on Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."

remove=0
case "${1:-}" in
  --remove) remove=1 ;;
  "") ;;
  *) echo "usage: $0 [--remove]" >&2; exit 64 ;;
esac

debs=(build-pkg/hubdesk_*.deb)
[ -f "${debs[0]}" ] || { echo "package-check.sh: no build-pkg/hubdesk_*.deb; run ./scripts/package.sh first" >&2; exit 1; }
deb=$(realpath "${debs[0]}")

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "== installing $deb"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
dpkg-query -W -f='${Package} ${Version} ${Status}\n' hubdesk

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_RUNTIME_DIR=$tmp/runtime HOME=$tmp/home
mkdir -m 700 "$XDG_RUNTIME_DIR" && mkdir "$HOME"
hubdesk=/usr/bin/hubdesk
fail() { echo "package-check.sh: $*" >&2; exit 1; }

echo "== the installed program"
[ "$(command -v hubdesk)" = "$hubdesk" ] || fail "hubdesk on PATH is $(command -v hubdesk), not $hubdesk"
"$hubdesk" --version
"$hubdesk" --help >/dev/null
"$hubdesk" demo "$tmp/sample.hubdesk" --size 500 >/dev/null
"$hubdesk" check "$tmp/sample.hubdesk" | tail -n 3

echo "== files under /usr"
for f in share/applications/hubdesk.desktop \
         share/metainfo/io.github.hubdesk.HubDesk.metainfo.xml \
         share/mime/packages/hubdesk.xml \
         share/icons/hicolor/scalable/apps/hubdesk.svg \
         share/icons/hicolor/scalable/mimetypes/application-x-hubdesk.svg \
         share/man/man1/hubdesk.1.gz \
         share/doc/hubdesk/copyright share/doc/hubdesk/changelog.gz; do
  [ -s "/usr/$f" ] || fail "/usr/$f is missing"
done
for size in 16 22 24 32 48 64 128 256; do
  for icon in apps/hubdesk mimetypes/application-x-hubdesk; do
    f=/usr/share/icons/hicolor/${size}x${size}/$icon.png
    [ -s "$f" ] || fail "$f is missing"
  done
done
# The MIME database was rebuilt by dpkg's trigger: *.hubdesk is a type of its own.
grep -q '^application/x-hubdesk ' /usr/share/mime/subclasses \
  || fail "application/x-hubdesk is not in /usr/share/mime (shared-mime-info trigger?)"
grep -q 'application/x-hubdesk' /usr/share/mime/globs2 || fail "*.hubdesk glob is not registered"
# The desktop database knows HubDesk opens it (when desktop-file-utils ran its trigger).
if [ -f /usr/share/applications/mimeinfo.cache ]; then
  grep -q '^application/x-hubdesk=.*hubdesk.desktop' /usr/share/applications/mimeinfo.cache \
    || fail "mimeinfo.cache does not list hubdesk.desktop for application/x-hubdesk"
fi
man -w hubdesk >/dev/null 2>&1 || zcat /usr/share/man/man1/hubdesk.1.gz | grep -q '^\.TH HUBDESK 1' \
  || fail "the manual page does not read"
[ -s /usr/share/hubdesk/manual/index.html ] || fail "the user manual (/usr/share/hubdesk/manual/index.html) is missing"
missing_pictures=$(grep -o 'src="[^"]*"' /usr/share/hubdesk/manual/index.html | sed 's/^src="//; s/"$//' \
  | while read -r img; do [ -s "/usr/share/hubdesk/manual/$img" ] || echo "$img"; done)
[ -z "$missing_pictures" ] || fail "pictures of the manual are missing: $missing_pictures"
echo "desktop entry, AppStream metadata, MIME type, icons, manual page, user manual and copyright are in place"

echo "== languages"
# The installed program speaks Bulgarian when the system does, and English otherwise.
bg_out=$(LANG=bg_BG.UTF-8 LC_ALL=bg_BG.UTF-8 "$hubdesk" check "$tmp/sample.hubdesk" | tail -n 1)
en_out=$(LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 "$hubdesk" check "$tmp/sample.hubdesk" | tail -n 1)
echo "bg: $bg_out"
echo "en: $en_out"
printf '%s' "$bg_out" | LC_ALL=C.UTF-8 grep -qP '\p{Cyrillic}' || fail "the installed hubdesk does not speak Bulgarian under LANG=bg_BG.UTF-8"
printf '%s' "$en_out" | LC_ALL=C.UTF-8 grep -qP '\p{Cyrillic}' && fail "the installed hubdesk speaks Bulgarian under LANG=en_GB.UTF-8"

echo "== the window, offscreen"
# (the offscreen plugin's "does not support propagateSizeHints()" lines are noise)
QT_QPA_PLATFORM=offscreen "$hubdesk" --screenshots "$tmp/shots" "$tmp/sample.hubdesk" 2>&1 >/dev/null \
  | { grep -v 'does not support propagateSizeHints' || true; } >&2
count=$(find "$tmp/shots" -name '*.png' | wc -l)
[ "$count" -gt 0 ] || fail "--screenshots wrote no pictures"
echo "the window started and saved $count pages as PNG"

if [ "$remove" = 1 ]; then
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq hubdesk >/dev/null
  echo "== removed hubdesk again"
else
  echo "== hubdesk stays installed (remove it with: apt-get remove hubdesk)"
fi
