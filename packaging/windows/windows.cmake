# Windows: what `cmake --install` puts beside hubdesk.exe, and the NSIS installer.
# Included by packaging/CMakeLists.txt on WIN32, just before include(CPack), so the
# settings here win over the common ones. See docs/building-on-windows.md.
#
# Installed layout (relative to the install folder, e.g. C:\Program Files\HubDesk):
#   bin\hubdesk.exe, bin\hubdesk-cli.cmd, the Qt DLLs, qt.conf, sqlite3/zip/xlsxwriter/zlib DLLs
#   plugins\platforms, sqldrivers, imageformats, iconengines, styles ... (qt.conf points there)
#   translations\qt_*.qm   (Qt's own dialogs; HubDesk's texts are inside the executable)
#   share\hubdesk\manual\  (the manual, from the common install rules)
# NSIS rather than WiX: CPack's NSIS generator gives Start menu and desktop shortcuts, the
# uninstaller, the licence page and the PATH choice without any XML of ours, and NSIS is a
# single small download; WiX would be the choice once an MSI is wanted (group policy roll-out).

# -- Qt: DLLs, plugins and Qt's translations, by windeployqt through Qt's deploy script.
# Qt 6.4 names the result variable FILENAME_VARIABLE; 6.5 renamed it OUTPUT_SCRIPT.
if(Qt6_VERSION VERSION_LESS 6.5)
    qt_generate_deploy_app_script(TARGET hubdesk FILENAME_VARIABLE hubdesk_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET hubdesk OUTPUT_SCRIPT hubdesk_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT "${hubdesk_deploy_script}")

# The window icon is an SVG (:/icons/hubdesk.svg): its plugins need Qt SVG, which no code
# links, so windeployqt may skip them. Installed explicitly (a second copy is harmless).
find_package(Qt6 QUIET COMPONENTS Svg)
if(TARGET Qt6::Svg)
    install(FILES "$<TARGET_FILE:Qt6::Svg>" DESTINATION bin)
endif()
foreach(plugin IN ITEMS QSvgIconPlugin QSvgPlugin)
    # (Plugin targets come with Qt6Gui's package; some Qt builds leave them out.)
    if(NOT TARGET Qt6::${plugin} AND EXISTS "${Qt6Gui_DIR}/Qt6${plugin}Config.cmake")
        include("${Qt6Gui_DIR}/Qt6${plugin}Config.cmake")
    endif()
endforeach()
if(TARGET Qt6::QSvgIconPlugin)
    install(FILES "$<TARGET_FILE:Qt6::QSvgIconPlugin>" DESTINATION plugins/iconengines)
endif()
if(TARGET Qt6::QSvgPlugin)
    install(FILES "$<TARGET_FILE:Qt6::QSvgPlugin>" DESTINATION plugins/imageformats)
endif()

# -- The other DLLs (SQLite, libzip, libxlsxwriter, zlib from vcpkg; the MinGW runtime):
# windeployqt copies Qt's only. Everything hubdesk.exe needs that is not Qt (windeployqt's)
# and not Windows' own is copied into bin.
set(hubdesk_dll_dirs "")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND hubdesk_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
if(MINGW)
    get_filename_component(hubdesk_compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
    list(APPEND hubdesk_dll_dirs "${hubdesk_compiler_dir}")
endif()
install(CODE "set(hubdesk_dll_dirs \"${hubdesk_dll_dirs}\")")
install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES "$<TARGET_FILE:hubdesk>"
        DIRECTORIES ${hubdesk_dll_dirs}
        RESOLVED_DEPENDENCIES_VAR hubdesk_resolved
        UNRESOLVED_DEPENDENCIES_VAR hubdesk_unresolved
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6"
        POST_EXCLUDE_REGEXES "[Ss][Yy][Ss][Tt][Ee][Mm]32/" "[Ww][Ii][Nn][Ss][Xx][Ss]/")
    foreach(dll IN LISTS hubdesk_unresolved)
        message(WARNING "hubdesk.exe needs ${dll}, which was not found: add its folder to PATH")
    endforeach()
    file(INSTALL ${hubdesk_resolved} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
]])

# The Visual C++ runtime beside the executable (Microsoft allows this app-local copy), so
# that a PC without the VC++ Redistributable runs HubDesk.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# Commands with a waiting shell and an exit code (see the file and app/main.cpp).
install(PROGRAMS "${CMAKE_CURRENT_LIST_DIR}/hubdesk-cli.cmd" DESTINATION bin)

# -- The installer.
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_NAME "HubDesk")
set(CPACK_PACKAGE_VENDOR "HubDesk")
set(CPACK_PACKAGE_FILE_NAME "HubDesk-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "HubDesk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "HubDesk")
# Start menu: HubDesk (and the uninstaller, which CPack always adds).
set(CPACK_PACKAGE_EXECUTABLES "hubdesk" "HubDesk")
# Desktop shortcut, offered as a tick box on the options page (unticked by default)...
set(CPACK_CREATE_DESKTOP_LINKS "hubdesk")
# ... a page that exists only with the PATH choice: "do not add" is the default, and adding
# bin to PATH makes `hubdesk-cli` and `hubdesk` commands work in any console.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_PACKAGE_NAME "HubDesk")
set(CPACK_NSIS_DISPLAY_NAME "HubDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/hubdesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/hubdesk.ico")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "hubdesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
# CPack writes these values into CPackConfig.cmake, which unescapes them once more unless
# CPACK_VERBATIM_VARIABLES is on: one backslash in the NSIS script needs two, or four here.
if(CPACK_VERBATIM_VARIABLES)
    set(hubdesk_bs "\\")
else()
    set(hubdesk_bs "\\\\")
endif()
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin${hubdesk_bs}hubdesk.exe")
# The .hubdesk file association: plain NSIS in two files (no escaping to get wrong).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!include '${CMAKE_CURRENT_LIST_DIR}/associate.nsh'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include '${CMAKE_CURRENT_LIST_DIR}/dissociate.nsh'")
# The licence page: the GPL 3 text (LICENSE) at the top of the repository, as a .txt for NSIS.
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt" COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")
endif()
