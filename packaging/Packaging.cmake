# CPack: .deb and .tar.gz on Linux, a WiX .msi on Windows.
set(CPACK_PACKAGE_NAME "ropa-manager")
set(CPACK_PACKAGE_VENDOR "RoPA Manager")
set(CPACK_PACKAGE_CONTACT "RoPA Manager maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
if(WIN32)
    # The .msi, made by WiX Toolset v3 (candle and light, found through the WIX environment variable its installer
    # sets; docs/building-on-windows.md). Everything the programs load goes into bin\ beside them: the DLLs of the
    # libraries vcpkg built, found by CMake from what the programs link, and Qt's, its plugins (platforms, icon engines,
    # image formats, styles) and its translations, put there by windeployqt through Qt's deploy script.
    set(CPACK_GENERATOR "WIX")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "RoPA Manager")
    install(TARGETS ropa ropa-cli
        RUNTIME_DEPENDENCIES
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
            POST_EXCLUDE_REGEXES "[Ss]ystem32/"
            DIRECTORIES "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin"
        RUNTIME DESTINATION bin)
    qt_generate_deploy_app_script(TARGET ropa OUTPUT_SCRIPT ropa_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${ropa_deploy_script}")
    # The icon of ropa.exe itself, and the one .ropa files show in Explorer.
    target_sources(ropa PRIVATE "${CMAKE_CURRENT_LIST_DIR}/windows/ropa.rc")
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/windows/ropa.ico" DESTINATION bin)

    # Fixed for ever: it is how an installer of a later version finds this one to replace.
    set(CPACK_WIX_UPGRADE_GUID "7259B92A-A154-4707-8E19-07E5C8DFFE48")
    set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/windows/ropa.ico")
    set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_LIST_DIR}/windows/licence.txt")
    # Start menu → RoPA Manager → RoPA Manager (ropa.exe); ropa-cli stays off the menu, being a console program.
    set(CPACK_PACKAGE_EXECUTABLES "ropa;RoPA Manager")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "RoPA Manager")
    # .ropa files open in ropa.exe.
    set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/windows/file-association.xml")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/LinuxPackaging.cmake)
endif()
include(CPack)
