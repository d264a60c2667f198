# Fails when the source holds a translatable string the .ts files lack (someone added words without running the
# update_translations target), so Spanish never silently falls back to English. Runs lupdate on copies.
#   cmake -DLUPDATE=<lupdate> -DSOURCE=<source dir> -DWORK=<scratch dir> -P LerCheckTranslationsCurrent.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(GLOB ts_files "${SOURCE}/translations/*.ts")
set(copies)
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK}/${name}")
    list(APPEND copies "${WORK}/${name}")
endforeach()
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none -tr-function-alias translate+=tx -I "${SOURCE}" "${SOURCE}/core" "${SOURCE}/ui"
                        "${SOURCE}/app" "${SOURCE}/media" -ts ${copies}
                WORKING_DIRECTORY "${WORK}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
endif()
string(REGEX MATCHALL "\\(([0-9]+) new" news "${out}")
foreach(n IN LISTS news)
    if(NOT n STREQUAL "(0 new")
        message(FATAL_ERROR "The .ts files miss strings the source has; run: cmake --build <build> --target "
                            "update_translations, then translate them.\n${out}")
    endif()
endforeach()
if(NOT news)
    message(FATAL_ERROR "lupdate said nothing about source texts:\n${out}")
endif()
message(STATUS "translations current: ${out}")
