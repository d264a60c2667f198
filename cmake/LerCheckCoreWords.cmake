# Fails when a file under ROOT/core puts a sentence into words itself (QCoreApplication::translate, tr(), a
# QTranslator): core says what happened with ler::Text, and ui/text renders it in the person's language.
#   cmake -DROOT=<source dir> -P LerCheckCoreWords.cmake
file(GLOB_RECURSE files "${ROOT}/core/*.cpp" "${ROOT}/core/*.h")
set(found)
foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "QCoreApplication::translate|QObject::tr\\(|[^a-zA-Z_:.>]tr\\(\"|QTranslator|qtTrId")
    # Comments may name what they stand in for.
    list(FILTER lines EXCLUDE REGEX "^[ \t]*//")
    if(lines)
        file(RELATIVE_PATH rel "${ROOT}" "${f}")
        list(APPEND found "${rel}: ${lines}")
    endif()
endforeach()
if(found)
    list(JOIN found "\n" text)
    message(FATAL_ERROR "core must say what happened with ler::Text (tx), not translate it:\n${text}")
endif()
list(LENGTH files n)
message(STATUS "${n} core files leave words to ui/text")
