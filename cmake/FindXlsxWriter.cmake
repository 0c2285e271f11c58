# Finds libxlsxwriter and defines the imported target XlsxWriter::XlsxWriter.
# Neither upstream nor vcpkg's "libxlsxwriter" port installs a CMake package (the port installs xlsxwriter.pc and
# the library), so there is no config package to prefer: pkg-config covers Debian and, where pkgconf is present,
# vcpkg; the plain header and library search covers vcpkg on Windows without pkg-config.
include(FindPackageHandleStandardArgs)

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(XLSXWRITER QUIET IMPORTED_TARGET xlsxwriter)
endif()
if(XLSXWRITER_FOUND)
    find_package_handle_standard_args(XlsxWriter REQUIRED_VARS XLSXWRITER_LINK_LIBRARIES VERSION_VAR XLSXWRITER_VERSION)
    if(XlsxWriter_FOUND AND NOT TARGET XlsxWriter::XlsxWriter)
        add_library(XlsxWriter::XlsxWriter INTERFACE IMPORTED)
        target_link_libraries(XlsxWriter::XlsxWriter INTERFACE PkgConfig::XLSXWRITER)
    endif()
    return()
endif()

find_path(XlsxWriter_INCLUDE_DIR NAMES xlsxwriter.h)
find_library(XlsxWriter_LIBRARY NAMES xlsxwriter)
find_package(ZLIB QUIET)
find_package_handle_standard_args(XlsxWriter REQUIRED_VARS XlsxWriter_LIBRARY XlsxWriter_INCLUDE_DIR ZLIB_FOUND)
mark_as_advanced(XlsxWriter_INCLUDE_DIR XlsxWriter_LIBRARY)
if(XlsxWriter_FOUND AND NOT TARGET XlsxWriter::XlsxWriter)
    add_library(XlsxWriter::XlsxWriter UNKNOWN IMPORTED)
    set_target_properties(XlsxWriter::XlsxWriter PROPERTIES
        IMPORTED_LOCATION "${XlsxWriter_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${XlsxWriter_INCLUDE_DIR}")
    target_link_libraries(XlsxWriter::XlsxWriter INTERFACE ZLIB::ZLIB)
    # vcpkg builds the library against its own minizip; a static build must link it too.
    find_package(unofficial-minizip CONFIG QUIET)
    if(TARGET unofficial::minizip::minizip)
        target_link_libraries(XlsxWriter::XlsxWriter INTERFACE unofficial::minizip::minizip)
    endif()
endif()
