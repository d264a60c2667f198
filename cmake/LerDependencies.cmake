# Third-party libraries, each exposed as one imported target.
find_package(PkgConfig REQUIRED)

pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
add_library(ler::sodium ALIAS PkgConfig::SODIUM)

# pkg-config's sqlcipher module reports the embedded SQLite version, not SQLCipher's:
# SQLCipher 4.x embeds SQLite >= 3.40, the 3.x series embeds 3.15-3.33.
pkg_check_modules(SQLCIPHER IMPORTED_TARGET sqlcipher)
if(NOT SQLCIPHER_FOUND)
    message(FATAL_ERROR "SQLCipher was not found. LER Wallet needs SQLCipher 4 (Debian: libsqlcipher-dev from "
                        "bookworm-backports); run scripts/setup.sh.")
endif()
if(SQLCIPHER_VERSION VERSION_LESS 3.40)
    message(FATAL_ERROR "Found SQLCipher built on SQLite ${SQLCIPHER_VERSION}, which is SQLCipher 3.x. "
                        "LER Wallet needs SQLCipher 4 (SQLite 3.40 or newer, with FTS5). On Debian 12 install "
                        "libsqlcipher-dev from bookworm-backports: run scripts/setup.sh.")
endif()
add_library(ler::sqlcipher ALIAS PkgConfig::SQLCIPHER)

find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
find_package(ZLIB REQUIRED)

pkg_check_modules(QRCODEGEN REQUIRED IMPORTED_TARGET qrcodegencpp)
add_library(ler::qrcodegen ALIAS PkgConfig::QRCODEGEN)

find_package(ZXing REQUIRED)

# zxcvbn-c (Debian libzxcvbn-dev) estimates passphrase strength. It ships no pkg-config file.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h)
find_library(ZXCVBN_LIBRARY zxcvbn)
if(NOT ZXCVBN_INCLUDE_DIR OR NOT ZXCVBN_LIBRARY)
    message(FATAL_ERROR "zxcvbn was not found (Debian: libzxcvbn-dev); run scripts/setup.sh.")
endif()
add_library(ler::zxcvbn UNKNOWN IMPORTED)
set_target_properties(ler::zxcvbn PROPERTIES
    IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")
