# Finds libqpdf and defines the imported target Qpdf::Qpdf: qpdf's own CMake package where it is installed (vcpkg,
# Debian's libqpdf-dev), else pkg-config's libqpdf.
find_package(qpdf CONFIG QUIET)
if(TARGET qpdf::libqpdf)
    add_library(Qpdf::Qpdf INTERFACE IMPORTED)
    target_link_libraries(Qpdf::Qpdf INTERFACE qpdf::libqpdf)
    set(Qpdf_FOUND TRUE)
    return()
endif()

find_package(PkgConfig REQUIRED)
pkg_check_modules(QPDF QUIET IMPORTED_TARGET libqpdf)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Qpdf REQUIRED_VARS QPDF_LINK_LIBRARIES VERSION_VAR QPDF_VERSION)
if(Qpdf_FOUND AND NOT TARGET Qpdf::Qpdf)
    add_library(Qpdf::Qpdf INTERFACE IMPORTED)
    target_link_libraries(Qpdf::Qpdf INTERFACE PkgConfig::QPDF)
endif()
