#!/usr/bin/env bash
# One command to set up and run the whole test suite on Debian 12:
#   ./scripts/test.sh
# installs the packages it needs (through sudo when not root), builds with warnings
# as errors, and runs every Qt Test suite with ctest on the offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir build --output-on-failure --timeout 600 "$@"
