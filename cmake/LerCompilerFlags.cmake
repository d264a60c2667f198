# Warnings and hardening for every target of the project.
add_compile_options(-Wall -Wextra -Wpedantic -Werror=format-security -fstack-protector-strong)
if(LER_WERROR)
    add_compile_options(-Werror)
endif()
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT LER_SANITIZE)
    add_compile_definitions(_FORTIFY_SOURCE=2)
endif()
add_link_options(-Wl,-z,relro -Wl,-z,now)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
add_compile_definitions(QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_STRICT_ITERATORS)

if(LER_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Coverage instrumentation for libFuzzer in every library; only the fuzz/ executables link the fuzzer's main.
if(LER_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
