# Packaging: installation rules, the application icon in every form the platforms need, the
# Linux desktop integration, and CPack (.deb and .tar.gz on Linux, an NSIS installer on
# Windows, a drag-and-drop disk image on macOS). Included last from the top-level
# CMakeLists.txt, after the programs are defined. Files it uses live in installer/.
#
#   cmake --build --preset release && (cd build/release && cpack -G DEB)
#
# The version everywhere (programs, About box, packages, Info.plist, Windows resources) is
# project(VERSION) in CMakeLists.txt.

include(GNUInstallDirs)
# Debian and most Linux distributions keep a package's documents in share/doc/<package>, and
# the package is "scopekeeper", not project()'s "Scopekeeper" (unless -DCMAKE_INSTALL_DOCDIR).
if(CMAKE_INSTALL_DOCDIR STREQUAL "${CMAKE_INSTALL_DATAROOTDIR}/doc/${PROJECT_NAME}")
    set(CMAKE_INSTALL_DOCDIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/scopekeeper")
endif()

set(SCOPEKEEPER_APP_ID "io.scopekeeper.Scopekeeper")
set(SCOPEKEEPER_APP_SVG "${PROJECT_SOURCE_DIR}/resources/app/${SCOPEKEEPER_APP_ID}.svg")
set(SCOPEKEEPER_INSTALLER_DIR "${PROJECT_SOURCE_DIR}/installer")
set(SCOPEKEEPER_CONTACT "The Scopekeeper authors <maintainers@scopekeeper.io>")

# ---------------------------------------------------------------------------------------------
# The application icon: render_icons draws the SVG (with Qt's own SVG renderer, the one that
# draws the window icon) into the hicolor PNG sizes, a Windows .ico and a macOS .iconset, at
# build time: there is no rendered copy in the repository to fall out of date.
set(SCOPEKEEPER_ICON_SIZES 16 24 32 48 64 128 256)
set(SCOPEKEEPER_ICON_DIR "${PROJECT_BINARY_DIR}/icons")
add_executable(scopekeeper-render-icons "${SCOPEKEEPER_INSTALLER_DIR}/tools/render_icons.cpp")
target_link_libraries(scopekeeper-render-icons PRIVATE Qt6::Gui Qt6::Svg)
set_target_properties(scopekeeper-render-icons PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)

set(scopekeeper_icon_outputs "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.ico")
foreach(size IN LISTS SCOPEKEEPER_ICON_SIZES)
    list(APPEND scopekeeper_icon_outputs
        "${SCOPEKEEPER_ICON_DIR}/hicolor/${size}x${size}/apps/${SCOPEKEEPER_APP_ID}.png")
endforeach()
foreach(size 16 32 128 256 512)
    list(APPEND scopekeeper_icon_outputs
        "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.iconset/icon_${size}x${size}.png"
        "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.iconset/icon_${size}x${size}@2x.png")
endforeach()
if(WIN32)
    # Windows looks for DLLs beside the program: give the tool Qt's, to run at build time.
    add_custom_command(TARGET scopekeeper-render-icons POST_BUILD
        COMMAND "${CMAKE_COMMAND}" -E copy_if_different
                $<TARGET_RUNTIME_DLLS:scopekeeper-render-icons>
                $<TARGET_FILE_DIR:scopekeeper-render-icons>
        COMMAND_EXPAND_LISTS)
endif()
add_custom_command(
    OUTPUT ${scopekeeper_icon_outputs}
    COMMAND scopekeeper-render-icons "${SCOPEKEEPER_APP_SVG}" "${SCOPEKEEPER_APP_ID}"
            "${SCOPEKEEPER_ICON_DIR}"
    DEPENDS scopekeeper-render-icons "${SCOPEKEEPER_APP_SVG}"
    COMMENT "Rendering the application icon"
    VERBATIM)
add_custom_target(scopekeeper_app_icons ALL DEPENDS ${scopekeeper_icon_outputs})

# ---------------------------------------------------------------------------------------------
# The programs.
# On Windows, the DLLs they link that are not Qt's (QtKeychain) are collected as well.
set(runtime_set "")
if(WIN32)
    set(runtime_set RUNTIME_DEPENDENCY_SET scopekeeper_runtime)
endif()
install(TARGETS scopekeeper ${runtime_set}
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
    BUNDLE DESTINATION .)
if(TARGET scopekeeper-server)
    if(APPLE)
        # Inside the bundle, beside the console, so that macdeployqt gives it the same Qt.
        install(TARGETS scopekeeper-server RUNTIME DESTINATION "Scopekeeper.app/Contents/MacOS")
    else()
        install(TARGETS scopekeeper-server ${runtime_set}
            RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
endif()
# scopekeeper-cli, the command line for scripts: beside the console, like the server.
if(APPLE)
    install(TARGETS scopekeeper-cli RUNTIME DESTINATION "Scopekeeper.app/Contents/MacOS")
else()
    install(TARGETS scopekeeper-cli ${runtime_set} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

# The licence (and, for Debian, the same text as a machine-readable copyright file), the API
# description the systemd unit points at, and the read-me.
# On macOS they go inside the bundle, the one thing in the disk image.
set(scopekeeper_docdir "${CMAKE_INSTALL_DOCDIR}")
if(APPLE)
    set(scopekeeper_docdir "Scopekeeper.app/Contents/Resources")
endif()
install(FILES LICENSE README.md docs/openapi.yaml DESTINATION "${scopekeeper_docdir}")

# ---------------------------------------------------------------------------------------------
# Linux (and the BSDs): desktop entry, AppStream metainfo, icons, the server's systemd unit.
if(UNIX AND NOT APPLE)
    configure_file("${SCOPEKEEPER_INSTALLER_DIR}/linux/${SCOPEKEEPER_APP_ID}.metainfo.xml.in"
        "${PROJECT_BINARY_DIR}/installer/${SCOPEKEEPER_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${SCOPEKEEPER_INSTALLER_DIR}/linux/${SCOPEKEEPER_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${PROJECT_BINARY_DIR}/installer/${SCOPEKEEPER_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${SCOPEKEEPER_APP_SVG}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    foreach(size IN LISTS SCOPEKEEPER_ICON_SIZES)
        install(FILES
            "${SCOPEKEEPER_ICON_DIR}/hicolor/${size}x${size}/apps/${SCOPEKEEPER_APP_ID}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()

    # The licence in Debian's machine-readable copyright format, made from LICENSE.
    file(READ "${PROJECT_SOURCE_DIR}/LICENSE" license_text)
    string(REGEX REPLACE "^MIT License\n\n" "" license_text "${license_text}")
    string(REGEX REPLACE "\n+$" "" license_text "${license_text}")
    string(REPLACE "\n\n" "\n.\n" license_text "${license_text}")
    string(REPLACE "\n" "\n " license_text "${license_text}")
    set(SCOPEKEEPER_LICENSE_TEXT " ${license_text}")
    configure_file("${SCOPEKEEPER_INSTALLER_DIR}/debian/copyright.in"
        "${PROJECT_BINARY_DIR}/installer/copyright" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/installer/copyright"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")

    # scopekeeper-server as a systemd service (installed, not enabled: it needs TLS files
    # first; the Debian postinst creates its system user).
    if(TARGET scopekeeper-server)
        install(FILES "${SCOPEKEEPER_INSTALLER_DIR}/scopekeeper-server.service"
            DESTINATION "lib/systemd/system")
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# Windows: the icon and version information in scopekeeper.exe, and Qt's libraries, plugins
# and the other DLLs the programs load, beside them (windeployqt). Not built here (no Windows
# machine): written to the documented CMake and Qt interfaces.
if(WIN32)
    configure_file("${SCOPEKEEPER_INSTALLER_DIR}/windows/scopekeeper.rc.in"
        "${PROJECT_BINARY_DIR}/installer/scopekeeper.rc" @ONLY)
    target_sources(scopekeeper PRIVATE "${PROJECT_BINARY_DIR}/installer/scopekeeper.rc")
    set_source_files_properties("${PROJECT_BINARY_DIR}/installer/scopekeeper.rc" PROPERTIES
        OBJECT_DEPENDS "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.ico")
    add_dependencies(scopekeeper scopekeeper_app_icons)

    # The DLLs the programs link that are not Qt's (windeployqt copies Qt's). libpq, which
    # Qt's PostgreSQL driver loads for --postgres, is not linked: give it (and its
    # dependencies) in SCOPEKEEPER_EXTRA_RUNTIME_FILES.
    install(RUNTIME_DEPENDENCY_SET scopekeeper_runtime
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" "^hvsifiletrust" "^pdmutilities"
        POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*"
        DIRECTORIES "$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>" "$<TARGET_FILE_DIR:Qt6::Core>"
        DESTINATION "${CMAKE_INSTALL_BINDIR}")
    set(SCOPEKEEPER_EXTRA_RUNTIME_FILES "" CACHE FILEPATH
        "More DLLs to ship beside the programs (libpq.dll and its dependencies for --postgres)")
    if(SCOPEKEEPER_EXTRA_RUNTIME_FILES)
        install(FILES ${SCOPEKEEPER_EXTRA_RUNTIME_FILES} DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# macOS: Scopekeeper.app with its Info.plist (bundle id, version) and an .icns that iconutil
# makes from the rendered .iconset at build time. Not built here (no Mac): written to the
# documented CMake and Qt interfaces.
if(APPLE)
    set(icns "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.icns")
    add_custom_command(
        OUTPUT "${icns}"
        COMMAND iconutil -c icns -o "${icns}" "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.iconset"
        DEPENDS ${scopekeeper_icon_outputs}
        COMMENT "Making the macOS application icon"
        VERBATIM)
    add_custom_target(scopekeeper_macos_icns DEPENDS "${icns}")
    add_dependencies(scopekeeper scopekeeper_macos_icns)
    target_sources(scopekeeper PRIVATE "${icns}")
    set_source_files_properties("${icns}" PROPERTIES
        GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(scopekeeper PROPERTIES
        OUTPUT_NAME Scopekeeper
        MACOSX_BUNDLE_INFO_PLIST "${SCOPEKEEPER_INSTALLER_DIR}/macos/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME Scopekeeper
        MACOSX_BUNDLE_GUI_IDENTIFIER "${SCOPEKEEPER_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "${SCOPEKEEPER_APP_ID}.icns"
        MACOSX_BUNDLE_COPYRIGHT "Copyright © 2026 The Scopekeeper authors (MIT License)")
endif()

# Windows and macOS: Qt's deployment tool (windeployqt, macdeployqt) copies Qt's libraries
# and plugins (platform, styles, image formats, SQL drivers, TLS backends) into the install
# tree, for both programs.
if(WIN32 OR APPLE)
    if(APPLE)
        set(deploy_executable "Scopekeeper.app")
        set(deploy_extra "Scopekeeper.app/Contents/MacOS/scopekeeper-server")
    else()
        set(deploy_executable "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:scopekeeper>")
        set(deploy_extra "\${QT_DEPLOY_BIN_DIR}/scopekeeper-server.exe")
    endif()
    if(NOT TARGET scopekeeper-server)
        set(deploy_extra "")
    endif()
    if(APPLE)
        list(APPEND deploy_extra "Scopekeeper.app/Contents/MacOS/scopekeeper-cli")
    else()
        list(APPEND deploy_extra "\${QT_DEPLOY_BIN_DIR}/scopekeeper-cli.exe")
    endif()
    file(GENERATE OUTPUT "${PROJECT_BINARY_DIR}/installer/deploy-qt.cmake" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${deploy_executable}\"
    ADDITIONAL_EXECUTABLES ${deploy_extra}
    GENERATE_QT_CONF
)
")
    install(SCRIPT "${PROJECT_BINARY_DIR}/installer/deploy-qt.cmake")
endif()

# ---------------------------------------------------------------------------------------------
# CPack.
set(CPACK_PACKAGE_NAME "scopekeeper")
set(CPACK_PACKAGE_VENDOR "The Scopekeeper authors")
set(CPACK_PACKAGE_CONTACT "${SCOPEKEEPER_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Manage scoped API apps and their API keys")
set(CPACK_PACKAGE_DESCRIPTION "\
Scopekeeper manages the API apps of a platform and their API keys. An
administrator creates an app, gives it scopes from a catalog and issues keys
for it; a key grants exactly its app's scopes, is shown once, cannot be edited
and can be deleted.

The package holds the desktop console (scopekeeper), which works on a local
SQLite store or against a Scopekeeper server, and the REST server
(scopekeeper-server) that services ask whether a key may use a scope, with a
systemd unit.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Scopekeeper")
set(CPACK_PACKAGE_EXECUTABLES "scopekeeper" "Scopekeeper")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# Debian and Ubuntu. dpkg-shlibdeps finds the libraries the programs link (Qt, QtKeychain,
# the C++ runtime); what they load at run time is named here: the SQLite driver (the
# default store), adduser (the server's system user), and less strictly the PostgreSQL
# driver (--postgres only), native Wayland, and a Secret Service for the console's
# keychain (QtKeychain recommends one too).
set(CPACK_DEBIAN_PACKAGE_NAME "scopekeeper")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${SCOPEKEEPER_INSTALLER_DIR}/debian/postinst"
    "${SCOPEKEEPER_INSTALLER_DIR}/debian/prerm"
    "${SCOPEKEEPER_INSTALLER_DIR}/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows: an NSIS installer with Start menu entry, uninstaller, licence page and icon.
set(CPACK_NSIS_PACKAGE_NAME "Scopekeeper")
set(CPACK_NSIS_DISPLAY_NAME "Scopekeeper")
set(CPACK_NSIS_MUI_ICON "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.ico")
set(CPACK_NSIS_MUI_UNIICON "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\scopekeeper.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "scopekeeper.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${SCOPEKEEPER_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

# macOS: a compressed disk image with Scopekeeper.app, to drag into Applications.
set(CPACK_DMG_VOLUME_NAME "Scopekeeper ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDBZ")
if(APPLE)
    set(CPACK_PACKAGE_ICON "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.icns")
endif()

include(CPack)

# ---------------------------------------------------------------------------------------------
if(SCOPEKEEPER_BUILD_TESTS)
    add_subdirectory("${PROJECT_SOURCE_DIR}/tests/packaging" "${PROJECT_BINARY_DIR}/tests/packaging")
endif()
