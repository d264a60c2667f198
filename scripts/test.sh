#!/usr/bin/env bash
# Sets up the machine and runs everything CI checks (docs/quality.md):
#   1. build with warnings as errors and pass every test;
#   2. build again with AddressSanitizer + UndefinedBehaviorSanitizer and pass every test again;
#   3. run every libFuzzer target for LER_FUZZ_SECONDS (default 30) each; any crash, leak or timeout fails;
#   4. make the .deb, install it with apt, use the installed CLI, remove it and check nothing is left.
# LER_CI_SKIP may name stages to leave out, e.g. LER_CI_SKIP="fuzz package" for a quick local run.
set -euo pipefail
cd "$(dirname "$0")/.."

skip=" ${LER_CI_SKIP:-} "
stage() {
    echo
    echo "=== $1 ($(date -u +%H:%M:%S), ${SECONDS}s since start; CPU used so far by the commands run:)"
    times | tail -n 1
}

stage setup
bash scripts/setup.sh

stage "build and test (ci)"
cmake --preset ci
cmake --build --preset ci
ctest --preset ci

if [[ $skip != *" asan "* ]]; then
    stage "build and test under AddressSanitizer + UBSan (asan)"
    cmake --preset asan
    cmake --build --preset asan
    ctest --preset asan
fi

if [[ $skip != *" fuzz "* ]]; then
    stage "fuzz every parser"
    LER_FUZZ_JOBS=${LER_FUZZ_JOBS:-2} ./scripts/fuzz.sh "${LER_FUZZ_SECONDS:-30}"
fi

if [[ $skip != *" package "* ]]; then
    stage "package, install, use and remove"
    ./scripts/package-check.sh build-ci
fi

stage "all passed"
