#!/usr/bin/env bash
# Sets up the machine, builds LER Wallet and starts it on the default wallet folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset default
cmake --build --preset default --target ler-wallet ler-wallet-cli
exec ./build/app/ler-wallet "$@"
