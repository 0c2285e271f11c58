# Finds SQLCipher and defines the imported target SQLCipher::SQLCipher.
# vcpkg (Windows) ships a CMake package; Debian and most Linux distributions ship pkg-config data.
# Both put the header at <sqlcipher/sqlite3.h>, which is how the sources include it, so the system's plain
# SQLite header can never be picked up by mistake.
find_package(sqlcipher CONFIG QUIET)
if(TARGET sqlcipher::sqlcipher)
    add_library(SQLCipher::SQLCipher INTERFACE IMPORTED)
    target_link_libraries(SQLCipher::SQLCipher INTERFACE sqlcipher::sqlcipher)
    # vcpkg's port builds with it but keeps it to itself; the headers declare the codec API only with it defined.
    target_compile_definitions(SQLCipher::SQLCipher INTERFACE SQLITE_HAS_CODEC)
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
