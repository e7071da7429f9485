#!/usr/bin/env bash
# Installs what is missing (Debian 12) and builds HubDesk into ./build.
# Used by run.sh and test.sh; safe to run again (incremental, with ccache).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup-debian.sh

build_type=${HUBDESK_BUILD_TYPE:-RelWithDebInfo}
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DBUILD_TESTING=ON \
    -DHUBDESK_WERROR=ON "${launcher[@]}" >/dev/null
cmake --build build
