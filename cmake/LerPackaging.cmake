# A Debian package of the installed files: `cpack -G DEB` in the build folder (scripts/package-check.sh makes it,
# installs it with apt, uses it and removes it).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "ler-wallet")
set(CPACK_PACKAGE_VENDOR "LER Wallet contributors")
set(CPACK_PACKAGE_CONTACT "LER Wallet contributors <dev@lerwallet.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "LER Wallet keeps a learner's badges, transcripts and certificates in an encrypted wallet on their own computer, "
    "verifies them, and shares verifiable presentations as files, PDFs or QR codes. ler-wallet-cli does the same "
    "without a window.")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
# Libraries come from dpkg-shlibdeps. SQLCipher 4 (libsqlcipher1) is only in bookworm-backports; apt takes it from
# there when that suite is configured (README.md). What shlibdeps cannot see: Qt's platform plugins are in
# libqt6gui6 (xcb, offscreen) and its TLS backend in libqt6network6, both already dependencies; Wayland and the
# translations of Qt's own dialogs are recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsqlcipher1 (>= 4.5)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(CPack)
