#!/usr/bin/env bash
# Installs every Debian 12 package HubDesk needs to build, run and test.
# Safe to run again: apt-get skips what is already installed.
#   ./scripts/setup-debian.sh          what building, running and ./scripts/test.sh need
#   ./scripts/setup-debian.sh --fuzz   also clang and libFuzzer for scripts/fuzz.sh
#   ./scripts/setup-debian.sh --package  also what scripts/package.sh needs to make and
#                                        check the .deb (dpkg-dev, lintian, validators)
# (the sanitizer build, scripts/test-sanitizers.sh, needs nothing more: g++ brings
# libasan8 and libubsan1.)
set -euo pipefail

packages=(
  # build
  cmake ninja-build ccache pkg-config g++
  # Qt 6.4 (libqt6opengl6-dev is needed by Qt Charts with --no-install-recommends)
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev
  qt6-qpa-plugins
  # storage, report/annex writers, XLSX imports (libxlsxwriter's pkg-config asks for
  # -lz, which its package does not pull in)
  sqlite3 libsqlite3-dev libxlsxwriter-dev libzip-dev zlib1g-dev
  # fonts with Cyrillic and Greek glyphs for the window and the PDFs
  fonts-dejavu-core
  # running the GUI headless, screenshots, reading PDFs back in tests
  xvfb xauth x11-apps imagemagick poppler-utils python3 python3-openpyxl
)
if [ "${1:-}" = "--fuzz" ]; then
  # clang 14 is Debian 12's; libFuzzer's runtime (libclang_rt.fuzzer) is in
  # libclang-rt-14-dev, only recommended by clang, so --no-install-recommends needs it named.
  packages+=(clang libclang-rt-14-dev)
fi
if [ "${1:-}" = "--package" ]; then
  # dpkg-shlibdeps (CPack's Depends) and dpkg-buildflags are in dpkg-dev; lintian uses file.
  packages+=(dpkg-dev lintian desktop-file-utils appstream shared-mime-info file)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "setup-debian.sh: these packages are missing and I am not root and sudo is absent:" >&2
  echo "  ${missing[*]}" >&2
  exit 1
fi

echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
