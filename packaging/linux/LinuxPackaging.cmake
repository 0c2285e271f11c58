# The Linux desktop integration and the .deb and .tar.gz: `cmake --build build --target package`.
# Everything here is installed under the prefix (/usr in the .deb) next to bin/ropa and bin/ropa-cli:
#   share/applications/<id>.desktop             the menu entry, which also opens .ropa files (Exec=ropa %f)
#   share/metainfo/<id>.metainfo.xml            AppStream, for software centres
#   share/mime/packages/<id>.xml                the .ropa and .ropa.json file types
#   share/icons/hicolor/*/apps/<id>.{svg,png}   the application's icon; the PNGs are drawn by the build
#   share/man/man1/ropa.1.gz, ropa-cli.1.gz     the manual pages
include(GNUInstallDirs)

# ROPA_APP_ID (the top-level CMakeLists.txt) names the desktop entry, the AppStream id and the icon.
set(ROPA_LINUX_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(ROPA_PACKAGING_BINARY_DIR "${CMAKE_BINARY_DIR}/packaging")
set(ROPA_DESKTOP_FILE "${ROPA_LINUX_DIR}/${ROPA_APP_ID}.desktop")
set(ROPA_METAINFO_FILE "${ROPA_PACKAGING_BINARY_DIR}/${ROPA_APP_ID}.metainfo.xml")
set(ROPA_MIME_FILE "${ROPA_LINUX_DIR}/${ROPA_APP_ID}.mime.xml")
set(ROPA_ICON_SIZES 16 24 32 48 64 128 256 512)

configure_file("${ROPA_LINUX_DIR}/${ROPA_APP_ID}.metainfo.xml.in" "${ROPA_METAINFO_FILE}" @ONLY)

# The PNG icons: drawn from the SVG by a small Qt program, so they always match it and are never kept in the tree.
add_executable(render-icons "${CMAKE_CURRENT_LIST_DIR}/../tools/RenderIcons.cpp")
target_link_libraries(render-icons PRIVATE ropa_build_settings Qt6::Gui Qt6::Svg)
set(ROPA_APP_SVG "${PROJECT_SOURCE_DIR}/resources/icons/app.svg")
set(ROPA_ICON_DIR "${ROPA_PACKAGING_BINARY_DIR}/icons/hicolor")
set(ROPA_ICON_PNGS "")
foreach(size IN LISTS ROPA_ICON_SIZES)
    list(APPEND ROPA_ICON_PNGS "${ROPA_ICON_DIR}/${size}x${size}/apps/${ROPA_APP_ID}.png")
endforeach()
add_custom_command(OUTPUT ${ROPA_ICON_PNGS}
    COMMAND render-icons "${ROPA_APP_SVG}" "${ROPA_ICON_DIR}" "${ROPA_APP_ID}" ${ROPA_ICON_SIZES}
    DEPENDS render-icons "${ROPA_APP_SVG}"
    COMMENT "Drawing the application icon as PNGs of the hicolor sizes")

# Manual pages are installed compressed, as Debian policy asks; -n leaves the time out, so the bytes stay the same.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(ROPA_MAN_PAGES "")
foreach(page ropa.1 ropa-cli.1)
    set(out "${ROPA_PACKAGING_BINARY_DIR}/man/${page}.gz")
    add_custom_command(OUTPUT "${out}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${ROPA_PACKAGING_BINARY_DIR}/man"
        COMMAND ${GZIP_EXECUTABLE} -9nc "${ROPA_LINUX_DIR}/${page}" > "${out}"
        DEPENDS "${ROPA_LINUX_DIR}/${page}"
        COMMENT "Compressing the manual page ${page}")
    list(APPEND ROPA_MAN_PAGES "${out}")
endforeach()

add_custom_target(linux_desktop_files ALL DEPENDS ${ROPA_ICON_PNGS} ${ROPA_MAN_PAGES})

install(FILES "${ROPA_DESKTOP_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${ROPA_METAINFO_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${ROPA_MIME_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME "${ROPA_APP_ID}.xml")
install(FILES "${ROPA_APP_SVG}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${ROPA_APP_ID}.svg")
# A register's icon in the file manager is the application's, named after its file type.
install(FILES "${ROPA_APP_SVG}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes"
    RENAME "application-x-ropa-register.svg")
install(DIRECTORY "${ROPA_ICON_DIR}/" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor")
install(FILES ${ROPA_MAN_PAGES} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

set(CPACK_GENERATOR "DEB;TGZ")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "RoPA Manager keeps the Record of Processing Activities that Article 30 of the GDPR asks of a business in one "
    "encrypted file, checks it for gaps, and writes the Article 30 register, the lawful-basis matrix and a privacy "
    "notice from it. The package holds the desktop application (ropa) and the command line (ropa-cli).")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps finds the libraries the executables link. What Qt loads at run time it cannot see, so it is named here;
# packaging/tests/deb-install-test.sh installs the package on a bare Debian without Recommends to prove the list:
# - libqt6gui6 (found by shlibdeps) holds the xcb and offscreen platform plugins;
# - libqt6svg6 holds the SVG icon engine and image plugin: every icon is SVG, and nothing calls Qt Svg directly,
#   so without it the icons would be blank;
# - fonts-dejavu-core: the documents are set in DejaVu Sans (models/report/PdfComposer.cpp). fontconfig brings it
#   today only as the first of its alternatives; with another, every PDF would come out in a substitute font;
# - libqpdf29 and libpq5 are linked and so found by shlibdeps as well; they are named so the list says what
#   PDFs and team mode (a register on a PostgreSQL server) need.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, fonts-dejavu-core, libqpdf29, libpq5")
# A Wayland session draws the window natively with it; without it Qt uses XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
