# Finds zxcvbn-c (the C port of Dropbox's passphrase strength estimator) and defines the imported target
# Zxcvbn::Zxcvbn.
# A CMake package for it is preferred: the vcpkg overlay port in ports/zxcvbn-c installs one (vcpkg's curated
# registry has no zxcvbn-c), as Conan's "zxcvbn" does. Otherwise the plain header and library search covers Debian's
# libzxcvbn-dev, which ships neither a CMake package nor pkg-config data.
find_package(zxcvbn CONFIG QUIET)
if(TARGET zxcvbn::zxcvbn)
    add_library(Zxcvbn::Zxcvbn INTERFACE IMPORTED)
    target_link_libraries(Zxcvbn::Zxcvbn INTERFACE zxcvbn::zxcvbn)
    set(Zxcvbn_FOUND TRUE)
    return()
endif()

include(FindPackageHandleStandardArgs)
find_path(Zxcvbn_INCLUDE_DIR NAMES zxcvbn.h)
find_library(Zxcvbn_LIBRARY NAMES zxcvbn)
find_package_handle_standard_args(Zxcvbn REQUIRED_VARS Zxcvbn_LIBRARY Zxcvbn_INCLUDE_DIR)
mark_as_advanced(Zxcvbn_INCLUDE_DIR Zxcvbn_LIBRARY)
if(Zxcvbn_FOUND AND NOT TARGET Zxcvbn::Zxcvbn)
    add_library(Zxcvbn::Zxcvbn UNKNOWN IMPORTED)
    set_target_properties(Zxcvbn::Zxcvbn PROPERTIES
        IMPORTED_LOCATION "${Zxcvbn_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${Zxcvbn_INCLUDE_DIR}")
endif()
