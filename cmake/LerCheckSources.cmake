# Fails when a source file breaks one of the rules that keep core's boundaries, so the build says so at once:
#   clock          core reads the current time only in core/util/Clock.cpp, so tests can set the time of everything
#                  core does (expiry, freshness, "checked on")
#   words          core never puts a sentence into words itself (QCoreApplication::translate, tr(), a QTranslator):
#                  it says what happened with ler::Text, and ui/text renders it in the person's language
#   store-formats  core/store includes no core/formats header and names no formats:: type: the store keeps a
#                  model::Record and its original bytes, whatever format they came in
#   cmake -DROOT=<source dir> -DRULE=<rule> -P LerCheckSources.cmake
if(RULE STREQUAL "clock")
    set(dir core)
    set(pattern "currentDateTime|currentSecsSinceEpoch|currentMSecsSinceEpoch|QDate::currentDate|QTime::currentTime|system_clock|std::time\\(|[^a-z_]time\\(nullptr")
    set(allowed "/core/util/Clock\\.(cpp|h)$")
    set(why "core must read the time through ler::clock::nowUtc()")
elseif(RULE STREQUAL "words")
    set(dir core)
    set(pattern "QCoreApplication::translate|QObject::tr\\(|[^a-zA-Z_:.>]tr\\(\"|QTranslator|qtTrId")
    set(why "core must say what happened with ler::Text (tx), not translate it")
elseif(RULE STREQUAL "store-formats")
    set(dir core/store)
    set(pattern "#[ \t]*include[ \t]*[\"<]core/formats/|(^|[^A-Za-z0-9_])formats::")
    set(why "core/store must use model types, not formats ones")
else()
    message(FATAL_ERROR "unknown RULE '${RULE}': clock, words or store-formats")
endif()

file(GLOB_RECURSE files "${ROOT}/${dir}/*.cpp" "${ROOT}/${dir}/*.h")
if(NOT files)
    message(FATAL_ERROR "no files under ${ROOT}/${dir}: has it moved?")
endif()
set(found)
foreach(f IN LISTS files)
    if(allowed AND f MATCHES "${allowed}")
        continue()
    endif()
    file(STRINGS "${f}" lines REGEX "${pattern}")
    # Comments may name what they stand in for.
    list(FILTER lines EXCLUDE REGEX "^[ \t]*//")
    if(lines)
        file(RELATIVE_PATH rel "${ROOT}" "${f}")
        list(APPEND found "${rel}: ${lines}")
    endif()
endforeach()
if(found)
    list(JOIN found "\n" text)
    message(FATAL_ERROR "${why}:\n${text}")
endif()
list(LENGTH files n)
message(STATUS "${n} files under ${dir} keep the ${RULE} rule")
