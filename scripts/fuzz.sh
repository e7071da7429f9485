#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz in ./build-fuzz (clang, with the core library
# under AddressSanitizer, UndefinedBehaviorSanitizer and coverage), then runs each for N
# seconds from its seed corpus, one after the other:
#   ./scripts/fuzz.sh [--seconds N] [--timeout S] [target...]
#   (default: 60 s each, all four targets; an input running longer than S seconds, 25 by
#   default, is a hang: raise it when the machine is so busy that a niced run starves)
#   targets: fuzz_csv fuzz_vcard fuzz_xlsx fuzz_database
# Fails when a target crashes, leaks, hangs past -timeout or runs out of memory; the input
# that did it is kept in build-fuzz/artifacts/<target>/ (replay: build-fuzz/tests/fuzz/<target> FILE).
# Inputs that reached new code are kept in build-fuzz/corpus/<target>/ (not in the repo;
# copy the useful small ones to tests/fuzz/corpus/<target>/). Logs: build-fuzz/logs/.
# Long runs on a shared machine: nice -n 19 ./scripts/fuzz.sh --seconds 1800 fuzz_csv
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
timeout=25
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --seconds=*) seconds=${1#--seconds=}; shift ;;
    --timeout) timeout=$2; shift 2 ;;
    --timeout=*) timeout=${1#--timeout=}; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_csv fuzz_vcard fuzz_xlsx fuzz_database)

./scripts/setup-debian.sh --fuzz

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# -O1 -g without QT_NO_DEBUG: fast enough, readable stacks, and Q_ASSERTs stay on.
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DBUILD_TESTING=OFF -DHUBDESK_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build build-fuzz --target "${targets[@]}"

supp=$PWD/tests/sanitizers/lsan.supp
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:allocator_may_return_null=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

mkdir -p build-fuzz/logs
failed=()
for t in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/${t#fuzz_}
  work=build-fuzz/corpus/${t#fuzz_}
  artifacts=build-fuzz/artifacts/$t
  mkdir -p "$work" "$artifacts"
  args=(-max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$artifacts/")
  [ -f "tests/fuzz/$t.dict" ] && args+=(-dict="tests/fuzz/$t.dict")
  # Databases are page-sized: let inputs grow to the largest seed (plus room).
  [ "$t" = fuzz_database ] && args+=(-max_len=262144)
  log=build-fuzz/logs/$t.log
  echo "== $t: ${seconds} s (log: $log)"
  if "build-fuzz/tests/fuzz/$t" "${args[@]}" "$work" "$seeds" >"$log" 2>&1; then
    grep -E '^#[0-9]+ +DONE' "$log" | tail -1 || true
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$log" || true
  else
    echo "!! $t failed; the end of its log:"
    tail -60 "$log"
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "Fuzzing found problems in: ${failed[*]} (inputs in build-fuzz/artifacts/)"
  exit 1
fi
echo "Fuzzing: no crash, leak or hang in ${targets[*]} (${seconds} s each)."
