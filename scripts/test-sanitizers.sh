#!/usr/bin/env bash
# The whole Qt Test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (gcc)
# in ./build-asan, run by ctest on the offscreen platform:
#   ./scripts/test-sanitizers.sh [ctest arguments, e.g. -R tst_csvreader]
# Any memory error, undefined behaviour or leak fails the test it happens in. Leaks that
# LeakSanitizer finds inside Qt, fontconfig and other system libraries are suppressed by
# tests/sanitizers/lsan.supp, which names third-party code only (see the comments there).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup-debian.sh

flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# -O1 -g: stacks that point at the right lines at a bearable speed; Debug keeps Q_ASSERT on.
cmake -S . -B build-asan -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="$flags" -DCMAKE_SHARED_LINKER_FLAGS="$flags" \
    -DBUILD_TESTING=ON "${launcher[@]}" >/dev/null
cmake --build build-asan

supp=$PWD/tests/sanitizers/lsan.supp
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=suppressions=$supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir build-asan --output-on-failure --timeout 1200 "$@"
