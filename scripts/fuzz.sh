#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang, fuzzer + AddressSanitizer + UBSan) and runs each one for a
# bounded time, starting from its seeds and the corpus kept by earlier runs. Fails on any crash, leak, timeout or
# out-of-memory; the input that did it is saved in build-fuzz/fuzz/artifacts/.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 30 s, every target in fuzz/CMakeLists.txt
#   LER_FUZZ_JOBS=2 scripts/fuzz.sh                      targets run two at a time (CI: one per core)
#
# Prints one line per target: executions, executions per second, coverage features and corpus size.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
[ $# -gt 0 ] && shift
jobs=${LER_FUZZ_JOBS:-1}
build=build-fuzz

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

if [ $# -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cut -d' ' -f1 "$build/fuzz-targets.txt")
fi

mkdir -p "$build/fuzz/logs" "$build/fuzz/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

run_one() {
    local t=$1
    local dict
    dict=$(awk -v t="$t" '$1 == t { print $2 }' "$build/fuzz-targets.txt")
    mkdir -p "$build/fuzz/corpus/$t"
    # New inputs go to the first folder (kept between runs); the seeds folder is only read.
    # -timeout: one input taking 10 s is a hang; -rss_limit_mb: a parser must not need gigabytes.
    "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$build/fuzz/artifacts/$t-" $dict \
        "$build/fuzz/corpus/$t" "$build/fuzz/seeds/$t" >"$build/fuzz/logs/$t.log" 2>&1
    echo $? >"$build/fuzz/logs/$t.rc"
}

names=()
status=0
for t in "${targets[@]}"; do
    if [ ! -x "$build/fuzz/fuzz_$t" ]; then
        echo "fuzz: no target named $t" >&2
        exit 2
    fi
    rm -f "$build/fuzz/logs/$t.rc"
    (set +e; run_one "$t") &
    names+=("$t")
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
done
wait

printf '%-12s %12s %10s %8s %8s  %s\n' target executions exec/s features corpus result
for t in "${names[@]}"; do
    if [ "$(cat "$build/fuzz/logs/$t.rc" 2>/dev/null)" = 0 ]; then result=ok; else result=FAILED; status=1; fi
    log="$build/fuzz/logs/$t.log"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    features=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    corpus=$(find "$build/fuzz/corpus/$t" -type f | wc -l)
    printf '%-12s %12s %10s %8s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "${features:-?}" "$corpus" "$result"
    if [ "$result" = FAILED ]; then
        echo "---- $t: the end of $log" >&2
        tail -n 60 "$log" >&2
    fi
done
exit $status
