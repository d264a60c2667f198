# Fails when a file under ROOT/core reads the current time anywhere but core/util/Clock.cpp, so tests can set the
# time of everything core does (expiry, freshness, "checked on").
#   cmake -DROOT=<source dir> -P LerCheckCoreClock.cmake
file(GLOB_RECURSE files "${ROOT}/core/*.cpp" "${ROOT}/core/*.h")
set(found)
foreach(f IN LISTS files)
    if(f MATCHES "/core/util/Clock\\.(cpp|h)$")
        continue()
    endif()
    file(STRINGS "${f}" lines REGEX
         "currentDateTime|currentSecsSinceEpoch|currentMSecsSinceEpoch|QDate::currentDate|QTime::currentTime|system_clock|std::time\\(|[^a-z_]time\\(nullptr")
    if(lines)
        file(RELATIVE_PATH rel "${ROOT}" "${f}")
        list(APPEND found "${rel}: ${lines}")
    endif()
endforeach()
if(found)
    list(JOIN found "\n" text)
    message(FATAL_ERROR "core must read the time through ler::clock::nowUtc():\n${text}")
endif()
list(LENGTH files n)
message(STATUS "${n} core files read the time only through ler::clock")
