# Runs ler-wallet-cli with one build-time option and keeps what it prints: the man page or the bash completion.
#   cmake -DCLI=<ler-wallet-cli> -DOPTION=--man-page -DOUTPUT=<file> [-DGZIP=<gzip>] -P LerCliOutput.cmake
# The C locale gives the English text, whatever the build machine's language.
set(ENV{LC_ALL} C)
set(ENV{LANG} C)
unset(ENV{LANGUAGE})
# A sanitizer build runs here too; its leak check cannot work in a process that forbids ptrace (as the CLI does).
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND "${CLI}" "${OPTION}" OUTPUT_FILE "${OUTPUT}.tmp" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${CLI} ${OPTION} failed: ${rc}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
if(GZIP)
    # -n: no name or time stamp in the header, so the package is the same on every build (as Debian asks).
    execute_process(COMMAND "${GZIP}" -9 -n -c "${OUTPUT}" OUTPUT_FILE "${OUTPUT}.gz" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip ${OUTPUT} failed: ${rc}")
    endif()
endif()
