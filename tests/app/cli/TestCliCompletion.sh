#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: LER Wallet contributors
# The bash completion of ler-wallet-cli, as bash runs it: the script is sourced after bash-completion, the
# completion function is called with COMP_WORDS/COMP_CWORD set, and the candidates it leaves are compared.
#   TestCliCompletion.sh <ler-wallet-cli> <completion script> <tests/data>
cli=$1
script=$2
data=$3
bash_completion=/usr/share/bash-completion/bash_completion
if [[ ! -r $bash_completion ]]; then
    echo "SKIP: bash-completion is not installed ($bash_completion); scripts/setup.sh installs it"
    exit 77
fi
# shellcheck source=/dev/null
source "$bash_completion"
# shellcheck source=/dev/null
source "$script"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# The program as the completion sees it: a wrapper that notes every run, to prove when it is not run.
mkdir -p "$tmp/bin"
cat >"$tmp/bin/ler-wallet-cli" <<EOF
#!/usr/bin/env bash
echo "\$*" >>"$tmp/runs"
exec "$cli" "\$@"
EOF
chmod +x "$tmp/bin/ler-wallet-cli"
program=$tmp/bin/ler-wallet-cli

# complete WORD... : the candidates for the last word, sorted, one line.
complete_words() {
    COMP_WORDS=("$program" "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _ler_wallet_cli
    printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//'
}

expect() {
    local what=$1 want=$2
    shift 2
    local got
    got=$(complete_words "$@")
    if [[ $got == "$want" ]]; then
        echo "ok    $what"
    else
        echo "FAIL  $what"
        echo "      words: $*"
        echo "      want:  $want"
        echo "      got:   $got"
        failures=$((failures + 1))
    fi
}

commands="backup canonicalize check delete export export-ler help history import init list passwd present qr rekey restore search show verify whoami"
expect "commands" "$commands" ""
expect "a command from its start" "import init" "i"
expect "backup and restore from their start" "rekey restore" "re"
expect "export-ler's options" "--credential --format --help --include --json --out --passphrase-file --wallet" "export-ler" "--"
expect "common options before the command" "--help --json --passphrase-file --version --wallet" "--"
expect "import's options" "--help --json --passphrase-file --replace --wallet" "import" "--"
expect "verify's options, from a prefix" "--identifier --issuer-keys" "--wallet" "w" "verify" "--i"
expect "canonicalize's options" "--help --jcs --jsonld-to-rdf --rdfc" "canonicalize" "--"
expect "restore's options" "--backup-passphrase-file --help --in --json --merge --passphrase-file --wallet" "restore" "--"
expect "help takes a command" "$commands" "help" ""
expect "help takes one command" "" "help" "import" ""

mkdir -p "$tmp/files/folder" "$tmp/files/other"
touch "$tmp/files/badge.json" "$tmp/files/folder/x.json"
expect "--wallet takes a folder" "$tmp/files/folder $tmp/files/other" "--wallet" "$tmp/files/"
expect "--wallet=DIR takes a folder" "$tmp/files/folder $tmp/files/other" "--wallet=$tmp/files/"
expect "import takes files and folders" "$tmp/files/badge.json $tmp/files/folder $tmp/files/other" \
    "import" "$tmp/files/"
expect "--out takes a file" "$tmp/files/badge.json $tmp/files/folder $tmp/files/other" \
    "export" "x" "--out" "$tmp/files/"
expect "--challenge takes free text" "" "verify" "--challenge" ""
expect "qr offers decode first" "decode" "qr" ""
expect "qr decode takes files" "$tmp/files/badge.json $tmp/files/folder $tmp/files/other" "qr" "decode" "$tmp/files/"

# Credential ids, from `list --json` of a wallet the environment unlocks.
wallet=$tmp/wallet
export LER_WALLET_PASSPHRASE="sunlit harbor 27 kettle"
"$cli" --wallet "$wallet" init >/dev/null 2>&1 || { echo "FAIL  init"; exit 1; }
"$cli" --wallet "$wallet" import "$data/formats/openbadges3/valid/simple.json" \
    "$data/formats/pesc/valid/SampleCollegeTranscript.xml" >/dev/null 2>&1 || { echo "FAIL  import"; exit 1; }
ids=$("$cli" --wallet "$wallet" --json list | grep -o '"id": "[^"]*"' | cut -d'"' -f4 | sort | tr '\n' ' ' |
    sed 's/ $//')
[[ $(wc -w <<<"$ids") -eq 2 ]] || { echo "FAIL  expected two credentials, got: $ids"; exit 1; }
first=${ids%% *}

expect "show offers the ids (LER_WALLET_PASSPHRASE)" "$ids" "--wallet" "$wallet" "show" ""
expect "export offers the ids from a prefix" "$first" "--wallet" "$wallet" "export" "${first:0:8}"
expect "delete offers the ids (--wallet=DIR)" "$ids" "--wallet=$wallet" "delete" ""
expect "one id is enough" "" "--wallet" "$wallet" "show" "$first" ""

unset LER_WALLET_PASSPHRASE
echo "sunlit harbor 27 kettle" >"$tmp/pass"
expect "show offers the ids (--passphrase-file)" "$ids" "--wallet" "$wallet" "--passphrase-file" "$tmp/pass" \
    "show" ""
expect "show offers the ids (--passphrase-file=FILE)" "$ids" "show" "--wallet" "$wallet" \
    "--passphrase-file=$tmp/pass" ""

# Without a passphrase in the environment or a file, the program is not even started: it would ask for one.
rm -f "$tmp/runs"
expect "no ids without a passphrase source" "" "--wallet" "$wallet" "show" ""
if [[ -e $tmp/runs ]]; then
    echo "FAIL  the program was run without a passphrase source: $(cat "$tmp/runs")"
    failures=$((failures + 1))
else
    echo "ok    the program was not run without a passphrase source"
fi

if ((failures > 0)); then
    echo "$failures completion check(s) failed"
    exit 1
fi
echo "all completion checks passed"
