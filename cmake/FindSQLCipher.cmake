# Finds SQLCipher and defines the imported target SQLCipher::SQLCipher.
# vcpkg (Windows) ships a CMake package; Debian and most Linux distributions ship pkg-config data.
find_package(unofficial-sqlcipher CONFIG QUIET)
if(TARGET unofficial::sqlcipher::sqlcipher)
    add_library(SQLCipher::SQLCipher INTERFACE IMPORTED)
    target_link_libraries(SQLCipher::SQLCipher INTERFACE unofficial::sqlcipher::sqlcipher)
    # vcpkg installs sqlite3.h under include/sqlcipher as well.
    set(SQLCipher_FOUND TRUE)
    return()
endif()

find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER QUIET IMPORTED_TARGET sqlcipher)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SQLCipher REQUIRED_VARS SQLCIPHER_LINK_LIBRARIES VERSION_VAR SQLCIPHER_VERSION)
if(SQLCipher_FOUND AND NOT TARGET SQLCipher::SQLCipher)
    add_library(SQLCipher::SQLCipher INTERFACE IMPORTED)
    target_link_libraries(SQLCipher::SQLCipher INTERFACE PkgConfig::SQLCIPHER)
    # SQLCipher's headers declare the codec API only with this defined.
    target_compile_definitions(SQLCipher::SQLCipher INTERFACE SQLITE_HAS_CODEC)
endif()
