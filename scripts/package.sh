#!/usr/bin/env bash
# Builds the Linux packages of HubDesk and checks them:
#   ./scripts/package.sh
# installs what it needs (setup-debian.sh --package), makes a Release build in ./build-pkg
# with Debian's hardening flags, runs CPack for a .deb and a .tar.gz, validates the desktop
# entry, the AppStream metadata and the MIME type inside the .deb, and runs lintian on it
# (any error fails; warnings and notes are printed). Prints the packages' paths at the end.
# ./scripts/package-check.sh then installs the .deb and runs the installed program.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup-debian.sh --package

build=build-pkg
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Debian's flags for packages (fortified functions, stack protector, full RELRO, BIND_NOW),
# as dpkg-buildflags gives them; no -g: CPack strips the binary anyway. No RUNPATH in the
# installed binary (Qt 6 sets $ORIGIN/../lib): the system Qt is found where it belongs.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
cxxflags=$(printf '%s\n' "$cxxflags" | sed -e 's/\(^\| \)-g\( \|$\)/ /g')
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_SKIP_INSTALL_RPATH=ON -DCMAKE_CXX_FLAGS="$cxxflags" \
    -DCMAKE_EXE_LINKER_FLAGS="$ldflags" "${launcher[@]}" >/dev/null
cmake --build "$build"

rm -f "$build"/hubdesk_*.deb "$build"/hubdesk-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >/dev/null)
debs=("$build"/hubdesk_*.deb)
tgzs=("$build"/hubdesk-*.tar.gz)
[ -f "${debs[0]}" ] && [ -f "${tgzs[0]}" ] || { echo "package.sh: cpack made no package" >&2; exit 1; }
deb=${debs[0]}

# Validate the files as the package holds them.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
dpkg-deb -x "$deb" "$staging"
echo "== desktop-file-validate"
desktop-file-validate "$staging/usr/share/applications/hubdesk.desktop"
echo "== appstreamcli validate"
appstreamcli validate --no-net "$staging"/usr/share/metainfo/*.metainfo.xml
echo "== shared-mime-info"
mkdir -p "$staging/mime/packages"
cp "$staging/usr/share/mime/packages/hubdesk.xml" "$staging/mime/packages/"
# update-mime-database warns on stderr about what it cannot read; make that fatal.
if XDG_DATA_DIRS=$staging update-mime-database "$staging/mime" 2>&1 | grep .; then
  echo "package.sh: update-mime-database complained about hubdesk.xml" >&2; exit 1
fi
grep -q '^application/x-hubdesk ' "$staging/mime/subclasses" \
  || { echo "package.sh: application/x-hubdesk missing from the MIME database" >&2; exit 1; }
echo "application/x-hubdesk: $(grep '^application/x-hubdesk ' "$staging/mime/subclasses")"

if readelf -d "$staging/usr/bin/hubdesk" | grep -E 'RPATH|RUNPATH'; then
  echo "package.sh: the packaged binary has an RPATH/RUNPATH" >&2; exit 1
fi

echo "== lintian $(basename "$deb")"
# --fail-on error: warnings and notes are shown but do not fail the build.
lintian --fail-on error --info --display-info --tag-display-limit 0 "$deb"
echo "lintian: no errors"

echo "== packages"
for f in "$deb" "${tgzs[@]}"; do
  printf '%s  (%s)\n' "$(realpath "$f")" "$(du -h "$f" | cut -f1)"
done
