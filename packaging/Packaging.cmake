# CPack: .deb and .tar.gz on Linux, NSIS and WiX installers on Windows.
set(CPACK_PACKAGE_NAME "ropa-manager")
set(CPACK_PACKAGE_VENDOR "RoPA Manager")
set(CPACK_PACKAGE_CONTACT "RoPA Manager maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "RoPA Manager")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # The icons are SVG, drawn by the iconengines plugin in libqt6svg6. Nothing calls Qt Svg directly, so the
    # linker drops it and shlibdeps cannot see the need: without this the icons would be blank.
    # libqpdf29 and libpq5 are linked and so found by shlibdeps as well; they are named here so the list says what
    # PDFs and team mode (a register on a PostgreSQL server) need.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqpdf29, libpq5")
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
endif()
include(CPack)
