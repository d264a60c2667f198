# Installs the build into a scratch prefix and checks what the .deb gets besides the programs: the man page,
# gzipped as Debian wants it, and the bash completion where bash-completion looks for it.
#   cmake -DBUILD=<build dir> -DPREFIX=<scratch dir> -DGZIP=<gzip> -P LerCheckInstall.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${PREFIX}" RESULT_VARIABLE rc
                OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "install failed: ${rc}")
endif()

set(man "${PREFIX}/share/man/man1/ler-wallet-cli.1.gz")
if(NOT EXISTS "${man}")
    message(FATAL_ERROR "no man page at ${man}")
endif()
# gzip header: magic 1f 8b, method 08, no flags (no file name), time stamp 0 (gzip -n: reproducible).
file(READ "${man}" header LIMIT 8 HEX)
if(NOT header STREQUAL "1f8b080000000000")
    message(FATAL_ERROR "the man page is not gzipped with -n: header ${header}")
endif()
execute_process(COMMAND "${GZIP}" -dc "${man}" OUTPUT_VARIABLE page RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT page MATCHES "^\\.TH LER\\\\-WALLET\\\\-CLI 1 ")
    message(FATAL_ERROR "the man page does not unpack to ler-wallet-cli(1)")
endif()

set(completion "${PREFIX}/share/bash-completion/completions/ler-wallet-cli")
if(NOT EXISTS "${completion}")
    message(FATAL_ERROR "no bash completion at ${completion}")
endif()
file(READ "${completion}" script)
if(NOT script MATCHES "complete -F _ler_wallet_cli ler-wallet-cli")
    message(FATAL_ERROR "${completion} does not register the completion")
endif()
file(REMOVE_RECURSE "${PREFIX}")
