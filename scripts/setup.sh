#!/usr/bin/env bash
# Installs every Debian package LER Wallet needs to build, run and test. Idempotent.
# SQLCipher 4 comes from bookworm-backports: the suite is added by copying this machine's own
# Debian source entry with only the suite changed, so no host name is written here.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi

backports_file=/etc/apt/sources.list.d/ler-wallet-backports.sources

add_backports() {
    if grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null; then
        return 0
    fi
    local entry=""
    # deb822 files: take the first stanza that lists the plain "bookworm" suite.
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        entry=$(awk -v RS= '/(^|\n)Suites:[^\n]*[[:space:]]bookworm([[:space:]]|$)/ && /(^|\n)Types:[^\n]*deb/ { print; exit }' "$f")
        [ -n "$entry" ] && break
    done
    if [ -n "$entry" ]; then
        printf '%s\n' "$entry" | sed -E 's/^Suites:.*/Suites: bookworm-backports/' | $SUDO tee "$backports_file" >/dev/null
        return 0
    fi
    # One-line format: copy the first "deb <uri> bookworm ..." line.
    local line
    line=$(grep -hE '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[^[:space:]]+[[:space:]]+bookworm[[:space:]]' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -n 1 || true)
    if [ -n "$line" ]; then
        printf '%s\n' "$line" | sed -E 's/[[:space:]]bookworm[[:space:]]/ bookworm-backports /' \
            | $SUDO tee /etc/apt/sources.list.d/ler-wallet-backports.list >/dev/null
        return 0
    fi
    echo "setup: no Debian bookworm source entry found to copy for bookworm-backports" >&2
    exit 1
}

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins qt6-pdf-dev libgl-dev
    libsodium-dev libssl-dev libqrcodegencpp-dev libzxing-dev zlib1g-dev libzxcvbn-dev
    xvfb xauth xdotool imagemagick zbar-tools poppler-utils desktop-file-utils appstream
    bash-completion groff-base dbus-daemon
    fonts-dejavu-core
    clang-14 libclang-rt-14-dev dpkg-dev
)

add_backports

missing=()
for p in "${packages[@]}" libsqlcipher-dev sqlcipher; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
sqlcipher_major=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | cut -d. -f1 || true)

if [ ${#missing[@]} -gt 0 ] || [ "${sqlcipher_major:-0}" -lt 4 ] 2>/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends "${packages[@]}"
    $SUDO apt-get install -y -q --no-install-recommends -t bookworm-backports libsqlcipher-dev sqlcipher
fi
echo "setup: all packages present"

# The interop test (tests/app/interop) runs peer software with node: Debian's nodejs and npm when no node is
# installed, then the packages pinned in tests/interop/package-lock.json, into tests/interop/node_modules (not
# committed). npm ci runs again only when the lock file changed.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends nodejs npm
fi
interop_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/interop"
interop_stamp="$interop_dir/node_modules/.ler-package-lock.json"
if ! cmp -s "$interop_dir/package-lock.json" "$interop_stamp"; then
    (cd "$interop_dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$interop_dir/package-lock.json" "$interop_stamp"
fi
echo "setup: interop packages present ($(node --version))"
