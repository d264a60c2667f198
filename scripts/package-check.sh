#!/usr/bin/env bash
# Makes the .deb from a build folder (default build-ci), installs it with apt on this machine, runs a short CLI
# session with the installed ler-wallet-cli, removes the package and checks that none of its files are left.
# Needs root (or sudo) and a machine where ler-wallet is not installed otherwise.
#
#   scripts/package-check.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-ci}

if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive

rm -f "$build"/ler-wallet_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/ler-wallet_*.deb)
echo "package: $deb"
dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/^ */  depends: /'

if dpkg-query -W -f='${Status}' ler-wallet 2>/dev/null | grep -q 'install ok installed'; then
    echo "package-check: ler-wallet is already installed here; remove it first" >&2
    exit 1
fi
# apt resolves the Depends from the configured suites (SQLCipher 4 from bookworm-backports).
$SUDO apt-get install -y -q --no-install-recommends "./$deb" >/dev/null
mapfile -t files < <(dpkg -L ler-wallet | while read -r f; do [ -f "$f" ] && echo "$f"; done)
echo "installed ${#files[@]} files"

session=$(mktemp -d)
trap 'rm -rf "$session"' EXIT
export HOME="$session/home" XDG_DATA_HOME="$session/home/.local/share" LER_WALLET_PASSPHRASE="package check 4 words"
mkdir -p "$HOME"
cli=/usr/bin/ler-wallet-cli
# grep reads all its input (not -q): a command cut off by a closed pipe fails the script under pipefail.
"$cli" --version | grep '^ler-wallet-cli [0-9]' >/dev/null
"$cli" init >/dev/null
"$cli" import tests/data/formats/openbadges3/valid/simple.json | grep '^imported' >/dev/null
"$cli" list | grep 'Teamwork Badge' >/dev/null
"$cli" --json check | grep '"passed": true' >/dev/null
# The 1EdTech sample's issuer key cannot be resolved offline: partly verified (exit 1), never an error (exit 3).
set +e
"$cli" verify --offline tests/data/vectors/openbadges-eddsa/ob3/signed-credential.json >"$session/verify.txt"
code=$?
set -e
if [ "$code" -gt 1 ]; then
    echo "package-check: verify failed with exit code $code" >&2
    cat "$session/verify.txt" >&2
    exit 1
fi
test -s "$session/verify.txt"
echo "CLI session with the installed package: ok"

$SUDO apt-get remove -y -q ler-wallet >/dev/null
left=()
for f in "${files[@]}"; do
    [ -e "$f" ] && left+=("$f")
done
if dpkg-query -W -f='${Status}' ler-wallet 2>/dev/null | grep -q 'install ok installed' || [ ${#left[@]} -gt 0 ]; then
    echo "package-check: files left after apt remove: ${left[*]}" >&2
    exit 1
fi
echo "removed cleanly: no file of the package is left"
