# zxcvbn-c from Debian's source archive: vcpkg's registry has no port, and Debian's pool keeps the file at this
# address for as long as any Debian release ships the version. The tarball is upstream's v2.5 with one word list
# (words-passwd.txt) taken out for its unclear licence, as Debian 12's libzxcvbn0 is built.
#
# Its SHA256 is Debian's, from bookworm's Sources index, which the archive key signs. vcpkg_download_distfile wants
# a SHA512, which could not be taken where this port was written (the file was out of reach there); the SHA256
# check below protects the download instead. Whoever downloads it first may swap in
#   SHA512 <output of: cmake -E sha512sum zxcvbn-c_2.5+dfsg.orig.tar.xz>
# for SKIP_SHA512 and drop the check.
vcpkg_check_linkage(ONLY_STATIC_LIBRARY) # upstream marks nothing for export from a DLL

set(zxcvbn_sha256 "6feb63d83c4ca74c11cffa380e111a311213776ce209b78db0c480fd2fc3a355")
vcpkg_download_distfile(ARCHIVE
    URLS "https://deb.debian.org/debian/pool/main/z/zxcvbn-c/zxcvbn-c_2.5%2Bdfsg.orig.tar.xz"
    FILENAME "zxcvbn-c_2.5+dfsg.orig.tar.xz"
    SKIP_SHA512)
file(SHA256 "${ARCHIVE}" actual_sha256)
if(NOT actual_sha256 STREQUAL zxcvbn_sha256)
    file(REMOVE "${ARCHIVE}")
    message(FATAL_ERROR "zxcvbn-c_2.5+dfsg.orig.tar.xz has SHA256 ${actual_sha256}, not Debian's ${zxcvbn_sha256}: "
                        "the download is not the file Debian published.")
endif()

vcpkg_extract_source_archive(SOURCE_PATH ARCHIVE "${ARCHIVE}")
file(COPY "${CMAKE_CURRENT_LIST_DIR}/CMakeLists.txt" DESTINATION "${SOURCE_PATH}")

vcpkg_cmake_configure(SOURCE_PATH "${SOURCE_PATH}")
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(PACKAGE_NAME zxcvbn CONFIG_PATH share/zxcvbn)

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug/include")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE.txt")
