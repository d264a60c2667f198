#!/usr/bin/env bash
# The long run of the crash harness: kills ler-wallet-cli with SIGKILL at random moments during bulk import,
# passwd, verify --all, rekey, restore and restore --merge, TRIALS times in all (default 240), and checks every
# wallet afterwards (tests/app/cli/TestKillHarness.cpp). CTest runs the short form (20 trials).
#
#   scripts/kill-harness.sh [TRIALS] [BUILD_DIR]        LER_KILL_SEED=N repeats a run
set -euo pipefail
cd "$(dirname "$0")/.."
trials=${1:-240}
build=${2:-build-ci}
cmake --build "$build" --target TestKillHarness ler-wallet-cli
LER_KILL_TRIALS=$trials LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$build/tests/app/cli/TestKillHarness"
