#!/usr/bin/env bash
# Every performance figure with its anchor, in one run (on demand; never in CI):
#   ./scripts/bench.sh [--sizes 10000 100000 1000000] [--runs 5] [--markdown FILE] [--only import,start,window,report]
# Installs what is missing (Debian 12), builds HubDesk and the benchmarks in ./build-bench
# (-DHUBDESK_BENCH=ON, the build type users get, no tests), makes the sample databases once
# (build-bench/datasets: 1.7 GB with the 1M file, which takes about two minutes to make)
# and runs bench/run.py, which prints the results table of docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup-debian.sh

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
    -DHUBDESK_BENCH=ON "${launcher[@]}" >/dev/null
cmake --build build-bench --target hubdesk hubdesk_windowbench hubdesk_barewindow

python3 bench/run.py --build build-bench "$@"
